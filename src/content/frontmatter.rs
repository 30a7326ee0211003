//! YAML front matter: splitting it from the body and checking the fields digest relies on.

use serde_yaml::{Mapping, Value};

use crate::dates::PubDate;

/// The front matter of one article, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub date: PubDate,
    pub updated: Option<PubDate>,
    /// Each tag as written, with the kind `tag_kinds` gives it.
    pub tags: Vec<TagEntry>,
    /// People credited as writers, in the order given.
    pub authors: Vec<String>,
    /// The one section (`Ekonomi`) the article belongs to; filled from its folder when absent.
    pub section: Option<String>,
    /// True for `date_source: file`: the importer took the date from the file's modification time.
    pub date_from_file: bool,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub location: Option<String>,
    pub lang: Option<String>,
    pub slug: Option<String>,
    pub draft: bool,
    /// `featured: true`: a story that leads the front page and its day's edition.
    pub featured: bool,
    /// The lead image (`image`, `image_alt`, `image_caption`, `image_credit`).
    pub image: Option<LeadImage>,
    /// Keys digest does not know, kept for templates as `page.extra`.
    pub extra: Mapping,
}

/// A problem in front matter, with a 1-based line (and column when known) in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

/// One tag of an article. The kind lives beside the name, not in a map of its own, so that
/// whatever compares an article's tags (the dev server deciding what to rebuild) sees a kind change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagEntry {
    pub name: String,
    pub kind: Option<TagKind>,
}

/// What a tag names, as `tag_kinds` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TagKind {
    Person,
    Place,
    Organisation,
}

impl TagKind {
    /// The word used in front matter and given to templates.
    pub fn as_str(self) -> &'static str {
        match self {
            TagKind::Person => "person",
            TagKind::Place => "place",
            TagKind::Organisation => "organisation",
        }
    }

    /// The kind named by `word` (any letter case).
    pub fn parse(word: &str) -> Option<TagKind> {
        [TagKind::Person, TagKind::Place, TagKind::Organisation]
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(word.trim()))
    }
}

const KNOWN: [&str; 19] = [
    "title",
    "date",
    "tags",
    "summary",
    "source",
    "location",
    "lang",
    "slug",
    "draft",
    "updated",
    "authors",
    "date_source",
    "tag_kinds",
    "featured",
    "section",
    // Lead images.
    "image",
    "image_alt",
    "image_caption",
    "image_credit",
];

/// Splits `text` into (YAML, body, line where the YAML starts, line where the body starts).
pub fn split(text: &str) -> Result<(&str, &str, usize, usize), Problem> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(Problem {
            line: 1,
            column: None,
            message: "missing front matter: the file must start with a `---` line".into(),
        });
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut pos = yaml_start;
    let mut line = 2;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        if text[pos..end].trim_end() == "---" {
            let body_start = (end + 1).min(text.len());
            return Ok((&text[yaml_start..pos], &text[body_start..], 2, line + 1));
        }
        pos = end + 1;
        line += 1;
    }
    Err(Problem {
        line: 1,
        column: None,
        message: "front matter is not closed: add a `---` line after it".into(),
    })
}

/// The most `[`/`{` one value may nest; the YAML library stops at 128 too, but only after work
/// that grows with the square of the depth (100,000 took 52 s).
const MAX_NESTING: usize = 128;

/// The most tags one article may have: every tag page and tag feed shows the article with all
/// its tags, so the output grows with the square of this number.
pub const MAX_TAGS: usize = 100;

/// The position (0-based line, 1-based column) where brackets nest deeper than [`MAX_NESTING`].
fn too_deep(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (line, text) in yaml.lines().enumerate() {
        for (column, c) in text.chars().enumerate() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => continue,
            }
            if depth > MAX_NESTING {
                return Some((line, column + 1));
            }
        }
    }
    None
}

/// Parses and validates the YAML of the front matter; `first_line` is its line in the file.
pub fn parse(yaml: &str, first_line: usize) -> Result<FrontMatter, Problem> {
    if let Some((line, column)) = too_deep(yaml) {
        return Err(Problem {
            line: first_line + line,
            column: Some(column),
            message: format!(
                "invalid YAML in front matter: lists or maps nested more than {MAX_NESTING} deep"
            ),
        });
    }
    let value: Value = if yaml.trim().is_empty() {
        Value::Mapping(Mapping::new())
    } else {
        serde_yaml::from_str(yaml).map_err(|e| {
            let (line, column) = e
                .location()
                .map(|l| (l.line(), Some(l.column())))
                .unwrap_or((1, None));
            Problem {
                line: first_line + line.saturating_sub(1),
                column,
                message: format!(
                    "invalid YAML in front matter: {}",
                    strip_location(&e.to_string())
                ),
            }
        })?
    };
    let Value::Mapping(map) = value else {
        return Err(Problem {
            line: first_line,
            column: None,
            message: "front matter must be a set of `key: value` lines".into(),
        });
    };
    let place = Place { yaml, first_line };
    let at = |key: &str, message: String| place.at(key, message);
    let string = |key: &str| -> Result<Option<String>, Problem> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(Value::Bool(b)) => Ok(Some(b.to_string())),
            Some(_) => Err(at(key, format!("`{key}` must be text"))),
        }
    };
    let date = |key: &str| -> Result<Option<PubDate>, Problem> {
        match string(key)? {
            None => Ok(None),
            Some(s) => PubDate::parse(&s).map(Some).ok_or_else(|| {
                at(
                    key,
                    format!(
                        "`{key}: {s}` is not a date: write YYYY-MM-DD or RFC 3339 such as 2026-01-15T09:30:00+07:00"
                    ),
                )
            }),
        }
    };

    let title = string("title")?
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| at("title", "missing `title` in front matter".into()))?;
    let date_value =
        date("date")?.ok_or_else(|| at("date", "missing `date` in front matter".into()))?;
    let tag_names = tags(&map, &place)?;
    let kinds = tag_kinds(&map, &place)?;
    let tags = tag_names
        .into_iter()
        .map(|name| {
            let kind = kinds.get(&tag_key(&name)).copied();
            TagEntry { name, kind }
        })
        .collect();
    let flag = |key: &str| match map.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(at(key, format!("`{key}` must be true or false"))),
    };
    let draft = flag("draft")?;
    let mut extra = Mapping::new();
    for (k, v) in &map {
        let known = k.as_str().is_some_and(|k| KNOWN.contains(&k));
        if !known {
            extra.insert(k.clone(), v.clone());
        }
    }
    Ok(FrontMatter {
        title,
        date: date_value,
        updated: date("updated")?,
        tags,
        authors: authors(&map, &place)?,
        section: section(&map, &place)?,
        date_from_file: date_from_file(&map, &place)?,
        summary: string("summary")?.filter(|s| !s.trim().is_empty()),
        source: string("source")?.filter(|s| !s.trim().is_empty()),
        location: string("location")?.filter(|s| !s.trim().is_empty()),
        lang: string("lang")?.filter(|s| !s.trim().is_empty()),
        slug: string("slug")?,
        draft,
        featured: flag("featured")?,
        image: lead_image(&map, &place)?,
        extra,
    })
}

/// Where the YAML sits in the file, to point a problem at the line of its key.
struct Place<'a> {
    yaml: &'a str,
    first_line: usize,
}

impl Place<'_> {
    /// A problem on the line of top-level `key` (the first line when the key is not found).
    fn at(&self, key: &str, message: String) -> Problem {
        self.at_line(key_line(self.yaml, key), message)
    }

    /// A problem on the first line from `key` on that contains every one of `needles`, e.g. one
    /// entry of a map written over several lines; else on the line of `key`.
    fn entry(&self, key: &str, needles: &[&str], message: String) -> Problem {
        let from = key_line(self.yaml, key);
        let line = from.and_then(|from| {
            self.yaml
                .lines()
                .enumerate()
                .skip(from)
                .find(|(_, l)| needles.iter().all(|n| l.contains(n)))
                .map(|(i, _)| i)
        });
        self.at_line(line.or(from), message)
    }

    fn at_line(&self, line: Option<usize>, message: String) -> Problem {
        Problem {
            line: line.map_or(self.first_line, |l| self.first_line + l),
            column: None,
            message,
        }
    }
}

/// `tags`: a list of words, or one word.
fn tags(map: &Mapping, place: &Place) -> Result<Vec<String>, Problem> {
    match map.get("tags") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(vec![s.clone()]),
        Some(Value::Sequence(items)) if items.len() > MAX_TAGS => Err(place.at(
            "tags",
            format!(
                "`tags` lists {} tags; an article may have at most {MAX_TAGS} (keep the names a reader would look for)",
                items.len()
            ),
        )),
        Some(Value::Sequence(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                Value::Number(n) => Ok(n.to_string()),
                _ => Err(place.at("tags", "`tags` must be a list of words".into())),
            })
            .collect(),
        Some(_) => Err(place.at(
            "tags",
            "`tags` must be a list, e.g. `tags: [Jepang, China]`".into(),
        )),
    }
}

/// How a tag name is matched: letter case and runs of spaces do not matter.
fn tag_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `tag_kinds`: tag name → `person`, `place` or `organisation`, keyed by [`tag_key`]. Names
/// that are not among the tags are simply never looked up; the first entry for a name wins.
fn tag_kinds(
    map: &Mapping,
    place: &Place,
) -> Result<std::collections::HashMap<String, TagKind>, Problem> {
    let mut kinds = std::collections::HashMap::new();
    let entries = match map.get("tag_kinds") {
        None | Some(Value::Null) => return Ok(kinds),
        Some(Value::Mapping(entries)) => entries,
        Some(_) => {
            return Err(place.at(
                "tag_kinds",
                "`tag_kinds` must map tag names to kinds, e.g. `tag_kinds: {\"Bank Indonesia\": organisation}`".into(),
            ));
        }
    };
    for (name, kind) in entries {
        let name = match name {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => {
                return Err(place.at(
                    "tag_kinds",
                    "`tag_kinds` must map tag names to kinds; a name is not text".into(),
                ));
            }
        };
        let word = match kind {
            Value::String(s) => s.as_str(),
            _ => "",
        };
        let Some(k) = TagKind::parse(word) else {
            let message = match kind {
                Value::String(s) => format!(
                    "`tag_kinds` gives `{name}` the unknown kind `{s}`: use person, place or organisation"
                ),
                _ => format!(
                    "`tag_kinds` must give `{name}` one word: person, place or organisation"
                ),
            };
            return Err(place.entry("tag_kinds", &[name.as_str(), word], message));
        };
        kinds.entry(tag_key(&name)).or_insert(k);
    }
    Ok(kinds)
}

/// `authors`: a list of names, or one name; blank names are dropped.
fn authors(map: &Mapping, place: &Place) -> Result<Vec<String>, Problem> {
    let bad = || {
        place.at(
            "authors",
            "`authors` must be a list of names, e.g. `authors: [\"Gayatri Suroyo\", \"Ed Davies\"]`".into(),
        )
    };
    let items: Vec<&str> = match map.get("authors") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Sequence(items)) => items
            .iter()
            .map(|v| v.as_str().ok_or_else(bad))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(bad()),
    };
    let mut names: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let name = item.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}

/// `section`: one name. Its page is `/<slug>/`, beside digest's own folders, so a name whose
/// slug is one of them is refused here, where the line of the key is known.
fn section(map: &Mapping, place: &Place) -> Result<Option<String>, Problem> {
    let name = match map.get("section") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Some(_) => {
            return Err(place.at(
                "section",
                "`section` must be one name, e.g. `section: Ekonomi` (an article is in one section; use `tags` for more)".into(),
            ));
        }
    };
    if name.is_empty() {
        return Ok(None);
    }
    if let Some(message) = crate::site::lists::section_clash(&name) {
        return Err(place.at(
            "section",
            format!("`section: {name}`: {message}; choose another name"),
        ));
    }
    Ok(Some(name))
}

/// `date_source`: only `file` (the importer's mark), which `digest check` asks to have checked.
fn date_from_file(map: &Mapping, place: &Place) -> Result<bool, Problem> {
    match map.get("date_source") {
        None | Some(Value::Null) => Ok(false),
        Some(Value::String(s)) if s.trim() == "file" => Ok(true),
        Some(other) => {
            let shown = match other {
                Value::String(s) => format!("`{s}`"),
                Value::Number(n) => format!("`{n}`"),
                Value::Bool(b) => format!("`{b}`"),
                _ => "not a word".into(),
            };
            Err(place.at(
                "date_source",
                format!(
                    "`date_source` is {shown}, which digest does not know: the only value is `file`, which digest import writes when the date came from the text file's modification time"
                ),
            ))
        }
    }
}

/// The lead image of an article as its front matter gives it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeadImage {
    /// A path beside the article, `/path` under `static/`, or an http(s) URL.
    pub src: String,
    /// `None` when `image_alt` is missing; `Some("")` marks a decorative image.
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// The file line of the `image` key, for messages about the file it names.
    #[serde(skip)]
    pub line: usize,
}

/// `image` and its companions; the companions mean nothing without an image.
fn lead_image(map: &Mapping, place: &Place) -> Result<Option<LeadImage>, Problem> {
    let text = |key: &str| -> Result<Option<String>, Problem> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(place.at(key, format!("`{key}` must be text, in quotes if need be"))),
        }
    };
    let Some(src) = text("image")?.filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let lower = src.to_ascii_lowercase();
    let remote = lower.starts_with("https://") || lower.starts_with("http://");
    if !remote && (src.starts_with("//") || src.contains(':')) {
        return Err(place.at(
            "image",
            format!(
                "`image: {src}` is neither a file nor a web address: write a path beside the article (photo.jpg), a path under static/ starting with / (/images/photo.jpg), or an https:// URL"
            ),
        ));
    }
    Ok(Some(LeadImage {
        src,
        alt: text("image_alt")?,
        caption: text("image_caption")?.filter(|s| !s.is_empty()),
        credit: text("image_credit")?.filter(|s| !s.is_empty()),
        line: place.at("image", String::new()).line,
    }))
}

/// The 1-based line of top-level `key` in the front matter of a whole file's `text`.
pub fn key_line_in_file(text: &str, key: &str) -> Option<usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (yaml, _, first_line, _) = split(text).ok()?;
    key_line(yaml, key).map(|l| first_line + l)
}

/// Drops the " at line X column Y" that the YAML library appends: we print our own location.
fn strip_location(message: &str) -> &str {
    message
        .find(" at line ")
        .map(|i| &message[..i])
        .unwrap_or(message)
}

/// 0-based line of a top-level `key:` in the YAML text.
fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines().position(|l| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let (yaml, body, first, body_line) = split("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(
            (yaml, body, first, body_line),
            ("title: A\n", "Body\n", 2, 4)
        );
    }

    #[test]
    fn yaml_error_points_into_file() {
        let p = parse("title: A\ndate: 2026-01-01\ntags: [a, b\n", 2).unwrap_err();
        assert!(p.line >= 4, "{p:?}");
        assert!(p.message.contains("invalid YAML"), "{p:?}");
    }

    #[test]
    fn missing_title_and_bad_date_name_their_line() {
        let p = parse("date: 2026-01-01\n", 2).unwrap_err();
        assert!(p.message.contains("missing `title`"));
        let p = parse("title: A\ndate: 15/1/2026\n", 2).unwrap_err();
        assert_eq!(p.line, 3);
        assert!(p.message.contains("15/1/2026"));
    }

    #[test]
    fn deep_nesting_fails_fast_with_its_place() {
        let yaml = format!("title: A\ndate: 2026-01-01\nx: {}\n", "[".repeat(100_000));
        let p = parse(&yaml, 2).unwrap_err();
        assert_eq!((p.line, p.column), (4, Some(132)), "{p:?}");
        assert!(p.message.contains("nested more than 128"), "{p:?}");
        let fine = format!(
            "title: A\ndate: 2026-01-01\nx: {}{}\n",
            "[".repeat(20),
            "]".repeat(20)
        );
        assert!(parse(&fine, 2).is_ok());
    }

    #[test]
    fn too_many_tags_is_an_error_on_their_line() {
        let tags = |n: usize| {
            (0..n)
                .map(|i| format!("t{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let p = parse(
            &format!("title: A\ndate: 2026-01-01\ntags: [{}]\n", tags(3000)),
            2,
        )
        .unwrap_err();
        assert_eq!(p.line, 4);
        assert!(p.message.contains("3000 tags") && p.message.contains("at most 100"));
        assert!(
            parse(
                &format!("title: A\ndate: 2026-01-01\ntags: [{}]\n", tags(100)),
                2
            )
            .is_ok()
        );
    }

    #[test]
    fn featured_is_true_or_false_on_its_line() {
        let fm = parse("title: A\ndate: 2026-01-01\nfeatured: true\n", 2).unwrap();
        assert!(fm.featured && fm.extra.is_empty());
        assert!(!parse("title: A\ndate: 2026-01-01\n", 2).unwrap().featured);
        let p = parse("title: A\ndate: 2026-01-01\nfeatured: yes please\n", 2).unwrap_err();
        assert_eq!(p.line, 4, "{p:?}");
        assert_eq!(p.message, "`featured` must be true or false");
    }

    #[test]
    fn unknown_keys_are_extra() {
        let fm = parse("title: A\ndate: 2026-01-01\nphotographer: B\n", 2).unwrap();
        assert_eq!(
            fm.extra.get("photographer").and_then(|v| v.as_str()),
            Some("B")
        );
    }

    #[test]
    fn authors_one_name_or_a_list() {
        let fm = parse("title: A\ndate: 2026-01-01\nauthors: Ed  Davies\n", 2).unwrap();
        assert_eq!(fm.authors, ["Ed Davies"]);
        let fm = parse("title: A\ndate: 2026-01-01\nauthors: [B, \" \", C, B]\n", 2).unwrap();
        assert_eq!(fm.authors, ["B", "C"]);
        let p = parse("title: A\ndate: 2026-01-01\nauthors: [[B]]\n", 2).unwrap_err();
        assert_eq!(p.line, 4, "{p:?}");
        assert!(fm.extra.is_empty());
    }

    #[test]
    fn lead_image_keeps_its_line_and_refuses_other_schemes() {
        let fm = parse(
            "title: A\ndate: 2026-01-01\nimage: photo.jpg\nimage_alt: \"\"\nimage_credit: Ani\n",
            2,
        )
        .unwrap();
        let image = fm.image.unwrap();
        assert_eq!((image.src.as_str(), image.line), ("photo.jpg", 4));
        assert_eq!(image.alt.as_deref(), Some(""));
        assert!(fm.extra.is_empty());
        let p = parse(
            "title: A\ndate: 2026-01-01\nimage: javascript:alert(1)\n",
            2,
        )
        .unwrap_err();
        assert_eq!(p.line, 4, "{p:?}");
        let p = parse(
            "title: A\ndate: 2026-01-01\nimage: a.jpg\nimage_alt: [x]\n",
            2,
        )
        .unwrap_err();
        assert_eq!(p.line, 5, "{p:?}");
        assert!(p.message.contains("`image_alt` must be text"), "{p:?}");
    }

    #[test]
    fn tag_kinds_attach_to_the_tags_they_name() {
        let fm = parse(
            "title: A\ndate: 2026-01-01\ntags: [Bank Indonesia, jakarta, Ani]\ntag_kinds:\n  bank  indonesia: organisation\n  Jakarta: Place\n  Mars: place\ndate_source: file\n",
            2,
        )
        .unwrap();
        let kinds: Vec<_> = fm.tags.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [Some(TagKind::Organisation), Some(TagKind::Place), None]
        );
        assert!(fm.date_from_file);
        assert!(fm.extra.is_empty(), "{:?}", fm.extra);
        let p = parse(
            "title: A\ndate: 2026-01-01\ntag_kinds:\n  Ani: person\n  Jakarta: city\n",
            2,
        )
        .unwrap_err();
        assert_eq!(p.line, 6, "{p:?}");
        assert!(p.message.contains("`city`"), "{p:?}");
    }
}
