// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/welcomepage.h"

#include "resources/resources.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace proofdesk::ui {

namespace {

// The first comment line of a bundled example says what it shows.
QString describe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(file.readLine()).trimmed();
    return first.startsWith(QLatin1String("--")) ? first.mid(2).trimmed() : QString();
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(const Locations &locations, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);

    auto *title = heading(tr("Welcome to ProofDesk"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Sketch lemmas step by step; every step becomes a proof obligation that "
                                "SMT solvers check while you type. Failed steps show a counterexample."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(heading(tr("Examples"), content));
    auto *examples = new QGridLayout;
    const QFileInfoList files =
        QDir(examplesPath()).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name);
    int i = 0;
    for (const QFileInfo &info : files) {
        auto *button = new QCommandLinkButton(info.completeBaseName(), describe(info.filePath()), content);
        button->setObjectName(QStringLiteral("example_") + info.completeBaseName());
        const QString path = info.filePath();
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit openRequested(path); });
        examples->addWidget(button, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(examples);
    auto *newButton = new QPushButton(tr("Start an empty sketch"), content);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    layout->addWidget(newButton, 0, Qt::AlignLeft);

    layout->addWidget(heading(tr("Solvers"), content));
    m_solvers = new QLabel(content);
    m_solvers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_solvers->setText(tr("cvc5 (built in: cvc5, cvc5-mbqi, cvc5-fmf-fun strategies)") + QLatin1Char('\n') +
                       tr("Looking for other solvers on PATH…"));
    layout->addWidget(m_solvers);

    layout->addWidget(heading(tr("Where files live"), content));
    auto *where = new QGridLayout;
    const QList<std::pair<QString, QString>> rows{{tr("Settings:"), locations.settings},
                                                  {tr("Result cache:"), locations.cache},
                                                  {tr("Log:"), locations.log},
                                                  {tr("Recovery files:"), locations.recovery}};
    int row = 0;
    for (const auto &[name, path] : rows) {
        where->addWidget(new QLabel(name, content), row, 0);
        auto *value = new QLabel(QDir::toNativeSeparators(path), content);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->addWidget(value, row++, 1);
    }
    where->setColumnStretch(1, 1);
    layout->addLayout(where);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void WelcomePage::setSolvers(const QList<engine::ExternalSolver> &solvers)
{
    QStringList lines{tr("cvc5 (built in: cvc5, cvc5-mbqi, cvc5-fmf-fun strategies)")};
    for (const auto &s : solvers)
        lines << tr("%1 — %2 (%3)").arg(s.id, s.version, QDir::toNativeSeparators(s.program));
    if (solvers.isEmpty())
        lines << tr("No other solver found on PATH; add one in Settings → Solvers.");
    m_solvers->setText(lines.join(QLatin1Char('\n')));
}

QStringList WelcomePage::exampleNames() const
{
    QStringList names;
    for (const auto *button : findChildren<QCommandLinkButton *>())
        names << button->text();
    return names;
}

QString WelcomePage::solversText() const
{
    return m_solvers->text();
}

} // namespace proofdesk::ui
