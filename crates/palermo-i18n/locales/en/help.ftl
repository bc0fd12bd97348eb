# `palermo --help` and clap's own text (crates/palermo-cli/src/help.rs).
# Keys: help-<command path>[-<argument id>[-<possible value>]]; a command's
# long text is its `.long` attribute, the text after its options `.after`.

## clap's frame
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-usage-options = [OPTIONS]
help-usage-command = <COMMAND>
help-usage-command-optional = [COMMAND]
help-note-env = [env: { $name }]
help-note-default = [default: { $value }]
help-note-possible-values = [possible values: { $values }]
help-note-possible-values-heading = Possible values:
help-flag-help = Print help
    .summary-more = Print help (see more with '--help')
    .long-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-cmd-help = Print this message or the help of the given subcommand(s)
help-cmd-help-subcommand = Print help for the subcommand(s)

## clap's refusals ({ $arg }: the argument's name, never its value)
help-error-lang = expected one of ar, zh, en, fr, ru, es (the six UN languages)
help-error-invalid-value = invalid value for { $arg } (possible values: { $values })
help-error-value-validation = invalid value for { $arg }: { $reason }
help-error-unknown-argument = unexpected argument { $arg }
help-error-invalid-subcommand = unrecognized subcommand { $arg }
help-error-no-equals = { $arg } needs its value after an equals sign (=)
help-error-too-many-values = too many values for { $arg }
help-error-wrong-number = wrong number of values for { $arg }
help-error-argument-conflict = { $arg } cannot be used with { $other }
help-error-missing-required = a required argument was not given: { $arg }
help-error-missing-subcommand = a subcommand is required
help-error-invalid-utf8 = an argument is not valid UTF-8
help-error-other = the command line could not be read
help-error-more = For more information, try '--help'.

## palermo
help-palermo = Palermo: treaty status, trafficking statistics, record linkage and multiple systems estimation for the fight against trafficking in persons
    .long =
        Palermo: treaty status, trafficking statistics, record linkage and multiple systems estimation for the fight against trafficking in persons.

        Every command uses the same database: the SQLite file `palermo.db` in the working directory unless `--db` or `PALERMO_DB` names another file (`PATH` or `sqlite:PATH`) or a PostgreSQL database (`postgres://user:password@host:port/database`). Whichever command first opens a new database creates, migrates and seeds it with the bundled reference data.
help-arg-db = Database: an SQLite file (`PATH` or `sqlite:PATH`, created, migrated and seeded on first use) or `postgres://user:password@host:port/db` (migrated and seeded on first use). Prefer `PALERMO_DB` for a URL with a password: a command line is visible to other users
help-arg-lang = Language of the messages and of this help: ar, zh, en, fr, ru or es (default: the POSIX locale, LC_ALL, LC_MESSAGES or LANG, if it names one of the six, else English)
help-serve = Serve the web platform and the JSON API (http://127.0.0.1:8080 by default)
help-serve-addr = Address to listen on
help-treaty = Treaty tracker: status of the Convention and its Protocols
help-stats = National statistics (UNODC GLOTIP): import, indicators, conflicts
help-cases = Victim case records (HTCDS / CTDC): import, protected indicators
help-mse = Multiple systems estimation: estimate the hidden number of victims from the overlaps between lists
help-linkage = Privacy-preserving record linkage with Bloom-filter CLKs
help-db = The database: status, migrations, backup
help-user = Accounts: add, list, disable, reset-password (the first administrator is created here; there is no default password)
help-token = API tokens for scripts: create (shown once), list, revoke
help-audit = The audit trail: verify its hash chain, export it as CSV
