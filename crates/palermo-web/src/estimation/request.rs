//! A request to estimate, checked against the web's limits and run on a
//! blocking thread within its time limit ([`analyse`], [`analyse_blocking`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use palermo_mse::{estimate, read_table, Analysis, Budget, MseError, Options, Selection};
use serde::Deserialize;
use serde_json::Value;

use super::gate::{Gate, Limits};
use super::{MAX_BODY_BYTES, MAX_TABLE_BYTES};
use crate::error::WebError;
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

fn num_field<T: std::str::FromStr>(
    v: &Option<String>,
    name: &str,
    default: T,
) -> Result<T, WebError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => s
            .parse()
            .map_err(|_| WebError::BadRequest(format!("{name}: {s:?} is not a valid number"))),
    }
}

/// Runs the analysis for a request on the calling thread, with the web's
/// limits on lists and replicates and the given budget.
///
/// # Errors
/// [`WebError::BadRequest`] naming the field, line or model at fault;
/// [`WebError::TooMuchWork`] when the budget runs out.
pub fn analyse(req: &MseRequest, limits: &Limits, budget: Budget) -> Result<Analysis, WebError> {
    if req.table.trim().is_empty() {
        return Err(WebError::BadRequest(
            "table: paste or upload a capture-history table".into(),
        ));
    }
    if req.table.len() > MAX_TABLE_BYTES {
        return Err(WebError::BadRequest(format!(
            "table: {} bytes, at most {MAX_TABLE_BYTES} are accepted",
            req.table.len()
        )));
    }
    let read = read_table(&req.table).map_err(|e| WebError::BadRequest(format!("table: {e}")))?;
    let table = read.table;
    if table.k() > limits.max_lists {
        return Err(WebError::BadRequest(format!(
            "table: {} lists, at most {} on the web (2^{} cells); run `palermo mse` on your own machine for more",
            table.k(),
            limits.max_lists,
            limits.max_lists
        )));
    }
    let threshold: f64 = num_field(&req.threshold, "threshold", 0.02)?;
    let bootstrap: usize = num_field(&req.bootstrap, "bootstrap", 0)?;
    let seed: u64 = num_field(&req.seed, "seed", 1234)?;
    let level: f64 = num_field(&req.level, "level", 0.95)?;
    if bootstrap > limits.max_bootstrap {
        return Err(WebError::BadRequest(format!(
            "bootstrap: at most {} replicates on the web (use `palermo mse` for more)",
            limits.max_bootstrap
        )));
    }
    let terms_text = req.terms.clone().unwrap_or_default();
    let method = req.method.as_deref().unwrap_or("stepwise");
    let method = if method.is_empty() {
        "stepwise"
    } else {
        method
    };
    if !terms_text.trim().is_empty() && method != "fixed" {
        return Err(WebError::BadRequest(
            "terms: interactions are only used with the method \"fixed\"".into(),
        ));
    }
    let selection = match method {
        "stepwise" => Selection::Stepwise { threshold },
        "aic" => Selection::Aic,
        "bic" => Selection::Bic,
        "main" => Selection::Main,
        "fixed" => Selection::Fixed {
            terms: terms_text
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| table.parse_term(t))
                .collect::<Result<_, _>>()
                .map_err(|e| WebError::BadRequest(format!("terms: {e}")))?,
        },
        other => {
            return Err(WebError::BadRequest(format!(
                "method: {other:?} is not one of stepwise, aic, bic, main, fixed"
            )))
        }
    };
    let opts = Options {
        selection,
        level,
        bootstrap: (bootstrap > 0).then_some((bootstrap, seed)),
        budget,
        ..Options::default()
    };
    let mut notes = read.notes.into_iter().map(|n| format!("table: {n}"));
    estimate(&table, &opts)
        .map(|mut a| {
            a.warnings.splice(0..0, &mut notes);
            a
        })
        .map_err(|e| match e {
        MseError::TimeLimit(_) => WebError::TooMuchWork(format!(
            "{e}. The web allows {} s per estimation; `palermo mse` on your own machine has no limit.",
            limits.timeout.as_secs_f64()
        )),
        e => WebError::BadRequest(e.to_string()),
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
) -> Result<Analysis, WebError> {
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
        .await?;
    Ok(a)
}

async fn analyse_in_turn(
    gate: &Arc<Gate>,
    client: ClientAddr,
    req: MseRequest,
) -> Result<Analysis, WebError> {
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
    .map_err(|e| WebError::Internal(e.to_string()))?
}

/// The error of a body over [`MAX_BODY_BYTES`], stating the limits.
pub(crate) fn too_large() -> WebError {
    WebError::TooLarge(format!(
        "the request is larger than the limit of {} MiB ({MAX_BODY_BYTES} bytes); the table itself may have at most {} MiB ({MAX_TABLE_BYTES} bytes)",
        MAX_BODY_BYTES >> 20,
        MAX_TABLE_BYTES >> 20
    ))
}
