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
