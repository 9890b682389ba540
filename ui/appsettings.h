// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

class QApplication;
class QSettings;

namespace proofdesk::ui {

// A solver the user added by its command line. Only the user's own settings hold command
// lines; a sketch names a solver only by id.
struct UserSolver {
    QString id;          // "z3-nightly"
    QString commandLine; // "/opt/z3/bin/z3 -in" (reads SMT-LIB on stdin)
    bool enabled = true;
    friend bool operator==(const UserSolver &, const UserSolver &) = default;
};

enum class Theme { System, Light, Dark };

// Everything the Settings dialog edits, read from and written to the user's QSettings.
// The nice value the window's solvers run at: below the window itself, so that a keystroke
// is painted at once while the solvers take every core (measured in `./dev bench gui`).
inline constexpr int kSolverNiceness = 10;

struct AppSettings {
    int timeoutMs = 10000;
    int memoryMiB = 4096;
    int maxOutputMiB = 64; // a solver that prints more than this is stopped (Limits::maxOutputBytes)
    int jobs = 0; // 0: one per core
    bool crossCheck = false;
    bool allowOutsideImports = false;
    bool useCache = true;
    QString onlySolver;
    QStringList disabledSolvers; // ids of detected solvers the user switched off
    QStringList enabledSolvers;  // ids of detected solvers off by default that the user switched on
    QList<UserSolver> userSolvers;
    Theme theme = Theme::System;
    QString fontFamily; // empty: the system's fixed-width font
    int fontPointSize = 0;
    QString language; // empty: the system's; "en", "de", "fr"
    qint64 maxOpenBytes = 20 * 1024 * 1024; // larger files are opened only when confirmed
    // Graph views draw nodes and edges one by one up to this many nodes in view, and a
    // density picture beyond (GraphView::maxNodesWithoutLod).
    int maxGraphNodesWithoutLod = 20000;

    // Values out of range (a negative time limit, an absurd job count, a huge string, a
    // value of the wrong type) are clamped or replaced by the default, never passed on.
    static AppSettings load();
    static AppSettings load(QSettings &from);
    void save() const;
    void save(QSettings &to) const;
    // False on the very first start (the welcome page is shown then).
    static bool exist();

    // Whether a detected solver takes part when the user has not decided: z3 does; the cvc5
    // binary duplicates the built-in cvc5 and joins only when switched on.
    static bool enabledByDefault(const QString &id);
    bool solverEnabled(const QString &id) const;
    // The engine's options with the enabled detected and user-added solvers.
    engine::EngineOptions engineOptions(const QList<engine::ExternalSolver> &detected) const;
    // The editor font: the chosen family and size, or the system's fixed font.
    QFont editorFont() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

// A user-added command line as a solver; an error if the program cannot be found.
std::expected<engine::ExternalSolver, QString> parseUserSolver(const UserSolver &solver);

// Palette for the theme (Fusion draws both light and dark the same way on every desktop).
void applyTheme(Theme theme);
// Loads the translation for `language` (empty: the system's) into the application,
// replacing the one loaded before. Returns the language in effect ("en" when none applies).
QString applyLanguage(const QString &language);
// Languages with a translation, as codes ("en" first).
QStringList availableLanguages();

} // namespace proofdesk::ui
