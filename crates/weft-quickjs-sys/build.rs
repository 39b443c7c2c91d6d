//! Build script of weft's `rquickjs-sys`: locates the registry's pristine
//! `rquickjs-sys` through the side manifest `pristine/Cargo.toml`, copies its
//! QuickJS-ng sources, shipped bindings and inline helpers into `OUT_DIR`,
//! applies `patches/*.patch` with an exact-context applier (offsets allowed,
//! no fuzz) and compiles the C with `cc` the way the pristine build does.
//! Nothing is written outside `OUT_DIR`.

use std::env;
use std::fmt::Display;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// The pristine crate this crate stands in for.
const PRISTINE_NAME: &str = "rquickjs-sys";
const PRISTINE_VERSION: &str = "0.14.0";
/// The quickjs-ng version the patches were written against.
const QJS_VERSION: (u32, u32, u32) = (0, 16, 2);

/// Fails the build with a message that says what went wrong and what to do.
fn fail(msg: impl Display) -> ! {
    panic!("\nweft-quickjs-sys build failed: {msg}\n");
}

trait OrFail<T> {
    fn or_fail(self, what: impl FnOnce() -> String) -> T;
}

impl<T, E: Display> OrFail<T> for Result<T, E> {
    fn or_fail(self, what: impl FnOnce() -> String) -> T {
        match self {
            Ok(v) => v,
            Err(e) => fail(format!("{}: {e}", what())),
        }
    }
}

impl<T> OrFail<T> for Option<T> {
    fn or_fail(self, what: impl FnOnce() -> String) -> T {
        match self {
            Some(v) => v,
            None => fail(what()),
        }
    }
}

fn env_var(name: &str) -> String {
    env::var(name).or_fail(|| format!("environment variable {name} (set by cargo)"))
}

fn main() {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env_var("OUT_DIR"));
    let side_manifest = manifest_dir.join("pristine").join("Cargo.toml");
    let patch_dir = manifest_dir.join("patches");

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", side_manifest.display());
    println!(
        "cargo:rerun-if-changed={}",
        manifest_dir.join("pristine").join("Cargo.lock").display()
    );
    println!("cargo:rerun-if-changed={}", patch_dir.display());
    println!("cargo:rerun-if-env-changed=CARGO_NET_OFFLINE");

    let pristine = locate_pristine(&side_manifest);
    check_qjs_version(&pristine.join("quickjs").join("quickjs.h"));

    // Copy by content (a plain copy would keep the registry's read-only bits).
    let qjs_out = out_dir.join("quickjs");
    fs::create_dir_all(&qjs_out).or_fail(|| format!("creating {}", qjs_out.display()));
    let mut c_sources = Vec::new();
    let entries = fs::read_dir(pristine.join("quickjs"))
        .or_fail(|| format!("listing {}", pristine.join("quickjs").display()));
    for entry in entries {
        let path = entry
            .or_fail(|| "reading the pristine quickjs directory".into())
            .path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.is_file() && (name.ends_with(".c") || name.ends_with(".h")) {
            copy_by_content(&path, &qjs_out.join(name));
        }
    }
    for name in ["quickjs.c", "libregexp.c", "libunicode.c", "dtoa.c"] {
        c_sources.push(qjs_out.join(name));
    }

    let target = env_var("TARGET");
    let bindings = pristine
        .join("src")
        .join("bindings")
        .join(format!("{target}.rs"));
    if !bindings.is_file() {
        fail(format!(
            "rquickjs-sys {PRISTINE_VERSION} ships no bindings for target `{target}` ({} is missing); \
             weft-quickjs-sys always uses the shipped bindings",
            bindings.display()
        ));
    }
    copy_by_content(&bindings, &out_dir.join("bindings.rs"));
    let inlines_out = out_dir.join("inlines");
    fs::create_dir_all(&inlines_out).or_fail(|| format!("creating {}", inlines_out.display()));
    for name in ["common.rs", "ptr_64.rs", "ptr_32_nan_boxing.rs"] {
        copy_by_content(
            &pristine.join("src").join("inlines").join(name),
            &inlines_out.join(name),
        );
    }

    for patch in patch_files(&patch_dir) {
        println!("cargo:rerun-if-changed={}", patch.display());
        apply_patch_file(&patch, &qjs_out);
    }

    compile(&qjs_out, &c_sources);
}

/// Asks cargo where the pristine crate is, and checks that it is the one we patch.
fn locate_pristine(side_manifest: &Path) -> PathBuf {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let offline_only = env::var("CARGO_NET_OFFLINE").is_ok_and(|v| v == "true" || v == "1");
    let run = |offline: bool| {
        let mut cmd = Command::new(&cargo);
        cmd.args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--manifest-path",
        ])
        .arg(side_manifest);
        if offline {
            cmd.arg("--offline");
        }
        cmd.output()
            .or_fail(|| format!("running `{} metadata`", cargo.to_string_lossy()))
    };
    let mut output = run(true);
    if !output.status.success() && !offline_only {
        output = run(false);
    }
    if !output.status.success() {
        fail(format!(
            "`cargo metadata --locked --manifest-path {}` failed (offline only: {offline_only}). \
             Fetch the pristine crate once with `cargo fetch --manifest-path {}`.\n{}",
            side_manifest.display(),
            side_manifest.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text =
        String::from_utf8(output.stdout).or_fail(|| "cargo metadata output is not UTF-8".into());
    let meta = json::parse(&text).or_fail(|| "parsing cargo metadata output".into());
    let packages = meta
        .get("packages")
        .and_then(json::Value::as_array)
        .or_fail(|| "cargo metadata output has no `packages` array".into());
    let pkg = packages
        .iter()
        .find(|p| p.get("name").and_then(json::Value::as_str) == Some(PRISTINE_NAME))
        .or_fail(|| {
            format!(
                "cargo metadata of {} lists no `{PRISTINE_NAME}`",
                side_manifest.display()
            )
        });
    let field = |key: &str| pkg.get(key).and_then(json::Value::as_str).unwrap_or("");
    if field("version") != PRISTINE_VERSION {
        fail(format!(
            "the side manifest resolves {PRISTINE_NAME} {}, but the patches are for {PRISTINE_VERSION}",
            field("version")
        ));
    }
    let source = field("source");
    if !(source.starts_with("registry+") || source.starts_with("sparse+"))
        || !source.contains("crates.io")
    {
        fail(format!("{PRISTINE_NAME} must come from the crates.io registry, cargo reports source `{source}`"));
    }
    let manifest_path = Path::new(field("manifest_path"));
    manifest_path
        .parent()
        .filter(|dir| dir.join("quickjs").join("quickjs.c").is_file())
        .or_fail(|| format!("no pristine sources next to `{}`", manifest_path.display()))
        .to_path_buf()
}

fn check_qjs_version(header: &Path) {
    let text = fs::read_to_string(header).or_fail(|| format!("reading {}", header.display()));
    let part = |name: &str| -> u32 {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix("#define "))
            .find_map(|l| {
                let mut it = l.split_whitespace();
                (it.next() == Some(name)).then(|| it.next().and_then(|v| v.parse().ok()))?
            })
            .or_fail(|| format!("{} does not define {name}", header.display()))
    };
    let found = (
        part("QJS_VERSION_MAJOR"),
        part("QJS_VERSION_MINOR"),
        part("QJS_VERSION_PATCH"),
    );
    if found != QJS_VERSION {
        fail(format!(
            "{} is quickjs-ng {}.{}.{}, the patches are for {}.{}.{}",
            header.display(),
            found.0,
            found.1,
            found.2,
            QJS_VERSION.0,
            QJS_VERSION.1,
            QJS_VERSION.2
        ));
    }
}

fn copy_by_content(from: &Path, to: &Path) {
    let bytes = fs::read(from).or_fail(|| format!("reading {}", from.display()));
    write_if_changed(to, &bytes);
}

fn write_if_changed(to: &Path, bytes: &[u8]) {
    if fs::read(to).is_ok_and(|old| old == bytes) {
        return;
    }
    fs::write(to, bytes).or_fail(|| format!("writing {}", to.display()));
}

fn patch_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .or_fail(|| format!("listing {}", dir.display()))
        .map(|e| e.or_fail(|| format!("listing {}", dir.display())).path())
        .filter(|p| p.extension().is_some_and(|e| e == "patch"))
        .collect();
    files.sort();
    if files.is_empty() {
        fail(format!("no *.patch files in {}", dir.display()));
    }
    files
}

/// Applies every file section of a unified diff to files under `root`.
fn apply_patch_file(patch: &Path, root: &Path) {
    let text = fs::read_to_string(patch).or_fail(|| format!("reading {}", patch.display()));
    let sections = unidiff::parse(&text).or_fail(|| format!("parsing {}", patch.display()));
    if sections.is_empty() {
        fail(format!("{} contains no file sections", patch.display()));
    }
    let mut errors = Vec::new();
    for section in &sections {
        let rel = safe_relative(&section.path).or_fail(|| {
            format!(
                "{}: refusing to patch path `{}`",
                patch.display(),
                section.path
            )
        });
        let target = root.join(&rel);
        let original = fs::read_to_string(&target).or_fail(|| {
            format!(
                "{}: reading the file to patch {}",
                patch.display(),
                target.display()
            )
        });
        match unidiff::apply(&original, &section.hunks) {
            Ok(patched) => write_if_changed(&target, patched.as_bytes()),
            Err(failed) => {
                for f in failed {
                    errors.push(format!("  {}: {f}", rel.display()));
                }
            }
        }
    }
    if !errors.is_empty() {
        fail(format!(
            "{} does not apply to the pristine sources (exact context required):\n{}",
            patch.display(),
            errors.join("\n")
        ));
    }
}

/// `a/quickjs.c` -> `quickjs.c`; only plain relative paths below the root.
fn safe_relative(diff_path: &str) -> Option<PathBuf> {
    let stripped = Path::new(diff_path)
        .components()
        .skip(1)
        .collect::<PathBuf>();
    let plain = stripped
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    (plain && stripped.components().next().is_some()).then_some(stripped)
}

fn compile(qjs_out: &Path, sources: &[PathBuf]) {
    let target_os = env_var("CARGO_CFG_TARGET_OS");
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let target_arch = env_var("CARGO_CFG_TARGET_ARCH");
    if target_os == "wasi" || target_arch == "wasm32" {
        fail("wasm targets are not supported by weft-quickjs-sys (the pristine build needs a wasi SDK or vendored libc)");
    }
    let mut build = cc::Build::new();
    build
        .extra_warnings(false)
        .flag_if_supported("-Wno-implicit-const-int-float-conversion");
    build.define("_GNU_SOURCE", None);
    if env::var_os("CARGO_FEATURE_DISABLE_ASSERTIONS").is_some() {
        build.define("NDEBUG", None);
    }
    if target_os == "windows" {
        build.define("WIN32_LEAN_AND_MEAN", None);
        if target_env == "msvc" {
            build.flag("/std:c11").flag("/experimental:c11atomics");
        } else {
            build.flag("-std=c11");
        }
    }
    println!("cargo:rerun-if-env-changed=CARGO_CFG_SANITIZE");
    match env::var("CARGO_CFG_SANITIZE").as_deref() {
        Ok(kind @ ("address" | "memory" | "thread")) => {
            build
                .flag(format!("-fsanitize={kind}"))
                .flag("-fno-sanitize-recover=all")
                .flag("-fno-omit-frame-pointer");
        }
        Ok(other) => println!("cargo:warning=unsupported sanitizer `{other}`"),
        Err(_) => {}
    }
    build.include(qjs_out).files(sources).compile("quickjs");
}

/// Exact-context unified diff: parse and apply (offsets allowed, never fuzz).
mod unidiff {
    pub struct Hunk {
        /// 1-based line of the hunk in the original file, as in `@@ -N,...`.
        pub old_start: usize,
        pub header: String,
        /// (kind, text without the newline): kind is b' ', b'-' or b'+'.
        pub lines: Vec<(u8, String)>,
    }

    pub struct FileSection {
        pub path: String,
        pub hunks: Vec<Hunk>,
    }

    fn range(spec: &str) -> Result<(usize, usize), String> {
        let (start, len) = spec.split_once(',').unwrap_or((spec, "1"));
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| format!("bad hunk range `{spec}`"))
        };
        Ok((num(start)?, num(len)?))
    }

    /// Text before the first `--- ` line is a free-form header and ignored.
    pub fn parse(text: &str) -> Result<Vec<FileSection>, String> {
        let lines: Vec<&str> = text.lines().collect();
        let mut sections: Vec<FileSection> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if let Some(old) = line.strip_prefix("--- ") {
                let new = lines
                    .get(i + 1)
                    .and_then(|l| l.strip_prefix("+++ "))
                    .ok_or_else(|| format!("line {}: `--- ` not followed by `+++ `", i + 1))?;
                let name = |s: &str| s.split('\t').next().unwrap_or("").trim().to_string();
                if name(old) != "/dev/null"
                    && name(old).split_once('/').map(|x| x.1)
                        != name(new).split_once('/').map(|x| x.1)
                {
                    return Err(format!("line {}: renames are not supported", i + 1));
                }
                sections.push(FileSection {
                    path: name(new),
                    hunks: Vec::new(),
                });
                i += 2;
            } else if line.starts_with("@@ ") {
                let section = sections
                    .last_mut()
                    .ok_or_else(|| format!("line {}: hunk before any file header", i + 1))?;
                let mut parts = line.split_whitespace().skip(1);
                let old = parts.next().and_then(|s| s.strip_prefix('-'));
                let new = parts.next().and_then(|s| s.strip_prefix('+'));
                let (Some(old), Some(new)) = (old, new) else {
                    return Err(format!("line {}: malformed hunk header `{line}`", i + 1));
                };
                let (old_start, mut old_left) = range(old)?;
                let (_, mut new_left) = range(new)?;
                let mut hunk = Hunk {
                    old_start,
                    header: line.to_string(),
                    lines: Vec::new(),
                };
                i += 1;
                while old_left > 0 || new_left > 0 {
                    let l = *lines
                        .get(i)
                        .ok_or_else(|| format!("hunk `{line}` ends early (end of patch)"))?;
                    let (kind, body) = match l.as_bytes().first() {
                        None => (b' ', ""),
                        Some(&k @ (b' ' | b'-' | b'+')) => (k, &l[1..]),
                        Some(b'\\') => {
                            return Err(format!("line {}: `\\ No newline` is not supported", i + 1))
                        }
                        Some(_) => return Err(format!("line {}: hunk `{line}` ends early", i + 1)),
                    };
                    if kind != b'+' {
                        old_left = old_left
                            .checked_sub(1)
                            .ok_or_else(|| format!("hunk `{line}`: too many old lines"))?;
                    }
                    if kind != b'-' {
                        new_left = new_left
                            .checked_sub(1)
                            .ok_or_else(|| format!("hunk `{line}`: too many new lines"))?;
                    }
                    hunk.lines.push((kind, body.to_string()));
                    i += 1;
                }
                section.hunks.push(hunk);
            } else {
                if !sections.is_empty() && !line.starts_with("diff ") && !line.starts_with("index ")
                {
                    return Err(format!(
                        "line {}: unexpected text between hunks: `{line}`",
                        i + 1
                    ));
                }
                i += 1;
            }
        }
        Ok(sections)
    }

    /// Applies hunks in order. Each hunk's old lines must match exactly at
    /// some position after the previous hunk; the one nearest to where the
    /// header (shifted by earlier offsets) says wins. Returns every failing
    /// hunk instead of a partial result.
    pub fn apply(original: &str, hunks: &[Hunk]) -> Result<String, Vec<String>> {
        let src: Vec<&str> = original.split_inclusive('\n').collect();
        let bare = |l: &str| l.strip_suffix('\n').unwrap_or(l).to_string();
        let src_bare: Vec<String> = src.iter().map(|l| bare(l)).collect();
        let mut out: Vec<String> = Vec::with_capacity(src.len() + 64);
        let mut failures = Vec::new();
        let mut pos = 0; // next unconsumed line of src
        let mut shift: isize = 0;
        for (n, hunk) in hunks.iter().enumerate() {
            let old: Vec<&str> = hunk
                .lines
                .iter()
                .filter(|(k, _)| *k != b'+')
                .map(|(_, t)| t.as_str())
                .collect();
            let wanted = (hunk.old_start.saturating_sub(1) as isize + shift).max(0) as usize;
            let fits = |at: usize| {
                at + old.len() <= src_bare.len()
                    && old.iter().zip(&src_bare[at..]).all(|(a, b)| a == b)
            };
            let last = src_bare.len().saturating_sub(old.len());
            let found = (pos..=last)
                .filter(|&at| fits(at))
                .min_by_key(|&at| at.abs_diff(wanted));
            let Some(at) = found else {
                let first = old.first().copied().unwrap_or("");
                failures.push(format!(
                    "hunk #{} `{}` (first old line `{}`) not found",
                    n + 1,
                    hunk.header,
                    first.trim()
                ));
                continue;
            };
            shift = at as isize - hunk.old_start.saturating_sub(1) as isize;
            out.extend(src[pos..at].iter().map(|l| l.to_string()));
            for (kind, text) in &hunk.lines {
                if *kind != b'-' {
                    out.push(format!("{text}\n"));
                }
            }
            pos = at + old.len();
        }
        if !failures.is_empty() {
            return Err(failures);
        }
        out.extend(src[pos..].iter().map(|l| l.to_string()));
        Ok(out.concat())
    }
}

/// Just enough JSON for `cargo metadata`.
mod json {
    pub enum Value {
        Null,
        Bool,
        Number,
        Str(String),
        Array(Vec<Value>),
        Object(Vec<(String, Value)>),
    }

    impl Value {
        pub fn get(&self, key: &str) -> Option<&Value> {
            match self {
                Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
                _ => None,
            }
        }
        pub fn as_str(&self) -> Option<&str> {
            match self {
                Value::Str(s) => Some(s),
                _ => None,
            }
        }
        pub fn as_array(&self) -> Option<&Vec<Value>> {
            match self {
                Value::Array(a) => Some(a),
                _ => None,
            }
        }
    }

    pub fn parse(text: &str) -> Result<Value, String> {
        let mut p = Parser {
            b: text.as_bytes(),
            i: 0,
        };
        let v = p.value()?;
        p.ws();
        if p.i != p.b.len() {
            return Err(format!("trailing data at byte {}", p.i));
        }
        Ok(v)
    }

    struct Parser<'a> {
        b: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn err<T>(&self, what: &str) -> Result<T, String> {
            Err(format!("{what} at byte {}", self.i))
        }
        fn eat(&mut self, lit: &str) -> Result<(), String> {
            if self.b[self.i..].starts_with(lit.as_bytes()) {
                self.i += lit.len();
                Ok(())
            } else {
                self.err(&format!("expected `{lit}`"))
            }
        }
        fn value(&mut self) -> Result<Value, String> {
            self.ws();
            match self.b.get(self.i) {
                Some(b'{') => {
                    self.i += 1;
                    let mut fields = Vec::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Ok(Value::Object(fields));
                    }
                    loop {
                        self.ws();
                        let key = self.string()?;
                        self.ws();
                        self.eat(":")?;
                        fields.push((key, self.value()?));
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                return Ok(Value::Object(fields));
                            }
                            _ => return self.err("expected `,` or `}`"),
                        }
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    let mut items = Vec::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Ok(Value::Array(items));
                    }
                    loop {
                        items.push(self.value()?);
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                return Ok(Value::Array(items));
                            }
                            _ => return self.err("expected `,` or `]`"),
                        }
                    }
                }
                Some(b'"') => Ok(Value::Str(self.string()?)),
                Some(b't') => self.eat("true").map(|_| Value::Bool),
                Some(b'f') => self.eat("false").map(|_| Value::Bool),
                Some(b'n') => self.eat("null").map(|_| Value::Null),
                Some(c) if *c == b'-' || c.is_ascii_digit() => {
                    while self.i < self.b.len()
                        && matches!(
                            self.b[self.i],
                            b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                        )
                    {
                        self.i += 1;
                    }
                    Ok(Value::Number)
                }
                _ => self.err("unexpected character"),
            }
        }
        fn string(&mut self) -> Result<String, String> {
            self.eat("\"")?;
            let mut out = Vec::new();
            loop {
                let Some(&c) = self.b.get(self.i) else {
                    return self.err("unterminated string");
                };
                self.i += 1;
                match c {
                    b'"' => break,
                    b'\\' => {
                        let Some(&e) = self.b.get(self.i) else {
                            return self.err("unterminated escape");
                        };
                        self.i += 1;
                        match e {
                            b'n' => out.push(b'\n'),
                            b't' => out.push(b'\t'),
                            b'r' => out.push(b'\r'),
                            b'b' => out.push(8),
                            b'f' => out.push(12),
                            b'u' => {
                                let hex = self
                                    .b
                                    .get(self.i..self.i + 4)
                                    .and_then(|h| std::str::from_utf8(h).ok());
                                let Some(code) = hex.and_then(|h| u32::from_str_radix(h, 16).ok())
                                else {
                                    return self.err("bad \\u escape");
                                };
                                self.i += 4;
                                // Surrogate pairs never occur in the fields we read; keep them lossy.
                                let ch = char::from_u32(code).unwrap_or('\u{fffd}');
                                out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                            }
                            other => out.push(other),
                        }
                    }
                    other => out.push(other),
                }
            }
            String::from_utf8(out)
                .map_err(|_| format!("invalid UTF-8 in string before byte {}", self.i))
        }
    }
}
