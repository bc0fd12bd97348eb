//! Multiple systems estimation on the web: a page where a table is pasted
//! or uploaded (`GET`/`POST /mse`) and the JSON endpoint `POST /api/v1/mse`.
//!
//! Both run [`palermo_mse::estimate()`] on a blocking thread and show every
//! method side by side, never one number alone: model choice dominates the
//! uncertainty of these estimates. A [`Gate`] bounds the work: a fair
//! queue admits [`Limits::concurrent`] estimations, taking waiting clients
//! in turn (others wait [`Limits::wait`], then 503; a client with
//! [`Limits::per_client`] requests already waiting or running gets 429),
//! each within [`Limits::timeout`] (then 422) and cancelled when its
//! request is dropped; tables are capped at [`Limits::max_lists`] lists
//! and [`Limits::max_bootstrap`] replicates, bodies at [`MAX_BODY_BYTES`]. The page works without JavaScript (paste
//! the table); a few lines of script let a file be chosen instead.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use askama::Template;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FormRejection};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Json, Response};
use axum::routing::{get, post};
use axum::Router;
use palermo_mse::estimate::Comparison;
use palermo_mse::{estimate, read_table, Analysis, Budget, MseError, Options, Selection};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::oneshot;

use crate::charts::{esc, PALETTE};
use crate::error::WebError;
use crate::params::{NoParams, Params};
use crate::server::ClientAddr;
use crate::AppState;

/// Largest table accepted (bytes of CSV).
pub const MAX_TABLE_BYTES: usize = 1 << 20;
/// Largest request body accepted by `/mse` and `/api/v1/mse` (a 1 MiB table
/// grows when the form URL-encodes it).
pub const MAX_BODY_BYTES: usize = 4 << 20;
/// Largest number of bootstrap replicates accepted from the web.
pub const MAX_BOOTSTRAP: usize = 1000;
/// Most lists accepted from the web (2^12 = 4,096 cells).
pub const MAX_WEB_LISTS: usize = 12;

/// Work limits of the estimation endpoints.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Estimations run at once (each on a blocking thread).
    pub concurrent: usize,
    /// How long a request waits for a free slot before a 503.
    pub wait: Duration,
    /// Requests one client (IP address) may have waiting or running at
    /// once; one more is answered 429 at once.
    pub per_client: usize,
    /// Time limit of one estimation (then 422, and the work stops).
    pub timeout: Duration,
    /// Most lists in a table.
    pub max_lists: usize,
    /// Most bootstrap replicates.
    pub max_bootstrap: usize,
}

impl Default for Limits {
    /// One estimation at a time, a 10 s wait for it, 2 requests per
    /// client, 30 s per estimation, [`MAX_WEB_LISTS`] lists,
    /// [`MAX_BOOTSTRAP`] replicates.
    fn default() -> Self {
        Self {
            concurrent: 1,
            wait: Duration::from_secs(10),
            per_client: 2,
            timeout: Duration::from_secs(30),
            max_lists: MAX_WEB_LISTS,
            max_bootstrap: MAX_BOOTSTRAP,
        }
    }
}

/// Admission control: [`Limits::concurrent`] slots given out by a fair
/// queue.
///
/// Waiting requests are grouped by client (IP address, [`ClientAddr`]);
/// when a slot frees, the waiting client served least recently (never
/// served first; ties in order of arrival) gets it for its oldest request.
/// So a client that sends slow estimations back to back (or many at once)
/// gets every other turn, not the slot for good; and no client may have
/// more than [`Limits::per_client`] requests waiting or running.
#[derive(Debug)]
pub struct Gate {
    limits: Limits,
    queue: Mutex<Queue>,
}

/// One client's waiting requests, in arrival order: an id and where to
/// send the slot.
type Waiters = VecDeque<(u64, oneshot::Sender<()>)>;

#[derive(Debug, Default)]
struct Queue {
    running: usize,
    /// Clients with waiting requests, in turn order, each with its
    /// requests in arrival order (id, where to send the slot).
    turns: VecDeque<(IpAddr, Waiters)>,
    /// Requests waiting or running, per client.
    held: HashMap<IpAddr, usize>,
    /// When each client holding requests was last given a slot (a count
    /// of slots given).
    served: HashMap<IpAddr, u64>,
    clock: u64,
    next_id: u64,
}

impl Queue {
    fn forget(&mut self, client: IpAddr) {
        if let Some(n) = self.held.get_mut(&client) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.held.remove(&client);
                self.served.remove(&client);
            }
        }
    }

    fn serve(&mut self, client: IpAddr) {
        self.clock += 1;
        self.running += 1;
        self.served.insert(client, self.clock);
    }

    /// Removes a waiting request; false if it is no longer waiting.
    fn remove_waiter(&mut self, client: IpAddr, id: u64) -> bool {
        let Some(pos) = self.turns.iter().position(|(c, _)| *c == client) else {
            return false;
        };
        let waiters = &mut self.turns[pos].1;
        let Some(w) = waiters.iter().position(|(i, _)| *i == id) else {
            return false;
        };
        waiters.remove(w);
        if waiters.is_empty() {
            self.turns.remove(pos);
        }
        true
    }

    /// Gives free slots to waiting requests, the client served least
    /// recently first.
    fn grant(&mut self, concurrent: usize) {
        while self.running < concurrent {
            let next = self
                .turns
                .iter()
                .enumerate()
                .min_by_key(|(i, (c, _))| (self.served.get(c).copied().unwrap_or(0), *i))
                .map(|(i, _)| i);
            let Some((client, mut waiters)) = next.and_then(|i| self.turns.remove(i)) else {
                return;
            };
            if let Some((_, tx)) = waiters.pop_front() {
                if tx.send(()).is_ok() {
                    self.serve(client);
                } else {
                    self.forget(client);
                }
            }
            if !waiters.is_empty() {
                self.turns.push_back((client, waiters));
            }
        }
    }
}

/// A slot held by one request; freed (and handed on) when dropped.
struct Slot {
    gate: Arc<Gate>,
    client: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut q = self.gate.lock();
        q.running = q.running.saturating_sub(1);
        q.forget(self.client);
        q.grant(self.gate.limits.concurrent.max(1));
    }
}

/// A request waiting in the queue; leaves it when dropped (the request
/// timed out or its client went away), handing on a slot granted meanwhile.
struct Waiting {
    gate: Arc<Gate>,
    client: IpAddr,
    id: u64,
    rx: oneshot::Receiver<()>,
    admitted: bool,
}

impl Drop for Waiting {
    fn drop(&mut self) {
        if self.admitted {
            return;
        }
        let mut q = self.gate.lock();
        if q.remove_waiter(self.client, self.id) {
            q.forget(self.client);
        } else if self.rx.try_recv().is_ok() {
            // granted just now: give the slot back
            drop(q);
            drop(Slot {
                gate: Arc::clone(&self.gate),
                client: self.client,
            });
        }
    }
}

impl Gate {
    /// A gate with these limits.
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            queue: Mutex::new(Queue::default()),
        }
    }

    /// The limits.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A slot for `client`: at once if one is free and nobody waits,
    /// otherwise in the client's turn, within [`Limits::wait`].
    async fn admit(self: &Arc<Self>, client: IpAddr) -> Result<Slot, WebError> {
        let concurrent = self.limits.concurrent.max(1);
        let (id, rx) = {
            let mut q = self.lock();
            let held = q.held.get(&client).copied().unwrap_or(0);
            if held >= self.limits.per_client.max(1) {
                return Err(WebError::TooManyRequests(format!(
                    "you already have {held} estimation(s) waiting or running, the most one client may; send the next when one has finished"
                )));
            }
            *q.held.entry(client).or_insert(0) += 1;
            if q.running < concurrent && q.turns.is_empty() {
                q.serve(client);
                return Ok(Slot {
                    gate: Arc::clone(self),
                    client,
                });
            }
            let (tx, rx) = oneshot::channel();
            let id = q.next_id;
            q.next_id += 1;
            match q.turns.iter_mut().find(|(c, _)| *c == client) {
                Some((_, waiters)) => waiters.push_back((id, tx)),
                None => q.turns.push_back((client, VecDeque::from([(id, tx)]))),
            }
            (id, rx)
        };
        let mut waiting = Waiting {
            gate: Arc::clone(self),
            client,
            id,
            rx,
            admitted: false,
        };
        match tokio::time::timeout(self.limits.wait, &mut waiting.rx).await {
            Ok(Ok(())) => {
                waiting.admitted = true;
                Ok(Slot {
                    gate: Arc::clone(self),
                    client,
                })
            }
            _ => Err(WebError::Busy(format!(
                "the server is already running {concurrent} estimation(s), the most it runs at once, and others are waiting; try again in a few seconds"
            ))),
        }
    }
}

/// Routes: the page and the API endpoint (not cached: they are POSTs or a
/// static form). Bodies up to [`MAX_BODY_BYTES`]; larger ones get the
/// page's own error (HTML for the form, JSON for the API).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mse", get(form_page).post(form_submit))
        .route("/api/v1/mse", post(api))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

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
/// if the request is dropped.
async fn analyse_blocking(
    gate: &Arc<Gate>,
    client: ClientAddr,
    req: MseRequest,
) -> Result<Analysis, WebError> {
    let limits = gate.limits.clone();
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

/// Whether a `Content-Type` is JSON: `application/json` in any case, with
/// or without parameters (`; charset=utf-8`).
fn is_json(ctype: &str) -> bool {
    ctype
        .split(';')
        .next()
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
}

fn too_large() -> WebError {
    WebError::TooLarge(format!(
        "the request is larger than the limit of {} MiB ({MAX_BODY_BYTES} bytes); the table itself may have at most {} MiB ({MAX_TABLE_BYTES} bytes)",
        MAX_BODY_BYTES >> 20,
        MAX_TABLE_BYTES >> 20
    ))
}

/// `POST /api/v1/mse`: a JSON body ([`MseRequest`]), or the table itself as
/// `text/csv` with the options as query parameters. Answers the
/// [`Analysis`] (keys `estimate`, `observed`, `terms`, `empty_overlaps`,
/// `intervals`, `models`, `comparison`, …) or an error with a message: 400
/// (invalid input), 413 (body too large), 422 (time limit), 503 (busy).
async fn api(
    State(state): State<AppState>,
    client: ClientAddr,
    Params(q): Params<MseRequest>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Analysis>, WebError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large().api()
        } else {
            WebError::BadRequest(format!("the body could not be read: {}", e.body_text())).api()
        }
    })?;
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let text = std::str::from_utf8(&body)
        .map_err(|_| WebError::BadRequest("the body is not UTF-8".into()).api())?;
    let req = if is_json(ctype) {
        serde_json::from_str::<MseRequest>(text)
            .map_err(|e| WebError::BadRequest(format!("JSON body: {e}")).api())?
    } else {
        MseRequest {
            table: text.to_string(),
            ..q
        }
    };
    Ok(Json(
        analyse_blocking(&state.mse, client, req)
            .await
            .map_err(WebError::api)?,
    ))
}

/// One row of the results' interval table.
struct IntervalRow {
    method: String,
    level: String,
    lower: String,
    upper: String,
}

/// One row of the models table.
struct ModelRow {
    terms: String,
    deviance: String,
    df: usize,
    aic: String,
    bic: String,
    estimate: String,
    p_value: String,
    selected: bool,
}

/// What the page shows after a successful analysis.
struct Results {
    observed: String,
    lists: String,
    method: String,
    model: String,
    estimate: String,
    unobserved: String,
    intervals: Vec<IntervalRow>,
    empty: Vec<(String, String)>,
    models: Vec<ModelRow>,
    models_note: String,
    comparison: Vec<(String, String, String, String)>,
    chart: String,
    warnings: Vec<String>,
}

#[derive(Template)]
#[template(path = "mse.html")]
struct MsePage {
    table: String,
    method: String,
    terms: String,
    threshold: String,
    bootstrap: String,
    seed: String,
    level: String,
    max_lists: usize,
    max_bootstrap: usize,
    timeout: u64,
    error: Option<String>,
    results: Option<Results>,
}

impl MsePage {
    fn new(
        form: &MseRequest,
        limits: &Limits,
        error: Option<String>,
        results: Option<Results>,
    ) -> Self {
        let or = |v: &Option<String>, d: &str| {
            v.clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| d.into())
        };
        Self {
            table: form.table.clone(),
            method: or(&form.method, "stepwise"),
            terms: or(&form.terms, ""),
            threshold: or(&form.threshold, "0.02"),
            bootstrap: or(&form.bootstrap, "0"),
            seed: or(&form.seed, "1234"),
            level: or(&form.level, "0.95"),
            max_lists: limits.max_lists,
            max_bootstrap: limits.max_bootstrap,
            timeout: limits.timeout.as_secs(),
            error,
            results,
        }
    }
}

/// Thousands separators, no decimals.
fn int(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let r = x.round().abs() as u64;
    let s = r.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// Three decimals; a dash for a model that could not be fitted (NaN).
fn dec3(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.3}")
    } else {
        "–".into()
    }
}

fn results(a: &Analysis) -> Results {
    let intervals = a
        .intervals
        .iter()
        .map(|i| IntervalRow {
            method: match i.method.as_str() {
                "wald" => "lognormal-Wald (SparseMSE)".into(),
                "profile" => "profile likelihood".into(),
                "bounds" => "observed total (no model can be fitted)".into(),
                "bca" => match &a.bootstrap {
                    Some(b) => format!(
                        "BCa bootstrap, model selection redone ({} replicates, seed {})",
                        b.replicates, b.seed
                    ),
                    None => "BCa bootstrap".into(),
                },
                m => m.into(),
            },
            level: format!("{}%", (i.level * 100.0).round()),
            lower: int(i.lower),
            upper: if i.upper.is_infinite() {
                "no upper limit".into()
            } else {
                int(i.upper)
            },
        })
        .collect();
    let models = a
        .models
        .iter()
        .map(|m| ModelRow {
            terms: match (&m.failure, m.terms.is_empty()) {
                (Some(why), _) => format!("{} (not fitted: {why})", m.terms.join(" + ")),
                (None, true) => "main effects only".into(),
                (None, false) => m.terms.join(" + "),
            },
            deviance: dec3(m.deviance),
            df: m.df,
            aic: dec3(m.aic),
            bic: dec3(m.bic),
            estimate: int(m.estimate),
            p_value: m.p_value.map(|p| format!("{p:.2e}")).unwrap_or_default(),
            selected: m.selected,
        })
        .collect();
    let comparison = a
        .comparison
        .iter()
        .map(|c| {
            (
                c.method.clone(),
                int(c.estimate),
                match (c.lower, c.upper) {
                    (Some(l), Some(u)) => format!("{} – {}", int(l), int(u)),
                    _ => "–".into(),
                },
                c.interval.clone(),
            )
        })
        .collect();
    let wald = a.intervals.first();
    let mut rows: Vec<ChartRow> = vec![ChartRow {
        label: format!("selected: {} [{}]", a.method, model_label(&a.terms)),
        estimate: a.estimate,
        lower: wald.map(|w| w.lower),
        upper: wald.map(|w| w.upper).filter(|u| u.is_finite()),
        note: "lognormal-Wald".into(),
        highlight: true,
    }];
    if let Some(b) = a.intervals.iter().find(|i| i.method == "bca") {
        rows.push(ChartRow {
            label: "selected, BCa bootstrap".into(),
            estimate: a.estimate,
            lower: Some(b.lower),
            upper: Some(b.upper),
            note: "BCa".into(),
            highlight: true,
        });
    }
    rows.extend(a.comparison.iter().map(ChartRow::from));
    Results {
        observed: int(a.observed as f64),
        lists: a.lists.join(", "),
        method: a.method.clone(),
        model: if a.terms.is_empty() {
            "main effects only".into()
        } else {
            format!("main effects + {}", a.terms.join(" + "))
        },
        estimate: int(a.estimate),
        unobserved: int(a.unobserved),
        intervals,
        empty: a
            .empty_overlaps
            .iter()
            .map(|e| {
                (
                    e.term.clone(),
                    e.p_empty
                        .map(|p| format!("{p:.4}"))
                        .unwrap_or_else(|| "n/a".into()),
                )
            })
            .collect(),
        models,
        models_note: if a.models_tried > a.models.len() {
            format!(
                "{} of {} models shown (lowest BIC first).",
                a.models.len(),
                a.models_tried
            )
        } else {
            format!("{} models tried, in the order tried.", a.models_tried)
        },
        comparison,
        chart: comparison_chart(
            "mse-compare",
            "Population estimates by method",
            a.observed as f64,
            &rows,
        ),
        warnings: a.warnings.clone(),
    }
}

fn model_label(terms: &[String]) -> String {
    if terms.is_empty() {
        "main effects".into()
    } else {
        terms.join(" + ")
    }
}

/// One row of the comparison chart.
#[derive(Debug, Clone)]
pub struct ChartRow {
    /// Method and model.
    pub label: String,
    /// Point estimate.
    pub estimate: f64,
    /// Interval, if any.
    pub lower: Option<f64>,
    /// Interval, if any.
    pub upper: Option<f64>,
    /// How the interval was made.
    pub note: String,
    /// Drawn in the accent colour (the selected model).
    pub highlight: bool,
}

impl From<&Comparison> for ChartRow {
    fn from(c: &Comparison) -> Self {
        Self {
            label: c.method.clone(),
            estimate: c.estimate,
            lower: c.lower,
            upper: c.upper,
            note: c.interval.clone(),
            highlight: false,
        }
    }
}

/// A dot-and-whisker chart of population estimates, one row per method,
/// with a dashed line at the number observed (the floor of every estimate).
/// Accessible like the other charts: `role="img"`, `<title>`, `<desc>` and a
/// tooltip per row. Non-finite values are left out.
pub fn comparison_chart(id: &str, title: &str, observed: f64, rows: &[ChartRow]) -> String {
    let rows: Vec<&ChartRow> = rows.iter().filter(|r| r.estimate.is_finite()).collect();
    let (w, row_h) = (760.0, 26.0);
    let (left, right, top, bottom) = (330.0, 24.0, 16.0, 40.0);
    let h = top + bottom + row_h * rows.len().max(1) as f64;
    let pw = w - left - right;
    let hi = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.upper])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::max);
    let lo = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.lower])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::min)
        .max(0.0);
    // a round axis from lo to hi
    let span = (hi - lo).max(1.0);
    let step = {
        let raw = span / 5.0;
        let mag = 10f64.powf(raw.log10().floor());
        [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag)
    };
    let x0 = (lo / step).floor() * step;
    let x1 = (hi / step).ceil() * step;
    let sx = |v: f64| left + pw * (v - x0) / (x1 - x0).max(1e-9);
    let mut s = String::new();
    let desc = format!(
        "Point estimates and intervals of the number of victims from {} methods; the dashed line marks the {} people observed.",
        rows.len(),
        int(observed)
    );
    crate::charts::open_svg(&mut s, id, (w, h), title, &desc);
    let mut v = x0;
    while v <= x1 + step * 0.5 {
        let x = sx(v);
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{y2}" stroke="#ddd"/><text x="{x:.1}" y="{ty}" font-size="11" text-anchor="middle">{l}</text>"##,
            y2 = h - bottom,
            ty = h - bottom + 16.0,
            l = int(v)
        );
        v += step;
    }
    let ox = sx(observed);
    let _ = write!(
        s,
        r##"<line x1="{ox:.1}" x2="{ox:.1}" y1="{top}" y2="{y2}" stroke="#555" stroke-dasharray="4 3"><title>{n} observed</title></line><text x="{ox:.1}" y="{ty}" font-size="11" text-anchor="middle">observed</text>"##,
        y2 = h - bottom,
        ty = h - bottom + 30.0,
        n = int(observed)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = top + row_h * (i as f64 + 0.5);
        let colour = if r.highlight { PALETTE[5] } else { PALETTE[0] };
        let mut label = r.label.clone();
        if label.chars().count() > 44 {
            label = label.chars().take(43).collect::<String>() + "…";
        }
        let tip = match (r.lower, r.upper) {
            (Some(l), Some(u)) => format!(
                "{}: {} ({} – {}, {})",
                r.label,
                int(r.estimate),
                int(l),
                int(u),
                r.note
            ),
            _ => format!("{}: {}", r.label, int(r.estimate)),
        };
        let _ = write!(
            s,
            r#"<g><title>{tip}</title><text x="{lx}" y="{ty:.1}" font-size="11" text-anchor="end"{bold}>{l}</text>"#,
            tip = esc(&tip),
            lx = left - 8.0,
            ty = y + 4.0,
            bold = if r.highlight {
                r#" font-weight="700""#
            } else {
                ""
            },
            l = esc(&label)
        );
        if let (Some(l), Some(u)) = (r.lower, r.upper) {
            if l.is_finite() && u.is_finite() {
                let _ = write!(
                    s,
                    r#"<line x1="{a:.1}" x2="{b:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"/>"#,
                    a = sx(l),
                    b = sx(u)
                );
            }
        }
        let _ = write!(
            s,
            r#"<circle cx="{cx:.1}" cy="{y:.1}" r="5" fill="{colour}"/></g>"#,
            cx = sx(r.estimate)
        );
    }
    let _ = write!(
        s,
        r#"</svg><figcaption>{}: every method side by side (dot: estimate; line: interval). Model choice dominates the uncertainty.</figcaption></figure>"#,
        esc(title)
    );
    s
}

async fn form_page(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Html<String>, WebError> {
    let form = MseRequest {
        table: include_str!("../../palermo-mse/tests/data/Western.csv").into(),
        ..MseRequest::default()
    };
    Ok(Html(
        MsePage::new(&form, state.mse.limits(), None, None).render()?,
    ))
}

async fn form_submit(
    State(state): State<AppState>,
    client: ClientAddr,
    _: Params<NoParams>,
    form: Result<axum::Form<MseRequest>, FormRejection>,
) -> Result<Response, WebError> {
    let (form, outcome) = match form {
        Ok(axum::Form(form)) => {
            let outcome = analyse_blocking(&state.mse, client, form.clone()).await;
            (form, outcome)
        }
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            (MseRequest::default(), Err(too_large()))
        }
        Err(e) => (
            MseRequest::default(),
            Err(WebError::BadRequest(format!(
                "the form could not be read: {}",
                e.body_text()
            ))),
        ),
    };
    let (status, error, results) = match outcome {
        Ok(a) => (StatusCode::OK, None, Some(results(&a))),
        Err(e @ WebError::Internal(_)) => return Err(e),
        Err(e) => {
            let (status, _, message) = e.parts();
            (status, Some(message), None)
        }
    };
    let page = MsePage::new(&form, state.mse.limits(), error, results).render()?;
    let mut res = (status, Html(page)).into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut().insert(header::RETRY_AFTER, 5.into());
    }
    Ok(res)
}

/// The OpenAPI description of `POST /api/v1/mse`, merged into the API's
/// document.
pub fn openapi_paths() -> Value {
    json!({"/mse": {"post": {
        "summary": "Multiple systems estimation: the hidden number of victims from overlapping lists",
        "description": format!("Body: JSON {{table, method, terms, threshold, bootstrap, seed, level}} (Content-Type application/json, any case, parameters allowed; threshold, bootstrap, seed and level as numbers or numeric strings), or the CSV table itself (text/csv) with the options as query parameters. The table has one 0/1 column per list and a count column (or one row per person). Answers the estimate, the selected interactions, empty overlaps, intervals (lognormal-Wald, profile likelihood, BCa), every model tried and the other methods' estimates. Limits: body at most {MAX_BODY_BYTES} bytes (table {MAX_TABLE_BYTES}), at most {MAX_WEB_LISTS} lists, at most {MAX_BOOTSTRAP} bootstrap replicates, {} s of computation per request (then 422), one estimation at a time, waiting clients taking turns (a request waits at most {} s, then 503 with Retry-After; a client with {} requests waiting or running gets 429).", Limits::default().timeout.as_secs(), Limits::default().wait.as_secs(), Limits::default().per_client),
        "requestBody": {"content": {
            "application/json": {"schema": {"type": "object", "required": ["table"], "properties": {
                "table": {"type": "string"}, "method": {"type": "string", "enum": ["stepwise", "aic", "bic", "main", "fixed"]},
                "terms": {"type": ["string", "array"]}, "threshold": {"type": ["number", "string"], "default": 0.02},
                "bootstrap": {"type": ["integer", "string"], "minimum": 0, "maximum": MAX_BOOTSTRAP, "default": 0},
                "seed": {"type": ["integer", "string"], "default": 1234},
                "level": {"type": ["number", "string"], "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95}}}},
            "text/csv": {"schema": {"type": "string"}}}},
        "responses": {"200": {"description": "The analysis", "content": {"application/json": {"schema": {"type": "object",
            "required": ["estimate", "observed", "terms", "empty_overlaps", "intervals", "models"],
            "properties": {"estimate": {"type": "number"}, "observed": {"type": "integer"},
                "terms": {"type": "array", "items": {"type": "string"}},
                "empty_overlaps": {"type": "array"},
                "intervals": {"type": "array", "items": {"type": "object", "properties": {
                    "method": {"type": "string", "enum": ["wald", "profile", "bca", "bounds"],
                        "description": "bounds: a list captures every observed person, no model can be fitted; lower is the observed total, upper null (unbounded)"},
                    "level": {"type": "number"}, "lower": {"type": "number"},
                    "upper": {"type": ["number", "null"], "description": "null when unbounded"}}}},
                "models": {"type": "array", "items": {"type": "object", "properties": {
                    "failure": {"type": "string", "description": "present when the model passed the existence check but could not be fitted (its figures are then null); the selection was made without it, and a warning says so"}}}},
                "fit": {"type": ["object", "null"], "description": "null when a list captures every observed person"},
                "warnings": {"type": "array", "items": {"type": "string"}, "description": "includes merged capture histories of the input, models that could not be fitted, and why a list that captures everybody gives no upper limit"},
                "comparison": {"type": "array"}}}}}},
            "400": {"description": "Invalid table or options; the message names every bad line (the first 20, then how many more) with its field and reason, or the model"},
            "413": {"description": "The body is larger than the limit (stated in the message)"},
            "422": {"description": "The estimation ran past the time limit and was stopped"},
            "429": {"description": "This client already has as many estimations waiting or running as one client may"},
            "503": {"description": "Busy with other estimations; retry after the Retry-After seconds"}}}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_is_accessible_and_drops_non_finite() {
        let rows = vec![
            ChartRow {
                label: "a <b>".into(),
                estimate: 100.0,
                lower: Some(80.0),
                upper: Some(130.0),
                note: "x".into(),
                highlight: true,
            },
            ChartRow {
                label: "nan".into(),
                estimate: f64::NAN,
                lower: None,
                upper: None,
                note: "x".into(),
                highlight: false,
            },
        ];
        let svg = comparison_chart("c", "T", 60.0, &rows);
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("a &lt;b&gt;"));
        assert_eq!(svg.matches("<circle").count(), 1);
        assert!(!svg.contains("NaN"));
    }
}
