//! The callback interface between the loop and the JavaScript runtime.
//!
//! Mirrors the points where Node's C++ enters JavaScript from libuv
//! (`RunTimers`, `CheckImmediate`, I/O `OnRead`/`OnConnection`, request
//! completions, `uv_close` callbacks): after each call the host runs the JS
//! callback and drains nextTick and microtasks itself (Node's
//! `InternalCallbackScope::Close`). Every method may call back into the
//! [`EventLoop`](crate::EventLoop) to schedule or cancel work.

use std::any::Any;

/// Receiver of every loop callback. Keys are the host's (e.g. async ids);
/// each kind of work (timers, immediates, pending, close, I/O, blocking jobs)
/// has its own key space.
pub trait Host {
    /// A timer is due (timers phase). It is already disarmed; an interval is
    /// re-armed by the host with [`start_timer`](crate::EventLoop::start_timer).
    fn on_timer(&mut self, key: u64);
    /// A callback deferred with [`queue_pending`](crate::EventLoop::queue_pending)
    /// (pending phase).
    fn on_pending(&mut self, key: u64);
    /// Readiness of a registered I/O source (poll phase).
    fn on_io(&mut self, key: u64, readable: bool, writable: bool, closed_or_error: bool);
    /// A blocking job finished or a value was posted from another thread
    /// (poll phase). A panicked job yields a boxed
    /// [`BlockingJobPanicked`](crate::BlockingJobPanicked).
    fn on_completion(&mut self, key: u64, result: Box<dyn Any + Send>);
    /// Native immediates requested with
    /// [`request_native_immediate`](crate::EventLoop::request_native_immediate)
    /// (check phase, before JS immediates); e.g. the destroy-queue flush.
    fn on_native_immediates(&mut self);
    /// A JS immediate (check phase).
    fn on_immediate(&mut self, key: u64);
    /// A close callback (close phase).
    fn on_close(&mut self, key: u64);
    /// Right before the poll phase waits, as libuv applies the watcher changes queued since
    /// the last poll (new sources are registered there, so sources that became ready earlier
    /// are reported first).
    fn before_poll(&mut self) {}
    /// Checked after every callback; when true, [`run`](crate::EventLoop::run)
    /// returns at once (e.g. `process.exit()` was called).
    fn should_stop(&self) -> bool {
        false
    }
}
