### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## Ce que toute commande affiche
cli-error = erreur : { $message }
cli-warning = avertissement : { $message }
cli-left-out = … ({ $bytes } octets de plus omis)
cli-audit-failed = enregistrement de { $action } dans la piste d’audit (rien n’est affiché avant cet enregistrement)
cli-opening-database = ouverture de la base de données { $url }
cli-starting-runtime = démarrage de l’environnement d’exécution asynchrone
cli-opening-file = ouverture de { $file }
cli-dry-run = Essai à blanc : rien n’a été écrit.

## Les instruments
cli-instrument-untoc = Convention contre la criminalité organisée (UNTOC)
cli-instrument-tip = Protocole relatif à la traite des personnes
cli-instrument-som = Protocole contre le trafic illicite de migrants
cli-instrument-firearms = Protocole relatif aux armes à feu

## palermo treaty
cli-treaty-not-a-date = { $value } n’est pas une date AAAA-MM-JJ
cli-treaty-unknown-region = région inconnue { $region } : attendu Africa, Americas, Asia, Europe ou Oceania
cli-treaty-status-as-at = { $instrument } : état au { $date }
cli-treaty-status-as-at-after = { $instrument } : état au { $date } (aucune donnée postérieure ; date demandée : { $asked })
cli-treaty-status-as-at-on = { $instrument } : état au { $date }, présenté tel qu’au { $asked }
cli-treaty-not-a-file = { $file } : n’est pas un fichier (indiquez le chemin d’un tableau d’état au format CSV)
cli-treaty-rejected-errors =
    { $count ->
        [one] { $file } refusé : { $count } erreur ; rien n’a été importé
       *[other] { $file } refusé : { $count } erreurs ; rien n’a été importé
    }
cli-treaty-rejected = { $file } refusé : { $reason } ; rien n’a été importé
cli-treaty-read = { $instrument } : { $count } participants lus dans { $file }, état au { $date }.
cli-treaty-no-changes = Aucun changement par rapport aux données actuelles.
cli-treaty-new-signature = nouvelle signature : { $participant }
cli-treaty-new-party = nouvelle partie : { $participant } ({ $kind }, { $date })
cli-treaty-changed = modifié : { $participant }
cli-treaty-removed = ne figure plus : { $participant }
cli-treaty-renamed = renommé : { $old } → { $new }
cli-treaty-summary =
    { $signatures ->
        [one] { $signatures } nouvelle signature
       *[other] { $signatures } nouvelles signatures
    }, { $parties ->
        [one] { $parties } nouvelle partie
       *[other] { $parties } nouvelles parties
    }, { $changed } modifié(s), { $removed } retiré(s), { $renamed } renommé(s), { $unchanged } inchangé(s).
cli-treaty-nothing-recorded = Rien n’a été enregistré (mêmes données).
cli-treaty-col-participant = participant
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = instr.
cli-treaty-col-signature = signature
cli-treaty-col-consent = consentement
cli-treaty-col-kind = type
cli-treaty-col-party = partie
cli-yes = oui
cli-no = non
cli-treaty-rows =
    { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, { $parties ->
        [one] { $parties } partie
       *[other] { $parties } parties
    }.

## palermo db
cli-db-backend = moteur : { $value }
cli-db-database = base de données : { $value }
cli-db-schema-version = version du schéma : { $value }
cli-db-schema-version-none = version du schéma : aucune (nouvelle base de données)
cli-db-binary = version du programme : { $value }
cli-db-pending-none = en attente : aucune
cli-db-pending = en attente : { $count }
cli-db-orphan-cells = cellules orphelines : { $count } (cellules statistiques dont le jeu de données n’est pas enregistré ; 0 attendu)
cli-db-reading-schema = lecture du schéma de { $url }
cli-db-migrating = migration de { $url }
cli-db-migrated =
    { $count ->
        [one] { $location } : { $count } migration appliquée ; schéma à la version { $version }
       *[other] { $location } : { $count } migrations appliquées ; schéma à la version { $version }
    }
cli-db-backup-written = sauvegarde écrite dans { $file }
cli-db-pg-dump-found = pg_dump se trouve dans le PATH ({ $path })
cli-db-pg-dump-missing = pg_dump ne se trouve pas dans le PATH : installez les outils clients de PostgreSQL (Debian : postgresql-client)
cli-db-no-backup = aucune sauvegarde écrite : { $advice } ; { $found }
cli-db-backing-up = sauvegarde dans { $file }
cli-db-opening-target = ouverture de la cible { $url }
cli-db-migrating-target = migration de la cible { $url }
cli-db-copying = copie de { $source } vers { $target }
cli-db-copied-table = { $table } { $rows } ligne(s)  somme de contrôle { $checksum }  (identique des deux côtés)
cli-db-copied = { $source } copiée vers { $target }
cli-stats-read-sum-fits = lue comme la somme de ses lignes (les totaux du pays et de l’année ne concordent qu’avec la somme)
cli-stats-read-alternatives-fit = lue comme des valeurs alternatives (les totaux ne concordent qu’avec une valeur unique)
cli-stats-read-both-fit = lue comme des valeurs alternatives (les totaux concordent avec les deux lectures)
cli-stats-read-neither-fits = lue comme des valeurs alternatives (les totaux ne concordent avec aucune lecture)
cli-stats-read-unchecked = lue comme des valeurs alternatives (aucun total ni ventilation à quoi la comparer)
cli-stats-readings = Lues comme des sommes : { $sum } ; comme des valeurs alternatives : { $alternatives } là où seules elles concordent, { $both } là où les deux lectures concordent, { $neither } là où aucune ne concorde, { $unchecked } sans rien à quoi les comparer.

## palermo mse
cli-mse-reading-stdin = lecture de l’entrée standard
cli-mse-reading = lecture de { $file }
cli-mse-errors = { $file } : { $count } erreurs (rien n’a été estimé) :
cli-mse-and-more = … et { $count } de plus
cli-mse-terms-need-fixed = --terms demande --method fixed
cli-mse-time-limit-bad = --time-limit { $value } : n’est pas un nombre de secondes
cli-mse-header =
    { $count ->
        [one] { $file } : { $count } liste ({ $lists }), { $observed } personnes observées
       *[other] { $file } : { $count } listes ({ $lists }), { $observed } personnes observées
    }
cli-mse-method = Méthode :          { $method }
cli-mse-method-stepwise = pas à pas (ajoute la paire de plus petite valeur p de Poisson tant que p < { $threshold })
cli-mse-selected-model = Modèle retenu :    { $model }
cli-mse-estimate = Estimation :       { $estimate } personnes ({ $unobserved } jamais observées)
cli-mse-interval-wald = log-normal de Wald
cli-mse-interval-bounds = total observé, aucun modèle ne s’ajuste
cli-mse-interval-bca-seed = bootstrap BCa ({ $replicates } réplications, graine { $seed })
cli-mse-empty-overlaps = Recoupements vides (θ = −∞) :
cli-mse-p-empty = P(vide par hasard) = { $p }
cli-mse-models-tried = Modèles essayés ({ $shown } affichés sur { $tried }) :
cli-mse-col-interactions = interactions
cli-mse-col-deviance = déviance
cli-mse-col-estimate = estimation
cli-mse-col-p-value = valeur p
cli-mse-not-fitted = non ajusté : { $why }
cli-mse-other-methods = Autres méthodes, côte à côte (le choix du modèle domine l’incertitude) :

## Refus communs à plusieurs commandes
cli-nothing-imported = { $reason } ; rien n’a été importé
cli-nothing-changed = { $reason } ; rien n’a été modifié

## palermo serve
cli-serve-serving = Palermo est servi sur http://{ $addr } (base de données { $database })
cli-serve-serving-on = service sur { $addr }

## palermo cases
cli-cases-fewer-than = moins de { $k }
cli-cases-footer = total { $total } ; { $primary } cellule(s) sous k={ $k } masquée(s), { $secondary } de plus masquée(s) contre la soustraction.
cli-cases-unknown-region = région inconnue « { $region } » : attendu Africa, Americas, Asia, Europe, Oceania ou une sous-région
cli-cases-col-victims = victimes
cli-cases-withheld = masqué
cli-cases-export-warning = { $count } lignes de dossiers individuels suivent ; gardez-les sur cette machine (chiffres publics : palermo cases indicators)
cli-cases-source-rows = { $read } lues, { $stored } enregistrées, { $rejected } rejetées

## palermo cases release, budget
cli-release-about = environ { $count } dossiers
cli-release-fewer-than = moins de { $count } dossiers
cli-release-withdrawn-on = retirée le { $date }
cli-release-epsilon-not-dp = --epsilon s’emploie avec --method dp ; rien n’a été publié
cli-release-dp-needs-epsilon = --method dp demande --epsilon E (par exemple 1) ; rien n’a été publié
cli-release-refused = { $reason } ; rien n’a été publié
cli-release-made = publication { $id } faite : { $release }
cli-release-served = Le web et l’API la servent désormais ; le nombre de dossiers est publié arrondi.
cli-release-none = aucune publication pour l’instant ; créez-en une avec `palermo cases release create`
cli-release-withdrawn = publication { $id } retirée : { $release }

## palermo user, token, audit
cli-user-reading-password = lecture du mot de passe sur l’entrée standard
cli-user-password-stdin = le mot de passe sur l’entrée standard
cli-user-no-such-account = aucun compte de ce nom (indiquez son id ou son courriel, voir `palermo user list`)
cli-user-bad-email = --email : adresse électronique attendue (un seul « @ », sans espace, au plus 254 caractères)
cli-user-bad-name = --name : de 1 à 200 caractères attendus
cli-user-public-role = --role : le public n’a pas de compte
cli-user-needs-org = --org : un compte { $role } agit pour une organisation (state:ISO3, un:NOM, icat:NOM ou agency:NOM)
cli-user-reviews-not-reviewer = --reviews : seul un examinateur examine des États
cli-user-bad-reviews = --reviews : codes ISO 3166-1 alpha-3 séparés par des virgules attendus
cli-user-created = compte { $id } créé ({ $role })
cli-user-password-once = mot de passe (affiché une seule fois) : { $password }
cli-user-enrol-totp = un compte { $role } enregistre un second facteur TOTP sur /account après la première connexion
cli-user-already-disabled = le compte { $id } est déjà désactivé
cli-user-disabled = compte { $id } désactivé : ses sessions sont terminées et ses jetons révoqués
cli-user-password-reset = nouveau mot de passe défini pour le compte { $id } ; ses sessions sont terminées
cli-token-bad-name = --name : de 1 à 100 caractères attendus
cli-token-account-disabled = le compte { $id } est désactivé
cli-token-created = jeton { $id } créé ({ $scope }) pour le compte { $account }
cli-token-once = jeton (affiché une seule fois) : { $token }
cli-token-no-live = aucun jeton actif { $id } (voir `palermo token list`)
cli-token-revoked = jeton { $id } révoqué
cli-audit-intact = journal d’audit intact : { $entries } entrées, dernière entrée { $last } d’empreinte { $hash }
cli-audit-broken = journal d’audit rompu à l’entrée { $seq } : { $reason }
cli-audit-truncated = journal d’audit rompu après l’entrée { $seq } : la chaîne s’arrête là mais { $recorded } entrées avaient été enregistrées (des entrées ont été retirées de sa fin)
cli-creating-file = création de { $file }

## palermo stats import, palermo cases import
cli-import-rows-rejected = lignes refusées et non enregistrées : { $count } (code de sortie 3) ; les autres sont enregistrées
cli-import-writing-report = écriture du rapport { $file }
cli-import-field = , champ { $field }
cli-import-rejected-row = refusée : { $file } : { $location }{ $field } : { $reason }
cli-import-progress-rows = { $rows } lignes
cli-import-rejected-rows-at = (lignes refusées : { $file })
cli-import-strict = { $error } ; --strict : tout le fichier est refusé, rien n’a été importé
cli-import-file-rejected = { $error } ; le fichier est refusé, rien n’a été importé
cli-import-failed = échec de l’importation ; rien n’a été importé
cli-import-shrink = { $error } (vérifiez le fichier et le rapport ; --force le remplace malgré tout)
cli-import-nothing = { $error } ; rien n’a été importé
cli-import-reading = lecture de { $file }
cli-import-what-cells = cellules
cli-import-what-case-records = fiches de cas
cli-import-summary = { $file } : lignes lues : { $read } ; { $what } enregistrées : { $stored } ; refusées : { $rejected } ; enregistrées avec un avertissement : { $warnings }{ $replaced }.
cli-import-replaced = ; { $count } lignes de l’importation précédente de { $name } remplacées
cli-import-report-at = Lignes refusées et avertissements (ligne, champ, motif) : { $file }
cli-import-conflicts = Clés publiées plusieurs fois : { $count } (dont { $differ } avec des valeurs différentes) ; toutes les lignes sont conservées, aucune n’est additionnée ni choisie :
cli-import-conflicts-at-least = Clés publiées plusieurs fois : au moins { $count } (dont { $differ } avec des valeurs différentes) ; toutes les lignes sont conservées, aucune n’est additionnée ni choisie :
cli-import-more-conflicts = … et { $count } de plus (palermo stats conflicts --dataset { $dataset })
cli-import-more-conflicts-at-least = … et au moins { $count } de plus (palermo stats conflicts --dataset { $dataset })
cli-import-line-value = ligne { $line } : { $value }

## palermo stats
cli-stats-empty-name = un nom vide ; donnez un nom court tel que police-2024
cli-stats-bad-name = un nom d’au plus 100 caractères, sans caractères de contrôle
cli-stats-loading-bundled = chargement des statistiques GLOTIP fournies
cli-stats-conflicts-count = Clés publiées plusieurs fois dans { $dataset } : { $count }.
cli-stats-years-span = { $first }-{ $last } ({ $count } ans)
cli-stats-col-value = valeur
cli-stats-col-per-100k = pour 100 000
cli-stats-col-countries = pays
cli-stats-col-years = années
cli-stats-no-data = (aucune donnée pour cette sélection : une donnée manquante n’est pas un zéro)
cli-stats-note-range = * un intervalle : l’ONUDC publie les petits effectifs sous la forme « <5 » (de 1 à 4 chacun) et ils ne sont pas devinés.
cli-stats-note-conflict = ! une clé publiée plusieurs fois avec des valeurs différentes apporte son intervalle (palermo stats conflicts).

## palermo linkage
cli-linkage-threads = impossible de démarrer les fils d’exécution
cli-linkage-secret-unreadable = { $file } : impossible de lire le fichier du secret
cli-linkage-secret-short = { $file } : le secret fait { $bytes } octets ; il en faut au moins { $min }
cli-linkage-schema-unreadable = { $file } : impossible de lire le schéma
cli-linkage-schema-invalid = { $file } : schéma de couplage invalide
cli-linkage-progress = enregistrements ({ $rate }, encore { $eta })
cli-linkage-encoding = encodage
cli-linkage-matching = appariement
cli-linkage-histogram = histogramme
cli-linkage-no-keys = { $file } : impossible de dériver les clés
cli-linkage-identifiers-unreadable = { $file } : impossible d’ouvrir le fichier des identifiants
cli-linkage-header-unreadable = { $file } : impossible de lire la ligne d’en-tête
cli-linkage-header-mismatch = { $file } : l’en-tête ne correspond pas à { $schema }
cli-linkage-line = ligne { $line }
cli-linkage-record-unreadable = { $file }{ $line } : impossible de lire l’enregistrement ({ $reason })
cli-linkage-empty-list = { $file } : la liste est vide (un en-tête et aucun enregistrement)
cli-linkage-bad-records = { $file } : enregistrements invalides : { $count } ; aucun CLK n’a été écrit
cli-linkage-bad-value = { $file }{ $line }, colonne « { $column } » : { $reason }
cli-linkage-field-count = { $file }{ $line } : { $found } champs, le schéma en a { $expected }
cli-linkage-clks-unwritable = { $file } : impossible d’écrire les CLK
cli-linkage-no-clk = aucun CLK à écrire
cli-linkage-encoded = { $count } enregistrements de { $file } encodés dans { $output } en { $seconds } s ({ $rate } enregistrements/s) ; densité moyenne { $density }
cli-linkage-dense = les CLK ont en moyenne { $percent } % de leurs bits à 1. Au-delà d’environ la moitié, les CLK à filtre de Bloom sont plus faciles à attaquer (analyse des fréquences et des motifs) et des enregistrements sans rapport se ressemblent déjà ; envisagez moins de bitsPerFeature/bitsPerToken, un l plus long ou xor_folds (voir README, Privacy-preserving record linkage).
cli-linkage-more-bad-records = { $file } : … et { $count } autres enregistrements invalides
cli-linkage-not-utf8 = le champ { $field } n’est pas en UTF-8 valide
cli-linkage-input-error = erreur d’entrée
cli-linkage-malformed-csv = CSV mal formé
cli-linkage-identical = { $file } : { $shared } enregistrements sur { $records } partagent leur CLK avec un autre (groupes de CLK identiques : { $groups }). Des CLK identiques signifient des identifiants identiques : la même personne inscrite deux fois, ou une valeur de remplacement telle que « unknown » dans un champ de nom ou de date, qui fait passer tous ces enregistrements pour une seule personne aux yeux de `linkage match`. Laissez vides les valeurs inconnues (le missingValue du schéma) ou supprimez les doublons avant l’encodage.
cli-linkage-more = … { $count } de plus
cli-linkage-one-clk = { $file } : { $count } enregistrements avec un même CLK : { $lines }
cli-linkage-more-groups = { $file } : … et { $count } autres groupes
cli-linkage-clks-unreadable = { $file } : impossible de lire le fichier de CLK
cli-linkage-clks-invalid = { $file } : fichier de CLK invalide
cli-linkage-bits-differ = { $file } : CLK de { $bits } bits, mais { $first } contient des CLK de { $first_bits } bits : ont-ils été encodés avec le même schéma ?
cli-linkage-names-count = --names donne { $names } noms pour { $lists } listes
cli-linkage-bad-list-name = le nom de liste { $name } ne peut pas être un nom de colonne : choisissez-en d’autres avec --names
cli-linkage-same-list-name = deux listes s’appellent { $name } : nommez-les avec --names a,b,…
cli-linkage-bad-threshold = --threshold doit être supérieur à 0 et au plus égal à 1, et non { $value }
cli-linkage-cannot-link = impossible de coupler ces listes
cli-linkage-matches-unwritable = { $file } : impossible d’écrire les appariements
cli-linkage-histories-unwritable = { $file } : impossible d’écrire les historiques de capture
cli-linkage-matched = { $lists } listes, { $clusters } groupes, { $pairs } paires appariées, { $individuals } individus ; { $considered } paires examinées, { $computed } coefficients de Dice calculés en { $seconds } s ({ $rate } M paires/s, noyau { $kernel }, { $threads } fils)
cli-linkage-bad-floor = --floor doit être compris entre 0 et 1, et non { $value }
cli-linkage-report-lists = Listes
cli-linkage-report-list = { $name } : { $clks } CLK de { $bits } bits, densité moyenne { $density }
cli-linkage-report-matches = Appariements au seuil { $threshold } (solveur { $solver }, blocage { $blocking })
cli-linkage-report-pair = paire de listes
cli-linkage-report-candidates = candidates
cli-linkage-report-matched = appariées
cli-linkage-report-clusters = groupes : { $clusters } ; individus observés : { $individuals }
cli-linkage-report-histories = Historiques de capture (entrée de palermo mse)
cli-linkage-report-dice = Coefficients de Dice de toutes les paires, { $a } × { $b }
cli-linkage-report-dice-floor = Coefficients de Dice de toutes les paires, { $a } × { $b } ({ $below } paires sous { $floor } non classées)
cli-linkage-report-threshold = seuil
