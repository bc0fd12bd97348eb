//! Calendar dates as they appear in Palermo's sources.
//!
//! Palermo stores and prints dates as ISO 8601 calendar dates (`YYYY-MM-DD`).
//! The UN Treaty Collection writes them as `21 Aug 2002`.

use time::{Date, Month};

/// Parses an ISO 8601 calendar date `YYYY-MM-DD`.
///
/// Returns `None` for anything else, including impossible dates such as
/// `2003-02-30` and years before 1000 (`0000-01-01`, `-001-01-01`).
pub fn parse_iso(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    if y < 1000 {
        return None;
    }
    let m: u8 = s.get(5..7)?.parse().ok()?;
    let d: u8 = s.get(8..10)?.parse().ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// Parses a UN Treaty Collection date such as `21 Aug 2002` or `1 Jul 2003`
/// (day, English three-letter month, four-digit year, separated by spaces).
///
/// Returns `None` for anything else, including impossible dates such as
/// `30 Feb 2003`.
pub fn parse_untc(s: &str) -> Option<Date> {
    let mut parts = s.split_whitespace();
    let d: u8 = parts.next()?.parse().ok()?;
    let m = month_from_abbrev(parts.next()?)?;
    let y: i32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1000..=9999).contains(&y) {
        return None;
    }
    Date::from_calendar_date(y, m, d).ok()
}

/// English month abbreviation (`Jan` … `Dec`, any case; full names accepted).
fn month_from_abbrev(s: &str) -> Option<Month> {
    let lower = s.to_ascii_lowercase();
    let key = lower.get(0..3)?;
    let m = match key {
        "jan" => Month::January,
        "feb" => Month::February,
        "mar" => Month::March,
        "apr" => Month::April,
        "may" => Month::May,
        "jun" => Month::June,
        "jul" => Month::July,
        "aug" => Month::August,
        "sep" => Month::September,
        "oct" => Month::October,
        "nov" => Month::November,
        "dec" => Month::December,
        _ => return None,
    };
    // Reject things like "Augustus": either the 3-letter form or the full name.
    let full = format!("{m}").to_ascii_lowercase();
    (lower.len() == 3 || lower == full || (lower == "sept")).then_some(m)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untc_dates() {
        assert_eq!(iso(parse_untc("21 Aug 2002").unwrap()), "2002-08-21");
        assert_eq!(iso(parse_untc("1 Jul 2003").unwrap()), "2003-07-01");
        assert!(parse_untc("30 Feb 2003").is_none());
        assert!(parse_untc("12 Foo 2003").is_none());
        assert!(parse_untc("12 Dec").is_none());
        assert!(parse_untc("12 Dec 2003 a").is_none());
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso(parse_iso("2014-07-10").unwrap()), "2014-07-10");
        assert!(parse_iso("2014-02-30").is_none());
        assert!(parse_iso("2014-7-10").is_none());
        assert!(parse_iso("-001-01-01").is_none());
        assert!(parse_iso("0000-01-01").is_none());
        assert!(parse_iso("+014-01-01").is_none());
    }
}
