//! `--help` and clap's own text in the run's language (issue #18): the
//! language is read from the raw arguments before clap renders anything
//! ([`lang_from_args`]), then the built command tree is walked once
//! ([`localize`]) and every command's `about`/`long_about`, every
//! argument's `help`/`long_help`, the section headings, the usage line's
//! placeholders and the `[default: …]`/`[env: …]`/possible-values notes are
//! replaced by the Fluent messages of `locales/<tag>/help.ftl`.
//!
//! Keys are named after the command path and the argument id:
//! `help-palermo` (the tool), `help-treaty-status` (a command; its long
//! text is the attribute `.long`), `help-treaty-status-instrument` (an
//! argument), `help-treaty-status-format-csv` (a possible value),
//! `help-arg-db` (a global argument), `help-flag-help` (clap's `-h`). A
//! command or argument whose key a language lacks keeps English (the
//! `en` file's, else the doc comment's); `tests/help_cli.rs` lists which.
//! Clap's refusals ([`clap::error::ErrorKind`]) are rendered by
//! [`error_message`], naming the argument, never the value given.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};
use palermo_i18n::{FluentArgs, Lang};

/// The language of this run, found in the raw arguments before clap reads
/// them: `--lang X` or `--lang=X` (before a `--`), else `PALERMO_LANG`
/// (when set and not empty), else the POSIX locale
/// ([`crate::lang::from_locale_env`]). A `--lang` that is not one of the
/// six gives the next source's language (clap then refuses it, in that
/// language).
pub fn lang_from_args(args: &[std::ffi::OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut given = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            given = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = Some(v.to_owned());
        }
    }
    given
        .and_then(|v| crate::lang::parse(&v).ok())
        .or_else(|| {
            env("PALERMO_LANG")
                .filter(|v| !v.is_empty())
                .and_then(|v| crate::lang::parse(&v).ok())
        })
        .unwrap_or_else(|| crate::lang::from_locale_env(env))
}

/// The message `id` in `lang` if `lang` or English has it.
fn msg(lang: Lang, id: &str) -> Option<String> {
    (palermo_i18n::has(lang, id) || palermo_i18n::has(Lang::En, id))
        .then(|| palermo_i18n::t(lang, id))
}

/// The Fluent key of a command: `help-` and its path below `palermo`
/// joined with `-` (`help-treaty-status`); `help-palermo` for the tool.
pub fn command_key(path: &[&str]) -> String {
    if path.is_empty() {
        "help-palermo".to_owned()
    } else if path.last() == Some(&"help") {
        // clap's `help` subcommand, the same in every group.
        "help-cmd-help".to_owned()
    } else {
        // Below `help` (`palermo help treaty status`), clap copies the
        // commands' lines: the same keys as the commands themselves.
        let real: Vec<&str> = path.iter().copied().filter(|p| *p != "help").collect();
        format!("help-{}", real.join("-"))
    }
}

/// The Fluent key of argument `arg` of the command at `path`: global
/// arguments and clap's `-h`/`-V` have one key wherever they appear.
pub fn arg_key(path: &[&str], arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    match id {
        "help" => "help-flag-help".to_owned(),
        "version" => "help-flag-version".to_owned(),
        _ if arg.is_global_set() => format!("help-arg-{id}"),
        _ if path.last() == Some(&"help") => format!("help-cmd-help-{id}"),
        _ => format!("{}-{id}", command_key(path)),
    }
}

/// The `[env: …] [default: …] [possible values: …]` notes of `arg` in
/// `lang`: on one line in the short help; one a line in the long help,
/// where values described by a message are listed with their texts.
fn notes(lang: Lang, key: &str, arg: &Arg, long: bool) -> String {
    let mut out: Vec<String> = Vec::new();
    if let Some(env) = arg.get_env() {
        let mut a = FluentArgs::new();
        a.set("name", env.to_string_lossy().into_owned());
        out.push(palermo_i18n::t_args(lang, "help-note-env", &a));
    }
    if arg.get_action().takes_values() && !arg.get_default_values().is_empty() {
        let v = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        let mut a = FluentArgs::new();
        a.set("value", v);
        out.push(palermo_i18n::t_args(lang, "help-note-default", &a));
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|p| !p.is_hide_set())
        .collect();
    if !values.is_empty() {
        let described = values.iter().any(|p| p.get_help().is_some());
        if long && described {
            let mut list = palermo_i18n::t(lang, "help-note-possible-values-heading");
            let width = values.iter().map(|p| p.get_name().chars().count()).max();
            for p in &values {
                let name = p.get_name();
                let text = msg(lang, &format!("{key}-{name}"))
                    .or_else(|| p.get_help().map(ToString::to_string));
                list.push_str("\n- ");
                list.push_str(name);
                if let Some(t) = text {
                    let pad = width.unwrap_or(0).saturating_sub(name.chars().count());
                    list.push(':');
                    list.push_str(&" ".repeat(pad + 1));
                    list.push_str(&t);
                }
            }
            return if out.is_empty() {
                list
            } else {
                format!("{list}\n\n{}", out.join("\n"))
            };
        } else {
            let names = values
                .iter()
                .map(|p| p.get_name().to_owned())
                .collect::<Vec<_>>()
                .join(", ");
            let mut a = FluentArgs::new();
            a.set("values", names);
            out.push(palermo_i18n::t_args(lang, "help-note-possible-values", &a));
        }
    }
    out.join(if long { "\n" } else { " " })
}

/// `arg` of the command at `path` with its texts in `lang`.
fn localize_arg(arg: Arg, path: &[&str], lang: Lang) -> Arg {
    let key = arg_key(path, &arg);
    let id = arg.get_id().as_str().to_owned();
    let (help, long_help) = if id == "help" {
        // clap gave its `-h` a long text where the long help differs.
        if arg.get_long_help().is_some() {
            (
                msg(lang, "help-flag-help.summary-more"),
                msg(lang, "help-flag-help.long-summary"),
            )
        } else {
            (msg(lang, "help-flag-help"), None)
        }
    } else {
        (
            msg(lang, &key).or_else(|| arg.get_help().map(ToString::to_string)),
            msg(lang, &format!("{key}.long"))
                .or_else(|| arg.get_long_help().map(ToString::to_string)),
        )
    };
    let short_notes = notes(lang, &key, &arg, false);
    let long_notes = notes(lang, &key, &arg, true);
    let join = |text: Option<String>, notes: &str, sep: &str| -> Option<String> {
        match (text, notes.is_empty()) {
            (t, true) => t,
            (Some(t), false) => Some(format!("{t}{sep}{notes}")),
            (None, false) => Some(notes.to_owned()),
        }
    };
    let short = join(help.clone(), &short_notes, " ");
    let long = join(long_help.or(help), &long_notes, "\n\n");
    let heading = if arg.is_positional() {
        palermo_i18n::t(lang, "help-heading-arguments")
    } else {
        palermo_i18n::t(lang, "help-heading-options")
    };
    let mut arg = arg
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help_heading(heading);
    if let Some(s) = short {
        arg = arg.help(s);
    }
    if let Some(l) = long {
        arg = arg.long_help(l);
    }
    arg
}

/// The usage line of `cmd` (built) with clap's English placeholders
/// (`[OPTIONS]`, `<COMMAND>`) in `lang`, without the `Usage:` heading.
fn usage(cmd: &mut Command, lang: Lang) -> String {
    let rendered = cmd.render_usage().to_string();
    let u = rendered
        .split_once(':')
        .map(|(_, rest)| rest.trim_start().to_owned())
        .unwrap_or(rendered);
    u.replace("[OPTIONS]", &palermo_i18n::t(lang, "help-usage-options"))
        .replace("<COMMAND>", &palermo_i18n::t(lang, "help-usage-command"))
        .replace(
            "[COMMAND]",
            &palermo_i18n::t(lang, "help-usage-command-optional"),
        )
}

/// Walks `cmd` (built) at `path` and everything below it once.
fn localize_at(mut cmd: Command, path: &[&str], lang: Lang) -> Command {
    let key = command_key(path);
    if let Some(about) = msg(lang, &key) {
        cmd = cmd.about(about);
    }
    if let Some(long) = msg(lang, &format!("{key}.long")) {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = msg(lang, &format!("{key}.after")) {
        cmd = cmd.after_help(after.clone()).after_long_help(after);
    }
    let u = usage(&mut cmd, lang);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        palermo_i18n::t(lang, "help-heading-usage")
    );
    let owned: Vec<String> = path.iter().map(|s| (*s).to_owned()).collect();
    cmd = cmd
        .override_usage(u)
        .help_template(template)
        .subcommand_help_heading(palermo_i18n::t(lang, "help-heading-commands"))
        .mut_args(|a| {
            let p: Vec<&str> = owned.iter().map(String::as_str).collect();
            localize_arg(a, &p, lang)
        });
    cmd.mut_subcommands(|sub| {
        let mut p: Vec<&str> = owned.iter().map(String::as_str).collect();
        let name = sub.get_name().to_owned();
        p.push(&name);
        localize_at(sub, &p, lang)
    })
}

/// The command tree `cmd` built (global arguments propagated, clap's
/// `-h`, `-V` and `help` added) and its every text in `lang`.
pub fn localize(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    localize_at(cmd, &[], lang)
}

/// The text of one clap context value.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        _ => None,
    }
}

/// Clap's refusal `e` in `lang`: one message per [`ErrorKind`], naming the
/// argument (`--lang <LANG>`, or the unknown argument as typed) and, for a
/// value parser's refusal, its reason (which the project's parsers write in
/// the run's language); never the value given. Then the usage line and
/// where to read more.
pub fn error_message(e: &clap::Error, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    args.set("arg", crate::bounded(&arg).into_owned());
    let key = match e.kind() {
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue).unwrap_or_default();
            args.set("values", valid);
            "help-error-invalid-value"
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            args.set("reason", crate::bounded(&reason).into_owned());
            "help-error-value-validation"
        }
        ErrorKind::UnknownArgument => "help-error-unknown-argument",
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            args.set("arg", crate::bounded(&sub).into_owned());
            "help-error-invalid-subcommand"
        }
        ErrorKind::NoEquals => "help-error-no-equals",
        ErrorKind::TooManyValues => "help-error-too-many-values",
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => "help-error-wrong-number",
        ErrorKind::ArgumentConflict => {
            let other = context(e, ContextKind::PriorArg).unwrap_or_default();
            args.set("other", other);
            "help-error-argument-conflict"
        }
        ErrorKind::MissingRequiredArgument => "help-error-missing-required",
        ErrorKind::MissingSubcommand => "help-error-missing-subcommand",
        ErrorKind::InvalidUtf8 => "help-error-invalid-utf8",
        _ => "help-error-other",
    };
    let reason = palermo_i18n::t_args(lang, key, &args);
    let mut out = palermo_i18n::t_args(lang, "cli-error", &{
        let mut a = FluentArgs::new();
        a.set("message", reason);
        a
    });
    if let Some(ContextValue::StyledStr(u)) = e.get(ContextKind::Usage) {
        let u: &StyledStr = u;
        let text = u.to_string();
        let line = text
            .split_once(':')
            .map(|(_, rest)| rest.trim().to_owned())
            .unwrap_or(text);
        out.push_str("\n\n");
        out.push_str(&palermo_i18n::t(lang, "help-heading-usage"));
        out.push_str(": ");
        out.push_str(&line);
    }
    out.push_str("\n\n");
    out.push_str(&palermo_i18n::t(lang, "help-error-more"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Command groups whose subcommands and arguments have no `help.ftl`
    /// keys yet (their group's own line has them): their help stays in
    /// English until translated. The list may only shrink: the test
    /// fails when a group here has become complete. Empty since every
    /// group is translated (issue #18).
    const PENDING: [&str; 0] = [];

    /// Every key the command at `path` (and below) needs, with whether it
    /// lies under a pending group.
    fn keys(cmd: &Command, path: &[&str], out: &mut Vec<(String, bool)>) {
        // clap's `help` subcommand and its argument have shared keys.
        let shared_cmd = path.last() == Some(&"help");
        let real: Vec<&str> = path.iter().copied().filter(|p| *p != "help").collect();
        let in_pending = real.first().is_some_and(|g| PENDING.contains(g)) && !shared_cmd;
        out.push((command_key(path), in_pending && real.len() > 1));
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let key = arg_key(path, a);
            let shared = shared_cmd
                || a.is_global_set()
                || matches!(a.get_id().as_str(), "help" | "version");
            let p = in_pending && !shared;
            out.push((key.clone(), p));
            for v in a.get_possible_values() {
                if v.get_help().is_some() && !v.is_hide_set() {
                    out.push((format!("{key}-{}", v.get_name()), p));
                }
            }
        }
        for s in cmd.get_subcommands() {
            let mut p: Vec<&str> = path.to_vec();
            p.push(s.get_name());
            keys(s, &p, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_all_six_languages() {
        let mut cmd = crate::Cli::command();
        cmd.build();
        let mut all = Vec::new();
        keys(&cmd, &[], &mut all);
        let mut missing = Vec::new();
        for (key, pending) in all.iter().filter(|(_, p)| !p) {
            for lang in Lang::OFFICIAL {
                if !palermo_i18n::has(lang, key) {
                    missing.push(format!("{}: {key} (pending: {pending})", lang.tag()));
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
        // Each pending group still lacks some key (else take it off the list).
        for g in PENDING {
            let prefix = format!("help-{g}-");
            assert!(
                all.iter()
                    .any(|(k, p)| *p && k.starts_with(&prefix) && !palermo_i18n::has(Lang::En, k)),
                "{g} is complete: remove it from PENDING"
            );
        }
        // The walk sees what it must: a sub-subcommand's argument.
        assert!(all
            .iter()
            .any(|(k, _)| k == "help-treaty-status-instrument"));
    }

    #[test]
    fn the_language_is_read_before_clap() {
        let args = |v: &[&str]| -> Vec<std::ffi::OsString> { v.iter().map(|s| s.into()).collect() };
        let none = |_: &str| None;
        assert_eq!(
            lang_from_args(&args(&["palermo", "--lang", "fr", "--help"]), none),
            Lang::Fr
        );
        assert_eq!(
            lang_from_args(&args(&["palermo", "treaty", "--lang=ar", "-h"]), none),
            Lang::Ar
        );
        assert_eq!(
            lang_from_args(&args(&["palermo", "mse", "--help"]), |k| {
                (k == "PALERMO_LANG").then(|| "zh".to_owned())
            }),
            Lang::Zh
        );
        // After `--`, `--lang` is a file name.
        assert_eq!(
            lang_from_args(&args(&["palermo", "mse", "--", "--lang", "fr"]), none),
            Lang::En
        );
        // Not one of the six: the next source decides.
        assert_eq!(
            lang_from_args(&args(&["palermo", "--lang", "de"]), |k| {
                (k == "LANG").then(|| "ru_RU.UTF-8".to_owned())
            }),
            Lang::Ru
        );
    }
}
