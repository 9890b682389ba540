// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/verify.h"

#include "cnf/dimacs.h"
#include "engine/documents.h"
#include "export/bundle.h"
#include "export/evidence.h"
#include "lang/module.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <optional>

namespace proofdesk::exporting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::exporting", text);
}

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QString shown(const QString &s)
{
    return s.size() > 80 ? s.left(80) + QStringLiteral("...") : s;
}

class Bundle
{
public:
    explicit Bundle(const QString &dir)
        : m_root(QDir(dir).absolutePath()), m_canonicalRoot(QFileInfo(dir).canonicalFilePath())
    {
    }

    // A manifest path must name a file inside the bundle: relative, no "..", no symlink
    // out. Returns the absolute path, or empty with `why` set.
    QString resolve(const QString &path, QString *why) const
    {
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
            path.contains(QLatin1Char(':')) || path.contains(QChar(0))) {
            *why = tr("path \"%1\" is not a relative path inside the bundle").arg(shown(path));
            return {};
        }
        for (const QString &part : path.split(QLatin1Char('/')))
            if (part == QLatin1String("..") || part.isEmpty()) {
                *why = tr("path \"%1\" leaves the bundle or is malformed").arg(shown(path));
                return {};
            }
        const QString absolute = m_root + QLatin1Char('/') + path;
        const QFileInfo info(absolute);
        if (!info.exists()) {
            *why = tr("%1 is missing").arg(shown(path));
            return {};
        }
        const QString canonical = info.canonicalFilePath();
        if (m_canonicalRoot.isEmpty() || !canonical.startsWith(m_canonicalRoot + QLatin1Char('/')) || !info.isFile()) {
            *why = tr("path \"%1\" leads outside the bundle (symbolic link) or is not a file").arg(shown(path));
            return {};
        }
        return absolute;
    }

    QString root() const { return m_root; }

private:
    QString m_root, m_canonicalRoot;
};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return h.result().toHex();
}

QString readText(const QString &path, qint64 max = 512LL * 1024 * 1024)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > max)
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

bool VerifyReport::ok() const
{
    if (!problems.isEmpty())
        return false;
    for (const auto &c : claims)
        if (!c.confirmed)
            return false;
    return true;
}

VerifyReport verifyBundle(const QString &dir, const VerifyOptions &options,
                          const std::function<void(const ClaimCheck &)> &onClaim,
                          const std::atomic_bool *cancel)
{
    VerifyReport report;
    const Bundle bundle(dir);
    if (!QFileInfo(dir).isDir()) {
        report.problems << tr("%1 is not a directory").arg(dir);
        return report;
    }

    // The manifest is hostile input until proven otherwise.
    QString why;
    const QString manifestPath = bundle.resolve(QStringLiteral("manifest.json"), &why);
    if (manifestPath.isEmpty()) {
        report.problems << tr("manifest.json: %1").arg(why);
        return report;
    }
    if (QFileInfo(manifestPath).size() > options.maxManifestBytes) {
        report.problems << tr("manifest.json: larger than %1 MiB").arg(options.maxManifestBytes / (1024 * 1024));
        return report;
    }
    QFile mf(manifestPath);
    if (!mf.open(QIODevice::ReadOnly)) {
        report.problems << tr("manifest.json: %1").arg(mf.errorString());
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.problems << tr("manifest.json: invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return report;
    }
    if (!doc.isObject()) {
        report.problems << tr("manifest.json: expected an object at the top level");
        return report;
    }
    const QJsonObject manifest = doc.object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(kBundleFormat)) {
        report.problems << tr("manifest.json: field \"format\" must be \"%1\"").arg(QLatin1String(kBundleFormat));
        return report;
    }
    const auto arrayField = [&](const char *key) -> std::optional<QJsonArray> {
        const QJsonValue v = manifest.value(QLatin1String(key));
        if (!v.isArray()) {
            report.problems << tr("manifest.json: field \"%1\" must be an array").arg(QLatin1String(key));
            return std::nullopt;
        }
        if (v.toArray().size() > options.maxEntries) {
            report.problems << tr("manifest.json: field \"%1\" has more than %2 entries").arg(QLatin1String(key)).arg(options.maxEntries);
            return std::nullopt;
        }
        return v.toArray();
    };
    const auto files = arrayField("files");
    const auto claimsJson = arrayField("claims");
    const auto sourcesJson = arrayField("sources");
    if (!files || !claimsJson || !sourcesJson)
        return report;

    // 1. Hashes: every listed file matches, and nothing unlisted hides in the bundle.
    QHash<QString, bool> hashOk; // bundle path -> matches
    for (qsizetype i = 0; i < files->size(); ++i) {
        const QJsonObject entry = files->at(i).toObject();
        const QJsonValue p = entry.value(QStringLiteral("path")), h = entry.value(QStringLiteral("sha256"));
        if (!files->at(i).isObject() || !p.isString() || !h.isString()) {
            report.problems << tr("manifest.json: files[%1] must be an object with string fields \"path\" and \"sha256\"").arg(i);
            continue;
        }
        const QString path = p.toString();
        const QString absolute = bundle.resolve(path, &why);
        if (absolute.isEmpty()) {
            report.problems << tr("files[%1]: %2").arg(i).arg(why);
            hashOk.insert(path, false);
            continue;
        }
        const bool same = sha256(absolute) == h.toString().toLatin1();
        hashOk.insert(path, same);
        if (!same)
            report.problems << tr("%1: SHA-256 differs from the manifest (the file was changed)").arg(shown(path));
    }
    QDirIterator it(bundle.root(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(bundle.root()).relativeFilePath(it.next());
        if (rel != QLatin1String("manifest.json") && !hashOk.contains(rel))
            report.problems << tr("%1: in the bundle but not in the manifest's hash list").arg(rel);
    }

    // 2. The obligations the bundled sources elaborate to: what each claim must be about.
    // Documents (.cnf, .smt2) are their own obligations: a CNF is checked against its
    // certificate, an .smt2 is run again once and each answer compared with the claim that
    // names its check-sat by line.
    QHash<QString, QHash<QString, lang::Obligation>> expected; // source -> obligation id -> obligation
    QHash<QString, QByteArray> documents;                      // document source -> its bytes
    QHash<QString, Smt2Run> smt2Runs;                          // .smt2 source -> cvc5's answer to each check-sat
    for (qsizetype i = 0; i < sourcesJson->size(); ++i) {
        const QString source = sourcesJson->at(i).toString();
        const QString absolute = bundle.resolve(source, &why);
        if (!sourcesJson->at(i).isString() || absolute.isEmpty()) {
            report.problems << tr("sources[%1]: %2").arg(i).arg(sourcesJson->at(i).isString() ? why : tr("must be a string"));
            continue;
        }
        if (!hashOk.value(source, false) && !hashOk.contains(source))
            report.problems << tr("%1: not in the manifest's hash list").arg(source);
        if (engine::isCnfPath(source) || engine::isSmt2Path(source)) {
            QFile f(absolute);
            documents.insert(source, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
            if (engine::isSmt2Path(source))
                smt2Runs.insert(source, smt2DocumentChecks(options.cvc5Program, absolute, options.limits, cancel));
            continue;
        }
        lang::AnalyzeOptions ao;
        ao.resolver = lang::fileSystemResolver(QFileInfo(absolute).absolutePath().toStdString());
        const lang::Module module = lang::analyze(readText(absolute).toStdString(), source.toStdString(), ao);
        auto &byId = expected[source];
        for (const auto &o : module.obligations)
            byId.insert(str(o.id), o);
    }

    // 3. Claims: read in order, then checked several at once (each check runs solver or
    // checker processes of its own).
    QSet<QString> claimed;
    QHash<QString, int> documentClaims;          // document source -> claims about it
    QHash<QString, QList<qsizetype>> checkSatClaims; // .smt2 source -> its check-sat claims, in manifest order
    QList<std::optional<Claim>> parsed;
    QList<ClaimCheck> checks;
    for (qsizetype i = 0; i < claimsJson->size(); ++i) {
        ClaimCheck check;
        QString error;
        std::optional<Claim> claim = claimsJson->at(i).isObject()
            ? claimFromJson(claimsJson->at(i).toObject(), &error) : std::nullopt;
        if (!claim) {
            check.id = QStringLiteral("claims[%1]").arg(i);
            check.detail = tr("malformed claim: %1").arg(error.isEmpty() ? tr("must be an object") : error);
        } else {
            check.id = shown(claim->id);
            check.level = evidenceName(claim->evidence);
            if (documents.contains(claim->source)) {
                ++documentClaims[claim->source];
                if (claim->obligationId.startsWith(QLatin1String("check-sat@")))
                    checkSatClaims[claim->source] << i;
            } else if (expected.value(claim->source).contains(claim->obligationId)) {
                claimed.insert(claim->source + QLatin1Char('#') + claim->obligationId);
            }
        }
        parsed << std::move(claim);
        checks << check;
    }
    // Each check-sat claim of an .smt2 document is tied to the check-sat its id names
    // ("check-sat@12", or "check-sat@12:14" where a line holds more than one; see below for
    // the ids of older bundles), never by its
    // position among the claims: a document edited so that a check moved, vanished or
    // appeared is named as such, and each check answers one claim at most. Every check cvc5
    // reached must have its claim, so that a removed claim cannot hide an answer; checks
    // after a point where cvc5 stopped (an error in the document, as at export) need none.
    QHash<qsizetype, qsizetype> checkOfClaim; // claim index -> index in its document's Smt2Run::checks
    for (auto s = smt2Runs.constBegin(); s != smt2Runs.constEnd(); ++s) {
        QHash<QString, qsizetype> byId;
        for (qsizetype k = 0; k < s->checks.size(); ++k)
            byId.insert(s->checks[k].id, k);
        QSet<qsizetype> matched;
        for (const qsizetype i : checkSatClaims.value(s.key())) {
            const Claim &c = *parsed[i];
            const auto k = byId.constFind(c.obligationId);
            if (k == byId.constEnd() || s->checks[*k].line != c.line || matched.contains(*k))
                continue;
            checkOfClaim.insert(i, *k);
            matched.insert(*k);
        }
        // Bundles made before a check-sat's id carried its column gave all the checks of one
        // line the same id ("check-sat@6"): those claims take that line's checks in the
        // order both come in, the manifest's order being the document's. A claim moved in
        // that order meets the other check's answer and fails.
        for (const qsizetype i : checkSatClaims.value(s.key())) {
            const Claim &c = *parsed[i];
            if (checkOfClaim.contains(i) || c.obligationId != QStringLiteral("check-sat@%1").arg(c.line))
                continue;
            for (qsizetype k = 0; k < s->checks.size(); ++k) {
                if (s->checks[k].line == c.line && !matched.contains(k)) {
                    checkOfClaim.insert(i, k);
                    matched.insert(k);
                    break;
                }
            }
        }
        for (qsizetype k = 0; k < s->checks.size(); ++k)
            if (s->checks[k].reached && !matched.contains(k))
                report.problems << tr("%1: %2 has no claim in the manifest (a claim was removed, or the document was edited)")
                                       .arg(s.key(), s->checks[k].id);
    }
    // A check answered at export by another strategy than cvc5's default (the portfolio,
    // engine/documents.h) is run again with that strategy: cvc5's default may say unknown.
    QHash<QString, Smt2Run> strategyRuns; // source + '\n' + strategy -> that strategy's run
    for (auto s = smt2Runs.constBegin(); s != smt2Runs.constEnd(); ++s) {
        for (const qsizetype i : checkSatClaims.value(s.key())) {
            const QString strategy = parsed[i]->strategy;
            const QString key = s.key() + QLatin1Char('\n') + strategy;
            if (parsed[i]->evidence != Evidence::Proved || strategy.isEmpty() || strategy == QLatin1String("cvc5") ||
                strategyRuns.contains(key))
                continue;
            const QString program = strategy == QLatin1String("z3") ? options.z3Program : options.cvc5Program;
            strategyRuns.insert(key, smt2DocumentChecks(program, bundle.resolve(s.key(), &why), options.limits, cancel, strategy));
        }
    }
    for (auto d = documents.constBegin(); d != documents.constEnd(); ++d)
        if (!documentClaims.contains(d.key()))
            report.problems << tr("%1: the document has no claim in the manifest").arg(d.key());

    // Claims whose obligation files hold the same script (they differ only in the naming
    // comment on the first line, which solvers ignore) get the same answer and proof: each
    // distinct script is run once per checker. Only complete runs are remembered.
    QMutex memoLock;
    QHash<QString, SolverAnswer> memoised;
    const auto memo = [&](const QString &checker, const QString &obligationPath, const std::function<SolverAnswer()> &run) {
        const QString text = readText(obligationPath);
        const QString key = checker + QLatin1Char('\n') + text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        {
            const QMutexLocker lock(&memoLock);
            if (const auto found = memoised.constFind(key); found != memoised.constEnd())
                return *found;
        }
        const SolverAnswer a = run();
        if (!a.answer.isEmpty()) {
            const QMutexLocker lock(&memoLock);
            memoised.insert(key, a);
        }
        return a;
    };

    const auto checkOne = [&](qsizetype index, const Claim &c, ClaimCheck &check) {
        const auto done = [&](bool confirmed, const QString &detail) {
            check.confirmed = confirmed;
            check.detail = detail;
        };
        const auto fileOf = [&](const QString &path, QString *absolute) -> QString {
            QString whyNot;
            *absolute = bundle.resolve(path, &whyNot);
            if (absolute->isEmpty())
                return whyNot;
            if (!hashOk.contains(path))
                return tr("%1 is not in the manifest's hash list").arg(path);
            if (!hashOk.value(path))
                return tr("%1 was changed after export (hash differs)").arg(path);
            return {};
        };
        const bool proofLevel = c.evidence == Evidence::Certified ||
                                c.evidence == Evidence::CrossChecked || c.evidence == Evidence::Proved;
        if (proofLevel && c.verdict != QLatin1String("proved")) {
            done(false, tr("level %1 recorded for a %2 verdict").arg(check.level, shown(c.verdict)));
            return;
        }

        if (const auto document = documents.constFind(c.source); document != documents.constEnd()) {
            if (c.evidence == Evidence::Unknown) {
                done(true, tr("nothing claimed"));
                return;
            }
            if (engine::isSmt2Path(c.source)) {
                if (c.evidence != Evidence::Proved) {
                    done(false, tr("level %1 is not one an .smt2 check can have").arg(check.level));
                    return;
                }
                QString path;
                if (c.obligation != c.source) {
                    done(false, tr("an .smt2 check's obligation must be its document"));
                    return;
                }
                if (const QString e = fileOf(c.obligation, &path); !e.isEmpty()) {
                    done(false, tr("obligation: %1").arg(e));
                    return;
                }
                // several threads read: no operator[]
                const bool byDefault = c.strategy.isEmpty() || c.strategy == QLatin1String("cvc5");
                const auto found = byDefault ? smt2Runs.constFind(c.source) : strategyRuns.constFind(c.source + QLatin1Char('\n') + c.strategy);
                const Smt2Run *ran = found == (byDefault ? smt2Runs : strategyRuns).constEnd() ? nullptr : &*found;
                const auto match = checkOfClaim.constFind(index);
                const QString lineId = QStringLiteral("check-sat@%1").arg(c.line);
                if (c.obligationId != lineId && !c.obligationId.startsWith(lineId + QLatin1Char(':'))) {
                    done(false, tr("its id does not name its line %1 (expected check-sat@%1)").arg(c.line));
                    return;
                }
                if (!ran) {
                    done(false, tr("%1 has no check-sat at line %2 for this claim (the document was edited or reordered)").arg(c.source).arg(c.line));
                    return;
                }
                if (match == checkOfClaim.constEnd() || *match >= ran->checks.size()) {
                    done(false, tr("%1 has no check-sat at line %2 for this claim (the document was edited or reordered)").arg(c.source).arg(c.line));
                    return;
                }
                const Smt2Run &run = *ran;
                const Smt2Check &answered = run.checks[*match];
                const QString name = answered.id;
                const QString by = byDefault ? QStringLiteral("cvc5") : c.strategy;
                if (c.answer != QLatin1String("sat") && c.answer != QLatin1String("unsat"))
                    done(false, tr("answer \"%1\" is not sat or unsat").arg(shown(c.answer)));
                else if (!answered.reached)
                    done(false, tr("%1 did not get to %2: %3").arg(by, name, run.problem.isEmpty() ? tr("the document stopped before it") : run.problem));
                else if (answered.answer.isEmpty())
                    done(false, tr("%1 gives no answer to %2: %3").arg(by, name, answered.error.isEmpty() ? run.problem : shown(answered.error)));
                else if (answered.answer != c.answer)
                    done(false, tr("%1 answers %2 to %3, not %4").arg(by, answered.answer, name, c.answer));
                else
                    done(true, tr("%1 answers %2 to %3 of the document").arg(by, c.answer, name));
                return;
            }
            // A CNF: only the certificate makes a claim, whatever level is written.
            if (c.evidence != Evidence::Certified && c.evidence != Evidence::Proved) {
                done(false, tr("level %1 is not one a CNF can have").arg(check.level));
                return;
            }
            QString obligationPath, certificatePath;
            if (const QString e = fileOf(c.obligation, &obligationPath); !e.isEmpty()) {
                done(false, tr("obligation: %1").arg(e));
                return;
            }
            if (const QString e = fileOf(c.certificate, &certificatePath); !e.isEmpty()) {
                done(false, tr("certificate: %1").arg(e));
                return;
            }
            const auto formula = cnf::parseDimacs(std::string_view(document->constData(), std::size_t(document->size())));
            QFile of(obligationPath);
            if (!formula || !of.open(QIODevice::ReadOnly) || of.readAll() != engine::normalizedDimacs(*formula)) {
                done(false, tr("%1 is not the formula of %2 (edited obligation)").arg(c.obligation, c.source));
                return;
            }
            if (c.certificateFormat == QLatin1String("drat")) {
                if (c.answer != QLatin1String("unsat")) {
                    done(false, tr("a DRAT proof certifies unsat, but the claim says \"%1\"").arg(shown(c.answer)));
                    return;
                }
                RunLimits limits = options.limits;
                limits.timeoutMs += 5000;
                const ProcessOutput run = runProcess(options.dratTrimProgram,
                    {obligationPath, certificatePath, QStringLiteral("-t"), QString::number(qMax(1, options.limits.timeoutMs / 1000))},
                    {}, limits, cancel);
                if (!run.problem().isEmpty())
                    done(false, tr("drat-trim: %1").arg(run.problem()));
                else if (run.exitCode == 0 && run.out.contains("s VERIFIED"))
                    done(true, tr("drat-trim verifies the DRAT proof %1").arg(c.certificate));
                else
                    done(false, tr("drat-trim does not verify %1 for this formula (swapped or edited proof)").arg(c.certificate));
            } else if (c.certificateFormat == QLatin1String("dimacs-model")) {
                if (c.answer != QLatin1String("sat")) {
                    done(false, tr("an assignment certifies sat, but the claim says \"%1\"").arg(shown(c.answer)));
                    return;
                }
                QFile model(certificatePath);
                const std::size_t vars = std::size_t(std::max(formula->variables, formula->maxVariable));
                const std::size_t bad = cnf::firstFalsifiedClause(
                    *formula, engine::assignmentFromModel(model.open(QIODevice::ReadOnly) ? model.readAll() : QByteArray(), vars));
                if (bad < formula->clauseCount())
                    done(false, tr("the assignment in %1 falsifies the clause on line %2 of %3").arg(c.certificate).arg(formula->clauseLine(bad)).arg(c.source));
                else
                    done(true, tr("the assignment in %1 satisfies all %2 clauses").arg(c.certificate).arg(formula->clauseCount()));
            } else {
                done(false, tr("certificate format \"%1\" is not one for a CNF").arg(shown(c.certificateFormat)));
            }
            return;
        }

        const auto source = expected.constFind(c.source);
        if (source == expected.constEnd()) {
            done(false, tr("its source \"%1\" is not a bundled source").arg(shown(c.source)));
            return;
        }
        const auto o = source->constFind(c.obligationId);
        if (o == source->constEnd()) {
            done(false, tr("the source has no obligation \"%1\"").arg(shown(c.obligationId)));
            return;
        }
        if (c.evidence == Evidence::Admitted) {
            const bool sorry = o->status == lang::ObligationStatus::Admitted;
            done(sorry, sorry ? tr("admitted (sorry) in the source") : tr("the source does not admit this step"));
            return;
        }
        if (c.evidence == Evidence::Unknown) {
            done(true, tr("nothing claimed"));
            return;
        }
        // Every remaining level is about the obligation file: it must be what the source says.
        QString obligationPath;
        if (const QString e = fileOf(c.obligation, &obligationPath); !e.isEmpty()) {
            done(false, tr("obligation: %1").arg(e));
            return;
        }
        if (readText(obligationPath) != obligationFileText(c.obligationId, c.source, int(o->range.begin.line), str(o->smt))) {
            done(false, tr("%1 is not the obligation its source elaborates to (edited obligation)").arg(c.obligation));
            return;
        }
        const QString strategy = c.strategy.isEmpty() ? QStringLiteral("cvc5") : c.strategy;
        const QString program = strategy == QLatin1String("z3") ? options.z3Program : options.cvc5Program;
        QStringList confirmedBy;
        QString failure;
        if (c.evidence == Evidence::Failed) {
            const SolverAnswer a = solverAnswer(program, strategy, obligationPath, options.limits, cancel);
            if (a.answer == QLatin1String("sat"))
                confirmedBy << tr("%1 finds a counterexample").arg(strategy);
            else
                failure = tr("%1 does not refute the claim: %2").arg(strategy, a.answer.isEmpty() ? a.problem : a.answer);
        }
        if (c.evidence == Evidence::Certified && failure.isEmpty()) {
            QString certificatePath;
            const auto format = c.certificateFormat;
            if (const QString e = fileOf(c.certificate, &certificatePath); !e.isEmpty()) {
                failure = tr("certificate: %1").arg(e);
            } else if (format != QLatin1String("alf") && format != QLatin1String("cpc") && format != QLatin1String("lfsc") &&
                       format != QLatin1String("alethe") && format != QLatin1String("dot")) {
                failure = tr("certificate format \"%1\" is not one cvc5 prints").arg(shown(format));
            } else {
                const solve::Strategy s = solve::strategyFromName(strategy).value_or(solve::Strategy::Default);
                const SolverAnswer a = memo(QStringLiteral("cvc5 %1 %2").arg(int(s)).arg(format), obligationPath, [&] {
                    return cvc5CheckProof(options.cvc5Program, obligationPath, s, format, options.limits, cancel);
                });
                if (a.answer != QLatin1String("unsat"))
                    failure = tr("cvc5 --check-proofs does not confirm the claim: %1").arg(a.answer.isEmpty() ? a.problem : a.answer);
                else if (!sameProof(a.proof, readText(certificatePath)))
                    failure = tr("the certificate is not the proof cvc5 checked for this obligation (swapped or edited certificate)");
                else
                    confirmedBy << tr("cvc5 --check-proofs accepts the proof, identical to %1").arg(c.certificate);
            }
        }
        if ((c.evidence == Evidence::CrossChecked || (c.evidence == Evidence::Certified && !c.crossCheckedBy.isEmpty())) &&
            failure.isEmpty()) {
            const SolverAnswer a = memo(QStringLiteral("z3"), obligationPath, [&] {
                return solverAnswer(options.z3Program, QStringLiteral("z3"), obligationPath, options.limits, cancel);
            });
            if (a.answer == QLatin1String("unsat"))
                confirmedBy << tr("z3 agrees");
            else
                failure = tr("z3 does not confirm the claim: %1").arg(a.answer.isEmpty() ? a.problem : a.answer);
        }
        if (c.evidence == Evidence::Proved && failure.isEmpty()) {
            const SolverAnswer a = solverAnswer(program, strategy, obligationPath, options.limits, cancel);
            if (a.answer == QLatin1String("unsat"))
                confirmedBy << tr("%1 answers unsat").arg(strategy);
            else
                failure = tr("%1 does not confirm the claim: %2").arg(strategy, a.answer.isEmpty() ? a.problem : a.answer);
        }
        if (failure.isEmpty())
            done(true, confirmedBy.join(QStringLiteral("; ")));
        else
            done(false, failure);
    };

    QMutex reportLock;
    QList<qsizetype> indices;
    for (qsizetype i = 0; i < parsed.size(); ++i)
        indices << i;
    // Each thread writes only its own element; the lists are not resized meanwhile.
    ClaimCheck *results = checks.data();
    const auto checkAt = [&](qsizetype i) {
        const std::optional<Claim> &claim = parsed.at(i);
        if (claim && !(cancel && cancel->load()))
            checkOne(i, *claim, results[i]);
        else if (claim)
            results[i].detail = tr("cancelled");
        if (onClaim) {
            const QMutexLocker lock(&reportLock);
            onClaim(results[i]);
        }
    };
    if (options.jobs == 1) {
        // One at a time: in the calling thread, without starting a pool's thread.
        for (const qsizetype i : std::as_const(indices))
            checkAt(i);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
        QtConcurrent::blockingMap(&pool, indices, checkAt);
    }
    report.claims = checks;
    if (cancel && cancel->load())
        report.problems << tr("cancelled");

    // A claim left out of the manifest would hide a failed step.
    for (auto s = expected.constBegin(); s != expected.constEnd(); ++s)
        for (auto o = s->constBegin(); o != s->constEnd(); ++o)
            if (!claimed.contains(s.key() + QLatin1Char('#') + o.key()))
                report.problems << tr("%1: obligation \"%2\" has no claim in the manifest").arg(s.key(), shown(o.key()));
    return report;
}

} // namespace proofdesk::exporting
