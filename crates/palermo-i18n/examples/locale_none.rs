//! The baseline of `bench/locale_size.sh`: a binary that links nothing of
//! Fluent or ICU4X (only `Lang`), to set against `locale_all`.

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    println!("{}", palermo_i18n::Lang::negotiate(&arg).tag());
}
