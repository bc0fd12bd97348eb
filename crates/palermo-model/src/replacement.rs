//! The rule that keeps a re-import from silently shrinking a dataset.
//!
//! Re-importing a statistics dataset or a source of case records replaces
//! what is stored under its name. A file in which almost every row is
//! rejected (a wrong export, a changed layout) would then replace tens of
//! thousands of stored rows by a handful. [`check_replacement`] refuses such
//! a replacement unless the user forces it: when more than
//! [`MAX_REJECTED_PERCENT`] % of the rows read were rejected, or when the
//! new version keeps fewer than [`MIN_KEPT_PERCENT`] % of the rows it
//! replaces. A first import (nothing stored under the name) is never
//! refused by this rule.

/// A re-import rejecting more than this share of its rows (in per cent) is
/// refused.
pub const MAX_REJECTED_PERCENT: u64 = 1;

/// A re-import storing fewer rows than this share (in per cent) of the rows
/// it replaces is refused.
pub const MIN_KEPT_PERCENT: u64 = 50;

/// Why a re-import would shrink the dataset it replaces (counts of rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Shrink {
    /// Too many rows were rejected.
    #[error("{rejected} of {read} rows were rejected (more than {MAX_REJECTED_PERCENT}%), and it would replace {previous} stored rows by {stored}")]
    TooManyRejected {
        /// Rows read from the file.
        read: u64,
        /// Rows rejected.
        rejected: u64,
        /// Rows stored under the name before.
        previous: u64,
        /// Rows the new version would store.
        stored: u64,
    },
    /// The new version is far smaller than the stored one.
    #[error(
        "it would replace {previous} stored rows by {stored} (fewer than {MIN_KEPT_PERCENT}%)"
    )]
    FarFewer {
        /// Rows stored under the name before.
        previous: u64,
        /// Rows the new version would store.
        stored: u64,
    },
}

/// Checks a replacement of `previous` stored rows by a file of `read` rows
/// of which `stored` are valid and `rejected` were rejected.
///
/// # Errors
/// [`Shrink`] when the replacement would silently shrink the dataset.
pub fn check_replacement(
    previous: u64,
    read: u64,
    stored: u64,
    rejected: u64,
) -> Result<(), Shrink> {
    if previous == 0 {
        return Ok(());
    }
    // Integer comparisons: rejected / read > 1 %, stored / previous < 50 %.
    if u128::from(rejected) * 100 > u128::from(read) * u128::from(MAX_REJECTED_PERCENT) {
        return Err(Shrink::TooManyRejected {
            read,
            rejected,
            previous,
            stored,
        });
    }
    if u128::from(stored) * 100 < u128::from(previous) * u128::from(MIN_KEPT_PERCENT) {
        return Err(Shrink::FarFewer { previous, stored });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The case: 1 valid row out of 1,000,001 replacing the 46,556
    /// GLOTIP cells.
    #[test]
    fn one_valid_row_of_a_million_does_not_replace_the_glotip_table() {
        assert_eq!(
            check_replacement(46_556, 1_000_001, 1, 1_000_000),
            Err(Shrink::TooManyRejected {
                read: 1_000_001,
                rejected: 1_000_000,
                previous: 46_556,
                stored: 1
            })
        );
    }

    #[test]
    fn bounds() {
        // 1 rejected of 100 is 1 %: allowed; 2 of 100 is not.
        assert!(check_replacement(100, 100, 99, 1).is_ok());
        assert!(check_replacement(100, 100, 98, 2).is_err());
        // Half of the stored rows is allowed; one fewer is not.
        assert!(check_replacement(100, 50, 50, 0).is_ok());
        assert_eq!(
            check_replacement(100, 49, 49, 0),
            Err(Shrink::FarFewer {
                previous: 100,
                stored: 49
            })
        );
        // A first import is never refused by this rule.
        assert!(check_replacement(0, 10, 1, 9).is_ok());
        // Growing is fine.
        assert!(check_replacement(10, 1000, 1000, 0).is_ok());
    }
}
