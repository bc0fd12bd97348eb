//! The one policy: who may do what to which resource (issue #12, item 7).
//!
//! [`decide`] is the only place a permission is decided. It denies by
//! default: a (role, action, resource) triple not granted by one of the
//! rules below is [`Decision::Deny`]. Handlers and commands build a
//! [`Subject`] (from the session or the API token), name the [`Action`] and
//! the [`Resource`] (with the organisation or State that owns it) and ask;
//! none of them looks at a role itself.
//!
//! The roles are the issue's: the public (no account); a data provider (an
//! agency: its own organisation's case records and CLK uploads, never
//! another's); a national focal point (its State's data, linkage projects
//! and review answers); a reviewer (reads the review answers of the States
//! it reviews, only those); an analyst (the secretariat: unsuppressed
//! aggregates, linkage and estimation across sources, never raw records or
//! identifiers); an administrator (accounts, reference data and the audit
//! trail, and no case data: separation of duties).
//!
//! Administrators and analysts must have signed in with a second factor
//! (TOTP) for anything but their own account, where they enrol it (and
//! that excludes making API tokens, which act without one).

use std::fmt;
use std::str::FromStr;

/// A role (issue #12, item 7). Every account has exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// No account: published outputs only.
    Public,
    /// An agency that holds case records: its own organisation's records
    /// and CLK uploads.
    DataProvider,
    /// A State's national focal point: its State's data, linkage projects
    /// and review answers.
    NationalFocalPoint,
    /// An expert of a reviewing State: reads the answers of the States it
    /// reviews.
    Reviewer,
    /// The secretariat's analyst: aggregates, linkage and estimation across
    /// sources, never identifiers.
    Analyst,
    /// Accounts, reference data and the audit trail.
    Administrator,
}

impl Role {
    /// Every role, in the order of the issue.
    pub const ALL: [Role; 6] = [
        Role::Public,
        Role::DataProvider,
        Role::NationalFocalPoint,
        Role::Reviewer,
        Role::Analyst,
        Role::Administrator,
    ];

    /// The role's name as the CLI and the database spell it
    /// (`data-provider`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Public => "public",
            Role::DataProvider => "data-provider",
            Role::NationalFocalPoint => "national-focal-point",
            Role::Reviewer => "reviewer",
            Role::Analyst => "analyst",
            Role::Administrator => "administrator",
        }
    }

    /// Whether an account of this role must sign in with a second factor
    /// (TOTP) before doing anything but managing its own account (issue
    /// #12, item 6: administrators and analysts).
    pub fn requires_second_factor(self) -> bool {
        matches!(self, Role::Administrator | Role::Analyst)
    }

    /// Whether accounts of this role must belong to an organisation (data
    /// providers, focal points and reviewers act for one).
    pub fn requires_organisation(self) -> bool {
        matches!(
            self,
            Role::DataProvider | Role::NationalFocalPoint | Role::Reviewer
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role name that is not one of [`Role::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role: expected one of public, data-provider, national-focal-point, reviewer, analyst, administrator")]
pub struct UnknownRole;

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(UnknownRole)
    }
}

/// An organisation an account acts for (issue #12, item 6).
///
/// Written `state:NGA` (ISO 3166-1 alpha-3), `un:UNODC`, `icat:IOM` or
/// `agency:NAME`; names are 1–64 characters of ASCII letters, digits, `-`,
/// `_` and `.`, compared as written (codes upper-cased).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Organisation {
    /// A State, by its ISO 3166-1 alpha-3 code.
    State(String),
    /// A United Nations entity (UNODC, UNHCR, …).
    UnEntity(String),
    /// A member organisation of ICAT (the Inter-Agency Coordination Group
    /// against Trafficking in Persons).
    IcatMember(String),
    /// An NGO or a national agency.
    Agency(String),
}

impl Organisation {
    /// The State this organisation is, if it is one.
    pub fn state(&self) -> Option<&str> {
        match self {
            Organisation::State(c) => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Organisation::State(c) => write!(f, "state:{c}"),
            Organisation::UnEntity(n) => write!(f, "un:{n}"),
            Organisation::IcatMember(n) => write!(f, "icat:{n}"),
            Organisation::Agency(n) => write!(f, "agency:{n}"),
        }
    }
}

/// An organisation that could not be read (the reason, never the value).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("organisation: {0}")]
pub struct BadOrganisation(&'static str);

impl FromStr for Organisation {
    type Err = BadOrganisation;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (kind, name) = s.split_once(':').ok_or(BadOrganisation(
            "expected state:ISO3, un:NAME, icat:NAME or agency:NAME",
        ))?;
        if name.is_empty()
            || name.len() > 64
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err(BadOrganisation(
                "expected a name of 1-64 ASCII letters, digits, '-', '_' or '.' after the colon",
            ));
        }
        match kind {
            "state" => {
                if name.len() != 3 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
                    return Err(BadOrganisation(
                        "expected an ISO 3166-1 alpha-3 code after state:",
                    ));
                }
                Ok(Organisation::State(name.to_ascii_uppercase()))
            }
            "un" => Ok(Organisation::UnEntity(name.to_ascii_uppercase())),
            "icat" => Ok(Organisation::IcatMember(name.to_ascii_uppercase())),
            "agency" => Ok(Organisation::Agency(name.to_owned())),
            _ => Err(BadOrganisation(
                "expected state:ISO3, un:NAME, icat:NAME or agency:NAME",
            )),
        }
    }
}

/// How the subject proved who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authentication {
    /// Not signed in.
    None,
    /// A password only.
    Password,
    /// A password and a TOTP code.
    PasswordAndTotp,
    /// An API token, limited to its scope.
    Token(Scope),
}

/// What an API token may do (issue #12, item 6: tokens are scoped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Reading only ([`Action::Read`], [`Action::Export`]).
    Read,
    /// Whatever the account may do, except managing accounts.
    ReadWrite,
}

impl Scope {
    /// `read` or `read-write`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::ReadWrite => "read-write",
        }
    }
}

impl FromStr for Scope {
    type Err = UnknownScope;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "read" => Ok(Scope::Read),
            "read-write" => Ok(Scope::ReadWrite),
            _ => Err(UnknownScope),
        }
    }
}

/// A scope name that is neither `read` nor `read-write`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope: expected read or read-write")]
pub struct UnknownScope;

/// Who asks: an account's role, organisation and review assignments, and
/// how it signed in. [`Subject::public`] is the visitor without an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// The account's id (`None` for the public).
    pub user_id: Option<i64>,
    /// Its role.
    pub role: Role,
    /// The organisation it acts for.
    pub organisation: Option<Organisation>,
    /// ISO 3166-1 alpha-3 codes of the States whose review answers a
    /// reviewer reads.
    pub reviews: Vec<String>,
    /// How it signed in.
    pub authentication: Authentication,
}

impl Subject {
    /// The visitor without an account.
    pub fn public() -> Self {
        Self {
            user_id: None,
            role: Role::Public,
            organisation: None,
            reviews: Vec::new(),
            authentication: Authentication::None,
        }
    }
}

/// What the subject wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See it.
    Read,
    /// Create, change, import or delete it.
    Write,
    /// Take a copy away (a CSV download, an API export).
    Export,
    /// Run a computation on it (a linkage run, an estimate).
    Run,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 4] = [Action::Read, Action::Write, Action::Export, Action::Run];
}

/// What the action is on, with whom it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// Published outputs: treaty status, published statistics and
    /// case-record releases, published estimates.
    Published,
    /// An organisation's raw case records (HTCDS fields, no names).
    CaseRecords {
        /// The organisation that holds them.
        owner: Organisation,
    },
    /// The fields that identify a person (names, dates of birth,
    /// addresses): they never reach the server (they are encoded into CLKs
    /// on the data holder's machine), and the policy grants them to no one.
    Identifiers {
        /// The organisation that holds them.
        owner: Organisation,
    },
    /// An organisation's CLK uploads for record linkage.
    Clks {
        /// The organisation that uploaded them.
        owner: Organisation,
    },
    /// A State's linkage project (its lists, runs and results).
    LinkageProject {
        /// ISO 3166-1 alpha-3 code of the State.
        state: String,
    },
    /// Unsuppressed aggregates across sources (indicators before
    /// disclosure control) and estimates in preparation.
    Aggregates,
    /// A State's answers to the review questionnaire.
    ReviewAnswers {
        /// ISO 3166-1 alpha-3 code of the State under review.
        state: String,
    },
    /// Reference data (countries, aliases, population, treaty snapshots).
    ReferenceData,
    /// Every account (the administrators' page and commands).
    Accounts,
    /// One's own account: password and second factor (allowed with a
    /// password only, so that administrators and analysts can enrol TOTP).
    OwnAccount {
        /// The account's id.
        user_id: i64,
    },
    /// An account's API tokens. A token acts without a second factor, so
    /// making one needs what the account's role needs for everything else
    /// (TOTP for administrators and analysts): else a stolen password
    /// would make a token that skips the second factor.
    ApiTokens {
        /// The account's id.
        user_id: i64,
    },
    /// The audit trail.
    AuditLog,
}

/// The answer of [`decide`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Permitted.
    Allow,
    /// Not permitted (the default).
    Deny,
}

impl Decision {
    /// Whether it is [`Decision::Allow`].
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }
}

/// Whether `subject` may do `action` to `resource`: the one policy, deny
/// by default (see the module's documentation for the rules).
pub fn decide(subject: &Subject, action: Action, resource: &Resource) -> Decision {
    if grants(subject, action, resource) {
        Decision::Allow
    } else {
        Decision::Deny
    }
}

fn grants(s: &Subject, action: Action, resource: &Resource) -> bool {
    use Action::{Export, Read, Run, Write};
    // Published outputs are everyone's to read and download.
    if matches!(resource, Resource::Published) {
        return matches!(action, Read | Export);
    }
    let Some(me) = s.user_id else {
        return false;
    };
    if s.role == Role::Public {
        return false;
    }
    // A token acts within its scope, and never on accounts.
    match s.authentication {
        Authentication::None => return false,
        Authentication::Token(scope) => {
            if matches!(
                resource,
                Resource::Accounts | Resource::OwnAccount { .. } | Resource::ApiTokens { .. }
            ) {
                return false;
            }
            if scope == Scope::Read && !matches!(action, Read | Export) {
                return false;
            }
        }
        Authentication::Password | Authentication::PasswordAndTotp => {}
    }
    // One's own account (to change the password, enrol TOTP).
    if let Resource::OwnAccount { user_id } = resource {
        return *user_id == me && matches!(action, Read | Write);
    }
    if s.role.requires_second_factor() && s.authentication == Authentication::Password {
        return false;
    }
    if let Resource::ApiTokens { user_id } = resource {
        return *user_id == me && matches!(action, Read | Write);
    }
    let org = s.organisation.as_ref();
    let my_state = org.and_then(Organisation::state);
    match (s.role, resource) {
        // Identifiers are granted to no one on the server.
        (_, Resource::Identifiers { .. }) => false,
        (Role::DataProvider, Resource::CaseRecords { owner } | Resource::Clks { owner }) => {
            Some(owner) == org && matches!(action, Read | Write | Export)
        }
        (Role::NationalFocalPoint, Resource::CaseRecords { owner } | Resource::Clks { owner }) => {
            Some(owner) == org && matches!(action, Read | Write | Export)
        }
        (Role::NationalFocalPoint, Resource::LinkageProject { state }) => {
            Some(state.as_str()) == my_state && matches!(action, Read | Write | Run)
        }
        (Role::NationalFocalPoint, Resource::ReviewAnswers { state }) => {
            Some(state.as_str()) == my_state && matches!(action, Read | Write)
        }
        (Role::Reviewer, Resource::ReviewAnswers { state }) => {
            s.reviews.iter().any(|r| r == state) && action == Read
        }
        (Role::Analyst, Resource::Aggregates) => matches!(action, Read | Export | Run),
        (Role::Analyst, Resource::LinkageProject { .. }) => matches!(action, Read | Run),
        (Role::Administrator, Resource::Accounts | Resource::ReferenceData) => {
            matches!(action, Read | Write)
        }
        (Role::Administrator, Resource::AuditLog) => matches!(action, Read | Export),
        _ => false,
    }
}
