//! Creating the engine runtime and context weft runs every script in.

use rquickjs::{Context, Runtime};

/// The engine's native stack budget. Node's default V8 stack is about 1 MB of JS frames; QuickJS
/// frames are C frames on the main thread's 8 MiB stack, so we leave headroom for Rust frames.
const MAX_STACK_SIZE: usize = 4 * 1024 * 1024;

/// A runtime and its one full context (all ECMAScript intrinsics).
pub struct Engine {
    /// The engine runtime (heap, job queue, hooks).
    pub runtime: Runtime,
    /// The context scripts run in.
    pub context: Context,
}

impl Engine {
    /// Creates a runtime and a context with every intrinsic.
    ///
    /// # Errors
    /// Fails when the engine cannot allocate its runtime or context.
    pub fn new() -> rquickjs::Result<Engine> {
        let runtime = Runtime::new()?;
        runtime.set_max_stack_size(MAX_STACK_SIZE);
        let context = Context::full(&runtime)?;
        Ok(Engine { runtime, context })
    }
}
