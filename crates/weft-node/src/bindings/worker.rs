//! `internalBinding('worker')`: worker threads and message ports for `worker_threads.js`
//! (Node's `internalBinding('worker')` and `internalBinding('messaging')`).
//!
//! A port owned by this thread is a `MESSAGEPORT` async resource; its owner is woken through the
//! loop (poll phase) and its messages are then delivered through the scope guard
//! (`_onwake`/`_onclose` on the port object). A `Worker` is a `WORKER` resource whose
//! `_ononline`/`_onerror`/`_onexit` run the same way; while it runs and is ref'd it keeps the
//! loop alive.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use rquickjs::{Array, Object, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io;
use crate::options::{Entry, RunOptions};
use crate::realm::Realm;
use crate::worker::{self, Control, Envelope, PortEvent, Shared, WorkerInfo};

struct PortState {
    key: u64,
    async_id: AsyncId,
    refed: bool,
    started: bool,
}

struct WorkerState {
    key: u64,
    refed: bool,
    /// The async id of the parent side's port: 'online' and the final drain run in it.
    port_id: Option<AsyncId>,
    shared: Arc<Shared>,
}

#[derive(Default)]
struct State {
    ports: HashMap<u64, PortState>,
    workers: HashMap<u64, WorkerState>,
}

/// Serialises `value` with `internal/worker/serialize` (for a worker's fatal error).
pub fn serialize<'js>(realm: &Rc<Realm<'js>>, value: &Value<'js>) -> String {
    let r: rquickjs::Result<String> = (|| {
        let m: Object<'js> = realm.require_builtin("internal/worker/serialize")?.get()?;
        let f: rquickjs::Function<'js> = m.get("serializeError")?;
        f.call((value.clone(),))
    })();
    r.unwrap_or_else(|_| {
        let _ = realm.ctx.catch();
        "[\"u\"]".to_string()
    })
}

fn set_ref(realm: &Realm<'_>, refed: &mut bool, want: bool) {
    if *refed != want {
        *refed = want;
        if want {
            realm.event_loop.ref_handle();
        } else {
            realm.event_loop.unref_handle();
        }
    }
}

fn envelope_value<'js>(realm: &Rc<Realm<'js>>, env: Envelope) -> rquickjs::Result<Value<'js>> {
    let a = Array::new(realm.ctx.clone())?;
    a.set(0, env.data)?;
    let ports = Array::new(realm.ctx.clone())?;
    for (i, p) in env.ports.iter().enumerate() {
        ports.set(i, *p as f64)?;
    }
    a.set(1, ports)?;
    Ok(a.into_value())
}

/// In a worker, `process.reallyExit(code)` throws an uncatchable exception instead of leaving
/// the process: it unwinds all JS up to the Rust caller, whose uncaught-exception path then
/// ends the thread with the pending exit code (see `worker::request_exit`).
pub(super) fn patch_process_methods<'js>(
    realm: &Rc<Realm<'js>>,
    methods: &Object<'js>,
) -> rquickjs::Result<()> {
    if !worker::is_worker() {
        return Ok(());
    }
    let r = realm.clone();
    def(
        &realm.ctx,
        methods,
        "reallyExit",
        move |code: i32| -> rquickjs::Result<()> {
            worker::request_exit(code);
            r.exiting.set(true);
            let err = super::new_error(&r.ctx, "Error", "worker is exiting")?;
            // SAFETY: `err` is a live object of this context; the call only sets its
            // uncatchable flag.
            unsafe {
                rquickjs::qjs::JS_SetUncatchableError(r.ctx.as_raw().as_ptr(), err.as_raw());
            }
            Err(r.ctx.throw(err.into_value()))
        },
    )?;
    let Some(w) = worker::info() else {
        return Ok(());
    };
    // The worker's own copy of the environment (Node copies the parent's process.env).
    if let Some(vars) = w.env {
        let env = Object::new(realm.ctx.clone())?;
        for (k, v) in vars {
            env.set(k, v)?;
        }
        methods.set("env", env)?;
    }
    if w.is_eval {
        let argv: Vec<String> = methods.get("argv")?;
        let mut out = vec![
            argv.first().cloned().unwrap_or_default(),
            "[worker eval]".into(),
        ];
        out.extend(argv.into_iter().skip(1));
        methods.set("argv", out)?;
    }
    Ok(())
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let state = Rc::new(RefCell::new(State::default()));

    // In a worker: a wake-up key for terminate() while the loop waits (never ref'd).
    if let Some(w) = worker::info() {
        let key = realm.io.new_key();
        realm.io.set_receiver(
            key,
            Rc::new(|_realm, _v| worker::exit_thread(worker::pending_exit().unwrap_or(1))),
        );
        *w.shared.wake.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((realm.event_loop.sender(), key));
        if worker::terminating() {
            worker::exit_thread(1);
        }
    }

    // info() -> undefined | { threadId, port, data, envData, name }
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "info",
        move || -> rquickjs::Result<Value<'js>> {
            let Some(w) = worker::info() else {
                return Ok(Value::new_undefined(r.ctx.clone()));
            };
            let o = Object::new(r.ctx.clone())?;
            o.set("threadId", w.thread_id as f64)?;
            o.set("port", w.port as f64)?;
            o.set("data", w.data)?;
            o.set("envData", w.env_data)?;
            o.set("name", w.name)?;
            Ok(o.into_value())
        },
    )?;

    // channel() -> [portA, portB]
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "channel",
        move || -> rquickjs::Result<Array<'js>> {
            let (a, b) = worker::channel();
            let arr = Array::new(r.ctx.clone())?;
            arr.set(0, a as f64)?;
            arr.set(1, b as f64)?;
            Ok(arr)
        },
    )?;

    // attach(portId, portObject) -> async id: this thread owns the port (a MESSAGEPORT).
    // Each waiting message is delivered by its own `_onwake` call (its own before/after), as
    // Node's MessagePort::OnMessage does; a long queue yields to the loop after a batch.
    let r = realm.clone();
    let st = state.clone();
    // A worker's parentPort takes the id Node's worker gives it (4, trigger 0, no init event:
    // it exists before user code runs).
    def(
        ctx,
        &obj,
        "attach",
        move |port: f64, pobj: Object<'js>, parent: Option<bool>| -> f64 {
            let port = port as u64;
            let id: AsyncId = if parent == Some(true) {
                io::wrap::adopt(&r, &pobj, 4, 0).async_id
            } else {
                io::wrap::init(&r, &pobj, "MESSAGEPORT", None).async_id
            };
            let key = r.io.new_key();
            let st2 = st.clone();
            r.io.set_receiver(
                key,
                Rc::new(move |realm, v| {
                    if let Ok(ev) = v.downcast::<PortEvent>() {
                        match *ev {
                            PortEvent::Wake => {
                                let started =
                                    || st2.borrow().ports.get(&port).is_some_and(|p| p.started);
                                let mut n = 0;
                                while started() && worker::has_pending(port) {
                                    if n == 1000 {
                                        worker::wake(port);
                                        break;
                                    }
                                    n += 1;
                                    io::wrap::make_callback(realm, id, "_onwake", vec![]);
                                }
                            }
                            PortEvent::Close => {
                                io::wrap::make_callback(realm, id, "_onclose", vec![])
                            }
                        }
                    }
                }),
            );
            st.borrow_mut().ports.insert(
                port,
                PortState {
                    key,
                    async_id: id,
                    refed: false,
                    started: false,
                },
            );
            worker::attach(port, r.event_loop.sender(), key);
            id as f64
        },
    )?;

    // setRef(portId, bool)
    let r = realm.clone();
    let st = state.clone();
    def(ctx, &obj, "setRef", move |port: f64, want: bool| {
        if let Some(p) = st.borrow_mut().ports.get_mut(&(port as u64)) {
            set_ref(&r, &mut p.refed, want);
        }
    })?;

    // start(portId): deliver waiting and future messages.
    let st = state.clone();
    def(ctx, &obj, "start", move |port: f64| {
        let port = port as u64;
        if let Some(p) = st.borrow_mut().ports.get_mut(&port) {
            if !p.started {
                p.started = true;
                worker::wake(port);
            }
        }
    })?;

    // detach(portId, asyncId): this thread gives the port up (transfer, or after close).
    let r = realm.clone();
    let st = state.clone();
    def(
        ctx,
        &obj,
        "detach",
        move |port: f64, id: f64, forget: bool| {
            let port = port as u64;
            if let Some(mut p) = st.borrow_mut().ports.remove(&port) {
                set_ref(&r, &mut p.refed, false);
                r.io.remove_receiver(p.key);
            }
            io::wrap::destroy(&r, id as AsyncId);
            if forget {
                worker::forget(port);
            } else {
                worker::detach(port);
            }
        },
    )?;

    // receive(portId) -> undefined | [data, [ports]]
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "receive",
        move |port: f64| -> rquickjs::Result<Value<'js>> {
            match worker::receive(port as u64) {
                Some(env) => envelope_value(&r, env),
                None => Ok(Value::new_undefined(r.ctx.clone())),
            }
        },
    )?;

    // post(portId, data, [ports]) -> bool
    def(
        ctx,
        &obj,
        "post",
        |port: f64, data: String, ports: Vec<f64>| {
            worker::post(
                port as u64,
                Envelope {
                    data,
                    ports: ports.into_iter().map(|p| p as u64).collect(),
                },
            )
        },
    )?;

    // close(portId): the peer hears of it through its loop; this side's 'close' runs in the
    // close phase (the closing handle keeps the loop alive until then, as in libuv).
    let r = realm.clone();
    let st = state.clone();
    def(ctx, &obj, "close", move |port: f64| {
        let port = port as u64;
        let own = st.borrow().ports.get(&port).map(|p| p.async_id);
        worker::close(port, own.is_some());
        if let Some(id) = own {
            r.io.on_close_phase(
                &r,
                Box::new(move |realm| io::wrap::make_callback(realm, id, "_onclose", vec![])),
            );
        }
    })?;

    // BroadcastChannel: bcJoin(name) -> portId, bcPost(portId, data), bcLeave(portId).
    def(ctx, &obj, "bcJoin", |name: String| {
        worker::broadcast_join(&name) as f64
    })?;
    def(ctx, &obj, "bcPost", |port: f64, data: String| {
        worker::broadcast_post(port as u64, &data)
    })?;
    def(ctx, &obj, "bcLeave", |port: f64| {
        worker::broadcast_leave(port as u64)
    })?;

    // spawn(workerObject, { file?, code?, data, envData, name, argv }) ->
    //   [threadId, asyncId, parentSidePortId]
    let r = realm.clone();
    let st = state.clone();
    def(
        ctx,
        &obj,
        "spawn",
        move |wobj: Object<'js>, opts: Object<'js>| -> rquickjs::Result<Array<'js>> {
            let file: Option<String> = opts.get("file")?;
            let code: Option<String> = opts.get("code")?;
            let is_eval = code.is_some();
            let env: Option<Vec<Vec<String>>> = opts.get("env")?;
            let env = env.map(|list| {
                list.into_iter()
                    .filter_map(|kv| match kv.as_slice() {
                        [k, v] => Some((k.clone(), v.clone())),
                        _ => None,
                    })
                    .collect()
            });
            let entry = match (file, code) {
                (_, Some(c)) => Entry::Eval(c),
                (Some(f), None) => Entry::File(f),
                (None, None) => Entry::Eval(String::new()),
            };
            let options = RunOptions {
                entry,
                args: opts
                    .get::<_, Option<Vec<String>>>("argv")?
                    .unwrap_or_default(),
                exec_argv: r.options.exec_argv.clone(),
                expose_gc: r.options.expose_gc,
                exec_path: r.options.exec_path.clone(),
            };
            let id: AsyncId = io::wrap::init(&r, &wobj, "WORKER", None).async_id;
            let (parent_port, worker_port) = worker::channel();
            let thread_id = worker::next_thread_id();
            let key = r.io.new_key();
            let shared = Arc::new(Shared {
                terminate: AtomicBool::new(false),
                wake: Mutex::new(None),
            });
            let st2 = st.clone();
            r.io.set_receiver(
                key,
                Rc::new(move |realm, v| {
                    let Ok(c) = v.downcast::<Control>() else {
                        return;
                    };
                    let port_res = st2
                        .borrow()
                        .workers
                        .get(&thread_id)
                        .and_then(|w| w.port_id)
                        .and_then(|pid| realm.wraps.get(pid));
                    // Calls the Worker's `method` inside its port's resource (Node runs
                    // 'online' and the last messages in its internal MESSAGEPORT).
                    let in_port = |method: &str, args: Vec<Value<'js>>| {
                        let Some(wobj) = realm.wraps.object(id) else {
                            return;
                        };
                        let f: Option<rquickjs::Function<'js>> = wobj.get(method).ok();
                        match (&port_res, f) {
                            (Some(res), Some(f)) => {
                                io::wrap::call_in_with_this(
                                    realm,
                                    res,
                                    &f,
                                    wobj.into_value(),
                                    args,
                                );
                            }
                            _ => io::wrap::make_callback(realm, id, method, args),
                        }
                    };
                    match *c {
                        Control::Online => in_port("_ononline", vec![]),
                        Control::Error(text) => {
                            let s = rquickjs::String::from_str(realm.ctx.clone(), &text)
                                .map(|s| s.into_value());
                            if let Ok(s) = s {
                                in_port("_onerror", vec![s]);
                            }
                        }
                        Control::Exit(code) => {
                            // The port closes first (its destroy flushes in the check phase);
                            // 'exit' follows in the close phase, as in Node.
                            in_port("_onportclose", vec![]);
                            let st3 = st2.clone();
                            realm.io.on_close_phase(
                                realm,
                                Box::new(move |realm| {
                                    if let Some(mut w) = st3.borrow_mut().workers.remove(&thread_id)
                                    {
                                        set_ref(realm, &mut w.refed, false);
                                        realm.io.remove_receiver(w.key);
                                    }
                                    io::wrap::make_callback(
                                        realm,
                                        id,
                                        "_onexit",
                                        vec![Value::new_int(realm.ctx.clone(), code)],
                                    );
                                    io::wrap::destroy(realm, id);
                                }),
                            );
                        }
                    }
                }),
            );
            let mut ws = WorkerState {
                key,
                refed: false,
                port_id: None,
                shared: shared.clone(),
            };
            set_ref(&r, &mut ws.refed, true);
            st.borrow_mut().workers.insert(thread_id, ws);
            let info = WorkerInfo {
                thread_id,
                port: worker_port,
                data: opts.get::<_, Option<String>>("data")?.unwrap_or_default(),
                env_data: opts
                    .get::<_, Option<String>>("envData")?
                    .unwrap_or_default(),
                name: opts.get::<_, Option<String>>("name")?.unwrap_or_default(),
                env,
                is_eval,
                parent: r.event_loop.sender(),
                parent_key: key,
                shared,
            };
            if let Err(e) = worker::spawn(options, info) {
                return Err(rquickjs::Exception::throw_message(
                    &r.ctx,
                    &format!("cannot start a worker thread: {e}"),
                ));
            }
            let arr = Array::new(r.ctx.clone())?;
            arr.set(0, thread_id as f64)?;
            arr.set(1, id as f64)?;
            arr.set(2, parent_port as f64)?;
            Ok(arr)
        },
    )?;

    // workerPort(threadId, portAsyncId): the parent side's port of a worker.
    let st = state.clone();
    def(ctx, &obj, "workerPort", move |tid: f64, pid: f64| {
        if let Some(w) = st.borrow_mut().workers.get_mut(&(tid as u64)) {
            w.port_id = Some(pid as AsyncId);
        }
    })?;

    // workerRef(threadId, bool)
    let r = realm.clone();
    let st = state.clone();
    def(ctx, &obj, "workerRef", move |tid: f64, want: bool| {
        if let Some(w) = st.borrow_mut().workers.get_mut(&(tid as u64)) {
            set_ref(&r, &mut w.refed, want);
        }
    })?;

    // terminate(threadId)
    let st = state.clone();
    def(ctx, &obj, "terminate", move |tid: f64| {
        if let Some(w) = st.borrow().workers.get(&(tid as u64)) {
            w.shared.request_terminate();
        }
    })?;

    Ok(obj)
}
