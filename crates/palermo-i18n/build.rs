//! Compiles every `locales/<lang>/<module>.ftl` into the crate, so that a
//! new message file needs no list to be edited: the one place for
//! messages is the `locales` folder.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for f in std::fs::read_dir(lang.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", p.display());
                let l = lang.file_name().to_string_lossy().into_owned();
                let m = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                files.push((l, m, p));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// Every message file: (language tag, module, text).\npub static FILES: &[(&str, &str, &str)] = &[\n");
    for (l, m, p) in files {
        let _ = writeln!(
            out,
            "    ({l:?}, {m:?}, include_str!({:?})),",
            p.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("files.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
        std::process::exit(1);
    }
}
