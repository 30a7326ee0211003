//! A `digest serve` process for tests, and a minimal HTTP/SSE client over std::net.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `digest serve --watch` on a free 127.0.0.1 port; killed when dropped.
pub struct Server {
    child: Child,
    /// The URL it printed, e.g. `http://127.0.0.1:43123/digest/`.
    pub url: String,
    /// `host:port`.
    pub addr: String,
    /// Every line the server printed (stdout and stderr), as it prints them.
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts the server on `root` and waits until it says where it listens.
    pub fn start(root: &Path, extra: &[&str]) -> Server {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("digest"));
        command.args(["serve", "--watch", "--port", "0", "--root"]);
        Server::spawn(command, root, extra)
    }

    /// Like `start`, with the system's temporary folder (where the server keeps its copy of
    /// the site) at `tmp`.
    pub fn start_with_tmp(root: &Path, tmp: &Path) -> Server {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("digest"));
        command
            .env("TMPDIR", tmp)
            .args(["serve", "--watch", "--port", "0", "--root"]);
        Server::spawn(command, root, &[])
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Like `start`, with the server's descriptor limit (soft and hard, so it cannot raise
    /// it) set to `nofile` by the shell's `ulimit`.
    pub fn start_with_fd_limit(root: &Path, extra: &[&str], nofile: u32) -> Server {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg("ulimit -n \"$1\" && shift && exec \"$@\"")
            .arg("sh")
            .arg(nofile.to_string())
            .arg(assert_cmd::cargo::cargo_bin("digest"))
            .args(["serve", "--watch", "--port", "0", "--root"]);
        Server::spawn(command, root, extra)
    }

    fn spawn(mut command: Command, root: &Path, extra: &[&str]) -> Server {
        let mut child = command
            .arg(root)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start digest serve");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = channel::<String>();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()) as Box<dyn Read + Send>,
        ] {
            let log = log.clone();
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    log.lock().unwrap().push(line.clone());
                    let _ = tx.send(line);
                }
            });
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        let url = loop {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|_| {
                    panic!(
                        "digest serve printed no URL; log: {:?}",
                        log.lock().unwrap()
                    )
                });
            if let Some(at) = line.find("http://") {
                break line[at..].split_whitespace().next().unwrap().to_string();
            }
        };
        let addr = url["http://".len()..]
            .split('/')
            .next()
            .unwrap()
            .to_string();
        Server {
            child,
            url,
            addr,
            log,
        }
    }

    /// How many log lines contain `text`.
    pub fn count(&self, text: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains(text))
            .count()
    }

    /// Waits until the log holds at least `n` lines containing `text`.
    pub fn wait_log(&self, text: &str, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.count(text) < n {
            assert!(
                Instant::now() < deadline,
                "waited for {n}× {text:?}; log: {:?}",
                self.log.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `GET path` (sent exactly as given, not normalised).
    pub fn get(&self, path: &str) -> Reply {
        get(&self.addr, path)
    }

    /// Opens the live-reload event stream at `path`.
    pub fn events(&self, path: &str) -> Events {
        Events::open(&self.addr, path)
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// A header's value, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 GET with `Connection: close`.
pub fn get(addr: &str, path: &str) -> Reply {
    let raw = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    send(addr, &raw, Duration::from_secs(20)).expect("read response")
}

/// Sends `raw` as it is and reads the answer until the server closes, waiting up to `wait`
/// for each read; an error if the connection fails or the server says nothing in time.
pub fn send(addr: &str, raw: &str, wait: Duration) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(wait))?;
    stream.write_all(raw.as_bytes())?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    Ok(parse(&bytes))
}

fn parse(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Raises this test process's soft descriptor limit to `wanted` (or as near as the hard limit
/// allows), for tests that hold many connections open.
#[cfg(unix)]
pub fn raise_own_fd_limit(wanted: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only touch the struct we own.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        let wanted = (wanted as libc::rlim_t).min(limit.rlim_max);
        if limit.rlim_cur < wanted {
            limit.rlim_cur = wanted;
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        }
    }
}

/// A Server-Sent Events stream, read on a thread; events arrive as (name, data).
pub struct Events {
    rx: Receiver<(String, String)>,
    _stream: TcpStream,
}

impl Drop for Events {
    /// Closes the connection for real: the reading thread holds a clone of the socket.
    fn drop(&mut self) {
        let _ = self._stream.shutdown(std::net::Shutdown::Both);
    }
}

impl Events {
    fn open(addr: &str, path: &str) -> Events {
        let mut stream = TcpStream::connect(addr).expect("connect events");
        // HTTP/1.0: the stream comes unchunked, so lines are the events' own lines.
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let reader = stream.try_clone().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut name = String::new();
            let mut data = String::new();
            for line in BufReader::new(reader).lines().map_while(Result::ok) {
                // Chunked framing lines (sizes) are not "field: value" and fall through.
                if let Some(v) = line.strip_prefix("event:") {
                    name = v.trim().to_string();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data = v.trim().to_string();
                } else if line.is_empty()
                    && !name.is_empty()
                    && tx
                        .send((std::mem::take(&mut name), std::mem::take(&mut data)))
                        .is_err()
                {
                    break;
                }
            }
        });
        Events {
            rx,
            _stream: stream,
        }
    }

    /// The next event, waiting up to 20 s.
    pub fn next(&self) -> (String, String) {
        self.rx
            .recv_timeout(Duration::from_secs(20))
            .expect("no event from the server within 20 s")
    }

    /// Waits for an event called `name`, returning its data; other events are skipped.
    pub fn wait_for(&self, name: &str) -> String {
        loop {
            let (n, d) = self.next();
            if n == name {
                return d;
            }
        }
    }

    /// Events that arrive within `wait`.
    pub fn drain(&self, wait: Duration) -> Vec<(String, String)> {
        let mut out = Vec::new();
        while let Ok(e) = self.rx.recv_timeout(wait) {
            out.push(e);
        }
        out
    }
}
