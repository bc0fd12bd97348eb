//! Cooperative cancellation: a deadline and/or a cancel flag, checked by the
//! fitting, selection, profile and bootstrap loops (once per IRLS iteration,
//! per model and per replicate), so a long computation stops soon after its
//! time is up or after its caller has gone away.
//!
//! Reading the clock is the only outside input; a computation that finishes
//! within its budget gives exactly the result it gives without one.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::MseError;

/// How long a computation may run, and a flag its caller may raise to stop it.
/// The default is unlimited.
#[derive(Debug, Clone, Default)]
pub struct Budget {
    deadline: Option<(Instant, Duration)>,
    flag: Option<Arc<AtomicBool>>,
}

impl Budget {
    /// No limit.
    pub fn unlimited() -> Self {
        Self::default()
    }

    /// Stops with [`MseError::TimeLimit`] once `limit` has passed from now.
    pub fn with_timeout(mut self, limit: Duration) -> Self {
        self.deadline = Some((Instant::now() + limit, limit));
        self
    }

    /// Stops with [`MseError::Cancelled`] once `flag` is set (by another thread).
    pub fn with_flag(mut self, flag: Arc<AtomicBool>) -> Self {
        self.flag = Some(flag);
        self
    }

    /// `Ok(())` while time remains and the flag is not set.
    ///
    /// # Errors
    /// [`MseError::Cancelled`] when the flag is set, [`MseError::TimeLimit`]
    /// when the deadline has passed.
    pub fn check(&self) -> Result<(), MseError> {
        if self
            .flag
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
        {
            return Err(MseError::Cancelled);
        }
        if let Some((at, limit)) = self.deadline {
            if Instant::now() >= at {
                return Err(MseError::TimeLimit(limit));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_and_flag() {
        assert!(Budget::unlimited().check().is_ok());
        let b = Budget::default().with_timeout(Duration::ZERO);
        assert_eq!(b.check(), Err(MseError::TimeLimit(Duration::ZERO)));
        let f = Arc::new(AtomicBool::new(false));
        let b = Budget::default().with_flag(f.clone());
        assert!(b.check().is_ok());
        f.store(true, Ordering::Relaxed);
        assert_eq!(b.check(), Err(MseError::Cancelled));
    }
}
