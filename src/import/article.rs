//! One raw news text → the article digest writes: front matter fields and a Markdown body.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::body::{self, Block};
use super::{clean, datefind, dateline, entities, headline, lang};

/// What was recovered from a raw text.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub title: String,
    /// `None` when the text names no date: the caller falls back to the file's date.
    pub date: Option<Date>,
    pub source: Option<String>,
    pub location: Option<String>,
    pub lang: String,
    pub summary: String,
    pub tags: Vec<entities::Tag>,
    pub body: String,
}

/// Reads `text` (already decoded). `aliases` merge tag spellings; `default_lang` is used when
/// the text does not tell.
pub fn extract(
    text: &str,
    aliases: &BTreeMap<String, String>,
    default_lang: &str,
) -> Option<Article> {
    let mut paragraphs = clean::paragraphs(text);
    if paragraphs.is_empty() {
        return None;
    }
    let all_text = paragraphs.join("\n");
    let lang = lang::detect(&all_text, default_lang).to_string();
    // Indonesian and most English-language news outside the US write day/month/year;
    // a date like 3/25/2025 is still read month-first because it cannot be anything else.
    let month_first = false;

    // A headline on the first line, if the text has one (and it is not itself a dateline).
    let mut title = None;
    if paragraphs.len() > 1
        && headline::is_headline(&paragraphs[0])
        && dateline::parse(&paragraphs[0]).is_none()
        && !is_date_line(&paragraphs[0], month_first)
    {
        title = Some(paragraphs.remove(0));
    }
    // A line holding only the date ("Senin, 3 Maret 2025 14:30 WIB") under the title.
    let mut date = None;
    if paragraphs.len() > 1 && is_date_line(&paragraphs[0], month_first) {
        date = datefind::find_all(&paragraphs[0], month_first)
            .first()
            .map(|f| f.date);
        paragraphs.remove(0);
    }
    // The dateline opens the first paragraph; it is metadata, not text.
    let (mut source, mut location) = (None, None);
    if let Some(line) = paragraphs.first().and_then(|p| dateline::parse(p)) {
        source = line.source;
        location = line.location;
        date = date.or(line.date);
        let rest = paragraphs[0][line.rest..].trim().to_string();
        if rest.is_empty() {
            paragraphs.remove(0);
        } else {
            paragraphs[0] = capitalise_first(&rest);
        }
    }
    if paragraphs.is_empty() {
        return None;
    }
    let body_text = paragraphs.join("\n");
    if date.is_none() {
        date = datefind::reporting_date(&datefind::find_all(&body_text, month_first));
    }
    let lead = paragraphs[0].clone();
    let title = title.unwrap_or_else(|| headline::from_lead(&lead));
    // A lead of punctuation alone (". ") gives no headline, and a page without a title does
    // not build: the lead itself is the title then.
    let title = match title.trim() {
        "" => lead
            .chars()
            .take(100)
            .collect::<String>()
            .trim()
            .to_string(),
        t => t.to_string(),
    };
    let blocks = body::blocks(&paragraphs);
    let prose: Vec<&str> = blocks
        .iter()
        .filter(|b| !matches!(b, Block::Heading(_)))
        .map(Block::text)
        .collect();
    let tags = entities::tags(
        &prose.join("\n"),
        &entities::Context {
            lead: &lead,
            title: &title,
            location: location.as_deref(),
            source: source.as_deref(),
            aliases,
        },
    );
    Some(Article {
        summary: headline::summary(&lead),
        title,
        date,
        source,
        location,
        lang,
        tags,
        body: body::to_markdown(&blocks),
    })
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A short line that is nothing but a date (and maybe a time, zone or "|").
fn is_date_line(line: &str, month_first: bool) -> bool {
    if line.chars().count() > 60 {
        return false;
    }
    let found = datefind::find_all(line, month_first);
    let Some(f) = found.first() else { return false };
    let rest = format!("{}{}", &line[..f.start], &line[f.end..]);
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || datefind::is_calendar_word(w)
                || [
                    "wib",
                    "wita",
                    "wit",
                    "pukul",
                    "jam",
                    "am",
                    "pm",
                    "utc",
                    "gmt",
                    "diperbarui",
                    "updated",
                    "published",
                    "dipublikasikan",
                ]
                .contains(&w.to_lowercase().as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_date_line_and_dateline() {
        let text = "Harga Beras Naik Jelang Ramadan\nSenin, 3 Maret 2025 | 14:30 WIB\n\nJAKARTA, KOMPAS.com - Harga beras naik lagi di pasar.\nPedagang mengeluh. (aud/agt)\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.title, "Harga Beras Naik Jelang Ramadan");
        assert_eq!(a.date.unwrap().to_string(), "2025-03-03");
        assert_eq!(a.source.as_deref(), Some("KOMPAS.com"));
        assert_eq!(a.location.as_deref(), Some("Jakarta"));
        assert_eq!(
            a.body,
            "Harga beras naik lagi di pasar.\n\nPedagang mengeluh.\n"
        );
        assert_eq!(a.lang, "id");
    }

    #[test]
    fn english_dateline_and_date() {
        let text = "TOKYO (Reuters) - Japan and the United States agreed on Thursday to boost joint missile production, officials said on November 19, 2025.\nThe deal covers air-to-air missiles.";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.lang, "en");
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.location.as_deref(), Some("Tokyo"));
        assert_eq!(a.date.unwrap().to_string(), "2025-11-19");
        assert!(
            a.title.starts_with("Japan and the United States agreed"),
            "{}",
            a.title
        );
        assert!(a.title.chars().count() <= 100);
    }

    #[test]
    fn blank_text_has_no_article() {
        assert_eq!(
            extract("  \n\nAdvertisement\n", &BTreeMap::new(), "id"),
            None
        );
    }

    #[test]
    fn no_date_anywhere() {
        let a = extract(
            "Jakarta - Sesuatu terjadi.\nLalu selesai.",
            &BTreeMap::new(),
            "id",
        )
        .unwrap();
        assert_eq!(a.date, None);
    }
}
