// SPDX-License-Identifier: GPL-3.0-or-later
// ui::TextLoader puts a large text into an editor in slices across event-loop iterations.
// Whatever the text (line ends LF, CR LF or CR; surrogate pairs; one very long line;
// paragraph separators) the editor ends up with exactly what one setPlainText gives, block
// for block, and the highlighter's formats are the same as after highlighting the whole
// text at once (block comments crossing slice boundaries included). During the load the
// editor is read-only and has no undo; afterwards it is editable, unmodified, with nothing
// to undo. Deleting the editor mid-load is safe.
// ui::Rehighlighter (a new theme or syntax definition on a large text) works the same way:
// in slices while the event loop runs, ending with the formats of one whole rehighlight,
// also with edits, a second theme change and a deleted editor in between. Offscreen.
#include "resources/resources.h"
#include "ui/appsettings.h"
#include "ui/codeeditor.h"
#include "ui/documentanalyzer.h"
#include "ui/documenttab.h"
#include "ui/rehighlighter.h"
#include "ui/textloader.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QPaintEvent>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <memory>

using proofdesk::ui::CodeEditor;
using proofdesk::ui::Rehighlighter;
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

// About 700 KB of sketch whose block comments span hundreds of lines: a block's highlighting
// depends on where the blocks before it left off.
QString commentedSketch()
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
    return text;
}

// The first block whose formats differ between two editors' documents, as "block N: text";
// empty when every block has the same formats. Also empty-handed when the block counts differ.
QString firstFormatDifference(const QTextDocument *a, const QTextDocument *b)
{
    if (a->blockCount() != b->blockCount())
        return QStringLiteral("%1 blocks against %2").arg(a->blockCount()).arg(b->blockCount());
    for (QTextBlock x = a->firstBlock(), y = b->firstBlock(); x.isValid(); x = x.next(), y = y.next()) {
        if (x.layout()->formats() != y.layout()->formats())
            return QStringLiteral("block %1: %2").arg(x.blockNumber()).arg(x.text());
    }
    return {};
}

QList<QList<QTextLayout::FormatRange>> formatsOf(const QTextDocument *document)
{
    QList<QList<QTextLayout::FormatRange>> formats;
    for (QTextBlock b = document->firstBlock(); b.isValid(); b = b.next())
        formats << b.layout()->formats();
    return formats;
}

// Blocks with at least one format: a comparison of formats is only worth something if
// the highlighter formatted the text.
int formattedBlocks(const QTextDocument *document)
{
    int n = 0;
    for (QTextBlock b = document->firstBlock(); b.isValid(); b = b.next())
        n += b.layout()->formats().isEmpty() ? 0 : 1;
    return n;
}

// A new application palette, and the event Qt sends about it to windows once the event loop
// runs (a test runs none): an editor hears of it as in the app.
void switchTheme(proofdesk::ui::Theme theme, const QList<QWidget *> &windows)
{
    proofdesk::ui::applyTheme(theme);
    for (QWidget *window : windows) {
        QEvent change(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &change);
    }
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
        const QString text = commentedSketch();
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

    // A new theme or definition on a large text is applied in slices, the event loop
    // running in between (a zero timer started with the pass fires before it ends), and
    // ends with the formats a one-shot rehighlight gives, and highlighting from scratch.
    void rehighlightInSlices_data()
    {
        QTest::addColumn<bool>("newTheme"); // else a new definition: .pds saved as .smt2
        QTest::newRow("dark theme") << true;
        QTest::newRow("definition .pds -> .smt2") << false;
    }

    void rehighlightInSlices()
    {
        QFETCH(bool, newTheme);
        proofdesk::ui::applyTheme(proofdesk::ui::Theme::Light);
        const QString text = commentedSketch();
        CodeEditor sliced(m_repository.get());
        sliced.setFileName(QStringLiteral("a.pds"));
        sliced.setPlainText(text);
        sliced.rehighlighter()->setSliceBudgetMs(1);
        CodeEditor oneShot(m_repository.get());
        oneShot.setFileName(QStringLiteral("a.pds"));
        oneShot.setPlainText(text);
        oneShot.rehighlighter()->setDirectLimit(text.size() + 1);
        const QString before = firstFormatDifference(sliced.document(), oneShot.document());
        QVERIFY2(before.isEmpty(), qPrintable(before));
        const auto formatsBefore = formatsOf(sliced.document()); // to show that the change changed them

        QSignalSpy finished(sliced.rehighlighter(), &Rehighlighter::finished);
        bool ranDuringThePass = false;
        QTimer::singleShot(0, this, [&] { ranDuringThePass = sliced.rehighlighter()->isRunning(); });
        if (newTheme) {
            switchTheme(proofdesk::ui::Theme::Dark, {&sliced, &oneShot});
        } else {
            sliced.setFileName(QStringLiteral("a.smt2"));
            oneShot.setFileName(QStringLiteral("a.smt2"));
        }
        QCOMPARE(oneShot.rehighlighter()->sliceCount(), 1);
        QVERIFY(sliced.rehighlighter()->isRunning()); // the first slice only
        QVERIFY(finished.wait(60000));
        QVERIFY(ranDuringThePass);
        QVERIFY2(sliced.rehighlighter()->sliceCount() > 5, qPrintable(QString::number(sliced.rehighlighter()->sliceCount())));
        QVERIFY(!sliced.rehighlighter()->isRunning());

        const QString sameAsOneShot = firstFormatDifference(sliced.document(), oneShot.document());
        QVERIFY2(sameAsOneShot.isEmpty(), qPrintable(sameAsOneShot));
        CodeEditor fresh(m_repository.get());
        fresh.setFileName(newTheme ? QStringLiteral("a.pds") : QStringLiteral("a.smt2"));
        fresh.setPlainText(text);
        const QString sameAsFresh = firstFormatDifference(sliced.document(), fresh.document());
        QVERIFY2(sameAsFresh.isEmpty(), qPrintable(sameAsFresh));
        QVERIFY(formatsOf(sliced.document()) != formatsBefore);
        QVERIFY(formattedBlocks(sliced.document()) > sliced.blockCount() / 2);
        QVERIFY(!sliced.document()->isModified());
        QVERIFY(!sliced.document()->isUndoAvailable());
        if (newTheme)
            proofdesk::ui::applyTheme(proofdesk::ui::Theme::Light);
    }

    // Edits before and after the place the pass has reached, an edit that opens a block
    // comment, then a second theme change (back to light) and a new definition, all while a
    // pass runs: the text ends formatted as highlighting it from scratch formats it.
    void editsAndRestartsDuringRehighlight()
    {
        proofdesk::ui::applyTheme(proofdesk::ui::Theme::Light);
        CodeEditor sliced(m_repository.get());
        sliced.setFileName(QStringLiteral("a.pds"));
        sliced.setPlainText(commentedSketch());
        sliced.rehighlighter()->setSliceBudgetMs(1);
        QSignalSpy finished(sliced.rehighlighter(), &Rehighlighter::finished);
        const auto insertAt = [&](int blockNumber, const QString &what) {
            QTextCursor cursor(sliced.document()->findBlockByNumber(blockNumber));
            cursor.insertText(what);
        };
        switchTheme(proofdesk::ui::Theme::Dark, {&sliced});
        QVERIFY(sliced.rehighlighter()->isRunning());
        insertAt(2, QStringLiteral("lemma typed_before show 2 = 2 -- c\n"));
        insertAt(sliced.blockCount() - 10, QStringLiteral("lemma typed_after show 3 = 3 \"s\"\n"));
        QTest::qWait(5); // some slices
        insertAt(sliced.blockCount() / 3, QStringLiteral("/- opened in the middle\n"));
        QTest::qWait(5);
        switchTheme(proofdesk::ui::Theme::Light, {&sliced}); // starts over
        QVERIFY(sliced.rehighlighter()->isRunning());
        QTest::qWait(5);
        sliced.setFileName(QStringLiteral("a.smt2"));
        insertAt(1, QStringLiteral("(assert true)\n"));
        QVERIFY(finished.wait(60000));
        QVERIFY(!sliced.rehighlighter()->isRunning());

        CodeEditor fresh(m_repository.get());
        fresh.setFileName(QStringLiteral("a.smt2"));
        fresh.setPlainText(sliced.toPlainText());
        // The highlighter carries an edit's changed state on by itself, a block per event-loop
        // iteration: the formats agree once that has run its course.
        QTRY_VERIFY2_WITH_TIMEOUT(firstFormatDifference(sliced.document(), fresh.document()).isEmpty(),
                                  qPrintable(firstFormatDifference(sliced.document(), fresh.document())), 60000);
        QVERIFY(formattedBlocks(sliced.document()) > sliced.blockCount() / 2);
    }

    // Deleting the editor in the middle of a pass is safe; a document emptied for a new
    // text ends the pass (the new text is highlighted as it goes in).
    void deleteOrClearMidRehighlight()
    {
        proofdesk::ui::applyTheme(proofdesk::ui::Theme::Light);
        {
            auto editor = std::make_unique<CodeEditor>(m_repository.get());
            editor->setFileName(QStringLiteral("a.pds"));
            editor->setPlainText(commentedSketch());
            editor->rehighlighter()->setSliceBudgetMs(1);
            editor->setFileName(QStringLiteral("a.smt2"));
            QVERIFY(editor->rehighlighter()->isRunning());
            QTest::qWait(5);
            editor.reset();
            QTest::qWait(20); // no slice runs for the deleted editor
        }
        CodeEditor editor(m_repository.get());
        editor.setFileName(QStringLiteral("a.pds"));
        editor.setPlainText(commentedSketch());
        editor.rehighlighter()->setSliceBudgetMs(1);
        editor.setFileName(QStringLiteral("a.smt2"));
        QVERIFY(editor.rehighlighter()->isRunning());
        editor.clear();
        QVERIFY(!editor.rehighlighter()->isRunning());
        editor.setPlainText(QStringLiteral("(assert (> x 0))\n"));
        CodeEditor fresh(m_repository.get());
        fresh.setFileName(QStringLiteral("a.smt2"));
        fresh.setPlainText(editor.toPlainText());
        QVERIFY(firstFormatDifference(editor.document(), fresh.document()).isEmpty());
        QVERIFY(formattedBlocks(editor.document()) == 1);
    }

    // A keystroke repaints its own line, not the whole view, although the highlighter
    // re-formats the line (ui/codeeditor.cpp: LineLocalLayout); an edit that changes how the
    // lines below are highlighted (opening a block comment) still repaints them. Either way
    // the formats are those of a fresh editor with the same text.
    // A sketch tab keeps the editor's text in step with each change instead of taking it
    // whole at each keystroke: after every kind of edit, in any order, what goes to the
    // analyzer is exactly the editor's plain text; highlighting alone changes nothing.
    void documentTextFollowsEveryEdit()
    {
        proofdesk::engine::EngineOptions options;
        options.useCache = false;
        proofdesk::ui::DocumentTab tab(m_repository.get(), options, 1);
        tab.analyzer()->setDebounceInterval(1'000'000); // no analysis, no solver: text only
        tab.resize(700, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QPlainTextEdit *editor = tab.editor();
        tab.load({}, QStringLiteral("lemma a(x: Int):\n  assume h: x > 0 -- note\n  show x >= 0\n"));
        QVERIFY(!tab.isModified());
        QCoreApplication::processEvents(); // the highlighter's first pass is no edit
        QVERIFY(!tab.isModified());
        const QStringList pieces{QStringLiteral("x"), QStringLiteral(" + 1"), QStringLiteral("\n"),
                                 QStringLiteral("lemma b:\n  show 1 = 1\n"), QStringLiteral("{- block\ncomment -}"),
                                 QStringLiteral("\t"), QString(QChar(QChar::Nbsp)), QStringLiteral("∀ε"),
                                 QStringLiteral("\U0001D53C"), QStringLiteral("\r\n"), QString(QChar(QChar::LineSeparator))};
        const quint32 seed = 20261124;
        QRandomGenerator random(seed);
        const auto position = [&] { return int(random.bounded(editor->document()->characterCount())); };
        int edits = 0;
        for (int step = 0; step < 600; ++step) {
            QTextCursor cursor(editor->document());
            const int kind = int(random.bounded(9));
            switch (kind) {
            case 0: case 1: // insert
                cursor.setPosition(position());
                cursor.insertText(pieces.at(int(random.bounded(pieces.size()))));
                break;
            case 2: case 3: { // remove or replace a range, sometimes by text of the same length
                const int a = position(), b = position();
                cursor.setPosition(std::min(a, b));
                cursor.setPosition(std::max(a, b), QTextCursor::KeepAnchor);
                const QString old = cursor.selectedText();
                if (kind == 2)
                    cursor.removeSelectedText();
                else
                    cursor.insertText(QString(old.size(), QLatin1Char('y')));
                break;
            }
            case 4: { // typed: a key at the cursor
                QTextCursor at = editor->textCursor();
                at.setPosition(position());
                editor->setTextCursor(at);
                const Qt::Key keys[] = {Qt::Key_A, Qt::Key_Return, Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Space};
                QTest::keyClick(editor, keys[random.bounded(5)]);
                break;
            }
            case 5:
                editor->undo();
                break;
            case 6:
                editor->redo();
                break;
            case 7: // the highlighter and everything queued run
                QCoreApplication::processEvents();
                break;
            case 8:
                if (random.bounded(20) == 0)
                    editor->setPlainText(QStringLiteral("lemma c:\n  show 2 = 2\n"));
                break;
            }
            ++edits;
            const QString expected = editor->toPlainText();
            if (tab.analyzer()->text() != expected)
                QFAIL(qPrintable(QStringLiteral("seed %1, step %2 (kind %3): analyzer has %4 characters, editor %5")
                                     .arg(seed).arg(step).arg(kind).arg(tab.analyzer()->text().size()).arg(expected.size())));
        }
        QCOMPARE(edits, 600);
        QCOMPARE(tab.textResyncs(), 0); // kept in step by the changes, never taken whole again
        QVERIFY(tab.isModified());
    }

    void keystrokeRepaintsItsLineOnly()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("lemma l%1(x: Int):\n  assume h: x > %1 -- note\n  show x >= 0\n").arg(i);
        CodeEditor editor(m_repository.get());
        editor.setFileName(QStringLiteral("a.pds"));
        editor.setPlainText(text);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.goTo(20, 3);
        QTest::qWait(50);

        struct PaintedRegion : QObject {
            QRegion region;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    region += static_cast<QPaintEvent *>(event)->region();
                return false;
            }
        } painted;
        editor.viewport()->installEventFilter(&painted);
        const int lineHeight = editor.fontMetrics().height();
        auto sameFormatsAsFresh = [&] {
            CodeEditor fresh(m_repository.get());
            fresh.setFileName(QStringLiteral("a.pds"));
            fresh.setPlainText(editor.toPlainText());
            return firstFormatDifference(editor.document(), fresh.document());
        };

        for (const auto key : {Qt::Key_Space, Qt::Key_X, Qt::Key_Backspace}) {
            painted.region = {};
            QTest::keyClick(&editor, key);
            QTRY_VERIFY(!painted.region.isEmpty());
            QTest::qWait(20);
            QVERIFY2(painted.region.boundingRect().height() <= 2 * lineHeight,
                     qPrintable(QStringLiteral("key %1 repainted %2 px of a %3 px line")
                                    .arg(key)
                                    .arg(painted.region.boundingRect().height())
                                    .arg(lineHeight)));
        }
        QCOMPARE(sameFormatsAsFresh(), QString());

        // Opening a block comment turns the lines below into comment: they are repainted.
        painted.region = {};
        QTest::keyClicks(&editor, QStringLiteral("/-"));
        QTRY_VERIFY(painted.region.boundingRect().height() > 10 * lineHeight);
        // The highlighter may finish the lines below on later turns of the event loop.
        QTRY_COMPARE(sameFormatsAsFresh(), QString());
        editor.viewport()->removeEventFilter(&painted);
    }

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

QTEST_MAIN(tst_TextLoader)
#include "tst_textloader.moc"
