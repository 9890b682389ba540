// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/slicing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QPlainTextEdit;

namespace proofdesk::ui {

// Puts a whole text into an editor without stalling the GUI thread: the one way every
// document, reload and read-only tab gets its text.
//
// QPlainTextEdit::setPlainText builds every block of the document in one go, and the
// syntax highlighter (which listens to QTextDocument::contentsChange) then highlights every
// new block before the call returns: tens of megabytes cost seconds of a frozen window. A
// large text is therefore appended in slices, one per event-loop iteration, each cut after
// a line end and sized so that inserting and highlighting it takes about `sliceBudgetMs`;
// the highlighter follows the slices in block order (a block's state depends on the one
// before it, and the slices arrive in that order). Small texts keep the direct path.
//
// While a load runs the editor is read-only (the user cannot type into half a file) and its
// undo stack is off (the user cannot undo half a file); both come back when it ends. The
// loader never touches the editor once the editor is being destroyed: it is the editor's
// child, and its slicing timer dies with it.
class TextLoader : public QObject
{
    Q_OBJECT
public:
    // Texts up to this many UTF-16 units go in with one setPlainText.
    static constexpr qsizetype DefaultDirectLimit = slicing::DirectLimit;
    // What one slice may cost the GUI thread (inserting, laying out, highlighting it).
    static constexpr int DefaultSliceBudgetMs = slicing::SliceBudgetMs;

    explicit TextLoader(QPlainTextEdit *editor);
    ~TextLoader() override;
    Q_DISABLE_COPY_MOVE(TextLoader)

    // Replaces the editor's text by `text`: at once when it is small (finished() is emitted
    // before this returns), otherwise over the next event-loop iterations. A load still
    // running is abandoned for the new one.
    void load(const QString &text);
    // Stops a running load where it is (the editor keeps the slices inserted so far and
    // becomes editable again); finished() is not emitted.
    void cancel();

    bool isLoading() const { return m_loading; }
    // The whole text of the running load: what the editor will hold. While finished() is
    // emitted it is still the text just loaded; afterwards it is empty (the editor holds it).
    QString text() const { return m_text; }
    // UTF-16 units of the running load inserted so far, and in all.
    qsizetype inserted() const { return m_next; }
    qsizetype total() const { return m_text.size(); }
    // Slices the last load took (1 for the direct path), and the time spent inserting them
    // (the rest of a load's wall time is the event loop's: painting, timers, input).
    int sliceCount() const { return m_slices; }
    qint64 sliceNs() const { return m_sliceNs; }

    void setDirectLimit(qsizetype units) { m_directLimit = units; }
    qsizetype directLimit() const { return m_directLimit; }
    void setSliceBudgetMs(int ms) { m_budgetMs = qMax(1, ms); }
    int sliceBudgetMs() const { return m_budgetMs; }

    // Where a slice of about `wanted` units starting at `from` ends: after the last line end
    // within it, else (one long line) after the next one if it is near, else at `wanted`
    // without splitting a surrogate pair or a CR LF pair. Public for the unit test.
    static qsizetype sliceEnd(const QString &text, qsizetype from, qsizetype wanted);

signals:
    // Emitted after each slice.
    void progressed(qsizetype inserted, qsizetype total);
    // The whole text is in the editor (modified flag cleared, undo stack empty).
    void finished();

private:
    void insertSlice();
    void complete();
    void announceSize();

    QPointer<QPlainTextEdit> m_editor; // the parent
    QString m_text;
    qsizetype m_next = 0;
    qsizetype m_sliceUnits = 0;
    qsizetype m_directLimit = DefaultDirectLimit;
    int m_budgetMs = DefaultSliceBudgetMs;
    int m_slices = 0;
    qint64 m_sliceNs = 0;
    int m_serial = 0; // counts loads: a load started from a finished() handler is not cleared
    bool m_loading = false;
    bool m_wasReadOnly = false;
    bool m_hadUndo = true;
    QTimer m_timer;        // zero-interval: one slice per event-loop iteration
    QElapsedTimer m_frame; // since the editor was last let repaint
};

} // namespace proofdesk::ui
