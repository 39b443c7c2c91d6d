//! Native I/O the way Node's C++ layer does it: every handle (socket, server, pipe) and every
//! request (connect, write, shutdown, fs operation, DNS lookup, ...) is an async resource whose
//! `init` is emitted when it starts and whose callback runs through the one scope guard
//! ([`wrap::make_callback`], Node's `MakeCallback`), followed by the nextTick/microtask drain.
//!
//! - [`dispatch`]: the tables the loop host calls into (thread-pool completions, posts from other
//!   threads, pending and close-phase callbacks, socket readiness), keyed by loop keys.
//! - [`wrap`]: async resources owned by native code (Node's `AsyncWrap`), `make_callback`.
//! - [`stream`]: byte-stream handles over TCP, Unix sockets and pipes (Node's `StreamBase`).

pub mod dispatch;
pub mod errno;
pub mod stream;
pub mod wrap;
