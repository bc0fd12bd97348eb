//! Bearer secrets: API tokens, session ids and CSRF tokens.
//!
//! Each is 32 bytes (256 bits) from the OS random generator, written in
//! unpadded base64url with a prefix saying what it is (`plm_` for an API
//! token, so that secret scanners can find a leaked one). The server keeps
//! only their SHA-256 ([`secret_digest`]): a copy of the database does not
//! let anyone sign in. A slow hash is for low-entropy passwords; for a
//! 256-bit random secret one SHA-256 is as strong and costs nothing
//! (OWASP's Password Storage Cheat Sheet, "hashing vs encryption"; GitHub
//! and crates.io store their API tokens the same way).

use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::random::{bytes, hex, RandomError};

/// The prefix of an API token.
pub const API_TOKEN_PREFIX: &str = "plm_";

fn encode(b: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

/// A new API token (`plm_` and 43 base64url characters): shown once to its
/// owner, stored as its [`secret_digest`].
///
/// # Errors
/// The OS random generator failed.
pub fn new_api_token() -> Result<String, RandomError> {
    Ok(format!("{API_TOKEN_PREFIX}{}", encode(&bytes::<32>()?)))
}

/// A new session id (43 base64url characters), the value of the session
/// cookie; the store keeps its [`secret_digest`].
///
/// # Errors
/// The OS random generator failed.
pub fn new_session_token() -> Result<String, RandomError> {
    Ok(encode(&bytes::<32>()?))
}

/// A random password of 24 base64url characters (144 bits), for
/// `palermo user add` without a password on standard input.
///
/// # Errors
/// The OS random generator failed.
pub fn random_password() -> Result<String, RandomError> {
    Ok(encode(&bytes::<18>()?))
}

/// SHA-256 of a high-entropy secret, lower-case hex (64 characters): what
/// the store keeps of tokens and session ids.
pub fn secret_digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// The CSRF token of a session: SHA-256 of a label and the session id, hex.
/// Only who holds the session cookie can compute it, and a cross-site page
/// cannot read the cookie (OWASP's CSRF Prevention Cheat Sheet:
/// synchroniser token, here derived instead of stored).
pub fn csrf_token(session_token: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"palermo-csrf\0");
    h.update(session_token.as_bytes());
    hex(&h.finalize())
}

/// Whether two secrets are equal, in time independent of where they differ.
pub fn secrets_equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn tokens_are_fresh_and_well_formed() {
        let a = new_api_token().unwrap();
        let b = new_api_token().unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(API_TOKEN_PREFIX) && a.len() == 4 + 43, "{a}");
        assert_eq!(new_session_token().unwrap().len(), 43);
        assert_eq!(random_password().unwrap().len(), 24);
    }

    /// FIPS 180-2, Appendix B.1: SHA-256("abc").
    #[test]
    fn digest_is_sha256_hex() {
        assert_eq!(
            secret_digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn csrf_tokens_differ_by_session_and_compare_exactly() {
        let t = csrf_token("s1");
        assert_ne!(t, csrf_token("s2"));
        assert!(secrets_equal(&t, &csrf_token("s1")));
        assert!(!secrets_equal(&t, &t[..63]));
        assert!(!secrets_equal(&t, &csrf_token("s2")));
    }
}
