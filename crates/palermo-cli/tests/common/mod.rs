//! What the CLI's integration tests share: a temporary working directory
//! and a way to run the `palermo` binary in it.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory under the system's temporary directory, removed when
/// dropped.
pub struct Dir(pub PathBuf);

impl Dir {
    /// `palermo-cli-{name}-{pid}`, emptied first.
    pub fn new(name: &str) -> Self {
        let p = std::env::temp_dir().join(format!("palermo-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Self(p)
    }

    /// Writes `text` to the file `name` in the directory.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `palermo ARGS` in `dir` (whose `palermo.db` it then uses), with
/// warnings only in the log, its messages in English whatever the
/// machine's locale.
pub fn palermo(dir: &Path, args: &[&str]) -> Output {
    palermo_env(dir, args, &[])
}

/// [`palermo`] with these environment variables set (after the language
/// variables `PALERMO_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG` were
/// removed).
pub fn palermo_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_palermo"));
    c.args(args)
        .current_dir(dir)
        .env_remove("PALERMO_DB")
        .env("PALERMO_LOG", "warn");
    for v in ["PALERMO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c.envs(env.iter().copied()).output().unwrap()
}

/// Runs `palermo cases import FILE --source SOURCE --format FORMAT
/// [EXTRA…]` in `dir`.
pub fn cases_import(dir: &Path, file: &str, source: &str, format: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "cases", "import", file, "--source", source, "--format", format,
    ];
    args.extend_from_slice(extra);
    palermo(dir, &args)
}

/// Bytes as text (lossy).
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    text(&o.stdout)
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    text(&o.stderr)
}

/// Asserts that none of `values` reached the terminal (standard output or
/// error of `out`).
pub fn assert_not_on_terminal(out: &Output, values: &[&str]) {
    for s in [stdout(out), stderr(out)] {
        for v in values {
            assert!(!s.contains(v), "a value reached the terminal: {s}");
        }
    }
}

/// Runs `palermo ARGS` in `dir` with `input` on its standard input.
pub fn palermo_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    palermo_stdin_env(dir, args, input, &[])
}

/// [`palermo_stdin`] with these environment variables set.
pub fn palermo_stdin_env(dir: &Path, args: &[&str], input: &str, env: &[(&str, &str)]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(args)
        .current_dir(dir)
        .env_remove("PALERMO_DB")
        .env("PALERMO_LOG", "warn")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
