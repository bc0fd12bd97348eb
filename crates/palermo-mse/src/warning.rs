//! Typed warnings of an analysis: what the reader of an estimate should
//! know (a model left out, an interval not available, a table's lines
//! merged). Each is a value with its arguments, so that the edge writes it
//! in the reader's language (`palermo-web`'s `estimation::messages`);
//! [`std::fmt::Display`] gives the English sentence, and JSON has that
//! sentence (a string), as before the warnings were typed.

use serde::{Serialize, Serializer};
use thiserror::Error;

use crate::MseError;

/// Where a model that could not be fitted was left out.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// The model selection of the analysis, by its method's name
    /// ([`crate::Selection::name`]: `stepwise`, `aic`, …).
    Selection(&'static str),
    /// A method of the comparison, by the comparison's name of it
    /// (`stepwise p<0.02`, `stepwise AIC`, `best BIC`, `main effects`).
    Comparison(&'static str),
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Selection(m) => write!(f, "model selection ({m})"),
            Self::Comparison(m) => write!(f, "comparison, {m}"),
        }
    }
}

/// A warning for the reader of an analysis.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Warning {
    /// A model passed the existence and identifiability check but could not
    /// be fitted; the selection was made without it.
    #[error("{stage}: the model [{model}] passed the existence and identifiability check but could not be fitted ({reason}); the selection was made without it and might differ with it", reason = crate::select::failure_reason(error))]
    Unfitted {
        /// Where.
        stage: Stage,
        /// The model, `A:B + C:D` or `main effects`.
        model: String,
        /// Why its fit failed.
        error: MseError,
    },
    /// The profile-likelihood interval failed.
    #[error("profile-likelihood interval: {0}")]
    ProfileFailed(MseError),
    /// A method of the comparison failed (its name as in [`Stage::Comparison`],
    /// or `Rcapture models`).
    #[error("comparison, {0}: {1}")]
    ComparisonFailed(&'static str, MseError),
    /// Stepwise AIC left out of the comparison for many lists.
    #[error("comparison: stepwise AIC is left out for more than {max_lists} lists (it fits up to {models} models); choose the method aic to run it")]
    AicLeftOut {
        /// The most lists the comparison runs it for.
        max_lists: usize,
        /// Models it would fit.
        models: usize,
    },
    /// The BCa interval is unbounded above: too many replicates have no
    /// finite estimate.
    #[error("BCa bootstrap interval not available: {no_mle} of {replicates} replicates have no finite estimate, more than the {tail:.1}% upper tail of a {level:.0}% interval, so its upper limit is unbounded")]
    BcaUnbounded {
        /// Replicates without a finite estimate.
        no_mle: usize,
        /// Replicates run.
        replicates: usize,
        /// The upper tail, percent.
        tail: f64,
        /// The interval's level, percent.
        level: f64,
    },
    /// No BCa interval for another reason.
    #[error("BCa bootstrap interval not available")]
    BcaUnavailable,
    /// A selected overlap is empty though several people were expected in it.
    #[error("the overlap {term} is empty although about {expected:.1} were expected (P(empty) = {p:.2e}): check the linkage")]
    EmptyOverlap {
        /// The interaction, `A:B`.
        term: String,
        /// People expected in it.
        expected: f64,
        /// The probability of an empty overlap by chance.
        p: f64,
    },
    /// One or more lists capture every observed person.
    #[error("{} every observed person: nobody was seen outside it, so the overlaps say nothing about the people it missed. The estimate is the observed total, {observed} (the limit of every model's maximum likelihood fit as that list's capture probability tends to 1), and there is no upper limit (as SparseMSE and Rcapture report it): a larger hidden population cannot be ruled out. No model was fitted and no other method is compared{}.", which(lists), if *two_lists { " but the two-list estimators, which give the same total" } else { "; estimating without that list uses the overlaps of the others" })]
    CompleteLists {
        /// The lists.
        lists: Vec<String>,
        /// People observed.
        observed: u64,
        /// Whether the table has two lists (the two-list estimators are shown).
        two_lists: bool,
    },
    /// A bootstrap was asked for a table no model fits.
    #[error("no bootstrap: no model can be fitted to these data")]
    NoBootstrap,
    /// BCa limits fell beyond the extreme replicate and were clamped.
    #[error("BCa limit(s) at quantile(s) {quantiles:?} fell beyond the extreme bootstrap replicate and were clamped to it (as the reference does); use more replicates")]
    BcaClamped {
        /// The quantiles.
        quantiles: Vec<f64>,
    },
    /// Too few replicates have a finite estimate for BCa limits.
    #[error("too few bootstrap replicates have a finite estimate: no BCa limits")]
    TooFewFinite,
    /// Every replicate lies on one side of the estimate.
    #[error("all bootstrap replicates lie on one side of the estimate: the BCa bias correction is infinite")]
    BcaInfiniteBias,
    /// Replicates that could not be fitted and were dropped.
    #[error("{failed} of {replicates} bootstrap replicates could not be fitted and were dropped")]
    ReplicatesFailed {
        /// Dropped.
        failed: usize,
        /// Run.
        replicates: usize,
    },
    /// Replicates whose selection was made without a model that could not be fitted.
    #[error("in {count} of {replicates} bootstrap replicates a model passed the existence and identifiability check but could not be fitted, and the replicate's selection was made without it")]
    ReplicatesUnfitted {
        /// Such replicates.
        count: usize,
        /// Run.
        replicates: usize,
    },
    /// Replicates without a finite estimate, dropped.
    #[error("{no_mle} of {replicates} bootstrap replicates ({:.1}%) have no finite estimate: an overlap the selected model needs is empty in the resample, so the maximum likelihood estimate does not exist (Fienberg–Rinaldo check); they were dropped, not counted as huge numbers. Such replicates stand for very large populations: the BCa upper limits are too low, and those at quantiles above {:.3} are unbounded and not reported", 100.0 * *no_mle as f64 / *replicates as f64, 1.0 - *no_mle as f64 / *replicates as f64)]
    ReplicatesNoMle {
        /// Such replicates.
        no_mle: usize,
        /// Run.
        replicates: usize,
    },
    /// A cell left out of the jackknife.
    #[error("jackknife: the estimate without one person of cell {cell:#b} failed or has no finite maximum likelihood estimate; that cell is left out of the acceleration")]
    JackknifeCell {
        /// The cell (capture history as a bit mask).
        cell: usize,
    },
    /// A line of a record file repeats a person on the same list.
    #[error(
        "line {line} repeats line {first} (the same identifier on list {list:?}): counted once"
    )]
    RepeatedLine {
        /// The line.
        line: usize,
        /// The line it repeats.
        first: usize,
        /// The list.
        list: String,
    },
    /// Lines that give the same capture history, summed.
    #[error("lines {} give the same capture history; their counts were summed", .lines.iter().map(usize::to_string).collect::<Vec<_>>().join(", "))]
    Summed {
        /// The lines.
        lines: Vec<usize>,
    },
    /// More notes of a kind than are listed.
    #[error("and {count} more {}", if *summed { "repeated capture histories summed" } else { "repeated lines" })]
    MoreNotes {
        /// How many.
        count: usize,
        /// Summed histories (else repeated lines of a record file).
        summed: bool,
    },
}

/// `list "A" captures` / `lists "A", "B" each capture`.
fn which(lists: &[String]) -> String {
    match lists {
        [one] => format!("list {one:?} captures"),
        many => format!(
            "lists {} each capture",
            many.iter()
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
