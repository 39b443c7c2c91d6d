//! What the command line asks the runtime to do.

use std::path::PathBuf;

/// The program to run.
#[derive(Clone, Debug)]
pub enum Entry {
    /// `weft file.js`: a CommonJS or ES module file (as typed by the user).
    File(String),
    /// `weft -e "code"`: a CommonJS-style script evaluated as `[eval]`.
    Eval(String),
}

/// Options for one run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The entry point.
    pub entry: Entry,
    /// `process.argv` after the script (`argv[2..]`).
    pub args: Vec<String>,
    /// Runtime flags given before the script (`process.execArgv`).
    pub exec_argv: Vec<String>,
    /// `--expose-gc`: define the global `gc()`.
    pub expose_gc: bool,
    /// The path of the running binary (`process.execPath`).
    pub exec_path: PathBuf,
}
