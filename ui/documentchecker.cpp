// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentchecker.h"

#include "engine/cache.h"
#include "engine/documentcache.h"
#include "log/log.h"
#include "solve/smt2scan.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <string_view>

namespace proofdesk::ui {

namespace {

// Character columns where each line ends (1-based, one past the last character).
std::vector<std::uint32_t> lineEnds(const QString &text)
{
    std::vector<std::uint32_t> ends;
    std::uint32_t column = 1;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            ends.push_back(column);
            column = 1;
        } else {
            ++column;
        }
    }
    ends.push_back(column);
    return ends;
}

lang::Obligation obligationAt(const QString &id, int line, int column, std::uint32_t lineEnd, const std::string &file)
{
    lang::Obligation o;
    o.id = id.toStdString();
    o.lemma = QFileInfo(QString::fromStdString(file)).fileName().toStdString();
    o.step = o.id;
    o.file = file;
    // Checks without a position (the worker died) sit on the first line.
    o.range.begin.line = std::uint32_t(std::max(1, line));
    o.range.begin.column = std::uint32_t(std::max(1, column));
    o.range.end.line = o.range.begin.line;
    o.range.end.column = std::max(o.range.begin.column + 1, lineEnd);
    return o;
}

QList<engine::DocumentCheck> runCheck(DocumentKind kind, const QString &text, const QString &diskFile,
                                      const engine::DocumentOptions &options, const DocumentCache &cacheSpec)
{
    std::unique_ptr<engine::ResultCache> cache;
    if (cacheSpec.use) {
        const QString path = cacheSpec.path.isEmpty() ? engine::ResultCache::defaultPath() : cacheSpec.path;
        if (auto opened = engine::ResultCache::open(path, cacheSpec.trusted))
            cache = std::move(*opened);
        else
            log::get("ui")->warn("document check without the result cache: {}", opened.error().toStdString());
    }
    if (kind == DocumentKind::Smt2)
        return engine::checkDocument(QStringLiteral("buffer.smt2"), text.toUtf8(), options, cache.get());
    if (!diskFile.isEmpty() && QFileInfo::exists(diskFile)) {
        QFile file(diskFile);
        if (file.open(QIODevice::ReadOnly))
            return engine::checkDocument(diskFile, file.readAll(), options, cache.get());
        return engine::checkCnfDocument(diskFile, options); // it names the reason
    }
    // checkCnfDocument reads a file: the unsaved buffer goes to a temporary one.
    QTemporaryDir dir;
    engine::DocumentCheck failed;
    failed.id = QStringLiteral("document");
    failed.verdict.status = engine::Status::Error;
    if (!dir.isValid()) {
        failed.verdict.reason = DocumentChecker::tr("cannot create a temporary directory: %1").arg(dir.errorString());
        return {failed};
    }
    QFile copy(dir.filePath(QStringLiteral("buffer.cnf")));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(text.toUtf8()) < 0 || !copy.flush()) {
        failed.verdict.reason =
            DocumentChecker::tr("cannot write %1: %2").arg(copy.fileName(), copy.errorString());
        return {failed};
    }
    copy.close();
    return engine::checkDocument(copy.fileName(), text.toUtf8(), options, cache.get());
}

} // namespace

DocumentKind documentKindOf(const QString &path)
{
    if (engine::isSmt2Path(path))
        return DocumentKind::Smt2;
    if (engine::isCnfPath(path))
        return DocumentKind::Cnf;
    return DocumentKind::Sketch;
}

std::shared_ptr<lang::Module> scanDocument(DocumentKind kind, const QString &text, const std::string &file)
{
    auto module = std::make_shared<lang::Module>();
    module->file = file;
    const auto ends = lineEnds(text);
    const auto endOf = [&](int line) { return line >= 1 && std::size_t(line) <= ends.size() ? ends[std::size_t(line) - 1] : 0; };
    if (kind == DocumentKind::Cnf) {
        module->obligations.push_back(obligationAt(QStringLiteral("cnf"), 1, 1, endOf(1), file));
    } else if (kind == DocumentKind::Smt2) {
        const std::string utf8 = text.toStdString();
        const auto commands = solve::checkSatCommands(utf8);
        const auto ids = solve::checkSatIds(commands);
        for (std::size_t k = 0; k < commands.size(); ++k)
            module->obligations.push_back(obligationAt(QString::fromStdString(ids[k]), commands[k].line, commands[k].column,
                                                       endOf(commands[k].line), file));
    }
    return module;
}

engine::DocumentOptions documentOptionsFor(const engine::EngineOptions &options, DocumentKind kind)
{
    engine::DocumentOptions d;
    d.limits = options.limits;
    d.workerProgram = options.workerProgram.isEmpty() ? engine::defaultWorkerProgram() : options.workerProgram;
    d.externals = options.externals;
    // One document at a time, its strategies side by side on the jobs of the settings.
    d.jobs = options.jobs > 0 ? options.jobs : std::max(1, QThread::idealThreadCount());
    d.crossCheck = options.crossCheck;
    // As in the sketch engine's portfolio: every solver the settings enable (the user's own
    // included) after the built-in strategies.
    for (const engine::ExternalSolver &e : options.externals)
        if (!d.strategies.contains(e.id))
            d.strategies << e.id;
    if (!options.onlySolver.isEmpty()) {
        if (kind == DocumentKind::Cnf)
            d.satSolvers = {options.onlySolver};
        else
            d.strategies = {options.onlySolver};
    }
    return d;
}

lang::Obligation documentObligation(const QString &id, int line, int column, const std::string &file)
{
    return obligationAt(id, line, column, 0, file);
}

QString smt2CheckScript(const QString &text, int line)
{
    // The scan's offsets are of UTF-8 bytes, as the worker reads the script.
    const QByteArray utf8 = text.toUtf8();
    for (const solve::CheckSatCommand &c : solve::checkSatCommands(std::string_view(utf8.constData(), std::size_t(utf8.size())))) {
        if (c.line == line)
            return QString::fromUtf8(utf8.left(qsizetype(c.end))) + QLatin1Char('\n');
    }
    return {};
}

DocumentChecker::DocumentChecker(QObject *parent) : QObject(parent)
{
    // One check at a time: a new run starts once the stopped one has killed its process.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("document check"));
}

DocumentChecker::~DocumentChecker()
{
    m_stop.request_stop();
    m_pool.waitForDone();
}

void DocumentChecker::start(quint64 revision, DocumentKind kind, const QString &text, const QString &diskFile,
                            engine::DocumentOptions options, DocumentCache cache)
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    options.stop = m_stop.get_token();
    m_current = revision;
    QPointer<DocumentChecker> self(this);
    // The run touches nothing of this object's but the pointer it reports through, and
    // only by a queued call: the object may be gone by then.
    (void)QtConcurrent::run(&m_pool, [self, revision, kind, text, diskFile, options, cache] {
        const QList<engine::DocumentCheck> checks = runCheck(kind, text, diskFile, options, cache);
        if (options.stop.stop_requested())
            return; // cancelled or superseded: nobody wants this answer
        QMetaObject::invokeMethod(
            self.get(),
            [self, revision, checks] {
                if (!self || self->m_current != revision)
                    return;
                self->m_current = 0;
                emit self->finished(revision, checks);
            },
            Qt::QueuedConnection);
    });
}

void DocumentChecker::cancel()
{
    m_stop.request_stop();
    m_current = 0;
}

} // namespace proofdesk::ui
