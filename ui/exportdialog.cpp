// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace proofdesk::ui {

ExportDialog::ExportDialog(const QString &sourcePath, QWidget *parent)
    : QDialog(parent), m_source(sourcePath), m_exporter(new exporting::BundleExporter)
{
    setWindowTitle(tr("Export Bundle"));
    m_thread.setObjectName(QStringLiteral("export"));
    m_exporter->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_exporter, &QObject::deleteLater);
    m_thread.start();
    m_options.toolVersion = QCoreApplication::applicationVersion();
    // z3 cross-checks proofs when it is installed, as on the command line; the exporter
    // looks for it in its own thread (running `z3 --version` here would block the GUI).
    m_options.findCrossChecker = true;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Checks %1 again, produces certificates and writes a bundle that "
                                "<code>proofdesk-cli verify</code> re-checks from its files alone.")
                                 .arg(QFileInfo(sourcePath).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_output = new QLineEdit(this);
    const QFileInfo info(sourcePath);
    const QString base = sourcePath.startsWith(QLatin1Char(':')) ? QDir::homePath() : info.absolutePath();
    m_output->setText(QDir(base).filePath(info.completeBaseName() + QStringLiteral("-bundle")));
    m_browse = new QPushButton(tr("Browse…"), this);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseDirectory);
    row->addWidget(m_output, 1);
    row->addWidget(m_browse);
    form->addRow(tr("Output directory:"), row);
    m_certificates = new QCheckBox(tr("Certificates (a cvc5 proof checked in a separate process per proved step)"), this);
    m_certificates->setChecked(true);
    m_pdf = new QCheckBox(tr("report.pdf besides report.html"), this);
    m_pdf->setChecked(true);
    form->addRow(QString(), m_certificates);
    form->addRow(QString(), m_pdf);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("The directory must not exist yet or be empty."), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_openReport = buttons->addButton(tr("Open report.html"), QDialogButtonBox::ActionRole);
    m_openReport->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    m_cancel->setEnabled(false);
    // The button box's accepted/rejected would close the dialog: wire each button itself.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(m_lastBundle).filePath(QStringLiteral("report.html"))));
    });

    connect(m_exporter, &exporting::BundleExporter::progress, this, &ExportDialog::onProgress);
    connect(m_exporter, &exporting::BundleExporter::finished, this, &ExportDialog::onFinished);
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // The exporter is deleted in its thread as the thread ends: its destructor cancels, ends
    // the solver processes and waits for its pool thread.
    m_thread.quit();
    m_thread.wait();
}

void ExportDialog::setOutputDirectory(const QString &dir)
{
    m_output->setText(dir);
}

QString ExportDialog::outputDirectory() const
{
    return m_output->text().trimmed();
}

void ExportDialog::chooseDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Bundle Directory"), QFileInfo(outputDirectory()).absolutePath());
    if (!dir.isEmpty())
        m_output->setText(dir);
}

void ExportDialog::startExport()
{
    if (m_running)
        return;
    exporting::BundleOptions options = m_options;
    options.outDir = outputDirectory();
    options.pdf = m_pdf->isChecked();
    options.certificates = m_certificates->isChecked();
    m_lastBundle.clear();
    m_openReport->setEnabled(false);
    m_running = true;
    QMetaObject::invokeMethod(m_exporter, [exporter = m_exporter, source = m_source, options] { exporter->start({source}, options); },
                              Qt::QueuedConnection);
    for (QWidget *w : {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_output), static_cast<QWidget *>(m_browse),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_certificates)})
        w->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_status->setText(tr("Starting…"));
}

void ExportDialog::cancelExport()
{
    if (!m_running)
        return;
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    QMetaObject::invokeMethod(m_exporter, &exporting::BundleExporter::cancel, Qt::QueuedConnection);
}

void ExportDialog::reject()
{
    if (m_running) {
        cancelExport();
        return; // stays open: it says so when the export has ended, and Close then closes it
    }
    QDialog::reject();
}

void ExportDialog::onProgress(int done, int total, const QString &phase)
{
    if (!m_running)
        return;
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qMin(done, qMax(total, 1)));
    QString what;
    if (phase == QLatin1String("checking"))
        what = tr("Checking step %1 of %2").arg(done).arg(total);
    else if (phase == QLatin1String("documents"))
        what = tr("Solving documents");
    else if (phase == QLatin1String("certificates"))
        what = tr("Certificates: %1 of %2").arg(done).arg(total);
    else
        what = tr("Writing the reports");
    m_status->setText(what);
}

void ExportDialog::onFinished(const exporting::BundleResult &result)
{
    m_running = false;
    for (QWidget *w : {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_output), static_cast<QWidget *>(m_browse),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_certificates)})
        w->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(result.ok ? 1 : 0);
    if (result.ok) {
        QMap<QString, int> counts;
        for (const auto &c : result.claims)
            ++counts[exporting::evidenceName(c.evidence)];
        QStringList parts;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            parts << tr("%1 %2").arg(it.value()).arg(it.key());
        m_status->setText(tr("Wrote %1: %2 claims (%3).").arg(QDir::toNativeSeparators(result.outDir)).arg(result.claims.size()).arg(parts.join(QStringLiteral(", "))));
        m_lastBundle = result.outDir;
        m_openReport->setEnabled(true);
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled; nothing was written."));
    } else {
        m_status->setText(tr("Export failed: %1").arg(result.error));
    }
    emit exportFinished(result);
}

void showExportDialog(MainWindow *window)
{
    QString path = window->currentFile();
    const bool untitled = path.isEmpty();
    if (untitled || window->isWindowModified()) {
        const auto answer = QMessageBox::question(
            window, ExportDialog::tr("Export Bundle"),
            untitled ? ExportDialog::tr("The sketch has not been saved. A bundle holds the sketch as saved: save it now?")
                     : ExportDialog::tr("The sketch has unsaved changes. A bundle holds the sketch as saved: save them now?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save)
            return;
        if (untitled || path.startsWith(QLatin1Char(':'))) {
            path = QFileDialog::getSaveFileName(window, ExportDialog::tr("Save Sketch As"),
                                                QDir::home().filePath(untitled ? ExportDialog::tr("untitled.pds") : QFileInfo(path).fileName()),
                                                ExportDialog::tr("ProofDesk sketches (*.pds);;All files (*)"));
            if (path.isEmpty())
                return;
        }
        if (auto saved = window->saveTo(path); !saved) {
            QMessageBox::warning(window, ExportDialog::tr("Export Bundle"), saved.error());
            return;
        }
        path = window->currentFile();
    }
    auto *dialog = new ExportDialog(path, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace proofdesk::ui
