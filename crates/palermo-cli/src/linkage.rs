//! `palermo linkage …`: wiring for the record linkage crate.
//!
//! `encode` runs on the data holder's machine: it reads identifiers and
//! writes CLKs, and nothing else leaves it. It never prints a value from
//! the identifiers file nor the secret.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::lang::{t, tr};
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use palermo_linkage::{
    clks_to_json, identical_groups, link, similarity_histogram, Blocking, ClkSet, EncodeError,
    Encoder, Kernel, LinkOptions, LshParams, Schema, SolverOptions, MIN_SECRET_BYTES,
};

/// Subcommands of `palermo linkage`.
#[derive(Debug, clap::Subcommand)]
pub enum LinkageCommand {
    /// Encode a CSV of identifiers into CLKs (clkhash 0.18 compatible).
    ///
    /// Runs offline on the data holder's machine. The CSV's header must name
    /// the schema's features in order. Writes clkhash's JSON
    /// ({"clks": [base64, …]}), one CLK per record in file order.
    Encode(EncodeArgs),
    /// Match CLK files: candidate pairs by Dice coefficient, greedy
    /// one-to-one matching, clusters across k lists.
    ///
    /// Writes one CSV row per matched pair (file_a, index_a, file_b,
    /// index_b, similarity; 0-based record positions) and, with
    /// --capture-histories, the table that `palermo mse` reads.
    Match(MatchArgs),
    /// Overlap counts per pair of lists and the similarity histogram, to
    /// choose the threshold.
    Report(ReportArgs),
}

/// Arguments of `palermo linkage encode`.
#[derive(Debug, clap::Args)]
pub struct EncodeArgs {
    /// Identifiers: CSV with a header row matching the schema's features.
    pub identifiers: PathBuf,
    /// Linkage schema (clkhash JSON, version 1, 2 or 3).
    #[arg(long)]
    pub schema: PathBuf,
    /// File holding the shared secret (at least 16 bytes; one trailing
    /// newline is ignored). Never printed.
    #[arg(long)]
    pub secret_file: PathBuf,
    /// Output file for the CLKs.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Skip validating values against the schema's formats (clkhash's
    /// --no-validate).
    #[arg(long)]
    pub no_validate: bool,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments shared by `match` and `report`.
#[derive(Debug, clap::Args)]
pub struct ListsArgs {
    /// CLK files, one per list (clkhash JSON). Two or more.
    #[arg(required = true, num_args = 2..)]
    pub clks: Vec<PathBuf>,
    /// Dice coefficient a pair needs to be a candidate (0 < T ≤ 1).
    #[arg(short, long, default_value_t = 0.8)]
    pub threshold: f64,
    /// Names of the lists, comma-separated (default: file names without
    /// extension). Used as column names of the capture histories.
    #[arg(long, value_delimiter = ',')]
    pub names: Option<Vec<String>>,
    /// Solver: `greedy` (anonlink's greedy_solve) or `probabilistic`
    /// (anonlink's probabilistic_greedy_solve with --merge-threshold).
    #[arg(long, default_value = "greedy", value_parser = ["greedy", "probabilistic"])]
    pub solver: String,
    /// Share of pairs between two clusters that must be candidates for them
    /// to merge (probabilistic solver only).
    #[arg(long, default_value_t = 0.5)]
    pub merge_threshold: f64,
    /// Candidate generation: `none` (exact: every pair within the popcount
    /// bound) or `lsh` (Hamming LSH bit sampling: faster on large lists,
    /// misses some pairs).
    #[arg(long, default_value = "none", value_parser = ["none", "lsh"])]
    pub blocking: String,
    /// LSH: number of hash tables.
    #[arg(long, default_value_t = 100)]
    pub lsh_tables: u32,
    /// LSH: bits sampled per table.
    #[arg(long, default_value_t = 24)]
    pub lsh_bits: u32,
    /// LSH: seed of the sampled positions.
    #[arg(long, default_value_t = 42)]
    pub lsh_seed: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Popcount kernel: auto, avx512, avx2, popcnt or portable.
    #[arg(long, default_value = "auto", value_parser = ["auto", "avx512", "avx2", "popcnt", "portable"])]
    pub kernel: String,
}

/// Arguments of `palermo linkage match`.
#[derive(Debug, clap::Args)]
pub struct MatchArgs {
    #[command(flatten)]
    pub lists: ListsArgs,
    /// Matched pairs CSV (default: standard output).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also write capture histories here, in `palermo mse`'s input format.
    #[arg(long)]
    pub capture_histories: Option<PathBuf>,
}

/// Arguments of `palermo linkage report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub lists: ListsArgs,
    /// Histogram bins over [0, 1].
    #[arg(long, default_value_t = 20)]
    pub bins: usize,
    /// Histogram floor: pairs below it are counted, not binned (0 bins every
    /// pair; a higher floor lets the popcount bound skip work).
    #[arg(long, default_value_t = 0.0)]
    pub floor: f64,
}

/// Runs `palermo linkage …`; a `match` is recorded in the audit trail of
/// the database `db` (`encode` runs on the data holder's machine, with no
/// database).
pub fn run(db: &str, cmd: LinkageCommand) -> Result<()> {
    match cmd {
        LinkageCommand::Encode(a) => with_threads(a.threads, || encode(&a)),
        LinkageCommand::Match(a) => with_threads(a.lists.threads, || run_match(db, &a)),
        LinkageCommand::Report(a) => with_threads(a.lists.threads, || report(&a)),
    }
}

fn with_threads<R: Send>(
    threads: Option<usize>,
    f: impl FnOnce() -> Result<R> + Send,
) -> Result<R> {
    match threads {
        None => f(),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .with_context(|| t("cli-linkage-threads"))?
            .install(f),
    }
}

/// Reads the secret: bytes of the file less one trailing newline.
fn read_secret(path: &Path) -> Result<Vec<u8>> {
    let mut s = std::fs::read(path).with_context(|| {
        tr!(
            "cli-linkage-secret-unreadable",
            file = path.display().to_string()
        )
    })?;
    if s.last() == Some(&b'\n') {
        s.pop();
        if s.last() == Some(&b'\r') {
            s.pop();
        }
    }
    if s.len() < MIN_SECRET_BYTES {
        bail!(tr!(
            "cli-linkage-secret-short",
            file = path.display().to_string(),
            bytes = s.len(),
            min = MIN_SECRET_BYTES
        ));
    }
    Ok(s)
}

fn read_schema(path: &Path) -> Result<Schema> {
    let text = std::fs::read_to_string(path).with_context(|| {
        tr!(
            "cli-linkage-schema-unreadable",
            file = path.display().to_string()
        )
    })?;
    Schema::from_json_str(&text).with_context(|| {
        tr!(
            "cli-linkage-schema-invalid",
            file = path.display().to_string()
        )
    })
}

fn bar(len: u64, quiet: bool, what: &str) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(len);
    // The message's words around indicatif's own fields (braces in the
    // words are escaped: they are text, not fields).
    let escape = |s: String| s.replace('{', "{{").replace('}', "}}");
    let rest = escape(tr!("cli-linkage-progress", rate = "\u{1}", eta = "\u{2}"))
        .replace('\u{1}', "{per_sec}")
        .replace('\u{2}', "{eta}");
    if let Ok(style) = ProgressStyle::with_template(&format!(
        "{} {{bar:40}} {{pos}}/{{len}} {rest}",
        escape(what.to_owned())
    )) {
        pb.set_style(style);
    }
    pb
}

fn encode(a: &EncodeArgs) -> Result<()> {
    let schema = read_schema(&a.schema)?;
    for w in &schema.warnings {
        eprintln!(
            "{}",
            tr!(
                "cli-warning",
                message = format!("{}: {w}", a.schema.display())
            )
        );
    }
    let secret = read_secret(&a.secret_file)?;
    let encoder = Encoder::new(schema, &secret).with_context(|| {
        tr!(
            "cli-linkage-no-keys",
            file = a.secret_file.display().to_string()
        )
    })?;
    drop(secret);

    let file = a.identifiers.display().to_string();
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&a.identifiers)
        .with_context(|| tr!("cli-linkage-identifiers-unreadable", file = file.as_str()))?;
    let header: Vec<String> = rdr
        .headers()
        .with_context(|| tr!("cli-linkage-header-unreadable", file = file.as_str()))?
        .iter()
        .map(str::to_owned)
        .collect();
    encoder.check_header(&header).with_context(|| {
        tr!(
            "cli-linkage-header-mismatch",
            file = file.as_str(),
            schema = a.schema.display().to_string()
        )
    })?;
    // every record is read and checked; bad ones are reported together
    let mut records = Vec::new();
    let mut read_errors = Vec::new();
    let mut n_read_errors = 0usize;
    for r in rdr.records() {
        match r {
            Ok(r) => records.push(r),
            Err(e) => {
                n_read_errors += 1;
                if read_errors.len() < MAX_REPORTED_ERRORS {
                    let line = e.position().map(|p| at_line(p.line())).unwrap_or_default();
                    read_errors.push(tr!(
                        "cli-linkage-record-unreadable",
                        file = file.as_str(),
                        line = line,
                        reason = read_reason(&e)
                    ));
                }
            }
        }
    }
    if n_read_errors > 0 {
        report_bad_records(&file, &read_errors, n_read_errors);
    }
    if records.is_empty() && n_read_errors == 0 {
        bail!(tr!("cli-linkage-empty-list", file = file.as_str()));
    }

    let started = Instant::now();
    let pb = bar(records.len() as u64, a.quiet, &t("cli-linkage-encoding"));
    let rows: Vec<Vec<&str>> = records.iter().map(|r| r.iter().collect()).collect();
    let result = encoder.encode_all(&rows, !a.no_validate, &|n| pb.inc(n as u64));
    pb.finish_and_clear();
    let line_of = |record: usize| {
        records
            .get(record)
            .and_then(|r| r.position())
            .map(|p| at_line(p.line()))
            .unwrap_or_default()
    };
    let clks = match result {
        Ok(c) if n_read_errors == 0 => c,
        Ok(_) => bail!(tr!(
            "cli-linkage-bad-records",
            file = file.as_str(),
            count = n_read_errors.to_string()
        )),
        Err(errs) => {
            let shown: Vec<String> = errs
                .errors
                .iter()
                .take(MAX_REPORTED_ERRORS.saturating_sub(read_errors.len()))
                .map(|e| match e {
                    EncodeError::Value {
                        record,
                        column,
                        reason,
                    } => {
                        tr!(
                            "cli-linkage-bad-value",
                            file = file.as_str(),
                            line = line_of(*record),
                            column = column.as_str(),
                            reason = reason.to_string()
                        )
                    }
                    EncodeError::FieldCount {
                        record,
                        found,
                        expected,
                    } => tr!(
                        "cli-linkage-field-count",
                        file = file.as_str(),
                        line = line_of(*record),
                        found = found.to_string(),
                        expected = expected.to_string()
                    ),
                    e => format!("{file}: {e}"),
                })
                .collect();
            let total = errs.total + n_read_errors;
            report_bad_records(&file, &shown, errs.total);
            bail!(tr!(
                "cli-linkage-bad-records",
                file = file.as_str(),
                count = total.to_string()
            ));
        }
    };
    let elapsed = started.elapsed().as_secs_f64();
    std::fs::write(&a.output, clks_to_json(&clks)).with_context(|| {
        tr!(
            "cli-linkage-clks-unwritable",
            file = a.output.display().to_string()
        )
    })?;
    let set = ClkSet::from_clks(&clks).with_context(|| t("cli-linkage-no-clk"))?;
    let density = set.mean_density();
    eprintln!(
        "{}",
        tr!(
            "cli-linkage-encoded",
            count = clks.len().to_string(),
            file = file.as_str(),
            output = a.output.display().to_string(),
            seconds = format!("{elapsed:.2}"),
            rate = format!("{:.0}", clks.len() as f64 / elapsed.max(1e-9)),
            density = format!("{density:.3}")
        )
    );
    warn_identical(&file, &clks, &line_of);
    if density > 0.5 {
        eprintln!(
            "{}",
            tr!(
                "cli-warning",
                message = tr!(
                    "cli-linkage-dense",
                    percent = format!("{:.0}", density * 100.0)
                )
            )
        );
    }
    Ok(())
}

/// Most bad records printed by `encode` (library errors and unreadable
/// records together).
const MAX_REPORTED_ERRORS: usize = palermo_linkage::encode::MAX_REPORTED_ERRORS;

/// `line N`, after `, ` (the place of a record in a message).
fn at_line(line: u64) -> String {
    format!(", {}", tr!("cli-linkage-line", line = line.to_string()))
}

/// Prints bad records, one a line, and how many more there were.
fn report_bad_records(file: &str, shown: &[String], total: usize) {
    for m in shown {
        eprintln!("{}", tr!("cli-error", message = m.as_str()));
    }
    if total > shown.len() {
        let more = tr!(
            "cli-linkage-more-bad-records",
            file = file,
            count = (total - shown.len()).to_string()
        );
        eprintln!("{}", tr!("cli-error", message = more));
    }
}

/// The reason of a CSV read error, without the record's content.
fn read_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            tr!(
                "cli-linkage-not-utf8",
                field = (err.field() + 1).to_string()
            )
        }
        csv::ErrorKind::Io(_) => t("cli-linkage-input-error"),
        _ => t("cli-linkage-malformed-csv"),
    }
}

/// Most groups of identical CLKs described, and most lines named per group.
const MAX_GROUPS_SHOWN: usize = 5;
const MAX_LINES_SHOWN: usize = 10;

/// Warns when records produce identical CLKs: the matcher cannot tell
/// them apart, so a placeholder shared by many records (an "unknown"
/// name or date) makes them look like one person.
fn warn_identical(file: &str, clks: &[palermo_linkage::Clk], line_of: &dyn Fn(usize) -> String) {
    let groups = identical_groups(clks);
    if groups.is_empty() {
        return;
    }
    let in_groups: usize = groups.iter().map(Vec::len).sum();
    let warn = |m: String| eprintln!("{}", tr!("cli-warning", message = m));
    warn(tr!(
        "cli-linkage-identical",
        file = file,
        shared = in_groups.to_string(),
        records = clks.len().to_string(),
        groups = groups.len()
    ));
    for g in groups.iter().take(MAX_GROUPS_SHOWN) {
        let mut lines: Vec<String> = g
            .iter()
            .take(MAX_LINES_SHOWN)
            .map(|&r| line_of(r).trim_start_matches(", ").to_string())
            .collect();
        if g.len() > MAX_LINES_SHOWN {
            lines.push(tr!(
                "cli-linkage-more",
                count = (g.len() - MAX_LINES_SHOWN).to_string()
            ));
        }
        warn(tr!(
            "cli-linkage-one-clk",
            file = file,
            count = g.len().to_string(),
            lines = lines.join(", ")
        ));
    }
    if groups.len() > MAX_GROUPS_SHOWN {
        warn(tr!(
            "cli-linkage-more-groups",
            file = file,
            count = (groups.len() - MAX_GROUPS_SHOWN).to_string()
        ));
    }
}

struct Lists {
    names: Vec<String>,
    files: Vec<String>,
    sets: Vec<ClkSet>,
    /// The files' bytes, each after its length (8 bytes, big-endian): what
    /// the audit entry's digest covers.
    input: Vec<u8>,
}

fn load_lists(a: &ListsArgs) -> Result<Lists> {
    let mut sets = Vec::new();
    let mut files = Vec::new();
    let mut input = Vec::new();
    for p in &a.clks {
        let bytes = std::fs::read(p).with_context(|| {
            tr!(
                "cli-linkage-clks-unreadable",
                file = p.display().to_string()
            )
        })?;
        input.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        input.extend_from_slice(&bytes);
        let set = ClkSet::from_json_slice(&bytes)
            .with_context(|| tr!("cli-linkage-clks-invalid", file = p.display().to_string()))?;
        if let Some(first) = sets.first() {
            let first: &ClkSet = first;
            if first.bits() != set.bits() {
                bail!(tr!(
                    "cli-linkage-bits-differ",
                    file = p.display().to_string(),
                    bits = set.bits().to_string(),
                    first = a.clks[0].display().to_string(),
                    first_bits = first.bits().to_string()
                ));
            }
        }
        files.push(p.display().to_string());
        sets.push(set);
    }
    let names: Vec<String> = match &a.names {
        Some(n) => {
            if n.len() != a.clks.len() {
                bail!(tr!(
                    "cli-linkage-names-count",
                    names = n.len().to_string(),
                    lists = a.clks.len().to_string()
                ));
            }
            n.clone()
        }
        None => a
            .clks
            .iter()
            .map(|p| {
                p.file_stem().map_or_else(
                    || p.display().to_string(),
                    |s| s.to_string_lossy().into_owned(),
                )
            })
            .collect(),
    };
    let mut seen = HashSet::new();
    for n in &names {
        if n.is_empty() || n == "count" || n.contains([',', '"', '\n']) {
            bail!(tr!("cli-linkage-bad-list-name", name = format!("{n:?}")));
        }
        if !seen.insert(n) {
            bail!(tr!("cli-linkage-same-list-name", name = format!("{n:?}")));
        }
    }
    Ok(Lists {
        names,
        files,
        sets,
        input,
    })
}

fn options(a: &ListsArgs) -> Result<LinkOptions> {
    let mut o = LinkOptions::new(a.threshold);
    if !(a.threshold > 0.0 && a.threshold <= 1.0) {
        bail!(tr!(
            "cli-linkage-bad-threshold",
            value = a.threshold.to_string()
        ));
    }
    o.solver = match a.solver.as_str() {
        "probabilistic" => SolverOptions {
            merge_threshold: a.merge_threshold,
            one_per_list: true,
        },
        _ => SolverOptions::default(),
    };
    o.blocking = match a.blocking.as_str() {
        "lsh" => Blocking::Lsh(LshParams {
            tables: a.lsh_tables.max(1),
            bits: a.lsh_bits.clamp(1, 64),
            seed: a.lsh_seed,
        }),
        _ => Blocking::None,
    };
    o.kernel = match a.kernel.as_str() {
        "avx512" => Kernel::Avx512,
        "avx2" => Kernel::Avx2,
        "popcnt" => Kernel::Popcnt,
        "portable" => Kernel::Portable,
        _ => Kernel::detect(),
    };
    Ok(o)
}

fn spinner(msg: &str) -> ProgressBar {
    let pb = ProgressBar::new_spinner();
    pb.set_message(msg.to_owned());
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

fn run_match(db: &str, a: &MatchArgs) -> Result<()> {
    let lists = load_lists(&a.lists)?;
    let opts = options(&a.lists)?;
    let started = Instant::now();
    let pb = spinner(&t("cli-linkage-matching"));
    let linkage = link(&lists.sets, &opts).with_context(|| t("cli-linkage-cannot-link"))?;
    pb.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();

    crate::audit_computation(
        db,
        "linkage.match",
        &format!(
            "{} lists, threshold {}, solver {}, blocking {}",
            lists.sets.len(),
            a.lists.threshold,
            a.lists.solver,
            a.lists.blocking
        ),
        &lists.input,
    )?;
    let mut out = String::from("file_a,index_a,file_b,index_b,similarity\n");
    for m in &linkage.matched_pairs {
        let sim = m.sim.map(|s| format!("{s:?}")).unwrap_or_default();
        writeln!(
            out,
            "{},{},{},{},{}",
            csv_field(&lists.files[m.r0.0 as usize]),
            m.r0.1,
            csv_field(&lists.files[m.r1.0 as usize]),
            m.r1.1,
            sim
        )?;
    }
    match &a.output {
        Some(p) => std::fs::write(p, out).with_context(|| {
            tr!(
                "cli-linkage-matches-unwritable",
                file = p.display().to_string()
            )
        })?,
        None => print!("{out}"),
    }
    if let Some(p) = &a.capture_histories {
        std::fs::write(p, capture_csv(&lists.names, &linkage)).with_context(|| {
            tr!(
                "cli-linkage-histories-unwritable",
                file = p.display().to_string()
            )
        })?;
    }
    let s = linkage.stats;
    eprintln!(
        "{}",
        tr!(
            "cli-linkage-matched",
            lists = linkage.lists.to_string(),
            clusters = linkage.clusters.len().to_string(),
            pairs = linkage.matched_pairs.len().to_string(),
            individuals = linkage.individuals().to_string(),
            considered = s.pairs.to_string(),
            computed = s.computed.to_string(),
            seconds = format!("{elapsed:.3}"),
            rate = format!("{:.1}", s.pairs as f64 / elapsed.max(1e-9) / 1e6),
            kernel = format!("{:?}", opts.kernel),
            threads = rayon::current_num_threads().to_string()
        )
    );
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn capture_csv(names: &[String], linkage: &palermo_linkage::Linkage) -> String {
    let mut s = names.join(",");
    s.push_str(",count\n");
    for (pat, n) in linkage.capture_histories() {
        for f in pat {
            s.push_str(if f { "1," } else { "0," });
        }
        let _ = writeln!(s, "{n}");
    }
    s
}

fn report(a: &ReportArgs) -> Result<()> {
    let lists = load_lists(&a.lists)?;
    let opts = options(&a.lists)?;
    if !(0.0..=1.0).contains(&a.floor) {
        bail!(tr!("cli-linkage-bad-floor", value = a.floor.to_string()));
    }
    let pb = spinner(&t("cli-linkage-matching"));
    let linkage = link(&lists.sets, &opts).with_context(|| t("cli-linkage-cannot-link"))?;
    pb.finish_and_clear();
    let mut o = String::new();
    writeln!(o, "{}", t("cli-linkage-report-lists"))?;
    for (n, s) in lists.names.iter().zip(&lists.sets) {
        writeln!(
            o,
            "  {}",
            tr!(
                "cli-linkage-report-list",
                name = n.as_str(),
                clks = s.len().to_string(),
                bits = s.bits().to_string(),
                density = format!("{:.3}", s.mean_density())
            )
        )?;
    }
    writeln!(
        o,
        "\n{}",
        tr!(
            "cli-linkage-report-matches",
            threshold = a.lists.threshold.to_string(),
            solver = a.lists.solver.as_str(),
            blocking = a.lists.blocking.as_str()
        )
    )?;
    writeln!(
        o,
        "  {:<30} {:>12} {:>10}",
        t("cli-linkage-report-pair"),
        t("cli-linkage-report-candidates"),
        t("cli-linkage-report-matched")
    )?;
    for pc in &linkage.pair_counts {
        writeln!(
            o,
            "  {:<30} {:>12} {:>10}",
            format!("{} – {}", lists.names[pc.list_a], lists.names[pc.list_b]),
            pc.candidates,
            pc.matches
        )?;
    }
    writeln!(
        o,
        "  {}",
        tr!(
            "cli-linkage-report-clusters",
            clusters = linkage.clusters.len().to_string(),
            individuals = linkage.individuals().to_string()
        )
    )?;
    writeln!(o, "\n{}", t("cli-linkage-report-histories"))?;
    o.push_str(&indent(&capture_csv(&lists.names, &linkage)));
    for i in 0..lists.sets.len() {
        for j in i + 1..lists.sets.len() {
            let pb = spinner(&t("cli-linkage-histogram"));
            let h =
                similarity_histogram(&lists.sets[i], &lists.sets[j], a.floor, a.bins, opts.kernel);
            pb.finish_and_clear();
            let title = if a.floor > 0.0 {
                tr!(
                    "cli-linkage-report-dice-floor",
                    a = lists.names[i].as_str(),
                    b = lists.names[j].as_str(),
                    below = h.below_floor.to_string(),
                    floor = a.floor.to_string()
                )
            } else {
                tr!(
                    "cli-linkage-report-dice",
                    a = lists.names[i].as_str(),
                    b = lists.names[j].as_str()
                )
            };
            writeln!(o, "\n{title}")?;
            let max = h.counts.iter().copied().max().unwrap_or(0).max(1);
            let first = h.counts.iter().position(|&c| c > 0).unwrap_or(0);
            for (k, &c) in h.counts.iter().enumerate().skip(first) {
                let lo = h.bin_start(k);
                let hi = h.bin_start(k + 1);
                // Logarithmic bars: matches are a sliver of all pairs.
                let width = if c == 0 {
                    0
                } else {
                    (1.0 + 39.0 * (c as f64).ln() / (max as f64).ln().max(1e-9)).round() as usize
                };
                let mark = if lo <= a.lists.threshold && a.lists.threshold < hi {
                    format!("  ← {}", t("cli-linkage-report-threshold"))
                } else {
                    String::new()
                };
                writeln!(
                    o,
                    "  [{lo:.2}, {hi:.2}) {c:>12} {}{mark}",
                    "#".repeat(width)
                )?;
            }
        }
    }
    print!("{o}");
    Ok(())
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("  {l}\n")).collect()
}
