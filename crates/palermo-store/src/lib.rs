//! Palermo's store: the only crate that writes SQL.
//!
//! One backend-neutral [`Store`] over two backends: SQLite (through `sqlx`),
//! the embedded default, and PostgreSQL, for a deployment of many users and
//! server instances. [`Store::connect`] takes a path, `sqlite:PATH` or
//! `postgres://…`; it applies the versioned migrations of the repository's
//! `migrations/sqlite/` or `migrations/postgres/` folder (kept in step: the
//! same versions, the same tables and columns) and seeds the bundled
//! reference data and treaty snapshot on first open. Every query is
//! parameterised. The web and CLI crates call the typed methods here and
//! never see SQL.
//!
//! The domain modules ([`reference`], [`treaty`], [`stats`], [`cases`],
//! [`releases`], [`accounts`]: accounts, sessions, API tokens and the audit
//! trail) write SQL both backends understand through the crate's
//! `db` layer; only the `sqlite` and `postgres` modules know a dialect
//! (connecting, `PRAGMA`s, locking, bulk loading, backups). Domain rules
//! (the treaty diff, repeated keys) live in `palermo-model`.

pub mod accounts;
mod bulk;
pub mod cases;
pub mod clks;
pub mod copy;
mod db;
mod postgres;
pub mod projects;
pub mod reference;
pub mod releases;
mod sqlite;
pub mod stats;
#[doc(hidden)]
pub mod testing;
pub mod treaty;

use std::path::{Path, PathBuf};

pub use db::Backend;
pub use sqlite::APPLICATION_ID;
pub use treaty::{SnapshotInfo, StatusDiff, TreatyImportOptions};

use db::{query, Pool};

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, queried or written.
    #[error("database error")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// An import was refused by a rule; nothing was written.
    #[error("{0}")]
    Rejected(String),
    /// The bundled data did not parse (a build defect).
    #[error("bundled data: {0}")]
    Bundled(#[from] palermo_import::ImportError),
    /// The bundled statistics did not import (a build defect; public data).
    #[error("bundled statistics: {0}")]
    BundledStatistics(String),
    /// The database is of another application (neither empty nor
    /// Palermo's): it is left untouched.
    #[error("not a Palermo database: {reason}; Palermo opens only a new or empty database or one of its own (give another --db)")]
    NotPalermo {
        /// What was found (counts and the application id, never a value).
        reason: String,
    },
    /// The database was migrated by a newer Palermo than this binary.
    #[error("the database's schema is version {database}, newer than this binary's {binary}: upgrade palermo (a database is never downgraded)")]
    NewerSchema {
        /// The newest migration applied to the database.
        database: i64,
        /// The newest migration this binary knows.
        binary: i64,
    },
    /// The database cannot be written (a read-only file or file system).
    #[error("the database is read-only ({reason})")]
    ReadOnly {
        /// What is read-only.
        reason: String,
    },
    /// The database file could not be created or its permissions read.
    #[error("database file: {0}")]
    File(#[from] std::io::Error),
    /// A PostgreSQL database is backed up with the server's tools; the
    /// advice says how.
    #[error("{0}")]
    ServerBackup(String),
    /// The database location given is not one Palermo understands.
    #[error("database location: {0}")]
    Url(String),
    /// A stored value is not what the schema promises (e.g. a corrupt
    /// date, a text where an integer belongs). The value itself is never
    /// carried: it may be a case record's.
    #[error("corrupt stored value in {table}.{column}")]
    Corrupt {
        /// Table.
        table: &'static str,
        /// Column.
        column: &'static str,
    },
}

/// Result alias for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Where a database is: an SQLite file or a PostgreSQL server's database.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite file (a path, or `sqlite:PATH`).
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (`postgres://user:password@host:port/db`
    /// or `postgresql://…`, libpq's URI form).
    Postgres(String),
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password, even in a debug print.
        write!(f, "DatabaseUrl({self})")
    }
}

impl std::fmt::Display for DatabaseUrl {
    /// The location with any password replaced by `***` (for messages and
    /// logs).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(p) => write!(f, "{}", p.display()),
            Self::Postgres(u) => f.write_str(&redact_url(u)),
        }
    }
}

impl std::str::FromStr for DatabaseUrl {
    type Err = StoreError;

    /// `postgres://…` or `postgresql://…` is PostgreSQL; `sqlite:PATH` (or
    /// `sqlite://PATH`) and any other text is the path of an SQLite file.
    /// Any other `scheme://` is refused (a typo such as `postgre://` must
    /// not create a file of that name).
    fn from_str(s: &str) -> Result<Self> {
        if s.is_empty() {
            return Err(StoreError::Url(
                "empty: give a file path or a postgres:// URL".into(),
            ));
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(Self::Postgres(s.to_owned()));
        }
        if let Some(rest) = s
            .strip_prefix("sqlite://")
            .or_else(|| s.strip_prefix("sqlite:"))
        {
            if rest.is_empty() {
                return Err(StoreError::Url("sqlite: without a file path".into()));
            }
            return Ok(Self::Sqlite(PathBuf::from(rest)));
        }
        if let Some((scheme, _)) = s.split_once("://") {
            if !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            {
                return Err(StoreError::Url(format!(
                    "unknown scheme {scheme:?}: give a file path, sqlite:PATH or postgres://user@host/database"
                )));
            }
        }
        Ok(Self::Sqlite(PathBuf::from(s)))
    }
}

/// `url` with the password of its user information and any `password=`
/// query parameter replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, q)) => {
            let q: Vec<String> = q
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_owned(),
                })
                .collect();
            format!("{path}?{}", q.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// The schema versions of a database against this binary's migrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaStatus {
    /// The backend.
    pub backend: Backend,
    /// The database's location, password redacted.
    pub location: String,
    /// Versions applied to the database, oldest first.
    pub applied: Vec<i64>,
    /// This binary's migrations not yet applied (version, description).
    pub pending: Vec<(i64, String)>,
    /// The newest version this binary knows.
    pub binary: i64,
}

/// A handle on the database (cheap to clone: a connection pool).
#[derive(Debug, Clone)]
pub struct Store {
    pool: Pool,
    /// Whether [`Store::data_version`] reports changes (false for private
    /// in-memory databases, whose pages are not cached).
    versioned: bool,
    /// Opened read-only (a read-only file system): imports are refused.
    read_only: bool,
    /// Where, password redacted (for messages).
    location: String,
}

impl Store {
    /// Connects to the database at `url` ([`DatabaseUrl`]: a path,
    /// `sqlite:PATH` or `postgres://…`), creating an SQLite file if needed,
    /// applies pending migrations and seeds the bundled data on first open.
    ///
    /// # Errors
    /// [`StoreError::Url`] for a location Palermo does not understand; as
    /// [`Store::open`] for SQLite; for PostgreSQL, an unreachable server or
    /// refused credentials ([`StoreError::Database`]), a database of
    /// another application ([`StoreError::NotPalermo`]), a newer schema
    /// ([`StoreError::NewerSchema`]) or a failed migration.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_to(&url.parse()?).await
    }

    /// As [`Store::connect`], with the location parsed.
    ///
    /// # Errors
    /// As [`Store::connect`].
    pub async fn connect_to(url: &DatabaseUrl) -> Result<Self> {
        let store = Self::connect_unmigrated(url).await?;
        store.migrate().await?;
        store.seed_bundled().await?;
        Ok(store)
    }

    /// Connects without migrating or seeding (for `palermo db status`): the
    /// database is checked to be Palermo's (or empty), nothing is written
    /// to a PostgreSQL database; an SQLite file is created if missing.
    ///
    /// # Errors
    /// As [`Store::connect`], migrations aside.
    pub async fn connect_unmigrated(url: &DatabaseUrl) -> Result<Self> {
        match url {
            DatabaseUrl::Sqlite(path) => sqlite::open_file(path).await,
            DatabaseUrl::Postgres(u) => postgres::connect(u).await,
        }
    }

    /// Opens (creating it if needed) the SQLite database at `path`, applies
    /// pending migrations and seeds the bundled data on first open.
    ///
    /// A new file is created readable by its owner only (0600); an existing
    /// one open to other users is opened with a warning. A file that is
    /// neither empty nor a Palermo database is refused untouched.
    ///
    /// # Errors
    /// The file cannot be created or opened ([`StoreError::File`],
    /// [`StoreError::Database`]), is not a Palermo database
    /// ([`StoreError::NotPalermo`]), or a migration fails.
    pub async fn open(path: &Path) -> Result<Self> {
        Self::connect_to(&DatabaseUrl::Sqlite(path.to_owned())).await
    }

    /// Opens a private in-memory SQLite database (for tests), migrated and
    /// seeded.
    ///
    /// # Errors
    /// As [`Store::open`].
    pub async fn open_in_memory() -> Result<Self> {
        let store = sqlite::open_in_memory().await?;
        store.migrate().await?;
        store.seed_bundled().await?;
        Ok(store)
    }

    /// Closes every connection and waits until they are closed, so that
    /// SQLite checkpoints the write-ahead log into the database file and
    /// removes it (the last connection to close does). Commands call it
    /// before they exit: a process ending with connections still open
    /// leaves a `-wal` file that a read-only file system cannot read.
    pub async fn close(self) {
        self.pool.close().await;
    }

    /// The backend this store runs on.
    pub fn backend(&self) -> Backend {
        self.pool.backend()
    }

    /// The database's location, password redacted.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// Applies pending migrations, refusing a database migrated by a newer
    /// binary ([`StoreError::NewerSchema`]).
    ///
    /// # Errors
    /// [`StoreError::NewerSchema`]; [`StoreError::ReadOnly`]; a failed
    /// migration.
    pub async fn migrate(&self) -> Result<()> {
        let status = self.schema_status().await?;
        if self.read_only {
            if let Some((v, _)) = status.pending.first() {
                return Err(StoreError::ReadOnly {
                    reason: format!(
                        "migration {v} is not applied: open it once where it can be written"
                    ),
                });
            }
            return Ok(());
        }
        // Run even when nothing is pending: sqlx then checks that every
        // applied migration is unchanged.
        match &self.pool {
            Pool::Sqlite(p) => sqlite::MIGRATOR.run(p).await?,
            Pool::Postgres(p, _) => postgres::MIGRATOR.run(p).await?,
        }
        Ok(())
    }

    /// The migrations applied and pending.
    ///
    /// # Errors
    /// [`StoreError::NewerSchema`] when the database has a migration this
    /// binary does not know; database errors.
    pub async fn schema_status(&self) -> Result<SchemaStatus> {
        let (migrator, applied) = match &self.pool {
            Pool::Sqlite(p) => (&sqlite::MIGRATOR, sqlite::applied_versions(p).await?),
            Pool::Postgres(p, _) => (&postgres::MIGRATOR, postgres::applied_versions(p).await?),
        };
        let binary = migrator.iter().map(|m| m.version).max().unwrap_or(0);
        if let Some(&newest) = applied.iter().max() {
            if newest > binary
                || applied
                    .iter()
                    .any(|v| !migrator.iter().any(|m| m.version == *v))
            {
                return Err(StoreError::NewerSchema {
                    database: newest,
                    binary,
                });
            }
        }
        let pending = migrator
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .map(|m| (m.version, m.description.to_string()))
            .collect();
        Ok(SchemaStatus {
            backend: self.backend(),
            location: self.location.clone(),
            applied,
            pending,
            binary,
        })
    }

    /// A number that changes whenever the database's content changed: the
    /// change counter (table `palermo_change`), advanced in the same
    /// transaction as every change, by this process or any other (another
    /// command, another server instance on the same PostgreSQL database),
    /// so that callers can cache what they derive from it. `None` when
    /// changes are not tracked (private in-memory databases): do not cache
    /// then.
    ///
    /// SQLite: read from the database each call. PostgreSQL: the first
    /// call starts a listener (one connection) for the notification every
    /// write transaction sends as it commits; while it listens, the value
    /// is the one it last received (no query, late by a notification's
    /// delivery, milliseconds), and while it is away (the server
    /// restarted, the connection broke) the counter is read each call
    /// until the listener has reconnected by itself.
    /// [`Store::listening_for_changes`] says which.
    ///
    /// # Errors
    /// Database errors.
    pub async fn data_version(&self) -> Result<Option<i64>> {
        if !self.versioned {
            return Ok(None);
        }
        if let Pool::Postgres(p, changes) = &self.pool {
            changes.start(p);
            if let Some(v) = changes.live_value() {
                return Ok(Some(v));
            }
        }
        let row = self
            .pool
            .fetch_one(query(
                "palermo_change",
                "SELECT counter FROM palermo_change WHERE id = 1",
            ))
            .await?;
        Ok(Some(row.get("counter")?))
    }

    /// Whether [`Store::data_version`] answers from PostgreSQL's change
    /// notifications now (its listener connected and in step), rather than
    /// reading the counter: always `false` on SQLite.
    pub fn listening_for_changes(&self) -> bool {
        match &self.pool {
            Pool::Postgres(_, changes) => changes.is_live(),
            Pool::Sqlite(_) => false,
        }
    }

    /// Writes a consistent copy of an SQLite database to `file` (a new
    /// file, 0600), online: `VACUUM INTO`.
    ///
    /// # Errors
    /// [`StoreError::ServerBackup`] on PostgreSQL, whose own tools
    /// (`pg_dump`, continuous archiving) make backups; [`StoreError::Rejected`]
    /// when `file` exists; database and file errors (no partial file is
    /// left).
    pub async fn backup(&self, file: &Path) -> Result<()> {
        match &self.pool {
            Pool::Sqlite(p) => sqlite::backup(p, file).await,
            Pool::Postgres(..) => Err(StoreError::ServerBackup(postgres::backup_advice(
                &self.location,
            ))),
        }
    }

    /// An error if the database was opened read-only (for the imports, so
    /// that they say why nothing can be written).
    pub(crate) fn check_writable(&self) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                reason: "read-only file system: nothing can be imported".into(),
            });
        }
        Ok(())
    }

    /// Whether the database was opened read-only (on a read-only file
    /// system).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The connection pool, for the store's own modules.
    pub(crate) fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Seeds every bundled dataset not yet seeded (idempotent).
    async fn seed_bundled(&self) -> Result<()> {
        if self.read_only {
            return Ok(());
        }
        let seeded = self
            .pool
            .fetch_optional(query(
                "seed_state",
                "SELECT dataset FROM seed_state WHERE dataset = 'reference'",
            ))
            .await?;
        if seeded.is_some() {
            return Ok(());
        }
        let mut tx = self.pool.begin_write().await?;
        // Checked again under the write lock: another process may have
        // seeded meanwhile.
        let seeded = tx
            .fetch_optional(query(
                "seed_state",
                "SELECT dataset FROM seed_state WHERE dataset = 'reference'",
            ))
            .await?;
        if seeded.is_none() {
            tracing::info!("seeding bundled reference data and treaty snapshot");
            let data = palermo_import::bundled::reference_data()?;
            reference::insert_reference(&mut tx, &data).await?;
            let index = data.index();
            for (instrument, file, table) in palermo_import::bundled::treaty_snapshots(&index)? {
                treaty::replace_status(
                    &mut tx,
                    instrument,
                    palermo_import::bundled::TREATY_SNAPSHOT_AS_OF,
                    &format!(
                        "{} ({file})",
                        palermo_import::bundled::TREATY_SNAPSHOT_SOURCE
                    ),
                    &table.rows,
                )
                .await?;
            }
            tx.execute(query(
                "seed_state",
                "INSERT INTO seed_state (dataset) VALUES ('reference')",
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Parses an ISO date read from the database.
pub(crate) fn parse_date(
    table: &'static str,
    column: &'static str,
    value: Option<String>,
) -> Result<Option<time::Date>> {
    match value {
        None => Ok(None),
        Some(v) => palermo_model::date::parse_iso(&v)
            .map(Some)
            .ok_or(StoreError::Corrupt { table, column }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_told_apart() {
        let p = |s: &str| s.parse::<DatabaseUrl>();
        assert_eq!(
            p("palermo.db").unwrap(),
            DatabaseUrl::Sqlite("palermo.db".into())
        );
        assert_eq!(
            p("sqlite:/tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
        assert_eq!(
            p("sqlite:///tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
        assert_eq!(
            p("postgres://u@h/db").unwrap(),
            DatabaseUrl::Postgres("postgres://u@h/db".into())
        );
        assert!(matches!(
            p("postgresql://u@h:5432/db"),
            Ok(DatabaseUrl::Postgres(_))
        ));
        assert!(matches!(p("postgre://u@h/db"), Err(StoreError::Url(_))));
        assert!(matches!(p("mysql://u@h/db"), Err(StoreError::Url(_))));
        assert!(matches!(p(""), Err(StoreError::Url(_))));
        assert!(matches!(p("sqlite:"), Err(StoreError::Url(_))));
    }

    /// The password never reaches a message: in the user information, in
    /// a `password=` parameter, in Debug as in Display.
    #[test]
    fn passwords_are_redacted() {
        let u: DatabaseUrl =
            "postgres://palermo:s3cr%40t@db.example:5432/palermo?sslmode=require&password=hunter2"
                .parse()
                .unwrap();
        for shown in [u.to_string(), format!("{u:?}")] {
            assert!(!shown.contains("s3cr"), "{shown}");
            assert!(!shown.contains("hunter2"), "{shown}");
            assert!(
                shown.contains("palermo:***@db.example:5432/palermo"),
                "{shown}"
            );
            assert!(shown.contains("sslmode=require"), "{shown}");
        }
        assert_eq!(redact_url("postgres://u@h/d"), "postgres://u@h/d");
        // An @ inside the password: the host is what follows the last one.
        assert_eq!(redact_url("postgres://u:a@b@h/d"), "postgres://u:***@h/d");
    }
}
