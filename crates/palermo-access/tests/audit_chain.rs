//! The audit chain against its attacks: a changed, removed, inserted or
//! re-hashed entry is named by `verify_chain`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_access::audit::*;

fn event(i: i64) -> AuditEvent {
    AuditEvent {
        at: 1_700_000_000 + i,
        actor: "user:1 <admin@example.org>".into(),
        action: "sign-in".into(),
        target: format!("session:{i}"),
        source: "127.0.0.1".into(),
    }
}

fn chain(n: i64) -> Vec<AuditEntry> {
    let mut out: Vec<AuditEntry> = Vec::new();
    for i in 0..n {
        let prev = out.last().map(|e| (e.seq, e.hash.clone()));
        out.push(next_entry(
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            event(i),
        ));
    }
    out
}

/// The hash of one entry computed outside Rust, by Python's hashlib over
/// the encoding `entry_hash` documents:
/// `sha256(b'palermo-audit-v1' + pack('>q',1) + pack('>q',1700000000) +
/// f('cli') + f('user.add') + f('user:1') + f('cli') + f('0'*64))` with
/// `f(s) = pack('>Q', len(s)) + s`.
#[test]
fn hash_matches_an_outside_computation() {
    let e = next_entry(
        None,
        AuditEvent {
            at: 1_700_000_000,
            actor: "cli".into(),
            action: "user.add".into(),
            target: "user:1".into(),
            source: "cli".into(),
        },
    );
    assert_eq!(e.seq, 1);
    assert_eq!(e.prev_hash, GENESIS);
    assert_eq!(
        e.hash,
        "00dac1390af8b1b4a1798680049a4cddcd6bd313c58687f0762fe78a94786544"
    );
}

#[test]
fn an_intact_chain_verifies() {
    let c = chain(5);
    let head = verify_chain(&c).unwrap();
    assert_eq!(head.entries, 5);
    assert_eq!(head.last_seq, 5);
    assert_eq!(head.last_hash, c[4].hash);
    assert_eq!(verify_chain(&[]).unwrap().last_hash, GENESIS);
}

#[test]
fn a_changed_entry_is_named() {
    for field in 0..5 {
        let mut c = chain(5);
        let e = &mut c[2].event;
        match field {
            0 => e.at += 1,
            1 => e.actor = "user:2 <other@example.org>".into(),
            2 => e.action = "sign-out".into(),
            3 => e.target = "session:9".into(),
            _ => e.source = "10.0.0.1".into(),
        }
        let err = verify_chain(&c).unwrap_err();
        assert_eq!(err.seq, 3, "field {field}");
        assert_eq!(err.reason, ChainBreak::Content, "field {field}");
    }
}

/// Who changes an entry and recomputes its hash breaks the next entry.
#[test]
fn a_rehashed_entry_breaks_the_next() {
    let mut c = chain(5);
    c[2].event.action = "sign-out".into();
    c[2].hash = entry_hash(c[2].seq, &c[2].event, &c[2].prev_hash);
    let err = verify_chain(&c).unwrap_err();
    assert_eq!(err.seq, 4);
    assert_eq!(err.reason, ChainBreak::PreviousHash);
}

#[test]
fn a_removed_entry_is_named() {
    let mut c = chain(5);
    c.remove(1);
    let err = verify_chain(&c).unwrap_err();
    assert_eq!(err.seq, 3);
    assert_eq!(err.reason, ChainBreak::Gap);
    // Removed and renumbered: the hash no longer follows.
    let mut c = chain(5);
    c.remove(1);
    for (i, e) in c.iter_mut().enumerate() {
        e.seq = i as i64 + 1;
    }
    assert_eq!(verify_chain(&c).unwrap_err().seq, 2);
}

#[test]
fn an_inserted_entry_is_named() {
    let mut c = chain(4);
    let forged = next_entry(Some((2, &c[1].hash)), event(99));
    c.insert(2, forged);
    // seq 3 twice: the forged one verifies, the original 3 after it repeats.
    let err = verify_chain(&c).unwrap_err();
    assert_eq!(err.seq, 3);
    assert_eq!(err.reason, ChainBreak::OutOfOrder);
}

/// The input digest is the construction its documentation gives, as
/// Python's hashlib computes it: `hashlib.sha256(label, then
/// struct.pack(">Q", len(k)), k and the table).hexdigest()[:32]`. A table
/// one count apart, or another database's key, gives another digest.
#[test]
fn the_input_digest_is_keyed_sha256_as_documented() {
    let key = b"0123456789abcdef0123456789abcdef";
    let table = b"A,B,count\n1,0,5\n0,1,7\n1,1,2\n";
    assert_eq!(
        input_digest(key, table),
        "in:eec3d407dfea9815ea21b0c2c7dcb66d"
    );
    assert_eq!(
        input_digest(key, b"A,B,count\n1,0,5\n0,1,7\n1,1,3\n"),
        "in:7e9f3fc9b5463dae9eced54c69400fcf"
    );
    assert_ne!(
        input_digest(b"another key", table),
        input_digest(key, table)
    );
}
