//! The dev server's accept loop: a cap on open connections, a deadline for request headers,
//! and an idle deadline for connections that stop moving bytes, so that half-open or stalled
//! connections can never use up the descriptors that rebuilds and real requests need.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use std::{io, pin::Pin};

use axum::Router;
use hyper::service::Service;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, Semaphore};

/// How long the server waits on clients.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// From a connection's start, or the end of its last answer, to a complete request head.
    pub header_timeout: Duration,
    /// The longest a connection may go without a byte read or written; long enough for the
    /// live-reload stream, which writes a keep-alive well within it.
    pub idle_timeout: Duration,
    /// Connections served at once. Beyond it, the oldest connection that has not sent a
    /// request yet is closed to make room; if every one has, the newcomer gets a 503.
    pub connections: usize,
}

/// How often the terminal hears about the same trouble.
const WARN_EVERY: Duration = Duration::from_secs(10);

/// Said to a connection beyond the cap before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 49\r\n\r\ndigest serve: too many open connections; retry.\r\n";

/// Serves `app` on `listener` and never returns: accept errors (even running out of
/// descriptors) are waited out, never fatal.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits) {
    let slots = Arc::new(Semaphore::new(limits.connections));
    let silent = Arc::new(Silent::default());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let mut warned: Option<Instant> = None;
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                if warn_now(&mut warned) {
                    eprintln!("warning: cannot accept a connection ({e}); still serving");
                }
                // Out of descriptors: the connection stays queued until one is freed.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => Some(slot),
            Err(_) => {
                if warn_now(&mut warned) {
                    eprintln!(
                        "warning: {} connections are open, the most digest serve takes; closing those that send nothing, refusing the rest",
                        limits.connections
                    );
                }
                // The closed connection's task gives its slot back as soon as it runs.
                if silent.close_oldest() {
                    slots.clone().acquire_owned().await.ok()
                } else {
                    None
                }
            }
        };
        let Some(slot) = slot else {
            refuse(stream);
            continue;
        };
        let http = http.clone();
        let app = app.clone();
        let silent = silent.clone();
        tokio::spawn(async move {
            connection(stream, app, &http, limits.idle_timeout, &silent).await;
            drop(slot);
        });
    }
}

/// True when the last warning is old enough to repeat.
fn warn_now(last: &mut Option<Instant>) -> bool {
    if last.is_some_and(|at| at.elapsed() < WARN_EVERY) {
        return false;
    }
    *last = Some(Instant::now());
    true
}

/// Answers 503 without waiting for anything: a flood must not cost a task or a timer each.
fn refuse(stream: TcpStream) {
    // What the client already sent is read, so that closing is less likely to reset the
    // connection before it reads the answer.
    let mut scratch = [0u8; 4096];
    let _ = stream.try_read(&mut scratch);
    let _ = stream.try_write(BUSY);
}

async fn connection(
    stream: TcpStream,
    app: Router,
    http: &hyper::server::conn::http1::Builder,
    idle: Duration,
    silent: &Arc<Silent>,
) {
    // Live-reload events and small answers must not wait for Nagle's algorithm.
    let _ = stream.set_nodelay(true);
    let progress = Arc::new(Progress::new());
    let io = TokioIo::new(Watched {
        stream,
        progress: progress.clone(),
    });
    let (id, close) = silent.add();
    let app = TowerToHyperService::new(app);
    let heard = silent.clone();
    let service = hyper::service::service_fn(move |request| {
        heard.remove(id);
        app.call(request)
    });
    let served = http.serve_connection(io, service);
    // Dropping the connection closes it; errors are the client's business.
    tokio::select! {
        _ = served => {}
        _ = progress.stalled(idle) => {}
        _ = close.notified() => {}
    }
    silent.remove(id);
}

/// Connections that have not sent a whole request yet, oldest first. A browser sends its
/// request as soon as it connects, so these are the ones to close when the cap is reached.
#[derive(Default)]
struct Silent {
    next: AtomicU64,
    waiting: Mutex<BTreeMap<u64, Arc<Notify>>>,
}

impl Silent {
    fn add(&self) -> (u64, Arc<Notify>) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let close = Arc::new(Notify::new());
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.insert(id, close.clone());
        }
        (id, close)
    }

    fn remove(&self, id: u64) {
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.remove(&id);
        }
    }

    /// Tells the oldest silent connection to close; false if there is none.
    fn close_oldest(&self) -> bool {
        let oldest = self.waiting.lock().ok().and_then(|mut w| w.pop_first());
        match oldest {
            // notify_one keeps the wake-up even if the task is not waiting yet.
            Some((_, close)) => {
                close.notify_one();
                true
            }
            None => false,
        }
    }
}

/// When a connection last moved a byte.
struct Progress {
    start: Instant,
    /// Milliseconds from `start`.
    last: AtomicU64,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            start: Instant::now(),
            last: AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let now = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last.store(now, Ordering::Relaxed);
    }

    fn quiet_for(&self) -> Duration {
        self.start
            .elapsed()
            .saturating_sub(Duration::from_millis(self.last.load(Ordering::Relaxed)))
    }

    /// Resolves once nothing has moved for `idle`.
    async fn stalled(&self, idle: Duration) {
        loop {
            let quiet = self.quiet_for();
            if quiet >= idle {
                return;
            }
            tokio::time::sleep(idle - quiet).await;
        }
    }
}

/// A stream that notes every byte it moves.
struct Watched {
    stream: TcpStream,
    progress: Arc<Progress>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.progress.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.progress.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.progress.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_busy_answer_declares_its_own_length() {
        let text = std::str::from_utf8(BUSY).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("Content-Length: {}\r\n", body.len()))
                || head.ends_with(&format!("Content-Length: {}", body.len()))
        );
    }
}
