//! `internalBinding('stdio')`: synchronous writes to the process's fds (console,
//! process.stdout/stderr, tty), terminal queries (`isatty`, window size) and raw mode.

use std::rc::Rc;

use rquickjs::{Array, Object, TypedArray, Value};

use super::def;
use crate::io::errno;
use crate::realm::Realm;
use crate::stdio;

/// Status of a blocking write as Node's handles report it: 0 or a negative errno.
fn status_of(r: std::io::Result<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::WriteZero => -libc::EIO,
        Err(e) => errno::of(&e),
    }
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    def(
        ctx,
        &obj,
        "writeSync",
        |fd: i32, text: rquickjs::String<'js>| -> rquickjs::Result<()> {
            let s = text.to_string()?;
            // EPIPE and friends are ignored here (console fallback, fatal paths).
            let _ = stdio::write_all(fd, s.as_bytes());
            Ok(())
        },
    )?;
    def(
        ctx,
        &obj,
        "writeBytes",
        |fd: i32, bytes: TypedArray<'js, u8>| -> rquickjs::Result<()> {
            let _ = stdio::write_all(fd, &super::typed_bytes(&bytes));
            Ok(())
        },
    )?;
    // The blocking write behind process.stdout/stderr handles: every byte is written before it
    // returns (nothing is lost at exit); the status is 0 or a negative errno (e.g. EPIPE).
    def(
        ctx,
        &obj,
        "writeFd",
        |fd: i32, data: Value<'js>| -> rquickjs::Result<i32> {
            if let Some(s) = data.as_string() {
                return Ok(status_of(stdio::write_all(fd, s.to_string()?.as_bytes())));
            }
            let arr = TypedArray::<u8>::from_value(data)?;
            Ok(status_of(stdio::write_all(fd, &super::typed_bytes(&arr))))
        },
    )?;
    def(ctx, &obj, "isatty", |fd: i32| stdio::isatty(fd))?;
    def(ctx, &obj, "guessHandleType", |fd: i32| {
        stdio::guess_handle_type(fd)
    })?;
    // Fills `out` with [columns, rows]; returns 0 or a negative errno.
    def(
        ctx,
        &obj,
        "getWindowSize",
        |fd: i32, out: Array<'js>| -> rquickjs::Result<i32> {
            match stdio::window_size(fd) {
                Ok((cols, rows)) => {
                    out.set(0, cols)?;
                    out.set(1, rows)?;
                    Ok(0)
                }
                Err(e) => Ok(errno::of(&e)),
            }
        },
    )?;
    // A private duplicate of `fd` (close-on-exec) for a stream handle to own, so that closing
    // the handle never closes the process's own stdio fd. Returns the new fd or a negative errno.
    def(ctx, &obj, "dup", |fd: i32| -> i32 {
        // SAFETY: F_DUPFD_CLOEXEC only creates a new descriptor; failure is reported by -1.
        let new_fd = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
        if new_fd < 0 {
            errno::of(&std::io::Error::last_os_error())
        } else {
            new_fd
        }
    })?;
    def(ctx, &obj, "rememberFlags", |fd: i32| {
        stdio::remember_flags(fd)
    })?;
    def(ctx, &obj, "setRawMode", |fd: i32, raw: bool| {
        status_of(stdio::set_raw_mode(fd, raw))
    })?;
    Ok(obj)
}
