//! A real headless Chromium driven over the Chrome DevTools protocol (CDP), for tests that
//! must see what a reader sees: pages loaded over HTTP, typed input, network requests.
// Each test crate uses part of this harness.
#![allow(dead_code)]

pub mod http;

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

/// The Chromium binary: `$CHROMIUM`, else `chromium` on the PATH.
fn chromium_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(p);
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("chromium"))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "chromium is not installed, and the search tests need a real browser: \
             install it with `apt-get install -y chromium` (or set CHROMIUM to its path)"
        )
    })
}

/// A network request the page made, as the DevTools protocol reported it.
#[derive(Debug, Clone)]
pub struct Request {
    pub url: String,
    pub status: Option<u16>,
    /// Bytes received over the wire (headers and body), once loading finished.
    pub bytes: Option<u64>,
}

/// A headless Chromium with one page (tab) attached; killed when dropped.
pub struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    /// Events not yet consumed, in arrival order.
    events: Vec<Value>,
    requests: Vec<(String, Request)>,
}

impl Browser {
    /// Starts Chromium with a fresh profile and opens a blank page.
    pub fn start() -> Browser {
        let binary = chromium_binary();
        let profile = tempfile::tempdir().expect("temp dir for the profile");
        let child = Command::new(&binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--remote-debugging-port=0",
                "--window-size=1200,900",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e}; install it with `apt-get install -y chromium`",
                    binary.display()
                )
            });
        let mut browser = Browser {
            child,
            ws: connect(profile.path()),
            _profile: profile,
            session: String::new(),
            next_id: 0,
            events: Vec::new(),
            requests: Vec::new(),
        };
        let target = browser.call_browser("Target.createTarget", json!({"url": "about:blank"}));
        let target_id = target["targetId"].as_str().expect("targetId").to_string();
        let attached = browser.call_browser(
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
        );
        browser.session = attached["sessionId"]
            .as_str()
            .expect("sessionId")
            .to_string();
        for domain in ["Page.enable", "Network.enable", "Runtime.enable"] {
            browser.call(domain, json!({}));
        }
        browser
    }

    fn send(&mut self, method: &str, params: Value, session: bool) -> u64 {
        self.next_id += 1;
        let mut msg = json!({"id": self.next_id, "method": method, "params": params});
        if session {
            msg["sessionId"] = json!(self.session);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("send to Chromium");
        self.next_id
    }

    /// Reads one message (waiting up to `wait`), keeping events and network records.
    fn pump(&mut self, wait: Duration) -> Option<Value> {
        if let MaybeTlsStream::Plain(s) = self.ws.get_mut() {
            let _ = s.set_read_timeout(Some(wait.max(Duration::from_millis(1))));
        }
        let msg = match self.ws.read() {
            Ok(Message::Text(t)) => serde_json::from_str::<Value>(t.as_str()).ok()?,
            Ok(_) => return None,
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None;
            }
            Err(e) => panic!("lost the connection to Chromium: {e}"),
        };
        if let Some(method) = msg["method"].as_str() {
            let p = &msg["params"];
            let id = p["requestId"].as_str().unwrap_or("").to_string();
            match method {
                "Network.requestWillBeSent" => self.requests.push((
                    id,
                    Request {
                        url: p["request"]["url"].as_str().unwrap_or("").to_string(),
                        status: None,
                        bytes: None,
                    },
                )),
                "Network.responseReceived" => {
                    if let Some((_, r)) = self.requests.iter_mut().rev().find(|(i, _)| *i == id) {
                        r.status = p["response"]["status"].as_u64().map(|s| s as u16);
                    }
                }
                "Network.loadingFinished" => {
                    if let Some((_, r)) = self.requests.iter_mut().rev().find(|(i, _)| *i == id) {
                        r.bytes = p["encodedDataLength"].as_f64().map(|b| b as u64);
                    }
                }
                _ => {}
            }
            self.events.push(msg.clone());
        }
        Some(msg)
    }

    fn wait_reply(&mut self, id: u64, method: &str) -> Value {
        match self.try_reply(id, method) {
            Ok(v) => v,
            Err(err) => panic!("{method} failed: {err}"),
        }
    }

    /// The reply to call `id`, or the protocol's error.
    fn try_reply(&mut self, id: u64, method: &str) -> Result<Value, Value> {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Some(msg) = self.pump(Duration::from_millis(200))
                && msg["id"].as_u64() == Some(id)
            {
                if let Some(err) = msg.get("error") {
                    return Err(err.clone());
                }
                return Ok(msg["result"].clone());
            }
        }
        panic!("no reply to {method} from Chromium within 30 s");
    }

    /// Like [`Browser::eval`], but `None` when the page threw or was between documents.
    pub fn try_eval(&mut self, expression: &str) -> Option<Value> {
        let id = self.send(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
            true,
        );
        let r = self.try_reply(id, "Runtime.evaluate").ok()?;
        if r.get("exceptionDetails").is_some() {
            return None;
        }
        Some(r["result"]["value"].clone())
    }

    fn call_browser(&mut self, method: &str, params: Value) -> Value {
        let id = self.send(method, params, false);
        self.wait_reply(id, method)
    }

    /// Calls a CDP method on the page and returns its result.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.send(method, params, true);
        self.wait_reply(id, method)
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns its value.
    pub fn eval(&mut self, expression: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(ex) = r.get("exceptionDetails") {
            panic!("{expression}: {ex}");
        }
        r["result"]["value"].clone()
    }

    /// Shows pages as a phone of `width` × `height` CSS pixels would.
    pub fn phone(&mut self, width: u32, height: u32) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": true}),
        );
    }

    /// Loads `url` and waits for its `load` event.
    pub fn navigate(&mut self, url: &str) {
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}));
        self.wait_event("Page.loadEventFired", Duration::from_secs(20));
    }

    /// Waits for an event named `method`, consuming events up to it.
    pub fn wait_event(&mut self, method: &str, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(i) = self.events.iter().position(|e| e["method"] == method) {
                let e = self.events.remove(i);
                self.events.drain(..i);
                return e;
            }
            assert!(Instant::now() < deadline, "no {method} within {timeout:?}");
            self.pump(Duration::from_millis(100));
        }
    }

    /// Polls `expression` until it is truthy; panics with `what` after `timeout`.
    pub fn wait_for(&mut self, expression: &str, timeout: Duration, what: &str) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            // Errors count as "not yet": the page may be between two documents.
            if let Some(v) = self.try_eval(expression)
                && !(v.is_null() || v == json!(false) || v == json!(0) || v == json!(""))
            {
                return v;
            }
            if Instant::now() >= deadline {
                let at =
                    self.try_eval("location.href + ' — ' + document.body.innerText.slice(0, 400)");
                panic!("timed out waiting for {what}; the page: {at:?}");
            }
            self.pump(Duration::from_millis(50));
        }
    }

    /// Lets the page run for `d`, processing protocol messages meanwhile.
    pub fn idle(&mut self, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.pump(Duration::from_millis(20));
        }
    }

    /// Types `text` into the focused element, as keyboard input would.
    pub fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", json!({ "text": text }));
    }

    /// Presses and releases one key (such as `Enter` or `Backspace`) with its key code.
    pub fn press(&mut self, key: &str, code: u32) {
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}),
            );
        }
    }

    /// Clicks the middle of the first element matching `selector` (of its first line, for a link
    /// that wraps: the middle of its box may fall between its lines), with real mouse events.
    pub fn click(&mut self, selector: &str) {
        let sel = serde_json::to_string(selector).unwrap_or_default();
        let rect = self.eval(&format!(
            "(() => {{ const e = document.querySelector({sel}); if (!e) return null; \
             e.scrollIntoView({{block: 'center'}}); const r = e.getClientRects()[0] || e.getBoundingClientRect(); \
             return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ));
        let (x, y) = match (rect[0].as_f64(), rect[1].as_f64()) {
            (Some(x), Some(y)) => (x, y),
            _ => panic!("nothing to click: {selector}"),
        };
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
    }

    /// Every network request the page made so far, in order.
    pub fn requests(&mut self) -> Vec<Request> {
        // Take in what has already arrived.
        while self.pump(Duration::from_millis(1)).is_some() {}
        self.requests.iter().map(|(_, r)| r.clone()).collect()
    }

    /// Forgets the requests recorded so far.
    pub fn clear_requests(&mut self) {
        self.requests.clear();
    }

    /// Requests by URL with their byte counts, after all of them finished loading.
    pub fn settled_requests(&mut self, timeout: Duration) -> Vec<Request> {
        let deadline = Instant::now() + timeout;
        loop {
            let reqs = self.requests();
            if reqs.iter().all(|r| r.bytes.is_some()) || Instant::now() >= deadline {
                return reqs;
            }
            self.pump(Duration::from_millis(50));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ask Chromium to close (it then ends its helper processes too); kill it if it lingers.
        self.next_id += 1;
        let close = json!({"id": self.next_id, "method": "Browser.close"});
        let _ = self.ws.send(Message::text(close.to_string()));
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for Chromium to write `DevToolsActivePort` in its profile, then opens the browser's
/// DevTools WebSocket.
fn connect(profile: &std::path::Path) -> WebSocket<MaybeTlsStream<TcpStream>> {
    let file = profile.join("DevToolsActivePort");
    let deadline = Instant::now() + Duration::from_secs(30);
    let (port, path) = loop {
        if let Ok(text) = std::fs::read_to_string(&file) {
            let mut lines = text.lines();
            if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                break (port.trim().to_string(), path.trim().to_string());
            }
        }
        assert!(
            Instant::now() < deadline,
            "Chromium did not start within 30 s (no {})",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let url = format!("ws://127.0.0.1:{port}{path}");
    let (ws, _) = tungstenite::connect(url.as_str())
        .unwrap_or_else(|e| panic!("cannot open Chromium's DevTools socket {url}: {e}"));
    ws
}
