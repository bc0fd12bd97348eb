//! `palermo mse`: wiring for the multiple systems estimation crate.

use std::fmt::Write as _;
use std::io::Read as _;

use anyhow::{bail, Context};
use palermo_mse::{estimate, read_table, Analysis, Budget, Options, Selection};

/// How to choose the log-linear model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Method {
    /// SparseMSE's stepwise rule: add the pair with the smallest Poisson
    /// p-value while it is below --threshold.
    Stepwise,
    /// Forward stepwise AIC.
    Aic,
    /// Lowest BIC over all order-2 hierarchical models (k ≤ 6).
    Bic,
    /// Main effects only (independent lists).
    Main,
    /// The interactions given with --terms.
    Fixed,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable report.
    Table,
    /// One JSON object (estimate, observed, terms, empty_overlaps, intervals, models, …).
    Json,
}

/// Arguments of `palermo mse`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "INPUT: a CSV (comma, semicolon or tab) with one 0/1 column per list and a \
`count` column (zero rows may be omitted, duplicates are summed and the report says which); or one row per person with 0/1 \
columns and no count; or two columns `id,list`, one row per appearance. `-` reads standard input.\n\n\
EXAMPLES:\n  palermo mse UKdat.csv\n  palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json\n  \
palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA"
)]
pub struct MseArgs {
    /// Capture-history table or record file (CSV); `-` for standard input.
    pub file: std::path::PathBuf,
    /// Model selection method.
    #[arg(long, value_enum, default_value_t = Method::Stepwise)]
    pub method: Method,
    /// Interactions for --method fixed, e.g. `A:B,C:D` (list names from the header).
    #[arg(long, value_delimiter = ',')]
    pub terms: Vec<String>,
    /// p-value threshold of the stepwise rule.
    #[arg(long, default_value_t = 0.02)]
    pub threshold: f64,
    /// BCa bootstrap with this many replicates (model selection redone in each).
    #[arg(long)]
    pub bootstrap: Option<usize>,
    /// Seed of the bootstrap (results are reproducible for a given seed).
    #[arg(long, default_value_t = 1234)]
    pub seed: u64,
    /// Coverage of the intervals.
    #[arg(long, default_value_t = 0.95)]
    pub level: f64,
    /// Skip the profile-likelihood interval.
    #[arg(long)]
    pub no_profile: bool,
    /// Stop with an error after this many seconds (default: no limit). The
    /// bootstrap's jackknife redoes the model selection once per observed
    /// history, which takes long with many lists.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Runs `palermo mse`; the estimate is recorded in the audit trail of the
/// database `db` (method and number of lists, the table's keyed digest)
/// before it is printed.
pub fn run(db: &str, args: MseArgs) -> anyhow::Result<()> {
    let (out, detail, table) = analyse(&args)?;
    crate::audit_computation(db, "mse.estimate", &detail, table.as_bytes())?;
    print!("{out}");
    Ok(())
}

/// Reads, analyses and renders; returns the text to print, the audit
/// entry's detail (method, number of lists) and the table read.
pub fn analyse(args: &MseArgs) -> anyhow::Result<(String, String, String)> {
    let shown = args.file.display().to_string();
    let text = if shown == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading standard input")?;
        s
    } else {
        std::fs::read_to_string(&args.file).with_context(|| format!("reading {shown}"))?
    };
    let read = read_table(&text).map_err(|e| {
        if e.errors.len() + e.more == 1 {
            return anyhow::anyhow!("{shown}: {e}");
        }
        let mut m = format!(
            "{shown}: {} errors (nothing was estimated):",
            e.errors.len() + e.more
        );
        for x in &e.errors {
            let _ = write!(m, "\n  {shown}: {x}");
        }
        if e.more > 0 {
            let _ = write!(m, "\n  … and {} more", e.more);
        }
        anyhow::anyhow!(m)
    })?;
    let table = read.table;
    if !args.terms.is_empty() && args.method != Method::Fixed {
        bail!("--terms needs --method fixed");
    }
    let selection = match args.method {
        Method::Stepwise => Selection::Stepwise {
            threshold: args.threshold,
        },
        Method::Aic => Selection::Aic,
        Method::Bic => Selection::Bic,
        Method::Main => Selection::Main,
        Method::Fixed => {
            let terms = args
                .terms
                .iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| table.parse_term(t))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
            Selection::Fixed { terms }
        }
    };
    let mut budget = Budget::unlimited();
    if let Some(secs) = args.time_limit {
        let limit = std::time::Duration::try_from_secs_f64(secs)
            .map_err(|_| anyhow::anyhow!("--time-limit {secs}: not a number of seconds"))?;
        budget = budget.with_timeout(limit);
    }
    let opts = Options {
        selection,
        level: args.level,
        profile: !args.no_profile,
        bootstrap: args.bootstrap.map(|b| (b, args.seed)),
        budget,
        ..Options::default()
    };
    let mut a = estimate(&table, &opts).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    a.warnings
        .splice(0..0, read.notes.iter().map(|n| format!("{shown}: {n}")));
    let detail = format!("method {}, {} lists", a.method, a.lists.len());
    let out = match args.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&a)?;
            s.push('\n');
            s
        }
        Format::Table => render_table(&shown, &a),
    };
    Ok((out, detail, text))
}

fn thousands(x: f64) -> String {
    let r = x.round();
    if !r.is_finite() {
        return format!("{x}");
    }
    let s = format!("{}", r.abs() as u64);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if r < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn render_table(file: &str, a: &Analysis) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{file}: {} lists ({}), {} observed",
        a.lists.len(),
        a.lists.join(", "),
        thousands(a.observed as f64)
    );
    let method = match a.threshold {
        Some(t) => {
            format!("stepwise (add the pair with the smallest Poisson p-value while p < {t})")
        }
        None => a.method.clone(),
    };
    let _ = writeln!(s, "Method:          {method}");
    let terms = if a.terms.is_empty() {
        "main effects only".to_string()
    } else {
        format!("main effects + {}", a.terms.join(" + "))
    };
    let _ = writeln!(s, "Selected model:  {terms}");
    let _ = writeln!(
        s,
        "Estimate:        {} people ({} never observed)",
        thousands(a.estimate),
        thousands(a.unobserved)
    );
    for i in &a.intervals {
        let name = match i.method.as_str() {
            "wald" => "lognormal-Wald".to_string(),
            "profile" => "profile likelihood".to_string(),
            "bounds" => "observed total, no model fits".to_string(),
            "bca" => match &a.bootstrap {
                Some(b) => format!(
                    "BCa bootstrap ({} replicates, seed {})",
                    b.replicates, b.seed
                ),
                None => "BCa bootstrap".to_string(),
            },
            m => m.to_string(),
        };
        let upper = if i.upper.is_finite() {
            thousands(i.upper)
        } else {
            "no upper limit".to_string()
        };
        let _ = writeln!(
            s,
            "  {:>3}% {:<40} {:>10} – {upper}",
            (i.level * 100.0).round(),
            name,
            thousands(i.lower),
        );
    }
    if !a.empty_overlaps.is_empty() {
        let _ = writeln!(s, "Empty overlaps (θ = −∞):");
        for e in &a.empty_overlaps {
            let p = e
                .p_empty
                .map(|p| format!("{p:.4}"))
                .unwrap_or_else(|| "n/a".into());
            let _ = writeln!(s, "  {:<20} P(empty by chance) = {p}", e.term);
        }
    }
    let _ = writeln!(
        s,
        "\nModels tried ({} shown of {}):",
        a.models.len(),
        a.models_tried
    );
    let _ = writeln!(
        s,
        "  {:<3} {:<44} {:>10} {:>4} {:>10} {:>10} {:>10} {:>9}",
        "", "interactions", "deviance", "df", "AIC", "BIC", "estimate", "p-value"
    );
    for m in a.models.iter().take(40) {
        let mut t = if m.terms.is_empty() {
            "(main effects)".to_string()
        } else {
            m.terms.join(" ")
        };
        if t.chars().count() > 44 {
            t = t.chars().take(41).collect::<String>() + "...";
        }
        if let Some(why) = &m.failure {
            let _ = writeln!(s, "  {:<3} {:<44} not fitted: {why}", "!", t);
            continue;
        }
        let _ = writeln!(
            s,
            "  {:<3} {:<44} {:>10.4} {:>4} {:>10.4} {:>10.4} {:>10} {:>9}",
            if m.selected { "*" } else { "" },
            t,
            m.deviance,
            m.df,
            m.aic,
            m.bic,
            thousands(m.estimate),
            m.p_value.map(|p| format!("{p:.2e}")).unwrap_or_default()
        );
    }
    if !a.comparison.is_empty() {
        let _ = writeln!(
            s,
            "\nOther methods, side by side (model choice dominates the uncertainty):"
        );
        for c in &a.comparison {
            let iv = match (c.lower, c.upper) {
                (Some(l), Some(u)) => {
                    format!("{} – {}  ({})", thousands(l), thousands(u), c.interval)
                }
                _ => String::new(),
            };
            let _ = writeln!(s, "  {:<52} {:>10}  {iv}", c.method, thousands(c.estimate));
        }
    }
    for w in &a.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    s
}
