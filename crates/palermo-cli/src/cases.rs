//! `palermo cases …`: victim case records (HTCDS / CTDC) on the command line.

use crate::lang::tr;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use palermo_disclosure::{public_case_table, DEFAULT_K};
use palermo_import::cases::CaseReader;
use palermo_import::ctdc::CaseOptions;
use palermo_model::indicator::CaseFilter;
use palermo_store::cases::ImportBy;

use crate::stats::{
    build_filter, conclude, current_year, default_report, open_with_progress, stored_file_name,
    FilterArgs, OutputFormat, ReportSink,
};

/// Layouts of `cases import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CaseFormat {
    /// CTDC microdata: the 2024 Global Synthetic Dataset layout (comma) or the
    /// older k-anonymised Global Dataset (semicolon), by column names.
    Ctdc,
    /// HTCDS 2.0 fields as CSV columns (`prs_Gender`, `vic_TypeOfExploitation` …).
    HtcdsCsv,
    /// HTCDS 2.0 fields as a JSON array of objects or JSON Lines.
    HtcdsJson,
}

impl CaseFormat {
    fn name(self) -> &'static str {
        palermo_import::cases::CaseFormat::from(self).name()
    }
}

impl From<CaseFormat> for palermo_import::cases::CaseFormat {
    fn from(f: CaseFormat) -> Self {
        match f {
            CaseFormat::Ctdc => Self::Ctdc,
            CaseFormat::HtcdsCsv => Self::HtcdsCsv,
            CaseFormat::HtcdsJson => Self::HtcdsJson,
        }
    }
}

/// Subcommands of `palermo cases`.
#[derive(Debug, clap::Subcommand)]
pub enum CasesCommand {
    /// Import victim case records from one agency's file, in one transaction.
    ///
    /// Every row is validated; valid rows are stored, rejected rows go to a
    /// report (FILE's name + `.rejected.csv`, or --report) with line, field
    /// and reason. Re-importing the same --source replaces its records, but
    /// never silently shrinks them: a re-import rejecting more than 1% of
    /// its rows, or keeping fewer than half of the stored records, is
    /// refused without --force. Exit status as `stats import`
    /// (0 all stored, 3 rows rejected, 1 nothing imported). Files
    /// with a column identifying a person (names, dates of birth, document
    /// numbers, contact details, addresses, coordinates) are refused whole.
    Import {
        /// The file (UTF-8).
        file: PathBuf,
        /// Name of the agency or data set (re-importing a source replaces it).
        #[arg(long, value_parser = crate::stats::parse_name)]
        source: String,
        /// Layout of FILE.
        #[arg(long, value_enum, default_value = "ctdc")]
        format: CaseFormat,
        /// Reject the whole file on the first invalid row.
        #[arg(long)]
        strict: bool,
        /// Replace the source even when more than 1% of the rows are
        /// rejected or the new version has fewer than half of the stored
        /// records (refused otherwise).
        #[arg(long)]
        force: bool,
        /// Where to write rejected rows (CSV).
        #[arg(long)]
        report: Option<PathBuf>,
    },
    /// Victim counts from case records, for the data holder on the
    /// database file: exact counts, cells below k withheld (and enough
    /// others that none can be recovered from the total). Same filters as
    /// `stats indicators`, for side-by-side comparison with the national
    /// statistics. Never publish these: the public gets releases
    /// (`cases release create`).
    Indicators {
        /// Filters, grouping and format.
        #[command(flatten)]
        filter: FilterArgs,
        /// Only records of this source.
        #[arg(long)]
        source: Option<String>,
        /// Small-cell threshold k (at least 3).
        #[arg(long, default_value_t = DEFAULT_K)]
        k: u64,
    },
    /// The stored sources.
    Sources,
    /// Releases: the only public form of case-record tables (create, list,
    /// withdraw).
    #[command(subcommand)]
    Release(crate::release::ReleaseCommand),
    /// The privacy budget that differentially private releases spend.
    #[command(subcommand)]
    Budget(crate::release::BudgetCommand),
    /// Write the raw case records (one row per victim) as CSV to standard
    /// output. Record-level data: for the data holder on their own database
    /// file only; never publish it (use `cases indicators`, which protects
    /// small cells).
    Export {
        /// Only records of this source.
        #[arg(long)]
        source: Option<String>,
    },
}

/// A cell's key for `col`, "unknown" when the records do not say (a year
/// of registration that is missing, say).
fn key_or_unknown(keys: &palermo_model::indicator::GroupKeys, col: &str) -> String {
    let v = keys.value_of(col);
    if v.is_empty() {
        "unknown".to_owned()
    } else {
        v
    }
}

/// The line under a case table: its total and what was withheld.
fn table_footer(
    t: &palermo_disclosure::ProtectedTable<palermo_model::indicator::GroupKeys>,
) -> String {
    let total = t.total.map_or_else(
        || tr!("cli-cases-fewer-than", k = t.k),
        |v| {
            palermo_i18n::format::integer(crate::lang::lang(), i64::try_from(v).unwrap_or(i64::MAX))
        },
    );
    tr!(
        "cli-cases-footer",
        total = total,
        primary = t.primary_suppressed,
        k = t.k,
        secondary = t.secondary_suppressed
    )
}

/// Runs `palermo cases …`.
pub fn run(db: &str, cmd: CasesCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        let result: anyhow::Result<()> = async {
            match cmd {
                CasesCommand::Import {
                    file,
                    source,
                    format,
                    strict,
                    force,
                    report,
                } => {
                    let mode = palermo_store::stats::ImportMode { strict, force };
                    let name = file.display().to_string();
                    // Store the file's name only: a local path may say more than it should.
                    let base = stored_file_name(&file);
                    let index = store.country_index().await?;
                    let (src, bar) = open_with_progress(&file)?;
                    let opts = CaseOptions {
                        source: source.clone(),
                        max_year: current_year(),
                    };
                    let report = report.unwrap_or_else(|| default_report(&file));
                    let mut sink = ReportSink::new(report, bar);
                    let r =
                        CaseReader::open(format.into(), &name, src, &index, opts).map_err(|e| {
                            anyhow::anyhow!(tr!("cli-nothing-imported", reason = e.to_string()))
                        })?;
                    if let Some(w) = r.unknown_columns_warning(&name) {
                        sink.note(&w);
                    }
                    let ctx = crate::account::cli_context();
                    let result = store
                        .import_cases(
                            &source,
                            &base,
                            format.name(),
                            r,
                            mode,
                            &mut sink,
                            &ImportBy::cli(&ctx),
                        )
                        .await;
                    conclude(result, sink, "case-records")
                }
                CasesCommand::Indicators { filter, source, k } => {
                    let index = store.country_index().await?;
                    let (mut base, by) = build_filter(&filter, &index)?;
                    let region_countries = match base.region.take() {
                        Some(r) => {
                            let regions: BTreeSet<&str> = index
                                .countries()
                                .iter()
                                .map(|c| c.region.as_str())
                                .collect();
                            let subs: BTreeSet<&str> = index
                                .countries()
                                .iter()
                                .map(|c| c.sub_region.as_str())
                                .collect();
                            let r = palermo_model::query::parse_region(
                                &r,
                                regions.iter().copied(),
                                subs,
                            )
                            .map_err(|e| crate::stats::param_error(&e))?;
                            let set: BTreeSet<String> = index
                                .countries()
                                .iter()
                                .filter(|c| {
                                    c.region.eq_ignore_ascii_case(&r)
                                        || c.sub_region.eq_ignore_ascii_case(&r)
                                })
                                .map(|c| c.iso3.clone())
                                .collect();
                            base.region = Some(r);
                            Some(set)
                        }
                        None => None,
                    };
                    let records = store.case_records(source.as_deref()).await?;
                    let what = format!(
                        "case-records:{} ({} records, exact counts)",
                        source.as_deref().unwrap_or("all"),
                        records.len()
                    );
                    store
                        .audit(crate::account::cli_context().event("cases.read", &what))
                        .await?;
                    let f = CaseFilter {
                        base,
                        region_countries,
                        source,
                    };
                    let t = public_case_table(&records, &f, &by, k);
                    let mut out = std::io::stdout().lock();
                    match filter.format {
                        OutputFormat::Json => {
                            serde_json::to_writer_pretty(&mut out, &t)?;
                            writeln!(out)?;
                        }
                        OutputFormat::Csv => {
                            // One row per cell: the grouping keys, `value` (empty
                            // when withheld) and `suppressed`.
                            let cols = palermo_model::indicator::key_columns(&by);
                            let mut w = palermo_model::csv_out::CsvWriter::new(out);
                            w.write_record(cols.iter().copied().chain(["value", "suppressed"]))?;
                            for c in &t.cells {
                                let mut rec: Vec<String> = cols
                                    .iter()
                                    .map(|col| key_or_unknown(&c.keys, col))
                                    .collect();
                                rec.push(c.value.map(|v| v.to_string()).unwrap_or_default());
                                rec.push(c.suppressed.to_string());
                                w.write_record(&rec)?;
                            }
                            w.flush()?;
                            eprintln!("{}", table_footer(&t));
                        }
                        OutputFormat::Table => {
                            let cols = palermo_model::indicator::key_columns(&by);
                            let mut rows: Vec<Vec<String>> = vec![cols
                                .iter()
                                .map(|c| (*c).to_owned())
                                .chain([crate::lang::t("cli-cases-col-victims")])
                                .collect()];
                            for c in &t.cells {
                                let mut r: Vec<String> = cols
                                    .iter()
                                    .map(|col| key_or_unknown(&c.keys, col))
                                    .collect();
                                r.push(
                                    c.value
                                        .map(|v| v.to_string())
                                        .unwrap_or_else(|| crate::lang::t("cli-cases-withheld")),
                                );
                                rows.push(r);
                            }
                            let widths: Vec<usize> = (0..rows[0].len())
                                .map(|i| {
                                    rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0)
                                })
                                .collect();
                            for r in &rows {
                                let line: Vec<String> = r
                                    .iter()
                                    .zip(&widths)
                                    .map(|(v, w)| format!("{v:<w$}"))
                                    .collect();
                                writeln!(out, "{}", line.join("  ").trim_end())?;
                            }
                            writeln!(out, "{}", table_footer(&t))?;
                        }
                    }
                    Ok(())
                }
                CasesCommand::Export { source } => {
                    let records = store.case_records(source.as_deref()).await?;
                    // Who took record-level data away, before any of it is written.
                    let what = format!(
                        "case-records:{} ({} records)",
                        source.as_deref().unwrap_or("all"),
                        records.len()
                    );
                    store
                        .audit(crate::account::cli_context().event("cases.export", &what))
                        .await?;
                    eprintln!(
                        "{}",
                        tr!(
                            "cli-warning",
                            message = tr!("cli-cases-export-warning", count = records.len())
                        )
                    );
                    let flag = |f: palermo_model::case::Flag| match f.as_option() {
                        Some(true) => "1",
                        Some(false) => "0",
                        None => "",
                    };
                    let mut w = palermo_model::csv_out::CsvWriter::new(std::io::stdout().lock());
                    w.write_record([
                        "source",
                        "source_line",
                        "data_source",
                        "year",
                        "sex",
                        "age_band",
                        "citizenship",
                        "country_of_exploitation",
                        "sexual",
                        "forced_labour",
                        "forced_marriage",
                        "slavery",
                        "organ_removal",
                        "forced_criminality",
                        "other_exploitation",
                    ])?;
                    for r in &records {
                        let f = &r.forms;
                        w.write_record([
                            r.source.as_str(),
                            &r.source_line.to_string(),
                            r.data_source.as_deref().unwrap_or(""),
                            &r.year.map(|y| y.to_string()).unwrap_or_default(),
                            r.sex.slug(),
                            r.age.map(|a| a.label()).unwrap_or(""),
                            r.citizenship.as_deref().unwrap_or(""),
                            r.country_of_exploitation.as_deref().unwrap_or(""),
                            flag(f.sexual),
                            flag(f.forced_labour),
                            flag(f.forced_marriage),
                            flag(f.slavery),
                            flag(f.organ_removal),
                            flag(f.forced_criminality),
                            flag(f.other),
                        ])?;
                    }
                    w.flush()?;
                    Ok(())
                }
                CasesCommand::Release(cmd) => crate::release::release(&store, cmd).await,
                CasesCommand::Budget(cmd) => crate::release::budget(&store, cmd).await,
                CasesCommand::Sources => {
                    let mut out = std::io::stdout().lock();
                    for s in store.case_sources().await? {
                        let rows = tr!(
                            "cli-cases-source-rows",
                            read = s.rows.0,
                            stored = s.rows.1,
                            rejected = s.rows.2
                        );
                        writeln!(
                            out,
                            "{}\t{}\t{}\t{rows}\t{}",
                            s.source, s.format, s.file, s.imported_at
                        )?;
                    }
                    Ok(())
                }
            }
        }
        .await;
        store.close().await;
        result
    })
}
