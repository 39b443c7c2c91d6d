//! `internalBinding('buffer')`: the byte-level work behind `Buffer`, `TextEncoder`/`TextDecoder`
//! and `string_decoder` (Node's `internalBinding('buffer')` / `StringBytes`): encoding strings
//! to bytes and decoding bytes to strings for each of Node's encodings, with Node's (V8's)
//! treatment of bad input (U+FFFD for invalid UTF-8, EF BF BD for lone surrogates, hex that
//! stops at the first invalid pair, base64 that skips characters outside both alphabets and
//! stops at `=`), plus fill, search and compare over a Uint8Array's memory in place.
//!
//! Encodings are passed as small integers (the `k*` constants exported below); the JS side
//! normalises names and validates arguments, so the functions here trust their ranges.

use std::rc::Rc;

use base64::Engine as _;
use rquickjs::{qjs, ArrayBuffer, Ctx, Error, Object, Value};

use super::def;
use crate::realm::Realm;

const UTF8: i32 = 1;
const UCS2: i32 = 2;
const LATIN1: i32 = 3;
const ASCII: i32 = 4;
const BASE64: i32 = 5;
const BASE64URL: i32 = 6;
const HEX: i32 = 7;

/// Runs `f` over the WTF-8 bytes of a JS string (QuickJS keeps lone surrogates as their
/// three-byte generalised UTF-8 form, which the encoders below handle).
fn with_str<'js, R>(
    ctx: &Ctx<'js>,
    v: &Value<'js>,
    f: impl FnOnce(&[u8]) -> R,
) -> rquickjs::Result<R> {
    let c = ctx.as_raw().as_ptr();
    let mut len: usize = 0;
    // SAFETY: `c` is the live context and `v` a live value; the returned buffer is owned by
    // QuickJS until JS_FreeCString, and no JS runs while `f` reads it.
    unsafe {
        let ptr = qjs::JS_ToCStringLen(c, &mut len, v.as_raw());
        if ptr.is_null() {
            return Err(Error::Exception);
        }
        let bytes = std::slice::from_raw_parts(ptr as *const u8, len);
        let r = f(bytes);
        qjs::JS_FreeCString(c, ptr);
        Ok(r)
    }
}

/// Pointer and length of the memory a Uint8Array (or Buffer) views; throws a TypeError for
/// anything else.
fn u8_raw<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> rquickjs::Result<(*mut u8, usize)> {
    let mut len: qjs::size_t = 0;
    // SAFETY: JS_GetUint8Array only inspects the value; it throws and returns NULL when the
    // value is not a (non-detached) Uint8Array.
    let ptr = unsafe { qjs::JS_GetUint8Array(ctx.as_raw().as_ptr(), &mut len, v.as_raw()) };
    if ptr.is_null() {
        // A zero-length view may have no backing store at all: empty, not an error.
        // SAFETY: only asks whether the call above left an exception pending.
        if unsafe { qjs::JS_HasException(ctx.as_raw().as_ptr()) } {
            return Err(Error::Exception);
        }
        return Ok((std::ptr::NonNull::dangling().as_ptr(), 0));
    }
    Ok((ptr, len as usize))
}

/// Runs `f` over the bytes of a Uint8Array, read-only.
fn with_bytes<'js, R>(
    ctx: &Ctx<'js>,
    v: &Value<'js>,
    f: impl FnOnce(&[u8]) -> R,
) -> rquickjs::Result<R> {
    let (ptr, len) = u8_raw(ctx, v)?;
    // SAFETY: the memory stays alive and unresized while `f` runs: no JS runs meanwhile.
    Ok(f(unsafe { std::slice::from_raw_parts(ptr, len) }))
}

/// Runs `f` over the bytes of a Uint8Array, writable.
fn with_bytes_mut<'js, R>(
    ctx: &Ctx<'js>,
    v: &Value<'js>,
    f: impl FnOnce(&mut [u8]) -> R,
) -> rquickjs::Result<R> {
    let (ptr, len) = u8_raw(ctx, v)?;
    // SAFETY: as in `with_bytes`; callers never hold another slice of the same memory.
    Ok(f(unsafe { std::slice::from_raw_parts_mut(ptr, len) }))
}

/// Calls `f` with each UTF-16 code unit of a WTF-8 string.
fn for_each_unit(s: &[u8], mut f: impl FnMut(u16)) {
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            f(b as u16);
            i += 1;
        } else if b < 0xE0 {
            let c = ((b as u32 & 0x1F) << 6) | (s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F);
            f(c as u16);
            i += 2;
        } else if b < 0xF0 {
            let c = ((b as u32 & 0x0F) << 12)
                | ((s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F) << 6)
                | (s.get(i + 2).copied().unwrap_or(0) as u32 & 0x3F);
            f(c as u16);
            i += 3;
        } else {
            let c = ((b as u32 & 0x07) << 18)
                | ((s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F) << 12)
                | ((s.get(i + 2).copied().unwrap_or(0) as u32 & 0x3F) << 6)
                | (s.get(i + 3).copied().unwrap_or(0) as u32 & 0x3F);
            let c = c.wrapping_sub(0x10000);
            f((0xD800 + (c >> 10)) as u16);
            f((0xDC00 + (c & 0x3FF)) as u16);
            i += 4;
        }
    }
}

fn b64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Node's lenient base64: both alphabets, other characters skipped, `=` ends the data, a
/// trailing lone sextet dropped.
fn decode_base64(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let mut acc: u32 = 0;
    let mut n = 0;
    for &b in s {
        if b == b'=' {
            break;
        }
        let Some(v) = b64_value(b) else { continue };
        acc = (acc << 6) | v as u32;
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            n = 0;
        }
    }
    match n {
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    out
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Hex pairs up to the first invalid one (Node ignores the rest and an odd last digit).
fn decode_hex(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks_exact(2) {
        match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(h), Some(l)) => out.push((h << 4) | l),
            _ => break,
        }
    }
    out
}

/// The bytes of a (WTF-8) string in encoding `enc`.
fn encode(s: &[u8], enc: i32) -> Vec<u8> {
    match enc {
        LATIN1 | ASCII => {
            if s.is_ascii() {
                return s.to_vec();
            }
            let mut out = Vec::with_capacity(s.len());
            for_each_unit(s, |u| out.push(u as u8));
            out
        }
        UCS2 => {
            let mut out = Vec::with_capacity(s.len() * 2);
            for_each_unit(s, |u| out.extend_from_slice(&u.to_le_bytes()));
            out
        }
        // Node reads each UTF-16 unit's low byte here (so U+D83D acts as '=').
        BASE64 | BASE64URL | HEX if !s.is_ascii() => {
            let mut low = Vec::with_capacity(s.len());
            for_each_unit(s, |u| low.push(u as u8));
            if enc == HEX {
                decode_hex(&low)
            } else {
                decode_base64(&low)
            }
        }
        BASE64 | BASE64URL => decode_base64(s),
        HEX => decode_hex(s),
        _ => {
            let mut out = s.to_vec();
            fix_lone_surrogates(&mut out);
            out
        }
    }
}

/// Writes the string's bytes straight into `dst` when their length is known without
/// encoding (UTF-8, whose WTF-8 form has the same length, or ASCII input for latin1/ascii)
/// and they fit; `None` otherwise.
fn encode_into(s: &[u8], enc: i32, dst: &mut [u8]) -> Option<usize> {
    let same_len = enc == UTF8 || ((enc == LATIN1 || enc == ASCII) && s.is_ascii());
    if !same_len || s.len() > dst.len() {
        return None;
    }
    let out = &mut dst[..s.len()];
    out.copy_from_slice(s);
    if enc == UTF8 {
        fix_lone_surrogates(out);
    }
    Some(s.len())
}

/// Replaces each lone surrogate's WTF-8 form (ED A0..BF xx) with U+FFFD (EF BF BD), as V8
/// writes it; the length does not change.
fn fix_lone_surrogates(out: &mut [u8]) {
    let mut i = 0;
    while i + 2 < out.len() {
        if out[i] == 0xED && out[i + 1] >= 0xA0 {
            out[i..i + 3].copy_from_slice(&[0xEF, 0xBF, 0xBD]);
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// How many of `bytes` fit in `max` without splitting a character (UTF-8) or a code unit
/// (UTF-16), as Node's partial writes do.
fn fit(bytes: &[u8], max: usize, enc: i32) -> usize {
    if bytes.len() <= max {
        return bytes.len();
    }
    match enc {
        UTF8 => {
            let mut n = max;
            while n > 0 && (bytes[n] & 0xC0) == 0x80 {
                n -= 1;
            }
            n
        }
        UCS2 => max & !1,
        _ => max,
    }
}

fn new_js_string<'js>(ctx: &Ctx<'js>, utf8: &[u8]) -> rquickjs::Result<Value<'js>> {
    // SAFETY: `utf8` is valid UTF-8 and stays alive during the call; the result is a new
    // reference (or an exception, pending on the context).
    unsafe {
        let v = qjs::JS_NewStringLen(
            ctx.as_raw().as_ptr(),
            utf8.as_ptr() as *const _,
            utf8.len() as _,
        );
        if qjs::JS_IsException(v) {
            return Err(Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

fn new_js_string_utf16<'js>(ctx: &Ctx<'js>, units: &[u16]) -> rquickjs::Result<Value<'js>> {
    // SAFETY: as in `new_js_string`, for UTF-16 code units.
    unsafe {
        let v = qjs::JS_NewStringUTF16(ctx.as_raw().as_ptr(), units.as_ptr(), units.len() as _);
        if qjs::JS_IsException(v) {
            return Err(Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

/// Bytes 0..=255 as the characters U+0000..U+00FF.
fn latin1_string<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> rquickjs::Result<Value<'js>> {
    if bytes.is_ascii() {
        return new_js_string(ctx, bytes);
    }
    let mut s = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if b < 0x80 {
            s.push(b);
        } else {
            s.extend_from_slice(&[0xC0 | (b >> 6), 0x80 | (b & 0x3F)]);
        }
    }
    new_js_string(ctx, &s)
}

/// The string `bytes` decode to in encoding `enc`.
fn decode<'js>(ctx: &Ctx<'js>, bytes: &[u8], enc: i32) -> rquickjs::Result<Value<'js>> {
    match enc {
        LATIN1 => latin1_string(ctx, bytes),
        ASCII => {
            if bytes.is_ascii() {
                return new_js_string(ctx, bytes);
            }
            let v: Vec<u8> = bytes.iter().map(|b| b & 0x7F).collect();
            new_js_string(ctx, &v)
        }
        UCS2 => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            new_js_string_utf16(ctx, &units)
        }
        BASE64 => new_js_string(
            ctx,
            base64::engine::general_purpose::STANDARD
                .encode(bytes)
                .as_bytes(),
        ),
        BASE64URL => new_js_string(
            ctx,
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(bytes)
                .as_bytes(),
        ),
        HEX => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut s = Vec::with_capacity(bytes.len() * 2);
            for &b in bytes {
                s.push(DIGITS[(b >> 4) as usize]);
                s.push(DIGITS[(b & 15) as usize]);
            }
            new_js_string(ctx, &s)
        }
        _ => match String::from_utf8_lossy(bytes) {
            std::borrow::Cow::Borrowed(s) => new_js_string(ctx, s.as_bytes()),
            std::borrow::Cow::Owned(s) => new_js_string(ctx, s.as_bytes()),
        },
    }
}

fn clamp(v: f64, len: usize) -> usize {
    if v.is_nan() || v <= 0.0 {
        0
    } else if v >= len as f64 {
        len
    } else {
        v as usize
    }
}

/// First (or, searching backwards, last) index at or before/after `from` where `needle`
/// starts in `hay`; -1 when absent.
fn index_of(hay: &[u8], needle: &[u8], from: usize, forward: bool) -> f64 {
    let n = needle.len();
    if n > hay.len() {
        return -1.0;
    }
    let last_start = hay.len() - n;
    if forward {
        if from > last_start {
            return -1.0;
        }
        if n == 0 {
            return from as f64;
        }
        let first = needle[0];
        let mut i = from;
        while i <= last_start {
            match hay[i..=last_start].iter().position(|&b| b == first) {
                None => return -1.0,
                Some(p) => {
                    i += p;
                    if &hay[i..i + n] == needle {
                        return i as f64;
                    }
                    i += 1;
                }
            }
        }
        -1.0
    } else {
        let mut i = from.min(last_start) as isize;
        while i >= 0 {
            let s = i as usize;
            if &hay[s..s + n] == needle {
                return i as f64;
            }
            i -= 1;
        }
        -1.0
    }
}

fn ordering(o: std::cmp::Ordering) -> i32 {
    match o {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    for (name, v) in [
        ("kUtf8", UTF8),
        ("kUcs2", UCS2),
        ("kLatin1", LATIN1),
        ("kAscii", ASCII),
        ("kBase64", BASE64),
        ("kBase64Url", BASE64URL),
        ("kHex", HEX),
    ] {
        obj.set(name, v)?;
    }

    // UTF-8 byte length of a string (a lone surrogate counts 3, as its replacement does).
    def(
        ctx,
        &obj,
        "byteLengthUtf8",
        |ctx: Ctx<'js>, s: Value<'js>| -> rquickjs::Result<f64> {
            with_str(&ctx, &s, |b| b.len() as f64)
        },
    )?;

    // A new ArrayBuffer with the string's bytes in `enc`.
    def(
        ctx,
        &obj,
        "encode",
        |ctx: Ctx<'js>, s: Value<'js>, enc: i32| -> rquickjs::Result<ArrayBuffer<'js>> {
            let bytes = with_str(&ctx, &s, |b| encode(b, enc))?;
            ArrayBuffer::new(ctx, bytes)
        },
    )?;

    // Writes the string into `target` at `offset` (at most `max` bytes, whole characters
    // only); returns the number of bytes written.
    def(
        ctx,
        &obj,
        "write",
        |ctx: Ctx<'js>,
         target: Value<'js>,
         s: Value<'js>,
         offset: f64,
         max: f64,
         enc: i32|
         -> rquickjs::Result<f64> {
            let (ptr, len) = u8_raw(&ctx, &target)?;
            with_str(&ctx, &s, |b| {
                // SAFETY: the view's memory is alive and unaliased while we write (no JS runs).
                let t = unsafe { std::slice::from_raw_parts_mut(ptr, len) };
                let offset = clamp(offset, t.len());
                let room = (t.len() - offset).min(clamp(max, usize::MAX >> 1));
                let dst = &mut t[offset..offset + room];
                if let Some(n) = encode_into(b, enc, dst) {
                    return n as f64;
                }
                let bytes = encode(b, enc);
                let n = fit(&bytes, room, enc);
                dst[..n].copy_from_slice(&bytes[..n]);
                n as f64
            })
        },
    )?;

    // Buffer.from(string) for small strings: copies the bytes into the pool at `offset` and
    // returns their count when they fit, else returns them as a new ArrayBuffer.
    def(
        ctx,
        &obj,
        "encodeIntoPool",
        |ctx: Ctx<'js>,
         pool: Value<'js>,
         offset: f64,
         s: Value<'js>,
         enc: i32|
         -> rquickjs::Result<Value<'js>> {
            let (ptr, len) = u8_raw(&ctx, &pool)?;
            let result = with_str(&ctx, &s, |b| {
                // SAFETY: the pool's memory is alive and unaliased while we write (no JS runs).
                let t = unsafe { std::slice::from_raw_parts_mut(ptr, len) };
                let dst = &mut t[clamp(offset, len)..];
                if let Some(n) = encode_into(b, enc, dst) {
                    return Ok(n);
                }
                let bytes = encode(b, enc);
                if bytes.len() <= dst.len() {
                    dst[..bytes.len()].copy_from_slice(&bytes);
                    Ok(bytes.len())
                } else {
                    Err(bytes)
                }
            })?;
            match result {
                Ok(n) => Ok(Value::new_number(ctx, n as f64)),
                Err(bytes) => Ok(ArrayBuffer::new(ctx, bytes)?.into_value()),
            }
        },
    )?;

    // The string `source[start..end]` decodes to in `enc`.
    def(
        ctx,
        &obj,
        "decode",
        |ctx: Ctx<'js>,
         source: Value<'js>,
         enc: i32,
         start: f64,
         end: f64|
         -> rquickjs::Result<Value<'js>> {
            let (ptr, len) = u8_raw(&ctx, &source)?;
            let end = clamp(end, len);
            let start = clamp(start, end);
            // SAFETY: the view's memory is alive and unchanged while the string is built (the
            // string constructors run no JS).
            let bytes = unsafe { std::slice::from_raw_parts(ptr.add(start), end - start) };
            decode(&ctx, bytes, enc)
        },
    )?;

    // Fills target[start..end] with the repeated bytes of `pattern` (a Uint8Array).
    def(
        ctx,
        &obj,
        "fill",
        |ctx: Ctx<'js>,
         target: Value<'js>,
         pattern: Value<'js>,
         start: f64,
         end: f64|
         -> rquickjs::Result<()> {
            let pat = with_bytes(&ctx, &pattern, |p| p.to_vec())?;
            with_bytes_mut(&ctx, &target, |t| {
                let end = clamp(end, t.len());
                let start = clamp(start, end);
                let dst = &mut t[start..end];
                if pat.len() == 1 {
                    dst.fill(pat[0]);
                } else if !pat.is_empty() {
                    for (i, b) in dst.iter_mut().enumerate() {
                        *b = pat[i % pat.len()];
                    }
                }
            })
        },
    )?;

    // indexOf/lastIndexOf of a byte sequence from `from` (already resolved by the caller).
    def(
        ctx,
        &obj,
        "indexOf",
        |ctx: Ctx<'js>,
         hay: Value<'js>,
         needle: Value<'js>,
         from: f64,
         forward: bool|
         -> rquickjs::Result<f64> {
            let n = with_bytes(&ctx, &needle, |n| n.to_vec())?;
            with_bytes(&ctx, &hay, |h| index_of(h, &n, from as usize, forward))
        },
    )?;

    // Compares a[aStart..aEnd] with b[bStart..bEnd] bytewise: -1, 0 or 1.
    def(
        ctx,
        &obj,
        "compare",
        |ctx: Ctx<'js>,
         a: Value<'js>,
         a_start: f64,
         a_end: f64,
         b: Value<'js>,
         b_start: f64,
         b_end: f64|
         -> rquickjs::Result<i32> {
            let bv = with_bytes(&ctx, &b, |b| {
                let e = clamp(b_end, b.len());
                b[clamp(b_start, e)..e].to_vec()
            })?;
            with_bytes(&ctx, &a, |a| {
                let e = clamp(a_end, a.len());
                ordering(a[clamp(a_start, e)..e].cmp(&bv[..]))
            })
        },
    )?;

    def(
        ctx,
        &obj,
        "isUtf8",
        |ctx: Ctx<'js>, v: Value<'js>| -> rquickjs::Result<bool> {
            with_bytes(&ctx, &v, |b| std::str::from_utf8(b).is_ok())
        },
    )?;
    def(
        ctx,
        &obj,
        "isAscii",
        |ctx: Ctx<'js>, v: Value<'js>| -> rquickjs::Result<bool> {
            with_bytes(&ctx, &v, |b| b.is_ascii())
        },
    )?;

    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_lenient() {
        assert_eq!(decode_base64(b"YQ==YQ=="), b"a");
        assert_eq!(decode_base64(b"Y-_/+"), [0x63, 0xef, 0xff]);
        assert_eq!(decode_base64(b"Y W J j"), b"abc");
        assert_eq!(decode_base64(b"Y"), b"");
    }

    #[test]
    fn base64_and_hex_read_low_bytes_of_wide_chars() {
        // "Ł" (U+0141) reads as 'A'; U+D83D as '='.
        assert_eq!(encode("ŁŁŁŁ".as_bytes(), BASE64), [0, 0, 0]);
        assert_eq!(encode("ŁŁŁŁ".as_bytes(), HEX), [0xaa, 0xaa]);
        assert_eq!(encode("😀 smile".as_bytes(), BASE64), b"");
        assert_eq!(
            encode("héllo wörld".as_bytes(), BASE64),
            [0x86, 0x59, 0x68, 0xc2, 0xb9, 0x5d]
        );
    }

    #[test]
    fn hex_stops_at_first_bad_pair() {
        assert_eq!(decode_hex(b"12zz34"), [0x12]);
        assert_eq!(decode_hex(b"abc"), [0xab]);
    }

    #[test]
    fn lone_surrogates_become_replacement() {
        // "\ud800x" in WTF-8.
        assert_eq!(
            encode(&[0xED, 0xA0, 0x80, b'x'], UTF8),
            [0xEF, 0xBF, 0xBD, b'x']
        );
        assert_eq!(encode(&[0xED, 0xA0, 0x80, b'x'], LATIN1), [0x00, b'x']);
        assert_eq!(encode("😀".as_bytes(), UCS2), [0x3d, 0xd8, 0x00, 0xde]);
    }

    #[test]
    fn direct_writes_only_when_the_length_is_known() {
        let mut dst = [0u8; 4];
        assert_eq!(encode_into(&[0xED, 0xA0, 0x80], UTF8, &mut dst), Some(3));
        assert_eq!(&dst[..3], [0xEF, 0xBF, 0xBD]);
        assert_eq!(encode_into("é".as_bytes(), LATIN1, &mut dst), None);
        assert_eq!(encode_into(b"hello", UTF8, &mut dst), None);
    }

    #[test]
    fn partial_writes_keep_whole_characters() {
        assert_eq!(fit("€€".as_bytes(), 5, UTF8), 3);
        assert_eq!(fit(&[1, 2, 3, 4], 3, UCS2), 2);
    }
}
