//! The dev server's copy of the site: a private folder written by the same streaming render as
//! a build, with a hash per file, so memory stays the model's however large the site grows.
//!
//! A render writes only files whose bytes changed, into a side folder; [`Served::commit`] moves
//! them into place once the whole render succeeded, so a failed rebuild changes nothing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use xxhash_rust::xxh3::xxh3_64;

use crate::output::{self, Error, Sink};

/// Marks a folder as a dev server's, so a later server may remove it once its owner is gone.
const MARKER: &str = ".digest-serve";
const PREFIX: &str = "digest-serve-";

/// The served files on disk and what each holds.
pub struct Served {
    /// Holds `site/` (what is served) and `next/` (a render in progress).
    dir: tempfile::TempDir,
    hashes: HashMap<String, u64>,
}

/// A render in progress against a [`Served`] site: keeps what changed, drops what did not.
pub struct Pending<'a> {
    served: &'a Served,
    /// Where files go: `next/`, or `site/` itself while it is empty (nothing to keep safe).
    into: PathBuf,
    changed: Mutex<Vec<(String, u64)>>,
    seen: Mutex<HashSet<String>>,
}

impl Served {
    /// An empty site in a new private folder; folders of servers that are gone are removed.
    pub fn new() -> Result<Served, Error> {
        let tmp = std::env::temp_dir();
        remove_leftovers(&tmp);
        let dir = tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}-", std::process::id()))
            .tempdir_in(&tmp)
            .map_err(|source| Error::Io {
                path: tmp.clone(),
                action: "cannot create the dev server's folder",
                source,
            })?;
        for sub in ["site", "next"] {
            create(&dir.path().join(sub))?;
        }
        write(
            &dir.path().join(MARKER),
            b"a digest dev server's copy of the site\n",
        )?;
        Ok(Served {
            dir,
            hashes: HashMap::new(),
        })
    }

    fn site(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn next(&self) -> PathBuf {
        self.dir.path().join("next")
    }

    /// The bytes of the file at site path `path`.
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        if !self.hashes.contains_key(path) {
            return None;
        }
        std::fs::read(self.site().join(path)).ok()
    }

    /// The hash of the file at `path`'s bytes.
    pub fn hash(&self, path: &str) -> Option<u64> {
        self.hashes.get(path).copied()
    }

    /// True when the site has a file at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.hashes.contains_key(path)
    }

    /// Every file's site path.
    pub fn paths(&self) -> impl Iterator<Item = &String> {
        self.hashes.keys()
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// A sink for one render.
    pub fn pending(&self) -> Pending<'_> {
        Pending {
            served: self,
            into: if self.hashes.is_empty() {
                self.site()
            } else {
                self.next()
            },
            changed: Mutex::new(Vec::new()),
            seen: Mutex::new(HashSet::new()),
        }
    }

    /// Puts a finished render's changed files in place; with `complete` (a render of every
    /// job), files it did not write are removed. Returns the paths that changed.
    pub fn commit(&mut self, done: Rendered, complete: bool) -> Result<Vec<String>, Error> {
        let Rendered {
            placed,
            changed,
            seen,
        } = done;
        let (site, next) = (self.site(), self.next());
        let mut paths = Vec::with_capacity(changed.len());
        for (path, hash) in changed {
            let target = site.join(&path);
            if placed {
                self.hashes.insert(path.clone(), hash);
                paths.push(path);
                continue;
            }
            if let Some(folder) = target.parent() {
                create(folder)?;
            }
            std::fs::rename(next.join(&path), &target).map_err(|source| Error::Io {
                path: target.clone(),
                action: "cannot update the dev server's copy",
                source,
            })?;
            self.hashes.insert(path.clone(), hash);
            paths.push(path);
        }
        if complete {
            let gone: Vec<String> = self
                .hashes
                .keys()
                .filter(|p| !seen.contains(*p))
                .cloned()
                .collect();
            for path in gone {
                self.remove(&path);
                paths.push(path);
            }
        }
        paths.sort();
        paths.dedup();
        Ok(paths)
    }

    /// Forgets a render that failed.
    pub fn discard(&self) {
        let mut folders = vec![self.next()];
        // A first render writes in place: what it left is no site.
        if self.hashes.is_empty() {
            folders.push(self.site());
        }
        for folder in folders {
            let _ = std::fs::remove_dir_all(&folder);
            let _ = std::fs::create_dir_all(&folder);
        }
    }

    /// Removes the file at `path`, if there is one; true when there was.
    pub fn remove(&mut self, path: &str) -> bool {
        let had = self.hashes.remove(path).is_some();
        if had {
            let _ = std::fs::remove_file(self.site().join(path));
        }
        had
    }
}

/// What a finished render wrote, ready for [`Served::commit`].
pub struct Rendered {
    /// Whether the files are already in `site/`.
    placed: bool,
    changed: Vec<(String, u64)>,
    seen: HashSet<String>,
}

impl Pending<'_> {
    /// The render is over: what it changed.
    pub fn finish(self) -> Rendered {
        Rendered {
            placed: self.into == self.served.site(),
            changed: self.changed.into_inner().unwrap_or_else(|p| p.into_inner()),
            seen: self.seen.into_inner().unwrap_or_else(|p| p.into_inner()),
        }
    }
}

impl Sink for Pending<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Error> {
        let target = output::inside(&self.into, &path)?;
        let hash = xxh3_64(&bytes);
        if let Ok(mut seen) = self.seen.lock()
            && !seen.insert(path.clone())
        {
            // The same clash a build reports: a static file at a generated page's path.
            return Err(Error::Clash { path });
        }
        if self.served.hashes.get(&path) == Some(&hash) {
            return Ok(());
        }
        if let Some(folder) = target.parent() {
            create(folder)?;
        }
        write(&target, &bytes)?;
        if let Ok(mut changed) = self.changed.lock() {
            changed.push((path, hash));
        }
        Ok(())
    }
}

fn create(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        action: "cannot create folder",
        source,
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        action: "cannot write the dev server's copy",
        source,
    })
}

/// Removes the folders of dev servers that were stopped (Ctrl-C ends a server without running
/// its clean-up): marked as ours and named by a process that no longer runs.
fn remove_leftovers(tmp: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        let path = entry.path();
        if pid != std::process::id() as i32 && !alive(pid) && path.join(MARKER).is_file() {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

#[cfg(unix)]
fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only asks whether the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn alive(_: i32) -> bool {
    true
}
