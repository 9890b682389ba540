// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/codeeditor.h"

#include "ui/linenumberarea.h"
#include "ui/rehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace proofdesk::ui {

using KSyntaxHighlighting::Theme;

namespace {

// QPlainTextDocumentLayout takes [from, from + removed + added) as the range a change
// touched. A highlighter re-formatting a line reports removed == added == the line's length,
// so that range reaches into the next line, and the layout then repaints the whole view:
// with highlighting on, every keystroke repainted all visible lines (5-9 ms of a 2,000-step
// sketch, measured in `./dev bench gui`). What the change left in the text is
// [from, from + added); where that lies in one line, the line is all that needs a new layout
// and a repaint. Anything else (lines joined or split, a change across lines) goes on as before.
class LineLocalLayout : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override
    {
        if (charsRemoved > 0 && charsAdded > 0 &&
            document()->findBlock(from) == document()->findBlock(from + charsAdded - 1))
            charsRemoved = 0;
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    }
};

QTextDocument *withLineLocalLayout(QPlainTextEdit *editor)
{
    auto *document = new QTextDocument(editor);
    document->setDocumentLayout(new LineLocalLayout(document));
    editor->setDocument(document);
    return document;
}

} // namespace

CodeEditor::CodeEditor(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QPlainTextEdit(parent), m_repository(repository),
      m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(withLineLocalLayout(this))),
      m_gutter(new LineNumberArea(this)), m_rehighlighter(std::make_unique<Rehighlighter>(m_highlighter))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    setLineWrapMode(QPlainTextEdit::NoWrap);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &CodeEditor::updateExtraSelections);

    applyTheme();
    updateGutterWidth();
    updateExtraSelections();
}

// The rehighlighter goes first (a member), while the document it works on still exists.
CodeEditor::~CodeEditor() = default;

void CodeEditor::setFileName(const QString &fileName)
{
    const auto definition = m_repository->definitionForFileName(fileName);
    // The same highlighting (a save under a new name): the formats stand.
    if (definition == m_highlighter->definition())
        return;
    // SyntaxHighlighter::setDefinition would rehighlight the whole text before returning;
    // the base class only takes the definition, and the rehighlighter does the rest.
    m_highlighter->KSyntaxHighlighting::AbstractHighlighter::setDefinition(definition);
    // SyntaxHighlighter keeps the character formats of the old definition's styles; a new
    // theme is what makes it drop them (it checks each use, so stale ones would only cost
    // time on every highlighted token, never a wrong colour).
    const Theme theme = m_highlighter->theme();
    m_highlighter->setTheme(Theme());
    m_highlighter->setTheme(theme);
    m_rehighlighter->start(Rehighlighter::States::Forget);
}

QString CodeEditor::definitionName() const
{
    const auto definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

// Colours come from the KSyntaxHighlighting theme that suits the application palette, so
// that text, gutter and highlighting agree in both light and dark desktops.
void CodeEditor::applyTheme()
{
    // The application's palette, not our own: ours is set from the theme below.
    const Theme theme = m_repository->themeForPalette(QApplication::palette());
    m_highlighter->setTheme(theme);

    const auto color = [&](Theme::EditorColorRole role) { return QColor(theme.editorColor(role)); };
    QPalette p = palette();
    p.setColor(QPalette::Base, color(Theme::BackgroundColor));
    p.setColor(QPalette::Text, QColor(theme.textColor(Theme::Normal)));
    p.setColor(QPalette::Highlight, color(Theme::TextSelection));
    p.setColor(QPalette::HighlightedText, QColor(theme.selectedTextColor(Theme::Normal)));
    setPalette(p);

    m_currentLine = color(Theme::CurrentLine);
    m_gutterBackground = color(Theme::IconBorder);
    m_lineNumber = color(Theme::LineNumbers);
    m_currentLineNumber = color(Theme::CurrentLineNumber);
    m_errorColor = QColor(theme.textColor(Theme::Error));
    m_warningColor = QColor(theme.textColor(Theme::Warning));
    // SyntaxHighlighter::setTheme only records the theme: the formats follow here.
    m_rehighlighter->start(Rehighlighter::States::Keep);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3); // keep the gutter steady while a file grows past 99 lines
    return markAreaWidth() + 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

int CodeEditor::markAreaWidth() const
{
    return fontMetrics().height() + 4;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterBackground);
    painter.setFont(font());

    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == current ? m_currentLineNumber : m_lineNumber);
            painter.drawText(0, top, m_gutter->width() - 6, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
            if (const auto state = shownState(block.blockNumber() + 1))
                paintMark(painter, QRectF(2, top, markAreaWidth() - 4, lineHeight), *state);
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

int CodeEditor::positionOf(int line, int column) const
{
    QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    const QString text = block.text();
    int offset = 0;
    // lang counts code points; QString counts UTF-16 units.
    for (int c = 1; c < column && offset < text.size(); ++c) {
        const bool pair = text.at(offset).isHighSurrogate() && offset + 1 < text.size() &&
                          text.at(offset + 1).isLowSurrogate();
        offset += pair ? 2 : 1;
    }
    return block.position() + offset;
}

void CodeEditor::goTo(int line, int column)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(positionOf(line, column));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

QTextCursor CodeEditor::cursorFor(int beginLine, int beginColumn, int endLine, int endColumn) const
{
    const int begin = positionOf(beginLine, beginColumn);
    const int end = positionOf(endLine, endColumn);
    QTextCursor cursor(document());
    cursor.setPosition(begin);
    if (end <= begin) {
        // An empty range (say, at an unexpected end of line) still gets a visible mark.
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection())
            cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    } else {
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    }
    return cursor;
}

void CodeEditor::showDiagnostics(const lang::Module &module)
{
    m_diagnostics.clear();
    for (const auto &d : module.diagnostics) {
        if (d.file != module.file)
            continue; // reported in an imported file
        m_diagnostics.append({cursorFor(int(d.range.begin.line), int(d.range.begin.column),
                                        int(d.range.end.line), int(d.range.end.column)),
                              QString::fromStdString(d.message), d.severity});
    }
    updateExtraSelections();
}

void CodeEditor::setCheckUnderlines(const QList<CheckUnderline> &underlines)
{
    m_check.clear();
    for (const auto &u : underlines) {
        m_check.append({cursorFor(u.beginLine, u.beginColumn, u.endLine, u.endColumn), u.message,
                        u.error ? lang::Severity::Error : lang::Severity::Warning});
    }
    updateExtraSelections();
}

void CodeEditor::setObligationMarks(const QList<ObligationMark> &marks)
{
    // The same steps on the same lines as before (verdicts arrived, the text did not
    // change): only the changed marks are updated and their lines repainted, instead of
    // regrouping thousands of marks by line many times a second while a document is checked.
    const auto sameStep = [](const ObligationMark &a, const ObligationMark &b) {
        return a.line == b.line && a.obligation == b.obligation;
    };
    const bool sameSteps =
        marks.size() == m_markList.size() && std::ranges::equal(marks, m_markList, sameStep);
    if (sameSteps) {
        QList<int> changed;
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const ObligationMark &m = marks[i];
            if (m.state == m_markList[i].state)
                continue;
            for (ObligationMark &shownMark : m_marks[m.line])
                if (shownMark.obligation == m.obligation)
                    shownMark.state = m.state;
            changed << m.line;
        }
        m_markList = marks;
        repaintMarkLines(changed);
        return;
    }
    m_markList = marks;
    QHash<int, QList<ObligationMark>> byLine;
    for (const auto &m : marks)
        byLine[m.line].append(m);
    if (byLine.size() == m_marks.size()) {
        // Repaint only the lines whose marks changed: a verdict touches one line.
        QList<int> changed;
        for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
            const auto old = m_marks.constFind(it.key());
            if (old == m_marks.cend() || shownState(it.key()) != [&] {
                    std::optional<MarkState> worst;
                    for (const auto &m : it.value())
                        if (!worst || markSeverity(m.state) > markSeverity(*worst))
                            worst = m.state;
                    return worst;
                }())
                changed << it.key();
        }
        m_marks = std::move(byLine);
        repaintMarkLines(changed);
        return;
    }
    m_marks = std::move(byLine);
    m_gutter->update();
}

void CodeEditor::repaintMarkLines(const QList<int> &lines)
{
    // Many lines (every step's state reset, or an edit that moved the steps below it): the
    // whole gutter is cheaper than finding each line's block and geometry, most of them
    // far outside the view.
    constexpr qsizetype kWholeGutterAbove = 64;
    if (lines.size() > kWholeGutterAbove) {
        m_gutter->update();
        return;
    }
    for (int line : lines) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid() || !block.isVisible())
            continue;
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        m_gutter->update(0, int(r.top()), markAreaWidth(), int(r.height()) + 1);
    }
}

std::optional<MarkState> CodeEditor::shownState(int line) const
{
    const auto it = m_marks.constFind(line);
    if (it == m_marks.cend())
        return std::nullopt;
    std::optional<MarkState> worst;
    for (const auto &m : *it) {
        if (!worst || markSeverity(m.state) > markSeverity(*worst))
            worst = m.state;
    }
    return worst;
}

int CodeEditor::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    while (block.isValid()) {
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (y >= r.top() && y < r.bottom())
            return block.blockNumber() + 1;
        if (r.top() > y)
            break;
        block = block.next();
    }
    return 0;
}

void CodeEditor::setMarkToolTipSource(std::function<QString(const QString &)> source)
{
    m_markToolTipSource = std::move(source);
}

QString CodeEditor::markToolTip(int line) const
{
    if (!m_markToolTipSource)
        return {};
    QStringList tips;
    for (const auto &m : marksAt(line))
        tips << m_markToolTipSource(m.obligation);
    return tips.join(QStringLiteral("\n\n"));
}

QString CodeEditor::gutterToolTip(const QPoint &pos) const
{
    return markToolTip(lineAt(pos.y()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A light/dark switch (the desktop's, or the theme setting) arrives as a new application
    // palette: as ApplicationPaletteChange where the editor is a window of its own, and as
    // the PaletteChange its window passes on to its children where it is not (Qt sends the
    // former only to windows). Our own setPalette() in applyTheme() is a PaletteChange too:
    // only a palette that calls for another theme is applied.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
        if (m_repository->themeForPalette(QApplication::palette()).name() == m_highlighter->theme().name())
            return;
        applyTheme();
        updateExtraSelections();
        m_gutter->update();
    }
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(m_currentLine);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    for (const auto &mark : m_diagnostics + m_check) {
        QTextEdit::ExtraSelection underline;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(mark.severity == lang::Severity::Error ? m_errorColor
                                                                                 : m_warningColor);
        // A wave one pixel high is easy to miss on a dark background: an error's text is
        // also tinted, faintly, in the same colour.
        if (mark.severity == lang::Severity::Error) {
            QColor tint = m_errorColor;
            tint.setAlpha(48);
            underline.format.setBackground(tint);
        }
        underline.cursor = mark.cursor;
        selections.append(underline);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int position = cursorForPosition(inViewport).position();
        QStringList messages;
        for (const auto &mark : m_diagnostics + m_check) {
            if (position >= mark.cursor.selectionStart() && position <= mark.cursor.selectionEnd())
                messages.append(mark.message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace proofdesk::ui
