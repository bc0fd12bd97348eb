#!/bin/sh
# The binary-size and build-time cost of palermo-i18n's messages and CLDR locale data
# (ICU4X compiled data): two release binaries, one using only `Lang` (locale_none), one
# using every message and formatter in the six languages (locale_all). Their difference is
# what Fluent, ICU4X's code and the data of the keys used add to a binary such as `palermo`.
# Usage: bench/locale_size.sh   (from the workspace root; CARGO_INCREMENTAL=0 recommended)
set -eu
start=$(date +%s)
cargo build --release --locked -p palermo-i18n --example locale_none --example locale_all >/dev/null 2>&1
end=$(date +%s)
dir=target/release/examples
for b in locale_none locale_all; do
    strip -o "$dir/$b.stripped" "$dir/$b"
    printf '%-12s %10d bytes  %10d bytes stripped\n' "$b" "$(wc -c <"$dir/$b")" "$(wc -c <"$dir/$b.stripped")"
done
echo "build (release, this run): $((end - start)) s"
"$dir/locale_all" 1234567
