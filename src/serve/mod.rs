//! `digest serve`: the site from memory on a local HTTP server, rebuilt on every save, with
//! live reload in the browser.

pub mod fds;
pub mod guard;
pub mod http;
pub mod listen;
pub mod served;
pub mod watch;
pub mod workspace;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use http::{Notice, Shared};
use workspace::Workspace;

/// What `digest serve` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 lets the system choose a free port.
    pub port: u16,
    pub watch: bool,
    pub drafts: bool,
    pub open: bool,
    /// How long a client may take to send a request's head.
    pub header_timeout: Duration,
    /// How long a connection may move no bytes before it is closed.
    pub idle_timeout: Duration,
}

/// Errors that stop the server (content errors never do).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Config(#[from] crate::build::Error),
    #[error(transparent)]
    Watch(#[from] watch::Error),
    #[error("the server stopped: {0}")]
    Runtime(std::io::Error),
}

/// Serves the site until the process is stopped.
pub fn run(options: &Options) -> Result<(), Error> {
    // Watch events carry absolute paths: hold the root the same way.
    let root = options
        .root
        .canonicalize()
        .unwrap_or_else(|_| options.root.clone());
    // The base path comes from site.toml; the host becomes this server's.
    let config = crate::build::load_config(&root, None)?;
    let base_path = config.base_path().to_string();
    let limits = listen::Limits {
        header_timeout: options.header_timeout,
        idle_timeout: options.idle_timeout,
        connections: fds::connection_cap(fds::raise_limit()),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(Error::Runtime)?;
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(addr))
        .map_err(|source| Error::Bind { addr, source })?;
    let local = listener
        .local_addr()
        .map_err(|source| Error::Bind { addr, source })?;
    let host = match local.ip() {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let base_url = format!("http://{host}:{}{base_path}", local.port());

    let shared = Shared::new(base_path);
    let started = Instant::now();
    let opened = Workspace::open(&root, Some(base_url.clone()), options.drafts);
    give_back_memory();
    match opened {
        Ok(ws) => {
            println!(
                "Built {} files in {} ms",
                ws.served().len(),
                started.elapsed().as_millis()
            );
            if let Ok(mut slot) = shared.workspace.write() {
                *slot = Some(ws);
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            if let Ok(mut p) = shared.problem.write() {
                *p = Some(e.to_string());
            }
        }
    }
    println!(
        "Serving {} at {base_url}{}",
        config.title,
        if options.watch {
            " (rebuilding on every change; Ctrl-C stops)"
        } else {
            " (Ctrl-C stops)"
        }
    );
    if options.open {
        open_browser(&base_url);
    }
    if options.watch {
        let mut watcher = watch::Watch::start(&root)?;
        let shared = shared.clone();
        let drafts = options.drafts;
        let theme = config.theme.clone();
        std::thread::spawn(move || {
            rebuild_loop(&mut watcher, &shared, &root, &base_url, drafts, &theme)
        });
    }
    // Keep-alives four times per idle period: one lost or late still keeps the stream open.
    let keep_alive = options.idle_timeout / 4;
    let app = http::router(
        shared,
        guard::Hosts::new(local.ip(), local.port()),
        keep_alive,
    );
    runtime.block_on(listen::serve(listener, app, limits));
    Ok(())
}

/// Waits for changes and rebuilds, forever; errors go to the terminal and the browser.
fn rebuild_loop(
    watcher: &mut watch::Watch,
    shared: &Arc<Shared>,
    root: &std::path::Path,
    base_url: &str,
    drafts: bool,
    theme: &str,
) {
    let mut theme = theme.to_string();
    // The search index is caught up only when the writer pauses, on a thread of its own that
    // a new save stops: at 100,000 articles it takes seconds, which the save would wait for.
    let mut search_behind = false;
    let mut catch_up: Option<CatchUp> = None;
    while let Some((changes, paths)) = watcher.next(&theme, search_behind.then_some(SEARCH_IDLE)) {
        if changes.is_empty() {
            catch_up = Some(CatchUp::start(Arc::clone(shared)));
            search_behind = false;
            continue;
        }
        if let Some(running) = catch_up.take() {
            running.stop();
        }
        search_behind = true;
        let started = Instant::now();
        let what = describe(&paths);
        let result = match shared.workspace.write() {
            Ok(mut slot) => match slot.as_mut() {
                Some(ws) => {
                    let result = ws.apply_pages(&changes);
                    theme = ws.config().theme.clone();
                    result
                }
                // No good build yet: try the whole site again.
                None => Workspace::open(root, Some(base_url.to_string()), drafts).map(|ws| {
                    let outcome = workspace::Outcome {
                        changed: ws.served().paths().cloned().collect(),
                        rebuilt: "everything".into(),
                    };
                    theme = ws.config().theme.clone();
                    *slot = Some(ws);
                    outcome
                }),
            },
            Err(_) => return,
        };
        let ms = started.elapsed().as_millis();
        let was_failing = shared.problem.read().map(|p| p.is_some()).unwrap_or(false);
        match result {
            Ok(outcome) => {
                if let Ok(mut p) = shared.problem.write() {
                    *p = None;
                }
                println!(
                    "{what} changed → {}: {} output file(s) changed in {ms} ms",
                    outcome.rebuilt,
                    outcome.changed.len()
                );
                let notice = if outcome.css_only() && !was_failing {
                    Some(Notice::Css(outcome.changed))
                } else if !outcome.changed.is_empty() || was_failing {
                    Some(Notice::Reload)
                } else {
                    None
                };
                if let Some(notice) = notice {
                    let _ = shared.notices.send(notice);
                }
                // After the reload is on its way: the writer does not wait for it.
                give_back_memory();
            }
            Err(e) => {
                let message = e.to_string();
                eprintln!(
                    "{what} changed → rebuild failed in {ms} ms; still serving the last good site:\nerror: {message}"
                );
                if let Ok(mut p) = shared.problem.write() {
                    *p = Some(message.clone());
                }
                let _ = shared.notices.send(Notice::Problem(message));
                give_back_memory();
                continue;
            }
        }
    }
}

/// How long the writer must pause before the search index is brought up to date.
const SEARCH_IDLE: std::time::Duration = std::time::Duration::from_millis(500);

/// A search index catch-up running beside the rebuild loop.
struct CatchUp {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl CatchUp {
    fn start(shared: Arc<Shared>) -> CatchUp {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || refresh_search(&shared, &flag));
        CatchUp { stop, thread }
    }

    /// Stops the catch-up where it is (the next pause starts it again) and waits for it to
    /// let go of the site, which takes moments.
    fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.thread.join();
    }
}

/// Catches the search index up after the pages: built under a read lock, so pages keep being
/// served meanwhile, and swapped in under a short write lock; given up when `stop` is set.
fn refresh_search(shared: &Shared, stop: &AtomicBool) {
    let started = Instant::now();
    let files = match shared.workspace.read() {
        Ok(slot) => match slot
            .as_ref()
            .map(|ws| ws.stale_search_unless(&|| stop.load(Ordering::Relaxed)))
        {
            Some(Ok(Some(files))) => files,
            Some(Err(e)) => {
                eprintln!("error: the search index could not be rebuilt: {e}");
                return;
            }
            _ => return,
        },
        Err(_) => return,
    };
    if let Ok(mut slot) = shared.workspace.write()
        && let Some(ws) = slot.as_mut()
    {
        let changed = ws.install_search(files);
        println!(
            "  search index updated: {} file(s) changed in {} ms",
            changed.len(),
            started.elapsed().as_millis()
        );
    }
    // Once the lock is let go: pages are served and saves rebuilt meanwhile.
    give_back_memory();
}

/// Returns the heap's free pages to the system after a render. A render frees as much as it
/// allocated, but the allocator keeps freed pages for a while (jemalloc: ten seconds) on the
/// thread that freed them; renders on different threads (the loop, the search catch-up, the
/// rayon pool) then add up in the server's resident memory, past a build's, which renders once.
pub(crate) fn give_back_memory() {
    #[cfg(not(target_env = "msvc"))]
    // SAFETY: the name is NUL-terminated and static; this command takes no arguments and
    // returns nothing (4096 is jemalloc's MALLCTL_ARENAS_ALL: every arena).
    unsafe {
        tikv_jemalloc_sys::mallctl(
            c"arena.4096.purge".as_ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            0,
        );
    }
}

/// "content/a.md", "content/a.md and 2 more".
fn describe(paths: &std::collections::BTreeSet<PathBuf>) -> String {
    let mut names = paths.iter().map(|p| p.display().to_string());
    match (names.next(), paths.len()) {
        (None, _) => "something".into(),
        (Some(first), 1) => first,
        (Some(first), n) => format!("{first} and {} more", n - 1),
    }
}

fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(program).arg(url).spawn() {
        eprintln!("warning: could not open a browser ({program}: {e}); open {url} yourself");
    }
}
