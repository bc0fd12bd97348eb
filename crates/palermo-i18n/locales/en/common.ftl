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
