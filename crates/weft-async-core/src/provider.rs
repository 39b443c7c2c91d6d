//! The native provider table exposed as `async_hooks.asyncWrapProviders`.
//!
//! Mirrors `NODE_ASYNC_PROVIDER_TYPES` in src/async_wrap.h as shipped by
//! **Node 26.10.0** (taken from that binary's
//! `JSON.stringify(require('async_hooks').asyncWrapProviders)`). Names and
//! numbers change between Node versions; this table is versioned data, not
//! logic. JS-side types (`Timeout`, `Immediate`, `TickObject`, `Microtask`) are
//! not providers and are absent, as in Node.

/// The Node version [`PROVIDERS`] was taken from.
pub const PROVIDERS_NODE_VERSION: &str = "26.10.0";

/// `(name, number)` pairs in Node's order; numbers are consecutive from 0.
pub const PROVIDERS: &[(&str, u32)] = &[
    ("NONE", 0),
    ("DIRHANDLE", 1),
    ("DNSCHANNEL", 2),
    ("ELDHISTOGRAM", 3),
    ("FILEHANDLE", 4),
    ("FILEHANDLECLOSEREQ", 5),
    ("BLOBREADER", 6),
    ("FSEVENTWRAP", 7),
    ("FSREQCALLBACK", 8),
    ("FSREQPROMISE", 9),
    ("GETADDRINFOREQWRAP", 10),
    ("GETNAMEINFOREQWRAP", 11),
    ("HEAPSNAPSHOT", 12),
    ("HTTP2SESSION", 13),
    ("HTTP2STREAM", 14),
    ("HTTP2PING", 15),
    ("HTTP2SETTINGS", 16),
    ("HTTPINCOMINGMESSAGE", 17),
    ("HTTPCLIENTREQUEST", 18),
    ("LOCKS", 19),
    ("DTLS_ENDPOINT", 20),
    ("DTLS_SESSION", 21),
    ("JSSTREAM", 22),
    ("JSUDPWRAP", 23),
    ("MESSAGEPORT", 24),
    ("PIPECONNECTWRAP", 25),
    ("PIPESERVERWRAP", 26),
    ("PIPEWRAP", 27),
    ("PROCESSWRAP", 28),
    ("PROMISE", 29),
    ("QUERYWRAP", 30),
    ("QUIC_ENDPOINT", 31),
    ("QUIC_LOGSTREAM", 32),
    ("QUIC_SESSION", 33),
    ("QUIC_STREAM", 34),
    ("QUIC_UDP", 35),
    ("SHUTDOWNWRAP", 36),
    ("SIGNALWRAP", 37),
    ("STATWATCHER", 38),
    ("STREAMPIPE", 39),
    ("TCPCONNECTWRAP", 40),
    ("TCPSERVERWRAP", 41),
    ("TCPWRAP", 42),
    ("TTYWRAP", 43),
    ("UDPSENDWRAP", 44),
    ("UDPWRAP", 45),
    ("SIGINTWATCHDOG", 46),
    ("WORKER", 47),
    ("WORKERCPUPROFILE", 48),
    ("WORKERCPUUSAGE", 49),
    ("WORKERHEAPPROFILE", 50),
    ("WORKERHEAPSNAPSHOT", 51),
    ("WORKERHEAPSTATISTICS", 52),
    ("WRITEWRAP", 53),
    ("ZLIB", 54),
    ("CHECKPRIMEREQUEST", 55),
    ("PBKDF2REQUEST", 56),
    ("KEYPAIRGENREQUEST", 57),
    ("KEYGENREQUEST", 58),
    ("KEYEXPORTREQUEST", 59),
    ("ARGON2REQUEST", 60),
    ("CIPHERREQUEST", 61),
    ("DERIVEBITSREQUEST", 62),
    ("HASHREQUEST", 63),
    ("RANDOMBYTESREQUEST", 64),
    ("RANDOMPRIMEREQUEST", 65),
    ("SCRYPTREQUEST", 66),
    ("SIGNREQUEST", 67),
    ("TLSWRAP", 68),
    ("VERIFYREQUEST", 69),
];

/// The number of provider `name` (e.g. `"TCPWRAP"`), if it exists.
pub fn provider_number(name: &str) -> Option<u32> {
    PROVIDERS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// The name of provider number `number`, if it exists.
pub fn provider_name(number: u32) -> Option<&'static str> {
    PROVIDERS
        .iter()
        .find(|(_, v)| *v == number)
        .map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_table_node_26_has_70_consecutive_entries() {
        assert_eq!(PROVIDERS.len(), 70);
        for (i, (_, n)) in PROVIDERS.iter().enumerate() {
            assert_eq!(*n as usize, i);
        }
    }

    #[test]
    fn providers_known_names_have_node_26_numbers() {
        assert_eq!(provider_number("NONE"), Some(0));
        assert_eq!(provider_number("PROMISE"), Some(29));
        assert_eq!(provider_number("TCPWRAP"), Some(42));
        assert_eq!(provider_number("VERIFYREQUEST"), Some(69));
        assert_eq!(provider_name(8), Some("FSREQCALLBACK"));
    }

    #[test]
    fn providers_js_side_types_are_absent() {
        for name in ["Timeout", "Immediate", "TickObject", "Microtask", "tcpwrap"] {
            assert_eq!(provider_number(name), None);
        }
        assert_eq!(provider_name(70), None);
    }

    #[test]
    fn providers_names_are_unique() {
        let mut names: Vec<_> = PROVIDERS.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PROVIDERS.len());
    }
}
