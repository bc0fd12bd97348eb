//! TOTP second factor (RFC 6238, on HOTP, RFC 4226).
//!
//! A code is HOTP(K, T) with T = floor((unix time - T0) / X), T0 = 0 and
//! X = 30 s (RFC 6238 §4): HMAC of the 8-byte big-endian counter, dynamic
//! truncation (RFC 4226 §5.3), modulo 10^digits. Palermo enrols HMAC-SHA-1
//! secrets of 20 bytes with 6 digits, the setting every authenticator app
//! reads from an `otpauth://` URI; SHA-256 and SHA-512 are implemented for
//! the RFC's test vectors (Appendix B) and for apps that offer them.
//!
//! [`verify`] accepts the current step and one step either side (RFC 6238
//! §5.2 recommends at most one step of network delay) and returns the step
//! it matched, which the caller stores: a code is accepted at most once
//! (§5.2, "the verifier MUST NOT accept the second attempt of the OTP
//! after the successful validation has been issued").

use hmac::{Hmac, Mac};
use subtle::ConstantTimeEq;

use crate::random::RandomError;

/// Seconds per step (RFC 6238's default X).
pub const STEP_SECONDS: i64 = 30;
/// Digits of the codes Palermo enrols.
pub const DIGITS: u32 = 6;
/// Bytes of a secret Palermo enrols (RFC 4226 §4 asks at least 16, and
/// recommends 20).
pub const SECRET_BYTES: usize = 20;

/// The HMAC of a TOTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// HMAC-SHA-1 (the default of RFC 6238 and of the apps).
    Sha1,
    /// HMAC-SHA-256.
    Sha256,
    /// HMAC-SHA-512.
    Sha512,
}

fn hmac_digest(alg: Algorithm, key: &[u8], msg: &[u8]) -> Vec<u8> {
    // HMAC takes keys of any length, so `new_from_slice` cannot fail; an
    // empty digest (which truncation below turns into no code) otherwise.
    match alg {
        Algorithm::Sha1 => Hmac::<sha1::Sha1>::new_from_slice(key)
            .map(|mut m| {
                m.update(msg);
                m.finalize().into_bytes().to_vec()
            })
            .unwrap_or_default(),
        Algorithm::Sha256 => Hmac::<sha2::Sha256>::new_from_slice(key)
            .map(|mut m| {
                m.update(msg);
                m.finalize().into_bytes().to_vec()
            })
            .unwrap_or_default(),
        Algorithm::Sha512 => Hmac::<sha2::Sha512>::new_from_slice(key)
            .map(|mut m| {
                m.update(msg);
                m.finalize().into_bytes().to_vec()
            })
            .unwrap_or_default(),
    }
}

/// HOTP(K, C) (RFC 4226 §5.3) with `digits` digits (1–9), as a number.
pub fn hotp(alg: Algorithm, key: &[u8], counter: u64, digits: u32) -> u32 {
    let mac = hmac_digest(alg, key, &counter.to_be_bytes());
    let Some(&last) = mac.last() else {
        return 0;
    };
    let offset = usize::from(last & 0x0f);
    let Some(b) = mac.get(offset..offset + 4) else {
        return 0;
    };
    let bin = (u32::from(b[0] & 0x7f) << 24)
        | (u32::from(b[1]) << 16)
        | (u32::from(b[2]) << 8)
        | u32::from(b[3]);
    bin % 10u32.pow(digits.clamp(1, 9))
}

/// The TOTP step of a unix time (seconds): floor(t / 30), `None` before 1970.
pub fn step_at(unix_seconds: i64) -> Option<u64> {
    u64::try_from(unix_seconds.div_euclid(STEP_SECONDS)).ok()
}

/// The TOTP code at `unix_seconds`, zero-padded to `digits` digits.
pub fn code_at(alg: Algorithm, key: &[u8], unix_seconds: i64, digits: u32) -> Option<String> {
    let step = step_at(unix_seconds)?;
    Some(format!(
        "{:0width$}",
        hotp(alg, key, step, digits),
        width = digits as usize
    ))
}

/// The step whose 6-digit SHA-1 code `code` is, among the current step and
/// one either side, if it is later than `last_used` (the step of the last
/// code accepted for this secret: a code is never accepted twice).
/// Comparison in constant time.
pub fn verify(key: &[u8], code: &str, unix_seconds: i64, last_used: Option<u64>) -> Option<u64> {
    let code = code.trim();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(unix_seconds)?;
    let mut found = None;
    for step in [now.saturating_sub(1), now, now + 1] {
        let want = format!("{:06}", hotp(Algorithm::Sha1, key, step, DIGITS));
        let ok: bool = want.as_bytes().ct_eq(code.as_bytes()).into();
        if ok && last_used.is_none_or(|l| step > l) {
            found = Some(step);
        }
    }
    found
}

/// A new secret of [`SECRET_BYTES`] random bytes.
///
/// # Errors
/// The OS random generator failed.
pub fn new_secret() -> Result<[u8; SECRET_BYTES], RandomError> {
    crate::random::bytes::<SECRET_BYTES>()
}

/// RFC 4648 base32 (upper case, no padding), how authenticator apps take a
/// secret.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buf, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buf = (buf << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buf >> bits) & 31) as usize]));
        }
        buf &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buf << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The `otpauth://totp/…` URI of a secret (Google Authenticator's Key Uri
/// Format), for an app to scan or read: issuer `Palermo`, the account's
/// e-mail as label (percent-encoded), SHA-1, 6 digits, 30 s.
pub fn otpauth_uri(secret: &[u8], account: &str) -> String {
    let label: String = account
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!(
        "otpauth://totp/Palermo:{label}?secret={}&issuer=Palermo&algorithm=SHA1&digits=6&period=30",
        base32(secret)
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// RFC 6238, Appendix B: the seeds are the ASCII strings
    /// "12345678901234567890" (SHA-1, 20 bytes), repeated to 32 bytes
    /// (SHA-256) and 64 bytes (SHA-512); 8 digits.
    #[test]
    fn rfc_6238_appendix_b() {
        let sha1 = b"12345678901234567890".as_slice();
        let sha256 = b"12345678901234567890123456789012".as_slice();
        let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234".as_slice();
        #[rustfmt::skip]
        let table: [(i64, &str, &str, &str); 6] = [
            (59,          "94287082", "46119246", "90693936"),
            (1111111109,  "07081804", "68084774", "25091201"),
            (1111111111,  "14050471", "67062674", "99943326"),
            (1234567890,  "89005924", "91819424", "93441116"),
            (2000000000,  "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        for (t, c1, c256, c512) in table {
            assert_eq!(
                code_at(Algorithm::Sha1, sha1, t, 8).unwrap(),
                c1,
                "SHA-1 at {t}"
            );
            assert_eq!(
                code_at(Algorithm::Sha256, sha256, t, 8).unwrap(),
                c256,
                "SHA-256 at {t}"
            );
            assert_eq!(
                code_at(Algorithm::Sha512, sha512, t, 8).unwrap(),
                c512,
                "SHA-512 at {t}"
            );
        }
    }

    /// RFC 4226, Appendix D: HOTP of "12345678901234567890", counters 0-9.
    #[test]
    fn rfc_4226_appendix_d() {
        let key = b"12345678901234567890";
        let want = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (c, w) in want.into_iter().enumerate() {
            assert_eq!(hotp(Algorithm::Sha1, key, c as u64, 6), w, "counter {c}");
        }
    }

    #[test]
    fn verify_accepts_one_step_of_drift_and_never_twice() {
        let key = b"12345678901234567890";
        // RFC 4226 Appendix D: counter 1 is 287082, i.e. t in [30, 60).
        assert_eq!(verify(key, "287082", 45, None), Some(1));
        assert_eq!(verify(key, "287082", 75, None), Some(1)); // one step late
        assert_eq!(verify(key, "287082", 15, None), Some(1)); // one step early
        assert_eq!(verify(key, "287082", 95, None), None); // two steps late
        assert_eq!(verify(key, "287082", 45, Some(1)), None); // replay
        assert_eq!(verify(key, "287083", 45, None), None);
        assert_eq!(verify(key, "28708", 45, None), None);
        assert_eq!(verify(key, "２８７０８２", 45, None), None);
    }

    /// RFC 4648 §10's test vectors (without padding).
    #[test]
    fn base32_rfc_4648() {
        for (i, o) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(i.as_bytes()), o);
        }
    }
}
