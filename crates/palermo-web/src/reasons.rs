//! The library crates' typed reasons as text in a language: the Fluent
//! messages `reason-*` of `reasons.ftl`, in one place for the web and the
//! CLI (as [`crate::estimation::messages`] does for the estimation). A
//! library keeps an enum with parameters (counts, field names, never a
//! personal value); this module writes it.

use palermo_access::audit::ChainBreak;
use palermo_i18n::Lang;

/// The Fluent key of a break of the audit chain
/// ([`palermo_access::audit::verify_chain`]).
pub fn chain_break_key(b: ChainBreak) -> &'static str {
    match b {
        ChainBreak::Gap => "reason-audit-gap",
        ChainBreak::OutOfOrder => "reason-audit-out-of-order",
        ChainBreak::PreviousHash => "reason-audit-previous-hash",
        ChainBreak::Content => "reason-audit-content",
    }
}

/// Why an entry breaks the audit chain ([`ChainBreak`]), in `lang`
/// (`palermo audit verify`, the administration's audit page).
pub fn chain_break(lang: Lang, b: ChainBreak) -> String {
    palermo_i18n::t(lang, chain_break_key(b))
}
