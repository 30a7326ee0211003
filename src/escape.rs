//! Escaping text for HTML and XML (the same five characters; control characters dropped), and
//! reading a character reference back.

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

/// The character an HTML character reference names, given what stands between `&` and `;`:
/// `amp`, `raquo`, `#8217`, `#x2019`. None for a name this table does not know (the common
/// named references a news page or an author writes, and every numeric one).
pub fn entity(name: &str) -> Option<char> {
    let named = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "raquo" => '»',
        "laquo" => '«',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "middot" => '·',
        "bull" => '•',
        "deg" => '°',
        _ => {
            let digits = name.strip_prefix('#')?;
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => digits.parse().ok()?,
            };
            // A control character (`&#0;`) is no letter of a page: the reference stays text.
            return char::from_u32(code)
                .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'));
        }
    };
    Some(named)
}

/// Where the character reference opening `s` (at its `&`) ends: the byte index of its `;`,
/// looked for only in the `longest` bytes after the `&`, so that a page of bare ampersands is
/// read once, not once per ampersand.
pub fn reference_end(s: &str, longest: usize) -> Option<usize> {
    let after = s.as_bytes().get(1..)?;
    after
        .iter()
        .take(longest)
        .position(|&b| b == b';')
        .map(|i| i + 1)
}

/// Where `needle` first stands in `haystack`, ASCII letters matched in either case (`</SCRIPT`
/// for `</script`). Read without a lower-cased copy, so a page searched at each of many
/// elements is read once per search, not copied each time.
pub fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The lower-cased element name of a tag's inside, the part between `<` and `>` (`/p`,
/// `h2 id="x"`, `br/`, `!DOCTYPE html`): what the search index and the import's page-source
/// reading both decide an element by.
pub fn element_name(inner: &str) -> String {
    inner
        .trim_start_matches(['/', '!'])
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_element_is_named_by_its_first_word_in_lower_case() {
        let names: Vec<String> = [
            "/P",
            "h2 id=\"x\"",
            "br/",
            "!DOCTYPE html",
            "li\nclass=a",
            "",
        ]
        .into_iter()
        .map(super::element_name)
        .collect();
        assert_eq!(names, ["p", "h2", "br", "doctype", "li", ""]);
    }

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            super::escape("<a href=\"x\">&'\u{1}\u{fffe}\u{ffff}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn reads_named_and_numeric_references_and_knows_what_it_does_not() {
        let read: Vec<Option<char>> = ["amp", "raquo", "#8217", "#x2019", "#X2019", "nbsp"]
            .into_iter()
            .map(super::entity)
            .collect();
        assert_eq!(
            read,
            [
                Some('&'),
                Some('»'),
                Some('’'),
                Some('’'),
                Some('’'),
                Some('\u{a0}')
            ]
        );
        for unknown in ["zwnj", "#", "#x", "#xZZ", "#1114112", "", "#0", "#x1B"] {
            assert_eq!(super::entity(unknown), None, "{unknown}");
        }
        assert_eq!(super::reference_end("&amp; x", 10), Some(4));
        assert_eq!(super::reference_end("&verylongname; x", 10), None);
        assert_eq!(super::reference_end("& then a;", 10), Some(8));
        assert_eq!(super::reference_end("&", 10), None);
    }
}
