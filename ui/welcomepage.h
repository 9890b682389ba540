// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/externalsolver.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace proofdesk::ui {

// Shown in the central area on the first start (no settings yet) and from Help → Welcome:
// the bundled examples to open, the solvers found on this computer, and where ProofDesk
// keeps its files.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    struct Locations {
        QString settings, cache, log, recovery;
    };

    WelcomePage(const Locations &locations, QWidget *parent = nullptr);

    // Solver detection runs off the GUI thread: the list fills in when it answers.
    void setSolvers(const QList<engine::ExternalSolver> &solvers);
    // For tests: the example names listed (one button each) and the solver lines shown.
    QStringList exampleNames() const;
    QString solversText() const;

signals:
    void openRequested(const QString &path);
    void newRequested();

private:
    QLabel *m_solvers = nullptr;
};

} // namespace proofdesk::ui
