//! Markdown → HTML with pulldown-cmark: heading ids, highlighted code, summary and word count.

use std::borrow::Cow;
use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

use super::highlight;

/// What one Markdown body turns into.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The body's HTML, read with [`Rendered::html`]: as text, or packed ([`Rendered::pack`]).
    html: Body,
    /// HTML before `<!-- more -->`, if the marker is there (moved into the page's summary).
    pub more_html: Option<String>,
    /// HTML of the first top-level paragraph (moved into the page's summary).
    pub first_paragraph_html: Option<String>,
    /// Plain text of the summary candidate (more-section or first paragraph).
    pub lead_text: String,
    pub word_count: usize,
    pub has_code: bool,
}

/// An article's HTML as text, or compressed with LZ4.
#[derive(Debug, Clone)]
enum Body {
    Text(String),
    Packed(Box<[u8]>),
}

impl Default for Body {
    fn default() -> Body {
        Body::Text(String::new())
    }
}

/// LZ4 is deterministic, so two packed bodies are equal exactly when their bytes are.
impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        match (self, other) {
            (Body::Text(a), Body::Text(b)) => a == b,
            (Body::Packed(a), Body::Packed(b)) => a == b,
            _ => self.text() == other.text(),
        }
    }
}

impl Eq for Body {}

impl Body {
    fn text(&self) -> Cow<'_, str> {
        match self {
            Body::Text(text) => Cow::Borrowed(text),
            // Bytes this process packed from a `String`: they unpack to valid UTF-8.
            Body::Packed(bytes) => Cow::Owned(
                lz4_flex::block::decompress_size_prepended(bytes)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default(),
            ),
        }
    }
}

impl Rendered {
    /// The body's HTML.
    pub fn html(&self) -> Cow<'_, str> {
        self.html.text()
    }

    /// Keeps the HTML compressed from now on (LZ4, fast to unpack). The dev server holds every article for as long as it runs and reads a
    /// body only to render its page, feed entry or search words; packed, its peak at 100,000
    /// articles is ~190 MB lower and under a build's, which holds the model only while it
    /// renders and does not pack.
    pub fn pack(&mut self) {
        if let Body::Text(text) = &self.html {
            let packed = lz4_flex::block::compress_prepend_size(text.as_bytes());
            if packed.len() < text.len() {
                self.html = Body::Packed(packed.into_boxed_slice());
            }
        }
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

fn is_more_marker(html: &str) -> bool {
    let t = html.trim();
    t.starts_with("<!--") && t.ends_with("-->") && t[4..t.len() - 3].trim() == "more"
}

/// Renders `body` to HTML.
pub fn render(body: &str) -> Rendered {
    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut more_at: Option<usize> = None;
    let mut first_para: Option<(usize, usize)> = None;
    let mut para_start: Option<usize> = None;
    let mut depth = 0usize;
    let mut lead_text = String::new();
    let mut in_lead = false;

    let mut parser = Parser::new_ext(body, options());
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                // Gather the heading's inline events to derive its id from its text.
                let mut inner = Vec::new();
                let mut text = String::new();
                for e in parser.by_ref() {
                    if let Event::End(TagEnd::Heading(_)) = e {
                        break;
                    }
                    if let Event::Text(t) | Event::Code(t) = &e {
                        text.push_str(t);
                        out.word_count += t.split_whitespace().count();
                    }
                    inner.push(e);
                }
                let id = unique_id(id.map(|s| s.to_string()), &text, &mut used_ids);
                events.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(id)),
                    classes,
                    attrs,
                }));
                events.extend(inner);
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match &kind {
                    pulldown_cmark::CodeBlockKind::Fenced(l) => l.to_string(),
                    pulldown_cmark::CodeBlockKind::Indented => String::new(),
                };
                let mut code = String::new();
                for e in parser.by_ref() {
                    match e {
                        Event::End(TagEnd::CodeBlock) => break,
                        Event::Text(t) => code.push_str(&t),
                        _ => {}
                    }
                }
                out.has_code = true;
                events.push(Event::Html(CowStr::from(highlight::code_block(
                    &code, &lang,
                ))));
            }
            // A block-level `<!-- more -->` arrives wrapped in an HTML block at the top level.
            Event::Html(ref h)
                if more_at.is_none()
                    && depth == 1
                    && matches!(events.last(), Some(Event::Start(Tag::HtmlBlock)))
                    && is_more_marker(h) =>
            {
                more_at = Some(events.len() - 1);
                events.push(event);
                if first_para.is_none() {
                    in_lead = false;
                }
            }
            Event::Start(ref tag) => {
                if matches!(tag, Tag::Paragraph) && depth == 0 && first_para.is_none() {
                    para_start = Some(events.len());
                    in_lead = true;
                }
                depth += 1;
                events.push(event);
            }
            Event::End(ref end) => {
                depth = depth.saturating_sub(1);
                let closes_lead = matches!(end, TagEnd::Paragraph) && depth == 0;
                events.push(event);
                if closes_lead && let Some(start) = para_start.take() {
                    first_para = Some((start, events.len()));
                    in_lead = false;
                }
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                out.word_count += t.split_whitespace().count();
                if in_lead {
                    lead_text.push_str(t);
                }
                events.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                if in_lead {
                    lead_text.push(' ');
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }

    // Rendered into a buffer each thread keeps, then copied at its exact size: every page stays
    // in memory for the whole build, and growing then shrinking each page's own string left a
    // free hole behind each one, which at 100,000 articles made every later allocation slower.
    out.html = Body::Text(SCRATCH.with_borrow_mut(|scratch| {
        scratch.clear();
        html::push_html(scratch, events.iter().cloned());
        let html = scratch.as_str().to_owned();
        // One huge article should not keep its size reserved for the rest of the build.
        if scratch.capacity() > 1 << 20 {
            *scratch = String::new();
        }
        html
    }));
    if let Some(end) = more_at {
        let mut h = String::new();
        html::push_html(&mut h, events[..end].iter().cloned());
        out.lead_text = plain_text(&events[..end]);
        out.more_html = Some(h);
    } else {
        out.lead_text = lead_text;
    }
    if let Some((start, end)) = first_para {
        let mut h = String::new();
        html::push_html(&mut h, events[start..end].iter().cloned());
        out.first_paragraph_html = Some(h);
    }
    out
}

thread_local! {
    /// See [`render`]: the buffer a page's HTML is first written to.
    static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak if !s.ends_with(' ') => s.push(' '),
            Event::End(end) if is_block(end) && !s.ends_with(' ') => {
                s.push(' ');
            }
            _ => {}
        }
    }
    s.trim().to_string()
}

fn is_block(end: &TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

fn unique_id(explicit: Option<String>, text: &str, used: &mut HashSet<String>) -> String {
    let base = explicit.unwrap_or_else(|| {
        let s = slug::slugify(text);
        if s.is_empty() { "section".into() } else { s }
    });
    let mut id = base.clone();
    let mut n = 1;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_body_reads_back_as_written_and_compares_with_its_text() {
        let text = render(&"Kalimat yang cukup panjang tentang <b>pelabuhan</b>.\n\n".repeat(40));
        let mut packed = text.clone();
        packed.pack();
        assert!(
            matches!(packed.html, Body::Packed(_)),
            "long text is packed"
        );
        assert_eq!(packed.html(), text.html());
        assert_eq!(packed, text);
        let mut other = render("Lain.");
        other.pack();
        assert_ne!(packed, render("Lain."));
        assert_eq!(
            other,
            render("Lain."),
            "a body too short to pack stays text"
        );
    }

    #[test]
    fn headings_get_unique_ids() {
        let r = render("## Latar Belakang\n\ntext\n\n## Latar Belakang\n");
        assert!(
            r.html().contains("<h2 id=\"latar-belakang\">"),
            "{}",
            r.html()
        );
        assert!(
            r.html().contains("<h2 id=\"latar-belakang-1\">"),
            "{}",
            r.html()
        );
    }

    #[test]
    fn more_marker_splits_summary() {
        let r = render("First *one*.\n\nSecond.\n\n<!-- more -->\n\nRest.\n");
        let more = r.more_html.unwrap();
        assert!(more.contains("Second."));
        assert!(!more.contains("Rest."));
        assert_eq!(r.lead_text, "First one. Second.");
    }

    #[test]
    fn first_paragraph_is_top_level() {
        let r = render("# Title\n\n> quoted\n\nLead *text*\nwraps.\n\nNext.\n");
        assert_eq!(
            r.first_paragraph_html.as_deref(),
            Some("<p>Lead <em>text</em>\nwraps.</p>\n")
        );
        assert_eq!(r.lead_text, "Lead text wraps.");
    }

    #[test]
    fn extensions_render() {
        let r = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ \"quoted\"\n\n- [x] done\n\nNote[^1].\n\n[^1]: Foot.\n",
        );
        assert!(r.html().contains("<table>"));
        assert!(r.html().contains("<del>gone</del>"));
        assert!(r.html().contains("“quoted”"));
        assert!(r.html().contains("checkbox"));
        assert!(r.html().contains("footnote-definition"));
    }
}
