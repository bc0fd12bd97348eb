//! Admission control of the estimation endpoints: the work [`Limits`] and
//! the fair queue ([`Gate`]) that gives out estimation slots.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;

use super::{MAX_BOOTSTRAP, MAX_WEB_LISTS};
use crate::error::WebError;

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
pub(crate) struct Slot {
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
    pub(crate) async fn admit(self: &Arc<Self>, client: IpAddr) -> Result<Slot, WebError> {
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
