//! The comparison chart of the estimation page: every method's estimate and
//! interval side by side.

use std::fmt::Write as _;

use palermo_mse::estimate::Comparison;

use palermo_i18n::{t, Lang};

use super::page::int;
use crate::charts::{esc, Svg, PALETTE};
use crate::layout::message;

/// One row of the comparison chart.
#[derive(Debug, Clone)]
pub struct ChartRow {
    /// Method and model.
    pub label: String,
    /// Point estimate.
    pub estimate: f64,
    /// Interval, if any.
    pub lower: Option<f64>,
    /// Interval, if any.
    pub upper: Option<f64>,
    /// How the interval was made.
    pub note: String,
    /// Drawn in the accent colour (the selected model).
    pub highlight: bool,
}

impl From<&Comparison> for ChartRow {
    fn from(c: &Comparison) -> Self {
        Self {
            label: c.method.clone(),
            estimate: c.estimate,
            lower: c.lower,
            upper: c.upper,
            note: c.interval.clone(),
            highlight: false,
        }
    }
}

/// A dot-and-whisker chart of population estimates, one row per method,
/// with a dashed line at the number observed (the floor of every estimate).
/// Accessible like the other charts: `role="img"`, `<title>`, `<desc>` and a
/// tooltip per row. Non-finite values are left out.
pub fn comparison_chart(
    lang: Lang,
    id: &str,
    title: &str,
    observed: f64,
    rows: &[ChartRow],
) -> Svg {
    let int = |x: f64| int(lang, x);
    let rows: Vec<&ChartRow> = rows.iter().filter(|r| r.estimate.is_finite()).collect();
    let (w, row_h) = (760.0, 26.0);
    let (left, right, top, bottom) = (330.0, 24.0, 16.0, 40.0);
    let h = top + bottom + row_h * rows.len().max(1) as f64;
    let pw = w - left - right;
    let hi = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.upper])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::max);
    let lo = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.lower])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::min)
        .max(0.0);
    // a round axis from lo to hi
    let span = (hi - lo).max(1.0);
    let step = {
        let raw = span / 5.0;
        let mag = 10f64.powf(raw.log10().floor());
        [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag)
    };
    let x0 = (lo / step).floor() * step;
    let x1 = (hi / step).ceil() * step;
    let sx = |v: f64| left + pw * (v - x0) / (x1 - x0).max(1e-9);
    let mut s = String::new();
    let desc = message(
        lang,
        "mse-chart-desc",
        &[("methods", &rows.len()), ("observed", &int(observed))],
    );
    crate::charts::open_svg(&mut s, id, (w, h), title, &desc);
    let mut v = x0;
    while v <= x1 + step * 0.5 {
        let x = sx(v);
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{y2}" stroke="#ddd"/><text x="{x:.1}" y="{ty}" font-size="11" text-anchor="middle">{l}</text>"##,
            y2 = h - bottom,
            ty = h - bottom + 16.0,
            l = int(v)
        );
        v += step;
    }
    let ox = sx(observed);
    let _ = write!(
        s,
        r##"<line x1="{ox:.1}" x2="{ox:.1}" y1="{top}" y2="{y2}" stroke="#555" stroke-dasharray="4 3"><title>{n}</title></line><text x="{ox:.1}" y="{ty}" font-size="11" text-anchor="middle">{o}</text>"##,
        o = esc(&t(lang, "mse-chart-observed")),
        y2 = h - bottom,
        ty = h - bottom + 30.0,
        n = esc(&message(
            lang,
            "mse-chart-observed-count",
            &[("count", &int(observed))]
        ))
    );
    for (i, r) in rows.iter().enumerate() {
        let y = top + row_h * (i as f64 + 0.5);
        let colour = if r.highlight { PALETTE[5] } else { PALETTE[0] };
        let mut label = r.label.clone();
        if label.chars().count() > 44 {
            label = label.chars().take(43).collect::<String>() + "…";
        }
        let tip = match (r.lower, r.upper) {
            (Some(l), Some(u)) => format!(
                "{}: {} ({} – {}, {})",
                r.label,
                int(r.estimate),
                int(l),
                int(u),
                r.note
            ),
            _ => format!("{}: {}", r.label, int(r.estimate)),
        };
        let _ = write!(
            s,
            r#"<g><title>{tip}</title><text x="{lx}" y="{ty:.1}" font-size="11" text-anchor="end"{bold}>{l}</text>"#,
            tip = esc(&tip),
            lx = left - 8.0,
            ty = y + 4.0,
            bold = if r.highlight {
                r#" font-weight="700""#
            } else {
                ""
            },
            l = esc(&label)
        );
        if let (Some(l), Some(u)) = (r.lower, r.upper) {
            if l.is_finite() && u.is_finite() {
                let _ = write!(
                    s,
                    r#"<line x1="{a:.1}" x2="{b:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"/>"#,
                    a = sx(l),
                    b = sx(u)
                );
            }
        }
        let _ = write!(
            s,
            r#"<circle cx="{cx:.1}" cy="{y:.1}" r="5" fill="{colour}"/></g>"#,
            cx = sx(r.estimate)
        );
    }
    let _ = write!(
        s,
        r#"</svg><figcaption>{}</figcaption></figure>"#,
        esc(&message(lang, "mse-chart-caption", &[("title", &title)]))
    );
    Svg::drawn(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_is_accessible_and_drops_non_finite() {
        let rows = vec![
            ChartRow {
                label: "a <b>".into(),
                estimate: 100.0,
                lower: Some(80.0),
                upper: Some(130.0),
                note: "x".into(),
                highlight: true,
            },
            ChartRow {
                label: "nan".into(),
                estimate: f64::NAN,
                lower: None,
                upper: None,
                note: "x".into(),
                highlight: false,
            },
        ];
        let svg = comparison_chart(Lang::En, "c", "T", 60.0, &rows);
        let svg = svg.as_str();
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("a &lt;b&gt;"));
        assert_eq!(svg.matches("<circle").count(), 1);
        assert!(!svg.contains("NaN"));
    }
}
