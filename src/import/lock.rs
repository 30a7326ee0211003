//! One `digest import` at a time per output folder.
//!
//! Two runs that each read the folder and then write would both miss the other's pages: the
//! same text imported twice, or two texts racing for one slug. Holding an exclusive lock on a
//! file in the folder from the first read to the last write makes the runs take turns, so the
//! second run sees every page of the first. The lock is an OS file lock (`flock`), not the
//! file's existence: the kernel drops it when its process dies, so a crashed run leaves no
//! stale lock to guess about.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Hidden, so the content walker (and so `digest build`) never sees it.
pub const LOCK_FILE: &str = ".digest-import.lock";

/// Held while an import reads and writes its folder; released (and the file removed) on drop.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    _file: File,
}

impl Lock {
    /// Locks `dir` (created if missing), calling `waiting` once if another run holds it.
    pub fn acquire(dir: &Path, mut waiting: impl FnMut()) -> io::Result<Lock> {
        let path = dir.join(LOCK_FILE);
        let mut told = false;
        loop {
            std::fs::create_dir_all(dir)?;
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    if !told {
                        waiting();
                        told = true;
                    }
                    file.lock()?;
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
            // The run we waited for removed the file as it finished: our lock is on a file no
            // newcomer can open, so lock whatever is at the path now.
            if is_at(&file, &path) {
                return Ok(Lock { path, _file: file });
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked (the file closes after this), so a waiting run notices.
        if cfg!(unix) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(unix)]
fn is_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

// Elsewhere an open file cannot be removed, so the file stays and is always the one locked.
#[cfg(not(unix))]
fn is_at(_file: &File, _path: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = Lock::acquire(dir.path(), || panic!("nothing to wait for")).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let path = dir.path().to_path_buf();
        let second = std::thread::spawn(move || {
            let lock = Lock::acquire(&path, || tx.send("waiting").unwrap()).unwrap();
            tx.send("locked").unwrap();
            drop(lock);
        });
        assert_eq!(rx.recv().unwrap(), "waiting");
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(rx.try_recv().is_err(), "the second run must not lock yet");
        drop(first);
        assert_eq!(rx.recv().unwrap(), "locked");
        second.join().unwrap();
        assert!(!dir.path().join(LOCK_FILE).exists());
    }
}
