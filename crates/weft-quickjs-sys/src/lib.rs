//! weft's stand-in for `rquickjs-sys` 0.14.0: the same raw QuickJS-ng FFI
//! (the pristine crate's shipped bindings and inline helpers, copied into
//! `OUT_DIR` by `build.rs`), linked against the engine built with
//! `patches/*.patch`, plus declarations of the functions those patches add.
//! See `README.md` in this crate.
#![allow(non_upper_case_globals)]
#![allow(non_camel_case_types)]
#![allow(non_snake_case)]
#![allow(clippy::unreadable_literal)]
#![allow(clippy::missing_safety_doc)]
#![allow(clippy::upper_case_acronyms)]
#![allow(clippy::uninlined_format_args)]
#![no_std]

use ::core::ptr;

/// Common error message for converting between C `size_t` and Rust `usize`.
pub const SIZE_T_ERROR: &str =
    "conversion between C type 'size_t' and Rust type 'usize' overflowed.";

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

#[cfg(target_pointer_width = "64")]
include!(concat!(env!("OUT_DIR"), "/inlines/ptr_64.rs"));

#[cfg(target_pointer_width = "32")]
include!(concat!(env!("OUT_DIR"), "/inlines/ptr_32_nan_boxing.rs"));

include!(concat!(env!("OUT_DIR"), "/inlines/common.rs"));

/// Called by the promise finalizer for a promise whose host data is set
/// (patch 0002), before the host data is released. Must not call into JS.
pub type JSPromiseFreeHook = ::core::option::Option<
    unsafe extern "C" fn(rt: *mut JSRuntime, host_data: JSValueConst, opaque: *mut c_void),
>;

// Functions added by weft's patches (not in the shipped bindings).
extern "C" {
    /// Patch 0001: the runtime's continuation-preserved embedder data (a new reference).
    pub fn JS_GetContinuationPreservedEmbedderData(ctx: *mut JSContext) -> JSValue;
    /// Patch 0001: replaces the runtime's continuation-preserved embedder data; takes ownership of `v`.
    pub fn JS_SetContinuationPreservedEmbedderData(ctx: *mut JSContext, v: JSValue);
    /// Patch 0002: the promise's host data (a new reference); `JS_UNDEFINED` if unset or not a promise.
    pub fn JS_GetPromiseHostData(ctx: *mut JSContext, promise: JSValueConst) -> JSValue;
    /// Patch 0002: sets the promise's host data, taking ownership of `v`; -1 if `promise` is not a promise.
    pub fn JS_SetPromiseHostData(ctx: *mut JSContext, promise: JSValueConst, v: JSValue) -> c_int;
    /// Patch 0002: installs (or with `None` removes) the runtime's promise free hook.
    pub fn JS_SetPromiseFreeHook(rt: *mut JSRuntime, hook: JSPromiseFreeHook, opaque: *mut c_void);
}
