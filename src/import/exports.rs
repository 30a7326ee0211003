//! Text copied out of a data file or a page's source rather than off a rendered page: the rows
//! of a spreadsheet pasted as tab-separated cells, a page's HTML source, a CMS's JSON export.
//! Each is recognised by its shape, never by whose it is, and turned into the lines a reader of
//! the rendered story would see: one line per cell, element or string value, markup and
//! escapes decoded, the frame's field names and keys kept as lines of their own that the
//! classifier calls noise. Body text stays word for word.

/// The lines a reader would see, when `text` is one of the exports this module reads; None
/// otherwise (the text is read as it is).
pub fn unpack(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    // A layout program's tagged text, a wire's raw record.
    if let Some(unpacked) = super::newsroom::unpack(text) {
        return Some(unpacked);
    }
    if field_code(first).is_some_and(|(_, value, _)| !value.is_empty())
        && let Some(story) = tagged_record(text)
    {
        return Some(story);
    }
    // The same record with its codes over their values, under the database's name.
    if let Some(stacked) = unstacked(text)
        && let Some(story) = tagged_record(&stacked)
    {
        return Some(story);
    }
    if is_field_header(first, '\t') {
        return sheet_rows(text, '\t');
    }
    // A sheet's title in its first cell, the row's other cells empty, over the header.
    if let Some((title, rest)) = text.trim_start().split_once('\n')
        && title.trim_end_matches('\r').ends_with("\t\t")
        && !title.trim().is_empty()
        && rest
            .lines()
            .next()
            .is_some_and(|l| is_field_header(l, '\t'))
        && let Some(rows) = sheet_rows(rest, '\t')
    {
        return Some(format!("{}\n\n{rows}", title.trim()));
    }
    if is_field_header(first, ',')
        && let Some(rows) = sheet_rows(text, ',')
    {
        return Some(rows);
    }
    if is_markup(text, first) {
        return Some(rendered(text));
    }
    let opening = first.trim_start();
    if opening.starts_with(['{', '['])
        && let Some(unpacked) = records(text)
    {
        return Some(unpacked);
    }
    if let Some(leaves) = outline(text) {
        return Some(leaves);
    }
    if let Some(target) = bilingual_segments(text) {
        return Some(target);
    }
    // A markup dialect's source: a wiki's, a forum's, rich text, LaTeX.
    super::dialects::render(text)
}

/// "ID: Taiwan Buka Rumah Singgah …": a line opening with a language's two-letter code, a
/// colon and the segment's words. The code.
fn language_code(line: &str) -> Option<&str> {
    let (code, rest) = line.split_once(": ")?;
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) && !rest.trim().is_empty())
        .then_some(code)
}

/// A translation tool's bilingual export: each segment a line in the source language over its
/// translation, each behind its language's code (`EN: …` over `ID: …`), five such pairs or
/// more, the source's code always over the target's. The page is the translation: the target's
/// lines without their code, a segment's header standing wholly in brackets over each pair
/// (`[1.2 · Isi · Disetujui · 0%]`) and the source's lines no line of it. Segments standing
/// together, no blank line between, are one paragraph's sentences and run on; segments opening
/// in lower case under a paragraph ending on a colon are the items of its list. Lines outside
/// the pairs stay as they are. None when the text is no such export.
fn bilingual_segments(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let pair = |k: usize| -> Option<(&str, &str)> {
        let source = language_code(lines[k].trim())?;
        let target = language_code(lines.get(k + 1)?.trim())?;
        (source != target).then_some((source, target))
    };
    let pairs: Vec<(usize, (&str, &str))> = (0..lines.len())
        .filter_map(|k| pair(k).map(|p| (k, p)))
        .collect();
    let first = pairs.first()?.1;
    if pairs.len() < 5 || pairs.iter().any(|(_, p)| *p != first) {
        return None;
    }
    let (source, target) = first;
    let mut out: Vec<String> = Vec::new();
    // The paragraph being built from a block's segments, and whether the last one ended on a
    // colon.
    let mut paragraph = String::new();
    let mut introduced = false;
    let flush = |out: &mut Vec<String>, paragraph: &mut String, introduced: &mut bool| {
        if !paragraph.is_empty() {
            *introduced = paragraph.ends_with(':');
            out.push(std::mem::take(paragraph));
            out.push(String::new());
        }
    };
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        let code = language_code(t);
        let header = t.starts_with('[')
            && t.ends_with(']')
            && lines.get(k + 1).and_then(|l| language_code(l.trim())) == Some(source);
        if code == Some(source) || header {
            continue;
        }
        if code == Some(target) {
            let words = t[target.len() + 1..].trim();
            if introduced && words.starts_with(char::is_lowercase) {
                out.push(format!("- {words}"));
            } else {
                introduced = false;
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(words);
            }
            continue;
        }
        if t.is_empty() {
            flush(&mut out, &mut paragraph, &mut introduced);
            out.push(String::new());
        } else {
            flush(&mut out, &mut paragraph, &mut introduced);
            introduced = false;
            out.push(t.to_string());
        }
    }
    flush(&mut out, &mut paragraph, &mut introduced);
    Some(out.join("\n"))
}

/// A mind map's or an outliner's text export: its nodes one a line, each indented by tabs one
/// deeper than the node it hangs from — eight indented lines or more, three levels deep at
/// least, a leaf of prose among them. The branches' own words (`Isi`, `Pembuka`, `Latar`) name
/// the map's parts and are no line of the page, but for a branch holding one short leaf and
/// nothing else, which labels it as a form's field does (`Judul` over the headline, `Penulis`
/// over the writer: `Judul: …`). Each leaf of prose stands as a paragraph; leaves hung under a
/// leaf's sibling one level deeper, when that leaf ends on a colon, are the items of the list
/// it introduces. Lines that are not indented stay as they are. None when the text is no such
/// outline.
fn outline(text: &str) -> Option<String> {
    let depth = |l: &str| l.len() - l.trim_start_matches('\t').len();
    let lines: Vec<&str> = text.lines().collect();
    let indented = lines
        .iter()
        .filter(|l| depth(l) > 0 && !l.trim().is_empty())
        .count();
    let deepest = lines.iter().map(|l| depth(l)).max().unwrap_or(0);
    let prose = lines
        .iter()
        .any(|l| depth(l) > 0 && super::parts::is_prose(l.trim()));
    if indented < 8 || deepest < 3 || !prose {
        return None;
    }
    // The next line holding words, and its depth.
    let next = |k: usize| {
        lines[k + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .map(|l| depth(l))
    };
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    // The depth of the leaf that introduced a list (ends on a colon), while its items run.
    let mut list_under: Option<usize> = None;
    while k < lines.len() {
        let line = lines[k];
        let t = line.trim();
        let d = depth(line);
        if t.is_empty() {
            k += 1;
            continue;
        }
        if d == 0 {
            out.push(t.to_string());
            k += 1;
            continue;
        }
        let branch = next(k).is_some_and(|n| n > d);
        if let Some(at) = list_under
            && d <= at
        {
            list_under = None;
        }
        if branch {
            // "Judul" over one short leaf and nothing else: a field's label and its value.
            let child = lines[k + 1..].iter().position(|l| !l.trim().is_empty());
            let only_leaf = child.and_then(|c| {
                let c = k + 1 + c;
                let after = lines[c + 1..]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .map_or(0, |l| depth(l));
                (depth(lines[c]) == d + 1 && after <= d).then_some(c)
            });
            let labelled = only_leaf.filter(|&c| {
                let value = lines[c].trim();
                t.split_whitespace().count() <= 3
                    && !t.ends_with(':')
                    && !super::parts::is_prose(value)
            });
            if let Some(c) = labelled {
                out.push(String::new());
                out.push(format!("{t}: {}", lines[c].trim()));
                k = c + 1;
                continue;
            }
            if t.ends_with(':') && super::parts::features(t).words >= 6 {
                // A leaf of prose introducing the items hung under it.
                out.push(String::new());
                out.push(t.to_string());
                list_under = Some(d);
            }
            k += 1;
            continue;
        }
        match list_under {
            Some(at) if d > at => out.push(format!("- {t}")),
            _ => {
                out.push(String::new());
                out.push(t.to_string());
                list_under = t.ends_with(':').then_some(d);
            }
        }
        k += 1;
    }
    Some(out.join("\n"))
}

/// What a labelled record's field is, by its label: a database's or an archive's record view
/// ("Byline: …", "Length: 612 words", "Publication title: …", "Halaman : 1"), in both
/// languages. The credit and the outlet are the story's; the frame's labels are the record's.
const RECORD_CREDITS: &[&str] = &["byline", "author", "author(s)", "authors", "pengarang"];
const RECORD_OUTLETS: &[&str] = &["publication title", "publication", "source title"];
const RECORD_FRAME: &[&str] = &[
    "section",
    "length",
    "highlight",
    "language",
    "publication-type",
    "subject",
    "company",
    "company / organization",
    "geographic",
    "load-date",
    "first page",
    "publication year",
    "publisher",
    "place of publication",
    "country of publication",
    "source type",
    "language of publication",
    "document type",
    "document id",
    "copyright",
    "last updated",
    "database",
    "location",
    "judul koleksi",
    "halaman",
    "kolom",
    "bahasa",
    "hak cipta",
    "pengenal",
    "format",
    "rubrik",
    "edisi",
];

/// "Length: 281 words", "Halaman       : 1": a line's label (lower case, one to four words
/// before the colon) and its value (at most 25 words: a field's, not a paragraph's).
fn record_label(line: &str) -> Option<(String, &str)> {
    let (label, value) = line.split_once(':')?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    ((1..=4).contains(&words)
        && label.starts_with(char::is_uppercase)
        && value.split_whitespace().count() <= 25)
        .then(|| (label.to_lowercase(), value.trim()))
}

/// A record view copied with its story (a news database's record, a library's full-text view,
/// a digitised archive's page): at least four lines labelled with a record's frame ("Section:",
/// "Length:", "Load-Date:", "Publication year:", "Halaman :", "Hak cipta :"), recognised by
/// that vocabulary, never by whose record it is. Its frame lines are no line of the page; its
/// byline field is a credit ("By …") and its publication field the outlet ("Source: …", up to a
/// semicolon: "The Oregonian; Portland, Ore."). None when the text is no such record.
pub fn labelled_record(text: &str) -> Option<String> {
    let label = |l: &str| record_label(l).map(|(label, _)| label);
    // "ProQuest document ID": a frame label may open with the record's own name.
    let frame = |label: &str| {
        RECORD_FRAME.contains(&label)
            || label
                .split_once(' ')
                .is_some_and(|(_, rest)| rest == "document id")
    };
    // A labelled line in a list a sentence introduces ("… to provincial offices:", then
    // "Subject: …", "Length: …") is the story's own list, whatever its labels.
    let mut listed: Vec<bool> = Vec::new();
    let mut introduced = false;
    for line in text.lines() {
        let t = line.trim();
        listed.push(introduced && record_label(t).is_some());
        if !t.is_empty() {
            introduced = t.ends_with(':') || introduced && record_label(t).is_some();
        }
    }
    let framed = text
        .lines()
        .zip(&listed)
        .filter(|(l, listed)| !**listed && label(l).is_some_and(|l| frame(&l)))
        .count();
    if framed < 4 {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for (line, listed) in text.lines().zip(listed) {
        match record_label(line) {
            _ if listed => out.push(line.to_string()),
            Some((label, _)) if frame(&label) => {}
            Some((label, value))
                if RECORD_CREDITS.contains(&label.as_str()) && !value.is_empty() =>
            {
                out.push(format!("By {value}"));
            }
            Some((label, value))
                if RECORD_OUTLETS.contains(&label.as_str()) && !value.is_empty() =>
            {
                let name = value.split(';').next().unwrap_or(value).trim();
                out.push(format!("Source: {name}"));
            }
            _ => out.push(line.to_string()),
        }
    }
    Some(out.join("\n"))
}

/// "TI  - Park-and-ride trial …" (a citation manager's export) or "HD     BI Tahan Suku Bunga …"
/// (a news database's record): a line opening with a field's code — two to four capitals or
/// digits, the first a capital — then its value after "  - " or a run of spaces, or the code
/// alone. The code, the value and whether the record writes "  - " between them.
fn field_code(line: &str) -> Option<(&str, &str, bool)> {
    let line = line.trim_end();
    let len = line
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        .unwrap_or(line.len());
    if !(2..=4).contains(&len) || !line.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (code, rest) = line.split_at(len);
    if rest.is_empty() {
        return Some((code, "", false));
    }
    if let Some(value) = rest.strip_prefix("  -")
        && (value.is_empty() || value.starts_with(' '))
    {
        return Some((code, value.trim(), true));
    }
    (rest.starts_with("  ") || rest.starts_with('\t')).then(|| (code, rest.trim(), false))
}

/// What a tagged record's field holds, by its code: a citation manager's ("TI  - ", dashed)
/// and a news database's (code, spaces, value) vocabularies.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Title,
    Author,
    Outlet,
    Date,
    Text,
    Frame,
}

fn field_of(code: &str, dashed: bool) -> Field {
    match (code, dashed) {
        ("TI" | "T1", true) | ("HD", false) => Field::Title,
        ("AU" | "A1", true) | ("BY", false) => Field::Author,
        ("T2" | "JF" | "JO" | "JA" | "J2", true) | ("SN", false) => Field::Outlet,
        ("DA" | "Y1", true) | ("PD", false) => Field::Date,
        ("AB" | "N2", true) | ("LP" | "TD", false) => Field::Text,
        _ => Field::Frame,
    }
}

/// A tagged record: a run of lines each opening with a field's code (a citation manager's
/// export, a news database's record), recognised by that shape — its first line a field with a
/// value and at least five fields of four codes or more written the same way — never by whose
/// it is. Read as its fields: the headline field is the title, the byline field a credit ("By
/// …", a name written surname first put in reading order), the date field the date under the
/// title, the text fields (with the lines that run on under them up to the next field) the
/// story's paragraphs and the source field the outlet, as a "Source:" line under them; every
/// other field is the record's frame and no line of the page. None when the text is no such record or holds no text field.
fn tagged_record(text: &str) -> Option<String> {
    let fields: Vec<(&str, &str, bool)> = text.lines().filter_map(field_code).collect();
    let dashed = fields.first()?.2;
    let same: Vec<&(&str, &str, bool)> = fields
        .iter()
        .filter(|f| f.2 == dashed && !f.1.is_empty())
        .collect();
    let mut codes: Vec<&str> = same.iter().map(|f| f.0).collect();
    codes.sort_unstable();
    codes.dedup();
    if same.len() < 5 || codes.len() < 4 {
        return None;
    }
    let (mut title, mut outlet, mut date) = (None, None, None);
    let mut authors: Vec<String> = Vec::new();
    let mut story: Vec<&str> = Vec::new();
    let mut field = Field::Frame;
    for line in text.lines() {
        let code = field_code(line).filter(|f| f.2 == dashed || f.1.is_empty());
        let Some((code, value, _)) = code else {
            if field == Field::Text {
                story.push(line.trim());
            }
            continue;
        };
        field = field_of(code, dashed);
        match field {
            Field::Title => title = title.or(Some(value)),
            Field::Outlet => outlet = outlet.or(Some(value)),
            Field::Date => date = date.or(Some(value.trim_end_matches('/'))),
            Field::Author => authors.push(reading_order(value)),
            Field::Text => story.push(value),
            Field::Frame => {}
        }
    }
    if story.iter().all(|l| l.is_empty()) {
        return None;
    }
    // A field whose paragraphs run one a line keeps them apart; one with blank lines between
    // its paragraphs (and its list's items one a line) keeps its own breaks.
    let spaced = story.iter().any(|l| l.is_empty());
    let mut out: Vec<String> = Vec::new();
    out.extend(title.map(|t| format!("{t}\n")));
    out.extend(date.map(str::to_string));
    if !authors.is_empty() {
        out.push(format!("\nBy {}", authors.join(" and ")));
    }
    out.push(String::new());
    for line in story {
        if !line.is_empty() || spaced {
            out.push(line.to_string());
        }
        if !spaced {
            out.push(String::new());
        }
    }
    out.extend(outlet.map(|o| format!("\nSource: {o}")));
    Some(out.join("\n"))
}

/// "HD" over "Last gravel gap …", "SN" over "Peninsula Star": a news database's record copied
/// with each field's code on a line of its own over its value. Six of a news database's codes
/// or more alone on their lines, the headline's and a text's among them: each code and the line
/// under it are one line, as the record's other form writes them (a code over a blank line
/// stays alone, its field's lines under it).
fn unstacked(text: &str) -> Option<String> {
    const CODES: &[&str] = &[
        "HD", "BY", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CO", "IN",
        "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CR",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let alone = |l: &str| CODES.contains(&l.trim());
    let has = |code: &str| lines.iter().any(|l| l.trim() == code);
    if lines.iter().filter(|l| alone(l)).count() < 6 || !has("HD") || !(has("LP") || has("TD")) {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        match lines.get(k + 1) {
            Some(next) if alone(lines[k]) && !next.trim().is_empty() && !alone(next) => {
                out.push(format!("{}  {}", lines[k].trim(), next.trim()));
                k += 2;
            }
            _ => {
                out.push(lines[k].to_string());
                k += 1;
            }
        }
    }
    Some(out.join("\n"))
}

/// "Hayes, Nick": a citation's name, surname first, in reading order ("Nick Hayes"); any other
/// name as written.
fn reading_order(name: &str) -> String {
    match name.split_once(", ") {
        Some((surname, given)) if !given.contains(',') && given.starts_with(char::is_uppercase) => {
            format!("{given} {surname}")
        }
        _ => name.to_string(),
    }
}

/// "title\tdate\turl\tauthor\tbody": a spreadsheet's header row, at least three cells split by
/// tabs, each a field's name — one to three words of letters, digits or underscores, no
/// sentence's punctuation; split by tabs, a name may add a note in brackets ("Headline (as
/// logged)", "Reach (est.)"). Split by commas (a CSV file opened as text, "id,judul,isi,url"),
/// four cells or more with no space around a comma: a list of names in a sentence spaces
/// its commas.
fn is_field_header(line: &str, sep: char) -> bool {
    let cells: Vec<&str> = line.trim_end_matches('\r').split(sep).collect();
    let commas = sep != ',' || cells.len() >= 4 && cells.iter().all(|c| c.trim() == *c);
    commas
        && cells.len() >= 3
        && cells.iter().all(|c| {
            let c = c.trim();
            // A note in brackets after the name, in a sheet split by tabs.
            let c = match c.split_once(" (") {
                Some((name, note))
                    if sep == '\t'
                        && note.ends_with(')')
                        && note.split_whitespace().count() <= 2 =>
                {
                    name
                }
                _ => c,
            };
            !c.is_empty()
                && c.chars().count() <= 24
                && c.split_whitespace().count() <= 3
                && c.starts_with(|ch: char| ch.is_alphabetic())
                && c.chars()
                    .all(|ch| ch.is_alphanumeric() || matches!(ch, '_' | ' ' | '-'))
        })
}

/// The rows under a header of field names: every cell a line (a quoted cell, which may hold
/// several lines and doubles its quote marks, gives its lines), cells and rows apart by blank
/// lines. None when no row under the header has a second cell, or, split by commas, when the
/// first row's cells are not as many as the header's.
fn sheet_rows(text: &str, sep: char) -> Option<String> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() && c != '\t');
    // The header row names the fields: the frame's, no line a reader sees. Kept as a line, its
    // words were left to the line model, which may take them for a headline.
    let (header, rest) = text.split_once('\n').unwrap_or((text, ""));
    if !rest.contains(sep) {
        return None;
    }
    if sep == ',' && first_row_cells(rest) != header.split(',').count() {
        return None;
    }
    let mut blocks: Vec<String> = Vec::new();
    let mut chars = rest.chars().peekable();
    let mut cell = String::new();
    let flush = |cell: &mut String, blocks: &mut Vec<String>| {
        let t = cell.trim();
        if !t.is_empty() {
            blocks.push(t.to_string());
        }
        cell.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cell.push('"');
                        } else {
                            break;
                        }
                    } else {
                        cell.push(q);
                    }
                }
            }
            '\n' => flush(&mut cell, &mut blocks),
            _ if c == sep => flush(&mut cell, &mut blocks),
            '\r' => {}
            _ => cell.push(c),
        }
    }
    flush(&mut cell, &mut blocks);
    Some(blocks.join("\n\n"))
}

/// How many comma-split cells the first row of `rows` holds, a quoted cell (which may hold
/// several lines and commas, and doubles its quote marks) counting once.
fn first_row_cells(rows: &str) -> usize {
    let rows = rows.trim_start_matches(['\r', '\n']);
    let mut cells = 1;
    let mut quoted = false;
    let mut opening = true;
    let mut chars = rows.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A doubled quote inside a quoted cell is a quote mark of the cell's text.
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    quoted = false;
                }
            }
            '"' if opening => {
                quoted = true;
                opening = false;
            }
            _ if quoted => {}
            ',' => {
                cells += 1;
                opening = true;
            }
            '\n' => break,
            _ => opening = false,
        }
    }
    cells
}

/// A page's source: it opens with a document type or an `<html>` tag, or most of its lines
/// are tags, and some element closes.
fn is_markup(text: &str, first: &str) -> bool {
    let opening = first.trim_start().to_ascii_lowercase();
    if opening.starts_with("<!doctype html") || opening.starts_with("<html") {
        return true;
    }
    if !opening.starts_with('<') || !text.contains("</") {
        return false;
    }
    let (mut lines, mut tags) = (0usize, 0usize);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        tags += usize::from(line.starts_with('<') && line.ends_with('>'));
    }
    lines >= 5 && tags * 5 >= lines * 3
}

/// Elements a browser sets on lines of their own, and a news markup's (NITF's) headline,
/// byline, dateline and distributor elements, each a line of the page it describes.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "hedline",
    "hl1",
    "hl2",
    "byline",
    "byttl",
    "dateline",
    "distributor",
    "tagline",
    "body.head",
    "body.content",
    "body.end",
];

/// Elements whose content no reader sees, and a figure's caption (a news markup's media
/// caption too), which the markup itself says is no line of the story.
const HIDDEN: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "figcaption",
    "media-caption",
];

/// The text a browser shows for a page's source: tags gone, block elements on lines of their
/// own (list items as "- " items, one under another), entities read, the source's line breaks
/// inside an element read as spaces, the head, scripts and styles unseen. A news markup's
/// (NITF's) distributor element names the outlet, as a "Source:" line.
fn rendered(text: &str) -> String {
    // Each line, and whether it is a list item.
    let mut lines: Vec<(String, bool)> = Vec::new();
    let mut line = String::new();
    let mut item = false;
    let flush = |line: &mut String, item: &mut bool, lines: &mut Vec<(String, bool)>| {
        let t = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            let t = if *item { format!("- {t}") } else { t };
            lines.push((t, *item));
        }
        line.clear();
        *item = false;
    };
    let mut rest = text;
    while let Some(at) = rest.find(['<', '&']) {
        line.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('&') {
            let (decoded, used) = entity(rest);
            line.push_str(&decoded);
            rest = &rest[used..];
            continue;
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |e| &comment[e + 3..]);
            continue;
        }
        let Some(end) = rest.find('>') else {
            line.push_str(rest);
            rest = "";
            break;
        };
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let closing = tag.starts_with('/');
        let name = crate::escape::element_name(tag);
        if !closing && HIDDEN.contains(&name.as_str()) {
            rest = match crate::escape::find_ignoring_case(rest, &format!("</{name}")) {
                Some(c) => rest[c..].find('>').map_or("", |e| &rest[c + e + 1..]),
                None => "",
            };
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut line, &mut item, &mut lines);
            item = name == "li" && !closing;
            // A news markup's distributor is the outlet, as a record's "Source:" field is.
            if name == "distributor" && !closing {
                line.push_str("Source: ");
            }
        } else if !line.ends_with(char::is_whitespace) && matches!(name.as_str(), "img") {
            line.push(' ');
        }
    }
    line.push_str(rest);
    flush(&mut line, &mut item, &mut lines);
    let mut out = String::new();
    for (k, (text, item)) in lines.iter().enumerate() {
        if k > 0 {
            out.push_str(if *item && lines[k - 1].1 {
                "\n"
            } else {
                "\n\n"
            });
        }
        out.push_str(text);
    }
    out
}

/// The character an entity at the start of `s` stands for ("&amp;", "&#8211;", "&#x2019;"),
/// and the bytes it takes; an ampersand that opens no entity stands for itself.
fn entity(s: &str) -> (String, usize) {
    // Only the first ten bytes are searched: a page of bare ampersands is read once.
    let decoded = crate::escape::reference_end(s, 10)
        .and_then(|semi| Some((crate::escape::entity(&s[1..semi])?, semi)));
    match decoded {
        // A no-break space is a space to the lines read here.
        Some((c, semi)) => (if c == '\u{a0}' { ' ' } else { c }.to_string(), semi + 1),
        None => ("&".into(), 1),
    }
}

/// A JSON object or array of records pasted whole: every string value a line — a value of
/// prose (four words or more, or several lines) on lines of its own, with its escapes read and
/// its paragraphs apart (its key is the export's, no line of the page); any other value on one
/// line with its key, as the export writes it, except a name inside an object, which speaks
/// for the field holding the object (`"author": [{"name": "Jolene Toves"}]` reads `author:
/// Jolene Toves`, as a credit line would), and JSON-LD's own keys ("@type"), which go. Every
/// field and record apart by blank lines. None when the text is no JSON, or no string in it is prose.
fn records(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if !trimmed.ends_with(['}', ']']) {
        return None;
    }
    serde_json::from_str::<serde_json::Value>(trimmed).ok()?;
    let mut out: Vec<String> = Vec::new();
    let mut key: Option<&str> = None;
    // The field each open object or array is the value of (an array's objects, the array's).
    let mut owners: Vec<Option<&str>> = Vec::new();
    let mut prose = false;
    let bytes = trimmed.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i);
                let raw = &trimmed[i..end];
                i = end;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if bytes.get(i) == Some(&b':') {
                    key = Some(raw);
                    i += 1;
                    continue;
                }
                let value: String = serde_json::from_str(raw).unwrap_or_default();
                let said = value.split_whitespace().count() >= 4 || value.trim().contains('\n');
                let owner = owners.last().copied().flatten();
                match key.take() {
                    // JSON-LD's own vocabulary ("@type", "@context") says nothing of the record.
                    Some(k) if k.starts_with("\"@") => {}
                    Some(_) if said => {}
                    Some("\"name\"") if owner.is_some() => {
                        let field = owner.unwrap_or_default().trim_matches('"');
                        out.extend([format!("{field}: {value}"), String::new()]);
                    }
                    Some(k) => out.extend([format!("{k}: {raw}"), String::new()]),
                    None if said => {}
                    None => out.extend([raw.to_string(), String::new()]),
                }
                if said {
                    prose = true;
                    for block in value.split("\n\n") {
                        out.push(String::new());
                        out.extend(block.lines().map(str::to_string));
                    }
                    out.push(String::new());
                }
            }
            b'{' | b'[' => {
                let inherited = owners.last().copied().flatten();
                owners.push(key.take().or(inherited.filter(|_| bytes[i] == b'{')));
                i += 1;
            }
            b'}' | b']' => {
                owners.pop();
                // A record closes (an object at the top, or in the array at the top).
                if bytes[i] == b'}'
                    && owners.len() <= 1
                    && out.last().is_some_and(|l| !l.is_empty())
                {
                    out.push(String::new());
                }
                i += 1;
            }
            b',' | b':' => i += 1,
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len()
                    && !matches!(bytes[i], b',' | b'}' | b']')
                    && !bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
                let token = &trimmed[start..i];
                match key.take() {
                    Some(k) => out.extend([format!("{k}: {token}"), String::new()]),
                    None => out.extend([token.to_string(), String::new()]),
                }
            }
        }
    }
    prose.then(|| out.join("\n"))
}

/// Where the JSON string opening at `start` (a quote mark) ends: past its closing quote.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_rows_give_a_line_per_cell_and_the_quoted_cells_lines() {
        let text = "title\tdate\tbody\nA bridge falls\t2026-02-17\t\"First \"\"line\"\".\n\nSecond.\"\nOther\t2026-02-18\t\"Third.\"\n";
        assert_eq!(
            unpack(text).unwrap(),
            "A bridge falls\n\n2026-02-17\n\nFirst \"line\".\n\nSecond.\n\nOther\n\n2026-02-18\n\nThird."
        );
        // Tabs inside a story's own lines are no header.
        assert_eq!(unpack("Harga cabai naik.\tRp85.000\tper kilo\n"), None);
        // Split by commas: a CSV file opened as text, its first row as many cells as the
        // header; names listed in a sentence are no header.
        let csv = "id,title,body,status\n7,\"A, b\",\"One \"\"two\"\".\n\nThree.\",publish\n";
        assert_eq!(
            unpack(csv).unwrap(),
            "7\n\nA, b\n\nOne \"two\".\n\nThree.\n\npublish"
        );
        assert_eq!(
            unpack("Jakarta,Bandung,Bogor,Depok\nWarga mengungsi, kata dia.\n"),
            None
        );
        assert_eq!(unpack("Jakarta, Bandung, Bogor, Depok\nA,b,c,d\n"), None);
        // A sheet's title over its header; names with a note in brackets.
        let titled = "Media log - November 2026\t\t\t\nDate\tOutlet\tReach (est.)\tFull text\n\
                      05/11/2026\tThe Weekly\t1,200\t\"Count hits high\nBy Ann Lee\"\n";
        assert_eq!(
            unpack(titled).unwrap(),
            "Media log - November 2026\n\n05/11/2026\n\nThe Weekly\n\n1,200\n\nCount hits high\nBy Ann Lee"
        );
        // A title row over rows that name no fields is no sheet.
        assert_eq!(unpack("Harga\t\t\nCabai naik.\tRp85.000\tper kilo\n"), None);
    }

    #[test]
    fn page_source_reads_as_the_page() {
        let text = "<!DOCTYPE html>\n<html>\n<head><title>T - Site</title></head>\n<body>\n\
                    <nav><a href=\"/\">Home</a> &raquo; <a>Bencana &amp; Lingkungan</a></nav>\n\
                    <h1 class=\"t\">Tanah Bergerak</h1>\n<p><strong>SITE.com</strong> - Satu\ndua.</p>\n\
                    <ul>\n<li>Rumah: 9 unit</li>\n<li>Jalan: 120 meter</li>\n</ul>\n<figure><img src=\"a.jpg\">\n<figcaption>Retakan. | Foto: Dok.</figcaption></figure>\n<p>Tiga&#8217;s.</p>\n</body>\n</html>\n";
        assert_eq!(
            unpack(text).unwrap(),
            "Home » Bencana & Lingkungan\n\nTanah Bergerak\n\nSITE.com - Satu dua.\n\n\
             - Rumah: 9 unit\n- Jalan: 120 meter\n\nTiga’s."
        );
    }

    #[test]
    fn hidden_elements_close_in_any_case_and_after_multibyte_text() {
        use crate::escape::find_ignoring_case;
        let text = "<html>\n<body>\n<p>İstanbul ǅ 👩‍👩‍👧 satu.</p>\n<SCRIPT>x = 'ẞ';</Script>\n<p>Dua.</p>\n<svg><path/></SVG><p>Tiga.</p>\n<style>unclosed\n";
        assert_eq!(
            unpack(text).unwrap(),
            "İstanbul ǅ 👩‍👩‍👧 satu.\n\nDua.\n\nTiga."
        );
        assert_eq!(find_ignoring_case("a</b></ScRiPt>", "</script"), Some(5));
        assert_eq!(find_ignoring_case("ẞ</scr", "</script"), None);
        assert_eq!(entity("&amp;x").1, 5);
        assert_eq!(entity("&x ẞẞẞẞ;").0, "&");
        assert_eq!(entity("&#8217;").0, "’");
    }

    #[test]
    fn a_record_with_its_codes_over_their_values_reads_as_its_fields() {
        let text = "Factiva\n\nHD\nLast gravel gap to be sealed by 2027\nBY\nJess Cardillo\nWC\n421 words\n\
                    PD\n4 December 2026\nSN\nPeninsula Star\nSC\nPENSTR\nLA\nEnglish\nLP\n\
                    The last stretch of gravel will be sealed.\n\nThe department said so.\n\nTD\n\
                    Work starts in May.\n\nNS\ngtrans : Transport\nAN\nDocument PENSTR0020261204\n";
        let got = unpack(text).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Last gravel gap to be sealed by 2027", "{got}");
        assert!(lines.contains(&"By Jess Cardillo"), "{got}");
        assert!(lines.contains(&"Work starts in May."), "{got}");
        assert!(lines.contains(&"Source: Peninsula Star"), "{got}");
        assert!(
            !got.contains("421 words") && !got.contains("gtrans"),
            "{got}"
        );
        // A story whose lines hold a few capitals alone is no record.
        assert_eq!(unstacked("HD\nA headline\nBY\nMe\n\nThe story."), None);
    }

    #[test]
    fn json_records_give_their_prose_and_their_fields() {
        let text = "[\n {\n  \"headline\": \"GWA issues a boil-water notice\",\n  \"datePublished\": \"2025-09-23\",\n  \"wordCount\": 12,\n  \"author\": [{\"@type\": \"Person\", \"name\": \"Jolene Toves\"}],\n  \"articleBody\": \"One \\\"two\\\" three four.\\n\\nFive six seven eight.\"\n }\n]";
        assert_eq!(
            unpack(text).unwrap(),
            "\nGWA issues a boil-water notice\n\n\"datePublished\": \"2025-09-23\"\n\n\"wordCount\": 12\n\nauthor: Jolene Toves\n\n\nOne \"two\" three four.\n\nFive six seven eight.\n"
        );
        assert_eq!(unpack("[1, 2, 3]"), None);
        assert_eq!(unpack("{ not json at all }"), None);
    }
}
