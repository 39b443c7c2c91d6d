//! Synchronous, unbuffered writes to the process's file descriptors.
//!
//! Node writes to files and pipes synchronously from `console.log`/`process.stdout.write` and to
//! stderr always; writing straight to the fd (no Rust-side buffer) means nothing is lost when the
//! process exits through `std::process::exit`.

use std::fs::File;
use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

/// Writes all of `bytes` to `fd`, retrying on interruption and waiting on a non-blocking fd.
pub fn write_all(fd: i32, bytes: &[u8]) -> io::Result<()> {
    // SAFETY: the File is never dropped, so the fd stays owned by the process; it is only used
    // for this write.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    let mut rest = bytes;
    while !rest.is_empty() {
        match file.write(rest) {
            Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero)),
            Ok(n) => rest = &rest[n..],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(1));
                continue;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes to stderr, ignoring errors (used on fatal paths where nothing else can be done).
pub fn write_stderr(text: &str) {
    let _ = write_all(2, text.as_bytes());
}

/// Whether `fd` is a terminal.
pub fn isatty(fd: i32) -> bool {
    use std::io::IsTerminal;
    // SAFETY: as above, the File is never dropped.
    let file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    file.is_terminal()
}

/// What kind of file `fd` is, with libuv's names (Node's `guessHandleType`): `TTY`, `PIPE`
/// (FIFOs and sockets), `FILE`, or `UNKNOWN`.
pub fn guess_handle_type(fd: i32) -> &'static str {
    // SAFETY: fstat writes into the zeroed struct and reports failure through its return value.
    let mode = unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return "UNKNOWN";
        }
        st.st_mode & libc::S_IFMT
    };
    match mode {
        libc::S_IFCHR if isatty(fd) => "TTY",
        libc::S_IFCHR => "FILE",
        libc::S_IFREG => "FILE",
        libc::S_IFIFO | libc::S_IFSOCK => "PIPE",
        _ => "UNKNOWN",
    }
}
