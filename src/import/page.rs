//! The text of an imported page: YAML front matter that always parses back to the same values,
//! then the Markdown body.

use jiff::civil::Date;

use super::article::Article;

/// The page for an article; `file_name` is the text it came from.
pub fn render(a: &Article, date: Date, file_name: &str, checksum: &str) -> String {
    let mut fm = String::from("---\n");
    fm.push_str(&format!("title: {}\n", yaml_string(&a.title)));
    fm.push_str(&format!("date: {date}\n"));
    if a.date.is_none() {
        fm.push_str("date_source: file\n");
    }
    if let Some(s) = &a.source {
        fm.push_str(&format!("source: {}\n", yaml_string(s)));
    }
    if let Some(l) = &a.location {
        fm.push_str(&format!("location: {}\n", yaml_string(l)));
    }
    if !a.authors.is_empty() {
        let authors: Vec<String> = a.authors.iter().map(|n| yaml_string(n)).collect();
        fm.push_str(&format!("authors: [{}]\n", authors.join(", ")));
    }
    fm.push_str(&format!("lang: {}\n", a.lang));
    let tags: Vec<String> = a.tags.iter().map(|t| yaml_string(&t.name)).collect();
    fm.push_str(&format!("tags: [{}]\n", tags.join(", ")));
    let kinds: Vec<String> = a
        .tags
        .iter()
        .filter_map(|t| Some(format!("{}: {}", yaml_string(&t.name), t.kind?.as_str())))
        .collect();
    if !kinds.is_empty() {
        fm.push_str(&format!("tag_kinds: {{{}}}\n", kinds.join(", ")));
    }
    fm.push_str(&format!("summary: {}\n", yaml_string(&a.summary)));
    fm.push_str(&format!("imported_from: {}\n", yaml_string(file_name)));
    fm.push_str(&format!("import_checksum: \"{checksum}\"\n"));
    fm.push_str("---\n\n");
    fm.push_str(&a.body);
    fm
}

/// The file stem for a title: its slug, at most 60 characters, cut between words.
pub fn base_slug(title: &str) -> String {
    let mut base = slug::slugify(title);
    if base.len() > 60 {
        // slugify writes ASCII only, so any byte index is a character boundary.
        let cut = base[..60].rfind('-').unwrap_or(60);
        base.truncate(cut);
    }
    if base.is_empty() {
        base = "artikel".into();
    }
    base
}

/// A YAML double-quoted scalar that parses back to exactly `s`, whatever `s` holds.
///
/// The YAML parser refuses C0 controls other than tab, DEL, the C1 controls (U+0080–U+009F)
/// and the non-characters U+FFFE and U+FFFF when they appear as themselves, and folds a raw
/// newline into a space; all of them are written as escapes, which it accepts and turns back
/// into the same character. U+2028, U+2029 and the BOM parse as themselves but are escaped too,
/// because editors show them as line breaks or not at all.
pub fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' || ('\u{7f}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            '\u{fffe}' | '\u{ffff}' | '\u{2028}' | '\u{2029}' | '\u{feff}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parses_back(s: &str) {
        let yaml = format!("k: {}\n", yaml_string(s));
        let v: serde_yaml::Mapping = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(v.get("k").and_then(|v| v.as_str()), Some(s), "{yaml}");
    }

    #[test]
    fn yaml_strings_always_parse_back() {
        for s in [
            "Kata: \"ya\" # bukan komentar",
            "- dimulai tanda minus",
            "back\\slash & 'kutip' @ `x` {a: b} [c]",
            "multi\nline\ttab\u{1}",
            "yes",
            "2024-01-01",
            "",
            " spasi di tepi ",
        ] {
            parses_back(s);
        }
    }

    #[test]
    fn every_character_the_parser_treats_specially_parses_back() {
        let controls = ('\0'..='\u{1f}').chain('\u{7f}'..='\u{9f}');
        let non_characters = ('\u{fdd0}'..='\u{fdef}').chain(
            (0..=0x10u32)
                .flat_map(|plane| [plane << 16 | 0xfffe, plane << 16 | 0xffff])
                .filter_map(char::from_u32),
        );
        let others = [
            '\u{feff}',
            '\u{2028}',
            '\u{2029}',
            '\u{85}',
            '\u{a0}',
            '\u{10ffff}',
        ];
        for c in controls.chain(non_characters).chain(others) {
            parses_back(&format!("{c}"));
            parses_back(&format!("a{c}b{c}"));
        }
    }
}
