//! `palermo user …`, `palermo token …` and `palermo audit …` through the
//! binary: the first administrator, secrets shown once and never stored,
//! and an audit row altered in the database file caught by `audit verify`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{palermo_env, palermo_stdin_env, stderr, stdout, Dir};

/// The account tests on each backend: `sqlite::NAME` always,
/// `postgres::NAME` on a database of its own when PALERMO_TEST_POSTGRES
/// names a server (skipped with a note otherwise; required under CI=true).
macro_rules! on_every_backend {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    super::$name(&super::Db::sqlite(stringify!($name)));
                }
            )+
        }
        mod postgres {
            $(
                #[test]
                fn $name() {
                    if let Some(db) = super::Db::postgres(stringify!($name)) {
                        super::$name(&db);
                    }
                }
            )+
        }
    };
}

on_every_backend!(
    first_administrator_tokens_and_the_audit_trail,
    a_removed_entry_is_named,
    bad_input_is_refused_with_the_reason_and_without_the_value,
    imports_exports_reads_and_releases_on_the_command_line_are_audited,
    linkage_runs_and_estimates_are_audited,
);

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The database of one test: the CLI's working directory, and on
/// PostgreSQL a database of its own (dropped with the fixture) that every
/// command is given as `PALERMO_DB`.
struct Db {
    dir: Dir,
    url: Option<String>,
    _drop: Option<palermo_store::testing::EmptyDatabase>,
}

impl Db {
    /// `palermo.db` in a fresh directory.
    fn sqlite(name: &str) -> Self {
        Self {
            dir: Dir::new(&format!("acc-sqlite-{name}")),
            url: None,
            _drop: None,
        }
    }

    /// An empty PostgreSQL database, if the server is configured.
    fn postgres(name: &str) -> Option<Self> {
        let (url, guard) = rt().block_on(palermo_store::testing::empty_postgres())?;
        Some(Self {
            dir: Dir::new(&format!("acc-pg-{name}")),
            url: Some(url),
            _drop: Some(guard),
        })
    }

    fn env(&self) -> Vec<(&str, &str)> {
        self.url
            .as_deref()
            .map(|u| vec![("PALERMO_DB", u)])
            .unwrap_or_default()
    }

    /// `palermo ARGS` on this database.
    fn run(&self, args: &[&str]) -> std::process::Output {
        palermo_env(&self.dir.0, args, &self.env())
    }

    /// `palermo ARGS` with `input` on its standard input.
    fn run_stdin(&self, args: &[&str], input: &str) -> std::process::Output {
        palermo_stdin_env(&self.dir.0, args, input, &self.env())
    }

    /// Writes the file `name` in the working directory.
    fn file(&self, name: &str, text: &str) -> std::path::PathBuf {
        self.dir.file(name, text)
    }

    /// Every byte stored: the SQLite file and its WAL, or the text of
    /// every row of the account and audit tables on PostgreSQL.
    fn stored(&self) -> Vec<u8> {
        use sqlx::{Connection, Row};
        let Some(url) = &self.url else {
            let mut b = std::fs::read(self.dir.0.join("palermo.db")).unwrap();
            if let Ok(w) = std::fs::read(self.dir.0.join("palermo.db-wal")) {
                b.extend(w);
            }
            return b;
        };
        rt().block_on(async {
            let mut c = sqlx::PgConnection::connect(url).await.unwrap();
            let mut out = Vec::new();
            for t in ["users", "api_tokens", "sessions", "audit_log"] {
                for r in sqlx::query(&format!("SELECT CAST(t AS text) AS row FROM {t} t"))
                    .fetch_all(&mut c)
                    .await
                    .unwrap()
                {
                    out.extend(r.get::<String, _>("row").into_bytes());
                }
            }
            c.close().await.unwrap();
            out
        })
    }

    /// Opens the database with sqlx as an attacker would (no Palermo
    /// code), drops the append-only triggers and runs `sql`.
    fn tamper(&self, sql: &str) {
        use sqlx::Connection;
        // Each backend's statement that drops a trigger.
        let drop_on = if self.url.is_some() {
            " ON audit_log"
        } else {
            ""
        };
        let mut statements: Vec<String> = ["audit_log_no_update", "audit_log_no_delete"]
            .iter()
            .map(|t| format!("DROP TRIGGER {t}{drop_on}"))
            .collect();
        statements.push(sql.to_owned());
        let n = rt().block_on(async {
            let mut last = 0;
            if let Some(url) = &self.url {
                let mut c = sqlx::PgConnection::connect(url).await.unwrap();
                for s in &statements {
                    last = sqlx::query(s)
                        .execute(&mut c)
                        .await
                        .unwrap()
                        .rows_affected();
                }
                c.close().await.unwrap();
            } else {
                let db = self.dir.0.join("palermo.db");
                let url = format!("sqlite://{}", db.display());
                let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
                for s in &statements {
                    last = sqlx::query(s)
                        .execute(&mut c)
                        .await
                        .unwrap()
                        .rows_affected();
                }
                c.close().await.unwrap();
            }
            last
        });
        assert_eq!(n, 1);
    }
}

/// The secret printed after `label` on standard output.
fn shown_once(out: &std::process::Output, label: &str) -> String {
    let s = stdout(out);
    s.lines()
        .find_map(|l| l.strip_prefix(label))
        .unwrap_or_else(|| panic!("no {label} in {s}"))
        .trim()
        .to_owned()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn first_administrator_tokens_and_the_audit_trail(d: &Db) {
    let add = d.run(&[
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
    ]);
    assert!(add.status.success(), "{}", stderr(&add));
    let password = shown_once(&add, "password (shown once):");
    assert_eq!(password.len(), 24);
    assert!(stdout(&add).contains("TOTP"), "{}", stdout(&add));

    // A password from standard input is not printed.
    let add2 = d.run_stdin(
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
    let bytes = d.stored();
    assert!(!contains(&bytes, &password));
    assert!(!contains(&bytes, "a long passphrase here"));
    assert!(contains(&bytes, "$argon2id$v=19$m=19456,t=2,p=1$"));

    let list = d.run(&["user", "list"]);
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
    let tok = d.run(&[
        "token",
        "create",
        "--user",
        "ngo@example.org",
        "--name",
        "nightly import",
        "--scope",
        "read-write",
    ]);
    assert!(tok.status.success(), "{}", stderr(&tok));
    let token = shown_once(&tok, "token (shown once):");
    assert!(token.starts_with("plm_"), "{token}");
    assert!(!contains(&d.stored(), &token));
    let tl = d.run(&["token", "list"]);
    assert!(
        stdout(&tl).contains("\tnightly import\tread-write\t"),
        "{}",
        stdout(&tl)
    );
    assert!(!stdout(&tl).contains(&token));
    let rv = d.run(&["token", "revoke", "1"]);
    assert!(rv.status.success(), "{}", stderr(&rv));
    let again = d.run(&["token", "revoke", "1"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("no live token 1"),
        "{}",
        stderr(&again)
    );

    let dis = d.run(&["user", "disable", "ngo@example.org"]);
    assert!(dis.status.success(), "{}", stderr(&dis));
    let rp = d.run(&["user", "reset-password", "1"]);
    assert!(rp.status.success(), "{}", stderr(&rp));
    assert_ne!(shown_once(&rp, "password (shown once):"), password);

    // user.add ×2, token.create, token.revoke, user.disable, user.reset-password.
    let v = d.run(&["audit", "verify"]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(
        stdout(&v).contains("audit trail intact: 6 entries, last entry 6"),
        "{}",
        stdout(&v)
    );

    let ex = d.run(&["audit", "export", "--format", "csv"]);
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
    d.tamper("UPDATE audit_log SET target = 'token:9 of user:1' WHERE seq = 3");
    let v = d.run(&["audit", "verify"]);
    assert!(!v.status.success());
    assert!(
        stderr(&v).contains("audit trail broken at entry 3: its content does not match its hash"),
        "{}",
        stderr(&v)
    );
}

fn a_removed_entry_is_named(d: &Db) {
    for (i, email) in ["a@example.org", "b@example.org", "c@example.org"]
        .iter()
        .enumerate()
    {
        let o = d.run(&[
            "user",
            "add",
            "--email",
            email,
            "--name",
            &format!("U{i}"),
            "--role",
            "analyst",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    d.tamper("DELETE FROM audit_log WHERE seq = 2");
    let v = d.run(&["audit", "verify"]);
    assert!(!v.status.success());
    assert!(
        stderr(&v).contains("audit trail broken at entry 3: entries before it are missing"),
        "{}",
        stderr(&v)
    );
}

fn bad_input_is_refused_with_the_reason_and_without_the_value(d: &Db) {
    let short = d.run_stdin(
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

    let no_org = d.run(&[
        "user",
        "add",
        "--email",
        "p@example.org",
        "--name",
        "P",
        "--role",
        "data-provider",
    ]);
    assert!(!no_org.status.success());
    assert!(
        stderr(&no_org).contains("--org: a data-provider acts for an organisation"),
        "{}",
        stderr(&no_org)
    );

    let role = d.run(&[
        "user",
        "add",
        "--email",
        "p@example.org",
        "--name",
        "P",
        "--role",
        "root",
    ]);
    assert!(!role.status.success());
    assert!(
        stderr(&role).contains("unknown role: expected one of"),
        "{}",
        stderr(&role)
    );

    let org = d.run(&[
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
    ]);
    assert!(!org.status.success());
    assert!(
        stderr(&org).contains("expected a name of 1-64 ASCII letters"),
        "{}",
        stderr(&org)
    );

    let ok = d.run(&[
        "user",
        "add",
        "--email",
        "p@example.org",
        "--name",
        "P",
        "--role",
        "analyst",
    ]);
    assert!(ok.status.success());
    let dup = d.run(&[
        "user",
        "add",
        "--email",
        "P@EXAMPLE.ORG",
        "--name",
        "P",
        "--role",
        "analyst",
    ]);
    assert!(!dup.status.success());
    assert!(
        stderr(&dup).contains("an account with this e-mail address exists"),
        "{}",
        stderr(&dup)
    );
    // Nothing was audited for the refusals: one entry.
    let v = d.run(&["audit", "verify"]);
    assert!(stdout(&v).contains("intact: 1 entries"), "{}", stdout(&v));
}

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

/// Every audited action of the data holder's command line (issue #12,
/// item 8) leaves its entry (who: `cli`; what; from where: `cli`), never
/// a victim's data, and the chain still verifies after each.
fn imports_exports_reads_and_releases_on_the_command_line_are_audited(d: &Db) {
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
        let o = d.run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v = d.run(&["audit", "verify"]);
        assert!(v.status.success(), "after {args:?}: {}", stderr(&v));
        assert!(
            stdout(&v).contains(&format!("audit trail intact: {} entries", n + 1)),
            "after {args:?}: {}",
            stdout(&v)
        );
        let csv = stdout(&d.run(&["audit", "export", "--format", "csv"]));
        let last = csv.lines().last().unwrap();
        assert!(last.contains(&format!(",cli,{action},")), "{last}");
    }
    let csv = stdout(&d.run(&["audit", "export", "--format", "csv"]));
    assert!(csv.contains("case-records:police (2000 records)"), "{csv}");
    assert!(csv.contains("release:1"), "{csv}");
    // No record's values: not a citizenship or a year from the file.
    for l in csv.lines().skip(1) {
        assert!(!l.contains("MEX") && !l.contains("UGA"), "{l}");
    }
}

/// `palermo linkage match` and `palermo mse` each record their run
/// (issue #12, item 8): who `cli`, from where `cli`, the method and the
/// number of lists, the input's keyed digest (`in:` and 32 hex digits),
/// never a count of the table nor a CLK; the chain still verifies. A table
/// that does not parse is refused and records nothing.
fn linkage_runs_and_estimates_are_audited(d: &Db) {
    // Two lists of two 16-bit CLKs (base64 of 0xFFFF, 0x0F0F; 0xFFFF,
    // 0xF0F0), as clkhash writes them.
    let a = d.file("a.json", r#"{"clks": ["//8=", "Dw8="]}"#);
    let b = d.file("b.json", r#"{"clks": ["//8=", "8PA="]}"#);
    let m = d.run(&[
        "linkage",
        "match",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--threshold",
        "0.9",
    ]);
    assert!(m.status.success(), "{}", stderr(&m));
    let table = d.file(
        "t.csv",
        "A,B,C,count\n1,0,0,431\n0,1,0,323\n0,0,1,287\n1,1,0,52\n1,0,1,41\n0,1,1,37\n1,1,1,9\n",
    );
    let e = d.run(&["mse", table.to_str().unwrap(), "--method", "main"]);
    assert!(e.status.success(), "{}", stderr(&e));
    let bad = d.file("bad.csv", "A,B,count\n1,x,3\n");
    let refused = d.run(&["mse", bad.to_str().unwrap()]);
    assert!(!refused.status.success());

    let v = d.run(&["audit", "verify"]);
    assert!(
        stdout(&v).contains("audit trail intact: 2 entries"),
        "{}{}",
        stdout(&v),
        stderr(&v)
    );
    let csv = stdout(&d.run(&["audit", "export", "--format", "csv"]));
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows[1].contains(
            ",cli,linkage.match,\"2 lists, threshold 0.9, solver greedy, blocking none; in:"
        ),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].contains(",cli,mse.estimate,\"method main, 3 lists; in:"),
        "{}",
        rows[2]
    );
    for r in &rows[1..] {
        // The target field: from its opening quote to the digest.
        let shown = &r[r.find('"').unwrap()..r.find("; in:").unwrap()];
        for v in ["431", "323", "//8=", "Dw8="] {
            assert!(!shown.contains(v), "{r}");
        }
        assert!(r.ends_with(",cli") || r.contains(",cli,"), "{r}");
    }
}
