### The data hub: national statistics (UNODC GLOTIP) and case-record
### releases. Terms: GLOTIP's (detected victim, form of exploitation).

indicator-detected-victims = Detected trafficking victims
indicator-prosecuted = Persons prosecuted
indicator-convicted = Persons convicted
indicator-formal-contact = Persons brought into formal contact
indicator-offences = Offences of trafficking in persons
sex-total = Total
sex-female = Female
sex-male = Male
sex-other = Other
sex-unknown = Unknown
age-total = Total
age-child = 0 to 17 years
age-adult = 18 years or over
age-unknown = Unknown
form-sexual = Sexual exploitation
form-forced-labour = Forced labour
form-forced-marriage = Forced marriage
form-slavery = Slavery and similar practices
form-organ-removal = Removal of organs
form-forced-criminality = Forced criminality
form-other = Other forms of exploitation

data-title = Trafficking in persons: national statistics
data-lead = Detected victims, persons prosecuted and convicted, as States report them to UNODC for the Global Report on Trafficking in Persons. Totals add one figure per country and year. UNODC publishes small counts as “<5”: each counts as 1 to 4, so totals are ranges, never guesses. Countries that reported nothing are missing, not zero.
data-loading = The bundled UNODC statistics are being loaded into this new database (a second or two on first start): reload the page shortly.
data-filters = Filters
data-indicator = Indicator
data-from = From
data-to = To
data-all = All
data-sex = Sex
data-age = Age
data-age-group = Age group
data-form = Form of exploitation
data-coverage = Coverage: { $coverage }.
data-coverage-text =
    { $countries ->
        [one] { $countries } country or territory
       *[other] { $countries } countries or territories
    }, years { $years }; { $cells } cells added
data-coverage-none = no country reported for this selection
data-censored-note = The total is a range because “<5” cells (or conflicting duplicates) contribute.
data-conflicts = This total includes { $count } rows whose key UNODC publishes more than once with different values, which the country-year’s own totals do not show to be parts of one cell (source lines { $lines }): none is chosen; the total covers their range.
data-all-conflicts = All conflicts
data-selection-json = This selection as JSON
data-by-country-year-csv = by country and year (CSV)
data-by-year = By year
data-by-country = By country
data-by-form = By form of exploitation
data-no-form-breakdown = No breakdown by form of exploitation for this selection.
data-by-sex-age = By sex and age
data-convictions = Convictions against detections
data-corridors = Corridors: citizenship → country of detection
data-corridors-caption = Top 20 corridors of detected victims over the selected years (“Nationals” are counted under the reporting country: domestic trafficking).
data-citizenship = Citizenship
data-detected-in = Detected in
data-victims = Victims
data-years = Years
data-years-none = none
data-citizenship-not-stated = not stated (empty in the source)
data-citizenship-as-published = { $label } (as published, not a country code)
data-cases-title = Case records beside the national figures
data-no-release = No case-record release has been published. Case records reach the public only as releases: frozen tables that the data holder makes with
data-no-release-end = ; an import alone changes nothing here.
data-cases-caption = Victims in the pooled case records of all sources, by year of registration, from { $release }, made from { $records } records (rounded): whatever the filters above (filtered case tables could be subtracted from one another to reveal small cells; the data holder gets them with palermo cases indicators). National statistics follow the filters. Protection: { $method }. The release is frozen: later imports change nothing here until the next release.
data-national-statistics = National statistics
data-case-records = Case records
data-source = Source: UNODC, Global Report on Trafficking in Persons, country data. Stored: { $datasets }. Population: World Bank SP.POP.TOTL.
data-dataset = { $file } ({ $asof }; { $rows } rows, imported { $imported })
data-unit-persons = persons
data-bar-tip =
    { $what }: { $value } ({ $countries ->
        [one] { $countries } country
       *[other] { $countries } countries
    })
data-bar-range = (range: “<5” cells)
data-bar-conflicts = ({ $count } conflicting duplicates)
data-rate = { $rate } per 100,000
data-chart-year-title = { $indicator } by year
data-chart-year-desc = One bar per year: the certain part solid, the range added by “<5” cells hatched. Countries that reported nothing are not counted as zero.
data-chart-form-title = { $indicator } by form of exploitation
data-chart-form-desc = Totals over the selected years for each form of exploitation, from the countries that report the breakdown.
data-chart-sex-title = { $indicator } by sex
data-chart-sex-desc = Totals over the selected years by sex, from the countries that report the breakdown.
data-chart-age-title = { $indicator } by age group and sex
data-chart-age-desc = Totals over the selected years for children (0–17) and adults (18+), one bar per sex.
data-chart-conv-title = Convictions against detected victims, by year
data-chart-conv-desc = For each year, the number of detected victims and of persons convicted, each from the countries that report it.
data-map-title = { $indicator }, total over the selected years, by country
data-map-desc = World map; each country in the selection is shaded by its total (up to five classes holding about equal numbers of countries; a class is a range when “<5” cells make totals ranges). Hatched grey: no data (not zero). White: outside the country or region filter.
data-country-series-title = Detected victims, persons prosecuted and convicted, by year (UNODC GLOTIP)
data-country-series-desc = For each year the country reported: detected trafficking victims, persons prosecuted and persons convicted. Hatched: range from “<5” cells.
data-case-withheld = fewer than { $k } or withheld
data-case-release = release { $id } of { $date } ({ $method }){ $note }
data-case-about = about { $count }
data-dataset-as-of = data as at { $date }
data-dataset-no-as-of = date of the data not stated
data-no-total = no total published
data-no-total-note = UNODC publishes no total for this selection, only breakdowns: the charts below show them as published. A total is derived only where the breakdown by form of exploitation is complete.
data-derived = Derived, not published:
data-derived-note =
    { $cells ->
        [one] { $cells } country-year
       *[other] { $cells } country-years
    } of this total ({ $countries }) have no published total; each counts as the sum of its three forms of exploitation (sexual exploitation, forced labour, other forms).
data-summed-note =
    { $count ->
        [one] { $count } key that UNODC publishes more than once is
       *[other] { $count } keys that UNODC publishes more than once are
    } counted as the sum of their rows: the country-year’s own totals add up only so (sub-forms published under one label).
data-panel = The same countries every year (balanced panel)
data-panel-text =
    A total by year adds whichever countries reported that year, so it rises and falls with their number. This view keeps only the { $countries ->
        [one] { $countries } country or territory
       *[other] { $countries } countries or territories
    } that reported in every year from { $from } to { $to } (choose the years above).
data-panel-none = No year has data for this selection.
data-chart-panel-title = { $indicator } by year, the same countries in every year
data-chart-panel-desc = One bar per year over the countries that reported in every year of the range: a change from one year to the next is a change in their figures, not in who reported.
data-reporting-countries = Under each year: the number of reporting countries
data-reporting-countries-two = Under each year: reporting countries (detected victims · persons convicted)
data-bar-summed =
    ({ $count ->
        [one] { $count } repeated key summed
       *[other] { $count } repeated keys summed
    })
data-bar-derived =
    ({ $count ->
        [one] { $count } total derived from the forms of exploitation
       *[other] { $count } totals derived from the forms of exploitation
    })
