//! Writing the rendered site: build a staging folder beside the output, then swap it in, so a
//! failed or interrupted build never leaves a half-written site. Unchanged files keep their inode.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

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
}

fn io(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> Error + use<> {
    let path = path.to_path_buf();
    move |source| Error::Io {
        path,
        action,
        source,
    }
}

/// Checks that replacing `out` cannot destroy the site's own sources under `root`.
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
        resolved.canonicalize().unwrap_or(resolved)
    };
    let (root, out_abs) = (abs(root), abs(out));
    let unsafe_target = |reason: &str| Error::Unsafe {
        path: out.to_path_buf(),
        reason: reason.to_string(),
    };
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
    Ok(())
}

/// Replaces the folder `dir` with exactly the files of `output`.
pub fn write(output: &Output, dir: &Path) -> Result<Stats, Error> {
    for path in output.files.keys() {
        let p = Path::new(path);
        if path.is_empty() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(Error::Unsafe {
                path: dir.join(path),
                reason: "an output path must stay inside the output folder".into(),
            });
        }
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent, "cannot create folder"))?;
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Unsafe {
            path: dir.to_path_buf(),
            reason: "it exists and is not a folder".into(),
        });
    }
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.staging-{pid}"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .map_err(io(&staging, "cannot remove old staging folder"))?;
    }
    std::fs::create_dir(&staging).map_err(io(&staging, "cannot create staging folder"))?;

    let result = fill(output, dir, &staging);
    let stats = match result {
        Ok(stats) => stats,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };

    if dir.exists() {
        let old = parent.join(format!(".{name}.old-{pid}"));
        std::fs::rename(dir, &old).map_err(io(dir, "cannot move the previous site aside"))?;
        if let Err(source) = std::fs::rename(&staging, dir) {
            // Put the previous site back rather than leave nothing.
            let _ = std::fs::rename(&old, dir);
            let _ = std::fs::remove_dir_all(&staging);
            return Err(Error::Io {
                path: dir.to_path_buf(),
                action: "cannot move the new site into place",
                source,
            });
        }
        std::fs::remove_dir_all(&old).map_err(io(&old, "cannot remove the previous site"))?;
    } else {
        std::fs::rename(&staging, dir).map_err(io(dir, "cannot move the new site into place"))?;
    }
    Ok(stats)
}

/// Writes every file into `staging`, hard-linking the ones whose bytes are unchanged in `dir`.
fn fill(output: &Output, dir: &Path, staging: &Path) -> Result<Stats, Error> {
    // Folders first, in order, so the parallel writes below never race to create them.
    let mut folders: Vec<&str> = output
        .files
        .keys()
        .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
        .collect();
    folders.dedup();
    for f in folders {
        let path = staging.join(f);
        std::fs::create_dir_all(&path).map_err(io(&path, "cannot create folder"))?;
    }
    let unchanged: Vec<bool> = output
        .files
        .par_iter()
        .map(|(rel, bytes)| {
            let target = staging.join(rel);
            let previous = dir.join(rel);
            let same = std::fs::metadata(&previous)
                .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
                && std::fs::read(&previous).is_ok_and(|old| old == *bytes);
            if same && std::fs::hard_link(&previous, &target).is_ok() {
                return Ok(true);
            }
            std::fs::write(&target, bytes).map_err(io(&target, "cannot write"))?;
            Ok(false)
        })
        .collect::<Result<_, Error>>()?;
    let kept = unchanged.iter().filter(|&&u| u).count();
    Ok(Stats {
        written: unchanged.len() - kept,
        unchanged: kept,
    })
}
