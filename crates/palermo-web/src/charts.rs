//! Accessible SVG charts, rendered on the server (no JavaScript).
//!
//! Each chart is a `<figure>` holding an `<svg role="img">` with a `<title>`
//! and a `<desc>` (read by screen readers), a `<figcaption>`, and a `<title>`
//! on every bar or point so that hovering shows its value, followed by the
//! same figures as a table in a `<details>` ([`data_table`]): what a
//! screen-reader or keyboard user reads instead of the picture (WCAG 2.1,
//! 1.1.1 non-text content). Colours are from the Okabe–Ito palette
//! (distinguishable with colour-vision deficiencies).

use std::fmt::Write;

use palermo_i18n::{t, Dir, Lang};

/// The markup of a chart drawn by this crate (a `<figure>` holding an
/// `<svg>`): the only value a template renders unescaped. It has no public
/// constructor: it is made only by the chart functions
/// ([`bar_chart`], `data::charts::range_bars`, `data::charts::choropleth`,
/// `estimation::chart::comparison_chart`), which pass every text they draw
/// (titles, labels, tooltips) through [`esc`]. Every other value a template
/// shows is escaped by askama; `tests/templates.rs` refuses `|safe` in
/// any template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Svg(String);

impl Svg {
    /// Markup built by a chart function of this crate, every text in it
    /// escaped with [`esc`].
    pub(crate) fn drawn(markup: String) -> Self {
        Self(markup)
    }

    /// The markup.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Svg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Askama renders an [`Svg`] as it is (markup, not text).
impl askama::filters::HtmlSafe for Svg {}

/// Okabe–Ito colours.
pub const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
];

/// Escapes text for SVG/HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The top of a y axis whose data reach `max`, drawn by [`y_axis`] with
/// four equal steps: the step is 1, 2, 2.5 or 5 times a power of ten, so
/// that every grid value reads plainly (0, 500, 1,000 …). With `whole`
/// (counts of persons), steps are whole numbers: a chart of "1–4" gets the
/// grid 0, 1, 2, 3, 4, never 1.25.
fn axis_max(max: f64, whole: bool) -> f64 {
    let raw = if max.is_finite() && max > 0.0 {
        max / 4.0
    } else {
        0.25
    };
    let mag = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let step = m * mag;
        if step >= raw && (!whole || step.fract() == 0.0) {
            return 4.0 * step;
        }
    }
    // Only reached with `whole` and `raw` < 1 (a step below one person).
    4.0 * (10.0 * mag).max(1.0)
}

/// An axis value as `lang` writes numbers (`palermo_i18n::format`): whole
/// numbers with the language's grouping, others with one decimal.
pub(crate) fn fmt_num(lang: Lang, v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        palermo_i18n::format::integer(lang, v as i64)
    } else {
        palermo_i18n::format::decimal(lang, v, 1)
    }
}

/// Opens an accessible chart: `<figure>`, `<svg role="img">` of size
/// `(width, height)` with its `<title>` and `<desc>` (ids `{id}-t`, `{id}-d`).
pub(crate) fn open_svg(s: &mut String, id: &str, (w, h): (f64, f64), title: &str, desc: &str) {
    let _ = write!(
        s,
        r#"<figure class="chart"><svg viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
        t = esc(title),
        d = esc(desc)
    );
}

/// Closes a chart opened by [`open_svg`] with its caption `caption`, and
/// puts its data table `table` ([`data_table`]) beneath it.
pub(crate) fn close_figure(mut s: String, caption: &str, table: &str) -> Svg {
    let _ = write!(
        s,
        r#"</svg><figcaption>{}</figcaption></figure>{table}"#,
        esc(caption)
    );
    Svg::drawn(s)
}

/// A row of a chart's data table: its heading (the text, and a link when
/// given) and its cells, all plain text (escaped here).
#[derive(Debug, Clone)]
pub(crate) struct DataRow {
    pub head: String,
    pub href: Option<String>,
    pub cells: Vec<String>,
}

/// A chart's figures as a table inside a closed `<details>` (one tab stop:
/// its summary), in a container that scrolls sideways on a narrow screen:
/// `caption` names it, `columns` are the column headings (the first heads
/// the row headings).
pub(crate) fn data_table(lang: Lang, caption: &str, columns: &[&str], rows: &[DataRow]) -> String {
    let mut s = format!(
        r#"<details class="chart-data"><summary>{}</summary><div class="table-scroll"><table>"#,
        esc(&t(lang, "chart-table-summary"))
    );
    let _ = write!(s, "<caption>{}</caption><thead><tr>", esc(caption));
    for c in columns {
        let _ = write!(s, r#"<th scope="col">{}</th>"#, esc(c));
    }
    s.push_str("</tr></thead><tbody>");
    for r in rows {
        s.push_str(r#"<tr><th scope="row">"#);
        match &r.href {
            Some(h) => {
                let _ = write!(s, r#"<a href="{}">{}</a>"#, esc(h), esc(&r.head));
            }
            None => s.push_str(&esc(&r.head)),
        }
        s.push_str("</th>");
        for c in &r.cells {
            let _ = write!(s, "<td>{}</td>", esc(c));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div></details>");
    s
}

/// Plot-area geometry in SVG units: total width, left and right margins,
/// top margin and plot height, and whether the chart reads right to left.
///
/// **Right to left** (Arabic): the drawing is mirrored where reading order
/// matters: the first category (the earliest year) is at the right, the y
/// axis and its labels on the right, legends from the right; texts are not
/// mirrored (they are placed at mirrored positions, never flipped). The
/// functions draw in left-to-right coordinates and pass every x through
/// [`Frame::x`] (a point) or [`Frame::span`] (a box).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub w: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub ph: f64,
    pub rtl: bool,
}

impl Frame {
    /// The frame of a chart `w` by `h` units with margins `(left, right,
    /// top, bottom)`, in `lang`'s reading direction.
    pub fn new(
        lang: Lang,
        (w, h): (f64, f64),
        (left, right, top, bottom): (f64, f64, f64, f64),
    ) -> Self {
        Self {
            w,
            left,
            right,
            top,
            ph: h - top - bottom,
            rtl: rtl(lang),
        }
    }

    /// The x of a point drawn at `x` left to right.
    pub fn x(&self, x: f64) -> f64 {
        if self.rtl {
            self.w - x
        } else {
            x
        }
    }

    /// The left edge of a box drawn from `x` with `width` left to right.
    pub fn span(&self, x: f64, width: f64) -> f64 {
        if self.rtl {
            self.w - x - width
        } else {
            x
        }
    }

    /// `text-anchor` of a text anchored at its end left to right.
    pub fn end(&self) -> &'static str {
        if self.rtl {
            "start"
        } else {
            "end"
        }
    }

    /// `text-anchor` of a text anchored at its start left to right.
    pub fn start(&self) -> &'static str {
        if self.rtl {
            "end"
        } else {
            "start"
        }
    }
}

/// Whether charts in `lang` read right to left.
pub(crate) fn rtl(lang: Lang) -> bool {
    lang.dir() == Dir::Rtl
}

/// Draws the y axis for data `values` (non-finite ones ignored): five
/// horizontal grid lines from 0 to [`axis_max`] (whole steps when every
/// value is whole), labelled with thousands separators, and the rotated
/// axis label. Returns the axis top, to scale the marks by.
pub(crate) fn y_axis<I>(lang: Lang, s: &mut String, f: Frame, values: I, y_label: &str) -> f64
where
    I: Iterator<Item = f64> + Clone,
{
    let finite = values.filter(|v| v.is_finite());
    let max = axis_max(
        finite.clone().fold(0.0, f64::max),
        finite.clone().all(|v| v.fract() == 0.0),
    );
    let Frame {
        w,
        left,
        right,
        top,
        ph,
        ..
    } = f;
    for i in 0..=4 {
        let v = max * f64::from(i) / 4.0;
        let y = top + ph - ph * f64::from(i) / 4.0;
        let _ = write!(
            s,
            r##"<line x1="{x1}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{tx}" y="{ty:.1}" text-anchor="{anchor}" font-size="11">{v}</text>"##,
            x1 = f.x(left),
            x2 = f.x(w - right),
            tx = f.x(left - 6.0),
            anchor = f.end(),
            ty = y + 4.0,
            v = fmt_num(lang, v)
        );
    }
    let _ = write!(
        s,
        r#"<text x="{x}" y="{y}" font-size="11" transform="rotate(-90 {x} {y})" text-anchor="middle">{l}</text>"#,
        x = f.x(14.0),
        y = top + ph / 2.0,
        l = esc(y_label)
    );
    max
}

/// A vertical bar chart.
///
/// * `id`: unique id prefix in the page (for `aria-labelledby`).
/// * `title`: the chart's title (also its accessible name).
/// * `desc`: one-sentence description of what it shows, for screen readers.
/// * `bars`: `(label, value, tooltip)`; values must be ≥ 0 (negative or
///   non-finite values are drawn as 0).
/// * `x_label`: what the bars are (the first column of the data table
///   beneath the chart, one row per bar).
/// * `y_label`: the unit of the values.
pub fn bar_chart(
    lang: Lang,
    id: &str,
    title: &str,
    desc: &str,
    bars: &[(String, f64, String)],
    x_label: &str,
    y_label: &str,
) -> Svg {
    let (w, h) = (720.0, 300.0);
    let (left, right, top, bottom) = (56.0, 12.0, 16.0, 48.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let mut s = String::new();
    open_svg(&mut s, id, (w, h), title, desc);
    let f = Frame::new(lang, (w, h), (left, right, top, bottom));
    let max = y_axis(lang, &mut s, f, bars.iter().map(|b| b.1), y_label);
    let n = bars.len().max(1) as f64;
    let slot = pw / n;
    let bw = (slot * 0.8).max(1.0);
    let label_every = (bars.len() / 16).max(1);
    for (i, (label, value, tip)) in bars.iter().enumerate() {
        let v = if value.is_finite() && *value > 0.0 {
            *value
        } else {
            0.0
        };
        let bh = ph * v / max;
        let x = left + slot * i as f64 + (slot - bw) / 2.0;
        let y = top + ph - bh;
        let _ = write!(
            s,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{bh:.1}" fill="{c}"><title>{tip}</title></rect>"#,
            x = f.span(x, bw),
            c = PALETTE[0],
            tip = esc(tip)
        );
        if i % label_every == 0 {
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{ly}" font-size="11" text-anchor="middle">{l}</text>"#,
                cx = f.x(x + bw / 2.0),
                ly = top + ph + 16.0,
                l = esc(label)
            );
        }
    }
    let rows: Vec<DataRow> = bars
        .iter()
        .map(|(label, value, tip)| DataRow {
            head: label.clone(),
            href: None,
            cells: vec![
                if value.is_finite() {
                    fmt_num(lang, *value)
                } else {
                    t(lang, "no-data")
                },
                tip.clone(),
            ],
        })
        .collect();
    let note = t(lang, "chart-note");
    let table = data_table(lang, title, &[x_label, y_label, &note], &rows);
    close_figure(s, title, &table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_chart_is_accessible_svg() {
        let svg = bar_chart(
            Lang::En,
            "c",
            "Parties <by> year",
            "desc",
            &[
                ("2001".into(), 3.0, "3 parties".into()),
                ("2002".into(), f64::NAN, "x".into()),
            ],
            "Year",
            "parties",
        );
        let svg = svg.as_str();
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("Parties &lt;by&gt; year"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(!svg.contains("NaN"));
        // the figures as a table beneath the chart, in a closed <details>
        let table = &svg[svg.find("</figure>").unwrap()..];
        assert!(table.starts_with("</figure><details class=\"chart-data\">"));
        assert!(table.contains(r#"<th scope="row">2001</th><td>3</td><td>3 parties</td>"#));
        assert!(table.contains(r#"<th scope="row">2002</th><td>no data</td>"#));
    }

    /// In Arabic the chart reads right to left: the first bar (the
    /// earliest year) at the right, the y axis labels on the right; the
    /// texts are placed, not mirrored (no negative scale).
    #[test]
    fn charts_read_right_to_left_in_arabic() {
        let bars: Vec<(String, f64, String)> = (2001..=2004)
            .map(|y| (y.to_string(), 1.0, String::new()))
            .collect();
        let xs = |svg: &Svg| -> Vec<f64> {
            svg.as_str()
                .split("<rect x=\"")
                .skip(1)
                .map(|r| r[..r.find('"').unwrap()].parse().unwrap())
                .collect()
        };
        let ltr = bar_chart(Lang::En, "c", "t", "d", &bars, "Year", "parties");
        let rtl = bar_chart(Lang::Ar, "c", "t", "d", &bars, "Year", "parties");
        let (l, r) = (xs(&ltr), xs(&rtl));
        assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        assert!(r.windows(2).all(|w| w[0] > w[1]), "{r:?}");
        // Mirror images of each other in the 720-unit frame (bars 0.8 of a slot).
        let bw = 0.8 * (720.0 - 56.0 - 12.0) / 4.0;
        for (a, b) in l.iter().zip(&r) {
            assert!((720.0 - a - bw - b).abs() < 0.2, "{a} {b}");
        }
        assert!(rtl
            .as_str()
            .contains(r#"text-anchor="start" font-size="11">"#));
        assert!(!rtl.as_str().contains("scale(-1"));
    }

    #[test]
    fn nice_axis() {
        // Four steps of 1, 2, 2.5 or 5 × 10^k.
        assert_eq!(axis_max(179.0, true), 200.0);
        assert_eq!(axis_max(1590.0, true), 2000.0);
        assert_eq!(axis_max(0.0, false), 1.0);
        assert_eq!(axis_max(1.0, false), 1.0);
        assert_eq!(axis_max(0.7, false), 0.8);
        // Counts of persons: whole steps only ("1–4" → 0, 1, 2, 3, 4).
        assert_eq!(axis_max(4.0, true), 4.0);
        assert_eq!(axis_max(3.0, true), 4.0);
        assert_eq!(axis_max(1.0, true), 4.0);
        assert_eq!(axis_max(5.0, true), 8.0);
        assert_eq!(axis_max(0.0, true), 4.0);
        assert_eq!(axis_max(22.0, true), 40.0);
    }
}
