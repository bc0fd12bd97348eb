//! The CLI speaks the six UN languages: `--lang`, `PALERMO_LANG`, or the
//! POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; error
//! reasons and summaries come from `locales/<tag>/cli.ftl`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{palermo, palermo_env, stderr, stdout, Dir};

/// `treaty import` of a path that is not a file: the command's own error.
const NOT_A_FILE: [&str; 7] = [
    "treaty",
    "import",
    "missing.csv",
    "--instrument",
    "tip",
    "--as-of",
    "2020-01-01",
];

/// The text without the Unicode isolates (FSI, PDI) Arabic puts around
/// each variable part.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn an_error_reason_is_in_french_or_arabic_as_asked() {
    let d = Dir::new("lang-error");
    let en = palermo(&d.0, &NOT_A_FILE);
    assert!(!en.status.success());
    assert!(
        stderr(&en)
            .contains("error: missing.csv: not a file (give the path of a CSV status table)"),
        "{}",
        stderr(&en)
    );

    let mut args = vec!["--lang", "fr"];
    args.extend(NOT_A_FILE);
    let fr = palermo(&d.0, &args);
    assert!(!fr.status.success());
    assert!(
        stderr(&fr).contains(
            "erreur : missing.csv : n’est pas un fichier (indiquez le chemin d’un tableau d’état au format CSV)"
        ),
        "{}",
        stderr(&fr)
    );

    let ar = palermo_env(&d.0, &NOT_A_FILE, &[("PALERMO_LANG", "ar")]);
    assert!(!ar.status.success());
    let err = plain(&stderr(&ar));
    assert!(
        err.contains("خطأ: missing.csv: ليس ملفًا (أعط مسار جدول حالة بصيغة CSV)"),
        "{err}"
    );
    // The file name keeps its own direction inside the Arabic text.
    assert!(stderr(&ar).contains("\u{2068}missing.csv\u{2069}"));
}

#[test]
fn the_language_comes_from_lang_then_palermo_lang_then_the_posix_locale() {
    let d = Dir::new("lang-choice");
    let reason = |o: &std::process::Output| plain(&stderr(o));
    // LANG names French: French.
    let o = palermo_env(&d.0, &NOT_A_FILE, &[("LANG", "fr_FR.UTF-8")]);
    assert!(
        reason(&o).contains("n’est pas un fichier"),
        "{}",
        reason(&o)
    );
    // LC_ALL outranks LANG.
    let o = palermo_env(
        &d.0,
        &NOT_A_FILE,
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "es_ES.UTF-8")],
    );
    assert!(reason(&o).contains("no es un archivo"), "{}", reason(&o));
    // PALERMO_LANG outranks the locale, --lang outranks PALERMO_LANG.
    let o = palermo_env(
        &d.0,
        &NOT_A_FILE,
        &[("LANG", "fr_FR.UTF-8"), ("PALERMO_LANG", "ru")],
    );
    assert!(reason(&o).contains("не файл"), "{}", reason(&o));
    let mut args = vec!["--lang", "zh"];
    args.extend(NOT_A_FILE);
    let o = palermo_env(&d.0, &args, &[("PALERMO_LANG", "ru")]);
    assert!(reason(&o).contains("不是文件"), "{}", reason(&o));
    // An empty PALERMO_LANG is unset (as POSIX treats an empty LANG): the
    // locale decides.
    let o = palermo_env(
        &d.0,
        &NOT_A_FILE,
        &[("LANG", "fr_FR.UTF-8"), ("PALERMO_LANG", "")],
    );
    assert!(
        reason(&o).contains("n’est pas un fichier"),
        "{}",
        reason(&o)
    );
    // A locale that is not one of the six: English.
    let o = palermo_env(&d.0, &NOT_A_FILE, &[("LANG", "de_DE.UTF-8")]);
    assert!(reason(&o).contains("not a file"), "{}", reason(&o));
    // A --lang that is not one of the six is refused, and says which are.
    let o = palermo(&d.0, &["--lang", "de", "db", "status"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("ar, zh, en, fr, ru, es"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn summaries_take_the_languages_plural_forms() {
    let d = Dir::new("lang-plural");
    // The bundled TIP status table: 167 participants, 159 parties on
    // 2014-07-10. CLDR's Russian plural rules: 167 is "many" (i % 10 = 7),
    // so строк; French and English "other".
    let summary = |lang: &str| {
        let o = palermo(
            &d.0,
            &["--lang", lang, "treaty", "status", "--instrument", "tip"],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        plain(&stdout(&o))
    };
    assert!(summary("en").contains("167 rows, 159 parties."));
    assert!(summary("ru").contains("167 строк, участников: 159."));
    assert!(summary("fr").contains("167 lignes, 159 parties."));
    assert!(summary("ar").contains("عدد الصفوف: 167، عدد الأطراف: 159."));
}

/// The runs of three or more ASCII letters of `text` that are no code
/// (all capitals, such as ISO codes), no hexadecimal digits (hashes) and
/// not `allowed` (what the command line gave, the data): in the
/// pseudo-locale `en-XA` every letter of a message is accented, so such a
/// run is English that bypassed Fluent.
fn bypassed(text: &str, allowed: &[&str]) -> Vec<String> {
    let allowed: Vec<String> = allowed
        .iter()
        .flat_map(|a| a.split(|c: char| !c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect();
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_hexdigit()))
        .filter(|w| !allowed.iter().any(|a| a == w))
        .map(str::to_owned)
        .collect()
}

/// Every command group whose messages are translated, run in the
/// pseudo-locale: no message of its output (summaries, reports, warnings,
/// errors) is plain English. `stats` and `linkage` have their own test
/// below.
#[test]
fn every_translated_command_speaks_the_pseudo_locale() {
    let d = Dir::new("lang-groups");
    let western = d.file(
        "western.csv",
        include_str!("../../palermo-mse/tests/data/Western.csv"),
    );
    let bad = d.file("bad.csv", "A,B,count\n1,0,x\n0,1,-2\n1,1\n");
    let merged = d.file("merged.csv", "A,B,count\n1,0,3\n0,1,2\n1,1,1\n1,0,4\n");
    let (western, bad, merged) = (
        western.to_str().unwrap(),
        bad.to_str().unwrap(),
        merged.to_str().unwrap(),
    );
    // Names of methods and sources (authors, R packages, Rcapture's model
    // codes) and the words of a path are data.
    let names = [
        "Rcapture",
        "Chao",
        "Poisson",
        "Darroch",
        "Gamma",
        "Mth",
        "Chapman",
        "Lincoln",
        "Petersen",
        "SparseMSE",
        "BCa",
        "Wald",
        "TOTP",
        "palermo",
        "tmp",
        "western",
        "bad",
        "merged",
        "csv",
        "lang",
        "groups",
        // CLDR's list pattern of the pseudo-locale's English locale data
        // (`0.025 and 0.975`): locale data, not a message.
        "and",
        // The tables' column names (the user's header: `A,B,count`).
        "count",
        // The database backend's name (`db status`).
        "sqlite",
    ];
    let runs: Vec<(Vec<&str>, bool)> = vec![
        (vec!["mse", western, "--bootstrap", "20"], true),
        (vec!["mse", merged, "--no-profile"], true),
        (vec!["mse", bad], false),
        (vec!["mse", western, "--terms", "A:B"], false),
        (
            vec!["mse", western, "--method", "fixed", "--terms", "A:Z"],
            false,
        ),
        (
            vec![
                "user", "add", "--email", "nobody", "--name", "N", "--role", "analyst",
            ],
            false,
        ),
        (vec!["user", "disable", "nobody@example.org"], false),
        (vec!["token", "revoke", "42"], false),
        (vec!["audit", "verify"], true),
        (vec!["cases", "release", "list"], true),
        (vec!["cases", "release", "create", "--method", "dp"], false),
        (vec!["db", "status"], true),
    ];
    let mut failures = Vec::new();
    for (args, ok) in &runs {
        let mut all = vec!["--lang", "en-XA"];
        all.extend(args.iter().copied());
        let o = palermo(&d.0, &all);
        assert_eq!(o.status.success(), *ok, "{args:?}: {}", stderr(&o));
        let mut allowed: Vec<&str> = names.to_vec();
        allowed.extend(args.iter().copied());
        let db = d.0.join("palermo.db");
        let db = db.to_str().unwrap().to_owned();
        allowed.push(&db);
        let out = format!("{}\n{}", stdout(&o), stderr(&o));
        let bad = bypassed(&out, &allowed);
        if !bad.is_empty() {
            failures.push(format!("{args:?}: {bad:?}\n{out}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // The check catches what it must.
    assert_eq!(
        bypassed("ŵàŕñ nothing was imported ITA ab12ef", &[]),
        ["nothing", "was", "imported"]
    );
}

/// `stats` and `linkage`, run in the pseudo-locale on the small fixtures
/// of the other CLI tests (one GLOTIP row; febrl4's lists of 150 and 200
/// records with clkhash's demo schema and secret): summaries, tables,
/// warnings and refusals go through Fluent; the CSV written to files and
/// the values of the data do not.
#[test]
fn stats_and_linkage_speak_the_pseudo_locale() {
    let d = Dir::new("lang-stats-linkage");
    let national = d.file(
        "national.csv",
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
         MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,17,GLOTIP\n",
    );
    let data =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../palermo-linkage/tests/data");
    let fixture = |n: &str| data.join(n).to_str().unwrap().to_owned();
    let (list_a, list_b) = (fixture("febrl4_A_150.csv"), fixture("febrl4_B_sub.csv"));
    let (schema, secret) = (
        fixture("schema_febrl_blake.json"),
        fixture("secret_demo.txt"),
    );
    let out = |n: &str| d.0.join(n).to_str().unwrap().to_owned();
    let (police, ngo, matches, histories) = (
        out("police.json"),
        out("ngo.json"),
        out("matches.csv"),
        out("histories.csv"),
    );
    let national = national.to_str().unwrap();
    // Shorter than the 16 bytes a secret needs.
    let short = d.file("short.txt", "abc\n");
    let short = short.to_str().unwrap();
    // The data: the GLOTIP row's words, the solver's and blocking's names
    // as given, the popcount kernels' names, clkhash's schema fields.
    let names = [
        "palermo", "tmp", "lang", "stats", "linkage", "national", "csv", "json", "count", "greedy",
        "none", "Avx512", "Avx2", "Popcnt", "Portable", "sqlite",
    ];
    let runs: Vec<(Vec<&str>, Option<i32>)> = vec![
        (
            vec!["stats", "import", national, "--dataset", "national"],
            Some(0),
        ),
        (
            vec![
                "stats",
                "indicators",
                "--dataset",
                "national",
                "--from",
                "2020",
            ],
            Some(0),
        ),
        (
            vec![
                "stats",
                "indicators",
                "--dataset",
                "national",
                "--from",
                "2001",
                "--to",
                "2002",
            ],
            Some(0),
        ),
        (vec!["stats", "conflicts", "--dataset", "national"], Some(0)),
        (
            vec![
                "linkage",
                "encode",
                &list_a,
                "--schema",
                &schema,
                "--secret-file",
                &secret,
                "-o",
                &police,
                "-q",
            ],
            Some(0),
        ),
        (
            vec![
                "linkage",
                "encode",
                &list_b,
                "--schema",
                &schema,
                "--secret-file",
                &secret,
                "-o",
                &ngo,
                "-q",
            ],
            Some(0),
        ),
        (
            vec![
                "linkage",
                "encode",
                &list_a,
                "--schema",
                &schema,
                "--secret-file",
                short,
                "-o",
                &police,
                "-q",
            ],
            Some(1),
        ),
        (
            vec![
                "linkage",
                "match",
                &police,
                &ngo,
                "-o",
                &matches,
                "--capture-histories",
                &histories,
            ],
            Some(0),
        ),
        (
            vec!["linkage", "match", &police, &ngo, "--threshold", "1.5"],
            Some(1),
        ),
        (
            vec![
                "linkage", "report", &police, &ngo, "--bins", "10", "--floor", "0.5",
            ],
            Some(0),
        ),
        (
            vec!["linkage", "report", &police, &ngo, "--names", "x,x"],
            Some(1),
        ),
    ];
    let mut failures = Vec::new();
    for (args, code) in &runs {
        let mut all = vec!["--lang", "en-XA"];
        all.extend(args.iter().copied());
        let o = palermo(&d.0, &all);
        assert_eq!(o.status.code(), *code, "{args:?}: {}", stderr(&o));
        let mut allowed: Vec<&str> = names.to_vec();
        allowed.extend(args.iter().copied());
        let out = format!("{}\n{}", stdout(&o), stderr(&o));
        let bad = bypassed(&out, &allowed);
        if !bad.is_empty() {
            failures.push(format!("{args:?}: {bad:?}\n{out}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // The files are data: their columns stay as they are.
    let m = std::fs::read_to_string(&matches).unwrap();
    assert!(
        m.starts_with("file_a,index_a,file_b,index_b,similarity\n"),
        "{m}"
    );
    let h = std::fs::read_to_string(&histories).unwrap();
    assert!(h.starts_with("police,ngo,count\n"), "{h}");
}
