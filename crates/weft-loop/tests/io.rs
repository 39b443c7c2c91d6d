//! I/O readiness tests for `weft-loop` on real loopback sockets, mirroring
//! how Node's TCP handles are driven from libuv's poll phase.

use std::any::Any;
use std::io::{ErrorKind, Read, Write};
use std::rc::Rc;

use weft_loop::mio::net::{TcpListener, TcpStream};
use weft_loop::mio::Interest;
use weft_loop::{EventLoop, Host};

const LISTENER: u64 = 1;
const ACCEPTED: u64 = 2;
const CLIENT: u64 = 3;

struct IoHost {
    lp: Rc<EventLoop>,
    log: Vec<String>,
    listener: TcpListener,
    accepted: Option<TcpStream>,
    client: Option<TcpStream>,
    received: Vec<u8>,
}

impl IoHost {
    fn new() -> Self {
        let lp = EventLoop::new().unwrap();
        let listener = TcpListener::bind("127.0.0.1:0".parse().unwrap()).unwrap();
        Self {
            lp,
            log: Vec::new(),
            listener,
            accepted: None,
            client: None,
            received: Vec::new(),
        }
    }

    fn run(&mut self) {
        let lp = Rc::clone(&self.lp);
        lp.run(self).unwrap();
    }
}

impl Host for IoHost {
    fn on_timer(&mut self, key: u64) {
        self.log.push(format!("timer {key}"));
    }
    fn on_pending(&mut self, _key: u64) {}
    fn on_io(&mut self, key: u64, readable: bool, writable: bool, _closed: bool) {
        match key {
            LISTENER => {
                assert!(readable);
                match self.listener.accept() {
                    Ok((mut stream, _)) => {
                        self.lp
                            .register_io(ACCEPTED, &mut stream, Interest::READABLE, true)
                            .unwrap();
                        self.accepted = Some(stream);
                        self.lp.deregister_io(LISTENER, &mut self.listener).unwrap();
                        self.log.push("accept".to_string());
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                    Err(e) => panic!("accept failed: {e}"),
                }
            }
            ACCEPTED => {
                let Some(stream) = self.accepted.as_mut() else {
                    return;
                };
                let mut buf = [0u8; 64];
                loop {
                    match stream.read(&mut buf) {
                        Ok(0) => {
                            self.lp.deregister_io(ACCEPTED, stream).unwrap();
                            let text = String::from_utf8_lossy(&self.received).into_owned();
                            self.log.push(format!("eof {text}"));
                            self.lp.queue_close(ACCEPTED);
                            return;
                        }
                        Ok(n) => self.received.extend_from_slice(&buf[..n]),
                        Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                        Err(e) => panic!("read failed: {e}"),
                    }
                }
            }
            CLIENT => {
                assert!(writable);
                let Some(mut client) = self.client.take() else {
                    return;
                };
                self.lp.deregister_io(CLIENT, &mut client).unwrap();
                assert!(client.peer_addr().is_ok());
                client.write_all(b"hi").unwrap();
                self.log.push("connected".to_string());
                // Dropping the client closes it; the server side sees EOF.
            }
            _ => panic!("unexpected key {key}"),
        }
    }
    fn on_completion(&mut self, _key: u64, _result: Box<dyn Any + Send>) {}
    fn on_native_immediates(&mut self) {}
    fn on_immediate(&mut self, key: u64) {
        self.log.push(format!("immediate {key}"));
    }
    fn on_close(&mut self, key: u64) {
        self.accepted = None;
        self.log.push(format!("close {key}"));
    }
}

#[test]
fn io_listener_and_stream_readiness_delivered_in_poll() {
    let mut h = IoHost::new();
    let addr = h.listener.local_addr().unwrap();
    let lp = Rc::clone(&h.lp);
    lp.register_io(LISTENER, &mut h.listener, Interest::READABLE, true)
        .unwrap();
    let mut client = std::net::TcpStream::connect(addr).unwrap();
    client.write_all(b"hello").unwrap();
    drop(client);
    h.run();
    assert_eq!(h.log, vec!["accept", "eof hello", "close 2"]);
    assert!(!lp.is_alive());
}

#[test]
fn io_connecting_stream_becomes_writable() {
    let mut h = IoHost::new();
    let addr = h.listener.local_addr().unwrap();
    let lp = Rc::clone(&h.lp);
    lp.register_io(LISTENER, &mut h.listener, Interest::READABLE, true)
        .unwrap();
    let mut client = TcpStream::connect(addr).unwrap();
    lp.register_io(CLIENT, &mut client, Interest::WRITABLE, true)
        .unwrap();
    h.client = Some(client);
    h.run();
    assert!(h.log.contains(&"connected".to_string()));
    assert!(h.log.contains(&"accept".to_string()));
    assert_eq!(h.log.last().map(String::as_str), Some("close 2"));
    assert!(h.log.contains(&"eof hi".to_string()));
}

#[test]
fn io_immediate_queued_in_io_callback_runs_before_timer() {
    // semantics 3.3.3: inside an I/O callback, setImmediate beats setTimeout(0).
    struct Once(IoHost);
    let mut h = IoHost::new();
    let addr = h.listener.local_addr().unwrap();
    let lp = Rc::clone(&h.lp);
    lp.register_io(LISTENER, &mut h.listener, Interest::READABLE, true)
        .unwrap();
    let _client = std::net::TcpStream::connect(addr).unwrap();
    impl Host for Once {
        fn on_timer(&mut self, key: u64) {
            self.0.on_timer(key);
        }
        fn on_pending(&mut self, _key: u64) {}
        fn on_io(&mut self, key: u64, r: bool, w: bool, c: bool) {
            self.0.on_io(key, r, w, c);
            if key == LISTENER {
                self.0.lp.start_timer(7, 1, true);
                self.0.lp.queue_immediate(8, true);
                // Stop watching the accepted stream so the loop can end.
                if let Some(mut s) = self.0.accepted.take() {
                    self.0.lp.deregister_io(ACCEPTED, &mut s).unwrap();
                }
            }
        }
        fn on_completion(&mut self, _key: u64, _result: Box<dyn Any + Send>) {}
        fn on_native_immediates(&mut self) {}
        fn on_immediate(&mut self, key: u64) {
            self.0.on_immediate(key);
        }
        fn on_close(&mut self, _key: u64) {}
    }
    let mut once = Once(h);
    lp.run(&mut once).unwrap();
    assert_eq!(once.0.log, vec!["accept", "immediate 8", "timer 7"]);
}

#[test]
fn io_unrefed_source_alone_does_not_keep_loop_alive() {
    let mut h = IoHost::new();
    let lp = Rc::clone(&h.lp);
    lp.register_io(LISTENER, &mut h.listener, Interest::READABLE, false)
        .unwrap();
    assert!(!lp.is_alive());
    assert!(lp.set_io_ref(LISTENER, true));
    assert!(lp.is_alive());
    assert!(lp.set_io_ref(LISTENER, false));
    h.run();
    assert!(h.log.is_empty());
}

#[test]
fn io_register_twice_or_deregister_unknown_fails() {
    let mut h = IoHost::new();
    let lp = Rc::clone(&h.lp);
    lp.register_io(LISTENER, &mut h.listener, Interest::READABLE, true)
        .unwrap();
    let err = lp
        .register_io(LISTENER, &mut h.listener, Interest::READABLE, true)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AlreadyExists);
    let err = lp.deregister_io(99, &mut h.listener).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let err = lp
        .reregister_io(99, &mut h.listener, Interest::READABLE)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    lp.reregister_io(
        LISTENER,
        &mut h.listener,
        Interest::READABLE | Interest::WRITABLE,
    )
    .unwrap();
    lp.deregister_io(LISTENER, &mut h.listener).unwrap();
    assert!(!lp.is_alive());
}
