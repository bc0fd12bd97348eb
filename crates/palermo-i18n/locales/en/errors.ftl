### Errors: the titles of error answers (pages and the API's JSON), and
### the reasons the shared parts of the server give.

error-not-found = Not found
error-bad-request = Bad request
error-too-large = Request too large
error-time-limit = Time limit exceeded
error-busy = Busy
error-too-many-requests = Too many requests
error-internal = Internal error
error-internal-message = Something went wrong on our side; the error has been logged.
error-no-page = There is no page at { $path }.
error-back-to-dashboard = Back to the dashboard
error-query-unreadable = the query string cannot be read ({ $detail }); give each parameter once, and only those the route takes (see /api/v1/openapi.json)
error-no-instrument = There is no instrument called { $code }.
error-no-country = There is no country with code { $code }.
error-as-of-not-a-date = as_of { $value } is not a date YYYY-MM-DD
error-unknown-value = unknown { $name } { $value }
error-format = unknown format { $value }: json or csv
error-not-a-year = { $name }={ $value } is not a year (four digits, such as 2019)
error-not-a-number = { $name }={ $value } is not a number
error-no-release = there is no release { $id }
error-release-withdrawn = release { $id } was withdrawn on { $date } by the data holder
error-no-release-yet = no case-record release has been published yet; the data holder publishes one with `palermo cases release create`
error-panel-by-year = panel=balanced is a series by year: give by=year or no by

## Query parameters (palermo_model::query::ParamError): the same messages on
## pages, the API and the CLI.
param-unknown-name = unknown parameter { $name }: this address takes { $expected }
param-unknown-name-suggest = unknown parameter { $name }: did you mean { $suggestion }? This address takes { $expected }
param-repeated = parameter { $name } is given more than once; give it once
param-unknown-value = unknown { $name } “{ $value }”: expected one of { $expected }
param-country-name = country “{ $value }” is a name: give its ISO 3166-1 alpha-3 code, { $iso3 }
param-unknown-country = unknown country “{ $value }”: give an ISO 3166-1 alpha-3 code such as MDA
param-unknown-region = unknown region “{ $value }”: expected one of { $expected }, or one of their sub-regions
param-not-a-year = { $name }={ $value } is not a year (four digits from 1900 to 2100, such as 2019)
param-not-a-number = { $name }={ $value } is not a whole number from { $min } to { $max }
