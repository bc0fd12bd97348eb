//! The rules of sessions and lock-out, as values: the store keeps the
//! times, these say what they mean. Times are unix seconds passed in.

/// How long a session lives (OWASP Session Management Cheat Sheet,
/// "Session Expiration": idle 15-30 minutes for most applications, an
/// absolute limit of a working day for office workers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// Seconds without a request after which the session ends.
    pub idle_seconds: i64,
    /// Seconds after sign-in after which the session ends whatever.
    pub absolute_seconds: i64,
}

impl Default for SessionLimits {
    /// Idle 15 minutes, absolute 8 hours.
    fn default() -> Self {
        Self {
            idle_seconds: 15 * 60,
            absolute_seconds: 8 * 3600,
        }
    }
}

impl SessionLimits {
    /// Whether a session created at `created_at` and last used at
    /// `last_seen_at` is still live at `now`.
    pub fn is_live(&self, created_at: i64, last_seen_at: i64, now: i64) -> bool {
        now >= created_at
            && now - last_seen_at < self.idle_seconds
            && now - created_at < self.absolute_seconds
    }
}

/// When repeated failed sign-ins lock an account (OWASP Authentication
/// Cheat Sheet, "Account Lockout": a threshold of failures, then a lock of
/// some minutes, which also stops guessing spread over many addresses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Consecutive failures that lock the account.
    pub threshold: i64,
    /// Seconds the lock lasts.
    pub lock_seconds: i64,
}

impl Default for LockoutPolicy {
    /// 5 failures, 15 minutes.
    fn default() -> Self {
        Self {
            threshold: 5,
            lock_seconds: 15 * 60,
        }
    }
}

impl LockoutPolicy {
    /// Until when an account is locked after its `failures`-th consecutive
    /// failure at `now` (`None`: not locked).
    pub fn lock_after(&self, failures: i64, now: i64) -> Option<i64> {
        (failures >= self.threshold).then_some(now + self.lock_seconds)
    }

    /// Whether an account locked until `locked_until` is locked at `now`.
    pub fn is_locked(locked_until: Option<i64>, now: i64) -> bool {
        locked_until.is_some_and(|t| now < t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_when_idle_or_old() {
        let l = SessionLimits {
            idle_seconds: 10,
            absolute_seconds: 100,
        };
        assert!(l.is_live(0, 0, 9));
        assert!(!l.is_live(0, 0, 10));
        assert!(l.is_live(0, 95, 99));
        assert!(!l.is_live(0, 95, 100));
        assert!(!l.is_live(50, 50, 40)); // a clock gone back
    }

    #[test]
    fn lock_out_after_the_threshold() {
        let p = LockoutPolicy {
            threshold: 3,
            lock_seconds: 60,
        };
        assert_eq!(p.lock_after(2, 1000), None);
        assert_eq!(p.lock_after(3, 1000), Some(1060));
        assert!(LockoutPolicy::is_locked(Some(1060), 1059));
        assert!(!LockoutPolicy::is_locked(Some(1060), 1060));
        assert!(!LockoutPolicy::is_locked(None, 0));
    }
}
