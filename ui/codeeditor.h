// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"
#include "ui/markstate.h"

#include <QHash>
#include <QList>
#include <QPlainTextEdit>

#include <functional>
#include <memory>
#include <optional>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace proofdesk::ui {

class LineNumberArea;
class Rehighlighter;

// A plain-text editor with a line-number gutter, highlighting chosen by file name, and
// diagnostics drawn as wavy underlines (with the message as tooltip).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    // `repository` must outlive the editor; the main window owns it.
    explicit CodeEditor(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Selects the syntax definition for this file name (by extension or pattern). A new one
    // rehighlights the text, a large text in slices (rehighlighter.h), as a new theme does.
    void setFileName(const QString &fileName);
    // The name of the syntax definition in use; empty when none matched.
    QString definitionName() const;

    // Underlines the diagnostics that belong to the module's own file.
    void showDiagnostics(const lang::Module &module);
    int diagnosticCount() const { return static_cast<int>(m_diagnostics.size()); }

    // Moves the cursor to a 1-based line and column (columns count code points, like lang).
    void goTo(int line, int column);
    // The document position of a 1-based line and column, clamped to the text.
    int positionOf(int line, int column) const;

    // One mark per obligation in the gutter; where several steps share a line the worst
    // is drawn and the tooltip lists them all.
    struct ObligationMark {
        int line = 0; // 1-based
        MarkState state = MarkState::Pending;
        QString obligation; // its id, for the tooltip
    };
    void setObligationMarks(const QList<ObligationMark> &marks);
    // The marks of one line (for tests and the gutter tooltip); empty if none.
    QList<ObligationMark> marksAt(int line) const { return m_marks.value(line); }
    // Writes a mark's tooltip from its obligation's id when the tooltip is asked for, not
    // each time the marks change: a document of thousands of steps gets new marks many
    // times a second while it is checked, and is hovered a line at a time.
    void setMarkToolTipSource(std::function<QString(const QString &obligation)> source);
    // The gutter tooltip of a 1-based line: its marks' tooltips; empty if none.
    QString markToolTip(int line) const;
    // The state drawn for a line, if any.
    std::optional<MarkState> shownState(int line) const;

    // Wavy underlines for checking results: failed claims (error colour) and warnings.
    struct CheckUnderline {
        int beginLine = 0, beginColumn = 0, endLine = 0, endColumn = 0;
        QString message;
        bool error = true;
    };
    void setCheckUnderlines(const QList<CheckUnderline> &underlines);
    int checkUnderlineCount() const { return static_cast<int>(m_check.size()); }

    // Rehighlights the text after a theme or definition change; running while a large text
    // is still being rehighlighted.
    Rehighlighter *rehighlighter() const { return m_rehighlighter.get(); }

    int markAreaWidth() const;
    int lineNumberAreaWidth() const;
    QString gutterToolTip(const QPoint &pos) const;
    void paintLineNumberArea(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Marked {
        QTextCursor cursor;
        QString message;
        lang::Severity severity;
    };

    void applyTheme();
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void repaintMarkLines(const QList<int> &lines);
    QTextCursor cursorFor(int beginLine, int beginColumn, int endLine, int endColumn) const;
    int lineAt(int y) const;

    KSyntaxHighlighting::Repository *m_repository;   // not owned
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter; // owned by the document
    LineNumberArea *m_gutter;                        // child widget
    // Owned here, not by the Qt parent: it stops before the document it works on goes.
    std::unique_ptr<Rehighlighter> m_rehighlighter;
    QList<Marked> m_diagnostics;
    QList<Marked> m_check;
    QList<ObligationMark> m_markList;          // as last set, in the document's order
    QHash<int, QList<ObligationMark>> m_marks; // by line
    std::function<QString(const QString &)> m_markToolTipSource;
    QColor m_currentLine;
    QColor m_gutterBackground;
    QColor m_lineNumber;
    QColor m_currentLineNumber;
    QColor m_errorColor;
    QColor m_warningColor;
};

} // namespace proofdesk::ui
