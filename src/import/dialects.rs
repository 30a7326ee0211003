//! Text copied as the source of a markup dialect rather than off its rendered page: a wiki's
//! source, a forum post's BBCode, a word processor's RTF opened as text, a LaTeX file. The
//! dialect is recognised by how densely its marks stand over the whole text — never by one mark
//! (a news text may hold one `[1]`, one `\` or one `{{`) — in one pass over the lines, and the
//! text is turned into the lines a reader of the rendered document would see: the marks gone,
//! what they show kept (a link's label, a bold word's word, TeX's quotes as curly quotes), the
//! document's own title, author and date lines kept as lines the header readers can read, and
//! body text word for word.

/// The dialects read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// A word processor's rich text: `{\rtf1 …`, `\pard … \par`.
    Rtf,
    /// LaTeX: `\documentclass`, `\section{…}`, `\textbf{…}`, `%` comments.
    Tex,
    /// A wiki's source: `[[target|label]]`, `{{template}}`, `<ref>…</ref>`, `'''bold'''`.
    Wiki,
    /// A forum's BBCode: `[b]…[/b]`, `[quote]`, `[url=…]…[/url]`, `[img]…[/img]`.
    BbCode,
    /// An outline's notes (Org mode): `#+TITLE:` keywords, `* ` headlines, `:PROPERTIES:`
    /// drawers, `[[target][label]]` links.
    Outline,
    /// reStructuredText: `.. directive::` blocks, headings underlined (and overlined) with a
    /// run of one punctuation mark, `:Field:` lists.
    Restructured,
    /// AsciiDoc: `:attribute:` entries, `= Title`, `[.role]` lines, `image::` blocks.
    AsciiDoc,
}

/// The lines a reader would see when `text` is written in one of the dialects read here; None
/// otherwise.
pub fn render(text: &str) -> Option<String> {
    Some(match recognise(text)? {
        Dialect::Rtf => rtf(text),
        Dialect::Tex => tex(text),
        Dialect::Wiki => wiki(text),
        Dialect::BbCode => bbcode(text),
        Dialect::Outline => outline(text),
        Dialect::Restructured => restructured(text),
        Dialect::AsciiDoc => asciidoc(text),
    })
}

/// BBCode's tags, which a forum shows as formatting, links and pictures.
const BB_TAGS: &[&str] = &[
    "b",
    "i",
    "u",
    "s",
    "size",
    "color",
    "font",
    "quote",
    "url",
    "img",
    "hr",
    "center",
    "left",
    "right",
    "code",
    "list",
    "spoiler",
    "email",
    "sup",
    "sub",
    "highlight",
];

/// The dialect whose marks the text is dense with, read in one pass over its lines: each
/// dialect needs its marks on several lines, and more than one kind of them (or, for rich
/// text, the file's own opening and paragraph marks).
fn recognise(text: &str) -> Option<Dialect> {
    let (mut wiki_lines, mut wiki_kinds) = (0usize, 0u8);
    let (mut bb_lines, mut bb_closing) = (0usize, 0usize);
    let (mut tex_lines, mut tex_frame) = (0usize, 0usize);
    let mut paragraphs = 0usize;
    let (mut keywords, mut drawers) = (0usize, 0usize);
    let (mut directives, mut underlines, mut prior_len) = (0usize, 0usize, 0usize);
    let (mut attributes, mut marked_blocks) = (0usize, 0usize);
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            prior_len = 0;
            continue;
        }
        keywords += usize::from(is_keyword(t));
        drawers += usize::from(t == ":PROPERTIES:" || t == ":END:");
        directives += usize::from(directive(t).is_some());
        underlines += usize::from(prior_len > 0 && is_underline(t, prior_len));
        prior_len = t.chars().count();
        attributes += usize::from(line.starts_with(':') && attribute(t).is_some());
        marked_blocks += usize::from(
            t.starts_with("image::")
                || t.starts_with("= ")
                || t == "'''"
                || t.starts_with("[.") && t.ends_with(']'),
        );
        // Wiki marks; an outline's `[[target][label]]` link is no wiki link.
        let mut kinds = 0u8;
        if t.contains("[[") && t.contains("]]") && !t.contains("][") {
            kinds |= 1;
        }
        if t.contains("{{") && t.contains("}}") {
            kinds |= 2;
        }
        if t.contains("<ref") {
            kinds |= 4;
        }
        if t.contains("'''") {
            kinds |= 8;
        }
        if t.len() > 4 && t.starts_with("==") && t.ends_with("==") {
            kinds |= 16;
        }
        wiki_lines += usize::from(kinds != 0);
        wiki_kinds |= kinds;
        let (tags, closing) = bb_marks(t);
        bb_lines += usize::from(tags > 0);
        bb_closing += closing;
        let (commands, frame) = tex_marks(t);
        tex_lines += usize::from(commands > 0);
        tex_frame += frame;
        paragraphs += t.matches("\\par").count();
    }
    if text.trim_start().starts_with("{\\rtf") && paragraphs >= 3 {
        return Some(Dialect::Rtf);
    }
    if tex_lines >= 4 && tex_frame >= 1 {
        return Some(Dialect::Tex);
    }
    if wiki_lines >= 4 && wiki_kinds.count_ones() >= 2 {
        return Some(Dialect::Wiki);
    }
    if bb_lines >= 3 && bb_closing >= 2 {
        return Some(Dialect::BbCode);
    }
    if keywords >= 2 || keywords >= 1 && drawers >= 2 {
        return Some(Dialect::Outline);
    }
    if directives >= 2 || directives >= 1 && underlines >= 2 {
        return Some(Dialect::Restructured);
    }
    if attributes >= 2 && marked_blocks >= 1 {
        return Some(Dialect::AsciiDoc);
    }
    None
}

/// A BBCode tag at the start of `s` (`[b]`, `[/quote]`, `[url=…]`): its name, whether it
/// closes, and the bytes it takes.
fn bb_tag(s: &str) -> Option<(&'static str, bool, usize)> {
    let inner = s.strip_prefix('[')?;
    let end = inner.find(']')?;
    let tag = &inner[..end];
    let (closing, tag) = match tag.strip_prefix('/') {
        Some(t) => (true, t),
        None => (false, tag),
    };
    let name = tag.split('=').next().unwrap_or("").to_ascii_lowercase();
    if closing && tag.contains('=') {
        return None;
    }
    let name = BB_TAGS.iter().find(|&&n| n == name)?;
    Some((name, closing, end + 2))
}

/// How many BBCode tags a line holds, and how many of them close.
fn bb_marks(line: &str) -> (usize, usize) {
    let (mut tags, mut closing) = (0, 0);
    for (at, _) in line.match_indices('[') {
        if let Some((_, closes, _)) = bb_tag(&line[at..]) {
            tags += 1;
            closing += usize::from(closes);
        }
    }
    (tags, closing)
}

/// How many TeX commands taking an argument a line holds (`\textbf{`, `\section*{`,
/// `\usepackage[`), and how many of them frame a document (`\documentclass`, `\begin`, `\end`,
/// `\section`).
fn tex_marks(line: &str) -> (usize, usize) {
    let (mut commands, mut frame) = (0, 0);
    for (at, _) in line.match_indices('\\') {
        let rest = &line[at + 1..];
        let name: &str = &rest[..rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())];
        if name.is_empty() {
            continue;
        }
        let after = rest[name.len()..].trim_start_matches('*');
        if after.starts_with(['{', '[']) {
            commands += 1;
            frame += usize::from(matches!(
                name,
                "documentclass" | "begin" | "end" | "section" | "subsection" | "chapter"
            ));
        }
    }
    (commands, frame)
}

/// Lines joined as a rendered document's blocks: each non-empty one apart from the next by a
/// blank line.
fn blocks<I: IntoIterator<Item = String>>(lines: I) -> String {
    lines
        .into_iter()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

// ---------------------------------------------------------------------------------------------
// Rich text

/// Groups whose content no reader sees: tables of fonts, colours and styles, the document's
/// information and pictures (a group opening with `\*` is one too).
const RTF_HIDDEN: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "xmlnstbl",
    "header",
    "footer",
];

/// The text a word processor shows for a rich-text file: control words gone, `\par` and
/// `\line` ending lines, `\'e9` and `\u8220?` read as the characters they stand for, the
/// font and colour tables and other hidden groups unseen; the file's own line breaks are no
/// text.
fn rtf(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' => {
                let word: String = chars[i + 1..]
                    .iter()
                    .skip(1)
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                let hidden = chars.get(i + 1) == Some(&'\\')
                    && (chars.get(i + 2) == Some(&'*') || RTF_HIDDEN.contains(&word.as_str()));
                if hidden {
                    // Skip the group, and the groups inside it.
                    let mut depth = 0usize;
                    while i < chars.len() {
                        match chars[i] {
                            '\\' => i += 1,
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                }
                i += 1;
            }
            '}' | '\n' | '\r' => i += 1,
            '\\' => {
                let Some(&next) = chars.get(i + 1) else {
                    break;
                };
                if next.is_ascii_alphabetic() {
                    let start = i + 1;
                    let mut j = start;
                    while j < chars.len() && chars[j].is_ascii_alphabetic() {
                        j += 1;
                    }
                    let word: String = chars[start..j].iter().collect();
                    let num_start = j;
                    if j < chars.len() && chars[j] == '-' {
                        j += 1;
                    }
                    while j < chars.len() && chars[j].is_ascii_digit() {
                        j += 1;
                    }
                    let number: Option<i32> =
                        chars[num_start..j].iter().collect::<String>().parse().ok();
                    // One space ends a control word and is part of it.
                    if j < chars.len() && chars[j] == ' ' {
                        j += 1;
                    }
                    i = j;
                    match word.as_str() {
                        "par" | "line" | "sect" | "page" => out.push('\n'),
                        "tab" => out.push(' '),
                        "u" => {
                            if let Some(c) = number
                                .map(|n| if n < 0 { n + 65536 } else { n })
                                .and_then(|n| char::from_u32(n as u32))
                            {
                                out.push(c);
                            }
                            // The character a reader without Unicode sees instead is skipped.
                            if chars.get(i) == Some(&'\\') && chars.get(i + 1) == Some(&'\'') {
                                i += 4;
                            } else if i < chars.len() && !matches!(chars[i], '\\' | '{' | '}') {
                                i += 1;
                            }
                        }
                        "emdash" => out.push('—'),
                        "endash" => out.push('–'),
                        "lquote" => out.push('‘'),
                        "rquote" => out.push('’'),
                        "ldblquote" => out.push('“'),
                        "rdblquote" => out.push('”'),
                        "bullet" => out.push('•'),
                        _ => {}
                    }
                } else if next == '\'' {
                    let hex: String = chars[i + 2..(i + 4).min(chars.len())].iter().collect();
                    if let Some(c) = u8::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(super::decode::cp1252_char)
                    {
                        out.push(c);
                    }
                    i += 4;
                } else {
                    match next {
                        '\\' | '{' | '}' => out.push(next),
                        '~' => out.push(' '),
                        '_' => out.push('-'),
                        '\n' | '\r' => out.push('\n'),
                        _ => {}
                    }
                    i += 2;
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    blocks(out.lines().map(str::to_string))
}

// ---------------------------------------------------------------------------------------------
// LaTeX

/// Commands whose arguments are no text a reader sees: the document's set-up, spacing,
/// pictures, rules, labels and cross-references, notes at the foot.
const TEX_UNSEEN: &[&str] = &[
    "documentclass",
    "usepackage",
    "includegraphics",
    "rule",
    "label",
    "ref",
    "pageref",
    "cite",
    "vspace",
    "hspace",
    "setlength",
    "pagestyle",
    "thispagestyle",
    "input",
    "include",
    "bibliography",
    "bibliographystyle",
    "footnote",
    "newcommand",
    "renewcommand",
    "geometry",
    "maketitle",
    "tableofcontents",
];

/// Commands whose argument a reader sees as a line of its own: headings, captions, the
/// document's title, author and date.
const TEX_BLOCKS: &[&str] = &[
    "title",
    "author",
    "date",
    "chapter",
    "section",
    "subsection",
    "subsubsection",
    "paragraph",
    "caption",
];

/// The text a LaTeX file typesets: the preamble unseen but its title, author and date; `%`
/// comments gone; commands gone and the text they set kept; a heading, a caption and each
/// `\\` break on lines of their own; a paragraph's source lines joined; TeX's quotes and dashes
/// as the marks they print.
fn tex(text: &str) -> String {
    let (preamble, body) = match text.find("\\begin{document}") {
        Some(at) => (&text[..at], &text[at + "\\begin{document}".len()..]),
        None => ("", text),
    };
    let body = body.find("\\end{document}").map_or(body, |at| &body[..at]);
    let mut out: Vec<String> = Vec::new();
    // The preamble's title, author and date, each a line.
    for line in preamble.lines() {
        let line = without_tex_comment(line);
        for name in ["title", "author", "date"] {
            let cue = format!("\\{name}{{");
            if let Some(at) = line.find(&cue) {
                let arg = braced(&line[at + cue.len() - 1..]).0;
                out.push(tex_inline(arg));
            }
        }
    }
    let mut paragraph = String::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            out.push(std::mem::take(&mut paragraph));
            continue;
        }
        let stripped = without_tex_comment(line);
        if stripped.trim().is_empty() {
            // A comment's line is no line, nor does it end a paragraph.
            continue;
        }
        let rendered = tex_inline(stripped);
        let mut pieces = rendered.split('\n');
        if let Some(first) = pieces.next() {
            paragraph.push(' ');
            paragraph.push_str(first);
        }
        for piece in pieces {
            out.push(std::mem::take(&mut paragraph));
            paragraph.push_str(piece);
        }
    }
    out.push(paragraph);
    blocks(out)
}

/// A line without its `%` comment (an escaped `\%` is a per cent sign).
fn without_tex_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' => k += 2,
            b'%' => return &line[..k],
            _ => k += 1,
        }
    }
    line
}

/// The content of the group opening `s` (at a `{`), and the bytes it takes; a group left open
/// runs to the end.
fn braced(s: &str) -> (&str, usize) {
    let mut depth = 0usize;
    let bytes = s.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' => k += 1,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return (&s[1..k], k + 1);
                }
            }
            _ => {}
        }
        k += 1;
    }
    (s.get(1..).unwrap_or(""), s.len())
}

/// The letter an accent command puts its mark on (`\'e`, `\'{e}`, `\"o`).
fn accented(accent: char, letter: char) -> Option<char> {
    let table: &[(char, &str, &str)] = &[
        ('\'', "aeiouAEIOUyY", "áéíóúÁÉÍÓÚýÝ"),
        ('`', "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ('"', "aeiouAEIOUy", "äëïöüÄËÏÖÜÿ"),
        ('^', "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ('~', "nNaoAO", "ñÑãõÃÕ"),
    ];
    let (_, from, to) = table.iter().find(|(a, _, _)| *a == accent)?;
    let at = from.chars().position(|c| c == letter)?;
    to.chars().nth(at)
}

/// One stretch of LaTeX as the text it prints, a `\n` where a line must break.
fn tex_inline(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let after = &rest[1..];
                let name_len = after
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(after.len());
                if name_len == 0 {
                    let Some(next) = after.chars().next() else {
                        rest = after;
                        continue;
                    };
                    rest = &after[next.len_utf8()..];
                    match next {
                        '\\' => {
                            out.push('\n');
                            // `\\[4pt]`: the space asked for is no text.
                            // A bracket left open on its line is text.
                            if rest.starts_with('[')
                                && let Some(e) = rest.find(']')
                            {
                                rest = &rest[e + 1..];
                            }
                        }
                        '&' | '%' | '$' | '#' | '_' | '{' | '}' => out.push(next),
                        ',' | ' ' | ';' => out.push(' '),
                        '\'' | '`' | '"' | '^' | '~' => {
                            let (letter, open) = match rest.strip_prefix('{') {
                                Some(inner) => (inner.chars().next(), 1),
                                None => (rest.chars().next(), 0),
                            };
                            if let Some(l) = letter
                                && let Some(a) = accented(next, l)
                            {
                                out.push(a);
                                // The letter, and the brace that closes it when one does: a
                                // group left open closes nothing, and what follows is text.
                                let after = &rest[open + l.len_utf8()..];
                                rest = match open {
                                    1 => after.strip_prefix('}').unwrap_or(after),
                                    _ => after,
                                };
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                let name = &after[..name_len];
                rest = after[name_len..].trim_start_matches('*');
                // The command's arguments: optional ones in brackets, then groups.
                let mut args: Vec<&str> = Vec::new();
                loop {
                    if rest.starts_with('[') && args.is_empty() {
                        // An option's bracket left open on its line is text, not an option.
                        let Some(e) = rest.find(']') else {
                            break;
                        };
                        rest = &rest[e + 1..];
                    } else if rest.starts_with('{') {
                        let (arg, used) = braced(rest);
                        args.push(arg);
                        rest = &rest[used..];
                    } else {
                        break;
                    }
                }
                // A command with no argument ends at the space after its name.
                if args.is_empty() && rest.starts_with(' ') && name != "hfill" {
                    rest = &rest[1..];
                }
                match name {
                    "begin" | "end" | "par" | "newline" | "linebreak" | "newpage" | "clearpage" => {
                        out.push('\n')
                    }
                    "item" => out.push_str("\n- "),
                    "hfill" | "quad" | "qquad" => out.push(' '),
                    "ldots" | "dots" => out.push('…'),
                    _ if TEX_UNSEEN.contains(&name) => {}
                    _ if TEX_BLOCKS.contains(&name) => {
                        if let Some(arg) = args.last() {
                            out.push('\n');
                            out.push_str(&tex_inline(arg));
                            out.push('\n');
                        }
                    }
                    _ => {
                        if let Some(arg) = args.last() {
                            out.push_str(&tex_inline(arg));
                        }
                    }
                }
            }
            '`' if rest.starts_with("``") => {
                out.push('“');
                rest = &rest[2..];
            }
            '`' => {
                out.push('‘');
                rest = &rest[1..];
            }
            '\'' if rest.starts_with("''") => {
                out.push('”');
                rest = &rest[2..];
            }
            '-' if rest.starts_with("---") => {
                out.push('—');
                rest = &rest[3..];
            }
            '-' if rest.starts_with("--") => {
                out.push('–');
                rest = &rest[2..];
            }
            '~' => {
                out.push(' ');
                rest = &rest[1..];
            }
            '{' | '}' | '$' => rest = &rest[1..],
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Wiki source

/// The text a wiki shows for its source: `<ref>` notes, comments and tags gone, links showing
/// their label (a file's, a category's or another wiki's link nothing), templates nothing but a
/// date's, bold and italic quotes gone, a heading's text a line of its own.
fn wiki(text: &str) -> String {
    let text = without_notes(text);
    // Each source line as it shows; None for a line the rendering leaves empty, which parts
    // nothing (a blank source line parts paragraphs).
    let shown = text.lines().map(|line| {
        let t = line.trim();
        if t.is_empty() {
            return Some(String::new());
        }
        let heading = t.len() > 2 && t.starts_with('=') && t.ends_with('=');
        let r = wiki_inline(if heading {
            t.trim_matches('=').trim()
        } else {
            t
        });
        (!r.trim().is_empty()).then_some(r)
    });
    kept_lines(shown.flatten())
}

/// Lines as a rendered document stands them: whitespace collapsed, an empty line a gap
/// (several one), no gap at the top.
fn kept_lines<I: IntoIterator<Item = String>>(lines: I) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut gap = false;
    for line in lines {
        let t = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(String::new());
        }
        gap = false;
        out.push(t);
    }
    out.join("\n")
}

/// The text without its `<ref>…</ref>` notes, `<!-- -->` comments and other tags.
fn without_notes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Whether a `>` and a `</ref` still stand ahead: once a search finds none, none stands in
    // what is left, and no later tag searches the rest of the text again.
    let (mut closes, mut notes_close) = (true, true);
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |e| &comment[e + 3..]);
            continue;
        }
        let is_tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        let end = if is_tag && closes {
            rest.find('>')
        } else {
            None
        };
        closes &= end.is_some() || !is_tag;
        let Some(end) = end else {
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[..=end];
        rest = &rest[end + 1..];
        let name: String = tag[1..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        // A note's content is no text of the story: it shows at the foot, numbered.
        if name == "ref" && !tag.ends_with("/>") && notes_close {
            match crate::escape::find_ignoring_case(rest, "</ref") {
                Some(c) => rest = rest[c..].find('>').map_or("", |e| &rest[c + e + 1..]),
                None => notes_close = false,
            }
        }
    }
    out.push_str(rest);
    out
}

/// One line of wiki source as the words it shows.
fn wiki_inline(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix("[[") {
            let end = inner.find("]]").unwrap_or(inner.len());
            let link = &inner[..end];
            rest = inner.get(end + 2..).unwrap_or("");
            let target = link.split('|').next().unwrap_or("").trim_start_matches(':');
            // A namespace's link (a file, a category, another wiki) shows no words of the text.
            let space = target.split_once(':').is_some_and(|(ns, _)| {
                !ns.is_empty() && ns.chars().all(char::is_alphabetic) && !ns.contains(' ')
            });
            if !space {
                out.push_str(link.rsplit('|').next().unwrap_or(link));
            }
        } else if let Some(inner) = rest.strip_prefix("{{") {
            let end = template_end(inner);
            let template = &inner[..end];
            rest = inner.get(end + 2..).unwrap_or("");
            // A date's template shows its date; other templates are the wiki's boxes.
            let args: Vec<&str> = template.split('|').collect();
            if let [_, arg] = args[..]
                && !arg.contains('=')
                && arg
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4)
                && arg.chars().any(char::is_alphabetic)
            {
                out.push_str(arg.trim());
            }
        } else if rest.starts_with("[http") || rest.starts_with("[//") {
            let end = rest.find(']').unwrap_or(rest.len());
            let link = &rest[1..end];
            out.push_str(link.split_once(' ').map_or(link, |(_, label)| label));
            rest = rest.get(end + 1..).unwrap_or("");
        } else if let Some(r) = rest.strip_prefix("''") {
            rest = r.trim_start_matches('\'');
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Where a template opened before `s` closes: its `}}`, past the templates inside it.
fn template_end(s: &str) -> usize {
    let mut depth = 0usize;
    let bytes = s.as_bytes();
    let mut k = 0;
    while k + 1 < bytes.len() {
        if bytes[k] == b'{' && bytes[k + 1] == b'{' {
            depth += 1;
            k += 2;
        } else if bytes[k] == b'}' && bytes[k + 1] == b'}' {
            if depth == 0 {
                return k;
            }
            depth -= 1;
            k += 2;
        } else {
            k += 1;
        }
    }
    s.len()
}

// ---------------------------------------------------------------------------------------------
// BBCode

/// The text a forum shows for a BBCode post: tags gone, a link's label kept (a bare link's
/// address), a picture nothing, a rule a break.
fn bbcode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Where, as an offset into `text`, a picture's closing tag is known not to stand before:
    // a paragraph searched once for it is not searched again by every open tag in it.
    let mut unclosed_until = 0;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some((name, closing, used)) = bb_tag(rest) else {
            out.push('[');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[used..];
        match name {
            "img" if !closing => {
                // The picture's address up to its closing tag, within its paragraph; a tag
                // left open hides its own line only, and the lines under it are text.
                let offset = text.len() - rest.len();
                let close = if offset < unclosed_until {
                    Err(unclosed_until - offset)
                } else {
                    img_close(rest)
                };
                rest = match close {
                    Ok(e) => &rest[e + 6..],
                    Err(searched) => {
                        unclosed_until = offset + searched;
                        &rest[rest.find('\n').unwrap_or(rest.len())..]
                    }
                };
            }
            "hr" => out.push('\n'),
            _ => {}
        }
    }
    out.push_str(rest);
    kept_lines(out.lines().map(str::to_string))
}

/// Where `[/img]` opens in `rest`, searched line by line up to the paragraph's end and no
/// further: the search costs what it passes over, so a closed picture costs its own address.
/// `Err` gives how far the search went (the paragraph's end) when the tag is not closed.
fn img_close(rest: &str) -> Result<usize, usize> {
    let mut start = 0;
    for line in rest.split_inclusive('\n') {
        if let Some(e) = crate::escape::find_ignoring_case(line, "[/img]") {
            return Ok(start + e);
        }
        start += line.len();
        if start > line.len() && line.trim().is_empty() {
            return Err(start);
        }
    }
    Err(rest.len())
}

// ---------------------------------------------------------------------------------------------
// Line-shaped dialects: outlines, reStructuredText, AsciiDoc

/// `#+TITLE: …`: an outline's keyword line.
fn is_keyword(line: &str) -> bool {
    line.strip_prefix("#+").is_some_and(|rest| {
        rest.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
        })
    })
}

/// `.. image:: a.jpg`: a reStructuredText directive's name and argument.
fn directive(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(".. ")?;
    let (name, arg) = rest.split_once("::")?;
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .then(|| (name, arg.trim()))
}

/// `:source-url: https://…`, `:Author: Haus Bung Reporter`: an attribute's (or a field's)
/// name and value.
fn attribute(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(':')?;
    let (name, value) = rest.split_once(':')?;
    let named = !name.is_empty()
        && name.len() <= 24
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (named && (value.is_empty() || value.starts_with(' '))).then(|| (name, value.trim()))
}

/// A run of one punctuation mark at least as long as the line over it (`prior` characters)
/// less two: a heading's underline (with `prior` 0, any run of three or more: a rule).
fn is_underline(line: &str, prior: usize) -> bool {
    let Some(mark) = line.chars().next() else {
        return false;
    };
    let n = line.chars().count();
    matches!(mark, '=' | '-' | '~' | '^' | '"' | '*' | '+' | '#')
        && line.chars().all(|c| c == mark)
        && n >= 3
        && n + 2 >= prior
}

/// `line` underlines `over` as a plain-text heading: a run of `=` or `-` as long as the line
/// over it, give or take two, under a line that is no run of marks itself.
pub(super) fn underlines(line: &str, over: &str) -> bool {
    let (n, prior) = (line.chars().count(), over.chars().count());
    line.starts_with(['=', '-'])
        && is_underline(line, prior)
        && n <= prior + 2
        && over.chars().any(char::is_alphanumeric)
}

/// A source line as shown: `None` for a line the rendering leaves out, which parts nothing;
/// an empty one parts blocks.
type Shown = Option<String>;

/// Whole-line emphasis (`/…/`, `_…_`, `*…*`) as its words.
pub(super) fn without_emphasis(line: &str) -> &str {
    for mark in ['/', '_', '*'] {
        if let Some(inner) = line.strip_prefix(mark).and_then(|l| l.strip_suffix(mark))
            && !inner.starts_with(' ')
            && !inner.ends_with(' ')
            && !inner.is_empty()
            && !inner.contains(mark)
        {
            return inner;
        }
    }
    line
}

/// A heading standing alone: a gap before and after it.
fn alone(shown: &mut Vec<Shown>, text: String) {
    shown.extend([Some(String::new()), Some(text), Some(String::new())]);
}

/// The text an outline's notes show: keyword lines gone but the title (kept only when no
/// headline repeats it), property drawers and task items gone (and a headline over no prose),
/// headlines as lines of their own marked as a document's headings are (`# `, `## `), links
/// showing their label, whole-line emphasis gone.
fn outline(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let level = |l: &str| l.len() - l.trim_start_matches('*').len();
    let headline = org_headline;
    let task = |l: &str| {
        let t = l.trim_start();
        ["- [ ]", "- [X]", "- [x]", "- [-]"]
            .iter()
            .any(|p| t.starts_with(p))
    };
    let titles: std::collections::HashSet<&str> =
        lines.iter().filter_map(|l| headline(l)).collect();
    let mut shown: Vec<Shown> = Vec::new();
    let mut drawer = false;
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t == ":PROPERTIES:" || t == ":LOGBOOK:" {
            drawer = true;
        }
        if drawer {
            drawer = t != ":END:";
            shown.push(None);
            continue;
        }
        if is_keyword(t) {
            let (key, value) = t[2..].split_once(':').unwrap_or_default();
            let value = value.trim();
            let title = key.eq_ignore_ascii_case("title") && !titles.contains(value);
            shown.push(title.then(|| format!("# {value}")));
            continue;
        }
        if task(line) {
            shown.push(None);
            continue;
        }
        if let Some(h) = headline(line) {
            // A headline over no prose (tasks, links, short notes), up to the next headline.
            let empty = lines[k + 1..]
                .iter()
                .take_while(|l| headline(l).is_none())
                .all(|l| task(l) || l.split_whitespace().count() < 8);
            if !empty {
                let marks = "#".repeat(level(line).min(6));
                alone(&mut shown, format!("{marks} {}", org_links(h)));
            }
            continue;
        }
        shown.push(Some(org_links(without_emphasis(t))));
    }
    kept_lines(shown.into_iter().flatten())
}

/// `** Catatan`: an outline's headline, its words.
fn org_headline(line: &str) -> Option<&str> {
    let stars = line.len() - line.trim_start_matches('*').len();
    (stars > 0 && line[stars..].starts_with(' ')).then(|| line[stars..].trim())
}

/// An outline's links as their labels: `[[address][label]]` shows the label, `[[address]]`
/// the address.
fn org_links(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("[[") {
        out.push_str(&rest[..at]);
        let inner = &rest[at + 2..];
        let Some(end) = inner.find("]]") else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        let link = &inner[..end];
        out.push_str(link.split_once("][").map_or(link, |(_, label)| label));
        rest = &inner[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The text a reStructuredText document shows: directives and their indented options gone
/// (a `title` directive's title kept when no line repeats it), heading underlines, overlines
/// and transitions gone with each heading a line of its own marked as a document's headings
/// are (the first `# `, the others `## `), field lists gone, `|copy|` a copyright sign, inline
/// marks gone.
fn restructured(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let written: std::collections::HashSet<&str> = lines.iter().map(|l| l.trim()).collect();
    let mut shown: Vec<Shown> = Vec::new();
    let mut in_directive = false;
    let mut first_heading = true;
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        let indented = line.starts_with([' ', '\t']);
        if in_directive && !t.is_empty() && indented {
            shown.push(None);
            continue;
        }
        in_directive = false;
        if t.is_empty() {
            shown.push(Some(String::new()));
            continue;
        }
        if let Some((name, arg)) = directive(t) {
            in_directive = true;
            let repeated = written.contains(arg);
            shown.push((name == "title" && !repeated).then(|| rst_inline(arg)));
            continue;
        }
        if is_underline(t, 0) || !indented && attribute(t).is_some() {
            shown.push(None);
            continue;
        }
        let underlined = lines
            .get(k + 1)
            .is_some_and(|u| is_underline(u.trim(), t.chars().count()));
        if underlined {
            let marks = if first_heading { "#" } else { "##" };
            first_heading = false;
            alone(&mut shown, format!("{marks} {}", rst_inline(t)));
            continue;
        }
        shown.push(Some(rst_inline(t)));
    }
    kept_lines(shown.into_iter().flatten())
}

/// reStructuredText's inline marks as the words they show: `**bold**`, ``` ``literal`` ```,
/// `` `label <address>`_ `` as its label, `|copy|` as ©.
fn rst_inline(line: &str) -> String {
    let mut out = line
        .replace("|copy|", "©")
        .replace("``", "")
        .replace("**", "");
    while let Some(at) = out.find('`') {
        let Some(len) = out[at + 1..].find("`_") else {
            break;
        };
        let inner = out[at + 1..at + 1 + len].to_string();
        let label = inner
            .rsplit_once(" <")
            .map_or(inner.as_str(), |(l, _)| l)
            .to_string();
        let mut end = at + 1 + len + 2;
        if out[end..].starts_with('_') {
            end += 1;
        }
        out.replace_range(at..end, &label);
    }
    out
}

/// AsciiDoc's admonition labels.
const ADMONITIONS: &[&str] = &["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

/// The text an AsciiDoc document shows: the header's attribute entries, block attribute lines
/// (`[.lead]`), comments, image blocks and breaks gone; `=` titles and section titles as lines
/// of their own marked as a document's headings are (`# `, `## `); a block's `.Title` as its
/// words; an admonition's label in title case; whole-line emphasis gone.
fn asciidoc(text: &str) -> String {
    let mut shown: Vec<Shown> = Vec::new();
    let mut comment = false;
    for line in text.lines() {
        let t = line.trim();
        if t == "////" {
            comment = !comment;
            shown.push(None);
            continue;
        }
        if comment || t.starts_with("//") {
            shown.push(None);
            continue;
        }
        if t.is_empty() {
            shown.push(Some(String::new()));
            continue;
        }
        let block_attribute = t.starts_with('[') && t.ends_with(']') && !t.contains(' ');
        if line.starts_with(':') && attribute(t).is_some()
            || block_attribute
            || t.starts_with("image::")
            || t == "'''"
            || t == "<<<"
        {
            shown.push(None);
            continue;
        }
        let level = t.len() - t.trim_start_matches('=').len();
        if level > 0 && t[level..].starts_with(' ') {
            let marks = "#".repeat(level.min(6));
            alone(&mut shown, format!("{marks} {}", t[level..].trim()));
            continue;
        }
        if let Some(title) = t.strip_prefix('.')
            && title.starts_with(char::is_alphanumeric)
        {
            shown.push(Some(title.to_string()));
            continue;
        }
        // An admonition's label shows as a word in title case ("NOTE: …" as "Note: …").
        if let Some((label, said)) = t.split_once(": ")
            && ADMONITIONS.contains(&label)
        {
            let word = label[..1].to_string() + &label[1..].to_lowercase();
            shown.push(Some(format!("{word}: {said}")));
            continue;
        }
        shown.push(Some(without_emphasis(t).to_string()));
    }
    kept_lines(shown.into_iter().flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mark_makes_no_dialect() {
        // A news text quoting a footnote mark, one backslash, one template-like brace or one
        // bold tag is read as it is.
        let text = "Harga beras naik [1] pekan ini.\n\nPetugas menulis C:\\data di papan.\n\nWarga menyebut {{ini}} sebagai [b]lelucon[/b].\n\nPasar tetap buka.\n";
        assert_eq!(recognise(text), None);
        assert_eq!(render("{\\rtf1 satu dua}"), None);
    }

    #[test]
    fn a_long_document_is_read_in_time_linear_in_its_length() {
        // Twenty thousand directives, and as many notes left open: no directive looks through
        // every line again, no note through the rest of the text again.
        let n = 20_000;
        let rst: String = (0..n)
            .map(|i| {
                format!(".. note:: catatan {i}\n   isi {i}\n\nParagraf ke-{i} tentang irigasi.\n\n")
            })
            .collect();
        let wiki: String = "== Judul ==\n".to_string()
            + &(0..n)
                .map(|i| format!("Paragraf ke-{i} menurut [[Desa {i}|desa]] warga<ref name=r{i}> soal ''musim'' ini.\n\n"))
                .collect::<String>();
        // A forum post of one long paragraph: every picture closed, then every picture open.
        let closed: String = (0..n)
            .map(|i| format!("Baris {i} [img]http://a.example/{i}.jpg[/img] kabut.\n"))
            .collect();
        let open: String = (0..n)
            .map(|i| format!("Baris {i} dan [img]http://a.example/{i}.jpg\n"))
            .collect();
        let started = std::time::Instant::now();
        let rst = render(&rst).unwrap_or_default();
        let wiki = render(&wiki).unwrap_or_default();
        let closed = bbcode(&closed);
        let open = bbcode(&open);
        let took = started.elapsed();
        assert!(
            closed.contains("Baris 19999 kabut."),
            "{}",
            &closed[closed.len() - 80..]
        );
        assert!(
            open.contains("Baris 19999 dan"),
            "{}",
            &open[open.len() - 80..]
        );
        assert!(
            rst.contains("Paragraf ke-19999 tentang irigasi."),
            "{}",
            &rst[rst.len() - 80..]
        );
        assert!(wiki.contains("Paragraf ke-19999 menurut desa warga soal musim ini."));
        assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    }

    #[test]
    fn each_dialect_shows_its_words() {
        assert_eq!(
            wiki_inline("[[Kota Bogor|Bogor]] dan [[Depok]]'''!'''{{fact}}[[Category:X]]"),
            "Bogor dan Depok!"
        );
        assert_eq!(
            tex_inline("\\textbf{A} -- ``b'' \\emph{c}\\\\d 5\\% \\'e"),
            "A – “b” c\nd 5% é"
        );
        assert_eq!(
            rtf(
                "{\\rtf1{\\fonttbl{\\f0 Arial;}}\\pard\\b Judul\\b0\\par\n\\pard caf\\'e9 \\u8220?x\\u8221?\\par}"
            ),
            "Judul\n\ncafé “x”"
        );
        assert_eq!(
            bbcode(
                "[b]Judul[/b]\n[url=http://a]label[/url] [img]http://a.jpg[/img]\n\n[quote]Isi.[/quote]"
            ),
            "Judul\nlabel\n\nIsi."
        );
    }
}
