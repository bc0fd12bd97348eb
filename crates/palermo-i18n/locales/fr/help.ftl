### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## Le cadre de clap
help-heading-usage = Utilisation
help-heading-commands = Commandes
help-heading-arguments = Arguments
help-heading-options = Options
help-usage-options = [OPTIONS]
help-usage-command = <COMMANDE>
help-usage-command-optional = [COMMANDE]
help-note-env = [variable d’environnement : { $name }]
help-note-default = [par défaut : { $value }]
help-note-possible-values = [valeurs possibles : { $values }]
help-note-possible-values-heading = Valeurs possibles :
help-flag-help = Afficher l’aide
    .summary-more = Afficher l’aide (davantage avec « --help »)
    .long-summary = Afficher l’aide (un résumé avec « -h »)
help-flag-version = Afficher la version
help-cmd-help = Afficher ce message ou l’aide des sous-commandes indiquées

## Les refus de clap
help-error-lang = attendu : ar, zh, en, fr, ru ou es (les six langues de l’ONU)
help-error-invalid-value = valeur non valide pour { $arg } (valeurs possibles : { $values })
help-error-value-validation = valeur non valide pour { $arg } : { $reason }
help-error-unknown-argument = argument inattendu { $arg }
help-error-invalid-subcommand = sous-commande inconnue { $arg }
help-error-no-equals = { $arg } attend sa valeur après un signe égal (=)
help-error-too-many-values = trop de valeurs pour { $arg }
help-error-wrong-number = nombre de valeurs incorrect pour { $arg }
help-error-argument-conflict = { $arg } ne peut pas être employé avec { $other }
help-error-missing-required = un argument obligatoire manque : { $arg }
help-error-missing-subcommand = une sous-commande est requise
help-error-invalid-utf8 = un argument n’est pas en UTF-8 valide
help-error-other = la ligne de commande n’a pas pu être lue
help-error-more = Pour en savoir plus, essayez « --help ».

## palermo
help-palermo = Palermo : état des traités, statistiques de la traite, couplage d’enregistrements et estimation par systèmes multiples pour la lutte contre la traite des personnes
    .long =
        Palermo : état des traités, statistiques de la traite, couplage d’enregistrements et estimation par systèmes multiples pour la lutte contre la traite des personnes.

        Toutes les commandes utilisent la même base de données : le fichier SQLite `palermo.db` du répertoire de travail, sauf si `--db` ou `PALERMO_DB` désigne un autre fichier (`CHEMIN` ou `sqlite:CHEMIN`) ou une base PostgreSQL (`postgres://utilisateur:motdepasse@hôte:port/base`). La première commande qui ouvre une nouvelle base la crée, la migre et y charge les données de référence fournies.
help-arg-db = Base de données : un fichier SQLite (`CHEMIN` ou `sqlite:CHEMIN`, créé, migré et alimenté à la première utilisation) ou `postgres://utilisateur:motdepasse@hôte:port/base` (migrée et alimentée à la première utilisation). Préférez `PALERMO_DB` pour une URL avec mot de passe : une ligne de commande est visible des autres utilisateurs
help-arg-lang = Langue des messages et de cette aide : ar, zh, en, fr, ru ou es (par défaut : la locale POSIX, LC_ALL, LC_MESSAGES ou LANG, si elle désigne l’une des six, sinon l’anglais)
help-serve = Servir la plateforme web et l’API JSON (http://127.0.0.1:8080 par défaut)
help-serve-addr = Adresse d’écoute
help-treaty = Suivi des traités : état de la Convention et de ses Protocoles
help-stats = Statistiques nationales (GLOTIP de l’ONUDC) : importation, indicateurs, conflits
help-cases = Dossiers de victimes (HTCDS / CTDC) : importation, indicateurs protégés
help-mse = Estimation par systèmes multiples : estimer le nombre caché de victimes à partir des recoupements entre listes
    .after =
        ENTRÉE : un CSV (virgule, point-virgule ou tabulation) avec une colonne 0/1 par liste et une colonne `count` (les lignes nulles peuvent être omises, les doublons sont additionnés et le rapport dit lesquels) ; ou une ligne par personne avec des colonnes 0/1 et sans effectif ; ou deux colonnes `id,list`, une ligne par apparition. `-` lit l’entrée standard.

        EXEMPLES :
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = Couplage d’enregistrements respectueux de la vie privée, avec des CLK (filtres de Bloom)
help-db = La base de données : état, migrations, sauvegarde
help-user = Comptes : ajout, liste, désactivation, réinitialisation du mot de passe (le premier administrateur est créé ici ; il n’y a pas de mot de passe par défaut)
help-token = Jetons d’API pour les scripts : création (affiché une seule fois), liste, révocation
help-audit = La piste d’audit : vérifier sa chaîne de hachage, l’exporter en CSV

## palermo treaty
help-treaty-status = Qui a signé, ratifié ou adhéré, et qui pas encore
    .long =
        Qui a signé, ratifié ou adhéré, et qui pas encore.

        Affiche une ligne par participant et par instrument. Les objets JSON ont les clés participant, iso3, instrument, signature_date, consent_date, consent_type et party ; les dates sont au format AAAA-MM-JJ ou null.
help-treaty-status-instrument = Seulement cet instrument : untoc, tip, som ou firearms (par défaut : les quatre)
help-treaty-status-not_party = Seulement les États Membres de l’ONU qui ne sont pas parties (y compris ceux sans aucune action)
help-treaty-status-region = Seulement les participants de cette région de l’ONU (Africa, Americas, Asia, Europe, Oceania)
help-treaty-status-as_of = L’état tel qu’il était à cette date (AAAA-MM-JJ), d’après les dates des actions
help-treaty-status-format = Format de sortie
help-treaty-status-format-table = Colonnes alignées, pour la lecture
help-treaty-status-format-csv = CSV avec une ligne d’en-tête
help-treaty-status-format-json = Un tableau JSON, un objet par participant
help-treaty-import = Charger un instantané plus récent de l’état d’un instrument (atomique, idempotent) et afficher ce qui a changé. Un instantané plus ancien que les données actuelles est refusé
    .long =
        Charger un instantané plus récent de l’état d’un instrument (atomique, idempotent) et afficher ce qui a changé. Un instantané plus ancien que les données actuelles est refusé.

        FILE est soit le tableau d’état de la Collection des traités des Nations Unies enregistré en CSV (colonnes Participant, Signature et la colonne du consentement dont les dates portent les marques a/A/AA/d/c ; les numéros de note après les noms sont retirés), soit le CSV de Palermo : participant,iso3,signature_date,consent_date,consent_type avec des dates AAAA-MM-JJ. Toute ligne non valide fait rejeter tout le fichier et la base de données reste inchangée.
help-treaty-import-file = Le tableau d’état (CSV)
help-treaty-import-instrument = untoc, tip, som ou firearms
help-treaty-import-as_of = La date « état au » de l’instantané (AAAA-MM-JJ)
help-treaty-import-format = Disposition de FILE
help-treaty-import-format-auto = Déterminée d’après l’en-tête
help-treaty-import-format-untc = Le tableau d’état de la Collection des traités des Nations Unies (Participant, Signature, Ratification…)
help-treaty-import-format-palermo = Le CSV de Palermo (participant, iso3, signature_date, consent_date, consent_type)
help-treaty-import-allow_removals = Accepter un instantané qui omet des participants des données actuelles (refusé par défaut : les tableaux d’état de l’ONU n’abandonnent jamais un participant, un tel fichier est donc le plus souvent tronqué ou d’un autre instrument)
help-treaty-import-dry_run = Vérifier le fichier et afficher ce qui changerait, sans rien écrire
help-treaty-export = Écrire l’état actuel d’un instrument dans le CSV de Palermo (réimportable)
help-treaty-export-instrument = untoc, tip, som ou firearms

## palermo mse
help-mse-file = Table des historiques de capture ou fichier d’enregistrements (CSV) ; `-` pour l’entrée standard
help-mse-method = Méthode de sélection du modèle
help-mse-method-stepwise = Règle pas à pas de SparseMSE : ajouter la paire de plus petite valeur p de Poisson tant qu’elle est sous --threshold
help-mse-method-aic = AIC pas à pas ascendant
help-mse-method-bic = Plus petit BIC parmi tous les modèles hiérarchiques d’ordre 2 (k ≤ 6)
help-mse-method-main = Effets principaux seulement (listes indépendantes)
help-mse-method-fixed = Les interactions données par --terms
help-mse-terms = Interactions pour --method fixed, p. ex. `A:B,C:D` (noms des listes d’après l’en-tête)
help-mse-threshold = Seuil de valeur p de la règle pas à pas
help-mse-bootstrap = Bootstrap BCa avec ce nombre de réplications (la sélection du modèle refaite dans chacune)
help-mse-seed = Graine du bootstrap (les résultats sont reproductibles pour une graine donnée)
help-mse-level = Couverture des intervalles
help-mse-no_profile = Omettre l’intervalle de vraisemblance profilée
help-mse-time_limit = S’arrêter sur une erreur après ce nombre de secondes (par défaut : pas de limite). Le jackknife du bootstrap refait la sélection du modèle une fois par historique observé, ce qui est long avec de nombreuses listes
help-mse-format = Format de sortie
help-mse-format-table = Rapport lisible
help-mse-format-json = Un objet JSON (estimate, observed, terms, empty_overlaps, intervals, models, …)

## palermo db
help-db-status = Moteur, version du schéma et migrations en attente (rien n’est écrit dans la base de données)
help-db-migrate = Applique les migrations en attente (toute commande le fait aussi, à l’ouverture)
help-db-backup = Écrit une copie cohérente d’une base SQLite dans FILE (en ligne : `VACUUM INTO`). Pour PostgreSQL, indique comment `pg_dump` le fait
help-db-backup-file = Le fichier de sauvegarde (ne doit pas exister ; créé lisible par son seul propriétaire)
help-db-copy = Copie toutes les tables dans une base vide de l’un ou l’autre moteur (pour passer de SQLite à PostgreSQL), vérifiée table par table par le nombre de lignes et une somme de contrôle du contenu ; la cible est d’abord migrée et reste vide en cas de différence
help-db-copy-to = La cible : un nouveau fichier SQLite ou `postgres://…` d’une base vide (ou `PALERMO_COPY_TO`, pour garder un mot de passe hors de la ligne de commande)

## palermo audit
help-audit-verify = Vérifier la chaîne de hachage de la piste d’audit : affiche sa longueur et son dernier hachage (notez-les hors de la base de données pour comparer plus tard), ou nomme la première entrée qui ne tient pas et se termine avec 1
help-audit-export = Écrire la piste d’audit (telle que stockée, avec ses hachages) en CSV sur la sortie standard ou dans --output
help-audit-export-format = Format de sortie (csv)
help-audit-export-format-csv = Valeurs séparées par des virgules (RFC 4180)
help-audit-export-output = Écrire dans ce fichier au lieu de la sortie standard (créé en 0600)

## palermo user
help-user-add = Créer un compte. Le mot de passe est lu sur la première ligne de l’entrée standard avec --password-stdin ; sinon, il est généré et affiché une seule fois (il n’est conservé que sous forme de son empreinte Argon2id)
help-user-add-email = Adresse électronique (l’identifiant de connexion ; unique, comparée en minuscules)
help-user-add-name = Nom affiché
help-user-add-role = public, data-provider, national-focal-point, reviewer, analyst ou administrator
help-user-add-org = L’organisation pour laquelle le compte agit : state:ISO3, un:NOM, icat:NOM ou agency:NOM (obligatoire pour les fournisseurs de données, les points focaux et les examinateurs)
help-user-add-reviews = Pour un examinateur : les États dont il lit les réponses (codes ISO 3166-1 alpha-3, séparés par des virgules)
help-user-add-password_stdin = Lire le mot de passe sur l’entrée standard au lieu d’en générer un
help-user-list = Lister les comptes (sans aucun secret)
help-user-disable = Désactiver un compte : ses sessions prennent fin et ses jetons sont révoqués
help-user-disable-user = L’identifiant ou l’adresse électronique du compte
help-user-reset-password = Définir un nouveau mot de passe (lu sur l’entrée standard avec --password-stdin, sinon généré et affiché une seule fois) ; met fin aux sessions du compte et lève un verrouillage
help-user-reset-password-user = L’identifiant ou l’adresse électronique du compte
help-user-reset-password-password_stdin = Lire le mot de passe sur l’entrée standard au lieu d’en générer un
help-user-reset-password-remove_totp = Supprimer aussi le second facteur TOTP du compte (appareil perdu) : il s’inscrit de nouveau à sa prochaine connexion

## palermo token
help-token-create = Créer un jeton d’API pour un compte, affiché une seule fois (conservé uniquement sous forme de son SHA-256). Les scripts l’envoient sous la forme `Authorization: Bearer TOKEN`
help-token-create-user = L’identifiant ou l’adresse électronique du compte
help-token-create-name = Un nom pour le reconnaître
help-token-create-scope = read (par défaut) ou read-write
help-token-list = Lister les jetons (jamais leurs secrets)
help-token-revoke = Révoquer un jeton : il cesse aussitôt de fonctionner
help-token-revoke-id = L’identifiant du jeton (donné par `token list`)

## palermo linkage
help-linkage-encode = Encoder un CSV d’identifiants en CLK (compatible avec clkhash 0.18)
    .long =
        Encoder un CSV d’identifiants en CLK (compatible avec clkhash 0.18).

        S’exécute hors ligne sur la machine du détenteur des données. L’en-tête du CSV doit nommer les caractéristiques du schéma dans l’ordre. Écrit le JSON de clkhash ({"{"}"clks": [base64, …]{"}"}), un CLK par enregistrement dans l’ordre du fichier.
help-linkage-encode-identifiers = Identifiants : CSV avec une ligne d’en-tête correspondant aux caractéristiques du schéma
help-linkage-encode-schema = Schéma de couplage (JSON de clkhash, version 1, 2 ou 3)
help-linkage-encode-secret_file = Fichier contenant le secret partagé (au moins 16 octets ; un saut de ligne final est ignoré). Jamais affiché
help-linkage-encode-output = Fichier de sortie des CLK
help-linkage-encode-no_validate = Ne pas valider les valeurs selon les formats du schéma (--no-validate de clkhash)
help-linkage-encode-threads = Fils d’exécution (par défaut : tous les cœurs)
help-linkage-encode-quiet = Pas de barre de progression
help-linkage-match = Apparier des fichiers de CLK : paires candidates selon le coefficient de Dice, appariement glouton un à un, groupes sur k listes
    .long =
        Apparier des fichiers de CLK : paires candidates selon le coefficient de Dice, appariement glouton un à un, groupes sur k listes.

        Écrit une ligne CSV par paire appariée (file_a, index_a, file_b, index_b, similarity ; positions des enregistrements à partir de 0) et, avec --capture-histories, la table que lit `palermo mse`.
help-linkage-match-clks = Fichiers de CLK, un par liste (JSON de clkhash). Deux ou plus
help-linkage-match-threshold = Coefficient de Dice qu’une paire doit atteindre pour être candidate (0 < T ≤ 1)
help-linkage-match-names = Noms des listes, séparés par des virgules (par défaut : les noms de fichier sans extension). Servent de noms de colonne des historiques de capture
help-linkage-match-solver = Solveur : `greedy` (greedy_solve d’anonlink) ou `probabilistic` (probabilistic_greedy_solve d’anonlink avec --merge-threshold)
help-linkage-match-merge_threshold = Part des paires entre deux groupes qui doivent être candidates pour qu’ils fusionnent (solveur probabiliste seulement)
help-linkage-match-blocking = Génération des candidats : `none` (exacte : chaque paire dans la borne du popcount) ou `lsh` (échantillonnage de bits LSH de Hamming : plus rapide sur de grandes listes, manque certaines paires)
help-linkage-match-lsh_tables = LSH : nombre de tables de hachage
help-linkage-match-lsh_bits = LSH : bits échantillonnés par table
help-linkage-match-lsh_seed = LSH : graine des positions échantillonnées
help-linkage-match-threads = Fils d’exécution (par défaut : tous les cœurs)
help-linkage-match-kernel = Noyau de popcount : auto, avx512, avx2, popcnt ou portable
help-linkage-match-output = CSV des paires appariées (par défaut : la sortie standard)
help-linkage-match-capture_histories = Écrire aussi ici les historiques de capture, au format d’entrée de `palermo mse`
help-linkage-report = Nombres de recoupements par paire de listes et histogramme des similarités, pour choisir le seuil
help-linkage-report-clks = Fichiers de CLK, un par liste (JSON de clkhash). Deux ou plus
help-linkage-report-threshold = Coefficient de Dice qu’une paire doit atteindre pour être candidate (0 < T ≤ 1)
help-linkage-report-names = Noms des listes, séparés par des virgules (par défaut : les noms de fichier sans extension). Servent de noms de colonne des historiques de capture
help-linkage-report-solver = Solveur : `greedy` (greedy_solve d’anonlink) ou `probabilistic` (probabilistic_greedy_solve d’anonlink avec --merge-threshold)
help-linkage-report-merge_threshold = Part des paires entre deux groupes qui doivent être candidates pour qu’ils fusionnent (solveur probabiliste seulement)
help-linkage-report-blocking = Génération des candidats : `none` (exacte : chaque paire dans la borne du popcount) ou `lsh` (échantillonnage de bits LSH de Hamming : plus rapide sur de grandes listes, manque certaines paires)
help-linkage-report-lsh_tables = LSH : nombre de tables de hachage
help-linkage-report-lsh_bits = LSH : bits échantillonnés par table
help-linkage-report-lsh_seed = LSH : graine des positions échantillonnées
help-linkage-report-threads = Fils d’exécution (par défaut : tous les cœurs)
help-linkage-report-kernel = Noyau de popcount : auto, avx512, avx2, popcnt ou portable
help-linkage-report-bins = Classes de l’histogramme sur [0, 1]
help-linkage-report-floor = Plancher de l’histogramme : les paires en dessous sont comptées, non classées (0 classe chaque paire ; un plancher plus haut permet à la borne du popcount d’éviter du travail)

## palermo cases
help-cases-import = Importer les dossiers de victimes du fichier d’un organisme, en une seule transaction
    .long =
        Importer les dossiers de victimes du fichier d’un organisme, en une seule transaction.

        Chaque ligne est validée ; les lignes valides sont enregistrées, les lignes rejetées vont dans un rapport (le nom de FILE + `.rejected.csv`, ou --report) avec ligne, champ et motif. Réimporter la même --source remplace ses dossiers, mais ne les réduit jamais en silence : une réimportation qui rejette plus de 1 % de ses lignes, ou qui garde moins de la moitié des dossiers enregistrés, est refusée sans --force. Code de sortie comme pour `stats import` (0 tout enregistré, 3 lignes rejetées, 1 rien importé). Les fichiers ayant une colonne qui identifie une personne (noms, dates de naissance, numéros de documents, coordonnées de contact, adresses, coordonnées géographiques) sont refusés en entier.
help-cases-import-file = Le fichier (UTF-8)
help-cases-import-source = Nom de l’organisme ou du jeu de données (réimporter une source la remplace)
help-cases-import-format = Structure de FILE
help-cases-import-format-ctdc = Microdonnées du CTDC : la structure du Global Synthetic Dataset 2024 (virgule) ou de l’ancien Global Dataset k-anonymisé (point-virgule), d’après les noms de colonnes
help-cases-import-format-htcds-csv = Champs HTCDS 2.0 en colonnes CSV (`prs_Gender`, `vic_TypeOfExploitation` …)
help-cases-import-format-htcds-json = Champs HTCDS 2.0 en tableau JSON d’objets ou en JSON Lines
help-cases-import-strict = Rejeter tout le fichier à la première ligne invalide
help-cases-import-force = Remplacer la source même si plus de 1 % des lignes sont rejetées ou si la nouvelle version a moins de la moitié des dossiers enregistrés (refusé sinon)
help-cases-import-report = Où écrire les lignes rejetées (CSV)
help-cases-indicators = Nombres de victimes tirés des dossiers, pour le détenteur des données sur le fichier de base de données : nombres exacts, cellules sous k masquées (et assez d’autres pour qu’aucune ne puisse être retrouvée à partir du total). Mêmes filtres que `stats indicators`, pour comparer avec les statistiques nationales. Ne jamais les publier : le public reçoit des publications (`cases release create`)
help-cases-indicators-from = Première année (incluse) : quatre chiffres, de 1900 à 2100
help-cases-indicators-to = Dernière année (incluse) : quatre chiffres, de 1900 à 2100
help-cases-indicators-country = Pays : code ISO 3166-1 alpha-3, tel que MDA (un nom est refusé, avec son code)
help-cases-indicators-region = Région ou sous-région de l’ONUDC ("Europe", "Sub-Saharan Africa")
help-cases-indicators-sex = Sexe : female, male, other, unknown (par défaut : tous)
help-cases-indicators-age = Tranche d’âge : child (0-17), adult (18+), unknown (par défaut : toutes)
help-cases-indicators-form = Forme d’exploitation : sexual, forced-labour, other
help-cases-indicators-by = Regrouper par : year, sex, age, form, country, citizenship, region (séparés par des virgules pour plusieurs)
help-cases-indicators-format = Format de sortie
help-cases-indicators-format-table = Colonnes alignées, pour la lecture
help-cases-indicators-format-csv = CSV avec une ligne d’en-tête
help-cases-indicators-format-json = Un tableau JSON de lignes
help-cases-indicators-source = Seulement les dossiers de cette source
help-cases-indicators-k = Seuil des petites cellules k (au moins 3)
help-cases-sources = Les sources enregistrées
help-cases-release = Publications : la seule forme publique des tableaux de dossiers de victimes (create, list, withdraw)
help-cases-release-create = Faire une publication : calculer maintenant les tableaux publics à une dimension (total ; par année, sexe, âge, forme, pays, nationalité) à partir de tous les dossiers mis en commun, les protéger et les enregistrer figés. Le web et l’API la servent ensuite ; les importations ne changent rien de public avant la publication suivante
help-cases-release-create-method = cell-key (par défaut) ou dp
help-cases-release-create-method-cell-key = Suppression des petites cellules et bruit par clé de cellule (±2), le même pour les mêmes dossiers
help-cases-release-create-method-dp = Confidentialité différentielle (Laplace discret d’OpenDP) à --epsilon, imputée au budget de confidentialité de chaque source
help-cases-release-create-epsilon = Perte de confidentialité d’une publication --method dp (un nombre positif, tel que 0.5, 1 ou 2), imputée au budget de chaque source
help-cases-release-create-note = Une note pour les lecteurs (affichée avec la publication)
help-cases-release-list = Lister les publications, de la plus récente à la plus ancienne
help-cases-release-withdraw = Retirer une publication : elle n’est plus servie (son ε reste dépensé)
help-cases-release-withdraw-id = Le numéro de la publication
help-cases-budget = Le budget de confidentialité que dépensent les publications à confidentialité différentielle
help-cases-budget-set = Fixer le budget de confidentialité (ε total sur toutes les publications) d’une source, ou de chaque source enregistrée
help-cases-budget-set-epsilon = ε total (un nombre positif)
help-cases-budget-set-source = Seulement cette source
help-cases-budget-show = Afficher le budget de chaque source, l’ε dépensé et l’ε restant
help-cases-export = Écrire les dossiers bruts (une ligne par victime) en CSV sur la sortie standard. Données individuelles : pour le détenteur des données sur son propre fichier de base de données seulement ; ne jamais les publier (utiliser `cases indicators`, qui protège les petites cellules)
help-cases-export-source = Seulement les dossiers de cette source

## palermo stats
help-stats-import = Importer des statistiques nationales (données par pays du GLOTIP de l’ONUDC) en une seule transaction
    .long =
        Importer des statistiques nationales (données par pays du GLOTIP de l’ONUDC) en une seule transaction.

        Chaque ligne est validée ; les lignes valides sont enregistrées, les lignes rejetées sont écrites avec leur ligne, leur champ et leur motif dans un rapport (le nom de FILE + `.rejected.csv` dans le répertoire de travail, ou --report). Réimporter un jeu de données le remplace (sans doublons), mais ne le réduit jamais en silence : une réimportation qui rejette plus de 1 % de ses lignes, ou qui garde moins de la moitié des lignes enregistrées, est refusée sans --force. Les clés publiées plus d’une fois sont toutes conservées et listées comme conflits.

        Code de sortie : 0 si chaque ligne a été enregistrée ; 3 si des lignes ont été rejetées (les autres sont enregistrées ; voir le rapport) ; 1 si rien n’a été importé.
help-stats-import-file = Le fichier (CSV, UTF-8)
help-stats-import-format = Structure de FILE (par défaut : glotip-xlsx pour un fichier `.xlsx`, glotip-csv sinon)
help-stats-import-format-glotip-csv = Le CSV du portail de données GLOTIP de l’ONUDC (13 colonnes, `txtVALUE` avec "<5")
help-stats-import-format-glotip-xlsx = Le classeur Excel du portail de données (`data_glotip.xlsx`) : la première feuille, mêmes colonnes que le CSV ; les lignes sont numérotées comme dans la feuille
help-stats-import-dataset = Nom du jeu de données (réimporter un nom le remplace ; la table fournie est `glotip`)
help-stats-import-force = Remplacer le jeu de données même si plus de 1 % des lignes sont rejetées ou si la nouvelle version a moins de la moitié des lignes enregistrées (refusé sinon)
help-stats-import-report = Où écrire les lignes rejetées et les avertissements (CSV)
help-stats-import-as_of = La date des données (AAAA-MM-JJ : publication ou dernière mise à jour de la source), enregistrée avec le jeu de données et affichée avec ses chiffres
help-stats-indicators = Victimes détectées, poursuites, condamnations … : totaux avec couverture, intervalles censurés et taux pour 100 000
    .long =
        Victimes détectées, poursuites, condamnations … : totaux avec couverture, intervalles censurés et taux pour 100 000.

        Les totaux additionnent une cellule par pays et par année ; les cellules "<5" comptent pour 1 à 4, de sorte que les totaux sont des intervalles quand l’une d’elles y contribue (JSON : "censored": true avec "value_min" et "value_max", "value" null). Les données manquantes ne sont pas des zéros : chaque ligne liste les pays et les années qu’elle couvre. Les agrégats régionaux de l’ONUDC ne sont pas additionnés.
help-stats-indicators-dataset = Seulement ce jeu de données (par défaut : tous ; celui qui est fourni est `glotip`)
help-stats-export = Exporter les victimes détectées pour la base de données mondiale des ODD de l’ONU (indicateur 16.2.2) en SDMX-CSV 1.0 : flux de données IAEG-SDGs:DF_SDG_GLH, les dimensions de la DSD des ODD dans l’ordre, les séries VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP et leurs séries pour 100 000 (se terminant par R), les codes de zone M49, les codes SEX et AGE des listes de codes des ODD
    .long =
        Exporter les victimes détectées pour la base de données mondiale des ODD de l’ONU (indicateur 16.2.2) en SDMX-CSV 1.0 : flux de données IAEG-SDGs:DF_SDG_GLH, les dimensions de la DSD des ODD dans l’ordre, les séries VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP et leurs séries pour 100 000 (se terminant par R), les codes de zone M49, les codes SEX et AGE des listes de codes des ODD.

        Une cellule "<5" a un OBS_VALUE vide et un OBS_STATUS Q (supprimé). Statistiques publiées seulement.
help-stats-export-format = Format de sortie
help-stats-export-format-sdmx-csv = SDMX-CSV 1.0 pour la base de données mondiale des ODD (flux de données IAEG-SDGs:DF_SDG_GLH)
help-stats-export-output = Écrire dans FILE au lieu de la sortie standard
help-stats-export-country = Pays : code ISO 3166-1 alpha-3, tel que MDA
help-stats-export-dataset = Seulement ce jeu de données (par défaut : tous ; celui qui est fourni est `glotip`)
help-stats-conflicts = Clés publiées plus d’une fois, avec leurs lignes sources et leurs valeurs
help-stats-conflicts-dataset = Jeu de données
help-stats-indicators-from = Première année (incluse) : quatre chiffres, de 1900 à 2100
help-stats-indicators-to = Dernière année (incluse) : quatre chiffres, de 1900 à 2100
help-stats-indicators-country = Pays : code ISO 3166-1 alpha-3, tel que MDA (un nom est refusé, avec son code)
help-stats-indicators-region = Région ou sous-région de l’ONUDC ("Europe", "Sub-Saharan Africa")
help-stats-indicators-sex = Sexe : female, male, other, unknown (par défaut : tous)
help-stats-indicators-age = Tranche d’âge : child (0-17), adult (18+), unknown (par défaut : toutes)
help-stats-indicators-form = Forme d’exploitation : sexual, forced-labour, other
help-stats-indicators-by = Regrouper par : year, sex, age, form, country, citizenship, region (séparés par des virgules pour plusieurs)
help-stats-indicators-format = Format de sortie
help-stats-indicators-format-table = Colonnes alignées, pour la lecture
help-stats-indicators-format-csv = CSV avec une ligne d’en-tête
help-stats-indicators-format-json = Un tableau JSON de lignes
help-stats-export-from = Première année (incluse) : quatre chiffres, de 1900 à 2100
help-stats-export-to = Dernière année (incluse) : quatre chiffres, de 1900 à 2100
help-stats-import-strict = Rejeter tout le fichier à la première ligne invalide
help-stats-indicators-indicator = detected-victims (victimes détectées ; par défaut), prosecuted, convicted, formal-contact, offences
