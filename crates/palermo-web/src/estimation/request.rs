//! A request to estimate, checked against the web's limits and run on a
//! blocking thread within its time limit ([`analyse`], [`analyse_blocking`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use palermo_i18n::Lang;
use palermo_mse::{estimate, read_table, Analysis, Budget, MseError, Options, Selection};
use serde::Deserialize;
use serde_json::Value;

use super::gate::{Gate, Limits};
use super::{MAX_BODY_BYTES, MAX_TABLE_BYTES};
use crate::error::WebError;
use crate::layout::{message, Arg};
use crate::server::ClientAddr;

/// A request to estimate: the fields of the form and of the JSON body.
/// Numeric fields take a JSON number or a string (as the form sends them).
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct MseRequest {
    /// The table as CSV text (capture histories with `count`, or records).
    #[serde(default)]
    pub table: String,
    /// `stepwise` (default), `aic`, `bic`, `main` or `fixed`.
    pub method: Option<String>,
    /// Interactions for `fixed`, comma-separated `A:B` (a string or, in
    /// JSON, also an array).
    #[serde(default, deserialize_with = "terms_de")]
    pub terms: Option<String>,
    /// Stepwise threshold (default 0.02).
    #[serde(default, deserialize_with = "number_de")]
    pub threshold: Option<String>,
    /// BCa bootstrap replicates (0 or absent: none; at most [`MAX_BOOTSTRAP`]).
    #[serde(default, deserialize_with = "number_de")]
    pub bootstrap: Option<String>,
    /// Seed of the bootstrap (default 1234).
    #[serde(default, deserialize_with = "number_de")]
    pub seed: Option<String>,
    /// Interval coverage (default 0.95).
    #[serde(default, deserialize_with = "number_de")]
    pub level: Option<String>,
}

fn terms_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<Value>::deserialize(d)?;
    Ok(match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Array(a)) => Some(
            a.iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(","),
        ),
        Some(other) => Some(other.to_string()),
    })
}

/// A number as a JSON number or a string; checked later by [`num_field`],
/// which names the field.
fn number_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    use serde::de::Error as _;
    let v = Option::<Value>::deserialize(d)?;
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(D::Error::custom(format!(
            "expected a number or a numeric string, found {other}"
        ))),
    }
}

/// A field of the request, as its errors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `table`.
    Table,
    /// `method`.
    Method,
    /// `terms`.
    Terms,
    /// `threshold`.
    Threshold,
    /// `bootstrap`.
    Bootstrap,
    /// `seed`.
    Seed,
    /// `level`.
    Level,
}

impl Field {
    /// The field's name in the form and the JSON body (not translated: it
    /// is what a script sends).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Method => "method",
            Self::Terms => "terms",
            Self::Threshold => "threshold",
            Self::Bootstrap => "bootstrap",
            Self::Seed => "seed",
            Self::Level => "level",
        }
    }
}

/// Why a request to estimate was refused or stopped, as a typed value
/// with its arguments (field, line, column, reason): the analysis runs on
/// a blocking thread that has no request language, and the handler writes
/// the text in the request's ([`EstimationError::into_web`]).
#[derive(Debug)]
pub enum EstimationError {
    /// No table was given.
    NoTable,
    /// The table has more bytes than [`MAX_TABLE_BYTES`].
    TableTooLarge {
        /// Its size, bytes.
        bytes: usize,
    },
    /// The table could not be read: its bad lines.
    Table(palermo_mse::ParseErrors),
    /// More lists than the web takes.
    TooManyLists {
        /// Lists in the table.
        lists: usize,
        /// The web's limit ([`Limits::max_lists`]).
        max: usize,
    },
    /// A numeric field does not parse.
    NotANumber {
        /// Which.
        field: Field,
        /// What was given (a number field: no personal data).
        value: String,
    },
    /// More bootstrap replicates than the web runs.
    TooManyReplicates {
        /// The web's limit ([`Limits::max_bootstrap`]).
        max: usize,
    },
    /// 1 to 9 bootstrap replicates (the engine needs at least 10).
    TooFewReplicates {
        /// Replicates asked for.
        count: usize,
    },
    /// The level is not in (0, 1).
    Level {
        /// The level as given.
        value: String,
    },
    /// The threshold is not in [0, 1].
    Threshold {
        /// The threshold as given.
        value: String,
    },
    /// `bic` with more than 6 lists.
    BicLists {
        /// Lists in the table.
        lists: usize,
    },
    /// Terms given with a method other than `fixed`.
    TermsWithoutFixed,
    /// An unknown method.
    UnknownMethod {
        /// The method as given (shortened to 40 characters).
        value: String,
    },
    /// A term of `fixed` was refused.
    Term(MseError),
    /// The estimation ran past [`Limits::timeout`].
    TimeLimit {
        /// The engine's error.
        error: MseError,
        /// The web's limit, seconds.
        seconds: f64,
    },
    /// The engine refused the table or a model.
    Estimate(MseError),
    /// The gate refused the request (busy, too many from this client),
    /// or the thread failed: already a [`WebError`] (made in the request).
    Web(WebError),
}

impl From<WebError> for EstimationError {
    fn from(e: WebError) -> Self {
        Self::Web(e)
    }
}

impl EstimationError {
    /// The error as the web answers it, its text in `lang` (the request's:
    /// `estimation.ftl`, `mse-err-*`).
    pub fn into_web(self, lang: Lang) -> WebError {
        use super::messages::{mse_error, parse_errors};
        let m = |key: &str, args: &[(&str, &dyn Arg)]| message(lang, key, args);
        let field = |f: Field, reason: String| {
            WebError::BadRequest(m(
                "mse-err-field",
                &[("field", &f.name()), ("reason", &reason)],
            ))
        };
        match self {
            Self::NoTable => field(Field::Table, m("mse-err-no-table", &[])),
            Self::TableTooLarge { bytes } => field(
                Field::Table,
                m(
                    "mse-err-table-too-large",
                    &[
                        ("bytes", &bytes.to_string()),
                        ("max", &MAX_TABLE_BYTES.to_string()),
                    ],
                ),
            ),
            Self::Table(e) => field(Field::Table, parse_errors(lang, &e)),
            Self::TooManyLists { lists, max } => field(
                Field::Table,
                m(
                    "mse-err-web-too-many-lists",
                    &[("count", &lists), ("max", &max)],
                ),
            ),
            Self::NotANumber { field: f, value } => {
                field(f, m("mse-err-not-a-valid-number", &[("value", &value)]))
            }
            Self::TooManyReplicates { max } => field(
                Field::Bootstrap,
                m("mse-err-web-bootstrap", &[("max", &max)]),
            ),
            Self::TooFewReplicates { count } => field(
                Field::Bootstrap,
                m("mse-err-bootstrap-too-few", &[("count", &count)]),
            ),
            Self::Level { value } => field(Field::Level, m("mse-err-level", &[("value", &value)])),
            Self::Threshold { value } => field(
                Field::Threshold,
                m("mse-err-threshold", &[("value", &value)]),
            ),
            Self::BicLists { lists } => {
                field(Field::Method, m("mse-err-bic-lists", &[("count", &lists)]))
            }
            Self::TermsWithoutFixed => field(Field::Terms, m("mse-err-terms-not-fixed", &[])),
            Self::UnknownMethod { value } => field(
                Field::Method,
                m("mse-err-unknown-method", &[("value", &value)]),
            ),
            Self::Term(e) => field(Field::Terms, mse_error(lang, &e)),
            Self::TimeLimit { error, seconds } => WebError::TooMuchWork(m(
                "mse-err-web-time-limit",
                &[("reason", &mse_error(lang, &error)), ("seconds", &seconds)],
            )),
            Self::Estimate(e) => WebError::BadRequest(mse_error(lang, &e)),
            Self::Web(e) => e,
        }
    }
}

fn num_field<T: std::str::FromStr>(
    v: &Option<String>,
    field: Field,
    default: T,
) -> Result<T, EstimationError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => s.parse().map_err(|_| EstimationError::NotANumber {
            field,
            value: s.chars().take(40).collect(),
        }),
    }
}

/// Runs the analysis for a request on the calling thread, with the web's
/// limits on lists and replicates and the given budget.
///
/// # Errors
/// The [`EstimationError`] naming the field, line or model at fault;
/// [`EstimationError::TimeLimit`] when the budget runs out.
pub fn analyse(
    req: &MseRequest,
    limits: &Limits,
    budget: Budget,
) -> Result<Analysis, EstimationError> {
    if req.table.trim().is_empty() {
        return Err(EstimationError::NoTable);
    }
    if req.table.len() > MAX_TABLE_BYTES {
        return Err(EstimationError::TableTooLarge {
            bytes: req.table.len(),
        });
    }
    let read = read_table(&req.table).map_err(EstimationError::Table)?;
    let table = read.table;
    if table.k() > limits.max_lists {
        return Err(EstimationError::TooManyLists {
            lists: table.k(),
            max: limits.max_lists,
        });
    }
    let threshold: f64 = num_field(&req.threshold, Field::Threshold, 0.02)?;
    let bootstrap: usize = num_field(&req.bootstrap, Field::Bootstrap, 0)?;
    let seed: u64 = num_field(&req.seed, Field::Seed, 1234)?;
    let level: f64 = num_field(&req.level, Field::Level, 0.95)?;
    if bootstrap > limits.max_bootstrap {
        return Err(EstimationError::TooManyReplicates {
            max: limits.max_bootstrap,
        });
    }
    if (1..10).contains(&bootstrap) {
        return Err(EstimationError::TooFewReplicates { count: bootstrap });
    }
    if !(level > 0.0 && level < 1.0) {
        return Err(EstimationError::Level {
            value: level.to_string(),
        });
    }
    if !(0.0..=1.0).contains(&threshold) {
        return Err(EstimationError::Threshold {
            value: threshold.to_string(),
        });
    }
    let terms_text = req.terms.clone().unwrap_or_default();
    let method = req.method.as_deref().unwrap_or("stepwise");
    let method = if method.is_empty() {
        "stepwise"
    } else {
        method
    };
    if !terms_text.trim().is_empty() && method != "fixed" {
        return Err(EstimationError::TermsWithoutFixed);
    }
    let selection = match method {
        "stepwise" => Selection::Stepwise { threshold },
        "aic" => Selection::Aic,
        "bic" if table.k() > 6 => return Err(EstimationError::BicLists { lists: table.k() }),
        "bic" => Selection::Bic,
        "main" => Selection::Main,
        "fixed" => Selection::Fixed {
            terms: terms_text
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| table.parse_term(t))
                .collect::<Result<_, _>>()
                .map_err(EstimationError::Term)?,
        },
        other => {
            return Err(EstimationError::UnknownMethod {
                value: other.chars().take(40).collect(),
            })
        }
    };
    let opts = Options {
        selection,
        level,
        bootstrap: (bootstrap > 0).then_some((bootstrap, seed)),
        budget,
        ..Options::default()
    };
    let mut notes = read.notes.into_iter();
    estimate(&table, &opts)
        .map(|mut a| {
            a.warnings.splice(0..0, &mut notes);
            a
        })
        .map_err(|e| match e {
            MseError::TimeLimit(_) => EstimationError::TimeLimit {
                error: e,
                seconds: limits.timeout.as_secs_f64(),
            },
            e => EstimationError::Estimate(e),
        })
}

/// Raises the cancel flag when dropped: when the client goes away axum
/// drops the handler's future, and the blocking estimation stops at its
/// next check instead of running on for nobody.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Waits up to [`Limits::wait`] for a slot in the client's turn, then runs
/// [`analyse`] on a blocking thread within [`Limits::timeout`], cancelled
/// if the request is dropped. An estimate is recorded in `store`'s audit
/// trail (issue #12, item 8: `mse.estimate` by `anonymous` from the
/// client's address, the method, the number of lists and the table's keyed
/// digest, never the table) before it is answered.
pub(crate) async fn analyse_blocking(
    gate: &Arc<Gate>,
    store: &palermo_store::Store,
    client: ClientAddr,
    req: MseRequest,
) -> Result<Analysis, EstimationError> {
    let table = req.table.clone();
    let a = analyse_in_turn(gate, client, req).await?;
    let ctx = palermo_store::accounts::AuditContext {
        actor: "anonymous".into(),
        source: client.0.to_string(),
        at: time::OffsetDateTime::now_utc().unix_timestamp(),
    };
    store
        .audit_computation(
            "mse.estimate",
            &format!("method {}, {} lists", a.method, a.lists.len()),
            table.as_bytes(),
            &ctx,
        )
        .await
        .map_err(|e| EstimationError::Web(e.into()))?;
    Ok(a)
}

async fn analyse_in_turn(
    gate: &Arc<Gate>,
    client: ClientAddr,
    req: MseRequest,
) -> Result<Analysis, EstimationError> {
    let limits = gate.limits().clone();
    let permit = gate.admit(client.0).await?;
    let flag = Arc::new(AtomicBool::new(false));
    let _guard = CancelOnDrop(flag.clone());
    let budget = Budget::default()
        .with_timeout(limits.timeout)
        .with_flag(flag);
    tokio::task::spawn_blocking(move || {
        // the slot is held until the computation has really stopped
        let _permit = permit;
        analyse(&req, &limits, budget)
    })
    .await
    .map_err(|e| EstimationError::Web(WebError::Internal(e.to_string())))?
}

/// The error of a body over [`MAX_BODY_BYTES`], stating the limits, in
/// the request's language.
pub(crate) fn too_large() -> WebError {
    WebError::TooLarge(crate::error::tr(
        "mse-err-too-large",
        &[
            ("mib", &(MAX_BODY_BYTES >> 20)),
            ("bytes", &MAX_BODY_BYTES.to_string()),
            ("table_mib", &(MAX_TABLE_BYTES >> 20)),
            ("table_bytes", &MAX_TABLE_BYTES.to_string()),
        ],
    ))
}
