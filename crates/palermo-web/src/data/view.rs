//! How the data hub writes its figures: ranges, years, citizenships, the
//! tooltips of chart bars, the options of the filter form.

use std::collections::BTreeSet;

use palermo_model::indicator::IndicatorRow;

use super::charts::RangeBar;
use crate::format::thousands;

/// An option of a filter's `<select>`.
#[derive(Debug, Clone)]
pub struct Opt {
    /// The value sent.
    pub value: String,
    /// The text shown.
    pub label: String,
    /// Whether it is the current choice.
    pub selected: bool,
}

pub(crate) fn options(
    items: impl IntoIterator<Item = (String, String)>,
    current: Option<&str>,
) -> Vec<Opt> {
    items
        .into_iter()
        .map(|(value, label)| Opt {
            selected: current.is_some_and(|c| c.eq_ignore_ascii_case(&value)),
            value,
            label,
        })
        .collect()
}

pub(crate) fn range_text(r: &IndicatorRow) -> String {
    if r.is_exact() {
        thousands(r.value.min)
    } else {
        format!("{}–{}", thousands(r.value.min), thousands(r.value.max))
    }
}

/// A citizenship as shown: the ISO code, or for a group or name that
/// Palermo does not resolve (`other:` + the published label) the label as
/// UNODC published it, marked as such.
pub(crate) fn citizenship_text(c: Option<&str>) -> String {
    match c {
        Some(c) => match c.strip_prefix("other:") {
            Some(label) if label.trim().is_empty() => "not stated (empty in the source)".to_owned(),
            Some(label) => format!("{label} (as published, not a country code)"),
            None => c.to_owned(),
        },
        None => String::new(),
    }
}

/// "1 country", "2 countries".
pub(crate) fn countries_text(n: usize) -> String {
    if n == 1 {
        "1 country".to_owned()
    } else {
        format!("{} countries", thousands(n as u64))
    }
}

pub(crate) fn bar_of(r: &IndicatorRow, what: &str) -> RangeBar {
    RangeBar {
        min: r.value.min as f64,
        max: r.value.max as f64,
        tip: format!(
            "{what}: {}{} ({}{})",
            range_text(r),
            if r.is_exact() {
                ""
            } else {
                " (range: \"<5\" cells)"
            },
            countries_text(r.areas.len()),
            if r.conflicts > 0 {
                format!(", {} conflicting duplicates", r.conflicts)
            } else {
                String::new()
            }
        ),
    }
}

pub(crate) fn years_text(y: &BTreeSet<i32>) -> String {
    match (y.first(), y.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "none".into(),
    }
}
