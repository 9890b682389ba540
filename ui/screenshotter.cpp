// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshotter.h"

#include "log/log.h"
#include "ui/documentanalyzer.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace proofdesk::ui {

namespace {
// Lets queued layout and paint events of the freshly filled panels run before the grab.
constexpr int SettleMs = 150;
} // namespace

Screenshotter::Screenshotter(MainWindow *window, QString path, QObject *parent)
    : QObject(parent), m_window(window), m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        log::get("ui")->warn("checking did not finish in time; taking the screenshot anyway");
        m_analysed = true;
        maybeCapture();
    });
    // The picture shows verdicts: wait for the engine to answer every step (capped by the
    // timeout), then put the cursor on the first failed step so its counterexample shows.
    connect(window, &MainWindow::checkingFinished, this, [this] {
        if (m_window)
            m_window->nextFailed();
        m_analysed = true;
        maybeCapture();
    });
}

void Screenshotter::start(int timeoutMs)
{
    // Nothing opened: nothing to wait for.
    m_analysed = m_analysed || (m_window && m_window->currentFile().isEmpty());
    m_timeout.start(timeoutMs);
    // The window is shown by the caller; check once the event loop runs.
    QTimer::singleShot(0, this, &Screenshotter::maybeCapture);
}

void Screenshotter::maybeCapture()
{
    if (m_done || !m_analysed)
        return;
    if (!m_window) {
        m_done = true;
        emit finished(false, m_path, tr("The window was closed before the screenshot."));
        return;
    }
    if (!m_window->isVisible()) {
        QTimer::singleShot(50, this, &Screenshotter::maybeCapture);
        return;
    }
    m_done = true;
    m_timeout.stop();
    QTimer::singleShot(SettleMs, this, &Screenshotter::capture);
}

void Screenshotter::capture()
{
    if (!m_window) {
        emit finished(false, m_path, tr("The window was closed before the screenshot."));
        return;
    }
    const QPixmap picture = m_window->grab();
    const QString absolute = QFileInfo(m_path).absoluteFilePath();
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    if (!picture.save(absolute, "PNG")) {
        emit finished(false, absolute,
                      tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(absolute)));
        return;
    }
    log::get("ui")->info("screenshot saved to {}", absolute.toStdString());
    emit finished(true, absolute, {});
}

} // namespace proofdesk::ui
