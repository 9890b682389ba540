// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlreport.h"

#include "export/depgraph.h"
#include "graph/export.h"
#include "graph/graph.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace proofdesk::exporting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::exporting", text);
}

QString colourOf(Evidence e)
{
    switch (e) {
    case Evidence::Certified: return QStringLiteral("#74c69d");
    case Evidence::CrossChecked: return QStringLiteral("#b7e4c7");
    case Evidence::Proved: return QStringLiteral("#d8f3dc");
    case Evidence::Admitted: return QStringLiteral("#ffec99");
    case Evidence::Failed: return QStringLiteral("#ffa8a8");
    case Evidence::Unknown: break;
    }
    return QStringLiteral("#dee2e6");
}

// Worse evidence wins a line shared by several steps: a line never looks better than its
// weakest claim.
int weakness(Evidence e)
{
    switch (e) {
    case Evidence::Failed: return 6;
    case Evidence::Unknown: return 5;
    case Evidence::Admitted: return 4;
    case Evidence::Proved: return 3;
    case Evidence::CrossChecked: return 2;
    case Evidence::Certified: return 0;
    }
    return 6;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString &text, const QString &style = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), esc(text));
}

// A long document (a CNF of a million clauses) is shown only in part: the report is for
// reading, the full text is in sources/.
constexpr qsizetype kMaxShownLines = 5000;

// pdf: graphs as <img src="graph:N"> resources instead of inline SVG.
QString html(const ReportInput &input, bool pdf)
{
    const QList<Claim> &claims = input.claims;
    const QStringList &sources = input.sources;
    const QStringList &texts = input.texts;
    const QString &toolVersion = input.toolVersion;
    QMap<QString, int> counts;
    for (const Claim &c : claims)
        ++counts[evidenceName(c.evidence)];
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                        "<title>%1</title></head>\n<body style=\"font-family: sans-serif\">\n")
             .arg(esc(tr("ProofDesk bundle report")));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(esc(tr("ProofDesk bundle report")),
                  esc(tr("ProofDesk %1. %2 claims. Levels of evidence are explained in the "
                         "bundle's manifest.json and in ProofDesk's docs/certificates.md.")
                          .arg(toolVersion)
                          .arg(claims.size())));

    // Summary
    h += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%2</th><th>%3</th></tr>\n")
             .arg(esc(tr("Summary")), esc(tr("Evidence")), esc(tr("Claims")));
    for (const Evidence e : {Evidence::Certified, Evidence::CrossChecked, Evidence::Proved,
                             Evidence::Admitted, Evidence::Failed, Evidence::Unknown})
        h += QStringLiteral("<tr>%1%2</tr>\n")
                 .arg(cell(evidenceName(e), QStringLiteral("background-color: ") + colourOf(e)),
                      cell(QString::number(counts.value(evidenceName(e)))));
    h += QStringLiteral("</table>\n");

    // Claims table
    h += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
                        "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>\n")
             .arg(esc(tr("Claims")), esc(tr("Source")), esc(tr("Lemma")), esc(tr("Step")), esc(tr("Evidence")),
                  esc(tr("Solver")), esc(tr("Time (ms)")), esc(tr("Checker")));
    for (const Claim &c : claims) {
        QString checker = c.checkerResult;
        if (!c.crossCheckedBy.isEmpty())
            checker += (checker.isEmpty() ? QString() : QStringLiteral("; ")) + tr("cross-checked by %1").arg(c.crossCheckedBy);
        h += QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>\n")
                 .arg(cell(QStringLiteral("%1:%2").arg(c.source).arg(c.line)), cell(c.lemma), cell(c.step),
                      cell(evidenceName(c.evidence), QStringLiteral("background-color: ") + colourOf(c.evidence)),
                      cell(c.strategy.isEmpty() ? c.reason : c.strategy), cell(QString::number(c.timeMs)), cell(checker));
    }
    h += QStringLiteral("</table>\n");

    // Dependency graphs, coloured by standing (the colours of core/graph, as in the editor).
    for (qsizetype i = 0; i < sources.size() && i < input.graphs.size(); ++i) {
        if (input.graphs[i].isEmpty())
            continue;
        h += QStringLiteral("<h2>%1</h2>\n<p>").arg(esc(tr("Dependency graph of %1").arg(sources[i])));
        h += esc(tr("Lemmas point to their steps, steps to the lemmas, facts and definitions they cite. Node colours:")) + QLatin1Char(' ');
        const auto swatch = [](std::uint32_t colour, const QString &what) {
            return QStringLiteral("<span style=\"color: #%1\">&#9679;</span>&#160;%2 ").arg(colour, 6, 16, QLatin1Char('0')).arg(esc(what));
        };
        for (const graph::Standing st : {graph::Standing::Proved, graph::Standing::Failed, graph::Standing::Unknown,
                                         graph::Standing::Admitted, graph::Standing::Error})
            h += swatch(graph::standingColour(st), QString::fromLatin1(graph::standingName(st).data(), qsizetype(graph::standingName(st).size())));
        h += swatch(kindColour(graph::NodeKind::Fact), tr("fact (assumption)")) + swatch(kindColour(graph::NodeKind::Definition), tr("definition"));
        h += QStringLiteral("</p>\n");
        if (pdf)
            h += QStringLiteral("<p><img src=\"graph:%1\"/></p>\n").arg(i);
        else
            h += QStringLiteral("<div>%1</div>\n").arg(input.graphs[i]);
    }

    // Counterexamples
    bool anyFailed = false;
    for (const Claim &c : claims) {
        if (c.evidence != Evidence::Failed)
            continue;
        if (!anyFailed)
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Counterexamples")));
        anyFailed = true;
        h += QStringLiteral("<h3>%1</h3>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n")
                 .arg(esc(QStringLiteral("%1:%2 %3 / %4").arg(c.source).arg(c.line).arg(c.lemma, c.step)));
        for (const auto &v : c.counterexample)
            h += QStringLiteral("<tr>%1%2</tr>\n").arg(cell(v.symbol), QStringLiteral("<td><code>%1</code></td>").arg(esc(v.value)));
        h += QStringLiteral("</table>\n");
    }

    // The sketches, each line coloured by the weakest claim whose step covers it.
    for (qsizetype i = 0; i < sources.size() && i < texts.size(); ++i) {
        QHash<int, Evidence> lineLevel;
        for (const Claim &c : claims) {
            if (c.source != sources[i])
                continue;
            for (int l = c.line; l <= qMax(c.line, c.endLine) && l - c.line < 10000; ++l) {
                const auto it = lineLevel.constFind(l);
                if (it == lineLevel.constEnd() || weakness(c.evidence) > weakness(*it))
                    lineLevel.insert(l, c.evidence);
            }
        }
        h += QStringLiteral("<h2>%1</h2>\n<pre style=\"font-family: monospace\">").arg(esc(sources[i]));
        const QStringList lines = texts[i].split(QLatin1Char('\n'));
        for (qsizetype n = 0; n < lines.size() && n < kMaxShownLines; ++n) {
            const int line = int(n + 1);
            const QString number = QStringLiteral("%1  ").arg(line, 4);
            const auto it = lineLevel.constFind(line);
            if (it == lineLevel.constEnd())
                h += esc(number + lines[n]);
            else
                h += QStringLiteral("<span style=\"background-color: %1\" title=\"%2\">%3</span>")
                         .arg(colourOf(*it), evidenceName(*it), esc(number + lines[n]));
            h += QLatin1Char('\n');
        }
        h += QStringLiteral("</pre>\n");
        if (lines.size() > kMaxShownLines)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("%1 more lines are in %2.").arg(lines.size() - kMaxShownLines).arg(sources[i])));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace

QString reportHtml(const ReportInput &input)
{
    return html(input, false);
}

QString writeReportPdf(const ReportInput &input, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return tr("report.pdf needs a QGuiApplication (the offscreen platform is enough)");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(tr("ProofDesk bundle report"));
    writer.setCreator(QStringLiteral("ProofDesk ") + input.toolVersion);
    QTextDocument document;
    // The printable width at 96 dpi on A4 within QTextDocument::print's 2 cm margins is
    // about 640 px; the graph is drawn at twice that so that it stays sharp when zoomed.
    constexpr int kWidth = 620;
    for (qsizetype i = 0; i < input.graphs.size(); ++i) {
        if (input.graphs[i].isEmpty())
            continue;
        QSvgRenderer svg(input.graphs[i].toUtf8());
        if (!svg.isValid())
            continue;
        const QSizeF size = svg.defaultSize();
        const double scale = qMin(1.0, kWidth / qMax(1.0, size.width()));
        QImage image(QSize(int(size.width() * scale * 2) + 1, int(size.height() * scale * 2) + 1), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
        }
        image.setDevicePixelRatio(2.0);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("graph:%1").arg(i)), image);
    }
    document.setHtml(html(input, true));
    document.print(&writer);
    return {};
}

} // namespace proofdesk::exporting
