//! The words a reader sees in an article, read back from its rendered HTML.
//!
//! The site model keeps each article's HTML only: a second, plain-text copy of every article,
//! held for the whole build for this one pass, was a quarter of the content's memory. So the
//! search pass derives the text here, one article at a time, with the rules the Markdown
//! renderer used: code blocks are left out (readers search for news, not code), a block ends
//! a word, inline markup (`<em>`, links, inline code) does not.

/// Elements whose tags sit inside a word (`foo<em>bar</em>` is one word, as in the Markdown).
const INLINE: &[&str] = &[
    "a", "abbr", "b", "cite", "code", "del", "em", "i", "kbd", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup", "u",
];

/// Elements whose content is not text a reader searches for.
const SKIPPED: &[&str] = &["pre", "script", "style", "template"];

/// The plain text of `html`: tags dropped, entities decoded, skipped elements left out.
pub fn of_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = if rest.starts_with('&') {
            entity(rest, &mut out)
        } else {
            tag(rest, &mut out)
        };
    }
    out.push_str(rest);
    out
}

/// Reads the tag at the start of `rest` (which starts with `<`); returns what follows it.
fn tag<'a>(rest: &'a str, out: &mut String) -> &'a str {
    if let Some(comment) = rest.strip_prefix("<!--") {
        return comment.find("-->").map_or("", |end| &comment[end + 3..]);
    }
    let Some(end) = rest.find('>') else {
        // A lone `<` is text (the renderer escapes it, but raw HTML passes through).
        out.push('<');
        return &rest[1..];
    };
    let inner = &rest[1..end];
    let after = &rest[end + 1..];
    let name = crate::escape::element_name(inner);
    if !inner.starts_with('/') && SKIPPED.contains(&name.as_str()) {
        let close = format!("</{name}");
        return match crate::escape::find_ignoring_case(after, &close) {
            Some(at) => {
                separate(out);
                after[at..].find('>').map_or("", |e| &after[at + e + 1..])
            }
            None => "",
        };
    }
    if !INLINE.contains(&name.as_str()) {
        separate(out);
    }
    after
}

/// Ends the word being written, once.
fn separate(out: &mut String) {
    if !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push('\n');
    }
}

/// Reads the entity at the start of `rest` (which starts with `&`); returns what follows it.
fn entity<'a>(rest: &'a str, out: &mut String) -> &'a str {
    let Some(end) = crate::escape::reference_end(rest, 32) else {
        out.push('&');
        return &rest[1..];
    };
    let name = &rest[1..end];
    // A no-break space separates words like a space.
    let decoded = crate::escape::entity(name).map(|c| if c == '\u{a0}' { ' ' } else { c });
    match decoded {
        Some(c) => {
            out.push(c);
            &rest[end + 1..]
        }
        // An entity we do not know is no letter a reader types: it separates words.
        None if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#') => {
            separate(out);
            &rest[end + 1..]
        }
        None => {
            out.push('&');
            &rest[1..]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown;

    fn words(html: &str) -> Vec<String> {
        of_html(html)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn keeps_words_apart_at_blocks_and_skips_code() {
        let r = markdown::render(
            "## Latar\n\nSatu *dua*\ntiga.\n\n- empat\n- lima\n\n```rust\nfn x() {}\n```\n",
        );
        assert_eq!(
            words(&r.html()),
            ["Latar", "Satu", "dua", "tiga", "empat", "lima"]
        );
    }

    #[test]
    fn inline_markup_stays_inside_a_word() {
        let r = markdown::render("Kata*nya* dan `kode`nya, [tau](https://x.example/)tan.\n");
        assert_eq!(words(&r.html()), ["Katanya", "dan", "kodenya", "tautan"]);
    }

    #[test]
    fn table_cells_and_entities() {
        let r =
            markdown::render("| a | b |\n|---|---|\n| satu | dua |\n\nA & B < C &#233;t&eacute;\n");
        assert_eq!(
            words(&r.html()),
            ["a", "b", "satu", "dua", "A", "B", "C", "été"]
        );
        assert_eq!(
            words("<p>R&amp;D &#233;t&#xE9; &hellip;x</p>"),
            ["R", "D", "été", "x"]
        );
    }

    #[test]
    fn comments_and_scripts_are_not_text() {
        assert_eq!(
            words("<p>Satu</p><!-- more --><script>var x = 1;</script><p>Dua</p>"),
            ["Satu", "Dua"]
        );
    }
}
