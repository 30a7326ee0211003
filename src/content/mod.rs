//! Loading `content/**/*.md`: front matter, Markdown and slugs, in parallel.

pub mod frontmatter;
pub mod highlight;
pub mod markdown;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use frontmatter::FrontMatter;
use markdown::Rendered;

/// One article, read and rendered to HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The source file, as the user should see it in messages (relative to the site root).
    pub file: PathBuf,
    pub slug: String,
    pub meta: FrontMatter,
    pub body: Rendered,
    /// Summary as HTML: front matter `summary`, else text before `<!-- more -->`, else the first paragraph.
    pub summary_html: String,
    /// The summary as plain text, for `<meta name="description">`.
    pub summary_text: String,
    /// Minutes to read at 200 words a minute, at least 1.
    pub reading_minutes: usize,
}

/// A problem with one content file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: the file is not UTF-8 text (byte 0x{byte:02X}); save it as UTF-8", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        byte: u8,
    },
    #[error("{}:{line}{}: {message}", path.display(), column.map(|c| format!(":{c}")).unwrap_or_default())]
    FrontMatter {
        path: PathBuf,
        line: usize,
        column: Option<usize>,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    Slug { path: PathBuf, message: String },
    #[error("{}: {message}", path.display())]
    Section { path: PathBuf, message: String },
    #[error("{} and {} both have the slug `{slug}`: give one of them another `slug` in its front matter", first.display(), second.display())]
    DuplicateSlug {
        slug: String,
        first: PathBuf,
        second: PathBuf,
    },
    #[error("{}: {source}", path.display())]
    Walk {
        path: PathBuf,
        source: walkdir::Error,
    },
}

/// Every Markdown file under `dir`, in a stable order; hidden files and folders are skipped.
pub fn markdown_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    crate::walk::files(dir, Some("md")).map_err(|source| Error::Walk {
        path: dir.to_path_buf(),
        source,
    })
}

/// Reads and renders every article under `root/content`; all problems are returned, not just the first.
pub fn load(root: &Path) -> Result<Vec<Page>, Vec<Error>> {
    let files = markdown_files(&root.join("content")).map_err(|e| vec![e])?;
    let results: Vec<Result<Page, Error>> = files
        .par_iter()
        .map(|path| {
            let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
            let bytes = std::fs::read(path).map_err(|source| Error::Read {
                path: shown.clone(),
                source,
            })?;
            parse_page(&shown, &bytes)
        })
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(p) => pages.push(p),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(pages)
    } else {
        Err(errors)
    }
}

/// Parses one article from its bytes; `file` is only used in messages and as the slug fallback.
pub fn parse_page(file: &Path, bytes: &[u8]) -> Result<Page, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Error::NotUtf8 {
            path: file.to_path_buf(),
            line,
            column,
            byte: bytes[e.valid_up_to()],
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fm_error = |p: frontmatter::Problem| Error::FrontMatter {
        path: file.to_path_buf(),
        line: p.line,
        column: p.column,
        message: p.message,
    };
    let (yaml, body, first_line, _) = frontmatter::split(text).map_err(fm_error)?;
    let mut meta = frontmatter::parse(yaml, first_line).map_err(fm_error)?;
    if meta.section.is_none() {
        meta.section = folder_section(file)?;
    }
    let slug = page_slug(file, &meta)?;
    let mut body = markdown::render(body);
    let (summary_html, summary_text) = summary(&meta, &mut body);
    let reading_minutes = body.word_count.div_ceil(200).max(1);
    Ok(Page {
        file: file.to_path_buf(),
        slug,
        meta,
        body,
        summary_html,
        summary_text,
        reading_minutes,
    })
}

/// The summary as HTML and as text. The body's summary candidates are moved out, not copied:
/// every page is held for the whole build, so a second copy of each lead is memory for nothing.
fn summary(meta: &FrontMatter, body: &mut Rendered) -> (String, String) {
    let more = body.more_html.take();
    let first = body.first_paragraph_html.take();
    let lead = std::mem::take(&mut body.lead_text);
    if let Some(s) = &meta.summary {
        let s = s.trim();
        return (
            format!("<p>{}</p>", crate::escape::escape(s)),
            s.to_string(),
        );
    }
    let html = more.or(first).unwrap_or_default();
    (html, lead.trim().to_string())
}

/// The section of an article without `section`: the folder it sits in directly under
/// `content/` (Hugo's convention), its name written as a title (`dalam-negeri` → `Dalam Negeri`).
fn folder_section(file: &Path) -> Result<Option<String>, Error> {
    let parts: Vec<String> = file
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let Some(at) = parts.iter().position(|p| p == "content") else {
        return Ok(None);
    };
    // The folder only: a file directly in content/ has no section.
    let Some(folder) = parts.get(at + 1).filter(|_| at + 2 < parts.len()) else {
        return Ok(None);
    };
    let name = folder
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        return Ok(None);
    }
    match crate::site::lists::section_clash(&name) {
        Some(message) => Err(Error::Section {
            path: file.to_path_buf(),
            message: format!(
                "the folder content/{folder}/ gives its articles the section `{name}`: {message}; rename the folder or give the article its own `section`"
            ),
        }),
        None => Ok(Some(name)),
    }
}

/// The URL slug: front matter `slug` or the file name, made URL-safe; never a path.
fn page_slug(file: &Path, meta: &FrontMatter) -> Result<String, Error> {
    let bad = |message: String| Error::Slug {
        path: file.to_path_buf(),
        message,
    };
    let raw = match &meta.slug {
        Some(s) => {
            if s.contains(['/', '\\']) || s.trim() == ".." || s.trim() == "." {
                return Err(bad(format!(
                    "slug `{s}` would leave the articles folder: use letters, digits and dashes only"
                )));
            }
            s.clone()
        }
        None => file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let slug = slug::slugify(&raw);
    if slug.is_empty() {
        return Err(bad(format!(
            "slug `{raw}` has no letters or digits to make a URL from"
        )));
    }
    Ok(slug)
}

/// Fails with both file names when two pages share a slug.
pub fn check_unique_slugs<'a>(pages: impl IntoIterator<Item = &'a Page>) -> Result<(), Vec<Error>> {
    let mut seen: std::collections::HashMap<&str, &Path> = std::collections::HashMap::new();
    let mut errors = Vec::new();
    for p in pages {
        if let Some(first) = seen.insert(&p.slug, &p.file) {
            errors.push(Error::DuplicateSlug {
                slug: p.slug.clone(),
                first: first.to_path_buf(),
                second: p.file.clone(),
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(src: &str) -> Result<Page, Error> {
        parse_page(Path::new("content/a.md"), src.as_bytes())
    }

    #[test]
    fn summary_prefers_front_matter_then_more_then_first_paragraph() {
        let p = page("---\ntitle: T\ndate: 2026-01-01\nsummary: S <b>\n---\nFirst.\n").unwrap();
        assert_eq!(p.summary_html, "<p>S &lt;b&gt;</p>");
        let p =
            page("---\ntitle: T\ndate: 2026-01-01\n---\nA.\n\nB.\n\n<!-- more -->\nC.\n").unwrap();
        assert_eq!(p.summary_html, "<p>A.</p>\n<p>B.</p>\n");
        let p = page("---\ntitle: T\ndate: 2026-01-01\n---\n## H\n\nA.\n\nB.\n").unwrap();
        assert_eq!(p.summary_html, "<p>A.</p>\n");
    }

    #[test]
    fn traversal_slug_is_refused() {
        let e = page("---\ntitle: T\ndate: 2026-01-01\nslug: ../x\n---\n").unwrap_err();
        assert!(e.to_string().contains("would leave"), "{e}");
    }

    #[test]
    fn latin1_file_names_line() {
        let e = parse_page(Path::new("content/a.md"), b"---\ntitle: Caf\xe9\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "content/a.md:2:11: the file is not UTF-8 text (byte 0xE9); save it as UTF-8"
        );
    }

    #[test]
    fn bom_and_crlf_are_fine() {
        let p = page("\u{feff}---\r\ntitle: T\r\ndate: 2026-01-01\r\n---\r\nBody.\r\n").unwrap();
        assert_eq!(p.meta.title, "T");
        assert!(p.body.html().contains("Body."));
    }
}
