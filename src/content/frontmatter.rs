//! YAML front matter: splitting it from the body and checking the fields digest relies on.

use serde_yaml::{Mapping, Value};

use crate::dates::PubDate;

/// The front matter of one article, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub date: PubDate,
    pub updated: Option<PubDate>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub location: Option<String>,
    pub lang: Option<String>,
    pub slug: Option<String>,
    pub draft: bool,
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

const KNOWN: [&str; 10] = [
    "title", "date", "tags", "summary", "source", "location", "lang", "slug", "draft", "updated",
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
    let at = |key: &str, message: String| Problem {
        line: key_line(yaml, key)
            .map(|l| first_line + l)
            .unwrap_or(first_line),
        column: None,
        message,
    };
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
    let tags = match map.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Sequence(items)) if items.len() > MAX_TAGS => {
            return Err(at(
                "tags",
                format!(
                    "`tags` lists {} tags; an article may have at most {MAX_TAGS} (keep the names a reader would look for)",
                    items.len()
                ),
            ));
        }
        Some(Value::Sequence(items)) => {
            let mut tags = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::String(s) => tags.push(s.clone()),
                    Value::Number(n) => tags.push(n.to_string()),
                    _ => return Err(at("tags", "`tags` must be a list of words".into())),
                }
            }
            tags
        }
        Some(_) => {
            return Err(at(
                "tags",
                "`tags` must be a list, e.g. `tags: [Jepang, China]`".into(),
            ));
        }
    };
    let draft = match map.get("draft") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(at("draft", "`draft` must be true or false".into())),
    };
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
        summary: string("summary")?.filter(|s| !s.trim().is_empty()),
        source: string("source")?.filter(|s| !s.trim().is_empty()),
        location: string("location")?.filter(|s| !s.trim().is_empty()),
        lang: string("lang")?.filter(|s| !s.trim().is_empty()),
        slug: string("slug")?,
        draft,
        extra,
    })
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
    fn unknown_keys_are_extra() {
        let fm = parse("title: A\ndate: 2026-01-01\nphotographer: B\n", 2).unwrap();
        assert_eq!(
            fm.extra.get("photographer").and_then(|v| v.as_str()),
            Some("B")
        );
    }
}
