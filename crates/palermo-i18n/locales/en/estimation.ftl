### Multiple systems estimation: the page, its results and chart. Terms:
### list, capture history, log-linear model, interaction, population estimate.

mse-title = Multiple systems estimation
mse-lead = How many victims did no list find? When several agencies each keep a list, the overlaps between the lists let us estimate the hidden number. Paste a capture-history table (one 0/1 column per list and a count column; or one row per person), choose how to select the model, and see the estimate of every method side by side: model choice dominates the uncertainty.
mse-table = Table (CSV: comma, semicolon or tab)
mse-table-help = The example shown first is the US "Western site" data of Chan, Silverman & Vincent (2021): five lists, 345 people observed.
mse-file = …or choose a CSV file
mse-method = Model selection
mse-method-stepwise = stepwise p-value rule (SparseMSE)
mse-method-aic = stepwise AIC
mse-method-bic = lowest BIC, all order-2 models (≤ 6 lists)
mse-method-main = main effects only
mse-method-fixed = fixed interactions
mse-terms = Interactions (fixed)
mse-threshold = p-value threshold
mse-bootstrap = BCa bootstrap replicates
mse-seed = Seed
mse-level = Interval level
mse-level-help = coverage between 0 and 1, e.g. 0.95 or 0.8
mse-limits = Limits on this server: at most { $lists } lists, { $bootstrap } bootstrap replicates, a table of 1 MiB and { $seconds } seconds of computation; one estimation runs at a time. For more, run
mse-limits-end = { " " }on your own machine.
mse-estimate = Estimate
mse-error-title = The table could not be analysed
mse-form-unreadable = the form could not be read: { $detail }
mse-estimate-title = Estimate
mse-lists = Lists
mse-observed = People observed
mse-selected-model = Selected model
mse-population-estimate = Population estimate
mse-never-observed = ({ $count } never observed)
mse-intervals-caption = Confidence intervals for the population size
mse-col-method = Method
mse-col-level = Level
mse-col-lower = Lower
mse-col-upper = Upper
mse-empty-caption = Pairs of lists with nobody in common, fitted as an interaction of −∞, and the probability that such an overlap is empty by chance
mse-col-p-empty = P(empty)
mse-warning = Warning: { $warning }
mse-all-methods = All methods side by side
mse-comparison-caption = Estimates of the other methods on the same table
mse-col-method-model = Method and model
mse-col-estimate = Estimate
mse-col-interval = Interval
mse-col-interval-type = Interval type
mse-models-tried = Models tried
mse-selected-marked = The selected model is marked.
mse-col-interactions = Interactions
mse-col-deviance = Deviance
mse-col-p-value = p-value
mse-selected-mark = (selected)
mse-json-note = The same analysis is available as JSON:
mse-interval-wald = lognormal-Wald (SparseMSE)
mse-interval-profile = profile likelihood
mse-interval-bounds = observed total (no model can be fitted)
mse-interval-bca = BCa bootstrap
mse-interval-bca-redone = BCa bootstrap, model selection redone ({ $replicates } replicates, seed { $seed })
mse-no-upper-limit = no upper limit
mse-not-fitted = { $terms } (not fitted: { $why })
mse-main-effects = main effects
mse-main-effects-only = main effects only
mse-main-effects-plus = main effects + { $terms }
mse-not-applicable = n/a
mse-models-shown = { $shown } of { $tried } models shown (lowest BIC first).
mse-models-all = { $tried } models tried, in the order tried.
mse-chart-title = Population estimates by method
mse-chart-selected = selected: { $method } [{ $model }]
mse-chart-selected-bca = selected, BCa bootstrap
mse-chart-desc = Point estimates and intervals of the number of victims from { $methods } methods; the dashed line marks the { $observed } people observed.
mse-chart-observed = observed
mse-chart-observed-count = { $count } observed
mse-chart-caption = { $title }: every method side by side (dot: estimate; line: interval). Model choice dominates the uncertainty.

## Why a table or a request was refused (the engine's typed errors, and the
## web's limits). A line is named by number, a column by name, never a value.
mse-err-line = line { $line }: { $reason }
mse-err-line-column = line { $line }, column "{ $column }": { $reason }
mse-err-errors = { $count } errors: { $errors }
mse-err-separator = ;{ " " }
mse-err-and-more = ; and { $count } more
mse-err-no-header = no header line
mse-err-field-count =
    { $count ->
        [one] { $count } field, the header has { $want }
       *[other] { $count } fields, the header has { $want }
    }
mse-err-not-binary = the capture indicator is not 0 or 1
mse-err-negative-count = the count is negative
mse-err-non-integer-count = the count is not a whole number
mse-err-not-a-number = the count is not a number
mse-err-too-few-lists = { $count } list(s) given: multiple systems estimation needs at least 2 lists
mse-err-too-many-lists = { $count } lists given: at most { $max } lists are supported (the table has 2^k cells)
mse-err-bad-list-name = list name "{ $name }" is empty or used twice
mse-err-observed-empty-history = a capture history on no list has a positive count ({ $count }); that cell is the unobserved one
mse-err-empty = the table is empty: nobody was observed
mse-err-list-captures-nobody = list "{ $list }" captures nobody; remove it
mse-err-list-captures-everyone = list "{ $list }" captures every observed person, so no log-linear model can be fitted: the estimate is the observed total, with no upper limit
mse-err-all-overlaps-empty = no two lists have anybody in common (all overlaps are empty): the population estimate is infinite
mse-err-overflow = counts overflow
mse-err-bad-term = term "{ $term }": { $reason }
mse-err-no-such-list = no list named "{ $list }"
mse-err-list-twice = a list is named twice
mse-err-term-too-few-lists = an interaction needs at least two lists
mse-err-mle-does-not-exist = model [{ $model }]: the maximum likelihood estimate does not exist (is not finite) on these data (Fienberg–Rinaldo linear program)
mse-err-not-identifiable = model [{ $model }]: not identifiable (the design matrix has rank deficiency { $deficiency })
mse-err-not-converged = model [{ $model }]: the Poisson fit did not converge
mse-err-non-finite = model [{ $model }]: the fit produced a non-finite value ({ $what })
mse-err-time-limit = the computation was stopped after its time limit of { $seconds } s; use fewer lists, fewer bootstrap replicates or a simpler method
mse-err-cancelled = the computation was cancelled
mse-err-field = { $field }: { $reason }
mse-err-no-table = paste or upload a capture-history table
mse-err-table-too-large = { $bytes } bytes, at most { $max } are accepted
mse-err-web-too-many-lists = { $count } lists, at most { $max } on the web (2^{ $max } cells); run `palermo mse` on your own machine for more
mse-err-not-a-valid-number = "{ $value }" is not a valid number
mse-err-web-bootstrap = at most { $max } replicates on the web (use `palermo mse` for more)
mse-err-bootstrap-too-few = { $count } bootstrap replicates: at least 10 are needed
mse-err-level = { $value } is not in (0, 1)
mse-err-threshold = { $value } is not a probability
mse-err-bic-lists = BIC over all order-2 models is limited to 6 lists (2^15 models); this table has { $count }: use stepwise or aic
mse-err-terms-not-fixed = interactions are only used with the method "fixed"
mse-err-unknown-method = "{ $value }" is not one of stepwise, aic, bic, main, fixed
mse-err-web-time-limit = { $reason }. The web allows { $seconds } s per estimation; `palermo mse` on your own machine has no limit.
mse-err-too-large = the request is larger than the limit of { $mib } MiB ({ $bytes } bytes); the table itself may have at most { $table_mib } MiB ({ $table_bytes } bytes)
mse-err-body-unreadable = the body could not be read: { $detail }
mse-err-not-utf8 = the body is not UTF-8
mse-err-json-body = JSON body: { $detail }

## The other methods of the comparison (model names, authors' names and
## Rcapture's codes such as Mt or Mh Chao stay as they are)
mse-cmp-stepwise = stepwise p<0.02
mse-cmp-aic = stepwise AIC
mse-cmp-bic = best BIC
mse-cmp-main = main effects
mse-interval-rcapture = normal (Rcapture stderr)
mse-interval-seber = normal, Seber variance (95%)
mse-interval-none = none

## Warnings of an analysis (palermo-mse's typed warnings)
mse-warn-stage-selection = model selection ({ $method })
mse-warn-stage-comparison = comparison, { $method }
mse-warn-not-converged = the Poisson fit did not converge
mse-warn-non-finite = the fit produced a non-finite value ({ $what })
mse-warn-unfitted = { $stage }: the model [{ $model }] passed the existence and identifiability check but could not be fitted ({ $reason }); the selection was made without it and might differ with it
mse-warn-profile-failed = profile-likelihood interval: { $reason }
mse-warn-comparison-failed = comparison, { $method }: { $reason }
mse-warn-aic-left-out = comparison: stepwise AIC is left out for more than { $max } lists (it fits up to { $models } models); choose the method aic to run it
mse-warn-bca-unbounded = BCa bootstrap interval not available: { $count } of { $replicates } replicates have no finite estimate, more than the { $tail }% upper tail of a { $level }% interval, so its upper limit is unbounded
mse-warn-bca-unavailable = BCa bootstrap interval not available
mse-warn-empty-overlap = the overlap { $term } is empty although about { $expected } were expected (P(empty) = { $p }): check the linkage
mse-warn-quoted = "{ $name }"
mse-warn-complete-lists =
    { $count ->
        [one] list { $lists } captures
       *[other] lists { $lists } each capture
    } every observed person: nobody was seen outside it, so the overlaps say nothing about the people it missed. The estimate is the observed total, { $observed } (the limit of every model's maximum likelihood fit as that list's capture probability tends to 1), and there is no upper limit (as SparseMSE and Rcapture report it): a larger hidden population cannot be ruled out. No model was fitted and no other method is compared; estimating without that list uses the overlaps of the others.
mse-warn-complete-lists-two =
    { $count ->
        [one] list { $lists } captures
       *[other] lists { $lists } each capture
    } every observed person: nobody was seen outside it, so the overlaps say nothing about the people it missed. The estimate is the observed total, { $observed } (the limit of every model's maximum likelihood fit as that list's capture probability tends to 1), and there is no upper limit (as SparseMSE and Rcapture report it): a larger hidden population cannot be ruled out. No model was fitted and no other method is compared but the two-list estimators, which give the same total.
mse-warn-no-bootstrap = no bootstrap: no model can be fitted to these data
mse-warn-bca-clamped = BCa limit(s) at quantile(s) { $quantiles } fell beyond the extreme bootstrap replicate and were clamped to it (as the reference does); use more replicates
mse-warn-too-few-finite = too few bootstrap replicates have a finite estimate: no BCa limits
mse-warn-bca-infinite-bias = all bootstrap replicates lie on one side of the estimate: the BCa bias correction is infinite
mse-warn-replicates-failed = { $count } of { $replicates } bootstrap replicates could not be fitted and were dropped
mse-warn-replicates-unfitted = in { $count } of { $replicates } bootstrap replicates a model passed the existence and identifiability check but could not be fitted, and the replicate's selection was made without it
mse-warn-replicates-no-mle = { $count } of { $replicates } bootstrap replicates ({ $percent }) have no finite estimate: an overlap the selected model needs is empty in the resample, so the maximum likelihood estimate does not exist (Fienberg–Rinaldo check); they were dropped, not counted as huge numbers. Such replicates stand for very large populations: the BCa upper limits are too low, and those at quantiles above { $above } are unbounded and not reported
mse-warn-jackknife = jackknife: the estimate without one person of cell { $cell } failed or has no finite maximum likelihood estimate; that cell is left out of the acceleration
mse-warn-repeated-line = line { $line } repeats line { $first } (the same identifier on list "{ $list }"): counted once
mse-warn-summed = lines { $lines } give the same capture history; their counts were summed
mse-warn-more-summed = and { $count } more repeated capture histories summed
mse-warn-more-repeated = and { $count } more repeated lines
