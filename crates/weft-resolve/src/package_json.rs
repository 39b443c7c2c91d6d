//! Reading and caching `package.json` files, and finding a file's package scope, as in
//! "Modules: Packages, Node.js package.json field definitions" (`name`, `main`, `type`,
//! `exports`, `imports`) and the READ_PACKAGE_SCOPE / LOOKUP_PACKAGE_SCOPE steps of
//! "ECMAScript modules, Resolution algorithm" and "Modules: CommonJS modules, All together".

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::error::ResolveError;

/// The fields of one `package.json` that resolution reads.
#[derive(Debug)]
pub(crate) struct PackageJson {
    /// The `package.json` file itself.
    pub path: PathBuf,
    /// The directory holding it.
    pub dir: PathBuf,
    pub name: Option<String>,
    pub main: Option<String>,
    pub type_module: bool,
    /// `exports`, unless absent or `null`.
    pub exports: Option<Value>,
    /// `imports`, unless absent or not an object.
    pub imports: Option<serde_json::Map<String, Value>>,
}

/// What reading a `package.json` gave; parse failures are kept so each caller reports them.
#[derive(Debug, Clone)]
pub(crate) enum Read {
    Missing,
    Invalid(PathBuf),
    Found(Arc<PackageJson>),
}

/// Cache of `package.json` reads by path, misses included.
#[derive(Debug, Default)]
pub(crate) struct PackageCache {
    map: Mutex<HashMap<PathBuf, Read>>,
}

impl PackageCache {
    /// Reads the `package.json` at `path`, from the cache when read before.
    pub fn read(&self, path: &Path) -> Read {
        if let Some(hit) = self.lock().get(path) {
            return hit.clone();
        }
        let read = load(path);
        self.lock().insert(path.to_path_buf(), read.clone());
        read
    }

    /// `read`, with an unparsable file turned into Node's `ERR_INVALID_PACKAGE_CONFIG`.
    pub fn read_checked(&self, path: &Path) -> Result<Option<Arc<PackageJson>>, ResolveError> {
        match self.read(path) {
            Read::Missing => Ok(None),
            Read::Invalid(p) => Err(ResolveError::invalid_package_config(&p, None, None)),
            Read::Found(p) => Ok(Some(p)),
        }
    }

    /// The package scope of `file`: the nearest `package.json` in its directory or above,
    /// stopping at a `node_modules` directory (which is never a scope of its own).
    pub fn scope_of(&self, file: &Path) -> Result<Option<Arc<PackageJson>>, ResolveError> {
        let mut dir = file.parent();
        while let Some(d) = dir {
            if d.file_name().is_some_and(|n| n == "node_modules") {
                return Ok(None);
            }
            if let Some(p) = self.read_checked(&d.join("package.json"))? {
                return Ok(Some(p));
            }
            dir = d.parent();
        }
        Ok(None)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Read>> {
        self.map
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn load(path: &Path) -> Read {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Read::Missing;
    };
    let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(&text) else {
        return Read::Invalid(path.to_path_buf());
    };
    let string = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let exports = match obj.shift_remove("exports") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v),
    };
    let imports = match obj.shift_remove("imports") {
        Some(Value::Object(m)) => Some(m),
        _ => None,
    };
    Read::Found(Arc::new(PackageJson {
        path: path.to_path_buf(),
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
        name: string(obj.shift_remove("name")),
        main: string(obj.shift_remove("main")).filter(|m| !m.is_empty()),
        type_module: matches!(obj.get("type"), Some(Value::String(t)) if t == "module"),
        exports,
        imports,
    }))
}
