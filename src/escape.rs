//! Escaping text for HTML and XML (the same five characters; control characters dropped).

/// Escapes `s` for HTML or XML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

/// Appends `s` escaped as [`escape`] does, to `out`: for callers that build a larger string
/// from many small pieces (highlighted code), one allocation instead of one per piece.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newlines are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            // Nor are U+FFFE and U+FFFF: one in an article would make its feeds unreadable.
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            super::escape("<a href=\"x\">&'\u{1}\u{fffe}\u{ffff}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
