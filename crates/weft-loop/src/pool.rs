//! The blocking-work thread pool (libuv's threadpool, src/threadpool.c, in
//! spirit): jobs run off the loop thread; each result travels back over one
//! channel and wakes the poll phase through a `mio::Waker`, where it is
//! delivered as a completion. Workers are spawned lazily up to
//! `UV_THREADPOOL_SIZE` (default 4, like libuv) and exit when the loop drops.

use std::any::Any;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use crate::error::BlockingJobPanicked;

/// Work handed to [`EventLoop::spawn_blocking`](crate::EventLoop::spawn_blocking).
pub type BlockingJob = Box<dyn FnOnce() -> Box<dyn Any + Send> + Send>;

/// A message on the completion channel.
pub(crate) enum Completion {
    /// Result of a `spawn_blocking` job; releases its reference on the loop.
    Blocking(u64, Box<dyn Any + Send>),
    /// Value posted through a [`LoopSender`](crate::LoopSender); holds no
    /// reference.
    Posted(u64, Box<dyn Any + Send>),
}

struct Job {
    key: u64,
    work: BlockingJob,
}

/// Default and bounds of the pool size, as libuv.
const DEFAULT_SIZE: usize = 4;
const MAX_SIZE: usize = 1024;

pub(crate) struct Pool {
    jobs: Option<Sender<Job>>,
    shared: Arc<Mutex<Receiver<Job>>>,
    done: Sender<Completion>,
    waker: Arc<mio::Waker>,
    workers: usize,
    max_workers: usize,
}

impl Pool {
    pub(crate) fn new(done: Sender<Completion>, waker: Arc<mio::Waker>) -> Self {
        let (jobs, rx) = mpsc::channel();
        let max_workers = std::env::var("UV_THREADPOOL_SIZE")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(DEFAULT_SIZE, |n| n.clamp(1, MAX_SIZE));
        Self {
            jobs: Some(jobs),
            shared: Arc::new(Mutex::new(rx)),
            done,
            waker,
            workers: 0,
            max_workers,
        }
    }

    /// Queues a job, spawning one more worker while below the pool size.
    pub(crate) fn submit(&mut self, key: u64, work: BlockingJob) -> io::Result<()> {
        if self.workers < self.max_workers {
            self.spawn_worker()?;
        }
        let Some(jobs) = &self.jobs else {
            return Err(io::Error::other("thread pool is shut down"));
        };
        jobs.send(Job { key, work })
            .map_err(|_| io::Error::other("thread pool workers are gone"))
    }

    fn spawn_worker(&mut self) -> io::Result<()> {
        let shared = Arc::clone(&self.shared);
        let done = self.done.clone();
        let waker = Arc::clone(&self.waker);
        std::thread::Builder::new()
            .name(format!("weft-pool-{}", self.workers))
            .spawn(move || worker(&shared, &done, &waker))?;
        self.workers += 1;
        Ok(())
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // Closing the job channel makes idle workers exit; busy ones exit
        // after their job (their completion send then fails harmlessly).
        self.jobs = None;
    }
}

fn worker(shared: &Mutex<Receiver<Job>>, done: &Sender<Completion>, waker: &mio::Waker) {
    loop {
        let job = match shared.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(Job { key, work }) = job else {
            return;
        };
        let result = catch_unwind(AssertUnwindSafe(work))
            .unwrap_or_else(|payload| Box::new(BlockingJobPanicked(payload)));
        if done.send(Completion::Blocking(key, result)).is_err() {
            return;
        }
        // A failed wake means the loop is gone; nothing to do.
        let _ = waker.wake();
    }
}
