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
pub mod headline;
pub mod lang;
pub mod similar;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use xxhash_rust::xxh3::xxh3_64;

use article::Article;

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

/// Something the import did or found, for the command line to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
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

/// A page already in the output folder.
struct Existing {
    path: PathBuf,
    checksum: Option<String>,
    shingles: HashSet<u64>,
}

/// Runs the import, reporting each event to `report` as it happens.
pub fn run(options: &Options, report: &mut dyn FnMut(Event)) -> Summary {
    let mut summary = Summary::default();
    let mut emit = |e: Event, summary: &mut Summary| {
        match &e {
            Event::Wrote { .. } | Event::WouldWrite { .. } => summary.written += 1,
            Event::AlreadyImported { .. } => summary.unchanged += 1,
            Event::Warning { .. } => summary.warnings += 1,
            Event::Failed { .. } => summary.failed += 1,
        }
        report(e);
    };

    let mut inputs = Vec::new();
    for path in &options.inputs {
        match collect(path) {
            Ok(mut files) => {
                if files.is_empty() {
                    emit(
                        Event::Warning {
                            file: path.clone(),
                            message: "no .txt files in this folder".into(),
                        },
                        &mut summary,
                    );
                }
                inputs.append(&mut files);
            }
            Err(message) => emit(
                Event::Failed {
                    file: path.clone(),
                    message,
                },
                &mut summary,
            ),
        }
    }

    let mut existing = existing_pages(&options.out);
    let mut taken: HashSet<PathBuf> = existing.iter().map(|e| e.path.clone()).collect();

    for file in inputs {
        match import_one(options, &file, &mut existing, &mut taken) {
            Ok(events) => {
                for e in events {
                    emit(e, &mut summary);
                }
            }
            Err(message) => emit(
                Event::Failed {
                    file: file.clone(),
                    message,
                },
                &mut summary,
            ),
        }
    }
    summary
}

/// The `.txt` files a path stands for: the file itself, or those under a folder, sorted.
fn collect(path: &Path) -> Result<Vec<PathBuf>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    crate::walk::files(path, Some("txt")).map_err(|e| e.to_string())
}

fn existing_pages(out: &Path) -> Vec<Existing> {
    let Ok(files) = crate::content::markdown_files(out) else {
        return Vec::new();
    };
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let (yaml, body, _, _) = crate::content::frontmatter::split(&text).ok()?;
            let checksum = serde_yaml::from_str::<serde_yaml::Mapping>(yaml)
                .ok()
                .and_then(|m| {
                    m.get("import_checksum")
                        .and_then(|v| v.as_str())
                        .map(String::from)
                });
            Some(Existing {
                shingles: similar::shingles(body),
                path,
                checksum,
            })
        })
        .collect()
}

fn import_one(
    options: &Options,
    file: &Path,
    existing: &mut Vec<Existing>,
    taken: &mut HashSet<PathBuf>,
) -> Result<Vec<Event>, String> {
    let mut events = Vec::new();
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    let (text, encoding) = decode::decode(&bytes).map_err(|e| e.to_string())?;
    let warn = |message: String| Event::Warning {
        file: file.to_path_buf(),
        message,
    };
    if encoding == decode::Encoding::Windows1252 {
        events.push(warn("not UTF-8: read as Windows-1252".into()));
    } else if encoding == decode::Encoding::RepairedMojibake {
        events.push(warn(
            "repaired text that had been mis-decoded before (mojibake)".into(),
        ));
    }
    let Some(article) = article::extract(&text, &options.aliases, &options.default_lang) else {
        events.push(warn("empty text: no page written".into()));
        return Ok(events);
    };
    let checksum = format!("{:016x}", xxh3_64(text.trim().as_bytes()));

    // The same text imported before: leave the (possibly edited) page alone unless --force.
    let previous = existing
        .iter()
        .find(|e| e.checksum.as_deref() == Some(checksum.as_str()))
        .map(|e| e.path.clone());
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
    for e in existing.iter() {
        if Some(&e.path) == previous.as_ref() {
            continue;
        }
        let s = similar::similarity(&shingles, &e.shingles);
        if s >= similar::THRESHOLD {
            events.push(warn(format!(
                "looks like a near-duplicate of {} ({:.0}% the same)",
                e.path.display(),
                s * 100.0
            )));
        }
    }

    let target = match previous {
        Some(page) => page,
        None => free_path(&options.out, &article.title, taken),
    };
    let page = render_page(&article, date, file, &checksum);
    taken.insert(target.clone());
    if options.dry_run {
        events.push(Event::WouldWrite {
            from: file.to_path_buf(),
            to: target,
            page,
        });
        return Ok(events);
    }
    write_atomic(&target, &page).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    existing.retain(|e| e.path != target);
    existing.push(Existing {
        path: target.clone(),
        checksum: Some(checksum),
        shingles,
    });
    events.push(Event::Wrote {
        from: file.to_path_buf(),
        to: target,
        title: article.title,
    });
    Ok(events)
}

fn file_date(file: &Path) -> Result<Date, String> {
    let modified = std::fs::metadata(file)
        .and_then(|m| m.modified())
        .map_err(|e| format!("no date in the text and no file date: {e}"))?;
    let ts = jiff::Timestamp::try_from(modified).map_err(|e| e.to_string())?;
    Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// `out/<slug>.md` for a title, made distinct from every page there or written in this run.
fn free_path(out: &Path, title: &str, taken: &HashSet<PathBuf>) -> PathBuf {
    let mut base = slug::slugify(title);
    if base.len() > 60 {
        let cut = base[..60].rfind('-').unwrap_or(60);
        base.truncate(cut);
    }
    if base.is_empty() {
        base = "artikel".into();
    }
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{base}.md")
        } else {
            format!("{base}-{n}.md")
        };
        let path = out.join(name);
        if !taken.contains(&path) && !path.exists() {
            return path;
        }
        n += 1;
    }
}

/// YAML double-quoted scalar: always parses, whatever the text holds.
pub fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render_page(a: &Article, date: Date, file: &Path, checksum: &str) -> String {
    let mut fm = String::from("---\n");
    fm.push_str(&format!("title: {}\n", yaml_string(&a.title)));
    fm.push_str(&format!("date: {date}\n"));
    if let Some(s) = &a.source {
        fm.push_str(&format!("source: {}\n", yaml_string(s)));
    }
    if let Some(l) = &a.location {
        fm.push_str(&format!("location: {}\n", yaml_string(l)));
    }
    fm.push_str(&format!("lang: {}\n", a.lang));
    let tags: Vec<String> = a.tags.iter().map(|t| yaml_string(t)).collect();
    fm.push_str(&format!("tags: [{}]\n", tags.join(", ")));
    fm.push_str(&format!("summary: {}\n", yaml_string(&a.summary)));
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    fm.push_str(&format!("imported_from: {}\n", yaml_string(&name)));
    fm.push_str(&format!("import_checksum: \"{checksum}\"\n"));
    fm.push_str("---\n\n");
    fm.push_str(&a.body);
    fm
}

fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_always_parse_back() {
        for s in [
            "Kata: \"ya\" # bukan komentar",
            "- dimulai tanda minus",
            "back\\slash & 'kutip' @ `x` {a: b} [c]",
            "multi\nline\ttab\u{1}",
            "yes",
            "2024-01-01",
        ] {
            let yaml = format!("k: {}\n", yaml_string(s));
            let v: serde_yaml::Mapping = serde_yaml::from_str(&yaml).unwrap();
            assert_eq!(v.get("k").and_then(|v| v.as_str()), Some(s), "{yaml}");
        }
    }
}
