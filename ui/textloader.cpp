// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/textloader.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <optional>

namespace proofdesk::ui {

namespace {
// The first slice goes in before load() returns, before anything is known about the cost
// per unit of this text and this highlighter: small enough for the slowest of them.
constexpr qsizetype FirstSliceUnits = 32 * 1024;
// Bounds for the adaptive slice size: a slice too small wastes iterations on overhead; too
// large and one misjudged slice (a burst of long lines) stalls the window.
constexpr qsizetype MinSliceUnits = 4 * 1024;
constexpr qsizetype MaxSliceUnits = 512 * 1024;
// How often the editor repaints and its scroll bar grows while a load runs. Repainting after
// every slice doubled a load's time (measured, bench_open --hidden): appending at the end
// changes nothing on screen but the scroll bar, yet the layout asks for a full repaint.
constexpr int FrameMs = 100;
} // namespace

TextLoader::TextLoader(QPlainTextEdit *editor) : QObject(editor), m_editor(editor)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TextLoader::insertSlice);
}

// Nothing to undo here: the editor is being destroyed with us (we are its child), and the
// timer that drives the slices is a member.
TextLoader::~TextLoader() = default;

qsizetype TextLoader::sliceEnd(const QString &text, qsizetype from, qsizetype wanted)
{
    const qsizetype size = text.size();
    wanted = std::max<qsizetype>(wanted, 1);
    if (size - from <= wanted)
        return size;
    const QStringView all(text);
    // After the last line end in the slice: the searches stay inside the slice (and the
    // next), so a file that is one long line costs no more than one with many.
    if (const qsizetype lf = all.mid(from, wanted).lastIndexOf(u'\n'); lf >= 0)
        return from + lf + 1;
    if (const qsizetype lf = all.mid(from + wanted, wanted).indexOf(u'\n'); lf >= 0)
        return from + wanted + lf + 1;
    // Inside a long line: QTextCursor::insertText takes a lone CR for a line end, so CR LF
    // must not be split, nor a surrogate pair.
    qsizetype end = from + wanted;
    if (text.at(end - 1).isHighSurrogate() && text.at(end).isLowSurrogate())
        ++end;
    else if (text.at(end - 1) == u'\r' && text.at(end) == u'\n')
        ++end;
    return end;
}

void TextLoader::load(const QString &text)
{
    cancel();
    ++m_serial;
    if (!m_editor)
        return;
    m_text = text;
    m_slices = 1;
    m_sliceNs = 0;
    QTextDocument *document = m_editor->document();
    if (text.size() <= m_directLimit) {
        m_next = text.size();
        m_editor->setPlainText(text);
        document->setModified(false);
        const int serial = m_serial;
        const QPointer<TextLoader> self(this);
        emit progressed(m_next, m_next);
        emit finished();
        if (self && m_serial == serial)
            m_text.clear();
        return;
    }
    m_loading = true;
    m_wasReadOnly = m_editor->isReadOnly();
    m_hadUndo = document->isUndoRedoEnabled();
    // setPlainText clears the document and the undo stack and puts the cursor at the start,
    // where it stays: later slices go in after it.
    m_next = sliceEnd(text, 0, FirstSliceUnits);
    m_sliceUnits = FirstSliceUnits;
    m_editor->setPlainText(text.left(m_next));
    if (!m_wasReadOnly)
        m_editor->setReadOnly(true);
    document->setUndoRedoEnabled(false);
    emit progressed(m_next, m_text.size());
    m_frame.start();
    m_timer.start();
}

void TextLoader::insertSlice()
{
    if (!m_editor) {
        cancel();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const qsizetype end = sliceEnd(m_text, m_next, m_sliceUnits);
    QTextDocument *document = m_editor->document();
    // The layout's repaint and size signals only every FrameMs, and for the last slice: it
    // still lays out every block, its next signal reports the size of all of them.
    std::optional<QSignalBlocker> quiet;
    if (end < m_text.size() && m_frame.elapsed() < FrameMs)
        quiet.emplace(document->documentLayout());
    else
        m_frame.restart();
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    // One edit: the highlighter formats the new blocks before insertText returns.
    cursor.insertText(m_text.sliced(m_next, end - m_next));
    quiet.reset();
    const qsizetype done = end - m_next;
    m_next = end;
    ++m_slices;
    const qint64 ns = clock.nsecsElapsed();
    m_sliceNs += ns;
    // Aim the next slice at the budget from what this one cost per unit, growing at most
    // twofold: one cheap slice (comments, say) must not license a huge one.
    const double ms = std::max<double>(double(ns) / 1e6, 0.25);
    const qsizetype aimed = qsizetype(double(done) * m_budgetMs / ms);
    m_sliceUnits = std::clamp<qsizetype>(std::min(aimed, 2 * m_sliceUnits), MinSliceUnits, MaxSliceUnits);
    emit progressed(m_next, m_text.size());
    if (m_next >= m_text.size())
        complete();
}

void TextLoader::complete()
{
    m_timer.stop();
    m_loading = false;
    if (m_editor) {
        QTextDocument *document = m_editor->document();
        document->setUndoRedoEnabled(m_hadUndo); // re-enabled empty: nothing of the load to undo
        document->setModified(false);
        if (!m_wasReadOnly)
            m_editor->setReadOnly(false);
        announceSize();
    }
    const int serial = m_serial;
    const QPointer<TextLoader> self(this);
    emit finished();
    if (self && m_serial == serial)
        m_text.clear();
}

void TextLoader::cancel()
{
    if (!m_loading)
        return;
    m_timer.stop();
    m_loading = false;
    if (m_editor) {
        m_editor->document()->setUndoRedoEnabled(m_hadUndo);
        if (!m_wasReadOnly)
            m_editor->setReadOnly(false);
        announceSize();
    }
    m_text.clear();
}

// The layout reports a new size only when its block count changed in an edit it was let
// speak about: a last slice without a line end, after quiet slices that added lines, would
// leave the scroll bar short. So the size and a repaint are announced once more.
void TextLoader::announceSize()
{
    if (QAbstractTextDocumentLayout *layout = m_editor->document()->documentLayout()) {
        emit layout->documentSizeChanged(layout->documentSize());
        emit layout->update();
    }
}

} // namespace proofdesk::ui
