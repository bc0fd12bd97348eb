### The `palermo` command's messages: progress, summaries and the reasons of its errors
### (`--help` stays in English). Numbers in { $count } are grouped as the language writes them;
### dates stay YYYY-MM-DD, as the commands read them.

## What every command prints
cli-error = error: { $message }
cli-warning = warning: { $message }
# A message cut short at 2,000 characters.
cli-left-out = … ({ $bytes } more bytes left out)
cli-audit-failed = recording { $action } in the audit trail (nothing is shown until it is recorded)
cli-opening-database = opening database { $url }
cli-starting-runtime = starting the async runtime
cli-opening-file = opening { $file }
cli-dry-run = Dry run: nothing was written.

## The instruments, as the CLI names them
cli-instrument-untoc = Organized Crime Convention (UNTOC)
cli-instrument-tip = Trafficking in Persons Protocol
cli-instrument-som = Smuggling of Migrants Protocol
cli-instrument-firearms = Firearms Protocol

## palermo treaty
cli-treaty-not-a-date = { $value } is not a date YYYY-MM-DD
cli-treaty-unknown-region = unknown region { $region }: expected Africa, Americas, Asia, Europe or Oceania
cli-treaty-status-as-at = { $instrument }: status as at { $date }
cli-treaty-status-as-at-after = { $instrument }: status as at { $date } (no data after it; you asked for { $asked })
cli-treaty-status-as-at-on = { $instrument }: status as at { $date }, shown as on { $asked }
cli-treaty-not-a-file = { $file }: not a file (give the path of a CSV status table)
cli-treaty-rejected-errors =
    { $count ->
        [one] { $file } rejected: { $count } error; nothing was imported
       *[other] { $file } rejected: { $count } errors; nothing was imported
    }
cli-treaty-rejected = { $file } rejected: { $reason }; nothing was imported
cli-treaty-read = { $instrument }: { $count } participants read from { $file }, status as at { $date }.
cli-treaty-no-changes = No changes against the current data.
cli-treaty-new-signature = new signature: { $participant }
cli-treaty-new-party = new party: { $participant } ({ $kind }, { $date })
cli-treaty-changed = changed: { $participant }
cli-treaty-removed = no longer listed: { $participant }
cli-treaty-renamed = renamed: { $old } → { $new }
cli-treaty-summary =
    { $signatures ->
        [one] { $signatures } new signature
       *[other] { $signatures } new signatures
    }, { $parties ->
        [one] { $parties } new party
       *[other] { $parties } new parties
    }, { $changed } changed, { $removed } removed, { $renamed } renamed, { $unchanged } unchanged.
cli-treaty-nothing-recorded = Nothing recorded (same data).
cli-treaty-col-participant = participant
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = instr.
cli-treaty-col-signature = signature
cli-treaty-col-consent = consent
cli-treaty-col-kind = kind
cli-treaty-col-party = party
cli-yes = yes
cli-no = no
cli-treaty-rows =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, { $parties ->
        [one] { $parties } party
       *[other] { $parties } parties
    }.

## palermo db
cli-db-backend = backend:        { $value }
cli-db-database = database:       { $value }
cli-db-schema-version = schema version: { $value }
cli-db-schema-version-none = schema version: none (a new database)
cli-db-binary = binary's:       { $value }
cli-db-pending-none = pending:        none
cli-db-pending = pending:        { $count }
cli-db-orphan-cells = orphan cells:   { $count } (statistics cells whose dataset is not stored; 0 expected)
cli-db-reading-schema = reading the schema of { $url }
cli-db-migrating = migrating { $url }
cli-db-migrated =
    { $count ->
        [one] { $location }: { $count } migration applied; schema at version { $version }
       *[other] { $location }: { $count } migrations applied; schema at version { $version }
    }
cli-db-backup-written = backup written to { $file }
cli-db-pg-dump-found = pg_dump is on PATH ({ $path })
cli-db-pg-dump-missing = pg_dump is not on PATH: install PostgreSQL's client tools (Debian: postgresql-client)
cli-db-no-backup = no backup written: { $advice }; { $found }
cli-db-backing-up = backing up to { $file }
cli-db-opening-target = opening the target { $url }
cli-db-migrating-target = migrating the target { $url }
cli-db-copying = copying { $source } to { $target }
cli-db-copied-table = { $table } { $rows } row(s)  checksum { $checksum }  (same in both)
cli-db-copied = copied { $source } to { $target }
cli-stats-read-sum-fits = read as the sum of its rows (the country-year’s totals fit the sum only)
cli-stats-read-alternatives-fit = read as alternatives (the country-year’s totals fit single values only)
cli-stats-read-both-fit = read as alternatives (the totals fit both readings)
cli-stats-read-neither-fits = read as alternatives (the totals fit neither reading)
cli-stats-read-unchecked = read as alternatives (no total or breakdown to test against)
cli-stats-readings = Read as sums: { $sum }; as alternatives: { $alternatives } where only they fit, { $both } where both readings fit, { $neither } where neither fits, { $unchecked } with nothing to test against.
