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
                // A non-blocking fd (a pipe adopted by a stream handle): wait until writable.
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                };
                // SAFETY: poll reads and writes the one live pollfd passed to it.
                unsafe { libc::poll(&mut pfd, 1, -1) };
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

/// The terminal size of `fd` as (columns, rows).
pub fn window_size(fd: i32) -> io::Result<(u16, u16)> {
    // SAFETY: TIOCGWINSZ writes into the zeroed winsize struct; failure is reported by -1.
    unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        if libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((ws.ws_col, ws.ws_row))
    }
}

/// A stdio fd's state before weft changed it (raw mode, non-blocking mode), restored when the
/// process exits, as libuv's `uv_tty_reset_mode` does for Node.
struct SavedTerminal {
    fd: i32,
    termios: Option<libc::termios>,
    flags: Option<i32>,
}

static SAVED: std::sync::Mutex<Vec<SavedTerminal>> = std::sync::Mutex::new(Vec::new());

extern "C" fn restore_terminals() {
    let Ok(saved) = SAVED.lock() else { return };
    for t in saved.iter() {
        if let Some(termios) = &t.termios {
            // SAFETY: tcsetattr reads the saved struct; errors are ignored at exit.
            unsafe { libc::tcsetattr(t.fd, libc::TCSANOW, termios) };
        }
        if let Some(flags) = t.flags {
            // SAFETY: restores the fd's status flags; errors are ignored at exit.
            unsafe { libc::fcntl(t.fd, libc::F_SETFL, flags) };
        }
    }
}

/// Runs `f` on the saved state of `fd` (created on first use, with the exit hook installed).
fn with_saved<R>(fd: i32, f: impl FnOnce(&mut SavedTerminal) -> R) -> Option<R> {
    let mut saved = SAVED.lock().ok()?;
    if saved.is_empty() {
        // SAFETY: registers a plain extern "C" function to run at exit.
        unsafe { libc::atexit(restore_terminals) };
    }
    let i = match saved.iter().position(|t| t.fd == fd) {
        Some(i) => i,
        None => {
            saved.push(SavedTerminal {
                fd,
                termios: None,
                flags: None,
            });
            saved.len() - 1
        }
    };
    Some(f(&mut saved[i]))
}

/// Remembers the status flags of `fd` before a stream handle makes it non-blocking.
pub fn remember_flags(fd: i32) {
    // SAFETY: F_GETFL only reads the fd's flags; failure is reported by -1.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags >= 0 {
        with_saved(fd, |t| {
            t.flags.get_or_insert(flags);
        });
    }
}

/// Switches terminal `fd` to raw mode (as libuv's `UV_TTY_MODE_RAW`) or back to its mode from
/// before.
pub fn set_raw_mode(fd: i32, raw: bool) -> io::Result<()> {
    if !raw {
        if let Some(Some(orig)) = with_saved(fd, |t| t.termios) {
            // SAFETY: tcsetattr reads the saved struct; failure is reported by -1.
            if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &orig) } != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        return Ok(());
    }
    // SAFETY: tcgetattr fills the zeroed struct; failure is reported by -1.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(io::Error::last_os_error());
    }
    with_saved(fd, |s| {
        s.termios.get_or_insert(t);
    });
    t.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
    t.c_oflag |= libc::ONLCR;
    t.c_cflag |= libc::CS8;
    t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
    t.c_cc[libc::VMIN] = 1;
    t.c_cc[libc::VTIME] = 0;
    // SAFETY: tcsetattr reads the struct; failure is reported by -1.
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
