//! Palermo's access control (issue #12): who may do what, and the proofs
//! of who someone is.
//!
//! * [`policy`]: roles, organisations, actions, resources and the one
//!   [`policy::decide`], deny by default. Every permission in Palermo is
//!   decided there; no handler or command checks a role itself.
//! * [`password`]: Argon2id hashes with OWASP's parameters.
//! * [`totp`]: the second factor (RFC 6238).
//! * [`token`]: API tokens, session ids and CSRF tokens (random, stored
//!   hashed).
//! * [`session`]: session expiry (idle and absolute) and lock-out rules.
//! * [`audit`]: the tamper-evident audit chain (each entry carries the
//!   previous one's hash).
//!
//! Pure except [`random`], which reads the operating system's random
//! generator. No I/O, no clock (times are passed in), no async: the store
//! persists what is made here and the web runs the slow hashing on its own
//! bounded pool.

pub mod audit;
pub mod password;
pub mod policy;
pub mod random;
pub mod session;
pub mod token;
pub mod totp;

pub use policy::{
    decide, Action, Authentication, Decision, Organisation, Resource, Role, Scope, Subject,
};
