//! `internalBinding('fs')`: the synchronous file operations weft has so far, and
//! [`uv_error`], which turns an OS error into Node's error shape
//! (`ENOENT: no such file or directory, open '/x'` with `errno`, `code`, `syscall`, `path`).

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::rc::Rc;

use rquickjs::{Object, TypedArray, Value};

use super::def;
use crate::realm::Realm;
use crate::stdio;

/// libuv's name and description for an errno (the subset fs/net/process report).
fn uv_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        _ => ("EIO", "i/o error"),
    }
}

/// Builds Node's error object for a failed system call.
pub fn uv_error<'js>(
    realm: &Rc<Realm<'js>>,
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Value<'js> {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    let (code, desc) = uv_name(errno);
    let mut message = format!("{code}: {desc}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        message.push_str(&format!(" -> '{d}'"));
    }
    let make = || -> rquickjs::Result<Value<'js>> {
        let e = super::new_error(&realm.ctx, "Error", &message)?;
        e.set("errno", -errno)?;
        e.set("code", code)?;
        e.set("syscall", syscall)?;
        if let Some(p) = path {
            e.set("path", p)?;
        }
        if let Some(d) = dest {
            e.set("dest", d)?;
        }
        Ok(e.into_value())
    };
    make().unwrap_or_else(|_| realm.ctx.catch())
}

fn throw_uv<'js>(
    realm: &Rc<Realm<'js>>,
    e: std::io::Error,
    syscall: &str,
    path: Option<&str>,
) -> rquickjs::Error {
    let v = uv_error(realm, &e, syscall, path, None);
    realm.ctx.throw(v)
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "writeString",
        move |fd: i32, text: String| -> rquickjs::Result<f64> {
            stdio::write_all(fd, text.as_bytes()).map_err(|e| throw_uv(&r, e, "write", None))?;
            Ok(text.len() as f64)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "writeBytes",
        move |fd: i32, bytes: TypedArray<'js, u8>| -> rquickjs::Result<f64> {
            let b = super::typed_bytes(&bytes);
            stdio::write_all(fd, &b).map_err(|e| throw_uv(&r, e, "write", None))?;
            Ok(b.len() as f64)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "readFileUtf8",
        move |path: String| -> rquickjs::Result<String> {
            let bytes = std::fs::read(&path).map_err(|e| throw_uv(&r, e, "open", Some(&path)))?;
            Ok(String::from_utf8_lossy(&bytes).into_owned())
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "readFileBytes",
        move |path: String| -> rquickjs::Result<TypedArray<'js, u8>> {
            let bytes = std::fs::read(&path).map_err(|e| throw_uv(&r, e, "open", Some(&path)))?;
            TypedArray::new(r.ctx.clone(), bytes)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "readFd",
        move |fd: i32| -> rquickjs::Result<TypedArray<'js, u8>> {
            use std::os::fd::FromRawFd;
            // SAFETY: the File is never dropped, so the caller's fd stays open.
            let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
            let mut buf = Vec::new();
            file.read_to_end(&mut buf)
                .map_err(|e| throw_uv(&r, e, "read", None))?;
            TypedArray::new(r.ctx.clone(), buf)
        },
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "writeFile",
        move |path: String, data: Value<'js>, flag: String| -> rquickjs::Result<()> {
            let mut opts = OpenOptions::new();
            match flag.as_str() {
                "a" | "as" => opts.append(true).create(true),
                "ax" => opts.append(true).create_new(true),
                "wx" | "xw" => opts.write(true).create_new(true),
                "r+" => opts.read(true).write(true),
                _ => opts.write(true).create(true).truncate(true),
            };
            let mut file = opts
                .open(&path)
                .map_err(|e| throw_uv(&r, e, "open", Some(&path)))?;
            let result = if let Some(s) = data.as_string() {
                let s = s.to_string()?;
                file.write_all(s.as_bytes())
            } else {
                let arr = TypedArray::<u8>::from_value(data)?;
                file.write_all(&super::typed_bytes(&arr))
            };
            result.map_err(|e| throw_uv(&r, e, "write", None))
        },
    )?;
    def(ctx, &obj, "exists", |path: String| {
        std::path::Path::new(&path).exists()
    })?;
    Ok(obj)
}
