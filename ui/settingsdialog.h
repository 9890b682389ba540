// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/externalsolver.h"
#include "ui/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace proofdesk::ui {

// File → Settings: solvers (detected ones and the user's own command lines), limits, jobs,
// cross-checking, imports, theme, font, language. OK and Apply emit applied(); the window
// hands the values to the running engine at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings &settings, const QList<engine::ExternalSolver> &detected,
                   QWidget *parent = nullptr);

    // The values as shown in the dialog.
    AppSettings settings() const;

    // For tests.
    QSpinBox *timeLimitBox() const { return m_timeLimit; }
    QSpinBox *maxOpenBox() const { return m_maxOpen; }
    QSpinBox *maxOutputBox() const { return m_maxOutput; }
    QSpinBox *maxGraphNodesBox() const { return m_maxGraphNodes; }
    QCheckBox *crossCheckBox() const { return m_crossCheck; }
    QTreeWidget *solverList() const { return m_solvers; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    // Adds a user solver as the Add button does; false (with the reason shown) if invalid.
    bool addUserSolver(const QString &id, const QString &commandLine);

signals:
    void applied(const proofdesk::ui::AppSettings &settings);

private:
    QWidget *createSolversPage();
    QWidget *createCheckingPage();
    QWidget *createAppearancePage();
    void removeSelectedSolver();

    AppSettings m_initial;
    QList<engine::ExternalSolver> m_detected;
    QTreeWidget *m_solvers = nullptr;
    QLineEdit *m_newId = nullptr;
    QLineEdit *m_newCommand = nullptr;
    QLabel *m_solverError = nullptr;
    QComboBox *m_onlySolver = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_jobs = nullptr;
    QCheckBox *m_crossCheck = nullptr;
    QCheckBox *m_outside = nullptr;
    QCheckBox *m_cache = nullptr;
    QSpinBox *m_maxOpen = nullptr;
    QSpinBox *m_maxOutput = nullptr;
    QSpinBox *m_maxGraphNodes = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace proofdesk::ui
