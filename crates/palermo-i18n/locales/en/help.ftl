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
    .after =
        INPUT: a CSV (comma, semicolon or tab) with one 0/1 column per list and a `count` column (zero rows may be omitted, duplicates are summed and the report says which); or one row per person with 0/1 columns and no count; or two columns `id,list`, one row per appearance. `-` reads standard input.

        EXAMPLES:
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = Privacy-preserving record linkage with Bloom-filter CLKs
help-db = The database: status, migrations, backup
help-user = Accounts: add, list, disable, reset-password (the first administrator is created here; there is no default password)
help-token = API tokens for scripts: create (shown once), list, revoke
help-audit = The audit trail: verify its hash chain, export it as CSV

## palermo treaty
help-treaty-status = Who has signed, ratified or acceded, and who has not yet
    .long =
        Who has signed, ratified or acceded, and who has not yet.

        Prints one row per participant and instrument. JSON objects have the keys participant, iso3, instrument, signature_date, consent_date, consent_type and party; dates are YYYY-MM-DD or null.
help-treaty-status-instrument = Only this instrument: untoc, tip, som or firearms (default: all four)
help-treaty-status-not_party = Only UN Member States that are not parties (including those with no action at all)
help-treaty-status-region = Only participants in this UN region (Africa, Americas, Asia, Europe, Oceania)
help-treaty-status-as_of = Status as it stood on this date (YYYY-MM-DD), from the action dates
help-treaty-status-format = Output format
help-treaty-status-format-table = Aligned columns for reading
help-treaty-status-format-csv = CSV with a header row
help-treaty-status-format-json = A JSON array, one object per participant
help-treaty-import = Load a newer status snapshot for one instrument (atomic, idempotent) and print what changed. A snapshot older than the current data is refused
    .long =
        Load a newer status snapshot for one instrument (atomic, idempotent) and print what changed. A snapshot older than the current data is refused.

        FILE is either the UN Treaty Collection's status table saved as CSV (columns Participant, Signature and the consent column whose dates carry the a/A/AA/d/c marks; footnote numbers after names are removed) or Palermo's CSV: participant,iso3,signature_date,consent_date,consent_type with dates YYYY-MM-DD. Any invalid row rejects the whole file and the database is unchanged.
help-treaty-import-file = The status table (CSV)
help-treaty-import-instrument = untoc, tip, som or firearms
help-treaty-import-as_of = The snapshot's "status as at" date (YYYY-MM-DD)
help-treaty-import-format = Layout of FILE
help-treaty-import-format-auto = Detect from the header
help-treaty-import-format-untc = The UN Treaty Collection status table (Participant, Signature, Ratification…)
help-treaty-import-format-palermo = Palermo's CSV (participant, iso3, signature_date, consent_date, consent_type)
help-treaty-import-allow_removals = Accept a snapshot that omits participants the current data list (refused by default: UN status tables never drop a participant, so such a file is usually truncated or for another instrument)
help-treaty-import-dry_run = Check the file and print what would change, without writing anything
help-treaty-export = Write an instrument's current status in Palermo's CSV (re-importable)
help-treaty-export-instrument = untoc, tip, som or firearms

## palermo mse
help-mse-file = Capture-history table or record file (CSV); `-` for standard input
help-mse-method = Model selection method
help-mse-method-stepwise = SparseMSE's stepwise rule: add the pair with the smallest Poisson p-value while it is below --threshold
help-mse-method-aic = Forward stepwise AIC
help-mse-method-bic = Lowest BIC over all order-2 hierarchical models (k ≤ 6)
help-mse-method-main = Main effects only (independent lists)
help-mse-method-fixed = The interactions given with --terms
help-mse-terms = Interactions for --method fixed, e.g. `A:B,C:D` (list names from the header)
help-mse-threshold = p-value threshold of the stepwise rule
help-mse-bootstrap = BCa bootstrap with this many replicates (model selection redone in each)
help-mse-seed = Seed of the bootstrap (results are reproducible for a given seed)
help-mse-level = Coverage of the intervals
help-mse-no_profile = Skip the profile-likelihood interval
help-mse-time_limit = Stop with an error after this many seconds (default: no limit). The bootstrap's jackknife redoes the model selection once per observed history, which takes long with many lists
help-mse-format = Output format
help-mse-format-table = Human-readable report
help-mse-format-json = One JSON object (estimate, observed, terms, empty_overlaps, intervals, models, …)

## palermo db
help-db-status = Backend, schema version and pending migrations (nothing is written to the database)
help-db-migrate = Applies pending migrations (every command also does, on open)
help-db-backup = Writes a consistent copy of an SQLite database to FILE (online: `VACUUM INTO`). For PostgreSQL, says how `pg_dump` does it
help-db-backup-file = The backup file (must not exist; created readable by its owner only)
help-db-copy = Copies every table into an empty database of either backend (how a deployment moves from SQLite to PostgreSQL), verified table by table by row counts and a content checksum; the target is migrated first and stays empty if anything differs
help-db-copy-to = The target: a new SQLite file or `postgres://…` of an empty database (or `PALERMO_COPY_TO`, to keep a password off the command line)

## palermo audit
help-audit-verify = Check the audit trail's hash chain: prints its length and last hash (note them outside the database to compare later), or names the first entry that does not hold and exits with 1
help-audit-export = Write the audit trail (as stored, with its hashes) as CSV to standard output or --output
help-audit-export-format = Output format (csv)
help-audit-export-format-csv = Comma-separated values (RFC 4180)
help-audit-export-output = Write to this file instead of standard output (created 0600)

## palermo user
help-user-add = Create an account. The password is read from the first line of standard input with --password-stdin; otherwise one is generated and printed once (it is stored only as its Argon2id hash)
help-user-add-email = E-mail address (the sign-in name; unique, compared in lower case)
help-user-add-name = Display name
help-user-add-role = public, data-provider, national-focal-point, reviewer, analyst or administrator
help-user-add-org = The organisation the account acts for: state:ISO3, un:NAME, icat:NAME or agency:NAME (required for data providers, focal points and reviewers)
help-user-add-reviews = For a reviewer: the States whose answers it reads (ISO 3166-1 alpha-3 codes, comma-separated)
help-user-add-password_stdin = Read the password from standard input instead of generating one
help-user-list = List the accounts (no secrets)
help-user-disable = Disable an account: its sessions end and its tokens are revoked
help-user-disable-user = The account's id or e-mail
help-user-reset-password = Set a new password (from standard input with --password-stdin, else generated and printed once); ends the account's sessions and lifts a lock-out
help-user-reset-password-user = The account's id or e-mail
help-user-reset-password-password_stdin = Read the password from standard input instead of generating one
help-user-reset-password-remove_totp = Also remove the account's TOTP second factor (a lost device): it enrols again at its next sign-in

## palermo token
help-token-create = Create an API token for an account, printed once (stored only as its SHA-256). Scripts send it as `Authorization: Bearer TOKEN`
help-token-create-user = The account's id or e-mail
help-token-create-name = A name to recognise it by
help-token-create-scope = read (default) or read-write
help-token-list = List the tokens (never their secrets)
help-token-revoke = Revoke a token: it stops working at once
help-token-revoke-id = The token's id (from `token list`)

## palermo linkage
help-linkage-encode = Encode a CSV of identifiers into CLKs (clkhash 0.18 compatible)
    .long =
        Encode a CSV of identifiers into CLKs (clkhash 0.18 compatible).

        Runs offline on the data holder's machine. The CSV's header must name the schema's features in order. Writes clkhash's JSON ({"{"}"clks": [base64, …]{"}"}), one CLK per record in file order.
help-linkage-encode-identifiers = Identifiers: CSV with a header row matching the schema's features
help-linkage-encode-schema = Linkage schema (clkhash JSON, version 1, 2 or 3)
help-linkage-encode-secret_file = File holding the shared secret (at least 16 bytes; one trailing newline is ignored). Never printed
help-linkage-encode-output = Output file for the CLKs
help-linkage-encode-no_validate = Skip validating values against the schema's formats (clkhash's --no-validate)
help-linkage-encode-threads = Worker threads (default: all cores)
help-linkage-encode-quiet = No progress bar
help-linkage-match = Match CLK files: candidate pairs by Dice coefficient, greedy one-to-one matching, clusters across k lists
    .long =
        Match CLK files: candidate pairs by Dice coefficient, greedy one-to-one matching, clusters across k lists.

        Writes one CSV row per matched pair (file_a, index_a, file_b, index_b, similarity; 0-based record positions) and, with --capture-histories, the table that `palermo mse` reads.
help-linkage-match-clks = CLK files, one per list (clkhash JSON). Two or more
help-linkage-match-threshold = Dice coefficient a pair needs to be a candidate (0 < T ≤ 1)
help-linkage-match-names = Names of the lists, comma-separated (default: file names without extension). Used as column names of the capture histories
help-linkage-match-solver = Solver: `greedy` (anonlink's greedy_solve) or `probabilistic` (anonlink's probabilistic_greedy_solve with --merge-threshold)
help-linkage-match-merge_threshold = Share of pairs between two clusters that must be candidates for them to merge (probabilistic solver only)
help-linkage-match-blocking = Candidate generation: `none` (exact: every pair within the popcount bound) or `lsh` (Hamming LSH bit sampling: faster on large lists, misses some pairs)
help-linkage-match-lsh_tables = LSH: number of hash tables
help-linkage-match-lsh_bits = LSH: bits sampled per table
help-linkage-match-lsh_seed = LSH: seed of the sampled positions
help-linkage-match-threads = Worker threads (default: all cores)
help-linkage-match-kernel = Popcount kernel: auto, avx512, avx2, popcnt or portable
help-linkage-match-output = Matched pairs CSV (default: standard output)
help-linkage-match-capture_histories = Also write capture histories here, in `palermo mse`'s input format
help-linkage-report = Overlap counts per pair of lists and the similarity histogram, to choose the threshold
help-linkage-report-clks = CLK files, one per list (clkhash JSON). Two or more
help-linkage-report-threshold = Dice coefficient a pair needs to be a candidate (0 < T ≤ 1)
help-linkage-report-names = Names of the lists, comma-separated (default: file names without extension). Used as column names of the capture histories
help-linkage-report-solver = Solver: `greedy` (anonlink's greedy_solve) or `probabilistic` (anonlink's probabilistic_greedy_solve with --merge-threshold)
help-linkage-report-merge_threshold = Share of pairs between two clusters that must be candidates for them to merge (probabilistic solver only)
help-linkage-report-blocking = Candidate generation: `none` (exact: every pair within the popcount bound) or `lsh` (Hamming LSH bit sampling: faster on large lists, misses some pairs)
help-linkage-report-lsh_tables = LSH: number of hash tables
help-linkage-report-lsh_bits = LSH: bits sampled per table
help-linkage-report-lsh_seed = LSH: seed of the sampled positions
help-linkage-report-threads = Worker threads (default: all cores)
help-linkage-report-kernel = Popcount kernel: auto, avx512, avx2, popcnt or portable
help-linkage-report-bins = Histogram bins over [0, 1]
help-linkage-report-floor = Histogram floor: pairs below it are counted, not binned (0 bins every pair; a higher floor lets the popcount bound skip work)

## palermo cases
help-cases-import = Import victim case records from one agency's file, in one transaction
    .long =
        Import victim case records from one agency's file, in one transaction.

        Every row is validated; valid rows are stored, rejected rows go to a report (FILE's name + `.rejected.csv`, or --report) with line, field and reason. Re-importing the same --source replaces its records, but never silently shrinks them: a re-import rejecting more than 1% of its rows, or keeping fewer than half of the stored records, is refused without --force. Exit status as `stats import` (0 all stored, 3 rows rejected, 1 nothing imported). Files with a column identifying a person (names, dates of birth, document numbers, contact details, addresses, coordinates) are refused whole.
help-cases-import-file = The file (UTF-8)
help-cases-import-source = Name of the agency or data set (re-importing a source replaces it)
help-cases-import-format = Layout of FILE
help-cases-import-format-ctdc = CTDC microdata: the 2024 Global Synthetic Dataset layout (comma) or the older k-anonymised Global Dataset (semicolon), by column names
help-cases-import-format-htcds-csv = HTCDS 2.0 fields as CSV columns (`prs_Gender`, `vic_TypeOfExploitation` …)
help-cases-import-format-htcds-json = HTCDS 2.0 fields as a JSON array of objects or JSON Lines
help-cases-import-strict = Reject the whole file on the first invalid row
help-cases-import-force = Replace the source even when more than 1% of the rows are rejected or the new version has fewer than half of the stored records (refused otherwise)
help-cases-import-report = Where to write rejected rows (CSV)
help-cases-indicators = Victim counts from case records, for the data holder on the database file: exact counts, cells below k withheld (and enough others that none can be recovered from the total). Same filters as `stats indicators`, for side-by-side comparison with the national statistics. Never publish these: the public gets releases (`cases release create`)
help-cases-indicators-from = First year (inclusive): four digits, 1900 to 2100
help-cases-indicators-to = Last year (inclusive): four digits, 1900 to 2100
help-cases-indicators-country = Country: ISO 3166-1 alpha-3 code, such as MDA (a name is refused with its code)
help-cases-indicators-region = UNODC region or sub-region ("Europe", "Sub-Saharan Africa")
help-cases-indicators-sex = Sex: female, male, other, unknown (default: all)
help-cases-indicators-age = Age group: child (0-17), adult (18+), unknown (default: all)
help-cases-indicators-form = Form of exploitation: sexual, forced-labour, other
help-cases-indicators-by = Group by: year, sex, age, form, country, citizenship, region (comma-separated for several)
help-cases-indicators-format = Output format
help-cases-indicators-format-table = Aligned columns for reading
help-cases-indicators-format-csv = CSV with a header row
help-cases-indicators-format-json = A JSON array of rows
help-cases-indicators-source = Only records of this source
help-cases-indicators-k = Small-cell threshold k (at least 3)
help-cases-sources = The stored sources
help-cases-release = Releases: the only public form of case-record tables (create, list, withdraw)
help-cases-release-create = Make a release: compute the public one-way tables (total; by year, sex, age, form, country, citizenship) from all pooled case records now, protect them, and store them frozen. The web and API then serve it; imports change nothing public until the next release
help-cases-release-create-method = cell-key (default) or dp
help-cases-release-create-method-cell-key = Small-cell suppression and cell-key noise (±2), the same for the same records
help-cases-release-create-method-dp = Differential privacy (OpenDP's discrete Laplace) at --epsilon, charged to each source's privacy budget
help-cases-release-create-epsilon = Privacy loss of a --method dp release (a positive number, such as 0.5, 1 or 2), charged to every source's budget
help-cases-release-create-note = A note for readers (shown with the release)
help-cases-release-list = List the releases, newest first
help-cases-release-withdraw = Withdraw a release: it is no longer served (its ε stays spent)
help-cases-release-withdraw-id = The release number
help-cases-budget = The privacy budget that differentially private releases spend
help-cases-budget-set = Set the privacy budget (total ε over all releases) of a source, or of every stored source
help-cases-budget-set-epsilon = Total ε (a positive number)
help-cases-budget-set-source = Only this source
help-cases-budget-show = Show each source's budget, ε spent and ε remaining
help-cases-export = Write the raw case records (one row per victim) as CSV to standard output. Record-level data: for the data holder on their own database file only; never publish it (use `cases indicators`, which protects small cells)
help-cases-export-source = Only records of this source

## palermo stats
help-stats-import = Import national statistics (UNODC GLOTIP country data) in one transaction
    .long =
        Import national statistics (UNODC GLOTIP country data) in one transaction.

        Every row is validated; valid rows are stored, rejected rows are written with their line, field and reason to a report (FILE's name + `.rejected.csv` in the working directory, or --report). Re-importing a dataset replaces it (no duplicates), but never silently shrinks it: a re-import rejecting more than 1% of its rows, or keeping fewer than half of the stored rows, is refused without --force. Keys published more than once are all kept and listed as conflicts.

        Exit status: 0 when every row was stored; 3 when rows were rejected (the others are stored; see the report); 1 when nothing was imported.
help-stats-import-file = The file (CSV, UTF-8)
help-stats-import-format = Layout of FILE (default: glotip-xlsx for a `.xlsx` file, glotip-csv otherwise)
help-stats-import-format-glotip-csv = UNODC's GLOTIP data portal CSV (13 columns, `txtVALUE` with "<5")
help-stats-import-format-glotip-xlsx = The data portal's Excel workbook (`data_glotip.xlsx`): the first worksheet, same columns as the CSV; rows are numbered as in the sheet
help-stats-import-dataset = Name of the dataset (re-importing a name replaces it; the bundled table is `glotip`)
help-stats-import-strict = Reject the whole file on the first invalid row
help-stats-import-force = Replace the dataset even when more than 1% of the rows are rejected or the new version has fewer than half of the stored rows (refused otherwise)
help-stats-import-report = Where to write rejected rows and warnings (CSV)
help-stats-import-as_of = The date of the data (YYYY-MM-DD: the source's publication or last update), stored with the dataset and shown with its figures
help-stats-indicators = Detected victims, prosecutions, convictions …: totals with coverage, censored ranges and rates per 100,000
    .long =
        Detected victims, prosecutions, convictions …: totals with coverage, censored ranges and rates per 100,000.

        Totals add one cell per country and year; "<5" cells count as 1–4, so totals are ranges when one contributes (JSON: "censored": true with "value_min" and "value_max", "value" null). Missing data are not zero: each row lists the countries and years it covers. UNODC's regional aggregates are not added.
help-stats-indicators-indicator = detected-victims (default), prosecuted, convicted, formal-contact, offences
help-stats-indicators-from = First year (inclusive): four digits, 1900 to 2100
help-stats-indicators-to = Last year (inclusive): four digits, 1900 to 2100
help-stats-indicators-country = Country: ISO 3166-1 alpha-3 code, such as MDA (a name is refused with its code)
help-stats-indicators-region = UNODC region or sub-region ("Europe", "Sub-Saharan Africa")
help-stats-indicators-sex = Sex: female, male, other, unknown (default: all)
help-stats-indicators-age = Age group: child (0-17), adult (18+), unknown (default: all)
help-stats-indicators-form = Form of exploitation: sexual, forced-labour, other
help-stats-indicators-by = Group by: year, sex, age, form, country, citizenship, region (comma-separated for several)
help-stats-indicators-format = Output format
help-stats-indicators-format-table = Aligned columns for reading
help-stats-indicators-format-csv = CSV with a header row
help-stats-indicators-format-json = A JSON array of rows
help-stats-indicators-dataset = Only this dataset (default: all; the bundled one is `glotip`)
help-stats-export = Export detected victims for the UN SDG global database (indicator 16.2.2) in SDMX-CSV 1.0: dataflow IAEG-SDGs:DF_SDG_GLH, the SDG DSD's dimensions in order, series VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP and their per-100,000 series (ending in R), M49 area codes, SEX and AGE codes of the SDG code lists
    .long =
        Export detected victims for the UN SDG global database (indicator 16.2.2) in SDMX-CSV 1.0: dataflow IAEG-SDGs:DF_SDG_GLH, the SDG DSD's dimensions in order, series VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP and their per-100,000 series (ending in R), M49 area codes, SEX and AGE codes of the SDG code lists.

        A "<5" cell has an empty OBS_VALUE and OBS_STATUS Q (suppressed). Published statistics only.
help-stats-export-format = Output format
help-stats-export-format-sdmx-csv = SDMX-CSV 1.0 for the SDG global database (dataflow IAEG-SDGs:DF_SDG_GLH)
help-stats-export-output = Write to FILE instead of the standard output
help-stats-export-from = First year (inclusive): four digits, 1900 to 2100
help-stats-export-to = Last year (inclusive): four digits, 1900 to 2100
help-stats-export-country = Country: ISO 3166-1 alpha-3 code, such as MDA
help-stats-export-dataset = Only this dataset (default: all; the bundled one is `glotip`)
help-stats-conflicts = Keys published more than once with their source lines and values
help-stats-conflicts-dataset = Dataset
