//! `palermo db`: the database's status, migrations and backup.

use std::path::{Path, PathBuf};

use anyhow::Context;
use palermo_store::{Store, StoreError};

use crate::lang::{t, tr};

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
                    .with_context(|| tr!("cli-opening-database", url = url.to_string()))?;
                let s = store
                    .schema_status()
                    .await
                    .with_context(|| tr!("cli-db-reading-schema", url = url.to_string()))?;
                println!("{}", tr!("cli-db-backend", value = s.backend.name()));
                println!("{}", tr!("cli-db-database", value = s.location.to_string()));
                match s.applied.last() {
                    Some(v) => println!("{}", tr!("cli-db-schema-version", value = v.to_string())),
                    None => println!("{}", t("cli-db-schema-version-none")),
                }
                println!("{}", tr!("cli-db-binary", value = s.binary.to_string()));
                if s.pending.is_empty() {
                    println!("{}", t("cli-db-pending-none"));
                } else {
                    println!("{}", tr!("cli-db-pending", count = s.pending.len()));
                    for (v, d) in &s.pending {
                        println!("  {v:04} {d}");
                    }
                }
                // Statistics cells without their dataset (the datahub's
                // tables exist from migration 3): 0 unless written around
                // the store (ARCHITECTURE.md, invariants).
                if s.applied.contains(&3) {
                    let n = store
                        .orphan_cells()
                        .await
                        .with_context(|| tr!("cli-db-reading-schema", url = url.to_string()))?;
                    println!("{}", tr!("cli-db-orphan-cells", count = n));
                }
                store.close().await;
            }
            DbCommand::Migrate => {
                let store = Store::connect_unmigrated(&url)
                    .await
                    .with_context(|| tr!("cli-opening-database", url = url.to_string()))?;
                let before = store.schema_status().await?;
                store
                    .migrate()
                    .await
                    .with_context(|| tr!("cli-db-migrating", url = url.to_string()))?;
                let line = tr!(
                    "cli-db-migrated",
                    location = store.location().to_string(),
                    count = before.pending.len(),
                    version = before.binary.to_string()
                );
                println!("{line}");
                store.close().await;
            }
            DbCommand::Backup { file } => {
                let store = crate::open_store(db).await?;
                let done = store.backup(&file).await;
                store.close().await;
                match done {
                    Ok(()) => println!(
                        "{}",
                        tr!("cli-db-backup-written", file = file.display().to_string())
                    ),
                    Err(StoreError::ServerBackup(advice)) => {
                        let found = match find_on_path("pg_dump") {
                            Some(p) => tr!("cli-db-pg-dump-found", path = p.display().to_string()),
                            None => t("cli-db-pg-dump-missing"),
                        };
                        anyhow::bail!(tr!(
                            "cli-db-no-backup",
                            advice = advice.to_string(),
                            found = found
                        ));
                    }
                    Err(e) => {
                        return Err(anyhow::Error::new(e)).with_context(|| {
                            tr!("cli-db-backing-up", file = file.display().to_string())
                        })
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
                    .with_context(|| tr!("cli-db-opening-target", url = target_url.to_string()))?;
                target.migrate().await.with_context(|| {
                    tr!("cli-db-migrating-target", url = target_url.to_string())
                })?;
                let copied = source.copy_to(&target).await.with_context(|| {
                    tr!(
                        "cli-db-copying",
                        source = source.location().to_string(),
                        target = target_url.to_string()
                    )
                })?;
                for c in &copied {
                    let line = tr!(
                        "cli-db-copied-table",
                        table = format!("{:<18}", c.table),
                        rows = format!("{:>9}", c.target_rows),
                        checksum = format!("{:016x}", c.target_checksum)
                    );
                    println!("{line}");
                }
                let line = tr!(
                    "cli-db-copied",
                    source = source.location().to_string(),
                    target = target.location().to_string()
                );
                println!("{line}");
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
