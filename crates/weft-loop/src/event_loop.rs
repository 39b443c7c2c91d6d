//! The loop itself: state, clock and `uv_run`'s phase order.
//!
//! Mirrors libuv's `uv_run` (src/unix/core.c) in `UV_RUN_DEFAULT` mode as
//! Node drives it: the clock is updated and due timers run once before the
//! first iteration; then each iteration runs pending callbacks, polls for I/O
//! (blocking until the nearest timer unless work is queued), runs the check
//! phase (Node's native immediates, then the JS immediate queue), the close
//! callbacks, updates the clock and runs due timers, and continues while
//! anything referenced is alive (`uv__loop_alive`).
//!
//! The poll timeout follows `uv__backend_timeout`: 0 when nothing is alive,
//! when pending or close callbacks are queued, or when a *referenced* JS
//! immediate is queued (Node's idle handle); otherwise the time to the next
//! timer (referenced or not), or infinite. Unreferenced immediates and native
//! immediates do not shorten the poll, exactly as in Node.
//!
//! State sits in a `RefCell` that is borrowed only for short bookkeeping and
//! never while a [`Host`] callback runs, so the host may re-enter any method.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io;
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mio::event::Source;
use mio::{Events, Interest, Poll, Registry, Token, Waker};

use crate::error::LoopError;
use crate::host::Host;
use crate::immediates::Immediates;
use crate::pool::{BlockingJob, Completion, Pool};
use crate::timers::Timers;

/// Token reserved for the cross-thread waker; I/O tokens are allocated from 0
/// upwards and never reused, so a stale event cannot reach a new source.
const WAKER_TOKEN: Token = Token(usize::MAX);

/// How [`EventLoop::run_mode`] runs, as libuv's `uv_run_mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    /// Run until nothing referenced is alive (or the host stops it).
    Default,
    /// Run one iteration, blocking in poll if there is nothing else to do.
    Once,
    /// Run one iteration without blocking.
    NoWait,
}

#[derive(Debug, Clone, Copy)]
struct IoEntry {
    token: usize,
    refed: bool,
}

#[derive(Default)]
struct State {
    timers: Timers,
    immediates: Immediates,
    native_immediate: bool,
    pending: VecDeque<u64>,
    closing: VecDeque<u64>,
    io: HashMap<u64, IoEntry>,
    io_tokens: HashMap<usize, u64>,
    next_token: usize,
    io_refed: usize,
    blocking_outstanding: usize,
    handle_refs: usize,
    pool: Option<Pool>,
}

impl State {
    fn is_alive(&self) -> bool {
        self.timers.refed() > 0
            || self.immediates.refed() > 0
            || !self.pending.is_empty()
            || !self.closing.is_empty()
            || self.io_refed > 0
            || self.blocking_outstanding > 0
            || self.handle_refs > 0
    }
}

/// Whether a phase was cut short because the host asked to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Continue,
    Stop,
}

/// A Node/libuv-ordered event loop with no JavaScript knowledge. Create it
/// with [`EventLoop::new`], keep the `Rc` in the host, and call
/// [`run`](EventLoop::run).
pub struct EventLoop {
    state: RefCell<State>,
    poll: RefCell<Poll>,
    events: RefCell<Events>,
    registry: Registry,
    waker: Arc<Waker>,
    done_tx: Sender<Completion>,
    done_rx: Receiver<Completion>,
    origin: Instant,
    now_ms: Cell<u64>,
}

/// A `Send` handle for posting values to the loop from other threads; each
/// post wakes the poll phase and is delivered as
/// [`Host::on_completion`]. Posting holds no reference on the loop: the host
/// keeps it alive with [`EventLoop::ref_handle`] while posts are expected.
#[derive(Clone)]
pub struct LoopSender {
    tx: Sender<Completion>,
    waker: Arc<Waker>,
}

impl LoopSender {
    /// Posts `value` under `key`; false when the loop is gone.
    pub fn post(&self, key: u64, value: Box<dyn Any + Send>) -> bool {
        if self.tx.send(Completion::Posted(key, value)).is_err() {
            return false;
        }
        self.waker.wake().is_ok()
    }
}

impl EventLoop {
    /// A new loop with its own poller, waker and (lazily started) thread pool.
    ///
    /// # Errors
    ///
    /// The OS poller or waker could not be created.
    pub fn new() -> io::Result<Rc<EventLoop>> {
        let poll = Poll::new()?;
        let registry = poll.registry().try_clone()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKER_TOKEN)?);
        let (done_tx, done_rx) = mpsc::channel();
        let origin = Instant::now();
        Ok(Rc::new(EventLoop {
            state: RefCell::new(State::default()),
            poll: RefCell::new(poll),
            events: RefCell::new(Events::with_capacity(1024)),
            registry,
            waker,
            done_tx,
            done_rx,
            origin,
            now_ms: Cell::new(0),
        }))
    }

    // ----- clock -------------------------------------------------------

    /// The cached loop time in ms (`uv_now`), updated at the start of `run`,
    /// after each poll and before each timers phase.
    #[inline]
    pub fn now_ms(&self) -> u64 {
        self.now_ms.get()
    }

    /// Refreshes the cached loop time (`uv_update_time`).
    #[inline]
    pub fn update_time(&self) {
        self.now_ms.set(self.hrtime_ns() / 1_000_000);
    }

    /// Monotonic nanoseconds since the loop was created (`uv_hrtime`, with a
    /// per-loop origin).
    #[inline]
    pub fn hrtime_ns(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    // ----- timers ------------------------------------------------------

    /// Arms timer `key` to fire `delay_ms` after [`now_ms`](Self::now_ms).
    /// An armed timer with the same key is replaced. Timers with equal
    /// deadlines fire in arming order. The loop does not clamp 0 to 1 (the
    /// host does, as Node's timers.js).
    pub fn start_timer(&self, key: u64, delay_ms: u64, refed: bool) {
        let now = self.now_ms();
        self.state
            .borrow_mut()
            .timers
            .start(key, now, delay_ms, refed);
    }

    /// Disarms timer `key`; false when it was not armed.
    pub fn stop_timer(&self, key: u64) -> bool {
        self.state.borrow_mut().timers.stop(key)
    }

    /// Sets whether armed timer `key` keeps the loop alive.
    pub fn set_timer_ref(&self, key: u64, refed: bool) {
        self.state.borrow_mut().timers.set_ref(key, refed);
    }

    /// Whether timer `key` is armed and referenced.
    pub fn timer_has_ref(&self, key: u64) -> bool {
        self.state.borrow().timers.has_ref(key)
    }

    /// Whether timer `key` is armed.
    pub fn timer_is_armed(&self, key: u64) -> bool {
        self.state.borrow().timers.is_armed(key)
    }

    /// Re-arms armed timer `key` with its last delay from now, behind other
    /// timers with the same deadline (`timeout.refresh()`). False when not
    /// armed (a timer that already fired must be re-armed with
    /// [`start_timer`](Self::start_timer)).
    pub fn refresh_timer(&self, key: u64) -> bool {
        let now = self.now_ms();
        self.state.borrow_mut().timers.refresh(key, now)
    }

    // ----- immediates --------------------------------------------------

    /// Queues JS immediate `key` for the check phase. Immediates queued while
    /// the check phase runs wait for the next iteration. Queuing a key that
    /// is already queued only updates its ref flag.
    pub fn queue_immediate(&self, key: u64, refed: bool) {
        self.state.borrow_mut().immediates.queue(key, refed);
    }

    /// Cancels immediate `key`, also when the current check phase already
    /// detached it; false when it was not queued.
    pub fn clear_immediate(&self, key: u64) -> bool {
        self.state.borrow_mut().immediates.clear(key)
    }

    /// Sets whether queued immediate `key` keeps the loop alive.
    pub fn set_immediate_ref(&self, key: u64, refed: bool) {
        self.state.borrow_mut().immediates.set_ref(key, refed);
    }

    /// Asks for one [`Host::on_native_immediates`] call at the start of the
    /// next check phase (Node's `SetUnrefImmediate`). Unreferenced: it keeps
    /// nothing alive and does not shorten the poll. Repeated requests before
    /// the phase coalesce.
    pub fn request_native_immediate(&self) {
        self.state.borrow_mut().native_immediate = true;
    }

    /// Whether a native immediate is requested and has not run yet (the host
    /// checks this before `beforeExit`, where Node flushes destroy ids).
    pub fn has_native_immediate(&self) -> bool {
        self.state.borrow().native_immediate
    }

    // ----- pending / close ---------------------------------------------

    /// Defers `key` to the pending phase of the next iteration. Referenced
    /// until it runs.
    pub fn queue_pending(&self, key: u64) {
        self.state.borrow_mut().pending.push_back(key);
    }

    /// Queues a close callback for the close phase (after check). Referenced
    /// until it runs; ones queued during the close phase run next iteration.
    /// Within one phase, the most recently queued runs first (libuv's order).
    pub fn queue_close(&self, key: u64) {
        self.state.borrow_mut().closing.push_back(key);
    }

    // ----- blocking work -----------------------------------------------

    /// Runs `job` on the thread pool; its result is delivered by
    /// [`Host::on_completion`] in a later poll phase. The loop stays alive
    /// until it is delivered.
    ///
    /// # Errors
    ///
    /// A worker thread could not be started, or the pool is unusable.
    pub fn spawn_blocking(&self, key: u64, job: BlockingJob) -> io::Result<()> {
        let mut state = self.state.borrow_mut();
        let pool = state
            .pool
            .get_or_insert_with(|| Pool::new(self.done_tx.clone(), Arc::clone(&self.waker)));
        pool.submit(key, job)?;
        state.blocking_outstanding += 1;
        Ok(())
    }

    /// A handle other threads can use to post values to this loop.
    pub fn sender(&self) -> LoopSender {
        LoopSender {
            tx: self.done_tx.clone(),
            waker: Arc::clone(&self.waker),
        }
    }

    // ----- I/O ---------------------------------------------------------

    /// Registers an I/O source under `key` with `interest`; `refed` as a
    /// handle's ref state.
    ///
    /// # Errors
    ///
    /// `key` is already registered (`AlreadyExists`), or mio failed.
    pub fn register_io(
        &self,
        key: u64,
        source: &mut dyn Source,
        interest: Interest,
        refed: bool,
    ) -> io::Result<()> {
        let token = {
            let mut state = self.state.borrow_mut();
            if state.io.contains_key(&key) {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("I/O key {key} is already registered"),
                ));
            }
            let token = state.next_token;
            if token == WAKER_TOKEN.0 {
                return Err(io::Error::other("I/O tokens exhausted"));
            }
            state.next_token += 1;
            token
        };
        self.registry.register(source, Token(token), interest)?;
        let mut state = self.state.borrow_mut();
        state.io.insert(key, IoEntry { token, refed });
        state.io_tokens.insert(token, key);
        if refed {
            state.io_refed += 1;
        }
        Ok(())
    }

    /// Changes the interest of registered source `key`.
    ///
    /// # Errors
    ///
    /// `key` is not registered (`NotFound`), or mio failed.
    pub fn reregister_io(
        &self,
        key: u64,
        source: &mut dyn Source,
        interest: Interest,
    ) -> io::Result<()> {
        let token = self.io_token(key)?;
        self.registry.reregister(source, Token(token), interest)
    }

    /// Deregisters source `key`. Its bookkeeping is removed even if mio
    /// fails, and events already polled for it are dropped.
    ///
    /// # Errors
    ///
    /// `key` is not registered (`NotFound`), or mio failed.
    pub fn deregister_io(&self, key: u64, source: &mut dyn Source) -> io::Result<()> {
        {
            let mut state = self.state.borrow_mut();
            let Some(entry) = state.io.remove(&key) else {
                return Err(not_registered(key));
            };
            state.io_tokens.remove(&entry.token);
            if entry.refed {
                state.io_refed -= 1;
            }
        }
        self.registry.deregister(source)
    }

    /// Sets whether registered source `key` keeps the loop alive; false when
    /// not registered.
    pub fn set_io_ref(&self, key: u64, refed: bool) -> bool {
        let mut state = self.state.borrow_mut();
        let Some(entry) = state.io.get_mut(&key) else {
            return false;
        };
        if entry.refed == refed {
            return true;
        }
        entry.refed = refed;
        if refed {
            state.io_refed += 1;
        } else {
            state.io_refed -= 1;
        }
        true
    }

    fn io_token(&self, key: u64) -> io::Result<usize> {
        self.state
            .borrow()
            .io
            .get(&key)
            .map(|e| e.token)
            .ok_or_else(|| not_registered(key))
    }

    // ----- generic refs ------------------------------------------------

    /// Adds a generic reference (a long-lived handle owned by the host, e.g.
    /// a worker or child process).
    pub fn ref_handle(&self) {
        self.state.borrow_mut().handle_refs += 1;
    }

    /// Drops a generic reference; extra calls are ignored.
    pub fn unref_handle(&self) {
        let mut state = self.state.borrow_mut();
        state.handle_refs = state.handle_refs.saturating_sub(1);
    }

    /// Whether anything referenced remains: a timer, immediate, pending or
    /// close callback, I/O source, blocking job or generic ref.
    pub fn is_alive(&self) -> bool {
        self.state.borrow().is_alive()
    }

    /// Number of armed timers (referenced or not).
    pub fn timer_count(&self) -> usize {
        self.state.borrow().timers.len()
    }

    /// Number of queued immediates still to run (referenced or not).
    pub fn immediate_count(&self) -> usize {
        self.state.borrow().immediates.len()
    }

    // ----- running -----------------------------------------------------

    /// Runs until nothing referenced is alive or [`Host::should_stop`].
    ///
    /// # Errors
    ///
    /// The OS poller failed.
    pub fn run(&self, host: &mut dyn Host) -> Result<(), LoopError> {
        self.run_mode(host, RunMode::Default).map(|_| ())
    }

    /// Runs one iteration (blocking in poll if nothing else is queued) and
    /// returns whether the loop is still alive (`uv_run(UV_RUN_ONCE)`).
    ///
    /// # Errors
    ///
    /// The OS poller failed.
    pub fn run_once(&self, host: &mut dyn Host) -> Result<bool, LoopError> {
        self.run_mode(host, RunMode::Once)
    }

    /// Runs in `mode`; returns whether the loop is still alive.
    ///
    /// # Errors
    ///
    /// The OS poller failed.
    pub fn run_mode(&self, host: &mut dyn Host, mode: RunMode) -> Result<bool, LoopError> {
        if host.should_stop() {
            return Ok(self.is_alive());
        }
        let mut alive = self.is_alive();
        self.update_time();
        if alive && mode == RunMode::Default && self.run_timers(host) == Flow::Stop {
            return Ok(self.is_alive());
        }
        while alive {
            if self.iterate(host, mode)? == Flow::Stop {
                break;
            }
            alive = self.is_alive();
            if mode != RunMode::Default {
                break;
            }
        }
        Ok(self.is_alive())
    }

    /// One iteration: pending → poll → pending (again, up to 8 rounds) → check → close → timers.
    fn iterate(&self, host: &mut dyn Host, mode: RunMode) -> Result<Flow, LoopError> {
        if self.run_pending(host) == Flow::Stop {
            return Ok(Flow::Stop);
        }
        let timeout = match mode {
            RunMode::NoWait => Some(Duration::ZERO),
            RunMode::Default | RunMode::Once => self.backend_timeout(),
        };
        host.before_poll();
        if self.run_poll(host, timeout)? == Flow::Stop {
            return Ok(Flow::Stop);
        }
        // libuv (1.45+) runs callbacks deferred during poll (write/shutdown completions) right
        // after it, a bounded number of times, before the check phase.
        for _ in 0..8 {
            if self.state.borrow().pending.is_empty() {
                break;
            }
            if self.run_pending(host) == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        if self.run_check(host) == Flow::Stop || self.run_closing(host) == Flow::Stop {
            return Ok(Flow::Stop);
        }
        self.update_time();
        Ok(self.run_timers(host))
    }

    /// `uv__backend_timeout`, see the module docs.
    fn backend_timeout(&self) -> Option<Duration> {
        let state = self.state.borrow();
        if !state.is_alive()
            || !state.pending.is_empty()
            || !state.closing.is_empty()
            || state.immediates.refed() > 0
        {
            return Some(Duration::ZERO);
        }
        state
            .timers
            .next_deadline()
            .map(|deadline| Duration::from_millis(deadline.saturating_sub(self.now_ms())))
    }

    fn run_timers(&self, host: &mut dyn Host) -> Flow {
        let mark = self.state.borrow().timers.phase_mark();
        loop {
            let now = self.now_ms();
            let Some(key) = self.state.borrow_mut().timers.pop_due(now, mark) else {
                return Flow::Continue;
            };
            host.on_timer(key);
            if host.should_stop() {
                return Flow::Stop;
            }
        }
    }

    fn run_pending(&self, host: &mut dyn Host) -> Flow {
        let batch = std::mem::take(&mut self.state.borrow_mut().pending);
        let mut batch = batch.into_iter();
        while let Some(key) = batch.next() {
            host.on_pending(key);
            if host.should_stop() {
                // Keep what did not run, ahead of anything queued meanwhile.
                let mut state = self.state.borrow_mut();
                let later = std::mem::take(&mut state.pending);
                state.pending = batch.chain(later).collect();
                return Flow::Stop;
            }
        }
        Flow::Continue
    }

    fn run_poll(&self, host: &mut dyn Host, timeout: Option<Duration>) -> Result<Flow, LoopError> {
        let ready: Vec<(usize, bool, bool, bool)> = {
            let mut poll = self.poll.borrow_mut();
            let mut events = self.events.borrow_mut();
            match poll.poll(&mut events, timeout) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => events.clear(),
                Err(e) => return Err(LoopError::Io(e)),
            }
            events
                .iter()
                .filter(|ev| ev.token() != WAKER_TOKEN)
                .map(|ev| {
                    (
                        ev.token().0,
                        ev.is_readable() || ev.is_read_closed(),
                        ev.is_writable() || ev.is_write_closed(),
                        ev.is_error() || ev.is_read_closed() || ev.is_write_closed(),
                    )
                })
                .collect()
        };
        self.update_time();

        // Completions that arrived up to now; later ones wait for the next poll.
        let completions: Vec<Completion> = self.done_rx.try_iter().collect();
        for completion in completions {
            let (key, result) = match completion {
                Completion::Blocking(key, result) => {
                    let mut state = self.state.borrow_mut();
                    state.blocking_outstanding = state.blocking_outstanding.saturating_sub(1);
                    (key, result)
                }
                Completion::Posted(key, result) => (key, result),
            };
            host.on_completion(key, result);
            if host.should_stop() {
                return Ok(Flow::Stop);
            }
        }

        for (token, readable, writable, closed) in ready {
            // The source may have been deregistered by an earlier callback.
            let Some(key) = self.state.borrow().io_tokens.get(&token).copied() else {
                continue;
            };
            host.on_io(key, readable, writable, closed);
            if host.should_stop() {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    fn run_check(&self, host: &mut dyn Host) -> Flow {
        let native = std::mem::replace(&mut self.state.borrow_mut().native_immediate, false);
        if native {
            host.on_native_immediates();
            if host.should_stop() {
                return Flow::Stop;
            }
        }
        let batch = self.state.borrow_mut().immediates.detach();
        let mut batch = batch.into_iter();
        while let Some((key, generation)) = batch.next() {
            if !self.state.borrow_mut().immediates.claim(key, generation) {
                continue;
            }
            host.on_immediate(key);
            if host.should_stop() {
                // Keep the unprocessed rest, ahead of anything queued meanwhile.
                self.state.borrow_mut().immediates.restore_front(batch);
                return Flow::Stop;
            }
        }
        Flow::Continue
    }

    fn run_closing(&self, host: &mut dyn Host) -> Flow {
        // libuv keeps closing handles in a list it prepends to: the most recently closed
        // handle's callback runs first.
        let batch = std::mem::take(&mut self.state.borrow_mut().closing);
        let mut batch = batch.into_iter().rev();
        while let Some(key) = batch.next() {
            host.on_close(key);
            if host.should_stop() {
                let mut state = self.state.borrow_mut();
                let later = std::mem::take(&mut state.closing);
                // What did not run keeps its place: oldest first in the queue.
                let rest: Vec<u64> = batch.rev().collect();
                state.closing = rest.into_iter().chain(later).collect();
                return Flow::Stop;
            }
        }
        Flow::Continue
    }
}

fn not_registered(key: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::NotFound,
        format!("I/O key {key} is not registered"),
    )
}
