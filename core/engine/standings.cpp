// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/standings.h"

#include <QSet>

namespace proofdesk::engine {

QString statusName(Status s)
{
    switch (s) {
    case Status::Proved: return QStringLiteral("proved");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Unknown: return QStringLiteral("unknown");
    case Status::Admitted: return QStringLiteral("admitted");
    case Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("?");
}

int severity(Status s)
{
    switch (s) {
    case Status::Proved: return 0;
    case Status::Admitted: return 1;
    case Status::Unknown: return 2;
    case Status::Error: return 3;
    case Status::Failed: return 4;
    }
    return 4;
}

namespace {
Status worse(Status a, Status b)
{
    return severity(a) >= severity(b) ? a : b;
}
} // namespace

QList<LemmaStanding> computeStandings(const lang::Module &module, const QHash<QString, Verdict> &verdicts)
{
    QHash<QString, LemmaStanding> byName;
    QStringList order;
    for (const auto &l : module.lemmas) {
        LemmaStanding s;
        s.lemma = QString::fromStdString(l.name);
        s.complete = true;
        byName.insert(s.lemma, s);
        order << s.lemma;
    }
    // Own verdicts, cores and vacuity.
    QHash<QString, QSet<QString>> inCore;
    for (const auto &o : module.obligations) {
        const QString lemma = QString::fromStdString(o.lemma);
        auto it = byName.find(lemma);
        if (it == byName.end())
            continue;
        Status st = Status::Unknown;
        if (o.status == lang::ObligationStatus::Error) {
            st = Status::Error;
        } else if (o.status == lang::ObligationStatus::Admitted) {
            st = Status::Admitted;
        } else if (auto v = verdicts.constFind(QString::fromStdString(o.id)); v != verdicts.constEnd()) {
            st = v->status;
            it->vacuous = it->vacuous || v->vacuous;
            if (st == Status::Proved)
                for (const auto &f : v->core)
                    inCore[lemma].insert(f);
        } else {
            it->complete = false;
        }
        it->own = worse(it->own, st);
    }
    for (const auto &l : module.lemmas) {
        const QString name = QString::fromStdString(l.name);
        LemmaStanding &s = byName[name];
        // Candidates are the lemma's assumptions and the facts its steps cite with `by`; axioms
        // pulled in implicitly are not the author's claim of use. Only a fully proved lemma is
        // judged, and cores need not be minimal, so this may miss an unused fact but never
        // flags a needed one.
        const bool allProved = s.complete && s.own == Status::Proved;
        if (!allProved)
            continue;
        QStringList unused;
        auto consider = [&](const QString &fact) {
            if (!inCore[name].contains(fact) && !unused.contains(fact))
                unused << fact;
        };
        for (const auto &a : l.assumptions)
            consider(QString::fromStdString(a));
        for (const auto &o : module.obligations)
            if (o.lemma == l.name)
                for (const auto &f : o.citedFacts)
                    consider(QString::fromStdString(f));
        s.unused = unused;
    }
    // Transitive standings through citations, in file order (a lemma cites only earlier ones).
    for (const auto &l : module.lemmas) {
        const QString name = QString::fromStdString(l.name);
        LemmaStanding &s = byName[name];
        s.standing = s.own;
        for (const auto &c : l.citedLemmas) {
            const QString cited = QString::fromStdString(c);
            auto dep = byName.constFind(cited);
            if (dep == byName.constEnd())
                continue; // imported: its standing belongs to its own document
            if (dep->standing != Status::Proved) {
                s.dependsOnBad << cited;
                s.standing = worse(s.standing, dep->standing);
            }
        }
    }
    QList<LemmaStanding> out;
    for (const auto &n : order)
        out << byName.value(n);
    return out;
}

} // namespace proofdesk::engine
