// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysisresult.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace proofdesk::ui {

namespace {

// One thread, made on first use and owned by the application: it waits for what it still
// frees when the application goes.
QThreadPool *releasePool(QCoreApplication *app)
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(app);
        pool->setMaxThreadCount(1);
        pool->setObjectName(QStringLiteral("module release"));
    }
    return pool;
}

} // namespace

std::shared_ptr<const lang::Module> releasedOffGuiThread(std::shared_ptr<const lang::Module> module)
{
    if (!module)
        return module;
    const lang::Module *raw = module.get();
    // The returned pointer's deleter holds the only other reference: when the last copy of
    // the returned pointer goes, the deleter passes that reference on to the release thread.
    return {raw, [owner = std::move(module)](const lang::Module *) mutable {
                QCoreApplication *app = QCoreApplication::instance();
                if (!app || QThread::currentThread() != app->thread()) {
                    owner.reset();
                    return;
                }
                releasePool(app)->start([last = std::move(owner)]() mutable {
                    last.reset();
#if defined(__GLIBC__)
                    // As after each analysis (documentanalyzer.cpp): give the freed pages back
                    // instead of keeping them in this thread's arena.
                    ::malloc_trim(0);
#endif
                });
            }};
}

} // namespace proofdesk::ui
