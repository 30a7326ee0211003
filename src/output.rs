//! Writing the rendered site: build a staging folder beside the output, then swap it in, so a
//! failed or interrupted build never leaves a half-written site. Unchanged files keep their inode.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Every output file: site path (with `/`) → bytes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    /// Adds or replaces the file at `path`.
    pub fn insert(&mut self, path: String, bytes: Vec<u8>) {
        self.files.insert(path, bytes);
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Where rendered files go, one at a time, from many threads at once.
pub trait Sink: Sync {
    /// Takes the file at site path `path`.
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Error>;
}

/// A sink that keeps every file in memory.
#[derive(Debug, Default)]
pub struct Collect(Mutex<Output>);

impl Collect {
    /// Everything put so far.
    pub fn into_output(self) -> Output {
        self.0.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

impl Sink for Collect {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Error> {
        let mut output = self.0.lock().unwrap_or_else(|p| p.into_inner());
        output.insert(path, bytes);
        Ok(())
    }
}

/// What a write did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub written: usize,
    pub unchanged: usize,
}

/// Problems writing the output folder.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
    #[error("refusing to write the site to {}: {reason}", path.display())]
    Unsafe { path: PathBuf, reason: String },
    /// Two outputs of one build name the same file: in practice a file in `static/` at the
    /// path of a page digest makes.
    #[error(
        "two files of the site would both be written to {path}: a file in static/ (the site's or the theme's) has the path of a page digest makes; rename or remove it (to change that page, override its template: `digest theme eject`)"
    )]
    Clash { path: String },
}

fn io(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> Error + use<> {
    let path = path.to_path_buf();
    move |source| Error::Io {
        path,
        action,
        source,
    }
}

/// The file that marks a folder as digest's own output, so a later build may replace it.
pub const MARKER: &str = ".digest-output";

const MARKER_TEXT: &str = "This folder was written by `digest build`, which replaces all of it on every build.\n\
Delete this file to keep digest from ever replacing the folder.\n";

/// Checks, before any work, that replacing `out` cannot destroy the site's own sources under
/// `root` nor any folder digest did not write.
pub fn check_target(root: &Path, out: &Path) -> Result<(), Error> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Resolve what exists so `./public/../content` is seen for what it is.
        let mut resolved = PathBuf::new();
        for c in p.components() {
            match c {
                Component::ParentDir => {
                    resolved.pop();
                }
                Component::CurDir => {}
                other => resolved.push(other),
            }
        }
        // Through symbolic links too, also when the output itself does not exist yet: the
        // deepest folder that exists is resolved and the rest appended (`lnk/pub` with `lnk`
        // pointing into `content/` is inside `content/`).
        let mut missing = Vec::new();
        let mut existing = resolved.clone();
        loop {
            if let Ok(real) = existing.canonicalize() {
                return missing.into_iter().rev().fold(real, |p, c| p.join(c));
            }
            match (
                existing.file_name().map(|n| n.to_owned()),
                existing.parent(),
            ) {
                (Some(name), Some(parent)) => {
                    missing.push(name);
                    existing = parent.to_path_buf();
                }
                _ => return resolved,
            }
        }
    };
    let (root, out_abs) = (abs(root), abs(out));
    let unsafe_target = |reason: &str| Error::Unsafe {
        path: out.to_path_buf(),
        reason: reason.to_string(),
    };
    if !matches!(out.components().next_back(), Some(Component::Normal(_))) {
        return Err(unsafe_target(
            "give --output a folder by its name (such as `public` or `../site-out`), not `.`, `..` or `/`",
        ));
    }
    if root.starts_with(&out_abs) {
        return Err(unsafe_target("it contains the site itself"));
    }
    for source in ["content", "themes", "templates", "static"] {
        if out_abs.starts_with(root.join(source)) {
            return Err(unsafe_target(&format!(
                "it is inside the site's `{source}/` folder"
            )));
        }
    }
    check_owned(out)
}

/// Refuses a folder that is neither absent, empty, nor digest's own output.
fn check_owned(dir: &Path) -> Result<(), Error> {
    let refuse = |reason: String| Error::Unsafe {
        path: dir.to_path_buf(),
        reason,
    };
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(dir, "cannot look at the output folder")(e)),
    };
    if meta.file_type().is_symlink() {
        return Err(refuse(
            "it is a symbolic link; give --output the real folder it points to, or a new folder"
                .into(),
        ));
    }
    if !meta.is_dir() {
        return Err(refuse("it exists and is not a folder".into()));
    }
    if dir.join(MARKER).is_file() {
        return Ok(());
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(io(dir, "cannot list the output folder"))?
        .filter_map(|e| e.ok())
        .map(|e| {
            let mut name = e.file_name().to_string_lossy().into_owned();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                name.push('/');
            }
            name
        })
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let shown = names.len().min(5);
    let mut listing = names[..shown].join(", ");
    if names.len() > shown {
        listing.push_str(&format!(" and {} more", names.len() - shown));
    }
    Err(refuse(format!(
        "it is not empty and is not a site digest built (it holds {listing}). digest replaces \
         only an empty or missing folder or its own earlier output: choose another --output, \
         or move that folder's contents away first"
    )))
}

/// Replaces the folder `dir` with exactly the files of `output` (plus [`MARKER`]).
pub fn write(output: &Output, dir: &Path) -> Result<Stats, Error> {
    write_with(dir, |staging| {
        for (path, bytes) in &output.files {
            staging.put(path.clone(), bytes.clone())?;
        }
        Ok::<(), Error>(())
    })
}

/// Replaces the folder `dir` with exactly the files `fill` puts into the staging folder (plus
/// [`MARKER`]); when `fill` fails, `dir` is left as it was and the staging folder removed.
///
/// The new site is written to a staging folder beside `dir` and exchanged with it in one
/// atomic rename where the system has one (Linux `renameat2(RENAME_EXCHANGE)`); elsewhere, or
/// on file systems without it, two renames leave a moment with no `dir`. Builds writing into
/// the same parent folder take turns (a lock on that folder), which is also what lets a build
/// know that staging folders left there belong to builds that died, and remove them.
pub fn write_with<E: From<Error>>(
    dir: &Path,
    fill: impl FnOnce(&Staging) -> Result<(), E>,
) -> Result<Stats, E> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent, "cannot create folder"))?;
    let _lock = lock::Lock::acquire(&parent).map_err(io(&parent, "cannot lock the folder"))?;
    // Checked again under the lock: the folder may have changed since the build started.
    check_owned(dir)?;
    remove_leftovers(&parent, &name)?;

    let staging_dir = parent.join(format!(".{name}.digest-staging-{}", std::process::id()));
    std::fs::create_dir(&staging_dir).map_err(io(&staging_dir, "cannot create staging folder"))?;
    let staging = Staging::new(dir, &staging_dir);
    // The marker goes first, so even a folder left by a killed build says whose it is.
    let result = place(
        &dir.join(MARKER),
        &staging_dir.join(MARKER),
        MARKER_TEXT.as_bytes(),
        MARKER,
    )
    .map_err(E::from)
    .and_then(|_| fill(&staging))
    .and_then(|()| {
        swap(&staging_dir, dir)?;
        Ok(staging.stats())
    });
    match result {
        Ok(stats) => {
            // After an exchange the staging name holds the previous site. The new site is in
            // place whatever happens here; what is not removed now, the next build removes.
            if staging_dir.exists() {
                let _ = remove_marked(&staging_dir);
            }
            Ok(stats)
        }
        Err(e) => {
            let _ = remove_marked(&staging_dir);
            Err(e)
        }
    }
}

/// The folder a build fills: each file is written as it comes, or hard-linked from the
/// previous site when its bytes are the same (so unchanged files keep inode and mtime).
pub struct Staging {
    previous: PathBuf,
    dir: PathBuf,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

impl Staging {
    fn new(previous: &Path, dir: &Path) -> Staging {
        Staging {
            previous: previous.to_path_buf(),
            dir: dir.to_path_buf(),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
        }
    }

    fn stats(&self) -> Stats {
        Stats {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: String, bytes: Vec<u8>) -> Result<(), Error> {
        let target = inside(&self.dir, &path)?;
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(io(folder, "cannot create folder"))?;
        }
        let counter = if place(&self.previous.join(&path), &target, &bytes, &path)? {
            &self.unchanged
        } else {
            &self.written
        };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// `dir/path`, or an error when `path` could leave `dir`.
pub fn inside(dir: &Path, path: &str) -> Result<PathBuf, Error> {
    let p = Path::new(path);
    if path.is_empty() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(Error::Unsafe {
            path: dir.join(path),
            reason: "an output path must stay inside the output folder".into(),
        });
    }
    Ok(dir.join(p))
}

/// Removes the staging folders of builds that died: named `.NAME.digest-staging-PID` (or
/// `…-PID-old`) and holding the marker, or empty. Under the lock no live build owns one; where
/// there is no lock (not Unix), nothing is removed.
fn remove_leftovers(parent: &Path, name: &str) -> Result<(), Error> {
    if !lock::AVAILABLE {
        return Ok(());
    }
    let prefix = format!(".{name}.digest-staging-");
    let entries = std::fs::read_dir(parent).map_err(io(parent, "cannot list folder"))?;
    for entry in entries.filter_map(|e| e.ok()) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let ours = file_name.strip_prefix(&prefix).is_some_and(|rest| {
            let pid = rest.strip_suffix("-old").unwrap_or(rest);
            !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
        });
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let marked_or_empty = path.join(MARKER).is_file()
            || std::fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
        if ours && is_dir && marked_or_empty {
            remove_marked(&path).map_err(io(&path, "cannot remove what a killed build left"))?;
        }
    }
    Ok(())
}

/// Removes a folder of digest's with its marker last, so that a removal cut short still leaves
/// a folder that says whose it is.
fn remove_marked(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name() == MARKER {
            continue;
        }
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())?;
        } else {
            std::fs::remove_file(entry.path())?;
        }
    }
    match std::fs::remove_file(dir.join(MARKER)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::remove_dir(dir)
}

/// Puts the finished `staging` folder at `dir`; afterwards `staging` holds the previous site,
/// if there was one.
fn swap(staging: &Path, dir: &Path) -> Result<(), Error> {
    let moved = io(dir, "cannot move the new site into place");
    if std::fs::symlink_metadata(dir).is_err() {
        return std::fs::rename(staging, dir).map_err(moved);
    }
    match exchange(staging, dir) {
        Ok(()) => return Ok(()),
        Err(e) if !exchange_unsupported(&e) => return Err(moved(e)),
        Err(_) => {}
    }
    // No atomic exchange here: move the old site aside under the staging name's sibling, so a
    // kill in between leaves it where the next build finds and removes it.
    let mut aside = staging.as_os_str().to_owned();
    aside.push("-old");
    let aside = PathBuf::from(aside);
    std::fs::rename(dir, &aside).map_err(io(dir, "cannot move the previous site aside"))?;
    if let Err(e) = std::fs::rename(staging, dir) {
        let _ = std::fs::rename(&aside, dir);
        return Err(moved(e));
    }
    std::fs::rename(&aside, staging).map_err(io(&aside, "cannot move the previous site"))
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// The system or file system has no atomic exchange (old kernels, some network file systems).
fn exchange_unsupported(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    if matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
        return true;
    }
    e.kind() == std::io::ErrorKind::Unsupported
}

mod lock {
    //! An exclusive advisory lock on a folder, released when the process ends however it ends.
    use std::path::Path;

    /// Whether builds really take turns here; without it no leftover can be known dead.
    pub const AVAILABLE: bool = cfg!(unix);

    pub struct Lock {
        #[cfg(unix)]
        _file: std::fs::File,
    }

    impl Lock {
        #[cfg(unix)]
        pub fn acquire(dir: &Path) -> std::io::Result<Lock> {
            use std::os::fd::AsRawFd;
            let file = std::fs::File::open(dir)?;
            // SAFETY: flock on a descriptor we own; the lock goes with the descriptor.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(Lock { _file: file })
        }

        #[cfg(not(unix))]
        pub fn acquire(_: &Path) -> std::io::Result<Lock> {
            Ok(Lock {})
        }
    }
}
/// Writes `bytes` to a new file `target`, or hard-links `previous` there when it holds the same
/// bytes; true when it was linked. Never opens an existing `target`: after a hard link it is
/// the previous site's own file, so writing through it would change the live site (and every
/// other link to it). A second output at one path is [`Error::Clash`], named by `shown`.
pub fn place(previous: &Path, target: &Path, bytes: &[u8], shown: &str) -> Result<bool, Error> {
    use std::io::Write as _;
    let same = std::fs::metadata(previous)
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(previous).is_ok_and(|old| old == bytes);
    if same {
        match std::fs::hard_link(previous, target) {
            Ok(()) => return Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::Clash {
                    path: shown.to_string(),
                });
            }
            // Another file system or no links there: write a copy below.
            Err(_) => {}
        }
    }
    // Named by where it was going: the staging folder is ours, not the user's business.
    let failed = io(
        previous,
        "cannot write the new site (the previous site is left as it was)",
    );
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::Clash {
                path: shown.to_string(),
            });
        }
        Err(e) => return Err(failed(e)),
    };
    file.write_all(bytes).map_err(failed)?;
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_system_root_and_parent_folders_are_refused_before_anything() {
        let site = tempfile::tempdir().unwrap();
        for out in ["/", "..", "../..", "."] {
            let err = check_target(site.path(), Path::new(out)).unwrap_err();
            assert!(err.to_string().contains("refusing"), "{out}: {err}");
        }
    }
}
