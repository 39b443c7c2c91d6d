//! weft-engine: the thin, unsafe-fenced glue between rquickjs and the rest of weft.
//!
//! Everything that talks to the patched QuickJS-ng C API directly lives here: the
//! continuation-preserved context slot (the frame AsyncLocalStorage reads), running engine jobs
//! one at a time so the host can interleave `process.nextTick` and see job exceptions, and the
//! host promise-rejection tracker. The node layer (`weft-node`) only uses the safe functions below.

pub mod call;
pub mod context_slot;
pub mod jobs;
pub mod native_fn;
pub mod promise_data;
pub mod rejections;
pub mod runtime;

pub use rquickjs;
