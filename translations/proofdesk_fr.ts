<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>memory limit %1 exceeded</source>
        <translation>limite de mémoire %1 dépassée</translation>
    </message>
    <message>
        <source>solver crashed (signal %1)</source>
        <translation>le solveur a planté (signal %1)</translation>
    </message>
    <message>
        <source>solver exited unexpectedly (exit code %1)</source>
        <translation>le solveur s’est arrêté de façon inattendue (code %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProofDesk: sketch lemmas, check every step with SMT solvers.</source>
        <translation>ProofDesk : esquissez des lemmes, vérifiez chaque étape avec des solveurs SMT.</translation>
    </message>
    <message>
        <source>The sketches to open, each in a tab.</source>
        <translation>Les esquisses à ouvrir, chacune dans un onglet.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the file is analysed, print its path and quit.</source>
        <translation>Enregistrer une image de la fenêtre une fois le fichier analysé, afficher son chemin et quitter.</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli</name>
    <message>
        <source>usage: proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]
                          [--timeout S] [--solver ID] [--no-cache] [--cache PATH]
       proofdesk-cli obligations FILE [--json]
       proofdesk-cli --version | --help
</source>
        <translation>usage : proofdesk-cli check FICHIER... [--format text|json|sarif|junit] [--jobs N]
                          [--timeout S] [--solver ID] [--no-cache] [--cache CHEMIN]
       proofdesk-cli obligations FICHIER [--json]
       proofdesk-cli --version | --help
</translation>
    </message>
    <message>
        <source>ProofDesk on the command line: analyse sketches and print their proof obligations.</source>
        <translation>ProofDesk en ligne de commande : analyser des esquisses et afficher leurs obligations de preuve.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>obligations: print JSON instead of text.</source>
        <translation>obligations : afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>obligations FILE: print the proof obligations of FILE.</source>
        <translation>obligations FICHIER : afficher les obligations de preuve de FICHIER.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>obligations takes exactly one FILE</source>
        <translation>obligations attend exactement un FICHIER</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>impossible de lire %1 : c’est un dossier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <source>lemma</source>
        <translation>lemme</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>range</source>
        <translation>plage</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>faits</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cite</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>smt:</source>
        <translation>smt :</translation>
    </message>
    <message>
        <source>%1 obligations: %2 to solve, %3 admitted, %4 with errors</source>
        <translation>%1 obligations : %2 à résoudre, %3 admises, %4 avec erreurs</translation>
    </message>
    <message>
        <source>Check every proof obligation of the given sketches.</source>
        <translation>Vérifier chaque obligation de preuve des esquisses données.</translation>
    </message>
    <message>
        <source>Output: text, json, sarif or junit.</source>
        <translation>Sortie : text, json, sarif ou junit.</translation>
    </message>
    <message>
        <source>Solver processes at once (default: one per core).</source>
        <translation>Processus solveurs en parallèle (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>Time limit per strategy in seconds (default 10).</source>
        <translation>Limite de temps par stratégie en secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>Use only this strategy: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary.</source>
        <translation>N’utiliser que cette stratégie : cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary.</translation>
    </message>
    <message>
        <source>Neither read nor write the result cache.</source>
        <translation>Ni lire ni écrire le cache de résultats.</translation>
    </message>
    <message>
        <source>Result cache file (shared by several users or a CI job).</source>
        <translation>Fichier du cache de résultats (partagé par plusieurs utilisateurs ou une tâche CI).</translation>
    </message>
    <message>
        <source>The proofdesk-worker executable to use.</source>
        <translation>L’exécutable proofdesk-worker à utiliser.</translation>
    </message>
    <message>
        <source>Ask a solver of another family to confirm every proof (z3 after cvc5).</source>
        <translation>Faire confirmer chaque preuve par un solveur d’une autre famille (z3 après cvc5).</translation>
    </message>
    <message>
        <source>Memory limit per solver process in MiB (default 4096).</source>
        <translation>Limite de mémoire par processus solveur en Mio (4096 par défaut).</translation>
    </message>
    <message>
        <source>Sketches (.pds) to check.</source>
        <translation>Esquisses (.pds) à vérifier.</translation>
    </message>
    <message>
        <source>unknown format '%1' (text, json, sarif, junit)</source>
        <translation>format inconnu « %1 » (text, json, sarif, junit)</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>aucun FICHIER donné</translation>
    </message>
    <message>
        <source>--jobs takes a positive number</source>
        <translation>--jobs attend un nombre positif</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout attend un nombre positif de secondes</translation>
    </message>
    <message>
        <source>--memory takes a number of MiB from 64 to 1048576</source>
        <translation>--memory attend un nombre de Mio entre 64 et 1048576</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds) can be checked by this version</source>
        <translation>%1 : cette version ne peut vérifier que des esquisses (.pds)</translation>
    </message>
    <message>
        <source>warning: the result cache is not used: %1</source>
        <translation>avertissement : le cache de résultats n’est pas utilisé : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine</name>
    <message>
        <source>The result cache %1 is damaged and cannot be moved aside to %2.</source>
        <translation>Le cache de résultats %1 est endommagé et ne peut pas être déplacé vers %2.</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::Engine</name>
    <message>
        <source>no solver named "%1" is available</source>
        <translation>aucun solveur nommé « %1 » n’est disponible</translation>
    </message>
    <message>
        <source>solver returned an invalid model (%1): the claim holds under it</source>
        <translation>le solveur a rendu un modèle invalide (%1) : l’affirmation y est vraie</translation>
    </message>
    <message>
        <source>%1 found a counterexample that could not be confirmed: %2</source>
        <translation>%1 a trouvé un contre-exemple qui n’a pas pu être confirmé : %2</translation>
    </message>
    <message>
        <source>%1 returned a model that does not falsify the claim</source>
        <translation>%1 a rendu un modèle qui ne réfute pas l’affirmation</translation>
    </message>
    <message>
        <source>no independent solver is available for a cross-check</source>
        <translation>aucun solveur indépendant n’est disponible pour une contre-vérification</translation>
    </message>
    <message>
        <source>%1 said unsat, but %2 found a counterexample that falsifies the claim</source>
        <translation>%1 a répondu unsat, mais %2 a trouvé un contre-exemple qui réfute l’affirmation</translation>
    </message>
    <message>
        <source>%1 said sat, but its model does not falsify the claim</source>
        <translation>%1 a répondu sat, mais son modèle ne réfute pas l’affirmation</translation>
    </message>
    <message>
        <source>%1 said sat, but its model could not be evaluated: %2</source>
        <translation>%1 a répondu sat, mais son modèle n’a pas pu être évalué : %2</translation>
    </message>
    <message>
        <source>cross-check by %1 inconclusive: %2</source>
        <translation>contre-vérification par %1 non concluante : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ExternalRun</name>
    <message>
        <source>timeout after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>cannot start %1 (%2): %3</source>
        <translation>impossible de démarrer %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the solver printed more than %1 MB</source>
        <translation>le solveur a écrit plus de %1 Mo</translation>
    </message>
    <message>
        <source>%1 reported: %2</source>
        <translation>%1 a signalé : %2</translation>
    </message>
    <message>
        <source>%1 printed something that is not an answer: %2</source>
        <translation>%1 a écrit quelque chose qui n’est pas une réponse : %2</translation>
    </message>
    <message>
        <source>%1 ended without an answer</source>
        <translation>%1 s’est terminé sans réponse</translation>
    </message>
    <message>
        <source>%1 reported an error after answering: %2</source>
        <translation>%1 a signalé une erreur après avoir répondu : %2</translation>
    </message>
    <message>
        <source>unreadable model: %1</source>
        <translation>modèle illisible : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache</name>
    <message>
        <source>No path given for the result cache.</source>
        <translation>Aucun chemin donné pour le cache de résultats.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: Qt's SQLite driver is not available.</source>
        <translation>Impossible d’ouvrir le cache de résultats %1 : le pilote SQLite de Qt est absent.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: it is a folder.</source>
        <translation>Impossible d’ouvrir le cache de résultats %1 : c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the result cache %2.</source>
        <translation>Impossible de créer le dossier %1 pour le cache de résultats %2.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the folder %2 is not writable.</source>
        <translation>Impossible d’ouvrir le cache de résultats %1 : le dossier %2 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: the file is not writable.</source>
        <translation>Impossible d’ouvrir le cache de résultats %1 : le fichier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache de résultats %1 : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache::Private</name>
    <message>
        <source>integrity check failed: %1</source>
        <translation>échec du contrôle d’intégrité : %1</translation>
    </message>
    <message>
        <source>not a ProofDesk result cache (tables: %1)</source>
        <translation>pas un cache de résultats ProofDesk (tables : %1)</translation>
    </message>
    <message>
        <source>the results table has unexpected columns</source>
        <translation>la table des résultats a des colonnes inattendues</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::WorkerProcess</name>
    <message>
        <source>cannot start the solver worker %1: %2</source>
        <translation>impossible de démarrer le processus solveur %1 : %2</translation>
    </message>
    <message>
        <source>the solver worker sent malformed output: %1</source>
        <translation>le processus solveur a envoyé une sortie malformée : %1</translation>
    </message>
    <message>
        <source>timeout after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::AppSettings</name>
    <message>
        <source>A solver needs an id.</source>
        <translation>Un solveur doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>The command line of %1 is empty.</source>
        <translation>La ligne de commande de %1 est vide.</translation>
    </message>
    <message>
        <source>%1: no program %2 found.</source>
        <translation>%1 : programme %2 introuvable.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Ligne:Col</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentAnalyzer</name>
    <message>
        <source>untitled.pds</source>
        <translation>sans-titre.pds</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentTab</name>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>by %1 (%2) in %3 s</source>
        <translation>par %1 (%2) en %3 s</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Vide : prouvé seulement parce que les hypothèses se contredisent.</translation>
    </message>
    <message>
        <source>Counterexample:</source>
        <translation>Contre-exemple :</translation>
    </message>
    <message>
        <source>%1 / %2 does not follow: see the counterexample</source>
        <translation>%1 / %2 ne découle pas : voir le contre-exemple</translation>
    </message>
    <message>
        <source>%1: no solver decided (%2)</source>
        <translation>%1 : aucun solveur n’a tranché (%2)</translation>
    </message>
    <message>
        <source>%1 is proved only vacuously: the assumptions contradict each other</source>
        <translation>%1 n’est prouvé que de façon vide : les hypothèses se contredisent</translation>
    </message>
    <message>
        <source>%1: unused %2</source>
        <translation>%1 : inutilisé %2</translation>
    </message>
    <message>
        <source>%1: %2 started</source>
        <translation>%1 : %2 démarré</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(depuis le cache)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::LogPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them</source>
        <translation>Copier les lignes sélectionnées, sinon toutes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every line from the panel (the log file keeps them)</source>
        <translation>Retirer toutes les lignes du panneau (le fichier journal les garde)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>ProofDesk[*]</source>
        <translation>ProofDesk[*]</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Counterexample</source>
        <translation>Contre-exemple</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Check &amp;Lemma at Cursor</source>
        <translation>Vérifier le &amp;lemme sous le curseur</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Next Failed Step</source>
        <translation>Étape en échec &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Failed Step</source>
        <translation>Étape en échec &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Re-run Selected Step With</source>
        <translation>&amp;Revérifier l’étape choisie avec</translation>
    </message>
    <message>
        <source>Re-run Selected Step With a &amp;Longer Time Limit</source>
        <translation>Revérifier l’étape choisie avec une limite de temps plus &amp;longue</translation>
    </message>
    <message>
        <source>Show Selected Step as &amp;SMT-LIB</source>
        <translation>Afficher l’étape choisie en &amp;SMT-LIB</translation>
    </message>
    <message>
        <source>C&amp;opy Counterexample</source>
        <translation>C&amp;opier le contre-exemple</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>&amp;About ProofDesk</source>
        <translation>À &amp;propos de ProofDesk</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>(no examples bundled)</source>
        <translation>(aucun exemple fourni)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1[*] — ProofDesk</source>
        <translation>%1[*] — ProofDesk</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Open Sketch</source>
        <translation>Ouvrir une esquisse</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;SMT-LIB scripts (*.smt2);;DIMACS CNF (*.cnf);;All files (*)</source>
        <translation>Esquisses ProofDesk (*.pds);;Scripts SMT-LIB (*.smt2);;CNF DIMACS (*.cnf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>by %1 (%2) in %3 s</source>
        <translation>par %1 (%2) en %3 s</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Vide : prouvé seulement parce que les hypothèses se contredisent.</translation>
    </message>
    <message>
        <source>Counterexample:</source>
        <translation>Contre-exemple :</translation>
    </message>
    <message>
        <source>%1 / %2 does not follow: see the counterexample</source>
        <translation>%1 / %2 ne découle pas : voir le contre-exemple</translation>
    </message>
    <message>
        <source>%1: no solver decided (%2)</source>
        <translation>%1 : aucun solveur n’a tranché (%2)</translation>
    </message>
    <message>
        <source>%1 is proved only vacuously: the assumptions contradict each other</source>
        <translation>%1 n’est prouvé que de façon vide : les hypothèses se contredisent</translation>
    </message>
    <message>
        <source>%1: unused %2</source>
        <translation>%1 : inutilisé %2</translation>
    </message>
    <message>
        <source>%1 proved, %2 failed, %3 unknown, %4 running · %5 errors</source>
        <translation>%1 prouvées, %2 en échec, %3 inconnues, %4 en cours · %5 erreurs</translation>
    </message>
    <message>
        <source>(not confirmed: the model did not evaluate the claim to false)</source>
        <translation>(non confirmé : le modèle ne rend pas l’affirmation fausse)</translation>
    </message>
    <message>
        <source>No failed step.</source>
        <translation>Aucune étape en échec.</translation>
    </message>
    <message>
        <source>The cursor is not inside a lemma.</source>
        <translation>Le curseur n’est dans aucun lemme.</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Select a step in the Obligations panel first.</source>
        <translation>Choisissez d’abord une étape dans le panneau Obligations.</translation>
    </message>
    <message>
        <source>%1 as SMT-LIB</source>
        <translation>%1 en SMT-LIB</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation>sans-titre.pds</translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation>Enregistrer l’esquisse sous</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation>Esquisses ProofDesk (*.pds);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>ProofDesk</source>
        <translation>ProofDesk</translation>
    </message>
    <message>
        <source>The sketch has unsaved changes. Save them?</source>
        <translation>L’esquisse a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>untitled[*] — ProofDesk</source>
        <translation>sans titre[*] — ProofDesk</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes. Reload it and lose them?</source>
        <translation>%1 a changé sur le disque et vous avez des modifications non enregistrées. Le recharger et les perdre ?</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it?</source>
        <translation>%1 a changé sur le disque. Le recharger ?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1?</source>
        <translation>ProofDesk ne s’est pas fermé normalement. Restaurer le texte non enregistré de %1 ?</translation>
    </message>
    <message>
        <source>About ProofDesk</source>
        <translation>À propos de ProofDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Sketch lemmas; every claimed step becomes a proof obligation for an SMT solver.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProofDesk %1&lt;/h3&gt;&lt;p&gt;Esquissez des lemmes ; chaque étape affirmée devient une obligation de preuve pour un solveur SMT.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Not opened (ProofDesk opens .pds, .smt2 and .cnf files): %1</source>
        <translation>Non ouvert (ProofDesk ouvre les fichiers .pds, .smt2 et .cnf) : %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Mark</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>proved</source>
        <translation>prouvé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ObligationsModel</name>
    <message>
        <source>%1 cites %2</source>
        <translation>%1 cite %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Cite : %1</translation>
    </message>
    <message>
        <source>Vacuous: proved only because the assumptions contradict each other.</source>
        <translation>Vide : prouvé seulement parce que les hypothèses se contredisent.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>but</translation>
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
        <translation>à résoudre</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::RecoveryBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>an untitled sketch</source>
        <translation>une esquisse sans titre</translation>
    </message>
    <message>
        <source>ProofDesk did not close normally. Restore the unsaved text of %1 (saved %2)?</source>
        <translation>ProofDesk ne s’est pas fermé normalement. Restaurer le texte non enregistré de %1 (sauvegardé %2) ?</translation>
    </message>
    <message numerus="yes">
        <source>%n more recovery file(s) follow.</source>
        <translation>
            <numerusform>%n autre fichier de récupération suit.</numerusform><numerusform>%n autres fichiers de récupération suivent.</numerusform></translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::Screenshotter</name>
    <message>
        <source>The window was closed before the screenshot.</source>
        <translation>La fenêtre a été fermée avant la capture d’écran.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solveurs</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>The built-in cvc5 strategies always take part. Solvers found on this computer and solvers you add by command line join them when ticked. Command lines are kept only in your own settings; a sketch can name a solver only by its id.</source>
        <translation>Les stratégies cvc5 intégrées participent toujours. Les solveurs trouvés sur cet ordinateur et ceux que vous ajoutez par ligne de commande s’y joignent s’ils sont cochés. Les lignes de commande ne sont gardées que dans vos propres paramètres ; une esquisse ne nomme un solveur que par son identifiant.</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>(no external solver found on PATH)</source>
        <translation>(aucun solveur externe trouvé dans le PATH)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>id, e.g. z3-nightly</source>
        <translation>identifiant, p. ex. z3-nightly</translation>
    </message>
    <message>
        <source>command line reading SMT-LIB on stdin, e.g. /opt/z3/bin/z3 -in</source>
        <translation>ligne de commande lisant du SMT-LIB sur stdin, p. ex. /opt/z3/bin/z3 -in</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>All ticked solvers (portfolio)</source>
        <translation>Tous les solveurs cochés (portefeuille)</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <source>A solver with the id %1 exists already.</source>
        <translation>Un solveur d’identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time limit per solver:</source>
        <translation>Limite de &amp;temps par solveur :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>&amp;Memory limit per solver:</source>
        <translation>Limite de &amp;mémoire par solveur :</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>un par cœur</translation>
    </message>
    <message>
        <source>Solver processes at &amp;once:</source>
        <translation>Processus solveurs en &amp;parallèle :</translation>
    </message>
    <message>
        <source>&amp;Cross-check every proof with a solver of another family</source>
        <translation>&amp;Contre-vérifier chaque preuve avec un solveur d’une autre famille</translation>
    </message>
    <message>
        <source>Allow &amp;imports from outside the sketch's folder</source>
        <translation>Autoriser les &amp;imports hors du dossier de l’esquisse</translation>
    </message>
    <message>
        <source>&amp;Remember verdicts in the result cache</source>
        <translation>&amp;Mémoriser les verdicts dans le cache de résultats</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::WelcomePage</name>
    <message>
        <source>Welcome to ProofDesk</source>
        <translation>Bienvenue dans ProofDesk</translation>
    </message>
    <message>
        <source>Sketch lemmas step by step; every step becomes a proof obligation that SMT solvers check while you type. Failed steps show a counterexample.</source>
        <translation>Esquissez des lemmes pas à pas ; chaque étape devient une obligation de preuve que des solveurs SMT vérifient pendant que vous tapez. Les étapes en échec montrent un contre-exemple.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Start an empty sketch</source>
        <translation>Commencer une esquisse vide</translation>
    </message>
    <message>
        <source>Solvers</source>
        <translation>Solveurs</translation>
    </message>
    <message>
        <source>cvc5 (built in: cvc5, cvc5-mbqi, cvc5-fmf-fun strategies)</source>
        <translation>cvc5 (intégré : stratégies cvc5, cvc5-mbqi, cvc5-fmf-fun)</translation>
    </message>
    <message>
        <source>Looking for other solvers on PATH…</source>
        <translation>Recherche d’autres solveurs dans le PATH…</translation>
    </message>
    <message>
        <source>Where files live</source>
        <translation>Emplacement des fichiers</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Result cache:</source>
        <translation>Cache de résultats :</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>Recovery files:</source>
        <translation>Fichiers de récupération :</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No other solver found on PATH; add one in Settings → Solvers.</source>
        <translation>Aucun autre solveur trouvé dans le PATH ; ajoutez-en un dans Paramètres → Solveurs.</translation>
    </message>
</context>
</TS>