//! The `weft` command: `weft [options] [script.js | -e code] [arguments]`.
//!
//! Arguments follow Node's rules: runtime options come before the script; everything after the
//! script (or after `-e code`) belongs to the program (`process.argv`). Parsed by hand because
//! that split is Node's, not a generic CLI parser's.

use std::process::ExitCode;

use weft_node::{Entry, RunOptions};

const HELP: &str = "\
Usage: weft [options] [script.js | -e \"script\"] [arguments]

A JavaScript runtime with Node's node:async_hooks, on QuickJS-ng.

Options:
  -e, --eval \"script\"   evaluate script (CommonJS, like node -e)
  --expose-gc           define the global gc() function
  --no-warnings         silence all process warnings
  --no-deprecation      silence deprecation warnings
  --throw-deprecation   throw an exception on deprecations
  --trace-deprecation   show stack traces on deprecations
  --trace-warnings      show stack traces on process warnings
  -v, --version         print weft's Node-compatible version
  -h, --help            print this help

Environment: none yet. Documentation: README.md and docs/ in the weft repository.
";

enum Parsed {
    Run(RunOptions),
    Print(String),
    Fail(String, u8),
}

fn parse(args: Vec<String>) -> Parsed {
    let exec_path = std::env::current_exe().unwrap_or_else(|_| "weft".into());
    let mut exec_argv = Vec::new();
    let mut expose_gc = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-v" | "--version" => return Parsed::Print(format!("v{}\n", weft_node::NODE_VERSION)),
            "-h" | "--help" => return Parsed::Print(HELP.to_string()),
            "--expose-gc" | "--expose_gc" => {
                expose_gc = true;
                exec_argv.push(a.to_string());
            }
            // Read by the process object from process.execArgv.
            "--no-warnings"
            | "--no-deprecation"
            | "--throw-deprecation"
            | "--trace-deprecation"
            | "--trace-warnings" => {
                exec_argv.push(a.to_string());
            }
            "-e" | "--eval" => {
                let Some(code) = args.get(i + 1) else {
                    return Parsed::Fail(format!("weft: {a} requires an argument\n"), 9);
                };
                exec_argv.push(a.to_string());
                exec_argv.push(code.clone());
                return Parsed::Run(RunOptions {
                    entry: Entry::Eval(code.clone()),
                    args: args[i + 2..].to_vec(),
                    exec_argv,
                    expose_gc,
                    exec_path,
                });
            }
            "--" => {
                i += 1;
                break;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                return Parsed::Fail(format!("weft: bad option: {a}\n"), 9);
            }
            _ => break,
        }
        i += 1;
    }
    match args.get(i) {
        Some(script) => Parsed::Run(RunOptions {
            entry: Entry::File(script.clone()),
            args: args[i + 1..].to_vec(),
            exec_argv,
            expose_gc,
            exec_path,
        }),
        // Node would start a REPL; weft has none yet, so it reads the program from stdin.
        None => {
            let mut code = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut code) {
                return Parsed::Fail(
                    format!("weft: cannot read the program from stdin: {e}\n"),
                    1,
                );
            }
            Parsed::Run(RunOptions {
                entry: Entry::Eval(code),
                args: Vec::new(),
                exec_argv,
                expose_gc,
                exec_path,
            })
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(args) {
        Parsed::Print(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Parsed::Fail(msg, code) => {
            eprint!("{msg}");
            ExitCode::from(code)
        }
        Parsed::Run(opts) => {
            let code = weft_node::run(opts);
            ExitCode::from((code & 0xff) as u8)
        }
    }
}
