//! The file-system operations behind `internalBinding('fs')`, as libuv's `uv_fs_*` do them:
//! plain system calls on paths and descriptors, with no JS in sight, so that each can run on
//! the thread pool (callback and promise APIs) or inline (the `*Sync` APIs). Failures are
//! negative errno values, turned into Node's errors on the JS side.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

/// Path or descriptor (readFile/writeFile accept both).
pub enum Target {
    Path(String),
    Fd(i32),
}

/// One operation and its arguments.
pub enum Op {
    Open {
        path: String,
        flags: i32,
        mode: u32,
    },
    Close {
        fd: i32,
    },
    Read {
        fd: i32,
        len: usize,
        pos: i64,
    },
    Write {
        fd: i32,
        data: Vec<u8>,
        pos: i64,
    },
    Stat {
        path: String,
        follow: bool,
    },
    Fstat {
        fd: i32,
    },
    Readdir {
        path: String,
    },
    Mkdir {
        path: String,
        mode: u32,
        recursive: bool,
    },
    Mkdtemp {
        prefix: String,
    },
    Rmdir {
        path: String,
    },
    Rm {
        path: String,
        recursive: bool,
        force: bool,
    },
    Unlink {
        path: String,
    },
    Rename {
        from: String,
        to: String,
    },
    CopyFile {
        from: String,
        to: String,
        mode: i32,
    },
    Access {
        path: String,
        mode: i32,
    },
    Realpath {
        path: String,
    },
    Symlink {
        target: String,
        path: String,
    },
    Readlink {
        path: String,
    },
    Link {
        from: String,
        to: String,
    },
    Truncate {
        path: String,
        len: i64,
    },
    Ftruncate {
        fd: i32,
        len: i64,
    },
    Utimes {
        path: String,
        atime: f64,
        mtime: f64,
        follow: bool,
    },
    Futimes {
        fd: i32,
        atime: f64,
        mtime: f64,
    },
    Chmod {
        path: String,
        mode: u32,
    },
    Fchmod {
        fd: i32,
        mode: u32,
    },
    Chown {
        path: String,
        uid: u32,
        gid: u32,
        follow: bool,
    },
    Fchown {
        fd: i32,
        uid: u32,
        gid: u32,
    },
    Fsync {
        fd: i32,
        data_only: bool,
    },
    ReadFile {
        target: Target,
        flags: i32,
    },
    WriteFile {
        target: Target,
        data: Vec<u8>,
        flags: i32,
        mode: u32,
    },
    Exists {
        path: String,
    },
    Statfs {
        path: String,
    },
}

/// What an operation produces.
pub enum Out {
    None,
    Int(f64),
    Bool(bool),
    Str(String),
    MaybeStr(Option<String>),
    Bytes(Vec<u8>),
    /// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then (sec, nsec) for
    /// atime, mtime, ctime, birthtime.
    Stat([f64; 18]),
    /// type, bsize, frsize, blocks, bfree, bavail, files, ffree.
    Statfs([f64; 8]),
    /// Names (sorted bytewise, as libuv's scandir) and `UV_DIRENT_*` types.
    Dir(Vec<(String, i32)>),
}

pub type Res = Result<Out, i32>;

fn last() -> i32 {
    -std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn cpath(p: &str) -> Result<CString, i32> {
    CString::new(p.as_bytes()).map_err(|_| -libc::EINVAL)
}

fn check(rc: libc::c_int) -> Result<(), i32> {
    if rc < 0 {
        Err(last())
    } else {
        Ok(())
    }
}

fn io_err(e: &std::io::Error) -> i32 {
    crate::io::errno::of(e)
}

/// Runs `op` to completion on the calling thread.
pub fn run(op: Op) -> Res {
    match op {
        Op::Open { path, flags, mode } => open(&path, flags, mode).map(|fd| Out::Int(fd.into())),
        Op::Close { fd } => {
            // SAFETY: closing a descriptor number the caller owns.
            check(unsafe { libc::close(fd) }).map(|()| Out::None)
        }
        Op::Read { fd, len, pos } => read(fd, len, pos).map(Out::Bytes),
        Op::Write { fd, data, pos } => write(fd, &data, pos).map(|n| Out::Int(n as f64)),
        Op::Stat { path, follow } => {
            let c = cpath(&path)?;
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            statx(libc::AT_FDCWD, &c, flags).map(Out::Stat)
        }
        Op::Fstat { fd } => statx(fd, c"", libc::AT_EMPTY_PATH).map(Out::Stat),
        Op::Readdir { path } => readdir(&path).map(Out::Dir),
        Op::Mkdir {
            path,
            mode,
            recursive,
        } => {
            if recursive {
                mkdirp(&path, mode).map(Out::MaybeStr)
            } else {
                let c = cpath(&path)?;
                // SAFETY: mkdir on a NUL-terminated path.
                check(unsafe { libc::mkdir(c.as_ptr(), mode) }).map(|()| Out::None)
            }
        }
        Op::Mkdtemp { prefix } => {
            let mut t = format!("{prefix}XXXXXX").into_bytes();
            t.push(0);
            // SAFETY: `t` is a writable NUL-terminated template that mkdtemp fills in.
            let p = unsafe { libc::mkdtemp(t.as_mut_ptr().cast()) };
            if p.is_null() {
                return Err(last());
            }
            t.pop();
            Ok(Out::Str(String::from_utf8_lossy(&t).into_owned()))
        }
        Op::Rmdir { path } => {
            let c = cpath(&path)?;
            // SAFETY: rmdir on a NUL-terminated path.
            check(unsafe { libc::rmdir(c.as_ptr()) }).map(|()| Out::None)
        }
        Op::Rm {
            path,
            recursive,
            force,
        } => rm(&path, recursive, force).map(|()| Out::None),
        Op::Unlink { path } => {
            let c = cpath(&path)?;
            // SAFETY: unlink on a NUL-terminated path.
            check(unsafe { libc::unlink(c.as_ptr()) }).map(|()| Out::None)
        }
        Op::Rename { from, to } => {
            let (a, b) = (cpath(&from)?, cpath(&to)?);
            // SAFETY: rename on NUL-terminated paths.
            check(unsafe { libc::rename(a.as_ptr(), b.as_ptr()) }).map(|()| Out::None)
        }
        Op::CopyFile { from, to, mode } => copy_file(&from, &to, mode).map(|()| Out::None),
        Op::Access { path, mode } => {
            let c = cpath(&path)?;
            // SAFETY: access on a NUL-terminated path.
            check(unsafe { libc::access(c.as_ptr(), mode) }).map(|()| Out::None)
        }
        Op::Realpath { path } => std::fs::canonicalize(&path)
            .map(|p| Out::Str(p.to_string_lossy().into_owned()))
            .map_err(|e| io_err(&e)),
        Op::Symlink { target, path } => {
            let (a, b) = (cpath(&target)?, cpath(&path)?);
            // SAFETY: symlink on NUL-terminated paths.
            check(unsafe { libc::symlink(a.as_ptr(), b.as_ptr()) }).map(|()| Out::None)
        }
        Op::Readlink { path } => std::fs::read_link(&path)
            .map(|p| Out::Str(p.to_string_lossy().into_owned()))
            .map_err(|e| io_err(&e)),
        Op::Link { from, to } => {
            let (a, b) = (cpath(&from)?, cpath(&to)?);
            // SAFETY: link on NUL-terminated paths.
            check(unsafe { libc::link(a.as_ptr(), b.as_ptr()) }).map(|()| Out::None)
        }
        Op::Truncate { path, len } => {
            let c = cpath(&path)?;
            // SAFETY: truncate on a NUL-terminated path.
            check(unsafe { libc::truncate(c.as_ptr(), len) }).map(|()| Out::None)
        }
        Op::Ftruncate { fd, len } => {
            // SAFETY: ftruncate on a descriptor number.
            check(unsafe { libc::ftruncate(fd, len) }).map(|()| Out::None)
        }
        Op::Utimes {
            path,
            atime,
            mtime,
            follow,
        } => {
            let c = cpath(&path)?;
            let ts = [timespec(atime), timespec(mtime)];
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: utimensat with a NUL-terminated path and a two-element timespec array.
            check(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) })
                .map(|()| Out::None)
        }
        Op::Futimes { fd, atime, mtime } => {
            let ts = [timespec(atime), timespec(mtime)];
            // SAFETY: futimens with a two-element timespec array.
            check(unsafe { libc::futimens(fd, ts.as_ptr()) }).map(|()| Out::None)
        }
        Op::Chmod { path, mode } => {
            let c = cpath(&path)?;
            // SAFETY: chmod on a NUL-terminated path.
            check(unsafe { libc::chmod(c.as_ptr(), mode) }).map(|()| Out::None)
        }
        Op::Fchmod { fd, mode } => {
            // SAFETY: fchmod on a descriptor number.
            check(unsafe { libc::fchmod(fd, mode) }).map(|()| Out::None)
        }
        Op::Chown {
            path,
            uid,
            gid,
            follow,
        } => {
            let c = cpath(&path)?;
            // SAFETY: chown/lchown on a NUL-terminated path.
            let rc = unsafe {
                if follow {
                    libc::chown(c.as_ptr(), uid, gid)
                } else {
                    libc::lchown(c.as_ptr(), uid, gid)
                }
            };
            check(rc).map(|()| Out::None)
        }
        Op::Fchown { fd, uid, gid } => {
            // SAFETY: fchown on a descriptor number.
            check(unsafe { libc::fchown(fd, uid, gid) }).map(|()| Out::None)
        }
        Op::Fsync { fd, data_only } => {
            // SAFETY: fsync/fdatasync on a descriptor number.
            let rc = unsafe {
                if data_only {
                    libc::fdatasync(fd)
                } else {
                    libc::fsync(fd)
                }
            };
            check(rc).map(|()| Out::None)
        }
        Op::ReadFile { target, flags } => read_file(&target, flags).map(Out::Bytes),
        Op::WriteFile {
            target,
            data,
            flags,
            mode,
        } => write_file(&target, &data, flags, mode).map(|()| Out::None),
        Op::Statfs { path } => {
            let c = cpath(&path)?;
            // SAFETY: statfs writes into the zeroed struct and reports failure through its
            // return value.
            let st = unsafe {
                let mut st: libc::statfs = std::mem::zeroed();
                check(libc::statfs(c.as_ptr(), &mut st))?;
                st
            };
            Ok(Out::Statfs([
                st.f_type as f64,
                st.f_bsize as f64,
                st.f_frsize as f64,
                st.f_blocks as f64,
                st.f_bfree as f64,
                st.f_bavail as f64,
                st.f_files as f64,
                st.f_ffree as f64,
            ]))
        }
        Op::Exists { path } => {
            let Ok(c) = cpath(&path) else {
                return Ok(Out::Bool(false));
            };
            // SAFETY: access on a NUL-terminated path.
            Ok(Out::Bool(
                unsafe { libc::access(c.as_ptr(), libc::F_OK) } == 0,
            ))
        }
    }
}

fn timespec(secs: f64) -> libc::timespec {
    let s = secs.floor();
    libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ((secs - s) * 1e9) as libc::c_long,
    }
}

fn open(path: &str, flags: i32, mode: u32) -> Result<i32, i32> {
    let c = cpath(path)?;
    // SAFETY: open on a NUL-terminated path; the descriptor is handed to JS.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        Err(last())
    } else {
        Ok(fd)
    }
}

fn read(fd: i32, len: usize, pos: i64) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; len];
    loop {
        // SAFETY: reads at most `len` bytes into `buf`, which holds `len` bytes.
        let n = unsafe {
            if pos < 0 {
                libc::read(fd, buf.as_mut_ptr().cast(), len)
            } else {
                libc::pread(fd, buf.as_mut_ptr().cast(), len, pos)
            }
        };
        if n < 0 {
            let e = last();
            if e == -libc::EINTR {
                continue;
            }
            return Err(e);
        }
        buf.truncate(n as usize);
        return Ok(buf);
    }
}

fn write(fd: i32, data: &[u8], pos: i64) -> Result<usize, i32> {
    loop {
        // SAFETY: writes the bytes of `data`.
        let n = unsafe {
            if pos < 0 {
                libc::write(fd, data.as_ptr().cast(), data.len())
            } else {
                libc::pwrite(fd, data.as_ptr().cast(), data.len(), pos)
            }
        };
        if n < 0 {
            let e = last();
            if e == -libc::EINTR {
                continue;
            }
            return Err(e);
        }
        return Ok(n as usize);
    }
}

fn statx(dirfd: i32, path: &std::ffi::CStr, flags: i32) -> Result<[f64; 18], i32> {
    // SAFETY: statx writes into the zeroed struct and reports failure through its return value.
    let sx = unsafe {
        let mut sx: libc::statx = std::mem::zeroed();
        check(libc::statx(
            dirfd,
            path.as_ptr(),
            flags,
            libc::STATX_BASIC_STATS | libc::STATX_BTIME,
            &mut sx,
        ))?;
        sx
    };
    let dev = libc::makedev(sx.stx_dev_major, sx.stx_dev_minor) as f64;
    let rdev = libc::makedev(sx.stx_rdev_major, sx.stx_rdev_minor) as f64;
    let (bs, bn) = if sx.stx_mask & libc::STATX_BTIME != 0 {
        (sx.stx_btime.tv_sec as f64, f64::from(sx.stx_btime.tv_nsec))
    } else {
        (sx.stx_ctime.tv_sec as f64, f64::from(sx.stx_ctime.tv_nsec))
    };
    Ok([
        dev,
        f64::from(sx.stx_mode),
        f64::from(sx.stx_nlink),
        f64::from(sx.stx_uid),
        f64::from(sx.stx_gid),
        rdev,
        f64::from(sx.stx_blksize),
        sx.stx_ino as f64,
        sx.stx_size as f64,
        sx.stx_blocks as f64,
        sx.stx_atime.tv_sec as f64,
        f64::from(sx.stx_atime.tv_nsec),
        sx.stx_mtime.tv_sec as f64,
        f64::from(sx.stx_mtime.tv_nsec),
        sx.stx_ctime.tv_sec as f64,
        f64::from(sx.stx_ctime.tv_nsec),
        bs,
        bn,
    ])
}

/// libuv's `UV_DIRENT_*` value of a file type.
fn dirent_type(ft: std::fs::FileType) -> i32 {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_file() {
        1
    } else if ft.is_dir() {
        2
    } else if ft.is_symlink() {
        3
    } else if ft.is_fifo() {
        4
    } else if ft.is_socket() {
        5
    } else if ft.is_char_device() {
        6
    } else if ft.is_block_device() {
        7
    } else {
        0
    }
}

fn readdir(path: &str) -> Result<Vec<(String, i32)>, i32> {
    let rd = std::fs::read_dir(path).map_err(|e| io_err(&e))?;
    let mut out: Vec<(Vec<u8>, i32)> = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_err(&e))?;
        let ty = ent.file_type().map(dirent_type).unwrap_or(0);
        out.push((ent.file_name().as_bytes().to_vec(), ty));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out
        .into_iter()
        .map(|(n, t)| (String::from_utf8_lossy(&n).into_owned(), t))
        .collect())
}

/// `mkdir -p`: the first directory created, if any.
fn mkdirp(path: &str, mode: u32) -> Result<Option<String>, i32> {
    let p = std::path::Path::new(path);
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => return Ok(None),
        Ok(_) => return Err(-libc::EEXIST),
        Err(_) => {}
    }
    // Find the missing ancestors, outermost last.
    let mut missing = Vec::new();
    let mut cur = Some(p);
    while let Some(c) = cur {
        if c.as_os_str().is_empty() {
            break;
        }
        match std::fs::symlink_metadata(c) {
            Ok(m) => {
                if !std::fs::metadata(c)
                    .map(|m| m.is_dir())
                    .unwrap_or(m.is_dir())
                {
                    return Err(-libc::ENOTDIR);
                }
                break;
            }
            Err(_) => missing.push(c.to_path_buf()),
        }
        cur = c.parent();
    }
    let first = missing.last().map(|f| f.to_string_lossy().into_owned());
    for dir in missing.iter().rev() {
        let c = cpath(&dir.to_string_lossy())?;
        // SAFETY: mkdir on a NUL-terminated path.
        if unsafe { libc::mkdir(c.as_ptr(), mode) } < 0 {
            let e = last();
            if e != -libc::EEXIST {
                return Err(e);
            }
        }
    }
    Ok(first)
}

fn rm(path: &str, recursive: bool, force: bool) -> Result<(), i32> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let e = io_err(&e);
            return if force && e == -libc::ENOENT {
                Ok(())
            } else {
                Err(e)
            };
        }
    };
    if meta.is_dir() {
        if !recursive {
            return Err(-libc::EISDIR);
        }
        std::fs::remove_dir_all(path).map_err(|e| io_err(&e))
    } else {
        std::fs::remove_file(path).map_err(|e| io_err(&e))
    }
}

fn copy_file(from: &str, to: &str, mode: i32) -> Result<(), i32> {
    const COPYFILE_EXCL: i32 = 1;
    const COPYFILE_FICLONE_FORCE: i32 = 4;
    use std::os::fd::FromRawFd;
    let src_fd = open(from, libc::O_RDONLY, 0)?;
    // SAFETY: `src_fd` was just opened and is owned by this File.
    let mut src = unsafe { std::fs::File::from_raw_fd(src_fd) };
    let perm = src.metadata().map_err(|e| io_err(&e))?.permissions();
    if mode & COPYFILE_FICLONE_FORCE != 0 {
        return Err(-libc::ENOSYS);
    }
    let mut flags = libc::O_WRONLY | libc::O_CREAT;
    if mode & COPYFILE_EXCL != 0 {
        flags |= libc::O_EXCL;
    }
    let dst_fd = open(to, flags, 0o666)?;
    // SAFETY: `dst_fd` was just opened and is owned by this File.
    let mut dst = unsafe { std::fs::File::from_raw_fd(dst_fd) };
    // As libuv: copying a file onto itself is a no-op, so truncate only after comparing.
    {
        use std::os::unix::fs::MetadataExt;
        let (a, b) = (
            src.metadata().map_err(|e| io_err(&e))?,
            dst.metadata().map_err(|e| io_err(&e))?,
        );
        if a.dev() == b.dev() && a.ino() == b.ino() {
            return Ok(());
        }
    }
    dst.set_len(0).map_err(|e| io_err(&e))?;
    std::io::copy(&mut src, &mut dst).map_err(|e| io_err(&e))?;
    dst.set_permissions(perm).map_err(|e| io_err(&e))
}

fn read_file(target: &Target, flags: i32) -> Result<Vec<u8>, i32> {
    use std::io::Read;
    use std::os::fd::FromRawFd;
    let (fd, owned) = match target {
        Target::Path(p) => (open(p, flags, 0o666)?, true),
        Target::Fd(fd) => (*fd, false),
    };
    // SAFETY: the File owns `fd` only when we opened it; otherwise it is never dropped.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let mut buf = Vec::new();
    let r = (&*file).read_to_end(&mut buf).map_err(|e| io_err(&e));
    if owned {
        drop(std::mem::ManuallyDrop::into_inner(file));
    }
    r.map(|_| buf)
}

fn write_file(target: &Target, data: &[u8], flags: i32, mode: u32) -> Result<(), i32> {
    let (fd, owned) = match target {
        Target::Path(p) => (open(p, flags, mode)?, true),
        Target::Fd(fd) => (*fd, false),
    };
    let mut rest = data;
    let mut r = Ok(());
    while !rest.is_empty() {
        match write(fd, rest, -1) {
            Ok(n) => rest = &rest[n..],
            Err(e) if e == -libc::EAGAIN => std::thread::sleep(std::time::Duration::from_millis(1)),
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    if owned {
        // SAFETY: closing the descriptor opened above.
        let rc = unsafe { libc::close(fd) };
        if rc < 0 && r.is_ok() {
            r = Err(last());
        }
    }
    r
}
