//! Errors of the event loop (the analogue of libuv's negative return codes
//! from `uv_run` and friends).

use std::any::Any;
use std::fmt;
use std::io;

/// A failure that stops [`EventLoop::run`](crate::EventLoop::run).
#[derive(Debug)]
pub enum LoopError {
    /// The OS poller failed (anything but `EINTR`, which is retried).
    Io(io::Error),
    /// Internal state could not be used (e.g. a poisoned lock). The loop
    /// thread currently takes no lock, so this is reserved for shared state
    /// added later (worker/child-process channels).
    Poisoned(&'static str),
}

impl fmt::Display for LoopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoopError::Io(e) => write!(f, "event loop I/O error: {e}"),
            LoopError::Poisoned(what) => write!(f, "event loop state poisoned: {what}"),
        }
    }
}

impl std::error::Error for LoopError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoopError::Io(e) => Some(e),
            LoopError::Poisoned(_) => None,
        }
    }
}

impl From<io::Error> for LoopError {
    fn from(e: io::Error) -> Self {
        LoopError::Io(e)
    }
}

/// Delivered (boxed) to [`Host::on_completion`](crate::Host::on_completion)
/// instead of a result when a `spawn_blocking` job panicked; holds the panic
/// payload. The loop stays consistent: the job's reference is released.
pub struct BlockingJobPanicked(pub Box<dyn Any + Send>);

impl BlockingJobPanicked {
    /// The panic message when the payload is a string.
    pub fn message(&self) -> Option<&str> {
        self.0
            .downcast_ref::<&'static str>()
            .copied()
            .or_else(|| self.0.downcast_ref::<String>().map(String::as_str))
    }
}

impl fmt::Debug for BlockingJobPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BlockingJobPanicked")
            .field(&self.message().unwrap_or("<non-string payload>"))
            .finish()
    }
}
