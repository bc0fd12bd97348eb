//! `palermo user …`, `palermo token …` and `palermo audit …` through the
//! binary: the first administrator, secrets shown once and never stored,
//! and an audit row altered in the database file caught by `audit verify`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{palermo, palermo_stdin, stderr, stdout, Dir};

/// The secret printed after `label` on standard output.
fn shown_once(out: &std::process::Output, label: &str) -> String {
    let s = stdout(out);
    s.lines()
        .find_map(|l| l.strip_prefix(label))
        .unwrap_or_else(|| panic!("no {label} in {s}"))
        .trim()
        .to_owned()
}

/// Every byte of the database and its WAL.
fn db_bytes(d: &Dir) -> Vec<u8> {
    let mut b = std::fs::read(d.0.join("palermo.db")).unwrap();
    if let Ok(w) = std::fs::read(d.0.join("palermo.db-wal")) {
        b.extend(w);
    }
    b
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn first_administrator_tokens_and_the_audit_trail() {
    let d = Dir::new("accounts");
    let add = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "Admin@Example.org",
            "--name",
            "First Admin",
            "--role",
            "administrator",
            "--org",
            "un:UNODC",
        ],
    );
    assert!(add.status.success(), "{}", stderr(&add));
    let password = shown_once(&add, "password (shown once):");
    assert_eq!(password.len(), 24);
    assert!(stdout(&add).contains("TOTP"), "{}", stdout(&add));

    // A password from standard input is not printed.
    let add2 = palermo_stdin(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "ngo@example.org",
            "--name",
            "NGO A",
            "--role",
            "data-provider",
            "--org",
            "agency:ngo-a",
            "--password-stdin",
        ],
        "a long passphrase here\n",
    );
    assert!(add2.status.success(), "{}", stderr(&add2));
    assert!(!stdout(&add2).contains("password"), "{}", stdout(&add2));

    // The database holds neither password, only Argon2id hashes.
    let bytes = db_bytes(&d);
    assert!(!contains(&bytes, &password));
    assert!(!contains(&bytes, "a long passphrase here"));
    assert!(contains(&bytes, "$argon2id$v=19$m=19456,t=2,p=1$"));

    let list = palermo(&d.0, &["user", "list"]);
    let l = stdout(&list);
    assert!(
        l.contains("admin@example.org\tFirst Admin\tadministrator\tun:UNODC\tactive\tno"),
        "{l}"
    );
    assert!(
        l.contains("ngo@example.org\tNGO A\tdata-provider\tagency:ngo-a\tactive"),
        "{l}"
    );
    assert!(!l.contains("argon2"), "{l}");

    // A token is shown once and stored as its SHA-256 only.
    let tok = palermo(
        &d.0,
        &[
            "token",
            "create",
            "--user",
            "ngo@example.org",
            "--name",
            "nightly import",
            "--scope",
            "read-write",
        ],
    );
    assert!(tok.status.success(), "{}", stderr(&tok));
    let token = shown_once(&tok, "token (shown once):");
    assert!(token.starts_with("plm_"), "{token}");
    assert!(!contains(&db_bytes(&d), &token));
    let tl = palermo(&d.0, &["token", "list"]);
    assert!(
        stdout(&tl).contains("\tnightly import\tread-write\t"),
        "{}",
        stdout(&tl)
    );
    assert!(!stdout(&tl).contains(&token));
    let rv = palermo(&d.0, &["token", "revoke", "1"]);
    assert!(rv.status.success(), "{}", stderr(&rv));
    let again = palermo(&d.0, &["token", "revoke", "1"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("no live token 1"),
        "{}",
        stderr(&again)
    );

    let dis = palermo(&d.0, &["user", "disable", "ngo@example.org"]);
    assert!(dis.status.success(), "{}", stderr(&dis));
    let rp = palermo(&d.0, &["user", "reset-password", "1"]);
    assert!(rp.status.success(), "{}", stderr(&rp));
    assert_ne!(shown_once(&rp, "password (shown once):"), password);

    // user.add ×2, token.create, token.revoke, user.disable, user.reset-password.
    let v = palermo(&d.0, &["audit", "verify"]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(
        stdout(&v).contains("audit trail intact: 6 entries, last entry 6"),
        "{}",
        stdout(&v)
    );

    let ex = palermo(&d.0, &["audit", "export", "--format", "csv"]);
    let csv = stdout(&ex);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "seq,at_unix,at_utc,actor,action,target,source,prev_hash,hash"
    );
    assert_eq!(rows.len(), 7, "{csv}");
    assert!(
        rows[1].starts_with("1,") && rows[1].contains(",cli,user.add,user:1,cli,0000000000"),
        "{}",
        rows[1]
    );
    assert!(
        rows[6].contains(",user.reset-password,user:1,"),
        "{}",
        rows[6]
    );
    // No secret in the trail.
    assert!(!csv.contains(&password) && !csv.contains(&token));

    // Someone with the file drops the append-only trigger and edits entry
    // 3 (the token's creation): `audit verify` names it and fails.
    tamper(
        &d.0.join("palermo.db"),
        "UPDATE audit_log SET target = 'token:9 of user:1' WHERE seq = 3",
    );
    let v = palermo(&d.0, &["audit", "verify"]);
    assert!(!v.status.success());
    assert!(
        stderr(&v).contains("audit trail broken at entry 3: its content does not match its hash"),
        "{}",
        stderr(&v)
    );
}

#[test]
fn a_removed_entry_is_named() {
    let d = Dir::new("accounts-removed");
    for (i, email) in ["a@example.org", "b@example.org", "c@example.org"]
        .iter()
        .enumerate()
    {
        let o = palermo(
            &d.0,
            &[
                "user",
                "add",
                "--email",
                email,
                "--name",
                &format!("U{i}"),
                "--role",
                "analyst",
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    tamper(
        &d.0.join("palermo.db"),
        "DELETE FROM audit_log WHERE seq = 2",
    );
    let v = palermo(&d.0, &["audit", "verify"]);
    assert!(!v.status.success());
    assert!(
        stderr(&v).contains("audit trail broken at entry 3: entries before it are missing"),
        "{}",
        stderr(&v)
    );
}

/// Opens the database with sqlx as an attacker would (no Palermo code),
/// drops the append-only triggers and runs `sql`.
fn tamper(db: &std::path::Path, sql: &str) {
    use sqlx::Connection;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::query("DROP TRIGGER audit_log_no_update")
            .execute(&mut c)
            .await
            .unwrap();
        sqlx::query("DROP TRIGGER audit_log_no_delete")
            .execute(&mut c)
            .await
            .unwrap();
        let n = sqlx::query(sql)
            .execute(&mut c)
            .await
            .unwrap()
            .rows_affected();
        assert_eq!(n, 1);
        c.close().await.unwrap();
    });
}

#[test]
fn bad_input_is_refused_with_the_reason_and_without_the_value() {
    let d = Dir::new("accounts-bad");
    let short = palermo_stdin(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "x@example.org",
            "--name",
            "X",
            "--role",
            "analyst",
            "--password-stdin",
        ],
        "hunter2\n",
    );
    assert!(!short.status.success());
    assert!(
        stderr(&short).contains("at least 12 characters"),
        "{}",
        stderr(&short)
    );
    assert!(!stderr(&short).contains("hunter2"));

    let no_org = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "p@example.org",
            "--name",
            "P",
            "--role",
            "data-provider",
        ],
    );
    assert!(!no_org.status.success());
    assert!(
        stderr(&no_org).contains("--org: a data-provider acts for an organisation"),
        "{}",
        stderr(&no_org)
    );

    let role = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "p@example.org",
            "--name",
            "P",
            "--role",
            "root",
        ],
    );
    assert!(!role.status.success());
    assert!(
        stderr(&role).contains("unknown role: expected one of"),
        "{}",
        stderr(&role)
    );

    let org = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "p@example.org",
            "--name",
            "P",
            "--role",
            "reviewer",
            "--org",
            "state:<b>",
        ],
    );
    assert!(!org.status.success());
    assert!(
        stderr(&org).contains("expected a name of 1-64 ASCII letters"),
        "{}",
        stderr(&org)
    );

    let ok = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "p@example.org",
            "--name",
            "P",
            "--role",
            "analyst",
        ],
    );
    assert!(ok.status.success());
    let dup = palermo(
        &d.0,
        &[
            "user",
            "add",
            "--email",
            "P@EXAMPLE.ORG",
            "--name",
            "P",
            "--role",
            "analyst",
        ],
    );
    assert!(!dup.status.success());
    assert!(
        stderr(&dup).contains("an account with this e-mail address exists"),
        "{}",
        stderr(&dup)
    );
    // Nothing was audited for the refusals: one entry.
    let v = palermo(&d.0, &["audit", "verify"]);
    assert!(stdout(&v).contains("intact: 1 entries"), "{}", stdout(&v));
}

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

/// Every audited action of the data holder's command line (issue #12,
/// item 8) leaves its entry (who: `cli`; what; from where: `cli`), never
/// a victim's data, and the chain still verifies after each.
#[test]
fn imports_exports_reads_and_releases_on_the_command_line_are_audited() {
    let d = Dir::new("audited-cli");
    let file = d.file("cases.csv", SAMPLE);
    let steps: [(&[&str], &str); 5] = [
        (
            &[
                "cases",
                "import",
                file.to_str().unwrap(),
                "--source",
                "police",
            ],
            "cases.import",
        ),
        (&["cases", "indicators", "--by", "sex"], "cases.read"),
        (&["cases", "export", "--source", "police"], "cases.export"),
        (&["cases", "release", "create"], "release.create"),
        (&["cases", "release", "withdraw", "1"], "release.withdraw"),
    ];
    for (n, (args, action)) in steps.iter().enumerate() {
        let o = palermo(&d.0, args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v = palermo(&d.0, &["audit", "verify"]);
        assert!(v.status.success(), "after {args:?}: {}", stderr(&v));
        assert!(
            stdout(&v).contains(&format!("audit trail intact: {} entries", n + 1)),
            "after {args:?}: {}",
            stdout(&v)
        );
        let csv = stdout(&palermo(&d.0, &["audit", "export", "--format", "csv"]));
        let last = csv.lines().last().unwrap();
        assert!(last.contains(&format!(",cli,{action},")), "{last}");
    }
    let csv = stdout(&palermo(&d.0, &["audit", "export", "--format", "csv"]));
    assert!(csv.contains("case-records:police (2000 records)"), "{csv}");
    assert!(csv.contains("release:1"), "{csv}");
    // No record's values: not a citizenship or a year from the file.
    for l in csv.lines().skip(1) {
        assert!(!l.contains("MEX") && !l.contains("UGA"), "{l}");
    }
}
