// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace proofdesk::ui {

namespace {

enum SolverColumn { IdColumn, VersionColumn, CommandColumn };
constexpr int UserAddedRole = Qt::UserRole + 1;
constexpr qint64 MiB = 1024 * 1024;

// The open-size limit as the spin box shows it: whole MB, rounded up.
int shownMiB(qint64 bytes)
{
    return int(std::clamp<qint64>((bytes + MiB - 1) / MiB, 1, 64 * 1024));
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, const QList<engine::ExternalSolver> &detected,
                               QWidget *parent)
    : QDialog(parent), m_initial(settings), m_detected(detected)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createSolversPage(), tr("Solvers"));
    tabs->addTab(createCheckingPage(), tr("Checking"));
    tabs->addTab(createAppearancePage(), tr("Appearance"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit applied(this->settings());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applied(this->settings()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(680, 460);
}

QWidget *SettingsDialog::createSolversPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The built-in cvc5 strategies always take part. Solvers found on this "
                                "computer and solvers you add by command line join them when ticked. "
                                "Command lines are kept only in your own settings; a sketch can name a "
                                "solver only by its id."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_solvers = new QTreeWidget(page);
    m_solvers->setHeaderLabels({tr("Solver"), tr("Version"), tr("Command")});
    m_solvers->setRootIsDecorated(false);
    m_solvers->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_solvers->header()->setSectionResizeMode(VersionColumn, QHeaderView::ResizeToContents);
    for (const auto &s : m_detected) {
        auto *item = new QTreeWidgetItem(m_solvers, {s.id, s.version,
                                                     QDir::toNativeSeparators(s.program) + QLatin1Char(' ') +
                                                         s.arguments.join(QLatin1Char(' '))});
        item->setCheckState(IdColumn, m_initial.solverEnabled(s.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(IdColumn, UserAddedRole, false);
        item->setToolTip(IdColumn, tr("Found on this computer"));
    }
    if (m_detected.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_solvers, {tr("(no external solver found on PATH)")});
        none->setFlags(Qt::NoItemFlags);
    }
    for (const auto &u : m_initial.userSolvers) {
        auto *item = new QTreeWidgetItem(m_solvers, {u.id, tr("added by you"), u.commandLine});
        item->setCheckState(IdColumn, u.enabled ? Qt::Checked : Qt::Unchecked);
        item->setData(IdColumn, UserAddedRole, true);
    }
    layout->addWidget(m_solvers, 1);

    auto *add = new QHBoxLayout;
    m_newId = new QLineEdit(page);
    m_newId->setPlaceholderText(tr("id, e.g. z3-nightly"));
    m_newCommand = new QLineEdit(page);
    m_newCommand->setPlaceholderText(tr("command line reading SMT-LIB on stdin, e.g. /opt/z3/bin/z3 -in"));
    auto *addButton = new QPushButton(tr("&Add"), page);
    auto *removeButton = new QPushButton(tr("&Remove"), page);
    add->addWidget(m_newId, 1);
    add->addWidget(m_newCommand, 3);
    add->addWidget(addButton);
    add->addWidget(removeButton);
    layout->addLayout(add);
    m_solverError = new QLabel(page);
    m_solverError->setWordWrap(true);
    m_solverError->hide();
    layout->addWidget(m_solverError);
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addUserSolver(m_newId->text(), m_newCommand->text())) {
            m_newId->clear();
            m_newCommand->clear();
        }
    });
    connect(removeButton, &QPushButton::clicked, this, &SettingsDialog::removeSelectedSolver);

    auto *form = new QFormLayout;
    m_onlySolver = new QComboBox(page);
    m_onlySolver->addItem(tr("All ticked solvers (portfolio)"), QString());
    for (const QString &id : {QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"), QStringLiteral("cvc5-fmf-fun")})
        m_onlySolver->addItem(id, id);
    for (const auto &s : m_detected)
        m_onlySolver->addItem(s.id, s.id);
    for (const auto &u : m_initial.userSolvers)
        m_onlySolver->addItem(u.id, u.id);
    m_onlySolver->setCurrentIndex(qMax(0, m_onlySolver->findData(m_initial.onlySolver)));
    form->addRow(tr("&Strategy:"), m_onlySolver);
    layout->addLayout(form);
    return page;
}

bool SettingsDialog::addUserSolver(const QString &id, const QString &commandLine)
{
    const UserSolver solver{id.trimmed(), commandLine.trimmed(), true};
    auto parsed = parseUserSolver(solver);
    QString error = parsed ? QString() : parsed.error();
    if (error.isEmpty()) {
        for (int i = 0; i < m_solvers->topLevelItemCount(); ++i) {
            if (m_solvers->topLevelItem(i)->text(IdColumn) == solver.id)
                error = tr("A solver with the id %1 exists already.").arg(solver.id);
        }
    }
    m_solverError->setText(error);
    m_solverError->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return false;
    auto *item = new QTreeWidgetItem(m_solvers, {solver.id, tr("added by you"), solver.commandLine});
    item->setCheckState(IdColumn, Qt::Checked);
    item->setData(IdColumn, UserAddedRole, true);
    m_onlySolver->addItem(solver.id, solver.id);
    return true;
}

void SettingsDialog::removeSelectedSolver()
{
    QTreeWidgetItem *item = m_solvers->currentItem();
    if (!item || !item->data(IdColumn, UserAddedRole).toBool())
        return; // a detected solver is switched off, not removed
    m_onlySolver->removeItem(m_onlySolver->findData(item->text(IdColumn)));
    delete item;
}

QWidget *SettingsDialog::createCheckingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_timeLimit = new QSpinBox(page);
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setValue(qMax(1, m_initial.timeoutMs / 1000));
    form->addRow(tr("&Time limit per solver:"), m_timeLimit);
    m_memory = new QSpinBox(page);
    m_memory->setRange(256, 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(m_initial.memoryMiB);
    form->addRow(tr("&Memory limit per solver:"), m_memory);
    m_maxOutput = new QSpinBox(page);
    m_maxOutput->setRange(1, 4096);
    m_maxOutput->setSuffix(tr(" MiB"));
    m_maxOutput->setValue(m_initial.maxOutputMiB);
    m_maxOutput->setToolTip(tr("A solver that prints more than this (models and proofs included) is stopped"));
    form->addRow(tr("Solver &output read at most:"), m_maxOutput);
    m_jobs = new QSpinBox(page);
    m_jobs->setRange(0, 256);
    m_jobs->setSpecialValueText(tr("one per core"));
    m_jobs->setValue(m_initial.jobs);
    form->addRow(tr("Solver processes at &once:"), m_jobs);
    m_crossCheck = new QCheckBox(tr("&Cross-check every proof with a solver of another family"), page);
    m_crossCheck->setChecked(m_initial.crossCheck);
    form->addRow(m_crossCheck);
    m_outside = new QCheckBox(tr("Allow &imports from outside the sketch's folder"), page);
    m_outside->setChecked(m_initial.allowOutsideImports);
    form->addRow(m_outside);
    m_cache = new QCheckBox(tr("&Remember verdicts in the result cache"), page);
    m_cache->setChecked(m_initial.useCache);
    form->addRow(m_cache);
    m_maxOpen = new QSpinBox(page);
    m_maxOpen->setRange(1, 64 * 1024);
    m_maxOpen->setSuffix(tr(" MB"));
    m_maxOpen->setValue(shownMiB(m_initial.maxOpenBytes));
    m_maxOpen->setToolTip(tr("Larger sketches, SMT-LIB and DIMACS files are opened only after you confirm"));
    form->addRow(tr("Open files up to without &asking:"), m_maxOpen);
    m_maxGraphNodes = new QSpinBox(page);
    m_maxGraphNodes->setRange(1, 10'000'000);
    m_maxGraphNodes->setSingleStep(1000);
    m_maxGraphNodes->setGroupSeparatorShown(true);
    m_maxGraphNodes->setSuffix(tr(" nodes"));
    m_maxGraphNodes->setValue(m_initial.maxGraphNodesWithoutLod);
    m_maxGraphNodes->setToolTip(tr("With more nodes in view, graphs are drawn as a density picture with a sample of the edges"));
    form->addRow(tr("Draw graphs node by node &up to:"), m_maxGraphNodes);
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_initial.theme)));
    form->addRow(tr("T&heme:"), m_theme);

    const QFont font = m_initial.editorFont();
    m_font = new QFontComboBox(page);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(font);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    form->addRow(tr("Editor &font:"), fontRow);

    m_language = new QComboBox(page);
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial.language)));
    form->addRow(tr("&Language:"), m_language);
    return page;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.timeoutMs = m_timeLimit->value() * 1000;
    // A limit the spin box cannot show exactly (e.g. 1500 ms) stays as it was unless changed.
    if (m_timeLimit->value() == qMax(1, m_initial.timeoutMs / 1000))
        s.timeoutMs = m_initial.timeoutMs;
    s.memoryMiB = m_memory->value();
    s.maxOutputMiB = m_maxOutput->value();
    // A limit that is not a whole number of MB (set elsewhere) stays as it was unless changed.
    if (m_maxOpen->value() != shownMiB(m_initial.maxOpenBytes))
        s.maxOpenBytes = qint64(m_maxOpen->value()) * MiB;
    s.maxGraphNodesWithoutLod = m_maxGraphNodes->value();
    s.jobs = m_jobs->value();
    s.crossCheck = m_crossCheck->isChecked();
    s.allowOutsideImports = m_outside->isChecked();
    s.useCache = m_cache->isChecked();
    s.onlySolver = m_onlySolver->currentData().toString();
    s.disabledSolvers.clear();
    s.enabledSolvers.clear();
    s.userSolvers.clear();
    for (int i = 0; i < m_solvers->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_solvers->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        const QString id = item->text(IdColumn);
        const bool on = item->checkState(IdColumn) == Qt::Checked;
        if (item->data(IdColumn, UserAddedRole).toBool()) {
            s.userSolvers.append({id, item->text(CommandColumn), on});
        } else if (on != AppSettings::enabledByDefault(id)) {
            (on ? s.enabledSolvers : s.disabledSolvers) << id;
        }
    }
    // Detected solvers not found this time keep the user's choice.
    for (const QString &id : m_initial.disabledSolvers)
        if (!s.disabledSolvers.contains(id) && std::ranges::none_of(m_detected, [&](const auto &d) { return d.id == id; }))
            s.disabledSolvers << id;
    s.theme = Theme(m_theme->currentData().toInt());
    const bool fontChanged = m_font->currentFont().family() != m_initial.editorFont().family() ||
                             m_fontSize->value() != m_initial.editorFont().pointSize();
    if (fontChanged) {
        s.fontFamily = m_font->currentFont().family();
        s.fontPointSize = m_fontSize->value();
    }
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace proofdesk::ui
