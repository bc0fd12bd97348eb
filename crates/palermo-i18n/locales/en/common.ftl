### Messages every page shares: the layout, the language switcher.
### English is the source language: the other five translate these keys.

site-name = Palermo
skip-to-content = Skip to content
nav-main = Main
language-switcher = Language
signed-in-as = Signed in as { $name }
data-as-of = Data shown as at { $date }.
footer-sources = Treaty status: UN Treaty Collection, chapter XVIII (status tables). Countries: ISO 3166-1 and UN M49. Population: World Bank SP.POP.TOTL. Each page states the date of the data it shows.
footer-licence = Palermo is open-source software (MIT OR Apache-2.0).
# A count of case records, with the language's plural forms.
records-count =
    { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
signed-in-as-of = Signed in as { $name } ({ $organisation })
nav-dashboard = Dashboard
nav-convention = Convention
nav-tip = Trafficking Protocol
nav-som = Smuggling Protocol
nav-firearms = Firearms Protocol
nav-countries = Countries
nav-data = Trafficking data
nav-mse = Estimate hidden victims
nav-api = API
# Shared words of the pages.
show = Show
yes = yes
no = no
no-data = no data
date-unknown = unknown
as-at = as at { $date }
status-as-at = Status as at { $date }.
download-csv = Download as CSV
col-year = Year
col-date = Date
col-country = Country
col-region = Region
col-instrument = Instrument
col-participant = Participant
col-kind = Kind
col-signature = Signature
col-consent = Consent to be bound
col-status = Status
col-status-as-at = Status as at
col-un-member = UN Member State
source-glotip = Source: UNODC, Global Report on Trafficking in Persons (data portal, { $date }).
# Charts: the table of figures beneath each chart.
chart-table-summary = Table of the figures
chart-note = Note
map-not-in-selection = not in the selection
map-no-data-key = no data (not zero)
map-col-figure = Figure
map-col-class = Class
map-table-caption = { $title }: the { $count } countries with a figure (the others: no data)
