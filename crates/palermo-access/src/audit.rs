//! The audit chain (issue #12, item 8): append-only and tamper-evident.
//!
//! Each entry carries the hash of the one before it: its hash is SHA-256 of
//! a version label, its sequence number, its time, who, what, on what, from
//! where, and the previous entry's hash, each field length-prefixed (so
//! that no two different entries encode alike). Changing, inserting or
//! deleting an entry breaks the chain at that entry: [`verify_chain`] names
//! the first entry that does not hold. The first entry follows
//! [`GENESIS`].
//!
//! What the chain cannot show by itself is the removal of the *last*
//! entries, or a chain rewritten from some entry on by someone who can
//! write the database: `palermo audit verify` prints the head (count and
//! last hash) to be noted outside the database (an e-mail to the oversight
//! body, a printed report), against which a later head is compared.
//!
//! Entries name accounts (by id and e-mail), actions, resources by kind and
//! number, and network addresses; never a victim's data, a password, a
//! token, or what a user typed into a sign-in form.

use sha2::{Digest, Sha256};

use crate::random::hex;

/// The previous hash of the first entry: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened: the fields an entry's hash covers besides its place in
/// the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// When, unix time in seconds (UTC).
    pub at: i64,
    /// Who: `user:ID <e-mail>`, `cli` (a command on the server's machine),
    /// `token:ID` or `anonymous`.
    pub actor: String,
    /// What: `sign-in`, `sign-in.failed`, `sign-out`, `user.add`, …
    pub action: String,
    /// On what: `user:ID`, `token:ID`, `release:ID`, … (never a value).
    pub target: String,
    /// From where: the client's IP address, or `cli`.
    pub source: String,
}

/// A stored entry: its event, its place in the chain and its hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Sequence number, 1, 2, … without gaps.
    pub seq: i64,
    /// What happened.
    pub event: AuditEvent,
    /// The previous entry's hash ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// This entry's hash ([`entry_hash`]).
    pub hash: String,
}

/// The label of [`input_digest`]'s key derivation.
pub const INPUT_DIGEST_LABEL: &[u8] = b"palermo-audit-input-v1";

/// A keyed digest naming the input of a computation (a linkage run's CLK
/// files, an estimate's contingency table) in an audit entry without
/// holding it: `in:` and the first 32 lower-case hex digits (128 bits) of
/// SHA-256 over [`INPUT_DIGEST_LABEL`], the key's length (8 bytes,
/// big-endian), the key, and the input. Keyed with the database's own
/// secret because a small table of counts is few enough to guess: an
/// unkeyed hash in the trail would let whoever reads the trail (an
/// administrator, who may not read aggregates) recover the table by trying
/// every one. The same input on the same database gives the same digest,
/// so two entries on one table can be matched.
pub fn input_digest(key: &[u8], input: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(INPUT_DIGEST_LABEL);
    h.update((key.len() as u64).to_be_bytes());
    h.update(key);
    h.update(input);
    let d = hex(&h.finalize());
    format!("in:{}", &d[..32])
}

/// The hash of the entry `seq` recording `event` after `prev_hash`:
/// SHA-256 (lower-case hex) of `palermo-audit-v1`, then `seq` and `at` as
/// 8-byte big-endian integers, then `actor`, `action`, `target`, `source`
/// and `prev_hash`, each as an 8-byte big-endian length and its UTF-8 bytes.
pub fn entry_hash(seq: i64, event: &AuditEvent, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"palermo-audit-v1");
    h.update(seq.to_be_bytes());
    h.update(event.at.to_be_bytes());
    for field in [
        event.actor.as_str(),
        event.action.as_str(),
        event.target.as_str(),
        event.source.as_str(),
        prev_hash,
    ] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

/// The entry that follows `prev` (or starts the chain) recording `event`.
pub fn next_entry(prev: Option<(i64, &str)>, event: AuditEvent) -> AuditEntry {
    let (seq, prev_hash) = match prev {
        Some((seq, hash)) => (seq + 1, hash.to_owned()),
        None => (1, GENESIS.to_owned()),
    };
    let hash = entry_hash(seq, &event, &prev_hash);
    AuditEntry {
        seq,
        event,
        prev_hash,
        hash,
    }
}

/// The columns of the audit trail as CSV (`palermo audit export`,
/// `/admin/audit.csv`): `at_unix` is what the hash covers, `at_utc` the
/// same time in RFC 3339 for readers.
pub const CSV_HEADER: [&str; 9] = [
    "seq",
    "at_unix",
    "at_utc",
    "actor",
    "action",
    "target",
    "source",
    "prev_hash",
    "hash",
];

/// An entry's fields in the order of [`CSV_HEADER`], so that anyone can
/// recompute the chain from the export ([`entry_hash`]).
pub fn csv_fields(e: &AuditEntry) -> [String; 9] {
    let utc = time::OffsetDateTime::from_unix_timestamp(e.event.at)
        .ok()
        .and_then(|d| {
            d.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default();
    [
        e.seq.to_string(),
        e.event.at.to_string(),
        utc,
        e.event.actor.clone(),
        e.event.action.clone(),
        e.event.target.clone(),
        e.event.source.clone(),
        e.prev_hash.clone(),
        e.hash.clone(),
    ]
}

/// Where a chain holds up to: its length and last hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    /// Entries checked.
    pub entries: u64,
    /// The last entry's sequence number (0 for an empty chain).
    pub last_seq: i64,
    /// The last entry's hash ([`GENESIS`] for an empty chain).
    pub last_hash: String,
}

/// The first entry that breaks the chain, and how.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("audit entry {seq}: {reason}")]
pub struct BrokenChain {
    /// Its sequence number.
    pub seq: i64,
    /// Why it does not hold.
    pub reason: ChainBreak,
}

/// How an entry breaks the chain: the typed reason of a [`BrokenChain`].
/// The library names the kind of break only (no entry content); the edges
/// write it in the reader's language (`palermo_web::reasons::chain_break`,
/// the Fluent messages `reason-audit-*` of `reasons.ftl`). The `Display`
/// text is English, for logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// Its sequence number is above the one expected: entries before it are
    /// missing.
    #[error("entries before it are missing (a gap in the sequence)")]
    Gap,
    /// Its sequence number is the previous one or lower.
    #[error("its sequence number repeats or goes back")]
    OutOfOrder,
    /// Its previous hash is not the hash of the entry before it: an entry
    /// before it was changed, removed or inserted.
    #[error("it does not carry the previous entry's hash (an entry before it was changed, removed or inserted)")]
    PreviousHash,
    /// The hash of its content is not its recorded hash: it was changed.
    #[error("its content does not match its hash (it was changed)")]
    Content,
}

impl ChainBreak {
    /// Every kind of break, for tests that each has a message.
    pub const ALL: [ChainBreak; 4] = [
        ChainBreak::Gap,
        ChainBreak::OutOfOrder,
        ChainBreak::PreviousHash,
        ChainBreak::Content,
    ];
}

/// Checks a chain given in sequence order: each entry's hash is the hash of
/// its content, its previous hash is the hash of the entry before, and the
/// sequence numbers run 1, 2, … without a gap.
///
/// # Errors
/// [`BrokenChain`] naming the first entry that does not hold.
pub fn verify_chain<'a>(
    entries: impl IntoIterator<Item = &'a AuditEntry>,
) -> Result<ChainHead, BrokenChain> {
    let mut head = ChainHead {
        entries: 0,
        last_seq: 0,
        last_hash: GENESIS.to_owned(),
    };
    for e in entries {
        if e.seq != head.last_seq + 1 {
            return Err(BrokenChain {
                seq: e.seq,
                reason: if e.seq > head.last_seq + 1 {
                    ChainBreak::Gap
                } else {
                    ChainBreak::OutOfOrder
                },
            });
        }
        if e.prev_hash != head.last_hash {
            return Err(BrokenChain {
                seq: e.seq,
                reason: ChainBreak::PreviousHash,
            });
        }
        if entry_hash(e.seq, &e.event, &e.prev_hash) != e.hash {
            return Err(BrokenChain {
                seq: e.seq,
                reason: ChainBreak::Content,
            });
        }
        head = ChainHead {
            entries: head.entries + 1,
            last_seq: e.seq,
            last_hash: e.hash.clone(),
        };
    }
    Ok(head)
}
