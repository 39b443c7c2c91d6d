//! `internalBinding('process_methods')`: the native half of the `process` object
//! (argv/env/pid, exit, cwd, hrtime, memory and CPU usage, gc under --expose-gc).

use std::rc::Rc;

use rquickjs::{BigInt, Object, Value};

use super::def;
use crate::realm::Realm;
use crate::{fatal, options::Entry, NODE_VERSION, WEFT_VERSION};

fn rusage() -> libc::rusage {
    // SAFETY: getrusage fills the zeroed struct for the calling process.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    }
}

fn micros(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 * 1e6 + tv.tv_usec as f64
}

fn rss_bytes() -> f64 {
    // /proc/self/statm: size resident ... in pages.
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
    pages * page
}

fn abort() {
    std::process::abort()
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let opts = &realm.options;

    obj.set("nodeVersion", format!("v{NODE_VERSION}"))?;
    let versions = Object::new(ctx.clone())?;
    versions.set("node", NODE_VERSION)?;
    versions.set("weft", WEFT_VERSION)?;
    versions.set("quickjs", "0.16.2")?;
    obj.set("versions", versions)?;
    obj.set(
        "arch",
        match std::env::consts::ARCH {
            "x86_64" => "x64",
            "aarch64" => "arm64",
            a => a,
        },
    )?;
    obj.set("platform", std::env::consts::OS)?;

    let exec_path = opts.exec_path.to_string_lossy().to_string();
    obj.set("execPath", exec_path.clone())?;
    let mut argv = vec![exec_path];
    if let Entry::File(script) = &opts.entry {
        let cwd = std::env::current_dir().unwrap_or_else(|_| "/".into());
        argv.push(cwd.join(script).to_string_lossy().to_string());
    }
    argv.extend(opts.args.iter().cloned());
    obj.set("argv", argv)?;
    obj.set("execArgv", opts.exec_argv.clone())?;

    let env = Object::new(ctx.clone())?;
    for (k, v) in std::env::vars_os() {
        env.set(
            k.to_string_lossy().to_string(),
            v.to_string_lossy().to_string(),
        )?;
    }
    obj.set("env", env)?;
    obj.set("pid", std::process::id())?;
    // SAFETY: getppid has no preconditions.
    obj.set("ppid", unsafe { libc::getppid() })?;
    obj.set("exposeGc", opts.expose_gc)?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "reallyExit",
        move |code: i32| -> rquickjs::Result<()> { r.really_exit(code) },
    )?;
    def(ctx, &obj, "abort", abort)?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "fatalFromExitListener",
        move |err: Value<'js>| -> rquickjs::Result<()> {
            let text = fatal::format_fatal(&r, &err);
            crate::stdio::write_stderr(&text);
            r.really_exit(7)
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "uptime", move || {
        r.started.elapsed().as_secs_f64()
    })?;
    let r = realm.clone();
    def(ctx, &obj, "hrtimeNs", move || {
        r.event_loop.hrtime_ns() as f64
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "hrtimeBigInt",
        move || -> rquickjs::Result<BigInt<'js>> {
            BigInt::from_u64(r.ctx.clone(), r.event_loop.hrtime_ns())
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "memoryUsage",
        move || -> rquickjs::Result<Object<'js>> {
            let o = Object::new(r.ctx.clone())?;
            // SAFETY: reading the runtime's memory statistics of a live context.
            let usage = unsafe {
                let mut m = std::mem::zeroed::<rquickjs::qjs::JSMemoryUsage>();
                rquickjs::qjs::JS_ComputeMemoryUsage(
                    rquickjs::qjs::JS_GetRuntime(r.ctx.as_raw().as_ptr()),
                    &mut m,
                );
                m
            };
            o.set("rss", rss_bytes())?;
            o.set("heapTotal", usage.malloc_size as f64)?;
            o.set("heapUsed", usage.memory_used_size as f64)?;
            o.set("external", 0)?;
            o.set("arrayBuffers", 0)?;
            Ok(o)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "cpuUsage",
        move || -> rquickjs::Result<Object<'js>> {
            let u = rusage();
            let o = Object::new(r.ctx.clone())?;
            o.set("user", micros(u.ru_utime))?;
            o.set("system", micros(u.ru_stime))?;
            Ok(o)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "threadCpuUsage",
        move || -> rquickjs::Result<Object<'js>> {
            // SAFETY: getrusage fills the zeroed struct for the calling thread.
            let u = unsafe {
                let mut usage: libc::rusage = std::mem::zeroed();
                libc::getrusage(libc::RUSAGE_THREAD, &mut usage);
                usage
            };
            let o = Object::new(r.ctx.clone())?;
            o.set("user", micros(u.ru_utime))?;
            o.set("system", micros(u.ru_stime))?;
            Ok(o)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "resourceUsage",
        move || -> rquickjs::Result<Object<'js>> {
            let u = rusage();
            let o = Object::new(r.ctx.clone())?;
            o.set("userCPUTime", micros(u.ru_utime))?;
            o.set("systemCPUTime", micros(u.ru_stime))?;
            o.set("maxRSS", u.ru_maxrss as f64)?;
            o.set("sharedMemorySize", u.ru_ixrss as f64)?;
            o.set("unsharedDataSize", u.ru_idrss as f64)?;
            o.set("unsharedStackSize", u.ru_isrss as f64)?;
            o.set("minorPageFault", u.ru_minflt as f64)?;
            o.set("majorPageFault", u.ru_majflt as f64)?;
            o.set("swappedOut", u.ru_nswap as f64)?;
            o.set("fsRead", u.ru_inblock as f64)?;
            o.set("fsWrite", u.ru_oublock as f64)?;
            o.set("ipcSent", u.ru_msgsnd as f64)?;
            o.set("ipcReceived", u.ru_msgrcv as f64)?;
            o.set("signalsCount", u.ru_nsignals as f64)?;
            o.set("voluntaryContextSwitches", u.ru_nvcsw as f64)?;
            o.set("involuntaryContextSwitches", u.ru_nivcsw as f64)?;
            Ok(o)
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "gc", move || r.ctx.run_gc())?;
    add_process_natives(realm, &obj)?;
    Ok(obj)
}

/// `process.argv0`: the program name exactly as the shell passed it.
fn argv0() -> String {
    std::env::args_os()
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "weft".into())
}

/// The memory limit of the process's cgroup (v2, then v1), as libuv reads it.
fn cgroup_memory_limit() -> Option<f64> {
    let cgroup = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let mut candidates = Vec::new();
    for line in cgroup.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, ctrl, path) = (parts.next(), parts.next()?, parts.next()?);
        if ctrl.is_empty() {
            candidates.push(format!("/sys/fs/cgroup{path}/memory.max"));
        } else if ctrl.split(',').any(|c| c == "memory") {
            candidates.push(format!("/sys/fs/cgroup/memory{path}/memory.limit_in_bytes"));
            candidates.push("/sys/fs/cgroup/memory/memory.limit_in_bytes".to_string());
        }
    }
    candidates.push("/sys/fs/cgroup/memory.max".to_string());
    for path in candidates {
        if let Ok(text) = std::fs::read_to_string(&path) {
            let t = text.trim();
            if t == "max" {
                return None;
            }
            if let Ok(v) = t.parse::<u64>() {
                // cgroup v1 spells "no limit" as a huge page-aligned number.
                return (v < 0x7FFF_FFFF_FFFF_F000).then_some(v as f64);
            }
        }
    }
    None
}

/// Node's errno exception for process-level calls: `Error('<syscall> <CODE>')` with
/// `errno`, `code`, `syscall` (Node's `ErrnoException`).
fn errno_exception<'js>(realm: &Rc<Realm<'js>>, errno: i32, syscall: &str) -> rquickjs::Error {
    let (code, _) = super::os::uv_err(errno);
    let make = || -> rquickjs::Result<Value<'js>> {
        let e = super::new_error(&realm.ctx, "Error", &format!("{syscall} {code}"))?;
        e.set("errno", -errno)?;
        e.set("code", code)?;
        e.set("syscall", syscall)?;
        Ok(e.into_value())
    };
    match make() {
        Ok(v) => realm.ctx.throw(v),
        Err(e) => e,
    }
}

/// The user name of `uid` (`getpwuid_r`).
fn user_name(uid: libc::uid_t) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16384];
    // SAFETY: getpwuid_r writes the entry and its strings into the local struct and `buf`.
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut res: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut res);
        if rc != 0 || res.is_null() || pw.pw_name.is_null() {
            return None;
        }
        Some(
            std::ffi::CStr::from_ptr(pw.pw_name)
                .to_string_lossy()
                .into_owned(),
        )
    }
}

/// A user (`getpwnam_r`) or group (`getgrnam_r`) id by name, -1 when there is none.
fn lookup_id(name: &str, user: bool) -> f64 {
    let Ok(cname) = std::ffi::CString::new(name) else {
        return -1.0;
    };
    let mut buf = vec![0 as libc::c_char; 16384];
    // SAFETY: the _r lookups write the entry and its strings into the local struct and `buf`.
    unsafe {
        if user {
            let mut pw: libc::passwd = std::mem::zeroed();
            let mut res: *mut libc::passwd = std::ptr::null_mut();
            let rc = libc::getpwnam_r(
                cname.as_ptr(),
                &mut pw,
                buf.as_mut_ptr(),
                buf.len(),
                &mut res,
            );
            if rc == 0 && !res.is_null() {
                return pw.pw_uid as f64;
            }
        } else {
            let mut gr: libc::group = std::mem::zeroed();
            let mut res: *mut libc::group = std::ptr::null_mut();
            let rc = libc::getgrnam_r(
                cname.as_ptr(),
                &mut gr,
                buf.as_mut_ptr(),
                buf.len(),
                &mut res,
            );
            if rc == 0 && !res.is_null() {
                return gr.gr_gid as f64;
            }
        }
    }
    -1.0
}

fn add_process_natives<'js>(realm: &Rc<Realm<'js>>, obj: &Object<'js>) -> rquickjs::Result<()> {
    let ctx = &realm.ctx;
    obj.set("argv0", argv0())?;

    // kill(pid, signal) -> 0 or a negative errno (JS throws Node's ErrnoException).
    def(ctx, obj, "kill", |pid: i32, sig: i32| -> i32 {
        // SAFETY: kill has no memory preconditions.
        if unsafe { libc::kill(pid, sig) } == 0 {
            0
        } else {
            -super::os::last_errno()
        }
    })?;
    // umask(mask?) -> the old mask; undefined only reads it.
    def(
        ctx,
        obj,
        "umask",
        |mask: rquickjs::function::Opt<u32>| -> u32 {
            // SAFETY: umask has no preconditions; reading it means setting it back.
            unsafe {
                match mask.0 {
                    Some(m) => libc::umask(m as libc::mode_t) as u32,
                    None => {
                        let old = libc::umask(0);
                        libc::umask(old);
                        old as u32
                    }
                }
            }
        },
    )?;
    // SAFETY (the four below): the get*id calls have no preconditions.
    def(ctx, obj, "getuid", || unsafe { libc::getuid() })?;
    def(ctx, obj, "geteuid", || unsafe { libc::geteuid() })?;
    def(ctx, obj, "getgid", || unsafe { libc::getgid() })?;
    def(ctx, obj, "getegid", || unsafe { libc::getegid() })?;
    def(ctx, obj, "getgroups", || -> Vec<u32> {
        // SAFETY: the first call asks for the count, the second fills a buffer that large.
        unsafe {
            let n = libc::getgroups(0, std::ptr::null_mut()).max(0);
            let mut groups = vec![0 as libc::gid_t; n as usize];
            if n > 0 {
                let n = libc::getgroups(n, groups.as_mut_ptr());
                groups.truncate(n.max(0) as usize);
            }
            // Node appends the effective gid when the list lacks it.
            let egid = libc::getegid();
            if !groups.contains(&egid) {
                groups.push(egid);
            }
            groups
        }
    })?;
    // The real environment follows process.env, so child processes inherit it.
    def(ctx, obj, "setenv", |key: String, value: String| {
        if !key.is_empty() && !key.contains(['=', '\0']) && !value.contains('\0') {
            std::env::set_var(key, value);
        }
    })?;
    def(ctx, obj, "unsetenv", |key: String| {
        if !key.is_empty() && !key.contains(['=', '\0']) {
            std::env::remove_var(key);
        }
    })?;
    def(ctx, obj, "constrainedMemory", || -> f64 {
        cgroup_memory_limit().unwrap_or(18_446_744_073_709_551_616.0)
    })?;
    def(ctx, obj, "availableMemory", || -> f64 {
        let free = std::fs::read_to_string("/proc/meminfo")
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                let rest = l.strip_prefix("MemAvailable:")?;
                rest.split_whitespace().next()?.parse::<f64>().ok()
            })
            .map(|kb| kb * 1024.0)
            .unwrap_or(0.0);
        match cgroup_memory_limit() {
            Some(limit) => free.min((limit - rss_bytes()).max(0.0)),
            None => free,
        }
    })?;
    let r = realm.clone();
    def(ctx, obj, "cwd", move || -> rquickjs::Result<String> {
        match std::env::current_dir() {
            Ok(p) => Ok(p.to_string_lossy().into_owned()),
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(libc::ENOENT);
                let (code, desc) = super::os::uv_err(errno);
                let msg = format!(
                    "{code}: process.cwd failed with error {desc}, the current working directory \
                     was likely removed without changing the working directory, uv_cwd"
                );
                let err = super::new_error(&r.ctx, "Error", &msg)?;
                err.set("errno", -errno)?;
                err.set("code", code)?;
                err.set("syscall", "uv_cwd")?;
                Err(r.ctx.throw(err.into_value()))
            }
        }
    })?;
    let r = realm.clone();
    def(
        ctx,
        obj,
        "chdir",
        move |dir: String| -> rquickjs::Result<()> {
            let from = std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            std::env::set_current_dir(&dir).map_err(|e| {
                let err = super::fs::uv_error(&r, &e, "chdir", Some(&from), Some(&dir));
                r.ctx.throw(err)
            })
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        obj,
        "errnoException",
        move |errno: i32, syscall: String| -> rquickjs::Result<()> {
            Err(errno_exception(&r, errno.abs(), &syscall))
        },
    )?;
    // Credentials (root-only calls): name lookups return -1 when unknown; the setters return 0
    // or the errno, thrown by `credentialError` as Node's ErrnoException.
    def(ctx, obj, "uidByName", |name: String| -> f64 {
        lookup_id(&name, true)
    })?;
    def(ctx, obj, "gidByName", |name: String| -> f64 {
        lookup_id(&name, false)
    })?;
    def(ctx, obj, "setId", |kind: String, id: u32| -> i32 {
        // SAFETY: the set*id calls have no memory preconditions.
        let rc = unsafe {
            match kind.as_str() {
                "setuid" => libc::setuid(id),
                "seteuid" => libc::seteuid(id),
                "setgid" => libc::setgid(id),
                _ => libc::setegid(id),
            }
        };
        if rc == 0 {
            0
        } else {
            super::os::last_errno()
        }
    })?;
    def(ctx, obj, "setgroups", |groups: Vec<u32>| -> i32 {
        // SAFETY: the pointer and length describe `groups`.
        if unsafe { libc::setgroups(groups.len(), groups.as_ptr()) } == 0 {
            0
        } else {
            super::os::last_errno()
        }
    })?;
    def(
        ctx,
        obj,
        "initgroups",
        |user: Value<'js>, gid: u32| -> i32 {
            // A numeric user is looked up by id; an unknown user changes nothing (as in Node).
            let user = match user.as_number() {
                Some(uid) => match user_name(uid as libc::uid_t) {
                    Some(n) => n,
                    None => return 0,
                },
                None => user
                    .as_string()
                    .and_then(|s| s.to_string().ok())
                    .unwrap_or_default(),
            };
            if lookup_id(&user, true) < 0.0 {
                return 0;
            }
            let Ok(name) = std::ffi::CString::new(user) else {
                return 0;
            };
            // SAFETY: `name` is a NUL-terminated string alive for the call.
            if unsafe { libc::initgroups(name.as_ptr(), gid) } == 0 {
                0
            } else {
                super::os::last_errno()
            }
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        obj,
        "credentialError",
        move |errno: i32, syscall: String| -> rquickjs::Result<()> {
            let (code, _) = super::os::uv_err(errno);
            // SAFETY: strerror returns a static, NUL-terminated message.
            let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
                .to_string_lossy()
                .into_owned();
            let e = super::new_error(&r.ctx, "Error", &format!("{code}, {text}"))?;
            e.set("errno", errno)?;
            e.set("code", code)?;
            e.set("syscall", syscall)?;
            Err(r.ctx.throw(e.into_value()))
        },
    )?;
    // execve(path, args, env "K=V" strings): replaces the process; returns only on failure,
    // throwing Node's `ENOENT, No such file or directory '<path>'` errno exception.
    let r = realm.clone();
    def(
        ctx,
        obj,
        "execve",
        move |path: String, args: Vec<String>, env: Vec<String>| -> rquickjs::Result<()> {
            use std::ffi::CString;
            let to_c = |v: &[String]| -> Vec<CString> {
                v.iter()
                    .filter_map(|s| CString::new(s.as_str()).ok())
                    .collect()
            };
            let cpath = CString::new(path.as_str()).unwrap_or_default();
            let cargs = to_c(&args);
            let cenv = to_c(&env);
            let mut argv: Vec<*const libc::c_char> = cargs.iter().map(|c| c.as_ptr()).collect();
            argv.push(std::ptr::null());
            let mut envp: Vec<*const libc::c_char> = cenv.iter().map(|c| c.as_ptr()).collect();
            envp.push(std::ptr::null());
            // SAFETY: NUL-terminated strings and null-terminated arrays alive for the call.
            unsafe { libc::execve(cpath.as_ptr(), argv.as_ptr(), envp.as_ptr()) };
            let errno = super::os::last_errno();
            let (code, _) = super::os::uv_err(errno);
            // SAFETY: strerror returns a static, NUL-terminated message.
            let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
                .to_string_lossy()
                .into_owned();
            let e = super::new_error(&r.ctx, "Error", &format!("{code}, {text} '{path}'"))?;
            e.set("errno", errno)?;
            e.set("code", code)?;
            e.set("path", path)?;
            e.set("syscall", "execve")?;
            Err(r.ctx.throw(e.into_value()))
        },
    )?;
    // The timers and immediates process.getActiveResourcesInfo() reports (JS keeps the refed
    // ones). I/O handles and requests are listed by `activeHandlesInfo` below.
    let r = realm.clone();
    def(ctx, obj, "activeTimers", move || -> Vec<Object<'js>> {
        r.timers.borrow().values().map(|t| t.obj.clone()).collect()
    })?;
    let r = realm.clone();
    def(ctx, obj, "activeImmediates", move || -> Vec<Object<'js>> {
        r.immediates
            .borrow()
            .values()
            .map(|i| i.obj.clone())
            .collect()
    })?;
    // Extension point for native I/O: the type names of live requests and handles (Node's
    // `_getActiveRequestsInfo`/`_getActiveHandlesInfo`: 'FSReqCallback', 'TCPSocketWrap',
    // 'TTYWrap'...). Native handle code adds its names here; JS-side sources can also register
    // with `internal/process/object`'s `addActiveResourceSource`.
    def(ctx, obj, "activeRequestsInfo", Vec::<String>::new)?;
    def(ctx, obj, "activeHandlesInfo", Vec::<String>::new)?;
    Ok(())
}
