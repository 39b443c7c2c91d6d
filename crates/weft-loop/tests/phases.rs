//! Phase-order tests for `weft-loop`, mirroring the orderings of Node's
//! event loop (semantics.md section 3) with a mock host that logs every
//! callback and schedules more work from inside callbacks.

use std::any::Any;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use weft_loop::{BlockingJobPanicked, EventLoop, Host, RunMode};

type Action = Box<dyn FnMut(&Rc<EventLoop>)>;

/// Logs events as `"<phase> <key>"` and runs the action registered for that
/// label, if any.
struct Mock {
    lp: Rc<EventLoop>,
    log: Vec<String>,
    actions: HashMap<String, Action>,
    stop_on: Option<String>,
    stopped: bool,
}

impl Mock {
    fn new() -> Self {
        Self {
            lp: EventLoop::new().unwrap(),
            log: Vec::new(),
            actions: HashMap::new(),
            stop_on: None,
            stopped: false,
        }
    }

    fn on(&mut self, label: &str, action: impl FnMut(&Rc<EventLoop>) + 'static) {
        self.actions.insert(label.to_string(), Box::new(action));
    }

    fn fire(&mut self, label: String) {
        if self.stop_on.as_deref() == Some(label.as_str()) {
            self.stopped = true;
        }
        self.log.push(label.clone());
        if let Some(action) = self.actions.get_mut(&label) {
            action(&self.lp);
        }
    }

    fn run(&mut self) {
        let lp = Rc::clone(&self.lp);
        lp.run(self).unwrap();
    }
}

impl Host for Mock {
    fn on_timer(&mut self, key: u64) {
        self.fire(format!("timer {key}"));
    }
    fn on_pending(&mut self, key: u64) {
        self.fire(format!("pending {key}"));
    }
    fn on_io(&mut self, key: u64, _readable: bool, _writable: bool, _closed: bool) {
        self.fire(format!("io {key}"));
    }
    fn on_completion(&mut self, key: u64, result: Box<dyn Any + Send>) {
        let label = if let Some(v) = result.downcast_ref::<u32>() {
            format!("done {key} = {v}")
        } else if let Some(p) = result.downcast_ref::<BlockingJobPanicked>() {
            format!("done {key} panicked: {}", p.message().unwrap_or("?"))
        } else {
            format!("done {key}")
        };
        self.fire(label);
    }
    fn on_native_immediates(&mut self) {
        self.fire("native".to_string());
    }
    fn on_immediate(&mut self, key: u64) {
        self.fire(format!("immediate {key}"));
    }
    fn on_close(&mut self, key: u64) {
        self.fire(format!("close {key}"));
    }
    fn should_stop(&self) -> bool {
        self.stopped
    }
}

fn log(m: &Mock) -> Vec<&str> {
    m.log.iter().map(String::as_str).collect()
}

/// Spawns a job that finishes at once and waits until its completion has
/// certainly been sent (the send follows the job's return on the worker).
fn spawn_finished_job(lp: &EventLoop, key: u64, value: u32) {
    let finished = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&finished);
    lp.spawn_blocking(
        key,
        Box::new(move || {
            flag.store(true, Ordering::SeqCst);
            Box::new(value)
        }),
    )
    .unwrap();
    while !finished.load(Ordering::SeqCst) {
        std::thread::yield_now();
    }
    std::thread::sleep(Duration::from_millis(50));
}

#[test]
fn loop_one_iteration_runs_phases_in_libuv_order() {
    let mut m = Mock::new();
    spawn_finished_job(&m.lp, 20, 7);
    m.lp.start_timer(1, 0, true);
    m.on("timer 1", |lp| {
        // Scheduled in reverse phase order on purpose.
        lp.queue_close(50);
        lp.queue_immediate(40, true);
        lp.request_native_immediate();
        lp.queue_pending(10);
    });
    m.run();
    assert_eq!(
        log(&m),
        vec![
            "timer 1",
            "pending 10",
            "done 20 = 7",
            "native",
            "immediate 40",
            "close 50"
        ]
    );
}

#[test]
fn loop_nothing_scheduled_returns_at_once() {
    let mut m = Mock::new();
    assert!(!m.lp.is_alive());
    m.run();
    assert!(m.log.is_empty());
}

#[test]
fn timers_same_deadline_run_in_arming_order() {
    let mut m = Mock::new();
    m.lp.start_timer(3, 5, true);
    m.lp.start_timer(1, 5, true);
    m.lp.start_timer(2, 5, true);
    m.run();
    assert_eq!(log(&m), vec!["timer 3", "timer 1", "timer 2"]);
}

#[test]
fn timers_shorter_delay_runs_first_regardless_of_arming_order() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 30, true);
    m.lp.start_timer(2, 5, true);
    m.run();
    assert_eq!(log(&m), vec!["timer 2", "timer 1"]);
}

#[test]
fn timers_stopped_before_due_never_fire() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 5, true);
    m.lp.start_timer(2, 5, true);
    m.on("timer 1", |lp| {
        assert!(lp.stop_timer(2));
        assert!(!lp.stop_timer(2));
    });
    m.run();
    assert_eq!(log(&m), vec!["timer 1"]);
}

#[test]
fn timers_armed_inside_timer_with_delay_zero_or_one_wait_for_next_phase() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 0, true);
    m.on("timer 1", |lp| {
        lp.start_timer(2, 0, true);
        lp.start_timer(3, 1, true);
        lp.queue_immediate(9, true);
        // Even with the clock moved on, the phase must not pick them up.
        std::thread::sleep(Duration::from_millis(3));
        lp.update_time();
    });
    m.run();
    assert_eq!(
        log(&m),
        vec!["timer 1", "immediate 9", "timer 2", "timer 3"]
    );
}

#[test]
fn timers_rearmed_from_own_callback_behave_like_interval() {
    let mut m = Mock::new();
    let mut runs = 0;
    m.lp.start_timer(1, 1, true);
    m.on("timer 1", move |lp| {
        runs += 1;
        if runs < 3 {
            lp.start_timer(1, 1, true);
        }
    });
    m.run();
    assert_eq!(log(&m), vec!["timer 1", "timer 1", "timer 1"]);
}

#[test]
fn timers_refresh_pushes_deadline_and_goes_to_back() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 10, true);
    m.lp.start_timer(2, 10, true);
    // Same cached now: same deadline, but 1 is now behind 2.
    assert!(m.lp.refresh_timer(1));
    assert!(!m.lp.refresh_timer(99));
    m.run();
    assert_eq!(log(&m), vec!["timer 2", "timer 1"]);
}

#[test]
fn timers_refresh_from_later_callback_delays_fire() {
    // Taken before the loop exists, so it is no later than the loop clock origin.
    let start = Instant::now();
    let mut m = Mock::new();
    m.lp.start_timer(1, 40, true);
    m.lp.start_timer(2, 20, true);
    m.on("timer 2", |lp| {
        assert!(lp.refresh_timer(1));
    });
    m.on("timer 1", move |_| {
        assert!(start.elapsed() >= Duration::from_millis(60));
    });
    m.run();
    assert_eq!(log(&m), vec!["timer 2", "timer 1"]);
}

#[test]
fn timers_unrefed_alone_do_not_keep_loop_alive() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 0, false);
    assert!(!m.lp.is_alive());
    assert!(!m.lp.timer_has_ref(1));
    m.run();
    assert!(m.log.is_empty());
    assert_eq!(m.lp.timer_count(), 1);
}

#[test]
fn timers_unrefed_fire_while_something_else_keeps_loop_alive() {
    // Taken before the loop exists, so it is no later than the loop clock origin.
    let start = Instant::now();
    let mut m = Mock::new();
    m.lp.start_timer(1, 5, false);
    m.lp.start_timer(2, 30, true);
    m.run();
    assert_eq!(log(&m), vec!["timer 1", "timer 2"]);
    assert!(start.elapsed() >= Duration::from_millis(30));
}

#[test]
fn timers_set_ref_toggles_keep_alive() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 5, true);
    assert!(m.lp.timer_has_ref(1));
    m.lp.set_timer_ref(1, false);
    assert!(!m.lp.is_alive());
    m.lp.set_timer_ref(1, true);
    assert!(m.lp.is_alive());
    m.run();
    assert_eq!(log(&m), vec!["timer 1"]);
}

#[test]
fn timers_fire_no_earlier_than_their_delay() {
    // Taken before the loop exists, so it is no later than the loop clock origin.
    let start = Instant::now();
    let mut m = Mock::new();
    m.lp.start_timer(1, 25, true);
    m.run();
    assert_eq!(log(&m), vec!["timer 1"]);
    assert!(start.elapsed() >= Duration::from_millis(25));
}

#[test]
fn immediates_run_in_queue_order() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.lp.queue_immediate(2, true);
    m.lp.queue_immediate(3, true);
    m.run();
    assert_eq!(log(&m), vec!["immediate 1", "immediate 2", "immediate 3"]);
}

#[test]
fn immediates_queued_during_check_run_next_iteration_after_due_timers() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.lp.queue_immediate(2, true);
    m.on("immediate 1", |lp| {
        lp.queue_immediate(3, true);
        lp.start_timer(10, 1, true);
        std::thread::sleep(Duration::from_millis(3));
    });
    m.run();
    assert_eq!(
        log(&m),
        vec!["immediate 1", "immediate 2", "timer 10", "immediate 3"]
    );
}

#[test]
fn immediates_cleared_after_detach_are_skipped() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.lp.queue_immediate(2, true);
    m.lp.queue_immediate(3, true);
    m.on("immediate 1", |lp| {
        assert!(lp.clear_immediate(2));
        assert!(!lp.clear_immediate(2));
    });
    m.run();
    assert_eq!(log(&m), vec!["immediate 1", "immediate 3"]);
    assert_eq!(m.lp.immediate_count(), 0);
}

#[test]
fn immediates_unrefed_alone_do_not_keep_loop_alive() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, false);
    assert!(!m.lp.is_alive());
    m.run();
    assert!(m.log.is_empty());
}

#[test]
fn immediates_inside_timer_run_before_next_timer() {
    // Node: setImmediate inside a callback runs before a setTimeout(0) made
    // in the same callback (the I/O-callback ordering of semantics 3.3.3).
    let mut m = Mock::new();
    m.lp.start_timer(1, 0, true);
    m.on("timer 1", |lp| {
        lp.start_timer(2, 1, true);
        lp.queue_immediate(3, true);
    });
    m.run();
    assert_eq!(log(&m), vec!["timer 1", "immediate 3", "timer 2"]);
}

#[test]
fn native_immediate_runs_before_js_immediates() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.lp.request_native_immediate();
    m.lp.request_native_immediate();
    m.run();
    assert_eq!(log(&m), vec!["native", "immediate 1"]);
    assert!(!m.lp.has_native_immediate());
}

#[test]
fn native_immediate_alone_does_not_keep_loop_alive() {
    let mut m = Mock::new();
    m.lp.request_native_immediate();
    assert!(!m.lp.is_alive());
    m.run();
    assert!(m.log.is_empty());
    assert!(m.lp.has_native_immediate());
}

#[test]
fn native_immediate_requested_from_immediate_runs_next_check() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.on("immediate 1", |lp| {
        lp.request_native_immediate();
        lp.queue_immediate(2, true);
    });
    m.run();
    assert_eq!(log(&m), vec!["immediate 1", "native", "immediate 2"]);
}

#[test]
fn pending_queued_during_pending_runs_after_poll_before_check() {
    // libuv 1.45+: callbacks deferred to the pending queue also run right after the poll
    // phase (up to 8 rounds), before check.
    let mut m = Mock::new();
    m.lp.queue_pending(1);
    assert!(m.lp.is_alive());
    m.on("pending 1", |lp| {
        lp.queue_pending(2);
        lp.queue_immediate(3, true);
    });
    m.run();
    assert_eq!(log(&m), vec!["pending 1", "pending 2", "immediate 3"]);
}

#[test]
fn pending_queued_by_a_poll_callback_runs_before_check() {
    let mut m = Mock::new();
    spawn_finished_job(&m.lp, 5, 1);
    m.on("done 5 = 1", |lp| {
        lp.queue_immediate(3, true);
        lp.queue_pending(2);
    });
    m.run();
    assert_eq!(log(&m), vec!["done 5 = 1", "pending 2", "immediate 3"]);
}

#[test]
fn post_poll_pending_rounds_are_bounded() {
    // A pending callback that keeps re-queueing itself yields to check after 8 rounds.
    let mut m = Mock::new();
    m.lp.queue_pending(0);
    m.lp.queue_immediate(100, true);
    for k in 0..12u64 {
        m.on(&format!("pending {k}"), move |lp| lp.queue_pending(k + 1));
    }
    m.stop_on = Some("pending 12".to_string());
    m.run();
    let check_at = log(&m).iter().position(|l| *l == "immediate 100").unwrap();
    // pending 0 in the pre-poll phase, then 8 post-poll rounds (1..=8), then check.
    assert_eq!(check_at, 9);
}

#[test]
fn close_callbacks_of_one_phase_run_most_recent_first() {
    let mut m = Mock::new();
    m.lp.queue_close(1);
    m.lp.queue_close(2);
    m.lp.queue_close(3);
    m.run();
    assert_eq!(log(&m), vec!["close 3", "close 2", "close 1"]);
}

#[test]
fn close_callbacks_run_after_check_phase() {
    let mut m = Mock::new();
    m.lp.queue_close(1);
    m.lp.queue_immediate(2, true);
    m.on("close 1", |lp| {
        lp.queue_immediate(3, true);
        lp.queue_close(4);
    });
    m.run();
    assert_eq!(
        log(&m),
        vec!["immediate 2", "close 1", "immediate 3", "close 4"]
    );
}

#[test]
fn blocking_job_keeps_loop_alive_until_delivered() {
    // Taken before the loop exists, so it is no later than the loop clock origin.
    let start = Instant::now();
    let mut m = Mock::new();
    m.lp.spawn_blocking(
        5,
        Box::new(|| {
            std::thread::sleep(Duration::from_millis(30));
            Box::new(7u32)
        }),
    )
    .unwrap();
    assert!(m.lp.is_alive());
    m.run();
    assert_eq!(log(&m), vec!["done 5 = 7"]);
    assert!(start.elapsed() >= Duration::from_millis(30));
    assert!(!m.lp.is_alive());
}

#[test]
fn blocking_jobs_many_all_delivered_once() {
    let mut m = Mock::new();
    for key in 0..20u64 {
        m.lp.spawn_blocking(key, Box::new(move || Box::new(key as u32 * 2)))
            .unwrap();
    }
    m.run();
    let mut got: Vec<_> = m.log.clone();
    got.sort();
    let mut want: Vec<_> = (0..20u64)
        .map(|k| format!("done {k} = {}", k * 2))
        .collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn blocking_job_panic_is_delivered_not_propagated() {
    let mut m = Mock::new();
    m.lp.spawn_blocking(1, Box::new(|| panic!("boom"))).unwrap();
    m.run();
    assert_eq!(log(&m), vec!["done 1 panicked: boom"]);
    assert!(!m.lp.is_alive());
}

#[test]
fn blocking_job_spawned_from_callback_is_delivered() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.on("immediate 1", |lp| {
        lp.spawn_blocking(2, Box::new(|| Box::new(3u32))).unwrap();
    });
    m.run();
    assert_eq!(log(&m), vec!["immediate 1", "done 2 = 3"]);
}

#[test]
fn sender_post_from_thread_delivered_while_ref_held() {
    let mut m = Mock::new();
    m.lp.ref_handle();
    let sender = m.lp.sender();
    m.on("done 9 = 4", |lp| lp.unref_handle());
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(10));
        assert!(sender.post(9, Box::new(4u32)));
    });
    m.run();
    t.join().unwrap();
    assert_eq!(log(&m), vec!["done 9 = 4"]);
}

#[test]
fn handle_ref_keeps_loop_alive_until_unref() {
    let mut m = Mock::new();
    m.lp.ref_handle();
    m.lp.start_timer(1, 5, false);
    m.on("timer 1", |lp| lp.unref_handle());
    m.run();
    assert_eq!(log(&m), vec!["timer 1"]);
    m.lp.unref_handle();
    assert!(!m.lp.is_alive());
}

#[test]
fn host_should_stop_ends_run_after_current_callback() {
    let mut m = Mock::new();
    m.lp.start_timer(1, 0, true);
    m.lp.start_timer(2, 0, true);
    m.lp.queue_immediate(3, true);
    m.stop_on = Some("timer 1".to_string());
    m.run();
    assert_eq!(log(&m), vec!["timer 1"]);
    assert!(m.lp.is_alive());
}

#[test]
fn host_should_stop_in_check_keeps_rest_of_batch() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.lp.queue_immediate(2, true);
    m.stop_on = Some("immediate 1".to_string());
    m.run();
    m.stopped = false;
    m.stop_on = None;
    m.run();
    assert_eq!(log(&m), vec!["immediate 1", "immediate 2"]);
}

#[test]
fn run_once_runs_a_single_iteration() {
    let mut m = Mock::new();
    m.lp.queue_immediate(1, true);
    m.on("immediate 1", |lp| lp.queue_immediate(2, true));
    let lp = Rc::clone(&m.lp);
    assert!(lp.run_once(&mut m).unwrap());
    assert_eq!(log(&m), vec!["immediate 1"]);
    assert!(!lp.run_mode(&mut m, RunMode::NoWait).unwrap());
    assert_eq!(log(&m), vec!["immediate 1", "immediate 2"]);
}

#[test]
fn immediates_unrefed_wait_for_poll_to_return_like_node() {
    // Node 26.10: `setImmediate(f).unref()` next to a 200 ms timer runs f at
    // ~200 ms, just before the timer: unref'd immediates don't shorten poll.
    let start = Instant::now();
    let mut m = Mock::new();
    m.lp.start_timer(1, 0, true);
    m.on("timer 1", |lp| {
        lp.queue_immediate(2, false);
        lp.start_timer(3, 40, true);
    });
    m.on("immediate 2", move |_| {
        assert!(start.elapsed() >= Duration::from_millis(40));
    });
    m.run();
    assert_eq!(log(&m), vec!["timer 1", "immediate 2", "timer 3"]);
}
