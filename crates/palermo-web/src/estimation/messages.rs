//! The estimation engine's typed errors ([`palermo_mse`]'s [`MseError`],
//! [`TableError`], [`ParseErrors`]) as text in a language: the Fluent
//! messages `mse-err-*` of `estimation.ftl`. The engine runs on a blocking
//! thread that has no request language, so it returns typed values and the
//! edge writes them: the web in the request's language
//! ([`super::request::EstimationError::into_web`]), the CLI in its own
//! (`palermo mse`, `--lang`).

use palermo_i18n::{FluentArgs, FluentValue, Lang};
use palermo_mse::{
    MseError, ParseError, ParseErrorKind, ParseErrors, Stage, TableError, TermProblem, Warning,
};

/// The message `key` in `lang` with the arguments `args` (numbers select
/// the plural form).
fn msg(lang: Lang, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    palermo_i18n::t_args(lang, key, &a)
}

fn text(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_owned())
}

fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// Why a table was rejected ([`TableError`]), in `lang`.
pub fn table_error(lang: Lang, e: &TableError) -> String {
    match e {
        TableError::TooFewLists(n) => msg(lang, "mse-err-too-few-lists", &[("count", num(*n))]),
        TableError::TooManyLists { got, max } => msg(
            lang,
            "mse-err-too-many-lists",
            &[("count", num(*got)), ("max", num(*max))],
        ),
        TableError::BadListName(n) => msg(lang, "mse-err-bad-list-name", &[("name", text(n))]),
        TableError::ObservedEmptyHistory(c) => msg(
            lang,
            "mse-err-observed-empty-history",
            &[("count", FluentValue::from(*c))],
        ),
        TableError::Empty => msg(lang, "mse-err-empty", &[]),
        TableError::ListCapturesNobody(n) => {
            msg(lang, "mse-err-list-captures-nobody", &[("list", text(n))])
        }
        TableError::ListCapturesEveryone(n) => {
            msg(lang, "mse-err-list-captures-everyone", &[("list", text(n))])
        }
        TableError::AllOverlapsEmpty => msg(lang, "mse-err-all-overlaps-empty", &[]),
        TableError::Overflow => msg(lang, "mse-err-overflow", &[]),
    }
}

/// The reason of one bad line ([`ParseErrorKind`]), in `lang`.
fn parse_kind(lang: Lang, k: &ParseErrorKind) -> String {
    match k {
        ParseErrorKind::NoHeader => msg(lang, "mse-err-no-header", &[]),
        ParseErrorKind::FieldCount { got, want } => msg(
            lang,
            "mse-err-field-count",
            &[("count", num(*got)), ("want", num(*want))],
        ),
        ParseErrorKind::NotBinary => msg(lang, "mse-err-not-binary", &[]),
        ParseErrorKind::NegativeCount => msg(lang, "mse-err-negative-count", &[]),
        ParseErrorKind::NonIntegerCount => msg(lang, "mse-err-non-integer-count", &[]),
        ParseErrorKind::NotANumber => msg(lang, "mse-err-not-a-number", &[]),
        ParseErrorKind::Table(t) => table_error(lang, t),
    }
}

/// One bad line: its number, its column when known, and the reason
/// (`line 3, column "count": the count is negative`), in `lang`.
pub fn parse_error(lang: Lang, e: &ParseError) -> String {
    let reason = parse_kind(lang, &e.kind);
    match &e.column {
        Some(c) => msg(
            lang,
            "mse-err-line-column",
            &[
                ("line", num(e.line)),
                ("column", text(c)),
                ("reason", FluentValue::from(reason)),
            ],
        ),
        None => msg(
            lang,
            "mse-err-line",
            &[("line", num(e.line)), ("reason", FluentValue::from(reason))],
        ),
    }
}

/// Every bad line of a table in one text, in `lang`: how many there are
/// when more than one, the first [`ParseErrors::errors`], and how many more.
pub fn parse_errors(lang: Lang, e: &ParseErrors) -> String {
    let lines: Vec<String> = e.errors.iter().map(|x| parse_error(lang, x)).collect();
    let total = e.errors.len() + e.more;
    let listed = lines.join(&palermo_i18n::t(lang, "mse-err-separator"));
    let mut out = if total > 1 {
        msg(
            lang,
            "mse-err-errors",
            &[("count", num(total)), ("errors", FluentValue::from(listed))],
        )
    } else {
        listed
    };
    if e.more > 0 {
        out.push_str(&msg(lang, "mse-err-and-more", &[("count", num(e.more))]));
    }
    out
}

/// Why a term was refused ([`TermProblem`]), in `lang`.
fn term_problem(lang: Lang, p: &TermProblem) -> String {
    match p {
        TermProblem::NoSuchList(n) => msg(lang, "mse-err-no-such-list", &[("list", text(n))]),
        TermProblem::ListTwice => msg(lang, "mse-err-list-twice", &[]),
        TermProblem::TooFewLists => msg(lang, "mse-err-term-too-few-lists", &[]),
    }
}

/// Why an estimate could not be made ([`MseError`]), in `lang`. The two
/// variants that carry the engine's own sentence (`Unsupported`,
/// `BadArgument`) are refused before the engine runs by the web and the
/// CLI where input can reach them, and are shown as the engine wrote them
/// otherwise.
pub fn mse_error(lang: Lang, e: &MseError) -> String {
    match e {
        MseError::Table(t) => table_error(lang, t),
        MseError::BadTerm(term, why) => msg(
            lang,
            "mse-err-bad-term",
            &[
                ("term", text(term)),
                ("reason", FluentValue::from(term_problem(lang, why))),
            ],
        ),
        MseError::MleDoesNotExist(m) => {
            msg(lang, "mse-err-mle-does-not-exist", &[("model", text(m))])
        }
        MseError::NotIdentifiable(m, d) => msg(
            lang,
            "mse-err-not-identifiable",
            &[("model", text(m)), ("deficiency", num(*d))],
        ),
        MseError::NotConverged(m) => msg(lang, "mse-err-not-converged", &[("model", text(m))]),
        MseError::NonFinite(m, what) => msg(
            lang,
            "mse-err-non-finite",
            &[("model", text(m)), ("what", text(what))],
        ),
        MseError::Unsupported(s) | MseError::BadArgument(s) => s.clone(),
        MseError::TimeLimit(d) => msg(
            lang,
            "mse-err-time-limit",
            &[("seconds", FluentValue::from(d.as_secs_f64()))],
        ),
        MseError::Cancelled => msg(lang, "mse-err-cancelled", &[]),
    }
}

/// Where a model was left out ([`Stage`]), in `lang`.
fn stage(lang: Lang, s: &Stage) -> String {
    match s {
        Stage::Selection(m) => msg(
            lang,
            "mse-warn-stage-selection",
            &[(
                "method",
                FluentValue::from(palermo_i18n::t(lang, &format!("mse-method-{m}"))),
            )],
        ),
        Stage::Comparison(m) => msg(
            lang,
            "mse-warn-stage-comparison",
            &[(
                "method",
                FluentValue::from(super::page::comparison_method(lang, m)),
            )],
        ),
    }
}

/// Why a model's fit failed, without its name, in `lang`.
fn fit_failure(lang: Lang, e: &MseError) -> String {
    match e {
        MseError::NotConverged(_) => msg(lang, "mse-warn-not-converged", &[]),
        MseError::NonFinite(_, what) => msg(lang, "mse-warn-non-finite", &[("what", text(what))]),
        e => mse_error(lang, e),
    }
}

/// A warning of an analysis ([`Warning`]), in `lang`.
pub fn warning(lang: Lang, w: &Warning) -> String {
    match w {
        Warning::Unfitted {
            stage: s,
            model,
            error,
        } => msg(
            lang,
            "mse-warn-unfitted",
            &[
                ("stage", FluentValue::from(stage(lang, s))),
                ("model", text(model)),
                ("reason", FluentValue::from(fit_failure(lang, error))),
            ],
        ),
        Warning::ProfileFailed(e) => msg(
            lang,
            "mse-warn-profile-failed",
            &[("reason", FluentValue::from(mse_error(lang, e)))],
        ),
        Warning::ComparisonFailed(m, e) => msg(
            lang,
            "mse-warn-comparison-failed",
            &[
                (
                    "method",
                    FluentValue::from(super::page::comparison_method(lang, m)),
                ),
                ("reason", FluentValue::from(mse_error(lang, e))),
            ],
        ),
        Warning::AicLeftOut { max_lists, models } => msg(
            lang,
            "mse-warn-aic-left-out",
            &[("max", num(*max_lists)), ("models", num(*models))],
        ),
        Warning::BcaUnbounded {
            no_mle,
            replicates,
            tail,
            level,
        } => msg(
            lang,
            "mse-warn-bca-unbounded",
            &[
                ("count", num(*no_mle)),
                ("replicates", num(*replicates)),
                (
                    "tail",
                    FluentValue::from(palermo_i18n::format::decimal(lang, *tail, 1)),
                ),
                (
                    "level",
                    FluentValue::from(palermo_i18n::format::decimal(lang, *level, 0)),
                ),
            ],
        ),
        Warning::BcaUnavailable => msg(lang, "mse-warn-bca-unavailable", &[]),
        Warning::EmptyOverlap { term, expected, p } => msg(
            lang,
            "mse-warn-empty-overlap",
            &[
                ("term", text(term)),
                (
                    "expected",
                    FluentValue::from(palermo_i18n::format::decimal(lang, *expected, 1)),
                ),
                ("p", FluentValue::from(format!("{p:.2e}"))),
            ],
        ),
        Warning::CompleteLists {
            lists,
            observed,
            two_lists,
        } => msg(
            lang,
            if *two_lists {
                "mse-warn-complete-lists-two"
            } else {
                "mse-warn-complete-lists"
            },
            &[
                ("count", num(lists.len())),
                (
                    "lists",
                    FluentValue::from(palermo_i18n::format::list_and(
                        lang,
                        &lists
                            .iter()
                            .map(|l| {
                                palermo_i18n::t_args(lang, "mse-warn-quoted", &{
                                    let mut a = FluentArgs::new();
                                    a.set("name", l.clone());
                                    a
                                })
                            })
                            .collect::<Vec<_>>(),
                    )),
                ),
                ("observed", FluentValue::from(*observed)),
            ],
        ),
        Warning::NoBootstrap => msg(lang, "mse-warn-no-bootstrap", &[]),
        Warning::BcaClamped { quantiles } => {
            let qs: Vec<String> = quantiles
                .iter()
                .map(|q| palermo_i18n::format::number(lang, *q))
                .collect();
            msg(
                lang,
                "mse-warn-bca-clamped",
                &[
                    ("count", num(qs.len())),
                    (
                        "quantiles",
                        FluentValue::from(palermo_i18n::format::list_and(lang, &qs)),
                    ),
                ],
            )
        }
        Warning::TooFewFinite => msg(lang, "mse-warn-too-few-finite", &[]),
        Warning::BcaInfiniteBias => msg(lang, "mse-warn-bca-infinite-bias", &[]),
        Warning::ReplicatesFailed { failed, replicates } => msg(
            lang,
            "mse-warn-replicates-failed",
            &[("count", num(*failed)), ("replicates", num(*replicates))],
        ),
        Warning::ReplicatesUnfitted { count, replicates } => msg(
            lang,
            "mse-warn-replicates-unfitted",
            &[("count", num(*count)), ("replicates", num(*replicates))],
        ),
        Warning::ReplicatesNoMle { no_mle, replicates } => {
            let share = *no_mle as f64 / (*replicates).max(1) as f64;
            msg(
                lang,
                "mse-warn-replicates-no-mle",
                &[
                    ("count", num(*no_mle)),
                    ("replicates", num(*replicates)),
                    (
                        "percent",
                        FluentValue::from(palermo_i18n::format::percent(lang, share, 1)),
                    ),
                    (
                        "above",
                        FluentValue::from(palermo_i18n::format::decimal(lang, 1.0 - share, 3)),
                    ),
                ],
            )
        }
        Warning::JackknifeCell { cell } => msg(
            lang,
            "mse-warn-jackknife",
            &[("cell", FluentValue::from(format!("{cell:#b}")))],
        ),
        Warning::RepeatedLine { line, first, list } => msg(
            lang,
            "mse-warn-repeated-line",
            &[
                ("line", num(*line)),
                ("first", num(*first)),
                ("list", text(list)),
            ],
        ),
        Warning::Summed { lines } => {
            let ls: Vec<String> = lines
                .iter()
                .map(|l| palermo_i18n::format::integer(lang, *l as i64))
                .collect();
            msg(
                lang,
                "mse-warn-summed",
                &[("lines", FluentValue::from(ls.join(", ")))],
            )
        }
        Warning::MoreNotes { count, summed } => msg(
            lang,
            if *summed {
                "mse-warn-more-summed"
            } else {
                "mse-warn-more-repeated"
            },
            &[("count", num(*count))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English messages say what the engine's own `Display` says (the
    /// sentences of `palermo-mse/src/error.rs`), so that English output is
    /// unchanged by the move to Fluent.
    #[test]
    fn english_matches_the_engines_own_words() {
        let errs = palermo_mse::read_table("A,B,count\n1,0,x\n0,1,-2\n1,1\n").unwrap_err();
        assert_eq!(parse_errors(Lang::En, &errs), errs.to_string());
        let one = palermo_mse::read_table("A,B,count\n1,0,x\n").unwrap_err();
        assert_eq!(parse_errors(Lang::En, &one), one.to_string());
        for e in [
            MseError::Table(TableError::AllOverlapsEmpty),
            MseError::Table(TableError::TooManyLists { got: 13, max: 12 }),
            MseError::Table(TableError::ListCapturesNobody("A".into())),
            MseError::BadTerm("A:Z".into(), TermProblem::NoSuchList("Z".into())),
            MseError::NotIdentifiable("A:B".into(), 2),
            MseError::MleDoesNotExist("A:B".into()),
            MseError::TimeLimit(std::time::Duration::from_millis(500)),
        ] {
            assert_eq!(mse_error(Lang::En, &e), e.to_string());
        }
        let e = MseError::NotConverged("A:B".into());
        for w in [
            Warning::Summed { lines: vec![2, 4] },
            Warning::RepeatedLine {
                line: 5,
                first: 2,
                list: "A".into(),
            },
            Warning::MoreNotes {
                count: 3,
                summed: true,
            },
            Warning::ReplicatesFailed {
                failed: 3,
                replicates: 20,
            },
            Warning::ReplicatesNoMle {
                no_mle: 5,
                replicates: 200,
            },
            Warning::Unfitted {
                stage: Stage::Comparison("best BIC"),
                model: "A:B".into(),
                error: e.clone(),
            },
            Warning::ComparisonFailed("stepwise AIC", e),
            Warning::AicLeftOut {
                max_lists: 10,
                models: 465,
            },
            Warning::CompleteLists {
                lists: vec!["A".into()],
                observed: 42,
                two_lists: true,
            },
        ] {
            assert_eq!(warning(Lang::En, &w), w.to_string());
        }
    }

    /// In another language no English sentence is left (the French of a
    /// bad line), and numbers are written as the language writes them.
    #[test]
    fn french_has_its_own_words() {
        let errs = palermo_mse::read_table("A,B,count\n1,0,x\n0,1,-2\n").unwrap_err();
        let fr = parse_errors(Lang::Fr, &errs);
        assert!(fr.contains("ligne 2"), "{fr}");
        assert!(!fr.contains("line"), "{fr}");
        assert!(!fr.contains("the count"), "{fr}");
    }
}
