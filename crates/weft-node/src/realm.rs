//! The realm: one engine context plus everything weft keeps per running program (async context,
//! timer/immediate/tick records, the event loop), and the top-level run sequence.
//!
//! The whole program runs inside one `Context::with` call, so records hold JS values with the
//! context's lifetime directly. Native functions capture an `Rc<Realm>`; the process exits with
//! `std::process::exit` and never tears the engine down, so those cycles are harmless.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Instant;

use rquickjs::{Ctx, Function, Object, Value};
use weft_engine::rejections::RejectionTracker;
use weft_engine::runtime::Engine;
use weft_loop::{EventLoop, IdMap};

use crate::async_context::{AsyncContext, Resource};
use crate::options::{Entry, RunOptions};
use crate::{bindings, builtins, esm, fatal, host, stdio};

/// A scheduled timer (`Timeout`), keyed by its async id.
#[derive(Clone)]
pub struct TimerEntry<'js> {
    /// Its async context.
    pub res: Resource<'js>,
    /// The `Timeout` object.
    pub obj: Object<'js>,
    /// Whether it keeps the loop alive.
    pub refed: bool,
}

/// A queued `Immediate`, keyed by its async id.
#[derive(Clone)]
pub struct ImmediateEntry<'js> {
    /// Its async context.
    pub res: Resource<'js>,
    /// The `Immediate` object.
    pub obj: Object<'js>,
}

/// A queued `process.nextTick` callback (a `TickObject` resource).
pub struct Tick<'js> {
    /// Its async context (the resource object is the tick object `{ callback, args }`).
    pub res: Resource<'js>,
    /// The callback.
    pub callback: Function<'js>,
    /// Its arguments.
    pub args: Vec<Value<'js>>,
}

/// JS functions the runtime calls from Rust, registered by `internal/bootstrap/node`.
#[derive(Clone)]
pub struct RuntimeHooks<'js> {
    /// `(err, fromPromise) -> handled`.
    pub on_uncaught_exception: Function<'js>,
    /// `(reason, promise) -> true | errorToReport`.
    pub on_unhandled_rejection: Function<'js>,
    /// `(code?) -> finalCode`: emits 'exit' once.
    pub emit_exit: Function<'js>,
    /// `(code)`: emits 'beforeExit'.
    pub emit_before_exit: Function<'js>,
    /// `(timeout)`: marks a Timeout as finished.
    pub timer_done: Function<'js>,
    /// `() -> process.exitCode as an integer`.
    pub exit_code: Function<'js>,
}

/// Per-program state.
pub struct Realm<'js> {
    /// The engine context.
    pub ctx: Ctx<'js>,
    /// The event loop.
    pub event_loop: Rc<EventLoop>,
    /// Ids, stack, hooks, destroy queue.
    pub async_ctx: AsyncContext<'js>,
    /// Armed timers by async id.
    pub timers: RefCell<IdMap<u64, TimerEntry<'js>>>,
    /// Queued immediates by async id.
    pub immediates: RefCell<IdMap<u64, ImmediateEntry<'js>>>,
    /// The nextTick queue.
    pub ticks: RefCell<VecDeque<Tick<'js>>>,
    /// Rejected promises without a handler, waiting for processing.
    pub rejections: &'static RejectionTracker,
    /// Functions registered by the bootstrap.
    pub hooks: RefCell<Option<RuntimeHooks<'js>>>,
    /// `requireBuiltin(id)` from the loader bootstrap.
    pub require_builtin: RefCell<Option<Function<'js>>>,
    /// Node module resolution (shared by require and import).
    pub resolver: weft_resolve::Resolver,
    /// The run's options.
    pub options: RunOptions,
    /// When the process started (`process.uptime()`).
    pub started: Instant,
    /// Set once `process.exit()`/a fatal error has begun leaving.
    pub exiting: Cell<bool>,
    /// The prototype shared by tick objects (plain objects in Node 26).
    pub tick_proto: RefCell<Option<Object<'js>>>,
    /// What loop keys of native I/O mean (completions, posts, pending/close callbacks, sources).
    pub io: crate::io::dispatch::Dispatch<'js>,
    /// Live native-owned async resources (handles and requests).
    pub wraps: crate::io::wrap::Wraps<'js>,
    /// Socket and pipe handles.
    pub streams: crate::io::stream::Streams,
    /// JS constructors for accepted connections' handles.
    pub stream_ctors: RefCell<Option<crate::io::stream::StreamCtors<'js>>>,
}

impl<'js> Realm<'js> {
    /// The registered runtime hooks (present once the bootstrap ran).
    pub fn runtime_hooks(&self) -> Option<RuntimeHooks<'js>> {
        self.hooks.borrow().clone()
    }

    /// Loads built-in module `id` and returns its exports.
    pub fn require_builtin(&self, id: &str) -> rquickjs::Result<Value<'js>> {
        let f = self.require_builtin.borrow().clone();
        match f {
            Some(f) => f.call((id,)),
            None => Err(rquickjs::Error::new_loading(id)),
        }
    }

    /// Leaves the process with `code`, after flushing nothing (all writes are unbuffered).
    pub fn really_exit(&self, code: i32) -> ! {
        self.exiting.set(true);
        if crate::worker::is_worker() {
            // A worker's exit ends its thread only (caught at the thread's top).
            crate::worker::request_exit(code);
            crate::worker::exit_thread(code)
        }
        std::process::exit(code)
    }
}

/// Creates the realm, runs the entry and the loop, and returns the exit code.
pub fn run(options: RunOptions) -> i32 {
    let engine = match Engine::new() {
        Ok(e) => e,
        Err(e) => {
            stdio::write_stderr(&format!("weft: cannot start the JavaScript engine: {e}\n"));
            return 1;
        }
    };
    let event_loop = match EventLoop::new() {
        Ok(l) => l,
        Err(e) => {
            stdio::write_stderr(&format!("weft: cannot start the event loop: {e}\n"));
            return 1;
        }
    };
    esm::install_loader(&engine.runtime);
    if let Some(w) = crate::worker::info() {
        // `worker.terminate()` interrupts running JS.
        let shared = w.shared.clone();
        engine.runtime.set_interrupt_handler(Some(Box::new(move || {
            shared.terminate.load(std::sync::atomic::Ordering::Relaxed)
        })));
    }
    // Never dropped, even when a worker thread unwinds out of the run (see below).
    let engine = std::mem::ManuallyDrop::new(engine);
    let code = engine
        .context
        .with(|ctx| run_in_context(&ctx, event_loop, options));
    // Leave without dropping the engine: JS values kept by native closures would trip the
    // engine's leak assertions, and Node does not tear its heap down at exit either.
    let _ = engine;
    code
}

fn run_in_context<'js>(ctx: &Ctx<'js>, event_loop: Rc<EventLoop>, options: RunOptions) -> i32 {
    let async_ctx = match AsyncContext::new(ctx) {
        Ok(a) => a,
        Err(e) => {
            stdio::write_stderr(&format!("weft: cannot set up the async context: {e}\n"));
            return 1;
        }
    };
    let realm = Rc::new(Realm {
        ctx: ctx.clone(),
        event_loop,
        async_ctx,
        timers: RefCell::new(IdMap::default()),
        immediates: RefCell::new(IdMap::default()),
        ticks: RefCell::new(VecDeque::new()),
        rejections: RejectionTracker::install(ctx),
        hooks: RefCell::new(None),
        require_builtin: RefCell::new(None),
        resolver: weft_resolve::Resolver::new(builtins::public_ids()),
        options,
        started: Instant::now(),
        exiting: Cell::new(false),
        tick_proto: RefCell::new(None),
        io: Default::default(),
        wraps: Default::default(),
        streams: Default::default(),
        stream_ctors: RefCell::new(None),
    });
    set_current(&realm);
    crate::promise_hooks::install_free_hook(&realm);

    if let Err(e) = bootstrap(&realm) {
        let err = ctx.catch();
        let shown = if err.is_undefined() {
            e.to_string()
        } else {
            fatal::describe(&realm, &err)
        };
        stdio::write_stderr(&format!("weft: bootstrap failed: {shown}\n"));
        return 1;
    }

    if let Err(exception) = run_entry(&realm) {
        fatal::handle_uncaught(&realm, exception);
    }
    realm.async_ctx.clear_stack();
    crate::task_queue::process_ticks_and_rejections(&realm);

    host::run_loop_to_completion(&realm);
    let code = match realm.runtime_hooks() {
        Some(h) => h.emit_exit.call::<_, i32>(()).unwrap_or(1),
        None => 0,
    };
    realm.really_exit(code)
}

fn bootstrap<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<()> {
    let ctx = &realm.ctx;
    let internal_binding = bindings::make_internal_binding(realm)?;
    let compile = {
        let ctx2 = ctx.clone();
        Function::new(
            ctx.clone(),
            move |id: String| -> rquickjs::Result<Function<'js>> {
                match builtins::compile(&ctx2, &id)? {
                    Some(f) => Ok(f),
                    None => Err(rquickjs::Exception::throw_message(
                        &ctx2,
                        &format!("No such built-in module: {id}"),
                    )),
                }
            },
        )?
    };
    let can_be_required = Function::new(ctx.clone(), |id: String| builtins::is_public(&id))?;
    let Some(loader) = builtins::eval_expression(ctx, "internal/bootstrap/loaders")? else {
        return Err(rquickjs::Error::new_loading("internal/bootstrap/loaders"));
    };
    let require_builtin: Function<'js> =
        loader.call((compile, internal_binding, can_be_required))?;
    *realm.require_builtin.borrow_mut() = Some(require_builtin);
    realm.require_builtin("internal/bootstrap/node")?;
    Ok(())
}

/// Runs the entry point; returns the thrown value if it threw synchronously.
///
/// A CommonJS entry runs as async id 1 with trigger 0 (Node's bootstrap scope); an ES module
/// entry runs with no resource on the stack (0, 0), as Node 26 does.
fn run_entry<'js>(realm: &Rc<Realm<'js>>) -> Result<(), Value<'js>> {
    let ctx = &realm.ctx;
    let catch = |r: rquickjs::Result<()>| r.map_err(|_| ctx.catch());
    let enter_main_scope = || {
        // A worker's CommonJS entry runs inside its port's callback in Node (async id 2, ids
        // 3 and 4 taken by its other internal ports), so user resources start at 5.
        let main_id = if crate::worker::is_worker() {
            for _ in 0..3 {
                realm.async_ctx.new_async_id();
            }
            2
        } else {
            1
        };
        realm
            .async_ctx
            .push_raw(main_id, 0, realm.async_ctx.top_level_resource())
    };
    match realm.options.entry.clone() {
        Entry::Eval(code) => {
            enter_main_scope();
            catch(run_eval(realm, &code))
        }
        Entry::File(arg) => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| "/".into());
            let main = match realm.resolver.resolve_main(&arg, &cwd) {
                Ok(p) => p,
                Err(e) => return Err(bindings::modules::resolve_error_value(realm, &e, &[])),
            };
            match realm.resolver.format_of(&main) {
                weft_resolve::Format::Module => esm::run_main(realm, &main),
                _ => catch((|| {
                    enter_main_scope();
                    let loader: Object<'js> = realm
                        .require_builtin("internal/modules/cjs/loader")?
                        .get()?;
                    let run_main: Function<'js> = loader.get("runMain")?;
                    run_main.call::<_, ()>((main.to_string_lossy().to_string(),))
                })()),
            }
        }
    }
}

fn run_eval<'js>(realm: &Rc<Realm<'js>>, code: &str) -> rquickjs::Result<()> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| "/".into());
    let filename = cwd.join("[eval]").to_string_lossy().to_string();
    let loader: Object<'js> = realm
        .require_builtin("internal/modules/cjs/loader")?
        .get()?;
    let module_ctor: Function<'js> = loader.get("Module")?;
    let _ = module_ctor;
    let create_require: Function<'js> = loader.get("createRequire")?;
    let require: Function<'js> = create_require.call((filename.clone(),))?;
    let globals = realm.ctx.globals();
    globals.set("require", require)?;
    let mut opts = rquickjs::context::EvalOptions::default();
    opts.strict = false;
    opts.filename = Some("[eval]".to_string());
    realm.ctx.eval_with_options::<Value<'js>, _>(code, opts)?;
    Ok(())
}

thread_local! {
    /// The running realm, type-erased, for engine callbacks that only get a context or runtime
    /// pointer (module loader, promise hooks). Set once per process.
    static CURRENT: std::cell::Cell<Option<*const ()>> = const { std::cell::Cell::new(None) };
}

/// Records the realm engine callbacks reach through [`with_current`].
fn set_current(realm: &Rc<Realm<'_>>) {
    // The realm lives until the process exits (the engine is never torn down), so the pointer
    // stays valid; keep one strong count for it.
    let ptr = Rc::into_raw(realm.clone()) as *const ();
    CURRENT.with(|c| c.set(Some(ptr)));
}

/// Runs `f` with the running realm, if one was recorded.
pub(crate) fn with_current<'js, T>(f: impl FnOnce(&Rc<Realm<'js>>) -> T) -> Option<T> {
    let ptr = CURRENT.with(|c| c.get())?;
    // SAFETY: `ptr` came from `Rc::into_raw` of the process's only realm, which is never
    // freed; the lifetime is the one context's. We borrow a count for the call only.
    let realm: Rc<Realm<'js>> = unsafe {
        Rc::increment_strong_count(ptr as *const Realm<'js>);
        Rc::from_raw(ptr as *const Realm<'js>)
    };
    Some(f(&realm))
}
