//! Typed errors of the estimation engine.

use thiserror::Error;

/// Why a capture-history table was rejected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TableError {
    /// Fewer than two lists: MSE needs at least two.
    #[error("{0} list(s) given: multiple systems estimation needs at least 2 lists")]
    TooFewLists(usize),
    /// More lists than the engine supports ([`crate::MAX_LISTS`]).
    #[error("{got} lists given: at most {max} lists are supported (the table has 2^k cells)")]
    TooManyLists {
        /// Number of lists in the input.
        got: usize,
        /// The supported maximum.
        max: usize,
    },
    /// Two lists share a name, or a name is empty.
    #[error("list name {0:?} is empty or used twice")]
    BadListName(String),
    /// A capture history with no list at all has a positive count: that cell
    /// is the unobserved one and cannot be observed.
    #[error(
        "a capture history on no list has a positive count ({0}); that cell is the unobserved one"
    )]
    ObservedEmptyHistory(u64),
    /// Nobody was observed.
    #[error("the table is empty: nobody was observed")]
    Empty,
    /// A list captures nobody: its main effect is −∞ and it carries no information.
    #[error("list {0:?} captures nobody; remove it")]
    ListCapturesNobody(String),
    /// A list captures every observed person: no log-linear model has a
    /// finite fit (raised by the model fits and selections;
    /// [`crate::estimate`] reports the observed total with no upper limit).
    #[error("list {0:?} captures every observed person, so no log-linear model can be fitted: the estimate is the observed total, with no upper limit")]
    ListCapturesEveryone(String),
    /// No two lists have anybody in common: no log-linear model has a finite estimate.
    #[error("no two lists have anybody in common (all overlaps are empty): the population estimate is infinite")]
    AllOverlapsEmpty,
    /// The total count does not fit in 64 bits.
    #[error("counts overflow")]
    Overflow,
}

/// Why the text of a capture-history or record file was rejected. Carries
/// the 1-based line and the column name where known.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}{}: {kind}", column.as_ref().map(|c| format!(", column {c:?}")).unwrap_or_default())]
pub struct ParseError {
    /// 1-based line number (1 is the header).
    pub line: usize,
    /// Column name, when the error concerns one field.
    pub column: Option<String>,
    /// What went wrong.
    pub kind: ParseErrorKind,
}

/// The reason of a [`ParseError`]. Never the value itself: a misread
/// column of a record file may hold names.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseErrorKind {
    /// The input has no header line.
    #[error("no header line")]
    NoHeader,
    /// A row has a different number of fields than the header.
    #[error("{got} fields, the header has {want}")]
    FieldCount {
        /// Fields in this row.
        got: usize,
        /// Fields in the header.
        want: usize,
    },
    /// A capture indicator is not 0 or 1.
    #[error("the capture indicator is not 0 or 1")]
    NotBinary,
    /// A count is negative.
    #[error("the count is negative")]
    NegativeCount,
    /// A count is not a whole number.
    #[error("the count is not a whole number")]
    NonIntegerCount,
    /// A count is not a number at all.
    #[error("the count is not a number")]
    NotANumber,
    /// The table itself is invalid.
    #[error("{0}")]
    Table(#[from] TableError),
}

/// Every bad row of a table: the first [`ParseErrors::errors`] (at most
/// [`crate::table::MAX_REPORTED_ERRORS`]) and how many more there were, so
/// that one run shows what to mend.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct ParseErrors {
    /// The errors, in line order.
    pub errors: Vec<ParseError>,
    /// Errors found beyond those listed.
    pub more: usize,
}

impl ParseErrors {
    /// The first error (there is always one).
    pub fn first(&self) -> Option<&ParseError> {
        self.errors.first()
    }
}

impl From<ParseError> for ParseErrors {
    fn from(e: ParseError) -> Self {
        Self {
            errors: vec![e],
            more: 0,
        }
    }
}

impl std::fmt::Display for ParseErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let total = self.errors.len() + self.more;
        if total > 1 {
            write!(f, "{total} errors: ")?;
        }
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        if self.more > 0 {
            write!(f, "; and {} more", self.more)?;
        }
        Ok(())
    }
}

/// Why an interaction term (`A:B`) was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TermProblem {
    /// A name in it is no list of the table.
    #[error("no list named {0:?}")]
    NoSuchList(String),
    /// A list is named twice in it.
    #[error("a list is named twice")]
    ListTwice,
    /// It has fewer than two of the table's lists.
    #[error("an interaction needs at least two lists")]
    TooFewLists,
}

/// Why a model could not be fitted, or why an estimate could not be made.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MseError {
    /// The table was rejected.
    #[error(transparent)]
    Table(#[from] TableError),
    /// A term names an unknown list or is malformed: the term as given,
    /// and why.
    #[error("term {0:?}: {1}")]
    BadTerm(String, TermProblem),
    /// The maximum likelihood estimate of this model is not finite
    /// (Fienberg & Rinaldo 2012 linear program gives s = 0).
    #[error("model [{0}]: the maximum likelihood estimate does not exist (is not finite) on these data (Fienberg–Rinaldo linear program)")]
    MleDoesNotExist(String),
    /// The design matrix of this model is rank deficient on the cells left
    /// after removing empty overlaps.
    #[error("model [{0}]: not identifiable (the design matrix has rank deficiency {1})")]
    NotIdentifiable(String, usize),
    /// Iteratively reweighted least squares did not converge.
    #[error("model [{0}]: the Poisson fit did not converge")]
    NotConverged(String),
    /// The fit produced a non-finite quantity.
    #[error("model [{0}]: the fit produced a non-finite value ({1})")]
    NonFinite(String, &'static str),
    /// A method is not available for these data.
    #[error("{0}")]
    Unsupported(String),
    /// An argument is out of range.
    #[error("{0}")]
    BadArgument(String),
    /// The computation ran past the time limit of its [`crate::Budget`].
    #[error("the computation was stopped after its time limit of {} s; use fewer lists, fewer bootstrap replicates or a simpler method", .0.as_secs_f64())]
    TimeLimit(std::time::Duration),
    /// The caller of the computation cancelled it (see [`crate::Budget`]).
    #[error("the computation was cancelled")]
    Cancelled,
}

impl MseError {
    /// Whether this error stops the whole analysis (time limit or
    /// cancellation) rather than one model, method or replicate.
    pub fn is_stop(&self) -> bool {
        matches!(self, Self::TimeLimit(_) | Self::Cancelled)
    }
}
