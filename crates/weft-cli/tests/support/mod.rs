//! Helpers of the differential runner (`tests/differential.rs`); `run` is also used by the
//! conformance runner through a `#[path]` module.

pub mod diff;
pub mod normalize;
pub mod run;
