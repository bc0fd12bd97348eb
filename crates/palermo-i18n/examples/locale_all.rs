//! What `bench/locale_size.sh` measures: a binary that uses every message
//! and every CLDR formatter of `palermo-i18n` in the six languages, so its
//! size less `locale_none`'s is what the messages and the locale data add
//! to a binary.

use palermo_i18n::format::{date_iso, decimal, integer, list_and, percent};
use palermo_i18n::names::{compare, instrument_title, m49_area_name, region_name};
use palermo_i18n::{t_args, FluentArgs, Lang};

fn main() {
    let arg = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "1234567".to_owned());
    let n: i64 = arg.parse().unwrap_or(0);
    for lang in Lang::OFFICIAL {
        let mut a = FluentArgs::new();
        a.set("count", n);
        println!(
            "{} | {} | {} | {} | {} | {:?} | {} | {:?} | {:?} | {:?} | {}",
            lang.tag(),
            integer(lang, n),
            decimal(lang, n as f64 / 7.0, 2),
            percent(lang, 0.25, 0),
            list_and(lang, &["A", "B", "C"]),
            date_iso(lang, "2000-11-15"),
            t_args(lang, "records-count", &a),
            region_name(lang, "CI"),
            m49_area_name(lang, "151"),
            compare(lang, "Égypte", "Espagne"),
            instrument_title(lang, palermo_model::treaty::Instrument::Tip),
        );
    }
}
