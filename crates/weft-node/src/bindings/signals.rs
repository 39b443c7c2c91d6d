//! `internalBinding('signals')`: process signals for `process.on('SIGINT')`, `process.kill` and
//! `os.constants.signals` (Node's `internalBinding('signal_wrap')` and the signal constants).
//!
//! As libuv does it: a listened-to signal gets a `sigaction` handler that writes the signal
//! number into the self-pipe of every running loop; each loop watches its pipe in the poll
//! phase (unreferenced, so signal listeners do not keep the process alive) and calls each
//! watching `SIGNALWRAP` resource's `onsignal` through the scope guard (Node's `MakeCallback`).
//! A signal sent to ourselves is therefore seen in the very next poll phase, as in Node.
//! Dispositions are process-wide: when the last watcher of a signal stops, the disposition it
//! had before (default, or ignored for SIGPIPE) comes back.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, OnceLock};

use mio::unix::SourceFd;
use mio::Interest;
use rquickjs::{Object, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io;
use crate::io::dispatch::Readiness;
use crate::realm::Realm;

/// Write ends of the self-pipes of the running loops (-1 = free slot); the handler writes each
/// signal number to all of them.
const MAX_LOOPS: usize = 16;
static PIPES: [AtomicI32; MAX_LOOPS] = [const { AtomicI32::new(-1) }; MAX_LOOPS];

/// Process-wide dispositions: how many realms watch each signal, and what to restore when the
/// last one stops.
#[derive(Default)]
struct Global {
    installed: HashMap<i32, (usize, libc::sigaction)>,
}

fn global() -> &'static Mutex<Global> {
    static GLOBAL: OnceLock<Mutex<Global>> = OnceLock::new();
    GLOBAL.get_or_init(|| Mutex::new(Global::default()))
}

extern "C" fn on_signal(sig: libc::c_int) {
    let byte = sig as u8;
    // SAFETY: write(2) on non-blocking pipes and errno access are async-signal-safe; errno is
    // restored so the interrupted code does not see ours.
    unsafe {
        let saved = *libc::__errno_location();
        for slot in &PIPES {
            let fd = slot.load(Ordering::Relaxed);
            if fd >= 0 {
                libc::write(fd, (&byte as *const u8).cast(), 1);
            }
        }
        *libc::__errno_location() = saved;
    }
}

/// Per-realm state: the loop key of its self-pipe and the watchers of each signal.
#[derive(Default)]
struct State {
    key: Option<u64>,
    watchers: HashMap<i32, Vec<AsyncId>>,
}

/// Creates this loop's self-pipe, publishes its write end to the handler and watches the read
/// end in the poll phase (unreferenced: it never keeps the loop alive); false on failure.
fn open_pipe<'js>(realm: &Rc<Realm<'js>>, state: &Rc<RefCell<State>>) -> bool {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return false;
    }
    let [read_fd, write_fd] = fds;
    let close_both = || {
        // SAFETY: closes the two descriptors just created, used nowhere else.
        unsafe {
            libc::close(read_fd);
            libc::close(write_fd);
        }
    };
    let Some(slot) = PIPES.iter().find(|slot| {
        slot.compare_exchange(-1, write_fd, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    }) else {
        close_both();
        return false;
    };
    let key = realm.io.new_key();
    if realm
        .event_loop
        .register_io(key, &mut SourceFd(&read_fd), Interest::READABLE, false)
        .is_err()
    {
        slot.store(-1, Ordering::Relaxed);
        close_both();
        return false;
    }
    let watchers = state.clone();
    realm.io.watch(
        key,
        Rc::new(move |realm: &Rc<Realm<'js>>, _ev: Readiness| {
            // Edge-triggered: drain the pipe, then deliver in arrival order.
            let mut got = Vec::new();
            loop {
                let mut buf = [0u8; 64];
                // SAFETY: reads into a local buffer of that length.
                let n = unsafe { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) };
                if n <= 0 {
                    break;
                }
                got.extend_from_slice(&buf[..n as usize]);
            }
            for sig in got {
                deliver(realm, &watchers, sig as i32);
            }
        }),
    );
    state.borrow_mut().key = Some(key);
    true
}

/// Installs the handler for `sig` (once across realms); 0 or a negative errno.
fn install(g: &mut Global, sig: i32) -> i32 {
    if sig <= 0 || sig >= 65 || sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return -libc::EINVAL;
    }
    if let Some((count, _)) = g.installed.get_mut(&sig) {
        *count += 1;
        return 0;
    }
    // SAFETY: sigaction with a zeroed struct, our async-signal-safe handler and a full mask.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
        action.sa_flags = libc::SA_RESTART;
        libc::sigfillset(&mut action.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, &action, &mut old) != 0 {
            return -crate::bindings::os::last_errno();
        }
        g.installed.insert(sig, (1, old));
    }
    0
}

/// One realm stops watching `sig`; the last one puts back the disposition it had before.
fn uninstall(g: &mut Global, sig: i32) {
    let Some((count, old)) = g.installed.get_mut(&sig) else {
        return;
    };
    *count -= 1;
    if *count == 0 {
        let old = *old;
        g.installed.remove(&sig);
        // SAFETY: reinstalls a disposition sigaction gave us.
        unsafe {
            libc::sigaction(sig, &old, std::ptr::null_mut());
        }
    }
}

/// `os.constants.signals` in Node's order (Linux numbers).
pub const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let table: Object<'js> = ctx.eval("Object.create(null)")?;
    for (name, num) in SIGNALS {
        table.set(*name, *num)?;
    }
    let freeze: rquickjs::Function<'js> = ctx.eval("Object.freeze")?;
    freeze.call::<_, ()>((table.clone(),))?;
    obj.set("signals", table)?;

    let state = Rc::new(RefCell::new(State::default()));

    // createWrap(obj) -> async id: the SIGNALWRAP resource, `init` emitted now (Node's
    // `new Signal()`).
    let r = realm.clone();
    def(ctx, &obj, "createWrap", move |wrap: Object<'js>| -> f64 {
        io::wrap::init(&r, &wrap, "SIGNALWRAP", None).async_id as f64
    })?;

    // start(asyncId, signum) -> 0 or a negative errno (Node's `uv_signal_start`).
    let r = realm.clone();
    let st = state.clone();
    def(ctx, &obj, "start", move |async_id: f64, sig: i32| -> i32 {
        if st.borrow().key.is_none() && !open_pipe(&r, &st) {
            return -libc::EMFILE;
        }
        let mut g = global().lock().unwrap_or_else(|e| e.into_inner());
        let mut s = st.borrow_mut();
        let already = s.watchers.get(&sig).is_some_and(|w| !w.is_empty());
        if !already {
            let rc = install(&mut g, sig);
            if rc != 0 {
                return rc;
            }
        }
        s.watchers.entry(sig).or_default().push(async_id as AsyncId);
        0
    })?;

    // close(asyncId): stops watching; the last watcher of a signal restores its disposition;
    // the resource's `destroy` is queued in the close phase.
    let r = realm.clone();
    let st = state;
    def(ctx, &obj, "close", move |async_id: f64| {
        let id = async_id as AsyncId;
        let mut s = st.borrow_mut();
        let mut emptied = Vec::new();
        for (sig, list) in s.watchers.iter_mut() {
            list.retain(|w| *w != id);
            if list.is_empty() {
                emptied.push(*sig);
            }
        }
        if !emptied.is_empty() {
            let mut g = global().lock().unwrap_or_else(|e| e.into_inner());
            for sig in emptied {
                s.watchers.remove(&sig);
                uninstall(&mut g, sig);
            }
        }
        drop(s);
        // Like a libuv handle, its `destroy` follows the close callback (close phase).
        r.io.on_close_phase(
            &r,
            Box::new(move |realm: &Rc<Realm<'js>>| io::wrap::destroy(realm, id)),
        );
    })?;
    Ok(obj)
}

/// Runs `onsignal(signum)` of every resource watching `sig`, each in its own async context.
fn deliver<'js>(realm: &Rc<Realm<'js>>, state: &Rc<RefCell<State>>, sig: i32) {
    let ids = state
        .borrow()
        .watchers
        .get(&sig)
        .cloned()
        .unwrap_or_default();
    for id in ids {
        // A callback may have closed a later watcher.
        let live = state
            .borrow()
            .watchers
            .get(&sig)
            .is_some_and(|w| w.contains(&id));
        if live {
            let arg = Value::new_int(realm.ctx.clone(), sig);
            io::wrap::make_callback(realm, id, "onsignal", vec![arg]);
        }
    }
}
