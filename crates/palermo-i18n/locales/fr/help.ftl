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
help-cmd-help-subcommand = Afficher l’aide de la ou des sous-commandes

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
help-linkage = Couplage d’enregistrements respectueux de la vie privée, avec des CLK (filtres de Bloom)
help-db = La base de données : état, migrations, sauvegarde
help-user = Comptes : ajout, liste, désactivation, réinitialisation du mot de passe (le premier administrateur est créé ici ; il n’y a pas de mot de passe par défaut)
help-token = Jetons d’API pour les scripts : création (affiché une seule fois), liste, révocation
help-audit = La piste d’audit : vérifier sa chaîne de hachage, l’exporter en CSV
