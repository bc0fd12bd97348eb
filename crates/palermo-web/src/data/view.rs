//! How the data hub writes its figures: ranges, years, citizenships, the
//! tooltips of chart bars, the options of the filter form.

use std::collections::BTreeSet;

use palermo_i18n::format::integer;
use palermo_i18n::{t, Lang};
use palermo_model::indicator::IndicatorRow;

use super::charts::RangeBar;
use crate::layout::message;

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

/// A count as `lang` writes numbers.
pub(crate) fn count(lang: Lang, n: u64) -> String {
    integer(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

pub(crate) fn range_text(lang: Lang, r: &IndicatorRow) -> String {
    if r.is_exact() {
        count(lang, r.value.min)
    } else {
        format!("{}–{}", count(lang, r.value.min), count(lang, r.value.max))
    }
}

/// A citizenship as shown: the ISO code, or for a group or name that
/// Palermo does not resolve (`other:` + the published label) the label as
/// UNODC published it, marked as such.
pub(crate) fn citizenship_text(lang: Lang, c: Option<&str>) -> String {
    match c {
        Some(c) => match c.strip_prefix("other:") {
            Some(label) if label.trim().is_empty() => t(lang, "data-citizenship-not-stated"),
            Some(label) => message(lang, "data-citizenship-as-published", &[("label", &label)]),
            None => c.to_owned(),
        },
        None => String::new(),
    }
}

pub(crate) fn bar_of(lang: Lang, r: &IndicatorRow, what: &str) -> RangeBar {
    let mut tip = message(
        lang,
        "data-bar-tip",
        &[
            ("what", &what),
            ("value", &range_text(lang, r)),
            ("countries", &r.areas.len()),
        ],
    );
    if !r.is_exact() {
        tip.push(' ');
        tip.push_str(&t(lang, "data-bar-range"));
    }
    if r.conflicts > 0 {
        tip.push(' ');
        tip.push_str(&message(
            lang,
            "data-bar-conflicts",
            &[("count", &r.conflicts)],
        ));
    }
    if r.summed > 0 {
        tip.push(' ');
        tip.push_str(&message(lang, "data-bar-summed", &[("count", &r.summed)]));
    }
    if r.derived > 0 {
        tip.push(' ');
        tip.push_str(&message(lang, "data-bar-derived", &[("count", &r.derived)]));
    }
    RangeBar {
        min: r.value.min as f64,
        max: r.value.max as f64,
        tip,
    }
}

pub(crate) fn years_text(lang: Lang, y: &BTreeSet<i32>) -> String {
    match (y.first(), y.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => t(lang, "data-years-none"),
    }
}
