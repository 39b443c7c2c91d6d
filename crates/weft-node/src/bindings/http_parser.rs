//! `internalBinding('http_parser')`: an incremental HTTP/1.x parser for `http` (Node's
//! `HTTPParser` on llhttp), with message heads parsed by the `httparse` crate and bodies framed
//! here (Content-Length, chunked, or until EOF for responses).
//!
//! A parser is keyed by a small id. `initialize` makes its resource object an async resource
//! (`HTTPINCOMINGMESSAGE` for requests, `HTTPCLIENTREQUEST` for responses); its callbacks
//! `onHeadersComplete`, `onBody`, `onMessageComplete` run with `this` = the parser object inside
//! that resource's scope, as Node's MakeCallback does.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rquickjs::{Array, Function, Object, TypedArray, Value};
use weft_async_core::AsyncId;

use super::def;
use crate::io::wrap;
use crate::realm::Realm;

/// `HTTPParser.REQUEST` / `HTTPParser.RESPONSE`.
const REQUEST: i32 = 1;
const RESPONSE: i32 = 2;
/// Node's default `maxHeaderSize` (16 KiB).
const MAX_HEADER_SIZE: usize = 16 * 1024;
const MAX_HEADERS: usize = 2000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Body {
    /// Waiting for a message head.
    Head,
    /// `n` body bytes left.
    Length(u64),
    /// Chunked: waiting for a chunk-size line.
    ChunkSize,
    /// Chunked: `n` bytes of chunk data left, then CRLF.
    ChunkData(u64),
    /// Chunked: the CRLF after chunk data.
    ChunkEnd,
    /// Chunked: trailers until an empty line.
    Trailers,
    /// Everything until the connection closes (responses without framing).
    UntilEof,
    /// After an upgrade/CONNECT head: the rest is not HTTP.
    Upgraded,
}

struct Parser {
    kind: i32,
    async_id: Option<AsyncId>,
    buf: Vec<u8>,
    state: Body,
    keep_alive: bool,
    is_head_response: bool,
    bytes_parsed: usize,
    paused: bool,
}

thread_local! {
    static PARSERS: RefCell<HashMap<u32, Parser>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn with<R>(id: u32, f: impl FnOnce(&mut Parser) -> R) -> Option<R> {
    PARSERS.with(|p| p.borrow_mut().get_mut(&id).map(f))
}

/// What one parse step produced, for JS.
enum Event {
    Headers {
        major: u8,
        minor: u8,
        headers: Vec<(String, String)>,
        method: Option<String>,
        url: Option<String>,
        status: Option<u16>,
        reason: Option<String>,
        upgrade: bool,
        keep_alive: bool,
    },
    Body(Vec<u8>),
    Complete,
}

/// A parse error: llhttp's code name and reason.
struct ParseError {
    code: &'static str,
    reason: &'static str,
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .rev()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn has_token(value: &str, token: &str) -> bool {
    value
        .split(',')
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

fn map_head_error(e: httparse::Error) -> ParseError {
    use httparse::Error as E;
    match e {
        E::HeaderName => ParseError {
            code: "HPE_INVALID_HEADER_TOKEN",
            reason: "Invalid header token",
        },
        E::HeaderValue => ParseError {
            code: "HPE_INVALID_HEADER_TOKEN",
            reason: "Invalid header value char",
        },
        E::NewLine => ParseError {
            code: "HPE_LF_EXPECTED",
            reason: "Missing expected LF after header value",
        },
        E::Status => ParseError {
            code: "HPE_INVALID_STATUS",
            reason: "Invalid status code",
        },
        E::Token => ParseError {
            code: "HPE_INVALID_METHOD",
            reason: "Invalid method encountered",
        },
        E::TooManyHeaders => ParseError {
            code: "HPE_HEADER_OVERFLOW",
            reason: "Header overflow",
        },
        E::Version => ParseError {
            code: "HPE_INVALID_VERSION",
            reason: "Invalid HTTP version",
        },
    }
}

/// A complete message head, copied out of the input.
struct Head {
    consumed: usize,
    minor: u8,
    headers: Vec<(String, String)>,
    method: Option<String>,
    path: Option<String>,
    status: Option<u16>,
    reason: Option<String>,
}

fn owned_headers(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect()
}

/// Parses a request or response head from `buf`: None while incomplete. Starts with room for
/// 100 headers and retries with Node's limit when there are more.
fn parse_head(kind: i32, buf: &[u8]) -> Result<Option<Head>, httparse::Error> {
    let mut capacity = 100;
    loop {
        let mut slots = vec![httparse::EMPTY_HEADER; capacity];
        let parsed = if kind == REQUEST {
            let mut req = httparse::Request::new(&mut slots);
            req.parse(buf).map(|status| match status {
                httparse::Status::Complete(consumed) => Some(Head {
                    consumed,
                    minor: req.version.unwrap_or(1),
                    headers: owned_headers(req.headers),
                    method: Some(req.method.unwrap_or("GET").to_string()),
                    path: req.path.map(String::from),
                    status: None,
                    reason: None,
                }),
                httparse::Status::Partial => None,
            })
        } else {
            let mut res = httparse::Response::new(&mut slots);
            res.parse(buf).map(|status| match status {
                httparse::Status::Complete(consumed) => Some(Head {
                    consumed,
                    minor: res.version.unwrap_or(1),
                    headers: owned_headers(res.headers),
                    method: None,
                    path: None,
                    status: Some(res.code.unwrap_or(200)),
                    reason: res.reason.map(String::from),
                }),
                httparse::Status::Partial => None,
            })
        };
        match parsed {
            Err(httparse::Error::TooManyHeaders) if capacity < MAX_HEADERS => {
                capacity = MAX_HEADERS;
            }
            other => return other,
        }
    }
}

/// Parses as much of `p.buf` as possible, pushing events; stops at a paused point or when more
/// input is needed.
fn step(p: &mut Parser, events: &mut Vec<Event>) -> Result<(), ParseError> {
    loop {
        if p.paused {
            return Ok(());
        }
        match p.state {
            Body::Head => {
                // Skip stray CRLFs between messages, as llhttp does.
                while p.buf.first().is_some_and(|b| *b == b'\r' || *b == b'\n') {
                    p.buf.remove(0);
                    p.bytes_parsed += 1;
                }
                if p.buf.is_empty() {
                    return Ok(());
                }
                let head = match parse_head(p.kind, &p.buf) {
                    Ok(Some(head)) => head,
                    Ok(None) => {
                        if p.buf.len() > MAX_HEADER_SIZE {
                            return Err(ParseError {
                                code: "HPE_HEADER_OVERFLOW",
                                reason: "Header overflow",
                            });
                        }
                        return Ok(());
                    }
                    Err(e) => return Err(map_head_error(e)),
                };
                let consumed = head.consumed;
                let event = head_event(
                    p,
                    1,
                    head.minor,
                    head.headers,
                    head.method,
                    head.path,
                    head.status,
                    head.reason,
                );
                p.buf.drain(..consumed);
                p.bytes_parsed += consumed;
                let headers_done = matches!(p.state, Body::Head);
                events.push(event);
                // The JS side tells us (via skipBody) whether a response to HEAD has a body; the
                // state was set by head_event from the framing headers.
                if headers_done {
                    // No body: message complete right after the head.
                    events.push(Event::Complete);
                }
                // Let JS see the head before the body is framed (it may skip the body).
                return Ok(());
            }
            Body::Length(n) => {
                if p.buf.is_empty() {
                    return Ok(());
                }
                let take = (n as usize).min(p.buf.len());
                let chunk: Vec<u8> = p.buf.drain(..take).collect();
                p.bytes_parsed += take;
                events.push(Event::Body(chunk));
                let left = n - take as u64;
                if left == 0 {
                    p.state = Body::Head;
                    events.push(Event::Complete);
                    return Ok(());
                }
                p.state = Body::Length(left);
            }
            Body::ChunkSize => match httparse::parse_chunk_size(&p.buf) {
                Ok(httparse::Status::Complete((n, size))) => {
                    p.buf.drain(..n);
                    p.bytes_parsed += n;
                    p.state = if size == 0 {
                        Body::Trailers
                    } else {
                        Body::ChunkData(size)
                    };
                }
                Ok(httparse::Status::Partial) => return Ok(()),
                Err(_) => {
                    return Err(ParseError {
                        code: "HPE_INVALID_CHUNK_SIZE",
                        reason: "Invalid character in chunk size",
                    })
                }
            },
            Body::ChunkData(n) => {
                if p.buf.is_empty() {
                    return Ok(());
                }
                let take = (n as usize).min(p.buf.len());
                let chunk: Vec<u8> = p.buf.drain(..take).collect();
                p.bytes_parsed += take;
                events.push(Event::Body(chunk));
                let left = n - take as u64;
                p.state = if left == 0 {
                    Body::ChunkEnd
                } else {
                    Body::ChunkData(left)
                };
            }
            Body::ChunkEnd => {
                if p.buf.len() < 2 {
                    return Ok(());
                }
                if &p.buf[..2] != b"\r\n" {
                    return Err(ParseError {
                        code: "HPE_STRICT",
                        reason: "Expected LF after chunk data",
                    });
                }
                p.buf.drain(..2);
                p.bytes_parsed += 2;
                p.state = Body::ChunkSize;
            }
            Body::Trailers => {
                // Trailers end with an empty line; trailer fields are read and dropped.
                let Some(pos) = find_line_end(&p.buf) else {
                    return Ok(());
                };
                let line_len = pos;
                let skip = pos + 2;
                p.buf.drain(..skip);
                p.bytes_parsed += skip;
                if line_len == 0 {
                    p.state = Body::Head;
                    events.push(Event::Complete);
                    return Ok(());
                }
            }
            Body::UntilEof => {
                if p.buf.is_empty() {
                    return Ok(());
                }
                let chunk = std::mem::take(&mut p.buf);
                p.bytes_parsed += chunk.len();
                events.push(Event::Body(chunk));
                return Ok(());
            }
            Body::Upgraded => return Ok(()),
        }
    }
}

fn find_line_end(buf: &[u8]) -> Option<usize> {
    buf.windows(2).position(|w| w == b"\r\n")
}

/// Builds the head event and sets the body framing from the headers.
#[allow(clippy::too_many_arguments)]
fn head_event(
    p: &mut Parser,
    major: u8,
    minor: u8,
    headers: Vec<(String, String)>,
    method: Option<String>,
    url: Option<String>,
    status: Option<u16>,
    reason: Option<String>,
) -> Event {
    let connection = header_value(&headers, "connection")
        .unwrap_or("")
        .to_string();
    let keep_alive = if minor >= 1 && major >= 1 {
        !has_token(&connection, "close")
    } else {
        has_token(&connection, "keep-alive")
    };
    let chunked =
        header_value(&headers, "transfer-encoding").is_some_and(|v| has_token(v, "chunked"));
    let length =
        header_value(&headers, "content-length").and_then(|v| v.trim().parse::<u64>().ok());
    let upgrade = if p.kind == REQUEST {
        method.as_deref() == Some("CONNECT")
            || (has_token(&connection, "upgrade") && header_value(&headers, "upgrade").is_some())
    } else {
        status == Some(101)
    };
    // A response framed by the connection's end cannot keep it alive. As in llhttp, this is
    // decided before JS says whether the body is skipped (a response to HEAD).
    let needs_eof = p.kind == RESPONSE
        && !matches!(status, Some(100..=199) | Some(204) | Some(304))
        && !chunked
        && length.is_none()
        && !upgrade;
    let keep_alive = keep_alive && !needs_eof;
    p.keep_alive = keep_alive;
    p.state = if upgrade {
        Body::Upgraded
    } else if p.kind == RESPONSE
        && (p.is_head_response || matches!(status, Some(100..=199) | Some(204) | Some(304)))
    {
        Body::Head
    } else if chunked {
        Body::ChunkSize
    } else if let Some(n) = length {
        if n == 0 {
            Body::Head
        } else {
            Body::Length(n)
        }
    } else if p.kind == RESPONSE {
        Body::UntilEof
    } else {
        Body::Head
    };
    Event::Headers {
        major,
        minor,
        headers,
        method,
        url,
        status,
        reason,
        upgrade,
        keep_alive,
    }
}

/// Calls `parser[name](...args)` inside the parser's resource scope. Returns the result, or
/// None if the callback threw (already reported) or is missing.
fn callback<'js>(
    realm: &Rc<Realm<'js>>,
    parser: &Object<'js>,
    async_id: Option<AsyncId>,
    name: &str,
    args: Vec<Value<'js>>,
) -> Option<Value<'js>> {
    let f: Function<'js> = parser.get::<_, Value>(name).ok()?.into_function()?;
    match async_id.and_then(|id| realm.wraps.get(id)) {
        Some(res) => wrap::call_in_with_this(realm, &res, &f, parser.clone().into_value(), args),
        None => f
            .call((
                rquickjs::function::This(parser.clone()),
                rquickjs::function::Rest(args),
            ))
            .ok(),
    }
}

fn deliver<'js>(
    realm: &Rc<Realm<'js>>,
    pid: u32,
    parser: &Object<'js>,
    events: Vec<Event>,
) -> rquickjs::Result<()> {
    let ctx = realm.ctx.clone();
    let async_id = with(pid, |p| p.async_id).flatten();
    for ev in events {
        match ev {
            Event::Headers {
                major,
                minor,
                headers,
                method,
                url,
                status,
                reason,
                upgrade,
                keep_alive,
            } => {
                let list = Array::new(ctx.clone())?;
                for (i, (k, v)) in headers.into_iter().enumerate() {
                    list.set(i * 2, k)?;
                    list.set(i * 2 + 1, v)?;
                }
                let undef = || Value::new_undefined(ctx.clone());
                let s = |v: Option<String>| -> rquickjs::Result<Value<'js>> {
                    Ok(match v {
                        Some(v) => rquickjs::String::from_str(ctx.clone(), &v)?.into_value(),
                        None => Value::new_undefined(ctx.clone()),
                    })
                };
                let args = vec![
                    Value::new_int(ctx.clone(), i32::from(major)),
                    Value::new_int(ctx.clone(), i32::from(minor)),
                    list.into_value(),
                    s(method)?,
                    s(url)?,
                    status.map_or_else(undef, |c| Value::new_int(ctx.clone(), i32::from(c))),
                    s(reason)?,
                    Value::new_bool(ctx.clone(), upgrade),
                    Value::new_bool(ctx.clone(), keep_alive),
                ];
                let ret = callback(realm, parser, async_id, "onHeadersComplete", args);
                // 1: skip the body (a response to HEAD), as llhttp's on_headers_complete.
                if ret.and_then(|v| v.as_int()) == Some(1) {
                    with(pid, |p| {
                        if !matches!(p.state, Body::Head | Body::Upgraded) {
                            p.state = Body::Head;
                        }
                    });
                }
            }
            Event::Body(bytes) => {
                let arr = TypedArray::<u8>::new(ctx.clone(), bytes)?;
                callback(realm, parser, async_id, "onBody", vec![arr.into_value()]);
            }
            Event::Complete => {
                callback(realm, parser, async_id, "onMessageComplete", Vec::new());
            }
        }
    }
    Ok(())
}

fn parse_error<'js>(
    realm: &Rc<Realm<'js>>,
    e: &ParseError,
    bytes_parsed: usize,
    raw: Vec<u8>,
) -> rquickjs::Result<Value<'js>> {
    let err = super::new_error(&realm.ctx, "Error", &format!("Parse Error: {}", e.reason))?;
    err.set("bytesParsed", bytes_parsed as f64)?;
    err.set("code", e.code)?;
    err.set("reason", e.reason)?;
    err.set("rawPacket", TypedArray::<u8>::new(realm.ctx.clone(), raw)?)?;
    Ok(err.into_value())
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    obj.set("REQUEST", REQUEST)?;
    obj.set("RESPONSE", RESPONSE)?;

    def(ctx, &obj, "create", || -> u32 {
        let id = NEXT_ID.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        PARSERS.with(|p| {
            p.borrow_mut().insert(
                id,
                Parser {
                    kind: REQUEST,
                    async_id: None,
                    buf: Vec::new(),
                    state: Body::Head,
                    keep_alive: true,
                    is_head_response: false,
                    bytes_parsed: 0,
                    paused: false,
                },
            )
        });
        id
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "initialize",
        move |pid: u32, kind: i32, resource: Object<'js>| {
            let provider = if kind == REQUEST {
                "HTTPINCOMINGMESSAGE"
            } else {
                "HTTPCLIENTREQUEST"
            };
            let id = wrap::init(&r, &resource, provider, None).async_id;
            with(pid, |p| {
                p.kind = kind;
                p.async_id = Some(id);
                p.buf.clear();
                p.state = Body::Head;
                p.bytes_parsed = 0;
                p.paused = false;
                p.is_head_response = false;
            });
        },
    )?;

    def(ctx, &obj, "setHeadResponse", |pid: u32, on: bool| {
        with(pid, |p| p.is_head_response = on);
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "execute",
        move |pid: u32,
              parser: Object<'js>,
              data: TypedArray<'js, u8>,
              consumed: bool|
              -> rquickjs::Result<Value<'js>> {
            let result = execute(&r, pid, &parser, data)?;
            if consumed {
                // Node's consumer reports each execute() to JS in the parser's scope.
                let async_id = with(pid, |p| p.async_id).flatten();
                callback(&r, &parser, async_id, "onExecute", vec![result.clone()]);
            }
            Ok(result)
        },
    )?;

    // EOF from the connection: a response framed by connection close completes now.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "finish",
        move |pid: u32, parser: Object<'js>| -> rquickjs::Result<Value<'js>> {
            let state = with(pid, |p| p.state);
            match state {
                Some(Body::UntilEof) => {
                    with(pid, |p| p.state = Body::Head);
                    deliver(&r, pid, &parser, vec![Event::Complete])?;
                    Ok(Value::new_undefined(r.ctx.clone()))
                }
                Some(
                    Body::Length(_)
                    | Body::ChunkSize
                    | Body::ChunkData(_)
                    | Body::ChunkEnd
                    | Body::Trailers,
                ) => {
                    let e = ParseError {
                        code: "HPE_INVALID_EOF_STATE",
                        reason: "Invalid EOF state",
                    };
                    parse_error(&r, &e, 0, Vec::new())
                }
                _ => Ok(Value::new_undefined(r.ctx.clone())),
            }
        },
    )?;

    def(ctx, &obj, "pause", |pid: u32| {
        with(pid, |p| p.paused = true);
    })?;
    def(ctx, &obj, "resume", |pid: u32| {
        with(pid, |p| p.paused = false);
    })?;

    // Ends the parser's resource (destroy queued); the parser may be initialized again.
    let r = realm.clone();
    def(ctx, &obj, "free", move |pid: u32| {
        if let Some(Some(id)) = with(pid, |p| p.async_id.take()) {
            wrap::destroy(&r, id);
        }
    })?;
    def(ctx, &obj, "remove", |pid: u32| {
        PARSERS.with(|p| p.borrow_mut().remove(&pid));
    })?;
    Ok(obj)
}

/// Feeds `data` to parser `pid`, delivering its events to `parser`'s callbacks; returns the
/// bytes consumed or a parse error object.
fn execute<'js>(
    r: &Rc<Realm<'js>>,
    pid: u32,
    parser: &Object<'js>,
    data: TypedArray<'js, u8>,
) -> rquickjs::Result<Value<'js>> {
    let bytes = super::typed_bytes(&data);
    let n = bytes.len();
    let Some(before) = with(pid, |p| {
        p.buf.extend_from_slice(&bytes);
        p.bytes_parsed
    }) else {
        return Ok(Value::new_int(r.ctx.clone(), 0));
    };
    // Parse and deliver event by event: JS may pause, skip a body or free the parser.
    loop {
        let mut events = Vec::new();
        let result = with(pid, |p| step(p, &mut events));
        match result {
            None => break,
            Some(Err(e)) => {
                let parsed = with(pid, |p| p.bytes_parsed - before).unwrap_or(0);
                return parse_error(r, &e, parsed, bytes);
            }
            Some(Ok(())) => {}
        }
        if events.is_empty() {
            break;
        }
        deliver(r, pid, parser, events)?;
        let upgraded = with(pid, |p| p.state == Body::Upgraded || p.paused).unwrap_or(true);
        if upgraded {
            // The rest belongs to the upgraded protocol: report what was consumed.
            let consumed = with(pid, |p| {
                let rest = p.buf.len();
                p.buf.clear();
                n - rest.min(n)
            })
            .unwrap_or(n);
            return Ok(Value::new_int(r.ctx.clone(), consumed as i32));
        }
    }
    Ok(Value::new_int(r.ctx.clone(), n as i32))
}
