// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening the structure graph from the editor: View → Structure Graph draws the document
// (a .cnf as its VIG, a .pds as its dependency DAG coloured by the session's standings, an
// .smt2 as its SMT VIG); View → Structure Graph at Cursor draws the SMT VIG of the step's
// obligation under the cursor, or the dependencies of the lemma there. Clicking a node moves
// the editor's cursor to its line. MainWindow only calls addStructureGraphActions().

#include <QWidget>

class QMenu;

namespace proofdesk::ui {

class GraphPanel;
class MainWindow;

// A top-level window (child of the main window, one per main window) holding a GraphPanel.
class GraphWindow : public QWidget
{
    Q_OBJECT
public:
    explicit GraphWindow(MainWindow *window);
    GraphPanel *panel() const { return m_panel; }

    // The document as a whole, or the step or lemma at the editor's cursor.
    void showDocument();
    void showAtCursor();
    // The proof cvc5 finds for the step at the cursor (or the .smt2 document), as a DAG of
    // rules and conclusions (graph/proofdag.h); the solver runs in a separate worker process.
    void showProofAtCursor();
    // The user's setting: more nodes in view than this are drawn as a density picture.
    void setMaxNodesWithoutLod(int nodes);

private:
    void jump(const QString &file, int line);

    MainWindow *m_window;
    GraphPanel *m_panel;
};

// Adds the three actions to `viewMenu`.
void addStructureGraphActions(MainWindow *window, QMenu *viewMenu);
// The main window's graph window, made on first use.
GraphWindow *structureGraphWindow(MainWindow *window);
// The graph window if it was made, else null.
GraphWindow *existingStructureGraphWindow(MainWindow *window);

} // namespace proofdesk::ui
