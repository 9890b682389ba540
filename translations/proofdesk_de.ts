<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>memory limit %1 exceeded</source>
        <translation>Speicherlimit %1 überschritten</translation>
    </message>
    <message>
        <source>solver crashed (signal %1)</source>
        <translation>Solver abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>solver exited unexpectedly (exit code %1)</source>
        <translation>Solver unerwartet beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProofDesk: sketch lemmas, check every step with SMT solvers.</source>
        <translation>ProofDesk: Lemmata skizzieren, jeden Schritt mit SMT-Solvern prüfen.</translation>
    </message>
    <message>
        <source>The sketches to open, each in a tab.</source>
        <translation>Die zu öffnenden Skizzen, jede in einem Tab.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the file is analysed, print its path and quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald die Datei analysiert ist, den Pfad ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Use the light or the dark theme in this run only (light, dark).</source>
        <translation>Das helle oder das dunkle Farbschema nur in diesem Lauf verwenden (light, dark).</translation>
    </message>
    <message>
        <source>Unknown theme %1: light or dark.</source>
        <translation>Unbekanntes Farbschema %1: light oder dark.</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli</name>
    <message>
        <source>ProofDesk on the command line: analyse sketches and print their proof obligations.</source>
        <translation>ProofDesk auf der Befehlszeile: Skizzen analysieren und ihre Beweisverpflichtungen ausgeben.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>obligations: print JSON instead of text.</source>
        <translation>obligations: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>obligations FILE: print the proof obligations of FILE.</source>
        <translation>obligations DATEI: die Beweisverpflichtungen von DATEI ausgeben.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>obligations takes exactly one FILE</source>
        <translation>obligations erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <source>lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>smt:</source>
        <translation>smt:</translation>
    </message>
    <message>
        <source>%1 obligations: %2 to solve, %3 admitted, %4 with errors</source>
        <translation>%1 Verpflichtungen: %2 zu lösen, %3 zugelassen, %4 mit Fehlern</translation>
    </message>
    <message>
        <source>Check every proof obligation of the given sketches.</source>
        <translation>Jede Beweisverpflichtung der angegebenen Skizzen prüfen.</translation>
    </message>
    <message>
        <source>Output: text, json, sarif or junit.</source>
        <translation>Ausgabe: text, json, sarif oder junit.</translation>
    </message>
    <message>
        <source>Solver processes at once (default: one per core).</source>
        <translation>Solver-Prozesse gleichzeitig (Vorgabe: einer je Kern).</translation>
    </message>
    <message>
        <source>Time limit per strategy in seconds (default 10).</source>
        <translation>Zeitlimit je Strategie in Sekunden (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Neither read nor write the result cache.</source>
        <translation>Den Ergebnis-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>Result cache file (shared by several users or a CI job).</source>
        <translation>Datei des Ergebnis-Caches (von mehreren Benutzern oder einem CI-Job geteilt).</translation>
    </message>
    <message>
        <source>The proofdesk-worker executable to use.</source>
        <translation>Das zu verwendende proofdesk-worker-Programm.</translation>
    </message>
    <message>
        <source>Ask a solver of another family to confirm every proof (z3 after cvc5).</source>
        <translation>Jeden Beweis von einem Solver einer anderen Familie bestätigen lassen (z3 nach cvc5).</translation>
    </message>
    <message>
        <source>Memory limit per solver process in MiB (default 4096).</source>
        <translation>Speicherlimit je Solver-Prozess in MiB (Vorgabe 4096).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text, json, sarif, junit)</source>
        <translation>unbekanntes Format „%1“ (text, json, sarif, junit)</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>keine DATEI angegeben</translation>
    </message>
    <message>
        <source>--jobs takes a positive number</source>
        <translation>--jobs erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>--memory takes a number of MiB from 64 to 1048576</source>
        <translation>--memory erwartet eine Zahl von MiB zwischen 64 und 1048576</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>warning: the result cache is not used: %1</source>
        <translation>Warnung: der Ergebnis-Cache wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to check.</source>
        <translation>Zu prüfende Dateien: Skizzen (.pds), SMT-LIB (.smt2) oder DIMACS (.cnf).</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be checked</source>
        <translation>%1: geprüft werden können nur Skizzen (.pds), SMT-LIB-Dateien (.smt2) und DIMACS-Dateien (.cnf)</translation>
    </message>
    <message>
        <source>Check sketches and write a bundle that others can re-check.</source>
        <translation>Skizzen prüfen und ein Bündel schreiben, das andere nachprüfen können.</translation>
    </message>
    <message>
        <source>The bundle directory to create.</source>
        <translation>Das anzulegende Bündelverzeichnis.</translation>
    </message>
    <message>
        <source>Result cache file.</source>
        <translation>Datei des Ergebnis-Caches.</translation>
    </message>
    <message>
        <source>Do not write report.pdf.</source>
        <translation>report.pdf nicht schreiben.</translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to export.</source>
        <translation>Zu exportierende Dateien: Skizzen (.pds), SMT-LIB (.smt2) oder DIMACS (.cnf).</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli export FILE... --out DIR</source>
        <translation>Aufruf: proofdesk-cli export FILE... --out DIR</translation>
    </message>
    <message>
        <source>report.pdf needs a GUI application object; use --no-pdf</source>
        <translation>report.pdf braucht ein GUI-Anwendungsobjekt; verwenden Sie --no-pdf</translation>
    </message>
    <message>
        <source>wrote %1: %2 claims</source>
        <translation>%1 geschrieben: %2 Behauptungen</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Re-check a bundle from its files alone.</source>
        <translation>Ein Bündel allein anhand seiner Dateien nachprüfen.</translation>
    </message>
    <message>
        <source>Time limit per check in seconds (default 30).</source>
        <translation>Zeitlimit je Prüfung in Sekunden (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Claims checked at once (default: one per core).</source>
        <translation>Gleichzeitig geprüfte Behauptungen (Vorgabe: eine je Kern).</translation>
    </message>
    <message>
        <source>The bundle directory.</source>
        <translation>Das Bündelverzeichnis.</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli verify DIR</source>
        <translation>Aufruf: proofdesk-cli verify DIR</translation>
    </message>
    <message>
        <source>%1 of %2 claims confirmed, %3 bundle problems: %4</source>
        <translation>%1 von %2 Behauptungen bestätigt, %3 Probleme im Bündel: %4</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT verifiziert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 obligations; choose one with --obligation (%3)</source>
        <translation>%1 hat %2 Verpflichtungen; wählen Sie eine mit --obligation (%3)</translation>
    </message>
    <message>
        <source>%1 has no obligation to prove</source>
        <translation>%1 hat keine zu beweisende Verpflichtung</translation>
    </message>
    <message>
        <source>%1: no obligation &apos;%2&apos;</source>
        <translation>%1: keine Verpflichtung „%2“</translation>
    </message>
    <message>
        <source>%1: --kind proof is for sketches and SMT-LIB files (a CNF&apos;s proof is DRAT)</source>
        <translation>%1: --kind proof gilt für Skizzen und SMT-LIB-Dateien (der Beweis einer CNF ist DRAT)</translation>
    </message>
    <message>
        <source>%1: the worker&apos;s proof dump is malformed at line %2: %3</source>
        <translation>%1: die Beweisausgabe des Solver-Workers ist in Zeile %2 fehlerhaft: %3</translation>
    </message>
    <message>
        <source>Draw the structure graph of a CNF, an SMT-LIB file or a sketch.</source>
        <translation>Den Strukturgraphen einer CNF, einer SMT-LIB-Datei oder einer Skizze zeichnen.</translation>
    </message>
    <message>
        <source>vig, incidence, deps or proof (default: deps for .pds, else vig).</source>
        <translation>vig, incidence, deps oder proof (Vorgabe: deps für .pds, sonst vig).</translation>
    </message>
    <message>
        <source>svg, png, dot, graphml or json (default: from --out&apos;s suffix).</source>
        <translation>svg, png, dot, graphml oder json (Vorgabe: nach der Endung von --out).</translation>
    </message>
    <message>
        <source>Write the graph to PATH.</source>
        <translation>Den Graphen nach PATH schreiben.</translation>
    </message>
    <message>
        <source>Print nodes, edges, components, degrees, communities (Louvain Q) and DAG depth.</source>
        <translation>Knoten, Kanten, Komponenten, Grade, Communities (Louvain-Q) und DAG-Tiefe ausgeben.</translation>
    </message>
    <message>
        <source>Seed of the layout and of Louvain (default 1).</source>
        <translation>Startwert für Layout und Louvain (Vorgabe 1).</translation>
    </message>
    <message>
        <source>With --kind proof: the step of a sketch whose proof to draw (its id, as &apos;obligations&apos; lists it).</source>
        <translation>Mit --kind proof: der Schritt einer Skizze, dessen Beweis gezeichnet wird (seine Kennung, wie „obligations“ sie auflistet).</translation>
    </message>
    <message>
        <source>With --kind proof: seconds per solver attempt (default 30).</source>
        <translation>Mit --kind proof: Sekunden je Solver-Versuch (Vorgabe 30).</translation>
    </message>
    <message>
        <source>.cnf, .smt2 or .pds file</source>
        <translation>.cnf-, .smt2- oder .pds-Datei</translation>
    </message>
    <message>
        <source>takes exactly one FILE</source>
        <translation>erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos; (vig, incidence, deps, proof)</source>
        <translation>unbekannter Wert „%1“ für --kind (vig, incidence, deps, proof)</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (svg, png, dot, graphml, json)</source>
        <translation>unbekannter Wert „%1“ für --format (svg, png, dot, graphml, json)</translation>
    </message>
    <message>
        <source>nothing to do: give --out PATH and/or --metrics</source>
        <translation>nichts zu tun: geben Sie --out PATH und/oder --metrics an</translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation>--seed erwartet eine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>--timeout takes seconds between 1 and 86400</source>
        <translation>--timeout erwartet Sekunden zwischen 1 und 86400</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Output read from a solver at most, in MiB (default 64); more stops it.</source>
        <translation>Höchstens gelesene Ausgabe eines Solvers in MiB (Vorgabe 64); mehr beendet ihn.</translation>
    </message>
    <message>
        <source>--max-output takes a number of MiB from 1 to 4096</source>
        <translation>--max-output erwartet eine Zahl von MiB zwischen 1 und 4096</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]
                          [--timeout S] [--solver ID] [--no-cache] [--cache PATH [--trust-cache]]
       proofdesk-cli obligations FILE [--json]
       proofdesk-cli export FILE... --out DIR [--no-pdf] [--jobs N] [--timeout S]
       proofdesk-cli verify DIR [--timeout S] [--jobs N]
       proofdesk-cli graph FILE [--kind vig|incidence|deps|proof]
                          [--format svg|png|dot|graphml|json] [--out PATH] [--metrics]
       proofdesk-cli --version | --help
</source>
        <translation>Aufruf: proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]
                           [--timeout S] [--solver ID] [--no-cache] [--cache PATH [--trust-cache]]
        proofdesk-cli obligations FILE [--json]
        proofdesk-cli export FILE... --out DIR [--no-pdf] [--jobs N] [--timeout S]
        proofdesk-cli verify DIR [--timeout S] [--jobs N]
        proofdesk-cli graph FILE [--kind vig|incidence|deps|proof]
                           [--format svg|png|dot|graphml|json] [--out PATH] [--metrics]
        proofdesk-cli --version | --help
</translation>
    </message>
    <message>
        <source>Take proofs from the --cache file as proved (by default a cache given by path is shared, and its proofs are solved again).</source>
        <translation>Beweise aus der --cache-Datei als bewiesen übernehmen (ein per Pfad angegebener Cache gilt sonst als geteilt, und seine Beweise werden neu gelöst).</translation>
    </message>
    <message>
        <source>Use only this strategy: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary (for .cnf files: kissat, cadical).</source>
        <translation>Nur diese Strategie verwenden: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary (für .cnf-Dateien: kissat, cadical).</translation>
    </message>
    <message>
        <source>cancelled: interrupted by %1</source>
        <translation>abgebrochen: unterbrochen durch %1</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the solvers (a second interrupt exits at once)</source>
        <translation>unterbrochen durch %1: die Solver werden beendet (eine zweite Unterbrechung beendet sofort)</translation>
    </message>
    <message>
        <source>interrupted by %1; obligations not finished, reported as cancelled: %2</source>
        <translation>unterbrochen durch %1; nicht fertige Beweisverpflichtungen, als abgebrochen gemeldet: %2</translation>
    </message>
    <message>
        <source>interrupted by %1: no bundle written (%2 is not a bundle)</source>
        <translation>unterbrochen durch %1: kein Bündel geschrieben (%2 ist kein Bündel)</translation>
    </message>
    <message>
        <source>interrupted by %1: no bundle written, nothing left at %2</source>
        <translation>unterbrochen durch %1: kein Bündel geschrieben, unter %2 bleibt nichts zurück</translation>
    </message>
    <message>
        <source>interrupted by %1 after the bundle was complete: %2 is kept</source>
        <translation>unterbrochen durch %1, nachdem das Bündel fertig war: %2 bleibt erhalten</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the checkers (a second interrupt exits at once)</source>
        <translation>unterbrochen durch %1: die Prüfer werden beendet (eine zweite Unterbrechung beendet sofort)</translation>
    </message>
    <message>
        <source>interrupted by %1: the bundle is not verified</source>
        <translation>unterbrochen durch %1: das Bündel ist nicht verifiziert</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the solver (a second interrupt exits at once)</source>
        <translation>unterbrochen durch %1: der Solver wird beendet (eine zweite Unterbrechung beendet sofort)</translation>
    </message>
    <message>
        <source>interrupted by %1: no graph written</source>
        <translation>unterbrochen durch %1: kein Graph geschrieben</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli::InterruptWatcher</name>
    <message>
        <source>interrupted again: killing the solvers and exiting at once</source>
        <translation>erneut unterbrochen: die Solver werden beendet, sofortiger Abbruch</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine</name>
    <message>
        <source>The result cache %1 is damaged and cannot be moved aside to %2.</source>
        <translation>Der Ergebnis-Cache %1 ist beschädigt und kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>the solver answered unknown</source>
        <translation>der Solver antwortete unknown</translation>
    </message>
    <message>
        <source>%1 (the file states no :status to compare with)</source>
        <translation>%1 (die Datei gibt keinen :status zum Vergleich an)</translation>
    </message>
    <message>
        <source>%1, as the file&apos;s :status says</source>
        <translation>%1, wie der :status der Datei angibt</translation>
    </message>
    <message>
        <source>disagreement: %1 answers %2 but the file&apos;s :status says %3</source>
        <translation>Widerspruch: %1 antwortet %2, aber der :status der Datei lautet %3</translation>
    </message>
    <message>
        <source>the document could not be run</source>
        <translation>das Dokument konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no SAT solver found on PATH (tried %1)</source>
        <translation>kein SAT-Solver im PATH gefunden (versucht: %1)</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>timeout after %1 (%2)</source>
        <translation>Zeitüberschreitung nach %1 (%2)</translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes</source>
        <translation>%1 gab mehr als %2 Bytes aus</translation>
    </message>
    <message>
        <source>%1 answered sat, but its assignment falsifies the clause on line %2: not trusted</source>
        <translation>%1 antwortete sat, aber seine Belegung macht die Klausel in Zeile %2 falsch: nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>sat in %1 by %2; the assignment satisfies all %3 clauses (checked by ProofDesk)</source>
        <translation>sat in %1 durch %2; die Belegung erfüllt alle %3 Klauseln (von ProofDesk geprüft)</translation>
    </message>
    <message>
        <source>%1 answered unsat in %2, but drat-trim could not be started: not certified</source>
        <translation>%1 antwortete unsat in %2, aber drat-trim konnte nicht gestartet werden: nicht zertifiziert</translation>
    </message>
    <message>
        <source>unsat in %1 by %2; DRAT proof verified by drat-trim in %3</source>
        <translation>unsat in %1 durch %2; DRAT-Beweis von drat-trim in %3 verifiziert</translation>
    </message>
    <message>
        <source>%1 answered unsat but drat-trim rejected its proof: not trusted</source>
        <translation>%1 antwortete unsat, aber drat-trim verwarf seinen Beweis: nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>%1 answered unsat in %2; drat-trim did not finish within %3: not certified</source>
        <translation>%1 antwortete unsat in %2; drat-trim wurde nicht innerhalb von %3 fertig: nicht zertifiziert</translation>
    </message>
    <message>
        <source>%1 answered unsat; drat-trim ended without a verdict (exit %2): not certified</source>
        <translation>%1 antwortete unsat; drat-trim endete ohne Urteil (Exit-Code %2): nicht zertifiziert</translation>
    </message>
    <message>
        <source>%1 answered unknown</source>
        <translation>%1 antwortete unknown</translation>
    </message>
    <message>
        <source>%1 ended without an answer (exit code %2): %3</source>
        <translation>%1 endete ohne Antwort (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 said sat, but %2 said unsat</source>
        <translation>%1 sagte sat, aber %2 sagte unsat</translation>
    </message>
    <message>
        <source>no answer is taken: the solvers contradict each other</source>
        <translation>keine Antwort wird übernommen: die Solver widersprechen einander</translation>
    </message>
    <message>
        <source> — answered by %1 after %2</source>
        <translation> — beantwortet von %1 nach %2</translation>
    </message>
    <message>
        <source>timeout after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <source>printed more than %1 bytes</source>
        <translation>hat mehr als %1 Bytes ausgegeben</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>no solver for SMT-LIB is available among %1</source>
        <translation>kein SMT-LIB-Solver verfügbar unter %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::Engine</name>
    <message>
        <source>no solver named &quot;%1&quot; is available</source>
        <translation>kein Solver namens „%1“ verfügbar</translation>
    </message>
    <message>
        <source>solver returned an invalid model (%1): the claim holds under it</source>
        <translation>der Solver lieferte ein ungültiges Modell (%1): die Behauptung gilt darin</translation>
    </message>
    <message>
        <source>%1 found a counterexample that could not be confirmed: %2</source>
        <translation>%1 fand ein Gegenbeispiel, das nicht bestätigt werden konnte: %2</translation>
    </message>
    <message>
        <source>%1 returned a model that does not falsify the claim</source>
        <translation>%1 lieferte ein Modell, das die Behauptung nicht widerlegt</translation>
    </message>
    <message>
        <source>no independent solver is available for a cross-check</source>
        <translation>für eine Gegenprüfung ist kein unabhängiger Solver verfügbar</translation>
    </message>
    <message>
        <source>%1 said unsat, but %2 found a counterexample that falsifies the claim</source>
        <translation>%1 sagte unsat, aber %2 fand ein Gegenbeispiel, das die Behauptung widerlegt</translation>
    </message>
    <message>
        <source>%1 said sat, but its model does not falsify the claim</source>
        <translation>%1 sagte sat, aber sein Modell widerlegt die Behauptung nicht</translation>
    </message>
    <message>
        <source>%1 said sat, but its model could not be evaluated: %2</source>
        <translation>%1 sagte sat, aber sein Modell konnte nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>cross-check by %1 inconclusive: %2</source>
        <translation>Gegenprüfung durch %1 ergebnislos: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ExternalRun</name>
    <message>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>cannot start %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>%1 reported: %2</source>
        <translation>%1 meldete: %2</translation>
    </message>
    <message>
        <source>%1 printed something that is not an answer: %2</source>
        <translation>%1 gab etwas aus, das keine Antwort ist: %2</translation>
    </message>
    <message>
        <source>%1 ended without an answer</source>
        <translation>%1 endete ohne Antwort</translation>
    </message>
    <message>
        <source>%1 reported an error after answering: %2</source>
        <translation>%1 meldete nach der Antwort einen Fehler: %2</translation>
    </message>
    <message>
        <source>unreadable model: %1</source>
        <translation>unlesbares Modell: %1</translation>
    </message>
    <message>
        <source>the solver printed more than %1</source>
        <translation>der Solver hat mehr als %1 ausgegeben</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache</name>
    <message>
        <source>No path given for the result cache.</source>
        <translation>Kein Pfad für den Ergebnis-Cache angegeben.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: Qt&apos;s SQLite driver is not available.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: der SQLite-Treiber von Qt fehlt.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: it is a folder.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the result cache %2.</source>
        <translation>Der Ordner %1 für den Ergebnis-Cache %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the folder %2 is not writable.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the file is not writable.</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: die Datei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: %2</source>
        <translation>Der Ergebnis-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache::Private</name>
    <message>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not a ProofDesk result cache (tables: %1)</source>
        <translation>kein ProofDesk-Ergebnis-Cache (Tabellen: %1)</translation>
    </message>
    <message>
        <source>the results table has unexpected columns</source>
        <translation>die Ergebnistabelle hat unerwartete Spalten</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::WorkerProcess</name>
    <message>
        <source>cannot start the solver worker %1: %2</source>
        <translation>der Solver-Worker %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the solver worker sent malformed output: %1</source>
        <translation>der Solver-Worker sandte fehlerhafte Ausgabe: %1</translation>
    </message>
    <message>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting</name>
    <message>
        <source>ProofDesk bundle report</source>
        <translation>ProofDesk-Bündelbericht</translation>
    </message>
    <message>
        <source>ProofDesk %1. %2 claims. Levels of evidence are explained in the bundle&apos;s manifest.json and in ProofDesk&apos;s docs/certificates.md.</source>
        <translation>ProofDesk %1. %2 Behauptungen. Die Nachweisstufen sind in der manifest.json des Bündels und in docs/certificates.md von ProofDesk erklärt.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>cross-checked by %1</source>
        <translation>gegengeprüft von %1</translation>
    </message>
    <message>
        <source>Dependency graph of %1</source>
        <translation>Abhängigkeitsgraph von %1</translation>
    </message>
    <message>
        <source>Lemmas point to their steps, steps to the lemmas, facts and definitions they cite. Node colours:</source>
        <translation>Lemmata zeigen auf ihre Schritte, Schritte auf die Lemmata, Fakten und Definitionen, die sie zitieren. Knotenfarben:</translation>
    </message>
    <message>
        <source>fact (assumption)</source>
        <translation>Fakt (Annahme)</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Counterexamples</source>
        <translation>Gegenbeispiele</translation>
    </message>
    <message>
        <source>%1 more lines are in %2.</source>
        <translation>%1 weitere Zeilen stehen in %2.</translation>
    </message>
    <message>
        <source>report.pdf needs a QGuiApplication (the offscreen platform is enough)</source>
        <translation>report.pdf braucht eine QGuiApplication (die Plattform offscreen genügt)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>manifest.json: larger than %1 MiB</source>
        <translation>manifest.json: größer als %1 MiB</translation>
    </message>
    <message>
        <source>manifest.json: invalid JSON at offset %1: %2</source>
        <translation>manifest.json: ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>manifest.json: expected an object at the top level</source>
        <translation>manifest.json: auf oberster Ebene wird ein Objekt erwartet</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>manifest.json: Feld „format“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; must be an array</source>
        <translation>manifest.json: Feld „%1“ muss ein Array sein</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; has more than %2 entries</source>
        <translation>manifest.json: Feld „%1“ hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>manifest.json: files[%1] must be an object with string fields &quot;path&quot; and &quot;sha256&quot;</source>
        <translation>manifest.json: files[%1] muss ein Objekt mit den String-Feldern „path“ und „sha256“ sein</translation>
    </message>
    <message>
        <source>files[%1]: %2</source>
        <translation>files[%1]: %2</translation>
    </message>
    <message>
        <source>%1: SHA-256 differs from the manifest (the file was changed)</source>
        <translation>%1: SHA-256 weicht vom Manifest ab (die Datei wurde geändert)</translation>
    </message>
    <message>
        <source>%1: in the bundle but not in the manifest&apos;s hash list</source>
        <translation>%1: im Bündel, aber nicht in der Hash-Liste des Manifests</translation>
    </message>
    <message>
        <source>sources[%1]: %2</source>
        <translation>sources[%1]: %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>%1: not in the manifest&apos;s hash list</source>
        <translation>%1: nicht in der Hash-Liste des Manifests</translation>
    </message>
    <message>
        <source>malformed claim: %1</source>
        <translation>fehlerhafte Behauptung: %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: the document has no claim in the manifest</source>
        <translation>%1: das Dokument hat keine Behauptung im Manifest</translation>
    </message>
    <message>
        <source>%1 is not in the manifest&apos;s hash list</source>
        <translation>%1 steht nicht in der Hash-Liste des Manifests</translation>
    </message>
    <message>
        <source>%1 was changed after export (hash differs)</source>
        <translation>%1 wurde nach dem Export geändert (Hash weicht ab)</translation>
    </message>
    <message>
        <source>level %1 recorded for a %2 verdict</source>
        <translation>Stufe %1 für ein Urteil %2 verzeichnet</translation>
    </message>
    <message>
        <source>nothing claimed</source>
        <translation>nichts behauptet</translation>
    </message>
    <message>
        <source>level %1 is not one an .smt2 check can have</source>
        <translation>Stufe %1 ist für eine .smt2-Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>an .smt2 check&apos;s obligation must be its document</source>
        <translation>die Verpflichtung einer .smt2-Prüfung muss ihr Dokument sein</translation>
    </message>
    <message>
        <source>obligation: %1</source>
        <translation>Verpflichtung: %1</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; is not sat or unsat</source>
        <translation>Antwort „%1“ ist weder sat noch unsat</translation>
    </message>
    <message>
        <source>level %1 is not one a CNF can have</source>
        <translation>Stufe %1 ist für eine CNF nicht möglich</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>%1 is not the formula of %2 (edited obligation)</source>
        <translation>%1 ist nicht die Formel von %2 (bearbeitete Verpflichtung)</translation>
    </message>
    <message>
        <source>a DRAT proof certifies unsat, but the claim says &quot;%1&quot;</source>
        <translation>ein DRAT-Beweis zertifiziert unsat, aber die Behauptung lautet „%1“</translation>
    </message>
    <message>
        <source>drat-trim: %1</source>
        <translation>drat-trim: %1</translation>
    </message>
    <message>
        <source>drat-trim verifies the DRAT proof %1</source>
        <translation>drat-trim verifiziert den DRAT-Beweis %1</translation>
    </message>
    <message>
        <source>drat-trim does not verify %1 for this formula (swapped or edited proof)</source>
        <translation>drat-trim verifiziert %1 für diese Formel nicht (vertauschter oder bearbeiteter Beweis)</translation>
    </message>
    <message>
        <source>an assignment certifies sat, but the claim says &quot;%1&quot;</source>
        <translation>eine Belegung zertifiziert sat, aber die Behauptung lautet „%1“</translation>
    </message>
    <message>
        <source>the assignment in %1 falsifies the clause on line %2 of %3</source>
        <translation>die Belegung in %1 macht die Klausel in Zeile %2 von %3 falsch</translation>
    </message>
    <message>
        <source>the assignment in %1 satisfies all %2 clauses</source>
        <translation>die Belegung in %1 erfüllt alle %2 Klauseln</translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one for a CNF</source>
        <translation>Zertifikatsformat „%1“ passt nicht zu einer CNF</translation>
    </message>
    <message>
        <source>its source &quot;%1&quot; is not a bundled source</source>
        <translation>ihre Quelle „%1“ ist keine Quelle im Bündel</translation>
    </message>
    <message>
        <source>the source has no obligation &quot;%1&quot;</source>
        <translation>die Quelle hat keine Verpflichtung „%1“</translation>
    </message>
    <message>
        <source>admitted (sorry) in the source</source>
        <translation>in der Quelle zugelassen (sorry)</translation>
    </message>
    <message>
        <source>the source does not admit this step</source>
        <translation>die Quelle lässt diesen Schritt nicht zu</translation>
    </message>
    <message>
        <source>%1 is not the obligation its source elaborates to (edited obligation)</source>
        <translation>%1 ist nicht die Verpflichtung, die aus ihrer Quelle hervorgeht (bearbeitete Verpflichtung)</translation>
    </message>
    <message>
        <source>%1 finds a counterexample</source>
        <translation>%1 findet ein Gegenbeispiel</translation>
    </message>
    <message>
        <source>%1 does not refute the claim: %2</source>
        <translation>%1 widerlegt die Behauptung nicht: %2</translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one cvc5 prints</source>
        <translation>Zertifikatsformat „%1“ wird von cvc5 nicht ausgegeben</translation>
    </message>
    <message>
        <source>cvc5 --check-proofs does not confirm the claim: %1</source>
        <translation>cvc5 --check-proofs bestätigt die Behauptung nicht: %1</translation>
    </message>
    <message>
        <source>the certificate is not the proof cvc5 checked for this obligation (swapped or edited certificate)</source>
        <translation>das Zertifikat ist nicht der Beweis, den cvc5 für diese Verpflichtung geprüft hat (vertauschtes oder bearbeitetes Zertifikat)</translation>
    </message>
    <message>
        <source>cvc5 --check-proofs accepts the proof, identical to %1</source>
        <translation>cvc5 --check-proofs akzeptiert den Beweis, identisch mit %1</translation>
    </message>
    <message>
        <source>z3 agrees</source>
        <translation>z3 stimmt zu</translation>
    </message>
    <message>
        <source>z3 does not confirm the claim: %1</source>
        <translation>z3 bestätigt die Behauptung nicht: %1</translation>
    </message>
    <message>
        <source>%1 answers unsat</source>
        <translation>%1 antwortet unsat</translation>
    </message>
    <message>
        <source>%1 does not confirm the claim: %2</source>
        <translation>%1 bestätigt die Behauptung nicht: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: obligation &quot;%2&quot; has no claim in the manifest</source>
        <translation>%1: Verpflichtung „%2“ hat keine Behauptung im Manifest</translation>
    </message>
    <message>
        <source>its id does not name its line %1 (expected check-sat@%1)</source>
        <translation>seine Kennung nennt nicht seine Zeile %1 (erwartet: check-sat@%1)</translation>
    </message>
    <message>
        <source>%1 has no check-sat at line %2 for this claim (the document was edited or reordered)</source>
        <translation>%1 hat für diese Behauptung kein check-sat in Zeile %2 (das Dokument wurde bearbeitet oder umgestellt)</translation>
    </message>
    <message>
        <source>the document stopped before it</source>
        <translation>das Dokument brach davor ab</translation>
    </message>
    <message>
        <source>%1: %2 has no claim in the manifest (a claim was removed, or the document was edited)</source>
        <translation>%1: %2 hat keine Behauptung im Manifest (eine Behauptung wurde entfernt oder das Dokument bearbeitet)</translation>
    </message>
    <message>
        <source>%1 did not get to %2: %3</source>
        <translation>%1 kam nicht bis %2: %3</translation>
    </message>
    <message>
        <source>%1 gives no answer to %2: %3</source>
        <translation>%1 gibt keine Antwort auf %2: %3</translation>
    </message>
    <message>
        <source>%1 answers %2 to %3, not %4</source>
        <translation>%1 antwortet %2 auf %3, nicht %4</translation>
    </message>
    <message>
        <source>%1 answers %2 to %3 of the document</source>
        <translation>%1 antwortet %2 auf %3 des Dokuments</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Bundle</name>
    <message>
        <source>path &quot;%1&quot; is not a relative path inside the bundle</source>
        <translation>Pfad „%1“ ist kein relativer Pfad innerhalb des Bündels</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the bundle or is malformed</source>
        <translation>Pfad „%1“ verlässt das Bündel oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads outside the bundle (symbolic link) or is not a file</source>
        <translation>Pfad „%1“ führt aus dem Bündel hinaus (symbolischer Link) oder ist keine Datei</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::BundleExporter</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation>kein Ausgabeverzeichnis angegeben</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a bundle is written into a new directory</source>
        <translation>%1 existiert und ist nicht leer: ein Bündel wird in ein neues Verzeichnis geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be exported</source>
        <translation>%1: exportiert werden können nur Skizzen (.pds), SMT-LIB-Dateien (.smt2) und DIMACS-Dateien (.cnf)</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Writer</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>%1 kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui</name>
    <message>
        <source>Open Large File</source>
        <translation>Große Datei öffnen</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 set in Settings. Opening it may make ProofDesk slow. Open it anyway?</source>
        <translation>%1 ist %2 groß, mehr als die in den Einstellungen festgelegten %3. Das Öffnen kann ProofDesk verlangsamen. Trotzdem öffnen?</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::AppSettings</name>
    <message>
        <source>A solver needs an id.</source>
        <translation>Ein Solver braucht eine Kennung.</translation>
    </message>
    <message>
        <source>The command line of %1 is empty.</source>
        <translation>Die Befehlszeile von %1 ist leer.</translation>
    </message>
    <message>
        <source>%1: no program %2 found.</source>
        <translation>%1: kein Programm %2 gefunden.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::CheckSession</name>
    <message>
        <source>not run: the document stopped at an earlier error</source>
        <translation>nicht ausgeführt: das Dokument brach bei einem früheren Fehler ab</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentAnalyzer</name>
    <message>
        <source>untitled.pds</source>
        <translation>unbenannt.pds</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentChecker</name>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentTab</name>
    <message>
        <source>Loading… %p%</source>
        <translation>Wird geladen… %p %</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>by %1 (%2) in %3 s</source>
        <translation>durch %1 (%2) in %3 s</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Leer: nur bewiesen, weil sich die Annahmen widersprechen.</translation>
    </message>
    <message>
        <source>Counterexample:</source>
        <translation>Gegenbeispiel:</translation>
    </message>
    <message>
        <source>%1 / %2 does not follow: see the counterexample</source>
        <translation>%1 / %2 folgt nicht: siehe Gegenbeispiel</translation>
    </message>
    <message>
        <source>%1: no solver decided (%2)</source>
        <translation>%1: kein Solver hat entschieden (%2)</translation>
    </message>
    <message>
        <source>%1 is proved only vacuously: the assumptions contradict each other</source>
        <translation>%1 ist nur leer bewiesen: die Annahmen widersprechen sich</translation>
    </message>
    <message>
        <source>%1: unused %2</source>
        <translation>%1: unbenutzt %2</translation>
    </message>
    <message>
        <source>%1: %2 started</source>
        <translation>%1: %2 gestartet</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
    <message>
        <source>Cross-checked by %1</source>
        <translation>Gegengeprüft von %1</translation>
    </message>
    <message>
        <source>Solvers disagree: %1</source>
        <translation>Die Solver widersprechen sich: %1</translation>
    </message>
    <message>
        <source>%1: solvers disagree: %2</source>
        <translation>%1: die Solver widersprechen sich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking that the assumptions do not contradict each other…</source>
        <translation>Es wird geprüft, ob die Annahmen einander widersprechen …</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Bündel exportieren</translation>
    </message>
    <message>
        <source>Checks %1 again, produces certificates and writes a bundle that &lt;code&gt;proofdesk-cli verify&lt;/code&gt; re-checks from its files alone.</source>
        <translation>Prüft %1 erneut, erzeugt Zertifikate und schreibt ein Bündel, das &lt;code&gt;proofdesk-cli verify&lt;/code&gt; allein anhand seiner Dateien nachprüft.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Output directory:</source>
        <translation>Ausgabeverzeichnis:</translation>
    </message>
    <message>
        <source>Certificates (a cvc5 proof checked in a separate process per proved step)</source>
        <translation>Zertifikate (je bewiesenem Schritt ein cvc5-Beweis, in einem eigenen Prozess geprüft)</translation>
    </message>
    <message>
        <source>report.pdf besides report.html</source>
        <translation>report.pdf zusätzlich zu report.html</translation>
    </message>
    <message>
        <source>The directory must not exist yet or be empty.</source>
        <translation>Das Verzeichnis darf noch nicht existieren oder muss leer sein.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open report.html</source>
        <translation>report.html öffnen</translation>
    </message>
    <message>
        <source>Bundle Directory</source>
        <translation>Bündelverzeichnis</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking step %1 of %2</source>
        <translation>Prüfe Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Solving documents</source>
        <translation>Löse Dokumente</translation>
    </message>
    <message>
        <source>Certificates: %1 of %2</source>
        <translation>Zertifikate: %1 von %2</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>Schreibe die Berichte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 claims (%3).</source>
        <translation>%1 geschrieben: %2 Behauptungen (%3).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The sketch has not been saved. A bundle holds the sketch as saved: save it now?</source>
        <translation>Die Skizze wurde noch nicht gespeichert. Ein Bündel enthält die Skizze so, wie sie gespeichert ist: jetzt speichern?</translation>
    </message>
    <message>
        <source>The sketch has unsaved changes. A bundle holds the sketch as saved: save them now?</source>
        <translation>Die Skizze hat ungesicherte Änderungen. Ein Bündel enthält die Skizze so, wie sie gespeichert ist: jetzt speichern?</translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation>Skizze speichern unter</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation>unbenannt.pds</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation>ProofDesk-Skizzen (*.pds);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::FileSave</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphPanel</name>
    <message>
        <source>Variable interaction</source>
        <translation>Variableninteraktion</translation>
    </message>
    <message>
        <source>Incidence</source>
        <translation>Inzidenz</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Beweis</translation>
    </message>
    <message>
        <source>Which graph of the file to draw</source>
        <translation>Welcher Graph der Datei gezeichnet wird</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Nach Community färben</translation>
    </message>
    <message>
        <source>Colour by standing</source>
        <translation>Nach Status färben</translation>
    </message>
    <message>
        <source>Find node…</source>
        <translation>Knoten suchen…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>Den ganzen Graphen zeigen (F)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>DOT (Graphviz)…</source>
        <translation>DOT (Graphviz)…</translation>
    </message>
    <message>
        <source>GraphML…</source>
        <translation>GraphML…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Building and laying out the graph…</source>
        <translation>Graph wird aufgebaut und angeordnet…</translation>
    </message>
    <message>
        <source>Layout cancelled; the view shows the previous graph.</source>
        <translation>Layout abgebrochen; die Ansicht zeigt den vorigen Graphen.</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Layout abgebrochen.</translation>
    </message>
    <message>
        <source>Click a node to show its source; drag to pan, wheel to zoom, F to fit.</source>
        <translation>Klicken Sie auf einen Knoten, um seine Quelle zu zeigen; Ziehen verschiebt, Mausrad zoomt, F passt ein.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>%1 (largest %2)</source>
        <translation>%1 (größte %2)</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Modularity Q</source>
        <translation>Modularität Q</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>min %1, max %2, mean %3</source>
        <translation>min. %1, max. %2, Mittel %3</translation>
    </message>
    <message>
        <source>Clauses left out</source>
        <translation>Ausgelassene Klauseln</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>the graph has a cycle</source>
        <translation>der Graph hat einen Zyklus</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>No node named “%1”.</source>
        <translation>Kein Knoten namens „%1“.</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>„%1“ gefunden.</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportiere %1…</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG encoder failed</source>
        <translation>%1 kann nicht geschrieben werden: der PNG-Encoder ist gescheitert</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphView</name>
    <message>
        <source>proved</source>
        <translation>bewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>No graph</source>
        <translation>Kein Graph</translation>
    </message>
    <message numerus="yes">
        <source>community %1: %n node(s)</source>
        <translation>
            <numerusform>Community %1: %n Knoten</numerusform>
            <numerusform>Community %1: %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more communities</source>
        <translation>
            <numerusform>… %n weitere Community</numerusform>
            <numerusform>… %n weitere Communities</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>level of detail: 1 edge in %1</source>
        <translation>Detailstufe: 1 Kante von %1</translation>
    </message>
    <message>
        <source>level of detail</source>
        <translation>Detailstufe</translation>
    </message>
    <message>
        <source>%1, degree %2</source>
        <translation>%1, Grad %2</translation>
    </message>
    <message>
        <source>community %1 of %2</source>
        <translation>Community %1 von %2</translation>
    </message>
    <message>
        <source>standing: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphWindow</name>
    <message>
        <source>Structure Graph — ProofDesk</source>
        <translation>Strukturgraph — ProofDesk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Proof, %1, line %2</source>
        <translation>Beweis, %1, Zeile %2</translation>
    </message>
    <message>
        <source>Structure &amp;Graph</source>
        <translation>Struktur&amp;graph</translation>
    </message>
    <message>
        <source>Structure Graph at &amp;Cursor</source>
        <translation>Strukturgraph am &amp;Cursor</translation>
    </message>
    <message>
        <source>&amp;Proof Graph of Step at Cursor</source>
        <translation>&amp;Beweisgraph des Schritts am Cursor</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them</source>
        <translation>Die ausgewählten Zeilen kopieren, sonst alle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every line from the panel (the log file keeps them)</source>
        <translation>Alle Zeilen aus dem Panel entfernen (die Protokolldatei behält sie)</translation>
    </message>
    <message>
        <source>Show lines of this level and above</source>
        <translation>Zeilen dieser Stufe und darüber anzeigen</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>ProofDesk[*]</source>
        <translation>ProofDesk[*]</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Beweisverpflichtungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Counterexample</source>
        <translation>Gegenbeispiel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alles prüfen</translation>
    </message>
    <message>
        <source>Check &amp;Lemma at Cursor</source>
        <translation>&amp;Lemma am Cursor prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Next Failed Step</source>
        <translation>&amp;Nächster fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous Failed Step</source>
        <translation>&amp;Vorheriger fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>&amp;Re-run Selected Step With</source>
        <translation>Gewählten Schritt e&amp;rneut prüfen mit</translation>
    </message>
    <message>
        <source>Re-run Selected Step With a &amp;Longer Time Limit</source>
        <translation>Gewählten Schritt mit &amp;längerem Zeitlimit erneut prüfen</translation>
    </message>
    <message>
        <source>Show Selected Step as &amp;SMT-LIB</source>
        <translation>Gewählten Schritt als &amp;SMT-LIB zeigen</translation>
    </message>
    <message>
        <source>C&amp;opy Counterexample</source>
        <translation>Gegenbeispiel k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;About ProofDesk</source>
        <translation>Ü&amp;ber ProofDesk</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>(no examples bundled)</source>
        <translation>(keine Beispiele mitgeliefert)</translation>
    </message>
    <message>
        <source>%1[*] — ProofDesk</source>
        <translation>%1[*] — ProofDesk</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere…</translation>
    </message>
    <message>
        <source>Open Sketch</source>
        <translation>Skizze öffnen</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;SMT-LIB scripts (*.smt2);;DIMACS CNF (*.cnf);;All files (*)</source>
        <translation>ProofDesk-Skizzen (*.pds);;SMT-LIB-Skripte (*.smt2);;DIMACS-CNF (*.cnf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(not confirmed: the model did not evaluate the claim to false)</source>
        <translation>(nicht bestätigt: das Modell macht die Behauptung nicht falsch)</translation>
    </message>
    <message>
        <source>No failed step.</source>
        <translation>Kein fehlgeschlagener Schritt.</translation>
    </message>
    <message>
        <source>The cursor is not inside a lemma.</source>
        <translation>Der Cursor steht in keinem Lemma.</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Select a step in the Obligations panel first.</source>
        <translation>Wählen Sie zuerst einen Schritt in der Liste der Beweisverpflichtungen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation>unbenannt.pds</translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation>Skizze speichern unter</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation>ProofDesk-Skizzen (*.pds);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ProofDesk</source>
        <translation>ProofDesk</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes. Reload it and lose them?</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben ungesicherte Änderungen. Neu laden und diese verwerfen?</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it?</source>
        <translation>%1 wurde auf der Festplatte geändert. Neu laden?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1?</source>
        <translation>ProofDesk wurde nicht normal beendet. Den ungesicherten Text von %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>About ProofDesk</source>
        <translation>Über ProofDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Sketch lemmas; every claimed step becomes a proof obligation for an SMT solver.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Lemmata skizzieren; jeder behauptete Schritt wird eine Beweisverpflichtung für einen SMT-Solver.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Not opened (ProofDesk opens .pds, .smt2 and .cnf files): %1</source>
        <translation>Nicht geöffnet (ProofDesk öffnet .pds-, .smt2- und .cnf-Dateien): %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungesicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Sichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Bündel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1 is a SAT solver: it checks DIMACS (.cnf) documents.</source>
        <translation>%1 ist ein SAT-Solver: er prüft DIMACS-Dokumente (.cnf).</translation>
    </message>
    <message>
        <source>A DIMACS document is checked by a SAT solver: kissat or cadical.</source>
        <translation>Ein DIMACS-Dokument prüft ein SAT-Solver: kissat oder cadical.</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — ProofDesk</source>
        <translation>%1 (%2)[*] — ProofDesk</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 · %5</source>
        <comment>status bar: proved, failed, unknown, running · errors</comment>
        <translation>%1, %2, %3, %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n proved</source>
        <translation>
            <numerusform>%n bewiesen</numerusform>
            <numerusform>%n bewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n gescheitert</numerusform>
            <numerusform>%n gescheitert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n laufend</numerusform>
            <numerusform>%n laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>A read-only tab is not checked.</source>
        <translation>Ein schreibgeschützter Tab wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking the whole script: each (check-sat) depends on every command before it.</source>
        <translation>Das ganze Skript wird geprüft: jedes (check-sat) hängt von allen Befehlen davor ab.</translation>
    </message>
    <message>
        <source>Checking the whole formula: a DIMACS file is one check.</source>
        <translation>Die ganze Formel wird geprüft: eine DIMACS-Datei ist eine einzige Prüfung.</translation>
    </message>
    <message>
        <source>A DIMACS formula is checked as it is: there is no SMT-LIB text apart from the file.</source>
        <translation>Eine DIMACS-Formel wird so geprüft, wie sie ist: außer der Datei gibt es keinen SMT-LIB-Text.</translation>
    </message>
    <message>
        <source>%1 is not a (check-sat) of the script: there is no SMT-LIB text of its own to show.</source>
        <translation>%1 ist kein (check-sat) des Skripts: es gibt keinen eigenen SMT-LIB-Text zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 has no SMT-LIB text: see the Problems panel.</source>
        <translation>%1 hat keinen SMT-LIB-Text: siehe die Ansicht Probleme.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Mark</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>proved</source>
        <translation>bewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ObligationsModel</name>
    <message>
        <source>%1 cites %2</source>
        <translation>%1 zitiert %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Leer: nur bewiesen, weil sich die Annahmen widersprechen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>have</source>
        <translation>have</translation>
    </message>
    <message>
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <source>obtain</source>
        <translation>obtain</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>induction</source>
        <translation>induction</translation>
    </message>
    <message>
        <source>to solve</source>
        <translation>zu lösen</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cross-checked by %1</source>
        <translation>Gegengeprüft von %1</translation>
    </message>
    <message>
        <source>Solvers disagree: %1</source>
        <translation>Die Solver widersprechen sich: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 (:status %2)</source>
        <translation>%1 (:status %2)</translation>
    </message>
    <message>
        <source>Checking that the assumptions do not contradict each other…</source>
        <translation>Es wird geprüft, ob die Annahmen einander widersprechen …</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::RecoveryBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>an untitled sketch</source>
        <translation>einer unbenannten Skizze</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1 (saved %2)?</source>
        <translation>ProofDesk wurde nicht normal beendet. Den ungesicherten Text von %1 (gesichert %2) wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n more recovery file(s) follow.</source>
        <translation>
            <numerusform>%n weitere Wiederherstellungsdatei folgt.</numerusform>
            <numerusform>%n weitere Wiederherstellungsdateien folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Screenshotter</name>
    <message>
        <source>The window was closed before the screenshot.</source>
        <translation>Das Fenster wurde vor dem Bildschirmfoto geschlossen.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>The built-in cvc5 strategies always take part. Solvers found on this computer and solvers you add by command line join them when ticked. Command lines are kept only in your own settings; a sketch can name a solver only by its id.</source>
        <translation>Die eingebauten cvc5-Strategien nehmen immer teil. Auf diesem Rechner gefundene und von Ihnen per Befehlszeile hinzugefügte Solver kommen hinzu, wenn sie angehakt sind. Befehlszeilen stehen nur in Ihren eigenen Einstellungen; eine Skizze nennt einen Solver nur über seine Kennung.</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Auf diesem Rechner gefunden</translation>
    </message>
    <message>
        <source>(no external solver found on PATH)</source>
        <translation>(kein externer Solver im PATH gefunden)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>id, e.g. z3-nightly</source>
        <translation>Kennung, z. B. z3-nightly</translation>
    </message>
    <message>
        <source>command line reading SMT-LIB on stdin, e.g. /opt/z3/bin/z3 -in</source>
        <translation>Befehlszeile, die SMT-LIB von stdin liest, z. B. /opt/z3/bin/z3 -in</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>All ticked solvers (portfolio)</source>
        <translation>Alle angehakten Solver (Portfolio)</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>A solver with the id %1 exists already.</source>
        <translation>Ein Solver mit der Kennung %1 existiert bereits.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time limit per solver:</source>
        <translation>&amp;Zeitlimit je Solver:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory limit per solver:</source>
        <translation>&amp;Speicherlimit je Solver:</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer je Kern</translation>
    </message>
    <message>
        <source>Solver processes at &amp;once:</source>
        <translation>Solver-Prozesse &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Cross-check every proof with a solver of another family</source>
        <translation>Jeden Beweis mit einem Solver einer anderen Familie &amp;gegenprüfen</translation>
    </message>
    <message>
        <source>Allow &amp;imports from outside the sketch&apos;s folder</source>
        <translation>&amp;Importe von außerhalb des Skizzenordners erlauben</translation>
    </message>
    <message>
        <source>&amp;Remember verdicts in the result cache</source>
        <translation>Urteile im Ergebnis-&amp;Cache merken</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger sketches, SMT-LIB and DIMACS files are opened only after you confirm</source>
        <translation>Größere Skizzen, SMT-LIB- und DIMACS-Dateien werden erst nach Ihrer Bestätigung geöffnet</translation>
    </message>
    <message>
        <source>Open files up to without &amp;asking:</source>
        <translation>Dateien &amp;ohne Nachfrage öffnen bis:</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation> Knoten</translation>
    </message>
    <message>
        <source>With more nodes in view, graphs are drawn as a density picture with a sample of the edges</source>
        <translation>Sind mehr Knoten zu sehen, wird ein Graph als Dichtebild mit einer Auswahl der Kanten gezeichnet</translation>
    </message>
    <message>
        <source>Draw graphs node by node &amp;up to:</source>
        <translation>Graphen Knoten für Knoten zeichnen &amp;bis:</translation>
    </message>
    <message>
        <source>A solver that prints more than this (models and proofs included) is stopped</source>
        <translation>Ein Solver, der mehr als dies ausgibt (Modelle und Beweise eingeschlossen), wird beendet</translation>
    </message>
    <message>
        <source>Solver &amp;output read at most:</source>
        <translation>Solver-&amp;Ausgabe höchstens lesen:</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::TabTitles</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::WelcomePage</name>
    <message>
        <source>Welcome to ProofDesk</source>
        <translation>Willkommen bei ProofDesk</translation>
    </message>
    <message>
        <source>Sketch lemmas step by step; every step becomes a proof obligation that SMT solvers check while you type. Failed steps show a counterexample.</source>
        <translation>Skizzieren Sie Lemmata Schritt für Schritt; jeder Schritt wird eine Beweisverpflichtung, die SMT-Solver schon beim Tippen prüfen. Fehlgeschlagene Schritte zeigen ein Gegenbeispiel.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Start an empty sketch</source>
        <translation>Leere Skizze beginnen</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>cvc5 (built in: cvc5, cvc5-mbqi, cvc5-fmf-fun strategies)</source>
        <translation>cvc5 (eingebaut: Strategien cvc5, cvc5-mbqi, cvc5-fmf-fun)</translation>
    </message>
    <message>
        <source>Looking for other solvers on PATH…</source>
        <translation>Suche weitere Solver im PATH…</translation>
    </message>
    <message>
        <source>Where files live</source>
        <translation>Wo Dateien liegen</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Result cache:</source>
        <translation>Ergebnis-Cache:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Recovery files:</source>
        <translation>Wiederherstellungsdateien:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No other solver found on PATH; add one in Settings → Solvers.</source>
        <translation>Kein weiterer Solver im PATH gefunden; fügen Sie einen unter Einstellungen → Solver hinzu.</translation>
    </message>
</context>
</TS>
