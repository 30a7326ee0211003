//! `digest import`: plain news texts → `content/<slug>.md` with YAML front matter.
//!
//! Reading a text (decode, clean, find its parts) is pure and lives in the submodules; this
//! module does the file work: which files, which slug, never overwriting a user's page.

mod actors;
mod aids;
pub mod article;
pub mod batch;
pub mod body;
mod broadcast;
pub mod clean;
mod closing;
mod compilation;
pub mod credits;
pub mod datefind;
pub mod dateline;
pub mod decode;
mod dialects;
pub mod entities;
mod exports;
mod frames;
mod gazetteer;
pub mod headline;
pub mod lang;
pub mod learned;
pub mod linefeatures;
pub mod lock;
mod newsroom;
pub mod similar;

pub mod page;
pub mod parts;
mod records;
mod relay;
pub mod salience;
mod selfname;
mod setting;
mod shortform;
pub mod store;
mod transport;
mod wrapper;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
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

impl Summary {
    fn count(&mut self, event: &Event) {
        match event {
            Event::Wrote { .. } | Event::WouldWrite { .. } => self.written += 1,
            Event::AlreadyImported { .. } => self.unchanged += 1,
            Event::Warning { .. } => self.warnings += 1,
            Event::Failed { .. } => self.failed += 1,
            Event::Waiting { .. } => {}
        }
    }
}

/// Runs the import, reporting each event to `report` as it happens. Fails as a whole only when
/// the output folder cannot be locked; each file's problem is an [`Event::Failed`].
pub fn run(options: &Options, report: &mut dyn FnMut(Event)) -> Result<Summary, Error> {
    let mut summary = Summary::default();
    let mut emit = |e: Event| {
        summary.count(&e);
        report(e);
    };
    let inputs = collect_all(&options.inputs, &mut emit);
    let _lock = lock_output(options, &mut emit)?;
    let mut store = Store::open(&options.out);
    // Reading and recognising are pure and run in parallel; what one text teaches about the
    // others (a source's footer, a tag every story has) needs them all first.
    let texts: Vec<Result<Text, Error>> = inputs
        .par_iter()
        .map(|file| read_text(&std::fs::read(file).map_err(Error::Read)?))
        .collect();
    let decoded: Vec<&str> = texts
        .iter()
        .filter_map(|t| t.as_ref().ok().map(|t| t.text.as_str()))
        .collect();
    let mut articles =
        batch::extract_all(&decoded, &options.aliases, &options.default_lang).into_iter();

    let mut near = NearDuplicates::default();
    for (file, text) in inputs.iter().zip(texts) {
        let result = text.and_then(|text| {
            let article = articles.next().flatten();
            import_one(options, file, text, article, &mut store, &mut near)
        });
        match result {
            Ok(events) => events.into_iter().for_each(&mut emit),
            Err(e) => emit(Event::Failed {
                file: file.clone(),
                message: e.to_string(),
            }),
        }
    }
    near.warnings().into_iter().for_each(&mut emit);
    Ok(summary)
}

/// Texts found to be near-duplicates of a page, grouped by that page, so 1,000 copies of one
/// story make one warning rather than 1,000 (or half a million, pair by pair).
#[derive(Default)]
struct NearDuplicates {
    of: BTreeMap<PathBuf, Vec<(PathBuf, f64)>>,
}

impl NearDuplicates {
    fn warnings(self) -> Vec<Event> {
        self.of
            .into_iter()
            .filter_map(|(page, texts)| {
                let (first, _) = texts.first()?.clone();
                let least = texts.iter().map(|(_, s)| *s).fold(1.0f64, f64::min);
                let message = if texts.len() == 1 {
                    format!(
                        "looks like a near-duplicate of {} ({:.0}% the same)",
                        page.display(),
                        least * 100.0
                    )
                } else {
                    let shown: Vec<String> = texts
                        .iter()
                        .take(5)
                        .map(|(f, _)| f.display().to_string())
                        .collect();
                    let more = match texts.len() - shown.len() {
                        0 => String::new(),
                        n => format!(" and {n} more"),
                    };
                    format!(
                        "{} texts look like near-duplicates of {} (each at least {:.0}% the same): {}{more}",
                        texts.len(),
                        page.display(),
                        least * 100.0,
                        shown.join(", ")
                    )
                };
                Some(Event::Warning {
                    file: first,
                    message,
                })
            })
            .collect()
    }
}

/// Every text file the inputs stand for; inputs that cannot be listed are reported.
fn collect_all(inputs: &[PathBuf], emit: &mut dyn FnMut(Event)) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in inputs {
        match collect(path) {
            Ok(found) if found.is_empty() => emit(Event::Warning {
                file: path.clone(),
                message: "no .txt files in this folder".into(),
            }),
            Ok(mut found) => files.append(&mut found),
            Err(e) => emit(Event::Failed {
                file: path.clone(),
                message: e.to_string(),
            }),
        }
    }
    files
}

/// The output folder's lock, held until the run ends. A dry run writes nothing, so it needs no
/// lock (and must not create the folder).
fn lock_output(
    options: &Options,
    emit: &mut dyn FnMut(Event),
) -> Result<Option<lock::Lock>, Error> {
    if options.dry_run {
        return Ok(None);
    }
    let waiting = || {
        emit(Event::Waiting {
            folder: options.out.clone(),
        })
    };
    lock::Lock::acquire(&options.out, waiting)
        .map(Some)
        .map_err(|source| Error::Lock {
            path: options.out.join(lock::LOCK_FILE),
            source,
        })
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
pub fn read_text(bytes: &[u8]) -> Result<Text, Error> {
    let (decoded, encoding) = decode::decode(bytes)?;
    let mut warnings: Vec<String> = decode::warning(&encoding).into_iter().collect();
    let (text, removed) = decode::strip_non_text(&decoded);
    if removed > 0 {
        warnings.push(format!(
            "removed {removed} character(s) that are not text (control characters or non-characters such as U+FFFE)"
        ));
    }
    Ok(Text {
        // Of the text as decoded, so that pages imported before non-text was removed still
        // match their text.
        checksum: checksum(&decoded),
        text,
        warnings,
    })
}

/// A text file read for import.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub text: String,
    pub checksum: String,
    pub warnings: Vec<String>,
}

/// The checksum a page records of the text it came from.
pub fn checksum(text: &str) -> String {
    format!("{:016x}", xxh3_64(text.trim().as_bytes()))
}

fn import_one(
    options: &Options,
    file: &Path,
    text: Text,
    article: Option<article::Article>,
    store: &mut Store,
    near: &mut NearDuplicates,
) -> Result<Vec<Event>, Error> {
    let mut events = Vec::new();
    let warn = |message: String| Event::Warning {
        file: file.to_path_buf(),
        message,
    };
    let Text {
        checksum, warnings, ..
    } = text;
    events.extend(warnings.into_iter().map(warn));
    let Some(article) = article else {
        events.push(warn("empty text: no page written".into()));
        return Ok(events);
    };

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
    if let Some((page, s)) = store.similar(&shingles, previous.as_deref()) {
        near.of
            .entry(page)
            .or_default()
            .push((file.to_path_buf(), s));
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
