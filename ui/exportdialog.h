// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/bundle.h"

#include <QDialog>
#include <QThread>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace proofdesk::ui {

class MainWindow;

// File → Export: writes a bundle (docs/certificates.md) for one sketch (or an .smt2 or .cnf
// document) through exporting::BundleExporter, which lives in a thread of this dialog's own:
// reading and analysing the source, looking for z3, the engine and its result cache, the
// document checks, certificates and reports all run off the GUI thread, and this dialog
// only shows progress. Cancel stops the export, a running solver included (the partial
// directory is removed); at the end a button opens report.html.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &sourcePath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString sourcePath() const { return m_source; }
    void setOutputDirectory(const QString &dir);
    QString outputDirectory() const;
    bool exporting() const { return m_running; }
    // For the command line tool's options that the dialog does not show (tests: timeouts).
    exporting::BundleOptions &options() { return m_options; }

    // The widgets, for tests.
    QCheckBox *pdfBox() const { return m_pdf; }
    QCheckBox *certificatesBox() const { return m_certificates; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openReportButton() const { return m_openReport; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void startExport();
    void cancelExport();
    void reject() override; // Esc / Close while exporting cancels instead of closing

signals:
    void exportFinished(const proofdesk::exporting::BundleResult &result);

private:
    void onProgress(int done, int total, const QString &phase);
    void onFinished(const exporting::BundleResult &result);
    void chooseDirectory();

    QString m_source;
    exporting::BundleOptions m_options;
    // Lives in m_thread; called only through queued invocations, heard only by its signals.
    exporting::BundleExporter *m_exporter = nullptr;
    QThread m_thread;
    bool m_running = false;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_pdf = nullptr;
    QCheckBox *m_certificates = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openReport = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_lastBundle;
};

// The File → Export action: offers to save a modified or untitled sketch first (the bundle
// holds the file as saved), then opens the dialog (not modal; it deletes itself on close).
void showExportDialog(MainWindow *window);

} // namespace proofdesk::ui
