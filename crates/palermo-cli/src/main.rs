//! `palermo`: the platform's one binary. Each subcommand is a role.
//!
//! This crate parses arguments and wires the library crates together; it
//! holds no domain logic.

use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod account;
mod cases;
mod db;
mod help;
mod lang;
mod linkage;
mod mse;
mod release;
mod serve;
mod stats;
mod treaty;

/// Palermo: treaty status, trafficking statistics, record linkage and
/// multiple systems estimation for the fight against trafficking in persons.
///
/// Every command uses the same database: the SQLite file `palermo.db` in
/// the working directory unless `--db` or `PALERMO_DB` names another file
/// (`PATH` or `sqlite:PATH`) or a PostgreSQL database
/// (`postgres://user:password@host:port/database`). Whichever command first
/// opens a new database creates, migrates and seeds it with the bundled
/// reference data.
#[derive(Debug, Parser)]
// No bare `about`: that would take the package's description (a note for
// developers) instead of this doc comment (issue #13, item 18). Every text
// is then replaced by `help.ftl`'s in the run's language (`help::localize`).
#[command(name = "palermo", version, propagate_version = true)]
struct Cli {
    /// Database: an SQLite file (`PATH` or `sqlite:PATH`, created, migrated
    /// and seeded on first use) or `postgres://user:password@host:port/db`
    /// (migrated and seeded on first use). Prefer `PALERMO_DB` for a URL
    /// with a password: a command line is visible to other users.
    #[arg(
        long,
        global = true,
        env = "PALERMO_DB",
        default_value = "palermo.db",
        hide_env_values = true
    )]
    db: String,

    /// Language of the messages: ar, zh, en, fr, ru or es (default: the
    /// POSIX locale, LC_ALL, LC_MESSAGES or LANG, if it names one of the
    /// six, else English). `--help` is in this language too.
    #[arg(long, global = true, env = "PALERMO_LANG", value_parser = lang::parse)]
    lang: Option<palermo_i18n::Lang>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the web platform and the JSON API (http://127.0.0.1:8080 by default).
    Serve(serve::ServeArgs),
    /// Treaty tracker: status of the Convention and its Protocols.
    #[command(subcommand)]
    Treaty(treaty::TreatyCommand),
    /// National statistics (UNODC GLOTIP): import, indicators, conflicts.
    #[command(subcommand)]
    Stats(stats::StatsCommand),
    /// Victim case records (HTCDS / CTDC): import, protected indicators.
    #[command(subcommand)]
    Cases(cases::CasesCommand),
    /// Multiple systems estimation: estimate the hidden number of victims
    /// from the overlaps between lists.
    Mse(mse::MseArgs),
    /// Privacy-preserving record linkage with Bloom-filter CLKs.
    #[command(subcommand)]
    Linkage(linkage::LinkageCommand),
    /// The database: status, migrations, backup.
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Accounts: add, list, disable, reset-password (the first
    /// administrator is created here; there is no default password).
    #[command(subcommand)]
    User(account::UserCommand),
    /// API tokens for scripts: create (shown once), list, revoke.
    #[command(subcommand)]
    Token(account::TokenCommand),
    /// The audit trail: verify its hash chain, export it as CSV.
    #[command(subcommand)]
    Audit(account::AuditCommand),
}

/// At most this many characters of a message reach the terminal.
pub(crate) const MAX_MESSAGE_CHARS: usize = 2_000;

/// `msg` cut to [`MAX_MESSAGE_CHARS`] characters, saying how much was left
/// out: whatever a message carries (a file name, a library's error text),
/// a 100 MB input line never fills the terminal.
pub(crate) fn bounded(msg: &str) -> std::borrow::Cow<'_, str> {
    match msg.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => std::borrow::Cow::Borrowed(msg),
        Some((cut, _)) => std::borrow::Cow::Owned(format!(
            "{}{}",
            &msg[..cut],
            lang::tr!("cli-left-out", bytes = msg.len() - cut)
        )),
    }
}

/// The database location of `--db`; the error names no password (nor the
/// text given, which may hold one).
pub(crate) fn database_url(db: &str) -> anyhow::Result<palermo_store::DatabaseUrl> {
    db.parse::<palermo_store::DatabaseUrl>()
        .with_context(|| "--db (or PALERMO_DB)".to_owned())
}

/// Opens (creating, migrating and seeding if needed) the database.
pub(crate) async fn open_store(db: &str) -> anyhow::Result<palermo_store::Store> {
    let url = database_url(db)?;
    palermo_store::Store::connect_to(&url)
        .await
        .with_context(|| lang::tr!("cli-opening-database", url = url.to_string()))
}

/// Records a computation (`linkage.match`, `mse.estimate`) in the audit
/// trail of the database `db` (issue #12, item 8): who `cli`, from where
/// `cli`, now, `detail` (method, number of lists) and the keyed digest of
/// `input`, never the input ([`palermo_store::Store::audit_computation`]).
/// Called before the result is shown: a computation the trail cannot
/// record shows nothing.
pub(crate) fn audit_computation(
    db: &str,
    action: &str,
    detail: &str,
    input: &[u8],
) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let store = open_store(db).await?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let r = store
            .audit_computation(
                action,
                detail,
                input,
                &palermo_store::accounts::AuditContext::cli(now),
            )
            .await;
        store.close().await;
        r.map(|_| ())
            .with_context(|| lang::tr!("cli-audit-failed", action = action.to_owned()))
    })
}

/// A Tokio runtime for the commands that use the store.
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .with_context(|| lang::t("cli-starting-runtime"))
}

/// The process's allocator: jemalloc (`tikv-jemallocator`), not glibc's
/// malloc. A server reloads its statistics after every import (a copy of
/// 46,556 cells, hundreds of thousands of small allocations, made on
/// whichever worker thread runs the reload) while rendered pages come and
/// go in the response cache; glibc's per-thread arenas kept what those
/// copies had freed (227 MiB after an import loop against 73 MiB idle,
/// BENCHMARKS.md, "The server under abuse"), jemalloc returns freed pages
/// to the system after a few seconds (its decay).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    // An empty PALERMO_LANG means unset, as POSIX treats an empty LANG
    // (clap would refuse "" as a language). At start, one thread.
    if std::env::var_os("PALERMO_LANG").is_some_and(|v| v.is_empty()) {
        std::env::remove_var("PALERMO_LANG");
    }
    // The language is known before clap renders help or a refusal: read
    // from the raw arguments, the environment and the locale (the same
    // rules as `--lang`'s parsed value, which therefore agrees).
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    lang::set(help::lang_from_args(&argv, |k| std::env::var(k).ok()));
    // Parsed first with the plain command tree: translating the whole tree
    // (`help::localize`) costs milliseconds, and only help and refusals show
    // its text, so it is built only when clap has something to say. The
    // translation changes texts, never names or values, so the second parse
    // ends as the first did.
    let parse = |command: clap::Command| {
        command
            .try_get_matches_from(&argv)
            .and_then(|m| Cli::from_arg_matches(&m))
    };
    let cli = match parse(Cli::command())
        .or_else(|_| parse(help::localize(Cli::command(), lang::lang())))
    {
        Ok(cli) => cli,
        Err(e) => match e.kind() {
            clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayVersion
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
            _ => {
                eprintln!("{}", help::error_message(&e, lang::lang()));
                return ExitCode::from(2);
            }
        },
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PALERMO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Serve(args) => serve::run(&cli.db, args),
        Command::Treaty(cmd) => treaty::run(&cli.db, cmd),
        Command::Stats(cmd) => stats::run(&cli.db, cmd),
        Command::Cases(cmd) => cases::run(&cli.db, cmd),
        Command::Mse(args) => mse::run(&cli.db, args),
        Command::Linkage(cmd) => linkage::run(&cli.db, cmd),
        Command::Db(cmd) => db::run(&cli.db, cmd),
        Command::User(cmd) => account::run_user(&cli.db, cmd),
        Command::Token(cmd) => account::run_token(&cli.db, cmd),
        Command::Audit(cmd) => account::run_audit(&cli.db, cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `palermo … | head`: the reader went away; not an error of ours.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<csv::Error>().is_some_and(|ce| {
                        matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
                    })
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) if e.downcast_ref::<stats::RowsRejected>().is_some() => {
            let message = bounded(&format!("{e:#}")).into_owned();
            eprintln!("{}", lang::tr!("cli-warning", message = message));
            ExitCode::from(stats::EXIT_ROWS_REJECTED)
        }
        Err(e) => {
            let message = bounded(&format!("{e:#}")).into_owned();
            eprintln!("{}", lang::tr!("cli-error", message = message));
            ExitCode::FAILURE
        }
    }
}
