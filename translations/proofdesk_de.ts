<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>memory limit %1 exceeded</source>
        <translation>Speicherlimit %1 überschritten</translation>
    </message>
    <message>
        <source>solver crashed (signal %1)</source>
        <translation>Solver abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>solver exited unexpectedly (exit code %1)</source>
        <translation>Solver unerwartet beendet (Exit-Code %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProofDesk: sketch lemmas, check every step with SMT solvers.</source>
        <translation>ProofDesk: Lemmata skizzieren, jeden Schritt mit SMT-Solvern prüfen.</translation>
    </message>
    <message>
        <source>The sketches to open, each in a tab.</source>
        <translation>Die zu öffnenden Skizzen, jede in einem Tab.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the file is analysed, print its path and quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald die Datei analysiert ist, den Pfad ausgeben und beenden.</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli</name>
    <message>
        <source>ProofDesk on the command line: analyse sketches and print their proof obligations.</source>
        <translation>ProofDesk auf der Befehlszeile: Skizzen analysieren und ihre Beweisverpflichtungen ausgeben.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>obligations: print JSON instead of text.</source>
        <translation>obligations: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>obligations FILE: print the proof obligations of FILE.</source>
        <translation>obligations DATEI: die Beweisverpflichtungen von DATEI ausgeben.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>obligations takes exactly one FILE</source>
        <translation>obligations erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <source>lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>smt:</source>
        <translation>smt:</translation>
    </message>
    <message>
        <source>%1 obligations: %2 to solve, %3 admitted, %4 with errors</source>
        <translation>%1 Verpflichtungen: %2 zu lösen, %3 zugelassen, %4 mit Fehlern</translation>
    </message>
    <message>
        <source>Check every proof obligation of the given sketches.</source>
        <translation>Jede Beweisverpflichtung der angegebenen Skizzen prüfen.</translation>
    </message>
    <message>
        <source>Output: text, json, sarif or junit.</source>
        <translation>Ausgabe: text, json, sarif oder junit.</translation>
    </message>
    <message>
        <source>Solver processes at once (default: one per core).</source>
        <translation>Solver-Prozesse gleichzeitig (Vorgabe: einer je Kern).</translation>
    </message>
    <message>
        <source>Time limit per strategy in seconds (default 10).</source>
        <translation>Zeitlimit je Strategie in Sekunden (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Use only this strategy: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary.</source>
        <translation>Nur diese Strategie verwenden: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary.</translation>
    </message>
    <message>
        <source>Neither read nor write the result cache.</source>
        <translation>Den Ergebnis-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>Result cache file (shared by several users or a CI job).</source>
        <translation>Datei des Ergebnis-Caches (von mehreren Benutzern oder einem CI-Job geteilt).</translation>
    </message>
    <message>
        <source>The proofdesk-worker executable to use.</source>
        <translation>Das zu verwendende proofdesk-worker-Programm.</translation>
    </message>
    <message>
        <source>Ask a solver of another family to confirm every proof (z3 after cvc5).</source>
        <translation>Jeden Beweis von einem Solver einer anderen Familie bestätigen lassen (z3 nach cvc5).</translation>
    </message>
    <message>
        <source>Memory limit per solver process in MiB (default 4096).</source>
        <translation>Speicherlimit je Solver-Prozess in MiB (Vorgabe 4096).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text, json, sarif, junit)</source>
        <translation>unbekanntes Format „%1“ (text, json, sarif, junit)</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>keine DATEI angegeben</translation>
    </message>
    <message>
        <source>--jobs takes a positive number</source>
        <translation>--jobs erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>--memory takes a number of MiB from 64 to 1048576</source>
        <translation>--memory erwartet eine Zahl von MiB zwischen 64 und 1048576</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>warning: the result cache is not used: %1</source>
        <translation>Warnung: der Ergebnis-Cache wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]
                          [--timeout S] [--solver ID] [--no-cache] [--cache PATH]
       proofdesk-cli obligations FILE [--json]
       proofdesk-cli export FILE... --out DIR [--no-pdf] [--jobs N] [--timeout S]
       proofdesk-cli verify DIR [--timeout S] [--jobs N]
       proofdesk-cli graph FILE [--kind vig|incidence|deps|proof]
                          [--format svg|png|dot|graphml|json] [--out PATH] [--metrics]
       proofdesk-cli --version | --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check sketches and write a bundle that others can re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle directory to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write report.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proofdesk-cli export FILE... --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf needs a GUI application object; use --no-pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check a bundle from its files alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per check in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims checked at once (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: proofdesk-cli verify DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims confirmed, %3 bundle problems: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 obligations; choose one with --obligation (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no obligation to prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no obligation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --kind proof is for sketches and SMT-LIB files (a CNF&apos;s proof is DRAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the worker&apos;s proof dump is malformed at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the structure graph of a CNF, an SMT-LIB file or a sketch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vig, incidence, deps or proof (default: deps for .pds, else vig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svg, png, dot, graphml or json (default: from --out&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the graph to PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nodes, edges, components, degrees, communities (Louvain Q) and DAG depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the layout and of Louvain (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kind proof: the step of a sketch whose proof to draw (its id, as &apos;obligations&apos; lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kind proof: seconds per solver attempt (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.cnf, .smt2 or .pds file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos; (vig, incidence, deps, proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (svg, png, dot, graphml, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: give --out PATH and/or --metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds between 1 and 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::engine</name>
    <message>
        <source>The result cache %1 is damaged and cannot be moved aside to %2.</source>
        <translation>Der Ergebnis-Cache %1 ist beschädigt und kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>the solver answered unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file states no :status to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as the file&apos;s :status says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreement: %1 answers %2 but the file&apos;s :status says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no SAT solver found on PATH (tried %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout after %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered sat, but its assignment falsifies the clause on line %2: not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sat in %1 by %2; the assignment satisfies all %3 clauses (checked by ProofDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unsat in %2, but drat-trim could not be started: not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsat in %1 by %2; DRAT proof verified by drat-trim in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unsat but drat-trim rejected its proof: not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unsat in %2; drat-trim did not finish within %3: not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unsat; drat-trim ended without a verdict (exit %2): not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended without an answer (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::Engine</name>
    <message>
        <source>no solver named &quot;%1&quot; is available</source>
        <translation>kein Solver namens „%1“ verfügbar</translation>
    </message>
    <message>
        <source>solver returned an invalid model (%1): the claim holds under it</source>
        <translation>der Solver lieferte ein ungültiges Modell (%1): die Behauptung gilt darin</translation>
    </message>
    <message>
        <source>%1 found a counterexample that could not be confirmed: %2</source>
        <translation>%1 fand ein Gegenbeispiel, das nicht bestätigt werden konnte: %2</translation>
    </message>
    <message>
        <source>%1 returned a model that does not falsify the claim</source>
        <translation>%1 lieferte ein Modell, das die Behauptung nicht widerlegt</translation>
    </message>
    <message>
        <source>no independent solver is available for a cross-check</source>
        <translation>für eine Gegenprüfung ist kein unabhängiger Solver verfügbar</translation>
    </message>
    <message>
        <source>%1 said unsat, but %2 found a counterexample that falsifies the claim</source>
        <translation>%1 sagte unsat, aber %2 fand ein Gegenbeispiel, das die Behauptung widerlegt</translation>
    </message>
    <message>
        <source>%1 said sat, but its model does not falsify the claim</source>
        <translation>%1 sagte sat, aber sein Modell widerlegt die Behauptung nicht</translation>
    </message>
    <message>
        <source>%1 said sat, but its model could not be evaluated: %2</source>
        <translation>%1 sagte sat, aber sein Modell konnte nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>cross-check by %1 inconclusive: %2</source>
        <translation>Gegenprüfung durch %1 ergebnislos: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ExternalRun</name>
    <message>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>cannot start %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>the solver printed more than %1 MB</source>
        <translation>der Solver gab mehr als %1 MB aus</translation>
    </message>
    <message>
        <source>%1 reported: %2</source>
        <translation>%1 meldete: %2</translation>
    </message>
    <message>
        <source>%1 printed something that is not an answer: %2</source>
        <translation>%1 gab etwas aus, das keine Antwort ist: %2</translation>
    </message>
    <message>
        <source>%1 ended without an answer</source>
        <translation>%1 endete ohne Antwort</translation>
    </message>
    <message>
        <source>%1 reported an error after answering: %2</source>
        <translation>%1 meldete nach der Antwort einen Fehler: %2</translation>
    </message>
    <message>
        <source>unreadable model: %1</source>
        <translation>unlesbares Modell: %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache</name>
    <message>
        <source>No path given for the result cache.</source>
        <translation>Kein Pfad für den Ergebnis-Cache angegeben.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: Qt&apos;s SQLite driver is not available.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: der SQLite-Treiber von Qt fehlt.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: it is a folder.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the result cache %2.</source>
        <translation>Der Ordner %1 für den Ergebnis-Cache %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the folder %2 is not writable.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the file is not writable.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: die Datei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: %2</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache::Private</name>
    <message>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not a ProofDesk result cache (tables: %1)</source>
        <translation>kein ProofDesk-Ergebnis-Cache (Tabellen: %1)</translation>
    </message>
    <message>
        <source>the results table has unexpected columns</source>
        <translation>die Ergebnistabelle hat unerwartete Spalten</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::WorkerProcess</name>
    <message>
        <source>cannot start the solver worker %1: %2</source>
        <translation>der Solver-Worker %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the solver worker sent malformed output: %1</source>
        <translation>der Solver-Worker sandte fehlerhafte Ausgabe: %1</translation>
    </message>
    <message>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting</name>
    <message>
        <source>ProofDesk bundle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProofDesk %1. %2 claims. Levels of evidence are explained in the bundle&apos;s manifest.json and in ProofDesk&apos;s docs/certificates.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Lemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Schritt</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation type="unfinished">Solver</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-checked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lemmas point to their steps, steps to the lemmas, facts and definitions they cite. Node colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact (assumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterexamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf needs a QGuiApplication (the offscreen platform is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: expected an object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: field &quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; has more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: files[%1] must be an object with string fields &quot;path&quot; and &quot;sha256&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SHA-256 differs from the manifest (the file was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the bundle but not in the manifest&apos;s hash list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the manifest&apos;s hash list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cvc5 gives %2 check-sat answers but the manifest has %3 check-sat claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document has no claim in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the manifest&apos;s hash list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after export (hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 recorded for a %2 verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 is not one an .smt2 check can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .smt2 check&apos;s obligation must be its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cvc5 could not run the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-sat of the document matches this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; is not sat or unsat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cvc5 answers %1 to check-sat %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cvc5 answers %1 to check-sat %2 of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 is not one a CNF can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the formula of %2 (edited obligation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DRAT proof certifies unsat, but the claim says &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drat-trim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drat-trim verifies the DRAT proof %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drat-trim does not verify %1 for this formula (swapped or edited proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment certifies sat, but the claim says &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment in %1 falsifies the clause on line %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment in %1 satisfies all %2 clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one for a CNF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source &quot;%1&quot; is not a bundled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no obligation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted (sorry) in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source does not admit this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the obligation its source elaborates to (edited obligation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finds a counterexample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not refute the claim: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one cvc5 prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cvc5 --check-proofs does not confirm the claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not the proof cvc5 checked for this obligation (swapped or edited certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cvc5 --check-proofs accepts the proof, identical to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z3 agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z3 does not confirm the claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers unsat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not confirm the claim: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: obligation &quot;%2&quot; has no claim in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Bundle</name>
    <message>
        <source>path &quot;%1&quot; is not a relative path inside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the bundle or is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads outside the bundle (symbolic link) or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::BundleExporter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a bundle is written into a new directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished">es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Writer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui</name>
    <message>
        <source>Open Large File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 set in Settings. Opening it may make ProofDesk slow. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::AppSettings</name>
    <message>
        <source>A solver needs an id.</source>
        <translation>Ein Solver braucht eine Kennung.</translation>
    </message>
    <message>
        <source>The command line of %1 is empty.</source>
        <translation>Die Befehlszeile von %1 ist leer.</translation>
    </message>
    <message>
        <source>%1: no program %2 found.</source>
        <translation>%1: kein Programm %2 gefunden.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentAnalyzer</name>
    <message>
        <source>untitled.pds</source>
        <translation>unbenannt.pds</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentTab</name>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>by %1 (%2) in %3 s</source>
        <translation>durch %1 (%2) in %3 s</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Leer: nur bewiesen, weil sich die Annahmen widersprechen.</translation>
    </message>
    <message>
        <source>Counterexample:</source>
        <translation>Gegenbeispiel:</translation>
    </message>
    <message>
        <source>%1 / %2 does not follow: see the counterexample</source>
        <translation>%1 / %2 folgt nicht: siehe Gegenbeispiel</translation>
    </message>
    <message>
        <source>%1: no solver decided (%2)</source>
        <translation>%1: kein Solver hat entschieden (%2)</translation>
    </message>
    <message>
        <source>%1 is proved only vacuously: the assumptions contradict each other</source>
        <translation>%1 ist nur leer bewiesen: die Annahmen widersprechen sich</translation>
    </message>
    <message>
        <source>%1: unused %2</source>
        <translation>%1: unbenutzt %2</translation>
    </message>
    <message>
        <source>%1: %2 started</source>
        <translation>%1: %2 gestartet</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks %1 again, produces certificates and writes a bundle that &lt;code&gt;proofdesk-cli verify&lt;/code&gt; re-checks from its files alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (a cvc5 proof checked in a separate process per proved step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf besides report.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory must not exist yet or be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 claims (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sketch has not been saved. A bundle holds the sketch as saved: save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sketch has unsaved changes. A bundle holds the sketch as saved: save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation type="unfinished">Skizze speichern unter</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation type="unfinished">unbenannt.pds</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation type="unfinished">ProofDesk-Skizzen (*.pds);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::FileSave</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished">%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished">%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphPanel</name>
    <message>
        <source>Variable interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which graph of the file to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOT (Graphviz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled; the view shows the previous graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node to show its source; drag to pan, wheel to zoom, F to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (largest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modularity Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, max %2, mean %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphView</name>
    <message>
        <source>proved</source>
        <translation type="unfinished">bewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished">fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished">zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>community %1: %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more communities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level of detail: 1 edge in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level of detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, degree %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphWindow</name>
    <message>
        <source>Structure Graph — ProofDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof, %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure Graph at &amp;Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof Graph of Step at Cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them</source>
        <translation>Die ausgewählten Zeilen kopieren, sonst alle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every line from the panel (the log file keeps them)</source>
        <translation>Alle Zeilen aus dem Panel entfernen (die Protokolldatei behält sie)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>ProofDesk[*]</source>
        <translation>ProofDesk[*]</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Beweisverpflichtungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Counterexample</source>
        <translation>Gegenbeispiel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alles prüfen</translation>
    </message>
    <message>
        <source>Check &amp;Lemma at Cursor</source>
        <translation>&amp;Lemma am Cursor prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Next Failed Step</source>
        <translation>&amp;Nächster fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous Failed Step</source>
        <translation>&amp;Vorheriger fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>&amp;Re-run Selected Step With</source>
        <translation>Gewählten Schritt e&amp;rneut prüfen mit</translation>
    </message>
    <message>
        <source>Re-run Selected Step With a &amp;Longer Time Limit</source>
        <translation>Gewählten Schritt mit &amp;längerem Zeitlimit erneut prüfen</translation>
    </message>
    <message>
        <source>Show Selected Step as &amp;SMT-LIB</source>
        <translation>Gewählten Schritt als &amp;SMT-LIB zeigen</translation>
    </message>
    <message>
        <source>C&amp;opy Counterexample</source>
        <translation>Gegenbeispiel k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;About ProofDesk</source>
        <translation>Ü&amp;ber ProofDesk</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>(no examples bundled)</source>
        <translation>(keine Beispiele mitgeliefert)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1[*] — ProofDesk</source>
        <translation>%1[*] — ProofDesk</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere…</translation>
    </message>
    <message>
        <source>Open Sketch</source>
        <translation>Skizze öffnen</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;SMT-LIB scripts (*.smt2);;DIMACS CNF (*.cnf);;All files (*)</source>
        <translation>ProofDesk-Skizzen (*.pds);;SMT-LIB-Skripte (*.smt2);;DIMACS-CNF (*.cnf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 proved, %2 failed, %3 unknown, %4 running · %5 errors</source>
        <translation>%1 bewiesen, %2 fehlgeschlagen, %3 unbekannt, %4 laufend · %5 Fehler</translation>
    </message>
    <message>
        <source>(not confirmed: the model did not evaluate the claim to false)</source>
        <translation>(nicht bestätigt: das Modell macht die Behauptung nicht falsch)</translation>
    </message>
    <message>
        <source>No failed step.</source>
        <translation>Kein fehlgeschlagener Schritt.</translation>
    </message>
    <message>
        <source>The cursor is not inside a lemma.</source>
        <translation>Der Cursor steht in keinem Lemma.</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Select a step in the Obligations panel first.</source>
        <translation>Wählen Sie zuerst einen Schritt in der Liste der Beweisverpflichtungen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation>unbenannt.pds</translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation>Skizze speichern unter</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation>ProofDesk-Skizzen (*.pds);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ProofDesk</source>
        <translation>ProofDesk</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes. Reload it and lose them?</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben ungesicherte Änderungen. Neu laden und diese verwerfen?</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it?</source>
        <translation>%1 wurde auf der Festplatte geändert. Neu laden?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1?</source>
        <translation>ProofDesk wurde nicht normal beendet. Den ungesicherten Text von %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>About ProofDesk</source>
        <translation>Über ProofDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Sketch lemmas; every claimed step becomes a proof obligation for an SMT solver.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Lemmata skizzieren; jeder behauptete Schritt wird eine Beweisverpflichtung für einen SMT-Solver.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Not opened (ProofDesk opens .pds, .smt2 and .cnf files): %1</source>
        <translation>Nicht geöffnet (ProofDesk öffnet .pds-, .smt2- und .cnf-Dateien): %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungesicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Mark</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>proved</source>
        <translation>bewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ObligationsModel</name>
    <message>
        <source>%1 cites %2</source>
        <translation>%1 zitiert %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Leer: nur bewiesen, weil sich die Annahmen widersprechen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>have</source>
        <translation>have</translation>
    </message>
    <message>
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <source>obtain</source>
        <translation>obtain</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>induction</source>
        <translation>induction</translation>
    </message>
    <message>
        <source>to solve</source>
        <translation>zu lösen</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::RecoveryBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>an untitled sketch</source>
        <translation>einer unbenannten Skizze</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1 (saved %2)?</source>
        <translation>ProofDesk wurde nicht normal beendet. Den ungesicherten Text von %1 (gesichert %2) wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n more recovery file(s) follow.</source>
        <translation>
            <numerusform>%n weitere Wiederherstellungsdatei folgt.</numerusform>
            <numerusform>%n weitere Wiederherstellungsdateien folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Screenshotter</name>
    <message>
        <source>The window was closed before the screenshot.</source>
        <translation>Das Fenster wurde vor dem Bildschirmfoto geschlossen.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>The built-in cvc5 strategies always take part. Solvers found on this computer and solvers you add by command line join them when ticked. Command lines are kept only in your own settings; a sketch can name a solver only by its id.</source>
        <translation>Die eingebauten cvc5-Strategien nehmen immer teil. Auf diesem Rechner gefundene und von Ihnen per Befehlszeile hinzugefügte Solver kommen hinzu, wenn sie angehakt sind. Befehlszeilen stehen nur in Ihren eigenen Einstellungen; eine Skizze nennt einen Solver nur über seine Kennung.</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Auf diesem Rechner gefunden</translation>
    </message>
    <message>
        <source>(no external solver found on PATH)</source>
        <translation>(kein externer Solver im PATH gefunden)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>id, e.g. z3-nightly</source>
        <translation>Kennung, z. B. z3-nightly</translation>
    </message>
    <message>
        <source>command line reading SMT-LIB on stdin, e.g. /opt/z3/bin/z3 -in</source>
        <translation>Befehlszeile, die SMT-LIB von stdin liest, z. B. /opt/z3/bin/z3 -in</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>All ticked solvers (portfolio)</source>
        <translation>Alle angehakten Solver (Portfolio)</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>A solver with the id %1 exists already.</source>
        <translation>Ein Solver mit der Kennung %1 existiert bereits.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time limit per solver:</source>
        <translation>&amp;Zeitlimit je Solver:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory limit per solver:</source>
        <translation>&amp;Speicherlimit je Solver:</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer je Kern</translation>
    </message>
    <message>
        <source>Solver processes at &amp;once:</source>
        <translation>Solver-Prozesse &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Cross-check every proof with a solver of another family</source>
        <translation>Jeden Beweis mit einem Solver einer anderen Familie &amp;gegenprüfen</translation>
    </message>
    <message>
        <source>Allow &amp;imports from outside the sketch&apos;s folder</source>
        <translation>&amp;Importe von außerhalb des Skizzenordners erlauben</translation>
    </message>
    <message>
        <source>&amp;Remember verdicts in the result cache</source>
        <translation>Urteile im Ergebnis-&amp;Cache merken</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger sketches, SMT-LIB and DIMACS files are opened only after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files up to without &amp;asking:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::WelcomePage</name>
    <message>
        <source>Welcome to ProofDesk</source>
        <translation>Willkommen bei ProofDesk</translation>
    </message>
    <message>
        <source>Sketch lemmas step by step; every step becomes a proof obligation that SMT solvers check while you type. Failed steps show a counterexample.</source>
        <translation>Skizzieren Sie Lemmata Schritt für Schritt; jeder Schritt wird eine Beweisverpflichtung, die SMT-Solver schon beim Tippen prüfen. Fehlgeschlagene Schritte zeigen ein Gegenbeispiel.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Start an empty sketch</source>
        <translation>Leere Skizze beginnen</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>cvc5 (built in: cvc5, cvc5-mbqi, cvc5-fmf-fun strategies)</source>
        <translation>cvc5 (eingebaut: Strategien cvc5, cvc5-mbqi, cvc5-fmf-fun)</translation>
    </message>
    <message>
        <source>Looking for other solvers on PATH…</source>
        <translation>Suche weitere Solver im PATH…</translation>
    </message>
    <message>
        <source>Where files live</source>
        <translation>Wo Dateien liegen</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Result cache:</source>
        <translation>Ergebnis-Cache:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Recovery files:</source>
        <translation>Wiederherstellungsdateien:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No other solver found on PATH; add one in Settings → Solvers.</source>
        <translation>Kein weiterer Solver im PATH gefunden; fügen Sie einen unter Einstellungen → Solver hinzu.</translation>
    </message>
</context>
</TS>
