//! File watchers behind `fs.watchFile` (Node's `StatWatcher`, libuv's `uv_fs_poll`: stat the
//! path every `interval` ms and report changes) and `fs.watch` (Node's `FSEvent`, libuv's
//! inotify watcher). Each watcher is a thread that posts what it sees to the loop; the JS
//! handle object (an async resource started by JS) gets `onchange(...)` through MakeCallback.
//! A persistent, ref'ed watcher keeps the loop alive; `close` stops the thread and destroys
//! the resource in the close phase.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rquickjs::{Array, Object, Value};
use weft_async_core::AsyncId;

use super::ops::{self, Op, Out};
use crate::bindings::def;
use crate::io::wrap;
use crate::realm::Realm;

struct Watch {
    stop: Arc<AtomicBool>,
    key: u64,
    refed: bool,
}

type Table = Rc<RefCell<HashMap<AsyncId, Watch>>>;

/// What a stat watcher thread posts: the new and previous stat (`None` = missing).
type StatPair = (Option<[f64; 18]>, Option<[f64; 18]>);
/// What an inotify thread posts: (`rename` or `change`, file name).
type FsEvent = (&'static str, String);

fn stat_of(path: &str) -> Option<[f64; 18]> {
    match ops::run(Op::Stat {
        path: path.to_string(),
        follow: true,
    }) {
        Ok(Out::Stat(s)) => Some(s),
        _ => None,
    }
}

/// Whether two stats differ in what uv_fs_poll compares (times, size, mode, ids, inode, dev).
fn changed(a: &Option<[f64; 18]>, b: &Option<[f64; 18]>) -> bool {
    match (a, b) {
        (None, None) => false,
        (Some(x), Some(y)) => [0usize, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17]
            .iter()
            .any(|&i| x[i] != y[i]),
        _ => true,
    }
}

fn stats_value<'js>(realm: &Rc<Realm<'js>>, s: &Option<[f64; 18]>) -> rquickjs::Result<Value<'js>> {
    let a = Array::new(realm.ctx.clone())?;
    let zero = [0f64; 18];
    for (i, v) in s.as_ref().unwrap_or(&zero).iter().enumerate() {
        a.set(i, *v)?;
    }
    Ok(a.into_value())
}

fn register<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    persistent: bool,
) -> (u64, Arc<AtomicBool>) {
    let key = realm.io.new_key();
    let stop = Arc::new(AtomicBool::new(false));
    if persistent {
        realm.event_loop.ref_handle();
    }
    table.borrow_mut().insert(
        id,
        Watch {
            stop: stop.clone(),
            key,
            refed: persistent,
        },
    );
    (key, stop)
}

fn start_stat<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    path: String,
    interval: u64,
    persistent: bool,
) {
    let (key, stop) = register(realm, table, id, persistent);
    realm.io.set_receiver(
        key,
        Rc::new(move |realm, value| {
            let Ok(pair) = value.downcast::<StatPair>() else {
                return;
            };
            let (new, old) = *pair;
            let status = if new.is_some() { 0 } else { -libc::ENOENT };
            let args = (|| -> rquickjs::Result<Vec<Value<'_>>> {
                Ok(vec![
                    Value::new_int(realm.ctx.clone(), status),
                    stats_value(realm, &new)?,
                    stats_value(realm, &old)?,
                ])
            })();
            if let Ok(args) = args {
                wrap::make_callback(realm, id, "onchange", args);
            }
        }),
    );
    let sender = realm.event_loop.sender();
    std::thread::spawn(move || {
        let mut prev = stat_of(&path);
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(interval.max(1)));
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let cur = stat_of(&path);
            if changed(&cur, &prev) {
                let pair: StatPair = (cur, prev);
                if !sender.post(key, Box::new(pair)) {
                    break;
                }
            }
            prev = cur;
        }
    });
}

fn start_event<'js>(
    realm: &Rc<Realm<'js>>,
    table: &Table,
    id: AsyncId,
    path: String,
    persistent: bool,
) -> i32 {
    let Ok(cpath) = std::ffi::CString::new(path.clone()) else {
        return -libc::EINVAL;
    };
    // SAFETY: inotify_init1 returns a new descriptor or -1.
    let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC | libc::IN_NONBLOCK) };
    if fd < 0 {
        return crate::io::errno::of(&std::io::Error::last_os_error());
    }
    let mask = libc::IN_ATTRIB
        | libc::IN_CREATE
        | libc::IN_MODIFY
        | libc::IN_DELETE
        | libc::IN_DELETE_SELF
        | libc::IN_MOVE_SELF
        | libc::IN_MOVED_FROM
        | libc::IN_MOVED_TO;
    // SAFETY: adds a watch on a NUL-terminated path to the descriptor made above.
    if unsafe { libc::inotify_add_watch(fd, cpath.as_ptr(), mask) } < 0 {
        let e = crate::io::errno::of(&std::io::Error::last_os_error());
        // SAFETY: closes the descriptor made above.
        unsafe { libc::close(fd) };
        return e;
    }
    let base = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (key, stop) = register(realm, table, id, persistent);
    realm.io.set_receiver(
        key,
        Rc::new(move |realm, value| {
            let Ok(ev) = value.downcast::<FsEvent>() else {
                return;
            };
            let (kind, name) = *ev;
            let args = (|| -> rquickjs::Result<Vec<Value<'_>>> {
                Ok(vec![
                    Value::new_int(realm.ctx.clone(), 0),
                    rquickjs::String::from_str(realm.ctx.clone(), kind)?.into_value(),
                    rquickjs::String::from_str(realm.ctx.clone(), &name)?.into_value(),
                ])
            })();
            if let Ok(args) = args {
                wrap::make_callback(realm, id, "onchange", args);
            }
        }),
    );
    let sender = realm.event_loop.sender();
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 64 * 1024];
        while !stop.load(Ordering::Relaxed) {
            let mut pfd = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: polls one pollfd for at most 50 ms.
            let n = unsafe { libc::poll(&raw mut pfd, 1, 50) };
            if n <= 0 || stop.load(Ordering::Relaxed) {
                continue;
            }
            // SAFETY: reads into `buf`, which holds `buf.len()` bytes.
            let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if got <= 0 {
                continue;
            }
            let mut off = 0usize;
            let head = std::mem::size_of::<libc::inotify_event>();
            while off + head <= got as usize {
                // SAFETY: the kernel wrote a whole inotify_event at `off`; read_unaligned copes
                // with the byte buffer's alignment.
                let ev: libc::inotify_event =
                    unsafe { std::ptr::read_unaligned(buf.as_ptr().add(off).cast()) };
                let name_bytes = &buf[off + head..off + head + ev.len as usize];
                let name = if ev.len > 0 {
                    let end = name_bytes
                        .iter()
                        .position(|&b| b == 0)
                        .unwrap_or(name_bytes.len());
                    String::from_utf8_lossy(&name_bytes[..end]).into_owned()
                } else {
                    base.clone()
                };
                off += head + ev.len as usize;
                let kind = if ev.mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
                    "rename"
                } else {
                    "change"
                };
                let event: FsEvent = (kind, name);
                if !sender.post(key, Box::new(event)) {
                    break;
                }
            }
        }
        // SAFETY: closes the inotify descriptor this thread owns.
        unsafe { libc::close(fd) };
    });
    0
}

pub(super) fn install<'js>(realm: &Rc<Realm<'js>>, obj: &Object<'js>) -> rquickjs::Result<()> {
    let ctx = &realm.ctx;
    let table: Table = Rc::default();

    let (r, t) = (realm.clone(), table.clone());
    def(
        ctx,
        obj,
        "statWatchStart",
        move |id: f64, path: String, interval: f64, persistent: bool| {
            start_stat(&r, &t, id as AsyncId, path, interval as u64, persistent);
        },
    )?;
    let (r, t) = (realm.clone(), table.clone());
    def(
        ctx,
        obj,
        "eventWatchStart",
        move |id: f64, path: String, persistent: bool| -> i32 {
            start_event(&r, &t, id as AsyncId, path, persistent)
        },
    )?;
    let (r, t) = (realm.clone(), table.clone());
    def(ctx, obj, "watchClose", move |id: f64| {
        let id = id as AsyncId;
        if let Some(w) = t.borrow_mut().remove(&id) {
            w.stop.store(true, Ordering::Relaxed);
            r.io.remove_receiver(w.key);
            if w.refed {
                r.event_loop.unref_handle();
            }
        }
        r.io.on_close_phase(&r, Box::new(move |realm| wrap::destroy(realm, id)));
    })?;
    let (r, t) = (realm.clone(), table.clone());
    def(ctx, obj, "watchRef", move |id: f64, on: bool| {
        if let Some(w) = t.borrow_mut().get_mut(&(id as AsyncId)) {
            if w.refed != on {
                w.refed = on;
                if on {
                    r.event_loop.ref_handle();
                } else {
                    r.event_loop.unref_handle();
                }
            }
        }
    })?;
    Ok(())
}
