//! Copying a whole database into an empty one of either backend (`palermo
//! db copy --to URL`: how a deployment moves from SQLite to PostgreSQL),
//! verified table by table by row counts and a content checksum computed
//! on each side from what it stores.
//!
//! Tables are copied in [`TABLES`] order (referenced tables first); their
//! columns and types are read from each database's catalogue, so a value
//! is read as the source stores it and bound as the target's column wants
//! it (SQLite's `INTEGER` 0/1 for PostgreSQL's `BOOLEAN`). A table that the
//! list does not name refuses the copy: nothing is ever left behind
//! silently. One table at a time is held in memory while it is copied.

use sha2::{Digest, Sha256};

use crate::db::{query, Backend, Conn, Row, Tx, Value};
use crate::{Result, Store, StoreError};

/// Every table of Palermo's schema, referenced tables before the tables
/// that reference them.
pub const TABLES: [&str; 26] = [
    "countries",
    "country_aliases",
    "population",
    "treaty_snapshots",
    "treaty_status",
    "seed_state",
    "stat_datasets",
    "stat_cells",
    "case_sources",
    "case_records",
    "disclosure_secret",
    "case_releases",
    "privacy_budgets",
    "privacy_ledger",
    "palermo_change",
    "users",
    "user_reviews",
    "sessions",
    "api_tokens",
    "account_activations",
    "clk_uploads",
    "linkage_projects",
    "linkage_project_members",
    "linkage_runs",
    "audit_log",
    "audit_head",
];

/// Tables whose migration inserts their one row: replaced by the source's
/// (the noise secret must stay the database's, or every cell-key release
/// would be redrawn; the audit chain's head must stay its last entry's, or
/// `palermo audit verify` would report the copy truncated).
const MIGRATION_ROWS: [&str; 3] = ["disclosure_secret", "palermo_change", "audit_head"];

/// What a column holds, as both catalogues name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Int,
    Real,
    Bool,
    Bytes,
}

/// One table's copy: rows and checksums on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCopy {
    /// The table.
    pub table: &'static str,
    /// Rows read from the source.
    pub source_rows: u64,
    /// Rows read back from the target.
    pub target_rows: u64,
    /// SHA-256-based checksum of the source's rows (order-independent:
    /// the wrapping sum of each row's digest).
    pub source_checksum: u64,
    /// The same, of the target's rows.
    pub target_checksum: u64,
}

/// The columns of `table` and their kinds, from the catalogue.
async fn columns(conn: &mut Conn<'_>, table: &'static str) -> Result<Vec<(String, Kind)>> {
    let (sql, kind_of): (&str, fn(&str) -> Option<Kind>) = match conn {
        Conn::Sqlite(_) => (
            "SELECT name, type AS kind FROM pragma_table_info($1) ORDER BY cid",
            |t| match t.to_ascii_uppercase().as_str() {
                "TEXT" => Some(Kind::Text),
                "INTEGER" => Some(Kind::Int),
                "REAL" => Some(Kind::Real),
                "BLOB" => Some(Kind::Bytes),
                _ => None,
            },
        ),
        Conn::Postgres(_) => (
            "SELECT column_name::text AS name, data_type::text AS kind FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            |t| match t {
                "text" => Some(Kind::Text),
                "bigint" => Some(Kind::Int),
                "double precision" => Some(Kind::Real),
                "boolean" => Some(Kind::Bool),
                "bytea" => Some(Kind::Bytes),
                _ => None,
            },
        ),
    };
    let rows = conn.fetch_all(query(table, sql).bind(table)).await?;
    rows.iter()
        .map(|r| {
            let name: String = r.get("name")?;
            let kind: String = r.get("kind")?;
            let kind = kind_of(&kind).ok_or_else(|| r.corrupt("type"))?;
            Ok((name, kind))
        })
        .collect()
}

/// The tables of a database (its `_sqlx_migrations` aside).
async fn tables(conn: &mut Conn<'_>) -> Result<Vec<String>> {
    let sql = match conn {
        Conn::Sqlite(_) => {
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name <> '_sqlx_migrations'"
        }
        Conn::Postgres(_) => {
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'"
        }
    };
    conn.fetch_all(query("catalogue", sql))
        .await?
        .iter()
        .map(|r| r.get("name"))
        .collect()
}

/// Reads the `index`th column of `row` as `kind`.
fn read(row: &Row, index: usize, kind: Kind) -> Result<Value> {
    const LABEL: &str = "(a copied column)";
    Ok(match kind {
        Kind::Text => Value::Text(row.get_at(index, LABEL)?),
        Kind::Int => Value::Int(row.get_at(index, LABEL)?),
        Kind::Real => Value::Real(row.get_at(index, LABEL)?),
        // Booleans are NOT NULL in Palermo's schema.
        Kind::Bool => Value::Bool(row.get_at(index, LABEL)?),
        Kind::Bytes => Value::Bytes(row.get_at(index, LABEL)?),
    })
}

/// `v` as the target's column of `kind` takes it (an integer 0/1 for a
/// boolean and back; everything else as it is).
fn convert(v: Value, kind: Kind) -> Value {
    match (v, kind) {
        (Value::Int(Some(n)), Kind::Bool) => Value::Bool(n != 0),
        (Value::Bool(b), Kind::Int) => Value::Int(Some(i64::from(b))),
        (v, _) => v,
    }
}

/// Feeds `v` to `h` in a form that is the same on both backends (a
/// boolean as the integer SQLite stores).
fn hash_value(h: &mut Sha256, v: &Value) {
    match v {
        Value::Text(None) | Value::Slug(None) | Value::Int(None) | Value::Real(None) => {
            h.update([0u8]);
        }
        Value::Text(Some(s)) => {
            h.update([1u8]);
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        }
        Value::Slug(Some(s)) => {
            h.update([1u8]);
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        }
        Value::Int(Some(n)) => {
            h.update([2u8]);
            h.update(n.to_le_bytes());
        }
        Value::Bool(b) => {
            h.update([2u8]);
            h.update(i64::from(*b).to_le_bytes());
        }
        Value::Real(Some(x)) => {
            h.update([3u8]);
            h.update(x.to_bits().to_le_bytes());
        }
        Value::Bytes(b) => {
            h.update([4u8]);
            h.update((b.len() as u64).to_le_bytes());
            h.update(b);
        }
    }
}

/// The digest of one row, as a number to add up.
fn row_digest(values: &[Value]) -> u64 {
    let mut h = Sha256::new();
    for v in values {
        hash_value(&mut h, v);
    }
    let d = h.finalize();
    u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

/// Rows and order-independent checksum of `table` on `conn`.
async fn summarise(
    conn: &mut Conn<'_>,
    table: &'static str,
    cols: &[(String, Kind)],
) -> Result<(u64, u64)> {
    let names: Vec<&str> = cols.iter().map(|(n, _)| n.as_str()).collect();
    let mut count = 0u64;
    let mut sum = 0u64;
    conn.for_each(
        query(table, format!("SELECT {} FROM {table}", names.join(", "))),
        |row| {
            let values = cols
                .iter()
                .enumerate()
                .map(|(i, (_, k))| read(&row, i, *k).map(|v| convert(v, Kind::Int)))
                .collect::<Result<Vec<_>>>()?;
            count += 1;
            sum = sum.wrapping_add(row_digest(&values));
            Ok(())
        },
    )
    .await?;
    Ok((count, sum))
}

/// Whether `name` is a plain SQL identifier (the catalogue's column
/// names are spliced into the copy's statements).
fn plain_identifier(name: &str) -> Result<()> {
    if !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Ok(())
    } else {
        Err(StoreError::Rejected(
            "a column name in the catalogue is not a plain identifier: not Palermo's schema".into(),
        ))
    }
}

/// Inserts `rows` (each of `names.len()` values) into `table` on `tx`:
/// SQLite's multi-row INSERT, PostgreSQL's COPY.
async fn insert(tx: &mut Tx, table: &str, names: &[&str], rows: Vec<Vec<Value>>) -> Result<()> {
    let n = rows.len();
    let values: Vec<Value> = rows.into_iter().flatten().collect();
    match tx.conn() {
        Conn::Sqlite(c) => {
            let sql = crate::sqlite::insert_sql(table, names, n);
            crate::sqlite::insert_rows(c, &sql, values).await
        }
        Conn::Postgres(c) => {
            let sql = crate::postgres::copy_sql(table, names);
            crate::postgres::copy_rows(c, &sql, &values, names.len()).await
        }
    }
}

impl Store {
    /// Copies every table of this database into `target` (migrated to the
    /// same version and empty: only the rows its migrations insert), in one
    /// transaction on the target, then compares each table's row count and
    /// checksum on both sides.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the target is not empty, is at
    /// another schema version, has or lacks a table, or a table's copy
    /// differs (the target's transaction is then rolled back and it stays
    /// empty); database errors.
    pub async fn copy_to(&self, target: &Store) -> Result<Vec<TableCopy>> {
        target.check_writable()?;
        let (s, t) = (self.schema_status().await?, target.schema_status().await?);
        if s.applied != t.applied || !s.pending.is_empty() || !t.pending.is_empty() {
            return Err(StoreError::Rejected(format!(
                "both databases must be migrated to this binary's version {} (run palermo db migrate on each)",
                s.binary
            )));
        }
        // A cell without its dataset (possible on PostgreSQL only when the
        // database was written around the store: migration 0011) would be
        // refused by SQLite's foreign key halfway, or copied as it is.
        let orphans = self.orphan_cells().await?;
        if orphans > 0 {
            return Err(StoreError::Rejected(format!(
                "the source has {orphans} orphan statistics cell(s) (their dataset is not stored): nothing was copied"
            )));
        }
        let mut src = self.pool().acquire().await?;
        let mut known: Vec<String> = tables(&mut src.conn()).await?;
        known.sort();
        let mut listed: Vec<String> = TABLES.iter().map(|t| (*t).to_owned()).collect();
        listed.sort();
        if known != listed {
            return Err(StoreError::Rejected(format!(
                "the source's tables are not the ones this binary copies ({} found, {} known)",
                known.len(),
                listed.len()
            )));
        }
        let mut tx = target.pool().begin_write().await?;
        for table in TABLES {
            if MIGRATION_ROWS.contains(&table) {
                tx.execute(query(table, format!("DELETE FROM {table}")))
                    .await?;
                continue;
            }
            let any = tx
                .fetch_optional(query(
                    table,
                    format!("SELECT 1 AS one FROM {table} LIMIT 1"),
                ))
                .await?;
            if any.is_some() {
                return Err(StoreError::Rejected(format!(
                    "the target database is not empty (table {table} holds rows): copy only into a new database"
                )));
            }
        }
        let mut report = Vec::new();
        for table in TABLES {
            let scols = columns(&mut src.conn(), table).await?;
            let tcols = columns(&mut tx.conn(), table).await?;
            let snames: Vec<&str> = scols.iter().map(|(n, _)| n.as_str()).collect();
            let tnames: Vec<&str> = tcols.iter().map(|(n, _)| n.as_str()).collect();
            let mut sorted_s = snames.clone();
            let mut sorted_t = tnames.clone();
            sorted_s.sort_unstable();
            sorted_t.sort_unstable();
            if sorted_s != sorted_t {
                return Err(StoreError::Rejected(format!(
                    "table {table} has other columns in the target"
                )));
            }
            for n in &snames {
                plain_identifier(n)?;
            }
            let target_kind = |name: &str| {
                tcols
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(Kind::Text, |(_, k)| *k)
            };
            let per_batch = crate::bulk::rows_per_statement(tx.backend(), snames.len().max(1));
            let mut batch: Vec<Vec<Value>> = Vec::with_capacity(per_batch);
            let mut all: Vec<Vec<Value>> = Vec::new();
            src.conn()
                .for_each(
                    query(table, format!("SELECT {} FROM {table}", snames.join(", "))),
                    |row| {
                        let values = scols
                            .iter()
                            .enumerate()
                            .map(|(i, (c, k))| {
                                read(&row, i, *k).map(|v| convert(v, target_kind(c)))
                            })
                            .collect::<Result<Vec<_>>>()?;
                        all.push(values);
                        Ok(())
                    },
                )
                .await?;
            for row in all {
                batch.push(row);
                if batch.len() == per_batch {
                    insert(&mut tx, table, &snames, std::mem::take(&mut batch)).await?;
                }
            }
            if !batch.is_empty() {
                insert(&mut tx, table, &snames, batch).await?;
            }
            if tx.backend() == Backend::Postgres {
                crate::postgres::reset_identity(&mut tx, table).await?;
            }
            let (source_rows, source_checksum) = summarise(&mut src.conn(), table, &scols).await?;
            let (target_rows, target_checksum) = summarise(&mut tx.conn(), table, &tcols).await?;
            let line = TableCopy {
                table,
                source_rows,
                target_rows,
                source_checksum,
                target_checksum,
            };
            if source_rows != target_rows || source_checksum != target_checksum {
                return Err(StoreError::Rejected(format!(
                    "table {table}: {source_rows} row(s) read, {target_rows} in the target, checksums {source_checksum:016x} and {target_checksum:016x}: nothing was copied"
                )));
            }
            report.push(line);
        }
        tx.commit().await?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A boolean and the integer SQLite stores for it hash alike; any
    /// other change of a value changes the digest.
    #[test]
    fn digests_are_the_same_on_both_backends_and_see_changes() {
        let sqlite = [Value::Text(Some("MDA".into())), Value::Int(Some(1))];
        let pg = [Value::Text(Some("MDA".into())), Value::Bool(true)];
        assert_eq!(row_digest(&sqlite), row_digest(&pg));
        assert_ne!(
            row_digest(&sqlite),
            row_digest(&[Value::Text(Some("MDA".into())), Value::Int(Some(0))])
        );
        assert_ne!(
            row_digest(&[Value::Text(None)]),
            row_digest(&[Value::Text(Some(String::new()))])
        );
    }
}
