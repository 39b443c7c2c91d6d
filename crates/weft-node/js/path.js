// node:path (Node's lib/path.js): the POSIX flavour (the default here) and `path.win32`
// (drive letters, drive-relative paths, UNC roots, both separators), cross-linked through
// `.posix`/`.win32`. Both share one segment normaliser, so '.', '..', repeated and trailing
// separators come out as Node's do, and a small `matchesGlob`.
'use strict';

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;
const QUESTION = 63;

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

// A..Z or a..z: a drive letter.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Folds '.', '..' and repeated separators of a root-less path. With `allowAboveRoot`, '..'
// that climb past the start are kept.
function normalizeSegments(path, allowAboveRoot, separator, isSep) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSep = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSep(code)) break;
    else code = SLASH;

    if (!isSep(code)) {
      dots = code === DOT && dots !== -1 ? dots + 1 : -1;
      continue;
    }
    if (lastSep === i - 1 || dots === 1) {
      // An empty segment or '.': nothing to add.
    } else if (dots === 2) {
      const endsInDotDot = res.length >= 2 && lastSegmentLength === 2 &&
        res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
      if (!endsInDotDot && res.length > 0) {
        // '..' removes the previous segment.
        const cut = res.lastIndexOf(separator);
        if (res.length > 2 && cut !== -1) {
          res = res.slice(0, cut);
          lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
        } else {
          res = '';
          lastSegmentLength = 0;
        }
        lastSep = i;
        dots = 0;
        continue;
      }
      if (allowAboveRoot) {
        res += res.length > 0 ? `${separator}..` : '..';
        lastSegmentLength = 2;
      }
    } else {
      const segment = path.slice(lastSep + 1, i);
      res += res.length > 0 ? `${separator}${segment}` : segment;
      lastSegmentLength = i - lastSep - 1;
    }
    lastSep = i;
    dots = 0;
  }
  return res;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The last segment of path[start..], without `suffix` when it ends with it (and is not it).
function basenameFrom(path, suffix, start, isSep) {
  let end = -1;
  let matchedSep = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSepEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSep) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (firstNonSepEnd === -1) {
        matchedSep = false;
        firstNonSepEnd = i + 1;
      }
      if (extIdx >= 0) {
        if (code === suffix.charCodeAt(extIdx)) {
          if (--extIdx === -1) end = i;
        } else {
          extIdx = -1;
          end = firstNonSepEnd;
        }
      }
    }
    if (start === end) end = firstNonSepEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSep) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// Scans the last segment of path[stop..] for its extension. Returns
// [startPart, startDot, end, hasExt].
function scanExt(path, stop, isSep, initialStartPart = stop) {
  let startDot = -1;
  let startPart = initialStartPart;
  let end = -1;
  let matchedSep = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= stop; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  // No dot, a leading dot ('.bashrc') or '..' has no extension.
  const hasExt = !(startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1));
  return [startPart, startDot, end, hasExt];
}

// ---------------------------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    if (!absolute) {
      const cwd = process.cwd();
      resolved = `${cwd}/${resolved}`;
      absolute = cwd.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (path.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) path += '/';
    return absolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a prefix of `to`: '/foo/bar' -> '/foo/bar/baz', or '/' -> '/foo'.
        if (to.charCodeAt(toStart + i) === SLASH) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSep = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const [, startDot, end, hasExt] = scanExt(path, 0, isPosixSep);
    return hasExt ? path.slice(startDot, end) : '';
  },

  format: formatWith.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const [startPart, startDot, end, hasExt] = scanExt(path, absolute ? 1 : 0, isPosixSep, 0);
    if (end !== -1) {
      const start = startPart === 0 && absolute ? 1 : startPart;
      if (!hasExt) {
        ret.base = ret.name = path.slice(start, end);
      } else {
        ret.name = path.slice(start, startDot);
        ret.base = path.slice(start, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------------
// Windows

// The root of a Windows path: [rootEnd, device, isAbsolute, uncComplete] where `device` is
// 'C:' or '\\server\share' (undefined without one). `uncComplete` is set for a bare
// '\\server\share' with nothing after it.
function winRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return [isWinSep(code) ? 1 : 0, undefined, isWinSep(code), false];
  if (isWinSep(code)) {
    if (!isWinSep(path.charCodeAt(1))) return [1, undefined, true, false];
    // '\\server\share' (a UNC root), or a device path such as '\\.\C:' / '\\?\C:'.
    let j = 2;
    let last = j;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    if (j < len && j !== last) {
      const server = path.slice(last, j);
      last = j;
      while (j < len && isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        last = j;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j === len || j !== last) {
          return [j, `\\\\${server}\\${path.slice(last, j)}`, true, j === len];
        }
      }
    }
    return [0, undefined, true, false];
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return [3, path.slice(0, 2), true, false];
    return [2, path.slice(0, 2), false, false];
  }
  return [0, undefined, false, false];
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // Windows keeps one current directory per drive (in the `=C:` environment variables);
        // fall back to the process cwd, or to the drive's root when that is another drive.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
              path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const [rootEnd, device = '', isAbsolute] = winRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isPosixSep(path.charCodeAt(0)) ? '\\' : path;
    const [rootEnd, device, isAbsolute, uncComplete] = winRoot(path);
    if (uncComplete) return `${device}\\`;
    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (!isAbsolute && device === undefined && path.includes(':')) {
      // A relative path must not turn into a drive-qualified one ('a:' or 'x/a:'): Node
      // prefixes it with '.\'.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let at = path.indexOf(':'); at !== -1; at = path.indexOf(':', at + 1)) {
        if (at === len - 1 || isWinSep(path.charCodeAt(at + 1))) return `.\\${tail}`;
      }
    }
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Only a first part that itself starts like a UNC root ('\\server') may give the result
    // one; leading separators that come from joining are collapsed to one.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isWinSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isWinSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Different roots (drives or shares): the answer is the absolute `to`.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i); // 'C:\' -> 'C:\foo'
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3; // 'C:\foo' -> 'C:\'
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
        resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isWinSep(code) ? path : '.';
    let rootEnd = -1;
    let offset = 0;
    if (isWinSep(code)) {
      rootEnd = offset = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const [uncEnd, device, , complete] = winRoot(path);
        if (device !== undefined) {
          if (complete) return path;
          rootEnd = offset = uncEnd + 1;
        }
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let matchedSep = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
      path.charCodeAt(1) === COLON ? 2 : 0;
    return basenameFrom(path, suffix, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === COLON &&
      isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
    const [, startDot, end, hasExt] = scanExt(path, start, isWinSep);
    return hasExt ? path.slice(startDot, end) : '';
  },

  format: formatWith.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const len = path.length;
    const code = path.charCodeAt(0);
    let rootEnd = 0;
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const [uncEnd, device, , complete] = winRoot(path);
        if (device !== undefined) rootEnd = complete ? uncEnd : uncEnd + 1;
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const [startPart, startDot, end, hasExt] = scanExt(path, rootEnd, isWinSep);
    if (end !== -1) {
      if (!hasExt) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------------
// matchesGlob: '*', '?', '**' (whole segments), '[...]' classes and '{a,b}' alternatives.

// Backslashes in a pattern are separators on both flavours (Node matches with minimatch's
// windowsPathsNoEscape); in a POSIX path they are ordinary characters.
function globToRegExp(pattern, windows) {
  pattern = pattern.replaceAll('\\', '/');
  const sepClass = windows ? '[\\\\/]' : '\\/';
  const notSep = windows ? '[^\\\\/]' : '[^/]';
  let re = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        let j = i + 2;
        const atEnd = j === pattern.length || pattern[j] === '/';
        if (atStart && atEnd) {
          // '**/' matches zero or more whole segments; a final '**' matches the rest.
          if (j < pattern.length) {
            re += `(?:(?!\\.)${notSep}*${sepClass})*`;
            i = j;
          } else {
            re += `(?:(?!\\.)${notSep}*(?:${sepClass}(?!\\.)${notSep}*)*)?`;
            i = j - 1;
          }
          continue;
        }
        while (pattern[j] === '*') j++;
        i = j - 1;
      }
      const segStart = i === 0 || pattern[i - 1] === '/';
      re += `${segStart ? '(?!\\.)' : ''}${notSep}*`;
    } else if (ch === '?') {
      re += notSep;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = pattern.slice(i + 1, close);
        if (body[0] === '!') body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '{') {
      braceDepth++;
      re += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (ch === ',' && braceDepth > 0) {
      re += '|';
    } else if (ch === '/') {
      re += sepClass;
    } else {
      re += ch.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  // Trailing separators of the path do not count.
  let end = path.length;
  while (end > 1 && (path[end - 1] === '/' || (windows && path[end - 1] === '\\'))) end--;
  return globToRegExp(pattern, windows).test(path.slice(0, end));
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
