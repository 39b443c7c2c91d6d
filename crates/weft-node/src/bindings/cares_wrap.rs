//! `internalBinding('cares_wrap')`: name resolution for `dns.lookup` / `dns.lookupService` (Node
//! calls the system resolver, `getaddrinfo`/`getnameinfo`, on the thread pool; so do we). The
//! request object becomes a `GETADDRINFOREQWRAP` / `GETNAMEINFOREQWRAP` resource and its
//! `oncomplete(status, addresses)` runs through the scope guard.

use std::ffi::{CStr, CString};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::rc::Rc;

use rquickjs::{Array, Object, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io::wrap;
use crate::realm::Realm;

/// glibc's `EAI_*` codes as libuv's negative `UV_EAI_*` numbers.
fn uv_eai(code: i32) -> i32 {
    match code {
        -9 => -3000, // EAI_ADDRFAMILY (glibc; not in the libc crate)
        libc::EAI_AGAIN => -3001,
        libc::EAI_BADFLAGS => -3002,
        libc::EAI_FAIL => -3004,
        libc::EAI_FAMILY => -3005,
        libc::EAI_MEMORY => -3006,
        -5 => -3007, // EAI_NODATA (glibc)
        libc::EAI_NONAME => -3008,
        libc::EAI_OVERFLOW => -3009,
        libc::EAI_SERVICE => -3010,
        libc::EAI_SOCKTYPE => -3011,
        libc::EAI_SYSTEM => crate::io::errno::of(&std::io::Error::last_os_error()),
        _ => crate::io::errno::UV_UNKNOWN,
    }
}

/// Resolves `host` with the system resolver (blocking). `family` 0, 4 or 6.
fn getaddrinfo(host: &str, family: i32, hints_flags: i32) -> Result<Vec<IpAddr>, i32> {
    let Ok(c_host) = CString::new(host) else {
        return Err(-3008);
    };
    // SAFETY: zeroed addrinfo is a valid "no hints" value; fields set below.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = hints_flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C string, hints and out pointer; the list is freed below.
    let rc = unsafe { libc::getaddrinfo(c_host.as_ptr(), std::ptr::null(), &hints, &mut res) };
    if rc != 0 {
        return Err(uv_eai(rc));
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: `cur` walks the list getaddrinfo returned; each ai_addr matches ai_family.
        let ai = unsafe { &*cur };
        let ip = unsafe {
            match ai.ai_family {
                libc::AF_INET => {
                    let sa = &*(ai.ai_addr as *const libc::sockaddr_in);
                    Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr))))
                }
                libc::AF_INET6 => {
                    let sa = &*(ai.ai_addr as *const libc::sockaddr_in6);
                    Some(IpAddr::V6(Ipv6Addr::from(sa.sin6_addr.s6_addr)))
                }
                _ => None,
            }
        };
        if let Some(ip) = ip {
            if !out.contains(&ip) {
                out.push(ip);
            }
        }
        cur = ai.ai_next;
    }
    // SAFETY: `res` came from a successful getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// Reverse-resolves `addr` into (hostname, service) (blocking).
fn getnameinfo(addr: SocketAddr) -> Result<(String, String), i32> {
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    let rc = match addr {
        SocketAddr::V4(a) => {
            // SAFETY: a zeroed sockaddr_in with its fields set is valid.
            let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
            sa.sin_family = libc::AF_INET as libc::sa_family_t;
            sa.sin_port = a.port().to_be();
            sa.sin_addr.s_addr = u32::from(*a.ip()).to_be();
            // SAFETY: pointers and lengths describe live buffers.
            unsafe {
                libc::getnameinfo(
                    (&raw const sa).cast(),
                    std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
                    host.as_mut_ptr(),
                    host.len() as libc::socklen_t,
                    serv.as_mut_ptr(),
                    serv.len() as libc::socklen_t,
                    libc::NI_NAMEREQD,
                )
            }
        }
        SocketAddr::V6(a) => {
            // SAFETY: as above.
            let mut sa: libc::sockaddr_in6 = unsafe { std::mem::zeroed() };
            sa.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sa.sin6_port = a.port().to_be();
            sa.sin6_addr.s6_addr = a.ip().octets();
            // SAFETY: as above.
            unsafe {
                libc::getnameinfo(
                    (&raw const sa).cast(),
                    std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
                    host.as_mut_ptr(),
                    host.len() as libc::socklen_t,
                    serv.as_mut_ptr(),
                    serv.len() as libc::socklen_t,
                    libc::NI_NAMEREQD,
                )
            }
        }
    };
    if rc != 0 {
        return Err(uv_eai(rc));
    }
    // SAFETY: getnameinfo NUL-terminates both buffers on success.
    let (h, s) = unsafe {
        (
            CStr::from_ptr(host.as_ptr()).to_string_lossy().into_owned(),
            CStr::from_ptr(serv.as_ptr()).to_string_lossy().into_owned(),
        )
    };
    Ok((h, s))
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    obj.set("AI_ADDRCONFIG", libc::AI_ADDRCONFIG)?;
    obj.set("AI_ALL", libc::AI_ALL)?;
    obj.set("AI_V4MAPPED", libc::AI_V4MAPPED)?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getaddrinfo",
        move |req: Object<'js>, host: String, family: i32, hints: i32| -> i32 {
            let id = wrap::init(&r, &req, "GETADDRINFOREQWRAP", None).async_id;
            wrap::run_request(
                &r,
                id,
                move || getaddrinfo(&host, family, hints),
                move |realm, result| complete_lookup(realm, id, result),
            )
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getnameinfo",
        move |req: Object<'js>, host: String, port: f64| -> i32 {
            let Ok(ip) = host.parse::<IpAddr>() else {
                return -libc::EINVAL;
            };
            let id = wrap::init(&r, &req, "GETNAMEINFOREQWRAP", None).async_id;
            let addr = SocketAddr::new(ip, port as u16);
            wrap::run_request(
                &r,
                id,
                move || getnameinfo(addr),
                move |realm, result| complete_name(realm, id, result),
            )
        },
    )?;

    // The default resolver's channel (`DNSCHANNEL`), created when `dns` internals load.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "initChannel",
        move |channel: Object<'js>| -> f64 {
            wrap::init(&r, &channel, "DNSCHANNEL", None).async_id as f64
        },
    )?;
    Ok(obj)
}

fn complete_lookup(realm: &Rc<Realm<'_>>, id: AsyncId, result: Result<Vec<IpAddr>, i32>) {
    let ctx = realm.ctx.clone();
    let args = match result {
        Ok(list) => {
            let arr = Array::new(ctx.clone());
            let arr = arr.and_then(|a| {
                for (i, ip) in list.iter().enumerate() {
                    a.set(i, ip.to_string())?;
                }
                Ok(a.into_value())
            });
            vec![
                Value::new_int(ctx.clone(), 0),
                arr.unwrap_or_else(|_| Value::new_undefined(ctx.clone())),
            ]
        }
        Err(code) => vec![Value::new_int(ctx.clone(), code)],
    };
    wrap::make_callback(realm, id, "oncomplete", args);
    wrap::destroy(realm, id);
}

fn complete_name(realm: &Rc<Realm<'_>>, id: AsyncId, result: Result<(String, String), i32>) {
    let ctx = realm.ctx.clone();
    let mut args = Vec::new();
    match result {
        Ok((host, service)) => {
            args.push(Value::new_int(ctx.clone(), 0));
            for s in [host, service] {
                if let Ok(v) = rquickjs::String::from_str(ctx.clone(), &s) {
                    args.push(v.into_value());
                }
            }
        }
        Err(code) => args.push(Value::new_int(ctx.clone(), code)),
    }
    wrap::make_callback(realm, id, "oncomplete", args);
    wrap::destroy(realm, id);
}
