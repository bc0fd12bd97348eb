#!/bin/sh
# Regenerates crates/palermo-locale-data/data: ICU4X baked data for Palermo's six languages
# and the data markers it uses, exported from the compiled data of the ICU4X release pinned in
# tools/icu4x-data/Cargo.toml (keep it equal to the workspace's icu_* versions).
# Run by hand after an ICU4X upgrade (needs crates.io once); never part of a build.
# Usage: tools/icu4x-data/generate.sh   (from the workspace root)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/crates/palermo-locale-data/data"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/icu4x-data-tool}"
cargo run --release --locked --manifest-path "$root/tools/icu4x-data/Cargo.toml" -- "$out.new"
# The exporter lists the files in mod.rs in hash order: sort them so that a rerun
# on the same release changes nothing.
{
    sed -n '1p' "$out.new/mod.rs"
    grep '^include!' "$out.new/mod.rs" | sort
    sed -n '2,$p' "$out.new/mod.rs" | grep -v '^include!'
} >"$out.new/mod.rs.sorted"
mv "$out.new/mod.rs.sorted" "$out.new/mod.rs"
cp "$out/README.md" "$out.new/README.md" 2>/dev/null || true
rm -rf "$out"
mv "$out.new" "$out"
echo "wrote $out ($(du -sh "$out" | cut -f1))"
