// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/externalsolver.h"

#include "engine/sexpr.h"
#include "log/log.h"

#include <QDateTime>
#include <QStandardPaths>


namespace proofdesk::engine {

namespace {
QString firstLine(const QByteArray &b)
{
    return QString::fromUtf8(b).section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

QList<ExternalSolver> detectExternalSolvers()
{
    QList<ExternalSolver> out;
    auto probe = [&](const QString &id, const QString &exe, QStringList args, ExternalSolver::Flavor flavor) {
        const QString path = QStandardPaths::findExecutable(exe);
        if (path.isEmpty())
            return;
        QProcess p;
        p.start(path, {QStringLiteral("--version")});
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(1000);
            return;
        }
        QString version = firstLine(p.readAllStandardOutput());
        // "Z3 version 4.13.3 - 64 bit" / "This is cvc5 version 1.1.2 [git ...]"
        const QStringList words = version.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype v = words.indexOf(QStringLiteral("version"));
        if (v >= 0 && v + 1 < words.size())
            version = id + QLatin1Char(' ') + words[v + 1];
        out.append({id, path, std::move(args), version, flavor});
    };
    probe(QStringLiteral("z3"), QStringLiteral("z3"), {QStringLiteral("-in")}, ExternalSolver::Flavor::Z3);
    probe(QStringLiteral("cvc5-binary"), QStringLiteral("cvc5"),
          {QStringLiteral("--incremental"), QStringLiteral("--lang=smt2")}, ExternalSolver::Flavor::Cvc5);
    return out;
}

QStringList timeLimitArguments(const ExternalSolver &solver, int timeoutMs)
{
    switch (solver.flavor) {
    case ExternalSolver::Flavor::Z3:
        return {QStringLiteral("-t:%1").arg(timeoutMs)};
    case ExternalSolver::Flavor::Cvc5:
        return {QStringLiteral("--tlimit-per=%1").arg(timeoutMs)};
    case ExternalSolver::Flavor::Generic:
        return {};
    }
    return {};
}

QList<solve::ModelEntry> parseModel(const QString &text, QString *error)
{
    QList<solve::ModelEntry> out;
    auto exprs = parseSExprs(text, error);
    if (!exprs)
        return out;
    for (const SExpr &top : *exprs) {
        if (!top.list)
            continue;
        QList<SExpr> items = top.items;
        if (!items.isEmpty() && !items.first().list && items.first().atom == QLatin1String("model"))
            items.removeFirst();
        for (const SExpr &d : items) {
            if (!d.list || d.items.size() != 5 || d.items[0].list || d.items[0].atom != QLatin1String("define-fun"))
                continue;
            const SExpr &params = d.items[2];
            solve::ModelEntry e;
            e.symbol = d.items[1].atom;
            if (params.items.isEmpty()) {
                e.sort = d.items[3].text();
                e.value = d.items[4].text();
            } else {
                QStringList sorts;
                for (const SExpr &p : params.items)
                    if (p.list && p.items.size() == 2)
                        sorts << p.items[1].text();
                e.sort = QStringLiteral("(-> %1 %2)").arg(sorts.join(QLatin1Char(' ')), d.items[3].text());
                e.value = QStringLiteral("(lambda %1 %2)").arg(params.text(), d.items[4].text());
            }
            out.append(e);
        }
        break;
    }
    return out;
}

QStringList parseCore(const QString &text, QString *error)
{
    QStringList out;
    auto exprs = parseSExprs(text, error);
    if (!exprs || exprs->isEmpty() || !exprs->first().list)
        return out;
    for (const SExpr &s : exprs->first().items)
        if (!s.list)
            out << s.atom;
    return out;
}

ExternalRun::ExternalRun(ExternalSolver solver, Limits limits, QObject *parent)
    : QObject(parent), m_solver(std::move(solver)), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        solve::SolveResponse r;
        r.answer = solve::Answer::Unknown;
        r.reason = tr("timeout after %1 s").arg((m_request.timeoutMs + m_limits.graceMs + 500) / 1000);
        finish(r, true);
    });
}

ExternalRun::~ExternalRun()
{
    kill();
}

void ExternalRun::start(const solve::SolveRequest &request)
{
    m_request = request;
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_process = std::make_unique<QProcess>();
    applyChildLimits(*m_process, m_limits);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &ExternalRun::onReadyRead);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_err += m_process->readAllStandardError();
        if (m_err.size() > 8192)
            m_err = m_err.right(8192);
    });
    connect(m_process.get(), &QProcess::finished, this, &ExternalRun::onExit);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        solve::SolveResponse r;
        r.reason = tr("cannot start %1 (%2): %3").arg(m_solver.id, m_solver.program, m_process->errorString());
        finish(r);
    });
    m_process->start(m_solver.program, m_solver.arguments + timeLimitArguments(m_solver, request.timeoutMs));
    m_process->write(request.script.toUtf8());
    m_timer.start(request.timeoutMs + m_limits.graceMs);
}

bool ExternalRun::takeOutput()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    m_out += chunk;
    m_outTotal += chunk.size();
    if (m_outTotal <= m_limits.maxOutputBytes)
        return true;
    solve::SolveResponse r;
    r.reason = tr("the solver printed more than %1").arg(describeBytes(m_limits.maxOutputBytes));
    finish(r);
    return false;
}

void ExternalRun::onReadyRead()
{
    if (!m_process)
        return;
    if (!takeOutput())
        return;
    if (m_phase != Phase::Answer)
        return;
    // Lock-step: look at complete lines until the answer.
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_out.indexOf('\n', start);
        if (nl < 0)
            break;
        const QString line = QString::fromUtf8(m_out.mid(start, nl - start)).trimmed();
        start = nl + 1;
        if (line.isEmpty() || line == QLatin1String("success"))
            continue;
        if (line.startsWith(QLatin1String("(error"))) {
            solve::SolveResponse r;
            r.reason = tr("%1 reported: %2").arg(m_solver.id, line);
            finish(r);
            return;
        }
        if (line == QLatin1String("sat") || line == QLatin1String("unsat") || line == QLatin1String("unknown") ||
            line == QLatin1String("timeout")) {
            m_answer = line == QLatin1String("sat")     ? solve::Answer::Sat
                       : line == QLatin1String("unsat") ? solve::Answer::Unsat
                                                        : solve::Answer::Unknown;
            m_phase = Phase::Followup;
            m_out = m_out.mid(start);
            QByteArray followup;
            if (m_answer == solve::Answer::Sat && m_request.wantModel)
                followup = "(get-model)\n";
            else if (m_answer == solve::Answer::Unsat && m_request.wantCore)
                followup = "(get-unsat-core)\n";
            else if (m_answer == solve::Answer::Unknown && line != QLatin1String("timeout"))
                followup = "(get-info :reason-unknown)\n";
            m_process->write(followup + "(exit)\n");
            m_process->closeWriteChannel();
            return;
        }
        solve::SolveResponse r;
        r.reason = tr("%1 printed something that is not an answer: %2").arg(m_solver.id, line.left(200));
        finish(r);
        return;
    }
}

void ExternalRun::onExit(int code, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    if (!takeOutput())
        return;
    if (m_phase == Phase::Answer) {
        onReadyRead();
        if (m_phase == Phase::Done)
            return;
        solve::SolveResponse r;
        r.reason = status == QProcess::CrashExit || code != 0 ? describeExit(status, code, m_err, m_limits.memoryBytes)
                                                              : tr("%1 ended without an answer").arg(m_solver.id);
        finish(r);
        return;
    }
    if (status == QProcess::CrashExit) {
        solve::SolveResponse r;
        r.reason = describeExit(status, code, m_err, m_limits.memoryBytes);
        finish(r);
        return;
    }
    interpret();
}

void ExternalRun::interpret()
{
    solve::SolveResponse r;
    r.answer = m_answer;
    const QString rest = QString::fromUtf8(m_out);
    if (rest.contains(QLatin1String("(error"))) {
        // The answer stands, but what followed it cannot be trusted.
        r.reason = tr("%1 reported an error after answering: %2").arg(m_solver.id, rest.trimmed().left(300));
    } else if (m_answer == solve::Answer::Sat) {
        QString err;
        r.model = parseModel(rest, &err);
        if (!err.isEmpty())
            r.reason = tr("unreadable model: %1").arg(err);
    } else if (m_answer == solve::Answer::Unsat) {
        r.core = parseCore(rest);
    } else {
        const QString t = rest.trimmed();
        r.reason = t.isEmpty() ? QStringLiteral("unknown") : t.section(QLatin1Char(' '), 1).remove(QLatin1Char(')')).remove(QLatin1Char('"')).trimmed();
        if (r.reason.isEmpty())
            r.reason = QStringLiteral("unknown");
    }
    finish(r);
}

void ExternalRun::finish(solve::SolveResponse r, bool timedOut)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    r.id = m_request.id;
    r.solver = m_solver.version;
    r.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_started;
    if (m_process)
        endProcess(*m_process, this);
    emit finished(r, timedOut);
}

void ExternalRun::kill()
{
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_process) {
        endProcess(*m_process, this);
        m_process.release()->deleteLater();
    }
}

} // namespace proofdesk::engine
