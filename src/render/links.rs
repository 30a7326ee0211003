//! Links inside rendered HTML: finding `href`/`src`/`id` values, resolving references the way a
//! browser does, and making an article's relative links work outside its page (in feeds).

use crate::escape::escape;

/// One attribute value found in HTML: where its raw (still escaped) text sits, and the text.
struct Found<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
}

/// Quoted values of attribute `name` in `html`.
///
/// This is a scanner for the HTML digest writes (pulldown-cmark output plus raw HTML that authors
/// put in Markdown), not a full parser: the attribute must follow whitespace and be quoted.
/// Text content cannot fake one, because Markdown text has its quotes escaped.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<Found<'a>> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(name).map(|i| from + i) {
        from = i + name.len();
        let preceded = i > 0 && bytes[i - 1].is_ascii_whitespace();
        let rest = &bytes[from..];
        if !preceded || rest.len() < 2 || rest[0] != b'=' || !matches!(rest[1], b'"' | b'\'') {
            continue;
        }
        let quote = rest[1] as char;
        let start = from + 2;
        let Some(len) = html[start..].find(quote) else {
            break;
        };
        out.push(Found {
            start,
            end: start + len,
            raw: &html[start..start + len],
        });
        from = start + len;
    }
    out
}

/// Every link target (`href` and `src`) in `html`, with entities decoded, in document order.
pub fn references(html: &str) -> Vec<String> {
    let mut found: Vec<Found> = attr_values(html, "href");
    found.extend(attr_values(html, "src"));
    found.sort_by_key(|f| f.start);
    found.into_iter().map(|f| unescape(f.raw)).collect()
}

/// Every element id in `html`, with entities decoded.
pub fn ids(html: &str) -> Vec<String> {
    attr_values(html, "id")
        .into_iter()
        .map(|f| unescape(f.raw))
        .collect()
}

/// `html` with every relative `href`/`src` resolved against `page_url`, so the links keep
/// working where the HTML is shown away from its page (a feed reader). Absolute ones are kept.
pub fn absolutize(html: &str, page_url: &str) -> String {
    let mut found: Vec<Found> = attr_values(html, "href");
    found.extend(attr_values(html, "src"));
    found.sort_by_key(|f| f.start);
    let mut out = String::with_capacity(html.len() + found.len() * 32);
    let mut at = 0;
    for f in found {
        if f.start < at {
            continue;
        }
        let reference = unescape(f.raw);
        if has_scheme(&reference) || reference.starts_with("//") {
            continue;
        }
        out.push_str(&html[at..f.start]);
        out.push_str(&escape(&resolve(page_url, &reference)));
        at = f.end;
    }
    out.push_str(&html[at..]);
    out
}

/// True when `reference` starts with a URL scheme such as `https:` or `mailto:`.
pub fn has_scheme(reference: &str) -> bool {
    let Some(colon) = reference.find(':') else {
        return false;
    };
    let scheme = &reference[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The URL `reference` points to when it appears on the page at `base` (RFC 3986, section 5.2).
///
/// `base` is absolute (`https://host/a/b/`) or root-relative (`/a/b/`); the result has the same
/// form. References with a scheme are returned unchanged.
pub fn resolve(base: &str, reference: &str) -> String {
    if has_scheme(reference) {
        return reference.to_string();
    }
    let (origin, base_path) = split_origin(base);
    let base_path = base_path
        .split(['?', '#'])
        .next()
        .filter(|p| !p.is_empty())
        .unwrap_or("/");
    if let Some(rest) = reference.strip_prefix("//") {
        let scheme = origin.split_once("://").map(|(s, _)| s);
        return match scheme {
            Some(s) => format!("{s}://{rest}"),
            None => reference.to_string(),
        };
    }
    let split_at = reference.find(['?', '#']).unwrap_or(reference.len());
    let (path, tail) = reference.split_at(split_at);
    let path = if path.is_empty() {
        base_path.to_string()
    } else if path.starts_with('/') {
        remove_dot_segments(path)
    } else {
        let dir = &base_path[..base_path.rfind('/').map(|i| i + 1).unwrap_or(0)];
        remove_dot_segments(&format!("{dir}{path}"))
    };
    format!("{origin}{path}{tail}")
}

/// `https://host/a/` → (`https://host`, `/a/`); `/a/` → (``, `/a/`).
pub fn split_origin(url: &str) -> (&str, &str) {
    match url.find("://") {
        Some(i) => {
            let after = i + 3;
            let end = url[after..]
                .find(['/', '?', '#'])
                .map(|j| after + j)
                .unwrap_or(url.len());
            (&url[..end], &url[end..])
        }
        None => ("", url),
    }
}

/// RFC 3986 `remove_dot_segments` for a path starting with `/`; `..` never climbs above the root.
fn remove_dot_segments(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut out: Vec<&str> = Vec::with_capacity(segments.len());
    for (i, s) in segments.iter().enumerate() {
        match *s {
            "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
        if i == last && matches!(*s, "." | "..") {
            out.push("");
        }
    }
    format!("/{}", out.join("/"))
}

/// Decodes the character references digest's HTML and Markdown authors use in attribute values.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = crate::escape::reference_end(rest, 10)
            .and_then(|end| Some((crate::escape::entity(&rest[1..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes `%XX` escapes; a malformed escape is kept as written, invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    String::from_utf8_lossy(&decode_escapes(s, false).unwrap_or_default()).into_owned()
}

/// Decodes `%XX` escapes, or `None` when an escape is malformed or the result is not UTF-8:
/// what a server must refuse rather than guess at.
pub fn percent_decode_strict(s: &str) -> Option<String> {
    String::from_utf8(decode_escapes(s, true)?).ok()
}

fn decode_escapes(s: &str, strict: bool) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let decoded = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match decoded {
                Some(b) => {
                    out.push(b);
                    i += 3;
                    continue;
                }
                None if strict => return None,
                None => {}
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_a_browser() {
        let base = "https://example.org/digest/articles/a/";
        for (reference, want) in [
            ("../b/", "https://example.org/digest/articles/b/"),
            (
                "../../tags/x/#top",
                "https://example.org/digest/tags/x/#top",
            ),
            ("#s", "https://example.org/digest/articles/a/#s"),
            ("/x/./y/../z", "https://example.org/x/z"),
            ("img.png", "https://example.org/digest/articles/a/img.png"),
            ("../../../../..", "https://example.org/"),
            ("?q=1", "https://example.org/digest/articles/a/?q=1"),
            ("//cdn.example.com/x", "https://cdn.example.com/x"),
            ("mailto:a@b.c", "mailto:a@b.c"),
        ] {
            assert_eq!(resolve(base, reference), want, "{reference}");
        }
        assert_eq!(resolve("/articles/a/", "../b/#c"), "/articles/b/#c");
    }

    #[test]
    fn absolutize_rewrites_only_relative_links() {
        let html = "<p><a href=\"../b/\">b</a> <a href=\"https://x.org/\">x</a> <img src='p.png' alt=\"src=&quot;\"> <a href=\"?a=1&amp;b=2\">q</a></p>";
        assert_eq!(
            absolutize(html, "https://e.org/articles/a/"),
            "<p><a href=\"https://e.org/articles/b/\">b</a> <a href=\"https://x.org/\">x</a> <img src='https://e.org/articles/a/p.png' alt=\"src=&quot;\"> <a href=\"https://e.org/articles/a/?a=1&amp;b=2\">q</a></p>"
        );
    }

    #[test]
    fn finds_references_and_ids() {
        let html = "<h2 id=\"a&amp;b\">x</h2><a href=\"/x/#y\">y</a><p>data-id=\"no\"</p>";
        assert_eq!(references(html), ["/x/#y"]);
        assert_eq!(ids(html), ["a&b"]);
        assert_eq!(unescape("&#x27;&#39;&bogus;&"), "''&bogus;&");
        assert_eq!(percent_decode("caf%C3%A9%2"), "café%2");
    }
}
