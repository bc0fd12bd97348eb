//! `palermo db`: the database's status, migrations and backup.

use std::path::{Path, PathBuf};

use anyhow::Context;
use palermo_store::{Store, StoreError};

/// `palermo db …`.
#[derive(Debug, clap::Subcommand)]
pub enum DbCommand {
    /// Backend, schema version and pending migrations (nothing is written
    /// to the database).
    Status,
    /// Applies pending migrations (every command also does, on open).
    Migrate,
    /// Writes a consistent copy of an SQLite database to FILE (online:
    /// `VACUUM INTO`). For PostgreSQL, says how `pg_dump` does it.
    Backup {
        /// The backup file (must not exist; created readable by its owner
        /// only).
        file: PathBuf,
    },
    /// Copies every table into an empty database of either backend (how a
    /// deployment moves from SQLite to PostgreSQL), verified table by
    /// table by row counts and a content checksum; the target is migrated
    /// first and stays empty if anything differs.
    Copy {
        /// The target: a new SQLite file or `postgres://…` of an empty
        /// database (or `PALERMO_COPY_TO`, to keep a password off the
        /// command line).
        #[arg(long, env = "PALERMO_COPY_TO", hide_env_values = true)]
        to: String,
    },
}

/// Runs a `palermo db` command.
pub fn run(db: &str, cmd: DbCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let url = crate::database_url(db)?;
        match cmd {
            DbCommand::Status => {
                let store = Store::connect_unmigrated(&url)
                    .await
                    .with_context(|| format!("opening database {url}"))?;
                let s = store
                    .schema_status()
                    .await
                    .with_context(|| format!("reading the schema of {url}"))?;
                println!("backend:        {}", s.backend.name());
                println!("database:       {}", s.location);
                match s.applied.last() {
                    Some(v) => println!("schema version: {v}"),
                    None => println!("schema version: none (a new database)"),
                }
                println!("binary's:       {}", s.binary);
                if s.pending.is_empty() {
                    println!("pending:        none");
                } else {
                    println!("pending:        {}", s.pending.len());
                    for (v, d) in &s.pending {
                        println!("  {v:04} {d}");
                    }
                }
                store.close().await;
            }
            DbCommand::Migrate => {
                let store = Store::connect_unmigrated(&url)
                    .await
                    .with_context(|| format!("opening database {url}"))?;
                let before = store.schema_status().await?;
                store
                    .migrate()
                    .await
                    .with_context(|| format!("migrating {url}"))?;
                println!(
                    "{}: {} migration(s) applied; schema at version {}",
                    store.location(),
                    before.pending.len(),
                    before.binary
                );
                store.close().await;
            }
            DbCommand::Backup { file } => {
                let store = crate::open_store(db).await?;
                let done = store.backup(&file).await;
                store.close().await;
                match done {
                    Ok(()) => println!("backup written to {}", file.display()),
                    Err(StoreError::ServerBackup(advice)) => {
                        let found = match find_on_path("pg_dump") {
                            Some(p) => format!("pg_dump is on PATH ({})", p.display()),
                            None => "pg_dump is not on PATH: install PostgreSQL's client tools (Debian: postgresql-client)".to_owned(),
                        };
                        anyhow::bail!("no backup written: {advice}; {found}");
                    }
                    Err(e) => {
                        return Err(anyhow::Error::new(e))
                            .with_context(|| format!("backing up to {}", file.display()))
                    }
                }
            }
            DbCommand::Copy { to } => {
                let target_url = to
                    .parse::<palermo_store::DatabaseUrl>()
                    .context("--to (or PALERMO_COPY_TO)")?;
                let source = crate::open_store(db).await?;
                let target = Store::connect_unmigrated(&target_url)
                    .await
                    .with_context(|| format!("opening the target {target_url}"))?;
                target
                    .migrate()
                    .await
                    .with_context(|| format!("migrating the target {target_url}"))?;
                let copied = source
                    .copy_to(&target)
                    .await
                    .with_context(|| format!("copying {} to {target_url}", source.location()))?;
                for t in &copied {
                    println!(
                        "{:<18} {:>9} row(s)  checksum {:016x}  (same in both)",
                        t.table, t.target_rows, t.target_checksum
                    );
                }
                println!("copied {} to {}", source.location(), target.location());
                source.close().await;
                target.close().await;
            }
        }
        Ok(())
    })
}

/// The first executable file `name` in `PATH`'s directories.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}
