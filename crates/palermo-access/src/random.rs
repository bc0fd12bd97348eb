//! The OS random generator (the only impure thing in this crate).

/// The OS random generator failed (no entropy source).
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the operating system's random generator failed")]
pub struct RandomError;

/// `N` bytes from the operating system's random generator (`getrandom`).
///
/// # Errors
/// [`RandomError`] if the OS has no random source.
pub fn bytes<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut b = [0u8; N];
    getrandom::getrandom(&mut b).map_err(|_| RandomError)?;
    Ok(b)
}

/// Lower-case hexadecimal of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}
