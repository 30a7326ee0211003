//! The output folder as the import sees it: the pages already there, the slugs `digest build`
//! would give them, and writing new pages without ever replacing one that exists.

use std::collections::{HashMap, HashSet};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Error, similar};

/// A page already in the output folder (or written by this run).
struct Existing {
    path: PathBuf,
    checksum: Option<String>,
    shingles: similar::Shingles,
}

/// The pages of one output folder and the slugs they take.
pub struct Store {
    out: PathBuf,
    /// Import checksum → the page that text became.
    checksums: HashMap<String, PathBuf>,
    near: similar::Index<PathBuf>,
    slugs: HashSet<String>,
}

impl Store {
    /// Reads every page under `out`, subfolders included, as `digest build` would find them.
    pub fn open(out: &Path) -> Store {
        let files = crate::content::markdown_files(out).unwrap_or_default();
        let read: Vec<(Existing, String)> = files.into_par_iter().filter_map(read_page).collect();
        let mut store = Store {
            out: out.to_path_buf(),
            checksums: HashMap::new(),
            near: similar::Index::default(),
            slugs: HashSet::new(),
        };
        for (page, slug) in read {
            store.slugs.insert(slug);
            store.add(page);
        }
        store
    }

    fn add(&mut self, page: Existing) {
        if let Some(checksum) = page.checksum {
            self.checksums.insert(checksum, page.path.clone());
        }
        self.near.find_or_add(page.path, page.shingles, None, true);
    }

    /// The page a text with this checksum was imported to, if any.
    pub fn imported(&self, checksum: &str) -> Option<PathBuf> {
        self.checksums.get(checksum).cloned()
    }

    /// The page (first of its group of near-duplicates) whose body is most nearly the same as
    /// `shingles`, with how similar; `except` is skipped.
    pub fn similar(
        &mut self,
        shingles: &similar::Shingles,
        except: Option<&Path>,
    ) -> Option<(PathBuf, f64)> {
        let except = except.map(Path::to_path_buf);
        let (rep, s) =
            self.near
                .find_or_add(PathBuf::new(), shingles.clone(), except.as_ref(), false)?;
        Some((self.near.key(rep).clone(), s))
    }

    /// `out/<slug>.md` for the first of `base`, `base-2`, … that no page has and no file uses.
    pub fn free_path(&self, base: &str) -> PathBuf {
        self.candidates(base)
            .find(|p| !p.exists())
            .unwrap_or_else(|| self.out.join(format!("{base}.md")))
    }

    /// Writes a new page at the first free slug, never replacing a file: a name another
    /// process took since the folder was read is skipped.
    pub fn create(
        &mut self,
        base: &str,
        text: &str,
        checksum: &str,
        shingles: similar::Shingles,
    ) -> Result<PathBuf, Error> {
        std::fs::create_dir_all(&self.out).map_err(|source| Error::Write {
            path: self.out.clone(),
            source,
        })?;
        let mut failure = None;
        let written = self
            .candidates(base)
            .find(|path| match write_new(path, text) {
                Ok(()) => true,
                Err(e) if e.kind() == ErrorKind::AlreadyExists => false,
                Err(source) => {
                    failure = Some(Error::Write {
                        path: path.clone(),
                        source,
                    });
                    true
                }
            });
        match (failure, written) {
            (Some(e), _) => Err(e),
            (None, Some(path)) => {
                self.remember(path.clone(), checksum, shingles);
                Ok(path)
            }
            // The candidates never end; this is only what an ended search would mean.
            (None, None) => Err(Error::Write {
                path: self.out.join(format!("{base}.md")),
                source: ErrorKind::AlreadyExists.into(),
            }),
        }
    }

    /// `--force`: rewrites the page this text was imported to, if it still holds that text's
    /// checksum; otherwise the text gets a new page, so nothing else is ever replaced.
    pub fn replace(
        &mut self,
        page: &Path,
        base: &str,
        text: &str,
        checksum: &str,
        shingles: similar::Shingles,
    ) -> Result<PathBuf, Error> {
        let still_ours = std::fs::read_to_string(page)
            .ok()
            .and_then(|t| page_checksum(&t))
            .is_some_and(|c| c == checksum);
        if !still_ours {
            self.checksums.retain(|_, p| p != page);
            return self.create(base, text, checksum, shingles);
        }
        write_replacing(page, text).map_err(|source| Error::Write {
            path: page.to_path_buf(),
            source,
        })?;
        self.near.remove(&page.to_path_buf());
        self.add(Existing {
            path: page.to_path_buf(),
            checksum: Some(checksum.to_string()),
            shingles,
        });
        Ok(page.to_path_buf())
    }

    fn candidates<'a>(&'a self, base: &'a str) -> impl Iterator<Item = PathBuf> + 'a {
        (1u64..)
            .map(move |n| match n {
                1 => base.to_string(),
                n => format!("{base}-{n}"),
            })
            .filter(|slug| !self.slugs.contains(slug))
            .map(|slug| self.out.join(format!("{slug}.md")))
    }

    fn remember(&mut self, path: PathBuf, checksum: &str, shingles: similar::Shingles) {
        if let Some(slug) = path.file_stem() {
            self.slugs.insert(slug.to_string_lossy().into_owned());
        }
        self.add(Existing {
            path,
            checksum: Some(checksum.to_string()),
            shingles,
        });
    }
}

/// A page and the slug `digest build` gives it. A page that does not build still takes the
/// slug of its file name, so that fixing it cannot make two pages collide.
fn read_page(path: PathBuf) -> Option<(Existing, String)> {
    let bytes = std::fs::read(&path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let (yaml, body) = match crate::content::frontmatter::split(text) {
        Ok((yaml, body, _, _)) => (Some(yaml), body),
        Err(_) => (None, ""),
    };
    // The build's own parser gives the slug; handed the front matter alone, it skips
    // rendering the body, which would triple the time to read a large site.
    let slug = yaml
        .and_then(|yaml| {
            crate::content::parse_page(&path, format!("---\n{yaml}---\n").as_bytes()).ok()
        })
        .map(|page| page.slug)
        .unwrap_or_else(|| slug::slugify(path.file_stem().unwrap_or_default().to_string_lossy()));
    let page = Existing {
        shingles: similar::shingles(body),
        checksum: page_checksum(text),
        path,
    };
    Some((page, slug))
}

fn page_checksum(text: &str) -> Option<String> {
    let (yaml, _, _, _) = crate::content::frontmatter::split(text).ok()?;
    let map = serde_yaml::from_str::<serde_yaml::Mapping>(yaml).ok()?;
    map.get("import_checksum")?.as_str().map(String::from)
}

/// Creates `path` with `text`, failing with `AlreadyExists` if anything is there. The text is
/// written to a hidden file first and linked into place, so the page appears whole or not at
/// all; where links are not supported, the page is created exclusively and written in place.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = temp_path(path);
    std::fs::write(&tmp, text)?;
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Err(e) if e.kind() != ErrorKind::AlreadyExists => {
            let mut file = std::fs::File::create_new(path)?;
            file.write_all(text.as_bytes()).inspect_err(|_| {
                let _ = std::fs::remove_file(path);
            })
        }
        other => other,
    }
}

fn write_replacing(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = temp_path(path);
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Hidden, so neither `digest build` nor another import reads a half-written page.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}
