//! The HTTP side of `digest serve`: files from memory under the site's base path, the site's
//! 404 page, the live-reload script injected into HTML, and the event stream it listens to.

use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, Uri, header};
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use super::guard::{Hosts, refusal};
use super::workspace::Workspace;

/// What the browser is told after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Reload the page.
    Reload,
    /// Only these stylesheets (site paths) changed.
    Css(Vec<String>),
    /// The rebuild failed; the message names the file and line.
    Problem(String),
}

/// The state shared by the server and the rebuild loop.
pub struct Shared {
    /// The site and its last good output; `None` until the first build succeeds. A rebuild
    /// holds the write lock, so a request never sees a half-updated site.
    pub workspace: RwLock<Option<Workspace>>,
    /// The current rebuild error, shown on every page until fixed.
    pub problem: RwLock<Option<String>>,
    pub notices: broadcast::Sender<Notice>,
    /// The site's base path, `/` or `/digest/`.
    pub base_path: String,
}

impl Shared {
    /// State with nothing built yet.
    pub fn new(base_path: String) -> Arc<Shared> {
        let (notices, _) = broadcast::channel(64);
        Arc::new(Shared {
            workspace: RwLock::new(None),
            problem: RwLock::new(None),
            notices,
            base_path,
        })
    }

    fn problem(&self) -> Option<String> {
        self.problem.read().ok().and_then(|p| p.clone())
    }
}

const SCRIPT: &str = include_str!("livereload.js");

/// The router: everything under the base path, plus a redirect from `/` to it, for reads
/// addressed to one of `hosts`. The live-reload stream writes a keep-alive every `keep_alive`.
pub fn router(shared: Arc<Shared>, hosts: Hosts, keep_alive: Duration) -> Router {
    Router::new().fallback(move |method: Method, uri: Uri, headers: HeaderMap| {
        let shared = shared.clone();
        async move {
            match refusal(&hosts, &method, &uri, &headers) {
                Some(refused) => refused,
                None => respond(&shared, &uri, keep_alive),
            }
        }
    })
}

fn respond(shared: &Arc<Shared>, uri: &Uri, keep_alive: Duration) -> Response<Body> {
    let base = shared.base_path.as_str();
    let raw = uri.path();
    let Some(inside) = raw.strip_prefix(base) else {
        if raw == "/" || format!("{raw}/") == base {
            return redirect(base);
        }
        return not_found(shared);
    };
    match inside {
        "__digest/events" => return events(shared, keep_alive).into_response(),
        "__digest/livereload.js" => {
            return with_type(
                StatusCode::OK,
                "text/javascript; charset=utf-8",
                SCRIPT.as_bytes().to_vec(),
            );
        }
        _ => {}
    }
    let Some(rel) = safe_path(inside) else {
        return not_found(shared);
    };
    let path = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    enum Found {
        File(Vec<u8>),
        Folder,
        Missing,
        NoSite,
    }
    let found = match shared.workspace.read() {
        Ok(guard) => match guard.as_ref() {
            None => Found::NoSite,
            Some(ws) => match ws.served().read(&path) {
                Some(bytes) => Found::File(bytes),
                None if ws.served().has(&format!("{rel}/index.html")) => Found::Folder,
                None => Found::Missing,
            },
        },
        Err(_) => Found::NoSite,
    };
    match found {
        Found::File(bytes) => file(shared, &path, bytes, StatusCode::OK),
        // A folder asked for without its slash: send the browser to it, as static hosts do.
        Found::Folder => redirect(&format!("{base}{rel}/")),
        Found::Missing => not_found(shared),
        Found::NoSite => problem_page(shared),
    }
}

/// The decoded path inside the site, or `None` for anything that could leave it: `..`, `.`,
/// encoded slashes or backslashes, NUL, or invalid UTF-8.
pub fn safe_path(inside: &str) -> Option<String> {
    let lower = inside.to_ascii_lowercase();
    if lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
        || inside.contains('\\')
    {
        return None;
    }
    let decoded = crate::render::links::percent_decode_strict(inside)?;
    if decoded.starts_with('/') || decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut segments = decoded.split('/').peekable();
    while let Some(segment) = segments.next() {
        let last = segments.peek().is_none();
        if segment == ".." || segment == "." || (segment.is_empty() && !last) {
            return None;
        }
    }
    Some(decoded)
}

fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// The script tag that brings live reload; never part of `digest build` output.
fn script_tag(base: &str) -> String {
    format!("<script src=\"{base}__digest/livereload.js\" data-base=\"{base}\" defer></script>")
}

fn inject(html: &[u8], base: &str) -> Vec<u8> {
    let tag = script_tag(base);
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn file(shared: &Shared, path: &str, bytes: Vec<u8>, status: StatusCode) -> Response<Body> {
    let kind = content_type(path);
    let bytes = if kind.starts_with("text/html") {
        inject(&bytes, &shared.base_path)
    } else {
        bytes
    };
    with_type(status, kind, bytes)
}

fn with_type(status: StatusCode, kind: &'static str, bytes: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    // A dev server must never let the browser show yesterday's page.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn redirect(to: &str) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Ok(v) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    response
}

fn not_found(shared: &Shared) -> Response<Body> {
    let page = shared
        .workspace
        .read()
        .ok()
        .and_then(|g| g.as_ref().and_then(|ws| ws.served().read("404.html")));
    match page {
        Some(page) => file(shared, "404.html", page, StatusCode::NOT_FOUND),
        None => with_type(
            StatusCode::NOT_FOUND,
            "text/plain; charset=utf-8",
            b"404 Not Found\n".to_vec(),
        ),
    }
}

/// Before the first good build there is no site: a page that shows the error and reloads.
fn problem_page(shared: &Shared) -> Response<Body> {
    let message = shared
        .problem()
        .unwrap_or_else(|| "The site is being built…".into());
    let html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>digest: build failed</title></head><body><h1>The site could not be built</h1><pre>{}</pre></body></html>",
        crate::escape::escape(&message)
    );
    file(
        shared,
        "error.html",
        html.into_bytes(),
        StatusCode::SERVICE_UNAVAILABLE,
    )
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn events(shared: &Arc<Shared>, keep_alive: Duration) -> impl IntoResponse {
    // A page that connects while a rebuild is failing must show the error at once.
    let first = match shared.problem() {
        Some(p) => Event::default().event("problem").data(json_string(&p)),
        None => Event::default().event("ok").data("{}"),
    };
    let updates = BroadcastStream::new(shared.notices.subscribe()).filter_map(|notice| {
        let notice = notice.ok()?;
        Some(match notice {
            Notice::Reload => Event::default().event("reload").data("{}"),
            Notice::Css(paths) => Event::default()
                .event("css")
                .data(serde_json::to_string(&paths).unwrap_or_else(|_| "[]".into())),
            Notice::Problem(p) => Event::default().event("problem").data(json_string(&p)),
        })
    });
    let stream = tokio_stream::once(first)
        .chain(updates)
        .map(Ok::<_, Infallible>);
    Sse::new(stream).keep_alive(KeepAlive::new().interval(keep_alive))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_leave_the_site_are_refused() {
        for bad in [
            "../etc/passwd",
            "a/../../x",
            "%2e%2e/etc/passwd",
            "%2E%2E%2Fetc%2Fpasswd",
            "a%2fb",
            "a%5cb",
            "..\\x",
            "%00",
            "/etc/passwd",
            "%2Fetc%2Fpasswd",
            "a//b",
            "./a",
            "%ff",
        ] {
            assert_eq!(safe_path(bad), None, "{bad}");
        }
        assert_eq!(safe_path("tags/c%2B%2B/").as_deref(), Some("tags/c++/"));
        assert_eq!(safe_path("").as_deref(), Some(""));
        assert_eq!(safe_path("articles/x/").as_deref(), Some("articles/x/"));
    }

    #[test]
    fn script_goes_before_the_closing_body() {
        let html = inject(b"<html><body><p>x</p></body></html>", "/digest/");
        let html = String::from_utf8(html).unwrap();
        assert!(html.ends_with("<script src=\"/digest/__digest/livereload.js\" data-base=\"/digest/\" defer></script></body></html>"));
    }
}
