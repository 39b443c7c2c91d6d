//! Uncaught exceptions and the fatal paths (Node's `process._fatalException` and async_hooks'
//! `fatalError`).
//!
//! - An exception from a callback: 'uncaughtExceptionMonitor' and 'uncaughtException'
//!   listeners run while the failing callback's context is still current; if one handled it,
//!   `after` is emitted for every level on the stack, which is then cleared. Otherwise the error
//!   is printed Node-style, 'exit' is emitted with code 1 and the process leaves.
//! - An exception from a hook callback: its stack goes to stderr, 'exit' listeners run (but no
//!   'uncaughtException' listener), exit code 1.
//! - A corrupted async id stack: Node's message, exit code 1.

use std::rc::Rc;

use rquickjs::{Function, Object, Value};

use crate::async_context::{HookError, LeaveError, Scope};
use crate::realm::Realm;
use crate::stdio;

/// Handles an exception nobody caught; returns only if a listener handled it.
pub fn handle_uncaught<'js>(realm: &Rc<Realm<'js>>, err: Value<'js>) {
    if let Some(code) = crate::worker::pending_exit() {
        // A worker leaving (process.exit or terminate()) unwound through JS as an exception.
        crate::worker::exit_thread(code)
    }
    if realm.exiting.get() {
        return;
    }
    let Some(hooks) = realm.runtime_hooks() else {
        die_with(realm, err, 1);
    };
    let handled: rquickjs::Result<bool> = hooks.on_uncaught_exception.call((err.clone(), false));
    match handled {
        Ok(true) => {
            if let Err(e) = realm.async_ctx.unwind_after_handled_exception() {
                hook_threw(realm, e);
            }
        }
        Ok(false) => die_with(realm, err, 1),
        Err(_) => {
            // A listener threw: that error is fatal, with Node's exit code 7.
            let err2 = realm.ctx.catch();
            die_with(realm, err2, 7);
        }
    }
}

/// Prints `err` as Node prints a fatal exception, emits 'exit' and leaves with `code`.
///
/// As in Node, 'exit' listeners run before the error text is printed (an async_hooks fatal
/// error is the other way round, see [`hook_threw`]).
pub fn die_with<'js>(realm: &Rc<Realm<'js>>, err: Value<'js>, code: i32) -> ! {
    if crate::worker::is_worker() {
        if let Some(code) = crate::worker::pending_exit() {
            crate::worker::exit_thread(code)
        }
        // A worker's fatal error goes to the parent's Worker as 'error' (after the worker's
        // 'exit' listeners ran, as in Node), not to stderr.
        let text = crate::bindings::worker_serialize(realm, &err);
        realm.async_ctx.clear_stack();
        emit_exit(realm, code);
        if let Some(code) = crate::worker::pending_exit() {
            crate::worker::exit_thread(code)
        }
        crate::worker::report_error(text);
        realm.really_exit(code)
    }
    let text = format_fatal(realm, &err);
    realm.async_ctx.clear_stack();
    emit_exit(realm, code);
    stdio::write_stderr(&text);
    realm.really_exit(code)
}

fn emit_exit<'js>(realm: &Rc<Realm<'js>>, code: i32) {
    if let Some(hooks) = realm.runtime_hooks() {
        if hooks.emit_exit.call::<_, i32>((code,)).is_err() {
            let _ = realm.ctx.catch();
        }
    }
}

fn exit_after_emitting<'js>(realm: &Rc<Realm<'js>>, code: i32) -> ! {
    emit_exit(realm, code);
    realm.really_exit(code)
}

/// A hook callback threw: print its stack, run 'exit' listeners, exit 1.
pub fn hook_threw<'js>(realm: &Rc<Realm<'js>>, e: HookError<'js>) -> ! {
    let text = error_stack_text(realm, &e.0);
    stdio::write_stderr(&format!("{text}\n"));
    realm.async_ctx.clear_stack();
    exit_after_emitting(realm, 1)
}

/// Leaves a scope, taking the fatal path if an `after` hook threw or the stack was corrupted.
pub fn leave_or_die<'js>(realm: &Rc<Realm<'js>>, scope: Scope<'js>) {
    match realm.async_ctx.leave(scope) {
        Ok(()) => {}
        Err(LeaveError::Hook(e)) => hook_threw(realm, e),
        Err(LeaveError::Corrupted(msg)) => stack_corrupted(realm, &msg),
    }
}

/// Node's reaction to a mismatched `after`: message on stderr, exit code 1.
pub fn stack_corrupted<'js>(realm: &Rc<Realm<'js>>, message: &str) -> ! {
    stdio::write_stderr(&format!("Error: {message}\n"));
    realm.async_ctx.clear_stack();
    exit_after_emitting(realm, 1)
}

/// `err.stack` with a V8-style header line (QuickJS's stack holds only the frames).
pub fn error_stack_text<'js>(realm: &Rc<Realm<'js>>, err: &Value<'js>) -> String {
    if let Some(obj) = err.as_object() {
        let stack: Option<String> = obj.get("stack").ok();
        let name: Option<String> = obj.get("name").ok();
        let message: Option<String> = obj.get("message").ok();
        if let Some(stack) = stack {
            if stack.starts_with("    at ") || stack.is_empty() {
                let header = match (name, message) {
                    (Some(n), Some(m)) if !m.is_empty() => format!("{n}: {m}"),
                    (Some(n), _) => n,
                    (None, Some(m)) => m,
                    (None, None) => "Error".into(),
                };
                return format!("{header}\n{}", stack.trim_end());
            }
            return stack.trim_end().to_string();
        }
    }
    describe(realm, err)
}

/// A short text for any thrown value (`inspect` when the built-ins are up, else `String(v)`).
pub fn describe<'js>(realm: &Rc<Realm<'js>>, v: &Value<'js>) -> String {
    let inspected = realm
        .require_builtin("internal/util/inspect")
        .and_then(|m| m.get::<Object<'js>>())
        .and_then(|m| m.get::<_, Function<'js>>("inspect"))
        .and_then(|f| f.call::<_, String>((v.clone(),)));
    match inspected {
        Ok(s) => s,
        Err(_) => {
            let _ = realm.ctx.catch();
            v.as_string()
                .and_then(|s| s.to_string().ok())
                .or_else(|| v.as_number().map(|n| n.to_string()))
                .unwrap_or_else(|| "[uncaught exception]".to_string())
        }
    }
}

/// Node's fatal exception text: source context of the throw site when known, the error as
/// `inspect` shows it, and the `Node.js vX` trailer.
pub fn format_fatal<'js>(realm: &Rc<Realm<'js>>, err: &Value<'js>) -> String {
    let mut out = String::new();
    let is_error = err
        .as_object()
        .is_some_and(|o| o.get::<_, Value>("stack").is_ok_and(|s| s.is_string()));
    if is_error {
        if let Some(context) = source_context(realm, err) {
            out.push_str(&context);
        }
        out.push_str(&describe(realm, err));
    } else {
        out.push_str("Uncaught ");
        out.push_str(&describe(realm, err));
    }
    out.push_str(&format!("\n\nNode.js v{}\n", crate::NODE_VERSION));
    out
}

fn source_context<'js>(_realm: &Rc<Realm<'js>>, err: &Value<'js>) -> Option<String> {
    let stack: String = err.as_object()?.get("stack").ok()?;
    let frame = stack.lines().find(|l| l.trim_start().starts_with("at "))?;
    let loc = match (frame.rfind('('), frame.rfind(')')) {
        (Some(a), Some(b)) if b > a => &frame[a + 1..b],
        _ => frame.trim_start().strip_prefix("at ")?,
    };
    let mut parts = loc.rsplitn(3, ':');
    let col: usize = parts.next()?.parse().ok()?;
    let line: usize = parts.next()?.parse().ok()?;
    let file = parts.next()?;
    if file.starts_with("node:") {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let src_line = text.lines().nth(line.checked_sub(1)?)?;
    let caret = " ".repeat(col.saturating_sub(1));
    Some(format!("{file}:{line}\n{src_line}\n{caret}^\n\n"))
}
