// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documenttab.h"

#include "engine/counterexample.h"
#include "log/log.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/documentchecker.h"
#include "ui/filesave.h"
#include "ui/mainwindow.h"
#include "ui/obligationsmodel.h"
#include "ui/textloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace proofdesk::ui {

namespace {
// Verdicts stream in; marks and the status bar are repainted at most this often.
constexpr int RefreshMs = 40;
// Autosave after this long without an edit.
constexpr int AutosaveMs = 3000;

// The plain text of the document between two positions, as QTextDocument::toPlainText
// gives it: block and line separators as line feeds, no-break spaces as spaces.
QString plainTextBetween(QTextDocument *document, int from, int to)
{
    if (to <= from)
        return {};
    QTextCursor cursor(document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            c = u'\n';
            break;
        case QChar::Nbsp:
            c = u' ';
            break;
        default:
            break;
        }
    }
    return text;
}
} // namespace

DocumentTab::DocumentTab(KSyntaxHighlighting::Repository *repository, const engine::EngineOptions &options,
                         int serial, QWidget *parent)
    : QWidget(parent), m_serial(serial)
{
    init(repository);
    m_session = new CheckSession(options, this);
    m_obligations->setSession(m_session);
    m_editor->setMarkToolTipSource([this](const QString &id) { return markToolTip(id); });
    m_editor->setFileName(QStringLiteral("untitled.pds"));
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &DocumentTab::autosave);
    connect(m_editor->document(), &QTextDocument::contentsChange, this, &DocumentTab::textEdited);
    connect(m_analyzer, &DocumentAnalyzer::resultReady, this, &DocumentTab::applyResult);
    connect(m_session, &CheckSession::obligationChanged, m_obligations, &ObligationsModel::obligationChanged);
    connect(m_session, &CheckSession::obligationChanged, this, &DocumentTab::logObligation);
    connect(m_session, &CheckSession::reset, m_obligations, &ObligationsModel::verdictsReset);
    connect(m_session, &CheckSession::moduleReplaced, this, [this] {
        m_obligations->setModule(m_session->moduleSnapshot());
        emit analysisApplied(m_analyzer->appliedRevision());
    });
    // A sketch's engine starts now, so that its first check need not wait for a worker;
    // a tab opened on an SMT-LIB or DIMACS file (load() follows at once) needs none.
    QTimer::singleShot(0, this, [this] {
        if (documentKindOf(m_file) == DocumentKind::Sketch)
            m_session->startEngine();
    });
    connect(m_session, &CheckSession::countsChanged, this, &DocumentTab::scheduleRefresh);
    connect(m_session, &CheckSession::standingsChanged, this, &DocumentTab::scheduleRefresh);
    connect(m_session, &CheckSession::finished, this, [this] {
        m_checkFinished = true;
        scheduleRefresh();
    });
}

DocumentTab::DocumentTab(KSyntaxHighlighting::Repository *repository, const QString &title, const QString &text,
                         QWidget *parent)
    : QWidget(parent), m_readOnlyTitle(title)
{
    init(repository);
    m_editor->setFileName(title);
    m_editor->setReadOnly(true);
    // Selectable and copyable, but the cursor keys still move a visible cursor.
    m_editor->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_loader->load(text);
}

void DocumentTab::init(KSyntaxHighlighting::Repository *repository)
{
    m_editor = new CodeEditor(repository, this);
    m_loader = new TextLoader(m_editor);
    m_loadBar = new QProgressBar(this);
    m_loadBar->setRange(0, 100);
    m_loadBar->setFormat(tr("Loading… %p%"));
    m_loadBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_loadBar);
    layout->addWidget(m_editor);
    connect(m_loader, &TextLoader::progressed, this, &DocumentTab::loadProgressed);
    connect(m_loader, &TextLoader::finished, this, &DocumentTab::loadFinished);
    setFocusProxy(m_editor);
    m_analyzer = new DocumentAnalyzer(this);
    m_diagnostics = new DiagnosticsModel(this);
    m_obligations = new ObligationsModel(this);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &DocumentTab::refreshVerdicts);
}

// The session (a child) is deleted with the tab; its destructor ends the engine's thread,
// and with it the worker processes.
DocumentTab::~DocumentTab() = default;

void DocumentTab::setFile(const QString &path)
{
    const bool kindChanged = documentKindOf(path) != documentKindOf(m_file);
    m_file = path;
    m_analyzer->setFile(path);
    m_editor->setFileName(path.isEmpty() ? QStringLiteral("untitled.pds") : QFileInfo(path).fileName());
    // Saved as .smt2 or .cnf (or back): the text is now checked the other way.
    if (kindChanged && !isReadOnly() && m_analyzer->revision() > 0)
        m_analyzer->analyzeNow();
}

QString DocumentTab::title() const
{
    if (isReadOnly())
        return m_readOnlyTitle;
    return m_file.isEmpty() ? tr("untitled") : QFileInfo(m_file).fileName();
}

void DocumentTab::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool DocumentTab::isPristine() const
{
    return !isReadOnly() && m_file.isEmpty() && !m_modified && m_editor->document()->isEmpty();
}

void DocumentTab::load(const QString &path, const QString &text)
{
    m_loading = true;
    // The file's text, whether or not it is all in yet: nothing to autosave.
    if (m_autosave)
        m_autosave->stop();
    setModified(false);
    // The old text goes first: a new file name rehighlights whatever the editor holds.
    m_editor->clear();
    setFile(path);
    // Panels of the previous text would point at wrong lines: clear them at once.
    m_diagnostics->setModule(nullptr);
    m_obligations->setModule(nullptr);
    m_editor->showDiagnostics({});
    m_loader->load(text); // a small text is in (and loadFinished has run) when this returns
}

void DocumentTab::showText(const QString &text)
{
    m_loader->load(text);
}

void DocumentTab::replaceText(const QString &text)
{
    whenLoaded([this, text] {
        const QString current = m_editor->toPlainText();
        // Only what differs is replaced: a recovered text is mostly the file's, and a small
        // edit keeps the window responsive and undo meaningful whatever the file's size.
        const qsizetype common = std::min(current.size(), text.size());
        qsizetype prefix = 0;
        while (prefix < common && current.at(prefix) == text.at(prefix))
            ++prefix;
        if (prefix > 0 && current.at(prefix - 1).isHighSurrogate())
            --prefix;
        qsizetype suffix = 0;
        while (suffix < common - prefix && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
            ++suffix;
        if (suffix > 0 && current.at(current.size() - suffix).isLowSurrogate())
            --suffix;
        const qsizetype removed = current.size() - prefix - suffix;
        const qsizetype added = text.size() - prefix - suffix;
        if (std::max(removed, added) > m_loader->directLimit()) {
            // Too large for one edit without stalling the window: loaded like a file, and
            // unsaved from the start (autosave writes text(), the whole of it).
            load(m_file, text);
            setModified(true);
            return;
        }
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(text.sliced(prefix, added));
    });
}

bool DocumentTab::isLoading() const
{
    return m_loader->isLoading();
}

void DocumentTab::whenLoaded(std::function<void()> action)
{
    if (!isLoading()) {
        action();
        return;
    }
    m_afterLoad.push_back(std::move(action));
}

QString DocumentTab::text() const
{
    return isLoading() ? m_loader->text() : m_editor->toPlainText();
}

void DocumentTab::loadProgressed(qsizetype inserted, qsizetype total)
{
    if (!m_loader->isLoading())
        return;
    m_loadBar->setValue(total > 0 ? int(inserted * 100 / total) : 100);
    m_loadBar->show();
}

void DocumentTab::loadFinished()
{
    m_loadBar->hide();
    const bool fromLoad = m_loading;
    m_loading = false;
    m_text = m_editor->toPlainText();
    // The analyzer gets the loaded text itself, all of it, now that the editor holds it
    // (its diagnostics are placed by line in the editor).
    if (fromLoad && !isReadOnly()) {
        m_analyzer->setText(m_loader->text());
        m_analyzer->analyzeNow();
    }
    for (auto &action : std::exchange(m_afterLoad, {}))
        action();
    emit loaded();
}

int DocumentTab::cursorLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

int DocumentTab::cursorColumn() const
{
    return m_editor->textCursor().positionInBlock() + 1;
}

void DocumentTab::textEdited(int position, int removed, int added)
{
    if (m_loading)
        return;
    QTextDocument *document = m_editor->document();
    // Counts may include the last block's separator, which is not part of the text.
    const int end = document->characterCount() - 1;
    const int from = std::clamp(position, 0, int(m_text.size()));
    const int gone = std::clamp(removed, 0, int(m_text.size()) - from);
    const QString now = plainTextBetween(document, from, std::clamp(position + added, from, end));
    // Highlighting re-formats blocks and reports that as a change too; only text counts.
    if (now.size() == gone && QStringView(m_text).sliced(from, gone) == now)
        return;
    m_text.replace(from, gone, now);
    if (m_text.size() != end) {
        log::get("ui")->warn("editor text out of step at {} (-{} +{}): taken whole again", position, removed, added);
        m_text = m_editor->toPlainText();
        ++m_textResyncs;
    }
    if (m_text == m_analyzer->text())
        return; // an undo back to the analysed text
    m_analyzer->setText(m_text);
    setModified(true);
    m_autosave->start();
}

void DocumentTab::applyResult(const AnalysisResult &result)
{
    // Computed for the text before a load: the loaded text is analysed when it is all in.
    if (m_loading)
        return;
    m_diagnostics->setModule(result.module);
    m_obligations->setModule(result.module);
    m_editor->showDiagnostics(*result.module);
    m_checkFinished = false;
    updateDiskFile();
    // The cursor's line first: that is the step the author is looking at.
    m_session->submit(result, cursorLine());
    refreshVerdicts();
    emit analysisApplied(result.revision);
}

void DocumentTab::checkAll()
{
    if (!m_session)
        return;
    m_checkFinished = false;
    updateDiskFile();
    m_session->resubmit(cursorLine());
}

void DocumentTab::updateDiskFile()
{
    // A DIMACS check reads a file: the one on disk while it holds the buffer's text (the
    // check's thread looks whether it is still there).
    const bool onDisk = !m_modified && !m_file.isEmpty() && !m_file.startsWith(QLatin1Char(':'));
    m_session->setDiskFile(onDisk ? m_file : QString());
}

void DocumentTab::checkLemma(const QString &lemma)
{
    if (!m_session)
        return;
    m_checkFinished = false;
    m_session->resubmit(cursorLine(), lemma);
}

void DocumentTab::cancelChecking()
{
    if (m_session)
        m_session->cancel();
    scheduleRefresh();
}

void DocumentTab::setEngineOptions(const engine::EngineOptions &options)
{
    if (!m_session)
        return;
    m_session->setOptions(options);
    if (m_session->module()) {
        m_checkFinished = false;
        updateDiskFile();
        m_session->resubmit(cursorLine());
    }
}

void DocumentTab::setAllowOutsideImports(bool allow)
{
    m_analyzer->setAllowOutsideImports(allow);
    if (!isReadOnly() && m_analyzer->revision() > 0)
        m_analyzer->analyzeNow(); // imports resolve differently now
}

QString DocumentTab::recoveryPath() const
{
    // Untitled documents are told apart by their tab's serial number; the first keeps the
    // name a single-document ProofDesk used.
    const QString name = !m_file.isEmpty()      ? m_file
                         : m_serial <= 1 ? QStringLiteral("untitled")
                                         : QStringLiteral("untitled-%1").arg(m_serial);
    const QByteArray key = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return MainWindow::recoveryDirectory() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".pds");
}

namespace {
// Recovery files are written and removed on one thread, in the order asked: a removal
// asked after a write cannot be overtaken by it, so a closed or saved document leaves no
// recovery file behind even when its last autosave was still being written.
QThreadPool *recoveryThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setObjectName(QStringLiteral("recovery files"));
        return p;
    }();
    return pool;
}
} // namespace

void DocumentTab::autosave()
{
    if (!m_modified || isReadOnly())
        return;
    const QString path = recoveryPath();
    // First line: the file it belongs to, so that recovery can name it. The text is copied
    // here; the write runs off the GUI thread, like Save's.
    QByteArray data = (QStringLiteral("-- recovery of ") + (m_file.isEmpty() ? QStringLiteral("untitled") : m_file) +
                       QLatin1Char('\n') + text())
                          .toUtf8();
    ++m_autosaving;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_autosaving;
        const WriteResult written = watcher->result();
        const QString problem = written ? QString() : written.error();
        if (!written)
            log::get("ui")->warn("{}", problem.toStdString());
        if (problem != m_autosaveProblem) {
            m_autosaveProblem = problem;
            emit autosaveProblemChanged(problem);
        }
    });
    watcher->setFuture(QtConcurrent::run(recoveryThread(), [path, data = std::move(data)] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        return writeFileAtomically(path, data);
    }));
}

void DocumentTab::discardRecovery()
{
    if (isReadOnly())
        return;
    QFile::remove(recoveryPath());
    if (m_autosaving > 0)
        removeAfterRecoveryWrites(recoveryPath());
}

void DocumentTab::removeAfterRecoveryWrites(const QString &path)
{
    (void)QtConcurrent::run(recoveryThread(), [path] { QFile::remove(path); });
}

void DocumentTab::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

// The gutter tooltip of one obligation, written when it is hovered: its step, state,
// strategy, solver and, for a failed step, the counterexample.
QString DocumentTab::markToolTip(const QString &obligation) const
{
    const lang::Module *module = m_session ? m_session->module() : nullptr;
    if (!module)
        return {};
    const std::string id = obligation.toStdString();
    const auto o = std::ranges::find(module->obligations, id, &lang::Obligation::id);
    if (o == module->obligations.end())
        return {};
    const auto [state, v] = m_session->shown(obligation);
    QStringList tip{QStringLiteral("<b>%1</b>: %2").arg(QString::fromStdString(o->step).toHtmlEscaped(),
                                                         markLabel(state))};
    if (v && !v->strategy.isEmpty())
        tip << tr("by %1 (%2) in %3 s").arg(v->strategy, v->solver).arg(double(v->elapsedMs) / 1000.0, 0, 'f', 2);
    if (v && !v->reason.isEmpty())
        tip << v->reason.toHtmlEscaped();
    if (v && v->vacuous)
        tip << tr("Vacuous: proved only because the assumptions contradict each other.");
    if (v && v->provisional)
        tip << tr("Checking that the assumptions do not contradict each other…");
    if (v && !v->crossCheckedBy.isEmpty())
        tip << tr("Cross-checked by %1").arg(v->crossCheckedBy.toHtmlEscaped());
    if (v && !v->disagreement.isEmpty())
        tip << tr("Solvers disagree: %1").arg(v->disagreement.toHtmlEscaped());
    if (v && state == MarkState::Failed) {
        tip << tr("Counterexample:");
        for (const auto &m : v->model)
            tip << QStringLiteral("&nbsp;&nbsp;%1 = %2").arg(m.symbol.toHtmlEscaped(),
                                                             engine::displayValue(m.value, m.sort).toHtmlEscaped());
    }
    return tip.join(QStringLiteral("<br>"));
}

// Marks, underlines and check warnings from the session's current verdicts. Runs at most
// every few tens of milliseconds while verdicts stream in, over every obligation of the
// document: it only looks states up, and writes text only for the few steps that get an
// underline or a warning (tooltips are written on hover, by markToolTip()).
void DocumentTab::refreshVerdicts()
{
    if (!m_session)
        return;
    const lang::Module *module = m_session->module();
    QList<CodeEditor::ObligationMark> marks;
    QList<CodeEditor::CheckUnderline> underlines;
    std::vector<lang::Diagnostic> warnings;
    if (module) {
        const std::vector<QString> &ids = m_session->obligationIds();
        marks.reserve(qsizetype(module->obligations.size()));
        for (std::size_t i = 0; i < module->obligations.size(); ++i) {
            const lang::Obligation &o = module->obligations[i];
            if (o.file != module->file)
                continue;
            const QString &id = ids[i];
            const auto [state, v] = m_session->shown(id);
            marks.append({int(o.range.begin.line), state, id});
            const auto warn = [&](lang::Severity severity, const QString &message) {
                warnings.push_back({severity, o.file, o.range, message.toStdString()});
                underlines.append({int(o.range.begin.line), int(o.range.begin.column), int(o.range.end.line),
                                   int(o.range.end.column), message, severity == lang::Severity::Error});
            };
            if (state == MarkState::Failed)
                warn(lang::Severity::Error, tr("%1 / %2 does not follow: see the counterexample").arg(QString::fromStdString(o.lemma), QString::fromStdString(o.step)));
            else if (state == MarkState::Unknown)
                warn(lang::Severity::Warning, tr("%1: no solver decided (%2)").arg(QString::fromStdString(o.step), v ? v->reason : QString()));
            else if (state == MarkState::Error && v && o.status == lang::ObligationStatus::ToSolve)
                warn(lang::Severity::Error, tr("%1: %2").arg(QString::fromStdString(o.step), v->reason));
            else if (state == MarkState::Proved && v && v->vacuous)
                warn(lang::Severity::Warning, tr("%1 is proved only vacuously: the assumptions contradict each other").arg(QString::fromStdString(o.step)));
            // A solver that contradicted another or gave a false model is the user's to know
            // about whatever the verdict: the next run might trust it.
            if (v && !v->disagreement.isEmpty())
                warnings.push_back({lang::Severity::Warning, o.file, o.range,
                                    tr("%1: solvers disagree: %2").arg(QString::fromStdString(o.step), v->disagreement).toStdString()});
        }
        for (const auto &s : m_session->standings()) {
            if (s.unused.isEmpty())
                continue;
            const auto it = std::ranges::find(module->lemmas, s.lemma.toStdString(), &lang::LemmaInfo::name);
            if (it == module->lemmas.end() || it->file != module->file)
                continue;
            warnings.push_back({lang::Severity::Warning, it->file, it->nameRange,
                                tr("%1: unused %2").arg(s.lemma, s.unused.join(QStringLiteral(", "))).toStdString()});
        }
    }
    m_editor->setObligationMarks(marks);
    m_editor->setCheckUnderlines(underlines);
    m_diagnostics->setCheckWarnings(std::move(warnings));
    emit verdictsRefreshed();

    const auto counts = m_session->counts();
    const bool busy = counts.running + counts.pending > 0 && !m_checkFinished;
    if (m_checkFinished && !busy) {
        m_checkFinished = false;
        emit checkingFinished();
    }
}

// Obligation started and finished, for the Log panel.
void DocumentTab::logObligation(const QString &id)
{
    const MarkState state = m_session->state(id);
    const QString where = title();
    if (state == MarkState::Running) {
        emit logEvent({QDateTime::currentDateTime(), LogLevel::Debug, QStringLiteral("check"),
                       tr("%1: %2 started").arg(where, id)});
        return;
    }
    const engine::Verdict *v = m_session->verdict(id);
    if (!v || state == MarkState::Pending || state == MarkState::Stale)
        return;
    QString message = tr("%1: %2 %3").arg(where, id, markLabel(state));
    if (!v->strategy.isEmpty())
        message += QLatin1Char(' ') + tr("by %1 (%2) in %3 s").arg(v->strategy, v->solver).arg(double(v->elapsedMs) / 1000.0, 0, 'f', 2);
    if (v->fromCache)
        message += QLatin1Char(' ') + tr("(from the cache)");
    if (!v->reason.isEmpty())
        message += QStringLiteral(": ") + v->reason;
    const LogLevel level = state == MarkState::Error ? LogLevel::Error
                           : state == MarkState::Failed || state == MarkState::Unknown ? LogLevel::Warning
                                                                                       : LogLevel::Info;
    emit logEvent({QDateTime::currentDateTime(), level, QStringLiteral("check"), message});
}

} // namespace proofdesk::ui
