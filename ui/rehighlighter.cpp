// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rehighlighter.h"

#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

namespace proofdesk::ui {

namespace {

// A highlighter that keeps each block's end state in the block's user data (as
// KSyntaxHighlighting does) and finds it changed, queues the next block's rehighlight, one
// block per event-loop iteration, through the rest of the document. After a definition change
// every state changes: a block without user data is highlighted as new, and nothing is queued.
void forgetState(QTextBlock block)
{
    block.setUserData(nullptr);
}

} // namespace

Rehighlighter::Rehighlighter(QSyntaxHighlighter *highlighter, QObject *parent)
    : QObject(parent), m_highlighter(highlighter)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Rehighlighter::slice);
    // A document emptied (a new text is being loaded) has nothing left to rehighlight: the
    // highlighter formats the new text as it goes in.
    if (QTextDocument *document = highlighter->document()) {
        connect(document, &QTextDocument::contentsChange, this, [this, document](int, int removed, int) {
            if (m_running && removed > 0 && document->isEmpty())
                cancel();
        });
    }
}

// The slicing timer is a member: no slice runs once we are gone.
Rehighlighter::~Rehighlighter() = default;

void Rehighlighter::start(States states)
{
    // Forgetting cannot be undone by a restart: blocks not yet reached keep the old states.
    m_forget = (m_running && m_forget) || states == States::Forget;
    m_timer.stop();
    m_running = false;
    m_slices = 1;
    QTextDocument *document = m_highlighter ? m_highlighter->document() : nullptr;
    if (!document)
        return;
    if (document->characterCount() <= m_directLimit) {
        if (m_forget) {
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
                forgetState(block);
        }
        m_forget = false;
        m_highlighter->rehighlight();
        emit finished();
        return;
    }
    m_running = true;
    m_next = QTextCursor(document);
    // Text typed at the place where the pass goes on is rehighlighted by it too.
    m_next.setKeepPositionOnInsert(true);
    m_slices = 0;
    slice();
}

void Rehighlighter::slice()
{
    QTextDocument *document = m_highlighter ? m_highlighter->document() : nullptr;
    if (!document || m_next.isNull()) {
        cancel();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetNs = qint64(m_budgetMs) * 1'000'000;
    QTextBlock block = document->findBlock(m_next.position());
    {
        // Formats are not text: every rehighlighted block would announce contentsChanged,
        // and a listener that compares the whole text on each (DocumentTab) would make the
        // pass quadratic. The layout still hears of every block and repaints what is shown.
        const QSignalBlocker quiet(document);
        while (block.isValid()) {
            if (m_forget)
                forgetState(block);
            m_highlighter->rehighlightBlock(block);
            block = block.next();
            if (clock.nsecsElapsed() >= budgetNs)
                break;
        }
    }
    ++m_slices;
    if (!block.isValid()) {
        complete();
        return;
    }
    m_next.setPosition(block.position());
    if (!m_timer.isActive())
        m_timer.start();
}

void Rehighlighter::complete()
{
    m_timer.stop();
    m_running = false;
    m_forget = false;
    m_next = QTextCursor();
    emit finished();
}

void Rehighlighter::cancel()
{
    m_timer.stop();
    m_running = false;
    m_forget = false;
    m_next = QTextCursor();
}

} // namespace proofdesk::ui
