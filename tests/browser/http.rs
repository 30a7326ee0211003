//! A tiny static file server on 127.0.0.1 for browser tests: serves a built site under a path
//! prefix (`/` or `/digest/`), logs every request, and stops when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// One request the server answered.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The request target as sent (path and query).
    pub target: String,
    pub status: u16,
    /// Body bytes sent.
    #[allow(dead_code)] // for debugging a failing test: `{:?}` shows it
    pub bytes: usize,
}

/// A running server; dropping it stops it.
pub struct Server {
    pub port: u16,
    log: Arc<Mutex<Vec<Hit>>>,
    root: Arc<Mutex<Option<(PathBuf, String)>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds a free port; files are served once [`Server::serve`] names the folder.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local address").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let root: Arc<Mutex<Option<(PathBuf, String)>>> = Arc::new(Mutex::new(None));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (log, root, stop) = (log.clone(), root.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let served = root.lock().unwrap().clone();
                    let log = log.clone();
                    // One thread per connection: the browser opens several at once.
                    std::thread::spawn(move || handle(stream, served, &log));
                }
            })
        };
        Server {
            port,
            log,
            root,
            stop,
            thread: Some(thread),
        }
    }

    /// Serves `dir` at URL path `prefix` (which starts and ends with `/`).
    pub fn serve(&self, dir: &Path, prefix: &str) {
        *self.root.lock().unwrap() = Some((dir.to_path_buf(), prefix.to_string()));
    }

    /// `http://127.0.0.1:PORT`
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request so far.
    pub fn hits(&self) -> Vec<Hit> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(hex) = std::str::from_utf8(&b[i + 1..i + 3])
            && let Ok(v) = u8::from_str_radix(hex, 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn handle(stream: TcpStream, served: Option<(PathBuf, String)>, log: &Mutex<Vec<Hit>>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut stream = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        // Skip the headers.
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" || line == "\n" {
                break;
            }
        }
        let target = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_string();
        let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
        let file = served.as_ref().and_then(|(dir, prefix)| {
            let rel = path.strip_prefix(prefix.as_str())?;
            if rel.split('/').any(|c| c == "..") {
                return None;
            }
            let mut f = dir.join(rel);
            if f.is_dir() {
                f = f.join("index.html");
            }
            f.is_file().then_some(f)
        });
        let (status, body, ctype) = match &file {
            Some(f) => (200, std::fs::read(f).unwrap_or_default(), content_type(f)),
            None => (404, b"not found".to_vec(), "text/plain"),
        };
        log.lock().unwrap().push(Hit {
            target,
            status,
            bytes: body.len(),
        });
        let head = format!(
            "HTTP/1.1 {status} {}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\r\n",
            if status == 200 { "OK" } else { "Not Found" },
            body.len()
        );
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(&body).is_err() {
            return;
        }
    }
}
