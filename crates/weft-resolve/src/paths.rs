//! File-system and path helpers behind Node's resolution: `path.resolve`-style normalising,
//! the `stat`/`realpath` probes of "Modules: CommonJS modules, All together", the file URL
//! handling of "ECMAScript modules, Resolution algorithm" (relative URL resolution,
//! percent-decoding, `url.pathToFileURL`), and the relative paths in Node's "Did you mean to
//! import" hints.

use std::path::{Component, Path, PathBuf};

/// What a `stat` of a path found (following symlinks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    File,
    Dir,
    Missing,
}

pub(crate) fn stat(path: &Path) -> Kind {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Kind::Dir,
        Ok(_) => Kind::File,
        Err(_) => Kind::Missing,
    }
}

/// `fs.realpathSync`: the path with symlinks resolved, or the path itself if that fails.
pub(crate) fn realpath(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Lexical `path.resolve(base, rel)`: joins, drops `.`, applies `..`, drops a trailing slash.
pub(crate) fn resolve(base: &Path, rel: &str) -> PathBuf {
    normalize(&base.join(rel))
}

/// Lexical normalisation of an absolute path (`.` and `..` segments applied).
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if out.parent().is_some() {
                    out.pop();
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push("/");
    }
    out
}

/// Resolves `spec` (a relative or absolute URL path, `/`-separated, possibly percent-encoded)
/// against the directory `base_dir` the way `new URL(spec, base)` does for `file:` URLs.
/// Returns the still-encoded path with a trailing `/` kept where the URL would have one;
/// any `?query` or `#fragment` is dropped.
pub(crate) fn url_resolve(base_dir: &Path, spec: &str) -> String {
    let spec = spec.replace('\\', "/");
    let spec = spec.split(['?', '#']).next().unwrap_or("");
    let mut segs: Vec<String> = Vec::new();
    if !spec.starts_with('/') {
        segs.extend(
            base_dir
                .to_string_lossy()
                .split('/')
                .filter(|s| !s.is_empty())
                .map(encode_segment),
        );
    }
    let parts: Vec<&str> = spec.split('/').collect();
    let mut trailing = false;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match *part {
            "" => trailing = last && i > 0,
            "." | "%2e" | "%2E" => trailing = last,
            ".." | ".%2e" | ".%2E" | "%2e." | "%2E." | "%2e%2e" | "%2E%2E" | "%2e%2E"
            | "%2E%2e" => {
                segs.pop();
                trailing = last;
            }
            seg => {
                segs.push(seg.to_string());
                trailing = false;
            }
        }
    }
    let mut out = String::from("/");
    out.push_str(&segs.join("/"));
    if trailing && !segs.is_empty() {
        out.push('/');
    }
    out
}

/// Decodes `%XX` escapes, leaving malformed ones as they are.
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Whether a URL path has an encoded `/` or `\` (`%2F`, `%5C`), which Node refuses.
pub(crate) fn has_encoded_separator(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.contains("%2f") || lower.contains("%5c")
}

/// Percent-encodes one path segment the way `url.pathToFileURL` does.
fn encode_segment(seg: &str) -> String {
    let mut out = String::with_capacity(seg.len());
    for b in seg.bytes() {
        match b {
            b'%' | b'\\' | b'\n' | b'\r' | b'\t' | b' ' | b'"' | b'#' | b'<' | b'>' | b'?'
            | b'`' | b'{' | b'}' => out.push_str(&format!("%{b:02X}")),
            0..=0x1f | 0x7f..=0xff => out.push_str(&format!("%{b:02X}")),
            _ => out.push(b as char),
        }
    }
    out
}

/// `url.pathToFileURL(path).href`.
pub(crate) fn to_file_url(path: &Path) -> String {
    let s = path.to_string_lossy();
    let segs: Vec<String> = s.split('/').map(encode_segment).collect();
    format!("file://{}", segs.join("/"))
}

/// The `/`-separated relative path from directory `from` to `to` (`path.posix.relative`).
pub(crate) fn relative(from: &Path, to: &Path) -> String {
    let f: Vec<_> = from.components().collect();
    let t: Vec<_> = to.components().collect();
    let common = f.iter().zip(t.iter()).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); f.len() - common];
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}
