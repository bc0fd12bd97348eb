//! Multiple systems estimation (MSE): the hidden number of victims from the
//! overlaps between lists.
//!
//! Pure library: no I/O, no global state, deterministic given a seed.
//!
//! * [`table`]: capture-history tables and their parsers (histories with
//!   counts, or record-level data).
//! * [`fit`]: Poisson log-linear models on the incomplete 2^k table, the
//!   sparse-overlap treatment of SparseMSE and the Fienberg–Rinaldo existence
//!   check.
//! * [`mod@select`]: SparseMSE's stepwise rule, stepwise AIC and all-models BIC.
//! * [`interval`]: lognormal-Wald, profile-likelihood and BCa bootstrap
//!   intervals.
//! * [`budget`]: a deadline and cancel flag checked inside the loops.
//! * [`classic`]: Lincoln–Petersen, Chapman and the Rcapture models
//!   (M0, Mt, Mh, Mth) for cross-checks.
//! * [`mod@estimate`]: the whole analysis in one call, as `palermo mse` runs it.
//!
//! The reference implementation is the R package SparseMSE 2.0.1 (Chan,
//! Silverman & Vincent 2021, JASA 116:1297; Silverman 2020, JRSS A 183:1),
//! reproduced here to 1e-6 on its published data (see `tests/`).

pub mod budget;
pub mod classic;
pub mod error;
pub mod estimate;
pub mod fit;
pub mod interval;
mod linalg;
mod lp;
mod rng;
pub mod select;
pub mod special;
pub mod table;
pub mod warning;

pub use budget::Budget;
pub use error::{MseError, ParseError, ParseErrorKind, ParseErrors, TableError, TermProblem};
pub use estimate::{estimate, Analysis, Options};
pub use fit::{check_model, fit_model, Check, EmptyOverlap, LoglinFit};
pub use interval::{
    bca_bootstrap, bca_bootstrap_within, bca_limits, profile_interval, profile_interval_within,
    wald_interval, BcaLimits, Bootstrap, Interval,
};
pub use select::{select, select_within, ModelSummary, Selected, Selection};
pub use table::{parse_table, read_table, CaptureTable, ReadTable, MAX_LISTS};
pub use warning::{Stage, Warning};
