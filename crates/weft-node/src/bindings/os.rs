//! `internalBinding('os')`: facts about the machine for `node:os` (Node's `internalBinding('os')`
//! over libuv's `uv_os_*`, `uv_cpu_info`, `uv_interface_addresses`...), read from the same
//! sources libuv reads on Linux (`uname`, `/proc`, `getifaddrs`, `getpwuid_r`).
//!
//! A failing system call fills the `ctx` object passed by JS with `errno`/`code`/`syscall` and
//! returns `undefined`, as Node's bindings do; `js/os.js` turns that into `ERR_SYSTEM_ERROR`.
//! [`uv_err`] names errnos with libuv's table (`crate::io::errno`).

use std::ffi::CStr;
use std::rc::Rc;

use rquickjs::{Array, Object, Value};

use super::def;
use crate::realm::Realm;

/// libuv's name and message for a (positive) errno, as `util.getSystemErrorMap()` lists them.
pub fn uv_err(errno: i32) -> (&'static str, &'static str) {
    crate::io::errno::describe(-errno)
}

/// `os.constants.errno` in Node's order.
const ERRNO_CONSTANTS: &[(&str, i32)] = &[
    ("E2BIG", libc::E2BIG),
    ("EACCES", libc::EACCES),
    ("EADDRINUSE", libc::EADDRINUSE),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
    ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
    ("EAGAIN", libc::EAGAIN),
    ("EALREADY", libc::EALREADY),
    ("EBADF", libc::EBADF),
    ("EBADMSG", libc::EBADMSG),
    ("EBUSY", libc::EBUSY),
    ("ECANCELED", libc::ECANCELED),
    ("ECHILD", libc::ECHILD),
    ("ECONNABORTED", libc::ECONNABORTED),
    ("ECONNREFUSED", libc::ECONNREFUSED),
    ("ECONNRESET", libc::ECONNRESET),
    ("EDEADLK", libc::EDEADLK),
    ("EDESTADDRREQ", libc::EDESTADDRREQ),
    ("EDOM", libc::EDOM),
    ("EDQUOT", libc::EDQUOT),
    ("EEXIST", libc::EEXIST),
    ("EFAULT", libc::EFAULT),
    ("EFBIG", libc::EFBIG),
    ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("EIDRM", libc::EIDRM),
    ("EILSEQ", libc::EILSEQ),
    ("EINPROGRESS", libc::EINPROGRESS),
    ("EINTR", libc::EINTR),
    ("EINVAL", libc::EINVAL),
    ("EIO", libc::EIO),
    ("EISCONN", libc::EISCONN),
    ("EISDIR", libc::EISDIR),
    ("ELOOP", libc::ELOOP),
    ("EMFILE", libc::EMFILE),
    ("EMLINK", libc::EMLINK),
    ("EMSGSIZE", libc::EMSGSIZE),
    ("EMULTIHOP", libc::EMULTIHOP),
    ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ENETDOWN", libc::ENETDOWN),
    ("ENETRESET", libc::ENETRESET),
    ("ENETUNREACH", libc::ENETUNREACH),
    ("ENFILE", libc::ENFILE),
    ("ENOBUFS", libc::ENOBUFS),
    ("ENODATA", libc::ENODATA),
    ("ENODEV", libc::ENODEV),
    ("ENOENT", libc::ENOENT),
    ("ENOEXEC", libc::ENOEXEC),
    ("ENOLCK", libc::ENOLCK),
    ("ENOLINK", libc::ENOLINK),
    ("ENOMEM", libc::ENOMEM),
    ("ENOMSG", libc::ENOMSG),
    ("ENOPROTOOPT", libc::ENOPROTOOPT),
    ("ENOSPC", libc::ENOSPC),
    ("ENOSR", libc::ENOSR),
    ("ENOSTR", libc::ENOSTR),
    ("ENOSYS", libc::ENOSYS),
    ("ENOTCONN", libc::ENOTCONN),
    ("ENOTDIR", libc::ENOTDIR),
    ("ENOTEMPTY", libc::ENOTEMPTY),
    ("ENOTSOCK", libc::ENOTSOCK),
    ("ENOTSUP", libc::ENOTSUP),
    ("ENOTTY", libc::ENOTTY),
    ("ENXIO", libc::ENXIO),
    ("EOPNOTSUPP", libc::EOPNOTSUPP),
    ("EOVERFLOW", libc::EOVERFLOW),
    ("EPERM", libc::EPERM),
    ("EPIPE", libc::EPIPE),
    ("EPROTO", libc::EPROTO),
    ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
    ("EPROTOTYPE", libc::EPROTOTYPE),
    ("ERANGE", libc::ERANGE),
    ("EROFS", libc::EROFS),
    ("ESPIPE", libc::ESPIPE),
    ("ESRCH", libc::ESRCH),
    ("ESTALE", libc::ESTALE),
    ("ETIME", libc::ETIME),
    ("ETIMEDOUT", libc::ETIMEDOUT),
    ("ETXTBSY", libc::ETXTBSY),
    ("EWOULDBLOCK", libc::EWOULDBLOCK),
    ("EXDEV", libc::EXDEV),
];

/// The calling thread's last OS error number.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// Fills Node's binding context object `{ errno, code, syscall }` for a failed call.
fn fill_ctx(ctx: &Object<'_>, errno: i32, syscall: &str) -> rquickjs::Result<()> {
    let (code, _) = uv_err(errno);
    ctx.set("errno", -errno)?;
    ctx.set("code", code)?;
    ctx.set("syscall", syscall)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn c_string(bytes: &[libc::c_char]) -> String {
    // SAFETY: uname and getpwuid_r give NUL-terminated strings inside their buffers.
    unsafe { CStr::from_ptr(bytes.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// `uname(2)`: [sysname, version, release, machine].
fn os_information() -> [String; 4] {
    // SAFETY: uname fills the zeroed struct.
    let u = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        libc::uname(&mut u);
        u
    };
    [
        c_string(&u.sysname),
        c_string(&u.version),
        c_string(&u.release),
        c_string(&u.machine),
    ]
}

/// One `/etc/passwd` entry of `getpwuid_r`.
struct Passwd {
    uid: u32,
    gid: u32,
    name: Vec<u8>,
    dir: Vec<u8>,
    shell: Vec<u8>,
}

fn passwd(uid: libc::uid_t) -> Result<Passwd, i32> {
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: getpwuid_r writes the entry and its strings into `pw` and `buf`.
        let (rc, pw, found) = unsafe {
            let mut pw: libc::passwd = std::mem::zeroed();
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let rc = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result);
            (rc, pw, !result.is_null())
        };
        if rc == libc::ERANGE && buf.len() < (1 << 20) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 {
            return Err(rc);
        }
        if !found {
            return Err(libc::ENOENT);
        }
        let bytes = |p: *const libc::c_char| -> Vec<u8> {
            if p.is_null() {
                Vec::new()
            } else {
                // SAFETY: non-null strings of the entry point into `buf`, still alive here.
                unsafe { CStr::from_ptr(p) }.to_bytes().to_vec()
            }
        };
        return Ok(Passwd {
            uid: pw.pw_uid,
            gid: pw.pw_gid,
            name: bytes(pw.pw_name),
            dir: bytes(pw.pw_dir),
            shell: bytes(pw.pw_shell),
        });
    }
}

/// libuv's `uv_os_homedir`: `$HOME` whenever it is set (even empty), else the passwd entry.
fn home_dir() -> Result<String, i32> {
    match std::env::var_os("HOME") {
        Some(h) => Ok(h.to_string_lossy().into_owned()),
        // SAFETY: geteuid has no preconditions.
        _ => {
            passwd(unsafe { libc::geteuid() }).map(|p| String::from_utf8_lossy(&p.dir).into_owned())
        }
    }
}

/// `/proc/meminfo` field in bytes.
fn meminfo(field: &str) -> f64 {
    read("/proc/meminfo")
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix(field)?.strip_prefix(':')?;
            rest.split_whitespace().next()?.parse::<f64>().ok()
        })
        .map(|kb| kb * 1024.0)
        .unwrap_or(0.0)
}

/// `uv_cpu_info`: per CPU, model, speed in MHz and times in milliseconds.
fn cpu_info() -> Vec<(String, f64, [f64; 5])> {
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let mult = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let models: Vec<String> = read("/proc/cpuinfo")
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == "model name").then(|| v.trim().to_string())
        })
        .collect();
    let mut out = Vec::new();
    for line in read("/proc/stat").lines() {
        let Some(rest) = line.strip_prefix("cpu") else {
            continue;
        };
        // "cpu0 ..." lines; the first line ("cpu  ...") is the total.
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let mut fields = rest.split_whitespace();
        let Some(n) = fields.next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let v: Vec<f64> = fields.map(|f| f.parse().unwrap_or(0.0)).collect();
        let at = |i: usize| v.get(i).copied().unwrap_or(0.0) * mult;
        // user nice system idle iowait irq ...
        let times = [at(0), at(1), at(2), at(3), at(5)];
        let speed = read(&format!(
            "/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq"
        ))
        .trim()
        .parse::<f64>()
        .map(|khz| (khz / 1000.0).floor())
        .unwrap_or(0.0);
        let model = models
            .get(n)
            .or_else(|| models.first())
            .cloned()
            .unwrap_or_else(|| "unknown".to_string());
        out.push((model, speed, times));
    }
    out
}

fn format_mac(mac: &[u8; 6]) -> String {
    mac.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// One address of `uv_interface_addresses`.
struct Iface {
    name: String,
    address: String,
    netmask: String,
    family: &'static str,
    mac: [u8; 6],
    internal: bool,
    scopeid: Option<u32>,
}

fn sockaddr_ip(sa: *const libc::sockaddr) -> Option<(std::net::IpAddr, u32)> {
    if sa.is_null() {
        return None;
    }
    // SAFETY: getifaddrs gives sockaddrs whose family says which struct they are.
    unsafe {
        match (*sa).sa_family as i32 {
            libc::AF_INET => {
                let sin = &*(sa as *const libc::sockaddr_in);
                let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                Some((ip.into(), 0))
            }
            libc::AF_INET6 => {
                let sin6 = &*(sa as *const libc::sockaddr_in6);
                let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
                Some((ip.into(), sin6.sin6_scope_id))
            }
            _ => None,
        }
    }
}

fn interfaces() -> Result<Vec<Iface>, i32> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates the list freed below with freeifaddrs.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(last_errno());
    }
    let up = (libc::IFF_UP | libc::IFF_RUNNING) as u32;
    let mut macs: Vec<(String, [u8; 6])> = Vec::new();
    let mut out = Vec::new();
    // Two passes as libuv does: link-layer (AF_PACKET) entries give each interface's MAC.
    for pass in 0..2 {
        let mut p = head;
        while !p.is_null() {
            // SAFETY: `p` walks the list getifaddrs returned, alive until freeifaddrs.
            let ifa = unsafe { &*p };
            p = ifa.ifa_next;
            if ifa.ifa_flags & up != up || ifa.ifa_addr.is_null() {
                continue;
            }
            // SAFETY: ifa_name is a NUL-terminated string of the entry.
            let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
                .to_string_lossy()
                .into_owned();
            // SAFETY: ifa_addr is non-null (checked above).
            let family = unsafe { (*ifa.ifa_addr).sa_family } as i32;
            if pass == 0 {
                if family == libc::AF_PACKET {
                    // SAFETY: an AF_PACKET address is a sockaddr_ll.
                    let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
                    let mut mac = [0u8; 6];
                    mac.copy_from_slice(&ll.sll_addr[..6]);
                    macs.push((name, mac));
                }
                continue;
            }
            let Some((ip, scope)) = sockaddr_ip(ifa.ifa_addr) else {
                continue;
            };
            let netmask = sockaddr_ip(ifa.ifa_netmask)
                .map(|(m, _)| m.to_string())
                .unwrap_or_else(|| {
                    if ip.is_ipv4() {
                        "0.0.0.0".into()
                    } else {
                        "::".into()
                    }
                });
            let mac = macs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, m)| *m)
                .unwrap_or([0; 6]);
            out.push(Iface {
                name,
                address: ip.to_string(),
                netmask,
                family: if ip.is_ipv4() { "IPv4" } else { "IPv6" },
                mac,
                internal: ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0,
                scopeid: (!ip.is_ipv4()).then_some(scope),
            });
        }
    }
    // SAFETY: the list came from getifaddrs and is not used after this.
    unsafe { libc::freeifaddrs(head) };
    Ok(out)
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    def(ctx, &obj, "getHostname", |ctx: Object<'js>| {
        let mut buf = [0 as libc::c_char; 256];
        // SAFETY: gethostname writes at most buf.len() bytes.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) };
        if rc != 0 {
            fill_ctx(&ctx, last_errno(), "uv_os_gethostname")?;
            return Ok::<_, rquickjs::Error>(None);
        }
        buf[255] = 0;
        Ok(Some(c_string(&buf)))
    })?;
    def(ctx, &obj, "getOSInformation", || os_information().to_vec())?;
    def(
        ctx,
        &obj,
        "getHomeDirectory",
        |ctx: Object<'js>| match home_dir() {
            Ok(h) => Ok::<_, rquickjs::Error>(Some(h)),
            Err(e) => {
                fill_ctx(&ctx, e, "uv_os_homedir")?;
                Ok(None)
            }
        },
    )?;
    def(ctx, &obj, "getUptime", || -> f64 {
        read("/proc/uptime")
            .split_whitespace()
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0.0)
    })?;
    def(ctx, &obj, "getLoadAvg", || -> Vec<f64> {
        let s = read("/proc/loadavg");
        let mut v: Vec<f64> = s
            .split_whitespace()
            .take(3)
            .map(|f| f.parse().unwrap_or(0.0))
            .collect();
        v.resize(3, 0.0);
        v
    })?;
    def(ctx, &obj, "getTotalMem", || meminfo("MemTotal"))?;
    def(ctx, &obj, "getFreeMem", || meminfo("MemAvailable"))?;
    def(ctx, &obj, "getAvailableParallelism", || -> u32 {
        std::thread::available_parallelism()
            .map(|n| n.get() as u32)
            .unwrap_or(1)
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getCPUs",
        move || -> rquickjs::Result<Vec<Object<'js>>> {
            cpu_info()
                .into_iter()
                .map(|(model, speed, t)| {
                    let o = Object::new(r.ctx.clone())?;
                    o.set("model", model)?;
                    o.set("speed", speed)?;
                    let times = Object::new(r.ctx.clone())?;
                    for (k, v) in ["user", "nice", "sys", "idle", "irq"].iter().zip(t) {
                        times.set(*k, v)?;
                    }
                    o.set("times", times)?;
                    Ok(o)
                })
                .collect()
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getInterfaceAddresses",
        move |ctx: Object<'js>| -> rquickjs::Result<Option<Array<'js>>> {
            let list = match interfaces() {
                Ok(l) => l,
                Err(e) => {
                    fill_ctx(&ctx, e, "uv_interface_addresses")?;
                    return Ok(None);
                }
            };
            // Flat rows of [name, address, netmask, family, mac, internal, scopeid], as Node's
            // binding returns them.
            let arr = Array::new(r.ctx.clone())?;
            let mut i = 0;
            for a in list {
                let scope = match a.scopeid {
                    Some(s) => Value::new_number(r.ctx.clone(), s as f64),
                    None => Value::new_number(r.ctx.clone(), -1.0),
                };
                let row: [Value<'js>; 7] = [
                    rquickjs::String::from_str(r.ctx.clone(), &a.name)?.into_value(),
                    rquickjs::String::from_str(r.ctx.clone(), &a.address)?.into_value(),
                    rquickjs::String::from_str(r.ctx.clone(), &a.netmask)?.into_value(),
                    rquickjs::String::from_str(r.ctx.clone(), a.family)?.into_value(),
                    rquickjs::String::from_str(r.ctx.clone(), &format_mac(&a.mac))?.into_value(),
                    Value::new_bool(r.ctx.clone(), a.internal),
                    scope,
                ];
                for v in row {
                    arr.set(i, v)?;
                    i += 1;
                }
            }
            Ok(Some(arr))
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getUserInfo",
        move |ctx: Object<'js>| -> rquickjs::Result<Option<Object<'js>>> {
            // SAFETY: geteuid has no preconditions.
            let uid = unsafe { libc::geteuid() };
            match passwd(uid) {
                Ok(p) => {
                    let o = Object::new(r.ctx.clone())?;
                    o.set("uid", p.uid)?;
                    o.set("gid", p.gid)?;
                    // Raw bytes: JS decodes them (utf8) or wraps them in Buffers.
                    for (k, v) in [("username", p.name), ("homedir", p.dir), ("shell", p.shell)] {
                        o.set(k, rquickjs::TypedArray::<u8>::new(r.ctx.clone(), v)?)?;
                    }
                    Ok(Some(o))
                }
                Err(e) => {
                    fill_ctx(&ctx, e, "uv_os_get_passwd")?;
                    Ok(None)
                }
            }
        },
    )?;
    def(
        ctx,
        &obj,
        "getPriority",
        |pid: i32, ctx: Object<'js>| -> rquickjs::Result<Option<i32>> {
            // getpriority may legitimately return -1: clear errno first, as libuv does.
            // SAFETY: errno is thread-local; getpriority has no memory preconditions.
            let prio = unsafe {
                *libc::__errno_location() = 0;
                libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t)
            };
            let errno = last_errno();
            if prio == -1 && errno != 0 {
                fill_ctx(&ctx, errno, "uv_os_getpriority")?;
                return Ok(None);
            }
            Ok(Some(prio))
        },
    )?;
    def(
        ctx,
        &obj,
        "setPriority",
        |pid: i32, prio: i32, ctx: Object<'js>| -> rquickjs::Result<i32> {
            // SAFETY: setpriority has no memory preconditions.
            let rc = unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, prio) };
            if rc != 0 {
                let errno = last_errno();
                fill_ctx(&ctx, errno, "uv_os_setpriority")?;
                return Ok(-errno);
            }
            Ok(0)
        },
    )?;
    let errno = Object::new(ctx.clone())?;
    for (name, value) in ERRNO_CONSTANTS {
        errno.set(*name, *value)?;
    }
    obj.set("errnoConstants", errno)?;
    // errno -> [name, message] (libuv's table), for JS error builders.
    def(ctx, &obj, "errname", |errno: i32| -> Vec<&'static str> {
        let (n, m) = uv_err(errno.abs());
        vec![n, m]
    })?;
    Ok(obj)
}
