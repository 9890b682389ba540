// SPDX-License-Identifier: GPL-3.0-or-later
#include "definitioncheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace proofdesk::test {

namespace {

struct ElementRule {
    QStringList parents; // empty: the document root
    QStringList allowed;
    QStringList required;
};

const QStringList kCommonRuleAttributes{"attribute",   "context",       "beginRegion", "endRegion",
                                        "lookAhead",   "firstNonSpace", "column"};
const QStringList kDelimiterAttributes{"weakDeliminator", "additionalDeliminator"};

QStringList ruleAttributes(const QStringList &extra)
{
    return kCommonRuleAttributes + extra;
}

// The element vocabulary of language.xsd (KF 6): where each element may appear and which
// attributes it takes.
const QHash<QString, ElementRule> &elementRules()
{
    static const QHash<QString, ElementRule> rules{
        {"language",
         {{},
          {"name", "alternativeNames", "section", "extensions", "version", "kateversion", "style",
           "mimetype", "casesensitive", "priority", "author", "license", "indenter", "hidden"},
          {"name", "section", "extensions", "version", "kateversion"}}},
        {"highlighting", {{"language"}, {}, {}}},
        {"list", {{"highlighting"}, {"name"}, {"name"}}},
        {"item", {{"list"}, {}, {}}},
        {"include", {{"list"}, {}, {}}},
        {"contexts", {{"highlighting"}, {}, {}}},
        {"context",
         {{"contexts"},
          {"name", "attribute", "lineEndContext", "lineEmptyContext", "fallthrough",
           "fallthroughContext", "dynamic", "noIndentationBasedFolding",
           "stopEmptyLineContextSwitchLoop"},
          {"attribute"}}},
        {"keyword",
         {{"context"},
          ruleAttributes(QStringList{"insensitive", "String"} + kDelimiterAttributes),
          {"String"}}},
        {"Float", {{"context"}, ruleAttributes(kDelimiterAttributes), {}}},
        {"HlCOct", {{"context"}, ruleAttributes(kDelimiterAttributes), {}}},
        {"HlCHex", {{"context"}, ruleAttributes(kDelimiterAttributes), {}}},
        {"Int", {{"context"}, ruleAttributes(kDelimiterAttributes), {}}},
        {"HlCChar", {{"context"}, ruleAttributes({}), {}}},
        {"HlCStringChar", {{"context"}, ruleAttributes({}), {}}},
        {"DetectSpaces", {{"context"}, ruleAttributes({}), {}}},
        {"DetectIdentifier", {{"context"}, ruleAttributes({}), {}}},
        {"DetectChar", {{"context"}, ruleAttributes({"char", "dynamic"}), {"char"}}},
        {"Detect2Chars", {{"context"}, ruleAttributes({"char", "char1"}), {"char", "char1"}}},
        {"AnyChar", {{"context"}, ruleAttributes({"String"}), {"String"}}},
        {"StringDetect",
         {{"context"}, ruleAttributes({"String", "insensitive", "dynamic"}), {"String"}}},
        {"WordDetect",
         {{"context"},
          ruleAttributes(QStringList{"String", "insensitive"} + kDelimiterAttributes),
          {"String"}}},
        {"RegExpr",
         {{"context"}, ruleAttributes({"String", "insensitive", "minimal", "dynamic"}), {"String"}}},
        {"LineContinue", {{"context"}, ruleAttributes({"char"}), {}}},
        {"RangeDetect", {{"context"}, ruleAttributes({"char", "char1"}), {"char", "char1"}}},
        {"IncludeRules", {{"context"}, {"context", "includeAttrib"}, {"context"}}},
        {"itemDatas", {{"highlighting"}, {}, {}}},
        {"itemData",
         {{"itemDatas"},
          {"name", "defStyleNum", "color", "selColor", "italic", "bold", "underline", "strikeOut",
           "backgroundColor", "selBackgroundColor", "spellChecking"},
          {"name", "defStyleNum"}}},
        {"general", {{"language"}, {}, {}}},
        {"folding", {{"general"}, {"indentationsensitive"}, {}}},
        {"comments", {{"general"}, {}, {}}},
        {"comment", {{"comments"}, {"name", "start", "end", "region", "position"}, {"name", "start"}}},
        {"keywords",
         {{"general"},
          {"casesensitive", "weakDeliminator", "additionalDeliminator", "wordWrapDeliminator"},
          {}}},
        {"emptyLines", {{"general"}, {}, {}}},
        {"emptyLine", {{"emptyLines"}, {"regexpr", "casesensitive"}, {"regexpr"}}},
        {"spellchecking", {{"language"}, {}, {}}},
        {"encodings", {{"spellchecking"}, {}, {}}},
        {"encoding", {{"encodings"}, {"string", "char", "ignored"}, {"string"}}},
    };
    return rules;
}

const QSet<QString> kBooleanAttributes{
    "casesensitive", "hidden",       "lookAhead",     "firstNonSpace", "insensitive",
    "dynamic",       "minimal",      "includeAttrib", "italic",        "bold",
    "underline",     "strikeOut",    "spellChecking", "ignored",       "indentationsensitive",
    "noIndentationBasedFolding",     "stopEmptyLineContextSwitchLoop"};

const QSet<QString> kDefaultStyles{
    "dsNormal",       "dsKeyword",        "dsFunction",      "dsVariable",  "dsControlFlow",
    "dsOperator",     "dsBuiltIn",        "dsExtension",     "dsPreprocessor", "dsAttribute",
    "dsChar",         "dsSpecialChar",    "dsString",        "dsVerbatimString",
    "dsSpecialString", "dsImport",        "dsDataType",      "dsDecVal",    "dsBaseN",
    "dsFloat",        "dsConstant",       "dsComment",       "dsDocumentation",
    "dsAnnotation",   "dsCommentVar",     "dsRegionMarker",  "dsInformation", "dsWarning",
    "dsAlert",        "dsOthers",         "dsError"};

bool isRuleElement(const QString &name)
{
    const auto it = elementRules().constFind(name);
    return it != elementRules().constEnd() && it->parents == QStringList{"context"};
}

struct Reference {
    qint64 line;
    QString name;
};

class Checker
{
public:
    explicit Checker(const std::function<bool(const QString &)> &isKnownDefinition)
        : m_isKnownDefinition(isKnownDefinition)
    {
    }

    QStringList run(const QByteArray &xml);

private:
    void problem(qint64 line, const QString &text)
    {
        m_problems << QStringLiteral("line %1: %2").arg(line).arg(text);
    }
    void checkElement(QXmlStreamReader &xml, const QString &parent);
    void checkValue(qint64 line, const QString &element, const QString &attribute,
                    const QString &value);
    void checkRegExp(qint64 line, const QString &pattern, bool insensitive);
    void checkContextSwitch(qint64 line, const QString &value);
    void crossCheck();

    std::function<bool(const QString &)> m_isKnownDefinition;
    QStringList m_problems;
    QString m_definitionName;
    QStringList m_contexts, m_lists, m_itemDatas;
    QList<Reference> m_contextRefs, m_listRefs, m_attributeRefs;
    QString m_currentList;
    QSet<QString> m_currentListItems;
};

QStringList Checker::run(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    QStringList stack;
    QHash<QString, QStringList> childOrder; // parent element -> children seen, in order
    QHash<QString, int> count;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.last();
            childOrder[parent] << name;
            ++count[name];
            if (name == QLatin1String("list"))
                m_currentListItems.clear();
            checkElement(xml, parent);
            // <item> and <include> are read whole, their end tag included.
            if (!xml.isEndElement())
                stack << name;
        } else if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
        }
    }
    if (xml.hasError()) {
        problem(xml.lineNumber(), QStringLiteral("XML error: ") + xml.errorString());
        return m_problems;
    }

    // Sequences the schema prescribes.
    const auto ordered = [&](const QString &parent, const QStringList &order) {
        qsizetype last = -1;
        for (const auto &child : childOrder.value(parent)) {
            const auto index = order.indexOf(child);
            if (index < last)
                problem(0, QStringLiteral("<%1> comes too late in <%2>").arg(child, parent));
            last = std::max(last, index);
        }
    };
    ordered(QStringLiteral("language"), {"highlighting", "general", "spellchecking"});
    ordered(QStringLiteral("highlighting"), {"list", "contexts", "itemDatas"});
    for (const auto *once : {"language", "highlighting", "contexts", "itemDatas"}) {
        if (count.value(QString::fromLatin1(once)) != 1)
            problem(0, QStringLiteral("<%1> must occur exactly once").arg(QString::fromLatin1(once)));
    }
    crossCheck();
    return m_problems;
}

void Checker::checkElement(QXmlStreamReader &xml, const QString &parent)
{
    const qint64 line = xml.lineNumber();
    const QString name = xml.name().toString();
    const auto rule = elementRules().constFind(name);
    if (rule == elementRules().constEnd()) {
        problem(line, QStringLiteral("unknown element <%1>").arg(name));
        return;
    }
    if (rule->parents.isEmpty() ? !parent.isEmpty() : !rule->parents.contains(parent)) {
        problem(line, QStringLiteral("<%1> not allowed inside <%2>").arg(name, parent));
    }

    const auto attributes = xml.attributes();
    for (const auto &attribute : attributes) {
        const QString key = attribute.name().toString();
        if (!rule->allowed.contains(key))
            problem(line, QStringLiteral("unknown attribute %1 on <%2>").arg(key, name));
        else
            checkValue(line, name, key, attribute.value().toString());
    }
    for (const auto &required : rule->required) {
        if (!attributes.hasAttribute(required))
            problem(line, QStringLiteral("<%1> lacks the attribute %2").arg(name, required));
    }

    const auto value = [&](const char *key) { return attributes.value(QLatin1String(key)).toString(); };
    if (name == QLatin1String("language")) {
        m_definitionName = value("name");
    } else if (name == QLatin1String("list")) {
        m_currentList = value("name");
        if (m_lists.contains(m_currentList))
            problem(line, QStringLiteral("keyword list %1 defined twice").arg(m_currentList));
        m_lists << m_currentList;
    } else if (name == QLatin1String("item")) {
        const QString item = xml.readElementText().trimmed();
        if (item.isEmpty())
            problem(line, QStringLiteral("empty item in list %1").arg(m_currentList));
        else if (m_currentListItems.contains(item))
            problem(line, QStringLiteral("%1 twice in list %2").arg(item, m_currentList));
        m_currentListItems.insert(item);
    } else if (name == QLatin1String("include")) {
        m_listRefs << Reference{line, xml.readElementText().trimmed()};
    } else if (name == QLatin1String("context")) {
        const QString contextName = value("name");
        if (m_contexts.contains(contextName))
            problem(line, QStringLiteral("context %1 defined twice").arg(contextName));
        m_contexts << contextName;
        m_attributeRefs << Reference{line, value("attribute")};
        for (const auto *key : {"lineEndContext", "lineEmptyContext", "fallthroughContext"}) {
            if (attributes.hasAttribute(QLatin1String(key)))
                checkContextSwitch(line, value(key));
        }
    } else if (name == QLatin1String("itemData")) {
        if (m_itemDatas.contains(value("name")))
            problem(line, QStringLiteral("itemData %1 defined twice").arg(value("name")));
        m_itemDatas << value("name");
    } else if (name == QLatin1String("IncludeRules")) {
        checkContextSwitch(line, value("context"));
    } else if (isRuleElement(name)) {
        if (attributes.hasAttribute(QLatin1String("attribute")))
            m_attributeRefs << Reference{line, value("attribute")};
        if (attributes.hasAttribute(QLatin1String("context")))
            checkContextSwitch(line, value("context"));
        // The library silently drops such a rule: it would loop on the same position.
        const QString lookAhead = value("lookAhead");
        const QString context = value("context");
        if ((lookAhead == QLatin1String("true") || lookAhead == QLatin1String("1")) &&
            (context.isEmpty() || context == QLatin1String("#stay")))
            problem(line, QStringLiteral("<%1 lookAhead> without a context switch").arg(name));
        if (name == QLatin1String("keyword"))
            m_listRefs << Reference{line, value("String")};
        if (name == QLatin1String("RegExpr")) {
            const QString insensitive = value("insensitive");
            checkRegExp(line, value("String"),
                        insensitive == QLatin1String("true") || insensitive == QLatin1String("1"));
        }
    }
}

void Checker::checkValue(qint64 line, const QString &element, const QString &attribute,
                         const QString &value)
{
    const auto bad = [&](const char *what) {
        problem(line, QStringLiteral("%1=\"%2\" on <%3>: not %4")
                          .arg(attribute, value, element, QString::fromLatin1(what)));
    };
    if (kBooleanAttributes.contains(attribute)) {
        static const QStringList booleans{"true", "false", "1", "0"};
        if (!booleans.contains(value))
            bad("a boolean");
    } else if (attribute == QLatin1String("version") || attribute == QLatin1String("priority") ||
               attribute == QLatin1String("column")) {
        bool ok = false;
        value.toInt(&ok);
        if (!ok)
            bad("an integer");
    } else if (attribute == QLatin1String("kateversion")) {
        static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
        if (!decimal.match(value).hasMatch())
            bad("a decimal");
    } else if (attribute == QLatin1String("char") || attribute == QLatin1String("char1")) {
        if (value.size() != 1)
            bad("one character");
    } else if (attribute == QLatin1String("defStyleNum")) {
        if (!kDefaultStyles.contains(value))
            bad("a default style");
    } else if (attribute == QLatin1String("fallthrough")) {
        if (value != QLatin1String("true") && value != QLatin1String("1"))
            bad("true");
    } else if (element == QLatin1String("comment") && attribute == QLatin1String("name")) {
        if (value != QLatin1String("singleLine") && value != QLatin1String("multiLine"))
            bad("singleLine or multiLine");
    } else if (attribute == QLatin1String("position")) {
        if (value != QLatin1String("afterwhitespace"))
            bad("afterwhitespace");
    } else if (attribute == QLatin1String("section")) {
        static const QRegularExpression token(QStringLiteral("^[\\w.:-]+$"));
        if (!token.match(value).hasMatch())
            bad("a name token");
    } else if (attribute == QLatin1String("String") || attribute == QLatin1String("name") ||
               attribute == QLatin1String("attribute")) {
        if (value.isEmpty())
            bad("allowed to be empty");
    }
}

void Checker::checkRegExp(qint64 line, const QString &pattern, bool insensitive)
{
    // The options the library compiles with (rule.cpp), so that what passes here passes there.
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression re(pattern, options);
    if (!re.isValid()) {
        problem(line, QStringLiteral("invalid regular expression %1: %2").arg(pattern, re.errorString()));
        return;
    }
    // A rule that matches nothing consumes nothing: the highlighter has to step over it
    // by force, usually a sign of a mistake.
    for (const QString &probe : {QString(), QStringLiteral(" "), QStringLiteral("x")}) {
        const auto m = re.match(probe, 0, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && m.capturedLength() == 0) {
            problem(line, QStringLiteral("regular expression %1 can match empty text").arg(pattern));
            return;
        }
    }
}

void Checker::checkContextSwitch(qint64 line, const QString &value)
{
    QString rest = value;
    if (rest.isEmpty() || rest == QLatin1String("#stay"))
        return;
    bool popped = false;
    while (rest.startsWith(QLatin1String("#pop"))) {
        rest = rest.mid(4);
        popped = true;
    }
    if (popped) {
        if (rest.isEmpty())
            return;
        if (!rest.startsWith(u'!')) {
            problem(line, QStringLiteral("malformed context switch %1").arg(value));
            return;
        }
        rest = rest.mid(1);
    }
    if (rest.startsWith(u'#') && !rest.startsWith(QLatin1String("##"))) {
        problem(line, QStringLiteral("malformed context switch %1").arg(value));
        return;
    }
    const auto separator = rest.indexOf(QLatin1String("##"));
    if (separator >= 0) {
        const QString definition = rest.mid(separator + 2);
        if (definition != m_definitionName && !m_isKnownDefinition(definition))
            problem(line, QStringLiteral("unknown definition %1 in %2").arg(definition, value));
        if (definition != m_definitionName || separator == 0)
            return; // contexts of other definitions are not ours to check
        rest = rest.left(separator);
    }
    m_contextRefs << Reference{line, rest};
}

void Checker::crossCheck()
{
    QSet<QString> usedContexts, usedLists, usedItemDatas;
    for (const auto &ref : std::as_const(m_contextRefs)) {
        if (!m_contexts.contains(ref.name))
            problem(ref.line, QStringLiteral("unknown context %1").arg(ref.name));
        usedContexts.insert(ref.name);
    }
    for (const auto &ref : std::as_const(m_listRefs)) {
        if (ref.name.contains(QLatin1String("##")))
            continue; // a list of another definition
        if (!m_lists.contains(ref.name))
            problem(ref.line, QStringLiteral("unknown keyword list %1").arg(ref.name));
        usedLists.insert(ref.name);
    }
    for (const auto &ref : std::as_const(m_attributeRefs)) {
        if (!m_itemDatas.contains(ref.name))
            problem(ref.line, QStringLiteral("unknown itemData %1").arg(ref.name));
        usedItemDatas.insert(ref.name);
    }
    // Unused entries are dead weight at best and a misspelt reference at worst.
    for (qsizetype i = 1; i < m_contexts.size(); ++i) { // the first context is the start
        if (!usedContexts.contains(m_contexts.at(i)))
            problem(0, QStringLiteral("context %1 is never used").arg(m_contexts.at(i)));
    }
    for (const auto &list : std::as_const(m_lists)) {
        if (!usedLists.contains(list))
            problem(0, QStringLiteral("keyword list %1 is never used").arg(list));
    }
    for (const auto &itemData : std::as_const(m_itemDatas)) {
        if (!usedItemDatas.contains(itemData))
            problem(0, QStringLiteral("itemData %1 is never used").arg(itemData));
    }
}

} // namespace

QStringList checkDefinition(const QByteArray &xml,
                            const std::function<bool(const QString &)> &isKnownDefinition)
{
    return Checker(isKnownDefinition).run(xml);
}

} // namespace proofdesk::test
