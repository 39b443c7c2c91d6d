//! `internalBinding('fs')`: Node's fs binding. `op(kind, args, reqId)` runs one operation of
//! [`ops`]: inline when `reqId` is undefined (the `*Sync` APIs; a failure throws its negative
//! errno, which `js/fs.js` turns into Node's error), else on the thread pool, after which the
//! request (`FSReqCallback`, `FSReqPromise`, `ReadFileJob`, ... started by JS with
//! `initWrap`) gets `oncomplete(errno, result)` through MakeCallback and is destroyed.
//! Also [`uv_error`], which turns an OS error into Node's error shape for the module loaders.

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::rc::Rc;

use rquickjs::function::Opt;
use rquickjs::{Array, Function, Object, TypedArray, Value};
use weft_async_core::AsyncId;

mod ops;
mod watch;

use ops::{Op, Out, Target};

use super::def;
use crate::io::wrap;
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

    watch::install(realm, &obj)?;

    let r = realm.clone();
    let me = obj.clone();
    def(
        ctx,
        &obj,
        "op",
        move |kind: String, args: Array<'js>, req: Opt<f64>| -> rquickjs::Result<Value<'js>> {
            let op = parse(&kind, &args)?;
            match req.0 {
                None => match ops::run(op) {
                    Ok(out) => to_js(&r, out),
                    Err(errno) => Err(r.ctx.throw(Value::new_int(r.ctx.clone(), errno))),
                },
                Some(id) => {
                    start(&r, &me, &kind, op, id as AsyncId);
                    Ok(Value::new_undefined(r.ctx.clone()))
                }
            }
        },
    )?;
    Ok(obj)
}

/// Runs `op` on the thread pool for request `id`, then calls its `oncomplete(errno, result)`.
/// A FileHandle open (`kind` = `openFileHandle`) makes the `FileHandle` first, outside any
/// callback scope (Node creates it in C++ before resolving), via `binding.newFileHandle(fd)`.
fn start<'js>(realm: &Rc<Realm<'js>>, binding: &Object<'js>, kind: &str, op: Op, id: AsyncId) {
    let make_handle = kind == "openFileHandle";
    let binding = binding.clone();
    let queued = realm.io.run_blocking(
        realm,
        move || ops::run(op),
        move |realm, res| {
            let (status, value) = match res {
                Ok(Out::Int(fd)) if make_handle => {
                    let f: Option<Function<'js>> = binding.get("newFileHandle").ok();
                    let v = f.and_then(|f| f.call::<_, Value<'js>>((fd,)).ok());
                    (
                        0,
                        v.unwrap_or_else(|| Value::new_undefined(realm.ctx.clone())),
                    )
                }
                Ok(out) => (0, to_js(realm, out).unwrap_or_else(|_| realm.ctx.catch())),
                Err(errno) => (errno, Value::new_undefined(realm.ctx.clone())),
            };
            let args = vec![Value::new_int(realm.ctx.clone(), status), value];
            wrap::make_callback(realm, id, "oncomplete", args);
            wrap::destroy(realm, id);
        },
    );
    if queued.is_err() {
        // No pool thread: report EAGAIN through the request on the next turn.
        realm.io.defer(
            realm,
            Box::new(move |realm| {
                let args = vec![
                    Value::new_int(realm.ctx.clone(), -libc::EAGAIN),
                    Value::new_undefined(realm.ctx.clone()),
                ];
                wrap::make_callback(realm, id, "oncomplete", args);
                wrap::destroy(realm, id);
            }),
        );
    }
}

fn to_js<'js>(realm: &Rc<Realm<'js>>, out: Out) -> rquickjs::Result<Value<'js>> {
    let ctx = &realm.ctx;
    Ok(match out {
        Out::None => Value::new_undefined(ctx.clone()),
        Out::Int(n) => Value::new_number(ctx.clone(), n),
        Out::Bool(b) => Value::new_bool(ctx.clone(), b),
        Out::Str(s) => rquickjs::String::from_str(ctx.clone(), &s)?.into_value(),
        Out::MaybeStr(None) => Value::new_undefined(ctx.clone()),
        Out::MaybeStr(Some(s)) => rquickjs::String::from_str(ctx.clone(), &s)?.into_value(),
        Out::Bytes(b) => TypedArray::<u8>::new(ctx.clone(), b)?.into_value(),
        Out::Stat(f) => {
            let a = Array::new(ctx.clone())?;
            for (i, v) in f.iter().enumerate() {
                a.set(i, *v)?;
            }
            a.into_value()
        }
        Out::Statfs(f) => {
            let a = Array::new(ctx.clone())?;
            for (i, v) in f.iter().enumerate() {
                a.set(i, *v)?;
            }
            a.into_value()
        }
        Out::Dir(list) => {
            let names = Array::new(ctx.clone())?;
            let types = Array::new(ctx.clone())?;
            for (i, (n, t)) in list.into_iter().enumerate() {
                names.set(i, n)?;
                types.set(i, t)?;
            }
            let a = Array::new(ctx.clone())?;
            a.set(0, names)?;
            a.set(1, types)?;
            a.into_value()
        }
    })
}

/// Reads `args` (already validated and normalised by `js/fs.js`) into an [`Op`].
fn parse<'js>(kind: &str, args: &Array<'js>) -> rquickjs::Result<Op> {
    let s = |i: usize| args.get::<String>(i);
    let n = |i: usize| args.get::<f64>(i);
    let fd = |i: usize| args.get::<f64>(i).map(|v| v as i32);
    let b = |i: usize| args.get::<bool>(i);
    let bytes = |i: usize| -> rquickjs::Result<Vec<u8>> {
        let v: Value<'js> = args.get(i)?;
        if let Some(st) = v.as_string() {
            return Ok(st.to_string()?.into_bytes());
        }
        let arr = TypedArray::<u8>::from_value(v)?;
        Ok(super::typed_bytes(&arr))
    };
    let target = |i: usize| -> rquickjs::Result<Target> {
        let v: Value<'js> = args.get(i)?;
        Ok(match v.as_number() {
            Some(f) => Target::Fd(f as i32),
            None => Target::Path(args.get(i)?),
        })
    };
    Ok(match kind {
        "open" | "openFileHandle" => Op::Open {
            path: s(0)?,
            flags: n(1)? as i32,
            mode: n(2)? as u32,
        },
        "close" => Op::Close { fd: fd(0)? },
        "read" => Op::Read {
            fd: fd(0)?,
            len: n(1)? as usize,
            pos: n(2)? as i64,
        },
        "write" => Op::Write {
            fd: fd(0)?,
            data: bytes(1)?,
            pos: n(2)? as i64,
        },
        "stat" => Op::Stat {
            path: s(0)?,
            follow: true,
        },
        "lstat" => Op::Stat {
            path: s(0)?,
            follow: false,
        },
        "fstat" => Op::Fstat { fd: fd(0)? },
        "readdir" => Op::Readdir { path: s(0)? },
        "mkdir" => Op::Mkdir {
            path: s(0)?,
            mode: n(1)? as u32,
            recursive: b(2)?,
        },
        "mkdtemp" => Op::Mkdtemp { prefix: s(0)? },
        "rmdir" => Op::Rmdir { path: s(0)? },
        "rm" => Op::Rm {
            path: s(0)?,
            recursive: b(1)?,
            force: b(2)?,
        },
        "unlink" => Op::Unlink { path: s(0)? },
        "rename" => Op::Rename {
            from: s(0)?,
            to: s(1)?,
        },
        "copyfile" => Op::CopyFile {
            from: s(0)?,
            to: s(1)?,
            mode: n(2)? as i32,
        },
        "access" => Op::Access {
            path: s(0)?,
            mode: n(1)? as i32,
        },
        "realpath" => Op::Realpath { path: s(0)? },
        "symlink" => Op::Symlink {
            target: s(0)?,
            path: s(1)?,
        },
        "readlink" => Op::Readlink { path: s(0)? },
        "link" => Op::Link {
            from: s(0)?,
            to: s(1)?,
        },
        "truncate" => Op::Truncate {
            path: s(0)?,
            len: n(1)? as i64,
        },
        "ftruncate" => Op::Ftruncate {
            fd: fd(0)?,
            len: n(1)? as i64,
        },
        "utimes" => Op::Utimes {
            path: s(0)?,
            atime: n(1)?,
            mtime: n(2)?,
            follow: true,
        },
        "lutimes" => Op::Utimes {
            path: s(0)?,
            atime: n(1)?,
            mtime: n(2)?,
            follow: false,
        },
        "futimes" => Op::Futimes {
            fd: fd(0)?,
            atime: n(1)?,
            mtime: n(2)?,
        },
        "chmod" => Op::Chmod {
            path: s(0)?,
            mode: n(1)? as u32,
        },
        "fchmod" => Op::Fchmod {
            fd: fd(0)?,
            mode: n(1)? as u32,
        },
        "chown" => Op::Chown {
            path: s(0)?,
            uid: n(1)? as u32,
            gid: n(2)? as u32,
            follow: true,
        },
        "lchown" => Op::Chown {
            path: s(0)?,
            uid: n(1)? as u32,
            gid: n(2)? as u32,
            follow: false,
        },
        "fchown" => Op::Fchown {
            fd: fd(0)?,
            uid: n(1)? as u32,
            gid: n(2)? as u32,
        },
        "fsync" => Op::Fsync {
            fd: fd(0)?,
            data_only: false,
        },
        "fdatasync" => Op::Fsync {
            fd: fd(0)?,
            data_only: true,
        },
        "readFile" => Op::ReadFile {
            target: target(0)?,
            flags: n(1)? as i32,
        },
        "writeFile" => Op::WriteFile {
            target: target(0)?,
            data: bytes(1)?,
            flags: n(2)? as i32,
            mode: n(3)? as u32,
        },
        "exists" => Op::Exists { path: s(0)? },
        "statfs" => Op::Statfs { path: s(0)? },
        _ => {
            return Err(rquickjs::Error::new_from_js_message(
                "string",
                "fs op",
                format!("unknown fs op {kind}"),
            ))
        }
    })
}
