//! SVG charts of the data hub: bars that show ranges (censored totals), in
//! one or several series, and a world choropleth on Natural Earth 1:110m
//! boundaries. Same conventions as [`crate::charts`]: `<figure>` with an
//! `<svg role="img">`, `<title>`, `<desc>`, a `<title>` on every mark.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use palermo_model::stats::Count;

use palermo_i18n::{t, Lang};

use crate::charts::{
    close_figure, data_table, esc, open_svg, y_axis, DataRow, Frame, Svg, PALETTE,
};

/// Natural Earth 1:110m countries as SVG paths (`iso3 TAB name TAB path`,
/// equirectangular, degrees; see `data/geo/make_world_paths.py`).
const WORLD: &str = include_str!("../../../../data/geo/world_110m_paths.tsv");

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
/// series (shown as a legend when more than one); `x_label` names the
/// groups (the first column of the data table beneath the chart, which
/// has one row per group and one column per series).
// Each argument is one of the chart's own texts or data; a struct would
// only rename them.
#[allow(clippy::too_many_arguments)]
pub fn range_bars(
    lang: Lang,
    id: &str,
    title: &str,
    desc: &str,
    series: &[&str],
    groups: &[(String, Vec<Option<RangeBar>>)],
    x_label: &str,
    y_label: &str,
) -> Svg {
    range_bars_noted(
        lang,
        id,
        (title, desc),
        series,
        groups,
        (x_label, y_label),
        None,
    )
}

/// A note written under each group's label, and in a column of the data
/// table: its heading (`"Reporting countries"`) and one text a group.
pub type GroupNotes<'a> = (&'a str, &'a [String]);

/// [`range_bars`] with a note under each group's label (for a chart by
/// year, the number of countries reporting each year: a total that adds
/// whichever countries reported is read with it), repeated in the data
/// table's last column.
pub fn range_bars_noted(
    lang: Lang,
    id: &str,
    (title, desc): (&str, &str),
    series: &[&str],
    groups: &[(String, Vec<Option<RangeBar>>)],
    (x_label, y_label): (&str, &str),
    notes: Option<GroupNotes<'_>>,
) -> Svg {
    let (w, h) = (720.0, if notes.is_some() { 320.0 } else { 300.0 });
    let bottom = if notes.is_some() { 68.0 } else { 48.0 };
    let (left, right, top) = (64.0, 12.0, if series.len() > 1 { 28.0 } else { 16.0 });
    let pw = w - left - right;
    let ph = h - top - bottom;
    let mut s = String::new();
    open_svg(&mut s, id, (w, h), title, desc);
    let _ = write!(
        s,
        r##"<defs><pattern id="{id}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#888" stroke-width="2"/></pattern></defs>"##
    );
    let f = Frame::new(lang, (w, h), (left, right, top, bottom));
    let max = y_axis(
        lang,
        &mut s,
        f,
        groups
            .iter()
            .flat_map(|g| g.1.iter().flatten().flat_map(|b| [b.min, b.max])),
        y_label,
    );
    if series.len() > 1 {
        let mut x = left;
        for (i, name) in series.iter().enumerate() {
            let _ = write!(
                s,
                r#"<rect x="{rx}" y="6" width="12" height="12" fill="{c}"/><text x="{tx}" y="16" font-size="12" text-anchor="{a}">{n}</text>"#,
                rx = f.span(x, 12.0),
                c = PALETTE[i % PALETTE.len()],
                tx = f.x(x + 16.0),
                a = f.start(),
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
                r#"<g><title>{tip}</title><rect x="{bx:.1}" y="{y_lo:.1}" width="{bw:.1}" height="{hl:.1}" fill="{c}"/>"#,
                bx = f.span(x, bw),
                tip = esc(&b.tip),
                hl = top + ph - y_lo,
                c = PALETTE[si % PALETTE.len()],
            );
            if hi > lo {
                let _ = write!(
                    s,
                    r##"<rect x="{bx:.1}" y="{y_hi:.1}" width="{bw:.1}" height="{hh:.1}" fill="url(#{id}-hatch)" stroke="{c}"/>"##,
                    bx = f.span(x, bw),
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
                cx = f.x(x0 + bw * ns / 2.0),
                ly = top + ph + 16.0,
                l = esc(label)
            );
            if let Some(note) = notes.and_then(|(_, n)| n.get(gi)) {
                let _ = write!(
                    s,
                    r##"<text x="{cx:.1}" y="{ly}" font-size="11" text-anchor="middle" fill="#444">{l}</text>"##,
                    cx = f.x(x0 + bw * ns / 2.0),
                    ly = top + ph + 30.0,
                    l = esc(note)
                );
            }
        }
    }
    if let Some((heading, _)) = notes {
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{y}" font-size="11" text-anchor="{a}" fill="#444">{l}</text>"##,
            x = f.x(left),
            y = top + ph + 48.0,
            a = f.start(),
            l = esc(heading)
        );
    }
    let rows: Vec<DataRow> = groups
        .iter()
        .enumerate()
        .map(|(gi, (label, bars))| DataRow {
            head: label.clone(),
            href: None,
            cells: bars
                .iter()
                .map(|b| match b {
                    // the tooltip without the name of its series (the
                    // column heading says it)
                    Some(b) => b
                        .tip
                        .split_once(": ")
                        .map_or_else(|| b.tip.clone(), |(_, t)| t.to_owned()),
                    None => t(lang, "no-data"),
                })
                .chain(notes.map(|(_, n)| n.get(gi).cloned().unwrap_or_default()))
                .collect(),
        })
        .collect();
    let mut columns = vec![x_label];
    columns.extend_from_slice(series);
    if let Some((heading, _)) = notes {
        columns.push(heading);
    }
    let table = data_table(lang, &format!("{title} ({y_label})"), &columns, &rows);
    close_figure(s, title, &table)
}

/// Sequential colours (light to dark) for the choropleth classes.
const CLASSES: [&str; 5] = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

/// Fill of a country in the selection that reported nothing for it.
const NO_DATA: &str = "#f2f2f2";

/// Fill of a country outside the selection (filtered out by country or
/// region).
const OUTSIDE: &str = "#ffffff";

/// One class of a choropleth: every value in it lies within `lo..=hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bin {
    /// The smallest value any member can hold.
    pub lo: u64,
    /// The largest value any member can hold.
    pub hi: u64,
    /// How many values (countries) the class holds; at least one.
    pub members: usize,
}

impl Bin {
    /// The legend label: `"3"` when the class is one exact value, `"1–4"`
    /// (thousands separated) otherwise. A censored value (`"<5"`, 1–4)
    /// always spans two or more numbers, so it is never labelled as one.
    pub fn label(&self) -> String {
        if self.lo == self.hi {
            crate::format::thousands(self.lo)
        } else {
            format!(
                "{}–{}",
                crate::format::thousands(self.lo),
                crate::format::thousands(self.hi)
            )
        }
    }

    /// Whether `c` (all of its range) lies in the class.
    pub fn holds(&self, c: Count) -> bool {
        self.lo <= c.min && c.max <= self.hi
    }
}

/// Classes for a choropleth of `values` (counts, exact or ranges), at most
/// `max_bins` of them, of about equal numbers of values (quantile-like).
///
/// The classes are non-empty, strictly increasing and do not overlap
/// (`bins[i].hi < bins[i + 1].lo`), so every value lies in exactly one of
/// them ([`Bin::holds`]). Values whose ranges overlap (a censored 1–4 and
/// an exact 2, or two conflicting totals) cannot be ordered and always
/// share a class; otherwise there are as many classes as distinct values,
/// up to `max_bins`: one value gives one class, `[3, 3, 3]` the class "3".
/// No values, or `max_bins == 0`, give no classes.
pub fn bins(values: &[Count], max_bins: usize) -> Vec<Bin> {
    let mut sorted: Vec<Count> = values
        .iter()
        .map(|c| Count {
            min: c.min.min(c.max),
            max: c.max.max(c.min),
        })
        .collect();
    sorted.sort_by_key(|c| (c.min, c.max));
    // Atoms: maximal runs of values whose ranges overlap (or are equal).
    let mut atoms: Vec<Bin> = Vec::new();
    for c in sorted {
        match atoms.last_mut() {
            Some(a) if c.min <= a.hi => {
                a.hi = a.hi.max(c.max);
                a.members += 1;
            }
            _ => atoms.push(Bin {
                lo: c.min,
                hi: c.max,
                members: 1,
            }),
        }
    }
    let m = atoms.len();
    let k = max_bins.min(m);
    if k == 0 {
        return Vec::new();
    }
    let n = values.len();
    // Class j (1-based) takes at least one atom, then more until it holds
    // an equal share of the values not yet classed (so that a heavy tie
    // does not leave the other values crowded into the last class), and
    // leaves one atom for each later class. The last class takes the rest.
    let mut out = Vec::with_capacity(k);
    let (mut start, mut cum) = (0usize, 0usize);
    for j in 1..=k {
        let last = m - (k - j);
        let left = k - j + 1;
        let (mut end, mut c) = (start, cum);
        while end < last && (end == start || (c - cum) * left < n - cum) {
            c += atoms[end].members;
            end += 1;
        }
        out.push(Bin {
            lo: atoms[start].lo,
            hi: atoms[end - 1].hi,
            members: c - cum,
        });
        start = end;
        cum = c;
    }
    out
}

/// The colour of class `i` of `k`: the five sequential colours spread over
/// the classes (one class takes the middle colour).
fn class_colour(i: usize, k: usize) -> &'static str {
    let last = CLASSES.len() - 1;
    let at = if k <= 1 {
        last / 2
    } else {
        (i * last + (k - 1) / 2) / (k - 1)
    };
    CLASSES[at.min(last)]
}

/// A legend key's colour: a small SVG square (a presentation attribute,
/// not a `style` attribute, which the content security policy refuses).
fn swatch(fill: &str) -> String {
    swatch_svg(&format!(
        r#"<rect width="1" height="1" fill="{fill}" stroke="{STROKE}" stroke-width="0.1"/>"#
    ))
}

/// A legend key holding `inner` (SVG of a unit square).
fn swatch_svg(inner: &str) -> String {
    format!(
        r#"<span class="swatch"><svg viewBox="0 0 1 1" aria-hidden="true" focusable="false">{inner}</svg></span>"#
    )
}

/// A world choropleth: each country with a value in `values` (ISO3 →
/// (count for the colour, tooltip)) is shaded by its class ([`bins`], at
/// most five); a country in the selection without a value is drawn as "no
/// data" (missing is not zero); when `selection` is given (the ISO3 codes
/// a country or region filter keeps), countries outside it are drawn as
/// "not in the selection" and are never shaded. Each path carries
/// `data-iso3` and a class: `map-cN` (class N), `map-nodata` or `map-out`.
/// "No data" is told apart from the lightest class by a hatching, not by
/// colour alone (WCAG 2.1, 1.4.1 use of colour). The map is a picture
/// only, with no link inside (a keyboard user passes it in no tab stop);
/// beneath it, a table in a `<details>` lists every country with a value,
/// its figure and class, linked to `href_prefix` + ISO3 when given.
// Each argument is one of the chart's own texts or data; a struct would
// only rename them.
#[allow(clippy::too_many_arguments)]
pub fn choropleth(
    lang: Lang,
    id: &str,
    title: &str,
    desc: &str,
    values: &HashMap<String, (Count, String)>,
    selection: Option<&BTreeSet<String>>,
    href_prefix: Option<&str>,
    countries: Option<&HashMap<String, palermo_model::Country>>,
) -> Svg {
    let inside = |iso3: &str| selection.is_none_or(|s| s.contains(iso3));
    let shown: Vec<Count> = values
        .iter()
        .filter(|(iso3, _)| inside(iso3))
        .map(|(_, v)| v.0)
        .collect();
    let classes = bins(&shown, CLASSES.len());
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<figure class="chart map"><svg viewBox="-180 -84 360 150" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
        t = esc(title),
        d = esc(desc)
    );
    let _ = write!(
        s,
        "<defs>{}</defs>",
        no_data_pattern(&format!("{id}-nodata"), 2.0)
    );
    let no_data_fill = format!("url(#{id}-nodata)");
    let mut table: Vec<(String, DataRow)> = Vec::new();
    for line in WORLD.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(iso3), Some(name), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        // The country's name in the page's language (CLDR); Natural
        // Earth's own name for a shape that is no country of the model.
        let name = countries.and_then(|m| m.get(iso3)).map_or_else(
            || name.to_owned(),
            |c| palermo_i18n::names::country_name(lang, c),
        );
        let name = name.as_str();
        let class = if inside(iso3) {
            values.get(iso3).and_then(|(v, tip)| {
                let i = classes.iter().position(|b| b.holds(*v))?;
                Some((i, tip))
            })
        } else {
            None
        };
        let (css, fill, tip) = match class {
            Some((i, tip)) => {
                table.push((
                    name.to_owned(),
                    DataRow {
                        head: name.to_owned(),
                        href: href_prefix.map(|p| format!("{p}{iso3}")),
                        cells: vec![tip.clone(), classes[i].label()],
                    },
                ));
                (
                    format!("map-c{i}"),
                    class_colour(i, classes.len()),
                    format!("{name}: {tip}"),
                )
            }
            None if inside(iso3) => (
                "map-nodata".into(),
                no_data_fill.as_str(),
                format!("{name}: {}", t(lang, "no-data")),
            ),
            None => (
                "map-out".into(),
                OUTSIDE,
                format!("{name}: {}", t(lang, "map-not-in-selection")),
            ),
        };
        let shape = format!(
            r##"<path d="{path}" class="{css}" data-iso3="{iso}" fill="{fill}" stroke="#999" stroke-width="0.15"><title>{}</title></path>"##,
            esc(&tip),
            iso = esc(iso3)
        );
        s.push_str(&shape);
    }
    s.push_str("</svg><figcaption>");
    let _ = write!(s, "{} ", esc(title));
    s.push_str(r#"<span class="legend">"#);
    for (i, b) in classes.iter().enumerate() {
        let _ = write!(
            s,
            r#"<span class="map-key">{}{l}</span> "#,
            swatch(class_colour(i, classes.len())),
            l = b.label()
        );
    }
    let _ = write!(
        s,
        r#"<span class="map-key">{}{}</span>"#,
        swatch_svg(&format!(
            r#"<defs>{}</defs><rect width="1" height="1" fill="url(#{id}-nodata-key)" stroke="{STROKE}" stroke-width="0.1"/>"#,
            no_data_pattern(&format!("{id}-nodata-key"), 0.3)
        )),
        esc(&t(lang, "map-no-data-key"))
    );
    if selection.is_some() {
        let _ = write!(
            s,
            r#" <span class="map-key">{}{}</span>"#,
            swatch(OUTSIDE),
            esc(&t(lang, "map-not-in-selection"))
        );
    }
    s.push_str("</span></figcaption></figure>");
    table.sort_by(|a, b| a.0.cmp(&b.0));
    let rows: Vec<DataRow> = table.into_iter().map(|(_, r)| r).collect();
    let columns = [
        t(lang, "col-country"),
        t(lang, "map-col-figure"),
        t(lang, "map-col-class"),
    ];
    s.push_str(&data_table(
        lang,
        &crate::layout::message(
            lang,
            "map-table-caption",
            &[("title", &title), ("count", &rows.len())],
        ),
        &columns.iter().map(String::as_str).collect::<Vec<_>>(),
        &rows,
    ));
    Svg::drawn(s)
}

/// Border of map shapes and legend keys.
const STROKE: &str = "#999";

/// The hatching of "no data": dark grey diagonal lines on the no-data
/// grey, `gap` user units apart, as a pattern of id `pid` (the map and its
/// legend key each carry one, at their own scale: a legend key is its own
/// SVG).
fn no_data_pattern(pid: &str, gap: f64) -> String {
    format!(
        r##"<pattern id="{pid}" width="{gap}" height="{gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="{gap}" height="{gap}" fill="{NO_DATA}"/><line x1="0" y1="0" x2="0" y2="{gap}" stroke="#767676" stroke-width="{w}"/></pattern>"##,
        w = gap * 0.35
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_bar_draws_the_uncertain_part() {
        let svg = range_bars(
            Lang::En,
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
            "Year",
            "persons",
        );
        let svg = svg.as_str();
        assert!(svg.contains("url(#x-hatch)"));
        // the data table: one row per group, one column per series
        assert!(svg
            .contains(r#"<th scope="col">Year</th><th scope="col">a</th><th scope="col">b</th>"#));
        assert!(svg.contains(r#"<th scope="row">2019</th><td>10–14</td><td>no data</td>"#));
        assert!(svg.contains("<title>10–14</title>"));
    }

    fn exact(v: &[u64]) -> Vec<Count> {
        v.iter().map(|n| Count::exact(*n)).collect()
    }

    fn labels(b: &[Bin]) -> Vec<String> {
        b.iter().map(Bin::label).collect()
    }

    /// The promises of [`bins`]: non-empty, strictly increasing,
    /// non-overlapping classes, each value in exactly one.
    fn check(values: &[Count], b: &[Bin]) {
        assert!(b.iter().all(|x| x.members > 0 && x.lo <= x.hi), "{b:?}");
        assert!(b.windows(2).all(|w| w[0].hi < w[1].lo), "{b:?}");
        assert_eq!(b.iter().map(|x| x.members).sum::<usize>(), values.len());
        for v in values {
            assert_eq!(
                b.iter().filter(|x| x.holds(*v)).count(),
                1,
                "{v:?} in {b:?}"
            );
        }
        for x in b {
            let n = values.iter().filter(|v| x.holds(**v)).count();
            assert_eq!(n, x.members, "{x:?}");
        }
    }

    #[test]
    fn one_value_one_class() {
        let v = exact(&[3, 3, 3]);
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["3"]);
        assert_eq!(labels(&bins(&exact(&[1590]), 5)), ["1,590"]);
        assert!(bins(&[], 5).is_empty());
    }

    #[test]
    fn few_distinct_values_give_few_classes() {
        let v = exact(&[1, 2]);
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["1", "2"]);
        let v = exact(&[7, 3, 7, 3, 10]);
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["3", "7", "10"]);
    }

    #[test]
    fn many_values_give_five_quantile_classes() {
        let v = exact(&(1..=100).collect::<Vec<_>>());
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["1–20", "21–40", "41–60", "61–80", "81–100"]);
        // Skewed, with ties: still at most five increasing classes, the
        // tied values never split.
        let mut raw = vec![1; 40];
        raw.extend([2, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 1282, 1282, 1590]);
        let v = exact(&raw);
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(
            b[0],
            Bin {
                lo: 1,
                hi: 1,
                members: 40
            }
        );
        assert_eq!(labels(&b), ["1", "2–5", "8–34", "55–144", "1,282–1,590"]);
    }

    #[test]
    fn censored_values_are_ranges_in_the_legend() {
        // "<5" is 1–4: never labelled "3" (its midpoint rounded).
        let lt5 = Count { min: 1, max: 4 };
        let b = bins(&[lt5], 5);
        assert_eq!(labels(&b), ["1–4"]);
        let v = [lt5, lt5, lt5];
        assert_eq!(labels(&bins(&v, 5)), ["1–4"]);
        // An exact 2 overlaps 1–4: one class; 10 is apart.
        let v = [lt5, Count::exact(2), Count::exact(10)];
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["1–4", "10"]);
        // A total with "<5" cells (101–104) beside exact ones.
        let v = [
            Count { min: 101, max: 104 },
            Count::exact(5),
            Count::exact(1590),
        ];
        let b = bins(&v, 5);
        check(&v, &b);
        assert_eq!(labels(&b), ["5", "101–104", "1,590"]);
    }

    #[test]
    fn bins_keep_their_promises() {
        // A deterministic spread of exact and range values and class counts.
        let mut x: u64 = 12345;
        for round in 0..300 {
            let len = round % 40;
            let mut v = Vec::new();
            for _ in 0..len {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let lo = (x >> 33) % 60;
                let width = if (x >> 20).is_multiple_of(3) {
                    (x >> 10) % 5
                } else {
                    0
                };
                v.push(Count {
                    min: lo,
                    max: lo + width,
                });
            }
            for k in 1..=6 {
                let b = bins(&v, k);
                check(&v, &b);
                assert!(b.len() <= k);
                if !v.is_empty() {
                    assert!(!b.is_empty());
                }
            }
        }
    }

    #[test]
    fn class_colours_spread_light_to_dark() {
        assert_eq!(class_colour(0, 1), CLASSES[2]);
        assert_eq!(
            (0..5).map(|i| class_colour(i, 5)).collect::<Vec<_>>(),
            CLASSES
        );
        assert_eq!(class_colour(0, 2), CLASSES[0]);
        assert_eq!(class_colour(1, 2), CLASSES[4]);
    }

    #[test]
    fn choropleth_shades_known_countries_only() {
        let mut v = HashMap::new();
        v.insert("MDA".to_owned(), (Count::exact(5), "5 victims".to_owned()));
        let svg = choropleth(
            Lang::En,
            "m",
            "Map",
            "desc",
            &v,
            None,
            Some("/countries/"),
            None,
        );
        let svg = svg.as_str();
        assert!(svg.contains("Moldova: 5 victims"));
        assert!(svg.contains("France: no data"));
        // no link inside the picture (no tab stop); the link is in the
        // table beneath it, with the figure and the class
        let (picture, table) = svg.split_at(svg.find("</figure>").unwrap());
        assert!(!picture.contains("<a "));
        assert!(table.contains(
            r#"<th scope="row"><a href="/countries/MDA">Moldova</a></th><td>5 victims</td><td>5</td>"#
        ), "{table}");
        assert_eq!(table.matches("<tr>").count(), 2, "heading and Moldova");
        // "no data" is hatched, not only a lighter grey than the first class
        assert!(svg.contains(r#"class="map-nodata" data-iso3="FRA" fill="url(#m-nodata)""#));
        assert!(svg.matches("<path").count() > 150);
        assert!(!svg.contains("not in the selection"));
    }

    #[test]
    fn choropleth_shades_only_the_selection() {
        let mut v = HashMap::new();
        v.insert("MDA".to_owned(), (Count::exact(5), "5".to_owned()));
        v.insert("ROU".to_owned(), (Count::exact(900), "900".to_owned()));
        let sel: BTreeSet<String> = ["MDA".to_owned(), "UKR".to_owned()].into();
        let svg = choropleth(Lang::En, "m", "Map", "desc", &v, Some(&sel), None, None);
        let svg = svg.as_str();
        assert_eq!(svg.matches(r#"class="map-c"#).count(), 1);
        assert!(svg.contains(r#"class="map-c0" data-iso3="MDA""#));
        assert!(svg.contains(r#"class="map-nodata" data-iso3="UKR""#));
        assert!(svg.contains(r#"class="map-out" data-iso3="ROU""#));
        assert!(svg.contains("Romania: not in the selection"));
        // The legend: one class, "5", not the 5–900 of the whole table.
        assert!(svg.contains("</span>5</span>"), "{svg}");
        assert!(!svg.contains("900</span>"));
    }
}
