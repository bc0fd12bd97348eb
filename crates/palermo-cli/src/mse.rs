//! `palermo mse`: wiring for the multiple systems estimation crate.

use std::fmt::Write as _;
use std::io::Read as _;

use anyhow::{bail, Context};
use palermo_mse::{estimate, read_table, Analysis, Budget, Options, Selection};
use palermo_web::estimation::messages;

use crate::lang::tr;

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
    let lang = crate::lang::lang();
    let shown = args.file.display().to_string();
    let text = if shown == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .with_context(|| crate::lang::t("cli-mse-reading-stdin"))?;
        s
    } else {
        std::fs::read_to_string(&args.file)
            .with_context(|| tr!("cli-mse-reading", file = shown.clone()))?
    };
    let read = read_table(&text).map_err(|e| {
        if e.errors.len() + e.more == 1 {
            return anyhow::anyhow!("{shown}: {}", messages::parse_errors(lang, &e));
        }
        let mut m = tr!(
            "cli-mse-errors",
            file = shown.clone(),
            count = e.errors.len() + e.more
        );
        for x in &e.errors {
            let _ = write!(m, "\n  {shown}: {}", messages::parse_error(lang, x));
        }
        if e.more > 0 {
            let _ = write!(m, "\n  {}", tr!("cli-mse-and-more", count = e.more));
        }
        anyhow::anyhow!(m)
    })?;
    let table = read.table;
    if !args.terms.is_empty() && args.method != Method::Fixed {
        bail!(crate::lang::t("cli-mse-terms-need-fixed"));
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
                .map_err(|e| anyhow::anyhow!("{shown}: {}", messages::mse_error(lang, &e)))?;
            Selection::Fixed { terms }
        }
    };
    let mut budget = Budget::unlimited();
    if let Some(secs) = args.time_limit {
        let limit = std::time::Duration::try_from_secs_f64(secs).map_err(|_| {
            anyhow::anyhow!(tr!("cli-mse-time-limit-bad", value = secs.to_string()))
        })?;
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
    let mut a = estimate(&table, &opts)
        .map_err(|e| anyhow::anyhow!("{shown}: {}", messages::mse_error(lang, &e)))?;
    let notes = read.notes.len();
    a.warnings.splice(0..0, read.notes);
    let detail = format!("method {}, {} lists", a.method, a.lists.len());
    let out = match args.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&a)?;
            s.push('\n');
            s
        }
        Format::Table => render_table(&shown, &a, notes),
    };
    Ok((out, detail, text))
}

/// A whole number as the run's language writes it (grouped); a number
/// that is not finite as Rust writes it.
fn thousands(x: f64) -> String {
    let r = x.round();
    if !r.is_finite() {
        return format!("{x}");
    }
    palermo_i18n::format::integer(crate::lang::lang(), r as i64)
}

/// The report; the first `notes` warnings are the table's merge notes,
/// which name the file.
fn render_table(file: &str, a: &Analysis, notes: usize) -> String {
    let lang = crate::lang::lang();
    let t = crate::lang::t;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        tr!(
            "cli-mse-header",
            file = file,
            count = a.lists.len(),
            lists = a.lists.join(", "),
            observed = thousands(a.observed as f64)
        )
    );
    let method = match a.threshold {
        Some(th) => tr!("cli-mse-method-stepwise", threshold = th.to_string()),
        None => t(&format!("mse-method-{}", a.method)),
    };
    let _ = writeln!(s, "{}", tr!("cli-mse-method", method = method));
    let terms = if a.terms.is_empty() {
        t("mse-main-effects-only")
    } else {
        tr!("mse-main-effects-plus", terms = a.terms.join(" + "))
    };
    let _ = writeln!(s, "{}", tr!("cli-mse-selected-model", model = terms));
    let _ = writeln!(
        s,
        "{}",
        tr!(
            "cli-mse-estimate",
            estimate = thousands(a.estimate),
            unobserved = thousands(a.unobserved)
        )
    );
    for i in &a.intervals {
        let name = match i.method.as_str() {
            "wald" => t("cli-mse-interval-wald"),
            "profile" => t("mse-interval-profile"),
            "bounds" => t("cli-mse-interval-bounds"),
            "bca" => match &a.bootstrap {
                Some(b) => tr!(
                    "cli-mse-interval-bca-seed",
                    replicates = b.replicates,
                    seed = b.seed.to_string()
                ),
                None => t("mse-interval-bca"),
            },
            m => m.to_string(),
        };
        let upper = if i.upper.is_finite() {
            thousands(i.upper)
        } else {
            t("mse-no-upper-limit")
        };
        let _ = writeln!(
            s,
            "  {:>4} {:<40} {:>10} – {upper}",
            palermo_i18n::format::percent(lang, i.level, 0),
            name,
            thousands(i.lower),
        );
    }
    if !a.empty_overlaps.is_empty() {
        let _ = writeln!(s, "{}", t("cli-mse-empty-overlaps"));
        for e in &a.empty_overlaps {
            let p = e
                .p_empty
                .map(|p| format!("{p:.4}"))
                .unwrap_or_else(|| t("mse-not-applicable"));
            let _ = writeln!(s, "  {:<20} {}", e.term, tr!("cli-mse-p-empty", p = p));
        }
    }
    let _ = writeln!(
        s,
        "\n{}",
        tr!(
            "cli-mse-models-tried",
            shown = a.models.len(),
            tried = a.models_tried
        )
    );
    let _ = writeln!(
        s,
        "  {:<3} {:<44} {:>10} {:>4} {:>10} {:>10} {:>10} {:>9}",
        "",
        t("cli-mse-col-interactions"),
        t("cli-mse-col-deviance"),
        "df",
        "AIC",
        "BIC",
        t("cli-mse-col-estimate"),
        t("cli-mse-col-p-value")
    );
    for m in a.models.iter().take(40) {
        let mut terms = if m.terms.is_empty() {
            format!("({})", t("mse-main-effects"))
        } else {
            m.terms.join(" ")
        };
        if terms.chars().count() > 44 {
            terms = terms.chars().take(41).collect::<String>() + "...";
        }
        if let Some(why) = &m.failure {
            let _ = writeln!(
                s,
                "  {:<3} {:<44} {}",
                "!",
                terms,
                tr!("cli-mse-not-fitted", why = why.as_str())
            );
            continue;
        }
        let _ = writeln!(
            s,
            "  {:<3} {:<44} {:>10.4} {:>4} {:>10.4} {:>10.4} {:>10} {:>9}",
            if m.selected { "*" } else { "" },
            terms,
            m.deviance,
            m.df,
            m.aic,
            m.bic,
            thousands(m.estimate),
            m.p_value.map(|p| format!("{p:.2e}")).unwrap_or_default()
        );
    }
    if !a.comparison.is_empty() {
        let _ = writeln!(s, "\n{}", t("cli-mse-other-methods"));
        for c in &a.comparison {
            let iv = match (c.lower, c.upper) {
                (Some(l), Some(u)) => format!(
                    "{} – {}  ({})",
                    thousands(l),
                    thousands(u),
                    palermo_web::estimation::page::interval_kind(lang, &c.interval)
                ),
                _ => String::new(),
            };
            let _ = writeln!(
                s,
                "  {:<52} {:>10}  {iv}",
                palermo_web::estimation::page::comparison_method(lang, &c.method),
                thousands(c.estimate)
            );
        }
    }
    for (i, w) in a.warnings.iter().enumerate() {
        let mut m = messages::warning(lang, w);
        if i < notes {
            m = format!("{file}: {m}");
        }
        let _ = writeln!(s, "{}", tr!("cli-warning", message = m));
    }
    s
}
