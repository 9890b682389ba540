// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/slicing.h"

#include <QObject>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTimer>

namespace proofdesk::ui {

// Rehighlights a whole document without stalling the GUI thread: the way CodeEditor applies
// a new theme (a palette change) or a new syntax definition (Save As another kind).
//
// QSyntaxHighlighter::rehighlight formats every block before it returns: seconds of a
// frozen window for a text of megabytes. A large document is therefore rehighlighted in
// slices, one per event-loop iteration, each taking about `sliceBudgetMs`, in block order
// (a block's highlighting starts from the state the block before it ended in). A small one
// keeps the direct path, with the limit and the budget of TextLoader (slicing.h).
//
// Edits made between slices are highlighted by the highlighter itself, as always; the pass
// goes on from where it was (its place moves with the text), so every block ends formatted
// as one rehighlight of the final text would have it. A new start() while a pass runs begins
// again at the first block: the blocks done so far had the old theme or definition.
class Rehighlighter : public QObject
{
    Q_OBJECT
public:
    // What a block's saved end state (the highlighter's user data) is worth in the new pass.
    enum class States {
        Keep,   // a new theme: the states still hold, only the formats change
        Forget, // a new definition: the old states mean nothing and are dropped block by block
    };

    explicit Rehighlighter(QSyntaxHighlighter *highlighter, QObject *parent = nullptr);
    ~Rehighlighter() override;
    Q_DISABLE_COPY_MOVE(Rehighlighter)

    // Rehighlights every block with the highlighter's current definition and theme: at once
    // when the document is small (finished() is emitted before this returns), otherwise the
    // first slice now and the rest over the next event-loop iterations.
    void start(States states);
    // Stops a running pass where it is; finished() is not emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    // Slices the last pass took (1 for the direct path).
    int sliceCount() const { return m_slices; }

    void setDirectLimit(qsizetype units) { m_directLimit = units; }
    qsizetype directLimit() const { return m_directLimit; }
    void setSliceBudgetMs(int ms) { m_budgetMs = qMax(1, ms); }
    int sliceBudgetMs() const { return m_budgetMs; }

signals:
    // Every block has been rehighlighted.
    void finished();

private:
    void slice();
    void complete();

    QPointer<QSyntaxHighlighter> m_highlighter; // owned by its document
    QTextCursor m_next;                         // the first block not yet done; moves with edits
    qsizetype m_directLimit = slicing::DirectLimit;
    int m_budgetMs = slicing::SliceBudgetMs;
    int m_slices = 0;
    bool m_running = false;
    bool m_forget = false;
    QTimer m_timer; // zero-interval: one slice per event-loop iteration
};

} // namespace proofdesk::ui
