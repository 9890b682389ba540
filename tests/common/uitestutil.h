// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the window tests that check with the real engine (tst_livecheck, tst_tabs).

#include "testutil.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/markstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTest>

namespace proofdesk::test {

// The 1-based line of the first line of `text` that contains `needle`; 0 if none does.
inline int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

// Settings for a window that checks for real: no cache (an earlier run would answer
// instead), a 20 s limit, and cvc5 alone (z3 racing it would make the winning strategy,
// which the tests name, a matter of timing, and its late detection would restart the
// engine mid-test). Clears whatever an earlier test left.
inline void useRealSolving()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("check/useCache"), false);
    settings.setValue(QStringLiteral("check/timeoutMs"), 20000);
    settings.setValue(QStringLiteral("solvers/disabled"), QStringList{QStringLiteral("z3")});
}

// Waits until the session has answered every step and the editor's gutter shows it (the
// window applies verdicts in coalesced refreshes). False if that takes over `timeoutMs`.
inline bool waitUntilChecked(const ui::CheckSession *session, const ui::CodeEditor *editor, int timeoutMs)
{
    const bool answered = QTest::qWaitFor(
        [session] {
            return session->module() && !session->busy() && session->counts().pending == 0 &&
                   session->counts().running == 0;
        },
        timeoutMs);
    const auto settled = [editor] {
        for (int line = 1; line <= editor->blockCount(); ++line) {
            const auto state = editor->shownState(line);
            if (state == ui::MarkState::Running || state == ui::MarkState::Pending)
                return false;
        }
        return true;
    };
    return answered && QTest::qWaitFor(settled, timeoutMs);
}

// Processes whose command line contains `needle` and whose parent is this test: the
// workers and solvers of our own sessions, not those of programs running beside us.
inline QStringList ourProcessesMatching(const QString &needle)
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &entry : processesMatching(needle)) {
        const QString pid = entry.section(QLatin1Char(' '), 0, 0);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces, so count from the closing paren.
        const QString line = QString::fromUtf8(stat.readAll());
        const QStringList rest = line.mid(line.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (rest.size() > 1 && rest.at(1) == self)
            found << entry;
    }
    return found;
}

} // namespace proofdesk::test
