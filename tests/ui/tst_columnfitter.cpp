// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnFitter: columns sized to their contents after a burst of changes, measured once per
// burst instead of once per change, never shrinking under the reader's eyes, and leaving a
// width the user chose alone.
#include "ui/columnfitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

using proofdesk::ui::ColumnFitter;

namespace {

// Counts how often the view measures a cell.
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

enum { NameColumn, StatusColumn, ColumnCount };

struct Fixture {
    QStandardItemModel model{0, ColumnCount};
    QTreeView view;
    CountingDelegate *delegate = new CountingDelegate(&view);

    explicit Fixture(int rows)
    {
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("S")});
        for (int r = 0; r < rows; ++r)
            model.appendRow({new QStandardItem(QStringLiteral("row %1").arg(r)), new QStandardItem(QStringLiteral("ok"))});
        view.setModel(&model);
        view.setItemDelegate(delegate);
        view.setUniformRowHeights(true);
        view.header()->setStretchLastSection(false);
        view.header()->setResizeContentsPrecision(0);
        view.resize(400, 300);
        view.show();
    }
    int width(int column) const { return view.header()->sectionSize(column); }
    int textWidth(const QString &text) const { return view.fontMetrics().horizontalAdvance(text); }
    // A burst of changes as verdicts make: every row's status, one row at a time.
    void burst(const QString &status)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            model.item(r, StatusColumn)->setText(status);
    }
};

} // namespace

class tst_ColumnFitter : public QObject
{
    Q_OBJECT

private slots:
    void fitsTheContentsAfterChanges();
    void measuresOncePerBurst();
    void growsButDoesNotShrinkUntilReset();
    void keepsTheWidthTheUserChose();
};

void tst_ColumnFitter::fitsTheContentsAfterChanges()
{
    Fixture f(5);
    auto *fitter = new ColumnFitter(&f.view, {StatusColumn}, 20);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QTRY_VERIFY(!fitter->pending());
    const QString longer = QStringLiteral("proved, but depends on a failed lemma");
    QVERIFY(f.width(StatusColumn) < f.textWidth(longer));
    f.model.item(2, StatusColumn)->setText(longer);
    QVERIFY(fitter->pending());
    QTRY_VERIFY(!fitter->pending());
    QVERIFY2(f.width(StatusColumn) >= f.textWidth(longer),
             qPrintable(QStringLiteral("%1 < %2").arg(f.width(StatusColumn)).arg(f.textWidth(longer))));
}

// Side by side: the same burst of 200 changes against Qt's ResizeToContents, which measures
// the rows in view at each change, and against the fitter, which measures them once.
void tst_ColumnFitter::measuresOncePerBurst()
{
    Fixture qt(200);
    qt.view.header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    Fixture fitted(200);
    auto *fitter = new ColumnFitter(&fitted.view, {StatusColumn}, 20);
    QVERIFY(QTest::qWaitForWindowExposed(&qt.view));
    QVERIFY(QTest::qWaitForWindowExposed(&fitted.view));
    QTRY_VERIFY(!fitter->pending());
    QCoreApplication::processEvents();
    qt.delegate->measured = 0;
    fitted.delegate->measured = 0;
    qt.burst(QStringLiteral("failed"));
    fitted.burst(QStringLiteral("failed"));
    QTRY_VERIFY(!fitter->pending());
    QCoreApplication::processEvents();
    QVERIFY(fitted.delegate->measured > 0); // it did measure
    QVERIFY2(fitted.delegate->measured * 10 < qt.delegate->measured,
             qPrintable(QStringLiteral("fitter %1, ResizeToContents %2").arg(fitted.delegate->measured).arg(qt.delegate->measured)));
    QCOMPARE(fitted.width(StatusColumn), qt.width(StatusColumn)); // and came to the same width
}

void tst_ColumnFitter::growsButDoesNotShrinkUntilReset()
{
    Fixture f(5);
    ColumnFitter fitter(&f.view, {StatusColumn}, 10'000); // fitted by hand below
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    fitter.fitNow();
    const int narrow = f.width(StatusColumn);
    f.model.item(0, StatusColumn)->setText(QStringLiteral("a much longer status than ok"));
    fitter.fitNow();
    const int wide = f.width(StatusColumn);
    QVERIFY(wide > narrow);
    f.model.item(0, StatusColumn)->setText(QStringLiteral("ok"));
    fitter.fitNow();
    QCOMPARE(f.width(StatusColumn), wide); // no jump back while the rows stay
    // New rows altogether (another document): the column fits them, narrower.
    f.model.removeRows(0, f.model.rowCount());
    f.model.clear();
    f.model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("S")});
    f.model.appendRow({new QStandardItem(QStringLiteral("x")), new QStandardItem(QStringLiteral("ok"))});
    fitter.fitNow();
    QCOMPARE(f.width(StatusColumn), narrow);
}

void tst_ColumnFitter::keepsTheWidthTheUserChose()
{
    Fixture f(5);
    ColumnFitter fitter(&f.view, {StatusColumn}, 10'000);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    fitter.fitNow();
    QCOMPARE(f.view.header()->sectionResizeMode(StatusColumn), QHeaderView::Interactive);
    f.view.header()->resizeSection(StatusColumn, 47); // as a drag of the header's edge does
    f.model.item(1, StatusColumn)->setText(QStringLiteral("a much longer status than ok"));
    fitter.fitNow();
    QCOMPARE(f.width(StatusColumn), 47);
}

QTEST_MAIN(tst_ColumnFitter)
#include "tst_columnfitter.moc"
