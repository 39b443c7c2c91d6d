//! `internalBinding('crypto')`: the natives behind `node:crypto`'s hashing, HMAC, PBKDF2 and
//! random bytes (Node's `node_crypto` jobs). Hash and HMAC states live here keyed by a number;
//! `randomBytes` and `pbkdf2` callbacks are `RANDOMBYTESREQUEST` / `PBKDF2REQUEST` async
//! resources whose work runs on the thread pool and whose `oncomplete` runs through the scope
//! guard, as Node's `CryptoJob`s do.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rquickjs::{ArrayBuffer, Object, TypedArray, Value};
use sha2::digest::DynDigest;

use super::{def, typed_bytes};
use crate::io::wrap;
use crate::realm::Realm;

/// The digest named `name` (Node's names, case-insensitive), or None.
fn new_digest(name: &str) -> Option<Box<dyn DynDigest>> {
    Some(match name.to_ascii_lowercase().as_str() {
        "md5" | "rsa-md5" => Box::new(md5::Md5::default()),
        "sha1" | "rsa-sha1" | "sha-1" => Box::new(sha1::Sha1::default()),
        "sha224" | "rsa-sha224" | "sha-224" => Box::new(sha2::Sha224::default()),
        "sha256" | "rsa-sha256" | "sha-256" => Box::new(sha2::Sha256::default()),
        "sha384" | "rsa-sha384" | "sha-384" => Box::new(sha2::Sha384::default()),
        "sha512" | "rsa-sha512" | "sha-512" => Box::new(sha2::Sha512::default()),
        "sha512-224" | "rsa-sha512/224" | "sha-512/224" => Box::new(sha2::Sha512_224::default()),
        "sha512-256" | "rsa-sha512/256" | "sha-512/256" => Box::new(sha2::Sha512_256::default()),
        _ => return None,
    })
}

fn block_size(name: &str) -> usize {
    match name.to_ascii_lowercase().as_str() {
        "sha384" | "rsa-sha384" | "sha-384" | "sha512" | "rsa-sha512" | "sha-512"
        | "sha512-224" | "rsa-sha512/224" | "sha-512/224" | "sha512-256" | "rsa-sha512/256"
        | "sha-512/256" => 128,
        _ => 64,
    }
}

enum State {
    Hash(Box<dyn DynDigest>),
    /// HMAC as RFC 2104: inner digest already fed `key ^ ipad`; outer digest fed `key ^ opad`.
    Hmac(Box<dyn DynDigest>, Box<dyn DynDigest>),
}

impl State {
    fn copy(&self) -> State {
        match self {
            State::Hash(d) => State::Hash(d.box_clone()),
            State::Hmac(i, o) => State::Hmac(i.box_clone(), o.box_clone()),
        }
    }
}

fn pbkdf2(password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8], digest: &str) -> bool {
    use pbkdf2::pbkdf2_hmac;
    match digest.to_ascii_lowercase().as_str() {
        "md5" | "rsa-md5" => pbkdf2_hmac::<md5::Md5>(password, salt, iterations, out),
        "sha1" | "rsa-sha1" | "sha-1" => pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, out),
        "sha224" | "rsa-sha224" | "sha-224" => {
            pbkdf2_hmac::<sha2::Sha224>(password, salt, iterations, out)
        }
        "sha256" | "rsa-sha256" | "sha-256" => {
            pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, out)
        }
        "sha384" | "rsa-sha384" | "sha-384" => {
            pbkdf2_hmac::<sha2::Sha384>(password, salt, iterations, out)
        }
        "sha512" | "rsa-sha512" | "sha-512" => {
            pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, out)
        }
        "sha512-224" | "rsa-sha512/224" | "sha-512/224" => {
            pbkdf2_hmac::<sha2::Sha512_224>(password, salt, iterations, out)
        }
        "sha512-256" | "rsa-sha512/256" | "sha-512/256" => {
            pbkdf2_hmac::<sha2::Sha512_256>(password, salt, iterations, out)
        }
        _ => return false,
    }
    true
}

fn random(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    // The OS generator does not fail on Linux once the pool is initialised.
    let _ = getrandom::fill(&mut v);
    v
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let states: Rc<RefCell<HashMap<u32, State>>> = Rc::default();
    let next = Rc::new(std::cell::Cell::new(0u32));

    // hashNew(alg) / hmacNew(alg, key) -> id, or -1 for an unknown digest.
    let (s, n) = (states.clone(), next.clone());
    def(ctx, &obj, "hashNew", move |alg: String| -> i32 {
        let Some(d) = new_digest(&alg) else { return -1 };
        n.set(n.get() + 1);
        s.borrow_mut().insert(n.get(), State::Hash(d));
        n.get() as i32
    })?;
    let (s, n) = (states.clone(), next.clone());
    def(
        ctx,
        &obj,
        "hmacNew",
        move |alg: String, key: TypedArray<'js, u8>| -> i32 {
            let (Some(mut inner), Some(mut outer)) = (new_digest(&alg), new_digest(&alg)) else {
                return -1;
            };
            let bs = block_size(&alg);
            let mut key = typed_bytes(&key);
            if key.len() > bs {
                let Some(mut d) = new_digest(&alg) else {
                    return -1;
                };
                d.update(&key);
                key = d.finalize().to_vec();
            }
            key.resize(bs, 0);
            let ipad: Vec<u8> = key.iter().map(|b| b ^ 0x36).collect();
            let opad: Vec<u8> = key.iter().map(|b| b ^ 0x5c).collect();
            inner.update(&ipad);
            outer.update(&opad);
            n.set(n.get() + 1);
            s.borrow_mut().insert(n.get(), State::Hmac(inner, outer));
            n.get() as i32
        },
    )?;
    let s = states.clone();
    def(
        ctx,
        &obj,
        "update",
        move |id: u32, data: TypedArray<'js, u8>| {
            if let Some(st) = s.borrow_mut().get_mut(&id) {
                let bytes = typed_bytes(&data);
                match st {
                    State::Hash(d) | State::Hmac(d, _) => d.update(&bytes),
                }
            }
        },
    )?;
    // digest(id) -> ArrayBuffer; the state is freed.
    let (s, r) = (states.clone(), realm.clone());
    def(
        ctx,
        &obj,
        "digest",
        move |id: u32| -> rquickjs::Result<Value<'js>> {
            let bytes = match s.borrow_mut().remove(&id) {
                Some(State::Hash(d)) => d.finalize().to_vec(),
                Some(State::Hmac(i, mut o)) => {
                    o.update(&i.finalize());
                    o.finalize().to_vec()
                }
                None => Vec::new(),
            };
            Ok(ArrayBuffer::new(r.ctx.clone(), bytes)?.into_value())
        },
    )?;
    let (s, n) = (states.clone(), next.clone());
    def(ctx, &obj, "copy", move |id: u32| -> i32 {
        let copy = match s.borrow().get(&id) {
            Some(st) => st.copy(),
            None => return -1,
        };
        n.set(n.get() + 1);
        s.borrow_mut().insert(n.get(), copy);
        n.get() as i32
    })?;
    let s = states.clone();
    def(ctx, &obj, "free", move |id: u32| {
        s.borrow_mut().remove(&id);
    })?;
    def(ctx, &obj, "digestSize", |alg: String| -> i32 {
        new_digest(&alg).map_or(-1, |d| d.output_size() as i32)
    })?;

    // randomBytes(n) -> ArrayBuffer
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "randomBytes",
        move |n: f64| -> rquickjs::Result<Value<'js>> {
            Ok(ArrayBuffer::new(r.ctx.clone(), random(n as usize))?.into_value())
        },
    )?;
    // randomBytesJob(req, n): RANDOMBYTESREQUEST; req.oncomplete(ArrayBuffer) on the JS thread.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "randomBytesJob",
        move |req: Object<'js>, n: f64| -> i32 {
            let id = wrap::init(&r, &req, "RANDOMBYTESREQUEST", None).async_id;
            let n = n as usize;
            wrap::run_request(
                &r,
                id,
                move || random(n),
                move |realm, bytes| {
                    let args = match ArrayBuffer::new(realm.ctx.clone(), bytes) {
                        Ok(ab) => vec![ab.into_value()],
                        Err(_) => Vec::new(),
                    };
                    wrap::make_callback(realm, id, "oncomplete", args);
                    wrap::destroy(realm, id);
                },
            )
        },
    )?;

    // pbkdf2Sync(password, salt, iterations, keylen, digest) -> ArrayBuffer | null (bad digest)
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "pbkdf2Sync",
        move |pass: TypedArray<'js, u8>,
              salt: TypedArray<'js, u8>,
              iter: u32,
              keylen: f64,
              digest: String|
              -> rquickjs::Result<Value<'js>> {
            let mut out = vec![0u8; keylen as usize];
            if !pbkdf2(
                &typed_bytes(&pass),
                &typed_bytes(&salt),
                iter,
                &mut out,
                &digest,
            ) {
                return Ok(Value::new_null(r.ctx.clone()));
            }
            Ok(ArrayBuffer::new(r.ctx.clone(), out)?.into_value())
        },
    )?;
    // pbkdf2Job(req, password, salt, iterations, keylen, digest): PBKDF2REQUEST on the pool.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "pbkdf2Job",
        move |req: Object<'js>,
              pass: TypedArray<'js, u8>,
              salt: TypedArray<'js, u8>,
              iter: u32,
              keylen: f64,
              digest: String|
              -> i32 {
            let id = wrap::init(&r, &req, "PBKDF2REQUEST", None).async_id;
            let (pass, salt) = (typed_bytes(&pass), typed_bytes(&salt));
            let keylen = keylen as usize;
            wrap::run_request(
                &r,
                id,
                move || {
                    let mut out = vec![0u8; keylen];
                    pbkdf2(&pass, &salt, iter, &mut out, &digest).then_some(out)
                },
                move |realm, out| {
                    let args = match out.map(|o| ArrayBuffer::new(realm.ctx.clone(), o)) {
                        Some(Ok(ab)) => vec![ab.into_value()],
                        _ => vec![Value::new_null(realm.ctx.clone())],
                    };
                    wrap::make_callback(realm, id, "oncomplete", args);
                    wrap::destroy(realm, id);
                },
            )
        },
    )?;
    Ok(obj)
}
