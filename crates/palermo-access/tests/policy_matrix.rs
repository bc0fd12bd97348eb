//! The whole permission matrix of issue #12, item 7, written out by hand:
//! every role against every kind of resource (own and another's) and every
//! action. A cell is the set of actions allowed: R(ead), W(rite),
//! E(xport), X (run); '-' denied.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_access::policy::*;

fn org(s: &str) -> Organisation {
    s.parse().unwrap()
}

/// The six subjects of the matrix, in the column order of [`MATRIX`].
fn subjects() -> Vec<Subject> {
    let user = |id, role, o: Option<&str>, reviews: &[&str], auth| Subject {
        user_id: Some(id),
        role,
        organisation: o.map(org),
        reviews: reviews.iter().map(|s| s.to_string()).collect(),
        authentication: auth,
    };
    vec![
        Subject::public(),
        user(
            2,
            Role::DataProvider,
            Some("agency:ngo-a"),
            &[],
            Authentication::Password,
        ),
        user(
            3,
            Role::NationalFocalPoint,
            Some("state:NGA"),
            &[],
            Authentication::Password,
        ),
        user(
            4,
            Role::Reviewer,
            Some("state:FRA"),
            &["NGA"],
            Authentication::Password,
        ),
        user(
            5,
            Role::Analyst,
            Some("un:UNODC"),
            &[],
            Authentication::PasswordAndTotp,
        ),
        user(
            6,
            Role::Administrator,
            Some("un:UNODC"),
            &[],
            Authentication::PasswordAndTotp,
        ),
    ]
}

/// `SELF` stands for the subject's own account.
const SELF: i64 = -1;

fn resource(name: &str, me: Option<i64>) -> Resource {
    match name {
        "published" => Resource::Published,
        "cases agency:ngo-a" => Resource::CaseRecords {
            owner: org("agency:ngo-a"),
        },
        "cases agency:ngo-b" => Resource::CaseRecords {
            owner: org("agency:ngo-b"),
        },
        "cases state:NGA" => Resource::CaseRecords {
            owner: org("state:NGA"),
        },
        "identifiers agency:ngo-a" => Resource::Identifiers {
            owner: org("agency:ngo-a"),
        },
        "identifiers state:NGA" => Resource::Identifiers {
            owner: org("state:NGA"),
        },
        "clks agency:ngo-a" => Resource::Clks {
            owner: org("agency:ngo-a"),
        },
        "clks agency:ngo-b" => Resource::Clks {
            owner: org("agency:ngo-b"),
        },
        "linkage NGA" => Resource::LinkageProject {
            state: "NGA".into(),
        },
        "linkage GHA" => Resource::LinkageProject {
            state: "GHA".into(),
        },
        "aggregates" => Resource::Aggregates,
        "review NGA" => Resource::ReviewAnswers {
            state: "NGA".into(),
        },
        "review GHA" => Resource::ReviewAnswers {
            state: "GHA".into(),
        },
        "reference" => Resource::ReferenceData,
        "accounts" => Resource::Accounts,
        "own account" => Resource::OwnAccount {
            user_id: me.unwrap_or(SELF),
        },
        "account 99" => Resource::OwnAccount { user_id: 99 },
        "own tokens" => Resource::ApiTokens {
            user_id: me.unwrap_or(SELF),
        },
        "tokens 99" => Resource::ApiTokens { user_id: 99 },
        "audit" => Resource::AuditLog,
        other => panic!("no resource {other}"),
    }
}

#[rustfmt::skip]
const MATRIX: &[(&str, [&str; 6])] = &[
    //                           public  provider focal  reviewer analyst admin
    ("published",                ["R-E-", "R-E-", "R-E-", "R-E-", "R-E-", "R-E-"]),
    ("cases agency:ngo-a",       ["----", "RWE-", "----", "----", "----", "----"]),
    ("cases agency:ngo-b",       ["----", "----", "----", "----", "----", "----"]),
    ("cases state:NGA",          ["----", "----", "RWE-", "----", "----", "----"]),
    ("identifiers agency:ngo-a", ["----", "----", "----", "----", "----", "----"]),
    ("identifiers state:NGA",    ["----", "----", "----", "----", "----", "----"]),
    ("clks agency:ngo-a",        ["----", "RWE-", "----", "----", "----", "----"]),
    ("clks agency:ngo-b",        ["----", "----", "----", "----", "----", "----"]),
    ("linkage NGA",              ["----", "----", "RW-X", "----", "R--X", "----"]),
    ("linkage GHA",              ["----", "----", "----", "----", "R--X", "----"]),
    ("aggregates",               ["----", "----", "----", "----", "R-EX", "----"]),
    ("review NGA",               ["----", "----", "RW--", "R---", "----", "----"]),
    ("review GHA",               ["----", "----", "----", "----", "----", "----"]),
    ("reference",                ["----", "----", "----", "----", "----", "RW--"]),
    ("accounts",                 ["----", "----", "----", "----", "----", "RW--"]),
    ("own account",              ["----", "RW--", "RW--", "RW--", "RW--", "RW--"]),
    ("account 99",               ["----", "----", "----", "----", "----", "----"]),
    ("own tokens",               ["----", "RW--", "RW--", "RW--", "RW--", "RW--"]),
    ("tokens 99",                ["----", "----", "----", "----", "----", "----"]),
    ("audit",                    ["----", "----", "----", "----", "----", "R-E-"]),
];

fn allowed(cell: &str, action: Action) -> bool {
    let letter = match action {
        Action::Read => 'R',
        Action::Write => 'W',
        Action::Export => 'E',
        Action::Run => 'X',
    };
    cell.contains(letter)
}

fn check_matrix(subjects: &[Subject], matrix: &[(&str, [&str; 6])]) {
    let mut wrong = Vec::new();
    for (name, cells) in matrix {
        for (subject, cell) in subjects.iter().zip(cells) {
            let r = resource(name, subject.user_id);
            for action in Action::ALL {
                let want = if allowed(cell, action) {
                    Decision::Allow
                } else {
                    Decision::Deny
                };
                let got = decide(subject, action, &r);
                if got != want {
                    wrong.push(format!(
                        "{} {action:?} {name}: {got:?}, want {want:?}",
                        subject.role
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_whole_matrix() {
    check_matrix(&subjects(), MATRIX);
}

/// Another agency's data provider gets nothing of ngo-a's, and ngo-a's
/// provider nothing of ngo-b's (the mirror image of the matrix's rows).
#[test]
fn an_agency_never_reads_another_agencys_records() {
    let mut b = subjects()[1].clone();
    b.organisation = Some(org("agency:ngo-b"));
    for action in Action::ALL {
        for owner in ["agency:ngo-a", "state:NGA", "un:ngo-b", "icat:ngo-b"] {
            let r = Resource::CaseRecords { owner: org(owner) };
            assert_eq!(decide(&b, action, &r), Decision::Deny, "{action:?} {owner}");
        }
    }
    assert!(decide(
        &b,
        Action::Read,
        &Resource::CaseRecords {
            owner: org("agency:ngo-b")
        }
    )
    .is_allowed());
    // A provider without an organisation owns nothing.
    b.organisation = None;
    assert!(!decide(
        &b,
        Action::Read,
        &Resource::CaseRecords {
            owner: org("agency:ngo-b")
        }
    )
    .is_allowed());
}

/// Analysts and administrators signed in with a password only may manage
/// their own account (to enrol TOTP) and nothing else.
#[test]
fn second_factor_is_required_of_analysts_and_administrators() {
    let mut subjects = subjects();
    for s in &mut subjects {
        if s.authentication == Authentication::PasswordAndTotp {
            s.authentication = Authentication::Password;
        }
    }
    let mut matrix = MATRIX.to_vec();
    for (name, cells) in &mut matrix {
        if *name != "published" && *name != "own account" {
            cells[4] = "----";
            cells[5] = "----";
        }
    }
    check_matrix(&subjects, &matrix);
}

/// A token acts within its scope and never on accounts.
#[test]
fn tokens_are_scoped() {
    let mut subjects = subjects();
    for s in subjects.iter_mut().skip(1) {
        s.authentication = Authentication::Token(Scope::Read);
    }
    let mut matrix = MATRIX.to_vec();
    for (name, cells) in &mut matrix {
        for cell in cells.iter_mut().skip(1) {
            let kept: String = cell
                .chars()
                .map(|c| if c == 'R' || c == 'E' { c } else { '-' })
                .collect();
            *cell = Box::leak(kept.into_boxed_str());
        }
        if *name == "accounts" || *name == "own account" || *name == "own tokens" {
            for cell in cells.iter_mut() {
                *cell = "----";
            }
        }
    }
    check_matrix(&subjects, &matrix);

    // read-write keeps the matrix except accounts.
    for s in subjects.iter_mut().skip(1) {
        s.authentication = Authentication::Token(Scope::ReadWrite);
    }
    let mut matrix = MATRIX.to_vec();
    for (name, cells) in &mut matrix {
        if *name == "accounts" || *name == "own account" || *name == "own tokens" {
            for cell in cells.iter_mut() {
                *cell = "----";
            }
        }
    }
    check_matrix(&subjects, &matrix);
}

/// A subject that claims a role without having signed in gets nothing
/// but the published outputs.
#[test]
fn no_authentication_no_access() {
    let mut subjects = subjects();
    for s in &mut subjects {
        s.authentication = Authentication::None;
    }
    let matrix: Vec<(&str, [&str; 6])> = MATRIX
        .iter()
        .map(|(n, c)| (*n, if *n == "published" { *c } else { ["----"; 6] }))
        .collect();
    check_matrix(&subjects, &matrix);
}

#[test]
fn names_parse_and_print_alike() {
    for r in Role::ALL {
        assert_eq!(r.as_str().parse::<Role>().unwrap(), r);
    }
    assert!("root".parse::<Role>().is_err());
    for o in ["state:NGA", "un:UNODC", "icat:IOM", "agency:la-strada.ua"] {
        assert_eq!(org(o).to_string(), o);
    }
    assert_eq!(org("state:nga"), org("state:NGA"));
    for bad in [
        "NGA",
        "state:NG",
        "state:N1A",
        "club:x",
        "agency:",
        "agency:a b",
        "agency:<script>",
    ] {
        assert!(bad.parse::<Organisation>().is_err(), "{bad}");
    }
    // The error names the expected form, never the value.
    let e = "agency:<script>"
        .parse::<Organisation>()
        .unwrap_err()
        .to_string();
    assert!(!e.contains("<script>"), "{e}");
}
