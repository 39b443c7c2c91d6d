//! What the event loop hands back to weft-node: each loop key (a thread-pool job, a post from
//! another thread, a pending or close-phase callback, a registered socket) maps to the Rust
//! closure that knows what it means. The loop host (`host.rs`) only forwards to [`Dispatch`].

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;

use weft_loop::IdMap;

use crate::realm::Realm;

/// Runs once with a thread-pool job's result.
pub type Completion<'js> = Box<dyn FnOnce(&Rc<Realm<'js>>, Box<dyn Any + Send>) + 'js>;
/// Runs once in a later loop phase.
pub type Deferred<'js> = Box<dyn FnOnce(&Rc<Realm<'js>>) + 'js>;
/// Runs for every value posted under its key from another thread (signals, workers).
pub type Receiver<'js> = Rc<dyn Fn(&Rc<Realm<'js>>, Box<dyn Any + Send>) + 'js>;
/// Runs for every readiness event of a registered source.
pub type Watcher<'js> = Rc<dyn Fn(&Rc<Realm<'js>>, Readiness) + 'js>;

/// One readiness event of a registered source.
#[derive(Clone, Copy, Debug)]
pub struct Readiness {
    /// Readable (or read side closed).
    pub readable: bool,
    /// Writable (or write side closed).
    pub writable: bool,
    /// Error or hang-up.
    pub closed: bool,
}

/// The per-realm dispatch tables.
#[derive(Default)]
pub struct Dispatch<'js> {
    next_key: Cell<u64>,
    completions: RefCell<IdMap<u64, Completion<'js>>>,
    receivers: RefCell<IdMap<u64, Receiver<'js>>>,
    pending: RefCell<IdMap<u64, Deferred<'js>>>,
    closing: RefCell<IdMap<u64, Deferred<'js>>>,
    watchers: RefCell<IdMap<u64, Watcher<'js>>>,
}

impl<'js> Dispatch<'js> {
    /// A fresh loop key for completions, posts, pending/close callbacks and sources.
    pub fn new_key(&self) -> u64 {
        let k = self.next_key.get() + 1;
        self.next_key.set(k);
        k
    }

    /// Runs `work` on the thread pool, then `done` with its result on the JS thread.
    ///
    /// # Errors
    ///
    /// The pool could not start a thread.
    pub fn run_blocking<T, W, D>(&self, realm: &Realm<'js>, work: W, done: D) -> io::Result<()>
    where
        T: Send + 'static,
        W: FnOnce() -> T + Send + 'static,
        D: FnOnce(&Rc<Realm<'js>>, T) + 'js,
    {
        let key = self.new_key();
        self.completions.borrow_mut().insert(
            key,
            Box::new(move |realm, value| {
                if let Ok(v) = value.downcast::<T>() {
                    done(realm, *v);
                }
            }),
        );
        let job: weft_loop::BlockingJob = Box::new(move || Box::new(work()));
        if let Err(e) = realm.event_loop.spawn_blocking(key, job) {
            self.completions.borrow_mut().remove(&key);
            return Err(e);
        }
        Ok(())
    }

    /// Calls `f` for every value posted under `key` (see `EventLoop::sender`).
    pub fn set_receiver(&self, key: u64, f: Receiver<'js>) {
        self.receivers.borrow_mut().insert(key, f);
    }

    /// Stops delivering posts under `key`.
    pub fn remove_receiver(&self, key: u64) {
        self.receivers.borrow_mut().remove(&key);
    }

    /// Runs `f` in the next loop iteration's pending phase (libuv defers some callbacks there).
    pub fn defer(&self, realm: &Realm<'js>, f: Deferred<'js>) {
        let key = self.new_key();
        self.pending.borrow_mut().insert(key, f);
        realm.event_loop.queue_pending(key);
    }

    /// Runs `f` in the close phase (handle close callbacks).
    pub fn on_close_phase(&self, realm: &Realm<'js>, f: Deferred<'js>) {
        let key = self.new_key();
        self.closing.borrow_mut().insert(key, f);
        realm.event_loop.queue_close(key);
    }

    /// Calls `f` for each readiness event of the source registered under `key`.
    pub fn watch(&self, key: u64, f: Watcher<'js>) {
        self.watchers.borrow_mut().insert(key, f);
    }

    /// Stops watching `key`.
    pub fn unwatch(&self, key: u64) {
        self.watchers.borrow_mut().remove(&key);
    }

    // ---- called by the loop host ----

    /// A thread-pool result or a post arrived.
    pub fn completion(realm: &Rc<Realm<'js>>, key: u64, value: Box<dyn Any + Send>) {
        let once = realm.io.completions.borrow_mut().remove(&key);
        if let Some(f) = once {
            f(realm, value);
            return;
        }
        let each = realm.io.receivers.borrow().get(&key).cloned();
        if let Some(f) = each {
            f(realm, value);
        }
    }

    /// A pending-phase key came up.
    pub fn pending(realm: &Rc<Realm<'js>>, key: u64) {
        let f = realm.io.pending.borrow_mut().remove(&key);
        if let Some(f) = f {
            f(realm);
        }
    }

    /// A close-phase key came up.
    pub fn close(realm: &Rc<Realm<'js>>, key: u64) {
        let f = realm.io.closing.borrow_mut().remove(&key);
        if let Some(f) = f {
            f(realm);
        }
    }

    /// A registered source is ready.
    pub fn ready(realm: &Rc<Realm<'js>>, key: u64, readiness: Readiness) {
        let f = realm.io.watchers.borrow().get(&key).cloned();
        if let Some(f) = f {
            f(realm, readiness);
        }
    }
}
