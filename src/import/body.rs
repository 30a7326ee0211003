//! Writing paragraphs as Markdown: subheadings, lists, and escaping so the reader sees exactly
//! what the text said.

use std::sync::LazyLock;

use regex::Regex;

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Bullet(String),
    Numbered(u32, String),
    Paragraph(String),
}

impl Block {
    /// The block's text, without list markers.
    pub fn text(&self) -> &str {
        match self {
            Block::Heading(t) | Block::Bullet(t) | Block::Numbered(_, t) | Block::Paragraph(t) => t,
        }
    }
}

pub fn bullet(line: &str) -> Option<&str> {
    for marker in ["• ", "· ", "- ", "* ", "– ", "▪ ", "► "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    line.strip_prefix('•').map(str::trim)
}

pub fn numbered(line: &str) -> Option<(u32, &str)> {
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let rest = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    Some((line[..digits].parse().ok()?, rest.trim()))
}

/// True when a line reads as a subheading: short, no closing punctuation, mostly capitalised.
pub fn is_subheading(line: &str) -> bool {
    // "Hubungi 0812-4800-3917", "… dekat bandara. Hub. 0812 4813 2260": a phone number is a
    // classified's or an advertiser's line, never a story's heading.
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[^\d])(?:\+?62|0)8\d{1,2}[- .]?\d{3,4}[- .]?\d{3,5}\b|\(0\d{2,3}\) ?\d{3,4}",
        )
        .unwrap()
    });
    if PHONE.is_match(line) {
        return false;
    }
    // A subheading may be quoted as a whole: "'Izinnya sah'".
    let quote_count = line.chars().filter(|c| "'\"“”‘’".contains(*c)).count();
    let whole_quote = line.starts_with(['\'', '"', '“', '‘'])
        && line.ends_with(['\'', '"', '”', '’'])
        && quote_count == 2;
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 || line.chars().count() > 100 {
        return false;
    }
    // A quoted subheading closes with its quote; anything else closing with punctuation is a
    // sentence or a fragment of one.
    let inner_stop = line
        .trim_end_matches(['\'', '"', '”', '’'])
        .ends_with(['.', ',', '!']);
    let closes = line.ends_with(['.', ',', ';', ':', '!', '"', '”', '’', '\'', ')']);
    if closes && !line.ends_with('?') && (!whole_quote || inner_stop) {
        return false;
    }
    if line.starts_with(['\'', '"', '“', '‘']) && !whole_quote {
        return false;
    }
    if !line
        .trim_start_matches(['\'', '"', '“', '‘'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    words.len() <= 4 || capitalised * 2 >= long.len()
}

/// Classifies paragraphs; a subheading must sit between body paragraphs.
pub fn blocks(paragraphs: &[String]) -> Vec<Block> {
    let mut out = Vec::with_capacity(paragraphs.len());
    for (i, p) in paragraphs.iter().enumerate() {
        let block = if let Some(rest) = bullet(p) {
            Block::Bullet(rest.to_string())
        } else if let Some((n, rest)) = numbered(p) {
            Block::Numbered(n, rest.to_string())
        } else if i > 0
            && i + 1 < paragraphs.len()
            && is_subheading(p)
            && bullet(&paragraphs[i + 1]).is_none()
        {
            Block::Heading(p.clone())
        } else {
            Block::Paragraph(p.clone())
        };
        out.push(block);
    }
    out
}

/// Blocks from lines already classified: a subheading, a list item or a paragraph each.
pub fn from_parts<'a>(parts: impl IntoIterator<Item = (bool, bool, &'a str)>) -> Vec<Block> {
    parts
        .into_iter()
        .map(|(heading, item, text)| {
            if heading {
                Block::Heading(text.to_string())
            } else if item {
                if let Some(rest) = bullet(text) {
                    Block::Bullet(rest.to_string())
                } else if let Some((n, rest)) = numbered(text) {
                    Block::Numbered(n, rest.to_string())
                } else {
                    Block::Bullet(text.to_string())
                }
            } else {
                Block::Paragraph(text.to_string())
            }
        })
        .collect()
}

/// Escapes text so Markdown shows it as written: no emphasis, links, HTML, headings or lists
/// appear from ordinary characters, and "--" stays two hyphens.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prev: Option<char> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '|' => {
                out.push('\\');
                out.push(c);
            }
            // "&amp;" written in a text means those five characters, not "&".
            '&' if looks_like_entity(&chars[i + 1..]) => {
                out.push_str("\\&");
            }
            '-' if prev == Some('-') => out.push_str("\\-"),
            _ => out.push(c),
        }
        prev = Some(c);
    }
    // A paragraph that starts like a list item or a heading underline must not become one.
    let starts_list = out.starts_with("- ")
        || out.starts_with("+ ")
        || out.starts_with("= ")
        || out == "-"
        || out == "=";
    if starts_list {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

/// `amp;`, `#39;`, `#x27;`: what follows an `&` that Markdown would read as a character reference.
fn looks_like_entity(rest: &[char]) -> bool {
    let name: Vec<&char> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !name.is_empty() && name.len() <= 32 && rest.get(name.len()) == Some(&';')
}

/// Renders blocks as Markdown, blank line between blocks, list items kept together.
pub fn to_markdown(blocks: &[Block]) -> String {
    let mut md = String::new();
    let mut prev_list = false;
    for b in blocks {
        let is_list = matches!(b, Block::Bullet(_) | Block::Numbered(..));
        if !md.is_empty() {
            md.push_str(if is_list && prev_list { "\n" } else { "\n\n" });
        }
        match b {
            Block::Heading(t) => {
                md.push_str("## ");
                md.push_str(&escape(t));
            }
            Block::Bullet(t) => {
                md.push_str("- ");
                md.push_str(&escape(t));
            }
            Block::Numbered(n, t) => {
                md.push_str(&format!("{n}. "));
                md.push_str(&escape(t));
            }
            Block::Paragraph(t) => md.push_str(&escape(t)),
        }
        prev_list = is_list;
    }
    md.push('\n');
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn subheadings_between_paragraphs() {
        let b = blocks(&p(&[
            "Lead paragraph here.",
            "Latar Belakang Ketegangan dengan China",
            "Kesepakatan ini muncul.",
            "Kerja Sama 3 Negara Sekutu",
            "Jepang dalam beberapa tahun.",
        ]));
        assert_eq!(
            b[1],
            Block::Heading("Latar Belakang Ketegangan dengan China".into())
        );
        assert_eq!(b[3], Block::Heading("Kerja Sama 3 Negara Sekutu".into()));
        assert!(matches!(b[0], Block::Paragraph(_)));
    }

    #[test]
    fn sentences_are_not_subheadings() {
        for line in [
            "Tujuannya untuk mendorong dan meningkatkan kerja sama bersejarah dalam aliansi tersebut.",
            "menurut dia hal itu wajar",
            "\"Kami siap,\" kata dia",
            "Harga beras di pasar tradisional terus naik sejak awal bulan ini menurut para pedagang setempat",
        ] {
            assert!(!is_subheading(line), "{line}");
        }
    }

    #[test]
    fn lists() {
        let b = blocks(&p(&[
            "Poin:", "• satu", "- dua", "1. tiga", "2) empat", "Akhir.",
        ]));
        assert_eq!(
            to_markdown(&b),
            "Poin:\n\n- satu\n- dua\n1. tiga\n2. empat\n\nAkhir.\n"
        );
    }

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(
            escape("*Catatan* _x_ #1 <b> [a](b) a--b"),
            "\\*Catatan\\* \\_x\\_ \\#1 \\<b\\> \\[a\\](b) a-\\-b"
        );
        assert_eq!(escape("- bukan daftar"), "\\- bukan daftar");
        assert_eq!(escape("2024. Tahun itu"), "2024\\. Tahun itu");
        assert_eq!(escape("AT&T &amp; Co"), "AT&T \\&amp; Co");
    }
}
