//! A Node/libuv-ordered event loop with no JavaScript knowledge.
//!
//! Mirrors the phase order of libuv's `uv_run` as Node uses it (timers →
//! pending → poll → check → close, looping while anything referenced is
//! alive), Node's immediate queue semantics (detached per check phase, native
//! immediates first) and libuv's ref/unref rules. Every callback goes to a
//! [`Host`], which runs JavaScript and drains nextTick/microtasks after each
//! call; the host may call back into the [`EventLoop`] from any callback.
//!
//! I/O readiness comes from `mio`; blocking work runs on a small thread pool
//! whose results wake the poll phase through a `mio::Waker`.

mod error;
mod event_loop;
mod host;
mod id_map;
mod immediates;
mod pool;
mod refs;
mod timers;

pub use error::{BlockingJobPanicked, LoopError};
pub use event_loop::{EventLoop, LoopSender, RunMode};
pub use host::Host;
pub use id_map::{IdHasher, IdMap};
pub use pool::BlockingJob;

/// Re-export of the `mio` types used in this crate's API.
pub use mio;
