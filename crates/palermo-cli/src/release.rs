//! `palermo cases release …` and `palermo cases budget …`: the data
//! holder publishes case-record tables as frozen releases and sets the
//! privacy budget that differentially private releases spend.

use crate::lang::tr;
use std::io::Write;

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::{fmt_eps, Epsilon, ReleaseSpec};
use palermo_disclosure::DEFAULT_K;
use palermo_store::releases::ReleaseInfo;
use palermo_store::Store;

/// First year with its own cell in a differentially private release (the
/// categories must not depend on the data; earlier years count as unknown).
pub const DP_FIRST_YEAR: i32 = 2000;

/// Protection methods of `release create`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MethodArg {
    /// Small-cell suppression and cell-key noise (±2), the same for the
    /// same records.
    CellKey,
    /// Differential privacy (OpenDP's discrete Laplace) at --epsilon,
    /// charged to each source's privacy budget.
    Dp,
}

fn parse_epsilon(s: &str) -> Result<Epsilon, String> {
    s.parse::<Epsilon>().map_err(|e| e.to_string())
}

/// `palermo cases release …`.
#[derive(Debug, clap::Subcommand)]
pub enum ReleaseCommand {
    /// Make a release: compute the public one-way tables (total; by year,
    /// sex, age, form, country, citizenship) from all pooled case records
    /// now, protect them, and store them frozen. The web and API then serve
    /// it; imports change nothing public until the next release.
    Create {
        /// cell-key (default) or dp.
        #[arg(long, value_enum, default_value = "cell-key")]
        method: MethodArg,
        /// Privacy loss of a --method dp release (a positive number, such
        /// as 0.5, 1 or 2), charged to every source's budget.
        #[arg(long, value_parser = parse_epsilon)]
        epsilon: Option<Epsilon>,
        /// A note for readers (shown with the release).
        #[arg(long)]
        note: Option<String>,
    },
    /// List the releases, newest first.
    List,
    /// Withdraw a release: it is no longer served (its ε stays spent).
    Withdraw {
        /// The release number.
        id: i64,
    },
}

/// `palermo cases budget …`.
#[derive(Debug, clap::Subcommand)]
pub enum BudgetCommand {
    /// Set the privacy budget (total ε over all releases) of a source, or
    /// of every stored source.
    Set {
        /// Total ε (a positive number).
        #[arg(long, value_parser = parse_epsilon)]
        epsilon: Epsilon,
        /// Only this source.
        #[arg(long)]
        source: Option<String>,
    },
    /// Show each source's budget, ε spent and ε remaining.
    Show,
}

fn info_line(r: &ReleaseInfo) -> String {
    let method = match (r.epsilon, r.delta) {
        (Some(e), Some(d)) => format!("dp ε={} δ={d}", fmt_eps(e)),
        _ => format!("{} k={}", r.method, r.k),
    };
    let records = r
        .records_published
        .map(|n| tr!("cli-release-about", count = n))
        .unwrap_or_else(|| tr!("cli-release-fewer-than", count = r.k));
    let withdrawn = r
        .withdrawn_at
        .as_ref()
        .map(|w| format!("\t{}", tr!("cli-release-withdrawn-on", date = w.as_str())))
        .unwrap_or_default();
    let note = r.note.as_deref().unwrap_or("");
    format!(
        "{}\t{}\t{method}\t{records}\t{note}{withdrawn}",
        r.id, r.created_at
    )
}

/// Runs `palermo cases release …`.
pub async fn release(store: &Store, cmd: ReleaseCommand) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match cmd {
        ReleaseCommand::Create {
            method,
            epsilon,
            note,
        } => {
            let spec = match (method, epsilon) {
                (MethodArg::CellKey, None) => ReleaseSpec::CellKey { k: DEFAULT_K },
                (MethodArg::CellKey, Some(_)) => {
                    anyhow::bail!(crate::lang::t("cli-release-epsilon-not-dp"))
                }
                (MethodArg::Dp, Some(epsilon)) => ReleaseSpec::Dp {
                    k: DEFAULT_K,
                    epsilon,
                },
                (MethodArg::Dp, None) => {
                    anyhow::bail!(crate::lang::t("cli-release-dp-needs-epsilon"))
                }
            };
            let countries = store
                .countries()
                .await?
                .into_iter()
                .map(|c| c.iso3)
                .collect();
            let cats = DpCategories {
                years: DP_FIRST_YEAR..=crate::stats::current_year(),
                countries,
            };
            let info = store
                .create_case_release(
                    &spec,
                    note.as_deref(),
                    &cats,
                    &crate::account::cli_context(),
                )
                .await
                .map_err(|e| anyhow::anyhow!(tr!("cli-release-refused", reason = e.to_string())))?;
            writeln!(
                out,
                "{}",
                tr!(
                    "cli-release-made",
                    id = info.id.to_string(),
                    release = info_line(&info)
                )
            )?;
            writeln!(out, "{}", crate::lang::t("cli-release-served"))?;
        }
        ReleaseCommand::List => {
            let all = store.case_releases().await?;
            if all.is_empty() {
                writeln!(out, "{}", crate::lang::t("cli-release-none"))?;
            }
            for r in &all {
                writeln!(out, "{}", info_line(r))?;
            }
        }
        ReleaseCommand::Withdraw { id } => {
            let info = store
                .withdraw_case_release(id, &crate::account::cli_context())
                .await
                .map_err(|e| anyhow::anyhow!(tr!("cli-nothing-changed", reason = e.to_string())))?;
            writeln!(
                out,
                "{}",
                tr!(
                    "cli-release-withdrawn",
                    id = info.id.to_string(),
                    release = info_line(&info)
                )
            )?;
        }
    }
    Ok(())
}

/// Runs `palermo cases budget …`.
pub async fn budget(store: &Store, cmd: BudgetCommand) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if let BudgetCommand::Set { epsilon, source } = &cmd {
        store
            .set_privacy_budget(source.as_deref(), epsilon.get())
            .await
            .map_err(|e| anyhow::anyhow!(tr!("cli-nothing-changed", reason = e.to_string())))?;
    }
    writeln!(out, "source\tbudget\tspent\tremaining")?;
    for l in store.privacy_budgets().await? {
        let b = l.budget.map(fmt_eps).unwrap_or_else(|| "none".into());
        let rem = l.remaining().map(fmt_eps).unwrap_or_else(|| "-".into());
        writeln!(out, "{}\t{b}\t{}\t{rem}", l.source, fmt_eps(l.spent))?;
    }
    Ok(())
}
