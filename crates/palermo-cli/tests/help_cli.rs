//! `--help` and clap's refusals in the run's language (issue #18):
//! `help.ftl` through `help::localize`. The English help is the source:
//! its sentences must not appear in another language's help, and the
//! pseudo-locale `en-XA` (every letter of a message accented) shows any
//! text that bypassed Fluent.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{palermo, palermo_env, stderr, stdout, Dir};

/// The commands whose help is translated: all of them
/// (`help::tests::PENDING` would list a group whose subcommands are not).
const TRANSLATED: [&[&str]; 45] = [
    &[],
    &["serve"],
    &["treaty"],
    &["treaty", "status"],
    &["treaty", "import"],
    &["treaty", "export"],
    &["mse"],
    &["db"],
    &["db", "status"],
    &["db", "migrate"],
    &["db", "backup"],
    &["db", "copy"],
    &["audit"],
    &["audit", "verify"],
    &["audit", "export"],
    &["user"],
    &["user", "add"],
    &["user", "list"],
    &["user", "disable"],
    &["user", "reset-password"],
    &["token"],
    &["token", "create"],
    &["token", "list"],
    &["token", "revoke"],
    &["linkage"],
    &["linkage", "encode"],
    &["linkage", "match"],
    &["linkage", "report"],
    &["cases"],
    &["cases", "import"],
    &["cases", "indicators"],
    &["cases", "sources"],
    &["cases", "release"],
    &["cases", "release", "create"],
    &["cases", "release", "list"],
    &["cases", "release", "withdraw"],
    &["cases", "budget"],
    &["cases", "budget", "set"],
    &["cases", "budget", "show"],
    &["cases", "export"],
    &["stats"],
    &["stats", "import"],
    &["stats", "indicators"],
    &["stats", "export"],
    &["stats", "conflicts"],
];

fn help(d: &Dir, lang: &str, cmd: &[&str], flag: &str) -> String {
    let mut args = vec!["--lang", lang];
    args.extend(cmd.iter().copied());
    args.push(flag);
    let o = palermo(&d.0, &args);
    assert!(o.status.success(), "{cmd:?}: {}", stderr(&o));
    stdout(&o)
}

/// The English help's sentences: trimmed lines with at least four words of
/// three or more letters, outside the `[…]` notes (whose lists of
/// possible values are the command line's words, the same in every
/// language) and not counting option names and placeholders
/// (`--secret-file <SECRET_FILE>`, on a line of its own when its text is
/// wrapped below it).
fn sentences(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| {
            l.split_whitespace()
                .filter(|t| !t.starts_with('-') && !t.starts_with('<'))
                .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
                .filter(|w| w.len() >= 3)
                .count()
                >= 4
        })
        .filter(|l| !l.starts_with("palermo ") && !l.contains(['[', ']']))
        .map(str::to_owned)
        .collect()
}

#[test]
fn help_in_french_arabic_and_chinese_holds_no_english_sentence() {
    let d = Dir::new("help-langs");
    let mut failures = Vec::new();
    for cmd in TRANSLATED {
        for flag in ["-h", "--help"] {
            let en = help(&d, "en", cmd, flag);
            let english = sentences(&en);
            assert!(!english.is_empty(), "{cmd:?}");
            for lang in ["fr", "ar", "zh", "es", "ru"] {
                let text = help(&d, lang, cmd, flag);
                for s in &english {
                    if text.contains(s.as_str()) {
                        failures.push(format!("{lang} {cmd:?} {flag}: {s}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // clap's headings are the language's.
    let fr = help(&d, "fr", &["treaty", "import"], "--help");
    for h in [
        "Utilisation: ",
        "Arguments:",
        "Options:",
        "Valeurs possibles :",
    ] {
        assert!(fr.contains(h), "{h}\n{fr}");
    }
    let zh = help(&d, "zh", &["mse"], "--help");
    for h in ["用法: ", "参数:", "选项:", "[选项]", "示例："] {
        assert!(zh.contains(h), "{h}\n{zh}");
    }
}

/// Runs of three or more ASCII letters that are no code (all capitals)
/// and not `allowed`: English that bypassed Fluent in `en-XA`.
fn bypassed(text: &str, allowed: &[&str]) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|w| !allowed.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn help_in_the_pseudo_locale_bypasses_no_message() {
    let d = Dir::new("help-pseudo");
    // The command line's own words: command and option names, possible
    // and default values.
    let names = [
        "palermo",
        "serve",
        "addr",
        "treaty",
        "status",
        "import",
        "export",
        "stats",
        "cases",
        "mse",
        "linkage",
        "user",
        "token",
        "audit",
        "help",
        "lang",
        "version",
        "instrument",
        "not",
        "party",
        "region",
        "format",
        "table",
        "csv",
        "json",
        "allow",
        "removals",
        "dry",
        "run",
        "auto",
        "untc",
        "method",
        "stepwise",
        "aic",
        "bic",
        "main",
        "fixed",
        "terms",
        "threshold",
        "bootstrap",
        "seed",
        "level",
        "profile",
        "time",
        "limit",
        "migrate",
        "backup",
        "copy",
        "verify",
        "output",
        "add",
        "list",
        "disable",
        "reset",
        "password",
        "stdin",
        "email",
        "name",
        "role",
        "org",
        "reviews",
        "remove",
        "totp",
        "create",
        "revoke",
        "scope",
        "read",
        "encode",
        "match",
        "report",
        "schema",
        "secret",
        "file",
        "validate",
        "threads",
        "quiet",
        "names",
        "solver",
        "greedy",
        "probabilistic",
        "merge",
        "blocking",
        "none",
        "lsh",
        "tables",
        "bits",
        "kernel",
        "avx",
        "popcnt",
        "portable",
        "capture",
        "histories",
        "bins",
        "floor",
        "age",
        "budget",
        "cell",
        "country",
        "ctdc",
        "epsilon",
        "force",
        "form",
        "from",
        "htcds",
        "indicators",
        "key",
        "note",
        "release",
        "set",
        "sex",
        "show",
        "source",
        "sources",
        "strict",
        "withdraw",
        "conflicts",
        "dataset",
        "detected",
        "glotip",
        "indicator",
        "sdmx",
        "victims",
        "xlsx",
    ];
    let mut failures = Vec::new();
    for cmd in TRANSLATED {
        for flag in ["-h", "--help"] {
            let text = help(&d, "en-XA", cmd, flag);
            let bad = bypassed(&text, &names);
            if !bad.is_empty() {
                failures.push(format!("{cmd:?} {flag}: {bad:?}\n{text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // The check sees what it must: English that no message accented (the
    // plain `en` help of `stats`).
    let text = help(&d, "en", &["stats"], "-h");
    assert!(!bypassed(&text, &names).is_empty());
}

#[test]
fn palermo_help_says_what_palermo_is() {
    let d = Dir::new("help-about");
    let en = help(&d, "en", &[], "-h");
    assert!(
        en.starts_with("Palermo: treaty status, trafficking statistics, record linkage and multiple systems estimation"),
        "{en}"
    );
    // Not the package's description (Cargo.toml), a note for developers.
    let cargo = include_str!("../Cargo.toml");
    assert!(cargo.contains("argument parsing and wiring"));
    assert!(!en.contains("argument parsing and wiring"), "{en}");
}

#[test]
fn clap_refusals_are_ours_in_the_language_and_never_show_the_value() {
    let d = Dir::new("help-errors");
    let run = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend(args.iter().copied());
        let o = palermo(&d.0, &all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        stderr(&o)
    };
    // Unknown argument (ErrorKind::UnknownArgument): named, with the usage.
    let e = run("fr", &["treaty", "status", "--bogus"]);
    assert!(e.contains("erreur : argument inattendu --bogus"), "{e}");
    assert!(
        e.contains("Utilisation: palermo treaty status [OPTIONS]"),
        "{e}"
    );
    assert!(e.contains("essayez « --help »"), "{e}");
    // A value outside the possible ones (InvalidValue): the argument and
    // the possible values, not the value given.
    let e = run("es", &["treaty", "status", "--format", "secretvalue"]);
    assert!(e.contains("valor no válido para --format <FORMAT>"), "{e}");
    assert!(e.contains("table, csv, json"), "{e}");
    assert!(!e.contains("secretvalue"), "{e}");
    // A missing value and a missing argument, in Russian and Arabic.
    let e = run(
        "ru",
        &["treaty", "import", "x.csv", "--as-of", "2020-01-01"],
    );
    assert!(
        e.contains("не указан обязательный аргумент: --instrument"),
        "{e}"
    );
    let e = run("ar", &["treaty", "status", "--region"]);
    assert!(e.contains("--region"), "{e}");
    assert!(e.contains("خطأ:"), "{e}");
    // The project's own value parser (ValueValidation): its reason, in
    // the language given earlier by PALERMO_LANG.
    let o = palermo_env(
        &d.0,
        &["--lang", "de", "db", "status"],
        &[("PALERMO_LANG", "zh")],
    );
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("--lang <LANG> 的值无效：应为 ar、zh、en、fr、ru 或 es"),
        "{e}"
    );
    // An unknown subcommand (InvalidSubcommand).
    let e = run("zh", &["treaty", "statut"]);
    assert!(e.contains("无法识别的子命令 statut"), "{e}");
}
