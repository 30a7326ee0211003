//! `digest check`: finds what would make the site wrong — broken links and anchors in articles,
//! missing fields, shared slugs, near-duplicate tags — without writing anything.
//!
//! The site is rendered in memory exactly as `digest build` renders it, so a link is good when
//! the build really produces its page and anchor; no URL rule is repeated here.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::{self, load_config};
use crate::content::{self, Page, frontmatter};
use crate::output::Output;
use crate::render::{self, links, values::article_path};
use crate::site::{Site, taxonomy::tag_slug};
use crate::theme;

/// What `digest check` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// How bad a finding is: errors make `digest check` fail, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem, located in a file (and line) when it has a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub file: Option<PathBuf>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(column) = self.column {
                    write!(f, ":{column}")?;
                }
            }
            f.write_str(": ")?;
        }
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{severity}: {}", self.message)
    }
}

/// Everything `digest check` found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// In file order, then line order.
    pub findings: Vec<Finding>,
    /// How many article files were read.
    pub articles: usize,
}

impl Report {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The closing line: how much was checked and what was found.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let checked = plural(self.articles, "article");
        if self.findings.is_empty() {
            format!("checked {checked}: no problems found")
        } else {
            format!(
                "checked {checked}: {}, {}",
                plural(self.errors(), "error"),
                plural(self.warnings(), "warning")
            )
        }
    }
}

/// The text of one article file that parsed, for finding the line of a problem.
struct Source {
    file: PathBuf,
    text: String,
}

struct Collector {
    findings: Vec<Finding>,
}

impl Collector {
    fn push(
        &mut self,
        severity: Severity,
        file: Option<&Path>,
        line: Option<usize>,
        message: String,
    ) {
        self.findings.push(Finding {
            file: file.map(Path::to_path_buf),
            line,
            column: None,
            severity,
            message,
        });
    }

    fn error(&mut self, file: &Path, line: Option<usize>, message: String) {
        self.push(Severity::Error, Some(file), line, message);
    }

    fn warning(&mut self, file: &Path, line: Option<usize>, message: String) {
        self.push(Severity::Warning, Some(file), line, message);
    }

    fn content_error(&mut self, e: content::Error) {
        let (file, line, column, message) = match e {
            content::Error::Read { path, source } => {
                (Some(path), None, None, format!("cannot read: {source}"))
            }
            content::Error::NotUtf8 {
                path,
                line,
                column,
                byte,
            } => (
                Some(path),
                Some(line),
                Some(column),
                format!("the file is not UTF-8 text (byte 0x{byte:02X}); save it as UTF-8"),
            ),
            content::Error::FrontMatter {
                path,
                line,
                column,
                message,
            } => (Some(path), Some(line), column, message),
            content::Error::Slug { path, message } | content::Error::Section { path, message } => {
                (Some(path), None, None, message)
            }
            content::Error::DuplicateSlug {
                slug,
                first,
                second,
            } => (
                Some(second),
                None,
                None,
                format!(
                    "slug `{slug}` is also used by {}: give one of them another `slug` in its front matter",
                    first.display()
                ),
            ),
            e @ content::Error::Walk { .. } => (None, None, None, e.to_string()),
        };
        self.findings.push(Finding {
            file,
            line,
            column,
            severity: Severity::Error,
            message,
        });
    }
}

/// Checks the site at `options.root`; fails only when there is no site to check.
pub fn check(options: &Options) -> Result<Report, build::Error> {
    let root = &options.root;
    let config = load_config(root, options.base_url.as_deref())?;
    let mut out = Collector {
        findings: Vec::new(),
    };

    if !config.has_host() {
        let line = std::fs::read_to_string(root.join("site.toml"))
            .ok()
            .and_then(|t| {
                t.lines()
                    .position(|l| l.trim_start().starts_with("base_url"))
            })
            .map(|i| i + 1);
        out.warning(
            Path::new("site.toml"),
            line,
            format!(
                "base_url `{}` has no host: feeds and canonical links stay root-relative, and sitemap.xml, the Sitemap line of robots.txt and og:url are left out; set base_url = \"https://…\" or pass --base-url",
                config.base_url
            ),
        );
    }

    let (sources, mut pages, articles) = read_articles(root, &mut out);
    let texts: HashMap<&Path, &str> = sources
        .iter()
        .map(|s| (s.file.as_path(), s.text.as_str()))
        .collect();
    for page in &pages {
        check_fields(page, &mut out);
        check_file_date(page, &texts, &mut out);
    }
    if let Err(errors) = content::check_unique_slugs(&pages) {
        for e in errors {
            out.content_error(e);
        }
        // Only the first page with a slug is checked further, so one mistake is reported once.
        let mut seen = HashSet::new();
        pages.retain(|p| seen.insert(p.slug.clone()));
    }

    let site = Site::new(config, pages, options.drafts, jiff::Timestamp::now());
    check_tags(&site, &texts, &mut out);
    check_tag_kinds(&site, &texts, &mut out);
    match theme::load(root, &site.config.theme) {
        Err(e) => out.push(Severity::Error, None, None, e.to_string()),
        Ok(theme) => {
            check_images(&site, &theme, &mut out);
            match render::render(&site, &theme) {
                // An image problem stops the render too: it is reported once, above.
                Err(e) if out.findings.iter().any(|f| f.message == e.message) => {}
                Err(e) => out.push(
                    Severity::Error,
                    Some(Path::new(&e.origin)),
                    e.location.map(|(l, _)| l),
                    e.message,
                ),
                Ok(output) => check_links(&site, &output, &texts, &mut out),
            }
        }
    }

    // Site-wide findings first, then site.toml, then file by file in line order.
    let rank = |f: &Finding| match &f.file {
        None => 0,
        Some(p) if p == Path::new("site.toml") => 1,
        Some(_) => 2,
    };
    out.findings
        .sort_by(|a, b| (rank(a), &a.file, a.line).cmp(&(rank(b), &b.file, b.line)));
    Ok(Report {
        findings: out.findings,
        articles,
    })
}

/// Reads and parses every article; files that fail to parse become errors. Also returns how
/// many files there were.
fn read_articles(root: &Path, out: &mut Collector) -> (Vec<Source>, Vec<Page>, usize) {
    let files = match content::markdown_files(&root.join("content")) {
        Ok(files) => files,
        Err(e) => {
            out.content_error(e);
            return (Vec::new(), Vec::new(), 0);
        }
    };
    let results: Vec<Result<(Source, Page), content::Error>> = files
        .par_iter()
        .map(|path| {
            let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
            let bytes = std::fs::read(path).map_err(|source| content::Error::Read {
                path: shown.clone(),
                source,
            })?;
            let page = content::parse_page(&shown, &bytes)?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok((Source { file: shown, text }, page))
        })
        .collect();
    let mut sources = Vec::with_capacity(results.len());
    let mut pages = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok((s, p)) => {
                sources.push(s);
                pages.push(p);
            }
            Err(e) => out.content_error(e),
        }
    }
    (sources, pages, files.len())
}

/// Fields the build does not require but a reader misses.
fn check_fields(page: &Page, out: &mut Collector) {
    if page.summary_text.trim().is_empty() {
        out.warning(
            &page.file,
            None,
            "empty summary: add `summary:` to the front matter or start the body with a paragraph"
                .into(),
        );
    }
    if page.meta.source.is_none() {
        out.warning(
            &page.file,
            None,
            "no source: add `source:` with the outlet or the address the news comes from".into(),
        );
    }
}

/// Lead images: every one that cannot be used (a build stops at the first) and every one
/// without alt text.
fn check_images(site: &Site, theme: &theme::Theme, out: &mut Collector) {
    use crate::site::images::{self, Origin};
    for page in &site.pages {
        let Some(image) = &page.meta.image else {
            continue;
        };
        if image.alt.is_none() {
            out.warning(
                &page.file,
                Some(image.line),
                "the image has no `image_alt`: describe it for readers who cannot see it, or write `image_alt: \"\"` when it is only decoration".into(),
            );
        }
        let usable = images::origin(page).and_then(|found| match found {
            Some((image, origin @ (Origin::File(_) | Origin::Static(_)))) => {
                images::load(&site.config.root, theme, page, image, &origin).map(|_| ())
            }
            _ => Ok(()),
        });
        if let Err(e) = usable {
            out.error(&e.file, Some(e.line), e.problem.to_string());
        }
    }
}

/// An article dated by its text file's modification time needs a person to confirm the date.
fn check_file_date(page: &Page, texts: &HashMap<&Path, &str>, out: &mut Collector) {
    if !page.meta.date_from_file {
        return;
    }
    let line = texts
        .get(page.file.as_path())
        .and_then(|text| frontmatter::key_line_in_file(text, "date"));
    out.warning(
        &page.file,
        line,
        format!(
            "date {} taken from the text file's modification time; check it, then delete the `date_source: file` line",
            page.meta.date.machine()
        ),
    );
}

/// Warns in each article that gives a tag another kind than the one the site settled on
/// (the kind most articles give it).
fn check_tag_kinds(site: &Site, texts: &HashMap<&Path, &str>, out: &mut Collector) {
    for tag in &site.taxonomy.tags {
        let Some(chosen) = tag.kind else { continue };
        let Some((_, agreeing)) = tag.kinds_given.iter().find(|(k, _)| *k == chosen) else {
            continue;
        };
        let others = file_list(site, agreeing);
        let give = if agreeing.len() == 1 { "gives" } else { "give" };
        for (kind, pages) in tag.kinds_given.iter().filter(|(k, _)| *k != chosen) {
            for &i in pages {
                let file = &site.pages[i].file;
                let line = texts
                    .get(file.as_path())
                    .and_then(|text| frontmatter::key_line_in_file(text, "tag_kinds"));
                out.warning(
                    file,
                    line,
                    format!(
                        "`tag_kinds` gives `{}` the kind {}, but {others} {give} it the kind {}, which the site uses: give it one kind",
                        tag.name,
                        kind.as_str(),
                        chosen.as_str()
                    ),
                );
            }
        }
    }
}

/// "content/a.md", "content/a.md and content/b.md", "content/a.md, content/b.md and 3 more".
fn file_list(site: &Site, pages: &[usize]) -> String {
    const SHOWN: usize = 3;
    let names: Vec<String> = pages
        .iter()
        .take(SHOWN)
        .map(|&i| site.pages[i].file.display().to_string())
        .collect();
    match (names.as_slice(), pages.len().saturating_sub(SHOWN)) {
        ([one], _) => one.clone(),
        ([init @ .., last], 0) => format!("{} and {last}", init.join(", ")),
        (shown, more) => format!("{} and {more} more", shown.join(", ")),
    }
}

/// 1-based line of byte offset `pos` in `text`.
fn line_at(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// Where the Markdown body of `text` starts (a byte offset), or 0 when it cannot be told.
fn body_offset(text: &str) -> usize {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    frontmatter::split(&text[bom..])
        .map(|(_, body, _, _)| text.len() - body.len())
        .unwrap_or(0)
}

/// Every internal link and anchor in each article body must reach something the build makes.
fn check_links(site: &Site, output: &Output, texts: &HashMap<&Path, &str>, out: &mut Collector) {
    let config = &site.config;
    let base_path = config.base_path();
    let (origin, _) = links::split_origin(&config.base_url);
    let mut ids: HashMap<String, HashSet<String>> = HashMap::new();
    for page in &site.pages {
        let text = texts.get(page.file.as_path()).copied().unwrap_or("");
        let body_start = body_offset(text);
        // Each repeat of a link is looked up after the previous one, so lines stay right.
        let mut search_from: HashMap<String, usize> = HashMap::new();
        let mut locate = |reference: &str| -> Option<usize> {
            let from = search_from
                .get(reference)
                .copied()
                .unwrap_or(body_start)
                .min(text.len());
            let decoded = links::percent_decode(reference);
            let found = [reference, decoded.as_str()]
                .iter()
                .find_map(|needle| text[from..].find(needle).map(|i| (from + i, needle.len())));
            found.map(|(pos, len)| {
                search_from.insert(reference.to_string(), pos + len);
                line_at(text, pos)
            })
        };
        let page_url = config.url(&article_path(&page.slug));
        for reference in links::references(&page.body.html()) {
            let target = if links::has_scheme(&reference) || reference.starts_with("//") {
                // Only absolute links back into this site can be checked.
                let absolute = if reference.starts_with("//") {
                    format!("{}{reference}", origin.split("//").next().unwrap_or(""))
                } else {
                    reference.clone()
                };
                match (origin.is_empty(), absolute.strip_prefix(origin)) {
                    (false, Some(rest)) if rest.is_empty() || rest.starts_with(['/', '?', '#']) => {
                        links::resolve("/", rest)
                    }
                    _ => continue,
                }
            } else {
                links::resolve(&page_url, &reference)
            };
            let (path, fragment) = match target.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (target.as_str(), None),
            };
            let path = links::percent_decode(path.split('?').next().unwrap_or(""));
            let Some(inside) = path.strip_prefix(base_path) else {
                let line = locate(&reference);
                out.warning(
                    &page.file,
                    line,
                    format!(
                        "link `{reference}` leads outside the site (its pages are under {base_path}), so it cannot be checked"
                    ),
                );
                continue;
            };
            let Some(file) = output_file(output, inside) else {
                let line = locate(&reference);
                out.error(
                    &page.file,
                    line,
                    format!(
                        "broken link `{reference}`: the site has no page at {path}{}",
                        markdown_hint(site, inside)
                    ),
                );
                continue;
            };
            let Some(fragment) = fragment.map(links::percent_decode) else {
                continue;
            };
            // An empty fragment and `#top` go to the top of any page.
            if fragment.is_empty()
                || fragment.eq_ignore_ascii_case("top")
                || !file.ends_with(".html")
            {
                continue;
            }
            let known = ids.entry(file.clone()).or_insert_with(|| {
                let html = output
                    .files
                    .get(&file)
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .unwrap_or_default();
                links::ids(&html).into_iter().collect()
            });
            if !known.contains(&fragment) {
                let line = locate(&reference);
                out.error(
                    &page.file,
                    line,
                    format!(
                        "broken anchor `{reference}`: {path} has no element with id `{fragment}`"
                    ),
                );
            }
        }
    }
}

/// The output file a site path is served from, as a static host does it (`x/` → `x/index.html`,
/// and `x` → `x/index.html` through the host's redirect to `x/`).
fn output_file(output: &Output, inside: &str) -> Option<String> {
    if inside.is_empty() || inside.ends_with('/') {
        let index = format!("{inside}index.html");
        return output.files.contains_key(&index).then_some(index);
    }
    if output.files.contains_key(inside) {
        return Some(inside.to_string());
    }
    let index = format!("{inside}/index.html");
    output.files.contains_key(&index).then_some(index)
}

/// A hint for the common mistake of linking to an article's Markdown file.
fn markdown_hint(site: &Site, inside: &str) -> String {
    let Some(stem) = inside
        .strip_suffix(".md")
        .map(|p| p.rsplit('/').next().unwrap_or(p))
    else {
        return String::new();
    };
    site.pages
        .iter()
        .find(|p| p.file.file_stem().is_some_and(|s| s == stem))
        .map(|p| {
            format!(
                " (to link to {}, use {})",
                p.file.display(),
                site.config.url(&article_path(&p.slug))
            )
        })
        .unwrap_or_default()
}

/// Warns about tags that are probably one tag spelled two ways.
fn check_tags(site: &Site, texts: &HashMap<&Path, &str>, out: &mut Collector) {
    let tags = &site.taxonomy.tags;
    // The slug spells out symbols (`C++` → `c-plus-plus`) and folds accents, so removing its
    // dashes leaves only what distinguishes one spelling from another.
    let keys: Vec<Vec<char>> = tags
        .iter()
        .map(|t| tag_slug(&t.name).chars().filter(|&c| c != '-').collect())
        .collect();
    for a in 0..tags.len() {
        for b in a + 1..tags.len() {
            let (ka, kb) = (&keys[a], &keys[b]);
            let similar = ka == kb || {
                let shorter = ka.len().min(kb.len());
                // Short names differ meaningfully by one letter (Iran, Irak); longer ones rarely.
                let allowed = match shorter {
                    0..=4 => 0,
                    5..=11 => 1,
                    _ => 2,
                };
                allowed > 0
                    && ka.len().abs_diff(kb.len()) <= allowed
                    && digits(ka) == digits(kb)
                    && edit_distance(ka, kb) <= allowed
            };
            if !similar {
                continue;
            }
            // Point at the rarer spelling: that is the one to change.
            let (rare, common) = if tags[b].pages.len() <= tags[a].pages.len() {
                (&tags[b], &tags[a])
            } else {
                (&tags[a], &tags[b])
            };
            let Some(&first) = rare.pages.first() else {
                continue;
            };
            let file = &site.pages[first].file;
            let needle = rare.name.to_lowercase();
            let line = texts.get(file.as_path()).and_then(|text| {
                text[..body_offset(text)]
                    .lines()
                    .position(|l| l.to_lowercase().contains(&needle))
                    .map(|i| i + 1)
            });
            let count = |n: usize| format!("{n} article{}", if n == 1 { "" } else { "s" });
            out.warning(
                file,
                line,
                format!(
                    "tag `{}` ({}) looks like `{}` ({}): use one spelling, or add an alias under [taxonomies] in site.toml",
                    rare.name,
                    count(rare.pages.len()),
                    common.name,
                    count(common.pages.len()),
                ),
            );
        }
    }
}

fn digits(s: &[char]) -> Vec<char> {
    s.iter().copied().filter(char::is_ascii_digit).collect()
}

/// Levenshtein distance between `a` and `b`.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(
            edit_distance(&chars("amerikaserikat"), &chars("amerikaserikt")),
            1
        );
        assert_eq!(edit_distance(&chars(""), &chars("ab")), 2);
    }

    #[test]
    fn finding_format() {
        let f = Finding {
            file: Some(PathBuf::from("content/x.md")),
            line: Some(3),
            column: None,
            severity: Severity::Warning,
            message: "no source".into(),
        };
        assert_eq!(f.to_string(), "content/x.md:3: warning: no source");
    }
}
