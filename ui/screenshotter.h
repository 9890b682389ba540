// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace proofdesk::ui {

class MainWindow;

// Saves a picture of the main window once it is visible and the engine has checked the
// document (the `--screenshot` mode used by `./dev run` and CI without a display).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 60'000;

    Screenshotter(MainWindow *window, QString path, QObject *parent = nullptr);

    // Starts waiting; after `timeoutMs` without a result the window is taken as it is.
    void start(int timeoutMs = DefaultTimeoutMs);

signals:
    // `ok`: the PNG was written to `path`; otherwise `message` says why not.
    void finished(bool ok, const QString &path, const QString &message);

private:
    void maybeCapture();
    void capture();

    QPointer<MainWindow> m_window;
    QString m_path;
    bool m_analysed = false;
    bool m_done = false;
    QTimer m_timeout;
};

} // namespace proofdesk::ui
