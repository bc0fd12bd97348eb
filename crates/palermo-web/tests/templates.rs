//! Templates render nothing unescaped but charts: `|safe` appears in no
//! template (the only value rendered as markup is `charts::Svg`, through
//! its `HtmlSafe` marker), and no template carries an inline script, an
//! inline style element or a `style` attribute, which the content security
//! policy would refuse.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn templates(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            templates(&p, out);
        } else if p.extension().is_some_and(|x| x == "html") {
            out.push(p);
        }
    }
}

#[test]
fn no_template_renders_unescaped_or_inline_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    templates(&src, &mut files);
    assert!(files.len() >= 9, "{files:?}");
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        for (bad, why) in [
            ("|safe", "renders a value unescaped"),
            ("style=", "has a style attribute"),
            ("<style", "has a style element"),
            ("<script>", "has an inline script"),
            ("onclick=", "has an inline event handler"),
            ("onload=", "has an inline event handler"),
        ] {
            assert!(!squeezed.contains(bad), "{} {why} ({bad})", f.display());
        }
    }
}

/// The chart code draws no `style` attribute either (the CSP would refuse
/// it on every page showing the chart).
#[test]
fn charts_draw_no_style_attribute() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for f in ["charts.rs", "data/charts.rs", "estimation/chart.rs"] {
        let text = std::fs::read_to_string(src.join(f)).unwrap();
        assert!(
            !text.contains("style=\\\"") && !text.contains(" style=\""),
            "{f}"
        );
    }
}

/// Right to left works by CSS logical properties only (issue 18): the
/// stylesheet names no physical side (`left`, `right`, `margin-left`,
/// `float: right` …) outside its comments, so that an Arabic page
/// (`dir="rtl"`) mirrors by itself.
#[test]
fn the_stylesheet_names_no_physical_side() {
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("static/style.css"))
            .unwrap();
    // Without comments.
    let mut rules = String::new();
    let mut rest = css.as_str();
    while let Some(i) = rest.find("/*") {
        rules.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    rules.push_str(rest);
    for (n, line) in rules.lines().enumerate() {
        let words = line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
        for w in words {
            assert!(
                !["left", "right"].iter().any(|side| w == *side
                    || w.starts_with(&format!("{side}-"))
                    || w.ends_with(&format!("-{side}"))),
                "style.css line {} names a physical side ({w}): use a logical property",
                n + 1
            );
        }
    }
    assert!(
        rules.contains("inset-inline-start"),
        "the probe would be vacuous"
    );
}
