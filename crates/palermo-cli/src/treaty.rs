//! `palermo treaty …`: the treaty tracker on the command line.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use palermo_import::untc::{read_status, write_palermo_csv, StatusFormat};
use palermo_model::date::{iso, parse_iso};
use palermo_model::treaty::{select_participants, StatusRecord};
use palermo_model::{Country, Instrument};

use crate::lang::{t, tr};

/// The instrument's short name in this run's language.
fn instrument_name(i: Instrument) -> String {
    t(&format!("cli-instrument-{}", i.code()))
}

/// Output formats of `treaty status`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for reading.
    Table,
    /// CSV with a header row.
    Csv,
    /// A JSON array, one object per participant.
    Json,
}

/// Layouts accepted by `treaty import`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportFormat {
    /// Detect from the header.
    Auto,
    /// The UN Treaty Collection status table (Participant, Signature, Ratification…).
    Untc,
    /// Palermo's CSV (participant, iso3, signature_date, consent_date, consent_type).
    Palermo,
}

fn parse_date(s: &str) -> Result<time::Date, String> {
    parse_iso(s).ok_or_else(|| tr!("cli-treaty-not-a-date", value = format!("{s:?}")))
}

fn parse_instrument(s: &str) -> Result<Instrument, String> {
    s.parse::<Instrument>().map_err(|e| e.to_string())
}

/// Subcommands of `palermo treaty`.
#[derive(Debug, clap::Subcommand)]
pub enum TreatyCommand {
    /// Who has signed, ratified or acceded, and who has not yet.
    ///
    /// Prints one row per participant and instrument. JSON objects have the
    /// keys participant, iso3, instrument, signature_date, consent_date,
    /// consent_type and party; dates are YYYY-MM-DD or null.
    Status {
        /// Only this instrument: untoc, tip, som or firearms (default: all four).
        #[arg(long, value_parser = parse_instrument)]
        instrument: Option<Instrument>,
        /// Only UN Member States that are not parties (including those with no action at all).
        #[arg(long)]
        not_party: bool,
        /// Only participants in this UN region (Africa, Americas, Asia, Europe, Oceania).
        #[arg(long)]
        region: Option<String>,
        /// Status as it stood on this date (YYYY-MM-DD), from the action dates.
        #[arg(long, value_parser = parse_date)]
        as_of: Option<time::Date>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: OutputFormat,
    },
    /// Load a newer status snapshot for one instrument (atomic, idempotent) and
    /// print what changed. A snapshot older than the current data is refused.
    ///
    /// FILE is either the UN Treaty Collection's status table saved as CSV
    /// (columns Participant, Signature and the consent column whose dates
    /// carry the a/A/AA/d/c marks; footnote numbers after names are removed)
    /// or Palermo's CSV: participant,iso3,signature_date,consent_date,consent_type
    /// with dates YYYY-MM-DD. Any invalid row rejects the whole file and the
    /// database is unchanged.
    Import {
        /// The status table (CSV).
        file: PathBuf,
        /// untoc, tip, som or firearms.
        #[arg(long, value_parser = parse_instrument)]
        instrument: Instrument,
        /// The snapshot's "status as at" date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        as_of: time::Date,
        /// Layout of FILE.
        #[arg(long, value_enum, default_value = "auto")]
        format: ImportFormat,
        /// Accept a snapshot that omits participants the current data list
        /// (refused by default: UN status tables never drop a participant,
        /// so such a file is usually truncated or for another instrument).
        #[arg(long)]
        allow_removals: bool,
        /// Check the file and print what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write an instrument's current status in Palermo's CSV (re-importable).
    Export {
        /// untoc, tip, som or firearms.
        #[arg(long, value_parser = parse_instrument)]
        instrument: Instrument,
    },
}

/// Runs `palermo treaty …`.
pub fn run(db: &str, cmd: TreatyCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        let result: anyhow::Result<()> = async {
            match cmd {
                TreatyCommand::Status {
                    instrument,
                    not_party,
                    region,
                    as_of,
                    format,
                } => {
                    let countries: HashMap<String, Country> = store
                        .countries()
                        .await?
                        .into_iter()
                        .map(|c| (c.iso3.clone(), c))
                        .collect();
                    if let Some(r) = &region {
                        if r.trim().is_empty()
                            || !countries.values().any(|c| c.region.eq_ignore_ascii_case(r))
                        {
                            anyhow::bail!(tr!(
                                "cli-treaty-unknown-region",
                                region = format!("{r:?}")
                            ));
                        }
                    }
                    let mut records = Vec::new();
                    let mut notes = Vec::new();
                    for i in instrument
                        .map(|i| vec![i])
                        .unwrap_or_else(|| Instrument::ALL.to_vec())
                    {
                        let rows = store.treaty_status(Some(i)).await?;
                        let snapshot = store.treaty_snapshot(i).await?;
                        let snapshot_as_of =
                            snapshot.as_ref().map_or(i.info().adopted, |s| s.as_of);
                        if let Some(s) = &snapshot {
                            let (name, date) = (instrument_name(i), iso(s.as_of));
                            notes.push(match as_of {
                                Some(d) if d > s.as_of => tr!(
                                    "cli-treaty-status-as-at-after",
                                    instrument = name,
                                    date = date,
                                    asked = iso(d)
                                ),
                                Some(d) => tr!(
                                    "cli-treaty-status-as-at-on",
                                    instrument = name,
                                    date = date,
                                    asked = iso(d)
                                ),
                                None => {
                                    tr!("cli-treaty-status-as-at", instrument = name, date = date)
                                }
                            });
                        }
                        records.extend(select_participants(
                            &rows,
                            i,
                            &countries,
                            snapshot_as_of,
                            as_of,
                            not_party,
                            region.as_deref(),
                        ));
                    }
                    print_status(&records, format, &notes)
                }
                TreatyCommand::Import {
                    file,
                    instrument,
                    as_of,
                    format,
                    allow_removals,
                    dry_run,
                } => {
                    let name = file.display().to_string();
                    if !file.is_file() {
                        anyhow::bail!(tr!("cli-treaty-not-a-file", file = name.as_str()));
                    }
                    let f = std::fs::File::open(&file)
                        .with_context(|| tr!("cli-opening-file", file = name.as_str()))?;
                    let index = store.country_index().await?;
                    let format = match format {
                        ImportFormat::Auto => None,
                        ImportFormat::Untc => Some(StatusFormat::Untc),
                        ImportFormat::Palermo => Some(StatusFormat::Palermo),
                    };
                    let table = match read_status(&name, f, instrument, as_of, format, &index) {
                        Ok(t) => t,
                        Err(e) => {
                            for err in e.errors() {
                                eprintln!("{err}");
                            }
                            anyhow::bail!(tr!(
                                "cli-treaty-rejected-errors",
                                file = name.as_str(),
                                count = e.errors().len()
                            ));
                        }
                    };
                    for w in &table.warnings {
                        eprintln!("{}", tr!("cli-warning", message = w.to_string()));
                    }
                    // Record the file's name only: a local path may say more than it should.
                    let base = file
                        .file_name()
                        .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
                    let source = format!("status table {base}");
                    let options = palermo_store::TreatyImportOptions {
                        allow_removals,
                        dry_run,
                    };
                    let diff = match store
                        .import_treaty_status(instrument, as_of, &source, &table.rows, options)
                        .await
                    {
                        Ok(d) => d,
                        Err(palermo_store::StoreError::Rejected(why)) => {
                            anyhow::bail!(tr!(
                                "cli-treaty-rejected",
                                file = name.as_str(),
                                reason = why.to_string()
                            ))
                        }
                        Err(e) => return Err(e.into()),
                    };
                    if dry_run {
                        println!("{}", t("cli-dry-run"));
                    }
                    let mut out = std::io::stdout().lock();
                    let read = tr!(
                        "cli-treaty-read",
                        instrument = instrument_name(instrument),
                        count = table.rows.len(),
                        file = name.as_str(),
                        date = iso(as_of)
                    );
                    writeln!(out, "{read}")?;
                    if diff.is_empty() {
                        writeln!(out, "{}", t("cli-treaty-no-changes"))?;
                    }
                    for p in &diff.new_signatures {
                        writeln!(
                            out,
                            "{}",
                            tr!("cli-treaty-new-signature", participant = p.as_str())
                        )?;
                    }
                    for (p, kind, date) in &diff.new_parties {
                        let line = tr!(
                            "cli-treaty-new-party",
                            participant = p.as_str(),
                            kind = kind.to_string(),
                            date = date.to_string()
                        );
                        writeln!(out, "{line}")?;
                    }
                    for p in &diff.changed {
                        writeln!(
                            out,
                            "{}",
                            tr!("cli-treaty-changed", participant = p.as_str())
                        )?;
                    }
                    for p in &diff.removed {
                        writeln!(
                            out,
                            "{}",
                            tr!("cli-treaty-removed", participant = p.as_str())
                        )?;
                    }
                    for (old, new) in &diff.renamed {
                        writeln!(
                            out,
                            "{}",
                            tr!("cli-treaty-renamed", old = old.as_str(), new = new.as_str())
                        )?;
                    }
                    let summary = tr!(
                        "cli-treaty-summary",
                        signatures = diff.new_signatures.len(),
                        parties = diff.new_parties.len(),
                        changed = diff.changed.len(),
                        removed = diff.removed.len(),
                        renamed = diff.renamed.len(),
                        unchanged = diff.unchanged
                    );
                    if diff.recorded {
                        writeln!(out, "{summary}")?;
                    } else {
                        writeln!(out, "{summary} {}", t("cli-treaty-nothing-recorded"))?;
                    }
                    Ok(())
                }
                TreatyCommand::Export { instrument } => {
                    let rows = store.treaty_status(Some(instrument)).await?;
                    write_palermo_csv(std::io::stdout().lock(), &rows)?;
                    Ok(())
                }
            }
        }
        .await;
        store.close().await;
        result
    })
}

fn print_status(
    records: &[StatusRecord],
    format: OutputFormat,
    notes: &[String],
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, records)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => {
            let mut w = palermo_model::csv_out::CsvWriter::new(out);
            for row in palermo_model::treaty::status_csv_rows(records) {
                w.write_record(row)?;
            }
            w.flush()?;
        }
        OutputFormat::Table => {
            let width = records
                .iter()
                .map(|r| r.participant.chars().count())
                .max()
                .unwrap_or(11)
                .max(11);
            writeln!(
                out,
                "{:<width$}  {:<4}  {:<8}  {:<10}  {:<10}  {:<19}  {}",
                t("cli-treaty-col-participant"),
                t("cli-treaty-col-iso3"),
                t("cli-treaty-col-instrument"),
                t("cli-treaty-col-signature"),
                t("cli-treaty-col-consent"),
                t("cli-treaty-col-kind"),
                t("cli-treaty-col-party"),
            )?;
            let (yes, no) = (t("cli-yes"), t("cli-no"));
            for r in records {
                writeln!(
                    out,
                    "{:<width$}  {:<4}  {:<8}  {:<10}  {:<10}  {:<19}  {}",
                    r.participant,
                    r.iso3.as_deref().unwrap_or("-"),
                    r.instrument.code(),
                    r.signature_date.as_deref().unwrap_or("-"),
                    r.consent_date.as_deref().unwrap_or("-"),
                    r.consent_type.map(|c| c.as_str()).unwrap_or("-"),
                    if r.party { &yes } else { &no },
                )?;
            }
            let parties = records.iter().filter(|r| r.party).count();
            writeln!(
                out,
                "{}",
                tr!("cli-treaty-rows", rows = records.len(), parties = parties)
            )?;
            for n in notes {
                writeln!(out, "{n}")?;
            }
        }
    }
    Ok(())
}
