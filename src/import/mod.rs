//! `digest import`: plain news texts → `content/<slug>.md` with YAML front matter.
//!
//! Reading a text (decode, clean, find its parts) is pure and lives in the submodules; this
//! module does the file work: which files, which slug, never overwriting a user's page.

pub mod article;
pub mod body;
pub mod clean;
pub mod datefind;
pub mod dateline;
pub mod decode;
pub mod entities;
mod gazetteer;
pub mod headline;
pub mod lang;
pub mod lock;
pub mod similar;

pub mod page;
pub mod store;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use xxhash_rust::xxh3::xxh3_64;

use store::Store;

/// What `digest import` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files or folders (folders are searched for `*.txt`).
    pub inputs: Vec<PathBuf>,
    /// Where pages go (`content/` by default).
    pub out: PathBuf,
    pub force: bool,
    pub dry_run: bool,
    /// Tag spellings to merge, from `site.toml`.
    pub aliases: BTreeMap<String, String>,
    /// Language assumed when a text gives no evidence.
    pub default_lang: String,
}

/// Why one file, or the whole run, could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read: {0}")]
    Read(#[source] std::io::Error),
    #[error("cannot list the folder: {0}")]
    Walk(#[source] walkdir::Error),
    #[error(transparent)]
    Decode(#[from] decode::DecodeError),
    #[error("no date in the text and no file date: {0}")]
    NoDate(String),
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot lock {} against other imports: {source}", path.display())]
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Something the import did or found, for the command line to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Another `digest import` is writing to the same folder; this one waits for it.
    Waiting {
        folder: PathBuf,
    },
    Wrote {
        from: PathBuf,
        to: PathBuf,
        title: String,
    },
    /// `--dry-run`: the page that would be written, whole.
    WouldWrite {
        from: PathBuf,
        to: PathBuf,
        page: String,
    },
    AlreadyImported {
        from: PathBuf,
        page: PathBuf,
    },
    Warning {
        file: PathBuf,
        message: String,
    },
    Failed {
        file: PathBuf,
        message: String,
    },
}

/// Counts for the closing line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub written: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub warnings: usize,
}

/// Runs the import, reporting each event to `report` as it happens. Fails as a whole only when
/// the output folder cannot be locked; each file's problem is an [`Event::Failed`].
pub fn run(options: &Options, report: &mut dyn FnMut(Event)) -> Result<Summary, Error> {
    let mut summary = Summary::default();
    let mut emit = |e: Event, summary: &mut Summary| {
        match &e {
            Event::Wrote { .. } | Event::WouldWrite { .. } => summary.written += 1,
            Event::AlreadyImported { .. } => summary.unchanged += 1,
            Event::Warning { .. } => summary.warnings += 1,
            Event::Failed { .. } => summary.failed += 1,
            Event::Waiting { .. } => {}
        }
        report(e);
    };

    let mut inputs = Vec::new();
    for path in &options.inputs {
        match collect(path) {
            Ok(mut files) => {
                if files.is_empty() {
                    let message = "no .txt files in this folder".into();
                    emit(
                        Event::Warning {
                            file: path.clone(),
                            message,
                        },
                        &mut summary,
                    );
                }
                inputs.append(&mut files);
            }
            Err(e) => emit(
                Event::Failed {
                    file: path.clone(),
                    message: e.to_string(),
                },
                &mut summary,
            ),
        }
    }

    // A dry run writes nothing, so it needs no lock (and must not create the folder).
    let _lock = if options.dry_run {
        None
    } else {
        let folder = options.out.clone();
        let lock = lock::Lock::acquire(&options.out, || {
            emit(
                Event::Waiting {
                    folder: folder.clone(),
                },
                &mut summary,
            )
        })
        .map_err(|source| Error::Lock {
            path: options.out.join(lock::LOCK_FILE),
            source,
        })?;
        Some(lock)
    };
    let mut store = Store::open(&options.out);

    for file in inputs {
        match import_one(options, &file, &mut store) {
            Ok(events) => {
                for e in events {
                    emit(e, &mut summary);
                }
            }
            Err(e) => emit(
                Event::Failed {
                    file: file.clone(),
                    message: e.to_string(),
                },
                &mut summary,
            ),
        }
    }
    Ok(summary)
}

/// The `.txt` files a path stands for: the file itself, or those under a folder, sorted.
fn collect(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let meta = std::fs::metadata(path).map_err(Error::Read)?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    crate::walk::files(path, Some("txt")).map_err(Error::Walk)
}

/// Decodes a file's bytes and reads the article in it, with warnings about how.
pub fn read_text(bytes: &[u8]) -> Result<(String, Vec<String>), Error> {
    let (text, encoding) = decode::decode(bytes)?;
    let warnings = decode::warning(&encoding).into_iter().collect();
    Ok((text, warnings))
}

/// The checksum a page records of the text it came from.
pub fn checksum(text: &str) -> String {
    format!("{:016x}", xxh3_64(text.trim().as_bytes()))
}

fn import_one(options: &Options, file: &Path, store: &mut Store) -> Result<Vec<Event>, Error> {
    let mut events = Vec::new();
    let bytes = std::fs::read(file).map_err(Error::Read)?;
    let warn = |message: String| Event::Warning {
        file: file.to_path_buf(),
        message,
    };
    let (text, warnings) = read_text(&bytes)?;
    events.extend(warnings.into_iter().map(warn));
    let Some(article) = article::extract(&text, &options.aliases, &options.default_lang) else {
        events.push(warn("empty text: no page written".into()));
        return Ok(events);
    };
    let checksum = checksum(&text);

    // The same text imported before: leave the (possibly edited) page alone unless --force.
    let previous = store.imported(&checksum);
    if let Some(page) = &previous
        && !options.force
    {
        events.push(Event::AlreadyImported {
            from: file.to_path_buf(),
            page: page.clone(),
        });
        return Ok(events);
    }

    let date = match article.date {
        Some(d) => d,
        None => {
            let d = file_date(file)?;
            events.push(warn(format!(
                "no date found in the text; using the file's modification date {d}"
            )));
            d
        }
    };
    let shingles = similar::shingles(&article.body);
    for (path, s) in store.similar(&shingles, previous.as_deref()) {
        events.push(warn(format!(
            "looks like a near-duplicate of {} ({:.0}% the same)",
            path.display(),
            s * 100.0
        )));
    }

    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = page::render(&article, date, &name, &checksum);
    let base = page::base_slug(&article.title);
    if options.dry_run {
        let to = previous.unwrap_or_else(|| store.free_path(&base));
        events.push(Event::WouldWrite {
            from: file.to_path_buf(),
            to,
            page: text,
        });
        return Ok(events);
    }
    let to = match previous {
        Some(page) => store.replace(&page, &base, &text, &checksum, shingles)?,
        None => store.create(&base, &text, &checksum, shingles)?,
    };
    events.push(Event::Wrote {
        from: file.to_path_buf(),
        to,
        title: article.title,
    });
    Ok(events)
}

fn file_date(file: &Path) -> Result<Date, Error> {
    let modified = std::fs::metadata(file)
        .and_then(|m| m.modified())
        .map_err(|e| Error::NoDate(e.to_string()))?;
    let ts = jiff::Timestamp::try_from(modified).map_err(|e| Error::NoDate(e.to_string()))?;
    Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date())
}
