//! SVG charts of the data hub: bars that show ranges (censored totals), in
//! one or several series, and a world choropleth on Natural Earth 1:110m
//! boundaries. Same conventions as [`crate::charts`]: `<figure>` with an
//! `<svg role="img">`, `<title>`, `<desc>`, a `<title>` on every mark.

use std::collections::HashMap;
use std::fmt::Write;

use crate::charts::{esc, open_svg, y_axis, Frame, PALETTE};

/// Natural Earth 1:110m countries as SVG paths (`iso3 TAB name TAB path`,
/// equirectangular, degrees; see `data/geo/make_world_paths.py`).
const WORLD: &str = include_str!("../../../data/geo/world_110m_paths.tsv");

fn nice_max(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(max.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= max {
            return m * mag;
        }
    }
    10.0 * mag
}

fn fmt_axis(v: f64) -> String {
    if v >= 1000.0 && v.fract() == 0.0 {
        crate::pages::thousands(v as u64)
    } else if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v:.1}")
    }
}

/// One bar: exact part `min`, uncertain part up to `max` (drawn lighter and
/// hatched), and its tooltip.
#[derive(Debug, Clone)]
pub struct RangeBar {
    /// Lower bound (the part that is certain).
    pub min: f64,
    /// Upper bound.
    pub max: f64,
    /// Text shown on hover and read by screen readers.
    pub tip: String,
}

/// A grouped bar chart of ranges: `groups` are x positions (label, one bar
/// per series, `None` where the series has no data); `series` names the
/// series (shown as a legend when more than one).
pub fn range_bars(
    id: &str,
    title: &str,
    desc: &str,
    series: &[&str],
    groups: &[(String, Vec<Option<RangeBar>>)],
    y_label: &str,
) -> String {
    let (w, h) = (720.0, 300.0);
    let (left, right, top, bottom) = (64.0, 12.0, if series.len() > 1 { 28.0 } else { 16.0 }, 48.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let max = nice_max(
        groups
            .iter()
            .flat_map(|g| g.1.iter().flatten().map(|b| b.max))
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max),
    );
    let mut s = String::new();
    open_svg(&mut s, id, (w, h), title, desc);
    let _ = write!(
        s,
        r##"<defs><pattern id="{id}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#888" stroke-width="2"/></pattern></defs>"##
    );
    y_axis(
        &mut s,
        Frame {
            w,
            left,
            right,
            top,
            ph,
        },
        max,
        y_label,
        fmt_axis,
    );
    if series.len() > 1 {
        let mut x = left;
        for (i, name) in series.iter().enumerate() {
            let _ = write!(
                s,
                r#"<rect x="{x}" y="6" width="12" height="12" fill="{c}"/><text x="{tx}" y="16" font-size="12">{n}</text>"#,
                c = PALETTE[i % PALETTE.len()],
                tx = x + 16.0,
                n = esc(name)
            );
            x += 16.0 + 7.0 * name.chars().count() as f64 + 18.0;
        }
    }
    let n = groups.len().max(1) as f64;
    let slot = pw / n;
    let ns = series.len().max(1) as f64;
    let bw = (slot * 0.8 / ns).max(1.0);
    let label_every = (groups.len() / 16).max(1);
    for (gi, (label, bars)) in groups.iter().enumerate() {
        let x0 = left + slot * gi as f64 + (slot - bw * ns) / 2.0;
        for (si, bar) in bars.iter().enumerate() {
            let Some(b) = bar else { continue };
            let x = x0 + bw * si as f64;
            let lo = b.min.max(0.0).min(max);
            let hi = b.max.max(lo).min(max);
            let y_lo = top + ph - ph * lo / max;
            let y_hi = top + ph - ph * hi / max;
            let _ = write!(
                s,
                r#"<g><title>{tip}</title><rect x="{x:.1}" y="{y_lo:.1}" width="{bw:.1}" height="{hl:.1}" fill="{c}"/>"#,
                tip = esc(&b.tip),
                hl = top + ph - y_lo,
                c = PALETTE[si % PALETTE.len()],
            );
            if hi > lo {
                let _ = write!(
                    s,
                    r##"<rect x="{x:.1}" y="{y_hi:.1}" width="{bw:.1}" height="{hh:.1}" fill="url(#{id}-hatch)" stroke="{c}"/>"##,
                    hh = (y_lo - y_hi).max(0.5),
                    c = PALETTE[si % PALETTE.len()],
                );
            }
            s.push_str("</g>");
        }
        if gi % label_every == 0 {
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{ly}" font-size="11" text-anchor="middle">{l}</text>"#,
                cx = x0 + bw * ns / 2.0,
                ly = top + ph + 16.0,
                l = esc(label)
            );
        }
    }
    let _ = write!(
        s,
        r#"</svg><figcaption>{}</figcaption></figure>"#,
        esc(title)
    );
    s
}

/// Sequential colours (light to dark) for the choropleth classes.
const CLASSES: [&str; 5] = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

/// A world choropleth: each country with a value in `values` (ISO3 →
/// (value for the colour, tooltip)) is shaded by quantile class; others
/// are drawn as "no data" (missing is not zero). Links each country to
/// `href_prefix` + ISO3 when given.
pub fn choropleth(
    id: &str,
    title: &str,
    desc: &str,
    values: &HashMap<String, (f64, String)>,
    legend_unit: &str,
    href_prefix: Option<&str>,
) -> String {
    let mut sorted: Vec<f64> = values
        .values()
        .map(|v| v.0)
        .filter(|v| v.is_finite())
        .collect();
    sorted.sort_by(f64::total_cmp);
    let breaks: Vec<f64> = (1..CLASSES.len())
        .map(|i| {
            sorted
                .get(sorted.len() * i / CLASSES.len())
                .copied()
                .unwrap_or(f64::INFINITY)
        })
        .collect();
    let class_of = |v: f64| {
        breaks
            .iter()
            .position(|b| v < *b)
            .unwrap_or(CLASSES.len() - 1)
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<figure class="chart map"><svg viewBox="-180 -84 360 150" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
        t = esc(title),
        d = esc(desc)
    );
    for line in WORLD.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(iso3), Some(name), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (fill, tip) = match values.get(iso3) {
            Some((v, tip)) => (CLASSES[class_of(*v)], format!("{name}: {tip}")),
            None => ("#f2f2f2", format!("{name}: no data")),
        };
        let shape = format!(
            r##"<path d="{path}" fill="{fill}" stroke="#999" stroke-width="0.15"><title>{}</title></path>"##,
            esc(&tip)
        );
        match href_prefix {
            Some(p) if values.contains_key(iso3) => {
                let _ = write!(s, r#"<a href="{}{iso3}">{shape}</a>"#, esc(p));
            }
            _ => s.push_str(&shape),
        }
    }
    s.push_str("</svg><figcaption>");
    let _ = write!(s, "{} ", esc(title));
    s.push_str(r#"<span class="legend">"#);
    let mut lo = sorted.first().copied().unwrap_or(0.0);
    for (i, c) in CLASSES.iter().enumerate() {
        let hi = breaks
            .get(i)
            .copied()
            .unwrap_or_else(|| sorted.last().copied().unwrap_or(0.0));
        if !hi.is_finite() {
            break;
        }
        let _ = write!(
            s,
            r#"<span class="swatch" style="background:{c}"></span>{} – {} "#,
            fmt_axis(lo.round()),
            fmt_axis(hi.round())
        );
        lo = hi;
    }
    let _ = write!(
        s,
        r#"<span class="swatch" style="background:#f2f2f2"></span>no data ({})</span></figcaption></figure>"#,
        esc(legend_unit)
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_bar_draws_the_uncertain_part() {
        let svg = range_bars(
            "x",
            "T",
            "D",
            &["a", "b"],
            &[(
                "2019".into(),
                vec![
                    Some(RangeBar {
                        min: 10.0,
                        max: 14.0,
                        tip: "10–14".into(),
                    }),
                    None,
                ],
            )],
            "persons",
        );
        assert!(svg.contains("url(#x-hatch)"));
        assert!(svg.contains("<title>10–14</title>"));
    }

    #[test]
    fn choropleth_shades_known_countries_only() {
        let mut v = HashMap::new();
        v.insert("MDA".to_owned(), (5.0, "5 victims".to_owned()));
        let svg = choropleth("m", "Map", "desc", &v, "victims", Some("/countries/"));
        assert!(svg.contains("Moldova: 5 victims"));
        assert!(svg.contains("France: no data"));
        assert!(svg.contains(r#"href="/countries/MDA""#));
        assert!(svg.matches("<path").count() > 150);
    }
}
