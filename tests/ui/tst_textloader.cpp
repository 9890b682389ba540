// SPDX-License-Identifier: GPL-3.0-or-later
// ui::TextLoader puts a large text into an editor in slices across event-loop iterations.
// Whatever the text (line ends LF, CR LF or CR; surrogate pairs; one very long line;
// paragraph separators) the editor ends up with exactly what one setPlainText gives, block
// for block, and the highlighter's formats are the same as after highlighting the whole
// text at once (block comments crossing slice boundaries included). During the load the
// editor is read-only and has no undo; afterwards it is editable, unmodified, with nothing
// to undo. Deleting the editor mid-load is safe. Offscreen.
#include "resources/resources.h"
#include "ui/codeeditor.h"
#include "ui/textloader.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using proofdesk::ui::TextLoader;

namespace {

// About `units` of text made of `line` repeated, numbered so that no two lines are equal.
QString repeated(const QString &line, qsizetype units)
{
    QString text;
    for (int i = 0; text.size() < units; ++i)
        text += line.arg(i);
    return text;
}

// Loads `text` with the loader and waits until it is in.
bool loadAndWait(TextLoader *loader, const QString &text)
{
    QSignalSpy finished(loader, &TextLoader::finished);
    loader->load(text);
    return finished.count() == 1 || finished.wait(60000);
}

} // namespace

class tst_TextLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        proofdesk::initResources();
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        m_repository->addCustomSearchPath(proofdesk::syntaxSearchPath());
    }

    void sliceEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<int>("end");
        QTest::newRow("rest fits") << QStringLiteral("ab\ncd") << 0 << 10 << 5;
        QTest::newRow("after the last line end in the slice") << QStringLiteral("ab\ncd\nef\ngh") << 0 << 7 << 6;
        QTest::newRow("from the middle") << QStringLiteral("ab\ncd\nef\ngh") << 3 << 5 << 6;
        QTest::newRow("long line: the next line end") << QStringLiteral("abcdef\ngh") << 0 << 4 << 7;
        QTest::newRow("longer line: cut inside") << QStringLiteral("abcdefghijkl\nm") << 0 << 4 << 4;
        QTest::newRow("CR LF kept together") << QStringLiteral("abc\r\ndefghijklmn") << 0 << 4 << 5;
        QTest::newRow("surrogate pair kept together")
            << (QStringLiteral("abc") + QString::fromUcs4(U"\U0001D538") + QStringLiteral("defghijklmn")) << 0 << 4 << 5;
        QTest::newRow("CR alone is not a place to stop") << QStringLiteral("ab\rcdefghijklmn") << 0 << 3 << 3;
    }

    void sliceEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, wanted);
        QFETCH(int, end);
        QCOMPARE(TextLoader::sliceEnd(text, from, wanted), qsizetype(end));
    }

    // The editor holds what one setPlainText would give, and the load took several slices.
    void sameTextAsSetPlainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF") << repeated(QStringLiteral("lemma l%1(x: Int):\n  show x ≥ x\n"), 300 * 1024);
        QTest::newRow("CR LF") << repeated(QStringLiteral("(assert (> x%1 0))\r\n"), 300 * 1024);
        QTest::newRow("CR") << repeated(QStringLiteral("c clause %1\r1 -2 0\r"), 300 * 1024);
        QTest::newRow("surrogate pairs") << repeated(QStringLiteral("-- 𝔸𝔹ℂ %1 𝕏\n"), 300 * 1024);
        QTest::newRow("one long line") << repeated(QStringLiteral("%1 𝔸 "), 300 * 1024);
        QTest::newRow("paragraph separators") << repeated(QStringLiteral("a%1") + QChar(QChar::ParagraphSeparator), 300 * 1024);
        QTest::newRow("no final line end") << repeated(QStringLiteral("x%1\n"), 300 * 1024) + QStringLiteral("last");
        QTest::newRow("small: direct") << QStringLiteral("const n: Int\n");
        QTest::newRow("empty") << QString();
    }

    void sameTextAsSetPlainText()
    {
        QFETCH(QString, text);
        QPlainTextEdit reference;
        reference.setPlainText(text);

        QPlainTextEdit editor; // not shown: a long line needs no wrapping here
        auto *loader = new TextLoader(&editor);
        loader->setSliceBudgetMs(1); // as many slices as the bounds allow
        QVERIFY(loadAndWait(loader, text));
        QCOMPARE(editor.blockCount(), reference.blockCount());
        QVERIFY(editor.toPlainText() == reference.toPlainText());
        // The scroll bar knows every line, also those of slices whose signals were held back.
        QCOMPARE(editor.verticalScrollBar()->maximum(), reference.verticalScrollBar()->maximum());
        if (text.size() > loader->directLimit())
            QVERIFY2(loader->sliceCount() > 2, qPrintable(QString::number(loader->sliceCount())));
        else
            QCOMPARE(loader->sliceCount(), 1);
        QVERIFY(!editor.isReadOnly());
        QVERIFY(!editor.document()->isModified());
        QVERIFY(!editor.document()->isUndoAvailable());
        QVERIFY(editor.document()->isUndoRedoEnabled());
        QCOMPARE(editor.textCursor().position(), 0);
        QVERIFY(loader->text().isEmpty()); // the editor holds it now
    }

    // While the load runs: read-only, no undo, text() the whole text; typing is refused.
    void readOnlyWithoutUndoWhileLoading()
    {
        const QString text = repeated(QStringLiteral("-- line %1 of a long sketch\n"), 2 * 1024 * 1024);
        QPlainTextEdit editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *loader = new TextLoader(&editor);
        QSignalSpy progressed(loader, &TextLoader::progressed);
        QSignalSpy finished(loader, &TextLoader::finished);
        loader->load(text);
        QVERIFY(loader->isLoading());
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.document()->isUndoRedoEnabled());
        QVERIFY(loader->text() == text);
        QVERIFY(editor.document()->characterCount() - 1 < text.size());
        QTest::keyClicks(&editor, QStringLiteral("typed"));
        QVERIFY(finished.wait(60000));
        QVERIFY(editor.toPlainText() == text);
        QVERIFY(progressed.count() > 2);
        // Progress only grows, and ends at the whole.
        qsizetype last = 0;
        for (const auto &args : progressed) {
            QVERIFY(args.at(0).value<qsizetype>() >= last);
            last = args.at(0).value<qsizetype>();
        }
        QCOMPARE(last, text.size());
        QVERIFY(!editor.isReadOnly());
        // Editable again, and undo works for the user's own edits.
        QTest::keyClicks(&editor, QStringLiteral("x"));
        QVERIFY(editor.document()->isUndoAvailable());
        editor.undo();
        QVERIFY(editor.toPlainText() == text);
    }

    // A read-only editor (an SMT-LIB tab) stays read-only and keeps its interaction flags.
    void readOnlyEditorStaysReadOnly()
    {
        QPlainTextEdit editor;
        editor.setReadOnly(true);
        const auto flags = Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse;
        editor.setTextInteractionFlags(flags);
        auto *loader = new TextLoader(&editor);
        QVERIFY(loadAndWait(loader, repeated(QStringLiteral("(assert (> x%1 0))\n"), 600 * 1024)));
        QVERIFY(editor.isReadOnly());
        QCOMPARE(editor.textInteractionFlags(), flags);
    }

    // Sliced highlighting gives the same formats as highlighting the whole text: the
    // highlighter follows the slices in block order, so a block comment opened in one slice
    // and closed in another is a comment all the way.
    void highlightingMatchesWholeText()
    {
        QString text;
        for (int i = 0; text.size() < 700 * 1024; ++i) {
            text += QStringLiteral("lemma l%1(x: Int):\n  assume h: x > %1 -- note\n  show x ≥ 0 \"s\"\n").arg(i);
            if (i % 97 == 0) {
                text += QStringLiteral("/- a block comment\n");
                for (int j = 0; j < 400; ++j)
                    text += QStringLiteral("   lemma inside_%1 show 1 = 1\n").arg(j);
                text += QStringLiteral("-/\n");
            }
        }
        proofdesk::ui::CodeEditor whole(m_repository.get());
        whole.setFileName(QStringLiteral("a.pds"));
        whole.setPlainText(text);
        proofdesk::ui::CodeEditor sliced(m_repository.get());
        sliced.setFileName(QStringLiteral("a.pds"));
        sliced.show();
        auto *loader = new TextLoader(&sliced);
        loader->setSliceBudgetMs(2);
        QVERIFY(loadAndWait(loader, text));
        QVERIFY(loader->sliceCount() > 5);
        QCOMPARE(sliced.blockCount(), whole.blockCount());
        int formatted = 0;
        QTextBlock a = whole.document()->firstBlock();
        QTextBlock b = sliced.document()->firstBlock();
        for (; a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
            const auto fa = a.layout()->formats();
            const auto fb = b.layout()->formats();
            QVERIFY2(fa == fb, qPrintable(QStringLiteral("block %1: %2").arg(a.blockNumber()).arg(a.text())));
            QCOMPARE(a.userState(), b.userState());
            formatted += fa.isEmpty() ? 0 : 1;
        }
        // The comparison is only worth something if the highlighter formatted the text.
        QVERIFY(formatted > whole.blockCount() / 2);
    }

    // Deleting the editor (and with it the loader and its timer) mid-load, or starting a
    // new load over a running one, is safe; the new text wins.
    void deleteOrReplaceMidLoad()
    {
        const QString first = repeated(QStringLiteral("first %1\n"), 3 * 1024 * 1024);
        const QString second = repeated(QStringLiteral("second %1\n"), 600 * 1024);
        {
            auto editor = std::make_unique<QPlainTextEdit>();
            auto *loader = new TextLoader(editor.get());
            const QPointer<TextLoader> alive(loader);
            loader->load(first);
            QTest::qWait(30);
            QVERIFY(loader->isLoading());
            editor.reset();
            QVERIFY(!alive);
            QTest::qWait(30); // no slice runs for the deleted editor
        }
        QPlainTextEdit editor;
        auto *loader = new TextLoader(&editor);
        QSignalSpy finished(loader, &TextLoader::finished);
        loader->load(first);
        QTest::qWait(30);
        QVERIFY(loader->isLoading());
        loader->load(second);
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(editor.toPlainText() == second);
        QVERIFY(!editor.isReadOnly());
        QVERIFY(!editor.document()->isUndoAvailable());
    }

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

QTEST_MAIN(tst_TextLoader)
#include "tst_textloader.moc"
