//! `internalBinding('signals')`: process signals for `process.on('SIGINT')`, `process.kill` and
//! `os.constants.signals` (Node's `internalBinding('signal_wrap')` and the signal constants).
//!
//! As libuv does it: a listened-to signal gets a `sigaction` handler that writes the signal
//! number into a self-pipe; a reader thread turns each byte into a post to the event loop
//! (`realm.io` receiver), and the receiver calls each watching `SIGNALWRAP` resource's
//! `onsignal` through the scope guard (Node's `MakeCallback`). Posts hold no loop reference, so
//! signal listeners do not keep the process alive. When the last watcher of a signal stops, the
//! disposition it had before (default, or ignored for SIGPIPE) comes back.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::OnceLock;

use rquickjs::{Object, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io;
use crate::realm::Realm;

/// Write end of the self-pipe the signal handler writes to (-1 until the first start).
static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);
/// Read end of the self-pipe, read by the reader thread.
static PIPE_READ: OnceLock<i32> = OnceLock::new();

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = PIPE_WRITE.load(Ordering::Relaxed);
    if fd < 0 {
        return;
    }
    let byte = sig as u8;
    // SAFETY: write(2) and errno access are async-signal-safe; errno is restored so the
    // interrupted code does not see ours.
    unsafe {
        let saved = *libc::__errno_location();
        libc::write(fd, (&byte as *const u8).cast(), 1);
        *libc::__errno_location() = saved;
    }
}

/// Per-realm state: the loop key signal posts arrive under, the watchers of each signal, and
/// the dispositions to restore.
#[derive(Default)]
struct State {
    key: Option<u64>,
    watchers: HashMap<i32, Vec<AsyncId>>,
    saved: HashMap<i32, libc::sigaction>,
}

/// Creates the self-pipe once; false when the OS refuses.
fn ensure_pipe() -> Option<i32> {
    if let Some(fd) = PIPE_READ.get() {
        return Some(*fd);
    }
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return None;
    }
    PIPE_WRITE.store(fds[1], Ordering::Relaxed);
    let _ = PIPE_READ.set(fds[0]);
    Some(fds[0])
}

/// The thread that turns bytes of the self-pipe into loop posts.
fn spawn_reader(read_fd: i32, sender: weft_loop::LoopSender, key: u64) -> bool {
    std::thread::Builder::new()
        .name("weft-signals".into())
        .spawn(move || loop {
            let mut buf = [0u8; 64];
            // SAFETY: reads into a local buffer of that length.
            let n = unsafe { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return;
            }
            if n == 0 {
                return;
            }
            for &b in &buf[..n as usize] {
                if !sender.post(key, Box::new(b as i32)) {
                    return;
                }
            }
        })
        .is_ok()
}

/// Installs the handler for `sig`, remembering the previous disposition; 0 or a negative errno.
fn install(state: &mut State, sig: i32) -> i32 {
    if sig <= 0 || sig >= 65 || sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return -libc::EINVAL;
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
        state.saved.entry(sig).or_insert(old);
    }
    0
}

/// Puts back the disposition `sig` had before weft handled it.
fn restore(state: &mut State, sig: i32) {
    if let Some(old) = state.saved.remove(&sig) {
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
        let mut s = st.borrow_mut();
        if s.key.is_none() {
            let Some(read_fd) = ensure_pipe() else {
                return -libc::EMFILE;
            };
            let key = r.io.new_key();
            let watchers = st.clone();
            r.io.set_receiver(
                key,
                Rc::new(move |realm: &Rc<Realm<'js>>, value| {
                    if let Ok(sig) = value.downcast::<i32>() {
                        deliver(realm, &watchers, *sig);
                    }
                }),
            );
            if !spawn_reader(read_fd, r.event_loop.sender(), key) {
                r.io.remove_receiver(key);
                return -libc::EAGAIN;
            }
            s.key = Some(key);
        }
        let already = s.watchers.get(&sig).is_some_and(|w| !w.is_empty());
        if !already {
            let rc = install(&mut s, sig);
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
        for sig in emptied {
            s.watchers.remove(&sig);
            restore(&mut s, sig);
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
    let ids = state.borrow().watchers.get(&sig).cloned().unwrap_or_default();
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
