//! Guards for weft's QuickJS-ng patches (`crates/weft-quickjs-sys/patches`):
//! one test per patched behaviour, each failing on the stock engine. Promise
//! hook traces use V8's `promiseHooks` vocabulary (init/before/after/settled)
//! and are compared with what Node 26 prints for the same snippet.

use std::cell::RefCell;
use std::ffi::c_void;

use rquickjs::qjs;
use rquickjs::{Context, Ctx, Function, Runtime, Value};

/// Everything the raw C hooks record, per test thread.
#[derive(Default)]
struct Recorder {
    /// Every promise the hook has seen, kept alive (dup'd) so that its
    /// address identifies it; the index + 1 is its id.
    promises: Vec<qjs::JSValue>,
    events: Vec<String>,
    /// `int` host data of promises whose free hook ran.
    freed: Vec<i32>,
}

thread_local! {
    static REC: RefCell<Recorder> = RefCell::new(Recorder::default());
}

impl Recorder {
    fn id(&mut self, ctx: *mut qjs::JSContext, v: qjs::JSValue) -> Option<usize> {
        // SAFETY: `v` is a live value handed to the hook by the engine; only its tag and pointer are read.
        unsafe {
            if !qjs::JS_IsObject(v) {
                return None;
            }
            let ptr = qjs::JS_VALUE_GET_PTR(v);
            if let Some(i) = self
                .promises
                .iter()
                .position(|p| qjs::JS_VALUE_GET_PTR(*p) == ptr)
            {
                return Some(i + 1);
            }
            self.promises.push(qjs::JS_DupValue(ctx, v));
        }
        Some(self.promises.len())
    }
}

unsafe extern "C" fn promise_hook(
    ctx: *mut qjs::JSContext,
    ty: qjs::JSPromiseHookType,
    promise: qjs::JSValue,
    parent: qjs::JSValue,
    _opaque: *mut c_void,
) {
    REC.with(|rec| {
        let mut rec = rec.borrow_mut();
        let id = rec.id(ctx, promise).unwrap_or(0);
        let line = match ty {
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_INIT => match rec.id(ctx, parent) {
                Some(p) => format!("init {id} parent={p}"),
                None => format!("init {id} parent=-"),
            },
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_BEFORE => format!("before {id}"),
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_AFTER => format!("after {id}"),
            _ => format!("settled {id}"),
        };
        rec.events.push(line);
    });
}

unsafe extern "C" fn promise_free_hook(
    _rt: *mut qjs::JSRuntime,
    host_data: qjs::JSValue,
    _opaque: *mut c_void,
) {
    // SAFETY: `host_data` is the dying promise's live host data; reading an int needs no JS.
    let n = unsafe {
        if qjs::JS_IsInt(host_data) {
            qjs::JS_VALUE_GET_INT(host_data)
        } else {
            -1
        }
    };
    REC.with(|rec| rec.borrow_mut().freed.push(n));
}

/// A runtime with test globals: `mark(label)` (adds `mark <label>` to the
/// trace), `cped()` / `setCped(v)` (the context slot), `tag(p, v)` /
/// `getTag(p)` (promise host data).
struct Engine {
    ctx: Context,
    rt: Runtime,
}

fn raw_rt(ctx: &Ctx<'_>) -> *mut qjs::JSRuntime {
    // SAFETY: the context pointer is valid for the duration of `ctx`.
    unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) }
}

fn install_globals<'js>(ctx: &Ctx<'js>) {
    let g = ctx.globals();
    let f = Function::new(ctx.clone(), |label: String| {
        REC.with(|rec| rec.borrow_mut().events.push(format!("mark {label}")));
    });
    g.set("mark", f).expect("mark");
    let f = Function::new(ctx.clone(), |ctx: Ctx<'js>| {
        // SAFETY: the getter returns a new reference, which `Value` takes over.
        unsafe {
            let v = qjs::JS_GetContinuationPreservedEmbedderData(ctx.as_raw().as_ptr());
            Value::from_raw(ctx, v)
        }
    });
    g.set("cped", f).expect("cped");
    let f = Function::new(ctx.clone(), |ctx: Ctx<'js>, v: Value<'js>| {
        // SAFETY: the setter takes ownership of the extra reference made here.
        unsafe {
            let raw = ctx.as_raw().as_ptr();
            qjs::JS_SetContinuationPreservedEmbedderData(raw, qjs::JS_DupValue(raw, v.as_raw()));
        }
    });
    g.set("setCped", f).expect("setCped");
    let f = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, p: Value<'js>, v: Value<'js>| {
            // SAFETY: the setter takes ownership of the extra reference made here.
            unsafe {
                let raw = ctx.as_raw().as_ptr();
                qjs::JS_SetPromiseHostData(raw, p.as_raw(), qjs::JS_DupValue(raw, v.as_raw()))
            }
        },
    );
    g.set("tag", f).expect("tag");
    let f = Function::new(ctx.clone(), |ctx: Ctx<'js>, p: Value<'js>| {
        // SAFETY: the getter returns a new reference, which `Value` takes over.
        unsafe {
            let v = qjs::JS_GetPromiseHostData(ctx.as_raw().as_ptr(), p.as_raw());
            Value::from_raw(ctx, v)
        }
    });
    g.set("getTag", f).expect("getTag");
    // SAFETY: plain C function pointer, no opaque state.
    unsafe {
        qjs::JS_SetPromiseFreeHook(raw_rt(ctx), Some(promise_free_hook), std::ptr::null_mut())
    };
}

impl Engine {
    fn new() -> Self {
        REC.with(|rec| *rec.borrow_mut() = Recorder::default());
        let rt = Runtime::new().expect("runtime");
        let ctx = Context::full(&rt).expect("context");
        ctx.with(|ctx| install_globals(&ctx));
        Engine { ctx, rt }
    }

    fn hook(&self, on: bool) {
        self.ctx.with(|ctx| {
            let hook: qjs::JSPromiseHook = if on { Some(promise_hook) } else { None };
            // SAFETY: installs a plain C function pointer on this runtime.
            unsafe { qjs::JS_SetPromiseHook(raw_rt(&ctx), hook, std::ptr::null_mut()) };
        });
    }

    /// Evaluates `src` as a script, then runs every pending job.
    fn run(&self, src: &str) {
        self.ctx.with(|ctx| {
            if let Err(e) = ctx.eval::<(), _>(src) {
                let ex = ctx.catch();
                panic!("script failed: {e}: {ex:?}");
            }
        });
        self.drain();
    }

    fn drain(&self) {
        loop {
            match self.rt.execute_pending_job() {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => panic!("job failed: {e:?}"),
            }
        }
    }

    fn eval<T: for<'js> rquickjs::FromJs<'js>>(&self, src: &str) -> T {
        self.ctx.with(|ctx| ctx.eval::<T, _>(src).expect("eval"))
    }

    fn events(&self) -> Vec<String> {
        REC.with(|rec| rec.borrow().events.clone())
    }

    fn count(&self, prefix: &str) -> usize {
        self.events()
            .iter()
            .filter(|e| e.starts_with(prefix))
            .count()
    }

    fn freed(&self) -> Vec<i32> {
        REC.with(|rec| rec.borrow().freed.clone())
    }

    /// Runs the snippet with the hook on and returns the trace.
    fn trace(src: &str) -> Vec<String> {
        let engine = Engine::new();
        engine.hook(true);
        engine.run(src);
        engine.hook(false);
        engine.events()
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.hook(false);
        let rt = self.ctx.with(|ctx| raw_rt(&ctx));
        let kept = REC.with(|rec| std::mem::take(&mut rec.borrow_mut().promises));
        for v in kept {
            // SAFETY: each value was dup'd by the hook and is released exactly once, before the runtime.
            unsafe { qjs::JS_FreeValueRT(rt, v) };
        }
    }
}

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

// (a) continuation-preserved embedder data

#[test]
fn cped_is_captured_by_reactions_and_jobs_and_restored_while_they_run() {
    let engine = Engine::new();
    engine.run(
        r#"
        globalThis.seen = [];
        const see = (label) => seen.push(label + "=" + cped());
        let resolveLater;
        const pending = new Promise((r) => (resolveLater = r));

        setCped("then"); Promise.resolve().then(() => see("then"));
        setCped("catch"); Promise.reject(0).catch(() => see("catch"));
        setCped("finally"); Promise.resolve().finally(() => see("finally"));
        setCped("await"); (async () => { await null; see("await"); await pending; see("await"); })();
        setCped("micro"); queueMicrotask(() => see("micro"));
        setCped("pending"); pending.then(() => see("pending"));
        setCped("all"); Promise.all([pending, 1]).then(() => see("all"));
        setCped("thenable"); Promise.resolve({ then(r) { see("thenable"); r(); } });
        setCped("gen");
        (async () => {
            async function* g() { yield 1; await pending; see("gen"); yield 2; }
            for await (const _ of g()) see("gen");
        })();
        setCped("resolver"); resolveLater();
        setCped("outside");
        "#,
    );
    let seen: Vec<String> = engine.eval("seen");
    let mut wrong: Vec<&String> = seen
        .iter()
        .filter(|s| s.split('=').next() != s.split('=').nth(1))
        .collect();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "continuations saw another context value: {wrong:?} (all: {seen:?})"
    );
    for label in [
        "then", "catch", "finally", "await", "micro", "pending", "all", "thenable", "gen",
    ] {
        assert!(
            seen.iter().any(|s| s.starts_with(&format!("{label}="))),
            "{label} never ran: {seen:?}"
        );
    }
    assert_eq!(
        seen.iter().filter(|s| s.starts_with("gen=")).count(),
        3,
        "{seen:?}"
    );
    let after: String = engine.eval("String(cped())");
    assert_eq!(
        after, "outside",
        "the value current before the jobs is restored after each job"
    );
}

#[test]
fn cped_held_by_a_pending_reaction_is_collected_with_its_promise() {
    // The slot value references the promise whose reaction holds it: a cycle
    // only the GC can free (an unmarked slot would leak and abort at runtime drop).
    let engine = Engine::new();
    engine.run(
        r#"
        (() => {
            const p = new Promise(() => {});
            tag(p, 41);
            setCped({ p });
            p.then(() => {});
            setCped(undefined);
        })();
        "#,
    );
    assert!(engine.freed().is_empty());
    engine.rt.run_gc();
    assert_eq!(engine.freed(), vec![41]);
}

// (b) BEFORE/AFTER around promise reaction jobs

#[test]
fn reaction_job_runs_between_before_and_after_of_the_derived_promise() {
    let trace = Engine::trace("Promise.resolve(1).then(() => mark('cb'))");
    assert_eq!(
        trace,
        lines(
            "init 1 parent=-
             settled 1
             init 2 parent=1
             before 2
             mark cb
             settled 2
             after 2"
        )
    );
}

#[test]
fn reaction_hook_counts_match_v8() {
    // (INIT, BEFORE) per snippet as printed by Node 26's v8.promiseHooks; stock QuickJS-ng gives 0 BEFORE for all.
    let cases = [
        ("new Promise(r => r(true)).then(a => {})", 2, 1),
        ("Promise.resolve(1).then(() => {}).then(() => {})", 3, 2),
        ("Promise.all([1, 2, 3]).then(() => {})", 8, 4),
        (
            "const p = Promise.resolve(1); p.then(() => {}); p.then(() => {})",
            3,
            2,
        ),
        (
            "new Promise(r => r(Promise.resolve(1))).then(() => {})",
            4,
            3,
        ),
    ];
    for (src, init, before) in cases {
        let engine = Engine::new();
        engine.hook(true);
        engine.run(src);
        let got = (
            engine.count("init "),
            engine.count("before "),
            engine.count("after "),
        );
        assert_eq!(got, (init, before, before), "{src}: {:?}", engine.events());
    }
}

// (c) throwaway promise per await, (e) parent of the await wrapper

#[test]
fn await_trace_matches_v8_with_throwaway_and_wrapper_parent() {
    // Node 26 prints exactly this for the same snippet (ids in creation order):
    // 1 = the async function's promise, 2 = wrapper of `await 1` (parent 1),
    // 3 = its throwaway (parent 2), 4 = Promise.resolve(2), 5 = its throwaway.
    let trace = Engine::trace("(async function () { await 1; await Promise.resolve(2); })()");
    assert_eq!(
        trace,
        lines(
            "init 1 parent=-
             init 2 parent=1
             settled 2
             init 3 parent=2
             before 3
             init 4 parent=-
             settled 4
             init 5 parent=4
             settled 3
             after 3
             before 5
             settled 1
             settled 5
             after 5"
        )
    );
}

#[test]
fn await_in_async_generator_gets_a_throwaway_and_wrapper_parent() {
    // `await 1` inside an async generator: wrapper parent = the next() promise,
    // throwaway parent = the wrapper; the continuation runs inside its BEFORE/AFTER.
    let trace = Engine::trace(
        "async function* g() { await 1; mark('resumed'); }
         g().next();",
    );
    assert_eq!(
        trace,
        lines(
            "init 1 parent=-
             init 2 parent=1
             settled 2
             init 3 parent=2
             before 3
             mark resumed
             settled 1
             settled 3
             after 3"
        )
    );
}

#[test]
fn for_await_over_async_generator_counts_match_v8() {
    // Node 26: 11 INIT / 5 BEFORE; stock QuickJS-ng: 6 / 0.
    let engine = Engine::new();
    engine.hook(true);
    engine.run("(async function () { async function* g() { yield 1; yield 2; } for await (const x of g()) {} })()");
    assert_eq!(
        (engine.count("init "), engine.count("before ")),
        (11, 5),
        "{:?}",
        engine.events()
    );
}

#[test]
fn await_creates_no_throwaway_without_a_hook() {
    // Installing the hook mid-way: the await that suspended without a hook
    // has no throwaway, so its continuation gets no BEFORE (as in V8).
    let engine = Engine::new();
    engine.run("globalThis.go = null; (async () => { await new Promise(r => go = r); mark('resumed'); })()");
    engine.hook(true);
    engine.run("go()");
    assert_eq!(engine.events(), lines("settled 1\nmark resumed\nsettled 2"));
}

// (d) RESOLVE on rejection

#[test]
fn resolve_hook_fires_for_rejections() {
    let trace = Engine::trace("Promise.reject(1).catch(() => {})");
    assert_eq!(
        trace,
        lines(
            "init 1 parent=-
             settled 1
             init 2 parent=1
             before 2
             settled 2
             after 2"
        )
    );
    let trace =
        Engine::trace("new Promise((_, reject) => reject(new Error('x'))).then(null, () => {})");
    assert_eq!(
        trace.iter().filter(|e| *e == "settled 1").count(),
        1,
        "{trace:?}"
    );
}

// (f) promise host data and free hook

#[test]
fn promise_host_data_round_trips_and_rejects_non_promises() {
    let engine = Engine::new();
    let got: Vec<String> = engine.eval(
        r#"
        const p = Promise.resolve();
        const o = { id: 7 };
        const before = String(getTag(p));
        const r1 = tag(p, o);
        const same = getTag(p) === o;
        const r2 = tag({}, 1);
        const r3 = tag(5, 1);
        [before, String(r1), String(same), String(r2), String(r3), String(getTag({})), String(getTag(null))]
        "#,
    );
    assert_eq!(
        got,
        [
            "undefined",
            "0",
            "true",
            "-1",
            "-1",
            "undefined",
            "undefined"
        ]
    );
}

#[test]
fn promise_free_hook_fires_once_when_a_tagged_promise_dies() {
    let engine = Engine::new();
    engine.run(
        r#"
        globalThis.keep = Promise.resolve();
        tag(keep, 2);
        (() => {
            const p = Promise.resolve().then(() => {});
            tag(p, 1);
            tag(p, 3);                     // replacing the data does not fire the hook
            new Promise(() => {});         // untagged: no hook
        })();
        "#,
    );
    engine.rt.run_gc();
    assert_eq!(
        engine.freed(),
        vec![3],
        "only the dead tagged promise, once, with its current data"
    );
    engine.run("keep = null");
    assert_eq!(engine.freed(), vec![3, 2]);
    engine.rt.run_gc();
    assert_eq!(engine.freed(), vec![3, 2], "never twice");
}

#[test]
fn promise_host_data_in_a_cycle_is_collected_and_freed_at_teardown() {
    // Host data that references its own promise: only the GC can free the
    // pair, which needs the host data to be marked (else: leak assertion).
    let engine = Engine::new();
    engine.run(
        r#"
        (() => { const p = new Promise(() => {}); tag(p, { p }); })();
        globalThis.alive = Promise.resolve();
        tag(alive, 6);
        "#,
    );
    assert!(engine.freed().is_empty());
    engine.rt.run_gc();
    assert_eq!(
        engine.freed(),
        vec![-1],
        "the cycle is collected and the hook sees its (object) host data"
    );
    drop(engine); // the still-alive tagged promise is finalized at teardown, without a leak assertion
    REC.with(|rec| assert_eq!(rec.borrow().freed, vec![-1, 6]));
}
