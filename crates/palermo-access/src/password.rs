//! Password hashes: Argon2id with OWASP's parameters.
//!
//! OWASP's Password Storage Cheat Sheet (section "Argon2id") recommends
//! Argon2id with at least 19 MiB of memory (m = 19456 KiB), 2 iterations
//! (t = 2) and 1 degree of parallelism (p = 1); these are [`OWASP_PARAMS`].
//! The hash is stored as the PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`)
//! so that it carries its own parameters and a stronger setting later still
//! verifies old hashes. The salt is 16 bytes from the OS random generator.
//!
//! Hashing takes tens of milliseconds of CPU and 19 MiB: callers on an
//! async server run it on a bounded pool (see `palermo-web`'s `account`).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Argon2 memory cost, KiB (OWASP: 19 MiB).
pub const OWASP_M_COST_KIB: u32 = 19_456;
/// Argon2 iterations (OWASP: 2).
pub const OWASP_T_COST: u32 = 2;
/// Argon2 lanes (OWASP: 1).
pub const OWASP_P_COST: u32 = 1;

/// Shortest password accepted, characters (NIST SP 800-63B §3.1.1.2: at
/// least 8; we ask 12 of staff who hold victims' data).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, bytes (bounds the work an attacker can ask
/// for; NIST asks that at least 64 characters be allowed).
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// OWASP's Argon2id parameters ([`OWASP_M_COST_KIB`], [`OWASP_T_COST`],
/// [`OWASP_P_COST`], 32-byte output).
pub fn owasp_params() -> Params {
    // The constants are within Argon2's bounds, so this cannot fail; the
    // fallback is the crate's default, which is the same setting.
    Params::new(OWASP_M_COST_KIB, OWASP_T_COST, OWASP_P_COST, Some(32)).unwrap_or_default()
}

fn argon2id() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, owasp_params())
}

/// Errors from password hashing.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// The password is too short or too long (the bounds, never the
    /// password).
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters and at most {MAX_PASSWORD_BYTES} bytes")]
    Length,
    /// The OS random generator failed.
    #[error("the operating system's random generator failed")]
    Random,
    /// The hash could not be computed, or a stored hash is not a PHC string.
    #[error("password hash: {0}")]
    Hash(String),
}

/// Checks a new password's length (NIST SP 800-63B: length, not
/// composition rules).
///
/// # Errors
/// [`PasswordError::Length`].
pub fn check_new_password(password: &str) -> Result<(), PasswordError> {
    if password.chars().count() < MIN_PASSWORD_CHARS || password.len() > MAX_PASSWORD_BYTES {
        return Err(PasswordError::Length);
    }
    Ok(())
}

/// The Argon2id PHC string of `password` with a fresh random salt.
///
/// # Errors
/// [`PasswordError::Length`] (see [`check_new_password`]), the random
/// generator or the hash failed.
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    check_new_password(password)?;
    let salt = crate::random::bytes::<16>().map_err(|_| PasswordError::Random)?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| PasswordError::Hash(e.to_string()))?;
    argon2id()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Whether `password` matches the stored PHC string `phc` (in constant
/// time, by the argon2 crate). A password longer than
/// [`MAX_PASSWORD_BYTES`] is not hashed and does not match.
///
/// # Errors
/// `phc` is not a valid PHC string.
pub fn verify_password(password: &str, phc: &str) -> Result<bool, PasswordError> {
    let parsed = PasswordHash::new(phc).map_err(|e| PasswordError::Hash(e.to_string()))?;
    if password.len() > MAX_PASSWORD_BYTES {
        return Ok(false);
    }
    Ok(argon2id()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

/// A PHC string of a random password nobody knows, with the same cost as a
/// real one: verified against when the e-mail of a sign-in has no account,
/// so that the answer takes as long as for a wrong password (no account
/// enumeration by timing).
///
/// # Errors
/// As [`hash_password`].
pub fn dummy_hash() -> Result<String, PasswordError> {
    hash_password(&crate::token::random_password().map_err(|_| PasswordError::Random)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("correct horse battery", &h).unwrap());
        assert!(!verify_password("correct horse batterz", &h).unwrap());
        // Fresh salt each time.
        assert_ne!(h, hash_password("correct horse battery").unwrap());
    }

    /// Outside values from the reference implementation's command-line
    /// tool (phc-winner-argon2, Debian's `argon2` 0~20171227):
    /// `echo -n password | argon2 somesaltsomesalt -id -t 2 -k 19456 -p 1 -l 32 -e`
    /// and, with other parameters, `… argon2 somesalt -id -t 2 -m 15 -p 1 -l 32 -e`.
    #[test]
    fn matches_the_reference_tool() {
        let reference = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$K13EBUiG7JV+9ZxztmHFTdb7J0WQsnj2V8bZaqyPptE";
        let salt = SaltString::encode_b64(b"somesaltsomesalt").unwrap();
        let ours = argon2id()
            .hash_password(b"password", &salt)
            .unwrap()
            .to_string();
        assert_eq!(ours, reference);
        assert!(verify_password("password", reference).unwrap());
        assert!(!verify_password("passwore", reference).unwrap());
        let other = "$argon2id$v=19$m=32768,t=2,p=1$c29tZXNhbHQ$XI8TkQ/K9Vf7vxfnzX73a5oi22rsz1dnaMYpfL+Ga8A";
        assert!(verify_password("password", other).unwrap());
    }

    #[test]
    fn lengths_are_bounded() {
        assert!(matches!(hash_password("short"), Err(PasswordError::Length)));
        let long = "x".repeat(MAX_PASSWORD_BYTES + 1);
        assert!(matches!(hash_password(&long), Err(PasswordError::Length)));
        let h = hash_password("a long enough one").unwrap();
        assert!(!verify_password(&long, &h).unwrap());
    }
}
