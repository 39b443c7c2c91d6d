//! Worker threads and message ports (Node's `worker_threads`, `src/node_worker.cc` and
//! `src/node_messaging.cc`).
//!
//! - A worker is an OS thread running its own engine, realm and event loop (so its own async
//!   ids, hooks and AsyncLocalStorage). Leaving it (`process.exit()`, the end of its loop, a
//!   fatal error, `terminate()`) unwinds that thread only, with a [`WorkerExit`] panic payload
//!   caught at the thread's top; the parent gets a [`Control::Exit`] post.
//! - Message ports live in one process-wide table: each port has a peer, a queue of serialised
//!   messages and, while some thread owns it, that thread's loop sender and key. Posting pushes
//!   onto the peer's queue and wakes its owner; the owner drains the queue (as Node's
//!   `MessagePort::OnMessage` does), so `receiveMessageOnPort` can take one synchronously.
//!   Values cross threads as strings (the JS side serialises them).

use std::collections::{HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};

use weft_loop::LoopSender;

use crate::options::RunOptions;

/// A message: the serialised value and the ids of ports transferred with it.
pub struct Envelope {
    /// The value, serialised by `internal/worker/serialize`.
    pub data: String,
    /// Ports moved to the receiver.
    pub ports: Vec<u64>,
}

/// What a port's owner thread is woken with.
pub enum PortEvent {
    /// The queue may hold messages.
    Wake,
    /// The port (or its peer) was closed.
    Close,
}

/// What a worker thread tells its parent.
pub enum Control {
    /// The worker started running JavaScript.
    Online,
    /// An uncaught exception ended it (serialised error).
    Error(String),
    /// It ended with this exit code.
    Exit(i32),
}

/// The panic payload that ends a worker thread with an exit code.
pub struct WorkerExit(pub i32);

struct PortEntry {
    peer: u64,
    owner: Option<(LoopSender, u64)>,
    queue: VecDeque<Envelope>,
    closed: bool,
}

static NEXT_PORT: AtomicU64 = AtomicU64::new(1);
static NEXT_THREAD: AtomicU64 = AtomicU64::new(1);
static PORTS: Mutex<Option<HashMap<u64, PortEntry>>> = Mutex::new(None);

fn ports() -> MutexGuard<'static, Option<HashMap<u64, PortEntry>>> {
    PORTS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Creates an entangled pair of ports.
pub fn channel() -> (u64, u64) {
    let a = NEXT_PORT.fetch_add(2, Ordering::Relaxed);
    let b = a + 1;
    let mut g = ports();
    let map = g.get_or_insert_with(HashMap::new);
    for (id, peer) in [(a, b), (b, a)] {
        map.insert(
            id,
            PortEntry {
                peer,
                owner: None,
                queue: VecDeque::new(),
                closed: false,
            },
        );
    }
    (a, b)
}

/// Makes the calling thread (its loop `sender`, under `key`) the owner of `port`; it is woken
/// at once if messages are waiting. False if the port does not exist.
pub fn attach(port: u64, sender: LoopSender, key: u64) -> bool {
    let mut g = ports();
    let Some(e) = g.get_or_insert_with(HashMap::new).get_mut(&port) else {
        return false;
    };
    if !e.queue.is_empty() {
        sender.post(key, Box::new(PortEvent::Wake));
    }
    if e.closed {
        sender.post(key, Box::new(PortEvent::Close));
    }
    e.owner = Some((sender, key));
    true
}

/// The port has no owner (it is being transferred); messages queue meanwhile.
pub fn detach(port: u64) {
    if let Some(e) = ports().get_or_insert_with(HashMap::new).get_mut(&port) {
        e.owner = None;
    }
}

/// Queues `env` on `port`'s peer and wakes the peer's owner. False if the peer is gone/closed.
pub fn post(port: u64, env: Envelope) -> bool {
    let mut g = ports();
    let map = g.get_or_insert_with(HashMap::new);
    let Some(peer) = map.get(&port).filter(|e| !e.closed).map(|e| e.peer) else {
        return false;
    };
    let Some(p) = map.get_mut(&peer).filter(|e| !e.closed) else {
        return false;
    };
    p.queue.push_back(env);
    if let Some((s, k)) = &p.owner {
        s.post(*k, Box::new(PortEvent::Wake));
    }
    true
}

/// Takes the next message queued on `port`.
pub fn receive(port: u64) -> Option<Envelope> {
    ports()
        .get_or_insert_with(HashMap::new)
        .get_mut(&port)
        .and_then(|e| e.queue.pop_front())
}

/// Whether messages wait on `port`.
pub fn has_pending(port: u64) -> bool {
    ports()
        .get_or_insert_with(HashMap::new)
        .get(&port)
        .is_some_and(|e| !e.queue.is_empty())
}

/// Wakes `port`'s owner if messages wait (after `start()`).
pub fn wake(port: u64) {
    let g = ports();
    if let Some(e) = g.as_ref().and_then(|m| m.get(&port)) {
        if let (false, Some((s, k))) = (e.queue.is_empty(), &e.owner) {
            s.post(*k, Box::new(PortEvent::Wake));
        }
    }
}

/// Closes `port` and its peer; the peer's owner gets a [`PortEvent::Close`] (and `port`'s own
/// owner too unless `quiet_self`: the closing thread reports its side itself).
pub fn close(port: u64, quiet_self: bool) {
    let mut g = ports();
    let map = g.get_or_insert_with(HashMap::new);
    let Some(peer) = map.get(&port).map(|e| e.peer) else {
        return;
    };
    for id in [port, peer] {
        if let Some(e) = map.get_mut(&id) {
            if !e.closed {
                e.closed = true;
                if quiet_self && id == port {
                    continue;
                }
                if let Some((s, k)) = &e.owner {
                    s.post(*k, Box::new(PortEvent::Close));
                }
            }
        }
    }
}

/// Forgets a closed port once its owner has seen the close.
pub fn forget(port: u64) {
    ports().get_or_insert_with(HashMap::new).remove(&port);
}

static GROUPS: Mutex<Option<HashMap<String, Vec<u64>>>> = Mutex::new(None);

/// A new port that is a member of the broadcast group `name` (a `BroadcastChannel`).
pub fn broadcast_join(name: &str) -> u64 {
    let (a, b) = channel();
    forget(b);
    GROUPS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get_or_insert_with(HashMap::new)
        .entry(name.to_string())
        .or_default()
        .push(a);
    a
}

/// `port` leaves its broadcast group.
pub fn broadcast_leave(port: u64) {
    let mut g = GROUPS.lock().unwrap_or_else(|e| e.into_inner());
    let groups = g.get_or_insert_with(HashMap::new);
    for members in groups.values_mut() {
        members.retain(|m| *m != port);
    }
    groups.retain(|_, m| !m.is_empty());
}

/// Queues `data` on every other member of `from`'s group and wakes their owners.
pub fn broadcast_post(from: u64, data: &str) {
    let members: Vec<u64> = {
        let g = GROUPS.lock().unwrap_or_else(|e| e.into_inner());
        g.as_ref()
            .and_then(|groups| groups.values().find(|m| m.contains(&from)).cloned())
            .unwrap_or_default()
    };
    let mut g = ports();
    let map = g.get_or_insert_with(HashMap::new);
    for m in members.into_iter().filter(|m| *m != from) {
        if let Some(e) = map.get_mut(&m).filter(|e| !e.closed) {
            e.queue.push_back(Envelope {
                data: data.to_string(),
                ports: Vec::new(),
            });
            if let Some((s, k)) = &e.owner {
                s.post(*k, Box::new(PortEvent::Wake));
            }
        }
    }
}

/// Shared between a worker thread and the `Worker` object that started it.
pub struct Shared {
    /// Set by `terminate()`.
    pub terminate: AtomicBool,
    /// The worker loop's sender and key for a terminate wake-up, once it runs.
    pub wake: Mutex<Option<(LoopSender, u64)>>,
}

impl Shared {
    /// Asks the worker to stop: its JS is interrupted and its loop woken.
    pub fn request_terminate(&self) {
        self.terminate.store(true, Ordering::SeqCst);
        if let Some((s, k)) = self.wake.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            s.post(*k, Box::new(()));
        }
    }
}

/// What a worker thread knows about itself (`require('worker_threads')` in the worker).
#[derive(Clone)]
pub struct WorkerInfo {
    /// `threadId`.
    pub thread_id: u64,
    /// The worker's end of the parent channel (`parentPort`).
    pub port: u64,
    /// Serialised `workerData`.
    pub data: String,
    /// Serialised environment data (`getEnvironmentData`).
    pub env_data: String,
    /// The `name` option.
    pub name: String,
    /// The worker's `process.env` (the parent's, or the `env` option).
    pub env: Option<Vec<(String, String)>>,
    /// Whether it runs `eval` code (its `process.argv[1]` is `[worker eval]`).
    pub is_eval: bool,
    /// Where [`Control`] posts go.
    pub parent: LoopSender,
    /// Under which key.
    pub parent_key: u64,
    /// Termination state.
    pub shared: Arc<Shared>,
}

thread_local! {
    static PENDING_EXIT: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    static INFO: std::cell::RefCell<Option<WorkerInfo>> = const { std::cell::RefCell::new(None) };
}

/// This thread's worker info (None on the main thread).
pub fn info() -> Option<WorkerInfo> {
    INFO.with(|i| i.borrow().clone())
}

/// Whether this thread is a worker.
pub fn is_worker() -> bool {
    INFO.with(|i| i.borrow().is_some())
}

/// Whether this worker was asked to terminate.
pub fn terminating() -> bool {
    INFO.with(|i| {
        i.borrow()
            .as_ref()
            .is_some_and(|w| w.shared.terminate.load(Ordering::SeqCst))
    })
}

/// `process.exit(code)` in a worker: remembered, and the worker's JS interrupted (uncatchably)
/// and its loop woken, in case a JS `catch` swallows the unwinding started right after.
pub fn request_exit(code: i32) {
    if PENDING_EXIT.with(|p| p.get()).is_none() {
        PENDING_EXIT.with(|p| p.set(Some(code)));
    }
    if let Some(w) = info() {
        w.shared.request_terminate();
    }
}

/// The exit code a worker is leaving with, if it is leaving.
pub fn pending_exit() -> Option<i32> {
    if !is_worker() {
        return None;
    }
    PENDING_EXIT
        .with(|p| p.get())
        .or_else(|| terminating().then_some(1))
}

/// Ends this worker thread with `code` (never returns).
pub fn exit_thread(code: i32) -> ! {
    std::panic::panic_any(WorkerExit(code))
}

/// Posts a serialised uncaught error to the parent.
pub fn report_error(text: String) {
    if let Some(w) = info() {
        w.parent.post(w.parent_key, Box::new(Control::Error(text)));
    }
}

/// The next thread id (`threadId` of a new worker).
pub fn next_thread_id() -> u64 {
    NEXT_THREAD.fetch_add(1, Ordering::Relaxed)
}

fn quiet_exit_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |p| {
            if p.payload().downcast_ref::<WorkerExit>().is_none() {
                prev(p);
            }
        }));
    });
}

/// Starts a worker thread running `options` with `info`.
///
/// # Errors
///
/// The thread could not be spawned.
pub fn spawn(options: RunOptions, info: WorkerInfo) -> std::io::Result<()> {
    quiet_exit_panics();
    let name = format!("weft-worker-{}", info.thread_id);
    std::thread::Builder::new()
        .name(name)
        .stack_size(8 << 20)
        .spawn(move || {
            let parent = info.parent.clone();
            let key = info.parent_key;
            INFO.with(|i| *i.borrow_mut() = Some(info));
            parent.post(key, Box::new(Control::Online));
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| crate::realm::run(options)));
            let code = match result {
                Ok(c) => c,
                Err(p) => match p.downcast::<WorkerExit>() {
                    Ok(e) => e.0,
                    Err(p) => {
                        let msg = p
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| p.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "worker thread panicked".into());
                        let text = format!(
                            "[\"E\",\"Error\",{{\"message\":{:?},\"stack\":{:?}}},[]]",
                            format!("weft worker panicked: {msg}"),
                            format!("Error: weft worker panicked: {msg}")
                        );
                        parent.post(key, Box::new(Control::Error(text)));
                        1
                    }
                },
            };
            parent.post(key, Box::new(Control::Exit(code)));
        })?;
    Ok(())
}
