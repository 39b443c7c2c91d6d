//! Byte-stream handles: TCP and Unix-domain sockets, listening servers and pipes (Node's
//! `TCPWrap`/`PipeWrap` on `StreamBase`, libuv's `uv_stream_t`).
//!
//! A handle is keyed by its async id. It is registered with the loop only while it has
//! something to wait for (reading, listening, connecting, queued writes), so an idle
//! connection does not keep the process alive, as in libuv. Readiness is edge-triggered: a read
//! or accept drains until `WouldBlock`, and re-registering re-arms the edge when reading
//! resumes. Callbacks into JS go through [`wrap::make_callback`]; the handle table is never
//! borrowed across one.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr};
use std::os::fd::{AsRawFd, RawFd};
use std::path::PathBuf;
use std::rc::Rc;

use mio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use mio::unix::SourceFd;
use mio::Interest;
use rquickjs::{ArrayBuffer, IntoJs, Object, Value};
use weft_async_core::AsyncId;
use weft_loop::IdMap;

use super::dispatch::Readiness;
use super::errno::{self, UV_ECANCELED, UV_EOF};
use super::wrap;
use crate::realm::Realm;

/// Bytes read per `onread` call (libuv reads 64 KiB at a time).
const READ_CHUNK: usize = 64 * 1024;

thread_local! {
    /// The buffer every read of this thread's loop goes into before its bytes are copied out.
    static READ_SCRATCH: RefCell<Vec<u8>> = RefCell::new(vec![0u8; READ_CHUNK]);
}
/// Reads per readiness event before yielding to the rest of the loop (libuv's limit).
const READS_PER_EVENT: usize = 32;

/// What kind of endpoint a handle is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Family {
    /// TCP over IPv4/IPv6.
    Tcp,
    /// Unix-domain socket or pipe.
    Pipe,
}

/// A connected byte stream.
pub enum Conn {
    /// A TCP connection.
    Tcp(TcpStream),
    /// A Unix-domain socket connection.
    Unix(UnixStream),
    /// A non-blocking pipe or other stream fd (child process stdio).
    Fd(std::fs::File),
}

impl Conn {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.read(buf),
            Conn::Unix(s) => s.read(buf),
            Conn::Fd(f) => f.read(buf),
        }
    }

    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.write(buf),
            Conn::Unix(s) => s.write(buf),
            Conn::Fd(f) => f.write(buf),
        }
    }

    fn shutdown_write(&mut self) -> io::Result<()> {
        match self {
            Conn::Tcp(s) => s.shutdown(Shutdown::Write),
            Conn::Unix(s) => s.shutdown(Shutdown::Write),
            Conn::Fd(_) => Ok(()), // closing the fd is how a pipe ends; done at close
        }
    }

    fn raw_fd(&self) -> RawFd {
        match self {
            Conn::Tcp(s) => s.as_raw_fd(),
            Conn::Unix(s) => s.as_raw_fd(),
            Conn::Fd(f) => f.as_raw_fd(),
        }
    }
}

/// A listening server socket.
pub enum Listener {
    /// TCP.
    Tcp(TcpListener),
    /// Unix-domain.
    Unix(UnixListener),
}

struct QueuedWrite {
    req: Option<AsyncId>,
    data: Vec<u8>,
    written: usize,
}

/// One handle's state.
pub struct StreamHandle {
    /// TCP or pipe.
    pub family: Family,
    /// The connection, once connected, accepted or opened.
    pub conn: Option<Conn>,
    /// The server socket, once listening.
    pub listener: Option<Listener>,
    /// Address given to `bind` (TCP), used by `listen`.
    pub bind_addr: Option<SocketAddr>,
    /// Path given to `bind` (pipe), used by `listen`.
    pub bind_path: Option<PathBuf>,
    /// An error of `bind` that libuv reports at `listen` instead (`EADDRINUSE`).
    pub delayed_error: Option<i32>,
    listening: bool,
    /// Read by a native consumer (Node's `parser.consume(handle)`): `onread` runs unscoped.
    pub consumed: bool,
    reading: bool,
    connecting: Option<AsyncId>,
    writes: VecDeque<QueuedWrite>,
    shutdown: Option<AsyncId>,
    refed: bool,
    key: u64,
    registered: Option<Interest>,
    awaiting_registration: bool,
    eof_seen: bool,
}

impl StreamHandle {
    fn new(family: Family, key: u64) -> Self {
        Self {
            family,
            conn: None,
            listener: None,
            bind_addr: None,
            bind_path: None,
            delayed_error: None,
            listening: false,
            consumed: false,
            reading: false,
            connecting: None,
            writes: VecDeque::new(),
            shutdown: None,
            refed: true,
            key,
            registered: None,
            awaiting_registration: false,
            eof_seen: false,
        }
    }

    fn wanted_interest(&self) -> Option<Interest> {
        let read = (self.listening && self.listener.is_some())
            || (self.reading && self.conn.is_some() && !self.eof_seen);
        let write = self.conn.is_some() && (self.connecting.is_some() || !self.writes.is_empty());
        match (read, write) {
            (true, true) => Some(Interest::READABLE | Interest::WRITABLE),
            (true, false) => Some(Interest::READABLE),
            (false, true) => Some(Interest::WRITABLE),
            (false, false) => None,
        }
    }

    /// Bytes queued but not yet written (`writeQueueSize`).
    pub fn write_queue_size(&self) -> usize {
        self.writes.iter().map(|w| w.data.len() - w.written).sum()
    }
}

/// Every stream handle of the realm, by async id.
#[derive(Default)]
pub struct Streams {
    map: RefCell<IdMap<u64, StreamHandle>>,
    /// Handles whose first registration waits for the next poll.
    awaiting: RefCell<Vec<AsyncId>>,
}

impl Streams {
    /// Runs `f` on handle `id`.
    pub fn with<R>(&self, id: AsyncId, f: impl FnOnce(&mut StreamHandle) -> R) -> Option<R> {
        self.map.borrow_mut().get_mut(&(id as u64)).map(f)
    }

    /// Number of handles that keep the loop alive (for `getActiveResourcesInfo`).
    pub fn active_kinds(&self) -> Vec<(Family, bool)> {
        self.map
            .borrow()
            .values()
            .filter(|h| h.registered.is_some() && h.refed)
            .map(|h| (h.family, h.listener.is_some()))
            .collect()
    }
}

/// Registers the sources that started waiting since the last poll (called right before it).
pub fn register_awaiting(realm: &Rc<Realm<'_>>) {
    let ids = std::mem::take(&mut *realm.streams.awaiting.borrow_mut());
    for id in ids {
        let result = {
            let mut map = realm.streams.map.borrow_mut();
            let Some(h) = map.get_mut(&(id as u64)) else {
                // Closed meanwhile: its ref was dropped by close().
                continue;
            };
            h.awaiting_registration = false;
            realm.event_loop.unref_handle();
            let wanted = h.wanted_interest();
            let fd = match (&h.listener, &h.conn) {
                (Some(Listener::Tcp(l)), _) => Some(l.as_raw_fd()),
                (Some(Listener::Unix(l)), _) => Some(l.as_raw_fd()),
                (None, Some(c)) => Some(c.raw_fd()),
                (None, None) => None,
            };
            match (wanted, fd, h.registered) {
                (Some(i), Some(fd), None) => {
                    let r = realm
                        .event_loop
                        .register_io(h.key, &mut SourceFd(&fd), i, h.refed);
                    if r.is_ok() {
                        h.registered = Some(i);
                    }
                    r
                }
                _ => Ok(()),
            }
        };
        if result.is_err() {
            let _ = register(realm, id);
        }
    }
}

fn register(realm: &Rc<Realm<'_>>, id: AsyncId) -> io::Result<()> {
    let mut map = realm.streams.map.borrow_mut();
    let Some(h) = map.get_mut(&(id as u64)) else {
        return Ok(());
    };
    let wanted = h.wanted_interest();
    let fd = match (&h.listener, &h.conn) {
        (Some(Listener::Tcp(l)), _) => l.as_raw_fd(),
        (Some(Listener::Unix(l)), _) => l.as_raw_fd(),
        (None, Some(c)) => c.raw_fd(),
        (None, None) => return Ok(()),
    };
    let mut source = SourceFd(&fd);
    match (h.registered, wanted) {
        (None, None) => Ok(()),
        (Some(_), None) => {
            h.registered = None;
            realm.event_loop.deregister_io(h.key, &mut source)
        }
        (None, Some(_)) => {
            // A new source is registered when the next poll starts, as libuv adds watchers
            // then; meanwhile a generic ref keeps the loop from ending before that poll.
            if !h.awaiting_registration {
                h.awaiting_registration = true;
                realm.event_loop.ref_handle();
                realm.streams.awaiting.borrow_mut().push(id);
            }
            Ok(())
        }
        (Some(_), Some(i)) => {
            // Always re-register: with edge-triggered polling this re-arms readiness that
            // arrived while nobody was reading.
            h.registered = Some(i);
            realm.event_loop.reregister_io(h.key, &mut source, i)
        }
    }
}

/// Creates an unconnected handle for JS object `obj` (a `TCP` or `Pipe`), already started as
/// an async resource with `id`.
pub fn create<'js>(realm: &Rc<Realm<'js>>, id: AsyncId, family: Family) {
    let key = realm.io.new_key();
    realm
        .streams
        .map
        .borrow_mut()
        .insert(id as u64, StreamHandle::new(family, key));
    realm.io.watch(
        key,
        Rc::new(move |realm: &Rc<Realm<'js>>, ev: Readiness| on_ready(realm, id, ev)),
    );
}

/// Attaches a connection (accepted, connected or opened) to handle `id`.
pub fn attach(realm: &Rc<Realm<'_>>, id: AsyncId, conn: Conn) {
    realm.streams.with(id, |h| h.conn = Some(conn));
}

/// Sets whether the handle keeps the loop alive.
pub fn set_ref(realm: &Rc<Realm<'_>>, id: AsyncId, refed: bool) {
    let key = realm.streams.with(id, |h| {
        h.refed = refed;
        h.key
    });
    if let Some(key) = key {
        realm.event_loop.set_io_ref(key, refed);
    }
}

/// Whether the handle keeps the loop alive when active.
pub fn has_ref(realm: &Rc<Realm<'_>>, id: AsyncId) -> bool {
    realm.streams.with(id, |h| h.refed).unwrap_or(false)
}

/// Gives handle `id` its bound server socket (`bind`), not yet accepting.
pub fn set_listener(realm: &Rc<Realm<'_>>, id: AsyncId, listener: Listener) {
    realm.streams.with(id, |h| h.listener = Some(listener));
}

/// Starts accepting connections on the bound server socket.
pub fn listen(realm: &Rc<Realm<'_>>, id: AsyncId) -> io::Result<()> {
    let bound = realm.streams.with(id, |h| {
        if let Some(e) = h.delayed_error.take() {
            return Err(io::Error::from_raw_os_error(-e));
        }
        h.listening = h.listener.is_some();
        Ok(h.listening)
    });
    if let Some(Err(e)) = bound {
        return Err(e);
    }
    if !matches!(bound, Some(Ok(true))) {
        return Err(io::Error::from_raw_os_error(libc::EINVAL));
    }
    register(realm, id)
}

/// Starts a connect: `conn` is the non-blocking socket, `req` the connect request's id.
pub fn start_connect(
    realm: &Rc<Realm<'_>>,
    id: AsyncId,
    conn: Conn,
    req: AsyncId,
) -> io::Result<()> {
    realm.streams.with(id, |h| {
        h.conn = Some(conn);
        h.connecting = Some(req);
    });
    register(realm, id)
}

/// `readStart`: 0 or a negative errno.
pub fn read_start(realm: &Rc<Realm<'_>>, id: AsyncId) -> i32 {
    let ok = realm.streams.with(id, |h| {
        if h.conn.is_none() {
            return false;
        }
        h.reading = true;
        true
    });
    match ok {
        Some(true) => register(realm, id).map_or_else(|e| errno::of(&e), |()| 0),
        _ => -libc::ENOTCONN,
    }
}

/// `readStop`.
pub fn read_stop(realm: &Rc<Realm<'_>>, id: AsyncId) -> i32 {
    realm.streams.with(id, |h| h.reading = false);
    register(realm, id).map_or_else(|e| errno::of(&e), |()| 0)
}

/// Result of a write request.
pub struct WriteOutcome {
    /// 0 or a negative errno.
    pub status: i32,
    /// Bytes accepted (written or queued).
    pub bytes: usize,
    /// Whether the rest was queued (the request completes later through `oncomplete`).
    pub queued: bool,
}

/// Writes `data`: as much as the socket takes now; the rest is queued and `req` (a JS
/// `WriteWrap`) becomes a `WRITEWRAP` resource, triggered by the handle, completed later.
pub fn write<'js>(
    realm: &Rc<Realm<'js>>,
    id: AsyncId,
    req: &Object<'js>,
    data: Vec<u8>,
) -> WriteOutcome {
    let bytes = data.len();
    let result = realm.streams.with(id, |h| -> Result<bool, i32> {
        let Some(conn) = h.conn.as_mut() else {
            return Err(-libc::EBADF);
        };
        let mut written = 0;
        if h.writes.is_empty() && h.connecting.is_none() {
            while written < data.len() {
                match conn.write(&data[written..]) {
                    Ok(0) => break,
                    Ok(n) => written += n,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(errno::of(&e)),
                }
            }
        }
        if written == data.len() {
            return Ok(false);
        }
        h.writes.push_back(QueuedWrite {
            req: None,
            data,
            written,
        });
        Ok(true)
    });
    match result {
        None => WriteOutcome {
            status: -libc::EBADF,
            bytes: 0,
            queued: false,
        },
        Some(Err(status)) => WriteOutcome {
            status,
            bytes: 0,
            queued: false,
        },
        Some(Ok(false)) => WriteOutcome {
            status: 0,
            bytes,
            queued: false,
        },
        Some(Ok(true)) => {
            let res = wrap::init(realm, req, "WRITEWRAP", Some(id));
            realm.streams.with(id, |h| {
                if let Some(w) = h.writes.back_mut() {
                    w.req = Some(res.async_id);
                }
            });
            let status = register(realm, id).map_or_else(|e| errno::of(&e), |()| 0);
            WriteOutcome {
                status,
                bytes,
                queued: true,
            }
        }
    }
}

/// Bytes still queued on handle `id`.
pub fn write_queue_size(realm: &Rc<Realm<'_>>, id: AsyncId) -> usize {
    realm
        .streams
        .with(id, |h| h.write_queue_size())
        .unwrap_or(0)
}

/// `shutdown(req)`: half-closes the write side once queued writes are out; `req` (already a
/// `SHUTDOWNWRAP` resource) completes in a later loop phase.
pub fn shutdown(realm: &Rc<Realm<'_>>, id: AsyncId, req: AsyncId) -> i32 {
    let ready = realm.streams.with(id, |h| {
        if h.conn.is_none() {
            return Err(-libc::ENOTCONN);
        }
        h.shutdown = Some(req);
        Ok(h.writes.is_empty() && h.connecting.is_none())
    });
    match ready {
        None => -libc::EBADF,
        Some(Err(e)) => e,
        Some(Ok(true)) => {
            finish_shutdown_later(realm, id);
            0
        }
        Some(Ok(false)) => 0,
    }
}

fn finish_shutdown_later(realm: &Rc<Realm<'_>>, id: AsyncId) {
    let Some(Some(req)) = realm.streams.with(id, |h| h.shutdown.take()) else {
        return;
    };
    let status = realm
        .streams
        .with(id, |h| h.conn.as_mut().map(|c| c.shutdown_write()))
        .flatten()
        .map_or(-libc::ENOTCONN, |r| {
            r.map_or_else(|e| errno::of(&e), |()| 0)
        });
    // libuv completes shutdown requests from the loop, never synchronously.
    realm.io.defer(
        realm,
        Box::new(move |realm| complete_req(realm, req, status, Vec::new())),
    );
}

/// Completes request `req` with `status` and `extra` arguments after `oncomplete`'s status.
pub fn complete_req<'js>(
    realm: &Rc<Realm<'js>>,
    req: AsyncId,
    status: i32,
    mut extra: Vec<Value<'js>>,
) {
    let mut args = vec![Value::new_int(realm.ctx.clone(), status)];
    args.append(&mut extra);
    wrap::make_callback(realm, req, "oncomplete", args);
    wrap::destroy(realm, req);
}

/// `close(cb)`: stops everything; pending writes and shutdown complete with `ECANCELED`, then
/// in the close phase `cb` runs in the handle's context and the handle is destroyed.
pub fn close<'js>(realm: &Rc<Realm<'js>>, id: AsyncId, cb: Option<rquickjs::Function<'js>>) {
    let _ = realm.streams.with(id, |h| h.reading = false);
    // Deregister before dropping the sockets.
    let removed = {
        let mut map = realm.streams.map.borrow_mut();
        map.remove(&(id as u64))
    };
    let mut cancelled = Vec::new();
    if let Some(mut h) = removed {
        realm.io.unwatch(h.key);
        if h.awaiting_registration {
            realm.event_loop.unref_handle();
        }
        if h.registered.is_some() {
            let fd = match (&h.listener, &h.conn) {
                (Some(Listener::Tcp(l)), _) => Some(l.as_raw_fd()),
                (Some(Listener::Unix(l)), _) => Some(l.as_raw_fd()),
                (None, Some(c)) => Some(c.raw_fd()),
                (None, None) => None,
            };
            if let Some(fd) = fd {
                let _ = realm.event_loop.deregister_io(h.key, &mut SourceFd(&fd));
            }
        }
        if let Some(Listener::Unix(_)) = h.listener {
            if let Some(p) = &h.bind_path {
                let _ = std::fs::remove_file(p);
            }
        }
        cancelled.extend(h.connecting.take());
        cancelled.extend(h.writes.drain(..).filter_map(|w| w.req));
        cancelled.extend(h.shutdown.take());
        drop(h); // closes the fds
    }
    realm.io.on_close_phase(
        realm,
        Box::new(move |realm| {
            for req in cancelled {
                complete_req(realm, req, UV_ECANCELED, Vec::new());
            }
            if let (Some(cb), Some(res)) = (cb, realm.wraps.get(id)) {
                wrap::call_in(realm, &res, &cb, Vec::new());
            }
            wrap::destroy(realm, id);
        }),
    );
}

fn on_ready<'js>(realm: &Rc<Realm<'js>>, id: AsyncId, ev: Readiness) {
    let listening = realm.streams.with(id, |h| h.listener.is_some());
    match listening {
        None => return,
        Some(true) => {
            // Re-arm first: with libuv's level-triggered polling a listener with connections
            // still waiting is reported by the next poll ahead of sources that become ready
            // while this one is handled; one connection is accepted per event.
            let _ = register(realm, id);
            accept_one(realm, id);
            return;
        }
        Some(false) => {}
    }
    if ev.writable || ev.closed {
        on_writable(realm, id);
    }
    if ev.readable || ev.closed {
        read_all(realm, id);
    }
    let _ = register(realm, id);
}

fn on_writable<'js>(realm: &Rc<Realm<'js>>, id: AsyncId) {
    // A connect finished (or failed).
    let connect = realm.streams.with(id, |h| {
        let req = h.connecting?;
        let status = match h.conn.as_ref() {
            Some(Conn::Tcp(s)) => match s.take_error() {
                Ok(Some(e)) | Err(e) => errno::of(&e),
                Ok(None) => match s.peer_addr() {
                    Ok(_) => 0,
                    Err(e) if e.raw_os_error() == Some(libc::ENOTCONN) => return None,
                    Err(e) => errno::of(&e),
                },
            },
            Some(Conn::Unix(s)) => match s.take_error() {
                Ok(Some(e)) | Err(e) => errno::of(&e),
                Ok(None) => 0,
            },
            _ => 0,
        };
        h.connecting = None;
        Some((req, status))
    });
    if let Some(Some((req, status))) = connect {
        let _ = register(realm, id);
        let handle = realm.wraps.object(id).map(Object::into_value);
        let req_obj = realm.wraps.object(req).map(Object::into_value);
        let undefined = Value::new_undefined(realm.ctx.clone());
        let extra = vec![
            handle.unwrap_or_else(|| undefined.clone()),
            req_obj.unwrap_or_else(|| undefined.clone()),
            Value::new_bool(realm.ctx.clone(), status == 0),
            Value::new_bool(realm.ctx.clone(), status == 0),
        ];
        complete_req(realm, req, status, extra);
    }
    // Flush queued writes; collect the requests that finished.
    let done = realm.streams.with(id, |h| {
        let mut done = Vec::new();
        if h.connecting.is_some() {
            return done;
        }
        let Some(conn) = h.conn.as_mut() else {
            return done;
        };
        while let Some(w) = h.writes.front_mut() {
            match conn.write(&w.data[w.written..]) {
                Ok(n) => {
                    w.written += n;
                    if w.written == w.data.len() {
                        if let Some(req) = w.req {
                            done.push((req, 0));
                        }
                        h.writes.pop_front();
                    } else if n == 0 {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let status = errno::of(&e);
                    for w in h.writes.drain(..) {
                        if let Some(req) = w.req {
                            done.push((req, status));
                        }
                    }
                }
            }
        }
        done
    });
    for (req, status) in done.unwrap_or_default() {
        complete_req(realm, req, status, Vec::new());
    }
    let shutdown_ready = realm
        .streams
        .with(id, |h| {
            h.shutdown.is_some() && h.writes.is_empty() && h.connecting.is_none()
        })
        .unwrap_or(false);
    if shutdown_ready {
        finish_shutdown_later(realm, id);
    }
}

fn read_all<'js>(realm: &Rc<Realm<'js>>, id: AsyncId) {
    for _ in 0..READS_PER_EVENT {
        let outcome = realm.streams.with(id, |h| {
            if !h.reading || h.eof_seen {
                return None;
            }
            let conn = h.conn.as_mut()?;
            READ_SCRATCH.with_borrow_mut(|buf| loop {
                match conn.read(buf) {
                    Ok(0) => {
                        h.eof_seen = true;
                        return Some(Err(UV_EOF));
                    }
                    // Only the bytes read are copied out: a fresh zeroed 64 KiB vector per read
                    // cost more than the rest of the read path.
                    Ok(n) => return Some(Ok(buf[..n].to_vec())),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => return None,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        h.eof_seen = true;
                        return Some(Err(errno::of(&e)));
                    }
                }
            })
        });
        let Some(Some(outcome)) = outcome else {
            return;
        };
        let ctx = realm.ctx.clone();
        // Like libuv, a short read ends this round: more data (or the EOF) is picked up on the
        // next readiness event, which re-registering the source after the round guarantees.
        let partial = matches!(&outcome, Ok(b) if b.len() < READ_CHUNK);
        let args = match outcome {
            Ok(bytes) => {
                let n = bytes.len() as i32;
                let ab = ArrayBuffer::new(ctx.clone(), bytes)
                    .ok()
                    .and_then(|b| b.into_js(&ctx).ok())
                    .unwrap_or_else(|| Value::new_undefined(ctx.clone()));
                vec![Value::new_int(ctx.clone(), n), ab]
            }
            Err(code) => vec![
                Value::new_int(ctx.clone(), code),
                Value::new_undefined(ctx.clone()),
            ],
        };
        let consumed = realm.streams.with(id, |h| h.consumed).unwrap_or(false);
        if consumed {
            if let Some(obj) = realm.wraps.object(id) {
                wrap::call_unscoped(realm, &obj, "onread", args);
            }
        } else {
            wrap::make_callback(realm, id, "onread", args);
        }
        if partial {
            return;
        }
    }
}

/// Accepts one pending connection (Node accepts one per readiness event, then lets the rest of
/// the poll phase run before the next).
fn accept_one<'js>(realm: &Rc<Realm<'js>>, id: AsyncId) {
    loop {
        let accepted = realm.streams.with(id, |h| match h.listener.as_ref()? {
            Listener::Tcp(l) => Some(l.accept().map(|(s, _)| Conn::Tcp(s))),
            Listener::Unix(l) => Some(l.accept().map(|(s, _)| Conn::Unix(s))),
        });
        let Some(Some(result)) = accepted else {
            return;
        };
        match result {
            Ok(conn) => {
                if let Conn::Tcp(s) = &conn {
                    let _ = s.set_nodelay(true); // Node turns Nagle off for every TCP socket
                }
                let family = realm.streams.with(id, |h| h.family).unwrap_or(Family::Tcp);
                let Some(client) = new_client(realm, id, family) else {
                    continue;
                };
                let Some(client_obj) = realm.wraps.object(client) else {
                    continue;
                };
                attach(realm, client, conn);
                let args = vec![
                    Value::new_int(realm.ctx.clone(), 0),
                    client_obj.into_value(),
                ];
                wrap::make_callback(realm, id, "onconnection", args);
                return;
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                let args = vec![Value::new_int(realm.ctx.clone(), errno::of(&e))];
                wrap::make_callback(realm, id, "onconnection", args);
                return;
            }
        }
    }
}

/// Creates the JS handle for an accepted connection: a `TCPWRAP`/`PIPEWRAP` whose trigger is
/// the server, initialised outside any callback (Node: `executionAsyncId()` is 0 there).
fn new_client<'js>(realm: &Rc<Realm<'js>>, server: AsyncId, family: Family) -> Option<AsyncId> {
    let ctor = realm.stream_ctors.borrow().clone()?;
    let prior = realm.async_ctx.set_default_trigger(server);
    let made: rquickjs::Result<Object<'js>> = match family {
        Family::Tcp => ctor.tcp.construct((CLIENT_SOCKET_TYPE,)),
        Family::Pipe => ctor.pipe.construct((CLIENT_SOCKET_TYPE,)),
    };
    realm.async_ctx.restore_default_trigger(prior);
    match made {
        Ok(obj) => obj
            .get::<_, rquickjs::Function>("getAsyncId")
            .and_then(|f| f.call::<_, f64>((rquickjs::function::This(obj.clone()),)))
            .ok()
            .map(|n| n as AsyncId),
        Err(_) => {
            let err = realm.ctx.catch();
            crate::fatal::handle_uncaught(realm, err);
            None
        }
    }
}

/// The `type` argument Node's `TCP`/`Pipe` constructors take for a connection handle.
pub const CLIENT_SOCKET_TYPE: i32 = 0;

/// The JS constructors of connection handles (registered by `internal/stream_handles`).
#[derive(Clone)]
pub struct StreamCtors<'js> {
    /// `TCP`.
    pub tcp: rquickjs::function::Constructor<'js>,
    /// `Pipe`.
    pub pipe: rquickjs::function::Constructor<'js>,
}
