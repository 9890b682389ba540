<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
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
    <message>
        <source>Use the light or the dark theme in this run only (light, dark).</source>
        <translation>Utiliser le thème clair ou sombre pour cette exécution seulement (light, dark).</translation>
    </message>
    <message>
        <source>Unknown theme %1: light or dark.</source>
        <translation>Thème inconnu %1 : light ou dark.</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli</name>
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
        <source>unknown command &apos;%1&apos;</source>
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
        <source>unknown format &apos;%1&apos; (text, json, sarif, junit)</source>
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
        <source>warning: the result cache is not used: %1</source>
        <translation>avertissement : le cache de résultats n’est pas utilisé : %1</translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to check.</source>
        <translation>Esquisses (.pds), fichiers SMT-LIB (.smt2) ou DIMACS (.cnf) à vérifier.</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be checked</source>
        <translation>%1 : on ne peut vérifier que des esquisses (.pds) et des fichiers SMT-LIB (.smt2) ou DIMACS (.cnf)</translation>
    </message>
    <message>
        <source>Check sketches and write a bundle that others can re-check.</source>
        <translation>Vérifier des esquisses et écrire un paquet que d’autres peuvent revérifier.</translation>
    </message>
    <message>
        <source>The bundle directory to create.</source>
        <translation>Le dossier du paquet à créer.</translation>
    </message>
    <message>
        <source>Result cache file.</source>
        <translation>Fichier du cache de résultats.</translation>
    </message>
    <message>
        <source>Do not write report.pdf.</source>
        <translation>Ne pas écrire report.pdf.</translation>
    </message>
    <message>
        <source>Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to export.</source>
        <translation>Esquisses (.pds), fichiers SMT-LIB (.smt2) ou DIMACS (.cnf) à exporter.</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli export FILE... --out DIR</source>
        <translation>usage : proofdesk-cli export FILE... --out DIR</translation>
    </message>
    <message>
        <source>report.pdf needs a GUI application object; use --no-pdf</source>
        <translation>report.pdf nécessite un objet application graphique ; utilisez --no-pdf</translation>
    </message>
    <message>
        <source>wrote %1: %2 claims</source>
        <translation>%1 écrit : %2 affirmations</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>temps : %1</translation>
    </message>
    <message>
        <source>Re-check a bundle from its files alone.</source>
        <translation>Revérifier un paquet à partir de ses seuls fichiers.</translation>
    </message>
    <message>
        <source>Time limit per check in seconds (default 30).</source>
        <translation>Limite de temps par vérification en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>Claims checked at once (default: one per core).</source>
        <translation>Affirmations vérifiées en parallèle (par défaut : une par cœur).</translation>
    </message>
    <message>
        <source>The bundle directory.</source>
        <translation>Le dossier du paquet.</translation>
    </message>
    <message>
        <source>usage: proofdesk-cli verify DIR</source>
        <translation>usage : proofdesk-cli verify DIR</translation>
    </message>
    <message>
        <source>%1 of %2 claims confirmed, %3 bundle problems: %4</source>
        <translation>%1 affirmations sur %2 confirmées, %3 problèmes dans le paquet : %4</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has %2 obligations; choose one with --obligation (%3)</source>
        <translation>%1 a %2 obligations ; choisissez-en une avec --obligation (%3)</translation>
    </message>
    <message>
        <source>%1 has no obligation to prove</source>
        <translation>%1 n’a aucune obligation à prouver</translation>
    </message>
    <message>
        <source>%1: no obligation &apos;%2&apos;</source>
        <translation>%1 : pas d’obligation « %2 »</translation>
    </message>
    <message>
        <source>%1: --kind proof is for sketches and SMT-LIB files (a CNF&apos;s proof is DRAT)</source>
        <translation>%1 : --kind proof s’applique aux esquisses et aux fichiers SMT-LIB (la preuve d’une CNF est en DRAT)</translation>
    </message>
    <message>
        <source>%1: the worker&apos;s proof dump is malformed at line %2: %3</source>
        <translation>%1 : la preuve émise par le processus solveur est malformée à la ligne %2 : %3</translation>
    </message>
    <message>
        <source>Draw the structure graph of a CNF, an SMT-LIB file or a sketch.</source>
        <translation>Dessiner le graphe de structure d’une CNF, d’un fichier SMT-LIB ou d’une esquisse.</translation>
    </message>
    <message>
        <source>vig, incidence, deps or proof (default: deps for .pds, else vig).</source>
        <translation>vig, incidence, deps ou proof (par défaut : deps pour .pds, sinon vig).</translation>
    </message>
    <message>
        <source>svg, png, dot, graphml or json (default: from --out&apos;s suffix).</source>
        <translation>svg, png, dot, graphml ou json (par défaut : d’après l’extension de --out).</translation>
    </message>
    <message>
        <source>Write the graph to PATH.</source>
        <translation>Écrire le graphe dans PATH.</translation>
    </message>
    <message>
        <source>Print nodes, edges, components, degrees, communities (Louvain Q) and DAG depth.</source>
        <translation>Afficher nœuds, arêtes, composantes, degrés, communautés (Q de Louvain) et profondeur du DAG.</translation>
    </message>
    <message>
        <source>Seed of the layout and of Louvain (default 1).</source>
        <translation>Graine de la disposition et de Louvain (1 par défaut).</translation>
    </message>
    <message>
        <source>With --kind proof: the step of a sketch whose proof to draw (its id, as &apos;obligations&apos; lists it).</source>
        <translation>Avec --kind proof : l’étape d’une esquisse dont dessiner la preuve (son identifiant, tel que « obligations » l’affiche).</translation>
    </message>
    <message>
        <source>With --kind proof: seconds per solver attempt (default 30).</source>
        <translation>Avec --kind proof : secondes par tentative de solveur (30 par défaut).</translation>
    </message>
    <message>
        <source>.cnf, .smt2 or .pds file</source>
        <translation>fichier .cnf, .smt2 ou .pds</translation>
    </message>
    <message>
        <source>takes exactly one FILE</source>
        <translation>attend exactement un FICHIER</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos; (vig, incidence, deps, proof)</source>
        <translation>valeur « %1 » inconnue pour --kind (vig, incidence, deps, proof)</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (svg, png, dot, graphml, json)</source>
        <translation>valeur « %1 » inconnue pour --format (svg, png, dot, graphml, json)</translation>
    </message>
    <message>
        <source>nothing to do: give --out PATH and/or --metrics</source>
        <translation>rien à faire : indiquez --out PATH et/ou --metrics</translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation>--seed attend un entier positif ou nul</translation>
    </message>
    <message>
        <source>--timeout takes seconds between 1 and 86400</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 86400</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Output read from a solver at most, in MiB (default 64); more stops it.</source>
        <translation>Sortie lue au plus d’un solveur, en Mio (64 par défaut) ; au-delà, il est arrêté.</translation>
    </message>
    <message>
        <source>--max-output takes a number of MiB from 1 to 4096</source>
        <translation>--max-output attend un nombre de Mio entre 1 et 4096</translation>
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
        <translation>usage : proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]
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
        <translation>Tenir pour prouvées les preuves du fichier --cache (sinon, un cache désigné par son chemin est considéré comme partagé et ses preuves sont recalculées).</translation>
    </message>
    <message>
        <source>Use only this strategy: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary (for .cnf files: kissat, cadical).</source>
        <translation>N’utiliser que cette stratégie : cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary (pour les fichiers .cnf : kissat, cadical).</translation>
    </message>
    <message>
        <source>cancelled: interrupted by %1</source>
        <translation>annulé : interrompu par %1</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the solvers (a second interrupt exits at once)</source>
        <translation>interrompu par %1 : arrêt des solveurs (une seconde interruption quitte immédiatement)</translation>
    </message>
    <message>
        <source>interrupted by %1; obligations not finished, reported as cancelled: %2</source>
        <translation>interrompu par %1 ; obligations non terminées, signalées comme annulées : %2</translation>
    </message>
    <message>
        <source>interrupted by %1: no bundle written (%2 is not a bundle)</source>
        <translation>interrompu par %1 : aucun paquet écrit (%2 n’est pas un paquet)</translation>
    </message>
    <message>
        <source>interrupted by %1: no bundle written, nothing left at %2</source>
        <translation>interrompu par %1 : aucun paquet écrit, rien ne reste à %2</translation>
    </message>
    <message>
        <source>interrupted by %1 after the bundle was complete: %2 is kept</source>
        <translation>interrompu par %1 une fois le paquet terminé : %2 est conservé</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the checkers (a second interrupt exits at once)</source>
        <translation>interrompu par %1 : arrêt des vérificateurs (une seconde interruption quitte immédiatement)</translation>
    </message>
    <message>
        <source>interrupted by %1: the bundle is not verified</source>
        <translation>interrompu par %1 : le paquet n’est pas vérifié</translation>
    </message>
    <message>
        <source>interrupted by %1: stopping the solver (a second interrupt exits at once)</source>
        <translation>interrompu par %1 : arrêt du solveur (une seconde interruption quitte immédiatement)</translation>
    </message>
    <message>
        <source>interrupted by %1: no graph written</source>
        <translation>interrompu par %1 : aucun graphe écrit</translation>
    </message>
</context>
<context>
    <name>proofdesk::cli::InterruptWatcher</name>
    <message>
        <source>interrupted again: killing the solvers and exiting at once</source>
        <translation>nouvelle interruption : arrêt forcé des solveurs, sortie immédiate</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine</name>
    <message>
        <source>The result cache %1 is damaged and cannot be moved aside to %2.</source>
        <translation>Le cache de résultats %1 est endommagé et ne peut pas être déplacé vers %2.</translation>
    </message>
    <message>
        <source>the solver answered unknown</source>
        <translation>le solveur a répondu unknown</translation>
    </message>
    <message>
        <source>%1 (the file states no :status to compare with)</source>
        <translation>%1 (le fichier n’indique aucun :status à comparer)</translation>
    </message>
    <message>
        <source>%1, as the file&apos;s :status says</source>
        <translation>%1, comme l’indique le :status du fichier</translation>
    </message>
    <message>
        <source>disagreement: %1 answers %2 but the file&apos;s :status says %3</source>
        <translation>désaccord : %1 répond %2 mais le :status du fichier indique %3</translation>
    </message>
    <message>
        <source>the document could not be run</source>
        <translation>le document n’a pas pu être exécuté</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>no SAT solver found on PATH (tried %1)</source>
        <translation>aucun solveur SAT trouvé dans le PATH (essayés : %1)</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n’a pas pu être démarré</translation>
    </message>
    <message>
        <source>timeout after %1 (%2)</source>
        <translation>délai dépassé après %1 (%2)</translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes</source>
        <translation>%1 a écrit plus de %2 octets</translation>
    </message>
    <message>
        <source>%1 answered sat, but its assignment falsifies the clause on line %2: not trusted</source>
        <translation>%1 a répondu sat, mais son affectation rend fausse la clause de la ligne %2 : non fiable</translation>
    </message>
    <message>
        <source>sat in %1 by %2; the assignment satisfies all %3 clauses (checked by ProofDesk)</source>
        <translation>sat en %1 par %2 ; l’affectation satisfait les %3 clauses (vérifié par ProofDesk)</translation>
    </message>
    <message>
        <source>%1 answered unsat in %2, but drat-trim could not be started: not certified</source>
        <translation>%1 a répondu unsat en %2, mais drat-trim n’a pas pu être démarré : non certifié</translation>
    </message>
    <message>
        <source>unsat in %1 by %2; DRAT proof verified by drat-trim in %3</source>
        <translation>unsat en %1 par %2 ; preuve DRAT vérifiée par drat-trim en %3</translation>
    </message>
    <message>
        <source>%1 answered unsat but drat-trim rejected its proof: not trusted</source>
        <translation>%1 a répondu unsat mais drat-trim a rejeté sa preuve : non fiable</translation>
    </message>
    <message>
        <source>%1 answered unsat in %2; drat-trim did not finish within %3: not certified</source>
        <translation>%1 a répondu unsat en %2 ; drat-trim n’a pas terminé en %3 : non certifié</translation>
    </message>
    <message>
        <source>%1 answered unsat; drat-trim ended without a verdict (exit %2): not certified</source>
        <translation>%1 a répondu unsat ; drat-trim s’est terminé sans verdict (code %2) : non certifié</translation>
    </message>
    <message>
        <source>%1 answered unknown</source>
        <translation>%1 a répondu unknown</translation>
    </message>
    <message>
        <source>%1 ended without an answer (exit code %2): %3</source>
        <translation>%1 s’est terminé sans réponse (code %2) : %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 said sat, but %2 said unsat</source>
        <translation>%1 a répondu sat, mais %2 a répondu unsat</translation>
    </message>
    <message>
        <source>no answer is taken: the solvers contradict each other</source>
        <translation>aucune réponse n’est retenue : les solveurs se contredisent</translation>
    </message>
    <message>
        <source> — answered by %1 after %2</source>
        <translation> — résolu par %1 après %2</translation>
    </message>
    <message>
        <source>timeout after %1</source>
        <translation>délai dépassé après %1</translation>
    </message>
    <message>
        <source>printed more than %1 bytes</source>
        <translation>a écrit plus de %1 octets</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 a signalé une erreur : %2</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>no solver for SMT-LIB is available among %1</source>
        <translation>aucun solveur SMT-LIB disponible parmi %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::Engine</name>
    <message>
        <source>no solver named &quot;%1&quot; is available</source>
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
    <message>
        <source>the solver printed more than %1</source>
        <translation>le solveur a écrit plus de %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::engine::ResultCache</name>
    <message>
        <source>No path given for the result cache.</source>
        <translation>Aucun chemin donné pour le cache de résultats.</translation>
    </message>
    <message>
        <source>Cannot open the result cache %1: Qt&apos;s SQLite driver is not available.</source>
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
    <name>proofdesk::exporting</name>
    <message>
        <source>ProofDesk bundle report</source>
        <translation>Rapport de paquet ProofDesk</translation>
    </message>
    <message>
        <source>ProofDesk %1. %2 claims. Levels of evidence are explained in the bundle&apos;s manifest.json and in ProofDesk&apos;s docs/certificates.md.</source>
        <translation>ProofDesk %1. %2 affirmations. Les niveaux de justification sont expliqués dans le manifest.json du paquet et dans docs/certificates.md de ProofDesk.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lemma</source>
        <translation>Lemme</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>cross-checked by %1</source>
        <translation>contre-vérifié par %1</translation>
    </message>
    <message>
        <source>Dependency graph of %1</source>
        <translation>Graphe de dépendances de %1</translation>
    </message>
    <message>
        <source>Lemmas point to their steps, steps to the lemmas, facts and definitions they cite. Node colours:</source>
        <translation>Les lemmes pointent vers leurs étapes, les étapes vers les lemmes, faits et définitions qu’elles citent. Couleurs des nœuds :</translation>
    </message>
    <message>
        <source>fact (assumption)</source>
        <translation>fait (hypothèse)</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>Counterexamples</source>
        <translation>Contre-exemples</translation>
    </message>
    <message>
        <source>%1 more lines are in %2.</source>
        <translation>%1 lignes de plus se trouvent dans %2.</translation>
    </message>
    <message>
        <source>report.pdf needs a QGuiApplication (the offscreen platform is enough)</source>
        <translation>report.pdf nécessite une QGuiApplication (la plateforme offscreen suffit)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json : %1</translation>
    </message>
    <message>
        <source>manifest.json: larger than %1 MiB</source>
        <translation>manifest.json : plus de %1 Mio</translation>
    </message>
    <message>
        <source>manifest.json: invalid JSON at offset %1: %2</source>
        <translation>manifest.json : JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>manifest.json: expected an object at the top level</source>
        <translation>manifest.json : un objet est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>manifest.json : le champ « format » doit valoir « %1 »</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; must be an array</source>
        <translation>manifest.json : le champ « %1 » doit être un tableau</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;%1&quot; has more than %2 entries</source>
        <translation>manifest.json : le champ « %1 » a plus de %2 entrées</translation>
    </message>
    <message>
        <source>manifest.json: files[%1] must be an object with string fields &quot;path&quot; and &quot;sha256&quot;</source>
        <translation>manifest.json : files[%1] doit être un objet avec les champs de type chaîne « path » et « sha256 »</translation>
    </message>
    <message>
        <source>files[%1]: %2</source>
        <translation>files[%1] : %2</translation>
    </message>
    <message>
        <source>%1: SHA-256 differs from the manifest (the file was changed)</source>
        <translation>%1 : le SHA-256 diffère de celui du manifeste (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>%1: in the bundle but not in the manifest&apos;s hash list</source>
        <translation>%1 : présent dans le paquet mais absent de la liste des empreintes du manifeste</translation>
    </message>
    <message>
        <source>sources[%1]: %2</source>
        <translation>sources[%1] : %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: not in the manifest&apos;s hash list</source>
        <translation>%1 : absent de la liste des empreintes du manifeste</translation>
    </message>
    <message>
        <source>malformed claim: %1</source>
        <translation>affirmation malformée : %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>%1: the document has no claim in the manifest</source>
        <translation>%1 : le document n’a aucune affirmation dans le manifeste</translation>
    </message>
    <message>
        <source>%1 is not in the manifest&apos;s hash list</source>
        <translation>%1 est absent de la liste des empreintes du manifeste</translation>
    </message>
    <message>
        <source>%1 was changed after export (hash differs)</source>
        <translation>%1 a été modifié après l’export (l’empreinte diffère)</translation>
    </message>
    <message>
        <source>level %1 recorded for a %2 verdict</source>
        <translation>niveau %1 enregistré pour un verdict %2</translation>
    </message>
    <message>
        <source>nothing claimed</source>
        <translation>rien n’est affirmé</translation>
    </message>
    <message>
        <source>level %1 is not one an .smt2 check can have</source>
        <translation>le niveau %1 n’est pas possible pour une vérification .smt2</translation>
    </message>
    <message>
        <source>an .smt2 check&apos;s obligation must be its document</source>
        <translation>l’obligation d’une vérification .smt2 doit être son document</translation>
    </message>
    <message>
        <source>obligation: %1</source>
        <translation>obligation : %1</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; is not sat or unsat</source>
        <translation>la réponse « %1 » n’est ni sat ni unsat</translation>
    </message>
    <message>
        <source>level %1 is not one a CNF can have</source>
        <translation>le niveau %1 n’est pas possible pour une CNF</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>%1 is not the formula of %2 (edited obligation)</source>
        <translation>%1 n’est pas la formule de %2 (obligation modifiée)</translation>
    </message>
    <message>
        <source>a DRAT proof certifies unsat, but the claim says &quot;%1&quot;</source>
        <translation>une preuve DRAT certifie unsat, mais l’affirmation dit « %1 »</translation>
    </message>
    <message>
        <source>drat-trim: %1</source>
        <translation>drat-trim : %1</translation>
    </message>
    <message>
        <source>drat-trim verifies the DRAT proof %1</source>
        <translation>drat-trim vérifie la preuve DRAT %1</translation>
    </message>
    <message>
        <source>drat-trim does not verify %1 for this formula (swapped or edited proof)</source>
        <translation>drat-trim ne vérifie pas %1 pour cette formule (preuve échangée ou modifiée)</translation>
    </message>
    <message>
        <source>an assignment certifies sat, but the claim says &quot;%1&quot;</source>
        <translation>une affectation certifie sat, mais l’affirmation dit « %1 »</translation>
    </message>
    <message>
        <source>the assignment in %1 falsifies the clause on line %2 of %3</source>
        <translation>l’affectation de %1 rend fausse la clause de la ligne %2 de %3</translation>
    </message>
    <message>
        <source>the assignment in %1 satisfies all %2 clauses</source>
        <translation>l’affectation de %1 satisfait les %2 clauses</translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one for a CNF</source>
        <translation>le format de certificat « %1 » ne convient pas à une CNF</translation>
    </message>
    <message>
        <source>its source &quot;%1&quot; is not a bundled source</source>
        <translation>sa source « %1 » n’est pas une source du paquet</translation>
    </message>
    <message>
        <source>the source has no obligation &quot;%1&quot;</source>
        <translation>la source n’a pas d’obligation « %1 »</translation>
    </message>
    <message>
        <source>admitted (sorry) in the source</source>
        <translation>admis (sorry) dans la source</translation>
    </message>
    <message>
        <source>the source does not admit this step</source>
        <translation>la source n’admet pas cette étape</translation>
    </message>
    <message>
        <source>%1 is not the obligation its source elaborates to (edited obligation)</source>
        <translation>%1 n’est pas l’obligation que produit sa source (obligation modifiée)</translation>
    </message>
    <message>
        <source>%1 finds a counterexample</source>
        <translation>%1 trouve un contre-exemple</translation>
    </message>
    <message>
        <source>%1 does not refute the claim: %2</source>
        <translation>%1 ne réfute pas l’affirmation : %2</translation>
    </message>
    <message>
        <source>certificate format &quot;%1&quot; is not one cvc5 prints</source>
        <translation>le format de certificat « %1 » n’est pas un format produit par cvc5</translation>
    </message>
    <message>
        <source>cvc5 --check-proofs does not confirm the claim: %1</source>
        <translation>cvc5 --check-proofs ne confirme pas l’affirmation : %1</translation>
    </message>
    <message>
        <source>the certificate is not the proof cvc5 checked for this obligation (swapped or edited certificate)</source>
        <translation>le certificat n’est pas la preuve que cvc5 a vérifiée pour cette obligation (certificat échangé ou modifié)</translation>
    </message>
    <message>
        <source>cvc5 --check-proofs accepts the proof, identical to %1</source>
        <translation>cvc5 --check-proofs accepte la preuve, identique à %1</translation>
    </message>
    <message>
        <source>z3 agrees</source>
        <translation>z3 est d’accord</translation>
    </message>
    <message>
        <source>z3 does not confirm the claim: %1</source>
        <translation>z3 ne confirme pas l’affirmation : %1</translation>
    </message>
    <message>
        <source>%1 answers unsat</source>
        <translation>%1 répond unsat</translation>
    </message>
    <message>
        <source>%1 does not confirm the claim: %2</source>
        <translation>%1 ne confirme pas l’affirmation : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: obligation &quot;%2&quot; has no claim in the manifest</source>
        <translation>%1 : l’obligation « %2 » n’a aucune affirmation dans le manifeste</translation>
    </message>
    <message>
        <source>its id does not name its line %1 (expected check-sat@%1)</source>
        <translation>son identifiant ne désigne pas sa ligne %1 (attendu : check-sat@%1)</translation>
    </message>
    <message>
        <source>%1 has no check-sat at line %2 for this claim (the document was edited or reordered)</source>
        <translation>%1 n’a pas de check-sat à la ligne %2 pour cette affirmation (le document a été modifié ou réordonné)</translation>
    </message>
    <message>
        <source>the document stopped before it</source>
        <translation>le document s’est arrêté avant</translation>
    </message>
    <message>
        <source>%1: %2 has no claim in the manifest (a claim was removed, or the document was edited)</source>
        <translation>%1 : %2 n’a pas d’affirmation dans le manifeste (une affirmation a été retirée ou le document modifié)</translation>
    </message>
    <message>
        <source>%1 did not get to %2: %3</source>
        <translation>%1 n’est pas arrivé à %2 : %3</translation>
    </message>
    <message>
        <source>%1 gives no answer to %2: %3</source>
        <translation>%1 ne donne pas de réponse à %2 : %3</translation>
    </message>
    <message>
        <source>%1 answers %2 to %3, not %4</source>
        <translation>%1 répond %2 à %3, pas %4</translation>
    </message>
    <message>
        <source>%1 answers %2 to %3 of the document</source>
        <translation>%1 répond %2 à %3 du document</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Bundle</name>
    <message>
        <source>path &quot;%1&quot; is not a relative path inside the bundle</source>
        <translation>le chemin « %1 » n’est pas un chemin relatif à l’intérieur du paquet</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the bundle or is malformed</source>
        <translation>le chemin « %1 » sort du paquet ou est malformé</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads outside the bundle (symbolic link) or is not a file</source>
        <translation>le chemin « %1 » mène hors du paquet (lien symbolique) ou n’est pas un fichier</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::BundleExporter</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation>aucun dossier de sortie donné</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a bundle is written into a new directory</source>
        <translation>%1 existe et n’est pas vide : un paquet s’écrit dans un nouveau dossier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be exported</source>
        <translation>%1 : on ne peut exporter que des esquisses (.pds) et des fichiers SMT-LIB (.smt2) ou DIMACS (.cnf)</translation>
    </message>
</context>
<context>
    <name>proofdesk::exporting::Writer</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>impossible de relire %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui</name>
    <message>
        <source>Open Large File</source>
        <translation>Ouvrir un gros fichier</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 set in Settings. Opening it may make ProofDesk slow. Open it anyway?</source>
        <translation>%1 fait %2, plus que les %3 fixés dans les Paramètres. L’ouvrir peut ralentir ProofDesk. L’ouvrir quand même ?</translation>
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
    <name>proofdesk::ui::CheckSession</name>
    <message>
        <source>not run: the document stopped at an earlier error</source>
        <translation>non exécuté : le document s’est arrêté sur une erreur antérieure</translation>
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
    <name>proofdesk::ui::DocumentChecker</name>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::DocumentTab</name>
    <message>
        <source>Loading… %p%</source>
        <translation>Chargement… %p %</translation>
    </message>
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
    <message>
        <source>Cross-checked by %1</source>
        <translation>Contre-vérifié par %1</translation>
    </message>
    <message>
        <source>Solvers disagree: %1</source>
        <translation>Les solveurs se contredisent : %1</translation>
    </message>
    <message>
        <source>%1: solvers disagree: %2</source>
        <translation>%1 : les solveurs se contredisent : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checking that the assumptions do not contradict each other…</source>
        <translation>Vérification que les hypothèses ne se contredisent pas…</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Checks %1 again, produces certificates and writes a bundle that &lt;code&gt;proofdesk-cli verify&lt;/code&gt; re-checks from its files alone.</source>
        <translation>Vérifie à nouveau %1, produit des certificats et écrit un paquet que &lt;code&gt;proofdesk-cli verify&lt;/code&gt; revérifie à partir de ses seuls fichiers.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Output directory:</source>
        <translation>Dossier de sortie :</translation>
    </message>
    <message>
        <source>Certificates (a cvc5 proof checked in a separate process per proved step)</source>
        <translation>Certificats (pour chaque étape prouvée, une preuve cvc5 vérifiée dans un processus séparé)</translation>
    </message>
    <message>
        <source>report.pdf besides report.html</source>
        <translation>report.pdf en plus de report.html</translation>
    </message>
    <message>
        <source>The directory must not exist yet or be empty.</source>
        <translation>Le dossier ne doit pas encore exister, ou bien être vide.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open report.html</source>
        <translation>Ouvrir report.html</translation>
    </message>
    <message>
        <source>Bundle Directory</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking step %1 of %2</source>
        <translation>Vérification de l’étape %1 sur %2</translation>
    </message>
    <message>
        <source>Solving documents</source>
        <translation>Résolution des documents</translation>
    </message>
    <message>
        <source>Certificates: %1 of %2</source>
        <translation>Certificats : %1 sur %2</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>Écriture des rapports</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 claims (%3).</source>
        <translation>%1 écrit : %2 affirmations (%3).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>The sketch has not been saved. A bundle holds the sketch as saved: save it now?</source>
        <translation>L’esquisse n’a pas été enregistrée. Un paquet contient l’esquisse telle qu’elle est enregistrée : l’enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>The sketch has unsaved changes. A bundle holds the sketch as saved: save them now?</source>
        <translation>L’esquisse a des modifications non enregistrées. Un paquet contient l’esquisse telle qu’elle est enregistrée : les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Save Sketch As</source>
        <translation>Enregistrer l’esquisse sous</translation>
    </message>
    <message>
        <source>untitled.pds</source>
        <translation>sans-titre.pds</translation>
    </message>
    <message>
        <source>ProofDesk sketches (*.pds);;All files (*)</source>
        <translation>Esquisses ProofDesk (*.pds);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::FileSave</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphPanel</name>
    <message>
        <source>Variable interaction</source>
        <translation>Interaction des variables</translation>
    </message>
    <message>
        <source>Incidence</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Which graph of the file to draw</source>
        <translation>Quel graphe du fichier dessiner</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Colorer par communauté</translation>
    </message>
    <message>
        <source>Colour by standing</source>
        <translation>Colorer par état</translation>
    </message>
    <message>
        <source>Find node…</source>
        <translation>Chercher un nœud…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>Afficher tout le graphe (F)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Building and laying out the graph…</source>
        <translation>Construction et disposition du graphe…</translation>
    </message>
    <message>
        <source>Layout cancelled; the view shows the previous graph.</source>
        <translation>Disposition annulée ; la vue montre le graphe précédent.</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Disposition annulée.</translation>
    </message>
    <message>
        <source>Click a node to show its source; drag to pan, wheel to zoom, F to fit.</source>
        <translation>Cliquez sur un nœud pour afficher sa source ; glisser pour déplacer, molette pour zoomer, F pour ajuster.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Arêtes</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>%1 (largest %2)</source>
        <translation>%1 (la plus grande : %2)</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Modularity Q</source>
        <translation>Modularité Q</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>min %1, max %2, mean %3</source>
        <translation>min %1, max %2, moyenne %3</translation>
    </message>
    <message>
        <source>Clauses left out</source>
        <translation>Clauses omises</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>the graph has a cycle</source>
        <translation>le graphe a un cycle</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>No node named “%1”.</source>
        <translation>Aucun nœud nommé « %1 ».</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>« %1 » trouvé.</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG encoder failed</source>
        <translation>Impossible d’écrire %1 : l’encodeur PNG a échoué</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphView</name>
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
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>No graph</source>
        <translation>Aucun graphe</translation>
    </message>
    <message numerus="yes">
        <source>community %1: %n node(s)</source>
        <translation>
            <numerusform>communauté %1 : %n nœud</numerusform>
            <numerusform>communauté %1 : %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more communities</source>
        <translation>
            <numerusform>… %n autre communauté</numerusform>
            <numerusform>… %n autres communautés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>level of detail: 1 edge in %1</source>
        <translation>niveau de détail : 1 arête sur %1</translation>
    </message>
    <message>
        <source>level of detail</source>
        <translation>niveau de détail</translation>
    </message>
    <message>
        <source>%1, degree %2</source>
        <translation>%1, degré %2</translation>
    </message>
    <message>
        <source>community %1 of %2</source>
        <translation>communauté %1 sur %2</translation>
    </message>
    <message>
        <source>standing: %1</source>
        <translation>état : %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::ui::GraphWindow</name>
    <message>
        <source>Structure Graph — ProofDesk</source>
        <translation>Graphe de structure — ProofDesk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Proof, %1, line %2</source>
        <translation>Preuve, %1, ligne %2</translation>
    </message>
    <message>
        <source>Structure &amp;Graph</source>
        <translation>&amp;Graphe de structure</translation>
    </message>
    <message>
        <source>Structure Graph at &amp;Cursor</source>
        <translation>Graphe de structure sous le &amp;curseur</translation>
    </message>
    <message>
        <source>&amp;Proof Graph of Step at Cursor</source>
        <translation>Graphe de &amp;preuve de l’étape sous le curseur</translation>
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
    <message>
        <source>Show lines of this level and above</source>
        <translation>Afficher les lignes de ce niveau et au-dessus</translation>
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
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>%1 is a SAT solver: it checks DIMACS (.cnf) documents.</source>
        <translation>%1 est un solveur SAT : il vérifie les documents DIMACS (.cnf).</translation>
    </message>
    <message>
        <source>A DIMACS document is checked by a SAT solver: kissat or cadical.</source>
        <translation>Un document DIMACS est vérifié par un solveur SAT : kissat ou cadical.</translation>
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
            <numerusform>%n prouvée</numerusform>
            <numerusform>%n prouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>A read-only tab is not checked.</source>
        <translation>Un onglet en lecture seule n’est pas vérifié.</translation>
    </message>
    <message>
        <source>Checking the whole script: each (check-sat) depends on every command before it.</source>
        <translation>Vérification du script entier : chaque (check-sat) dépend de toutes les commandes qui le précèdent.</translation>
    </message>
    <message>
        <source>Checking the whole formula: a DIMACS file is one check.</source>
        <translation>Vérification de la formule entière : un fichier DIMACS est une seule vérification.</translation>
    </message>
    <message>
        <source>A DIMACS formula is checked as it is: there is no SMT-LIB text apart from the file.</source>
        <translation>Une formule DIMACS est vérifiée telle quelle : il n’y a pas de texte SMT-LIB en dehors du fichier.</translation>
    </message>
    <message>
        <source>%1 is not a (check-sat) of the script: there is no SMT-LIB text of its own to show.</source>
        <translation>%1 n’est pas un (check-sat) du script : il n’a pas de texte SMT-LIB propre à afficher.</translation>
    </message>
    <message>
        <source>%1 has no SMT-LIB text: see the Problems panel.</source>
        <translation>%1 n’a pas de texte SMT-LIB : voir le panneau Problèmes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
    <message>
        <source>Cross-checked by %1</source>
        <translation>Contre-vérifié par %1</translation>
    </message>
    <message>
        <source>Solvers disagree: %1</source>
        <translation>Les solveurs se contredisent : %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 (:status %2)</source>
        <translation>%1 (:status %2)</translation>
    </message>
    <message>
        <source>Checking that the assumptions do not contradict each other…</source>
        <translation>Vérification que les hypothèses ne se contredisent pas…</translation>
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
            <numerusform>%n autre fichier de récupération suit.</numerusform>
            <numerusform>%n autres fichiers de récupération suivent.</numerusform>
        </translation>
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
        <source>Allow &amp;imports from outside the sketch&apos;s folder</source>
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
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Larger sketches, SMT-LIB and DIMACS files are opened only after you confirm</source>
        <translation>Les esquisses et fichiers SMT-LIB ou DIMACS plus gros ne sont ouverts qu’après votre confirmation</translation>
    </message>
    <message>
        <source>Open files up to without &amp;asking:</source>
        <translation>Ouvrir sans &amp;demander les fichiers jusqu’à :</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation> nœuds</translation>
    </message>
    <message>
        <source>With more nodes in view, graphs are drawn as a density picture with a sample of the edges</source>
        <translation>Au-delà de ce nombre de nœuds visibles, un graphe est dessiné comme une image de densité avec un échantillon des arêtes</translation>
    </message>
    <message>
        <source>Draw graphs node by node &amp;up to:</source>
        <translation>Dessiner les graphes nœud par nœud j&amp;usqu’à :</translation>
    </message>
    <message>
        <source>A solver that prints more than this (models and proofs included) is stopped</source>
        <translation>Un solveur qui écrit davantage (modèles et preuves compris) est arrêté</translation>
    </message>
    <message>
        <source>Solver &amp;output read at most:</source>
        <translation>Sortie des s&amp;olveurs lue au plus :</translation>
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
