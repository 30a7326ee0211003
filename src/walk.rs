//! Listing a folder's files for the site: in a stable order, hidden files and folders skipped.

use std::path::{Path, PathBuf};

/// Every file under `dir` (with `extension`, if given), sorted by name; none if `dir` is not a
/// folder. Editors' hidden files (`.a.md.swp`) and folders (`.git`) are never site content.
pub fn files(dir: &Path, extension: Option<&str>) -> Result<Vec<PathBuf>, walkdir::Error> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry?;
        let wanted = extension.is_none_or(|x| entry.path().extension().is_some_and(|e| e == x));
        if entry.file_type().is_file() && wanted {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}
