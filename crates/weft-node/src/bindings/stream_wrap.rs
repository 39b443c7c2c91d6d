//! `internalBinding('stream_wrap')`: TCP and pipe handles for `net` (Node's `tcp_wrap`,
//! `pipe_wrap` and `stream_wrap` bindings in one), plus `initWrap`/`destroyWrap` for the JS
//! request objects of other native operations. Handles and requests are addressed by async id;
//! the classes around them live in `js/internal/stream_handles.js`.

use std::net::{IpAddr, SocketAddr};
use std::rc::Rc;

use rquickjs::function::{Constructor, Opt};
use rquickjs::{Array, Function, Object, TypedArray, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io::errno;
use crate::io::stream::{self, Conn, Family, Listener, StreamCtors};
use crate::io::wrap;
use crate::realm::Realm;

fn status_of(r: std::io::Result<()>) -> i32 {
    r.map_or_else(|e| errno::of(&e), |()| 0)
}

fn parse_ip(addr: &str) -> Option<IpAddr> {
    addr.parse().ok()
}

/// Fills `out` with `{ address, family, port }` as Node's `getsockname`/`getpeername` do.
fn fill_addr(out: &Object<'_>, addr: SocketAddr) -> rquickjs::Result<()> {
    // A dual-stack socket reports v4 peers as ::ffff:a.b.c.d, as libuv does: kept as is.
    let ip = addr.ip();
    out.set("address", ip.to_string())?;
    out.set("family", if ip.is_ipv4() { "IPv4" } else { "IPv6" })?;
    out.set("port", addr.port())?;
    Ok(())
}

fn bytes_of<'js>(v: &Value<'js>) -> rquickjs::Result<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return Ok(s.to_string()?.into_bytes());
    }
    let arr = TypedArray::<u8>::from_value(v.clone())?;
    Ok(super::typed_bytes(&arr))
}

fn finish_write<'js>(req: &Object<'js>, outcome: &stream::WriteOutcome) -> rquickjs::Result<i32> {
    req.set("bytes", outcome.bytes as f64)?;
    req.set("async", outcome.queued)?;
    Ok(outcome.status)
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "setup",
        move |tcp: Constructor<'js>, pipe: Constructor<'js>| {
            *r.stream_ctors.borrow_mut() = Some(StreamCtors { tcp, pipe });
        },
    )?;

    // Generic native-owned resources (requests of fs, dns, crypto, ...).
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "initWrap",
        move |o: Object<'js>, provider: String, trigger: Opt<f64>| -> f64 {
            wrap::init(&r, &o, &provider, trigger.0.map(|t| t as AsyncId)).async_id as f64
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "destroyWrap", move |id: f64| {
        wrap::destroy(&r, id as AsyncId);
    })?;

    // ---- handles ----
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "newHandle",
        move |o: Object<'js>, provider: String| -> f64 {
            let family = if provider.starts_with("PIPE") {
                Family::Pipe
            } else {
                Family::Tcp
            };
            let id = wrap::init(&r, &o, &provider, None).async_id;
            stream::create(&r, id, family);
            id as f64
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "close",
        move |id: f64, cb: Option<Function<'js>>| {
            stream::close(&r, id as AsyncId, cb);
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "ref", move |id: f64| {
        stream::set_ref(&r, id as AsyncId, true)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "unref", move |id: f64| {
        stream::set_ref(&r, id as AsyncId, false)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "hasRef", move |id: f64| {
        stream::has_ref(&r, id as AsyncId)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "consume", move |id: f64, on: bool| {
        r.streams.with(id as AsyncId, |h| h.consumed = on);
    })?;
    let r = realm.clone();
    def(ctx, &obj, "readStart", move |id: f64| {
        stream::read_start(&r, id as AsyncId)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "readStop", move |id: f64| {
        stream::read_stop(&r, id as AsyncId)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "writeQueueSize", move |id: f64| {
        stream::write_queue_size(&r, id as AsyncId) as f64
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "write",
        move |id: f64, req: Object<'js>, data: Value<'js>| -> rquickjs::Result<i32> {
            let bytes = bytes_of(&data)?;
            let outcome = stream::write(&r, id as AsyncId, &req, bytes);
            finish_write(&req, &outcome)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "writev",
        move |id: f64, req: Object<'js>, chunks: Array<'js>| -> rquickjs::Result<i32> {
            let mut bytes = Vec::new();
            for c in chunks.iter::<Value<'js>>() {
                bytes.extend(bytes_of(&c?)?);
            }
            let outcome = stream::write(&r, id as AsyncId, &req, bytes);
            finish_write(&req, &outcome)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "shutdown",
        move |id: f64, req: Object<'js>| -> i32 {
            let id = id as AsyncId;
            let req_id = wrap::init(&r, &req, "SHUTDOWNWRAP", Some(id)).async_id;
            let status = stream::shutdown(&r, id, req_id);
            if status != 0 {
                wrap::destroy(&r, req_id);
            }
            status
        },
    )?;

    // ---- TCP ----
    // `bind` creates the server socket (bound and listening, as std does it); `listen` starts
    // accepting. Node reports errors of either step with syscall 'listen'.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "bind",
        move |id: f64, addr: String, port: f64| -> i32 {
            let Some(ip) = parse_ip(&addr) else {
                return -libc::EINVAL;
            };
            let bound = std::net::TcpListener::bind(SocketAddr::new(ip, port as u16))
                .and_then(|l| l.set_nonblocking(true).map(|()| l));
            match bound {
                Ok(l) => {
                    let l = mio::net::TcpListener::from_std(l);
                    stream::set_listener(&r, id as AsyncId, Listener::Tcp(l));
                    0
                }
                // libuv delays EADDRINUSE to listen(), so the error names the bound address.
                Err(e) if e.raw_os_error() == Some(libc::EADDRINUSE) => {
                    r.streams
                        .with(id as AsyncId, |h| h.delayed_error = Some(-libc::EADDRINUSE));
                    0
                }
                Err(e) => errno::of(&e),
            }
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "listen", move |id: f64, _backlog: f64| -> i32 {
        status_of(stream::listen(&r, id as AsyncId))
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "connect",
        move |id: f64, req: Object<'js>, addr: String, port: f64| -> i32 {
            let id = id as AsyncId;
            let Some(ip) = parse_ip(&addr) else {
                return -libc::EINVAL;
            };
            let req_id = wrap::init(&r, &req, "TCPCONNECTWRAP", Some(id)).async_id;
            let status = match mio::net::TcpStream::connect(SocketAddr::new(ip, port as u16)) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    status_of(stream::start_connect(&r, id, Conn::Tcp(s), req_id))
                }
                Err(e) => errno::of(&e),
            };
            if status != 0 {
                fail_connect_later(&r, id, req_id, status);
            }
            0
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getsockname",
        move |id: f64, out: Object<'js>| -> rquickjs::Result<i32> {
            let addr = r
                .streams
                .with(id as AsyncId, |h| match (&h.listener, &h.conn) {
                    (Some(Listener::Tcp(l)), _) => l.local_addr().ok(),
                    (None, Some(Conn::Tcp(s))) => s.local_addr().ok(),
                    _ => None,
                });
            match addr.flatten() {
                Some(a) => fill_addr(&out, a).map(|()| 0),
                None => Ok(-libc::EBADF),
            }
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getpeername",
        move |id: f64, out: Object<'js>| -> rquickjs::Result<i32> {
            let addr = r.streams.with(id as AsyncId, |h| match &h.conn {
                Some(Conn::Tcp(s)) => s.peer_addr().ok(),
                _ => None,
            });
            match addr.flatten() {
                Some(a) => fill_addr(&out, a).map(|()| 0),
                None => Ok(-libc::ENOTCONN),
            }
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "setNoDelay", move |id: f64, on: bool| -> i32 {
        r.streams
            .with(id as AsyncId, |h| match &h.conn {
                Some(Conn::Tcp(s)) => status_of(s.set_nodelay(on)),
                _ => 0,
            })
            .unwrap_or(-libc::EBADF)
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "setKeepAlive",
        move |id: f64, on: bool, delay_secs: f64| -> i32 {
            r.streams
                .with(id as AsyncId, |h| match &h.conn {
                    Some(Conn::Tcp(s)) => set_keepalive(s, on, delay_secs as u32),
                    _ => 0,
                })
                .unwrap_or(-libc::EBADF)
        },
    )?;

    // ---- pipes (Unix-domain sockets) ----
    let r = realm.clone();
    def(ctx, &obj, "bindPipe", move |id: f64, path: String| -> i32 {
        match mio::net::UnixListener::bind(&path) {
            Ok(l) => {
                r.streams
                    .with(id as AsyncId, |h| h.bind_path = Some(path.into()));
                stream::set_listener(&r, id as AsyncId, Listener::Unix(l));
                0
            }
            Err(e) => errno::of(&e),
        }
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "connectPipe",
        move |id: f64, req: Object<'js>, path: String| -> i32 {
            let id = id as AsyncId;
            let req_id = wrap::init(&r, &req, "PIPECONNECTWRAP", Some(id)).async_id;
            let status = match mio::net::UnixStream::connect(&path) {
                Ok(s) => status_of(stream::start_connect(&r, id, Conn::Unix(s), req_id)),
                Err(e) => errno::of(&e),
            };
            if status != 0 {
                fail_connect_later(&r, id, req_id, status);
            }
            0
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "openFd", move |id: f64, fd: i32| -> i32 {
        open_fd(&r, id as AsyncId, fd)
    })?;

    Ok(obj)
}

/// libuv reports a connect that failed at once (e.g. `ECONNREFUSED` on loopback) through the
/// request in a later loop iteration, never synchronously.
fn fail_connect_later(realm: &Rc<Realm<'_>>, handle: AsyncId, req: AsyncId, status: i32) {
    realm.io.defer(
        realm,
        Box::new(move |realm| {
            let undefined = Value::new_undefined(realm.ctx.clone());
            let h = realm
                .wraps
                .object(handle)
                .map_or(undefined.clone(), Object::into_value);
            let q = realm
                .wraps
                .object(req)
                .map_or(undefined, Object::into_value);
            let no = Value::new_bool(realm.ctx.clone(), false);
            stream::complete_req(realm, req, status, vec![h, q, no.clone(), no]);
        }),
    );
}

fn set_keepalive(s: &mio::net::TcpStream, on: bool, delay_secs: u32) -> i32 {
    use std::os::fd::AsRawFd;
    let fd = s.as_raw_fd();
    let set = |level: i32, name: i32, value: i32| -> i32 {
        // SAFETY: setsockopt on a socket fd we own, with a pointer to a live i32.
        let rc = unsafe {
            libc::setsockopt(
                fd,
                level,
                name,
                (&raw const value).cast(),
                std::mem::size_of::<i32>() as libc::socklen_t,
            )
        };
        if rc == 0 {
            0
        } else {
            errno::of(&std::io::Error::last_os_error())
        }
    };
    let st = set(libc::SOL_SOCKET, libc::SO_KEEPALIVE, i32::from(on));
    if st != 0 || !on || delay_secs == 0 {
        return st;
    }
    set(libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, delay_secs as i32)
}

/// Adopts an open fd (a pipe end) as handle `id`'s connection, switched to non-blocking.
fn open_fd(realm: &Rc<Realm<'_>>, id: AsyncId, fd: i32) -> i32 {
    use std::os::fd::FromRawFd;
    // SAFETY: fcntl on an fd the caller hands over to this handle.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return errno::of(&std::io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return errno::of(&std::io::Error::last_os_error());
    }
    // SAFETY: ownership of `fd` passes to the handle, which closes it on close.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    stream::attach(realm, id, Conn::Fd(file));
    0
}
