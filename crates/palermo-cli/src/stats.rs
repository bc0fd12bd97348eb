//! `palermo stats …`: national statistics (UNODC GLOTIP) on the command line.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_import::rows::RowError;
use palermo_model::csv_out::CsvWriter;
use palermo_model::indicator::{
    csv_header, key_columns, stat_indicators, Filter, GroupBy, IndicatorRow,
};
use palermo_model::query::{self, ParamError};
use palermo_model::stats::{judge_repeated, Basis, Dimension};
use palermo_store::stats::{DatahubError, ImportMode, ImportSink, ImportSummary};

use crate::lang::tr;

/// The exit status of an import that stored the valid rows of a file and
/// rejected others (0 is "every row stored", 1 "nothing imported").
pub const EXIT_ROWS_REJECTED: u8 = 3;

/// An import that stored the valid rows and rejected others: not a
/// failure, but not "everything stored" either (exit status
/// [`EXIT_ROWS_REJECTED`]).
#[derive(Debug)]
pub struct RowsRejected {
    /// Rows rejected.
    pub rejected: u64,
}

impl std::fmt::Display for RowsRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!(
            "cli-import-rows-rejected",
            count = self.rejected.to_string()
        ))
    }
}

impl std::error::Error for RowsRejected {}

/// Formats of `stats import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    /// UNODC's GLOTIP data portal CSV (13 columns, `txtVALUE` with "<5").
    GlotipCsv,
    /// The data portal's Excel workbook (`data_glotip.xlsx`): the first
    /// worksheet, same columns as the CSV; rows are numbered as in the sheet.
    GlotipXlsx,
}

/// Output formats of the indicator commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for reading.
    Table,
    /// CSV with a header row.
    Csv,
    /// A JSON array of rows.
    Json,
}

/// Formats of `stats export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// SDMX-CSV 1.0 for the SDG global database (dataflow
    /// IAEG-SDGs:DF_SDG_GLH).
    SdmxCsv,
}

/// A dataset or source name: not empty, at most 100 characters, no control
/// characters (it names what an import replaces).
pub fn parse_name(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(crate::lang::t("cli-stats-empty-name"));
    }
    if t.chars().count() > 100 || t.chars().any(char::is_control) {
        return Err(crate::lang::t("cli-stats-bad-name"));
    }
    Ok(t.to_owned())
}

/// The filter flags shared by `stats indicators` and `cases indicators`.
/// Their values are read by the model's parsers after the language is
/// chosen ([`build_filter`], [`palermo_model::query`]: the rules and
/// messages of the web's query parameters of the same names).
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// First year (inclusive): four digits, 1900 to 2100.
    #[arg(long)]
    pub from: Option<String>,
    /// Last year (inclusive): four digits, 1900 to 2100.
    #[arg(long)]
    pub to: Option<String>,
    /// Country: ISO 3166-1 alpha-3 code, such as MDA (a name is refused with its code).
    #[arg(long)]
    pub country: Option<String>,
    /// UNODC region or sub-region ("Europe", "Sub-Saharan Africa").
    #[arg(long)]
    pub region: Option<String>,
    /// Sex: female, male, other, unknown (default: all).
    #[arg(long)]
    pub sex: Option<String>,
    /// Age group: child (0-17), adult (18+), unknown (default: all).
    #[arg(long)]
    pub age: Option<String>,
    /// Form of exploitation: sexual, forced-labour, other.
    #[arg(long)]
    pub form: Option<String>,
    /// Group by: year, sex, age, form, country, citizenship, region (comma-separated for several).
    #[arg(long)]
    pub by: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
}

/// Subcommands of `palermo stats`.
#[derive(Debug, clap::Subcommand)]
pub enum StatsCommand {
    /// Import national statistics (UNODC GLOTIP country data) in one
    /// transaction.
    ///
    /// Every row is validated; valid rows are stored, rejected rows are
    /// written with their line, field and reason to a report (FILE's name +
    /// `.rejected.csv` in the working directory, or --report). Re-importing a
    /// dataset replaces it (no duplicates), but never silently shrinks it:
    /// a re-import rejecting more than 1% of its rows, or keeping fewer than
    /// half of the stored rows, is refused without --force. Keys published
    /// more than once are all kept and listed as conflicts.
    ///
    /// Exit status: 0 when every row was stored; 3 when rows were rejected
    /// (the others are stored; see the report); 1 when nothing was imported.
    Import {
        /// The file (CSV, UTF-8).
        file: PathBuf,
        /// Layout of FILE (default: glotip-xlsx for a `.xlsx` file,
        /// glotip-csv otherwise).
        #[arg(long, value_enum)]
        format: Option<StatsFormat>,
        /// Name of the dataset (re-importing a name replaces it; the bundled
        /// table is `glotip`).
        #[arg(long, default_value = "glotip", value_parser = parse_name)]
        dataset: String,
        /// Reject the whole file on the first invalid row.
        #[arg(long)]
        strict: bool,
        /// Replace the dataset even when more than 1% of the rows are
        /// rejected or the new version has fewer than half of the stored
        /// rows (refused otherwise).
        #[arg(long)]
        force: bool,
        /// Where to write rejected rows and warnings (CSV).
        #[arg(long)]
        report: Option<PathBuf>,
        /// The date of the data (YYYY-MM-DD: the source's publication or
        /// last update), stored with the dataset and shown with its figures.
        #[arg(long, value_parser = parse_as_of)]
        as_of: Option<time::Date>,
    },
    /// Detected victims, prosecutions, convictions …: totals with coverage,
    /// censored ranges and rates per 100,000.
    ///
    /// Totals add one cell per country and year; "<5" cells count as 1–4, so
    /// totals are ranges when one contributes (JSON: "censored": true with
    /// "value_min" and "value_max", "value" null). Missing data are not zero:
    /// each row lists the countries and years it covers. UNODC's regional
    /// aggregates are not added.
    Indicators {
        /// detected-victims (default), prosecuted, convicted, formal-contact, offences.
        #[arg(long, default_value = "detected-victims")]
        indicator: String,
        /// Filters, grouping and format.
        #[command(flatten)]
        filter: FilterArgs,
        /// Only this dataset (default: all; the bundled one is `glotip`).
        #[arg(long)]
        dataset: Option<String>,
    },
    /// Export detected victims for the UN SDG global database (indicator
    /// 16.2.2) in SDMX-CSV 1.0: dataflow IAEG-SDGs:DF_SDG_GLH, the SDG
    /// DSD's dimensions in order, series VC_HTF_DETV, VC_HTF_DETVSX,
    /// VC_HTF_DETVFL, VC_HTF_DETVOP and their per-100,000 series (ending
    /// in R), M49 area codes, SEX and AGE codes of the SDG code lists.
    ///
    /// A "<5" cell has an empty OBS_VALUE and OBS_STATUS Q (suppressed).
    /// Published statistics only.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to FILE instead of the standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// First year (inclusive): four digits, 1900 to 2100.
        #[arg(long)]
        from: Option<String>,
        /// Last year (inclusive): four digits, 1900 to 2100.
        #[arg(long)]
        to: Option<String>,
        /// Country: ISO 3166-1 alpha-3 code, such as MDA.
        #[arg(long)]
        country: Option<String>,
        /// Only this dataset (default: all; the bundled one is `glotip`).
        #[arg(long)]
        dataset: Option<String>,
    },
    /// Keys published more than once with their source lines and values.
    Conflicts {
        /// Dataset.
        #[arg(long, default_value = "glotip")]
        dataset: String,
    },
}

/// Writes rejected rows and warnings as CSV, and counts them.
///
/// The report is written to a temporary file beside it (`REPORT.partial`,
/// readable by its owner only: it holds the values of rejected rows, which
/// may be personal data) and renamed to its name when complete; if writing
/// fails (a full disk), the temporary file is removed: no partial report is
/// left behind.
pub struct ReportSink {
    out: Option<CsvWriter<File>>,
    path: PathBuf,
    partial: PathBuf,
    rejected: u64,
    warnings: u64,
    bar: Option<indicatif::ProgressBar>,
    failed: Option<std::io::Error>,
}

/// Creates (or truncates) `path` readable and writable by its owner only
/// (0600), whatever the permissions of a file already there.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let f = opts.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(f)
}

impl ReportSink {
    /// A sink writing to `path` (created on the first row).
    pub fn new(path: PathBuf, bar: Option<indicatif::ProgressBar>) -> Self {
        let mut partial = path.clone().into_os_string();
        partial.push(".partial");
        Self {
            out: None,
            path,
            partial: PathBuf::from(partial),
            rejected: 0,
            warnings: 0,
            bar,
            failed: None,
        }
    }

    /// Records a write failure: the partial report is removed.
    fn fail(&mut self, err: std::io::Error) {
        self.out = None;
        let _ = std::fs::remove_file(&self.partial);
        self.failed = Some(err);
    }

    fn write(&mut self, kind: &str, e: &RowError) {
        if self.failed.is_some() {
            return;
        }
        if self.out.is_none() {
            match create_private(&self.partial) {
                Ok(f) => {
                    let mut w = CsvWriter::new(f);
                    if let Err(err) = w.write_record([
                        "kind", "file", "line", "field", "value", "reason", "record",
                    ]) {
                        self.fail(err.into());
                        return;
                    }
                    self.out = Some(w);
                }
                Err(err) => {
                    self.failed = Some(err);
                    return;
                }
            }
        }
        if let Some(w) = &mut self.out {
            let line = e.line.to_string();
            // The record's number, for formats with several on a line (JSON).
            let record = e.record.map(|n| n.to_string()).unwrap_or_default();
            if let Err(err) = w.write_record([
                kind,
                &e.file,
                &line,
                e.field.as_deref().unwrap_or(""),
                e.value.as_deref().unwrap_or(""),
                &e.reason,
                &record,
            ]) {
                self.fail(err.into());
            }
        }
    }

    /// Flushes the buffered rows to the partial report and syncs it to
    /// disk (so that a full disk shows now, not after the commit), or
    /// removes it on failure.
    fn flush_partial(&mut self) -> std::io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        let Some(w) = &mut self.out else {
            return Ok(());
        };
        if let Err(e) = w.flush().and_then(|()| w.get_ref().sync_all()) {
            self.out = None;
            let _ = std::fs::remove_file(&self.partial);
            return Err(e);
        }
        Ok(())
    }

    /// Completes the report (renamed from its partial file); returns its
    /// path if anything was written.
    pub fn finish(mut self) -> anyhow::Result<(Option<PathBuf>, u64, u64)> {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        let had_rows = self.out.is_some() || self.failed.is_some();
        self.flush_partial().with_context(|| {
            tr!(
                "cli-import-writing-report",
                file = self.path.display().to_string()
            )
        })?;
        let written = if had_rows {
            self.out = None;
            std::fs::rename(&self.partial, &self.path).with_context(|| {
                let _ = std::fs::remove_file(&self.partial);
                tr!(
                    "cli-import-writing-report",
                    file = self.path.display().to_string()
                )
            })?;
            Some(self.path.clone())
        } else {
            None
        };
        Ok((written, self.rejected, self.warnings))
    }
}

impl ReportSink {
    /// A note about the whole file (unknown columns), on the terminal once,
    /// above the progress bar if there is one.
    pub fn note(&self, msg: &str) {
        let msg = crate::bounded(&tr!("cli-warning", message = msg)).into_owned();
        match &self.bar {
            Some(b) => b.println(msg),
            None => eprintln!("{msg}"),
        }
    }
}

impl ImportSink for ReportSink {
    fn rejected(&mut self, e: &RowError) {
        self.rejected += 1;
        if self.rejected <= 5 {
            // The terminal gets line, field and reason, never the value: a
            // case record's values are personal data (they stay in the
            // holder's own report file).
            let field = e
                .field
                .as_deref()
                .map(|f| tr!("cli-import-field", field = f))
                .unwrap_or_default();
            let msg = crate::bounded(&tr!(
                "cli-import-rejected-row",
                file = e.file.as_str(),
                location = e.location(),
                field = field,
                reason = e.reason.as_str()
            ))
            .into_owned();
            if let Some(b) = &self.bar {
                b.println(msg);
            } else {
                eprintln!("{msg}");
            }
        }
        self.write("rejected", e);
    }
    fn warning(&mut self, w: &RowError) {
        self.warnings += 1;
        self.write("warning", w);
    }
    fn progress(&mut self, rows: u64) {
        if let Some(b) = &self.bar {
            b.set_message(tr!("cli-import-progress-rows", rows = rows));
        }
    }
    /// Called before the import commits: a report that could not be
    /// written rolls the import back.
    fn flush(&mut self) -> std::io::Result<()> {
        let path = self.path.display().to_string();
        let named = |e: std::io::Error| std::io::Error::new(e.kind(), format!("{path}: {e}"));
        self.flush_partial().map_err(named)
    }
}

/// Ends an import on the terminal: the summary, or why nothing was
/// imported. Row errors are printed with line, field and reason, never the
/// value (values of rejected rows go only to the report file).
pub fn conclude(
    result: Result<ImportSummary, DatahubError>,
    sink: ReportSink,
    what: &str,
) -> anyhow::Result<()> {
    let finished = sink.finish();
    let e = match result {
        Ok(s) => {
            let (written, _, _) = finished?;
            print_summary(&s, written.as_deref(), what)?;
            if s.rejected > 0 {
                return Err(RowsRejected {
                    rejected: s.rejected,
                }
                .into());
            }
            return Ok(());
        }
        Err(e) => e,
    };
    let report = match &finished {
        Ok((Some(p), _, _)) => format!(
            " {}",
            tr!(
                "cli-import-rejected-rows-at",
                file = p.display().to_string()
            )
        ),
        _ => String::new(),
    };
    match e {
        DatahubError::Strict(e) => anyhow::bail!(
            "{}{report}",
            tr!("cli-import-strict", error = e.without_value().to_string())
        ),
        DatahubError::File(e) => anyhow::bail!(
            "{}{report}",
            tr!(
                "cli-import-file-rejected",
                error = e.without_value().to_string()
            )
        ),
        DatahubError::Store(e) => {
            Err(anyhow::Error::new(e).context(crate::lang::t("cli-import-failed")))
        }
        e @ DatahubError::Shrink { .. } => anyhow::bail!(
            "{}{report}",
            tr!("cli-import-shrink", error = e.to_string())
        ),
        other => anyhow::bail!("{other}{report}"),
    }
}

/// Opens `file` for an import, with a progress bar on a terminal (by bytes
/// of the file read); a gzip-compressed file is read as the text it holds
/// ([`palermo_import::gzip::decompressed`]).
pub fn open_with_progress(
    file: &Path,
) -> anyhow::Result<(Box<dyn Read>, Option<indicatif::ProgressBar>)> {
    let f = File::open(file)
        .with_context(|| tr!("cli-opening-file", file = file.display().to_string()))?;
    let text = |r: Box<dyn Read>| {
        palermo_import::gzip::decompressed(std::io::BufReader::with_capacity(1 << 16, r))
            .with_context(|| tr!("cli-import-reading", file = file.display().to_string()))
    };
    if !std::io::stderr().is_terminal() {
        return Ok((text(Box::new(f))?, None));
    }
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let r = bar.wrap_read(f);
    Ok((text(Box::new(r))?, Some(bar)))
}

/// A spinner counting rows, on a terminal (for sources whose size in bytes
/// says little about progress, such as a zipped workbook).
pub fn row_spinner() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
}

/// The name an import records for `file`: its last component, never the
/// local path (a path may say more than it should: a user name, an
/// agency's folder), which public pages would otherwise show.
pub fn stored_file_name(file: &Path) -> String {
    file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The default report path: FILE's name + `.rejected.csv` in the working directory.
pub fn default_report(file: &Path) -> PathBuf {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "import".into());
    PathBuf::from(format!("{name}.rejected.csv"))
}

/// Prints an import summary (and the conflicts) to stdout.
/// `what` names what a row becomes: `cells` (statistics) or
/// `case-records` (the message `cli-import-what-<what>`).
pub fn print_summary(s: &ImportSummary, report: Option<&Path>, what: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let replaced = if s.replaced > 0 {
        tr!(
            "cli-import-replaced",
            count = s.replaced,
            name = format!("{:?}", s.name)
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{}",
        tr!(
            "cli-import-summary",
            file = s.file.as_str(),
            read = s.rows_read,
            stored = s.stored,
            what = crate::lang::t(&format!("cli-import-what-{what}")),
            rejected = s.rejected,
            warnings = s.warnings,
            replaced = replaced
        )
    )?;
    if let Some(p) = report {
        writeln!(
            out,
            "{}",
            tr!("cli-import-report-at", file = p.display().to_string())
        )?;
    }
    if !s.conflicts.is_empty() {
        let differ = s.conflicts.iter().filter(|c| c.values_differ).count();
        let id = if s.conflicts_complete {
            "cli-import-conflicts"
        } else {
            "cli-import-conflicts-at-least"
        };
        writeln!(
            out,
            "{}",
            tr!(id, count = s.conflicts.len(), differ = differ)
        )?;
        for c in s.conflicts.iter().take(10) {
            writeln!(out, "  {}: {}", c.key, occurrences(&c.occurrences))?;
        }
        if s.conflicts.len() > 10 || !s.conflicts_complete {
            let id = if s.conflicts_complete {
                "cli-import-more-conflicts"
            } else {
                "cli-import-more-conflicts-at-least"
            };
            writeln!(
                out,
                "  {}",
                tr!(
                    id,
                    count = s.conflicts.len().saturating_sub(10),
                    dataset = s.name.as_str()
                )
            )?;
        }
    }
    Ok(())
}

/// A conflict's source lines and values (`line 12: 7; line 13: 9`).
fn occurrences<L: std::fmt::Display, V: std::fmt::Display>(occ: &[(L, V)]) -> String {
    occ.iter()
        .map(|(l, v)| {
            tr!(
                "cli-import-line-value",
                line = l.to_string(),
                value = v.to_string()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `--as-of`: a date, YYYY-MM-DD.
fn parse_as_of(s: &str) -> Result<time::Date, String> {
    palermo_model::date::parse_iso(s)
        .ok_or_else(|| tr!("cli-treaty-not-a-date", value = format!("{s:?}")))
}

/// The current calendar year (UTC), the latest possible year of data.
pub fn current_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

/// A refused flag value as an error, in this run's language (the message
/// the web gives for the query parameter of the same name).
pub fn param_error(e: &ParamError) -> anyhow::Error {
    anyhow::anyhow!(crate::lang::param_message(e))
}

/// Runs `palermo stats …`.
pub fn run(db: &str, cmd: StatsCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        let result: anyhow::Result<()> = async {
            if !matches!(cmd, StatsCommand::Import { .. }) {
                store
                    .seed_statistics()
                    .await
                    .with_context(|| crate::lang::t("cli-stats-loading-bundled"))?;
            }
            match cmd {
                StatsCommand::Import {
                    file,
                    format,
                    dataset,
                    strict,
                    force,
                    report,
                    as_of,
                } => {
                    let mode = ImportMode { strict, force };
                    // Messages name the file as typed; the store (and so the
                    // public pages) keeps its name only, never a local path.
                    let name = file.display().to_string();
                    let base = stored_file_name(&file);
                    let index = store.country_index().await?;
                    let opts = GlotipOptions {
                        max_year: current_year(),
                    };
                    let report = report.unwrap_or_else(|| default_report(&file));
                    let nothing = |e: palermo_import::rows::FileError| {
                        anyhow::anyhow!(tr!("cli-import-nothing", error = e.to_string()))
                    };
                    let format = format.unwrap_or_else(|| {
                        let xlsx = file
                            .extension()
                            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
                        if xlsx {
                            StatsFormat::GlotipXlsx
                        } else {
                            StatsFormat::GlotipCsv
                        }
                    });
                    let (result, sink) = match format {
                        StatsFormat::GlotipCsv => {
                            let (src, bar) = open_with_progress(&file)?;
                            let reader =
                                GlotipReader::new(&name, src, &index, opts).map_err(nothing)?;
                            let mut sink = ReportSink::new(report, bar);
                            (
                                store
                                    .import_statistics_as_of(
                                        (&dataset, &base, as_of),
                                        reader,
                                        mode,
                                        &mut sink,
                                    )
                                    .await,
                                sink,
                            )
                        }
                        StatsFormat::GlotipXlsx => {
                            let f = File::open(&file).with_context(|| {
                                tr!("cli-opening-file", file = file.display().to_string())
                            })?;
                            let reader = GlotipReader::from_xlsx(
                                &name,
                                std::io::BufReader::new(f),
                                &index,
                                opts,
                            )
                            .map_err(nothing)?;
                            let mut sink = ReportSink::new(report, row_spinner());
                            (
                                store
                                    .import_statistics_as_of(
                                        (&dataset, &base, as_of),
                                        reader,
                                        mode,
                                        &mut sink,
                                    )
                                    .await,
                                sink,
                            )
                        }
                    };
                    conclude(result, sink, "cells")
                }
                StatsCommand::Indicators {
                    indicator,
                    filter,
                    dataset,
                } => {
                    let indicator =
                        query::parse_indicator(&indicator).map_err(|e| param_error(&e))?;
                    let index = store.country_index().await?;
                    let (mut f, by) = build_filter(&filter, &index)?;
                    let dim = palermo_model::indicator::wanted_dimension(&f, &by)?;
                    // The totals and the forms of exploitation of the same
                    // years too: repeated keys are judged against them, and
                    // a total may be derived from the forms.
                    let mut records = Vec::new();
                    for d in [Dimension::Total, Dimension::FormOfExploitation] {
                        records.extend(
                            store
                                .stat_records_for(dataset.as_deref(), indicator, d, f.from, f.to)
                                .await?,
                        );
                    }
                    if !matches!(dim, Dimension::Total | Dimension::FormOfExploitation) {
                        records.extend(
                            store
                                .stat_records_for(dataset.as_deref(), indicator, dim, f.from, f.to)
                                .await?,
                        );
                    }
                    if let Some(r) = f.region.take() {
                        let regions: BTreeSet<&str> =
                            records.iter().map(|x| x.region.as_str()).collect();
                        let subregions: BTreeSet<&str> =
                            records.iter().map(|x| x.subregion.as_str()).collect();
                        f.region = Some(
                            query::parse_region(&r, regions.iter().copied(), subregions)
                                .map_err(|e| param_error(&e))?,
                        );
                    }
                    let pop = store.population_table().await?;
                    let rows = stat_indicators(&records, indicator, &f, &by, Some(&pop))?;
                    print_indicators(&rows, &by, filter.format)
                }
                StatsCommand::Export {
                    format: ExportFormat::SdmxCsv,
                    output,
                    from,
                    to,
                    country,
                    dataset,
                } => {
                    let index = store.country_index().await?;
                    let args = FilterArgs {
                        from,
                        to,
                        country,
                        region: None,
                        sex: None,
                        age: None,
                        form: None,
                        by: None,
                        format: OutputFormat::Csv,
                    };
                    let (f, _) = build_filter(&args, &index)?;
                    let mut records = Vec::new();
                    for d in [Dimension::Total, Dimension::FormOfExploitation] {
                        records.extend(
                            store
                                .stat_records_for(
                                    dataset.as_deref(),
                                    palermo_model::stats::Indicator::DetectedVictims,
                                    d,
                                    f.from,
                                    f.to,
                                )
                                .await?,
                        );
                    }
                    if let Some(c) = &f.country {
                        records.retain(|r| r.iso3.as_deref() == Some(c.as_str()) || &r.area == c);
                    }
                    let pop = store.population_table().await?;
                    let (obs, skipped) = palermo_model::sdmx::detected_victims(
                        &records,
                        index.countries(),
                        Some(&pop),
                    );
                    let bytes = palermo_model::sdmx::write_sdmx_csv(&obs, Vec::new())?;
                    match &output {
                        Some(path) => std::fs::write(path, &bytes).with_context(|| {
                            tr!("sdmx-cli-writing", file = path.display().to_string())
                        })?,
                        None => std::io::stdout().lock().write_all(&bytes)?,
                    }
                    eprintln!(
                        "{}",
                        tr!(
                            "sdmx-cli-written",
                            observations = obs.len(),
                            aggregates = skipped.no_area_code,
                            uncoded = skipped.no_code,
                            conflicting = skipped.conflicting
                        )
                    );
                    Ok(())
                }
                StatsCommand::Conflicts { dataset } => {
                    let mut out = std::io::stdout().lock();
                    let conflicts = store.stat_conflicts(&dataset).await?;
                    let readings = judge_repeated(&store.stat_records(Some(&dataset)).await?);
                    for c in &conflicts {
                        let occ = occurrences(&c.occurrences);
                        let read = readings.get(&c.key).map_or_else(
                            || tr!("cli-stats-read-unchecked"),
                            |j| tr!(&format!("cli-stats-read-{}", j.basis.slug())),
                        );
                        writeln!(out, "{}: {occ} — {read}", c.key)?;
                    }
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "cli-stats-conflicts-count",
                            count = conflicts.len(),
                            dataset = format!("{dataset:?}")
                        )
                    )?;
                    let counts = readings.counts();
                    let n = |b: Basis| counts.iter().find(|(x, _)| *x == b).map_or(0, |c| c.1);
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "cli-stats-readings",
                            sum = n(Basis::SumFits),
                            alternatives = n(Basis::AlternativesFit),
                            both = n(Basis::BothFit),
                            neither = n(Basis::NeitherFits),
                            unchecked = n(Basis::Unchecked),
                        )
                    )?;
                    Ok(())
                }
            }
        }
        .await;
        store.close().await;
        result
    })
}

/// The model filter and the groupings of the flags, each value read by
/// [`palermo_model::query`] (the web's parsers), the country checked
/// against `index`. The region is kept as given: the caller checks it
/// against the regions of what it reads.
///
/// # Errors
/// The first refused value, with the model's reason in this run's language.
pub fn build_filter(
    a: &FilterArgs,
    index: &palermo_model::CountryIndex,
) -> anyhow::Result<(Filter, Vec<GroupBy>)> {
    let e = |e: ParamError| param_error(&e);
    let nonempty = |v: &Option<String>| -> Option<String> {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let year = |name: &str, v: &Option<String>| {
        nonempty(v)
            .map(|t| query::parse_year(name, &t))
            .transpose()
            .map_err(e)
    };
    let filter = Filter {
        from: year("from", &a.from)?,
        to: year("to", &a.to)?,
        country: nonempty(&a.country)
            .map(|c| query::parse_country(index, &c))
            .transpose()
            .map_err(e)?,
        region: nonempty(&a.region),
        sex: nonempty(&a.sex)
            .map(|t| query::parse_sex(&t))
            .transpose()
            .map_err(e)?,
        age: nonempty(&a.age)
            .map(|t| query::parse_age(&t))
            .transpose()
            .map_err(e)?,
        form: nonempty(&a.form)
            .map(|t| query::parse_form(&t))
            .transpose()
            .map_err(e)?,
    };
    let by = nonempty(&a.by)
        .map(|t| query::parse_by(&t))
        .transpose()
        .map_err(e)?
        .unwrap_or_default();
    Ok((filter, by))
}

/// One indicator row as JSON (the shape is [`IndicatorRow::published`]).
pub fn row_json(r: &IndicatorRow) -> serde_json::Value {
    serde_json::to_value(r.published()).unwrap_or_default()
}

fn years_span(y: &BTreeSet<i32>) -> String {
    match (y.first(), y.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => tr!(
            "cli-stats-years-span",
            first = a.to_string(),
            last = b.to_string(),
            count = y.len()
        ),
        _ => String::new(),
    }
}

/// Prints indicator rows in `format`.
pub fn print_indicators(
    rows: &[IndicatorRow],
    by: &[GroupBy],
    format: OutputFormat,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let cols = key_columns(by);
    match format {
        OutputFormat::Json => {
            let v: Vec<serde_json::Value> = rows.iter().map(row_json).collect();
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => {
            let mut w = CsvWriter::new(out);
            w.write_record(csv_header(&cols))?;
            for r in rows {
                let rec = r.csv_record(&cols);
                w.write_record(&rec)?;
            }
            w.flush()?;
        }
        OutputFormat::Table => {
            let mut header: Vec<String> = cols.iter().map(|c| (*c).to_owned()).collect();
            header.extend([
                crate::lang::t("cli-stats-col-value"),
                crate::lang::t("cli-stats-col-per-100k"),
                crate::lang::t("cli-stats-col-countries"),
                crate::lang::t("cli-stats-col-years"),
            ]);
            let mut table: Vec<Vec<String>> = vec![header];
            let mut any_censored = false;
            let mut any_conflict = false;
            for r in rows {
                let mut line: Vec<String> = cols.iter().map(|c| r.keys.value_of(c)).collect();
                let exact = !r.censored && r.value.min == r.value.max;
                any_censored |= !exact;
                let mut v = if exact {
                    crate::stats::thousands(r.value.min)
                } else {
                    format!(
                        "{}–{}*",
                        crate::stats::thousands(r.value.min),
                        crate::stats::thousands(r.value.max)
                    )
                };
                if r.conflicts > 0 {
                    any_conflict = true;
                    v.push('!');
                }
                line.push(v);
                line.push(
                    r.rate_per_100k
                        .map(|(a, b)| {
                            if (a - b).abs() < 1e-9 {
                                format!("{a:.2}")
                            } else {
                                format!("{a:.2}–{b:.2}")
                            }
                        })
                        .unwrap_or_default(),
                );
                line.push(r.areas.len().to_string());
                line.push(years_span(&r.years));
                table.push(line);
            }
            let widths: Vec<usize> = (0..table[0].len())
                .map(|i| {
                    table
                        .iter()
                        .map(|l| l[i].chars().count())
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            for l in &table {
                let cells: Vec<String> = l
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| format!("{c:<w$}"))
                    .collect();
                writeln!(out, "{}", cells.join("  ").trim_end())?;
            }
            if rows.is_empty() {
                writeln!(out, "{}", crate::lang::t("cli-stats-no-data"))?;
            }
            if any_censored {
                writeln!(out, "{}", crate::lang::t("cli-stats-note-range"))?;
            }
            if any_conflict {
                writeln!(out, "{}", crate::lang::t("cli-stats-note-conflict"))?;
            }
        }
    }
    Ok(())
}

/// Formats a whole number with thousands separators (`1,282`).
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
