//! The import corpus: texts written in many outlets' styles (`tests/import_corpus/*.txt`), each
//! beside the page a careful editor would publish (`*.expected.toml`). Every text is imported by
//! the real binary on its own, the page is scored field by field, and the totals must stay at or
//! above `tests/import_corpus/floors.toml`. The table is printed to stderr and written to
//! `target/import-corpus-report.txt` (`target/import-corpus-report-batch.txt` for the batch run).
//!
//! `DIGEST_CORPUS_REPORT_ONLY=1 cargo test --test import_corpus -- --nocapture` prints the
//! scores without asserting the floors.
//!
//! What the expected `tags` hold is settled in `tests/import_corpus/CONVENTIONS.md`; in short:
//! - the people, places and organisations a reader would follow, each under its full name;
//! - the dateline's place only when the body names it as where the story happens, beyond the
//!   dateline itself: not when it is only where someone spoke ("kata Asep di Jakarta, Selasa",
//!   "said at a press conference in Jakarta"), only inside a longer name ("Pengadilan Negeri
//!   Jakarta Selatan", "the Paris Olympics"), or not in the body at all;
//! - the site's home country (Indonesia, for this Indonesian-language site) only when it acts
//!   in the story ("Indonesia raised $2.5 billion", "Indonesia menawarkan…"), not when it is the
//!   setting or an attribute ("Indonesia's Riau province", "pembalap Indonesia").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use serde::Deserialize;

const SITE_TOML: &str = "title = \"Corpus\"\nlanguage = \"id\"\n";

/// The date every copied text's mtime is set to, so a text whose date should come from the
/// file gets a known one, and a text whose date is in it cannot pass by falling back to the file.
const FILE_DATE: &str = "2025-01-02";
/// Noon UTC of `FILE_DATE`, so the date is the same in every time zone a machine may use.
const FILE_DATE_UNIX: u64 = 1_735_819_200;

/// The scored fields, in table order; `all` is 1 when every other field is.
const FIELDS: [&str; 12] = [
    "title", "date", "source", "location", "authors", "lang", "summary", "headings", "lists",
    "noise", "body", "all",
];

/// What a careful editor would publish for one text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    outlet: String,
    title: String,
    #[serde(default)]
    title_from_lead: bool,
    date: Option<String>,
    date_source: Option<String>,
    source: Option<String>,
    location: Option<String>,
    authors: Vec<String>,
    lang: String,
    summary_prefix: String,
    headings: Vec<String>,
    lists: Vec<Vec<String>>,
    noise: Vec<String>,
    paragraphs: Vec<String>,
    tags: Vec<String>,
}

struct Case {
    name: String,
    text: PathBuf,
    expected: Expected,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_corpus")
}

/// Held-out set `n` (2–10): texts in outlets of their own, each written once the sets before it
/// had been used to develop the importer, so its scores tell whether the importer generalises.
/// (The first, once used, joined the corpus as texts 49–60; sets 7–9 were written at once by
/// three writers, and set 10 is the final test of issue 8.)
fn heldout_dir(n: usize) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/import_heldout{n}"))
}

fn load_corpus() -> Vec<Case> {
    load_cases(&corpus_dir())
}

/// Every `NN-outlet-slug.txt` in `dir` with its parsed expectations, sorted by name.
fn load_cases(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    for entry in fs::read_dir(dir).expect("texts folder") {
        let path = entry.expect("corpus entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        let exp_path = dir.join(format!("{stem}.expected.toml"));
        let raw =
            fs::read_to_string(&exp_path).unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
        let expected: Expected =
            toml::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
        cases.push(Case {
            name: stem.to_string(),
            text: path.clone(),
            expected,
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// A fresh temporary site holding a copy of each text under `raw/`, every copy dated
/// `FILE_DATE`.
fn site_with(cases: &[&Case]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("site.toml"), SITE_TOML).expect("site.toml");
    fs::create_dir(dir.path().join("raw")).expect("raw folder");
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(FILE_DATE_UNIX);
    for case in cases {
        let copy = dir.path().join("raw").join(format!("{}.txt", case.name));
        fs::copy(&case.text, &copy).expect("copy text");
        fs::File::options()
            .write(true)
            .open(&copy)
            .and_then(|f| f.set_modified(when))
            .expect("set mtime");
    }
    dir
}

fn import(site: &Path, input: &Path) -> std::process::Output {
    Command::cargo_bin("digest")
        .expect("digest binary")
        .current_dir(site)
        .arg("import")
        .arg(input)
        .arg("--out")
        .arg(site.join("content"))
        .output()
        .expect("run digest import")
}

/// A written page: its front matter and its Markdown body.
struct Page {
    front: serde_yaml::Value,
    body: String,
}

fn read_page(path: &Path) -> Result<Page, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| format!("{}: no front matter", path.display()))?;
    let end = rest
        .find("\n---\n")
        .ok_or_else(|| format!("{}: front matter not closed", path.display()))?;
    let front =
        serde_yaml::from_str(&rest[..end]).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Page {
        front,
        body: rest[end + 5..].to_string(),
    })
}

/// All pages under `content/`, keyed by the text they were imported from (`imported_from`,
/// else the page's own name).
fn pages_by_source(content: &Path) -> BTreeMap<String, Vec<Page>> {
    let mut pages: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    let Ok(entries) = fs::read_dir(content) else {
        return pages;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Ok(page) = read_page(&path) else { continue };
        let from = text_field(&page.front, "imported_from")
            .and_then(|f| f.strip_suffix(".txt").map(str::to_string))
            .unwrap_or_else(|| {
                path.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into()
            });
        pages.entry(from).or_default().push(page);
    }
    pages
}

/// A scalar front-matter value as trimmed text; empty counts as absent.
fn text_field(front: &serde_yaml::Value, key: &str) -> Option<String> {
    let v = front.get(key)?;
    let s = match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// A list of names in the front matter: plain strings, or maps with a `name` (tags and authors
/// may grow a kind or a URL).
fn name_list(front: &serde_yaml::Value, key: &str) -> Vec<String> {
    let Some(serde_yaml::Value::Sequence(items)) = front.get(key) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item {
            serde_yaml::Value::String(s) => Some(s.trim().to_string()),
            serde_yaml::Value::Mapping(_) => text_field(item, "name"),
            _ => None,
        })
        .collect()
}

/// Undoes Markdown backslash escapes and collapses whitespace, so the body compares with the
/// text as a reader sees it.
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line set wholly in bold or italics (`**Iklan**`, `_Laporan: Arsal_`) as its words.
fn unemphasised(s: &str) -> &str {
    let t = s.trim();
    ["**", "__", "*", "_"]
        .iter()
        .find_map(|m| {
            let inner = t.strip_prefix(m)?.strip_suffix(m)?;
            (!inner.is_empty() && !inner.contains(&m[..1]) && inner.trim() == inner)
                .then_some(inner)
        })
        .unwrap_or(t)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body's paragraphs, `## ` headings and list items (`- `, `* `, `1. `), each in order.
#[derive(Default)]
struct Body {
    paragraphs: Vec<String>,
    headings: Vec<String>,
    lists: Vec<Vec<String>>,
    plain: String,
}

fn list_item(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some(rest);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "));
    }
    None
}

fn parse_body(md: &str) -> Body {
    let mut body = Body {
        plain: plain(md),
        ..Body::default()
    };
    let mut para: Vec<&str> = Vec::new();
    // A list stays open across blank lines (a loose list) until other text comes.
    let mut in_list = false;
    let flush = |para: &mut Vec<&str>, body: &mut Body| {
        if !para.is_empty() {
            body.paragraphs.push(plain(&para.join(" ")));
            para.clear();
        }
    };
    for line in md.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut para, &mut body);
        } else if let Some(h) = trimmed.strip_prefix("## ") {
            flush(&mut para, &mut body);
            body.headings.push(plain(h));
            in_list = false;
        } else if let Some(item) = list_item(trimmed) {
            flush(&mut para, &mut body);
            if !in_list {
                body.lists.push(Vec::new());
                in_list = true;
            }
            body.lists.last_mut().expect("open list").push(plain(item));
        } else if in_list && para.is_empty() && line.starts_with(char::is_whitespace) {
            // An indented continuation of the last item.
            if let Some(last) = body.lists.last_mut().and_then(|l| l.last_mut()) {
                *last = plain(&format!("{last} {trimmed}"));
            }
        } else {
            in_list = false;
            para.push(trimmed);
        }
    }
    flush(&mut para, &mut body);
    body
}

/// One text's scores (1 or 0 per field) and its tag differences.
struct Row {
    name: String,
    scores: [u8; FIELDS.len()],
    tags_found: usize,
    tags_right: usize,
    tags_expected: usize,
    extra_tags: Vec<String>,
    missing_tags: Vec<String>,
    /// Each failed field with what the page gave and what was expected, in short.
    failures: Vec<String>,
    note: String,
}

/// A noise line of the expected page is kept when the body holds its words more often than the
/// expected story does: a kicker, section or topic link the story's own sentences also write
/// ("NSW", "Banjarbaru", "Bury Council") is met only when the line itself stays, where a plain
/// substring test could never be met.
fn noise_kept(exp: &Expected, body_plain: &str, noise: &str) -> bool {
    // The importer reads a line set wholly in bold or italics (`*Baca juga:*`) by its words.
    let n = plain(unemphasised(noise));
    if n.is_empty() {
        return false;
    }
    let story = exp
        .paragraphs
        .iter()
        .chain(&exp.headings)
        .chain(exp.lists.iter().flatten());
    let want: usize = story.map(|p| plain(p).matches(n.as_str()).count()).sum();
    body_plain.matches(n.as_str()).count() > want
}

fn title_ok(exp: &Expected, got: Option<&str>) -> bool {
    let Some(got) = got else { return false };
    if !exp.title_from_lead {
        return got == exp.title.trim();
    }
    // A title cut from the lead sentence: any non-empty prefix of it, with a cut mark allowed.
    let cut = got
        .trim_end_matches(['…', '.'])
        .trim_end_matches([',', ';', ':', ' ']);
    let lead = exp
        .paragraphs
        .first()
        .map(|p| collapse(p))
        .unwrap_or_default();
    !cut.is_empty() && got.chars().count() <= 110 && lead.starts_with(&collapse(cut))
}

fn score(case: &Case, page: &Page) -> Row {
    let exp = &case.expected;
    let front = &page.front;
    let body = parse_body(&page.body);
    let want_date = match exp.date_source.as_deref() {
        Some("file") => Some(FILE_DATE.to_string()),
        _ => exp.date.clone(),
    };
    let got_date = text_field(front, "date").map(|d| d.chars().take(10).collect::<String>());
    let summary = text_field(front, "summary").map(|s| collapse(&s));
    let want_paras: Vec<String> = exp.paragraphs.iter().map(|p| collapse(p)).collect();
    let want_lists: Vec<Vec<String>> = exp
        .lists
        .iter()
        .map(|l| l.iter().map(|i| collapse(i)).collect())
        .collect();
    let want_heads: Vec<String> = exp.headings.iter().map(|h| collapse(h)).collect();

    let mut s = [0u8; FIELDS.len()];
    s[0] = title_ok(exp, text_field(front, "title").as_deref()).into();
    s[1] = (got_date == want_date).into();
    s[2] = (text_field(front, "source") == exp.source.clone()).into();
    s[3] = (text_field(front, "location") == exp.location.clone()).into();
    s[4] = (name_list(front, "authors") == exp.authors).into();
    s[5] = (text_field(front, "lang").as_deref() == Some(exp.lang.as_str())).into();
    s[6] = summary
        .as_ref()
        .is_some_and(|s| s.starts_with(&collapse(&exp.summary_prefix)))
        .into();
    s[7] = (body.headings == want_heads).into();
    s[8] = (body.lists == want_lists).into();
    s[9] = exp
        .noise
        .iter()
        .all(|n| !noise_kept(exp, &body.plain, n))
        .into();
    s[10] = (body.paragraphs == want_paras).into();
    s[11] = s[..11].iter().all(|&v| v == 1).into();

    let got = Got {
        title: text_field(front, "title"),
        date: got_date,
        want_date,
        summary,
        body: &body,
    };
    let failures = failures(exp, front, &s, &got);
    let got_tags: Vec<String> = name_list(front, "tags");
    let got_set: BTreeSet<String> = got_tags.iter().map(|t| tag_key(t)).collect();
    let want_set: BTreeSet<String> = exp.tags.iter().map(|t| tag_key(t)).collect();
    let right = got_set.intersection(&want_set).count();
    Row {
        name: case.name.clone(),
        scores: s,
        tags_found: got_set.len(),
        tags_right: right,
        tags_expected: want_set.len(),
        extra_tags: got_tags
            .iter()
            .filter(|t| !want_set.contains(&tag_key(t)))
            .cloned()
            .collect(),
        missing_tags: exp
            .tags
            .iter()
            .filter(|t| !got_set.contains(&tag_key(t)))
            .cloned()
            .collect(),
        failures,
        note: String::new(),
    }
}

/// A tag as the scorer compares it: the library's own key (administrative words and legal
/// forms dropped, CONVENTIONS.md), which the tag model's labels use too.
use digest::import::salience::tag_key;

/// What the page gave for the fields that need more than a front-matter lookup.
struct Got<'a> {
    title: Option<String>,
    date: Option<String>,
    want_date: Option<String>,
    summary: Option<String>,
    body: &'a Body,
}

/// Cuts `s` to about `n` characters for a one-line report.
fn short(s: &str, n: usize) -> String {
    let s = collapse(s);
    if s.chars().count() <= n {
        return s;
    }
    let cut: String = s.chars().take(n).collect();
    format!("{cut}…")
}

/// Two long texts that share their start, each shown from a few words before they part.
fn from_difference(got: &str, want: &str) -> (String, String) {
    let (g, w) = (collapse(got), collapse(want));
    let same = g
        .char_indices()
        .zip(w.chars())
        .find(|((_, a), b)| a != b)
        .map_or(g.len().min(w.len()), |((i, _), _)| i);
    let start = g[..same].rfind(' ').map_or(0, |i| i + 1);
    let start = if same > 40 { start } else { 0 };
    let mark = if start > 0 { "…" } else { "" };
    (
        format!("{mark}{}", short(&g[start..], 60)),
        format!("{mark}{}", short(&w[start..], 60)),
    )
}

fn opt(v: &Option<String>) -> String {
    v.as_deref().map_or_else(|| "-".into(), |s| short(s, 60))
}

/// The first place two lists of paragraphs (or items) part, as "got" / "want".
fn first_difference(got: &[String], want: &[String]) -> (String, String) {
    let at = got
        .iter()
        .zip(want)
        .position(|(g, w)| g != w)
        .unwrap_or(got.len().min(want.len()));
    let show = |v: &[String]| {
        v.get(at).map_or_else(
            || format!("(no #{})", at + 1),
            |p| format!("#{} {}", at + 1, short(p, 70)),
        )
    };
    (show(got), show(want))
}

/// For each failed field, a short "field: got … | want …" line, so a report can be read
/// without a debugger.
fn failures(exp: &Expected, front: &serde_yaml::Value, s: &[u8], got: &Got) -> Vec<String> {
    let mut out = Vec::new();
    let mut put = |i: usize, g: String, w: String| {
        if s[i] == 0 {
            out.push(format!("{}: got {g} | want {w}", FIELDS[i]));
        }
    };
    let (g, w) = from_difference(got.title.as_deref().unwrap_or("-"), &exp.title);
    put(0, g, w);
    put(1, opt(&got.date), opt(&got.want_date));
    put(2, opt(&text_field(front, "source")), opt(&exp.source));
    put(3, opt(&text_field(front, "location")), opt(&exp.location));
    put(
        4,
        format!("{:?}", name_list(front, "authors")),
        format!("{:?}", exp.authors),
    );
    put(5, opt(&text_field(front, "lang")), exp.lang.clone());
    put(6, opt(&got.summary), short(&exp.summary_prefix, 60));
    put(
        7,
        format!("{:?}", got.body.headings),
        format!("{:?}", exp.headings),
    );
    let flat = |l: &[Vec<String>]| l.iter().flatten().cloned().collect::<Vec<_>>();
    let want_items: Vec<String> = exp.lists.iter().flatten().map(|i| collapse(i)).collect();
    let (g, w) = first_difference(&flat(&got.body.lists), &want_items);
    put(8, g, w);
    let kept: Vec<String> = exp
        .noise
        .iter()
        .filter(|n| noise_kept(exp, &got.body.plain, n))
        .map(|n| short(n, 50))
        .collect();
    put(9, format!("kept {kept:?}"), "removed".into());
    let want_paras: Vec<String> = exp.paragraphs.iter().map(|p| collapse(p)).collect();
    let (g, w) = first_difference(&got.body.paragraphs, &want_paras);
    put(10, g, w);
    out
}

/// A row of zeros for a text that gave no page.
fn failed(case: &Case, note: String) -> Row {
    Row {
        name: case.name.clone(),
        scores: [0; FIELDS.len()],
        tags_found: 0,
        tags_right: 0,
        tags_expected: case.expected.tags.len(),
        extra_tags: Vec::new(),
        missing_tags: case.expected.tags.clone(),
        failures: Vec::new(),
        note,
    }
}

/// Scores a text against the pages imported from it: exactly one page is expected.
fn score_pages(case: &Case, pages: Option<&Vec<Page>>, stderr: &str) -> Row {
    match pages.map(Vec::as_slice) {
        None | Some([]) => {
            let why = stderr.lines().next().unwrap_or("no page written");
            failed(case, format!("no page: {why}"))
        }
        Some([page]) => score(case, page),
        Some(more) => {
            // A stitched text split into pages is scored on the page closest to the first
            // story, the one an editor keeps.
            let best = more
                .iter()
                .map(|page| score(case, page))
                .max_by_key(|row| row.scores.iter().map(|&s| u32::from(s)).sum::<u32>());
            let mut row = best.unwrap_or_else(|| failed(case, String::new()));
            row.note = format!("{} pages written", more.len());
            row
        }
    }
}

struct Totals {
    fields: [usize; FIELDS.len()],
    texts: usize,
    precision: f64,
    recall: f64,
    /// Tags right, tags written, tags expected.
    tag_counts: (usize, usize, usize),
}

fn totals(rows: &[Row]) -> Totals {
    let mut fields = [0usize; FIELDS.len()];
    for row in rows {
        for (t, &s) in fields.iter_mut().zip(&row.scores) {
            *t += usize::from(s);
        }
    }
    let found: usize = rows.iter().map(|r| r.tags_found).sum();
    let right: usize = rows.iter().map(|r| r.tags_right).sum();
    let expected: usize = rows.iter().map(|r| r.tags_expected).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Totals {
        fields,
        texts: rows.len(),
        precision: ratio(right, found),
        recall: ratio(right, expected),
        tag_counts: (right, found, expected),
    }
}

fn report(title: &str, rows: &[Row], t: &Totals) -> String {
    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(5);
    let mut out = format!("{title}\n\n");
    let _ = write!(out, "{:width$}", "text");
    for f in FIELDS {
        let _ = write!(out, " {f:>8}");
    }
    let _ = writeln!(out, "   tags ok/got/want");
    for row in rows {
        let _ = write!(out, "{:width$}", row.name);
        for s in row.scores {
            let _ = write!(out, " {:>8}", if s == 1 { "1" } else { "." });
        }
        let _ = writeln!(
            out,
            "   {}/{}/{} {}",
            row.tags_right, row.tags_found, row.tags_expected, row.note
        );
    }
    let (right, found, expected) = t.tag_counts;
    let _ = write!(out, "{:width$}", "TOTAL");
    for k in t.fields {
        let _ = write!(out, " {:>8}", format!("{k}/{}", t.texts));
    }
    let _ = writeln!(
        out,
        "\n\ntags: precision {:.3} ({right}/{found}), recall {:.3} ({right}/{expected}) \
         (micro, case-insensitive exact names, administrative words and legal forms dropped)\n",
        t.precision, t.recall
    );
    for row in rows {
        if !row.extra_tags.is_empty() || !row.missing_tags.is_empty() {
            let _ = writeln!(
                out,
                "{}: extra {:?} missing {:?}",
                row.name, row.extra_tags, row.missing_tags
            );
        }
    }
    out.push_str("\nfailed fields, got vs want:\n");
    for row in rows.iter().filter(|r| !r.failures.is_empty()) {
        let _ = writeln!(out, "{}:", row.name);
        for f in &row.failures {
            let _ = writeln!(out, "    {f}");
        }
    }
    out
}

fn publish(file: &str, text: &str) {
    eprintln!("{text}");
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir);
    if let Err(e) = fs::write(target.join(file), text) {
        eprintln!("could not write the report {file}: {e}");
    }
}

fn report_only() -> bool {
    std::env::var_os("DIGEST_CORPUS_REPORT_ONLY").is_some_and(|v| v == "1")
}

/// Floors are whole counts per field, `tag_precision`/`tag_recall` are fractions.
fn check_floors(t: &Totals) {
    let path = corpus_dir().join("floors.toml");
    let raw = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let floors: toml::Table =
        toml::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut below = Vec::new();
    for (i, field) in FIELDS.iter().enumerate() {
        let floor = floors
            .get(*field)
            .and_then(toml::Value::as_integer)
            .unwrap_or_else(|| panic!("floors.toml has no whole-number floor for `{field}`"));
        if (t.fields[i] as i64) < floor {
            below.push(format!("{field}: {} < floor {floor}", t.fields[i]));
        }
    }
    for (key, got) in [("tag_precision", t.precision), ("tag_recall", t.recall)] {
        let floor = floors
            .get(key)
            .and_then(toml::Value::as_float)
            .unwrap_or_else(|| panic!("floors.toml has no fractional floor for `{key}`"));
        // Floors are written rounded down to three decimals.
        if got + 1e-9 < floor {
            below.push(format!("{key}: {got:.3} < floor {floor}"));
        }
    }
    assert!(
        below.is_empty(),
        "the importer fell below the corpus floors:\n{}",
        below.join("\n")
    );
}

/// Imports `case` alone into a fresh site and scores it; also gives the exit status.
fn import_alone(case: &Case) -> (Row, Option<i32>) {
    let site = site_with(&[case]);
    let input = site.path().join("raw").join(format!("{}.txt", case.name));
    let out = import(site.path(), &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "{}: digest import panicked:\n{stderr}",
        case.name
    );
    let pages = pages_by_source(&site.path().join("content"));
    let row = score_pages(case, pages.get(&case.name), &stderr);
    (row, out.status.code())
}

#[test]
fn each_text_imported_alone_scores_at_least_the_floors() {
    let cases = load_corpus();
    let rows: Vec<Row> = cases.iter().map(|c| import_alone(c).0).collect();
    let t = totals(&rows);
    publish(
        "import-corpus-report.txt",
        &report("digest import, one text per run", &rows, &t),
    );
    if !report_only() {
        check_floors(&t);
    }
}

/// Imports every text of a held-out set alone, writes its report to `report_file`, and checks
/// only that each text imported and that the set is big and new: at least 12 texts in at least
/// 10 outlets, none of them an outlet of the corpus or of an earlier held-out set in `earlier`.
/// Report only: no floors, so the set stays a measurement and is never tuned against.
fn score_held_out_set(dir: &Path, report_file: &str, title: &str, earlier: &[PathBuf]) {
    let cases = load_cases(dir);
    let mut rows = Vec::new();
    let mut failed_imports = Vec::new();
    for case in &cases {
        let (row, code) = import_alone(case);
        if code != Some(0) {
            failed_imports.push(format!("{}: exit {code:?}", case.name));
        }
        rows.push(row);
    }
    let t = totals(&rows);
    publish(report_file, &report(title, &rows, &t));
    assert!(
        failed_imports.is_empty(),
        "held-out texts not imported:\n{}",
        failed_imports.join("\n")
    );
    assert!(cases.len() >= 12, "only {} held-out texts", cases.len());
    let known_outlets: BTreeSet<String> = std::iter::once(corpus_dir())
        .chain(earlier.iter().cloned())
        .flat_map(|d| load_cases(&d))
        .map(|c| c.expected.outlet)
        .collect();
    let outlets: BTreeSet<&str> = cases.iter().map(|c| c.expected.outlet.as_str()).collect();
    assert!(
        outlets.len() >= 10,
        "only {} held-out outlets",
        outlets.len()
    );
    let seen: Vec<&&str> = outlets
        .iter()
        .filter(|o| known_outlets.contains(**o))
        .collect();
    assert!(seen.is_empty(), "outlets already used: {seen:?}");
}

/// Scores held-out set `n` against every set before it (none may share an outlet with it).
fn score_heldout(n: usize, ordinal: &str) {
    // Every development set must be here (a missing one fails loudly). A test set may be missing
    // while it is still being written (set 112 when 111 and 113 joined training), or in a
    // writer's tree, where the sets written at the same time in other worktrees are not merged
    // yet; once merged they are checked against each other.
    let earlier: Vec<PathBuf> = (2..n)
        .filter(|&k| DEVELOPMENT_SETS.contains(&k) || heldout_dir(k).is_dir())
        .map(heldout_dir)
        .collect();
    score_held_out_set(
        &heldout_dir(n),
        &format!("import-heldout{n}-report.txt"),
        &format!("digest import, {ordinal} held-out set, one text per run"),
        &earlier,
    );
}

#[test]
fn second_held_out_set_is_scored_and_reported() {
    score_heldout(2, "second");
}

#[test]
fn third_held_out_set_is_scored_and_reported() {
    score_heldout(3, "third");
}

#[test]
fn fourth_held_out_set_is_scored_and_reported() {
    score_heldout(4, "fourth");
}

#[test]
fn fifth_held_out_set_is_scored_and_reported() {
    score_heldout(5, "fifth");
}

#[test]
fn sixth_held_out_set_is_scored_and_reported() {
    score_heldout(6, "sixth");
}

#[test]
fn heldout_7_is_scored_and_reported() {
    score_heldout(7, "seventh");
}

#[test]
fn heldout_8_is_scored_and_reported() {
    score_heldout(8, "eighth");
}

#[test]
fn heldout_9_is_scored_and_reported() {
    score_heldout(9, "ninth");
}

#[test]
fn heldout_10_is_scored_and_reported() {
    score_heldout(10, "tenth");
}

#[test]
fn heldout_11_is_scored_and_reported() {
    score_heldout(11, "eleventh");
}

#[test]
fn heldout_12_is_scored_and_reported() {
    score_heldout(12, "twelfth");
}

#[test]
fn heldout_13_is_scored_and_reported() {
    score_heldout(13, "thirteenth");
}

#[test]
fn heldout_14_is_scored_and_reported() {
    score_heldout(14, "fourteenth");
}

#[test]
fn heldout_15_is_scored_and_reported() {
    score_heldout(15, "fifteenth");
}

#[test]
fn heldout_16_is_scored_and_reported() {
    score_heldout(16, "sixteenth");
}

#[test]
fn heldout_17_is_scored_and_reported() {
    score_heldout(17, "seventeenth");
}

#[test]
fn heldout_18_is_scored_and_reported() {
    score_heldout(18, "eighteenth");
}

#[test]
fn heldout_19_is_scored_and_reported() {
    score_heldout(19, "nineteenth");
}

#[test]
fn heldout_20_is_scored_and_reported() {
    score_heldout(20, "twentieth");
}

#[test]
fn heldout_21_is_scored_and_reported() {
    score_heldout(21, "twenty-first");
}

#[test]
fn heldout_22_is_scored_and_reported() {
    score_heldout(22, "twenty-second");
}

#[test]
fn heldout_23_is_scored_and_reported() {
    score_heldout(23, "twenty-third");
}

#[test]
fn heldout_24_is_scored_and_reported() {
    score_heldout(24, "twenty-fourth");
}

#[test]
fn heldout_25_is_scored_and_reported() {
    score_heldout(25, "twenty-fifth");
}

#[test]
fn heldout_26_is_scored_and_reported() {
    score_heldout(26, "twenty-sixth");
}

#[test]
fn heldout_27_is_scored_and_reported() {
    score_heldout(27, "twenty-seventh");
}

#[test]
fn heldout_28_is_scored_and_reported() {
    score_heldout(28, "twenty-eighth");
}

#[test]
fn heldout_29_is_scored_and_reported() {
    score_heldout(29, "twenty-ninth");
}

#[test]
fn heldout_30_is_scored_and_reported() {
    score_heldout(30, "thirtieth");
}

#[test]
fn heldout_31_is_scored_and_reported() {
    score_heldout(31, "thirty-first");
}

#[test]
fn heldout_32_is_scored_and_reported() {
    score_heldout(32, "thirty-second");
}

#[test]
fn heldout_33_is_scored_and_reported() {
    score_heldout(33, "thirty-third");
}

#[test]
fn heldout_34_is_scored_and_reported() {
    score_heldout(34, "thirty-fourth");
}

#[test]
fn heldout_35_is_scored_and_reported() {
    score_heldout(35, "thirty-fifth");
}

#[test]
fn heldout_36_is_scored_and_reported() {
    score_heldout(36, "thirty-sixth");
}

#[test]
fn heldout_37_is_scored_and_reported() {
    score_heldout(37, "thirty-seventh");
}

#[test]
fn heldout_38_is_scored_and_reported() {
    score_heldout(38, "thirty-eighth");
}

#[test]
fn heldout_39_is_scored_and_reported() {
    score_heldout(39, "thirty-ninth");
}

#[test]
fn heldout_40_is_scored_and_reported() {
    score_heldout(40, "fortieth");
}

#[test]
fn heldout_41_is_scored_and_reported() {
    score_heldout(41, "forty-first");
}

#[test]
fn heldout_42_is_scored_and_reported() {
    score_heldout(42, "forty-second");
}

#[test]
fn heldout_43_is_scored_and_reported() {
    score_heldout(43, "forty-third");
}

#[test]
fn heldout_44_is_scored_and_reported() {
    score_heldout(44, "forty-fourth");
}

#[test]
fn heldout_45_is_scored_and_reported() {
    score_heldout(45, "forty-fifth");
}

#[test]
fn heldout_46_is_scored_and_reported() {
    score_heldout(46, "forty-sixth");
}

#[test]
fn heldout_47_is_scored_and_reported() {
    score_heldout(47, "forty-seventh");
}

#[test]
fn heldout_48_is_scored_and_reported() {
    score_heldout(48, "forty-eighth");
}

#[test]
fn heldout_49_is_scored_and_reported() {
    score_heldout(49, "forty-ninth");
}

#[test]
fn heldout_50_is_scored_and_reported() {
    score_heldout(50, "fiftieth");
}

#[test]
fn heldout_51_is_scored_and_reported() {
    score_heldout(51, "fifty-first");
}

#[test]
fn heldout_52_is_scored_and_reported() {
    score_heldout(52, "fifty-second");
}

#[test]
fn heldout_53_is_scored_and_reported() {
    score_heldout(53, "fifty-third");
}

#[test]
fn heldout_54_is_scored_and_reported() {
    score_heldout(54, "fifty-fourth");
}

#[test]
fn heldout_55_is_scored_and_reported() {
    score_heldout(55, "fifty-fifth");
}

#[test]
fn heldout_56_is_scored_and_reported() {
    score_heldout(56, "fifty-sixth");
}

#[test]
fn heldout_57_is_scored_and_reported() {
    score_heldout(57, "fifty-seventh");
}

#[test]
fn heldout_58_is_scored_and_reported() {
    score_heldout(58, "fifty-eighth");
}

#[test]
fn heldout_59_is_scored_and_reported() {
    score_heldout(59, "fifty-ninth");
}

#[test]
fn heldout_60_is_scored_and_reported() {
    score_heldout(60, "sixtieth");
}

#[test]
fn heldout_61_is_scored_and_reported() {
    score_heldout(61, "sixty-first");
}

#[test]
fn heldout_62_is_scored_and_reported() {
    score_heldout(62, "sixty-second");
}

#[test]
fn heldout_63_is_scored_and_reported() {
    score_heldout(63, "sixty-third");
}

#[test]
fn heldout_64_is_scored_and_reported() {
    score_heldout(64, "sixty-fourth");
}

#[test]
fn heldout_65_is_scored_and_reported() {
    score_heldout(65, "sixty-fifth");
}

#[test]
fn heldout_66_is_scored_and_reported() {
    score_heldout(66, "sixty-sixth");
}

#[test]
fn heldout_67_is_scored_and_reported() {
    score_heldout(67, "sixty-seventh");
}

#[test]
fn heldout_68_is_scored_and_reported() {
    score_heldout(68, "sixty-eighth");
}

#[test]
fn heldout_69_is_scored_and_reported() {
    score_heldout(69, "sixty-ninth");
}

#[test]
fn heldout_70_is_scored_and_reported() {
    score_heldout(70, "seventieth");
}

#[test]
fn heldout_71_is_scored_and_reported() {
    score_heldout(71, "seventy-first");
}

#[test]
fn heldout_72_is_scored_and_reported() {
    score_heldout(72, "seventy-second");
}

#[test]
fn heldout_73_is_scored_and_reported() {
    score_heldout(73, "seventy-third");
}

#[test]
fn heldout_74_is_scored_and_reported() {
    score_heldout(74, "seventy-fourth");
}

#[test]
fn heldout_75_is_scored_and_reported() {
    score_heldout(75, "seventy-fifth");
}

#[test]
fn heldout_76_is_scored_and_reported() {
    score_heldout(76, "seventy-sixth");
}

#[test]
fn heldout_77_is_scored_and_reported() {
    score_heldout(77, "seventy-seventh");
}

#[test]
fn heldout_78_is_scored_and_reported() {
    score_heldout(78, "seventy-eighth");
}

#[test]
fn the_whole_corpus_imported_at_once_reports_errors_per_file() {
    let cases = load_corpus();
    let refs: Vec<&Case> = cases.iter().collect();
    let site = site_with(&refs);
    let out = import(site.path(), &site.path().join("raw"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "digest import panicked:\n{stderr}"
    );
    let code = out.status.code();
    assert!(
        code == Some(0) || code == Some(1),
        "exit status {code:?}:\n{stderr}"
    );
    if code == Some(1) {
        assert!(
            cases
                .iter()
                .any(|c| stderr.contains(&format!("{}.txt", c.name))),
            "a failed batch names the files that failed:\n{stderr}"
        );
    }
    let pages = pages_by_source(&site.path().join("content"));
    let rows: Vec<Row> = cases
        .iter()
        .map(|case| score_pages(case, pages.get(&case.name), ""))
        .collect();
    let t = totals(&rows);
    publish(
        "import-corpus-report-batch.txt",
        &report(
            "digest import, the whole corpus in one run (not floored yet)",
            &rows,
            &t,
        ),
    );
}

#[test]
fn the_corpus_is_big_varied_and_fully_specified() {
    let cases = load_corpus();
    let dir = corpus_dir();
    for entry in fs::read_dir(&dir).expect("corpus folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".expected.toml") {
            assert!(
                dir.join(format!("{stem}.txt")).is_file(),
                "{name} has no text beside it"
            );
        } else {
            assert!(
                name.ends_with(".txt") || name == "floors.toml" || name == "CONVENTIONS.md",
                "unexpected file in the corpus: {name}"
            );
        }
    }
    assert!(cases.len() >= 40, "only {} texts", cases.len());
    let outlets: BTreeSet<&str> = cases.iter().map(|c| c.expected.outlet.as_str()).collect();
    assert!(
        outlets.len() >= 20,
        "only {} outlets: {outlets:?}",
        outlets.len()
    );
    let english = cases.iter().filter(|c| c.expected.lang == "en").count();
    assert!(english >= 14, "only {english} English texts");
    for case in &cases {
        let e = &case.expected;
        let n = &case.name;
        let numbered = n.len() > 3 && n.as_bytes()[..2].iter().all(u8::is_ascii_digit);
        assert!(
            numbered && n.as_bytes()[2] == b'-',
            "{n}: name is not NN-outlet-slug"
        );
        assert!(
            ["id", "en"].contains(&e.lang.as_str()),
            "{n}: lang {}",
            e.lang
        );
        match (&e.date, e.date_source.as_deref()) {
            (Some(d), None) => assert!(
                d.len() == 10 && d.parse::<jiff::civil::Date>().is_ok(),
                "{n}: date {d} is not YYYY-MM-DD"
            ),
            (None, Some("file")) => {}
            other => panic!("{n}: give either a date or date_source = \"file\", got {other:?}"),
        }
        assert!(!e.title.trim().is_empty(), "{n}: empty title");
        assert!(!e.paragraphs.is_empty(), "{n}: no paragraphs");
        assert!(
            collapse(&e.paragraphs[0]).starts_with(&collapse(&e.summary_prefix)),
            "{n}: summary_prefix is not the lead's start"
        );
        assert!(
            (2..=10).contains(&e.tags.len()),
            "{n}: {} tags",
            e.tags.len()
        );
        for noise in &e.noise {
            assert!(
                !e.paragraphs.iter().any(|p| p.contains(noise.as_str())),
                "{n}: noise {noise:?} is inside an expected paragraph"
            );
        }
    }
}

/// CONVENTIONS.md, "The dateline and the body": the dateline opening a lead (`JAKARTA,
/// KOMPAS.com -`, `Maumere –`, `SEOUL, Dec. 1 (Korea Bizwire) —`) is the page's metadata, so no
/// set's first paragraph (nor its summary_prefix, which the corpus test holds to be the
/// paragraph's start) may open with one. Three writers kept it there before this was checked.
/// A name followed by a dash that a second dash closes is an apposition ("Mario Aji - pembalap
/// asal Magetan … - finis"), not a dateline.
#[test]
fn no_expected_lead_opens_with_a_dateline() {
    let dateline = regex::Regex::new(
        r"^\(?[A-Z][\w.'’ /]{1,40}?(\s*\([^)]{1,30}\))?(,[^.!?]{0,60}?)?\s+(-{1,3}|–|—|:)\s",
    )
    .expect("dateline pattern");
    let dirs =
        std::iter::once(corpus_dir()).chain((2..1000).map(heldout_dir).filter(|d| d.is_dir()));
    let mut found = Vec::new();
    let mut texts = 0;
    for dir in dirs {
        for case in load_cases(&dir) {
            texts += 1;
            let lead = &case.expected.paragraphs[0];
            let Some(m) = dateline.captures(lead) else {
                continue;
            };
            let whole = m.get(0).expect("whole match");
            let mark = m.get(3).expect("the dash").as_str();
            let sentence = lead[whole.end()..].split(". ").next().unwrap_or("");
            let apposition = mark != ":" && sentence.contains(&format!(" {mark} "));
            if whole.as_str().len() < 80 && !apposition {
                found.push(format!("{}: {:?}", case.name, whole.as_str()));
            }
        }
    }
    assert!(texts > 1000, "only {texts} expected files read");
    assert!(
        found.is_empty(),
        "first paragraphs opening with a dateline (CONVENTIONS.md, \"The dateline and the body\"):\n{}",
        found.join("\n")
    );
}

/// Markdown for `text` with every character a renderer could read as markup escaped, as a
/// careful importer would write it.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\*_[]<>#|`-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    // A paragraph starting "1. " would otherwise be a list item.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(". ") {
        out.insert(digits, '\\');
    }
    out
}

/// The page an importer that got everything right would write for `case`.
fn ideal_page(case: &Case) -> String {
    let e = &case.expected;
    let mut front = serde_yaml::Mapping::new();
    let mut put = |k: &str, v: serde_yaml::Value| {
        front.insert(k.into(), v);
    };
    let title = if e.title_from_lead {
        e.paragraphs[0].chars().take(60).collect::<String>()
    } else {
        e.title.clone()
    };
    put("title", title.into());
    let date = e.date.clone().unwrap_or_else(|| FILE_DATE.to_string());
    put("date", date.into());
    if let Some(s) = &e.source {
        put("source", s.clone().into());
    }
    if let Some(l) = &e.location {
        put("location", l.clone().into());
    }
    put("authors", e.authors.clone().into());
    put("lang", e.lang.clone().into());
    put("summary", e.paragraphs[0].clone().into());
    put("tags", e.tags.clone().into());
    put("imported_from", format!("{}.txt", case.name).into());
    let yaml = serde_yaml::to_string(&front).expect("front matter to YAML");
    let mut body = String::new();
    for h in &e.headings {
        let _ = write!(body, "## {}\n\n", escaped(h));
    }
    for list in &e.lists {
        for item in list {
            let _ = writeln!(body, "- {}", escaped(item));
        }
        body.push('\n');
    }
    for p in &e.paragraphs {
        let _ = write!(body, "{}\n\n", escaped(p));
    }
    format!("---\n{yaml}---\n\n{body}")
}

#[test]
fn tags_compare_without_administrative_words_or_legal_forms() {
    // The conventions let an expected file write either form; a name inside stays compared.
    let same = [
        ("PT Bank Mandiri (Persero) Tbk", "Bank Mandiri"),
        ("Perum Bulog", "bulog"),
        ("Sarawak Metro Sdn Bhd", "Sarawak Metro"),
        ("Acme Holdings, Inc.", "Acme Holdings"),
        ("Kabupaten Timor Tengah Selatan", "Timor Tengah Selatan"),
    ];
    for (a, b) in same {
        assert_eq!(tag_key(a), tag_key(b), "{a} / {b}");
    }
    let different = [("Cokro Ltd", "Co Kro"), ("Sdn Jaya", "Jaya"), ("PT", "")];
    for (a, b) in different {
        assert_ne!(tag_key(a), tag_key(b), "{a} / {b}");
    }
}

#[test]
fn a_page_exactly_as_expected_scores_full_marks() {
    // Guards the scorer itself: were it unable to give full marks, the floors would mean nothing.
    let dir = tempfile::tempdir().expect("temp dir");
    for case in load_corpus() {
        let path = dir.path().join(format!("{}.md", case.name));
        fs::write(&path, ideal_page(&case)).expect("write page");
        let page = read_page(&path).expect("read page back");
        let row = score(&case, &page);
        let wrong: Vec<&str> = FIELDS
            .iter()
            .zip(row.scores)
            .filter(|(_, s)| *s == 0)
            .map(|(f, _)| *f)
            .collect();
        assert!(wrong.is_empty(), "{}: {wrong:?} scored 0", case.name);
        assert_eq!(
            (row.tags_right, row.tags_found),
            (row.tags_expected, row.tags_expected),
            "{}",
            case.name
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The training texts with their layout changed as another browser, mail client or editor would
// paste them (issue 8): the words are the same, so an importer that recognises an article's parts
// rather than one paste's layout publishes the same page. A measurement, not a floor: the report
// lists, per variant, the texts right as written that a variant makes wrong.

/// A layout change that keeps every word, and whether it applies to a text.
struct Variant {
    name: &'static str,
    what: &'static str,
    change: fn(&str, &Expected) -> String,
    /// The texts the change keeps the meaning of: a text already hard-wrapped marks paragraphs
    /// by blank lines alone, so its blank lines stay; a text whose paragraphs stand on
    /// consecutive lines, once wrapped, no longer says where one paragraph ends.
    applies: fn(&str, &Expected) -> bool,
    /// The change writes the outlet's name into a line of its own (an app's share line): a
    /// text whose page names no source is then expected to take that name.
    names_outlet: bool,
}

const VARIANTS: [Variant; 6] = [
    Variant {
        name: "crlf",
        what: "Windows line ends (CR LF)",
        change: |t, _| t.replace('\n', "\r\n"),
        applies: |_, _| true,
        names_outlet: false,
    },
    Variant {
        name: "wrapped",
        what: "every paragraph line hard-wrapped at 76 columns",
        change: |t, e| wrap(t, |line| holds_paragraph(line, e)),
        applies: paragraphs_apart,
        names_outlet: false,
    },
    Variant {
        name: "wrapped-all",
        what: "every line hard-wrapped at 76 columns, headline and captions too",
        change: |t, _| wrap(t, |_| true),
        applies: paragraphs_apart,
        names_outlet: false,
    },
    Variant {
        name: "indented",
        what: "every line indented by two spaces, trailing spaces after it",
        change: |t, _| {
            t.lines()
                .map(|l| {
                    if l.trim().is_empty() {
                        String::new()
                    } else {
                        format!("  {l}  ")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        },
        applies: |_, _| true,
        names_outlet: false,
    },
    Variant {
        name: "no-blank-lines",
        what: "the blank lines between blocks removed",
        change: |t, _| rejoined(t, "\n"),
        applies: |t, _| !written_wrapped(t),
        names_outlet: false,
    },
    Variant {
        name: "spaced",
        what: "a blank line after every line",
        change: |t, _| rejoined(t, "\n\n"),
        applies: |t, _| !written_wrapped(t),
        names_outlet: false,
    },
];

/// The text's lines that hold something, joined by `between`.
fn rejoined(text: &str, between: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(between)
}

/// Whether a line of the text holds an expected paragraph (the lead's dateline before it or not).
fn holds_paragraph(line: &str, e: &Expected) -> bool {
    let t = line.trim_end();
    e.paragraphs
        .iter()
        .any(|p| !p.trim().is_empty() && t.ends_with(p.trim()))
}

/// Whether blank lines part the text's paragraphs: no two lines in a row hold one each.
fn paragraphs_apart(text: &str, e: &Expected) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    !lines
        .windows(2)
        .any(|w| holds_paragraph(w[0], e) && holds_paragraph(w[1], e))
}

/// The text with each line `chosen` picks broken at spaces into lines of at most 76 characters.
fn wrap(text: &str, chosen: impl Fn(&str) -> bool) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.trim_end();
        if !chosen(t) || t.chars().count() <= 76 {
            out.push(t.to_string());
            continue;
        }
        let mut row = String::new();
        for word in t.split(' ').filter(|w| !w.is_empty()) {
            if !row.is_empty() && row.chars().count() + 1 + word.chars().count() > 76 {
                out.push(std::mem::take(&mut row));
            }
            if !row.is_empty() {
                row.push(' ');
            }
            row.push_str(word);
        }
        out.push(row);
    }
    out.join("\n") + "\n"
}

/// A text written hard-wrapped: most of its longer lines end near one width.
fn written_wrapped(text: &str) -> bool {
    let long: Vec<usize> = text
        .lines()
        .map(|l| l.chars().count())
        .filter(|&n| n > 40)
        .collect();
    long.len() >= 6 && long.iter().filter(|&&n| n <= 80).count() * 10 >= long.len() * 9
}

// Paste modes (round 19): the furniture another way of copying the same story brings along —
// an app's "share as text", a site menu above the headline, an e-paper page, a reader view, a
// newsletter email. Every added line is invented furniture that the expected page leaves out,
// but for the share line's outlet name, which a page that names no source then takes (round 23:
// an editor credits the outlet the app names); every word of the story is kept.
const PASTE_VARIANTS: [Variant; 5] = [
    Variant {
        name: "share",
        what: "an app's share as text: the headline, a link line to the story (date and headline \
               slug), `Shared from the X app` / `Dibagikan dari aplikasi X`, then the rest",
        change: shared,
        applies: |t, e| headline_at(t, e).is_some(),
        names_outlet: true,
    },
    Variant {
        name: "menu",
        what: "a cookie banner, a site menu (one item a line), `Login | Register` and a \
               breadcrumb pasted above the text",
        change: under_menu,
        applies: |_, _| true,
        names_outlet: false,
    },
    Variant {
        name: "epaper",
        what: "an e-paper page: paragraphs hard-wrapped at 60 columns with print hyphenation \
               (`kebija-`/`kan`, a word's own hyphen at a line end), a jump line and the next \
               page's header after the second paragraph",
        change: epaper,
        applies: |t, e| paragraphs_apart(t, e) && e.paragraphs.len() >= 3,
        names_outlet: false,
    },
    Variant {
        name: "reader",
        what: "a browser's reader view: the lines the expected page drops as noise below the \
               lead removed, except those naming the writer, the source or the date's year",
        change: reader_view,
        applies: |t, e| reader_view(t, e) != t,
        names_outlet: false,
    },
    Variant {
        name: "email",
        what: "a newsletter email: From/Subject/Date(/To) header lines and `View in browser` / \
               `Lihat versi web` above the text",
        change: emailed,
        applies: |_, _| true,
        names_outlet: false,
    },
];

/// The index of the line that is the expected headline, when the text writes one.
fn headline_at(text: &str, e: &Expected) -> Option<usize> {
    if e.title_from_lead {
        return None;
    }
    let title = collapse(&e.title);
    text.lines().position(|l| collapse(l) == title)
}

/// The lowercase words of `s` joined by hyphens, at most eight: a link's slug.
fn slug(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// The outlet's name as a made-up host name.
fn host(e: &Expected) -> String {
    format!("www.{}.example", mail_name(e))
}

/// The outlet's name in lower-case letters and digits, as a made-up host or mail name.
fn mail_name(e: &Expected) -> String {
    e.outlet
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

/// The expected date as `yyyy/mm/dd`, or a fixed day when the text has none.
fn date_path(e: &Expected) -> String {
    match (&e.date, e.date_source.as_deref()) {
        (Some(d), None) if d.len() >= 10 => d[..10].replace('-', "/"),
        _ => "2025/12/01".into(),
    }
}

fn shared(text: &str, e: &Expected) -> String {
    let at = headline_at(text, e).unwrap_or(0);
    let mut out: Vec<String> = text.lines().map(str::to_string).collect();
    let link = format!("https://{}/{}/{}", host(e), date_path(e), slug(&e.title));
    let app = if e.lang == "id" {
        format!("Dibagikan dari aplikasi {}", e.outlet)
    } else {
        format!("Shared from the {} app", e.outlet)
    };
    out.insert(at + 1, link);
    out.insert(at + 2, app);
    out.join("\n") + "\n"
}

fn under_menu(text: &str, e: &Expected) -> String {
    let menu = if e.lang == "id" {
        "Situs ini menggunakan cookie agar Anda mendapat pengalaman terbaik. Setuju\nBeranda\n\
         Berita\nEkonomi\nOlahraga\nMasuk | Daftar\nBeranda › Berita › Daerah\n"
    } else {
        "We use cookies to give you the best experience on our site. Accept\nHome\nNews\n\
         Business\nSport\nLogin | Register\nHome › News › World\n"
    };
    format!("{menu}\n{text}")
}

/// The month names of the text's language.
fn month(e: &Expected, m: usize) -> &'static str {
    let months = if e.lang == "id" {
        digest::dates::ID_MONTHS
    } else {
        digest::dates::EN_MONTHS
    };
    months[m - 1]
}

/// The expected date written out (`4 Desember 2025`), when the text has one of its own.
fn date_words(e: &Expected) -> Option<String> {
    let d = e.date.as_deref().filter(|_| e.date_source.is_none())?;
    let (y, m, day) = (d.get(..4)?, d.get(5..7)?, d.get(8..10)?);
    let m: usize = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: usize = day.parse().ok()?;
    Some(format!("{day} {} {y}", month(e, m)))
}

/// A paragraph line broken into lines of at most `width` characters as a print page sets it:
/// a long lowercase word that does not fit is hyphenated, and a word with its own hyphen may
/// break after it.
fn print_set(line: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut row = String::new();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let len = |s: &str| s.chars().count();
        if row.is_empty() || len(&row) + 1 + len(word) <= width {
            if !row.is_empty() {
                row.push(' ');
            }
            row.push_str(word);
            continue;
        }
        let room = width.saturating_sub(len(&row) + 2);
        let chars: Vec<char> = word.chars().collect();
        let own = word
            .find('-')
            .filter(|&i| i > 0 && len(&word[..=i]) <= room + 1 && i + 1 < word.len());
        if let Some(i) = own {
            row.push(' ');
            row.push_str(&word[..=i]);
            out.push(std::mem::take(&mut row));
            row.push_str(&word[i + 1..]);
            continue;
        }
        let plain = chars.len() >= 8 && chars.iter().all(|c| c.is_lowercase());
        if plain && room >= 4 {
            let cut = room.min(chars.len() - 3);
            row.push(' ');
            row.extend(&chars[..cut]);
            row.push('-');
            out.push(std::mem::take(&mut row));
            row.extend(&chars[cut..]);
            continue;
        }
        out.push(std::mem::take(&mut row));
        row.push_str(word);
    }
    if !row.is_empty() {
        out.push(row);
    }
    out
}

fn epaper(text: &str, e: &Expected) -> String {
    let mut out = Vec::new();
    let mut paragraphs = 0;
    for line in text.lines() {
        let t = line.trim_end();
        if !holds_paragraph(t, e) {
            out.push(t.to_string());
            continue;
        }
        out.extend(print_set(t, 60));
        paragraphs += 1;
        if paragraphs == 2 {
            let (jump, page) = if e.lang == "id" {
                ("Bersambung ke halaman 7", "Halaman 7")
            } else {
                ("Continued on Page 7", "Page 7")
            };
            let header = match date_words(e) {
                Some(d) => format!("{page} | {d}"),
                None => page.to_string(),
            };
            out.extend(["".into(), jump.into(), "".into(), header, "".into()]);
        }
    }
    out.join("\n") + "\n"
}

fn reader_view(text: &str, e: &Expected) -> String {
    let noise: Vec<String> = e.noise.iter().map(|n| collapse(n)).collect();
    let lead = e.paragraphs.first().map(String::as_str).unwrap_or_default();
    let Some(from) = text.lines().position(|l| {
        let l = l.trim_end();
        !lead.trim().is_empty() && l.ends_with(lead.trim())
    }) else {
        return text.to_string();
    };
    let year = e.date.as_deref().and_then(|d| d.get(..4)).unwrap_or("----");
    let evidence = |l: &str| {
        e.authors.iter().any(|a| l.contains(a.as_str()))
            || e.source.as_deref().is_some_and(|s| l.contains(s))
            || l.contains(year)
    };
    let kept: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, l)| *i <= from || !noise.contains(&collapse(l)) || evidence(l))
        .map(|(_, l)| l)
        .collect();
    let out = kept.join("\n") + "\n";
    if out.trim_end() == text.trim_end() {
        text.to_string()
    } else {
        out
    }
}

fn emailed(text: &str, e: &Expected) -> String {
    let name = mail_name(e);
    let mut head = format!(
        "From: {} Newsletter <newsletter@{name}.example>\n",
        e.outlet
    );
    let subject = if e.title_from_lead {
        if e.lang == "id" {
            "Berita pilihan hari ini"
        } else {
            "Today's top stories"
        }
        .to_string()
    } else {
        e.title.clone()
    };
    head.push_str(&format!("Subject: {subject}\n"));
    if let Some(d) = e.date.as_deref().filter(|_| e.date_source.is_none()) {
        const MON: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let m: usize = d.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
        let day: usize = d.get(8..10).and_then(|m| m.parse().ok()).unwrap_or(1);
        let y = d.get(..4).unwrap_or("2025");
        head.push_str(&format!(
            "Date: {day} {} {y} 06:00 +0700\n",
            MON[(m - 1) % 12]
        ));
    }
    head.push_str("To: pembaca@mail.example\n");
    head.push_str(if e.lang == "id" {
        "Lihat versi web\n"
    } else {
        "View in browser\n"
    });
    format!("{head}\n{text}")
}

/// Every development text under each variant: the texts the variant makes wrong on some field
/// they had right as written, into `target/import-variants-report.txt`.
#[test]
#[ignore = "a measurement of the training texts under other layouts and paste modes: bench/import-variants.sh"]
fn training_texts_keep_their_pages_under_other_layouts() {
    let cases = development_cases();
    // `named[i]`: the change wrote text i's outlet into a line of its own (`Shared from the X
    // app`), so a page that names no source of its own takes that name as its source.
    let rows_of = |texts: &[(String, String)], named: &[bool]| -> Vec<Row> {
        let dir = tempfile::tempdir().expect("temp dir");
        for (i, (case, text)) in cases.iter().zip(texts).enumerate() {
            let stem = &case.name;
            fs::write(dir.path().join(format!("{stem}.txt")), &text.1).expect("write text");
            let exp = case.text.with_extension("expected.toml");
            let mut toml = fs::read_to_string(&exp).expect("read expected");
            if named.get(i) == Some(&true) && case.expected.source.is_none() {
                toml.push_str(&format!("\nsource = {:?}\n", case.expected.outlet));
            }
            fs::write(dir.path().join(format!("{stem}.expected.toml")), toml).expect("write");
        }
        let mut by_name: BTreeMap<String, Row> = load_cases(dir.path())
            .iter()
            .map(|c| (c.name.clone(), import_alone(c).0))
            .collect();
        cases
            .iter()
            .map(|c| by_name.remove(&c.name).expect("scored"))
            .collect()
    };
    let written: Vec<(String, String)> =
        cases.iter().map(|c| (c.name.clone(), decoded(c))).collect();
    let base = rows_of(&written, &[]);
    let all = FIELDS.len() - 1;
    let mut out = format!(
        "The {} development texts with their layout changed, every word kept \
         (bench/import-variants.sh). 'all' counts texts with every field right.\n\n\
         | layout | texts | all fields, as written | all fields, changed | lost | gained |\n\
         |---|---|---|---|---|---|\n",
        cases.len()
    );
    let mut details = String::new();
    // `DIGEST_VARIANTS=wrapped,crlf` measures only those layouts.
    let only = std::env::var("DIGEST_VARIANTS").unwrap_or_default();
    for v in VARIANTS
        .iter()
        .chain(&PASTE_VARIANTS)
        .filter(|v| only.is_empty() || only.split(',').any(|n| n == v.name))
    {
        let applies: Vec<bool> = written
            .iter()
            .zip(&cases)
            .map(|((_, t), c)| (v.applies)(t, &c.expected))
            .collect();
        let changed: Vec<(String, String)> = cases
            .iter()
            .zip(&written)
            .zip(&applies)
            .map(|((c, (n, t)), &a)| {
                (
                    n.clone(),
                    if a {
                        (v.change)(t, &c.expected)
                    } else {
                        t.clone()
                    },
                )
            })
            .collect();
        let named: Vec<bool> = applies.iter().map(|&a| a && v.names_outlet).collect();
        let rows = rows_of(&changed, &named);
        let (mut before, mut after, mut lost, mut gained, mut texts) = (0, 0, 0, 0, 0);
        let _ = writeln!(
            details,
            "\n{} ({}): texts right as written, wrong after:",
            v.name, v.what
        );
        for ((b, r), &a) in base.iter().zip(&rows).zip(&applies) {
            if !a {
                continue;
            }
            texts += 1;
            before += usize::from(b.scores[all]);
            after += usize::from(r.scores[all]);
            if b.scores[all] == 1 && r.scores[all] == 0 {
                lost += 1;
                let fields: Vec<&str> = FIELDS[..all]
                    .iter()
                    .zip(b.scores.iter().zip(&r.scores))
                    .filter(|(_, (x, y))| **x == 1 && **y == 0)
                    .map(|(f, _)| *f)
                    .collect();
                let _ = writeln!(details, "  {}: {fields:?} {:?}", r.name, r.failures);
            } else if b.scores[all] == 0 && r.scores[all] == 1 {
                gained += 1;
            }
        }
        let _ = writeln!(
            out,
            "| {} ({}) | {texts} | {before} | {after} | {lost} | {gained} |",
            v.name, v.what
        );
    }
    publish("import-variants-report.txt", &format!("{out}{details}"));
}

// ---------------------------------------------------------------------------------------------
// Line labels from the expected pages, and the fitted line classifier measured by leaving one
// outlet out (issue 8). Only the development sets are read: the corpus and the held-out sets
// of `DEVELOPMENT_SETS`. Set 8 is validation, read only by the unseen-set mode; sets from 164 on
// are test sets, read by no test here. Sets 19 and 20 were test sets until they were scored once
// under every mode (round 15), sets 21–24 until round 16, 25 and 26 until round 17, 27–30 until
// round 19, 31–34 until round 20, 37–40 until round 21, 41–44 until round 22, 45–48 until round
// 23, 49–52 until round 24, 53–56 until round 25, 57–60 until round 26, 61–64 until round 27,
// 65–70 until round 28, 71–74 until round 29, 75–78 until round 30, 79–82 until round 31, 83–86
// until round 32, 87–90 until round 33, 91–94 until round 34, 95–98 until round 35, 99–101 until
// round 36, 103 and 104 until round 37, 105–108 until round 38, 109 and 110 until round 39, 111
// and 113 until round 40, 112, 114 and 115 until round 42, 116–118 until round 43, 119–121 until
// round 44, 122–124 until round 45, 125–127 until round 46, 128–130 until round 47, 131 and 132
// until round 48, 133–136 until round 49, 137–139 until round 50, 140–142 until round 51,
// 143–145 until round 52, 146–148 until round 53, 149–151 until round 54, 152–154 until round 55,
// 155–157 until round 56, 158–160 until round 57, 161–163 until round 58: each became training once measured.
// Set 102, measured once in round 36, waits: its e-paper text #07 runs its paragraphs on with no
// blank line between them, which the page's lines cannot be labelled from yet
// (every_development_line_is_labelled_from_its_expected_page). Set 133, measured in round 47,
// waited a round: its e-paper text #07 breaks "fastest-growing" at its hyphen, which the
// importer joined as "fastestgrowing" until round 49 (a superlative opens compounds).
// Sets 35 and 36, written as training sets in other paste modes (round 19), are fitted since
// round 20.

use digest::import::clean::Line;
use digest::import::learned::{Class, ClassSet, Mode, Model};
use digest::import::{article, body, learned, page, parts};

/// The held-out sets that, with the corpus, a line model may be fitted and tuned on.
const DEVELOPMENT_SETS: [usize; 160] = [
    2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
    52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75,
    76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
    100, 101, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
    120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138,
    139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157,
    158, 159, 160, 161, 162, 163,
];

/// The texts a model may be fitted and tuned on.
fn development_cases() -> Vec<Case> {
    std::iter::once(corpus_dir())
        .chain(DEVELOPMENT_SETS.iter().map(|&n| heldout_dir(n)))
        .flat_map(|d| load_cases(&d))
        .collect()
}

/// A text decoded as `digest import` decodes it.
fn decoded(case: &Case) -> String {
    let bytes = fs::read(&case.text).expect("read text");
    digest::import::read_text(&bytes)
        .map(|t| t.text)
        .unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

/// What each prepared line of `case` is by its expected page, or `None` where the page does
/// not tell: a line sharing most of its words with an expected paragraph it does not equal.
fn line_labels(case: &Case, lines: &[Line]) -> Vec<Option<Class>> {
    let e = &case.expected;
    let paragraphs: Vec<String> = e.paragraphs.iter().map(|p| collapse(p)).collect();
    let headings: Vec<String> = e.headings.iter().map(|h| collapse(h)).collect();
    let items: Vec<String> = e.lists.iter().flatten().map(|i| collapse(i)).collect();
    let noise: Vec<String> = e.noise.iter().map(|n| collapse(n)).collect();
    let title = collapse(&e.title);
    // The paragraphs after the lead with their hyphens left out (a print's hyphen, below).
    let unhyphened: Vec<String> = paragraphs
        .iter()
        .skip(1)
        .map(|p| p.replace('-', ""))
        .collect();
    let lower_first = |s: &str| s.chars().skip(1).collect::<String>();
    lines
        .iter()
        .map(|line| {
            let t = collapse(&line.text);
            let item = body::bullet(&t)
                .or_else(|| body::numbered(&t).map(|n| n.1))
                .unwrap_or(&t);
            if !e.title_from_lead && (t == title || title.len() > 10 && t.starts_with(&title)) {
                return Some(Class::Headline);
            }
            if headings.contains(&t) {
                return Some(Class::Subheading);
            }
            if items.iter().any(|i| i == item || *i == t) {
                return Some(Class::ListItem);
            }
            // The lead may open with a dateline, and its first letter is capitalised once the
            // dateline is cut.
            let lead = paragraphs.first().is_some_and(|p| {
                t == *p || t.len() > p.len() && t.ends_with(&lower_first(p)) && p.len() > 20
            });
            if lead {
                return Some(Class::Lead);
            }
            // The first line of a lead the text breaks over several (a print column): it opens
            // the lead, maybe after a dateline ("PAMEKASAN–DPRD Pamekasan …"), and the lines
            // after it are the lead's continuation, labelled as paragraphs below.
            if !noise.contains(&t)
                && paragraphs
                    .first()
                    .is_some_and(|p| t.len() >= 20 && opens_after_dateline(&t, p))
            {
                return Some(Class::Lead);
            }
            if paragraphs.contains(&t) {
                return Some(Class::Paragraph);
            }
            // A paragraph with a sign-off after it ("— VNS", "***", a wire's desk codes "PTI
            // DG RBT", an issuing unit the expected page lists as noise: "(Prokopim Flotim)"),
            // which the page drops.
            if let Some(i) = paragraphs.iter().position(|p| {
                p.len() > 20
                    && t.strip_prefix(p.as_str()).is_some_and(|rest| {
                        rest.len() <= 8
                            || is_sign_off(rest)
                            || noise.iter().any(|n| n == rest.trim())
                    })
            }) {
                return Some(if i == 0 {
                    Class::Lead
                } else {
                    Class::Paragraph
                });
            }
            // A paragraph the text breaks over several lines: only the line that opens the
            // lead is the lead (one lead a page), its continuation lines are paragraphs. A line
            // the page names as noise is not one of them, though a paragraph holds its words (a
            // release's contact block closing with the company's name, which opens the lead).
            if let Some(i) = paragraphs
                .iter()
                .position(|p| t.len() >= 20 && p.contains(&t) && !noise.contains(&t))
            {
                return Some(if i == 0 && paragraphs[0].starts_with(&t) {
                    Class::Lead
                } else {
                    Class::Paragraph
                });
            }
            // A print's hyphen at a line's end is ambiguous ("hand-" / "held" may be
            // "hand-held" or "handheld"): a line is a paragraph's whether the importer kept the
            // hyphen or not. (The lead is found above, in whole or by its opening line.)
            if t.len() >= 20 && !noise.contains(&t) && {
                let u = t.replace('-', "");
                unhyphened.iter().any(|p| p.contains(&u))
            } {
                return Some(Class::Paragraph);
            }
            // The page names it as noise: a deck or tag line echoing a paragraph's words.
            if mostly_in(&t, &paragraphs) && !noise.contains(&t) {
                return None;
            }
            if names_writers(&t, &e.authors) {
                return Some(Class::Byline);
            }
            if parts::date_residue(&t).is_some() {
                return Some(Class::DateTime);
            }
            Some(Class::Noise)
        })
        .collect()
}

/// A line that opens with a writer's name, after at most a role ("By", "Reporter:", "(Reporting
/// by"): a byline or credit, not a photo caption describing the picture before it credits the
/// photographer.
fn names_writers(line: &str, authors: &[String]) -> bool {
    authors
        .iter()
        .filter_map(|a| line.find(a.as_str()))
        .min()
        .is_some_and(|at| line[..at].split_whitespace().count() <= 4)
}

/// Text after a paragraph's last sentence that signs it off: at most four words, none with a
/// lower-case letter (desk codes, initials: "PTI DG RBT"), or one bracketed group of codes set
/// apart by slashes, the last maybe a place ("(JRK/PIA-10/Bukidnon)").
fn is_sign_off(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let coded = |w: &str| {
        w.strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|w| w.contains('/') && w.split('/').all(|p| !p.is_empty()))
    };
    (1..=4).contains(&words.len())
        && rest.starts_with(' ')
        && (words.iter().all(|w| !w.chars().any(char::is_lowercase))
            || words.len() == 1 && coded(words[0]))
}

/// `line` is the opening of `paragraph` without being all of it, the paragraph's first letter
/// perhaps after a dateline of at most four words and a dash ("PAMEKASAN–DPRD …", "KUPANG -
/// Polisi …"): the first of the lines a print column breaks a lead into. At least 15 bytes of
/// the paragraph must follow its first letter (a narrow column's "WATAMPONE, RADAR BONE –
/// Kebocoran pintu air").
fn opens_after_dateline(line: &str, paragraph: &str) -> bool {
    if line.len() >= paragraph.len() {
        return false;
    }
    if paragraph.starts_with(line) {
        return true;
    }
    let rest: String = paragraph.chars().skip(1).collect();
    let Some(first) = paragraph.chars().next() else {
        return false;
    };
    line.char_indices()
        .filter(|&(_, c)| c == first)
        .map(|(at, c)| (at, at + c.len_utf8()))
        .any(|(at, after)| {
            let before = line[..at].trim_end();
            let dash = before.ends_with(['-', '–', '—']);
            line[after..].len() >= 15
                && rest.starts_with(&line[after..])
                && dash
                && before.split_whitespace().count() <= 4
        })
}

/// Eight words or more, most of them words of one expected paragraph: text the labels cannot
/// place, not noise.
fn mostly_in(line: &str, paragraphs: &[String]) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 8
        && paragraphs.iter().any(|p| {
            let have: BTreeSet<&str> = p.split_whitespace().collect();
            words.iter().filter(|w| have.contains(*w)).count() * 10 >= words.len() * 7
        })
}

/// One development text read for the classifier: its lines' labels and vectors.
struct Labelled {
    case: Case,
    text: String,
    labels: Vec<Option<Class>>,
    vectors: Vec<Vec<f32>>,
    /// Expected paragraphs, headings and list items no line was labelled with.
    unmatched: usize,
}

fn labelled(case: Case) -> Labelled {
    let text = decoded(&case);
    let (lines, _) = parts::prepare(&text);
    let labels = line_labels(&case, &lines);
    let body_lines = labels
        .iter()
        .filter(|l| l.is_some_and(Class::is_body))
        .count();
    let e = &case.expected;
    let want = e.paragraphs.len() + e.headings.len() + e.lists.iter().flatten().count();
    Labelled {
        vectors: learned::features(&lines),
        unmatched: want.saturating_sub(body_lines),
        labels,
        text,
        case,
    }
}

#[test]
fn every_development_line_is_labelled_from_its_expected_page() {
    let mut unlabelled = Vec::new();
    let mut unmatched = Vec::new();
    let mut lead_errors = Vec::new();
    let mut lines = 0;
    for l in development_cases().into_iter().map(labelled) {
        lines += l.labels.len();
        let (lines_of_case, _) = parts::prepare(&l.text);
        for (line, label) in lines_of_case.iter().zip(&l.labels) {
            if label.is_none() {
                unlabelled.push(format!("{}: {}", l.case.name, line.text));
            }
        }
        if l.unmatched > 0 {
            unmatched.push(format!("{}: {} expected parts", l.case.name, l.unmatched));
        }
        let leads = l.labels.iter().filter(|c| **c == Some(Class::Lead)).count()
            + usize::from(l.case.expected.paragraphs.is_empty());
        if leads != 1 {
            lead_errors.push(format!("{}: {leads} lead lines", l.case.name));
        }
    }
    eprintln!(
        "{lines} lines; unlabelled: {}\n{}\nexpected parts without a line of their own:\n{}\n\
         texts without exactly one lead line:\n{}",
        unlabelled.len(),
        unlabelled.join("\n"),
        unmatched.join("\n"),
        lead_errors.join("\n")
    );
    assert!(
        lead_errors.is_empty(),
        "texts without exactly one lead line"
    );
    assert!(
        unlabelled.len() * 100 <= lines,
        "more than 1% of lines unlabelled"
    );
    assert!(
        unmatched.is_empty(),
        "expected parts no line is labelled with"
    );
}

/// The model's settings, fixed before any measurement: passes over the data and L2 penalty.
const EPOCHS: usize = 30;
const L2: f32 = 0.02;

/// The modes the leave-one-outlet-out table compares: the rules (first: the others are counted
/// against it), the shipped hybrid (second: round 19 compares every other mode against it) and
/// the last run's candidates of round 19 (bench/README.md, "Round 19: the line model beyond the
/// header", which also gives the first two runs' modes: more classes above the story, noise,
/// bylines, subheadings and list items on every line, at 0.95 to 0.999): the shipped hybrid
/// above the story, and the model deciding noise, or noise and the body's classes, on every
/// line where it is at least 0.999 sure, or only on lines no cue word marks.
const MODES: [(&str, Mode); 7] = [
    ("rules", Mode::Rules),
    ("shipped: DT, H above ≥ 0.99", learned::SHIPPED),
    (
        "into Noise everywhere ≥ 0.90",
        by_class(HEAD, &[Class::Noise], 900, false),
    ),
    (
        "into Noise everywhere ≥ 0.99",
        by_class(HEAD, &[Class::Noise], 990, false),
    ),
    (
        "into Noise everywhere ≥ 0.95",
        by_class(HEAD, &[Class::Noise], 950, false),
    ),
    (
        "into Noise everywhere ≥ 0.85",
        by_class(HEAD, &[Class::Noise], 850, false),
    ),
    (
        "into Noise everywhere, uncued ≥ 0.95",
        by_class(HEAD, &[Class::Noise], 950, true),
    ),
];

/// The classes the shipped hybrid lets the model decide above the story.
const HEAD: &[Class] = &[Class::DateTime, Class::Headline];

/// The shipped hybrid above the story (`HEAD` at 0.99), and the model deciding `everywhere`
/// on every line where it is `everywhere_sure` sure (in thousandths).
const fn by_class(
    header: &[Class],
    everywhere: &[Class],
    everywhere_sure: u16,
    uncued_only: bool,
) -> Mode {
    Mode::Classes {
        model_decides: ClassSet::of(header),
        sure: 990,
        everywhere: ClassSet::of(everywhere),
        everywhere_sure,
        uncued_only,
    }
}

/// A model fitted on every labelled line of `texts`.
fn fit<'a>(texts: impl Iterator<Item = &'a Labelled>) -> Model {
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    for t in texts {
        for (x, y) in t.vectors.iter().zip(&t.labels) {
            if let Some(y) = y {
                xs.push(x.clone());
                ys.push(*y);
            }
        }
    }
    Model::fit(&xs, &ys, EPOCHS, L2)
}

/// The page `digest import` would write for `t` with the classifier deciding by `mode`, scored.
fn score_with(t: &Labelled, mode: Mode, model: &Model, dir: &Path) -> Row {
    let aliases = BTreeMap::new();
    let a = learned::with_mode(mode, model, || article::extract(&t.text, &aliases, "id"));
    score_article(&t.case, a, dir)
}

/// The page `digest import` writes for an extracted article, scored against `case`.
fn score_article(case: &Case, a: Option<article::Article>, dir: &Path) -> Row {
    let Some(a) = a else {
        return failed(case, "no article".into());
    };
    let date = a
        .date
        .unwrap_or_else(|| FILE_DATE.parse().expect("file date"));
    let path = dir.join(format!("{}.md", case.name));
    let name = format!("{}.txt", case.name);
    fs::write(&path, page::render(&a, date, &name, "0")).expect("write page");
    let page = read_page(&path).expect("read page back");
    score(case, &page)
}

/// Per class: lines labelled so, and how many of them each mode gave that class.
type Confusion = BTreeMap<Class, (usize, Vec<usize>)>;

fn count_lines(conf: &mut Confusion, labels: &[Option<Class>], got: &[Vec<Class>]) {
    for (i, label) in labels.iter().enumerate() {
        let Some(label) = label else { continue };
        let entry = conf
            .entry(*label)
            .or_insert_with(|| (0, vec![0; got.len()]));
        entry.0 += 1;
        for (m, g) in got.iter().enumerate() {
            entry.1[m] += usize::from(g[i] == *label);
        }
    }
}

/// Per mode: lines whose class differs from the rules', those the rules had right, those the
/// mode has right (the first mode is the rules).
fn count_overrules(
    counts: &mut [(usize, usize, usize)],
    labels: &[Option<Class>],
    got: &[Vec<Class>],
) {
    for (i, label) in labels.iter().enumerate() {
        for (m, count) in counts.iter_mut().enumerate() {
            if got[m][i] != got[0][i] {
                count.0 += 1;
                count.1 += usize::from(Some(got[0][i]) == *label);
                count.2 += usize::from(Some(got[m][i]) == *label);
            }
        }
    }
}

/// What `parts::classify` gives each prepared line under `mode`, as classes.
fn classes_with(t: &Labelled, mode: Mode, model: &Model) -> Vec<Class> {
    let (lines, _) = parts::prepare(&t.text);
    let kinds = learned::with_mode(mode, model, || {
        learned::decide(&lines, parts::rule_kinds(&lines))
    });
    kinds.into_iter().map(Class::of).collect()
}

fn looo_report(title: &str, conf: &Confusion, rows: &[Vec<Row>]) -> String {
    let mut out = format!(
        "{title}\n\nLine accuracy (lines of each labelled class given that class):\n\n| class | lines |"
    );
    for (name, _) in MODES {
        let _ = write!(out, " {name} |");
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(MODES.len()));
    let mut all = (0, vec![0; MODES.len()]);
    for (class, (n, right)) in conf {
        let _ = write!(out, "\n| {class:?} | {n} |");
        for r in right {
            let _ = write!(out, " {r} ({:.3}) |", *r as f64 / *n as f64);
        }
        all.0 += n;
        for (a, r) in all.1.iter_mut().zip(right) {
            *a += r;
        }
    }
    let _ = write!(out, "\n| **all** | {} |", all.0);
    for r in &all.1 {
        let _ = write!(out, " **{:.3}** |", *r as f64 / all.0 as f64);
    }
    out.push_str("\n\nFields (texts with the field right, pages built in-process as `digest import` builds them):\n\n| mode |");
    for f in FIELDS {
        let _ = write!(out, " {f} |");
    }
    out.push_str(" tag P | tag R |\n|---|");
    out.push_str(&"---|".repeat(FIELDS.len() + 2));
    for ((name, _), rows) in MODES.iter().zip(rows) {
        let t = totals(rows);
        let _ = write!(out, "\n| {name} |");
        for k in t.fields {
            let _ = write!(out, " {k}/{} |", t.texts);
        }
        let _ = write!(out, " {:.3} | {:.3} |", t.precision, t.recall);
    }
    out.push('\n');
    out
}

/// Line and field scores of some texts under every mode, added up.
struct Measured {
    conf: Confusion,
    overruled: Vec<(usize, usize, usize)>,
    /// Per mode after the shipped one: the lines it classes differently from the shipped
    /// hybrid, as `text:line label shipped → mode  words`.
    moved: Vec<Vec<String>>,
    rows: Vec<Vec<Row>>,
    dir: tempfile::TempDir,
}

impl Measured {
    fn new() -> Measured {
        Measured {
            conf: Confusion::new(),
            overruled: vec![(0, 0, 0); MODES.len()],
            moved: MODES.iter().map(|_| Vec::new()).collect(),
            rows: MODES.iter().map(|_| Vec::new()).collect(),
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Scores `t` under every mode with `model`.
    fn add(&mut self, t: &Labelled, model: &Model) {
        let got: Vec<Vec<Class>> = MODES
            .iter()
            .map(|(_, mode)| classes_with(t, *mode, model))
            .collect();
        count_lines(&mut self.conf, &t.labels, &got);
        count_overrules(&mut self.overruled, &t.labels, &got);
        let (lines, _) = parts::prepare(&t.text);
        for (m, moved) in self.moved.iter_mut().enumerate().skip(2) {
            for (i, label) in t.labels.iter().enumerate() {
                if got[m][i] != got[1][i] {
                    let words: String = lines[i].text.chars().take(70).collect();
                    moved.push(format!(
                        "{}:{i} {label:?} {:?} → {:?}  {words}",
                        t.case.name, got[1][i], got[m][i]
                    ));
                }
            }
        }
        for (m, (_, mode)) in MODES.iter().enumerate() {
            let row = score_with(t, *mode, model, self.dir.path());
            self.rows[m].push(row);
        }
    }

    fn report(&self, title: &str) -> String {
        let mut out = looo_report(title, &self.conf, &self.rows);
        out.push_str("\nLines a mode classes differently from the rules: how many, how many of them the rules had right, how many the mode has right:\n\n");
        for ((name, _), (n, rules_right, mode_right)) in MODES.iter().zip(&self.overruled).skip(1) {
            let _ = writeln!(
                out,
                "- {name}: {n} lines, rules right on {rules_right}, {name} right on {mode_right}"
            );
        }
        for ((name, _), moved) in MODES.iter().zip(&self.moved).skip(2) {
            let _ = writeln!(
                out,
                "\n{name}: lines classed otherwise than by {} (text:line label shipped → mode):",
                MODES[1].0
            );
            for m in moved {
                let _ = writeln!(out, "  {m}");
            }
        }
        for ((name, _), rows) in MODES.iter().zip(&self.rows) {
            let _ = writeln!(out, "\n{name}, per text:");
            for r in rows {
                let wrong: Vec<&str> = FIELDS
                    .iter()
                    .zip(r.scores)
                    .filter(|(_, s)| *s == 0)
                    .map(|(f, _)| *f)
                    .collect();
                if !wrong.is_empty() {
                    let _ = writeln!(out, "  {}: {wrong:?}", r.name);
                }
            }
        }
        out
    }
}

/// `bench/import-looo.sh`: fits the model once per outlet with that outlet's texts left out,
/// scores the left-out texts with the rules, the model and their combination, and writes the
/// table to `target/import-looo-report.txt`.
#[test]
#[ignore = "a measurement: run by bench/import-looo.sh"]
fn line_classifier_leave_one_outlet_out() {
    let texts: Vec<Labelled> = development_cases().into_iter().map(labelled).collect();
    let outlets: BTreeSet<String> = texts
        .iter()
        .map(|t| t.case.expected.outlet.clone())
        .collect();
    let mut measured = Measured::new();
    for outlet in &outlets {
        let held = |t: &&Labelled| t.case.expected.outlet == *outlet;
        let model = fit(texts.iter().filter(|t| !held(t)));
        for t in texts.iter().filter(held) {
            measured.add(t, &model);
        }
    }
    let title = format!(
        "Line classifier, leave one outlet out: {} folds over {} texts, the corpus and sets \
         {DEVELOPMENT_SETS:?} (each outlet's texts scored by a model fitted on the other \
         outlets' texts).",
        outlets.len(),
        texts.len()
    );
    publish("import-looo-report.txt", &measured.report(&title));
}

/// The header of `src/import/data/lines.txt`: what the weights are and how to refit them.
fn weights_header(lines: usize, texts: usize) -> String {
    format!(
        "# The line model of `digest import` (src/import/learned.rs, issue 8 round 16): a multinomial\n\
         # logistic regression over learned::features, one row of weights per class of Class::ALL.\n\
         # Fitted on every labelled line of the development texts (the corpus and sets\n\
         # {DEVELOPMENT_SETS:?}): {lines} lines of {texts} texts,\n\
         # {EPOCHS} passes, L2 {L2}, fixed seed (tests/import_corpus.rs). learned::SHIPPED says which\n\
         # classes it decides. Refit after any change to the features, classes, labels or sets:\n\
         #     bench/import-looo.sh weights\n\
         # (the test shipped_line_model_is_a_fresh_fit_of_the_development_texts fails until then).\n"
    )
}

/// The model fitted on every development text, with the number of lines and texts it read.
fn fit_all() -> (Model, usize, usize) {
    let dev: Vec<Labelled> = development_cases().into_iter().map(labelled).collect();
    let lines = dev.iter().flat_map(|t| &t.labels).flatten().count();
    (fit(dev.iter()), lines, dev.len())
}

/// The shipped weights are what fitting the development texts gives now: features, classes,
/// labels and sets cannot change without a refit.
#[test]
fn shipped_line_model_is_a_fresh_fit_of_the_development_texts() {
    let shipped = Model::from_text(learned::SHIPPED_WEIGHTS)
        .unwrap_or_else(|e| panic!("src/import/data/lines.txt: {e}"));
    let (fresh, _, _) = fit_all();
    // The file rounds to five decimals.
    let difference = fresh.max_difference(&shipped);
    assert!(
        difference <= 1e-4,
        "src/import/data/lines.txt differs from a fresh fit by up to {difference}: run \
         bench/import-looo.sh weights"
    );
}

/// `bench/import-looo.sh weights`: fits the model on every development text and writes it with
/// its header to `target/import-line-weights.txt`, which the script copies into the source.
#[test]
#[ignore = "writes the shipped weights: run by bench/import-looo.sh weights"]
fn line_model_weights_are_written() {
    let (model, lines, texts) = fit_all();
    let text = weights_header(lines, texts) + &model.to_text();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir);
    fs::write(target.join("import-line-weights.txt"), text).expect("write the weights");
}

/// `digest import` classifies by the shipped hybrid: over a masthead ("Kota Denpasar —
/// NusaBali", "RADAR NTT" over a place), the rules alone take the masthead for the title and
/// the model names the headline under it. Each text imported alone by the binary.
#[test]
fn digest_import_takes_the_headline_the_shipped_model_names() {
    let model = learned::shipped().expect("the shipped weights parse");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut model_only = Vec::new();
    for (set, name) in [
        (19, "02-nusa-bali-relokasi-pasar-kreneng-cp1252"),
        (20, "06-radar-ntt-hardwrapped-embung-lobohede"),
        (22, "03-radar-pekalongan-hardwrapped-skrining-tbc"),
        (25, "06-ternate-pos-padam-bergilir-author-below"),
    ] {
        let case = load_cases(&heldout_dir(set))
            .into_iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("set {set} has no text {name}"));
        let (row, code) = import_alone(&case);
        assert_eq!(code, Some(0), "{name}: {}", row.note);
        assert_eq!(row.scores[0], 1, "{name}: title {:?}", row.failures);
        let rules = score_with(&labelled(case), Mode::Rules, model, dir.path());
        if rules.scores[0] == 0 {
            model_only.push(name);
        }
    }
    // The rules alone may come to read some of them (round 28's carriers' headings read 19 #02's,
    // round 32's furniture over the headline 20 #06's), but not all: then the model names no
    // title here and the test needs another text.
    assert!(
        !model_only.is_empty(),
        "the rules alone now find every title here: pick a text only the model reads"
    );
}

/// The held-out set the unseen-set mode scores: `DIGEST_MODES_SET`, by default the validation
/// set 8 (set 4, once the unseen set, is now a development set).
fn modes_set() -> usize {
    let Some(raw) = std::env::var_os("DIGEST_MODES_SET") else {
        return 8;
    };
    let n = raw
        .to_str()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| panic!("DIGEST_MODES_SET={raw:?} is not a set number"));
    assert!(
        !DEVELOPMENT_SETS.contains(&n),
        "DIGEST_MODES_SET={n}: a development set, not unseen"
    );
    assert!(heldout_dir(n).is_dir(), "DIGEST_MODES_SET={n}: no such set");
    n
}

/// A measurement on texts the model was not fitted on: the model fitted on all development
/// texts with the settings above, the held-out set `DIGEST_MODES_SET` scored under every mode,
/// into `target/import-heldoutN-modes-report.txt`. Run once per set, after every choice was
/// made (`bench/import-looo.sh heldout N`): set 8 validates, sets from 27 on test.
#[test]
#[ignore = "a measurement on an unseen set: run once, at the end"]
fn line_classifier_on_an_unseen_set() {
    let n = modes_set();
    let dev: Vec<Labelled> = development_cases().into_iter().map(labelled).collect();
    let model = fit(dev.iter());
    let mut measured = Measured::new();
    for t in load_cases(&heldout_dir(n)).into_iter().map(labelled) {
        measured.add(&t, &model);
    }
    let title = format!(
        "Line classifier fitted on all {} development texts, scored on held-out set {n}.",
        dev.len()
    );
    publish(
        &format!("import-heldout{n}-modes-report.txt"),
        &measured.report(&title),
    );
}

/// The sets `DIGEST_LEFT_SETS` names (by default the newest four, 79–82: outlets no other
/// development set has) left out of the fit and scored under every mode: a quicker estimate
/// of how the line model transfers than leaving each outlet out in turn. Only development sets.
#[test]
#[ignore = "a measurement: run by hand"]
fn line_classifier_newest_sets_left_out() {
    let left: Vec<usize> = std::env::var("DIGEST_LEFT_SETS")
        .unwrap_or_else(|_| "79,80,81,82".into())
        .split(',')
        .map(|n| n.trim().parse().expect("a set number"))
        .collect();
    assert!(
        left.iter().all(|n| DEVELOPMENT_SETS.contains(n)),
        "only development sets"
    );
    let train: Vec<Labelled> = std::iter::once(corpus_dir())
        .chain(
            DEVELOPMENT_SETS
                .iter()
                .filter(|n| !left.contains(n))
                .map(|&n| heldout_dir(n)),
        )
        .flat_map(|d| load_cases(&d))
        .map(labelled)
        .collect();
    let model = fit(train.iter());
    let mut measured = Measured::new();
    for &n in &left {
        for t in load_cases(&heldout_dir(n)).into_iter().map(labelled) {
            measured.add(&t, &model);
        }
    }
    let title = format!(
        "Line classifier fitted on {} development texts, scored on sets {left:?} left out.",
        train.len()
    );
    publish("import-left-sets-report.txt", &measured.report(&title));
}

// ---------------------------------------------------------------------------------------------
// Which found names become tags, decided by a fitted model and measured by leaving one set out
// (issue 8). Folds: every training set, the corpus and each of `DEVELOPMENT_SETS` (set 8 is
// validation, sets from 27 on are test: never read here).

use digest::import::salience::{self, Candidate, Choice};

/// The model's settings, fixed before any measurement (the line classifier's).
const TAG_EPOCHS: usize = 200;
const TAG_L2: f32 = 0.02;
/// The precision the cautious threshold must reach on the training folds (the issue's target).
const TAG_PRECISION: f64 = 0.9;

/// One text read for the tag model: its candidates and the keys of its expected tags.
struct TagText {
    case: Case,
    text: String,
    candidates: Vec<Candidate>,
    want: BTreeSet<String>,
}

impl TagText {
    fn read(case: Case) -> TagText {
        let text = decoded(&case);
        let aliases = BTreeMap::new();
        let (_, mut seen) = salience::recording(|| article::extract(&text, &aliases, "id"));
        TagText {
            candidates: seen.pop().unwrap_or_default(),
            want: case.expected.tags.iter().map(|t| tag_key(t)).collect(),
            text,
            case,
        }
    }

    fn labels(&self) -> impl Iterator<Item = bool> + '_ {
        self.candidates
            .iter()
            .map(|c| self.want.contains(&tag_key(&c.name)))
    }
}

/// The folds: the corpus, then sets 2 to 7 and 9 to 24, each with its texts.
fn tag_folds() -> Vec<(String, Vec<TagText>)> {
    std::iter::once(("corpus".to_string(), corpus_dir()))
        .chain(
            DEVELOPMENT_SETS
                .iter()
                .map(|&n| (format!("set {n}"), heldout_dir(n))),
        )
        .map(|(name, dir)| {
            let texts = load_cases(&dir).into_iter().map(TagText::read).collect();
            (name, texts)
        })
        .collect()
}

fn fit_tags<'a>(texts: impl Iterator<Item = &'a TagText>) -> salience::Model {
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    for t in texts {
        xs.extend(t.candidates.iter().map(|c| c.features.clone()));
        ys.extend(t.labels());
    }
    salience::Model::fit(&xs, &ys, TAG_EPOCHS, TAG_L2)
}

/// Tags right, written and expected.
#[derive(Clone, Copy, Default)]
struct TagCount(usize, usize, usize);

impl TagCount {
    fn add(&mut self, o: TagCount) {
        self.0 += o.0;
        self.1 += o.1;
        self.2 += o.2;
    }
    fn precision(self) -> f64 {
        self.0 as f64 / self.1.max(1) as f64
    }
    fn recall(self) -> f64 {
        self.0 as f64 / self.2.max(1) as f64
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn cell(self) -> String {
        format!(
            "{:.3} / {:.3} / {:.3}",
            self.precision(),
            self.recall(),
            self.f1()
        )
    }
}

/// The tags the model at `threshold` gives each text, counted as the scorer counts them,
/// straight from the candidates (the same selection `tags` makes).
fn simulate(texts: &[&TagText], model: &salience::Model, threshold: f32, how: How) -> TagCount {
    let mut total = TagCount::default();
    for t in texts {
        let probs = model.probabilities(&t.candidates);
        let cands = t.candidates.clone();
        let tags = match how {
            How::Special => salience::by_model(cands, &probs, threshold, true),
            How::Alone => salience::by_model(cands, &probs, threshold, false),
            How::Veto => salience::by_veto(cands, &probs, threshold),
        };
        let got: BTreeSet<String> = tags.iter().map(|g| tag_key(&g.name)).collect();
        total.add(TagCount(
            got.intersection(&t.want).count(),
            got.len(),
            t.want.len(),
        ));
    }
    total
}

/// How the model's probability is used: with the rules' dateline and home-country handling,
/// alone, or as a veto on the rules' choice.
#[derive(Clone, Copy)]
enum How {
    Special,
    Alone,
    Veto,
}

/// The thresholds chosen on `train`: the one of best F1, and the lowest reaching
/// `TAG_PRECISION` (the most precise one when none does).
fn thresholds(train: &[&TagText], model: &salience::Model, how: How) -> (f32, f32) {
    let grid: Vec<(f32, TagCount)> = (0..99)
        .map(|i| i as f32 / 100.0)
        .map(|t| (t, simulate(train, model, t, how)))
        .collect();
    let best_f1 = grid
        .iter()
        .max_by(|a, b| a.1.f1().total_cmp(&b.1.f1()).then(b.0.total_cmp(&a.0)))
        .map_or(0.5, |g| g.0);
    let precise = grid
        .iter()
        .find(|g| g.1.precision() >= TAG_PRECISION)
        .or_else(|| {
            grid.iter()
                .max_by(|a, b| a.1.precision().total_cmp(&b.1.precision()))
        })
        .map_or(0.9, |g| g.0);
    (best_f1, precise)
}

/// The page `digest import` writes for `t` with tags decided by `choice`, its tags counted.
fn tags_with(t: &TagText, choice: Choice, dir: &Path) -> TagCount {
    let aliases = BTreeMap::new();
    let a = salience::with_choice(choice, || article::extract(&t.text, &aliases, "id"));
    let row = score_article(&t.case, a, dir);
    TagCount(row.tags_right, row.tags_found, row.tags_expected)
}

/// Columns of the leave-one-set-out table: the rules, then the model three ways.
const TAG_MODES: [&str; 5] = [
    "rules",
    "model, best-F1 threshold",
    "model, precision-0.9 threshold",
    "model alone (also dateline place and home country), best-F1 threshold",
    "rules less the model's vetoes, best-F1 threshold",
];

/// `bench/import-tags-loso.sh`: each fold's texts scored by a model fitted on the other folds,
/// written to `target/import-tags-loso-report.txt`.
#[test]
#[ignore = "a measurement: run by bench/import-tags-loso.sh"]
fn tag_model_leave_one_set_out() {
    let folds = tag_folds();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut out = String::from(
        "Tag choice, leave one set out: each fold's texts scored by a model fitted on the \
         other folds; thresholds chosen on the training folds. Cells: tag precision / recall / \
         F1 (micro over the fold's texts, scored as the corpus harness scores tags); \
         reachable: expected tags some candidate names (the recall no choice among the \
         candidates can pass).\n\n| fold | texts | candidates (tags among them) | reachable |",
    );
    for m in TAG_MODES {
        let _ = write!(out, " {m} |");
    }
    out.push_str(" thresholds (F1, P0.9, alone, veto) |\n|---|---|---|---|");
    out.push_str(&"---|".repeat(TAG_MODES.len() + 1));
    let mut totals = [TagCount::default(); TAG_MODES.len()];
    let mut wins = [0usize; TAG_MODES.len()];
    for (name, held) in &folds {
        let train: Vec<&TagText> = folds
            .iter()
            .filter(|(n, _)| n != name)
            .flat_map(|(_, t)| t)
            .collect();
        let model = fit_tags(train.iter().copied());
        let (f1_cut, p_cut) = thresholds(&train, &model, How::Special);
        let (alone_cut, _) = thresholds(&train, &model, How::Alone);
        let (veto_cut, _) = thresholds(&train, &model, How::Veto);
        let at = |threshold: f32| salience::Model {
            threshold,
            ..model.clone()
        };
        let choose = |threshold: f32, special: bool| Choice::Model {
            model: at(threshold),
            special,
        };
        let choices = [
            Choice::Rules,
            choose(f1_cut, true),
            choose(p_cut, true),
            choose(alone_cut, false),
            Choice::Veto {
                model: at(veto_cut),
            },
        ];
        let counts: Vec<TagCount> = choices
            .iter()
            .map(|c| {
                let mut n = TagCount::default();
                for t in held {
                    n.add(tags_with(t, c.clone(), dir.path()));
                }
                n
            })
            .collect();
        let cands: usize = held.iter().map(|t| t.candidates.len()).sum();
        let positive: usize = held.iter().flat_map(|t| t.labels()).filter(|&l| l).count();
        let reachable: usize = held
            .iter()
            .map(|t| {
                let keys: BTreeSet<String> =
                    t.candidates.iter().map(|c| tag_key(&c.name)).collect();
                keys.intersection(&t.want).count()
            })
            .sum();
        let wanted: usize = held.iter().map(|t| t.want.len()).sum();
        let _ = write!(
            out,
            "\n| {name} | {} | {cands} ({positive}) | {reachable}/{wanted} |",
            held.len()
        );
        for (m, n) in counts.iter().enumerate() {
            let _ = write!(out, " {} |", n.cell());
            totals[m].add(*n);
            let beats = n.f1() > counts[0].f1() && n.precision() > counts[0].precision();
            wins[m] += usize::from(beats);
        }
        let _ = write!(
            out,
            " {f1_cut:.2}, {p_cut:.2}, {alone_cut:.2}, {veto_cut:.2} |"
        );
    }
    let _ = write!(
        out,
        "\n| **micro, all folds** | {} | |",
        folds.iter().map(|f| f.1.len()).sum::<usize>()
    );
    for n in totals {
        let _ = write!(out, " **{}** |", n.cell());
    }
    out.push_str(" |\n\nFolds where the mode beats the rules on both F1 and precision: ");
    for (m, w) in TAG_MODES.iter().zip(wins).skip(1) {
        let _ = write!(out, "{m}: {w} of {}; ", folds.len());
    }
    out.push('\n');
    publish("import-tags-loso-report.txt", &out);
}

/// `bench/import-tags-loso.sh weights`: the model fitted on all the folds, with the veto
/// threshold of best F1 on them, written to `target/import-tags-weights.txt` in the form
/// `salience::Model::from_text` reads (nothing ships it: it did not beat the rules).
#[test]
#[ignore = "writes the fitted weights: run by bench/import-tags-loso.sh weights"]
fn tag_model_weights_from_all_sets() {
    let folds = tag_folds();
    let all: Vec<&TagText> = folds.iter().flat_map(|(_, t)| t).collect();
    let model = fit_tags(all.iter().copied());
    let (threshold, _) = thresholds(&all, &model, How::Veto);
    let model = salience::Model { threshold, ..model };
    let text = format!(
        "# Tag model of src/import/salience.rs (veto mode: a name the rules choose stays a tag\n\
         # when the model's probability is at least `threshold`). Fitted on the corpus and sets \
         {DEVELOPMENT_SETS:?} ({} texts,\n# {} candidates), {TAG_EPOCHS} passes, L2 {TAG_L2}; threshold of best \
         F1 on them.\n# Regenerate: bench/import-tags-loso.sh weights\n{}",
        all.len(),
        all.iter().map(|t| t.candidates.len()).sum::<usize>(),
        model.to_text()
    );
    publish("import-tags-weights.txt", &text);
}

/// Every candidate of every development text with its label and the rules' choice, as
/// tab-separated lines in `target/import-tag-candidates.tsv` (a measurement's raw data).
#[test]
#[ignore = "a measurement: writes the candidates of the development texts"]
fn tag_candidates_are_dumped() {
    let folds = tag_folds();
    let mut out =
        String::from("fold\ttext\tname\tkind\tscore\tforced\tfirst\tlabel\tchosen\twanted");
    for f in salience::FEATURES {
        let _ = write!(out, "\tf_{f}");
    }
    out.push('\n');
    for (fold, texts) in &folds {
        for t in texts {
            let chosen: BTreeSet<String> = salience::decide(t.candidates.clone())
                .iter()
                .map(|g| tag_key(&g.name))
                .collect();
            for (c, label) in t.candidates.iter().zip(t.labels()) {
                let _ = write!(
                    out,
                    "{fold}\t{}\t{}\t{:?}\t{}\t{:?}\t{}\t{}\t{}\t{}",
                    t.case.name,
                    c.name,
                    c.kind,
                    c.score,
                    c.forced,
                    c.first,
                    u8::from(label),
                    u8::from(chosen.contains(&tag_key(&c.name))),
                    t.want.len()
                );
                for x in &c.features {
                    let _ = write!(out, "\t{x}");
                }
                out.push('\n');
            }
        }
    }
    publish("import-tag-candidates.tsv", &out);
}

#[test]
fn heldout_79_is_scored_and_reported() {
    score_heldout(79, "seventy-ninth");
}

#[test]
fn heldout_80_is_scored_and_reported() {
    score_heldout(80, "eightieth");
}

#[test]
fn heldout_81_is_scored_and_reported() {
    score_heldout(81, "eighty-first");
}

#[test]
fn heldout_82_is_scored_and_reported() {
    score_heldout(82, "eighty-second");
}

#[test]
fn heldout_83_is_scored_and_reported() {
    score_heldout(83, "eighty-third");
}

#[test]
fn heldout_84_is_scored_and_reported() {
    score_heldout(84, "eighty-fourth");
}

#[test]
fn heldout_85_is_scored_and_reported() {
    score_heldout(85, "eighty-fifth");
}

#[test]
fn heldout_86_is_scored_and_reported() {
    score_heldout(86, "eighty-sixth");
}

#[test]
fn heldout_87_is_scored_and_reported() {
    score_heldout(87, "eighty-seventh");
}

#[test]
fn heldout_88_is_scored_and_reported() {
    score_heldout(88, "eighty-eighth");
}

#[test]
fn heldout_89_is_scored_and_reported() {
    score_heldout(89, "eighty-ninth");
}

#[test]
fn heldout_90_is_scored_and_reported() {
    score_heldout(90, "ninetieth");
}

#[test]
fn heldout_91_is_scored_and_reported() {
    score_heldout(91, "ninety-first");
}

#[test]
fn heldout_92_is_scored_and_reported() {
    score_heldout(92, "ninety-second");
}

#[test]
fn heldout_93_is_scored_and_reported() {
    score_heldout(93, "ninety-third");
}

#[test]
fn heldout_94_is_scored_and_reported() {
    score_heldout(94, "ninety-fourth");
}

#[test]
fn heldout_95_is_scored_and_reported() {
    score_heldout(95, "ninety-fifth");
}

#[test]
fn heldout_96_is_scored_and_reported() {
    score_heldout(96, "ninety-sixth");
}

#[test]
fn heldout_97_is_scored_and_reported() {
    score_heldout(97, "ninety-seventh");
}

#[test]
fn heldout_98_is_scored_and_reported() {
    score_heldout(98, "ninety-eighth");
}

#[test]
fn heldout_99_is_scored_and_reported() {
    score_heldout(99, "ninety-ninth");
}

#[test]
fn heldout_100_is_scored_and_reported() {
    score_heldout(100, "hundredth");
}

#[test]
fn heldout_101_is_scored_and_reported() {
    score_heldout(101, "hundred-and-first");
}

#[test]
fn heldout_102_is_scored_and_reported() {
    score_heldout(102, "hundred-and-second");
}

#[test]
fn heldout_103_is_scored_and_reported() {
    score_heldout(103, "hundred-and-third");
}

#[test]
fn heldout_104_is_scored_and_reported() {
    score_heldout(104, "hundred-and-fourth");
}

#[test]
fn heldout_105_is_scored_and_reported() {
    score_heldout(105, "hundred-and-fifth");
}

#[test]
fn heldout_106_is_scored_and_reported() {
    score_heldout(106, "hundred-and-sixth");
}

#[test]
fn heldout_107_is_scored_and_reported() {
    score_heldout(107, "hundred-and-seventh");
}

#[test]
fn heldout_108_is_scored_and_reported() {
    score_heldout(108, "hundred-and-eighth");
}

#[test]
fn heldout_109_is_scored_and_reported() {
    score_heldout(109, "hundred-and-ninth");
}

#[test]
fn heldout_110_is_scored_and_reported() {
    score_heldout(110, "hundred-and-tenth");
}

#[test]
fn heldout_111_is_scored_and_reported() {
    score_heldout(111, "hundred-and-eleventh");
}

#[test]
fn heldout_113_is_scored_and_reported() {
    score_heldout(113, "hundred-and-thirteenth");
}

// Sets 112, 114 and 115 (round 41): written by three writers who did not read the importer,
// each measured once as a test set on round 41's code and on its starting code, and once more
// on round 42's first fixes (bench/README.md, "Round 41" and "Round 42"); training since.
#[test]
fn heldout_112_is_scored_and_reported() {
    score_heldout(112, "hundred-and-twelfth");
}

#[test]
fn heldout_114_is_scored_and_reported() {
    score_heldout(114, "hundred-and-fourteenth");
}

#[test]
fn heldout_115_is_scored_and_reported() {
    score_heldout(115, "hundred-and-fifteenth");
}

// Sets 116, 117 and 118 (round 42): written by three writers who did not read the importer,
// each measured once as a test set on round 42's code and on its starting code (bench/README.md,
// "Round 42"); training since round 43.
#[test]
fn heldout_116_is_scored_and_reported() {
    score_heldout(116, "hundred-and-sixteenth");
}

#[test]
fn heldout_117_is_scored_and_reported() {
    score_heldout(117, "hundred-and-seventeenth");
}

#[test]
fn heldout_118_is_scored_and_reported() {
    score_heldout(118, "hundred-and-eighteenth");
}

// Sets 119, 120 and 121 (round 43): written by three writers who did not read the importer,
// each measured once as a test set on the round's code and on its starting code (bench/README.md,
// "Round 43"); training since round 44.
#[test]
fn heldout_119_is_scored_and_reported() {
    score_heldout(119, "hundred-and-nineteenth");
}

#[test]
fn heldout_120_is_scored_and_reported() {
    score_heldout(120, "hundred-and-twentieth");
}

#[test]
fn heldout_121_is_scored_and_reported() {
    score_heldout(121, "hundred-and-twenty-first");
}

// Sets 122, 123 and 124 (round 44): written by three writers who did not read the importer,
// each measured once as a test set on the round's code and on its starting code (bench/README.md,
// "Round 44"); training since round 45.
#[test]
fn heldout_122_is_scored_and_reported() {
    score_heldout(122, "hundred-and-twenty-second");
}

#[test]
fn heldout_123_is_scored_and_reported() {
    score_heldout(123, "hundred-and-twenty-third");
}

#[test]
fn heldout_124_is_scored_and_reported() {
    score_heldout(124, "hundred-and-twenty-fourth");
}

// Test sets 125, 126 and 127 (round 45): written by three writers who did not read the importer,
// each measured once as a test set on the round's code and on its starting code (bench/README.md,
// "Round 45"); training since round 46.
#[test]
fn heldout_125_is_scored_and_reported() {
    score_heldout(125, "hundred-and-twenty-fifth");
}

#[test]
fn heldout_126_is_scored_and_reported() {
    score_heldout(126, "hundred-and-twenty-sixth");
}

#[test]
fn heldout_127_is_scored_and_reported() {
    score_heldout(127, "hundred-and-twenty-seventh");
}

// Test sets 128, 129 and 130 (round 46): written by three writers who did not read the importer,
// each measured once as a test set on the round's code and on its starting code (bench/README.md,
// "Round 46"); training since round 47.
#[test]
fn heldout_128_is_scored_and_reported() {
    score_heldout(128, "hundred-and-twenty-eighth");
}

#[test]
fn heldout_129_is_scored_and_reported() {
    score_heldout(129, "hundred-and-twenty-ninth");
}

#[test]
fn heldout_130_is_scored_and_reported() {
    score_heldout(130, "hundred-and-thirtieth");
}

// Test sets 131, 132 and 133 (round 47): written by writers who did not read the importer, each
// measured once as a test set on the round's code and on its starting code (bench/README.md,
// "Round 47"); 131 and 132 training since round 48, 133 waiting (see DEVELOPMENT_SETS).
#[test]
fn heldout_131_is_scored_and_reported() {
    score_heldout(131, "hundred-and-thirty-first");
}

#[test]
fn heldout_132_is_scored_and_reported() {
    score_heldout(132, "hundred-and-thirty-second");
}

#[test]
fn heldout_133_is_scored_and_reported() {
    score_heldout(133, "hundred-and-thirty-third");
}

// Sets 134, 135 and 136 (round 48): written by writers who did not read the importer, measured
// on round 48's starting and closing code (bench/README.md, "Round 47" and "Round 48"), then
// made development sets in round 49.
#[test]
fn heldout_134_is_scored_and_reported() {
    score_heldout(134, "hundred-and-thirty-fourth");
}

#[test]
fn heldout_135_is_scored_and_reported() {
    score_heldout(135, "hundred-and-thirty-fifth");
}

#[test]
fn heldout_136_is_scored_and_reported() {
    score_heldout(136, "hundred-and-thirty-sixth");
}

// Test sets 137, 138 and 139 (round 49): written by writers who did not read the importer, in
// copy forms the sets before them had not used (feed readers, press-release PDFs, page posts,
// drafts, podcast notes, translated pages, search caches, forum reposts). Measured once on round
// 49's starting code (bench/README.md, "Round 48"); development sets since round 50.
#[test]
fn heldout_137_is_scored_and_reported() {
    score_heldout(137, "hundred-and-thirty-seventh");
}

#[test]
fn heldout_138_is_scored_and_reported() {
    score_heldout(138, "hundred-and-thirty-eighth");
}

#[test]
fn heldout_139_is_scored_and_reported() {
    score_heldout(139, "hundred-and-thirty-ninth");
}

// Test sets 140, 141 and 142 (round 50): written by writers who did not read the importer, in
// copy forms the sets before them had not used (archive captures, read-later exports, text-only
// pages, photo and network posts, liveblogs, forwarded mail, Markdown pastes, scanned bulletins,
// aggregators, video descriptions). Measured once on round 50's starting code and once at its
// end (bench/README.md, "Round 49's end and round 50"); development sets since round 51.
#[test]
fn heldout_140_is_scored_and_reported() {
    score_heldout(140, "hundred-and-fortieth");
}

#[test]
fn heldout_141_is_scored_and_reported() {
    score_heldout(141, "hundred-and-forty-first");
}

#[test]
fn heldout_142_is_scored_and_reported() {
    score_heldout(142, "hundred-and-forty-second");
}

// Test sets 143, 144 and 145 (round 51): written by writers who did not read the importer, in
// copy forms the sets before them had not used (page posts, channel forwards, government portal
// pages, forum reposts, print-to-PDF text, newsletter digests, network threads, podcast notes,
// feed readers, e-paper clippings, translated pages, release PDFs). Measured once on round 51's
// starting code and once at its end (bench/README.md, "Round 51"); development sets since round
// 52.
#[test]
fn heldout_143_is_scored_and_reported() {
    score_heldout(143, "hundred-and-forty-third");
}

#[test]
fn heldout_144_is_scored_and_reported() {
    score_heldout(144, "hundred-and-forty-fourth");
}

#[test]
fn heldout_145_is_scored_and_reported() {
    score_heldout(145, "hundred-and-forty-fifth");
}

// Test sets 146, 147 and 148 (round 52): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used. Measured once on round
// 52's starting code and once at its end (bench/README.md, "Round 52"); development sets since
// round 53.
#[test]
fn heldout_146_is_scored_and_reported() {
    score_heldout(146, "hundred-and-forty-sixth");
}

#[test]
fn heldout_147_is_scored_and_reported() {
    score_heldout(147, "hundred-and-forty-seventh");
}

#[test]
fn heldout_148_is_scored_and_reported() {
    score_heldout(148, "hundred-and-forty-eighth");
}

// Test sets 149, 150 and 151 (round 53): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (reader-to-Markdown
// output, text-mode browser dumps, screen-reader logs, spreadsheet rows, document viewers,
// channel updates, secured mail forwards, aggregator apps; broadcast scripts, fact-checks,
// picture posts, thread unrollers, document suggestions, list digests, forwarded SMS alerts,
// e-readers; note-app clips, archived snapshots, chat exports, release PDFs, video pages,
// wiki-news pages, community posts, print-to-PDF pages). Measured once on round 53's starting
// code and once at its end (bench/README.md, "Round 53"); development sets since round 54.
#[test]
fn heldout_149_is_scored_and_reported() {
    score_heldout(149, "hundred-and-forty-ninth");
}

#[test]
fn heldout_150_is_scored_and_reported() {
    score_heldout(150, "hundred-and-fiftieth");
}

#[test]
fn heldout_151_is_scored_and_reported() {
    score_heldout(151, "hundred-and-fifty-first");
}

// Test sets 152, 153 and 154 (round 54): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (slide-deck outlines,
// note-app pages, reblogs, membership blogs, aggregator apps, task cards, answer sites, meeting
// minutes; issue trackers, clipping reports, public-information portals, assistant chats, old
// portals, tracked changes, photo galleries, mailed articles; press-conference transcripts,
// newsletters, AMP viewers, pins, intranet posts, paste sites, link aggregators, notice boards);
// measured once on round 54's starting code and once at its end (bench/README.md, "Round 54");
// development sets since round 55.
#[test]
fn heldout_152_is_scored_and_reported() {
    score_heldout(152, "hundred-and-fifty-second");
}

#[test]
fn heldout_153_is_scored_and_reported() {
    score_heldout(153, "hundred-and-fifty-third");
}

#[test]
fn heldout_154_is_scored_and_reported() {
    score_heldout(154, "hundred-and-fifty-fourth");
}

// Test sets 155, 156 and 157 (round 55): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (teletext pages, wiki
// pages, help-centre articles, neighbourhood posts, alert digests, notification stacks, podcast
// episode pages, event pages; procurement portals, calendar invitations, scanned flyers,
// short-video pages, print previews, match centres, classroom streams, fundraising pages;
// harbour notices, documentation sites, petitions, community channels, business profiles, case
// trackers, news quizzes, library catalogue records). Measured once on round 55's starting code
// and once at its end (bench/README.md, "Round 55"); development sets since round 56.
#[test]
fn heldout_155_is_scored_and_reported() {
    score_heldout(155, "hundred-and-fifty-fifth");
}

#[test]
fn heldout_156_is_scored_and_reported() {
    score_heldout(156, "hundred-and-fifty-sixth");
}

#[test]
fn heldout_157_is_scored_and_reported() {
    score_heldout(157, "hundred-and-fifty-seventh");
}

// Test sets 158, 159 and 160 (round 56): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (flipbook viewers,
// routing slips, block-editor drafts, exam papers, wiki talk pages, parliament records, letters
// pages, press kits; document viewers, church bulletins, design-tool exports, instant-view pages,
// spreadsheets, classified pages, large-print editions, a ship's daily programme; super-app
// feeds, civil servants' daily reports, site search results, returned mail, revision
// comparisons, school newsletters, booking pages, noticeboard apps).
// Measured once on round 56's starting code and once at its end (bench/README.md, "Round 56");
// development sets since round 57.
#[test]
fn heldout_158_is_scored_and_reported() {
    score_heldout(158, "hundred-and-fifty-eighth");
}

#[test]
fn heldout_159_is_scored_and_reported() {
    score_heldout(159, "hundred-and-fifty-ninth");
}

#[test]
fn heldout_160_is_scored_and_reported() {
    score_heldout(160, "hundred-and-sixtieth");
}

// Test sets 161, 162 and 163 (round 57): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (a phoned-in story's
// transcription, a radio script, meeting minutes, a screen reader's output, an AI assistant's
// answer, a data story, an easy-read version, a police log; an interview in questions and
// answers, an e-learning module, a thesis appendix, a smart-TV app, an on-board magazine, a
// recess report, a doorstop transcript, a corrections page; a public comment in a docket, a
// language-learning reader, an NGO's quarterly report, service alerts, a mailing-list archive,
// an annual performance report, a read-later app, a closed-caption log). Measured once on round
// 57's starting code and once at its end (bench/README.md, "Round 57"); development sets since
// round 58.
#[test]
fn heldout_161_is_scored_and_reported() {
    score_heldout(161, "hundred-and-sixty-first");
}

#[test]
fn heldout_162_is_scored_and_reported() {
    score_heldout(162, "hundred-and-sixty-second");
}

#[test]
fn heldout_163_is_scored_and_reported() {
    score_heldout(163, "hundred-and-sixty-third");
}

// Test sets 164, 165 and 166 (round 58): written by writers who did not read the importer, each
// given a different list of copy forms the sets before them had not used (a public-information
// release with redactions, an SMS news service, a year-end anthology, a version-history page, a
// TV channel's chyron log, a voice memo's transcript, a marketplace listing, a search page's
// knowledge panel; a lesson plan, a reading-comprehension exam, a paywall or bot check, a
// membership post, an open-data portal, a Matrix chat, a live-stream page, a diary blog; a
// talking-points memo, a council's board paper, a digest magazine, a smart speaker's briefing
// history, a debate club's pack, a church bulletin, a course reader, a poster's QR page); not
// development sets. Measured once on round 58's starting code (bench/README.md, "Round 58").
#[test]
fn heldout_164_is_scored_and_reported() {
    score_heldout(164, "hundred-and-sixty-fourth");
}

#[test]
fn heldout_165_is_scored_and_reported() {
    score_heldout(165, "hundred-and-sixty-fifth");
}

#[test]
fn heldout_166_is_scored_and_reported() {
    score_heldout(166, "hundred-and-sixty-sixth");
}
