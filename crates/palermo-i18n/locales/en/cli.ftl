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

## palermo mse (the reasons of a refused table are estimation.ftl's mse-err-*)
cli-mse-reading-stdin = reading standard input
cli-mse-reading = reading { $file }
cli-mse-errors = { $file }: { $count } errors (nothing was estimated):
cli-mse-and-more = … and { $count } more
cli-mse-terms-need-fixed = --terms needs --method fixed
cli-mse-time-limit-bad = --time-limit { $value }: not a number of seconds
cli-mse-header =
    { $count ->
        [one] { $file }: { $count } list ({ $lists }), { $observed } observed
       *[other] { $file }: { $count } lists ({ $lists }), { $observed } observed
    }
cli-mse-method = Method:          { $method }
cli-mse-method-stepwise = stepwise (add the pair with the smallest Poisson p-value while p < { $threshold })
cli-mse-selected-model = Selected model:  { $model }
cli-mse-estimate = Estimate:        { $estimate } people ({ $unobserved } never observed)
cli-mse-interval-wald = lognormal-Wald
cli-mse-interval-bounds = observed total, no model fits
cli-mse-interval-bca-seed = BCa bootstrap ({ $replicates } replicates, seed { $seed })
cli-mse-empty-overlaps = Empty overlaps (θ = −∞):
cli-mse-p-empty = P(empty by chance) = { $p }
cli-mse-models-tried = Models tried ({ $shown } shown of { $tried }):
cli-mse-col-interactions = interactions
cli-mse-col-deviance = deviance
cli-mse-col-estimate = estimate
cli-mse-col-p-value = p-value
cli-mse-not-fitted = not fitted: { $why }
cli-mse-other-methods = Other methods, side by side (model choice dominates the uncertainty):

## Refusals shared by several commands (the reason is the library's)
cli-nothing-imported = { $reason }; nothing was imported
cli-nothing-changed = { $reason }; nothing was changed

## palermo serve
cli-serve-serving = Palermo is serving http://{ $addr } (database { $database })
cli-serve-serving-on = serving on { $addr }

## palermo cases
cli-cases-fewer-than = fewer than { $k }
cli-cases-footer = total { $total }; { $primary } cell(s) below k={ $k } withheld, { $secondary } more withheld against subtraction.
cli-cases-unknown-region = unknown region "{ $region }": expected Africa, Americas, Asia, Europe, Oceania or a sub-region
cli-cases-col-victims = victims
cli-cases-withheld = withheld
cli-cases-export-warning = { $count } record-level rows follow; keep them on this machine (public figures: palermo cases indicators)
cli-cases-source-rows = { $read } read, { $stored } stored, { $rejected } rejected

## palermo cases release, budget
cli-release-about = about { $count } records
cli-release-fewer-than = fewer than { $count } records
cli-release-withdrawn-on = withdrawn { $date }
cli-release-epsilon-not-dp = --epsilon is for --method dp; nothing was released
cli-release-dp-needs-epsilon = --method dp needs --epsilon E (such as 1); nothing was released
cli-release-refused = { $reason }; nothing was released
cli-release-made = release { $id } made: { $release }
cli-release-served = The web and API now serve it; the record count is published rounded.
cli-release-none = no releases yet; make one with `palermo cases release create`
cli-release-withdrawn = release { $id } withdrawn: { $release }

## palermo user, token, audit
cli-user-reading-password = reading the password from standard input
cli-user-password-stdin = the password on standard input
cli-user-no-such-account = no such account (give its id or e-mail, see `palermo user list`)
cli-user-bad-email = --email: expected an e-mail address (one '@', no spaces, at most 254 characters)
cli-user-bad-name = --name: expected 1-200 characters
cli-user-public-role = --role: the public has no account
cli-user-needs-org = --org: a { $role } acts for an organisation (state:ISO3, un:NAME, icat:NAME or agency:NAME)
cli-user-reviews-not-reviewer = --reviews: only a reviewer reviews States
cli-user-bad-reviews = --reviews: expected ISO 3166-1 alpha-3 codes separated by commas
cli-user-created = created account { $id } ({ $role })
cli-user-password-once = password (shown once): { $password }
cli-user-enrol-totp = a { $role } enrols a TOTP second factor at /account after the first sign-in
cli-user-already-disabled = account { $id } is already disabled
cli-user-disabled = disabled account { $id }: its sessions ended and its tokens are revoked
cli-user-password-reset = new password set for account { $id }; its sessions ended
cli-token-bad-name = --name: expected 1-100 characters
cli-token-account-disabled = account { $id } is disabled
cli-token-created = created token { $id } ({ $scope }) for account { $account }
cli-token-once = token (shown once): { $token }
cli-token-no-live = no live token { $id } (see `palermo token list`)
cli-token-revoked = revoked token { $id }
cli-audit-intact = audit trail intact: { $entries } entries, last entry { $last } with hash { $hash }
cli-audit-broken = audit trail broken at entry { $seq }: { $reason }
cli-audit-truncated = audit trail broken after entry { $seq }: the chain ends there but { $recorded } entries were recorded (entries removed from its end)
cli-creating-file = creating { $file }
