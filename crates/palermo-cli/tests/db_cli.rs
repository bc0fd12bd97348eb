//! `palermo db …` end to end through the binary (issue 11 item 5): status
//! before and after migrating, a backup that opens with the same data, a
//! backup never overwriting a file; on PostgreSQL (PALERMO_TEST_POSTGRES),
//! the same status, `pg_dump` named as the backup tool, and the password of
//! the URL never on the terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{palermo, stderr, stdout, Dir};

/// Rows and parties of the bundled TIP table, as `treaty status` prints
/// them (the UNTC snapshot as at 2014-07-10: 167 participants, 159 parties).
const TIP_SUMMARY: &str = "167 rows, 159 parties.";

#[test]
fn status_migrate_and_a_backup_that_opens_with_the_same_data() {
    let d = Dir::new("db");
    let o = palermo(&d.0, &["db", "status"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.contains("backend:        sqlite"), "{s}");
    assert!(s.contains("schema version: none"), "{s}");
    assert!(s.contains("pending:        13"), "{s}");
    let o = palermo(&d.0, &["db", "migrate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("13 migrations applied; schema at version 14"));
    let s = stdout(&palermo(&d.0, &["db", "status"]));
    assert!(
        s.contains("schema version: 14")
            && s.contains("pending:        none")
            && s.contains("orphan cells:   0"),
        "{s}"
    );

    let o = palermo(&d.0, &["db", "backup", "copy.db"]);
    assert!(o.status.success(), "{}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.0.join("copy.db"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let o = palermo(
        &d.0,
        &[
            "--db",
            "sqlite:copy.db",
            "treaty",
            "status",
            "--instrument",
            "tip",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(TIP_SUMMARY), "{}", stdout(&o));
    // Never over an existing file.
    let before = std::fs::read(d.0.join("copy.db")).unwrap();
    let o = palermo(&d.0, &["db", "backup", "copy.db"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read(d.0.join("copy.db")).unwrap(), before);
}

#[test]
fn an_unknown_scheme_is_refused_without_echoing_the_location() {
    let d = Dir::new("db-scheme");
    let o = palermo(
        &d.0,
        &["--db", "mysql://admin:hunter2@db/x", "db", "status"],
    );
    assert!(!o.status.success());
    let e = stderr(&o);
    assert!(e.contains("unknown scheme \"mysql\""), "{e}");
    assert!(!e.contains("hunter2"), "{e}");
    assert!(!d.0.join("mysql:").exists());
}

#[test]
fn on_postgres_the_password_stays_off_the_terminal_and_pg_dump_is_named() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let Some((url, _guard)) = rt.block_on(palermo_store::testing::empty_postgres()) else {
        return;
    };
    // The test server trusts loopback: any password is accepted, and
    // none may be printed.
    let url = url.replacen("://", "://palermo:hunter2@", 1);
    let url = match url.split_once('@') {
        Some((head, rest)) if rest.contains('@') => {
            format!("{head}@{}", rest.split_once('@').unwrap().1)
        }
        _ => url,
    };
    let d = Dir::new("db-pg");
    let run = |args: &[&str]| {
        let mut all = vec!["--db", url.as_str()];
        all.extend_from_slice(args);
        let o = palermo(&d.0, &all);
        assert!(!stdout(&o).contains("hunter2") && !stderr(&o).contains("hunter2"));
        o
    };
    let s = stdout(&run(&["db", "status"]));
    assert!(s.contains("backend:        postgres"), "{s}");
    assert!(
        s.contains("schema version: none") && s.contains("pending:        13"),
        "{s}"
    );
    assert!(s.contains(":***@"), "{s}");
    let o = run(&["treaty", "status", "--instrument", "tip"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(TIP_SUMMARY), "{}", stdout(&o));
    let s = stdout(&run(&["db", "status"]));
    assert!(
        s.contains("schema version: 14")
            && s.contains("pending:        none")
            && s.contains("orphan cells:   0"),
        "{s}"
    );
    let o = run(&["db", "backup", "x.dump"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("pg_dump"), "{}", stderr(&o));
    assert!(!d.0.join("x.dump").exists());
}
