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
    def(ctx, &obj, "cwd", move || -> rquickjs::Result<String> {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().to_string())
            .map_err(|e| {
                rquickjs::Exception::throw_message(&r.ctx, &format!("process.cwd failed: {e}"))
            })
    })?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "chdir",
        move |dir: String| -> rquickjs::Result<()> {
            std::env::set_current_dir(&dir).map_err(|e| {
                let err = super::fs::uv_error(&r, &e, "chdir", Some(&dir), None);
                r.ctx.throw(err)
            })
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
    Ok(obj)
}
