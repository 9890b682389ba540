<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>proofdesk::ui::GraphView</name>
    <message numerus="yes">
        <source>community %1: %n node(s)</source>
        <translation>
            <numerusform>community %1: %n node</numerusform>
            <numerusform>community %1: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more communities</source>
        <translation>
            <numerusform>… %n more community</numerusform>
            <numerusform>… %n more communities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n proved</source>
        <translation>
            <numerusform>%n proved</numerusform>
            <numerusform>%n proved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::RecoveryBanner</name>
    <message numerus="yes">
        <source>%n more recovery file(s) follow.</source>
        <translation>
            <numerusform>%n more recovery file follows.</numerusform>
            <numerusform>%n more recovery files follow.</numerusform>
        </translation>
    </message>
</context>
</TS>
