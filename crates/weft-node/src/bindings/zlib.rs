//! `internalBinding('zlib')`: the compression engines behind `node:zlib` (Node's
//! `CompressionStream` in `node_zlib.cc`): one engine per stream, a `ZLIB` async resource,
//! synchronous writes on the JS thread and asynchronous writes on the thread pool whose
//! completion runs `oncomplete` through the scope guard.
//!
//! Deflate/inflate/gzip use `zlib-rs` (windowBits, memLevel, strategy, dictionaries, gzip and
//! auto-detected headers as zlib does); brotli uses the `brotli` crate. A write consumes its
//! whole input and returns all output produced; JS slices it into `chunkSize` pieces.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use rquickjs::{Array, ArrayBuffer, Object, TypedArray, Value};
use weft_async_core::AsyncId;
use zlib_rs::{DeflateConfig, DeflateFlush, Inflate, InflateError, InflateFlush, Status, Strategy};

use super::{def, typed_bytes};
use crate::io::wrap;
use crate::realm::Realm;

// Node's modes (`zlib.constants.DEFLATE` ...).
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;

const Z_FINISH: i32 = 4;
const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;
const Z_STREAM_ERROR: i32 = -2;

const OUT_CHUNK: usize = 64 * 1024;

/// A failed write: zlib's return code, its message and the code name JS puts on the error.
type Failure = (i32, String, &'static str);

enum Engine {
    Deflate(Box<zlib_rs::Deflate>),
    Inflate {
        inf: Box<Inflate>,
        /// GUNZIP (or UNZIP that saw a gzip header): a member may be followed by another.
        gunzip: bool,
        unzip: bool,
        window_bits: u8,
        ended: bool,
        dictionary: Option<Vec<u8>>,
    },
    BrotliEnc(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDec {
        state: Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>,
        ended: bool,
    },
}

fn zcode(code: i32) -> &'static str {
    match code {
        Z_NEED_DICT => "Z_NEED_DICT",
        Z_STREAM_ERROR => "Z_STREAM_ERROR",
        Z_DATA_ERROR => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        Z_BUF_ERROR => "Z_BUF_ERROR",
        _ => "Z_UNKNOWN",
    }
}

impl Engine {
    fn deflate_config(
        mode: i32,
        level: i32,
        window_bits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> DeflateConfig {
        let window_bits = match mode {
            GZIP => window_bits + 16,
            DEFLATERAW => -window_bits.max(9),
            _ => window_bits,
        };
        DeflateConfig {
            level,
            window_bits,
            mem_level,
            strategy: Strategy::try_from(strategy).unwrap_or_default(),
            ..DeflateConfig::default()
        }
    }

    fn new_inflate(mode: i32, window_bits: i32, dictionary: Option<Vec<u8>>) -> Engine {
        let wb = if window_bits == 0 && mode != INFLATE {
            15
        } else {
            window_bits
        } as u8;
        let inf = match mode {
            GUNZIP => Inflate::new(true, wb + 16),
            UNZIP => Inflate::new(true, wb + 32),
            INFLATERAW => Inflate::new(false, wb),
            _ => Inflate::new(true, wb),
        };
        Engine::Inflate {
            inf: Box::new(inf),
            gunzip: mode == GUNZIP,
            unzip: mode == UNZIP,
            window_bits: wb,
            ended: false,
            dictionary,
        }
    }

    /// Feeds `input` with flush mode `flush` until it is consumed or `limit` bytes are out
    /// (Node's avail_out); returns the output and how many input bytes were consumed.
    fn write(
        &mut self,
        input: &[u8],
        flush: i32,
        limit: usize,
    ) -> Result<(Vec<u8>, usize), Failure> {
        let mut out = Vec::new();
        let mut buf = vec![0u8; OUT_CHUNK.min(limit.max(1))];
        let consumed;
        match self {
            Engine::Deflate(d) => {
                let flush_mode = DeflateFlush::try_from(flush).unwrap_or_default();
                let mut pos = 0;
                loop {
                    let n = limit.saturating_sub(out.len()).min(buf.len());
                    if n == 0 {
                        break;
                    }
                    let (i0, o0) = (d.total_in(), d.total_out());
                    let r = d.compress(&input[pos..], &mut buf[..n], flush_mode);
                    let used = (d.total_in() - i0) as usize;
                    let made = (d.total_out() - o0) as usize;
                    pos += used;
                    out.extend_from_slice(&buf[..made]);
                    match r {
                        Ok(Status::StreamEnd) => break,
                        Ok(_) => {
                            if pos >= input.len() && made < n {
                                break;
                            }
                            if used == 0 && made == 0 {
                                break;
                            }
                        }
                        Err(e) => return Err((e as i32, e.as_str().to_string(), zcode(e as i32))),
                    }
                }
                consumed = pos;
            }
            Engine::Inflate {
                inf,
                gunzip,
                unzip,
                window_bits,
                ended,
                dictionary,
            } => {
                let mut pos = 0;
                loop {
                    if *ended {
                        // Node's gunzip reads another member unless the rest starts with a
                        // zero byte (padding); other formats ignore what follows the end.
                        if *gunzip && pos < input.len() && input[pos] != 0 {
                            // UNZIP restarts in auto-detect mode, GUNZIP in gzip mode.
                            **inf = Inflate::new(true, *window_bits + if *unzip { 32 } else { 16 });
                            *ended = false;
                        } else {
                            break;
                        }
                    }
                    let n = limit.saturating_sub(out.len()).min(buf.len());
                    if n == 0 {
                        break;
                    }
                    let (i0, o0) = (inf.total_in(), inf.total_out());
                    let r = inf.decompress(&input[pos..], &mut buf[..n], InflateFlush::NoFlush);
                    let used = (inf.total_in() - i0) as usize;
                    let made = (inf.total_out() - o0) as usize;
                    if *unzip && i0 == 0 && used > 0 && input.get(pos) == Some(&0x1f) {
                        *gunzip = true;
                    }
                    pos += used;
                    out.extend_from_slice(&buf[..made]);
                    match r {
                        Ok(Status::StreamEnd) => *ended = true,
                        Ok(_) => {
                            if (pos >= input.len() && made < n) || (used == 0 && made == 0) {
                                break;
                            }
                        }
                        Err(InflateError::NeedDict { .. }) => match dictionary {
                            Some(dict) => {
                                if inf.set_dictionary(dict).is_err() {
                                    return Err((
                                        Z_DATA_ERROR,
                                        "Bad dictionary".into(),
                                        "Z_DATA_ERROR",
                                    ));
                                }
                            }
                            None => {
                                return Err((
                                    Z_NEED_DICT,
                                    "Missing dictionary".into(),
                                    "Z_NEED_DICT",
                                ))
                            }
                        },
                        Err(e) => {
                            let msg = inf.error_message().unwrap_or(e.as_str()).to_string();
                            let code = match e {
                                InflateError::StreamError => Z_STREAM_ERROR,
                                InflateError::MemError => -4,
                                _ => Z_DATA_ERROR,
                            };
                            return Err((code, msg, zcode(code)));
                        }
                    }
                }
                if flush == Z_FINISH && !*ended && out.len() < limit {
                    return Err((Z_BUF_ERROR, "unexpected end of file".into(), "Z_BUF_ERROR"));
                }
                consumed = pos;
            }
            Engine::BrotliEnc(s) => {
                let op = match flush {
                    1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
                    2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
                    3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
                    _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
                };
                let mut avail_in = input.len();
                let mut in_off = 0;
                let mut nop = |_: &mut brotli::interface::PredictionModeContextMap<
                    brotli::InputReferenceMut,
                >,
                               _: &mut [brotli::interface::StaticCommand],
                               _: brotli::InputPair,
                               _: &mut StandardAlloc| ();
                loop {
                    let n = limit.saturating_sub(out.len()).min(buf.len());
                    if n == 0 {
                        break;
                    }
                    let mut avail_out = n;
                    let mut out_off = 0;
                    let mut total = None;
                    let ok = s.compress_stream(
                        op,
                        &mut avail_in,
                        input,
                        &mut in_off,
                        &mut avail_out,
                        &mut buf[..n],
                        &mut out_off,
                        &mut total,
                        &mut nop,
                    );
                    if !ok {
                        return Err((
                            -1,
                            "Compression failed".into(),
                            "ERR_BROTLI_COMPRESSION_FAILED",
                        ));
                    }
                    out.extend_from_slice(&buf[..out_off]);
                    let done = match op {
                        BrotliEncoderOperation::BROTLI_OPERATION_FINISH => s.is_finished(),
                        _ => avail_in == 0 && !s.has_more_output(),
                    };
                    if done || (out_off == 0 && avail_in == 0 && !s.has_more_output()) {
                        break;
                    }
                }
                consumed = in_off;
            }
            Engine::BrotliDec { state, ended } => {
                let mut avail_in = input.len();
                let mut in_off = 0;
                loop {
                    let n = limit.saturating_sub(out.len()).min(buf.len());
                    if *ended || n == 0 {
                        break;
                    }
                    let mut avail_out = n;
                    let mut out_off = 0;
                    let mut total = 0;
                    let r = BrotliDecompressStream(
                        &mut avail_in,
                        &mut in_off,
                        input,
                        &mut avail_out,
                        &mut out_off,
                        &mut buf[..n],
                        &mut total,
                        state,
                    );
                    out.extend_from_slice(&buf[..out_off]);
                    match r {
                        BrotliResult::ResultSuccess => *ended = true,
                        BrotliResult::NeedsMoreOutput => {}
                        BrotliResult::NeedsMoreInput => break,
                        BrotliResult::ResultFailure => {
                            return Err((
                                -1,
                                "Decompression failed".into(),
                                "ERR_BROTLI_DECOMPRESSION_FAILED",
                            ));
                        }
                    }
                }
                if flush == 2 && !*ended && out.len() < limit {
                    return Err((Z_BUF_ERROR, "unexpected end of file".into(), "Z_BUF_ERROR"));
                }
                consumed = in_off;
            }
        }
        Ok((out, consumed))
    }
}

fn brotli_param(key: u32) -> Option<BrotliEncoderParameter> {
    Some(match key {
        0 => BrotliEncoderParameter::BROTLI_PARAM_MODE,
        1 => BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
        2 => BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
        3 => BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
        4 => BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
        6 => BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
        _ => return None,
    })
}

struct Slot {
    /// None while a write runs on the pool (or after close).
    engine: Option<Engine>,
    closed: bool,
    /// Mode and options, for reset().
    init: (i32, i32, i32, i32, i32, Option<Vec<u8>>),
}

type Slots = Rc<RefCell<HashMap<u64, Slot>>>;

fn result_array<'js>(
    ctx: &rquickjs::Ctx<'js>,
    r: Result<(Vec<u8>, usize), Failure>,
) -> rquickjs::Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    match r {
        Ok((bytes, consumed)) => {
            arr.set(0, 0)?;
            arr.set(1, ArrayBuffer::new(ctx.clone(), bytes)?)?;
            arr.set(2, Value::new_undefined(ctx.clone()))?;
            arr.set(3, consumed as f64)?;
        }
        Err((code, msg, name)) => {
            arr.set(0, if code == 0 { -1 } else { code })?;
            arr.set(1, msg)?;
            arr.set(2, name)?;
        }
    }
    Ok(arr)
}

fn make_engine(init: &(i32, i32, i32, i32, i32, Option<Vec<u8>>)) -> Result<Engine, String> {
    let (mode, level, window_bits, mem_level, strategy, dict) = init;
    let (mode, level, window_bits, mem_level, strategy) =
        (*mode, *level, *window_bits, *mem_level, *strategy);
    Ok(match mode {
        DEFLATE | GZIP | DEFLATERAW => {
            let mut d = zlib_rs::Deflate::new_with_config(Engine::deflate_config(
                mode,
                level,
                window_bits,
                mem_level,
                strategy,
            ));
            if let Some(dict) = dict {
                if mode != GZIP && d.set_dictionary(dict).is_err() {
                    return Err("Failed to set dictionary".into());
                }
            }
            Engine::Deflate(Box::new(d))
        }
        INFLATE | GUNZIP | INFLATERAW | UNZIP => {
            let mut e = Engine::new_inflate(mode, window_bits, dict.clone());
            if mode == INFLATERAW {
                if let (Engine::Inflate { inf, .. }, Some(dict)) = (&mut e, dict) {
                    if inf.set_dictionary(dict).is_err() {
                        return Err("Failed to set dictionary".into());
                    }
                }
            }
            e
        }
        BROTLI_DECODE => Engine::BrotliDec {
            state: Box::new(BrotliState::new(
                StandardAlloc::default(),
                StandardAlloc::default(),
                StandardAlloc::default(),
            )),
            ended: false,
        },
        _ => {
            let mut s = BrotliEncoderStateStruct::new(StandardAlloc::default());
            // Brotli params travel as [key, value, key, value...] in the dictionary slot.
            if let Some(pairs) = dict {
                for kv in pairs.chunks(8) {
                    if kv.len() < 8 {
                        break;
                    }
                    let k = u32::from_le_bytes([kv[0], kv[1], kv[2], kv[3]]);
                    let v = u32::from_le_bytes([kv[4], kv[5], kv[6], kv[7]]);
                    match brotli_param(k) {
                        Some(p) => {
                            if !s.set_parameter(p, v) {
                                return Err("Initialization failed".into());
                            }
                        }
                        None if k <= 9 => {}
                        None => return Err("Initialization failed".into()),
                    }
                }
            }
            Engine::BrotliEnc(Box::new(s))
        }
    })
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let slots: Slots = Rc::default();

    // init(handle, mode, level, windowBits, memLevel, strategy, dictionary) -> async id, or a
    // message string when the engine cannot start.
    let (r, s) = (realm.clone(), slots.clone());
    def(
        ctx,
        &obj,
        "init",
        move |handle: Object<'js>,
              mode: i32,
              level: i32,
              wb: i32,
              mem: i32,
              strategy: i32,
              dict: Option<TypedArray<'js, u8>>|
              -> rquickjs::Result<Value<'js>> {
            let init = (
                mode,
                level,
                wb,
                mem,
                strategy,
                dict.as_ref().map(typed_bytes),
            );
            let engine = match make_engine(&init) {
                Ok(e) => e,
                Err(msg) => {
                    return rquickjs::String::from_str(r.ctx.clone(), &msg).map(|s| s.into_value())
                }
            };
            let id = wrap::init(&r, &handle, "ZLIB", None).async_id;
            s.borrow_mut().insert(
                id as u64,
                Slot {
                    engine: Some(engine),
                    closed: false,
                    init,
                },
            );
            Ok(Value::new_number(r.ctx.clone(), id as f64))
        },
    )?;

    // writeSync(id, flush, data) -> [0, ArrayBuffer] | [code, message, codeName]
    let (r, s) = (realm.clone(), slots.clone());
    def(
        ctx,
        &obj,
        "writeSync",
        move |id: f64, flush: i32, data: TypedArray<'js, u8>| -> rquickjs::Result<Array<'js>> {
            let input = typed_bytes(&data);
            let mut slots = s.borrow_mut();
            let res = match slots
                .get_mut(&(id as u64))
                .and_then(|sl| sl.engine.as_mut())
            {
                Some(e) => e.write(&input, flush, usize::MAX),
                None => Err((
                    Z_STREAM_ERROR,
                    "zlib binding closed".into(),
                    "Z_STREAM_ERROR",
                )),
            };
            result_array(&r.ctx, res)
        },
    )?;

    // write(id, flush, data, limit): on the pool, producing at most `limit` bytes; then
    // handle.oncomplete(code, ArrayBuffer|message, codeName, consumed).
    let (r, s) = (realm.clone(), slots.clone());
    def(
        ctx,
        &obj,
        "write",
        move |id: f64, flush: i32, data: TypedArray<'js, u8>, limit: f64| -> i32 {
            let limit = limit as usize;
            let key = id as u64;
            let input = typed_bytes(&data);
            let Some(mut engine) = s.borrow_mut().get_mut(&key).and_then(|sl| sl.engine.take())
            else {
                return Z_STREAM_ERROR;
            };
            let s2 = s.clone();
            let started = r.io.run_blocking(
                &r,
                move || {
                    let res = engine.write(&input, flush, limit);
                    (engine, res)
                },
                move |realm, (engine, res)| {
                    {
                        let mut slots = s2.borrow_mut();
                        match slots.get_mut(&key) {
                            // close() ran while the write was in flight: drop the engine now.
                            Some(slot) if slot.closed => {
                                slots.remove(&key);
                                return;
                            }
                            Some(slot) => slot.engine = Some(engine),
                            None => return,
                        }
                    }
                    let args = match result_array(&realm.ctx, res) {
                        Ok(a) => (0..4)
                            .map(|i| {
                                a.get::<Value>(i)
                                    .unwrap_or_else(|_| Value::new_undefined(realm.ctx.clone()))
                            })
                            .collect(),
                        Err(_) => Vec::new(),
                    };
                    wrap::make_callback(realm, key as AsyncId, "oncomplete", args);
                },
            );
            match started {
                Ok(()) => 0,
                Err(e) => crate::io::errno::of(&e),
            }
        },
    )?;

    // close(id): frees the engine. Node's ZLIB handle emits `destroy` only when it is garbage
    // collected (which short programs never see), so none is queued here.
    let s = slots.clone();
    def(ctx, &obj, "close", move |id: f64| {
        let key = id as u64;
        let mut slots = s.borrow_mut();
        let Some(slot) = slots.get_mut(&key) else {
            return;
        };
        slot.closed = true;
        if slot.engine.is_some() {
            slots.remove(&key); // else a write is in flight; its completion drops the engine
        }
    })?;

    // reset(id): a fresh engine with the same options. Returns 0 or an error message.
    let s = slots.clone();
    def(ctx, &obj, "reset", move |id: f64| -> i32 {
        let mut slots = s.borrow_mut();
        let Some(slot) = slots.get_mut(&(id as u64)) else {
            return Z_STREAM_ERROR;
        };
        match make_engine(&slot.init) {
            Ok(e) => {
                slot.engine = Some(e);
                0
            }
            Err(_) => Z_STREAM_ERROR,
        }
    })?;

    // params(id, level, strategy): deflate only (after a sync flush, as Node does).
    let s = slots.clone();
    def(
        ctx,
        &obj,
        "params",
        move |id: f64, level: i32, strategy: i32| -> i32 {
            let mut slots = s.borrow_mut();
            let Some(slot) = slots.get_mut(&(id as u64)) else {
                return Z_STREAM_ERROR;
            };
            slot.init.1 = level;
            slot.init.4 = strategy;
            match slot.engine.as_mut() {
                Some(Engine::Deflate(d)) => match d.set_level(level) {
                    Ok(_) => 0,
                    Err(e) => e as i32,
                },
                _ => 0,
            }
        },
    )?;

    def(
        ctx,
        &obj,
        "crc32",
        |data: TypedArray<'js, u8>, value: f64| -> f64 {
            f64::from(zlib_rs::crc32::crc32(value as u32, &typed_bytes(&data)))
        },
    )?;
    Ok(obj)
}
