//! The committed migrations are locked: editing one after it was committed makes
//! sqlx refuse every database that already applied it ("migration N was
//! previously applied but has been modified"), so the lock catches it here first.

#![allow(clippy::expect_used)] // a test helper that cannot read its input must fail loudly

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn migrations_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations")
}

/// `sha256sum` lines: `<64 hex>  <file name>`.
fn lock_entries(text: &str) -> BTreeMap<String, String> {
    let mut entries = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        let (hash, name) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("checksums.sha256 line {}: not `<sha256>  <file>`", n + 1));
        assert_eq!(
            hash.len(),
            64,
            "checksums.sha256 line {}: not a SHA-256",
            n + 1
        );
        let previous = entries.insert(name.to_string(), hash.to_string());
        assert!(previous.is_none(), "checksums.sha256 names {name} twice");
    }
    entries
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The backends' migration folders, each locked.
const BACKENDS: [&str; 2] = ["sqlite", "postgres"];

/// The `.sql` files of `migrations/<backend>/`, sorted.
fn migrations_of(backend: &str) -> Vec<String> {
    let dir = migrations_dir().join(backend);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .collect();
    files.sort();
    files
}

#[test]
fn committed_migrations_are_unchanged_and_every_migration_is_locked() {
    let dir = migrations_dir();
    let lock =
        std::fs::read_to_string(dir.join("checksums.sha256")).expect("migrations/checksums.sha256");
    let mut locked = lock_entries(&lock);
    for backend in BACKENDS {
        let files = migrations_of(backend);
        assert!(
            !files.is_empty(),
            "no migration found in migrations/{backend}"
        );
        for file in &files {
            let name = format!("{backend}/{file}");
            let bytes = std::fs::read(dir.join(&name)).expect("migration");
            let actual = hex(&Sha256::digest(&bytes));
            match locked.remove(&name) {
                None => panic!(
                    "migration {name} has no line in migrations/checksums.sha256: \
                     add it with `cd migrations && sha256sum {name} >> checksums.sha256`"
                ),
                Some(expected) => assert_eq!(
                    actual, expected,
                    "migration {name} was edited after it was committed: restore it and put the \
                     change in a new numbered migration"
                ),
            }
        }
    }
    assert!(
        locked.is_empty(),
        "checksums.sha256 names migrations that do not exist: {:?}",
        locked.keys().collect::<Vec<_>>()
    );
    // Nothing left at the top level: a migration there would be run by no
    // backend.
    let stray: Vec<String> = std::fs::read_dir(&dir)
        .expect("migrations/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    assert!(
        stray.is_empty(),
        "migrations outside a backend folder: {stray:?}"
    );
}

/// The two backends are kept in step: the same migration file names
/// (versions and descriptions), so that a migration added to one folder
/// only is caught here.
#[test]
fn every_migration_exists_for_both_backends() {
    let sqlite = migrations_of("sqlite");
    let postgres = migrations_of("postgres");
    let only = |a: &[String], b: &[String]| -> Vec<String> {
        a.iter().filter(|f| !b.contains(f)).cloned().collect()
    };
    assert!(
        only(&sqlite, &postgres).is_empty() && only(&postgres, &sqlite).is_empty(),
        "migrations only in migrations/sqlite: {:?}; only in migrations/postgres: {:?}",
        only(&sqlite, &postgres),
        only(&postgres, &sqlite)
    );
}

#[test]
fn the_lock_detects_an_edit() {
    // The check above must be able to fail: one changed byte changes the hash.
    let original = b"CREATE TABLE t (a INTEGER);";
    let edited = b"CREATE TABLE t (a INTEGER) ;";
    assert_ne!(hex(&Sha256::digest(original)), hex(&Sha256::digest(edited)));
    // Known answer (FIPS 180-2 example "abc"), so the hex encoding is right too.
    assert_eq!(
        hex(&Sha256::digest(b"abc")),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}
