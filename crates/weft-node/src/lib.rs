//! weft-node: the Node.js layer of weft — globals, the `node:*` modules, the module loaders and
//! the glue that runs every callback through the async context.
//!
//! Start reading at [`run`]: it creates the engine and the [`realm::Realm`], bootstraps the
//! built-in JS (`js/internal/bootstrap/*.js`), runs the entry point, then drives the event loop
//! (`host.rs`) until nothing referenced is left, emitting `beforeExit` and `exit` as Node does.

pub mod async_context;
mod bindings;
mod builtins;
mod esm;
mod fatal;
mod host;
pub mod io;
pub mod options;
mod promise_hooks;
pub mod realm;
mod stdio;
mod task_queue;
mod worker;

pub use options::{Entry, RunOptions};

/// The Node.js version whose behaviour weft follows (`process.versions.node`).
pub const NODE_VERSION: &str = "26.10.0";
/// weft's own version (`process.versions.weft`).
pub const WEFT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Runs a program to completion and returns the process exit code.
pub fn run(options: RunOptions) -> i32 {
    realm::run(options)
}
