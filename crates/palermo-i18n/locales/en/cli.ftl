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

## palermo stats import, palermo cases import
cli-import-rows-rejected = { $count } row(s) rejected and not stored (exit status 3); the others are stored
cli-import-writing-report = writing the report { $file }
cli-import-field = , field { $field }
cli-import-rejected-row = rejected: { $file }: { $location }{ $field }: { $reason }
cli-import-progress-rows = { $rows } rows
cli-import-rejected-rows-at = (rejected rows: { $file })
cli-import-strict = { $error }; --strict: the whole file is rejected, nothing was imported
cli-import-file-rejected = { $error }; the file is rejected, nothing was imported
cli-import-failed = import failed; nothing was imported
cli-import-shrink = { $error } (check the file and the report; --force replaces it all the same)
cli-import-nothing = { $error }; nothing was imported
cli-import-reading = reading { $file }
cli-import-what-cells = cells
cli-import-what-case-records = case records
cli-import-summary = { $file }: { $read } rows read, { $stored } { $what } stored, { $rejected } rejected, { $warnings } stored with a warning{ $replaced }.
cli-import-replaced = ; replaced { $count } rows of the previous import of { $name }
cli-import-report-at = Rejected rows and warnings (line, field, reason): { $file }
cli-import-conflicts = { $count } key(s) are published more than once ({ $differ } with different values); all rows are kept, none is summed or chosen:
cli-import-conflicts-at-least = At least { $count } key(s) are published more than once ({ $differ } with different values); all rows are kept, none is summed or chosen:
cli-import-more-conflicts = … and { $count } more (palermo stats conflicts --dataset { $dataset })
cli-import-more-conflicts-at-least = … and at least { $count } more (palermo stats conflicts --dataset { $dataset })
cli-import-line-value = line { $line }: { $value }

## palermo stats
cli-stats-empty-name = an empty name; give a short name such as police-2024
cli-stats-bad-name = a name of at most 100 characters, without control characters
cli-stats-loading-bundled = loading the bundled GLOTIP statistics
cli-stats-conflicts-count = { $count } key(s) published more than once in { $dataset }.
cli-stats-years-span = { $first }-{ $last } ({ $count } years)
cli-stats-col-value = value
cli-stats-col-per-100k = per 100k
cli-stats-col-countries = countries
cli-stats-col-years = years
cli-stats-no-data = (no data for this selection: missing is not zero)
cli-stats-note-range = * a range: UNODC publishes small counts as "<5" (1–4 each) and they are not guessed.
cli-stats-note-conflict = ! a key published more than once with different values contributes its range (palermo stats conflicts).

## palermo linkage
cli-linkage-threads = cannot start the worker threads
cli-linkage-secret-unreadable = { $file }: cannot read the secret file
cli-linkage-secret-short = { $file }: the secret is { $bytes } bytes long; at least { $min } are needed
cli-linkage-schema-unreadable = { $file }: cannot read the schema
cli-linkage-schema-invalid = { $file }: invalid linkage schema
cli-linkage-progress = records ({ $rate }, { $eta } left)
cli-linkage-encoding = encoding
cli-linkage-matching = matching
cli-linkage-histogram = histogram
cli-linkage-no-keys = { $file }: cannot derive keys
cli-linkage-identifiers-unreadable = { $file }: cannot open the identifiers file
cli-linkage-header-unreadable = { $file }: cannot read the header row
cli-linkage-header-mismatch = { $file }: the header does not match { $schema }
cli-linkage-line = line { $line }
cli-linkage-record-unreadable = { $file }{ $line }: cannot read the record ({ $reason })
cli-linkage-empty-list = { $file }: the list is empty (a header and no record)
cli-linkage-bad-records = { $file }: { $count } bad records; no CLK was written
cli-linkage-bad-value = { $file }{ $line }, column '{ $column }': { $reason }
cli-linkage-field-count = { $file }{ $line }: has { $found } fields, the schema has { $expected }
cli-linkage-clks-unwritable = { $file }: cannot write the CLKs
cli-linkage-no-clk = no CLK to write
cli-linkage-encoded = encoded { $count } records of { $file } into { $output } in { $seconds } s ({ $rate } records/s); mean density { $density }
cli-linkage-dense = the CLKs set { $percent }% of their bits on average. Above about half, Bloom-filter CLKs are easier to attack (frequency and pattern mining) and unrelated records already look similar; consider fewer bitsPerFeature/bitsPerToken, a longer l, or xor_folds (see README, Privacy-preserving record linkage).
cli-linkage-more-bad-records = { $file }: … and { $count } more bad records
cli-linkage-not-utf8 = field { $field } is not valid UTF-8
cli-linkage-input-error = input error
cli-linkage-malformed-csv = malformed CSV
cli-linkage-identical =
    { $groups ->
        [one] { $file }: { $shared } of { $records } records share their CLK with another record ({ $groups } group of identical CLKs). Identical CLKs mean identical identifiers: the same person listed twice, or a placeholder such as "unknown" in a name or date field, which makes all such records look like one person to `linkage match`. Leave unknown values empty (the schema's missingValue) or remove duplicates before encoding.
       *[other] { $file }: { $shared } of { $records } records share their CLK with another record ({ $groups } groups of identical CLKs). Identical CLKs mean identical identifiers: the same person listed twice, or a placeholder such as "unknown" in a name or date field, which makes all such records look like one person to `linkage match`. Leave unknown values empty (the schema's missingValue) or remove duplicates before encoding.
    }
cli-linkage-more = … { $count } more
cli-linkage-one-clk = { $file }: { $count } records with one CLK: { $lines }
cli-linkage-more-groups = { $file }: … and { $count } more groups
cli-linkage-clks-unreadable = { $file }: cannot read the CLK file
cli-linkage-clks-invalid = { $file }: invalid CLK file
cli-linkage-bits-differ = { $file }: CLKs of { $bits } bits, but { $first } holds CLKs of { $first_bits } bits: were they encoded with the same schema?
cli-linkage-names-count = --names gives { $names } names for { $lists } lists
cli-linkage-bad-list-name = list name { $name } cannot be a column name: choose others with --names
cli-linkage-same-list-name = two lists are named { $name }: name them with --names a,b,…
cli-linkage-bad-threshold = --threshold must be above 0 and at most 1, not { $value }
cli-linkage-cannot-link = cannot link these lists
cli-linkage-matches-unwritable = { $file }: cannot write the matches
cli-linkage-histories-unwritable = { $file }: cannot write the capture histories
cli-linkage-matched = { $lists } lists, { $clusters } clusters, { $pairs } matched pairs, { $individuals } individuals; { $considered } pairs considered, { $computed } Dice computed in { $seconds } s ({ $rate } M pairs/s, kernel { $kernel }, { $threads } threads)
cli-linkage-bad-floor = --floor must be between 0 and 1, not { $value }
cli-linkage-report-lists = Lists
cli-linkage-report-list = { $name }: { $clks } CLKs of { $bits } bits, mean density { $density }
cli-linkage-report-matches = Matches at threshold { $threshold } ({ $solver } solver, blocking { $blocking })
cli-linkage-report-pair = pair of lists
cli-linkage-report-candidates = candidates
cli-linkage-report-matched = matches
cli-linkage-report-clusters = clusters: { $clusters }; individuals observed: { $individuals }
cli-linkage-report-histories = Capture histories (palermo mse input)
cli-linkage-report-dice = Dice coefficients of all pairs, { $a } × { $b }
cli-linkage-report-dice-floor = Dice coefficients of all pairs, { $a } × { $b } ({ $below } pairs below { $floor } not binned)
cli-linkage-report-threshold = threshold
