//! `internalBinding('process_wrap')`: child processes (Node's `process_wrap` and `spawn_sync`
//! bindings, libuv's `uv_spawn`).
//!
//! A `Process` handle is a `PROCESSWRAP` resource from construction. `spawn` starts the child
//! with `std::process::Command`; each `'pipe'` stdio entry gets a Unix socket pair (libuv uses
//! socket pairs too), whose parent end is handed to the JS `Pipe` handle that the entry names.
//! The child's exit is seen through a pidfd registered with the loop (so it is ordered with
//! the child's pipes by readiness, as libuv's SIGCHLD pipe is), or, where pidfds are missing,
//! by a waiter thread posting the `waitpid` status; either keeps the loop alive while the
//! child runs and the handle is ref'd, and `onexit(exitCode, signalName)` runs through
//! `MakeCallback`. `spawnSync` runs the child to completion on the
//! JS thread with a `poll(2)` loop (input, output capture, `timeout`, `maxBuffer`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

use mio::unix::SourceFd;
use mio::Interest;
use rquickjs::{Array, ArrayBuffer, Function, Object, TypedArray, Value};
use weft_async_core::AsyncId;

use super::def;
use super::signals::SIGNALS;
use crate::io::dispatch::Readiness;
use crate::io::errno;
use crate::io::stream::{self, Conn};
use crate::io::wrap;
use crate::realm::Realm;

/// One live `Process` handle.
struct ProcState {
    pid: i32,
    refed: bool,
    /// Whether the handle currently holds a generic loop reference (waiter-thread mode:
    /// child running and ref'd).
    holding: bool,
    running: bool,
    key: u64,
    /// pidfd mode: the child and its pidfd, registered with the loop under `key`.
    watched: Option<(Child, OwnedFd)>,
}

type Table = Rc<RefCell<HashMap<u64, ProcState>>>;

/// How one child fd is set up.
enum StdioSpec {
    /// A new socket pair; the parent end goes to the JS `Pipe` with this async id (async
    /// spawn) or is read/written by `spawnSync` (id 0).
    Pipe(AsyncId),
    /// `/dev/null`.
    Ignore,
    /// The parent's fd.
    Fd(RawFd),
    /// The fd under an existing stream handle (another child's pipe, a socket), by async id.
    Wrap(AsyncId),
}

/// Parsed spawn options.
struct SpawnOptions {
    file: String,
    args: Vec<String>,
    cwd: Option<String>,
    env: Option<Vec<String>>,
    stdio: Vec<StdioSpec>,
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn parse_options(opts: &Object<'_>) -> rquickjs::Result<SpawnOptions> {
    let file: String = opts.get("file")?;
    let args: Option<Vec<String>> = opts.get("args")?;
    let cwd: Option<String> = opts.get("cwd")?;
    let env: Option<Vec<String>> = opts.get("envPairs")?;
    let detached: Option<bool> = opts.get("detached")?;
    let uid: Option<f64> = opts.get("uid")?;
    let gid: Option<f64> = opts.get("gid")?;
    let mut stdio = Vec::new();
    if let Some(list) = opts.get::<_, Option<Array>>("stdio")? {
        for entry in list.iter::<Object>() {
            let entry = entry?;
            let kind: String = entry.get("type")?;
            stdio.push(match kind.as_str() {
                "pipe" => StdioSpec::Pipe(entry.get::<_, Option<f64>>("handle")?.unwrap_or(0.0) as AsyncId),
                "fd" => StdioSpec::Fd(entry.get::<_, f64>("fd")? as RawFd),
                "wrap" => StdioSpec::Wrap(entry.get::<_, f64>("handle")? as AsyncId),
                _ => StdioSpec::Ignore,
            });
        }
    }
    Ok(SpawnOptions {
        file,
        args: args.unwrap_or_default(),
        cwd: cwd.filter(|c| !c.is_empty()),
        env,
        stdio,
        detached: detached.unwrap_or(false),
        uid: uid.map(|u| u as u32),
        gid: gid.map(|g| g as u32),
    })
}

fn last_errno() -> i32 {
    errno::of(&io::Error::last_os_error())
}

/// A close-on-exec Unix socket pair: (parent end, child end).
fn socket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: socketpair writes two new fds into the array we pass.
    let rc = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both fds were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A close-on-exec duplicate of `fd` (so `Command` can own and close it).
fn dup_cloexec(fd: RawFd) -> io::Result<OwnedFd> {
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on a caller-named fd; failure is reported by errno.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `new` is a fresh fd owned by us.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

fn set_nonblocking(fd: RawFd) -> io::Result<()> {
    // SAFETY: fcntl on an fd we own.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// The child was started: its parent-side pipe ends, by stdio index.
struct Started {
    child: Option<Child>,
    parent_ends: Vec<(usize, AsyncId, OwnedFd)>,
    error: i32,
}

/// Builds and starts the command. Parent pipe ends are returned even when the exec failed (Node
/// still sets up the stdio streams of a child that failed to spawn with ENOENT).
fn start(o: &SpawnOptions) -> Started {
    let mut parent_ends = Vec::new();
    let mut cmd = Command::new(&o.file);
    if let Some((first, rest)) = o.args.split_first() {
        cmd.arg0(first);
        cmd.args(rest);
    }
    if let Some(cwd) = &o.cwd {
        cmd.current_dir(cwd);
    }
    if let Some(env) = &o.env {
        cmd.env_clear();
        for pair in env {
            match pair.split_once('=') {
                Some((k, v)) => cmd.env(k, v),
                None => cmd.env(pair, ""),
            };
        }
    }
    if let Some(uid) = o.uid {
        cmd.uid(uid);
    }
    if let Some(gid) = o.gid {
        cmd.gid(gid);
    }
    // Child fds 0..2 through Command; higher ones are dup2'ed in the child before exec.
    let mut extra: Vec<(RawFd, OwnedFd)> = Vec::new();
    for i in 0..o.stdio.len().max(3) {
        let spec = o.stdio.get(i).unwrap_or(&StdioSpec::Ignore);
        let child_end: Option<OwnedFd> = match spec {
            StdioSpec::Pipe(handle) => match socket_pair() {
                Ok((parent, child)) => {
                    parent_ends.push((i, *handle, parent));
                    Some(child)
                }
                Err(e) => {
                    return Started {
                        child: None,
                        parent_ends,
                        error: errno::of(&e),
                    };
                }
            },
            StdioSpec::Fd(fd) if *fd == i as RawFd && i < 3 => {
                match i {
                    0 => cmd.stdin(Stdio::inherit()),
                    1 => cmd.stdout(Stdio::inherit()),
                    _ => cmd.stderr(Stdio::inherit()),
                };
                continue;
            }
            StdioSpec::Fd(fd) => match dup_cloexec(*fd) {
                Ok(d) => Some(d),
                Err(e) => {
                    return Started {
                        child: None,
                        parent_ends,
                        error: errno::of(&e),
                    }
                }
            },
            StdioSpec::Ignore | StdioSpec::Wrap(_) => None,
        };
        match (i, child_end) {
            (0, Some(fd)) => {
                cmd.stdin(Stdio::from(fd));
            }
            (1, Some(fd)) => {
                cmd.stdout(Stdio::from(fd));
            }
            (2, Some(fd)) => {
                cmd.stderr(Stdio::from(fd));
            }
            (0, None) => {
                cmd.stdin(Stdio::null());
            }
            (1, None) => {
                cmd.stdout(Stdio::null());
            }
            (2, None) => {
                cmd.stderr(Stdio::null());
            }
            (n, Some(fd)) => extra.push((n as RawFd, fd)),
            (_, None) => {}
        }
    }
    let detached = o.detached;
    let extra_raw: Vec<(RawFd, RawFd)> = extra.iter().map(|(n, fd)| (*n, fd.as_raw_fd())).collect();
    // SAFETY: the closure runs in the forked child before exec and only calls
    // async-signal-safe functions (setsid, dup2, fcntl).
    unsafe {
        cmd.pre_exec(move || {
            if detached && libc::setsid() < 0 {
                return Err(io::Error::last_os_error());
            }
            for (target, src) in &extra_raw {
                if libc::dup2(*src, *target) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            // The child's stdio may share a file description the parent made non-blocking
            // (a pipe handed on from another handle); libuv makes fds 0-2 blocking too.
            for fd in 0..3 {
                let flags = libc::fcntl(fd, libc::F_GETFL);
                if flags >= 0 && flags & libc::O_NONBLOCK != 0 {
                    libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
                }
            }
            Ok(())
        });
    }
    let result = cmd.spawn();
    drop(cmd); // closes the child ends in the parent
    drop(extra);
    match result {
        Ok(child) => Started {
            child: Some(child),
            parent_ends,
            error: 0,
        },
        Err(e) => Started {
            child: None,
            parent_ends,
            error: errno::of(&e),
        },
    }
}

fn signal_name(sig: i32) -> &'static str {
    SIGNALS
        .iter()
        .find(|(name, n)| *n == sig && *name != "SIGIOT" && *name != "SIGPOLL")
        .map_or("", |(name, _)| name)
}

/// Exit status as Node reports it: (exit code, signal number).
fn exit_parts(status: std::process::ExitStatus) -> (i32, i32) {
    match (status.code(), status.signal()) {
        (Some(c), _) => (c, 0),
        (None, Some(s)) => (0, s),
        (None, None) => (0, 0),
    }
}

fn set_hold(realm: &Realm<'_>, st: &mut ProcState) {
    if st.watched.is_some() {
        // The registered pidfd is what keeps the loop alive.
        realm.event_loop.set_io_ref(st.key, st.refed);
        return;
    }
    let want = st.running && st.refed;
    if want && !st.holding {
        realm.event_loop.ref_handle();
    } else if !want && st.holding {
        realm.event_loop.unref_handle();
    }
    st.holding = want;
}

/// The fd of stream handle `id`'s connection, if it has one.
fn handle_fd(realm: &Rc<Realm<'_>>, id: AsyncId) -> Option<RawFd> {
    realm
        .streams
        .with(id, |h| {
            h.conn.as_ref().map(|c| match c {
                Conn::Tcp(s) => s.as_raw_fd(),
                Conn::Unix(s) => s.as_raw_fd(),
                Conn::Fd(f) => f.as_raw_fd(),
            })
        })
        .flatten()
}

/// Replaces `Wrap` entries by the fds of their handles (`EBADF` when a handle has none).
fn resolve_wraps(realm: &Rc<Realm<'_>>, o: &mut SpawnOptions) -> i32 {
    for spec in &mut o.stdio {
        if let StdioSpec::Wrap(id) = *spec {
            match handle_fd(realm, id) {
                Some(fd) => *spec = StdioSpec::Fd(fd),
                None => return -libc::EBADF,
            }
        }
    }
    0
}

fn spawn_async<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    obj: &Object<'js>,
    o: &SpawnOptions,
) -> rquickjs::Result<i32> {
    let started = start(o);
    for (_, handle, fd) in started.parent_ends {
        if handle == 0 {
            continue;
        }
        let raw = fd.as_raw_fd();
        if set_nonblocking(raw).is_err() {
            continue;
        }
        stream::attach(realm, handle, Conn::Fd(std::fs::File::from(fd)));
    }
    let Some(child) = started.child else {
        return Ok(started.error);
    };
    let pid = child.id() as i32;
    obj.set("pid", pid)?;
    let key = realm.io.new_key();
    {
        let mut map = table.borrow_mut();
        let st = map.entry(id as u64).or_insert(ProcState {
            pid,
            refed: true,
            holding: false,
            running: true,
            key,
            watched: None,
        });
        st.pid = pid;
        st.running = true;
        st.key = key;
    }
    match pidfd_open(pid) {
        Ok(pidfd) => {
            // Registered from the next pending phase, after the stdio pipes started reading:
            // when output and exit are both ready by then, the output is seen first.
            let t = table.clone();
            realm.io.defer(
                realm,
                Box::new(move |realm| {
                    let open = t.borrow().get(&(id as u64)).is_some_and(|st| st.key == key);
                    if open {
                        let _ = watch_pidfd(realm, &t, id, key, child, pidfd);
                    }
                }),
            );
            Ok(0)
        }
        Err(_) => wait_in_thread(realm, table, id, key, child),
    }
}

/// A pidfd for `pid`: readable once the process has exited (Linux 5.3+).
fn pidfd_open(pid: i32) -> io::Result<OwnedFd> {
    // SAFETY: the pidfd_open syscall takes a pid and flags and returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the kernel just returned this fd; nobody else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Exit detection through the loop: the child's pidfd is an I/O source, so the exit is seen
/// in the poll phase in readiness order with the child's pipes (as libuv's SIGCHLD pipe is).
fn watch_pidfd<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    key: u64,
    child: Child,
    pidfd: OwnedFd,
) -> rquickjs::Result<i32> {
    let raw = pidfd.as_raw_fd();
    let refed = table.borrow().get(&(id as u64)).is_none_or(|st| st.refed);
    if realm
        .event_loop
        .register_io(key, &mut SourceFd(&raw), Interest::READABLE, refed)
        .is_err()
    {
        return wait_in_thread(realm, table, id, key, child);
    }
    if let Some(st) = table.borrow_mut().get_mut(&(id as u64)) {
        st.watched = Some((child, pidfd));
    }
    let t = table.clone();
    realm.io.watch(
        key,
        Rc::new(move |realm: &Rc<Realm<'js>>, _ev: Readiness| {
            let status = {
                let mut map = t.borrow_mut();
                let Some(st) = map.get_mut(&(id as u64)) else {
                    return;
                };
                let Some((child, _)) = st.watched.as_mut() else {
                    return;
                };
                match child.try_wait() {
                    Ok(Some(s)) => exit_parts(s),
                    Ok(None) => return,
                    Err(_) => (0, 0),
                }
            };
            stop_watching(realm, &t, id);
            deliver_exit(realm, &t, id, key, status);
        }),
    );
    Ok(0)
}

/// Deregisters a child's pidfd (after its exit, or when the handle closes).
fn stop_watching(realm: &Realm<'_>, table: &Table, id: AsyncId) {
    let watched = table
        .borrow_mut()
        .get_mut(&(id as u64))
        .and_then(|st| st.watched.take().map(|w| (st.key, w)));
    if let Some((key, (mut child, pidfd))) = watched {
        realm.io.unwatch(key);
        let _ = realm
            .event_loop
            .deregister_io(key, &mut SourceFd(&pidfd.as_raw_fd()));
        // Closed while the child runs: it is still reaped when it exits (as libuv does),
        // by a thread nobody waits for.
        if matches!(child.try_wait(), Ok(None)) {
            let _ = std::thread::Builder::new()
                .name("weft-child-reap".into())
                .spawn(move || {
                    let _ = child.wait();
                });
        }
    }
}

/// Exit detection without pidfds: a thread blocks in `waitpid` and posts the status; the
/// handle holds a generic loop reference meanwhile.
fn wait_in_thread<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    key: u64,
    mut child: Child,
) -> rquickjs::Result<i32> {
    if let Some(st) = table.borrow_mut().get_mut(&(id as u64)) {
        set_hold(realm, st);
    }
    let t = table.clone();
    realm.io.set_receiver(
        key,
        Rc::new(
            move |realm: &Rc<Realm<'js>>, value: Box<dyn std::any::Any + Send>| {
                realm.io.remove_receiver(key);
                if let Ok(status) = value.downcast::<(i32, i32)>() {
                    deliver_exit(realm, &t, id, key, *status);
                }
            },
        ),
    );
    let sender = realm.event_loop.sender();
    let spawned = std::thread::Builder::new()
        .name("weft-child-wait".into())
        .spawn(move || {
            let status = loop {
                match child.wait() {
                    Ok(s) => break exit_parts(s),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => break (0, 0),
                }
            };
            sender.post(key, Box::new(status));
        });
    if let Err(e) = spawned {
        return Ok(errno::of(&e));
    }
    Ok(0)
}

/// Marks the child exited and calls the handle's `onexit(exitCode, signalName)` through
/// MakeCallback (skipped when the handle was closed meanwhile).
fn deliver_exit<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    key: u64,
    status: (i32, i32),
) {
    let live = {
        let mut map = table.borrow_mut();
        match map.get_mut(&(id as u64)) {
            Some(st) if st.key == key => {
                st.running = false;
                set_hold(realm, st);
                true
            }
            _ => false,
        }
    };
    if !live {
        return;
    }
    let (code, sig) = status;
    let ctx = realm.ctx.clone();
    let name = rquickjs::String::from_str(ctx.clone(), signal_name(sig))
        .map(rquickjs::String::into_value)
        .unwrap_or_else(|_| Value::new_undefined(ctx.clone()));
    wrap::make_callback(realm, id, "onexit", vec![Value::new_int(ctx, code), name]);
}

fn kill_pid(pid: i32, sig: i32) -> i32 {
    // SAFETY: kill(2) with a pid this handle spawned and a caller-checked signal number.
    if unsafe { libc::kill(pid, sig) } == 0 {
        0
    } else {
        last_errno()
    }
}

/// Runs a child to completion (`spawnSync`).
struct SyncResult {
    pid: i32,
    status: Option<(i32, i32)>,
    output: Vec<Option<Vec<u8>>>,
    error: i32,
}

fn poll_fds(fds: &mut [libc::pollfd], timeout_ms: i32) -> io::Result<usize> {
    // SAFETY: `fds` is a valid, exclusively borrowed array of pollfd for the call.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(n as usize)
}

fn run_sync(
    o: &SpawnOptions,
    input: Option<Vec<u8>>,
    timeout_ms: u64,
    max_buffer: f64,
    kill_signal: i32,
) -> SyncResult {
    let started = start(o);
    let n = o.stdio.len().max(3);
    let mut output: Vec<Option<Vec<u8>>> = vec![None; n];
    let Some(mut child) = started.child else {
        return SyncResult {
            pid: 0,
            status: None,
            output: Vec::new(),
            error: started.error,
        };
    };
    let pid = child.id() as i32;
    // (stdio index, file, is input)
    let mut pipes: Vec<(usize, std::fs::File)> = Vec::new();
    let mut stdin_pipe: Option<std::fs::File> = None;
    for (i, _, fd) in started.parent_ends {
        let file = std::fs::File::from(fd);
        let _ = set_nonblocking(file.as_raw_fd());
        if i == 0 {
            if input.as_ref().is_some_and(|v| !v.is_empty()) {
                stdin_pipe = Some(file);
            }
        } else {
            output[i] = Some(Vec::new());
            pipes.push((i, file));
        }
    }
    let input = input.unwrap_or_default();
    let mut written = 0usize;
    let deadline = (timeout_ms > 0).then(|| Instant::now() + Duration::from_millis(timeout_ms));
    let mut error = 0;
    let mut total = 0f64;
    let mut killed = false;
    let mut buf = vec![0u8; 64 * 1024];
    while !killed && (!pipes.is_empty() || stdin_pipe.is_some()) {
        let mut fds: Vec<libc::pollfd> = Vec::new();
        if let Some(f) = &stdin_pipe {
            fds.push(libc::pollfd {
                fd: f.as_raw_fd(),
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for (_, f) in &pipes {
            fds.push(libc::pollfd {
                fd: f.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let wait = match deadline {
            Some(d) => d
                .saturating_duration_since(Instant::now())
                .as_millis()
                .min(i32::MAX as u128) as i32,
            None => -1,
        };
        match poll_fds(&mut fds, wait) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                error = errno::of(&e);
                break;
            }
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            error = -libc::ETIMEDOUT;
            kill_pid(pid, kill_signal);
            killed = true;
            break;
        }
        let mut k = 0;
        if stdin_pipe.is_some() {
            let ev = fds[0].revents;
            k = 1;
            if ev != 0 {
                let mut done = false;
                if let Some(f) = stdin_pipe.as_mut() {
                    loop {
                        if written >= input.len() {
                            done = true;
                            break;
                        }
                        match f.write(&input[written..]) {
                            Ok(w) => written += w,
                            Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                            Err(_) => {
                                done = true; // EPIPE: the child stopped reading
                                break;
                            }
                        }
                    }
                }
                if done {
                    stdin_pipe = None; // closes it: the child sees EOF
                }
            }
        }
        let mut closed = Vec::new();
        for (j, (idx, f)) in pipes.iter_mut().enumerate() {
            if fds[k + j].revents == 0 {
                continue;
            }
            loop {
                match f.read(&mut buf) {
                    Ok(0) => {
                        closed.push(j);
                        break;
                    }
                    Ok(r) => {
                        if let Some(out) = output[*idx].as_mut() {
                            out.extend_from_slice(&buf[..r]);
                        }
                        total += r as f64;
                        if max_buffer > 0.0 && total > max_buffer && !killed {
                            error = -libc::ENOBUFS;
                            kill_pid(pid, kill_signal);
                            killed = true;
                            break;
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => {
                        closed.push(j);
                        break;
                    }
                }
            }
        }
        for j in closed.into_iter().rev() {
            pipes.remove(j);
        }
    }
    drop(pipes);
    drop(stdin_pipe);
    // Wait for the exit, still bounded by the timeout.
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break exit_parts(s),
            Ok(None) => {}
            Err(_) => break (0, 0),
        }
        if !killed && deadline.is_some_and(|d| Instant::now() >= d) {
            error = -libc::ETIMEDOUT;
            kill_pid(pid, kill_signal);
            killed = true;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    SyncResult {
        pid,
        status: Some(status),
        output,
        error,
    }
}

fn bytes_of(v: &Value<'_>) -> rquickjs::Result<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return Ok(s.to_string()?.into_bytes());
    }
    let arr = TypedArray::<u8>::from_value(v.clone())?;
    Ok(super::typed_bytes(&arr))
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let table: Table = Rc::new(RefCell::new(HashMap::new()));

    let r = realm.clone();
    let t = table.clone();
    def(ctx, &obj, "newProcess", move |o: Object<'js>| -> f64 {
        let id = wrap::init(&r, &o, "PROCESSWRAP", None).async_id;
        t.borrow_mut().insert(
            id as u64,
            ProcState {
                pid: 0,
                refed: true,
                holding: false,
                running: false,
                key: 0,
                watched: None,
            },
        );
        id as f64
    })?;

    let r = realm.clone();
    let t = table.clone();
    def(
        ctx,
        &obj,
        "spawn",
        move |id: f64, o: Object<'js>, opts: Object<'js>| -> rquickjs::Result<i32> {
            let mut parsed = parse_options(&opts)?;
            let err = resolve_wraps(&r, &mut parsed);
            if err != 0 {
                return Ok(err);
            }
            spawn_async(&r, &t, id as AsyncId, &o, &parsed)
        },
    )?;

    let t = table.clone();
    def(ctx, &obj, "kill", move |id: f64, sig: i32| -> i32 {
        let pid = t
            .borrow()
            .get(&(id as u64))
            .filter(|s| s.running)
            .map(|s| s.pid);
        match pid {
            Some(pid) if pid > 0 => kill_pid(pid, sig),
            _ => -libc::ESRCH,
        }
    })?;

    let r = realm.clone();
    let t = table.clone();
    def(ctx, &obj, "setRef", move |id: f64, on: bool| {
        if let Some(st) = t.borrow_mut().get_mut(&(id as u64)) {
            st.refed = on;
            set_hold(&r, st);
        }
    })?;
    let t = table.clone();
    def(ctx, &obj, "hasRef", move |id: f64| -> bool {
        t.borrow().get(&(id as u64)).is_some_and(|s| s.refed)
    })?;

    let r = realm.clone();
    let t = table.clone();
    def(
        ctx,
        &obj,
        "close",
        move |id: f64, cb: Option<Function<'js>>| {
            let id = id as AsyncId;
            stop_watching(&r, &t, id);
            let removed = t.borrow_mut().remove(&(id as u64));
            if let Some(mut st) = removed {
                st.running = false;
                set_hold(&r, &mut st);
                if st.key != 0 {
                    r.io.remove_receiver(st.key);
                }
            }
            r.io.on_close_phase(
                &r,
                Box::new(move |realm| {
                    if let (Some(cb), Some(res)) = (cb, realm.wraps.get(id)) {
                        wrap::call_in(realm, &res, &cb, Vec::new());
                    }
                    wrap::destroy(realm, id);
                }),
            );
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "spawnSync",
        move |opts: Object<'js>| -> rquickjs::Result<Object<'js>> {
            let parsed = parse_options(&opts)?;
            let input = match opts.get::<_, Option<Value>>("input")? {
                Some(v) if !v.is_undefined() && !v.is_null() => Some(bytes_of(&v)?),
                _ => None,
            };
            let timeout: Option<f64> = opts.get("timeout")?;
            let max_buffer: Option<f64> = opts.get("maxBuffer")?;
            let kill_signal: Option<f64> = opts.get("killSignal")?;
            let res = run_sync(
                &parsed,
                input,
                timeout
                    .filter(|t| t.is_finite() && *t > 0.0)
                    .map_or(0, |t| t as u64),
                max_buffer.filter(|m| m.is_finite()).unwrap_or(0.0),
                kill_signal.map_or(libc::SIGTERM, |s| s as i32),
            );
            let ctx = r.ctx.clone();
            let out = Object::new(ctx.clone())?;
            // Key order as Node's spawn_sync result: error, status, signal, output, pid.
            if res.error != 0 {
                out.set("error", res.error)?;
            }
            match res.status {
                Some((_, sig)) if sig != 0 => {
                    out.set("status", Value::new_null(ctx.clone()))?;
                    out.set("signal", signal_name(sig))?;
                }
                Some((code, _)) => {
                    out.set("status", code)?;
                    out.set("signal", Value::new_null(ctx.clone()))?;
                }
                None => {
                    out.set("status", Value::new_null(ctx.clone()))?;
                    out.set("signal", Value::new_null(ctx.clone()))?;
                }
            }
            if res.status.is_some() {
                let list = Array::new(ctx.clone())?;
                for (i, o) in res.output.into_iter().enumerate() {
                    match o {
                        Some(bytes) => list.set(i, ArrayBuffer::new(ctx.clone(), bytes)?)?,
                        None => list.set(i, Value::new_null(ctx.clone()))?,
                    }
                }
                out.set("output", list)?;
            } else {
                out.set("output", Value::new_null(ctx.clone()))?;
            }
            out.set("pid", res.pid)?;
            Ok(out)
        },
    )?;

    Ok(obj)
}
