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
