### The treaty tracker: the dashboard, the instruments, the countries.
### Terms: the Convention's and Protocols' authentic texts (State party,
### signature, ratification, acceptance, approval, accession, succession).

instrument-untoc = Organized Crime Convention (UNTOC)
instrument-tip = Trafficking in Persons Protocol
instrument-som = Smuggling of Migrants Protocol
instrument-firearms = Firearms Protocol
consent-ratification = ratification
consent-acceptance = acceptance
consent-approval = approval
consent-accession = accession
consent-succession = succession
consent-formal-confirmation = formal confirmation
regional-organisation = Regional organisation
parties-word =
    { $count ->
        [one] party
       *[other] parties
    }
parties-count =
    { $count ->
        [one] { $count } party
       *[other] { $count } parties
    }
mark-party = party
mark-signatory = signatory
mark-none = —

home-title = The Convention against Transnational Organized Crime and its Protocols
home-lead = Who has signed, ratified or acceded, and who has not yet. The General Assembly and the Commission on Crime Prevention and Criminal Justice invite the Member States that have not yet done so to ratify or accede to the Convention and its Protocols.
home-parties-per-instrument = Parties per instrument
home-card-members = { $parties } of { $members } UN Member States ({ $percent });
home-card-signatories =
    { $signatories } signatories, { $not_party } of them not yet { $not_party ->
        [one] a party
       *[other] parties
    }.
home-card-meter = { $parties } of { $members } UN Member States are parties
home-recent = Most recent new parties in the status shown
home-recent-caption = The latest consents to be bound in the snapshots shown, all instruments (status as at the dates above; later consents are not in these snapshots).

notice-title = This treaty status is not current
notice-snapshot-as-at = the status shown is a snapshot as at
notice-years-old =
    ({ $years ->
        [one] { $years } year
       *[other] { $years } years
    } old)
notice-newest-count = The newest official count known is
notice-newest-rest = and { $signatories } signatories on { $date }
notice-untc-page-of-that-date = UN Treaty Collection status page of that date
notice-current-status = Current status:
notice-at-untc = { $instrument } at the UN Treaty Collection
notice-how-to-load = To show a newer status, download the status table from the UN Treaty Collection and load it:

instrument-adopted = Adopted
instrument-entry-into-force = Entry into force
instrument-unts = UN Treaty Series
instrument-unts-ref = vol. { $volume }, No. { $number }
instrument-depositary = Depositary reference
instrument-mtdsg = MTDSG chapter XVIII, { $number }
instrument-status-at-untc = status at the UN Treaty Collection
instrument-status-shown = Status shown
instrument-asked-beyond = (you asked for { $asked }, but the latest data are as at { $latest }: later actions are not known)
instrument-source = Source
instrument-latest-snapshot = (latest snapshot: { $date })
instrument-status-on-date = Status on date
instrument-counts = { $signatories } signatories ({ $not_party } not yet parties),
instrument-members-then = { $parties } of the { $members } UN Member States of that date.
instrument-parties-by-year = Parties by year
instrument-participants = Participants
instrument-participants-caption = { $count } participants as at { $date }. Select a column heading to sort.
instrument-not-party-title = UN Member States not yet party ({ $count }, as at { $date })
instrument-not-party-lead = Grouped by UN region. States marked “signed” have signed but not yet ratified.
instrument-signed-mark = (signed)
chart-parties-title = Parties to the { $instrument } by year (cumulative)
chart-parties-desc = Number of parties at the end of each year (cumulative), counted from the dates of ratification, acceptance, approval, accession or succession.
chart-parties-tip = { $year }: { $total } parties ({ $new } new)
chart-parties-unit = parties

countries-title = Countries and territories
countries-lead = Status under each instrument, as at the date in its column heading: “party”, “signatory” (signed, not yet a party) or “—” (no action).
countries-caption = { $count } countries and territories (ISO 3166-1).
countries-as-at = (as at { $date })

country-codes = Codes
country-population = Population
country-population-value = { $population } ({ $year }, World Bank)
country-population-none = no World Bank figure
country-status-title = Status under the Convention and its Protocols
country-status-caption = Status under each instrument as at the date of its latest snapshot (UN Treaty Collection).
country-party-since = Party since { $date } ({ $kind })
country-signatory-since = Signatory since { $date }, not yet a party
country-neither = Not a party and not a signatory
country-statistics-title = Trafficking statistics
country-conflicts = { $count } value(s) are published more than once with different figures; the chart shows their range
country-conflicts-link = conflicts
country-all-figures = All figures for this country
instrument-adopted-by = General Assembly resolution { $resolution }
