//! The library crates' typed reasons (`palermo_web::reasons`): every
//! variant has its message in the six languages, and the French, Arabic
//! and pseudo-locale texts carry none of the English reason.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_access::audit::{verify_chain, ChainBreak};
use palermo_i18n::Lang;
use palermo_web::reasons::{chain_break, chain_break_key};

const SIX: [Lang; 6] = [Lang::Ar, Lang::En, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh];

#[test]
fn every_chain_break_has_a_message_in_six_languages() {
    for b in ChainBreak::ALL {
        for lang in SIX {
            assert!(
                palermo_i18n::has(lang, chain_break_key(b)),
                "{b:?} in {lang:?}"
            );
        }
    }
}

/// The English `Display` of each break (the library's log text) must not
/// appear in French, Arabic or the pseudo-locale.
#[test]
fn french_arabic_and_pseudo_carry_no_english_reason() {
    for b in ChainBreak::ALL {
        let english = b.to_string();
        for lang in [Lang::Fr, Lang::Ar, Lang::Pseudo] {
            let shown = chain_break(lang, b);
            assert!(!shown.is_empty(), "{b:?} {lang:?}");
            assert_ne!(shown, english, "{b:?} {lang:?}");
            // No run of three English words from the reason survives.
            let words: Vec<&str> = english.split_whitespace().collect();
            for w in words.windows(3) {
                let run = w.join(" ");
                assert!(!shown.contains(&run), "{b:?} {lang:?}: {run}");
            }
        }
    }
}

/// The attack the chain stops (a changed entry) gives its reason in French.
#[test]
fn a_changed_entry_is_reported_in_french() {
    use palermo_access::audit::{next_entry, AuditEvent};
    let ev = |i: i64| AuditEvent {
        at: 1_700_000_000 + i,
        actor: "user:1".into(),
        action: "sign-in".into(),
        target: "session:1".into(),
        source: "127.0.0.1".into(),
    };
    let a = next_entry(None, ev(1));
    let mut b = next_entry(Some((a.seq, &a.hash)), ev(2));
    b.event.action = "sign-out".into();
    let err = verify_chain(&[a, b]).unwrap_err();
    assert_eq!((err.seq, err.reason), (2, ChainBreak::Content));
    assert!(chain_break(Lang::Fr, err.reason).contains("empreinte"));
}
