//! Watching the site for changes: file-system events, classified and gathered until the burst
//! of an editor's save is over, so each save (or burst of saves) is one rebuild.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::workspace::Change;

/// How long the folder must stay quiet before a rebuild starts. An editor's save takes a few
/// steps within milliseconds (write a temporary file, rename it over, remove a backup).
pub const QUIET: Duration = Duration::from_millis(25);
/// Once changes have kept coming for this long it is a burst (a script, a checkout, 50 saves
/// in a second): wait for a longer silence so the burst ends in one rebuild.
const BURST: Duration = Duration::from_millis(50);
const BURST_QUIET: Duration = Duration::from_millis(150);
/// A burst that never ends still gets a rebuild this often.
const LONGEST_WAIT: Duration = Duration::from_secs(3);

/// The folders under the site root whose contents matter.
const WATCHED: [&str; 4] = ["content", "themes", "templates", "static"];

/// Errors starting the watcher.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch {}: {source}", path.display())]
pub struct Error {
    pub path: PathBuf,
    pub source: notify::Error,
}

/// A running watcher: call `next` for each batch of changes.
pub struct Watch {
    root: PathBuf,
    watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    watched: BTreeSet<PathBuf>,
}

impl Watch {
    /// Starts watching `root` itself (so a rename-save of site.toml is seen) and its folders.
    pub fn start(root: &Path) -> Result<Watch, Error> {
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let (tx, events) = channel();
        let watcher = notify::recommended_watcher(tx).map_err(|source| Error {
            path: root.clone(),
            source,
        })?;
        let mut watch = Watch {
            root: root.clone(),
            watcher,
            events,
            watched: BTreeSet::new(),
        };
        watch
            .watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|source| Error {
                path: root.clone(),
                source,
            })?;
        watch.watch_folders();
        Ok(watch)
    }

    /// Watches the site folders that exist now (a folder created later is picked up too).
    fn watch_folders(&mut self) {
        for name in WATCHED {
            let dir = self.root.join(name);
            if dir.is_dir() && !self.watched.contains(&dir) {
                if self.watcher.watch(&dir, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(dir);
                }
            } else if !dir.is_dir() && self.watched.remove(&dir) {
                let _ = self.watcher.unwatch(&dir);
            }
        }
    }

    /// Waits for changes and returns them once things are quiet; `None` when the watcher stops
    /// or, with `idle`, when nothing happened for that long (`Some` with no changes).
    pub fn next(
        &mut self,
        theme: &str,
        idle: Option<Duration>,
    ) -> Option<(BTreeSet<Change>, BTreeSet<PathBuf>)> {
        loop {
            let first = match idle {
                None => self.events.recv().ok()?,
                Some(wait) => match self.events.recv_timeout(wait) {
                    Ok(event) => event,
                    Err(RecvTimeoutError::Timeout) => return Some(Default::default()),
                    Err(RecvTimeoutError::Disconnected) => return None,
                },
            };
            let started = Instant::now();
            let mut changes = BTreeSet::new();
            let mut paths = BTreeSet::new();
            self.take(first, theme, &mut changes, &mut paths);
            loop {
                if started.elapsed() > LONGEST_WAIT {
                    break;
                }
                let quiet = if started.elapsed() > BURST {
                    BURST_QUIET
                } else {
                    QUIET
                };
                match self.events.recv_timeout(quiet) {
                    Ok(event) => self.take(event, theme, &mut changes, &mut paths),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            }
            if !changes.is_empty() {
                return Some((changes, paths));
            }
        }
    }

    fn take(
        &mut self,
        event: notify::Result<notify::Event>,
        theme: &str,
        changes: &mut BTreeSet<Change>,
        paths: &mut BTreeSet<PathBuf>,
    ) {
        let Ok(event) = event else { return };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            let Some(change) = classify(&self.root, &path, theme) else {
                continue;
            };
            if let Ok(rel) = path.strip_prefix(&self.root) {
                paths.insert(rel.to_path_buf());
            }
            // A watched folder created, deleted or renamed at the top: watch what is there now.
            if path.parent() == Some(self.root.as_path()) {
                self.watch_folders();
            }
            changes.insert(change);
        }
    }
}

/// True for files editors write beside the real one: backups, swap files, temporary saves.
pub fn is_scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".part")
        || name.ends_with(".crdownload")
        || name.ends_with(".bak")
        || name == "4913"
}

/// What a changed path means for the site, or `None` when it does not matter.
pub fn classify(root: &Path, path: &Path, theme: &str) -> Option<Change> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    if parts.iter().any(|p| is_scratch(p)) {
        return None;
    }
    match parts.as_slice() {
        ["site.toml"] => Some(Change::Config),
        ["content", ..] => Some(Change::Content(path.to_path_buf())),
        ["templates", ..] => Some(Change::Templates),
        ["static", ..] => Some(Change::Static),
        ["themes"] => Some(Change::Templates),
        ["themes", name, rest @ ..] if *name == theme => match rest.first() {
            Some(&"static") => Some(Change::Static),
            _ => Some(Change::Templates),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        let root = Path::new("/s");
        let c = |p: &str| classify(root, Path::new(p), "default");
        assert_eq!(c("/s/site.toml"), Some(Change::Config));
        assert_eq!(
            c("/s/content/a.md"),
            Some(Change::Content(PathBuf::from("/s/content/a.md")))
        );
        assert_eq!(
            c("/s/content/sub"),
            Some(Change::Content(PathBuf::from("/s/content/sub")))
        );
        assert_eq!(c("/s/templates/base.html"), Some(Change::Templates));
        assert_eq!(c("/s/static/style.css"), Some(Change::Static));
        assert_eq!(c("/s/themes/default/static/a.css"), Some(Change::Static));
        assert_eq!(
            c("/s/themes/default/templates/a.html"),
            Some(Change::Templates)
        );
        assert_eq!(c("/s/themes/other/templates/a.html"), None);
        for ignored in [
            "/s/public/index.html",
            "/s/content/.a.md.swp",
            "/s/content/a.md~",
            "/s/content/4913",
            "/s/content/.#a.md",
            "/s/.site.toml.tmp",
            "/s/content/.hidden/a.md",
            "/s/target/debug/x",
        ] {
            assert_eq!(c(ignored), None, "{ignored}");
        }
    }
}
