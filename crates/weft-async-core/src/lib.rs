//! Engine-free core of weft's `node:async_hooks`.
//!
//! Mirrors the state Node keeps in lib/internal/async_hooks.js and
//! src/async_wrap.cc, without any JavaScript engine:
//!
//! - [`ids`]: the per-thread id counter (top level is `(1, 0)`, first new id 2,
//!   never reused) and the default-trigger slot;
//! - [`stack`]: the execution stack behind `executionAsyncId()`,
//!   `triggerAsyncId()` and `executionAsyncResource()`, with Node's corruption
//!   check and [`default_trigger_async_id`];
//! - [`registry`]: the hook list with per-callback counters and copy-on-write
//!   during emit rounds;
//! - [`destroy_queue`]: batched, deferred `destroy` ids;
//! - [`provider`]: the `asyncWrapProviders` table of Node 26.10.
//!
//! The engine crate owns the glue: it keeps these in `RefCell`s, never holds a
//! borrow while calling JavaScript, and checks [`HookRegistry::count`] before
//! doing any work for an event.

pub mod destroy_queue;
pub mod ids;
pub mod provider;
pub mod registry;
pub mod stack;

pub use destroy_queue::{DestroyPush, DestroyQueue, EARLY_FLUSH_THRESHOLD};
pub use ids::{AsyncId, AsyncIds, DefaultTriggerScope, NO_ASYNC_ID, ROOT_ASYNC_ID, UNSET_ASYNC_ID};
pub use provider::{provider_name, provider_number, PROVIDERS, PROVIDERS_NODE_VERSION};
pub use registry::{EmitRound, HookId, HookKind, HookKinds, HookRegistry, Toggle, Transition};
pub use stack::{default_trigger_async_id, ExecutionStack, Frame, StackCorruption};
