//! Replacing an instrument's status with a new snapshot of the depositary's
//! status table: what changed ([`diff_status`]) and the rules a snapshot
//! must pass to replace the current one ([`check_snapshot`]). The store
//! applies them inside the transaction that writes, on the status it reads
//! there.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use time::Date;

use crate::date::iso;
use crate::treaty::{ConsentType, Instrument, ParticipantStatus};

/// What an import changed against the status it replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusDiff {
    /// Participants that signed since the previous snapshot.
    pub new_signatures: Vec<String>,
    /// Participants that became parties, with the kind and date of consent.
    pub new_parties: Vec<(String, ConsentType, String)>,
    /// Participants whose dates or kind of consent changed otherwise.
    pub changed: Vec<String>,
    /// Participants present before and absent now.
    pub removed: Vec<String>,
    /// Participants listed under another name than before (same ISO 3166
    /// code; e.g. Swaziland → Eswatini), as (old name, new name).
    pub renamed: Vec<(String, String)>,
    /// Participants whose status is unchanged.
    pub unchanged: usize,
    /// Whether the snapshot was recorded (false when nothing changed and the
    /// as-of date is not newer: the import was a no-op).
    pub recorded: bool,
}

impl StatusDiff {
    /// Whether the import changed nothing.
    pub fn is_empty(&self) -> bool {
        self.new_signatures.is_empty()
            && self.new_parties.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
    }
}

/// Compares two status tables of the same instrument. Participants are
/// matched on their ISO 3166-1 code, else on their name (the European
/// Union), so that a renamed State is one participant.
pub fn diff_status(before: &[ParticipantStatus], after: &[ParticipantStatus]) -> StatusDiff {
    let key = |r: &ParticipantStatus| r.iso3.clone().unwrap_or_else(|| r.participant.clone());
    let old: HashMap<String, &ParticipantStatus> = before.iter().map(|r| (key(r), r)).collect();
    let mut diff = StatusDiff::default();
    let mut seen = HashSet::new();
    for r in after {
        let k = key(r);
        seen.insert(k.clone());
        match old.get(&k) {
            None => {
                if r.signature.is_some() {
                    diff.new_signatures.push(r.participant.clone());
                }
                if let Some(c) = r.consent {
                    diff.new_parties
                        .push((r.participant.clone(), c.kind, iso(c.date)));
                }
            }
            Some(o) => {
                if o.participant != r.participant {
                    diff.renamed
                        .push((o.participant.clone(), r.participant.clone()));
                }
                let mut changed = false;
                match (o.signature, r.signature) {
                    (None, Some(_)) => diff.new_signatures.push(r.participant.clone()),
                    (a, b) if a != b => changed = true,
                    _ => {}
                }
                match (o.consent, r.consent) {
                    (None, Some(c)) => {
                        diff.new_parties
                            .push((r.participant.clone(), c.kind, iso(c.date)))
                    }
                    (a, b) if a != b => changed = true,
                    _ => {}
                }
                if changed {
                    diff.changed.push(r.participant.clone());
                } else if o.signature == r.signature && o.consent == r.consent {
                    diff.unchanged += 1;
                }
            }
        }
    }
    for r in before {
        if !seen.contains(&key(r)) {
            diff.removed.push(r.participant.clone());
        }
    }
    diff
}

/// Why a snapshot cannot replace an instrument's current status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotRejected {
    /// The snapshot is older than the current one.
    #[error("the current {instrument} data are as at {}; this snapshot is older ({}), so it cannot replace them", iso(*.current), iso(*.given))]
    Older {
        /// The instrument's short name.
        instrument: &'static str,
        /// As-of date of the current snapshot.
        current: Date,
        /// As-of date of the snapshot given.
        given: Date,
    },
    /// The snapshot omits participants the current data list.
    #[error("this snapshot omits {} participant(s) that the current data list ({}{}); a UN status table never drops a participant, so the file is probably truncated or for another instrument (use --allow-removals if the omission is intended)", .removed.len(), .removed.iter().take(5).map(String::as_str).collect::<Vec<_>>().join(", "), if .removed.len() > 5 { ", …" } else { "" })]
    Removals {
        /// The participants omitted.
        removed: Vec<String>,
    },
}

/// The rules a snapshot as at `as_of` must pass to replace the current
/// status (as at `current`, none before the first import), given the
/// `diff` between them: it is not older, and it drops no participant
/// (a UN status table never does) unless `allow_removals`.
///
/// # Errors
/// [`SnapshotRejected`] with the rule broken.
pub fn check_snapshot(
    instrument: Instrument,
    current: Option<Date>,
    as_of: Date,
    diff: &StatusDiff,
    allow_removals: bool,
) -> Result<(), SnapshotRejected> {
    if let Some(current) = current {
        if as_of < current {
            return Err(SnapshotRejected::Older {
                instrument: instrument.info().short_name,
                current,
                given: as_of,
            });
        }
    }
    if !diff.removed.is_empty() && !allow_removals {
        return Err(SnapshotRejected::Removals {
            removed: diff.removed.clone(),
        });
    }
    Ok(())
}

/// Whether the snapshot is recorded: when it changes something, or is
/// newer than the current one (a newer as-of date is news even unchanged).
pub fn should_record(current: Option<Date>, as_of: Date, diff: &StatusDiff) -> bool {
    !diff.is_empty() || current.is_none_or(|c| as_of > c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::treaty::Consent;
    use time::macros::date;

    fn row(
        name: &str,
        iso3: Option<&str>,
        sig: Option<Date>,
        consent: Option<Date>,
    ) -> ParticipantStatus {
        ParticipantStatus {
            instrument: Instrument::Tip,
            participant: name.into(),
            iso3: iso3.map(Into::into),
            signature: sig,
            consent: consent.map(|date| Consent {
                date,
                kind: ConsentType::Ratification,
            }),
        }
    }

    /// Hand-made before/after tables: one new signature, one new party,
    /// one changed date, one rename (same code), one removal, one unchanged.
    #[test]
    fn the_diff_names_each_kind_of_change() {
        let d = date!(2001 - 01 - 01);
        let before = vec![
            row("Swaziland", Some("SWZ"), Some(d), None),
            row("Chad", Some("TCD"), None, Some(d)),
            row("Mali", Some("MLI"), Some(d), Some(d)),
            row("Nauru", Some("NRU"), None, Some(d)),
            row("European Union", None, Some(d), Some(d)),
        ];
        let after = vec![
            row(
                "Eswatini",
                Some("SWZ"),
                Some(d),
                Some(date!(2012 - 09 - 24)),
            ),
            row("Chad", Some("TCD"), None, Some(date!(2002 - 02 - 02))),
            row("Mali", Some("MLI"), Some(d), Some(d)),
            row("European Union", None, Some(d), Some(d)),
            row("Palau", Some("PLW"), Some(d), None),
        ];
        let diff = diff_status(&before, &after);
        assert_eq!(diff.renamed, vec![("Swaziland".into(), "Eswatini".into())]);
        assert_eq!(
            diff.new_parties,
            vec![(
                "Eswatini".into(),
                ConsentType::Ratification,
                "2012-09-24".into()
            )]
        );
        assert_eq!(diff.changed, vec!["Chad".to_owned()]);
        assert_eq!(diff.new_signatures, vec!["Palau".to_owned()]);
        assert_eq!(diff.removed, vec!["Nauru".to_owned()]);
        assert_eq!(diff.unchanged, 2);
        assert!(diff_status(&after, &after).is_empty());
    }

    #[test]
    fn an_older_snapshot_or_a_removal_is_refused() {
        let d = date!(2020 - 01 - 01);
        let older = date!(2019 - 12 - 31);
        let none = StatusDiff::default();
        let e = check_snapshot(Instrument::Tip, Some(d), older, &none, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the current Trafficking in Persons Protocol data are as at 2020-01-01; this snapshot is older (2019-12-31), so it cannot replace them"
        );
        let removed = StatusDiff {
            removed: (1..=6).map(|i| format!("P{i}")).collect(),
            ..StatusDiff::default()
        };
        let e = check_snapshot(Instrument::Tip, Some(d), d, &removed, false).unwrap_err();
        assert!(e.to_string().starts_with("this snapshot omits 6 participant(s) that the current data list (P1, P2, P3, P4, P5, …)"), "{e}");
        assert!(check_snapshot(Instrument::Tip, Some(d), d, &removed, true).is_ok());
        assert!(check_snapshot(Instrument::Tip, None, older, &none, false).is_ok());
        assert!(!should_record(Some(d), d, &none));
        assert!(should_record(Some(d), date!(2020 - 01 - 02), &none));
        assert!(should_record(None, d, &none));
        assert!(should_record(Some(d), d, &removed));
    }
}
