//! `internalBinding('url')`: WHATWG URL parsing for `node:url`'s `URL` and `URLSearchParams`, on
//! the `url` crate (Node's `internalBinding('url')`, which wraps ada). JS keeps the URL's
//! serialisation; every call here parses it again and hands back the components, so no Rust
//! object outlives a call.

use std::rc::Rc;

use rquickjs::Object;
use url::Url;

use super::def;
use crate::realm::Realm;

/// The components JS caches, in this order: href, origin, protocol, username, password, host,
/// hostname, port, pathname, search, hash.
fn components(u: &Url) -> Vec<String> {
    use url::quirks as q;
    vec![
        q::href(u).to_string(),
        q::origin(u),
        q::protocol(u).to_string(),
        q::username(u).to_string(),
        q::password(u).to_string(),
        q::host(u).to_string(),
        q::hostname(u).to_string(),
        q::port(u).to_string(),
        q::pathname(u).to_string(),
        q::search(u).to_string(),
        q::hash(u).to_string(),
    ]
}

/// WHATWG "parse `input` against `base`": a failing base fails the whole parse.
fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => {
            let base = Url::parse(b).ok()?;
            Url::options().base_url(Some(&base)).parse(input).ok()
        }
        None => Url::parse(input).ok(),
    }
}

/// Runs one WHATWG setter on `href`; setters that reject their value leave the URL unchanged.
fn apply_setter(href: &str, setter: &str, value: &str) -> Option<Url> {
    use url::quirks as q;
    let mut u = Url::parse(href).ok()?;
    match setter {
        "href" => q::set_href(&mut u, value).ok()?,
        "protocol" => {
            let _ = q::set_protocol(&mut u, value);
        }
        "username" => {
            let _ = q::set_username(&mut u, value);
        }
        "password" => {
            let _ = q::set_password(&mut u, value);
        }
        "host" => {
            let _ = q::set_host(&mut u, value);
        }
        "hostname" => {
            let _ = q::set_hostname(&mut u, value);
        }
        "port" => {
            let _ = q::set_port(&mut u, value);
        }
        "pathname" => q::set_pathname(&mut u, value),
        "search" => q::set_search(&mut u, value),
        "hash" => q::set_hash(&mut u, value),
        _ => return None,
    }
    Some(u)
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    // parse(input, base?) -> components, or undefined when the input (or base) is invalid.
    def(
        ctx,
        &obj,
        "parse",
        |input: String, base: Option<String>| -> Option<Vec<String>> {
            parse_with_base(&input, base.as_deref()).map(|u| components(&u))
        },
    )?;

    def(
        ctx,
        &obj,
        "canParse",
        |input: String, base: Option<String>| parse_with_base(&input, base.as_deref()).is_some(),
    )?;

    // update(href, setter, value) -> components after the setter, undefined if `href` setter
    // failed to parse.
    def(
        ctx,
        &obj,
        "update",
        |href: String, setter: String, value: String| -> Option<Vec<String>> {
            apply_setter(&href, &setter, &value).map(|u| components(&u))
        },
    )?;

    // application/x-www-form-urlencoded parsing: [name0, value0, name1, value1, ...].
    def(ctx, &obj, "parseParams", |input: String| -> Vec<String> {
        let mut out = Vec::new();
        for (k, v) in url::form_urlencoded::parse(input.as_bytes()) {
            out.push(k.into_owned());
            out.push(v.into_owned());
        }
        out
    })?;

    // application/x-www-form-urlencoded serialisation of [name0, value0, ...].
    def(
        ctx,
        &obj,
        "serializeParams",
        |pairs: Vec<String>| -> String {
            let mut s = url::form_urlencoded::Serializer::new(String::new());
            for pair in pairs.chunks(2) {
                if let [k, v] = pair {
                    s.append_pair(k, v);
                }
            }
            s.finish()
        },
    )?;

    def(ctx, &obj, "domainToASCII", |domain: String| {
        url::quirks::domain_to_ascii(&domain)
    })?;
    def(ctx, &obj, "domainToUnicode", |domain: String| {
        url::quirks::domain_to_unicode(&domain)
    })?;

    Ok(obj)
}
