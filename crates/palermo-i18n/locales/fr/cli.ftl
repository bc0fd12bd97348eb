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
