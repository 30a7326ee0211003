//! Files taken straight out of a newsroom's production systems rather than off a page: a page
//! layout program's tagged text (InDesign's `<ParaStyle:…>` codes) and a wire's raw ANPA record
//! (`ZCZC`, `^…<` lines, `NNNN`). Each is recognised by its system's marks standing on several
//! lines, never by whose file it is, and turned into the lines a reader of the printed or
//! published story would see: the codes gone, each paragraph on a line of its own, body text
//! word for word.

/// The lines a reader would see when `text` is one of the files read here; None otherwise.
pub fn unpack(text: &str) -> Option<String> {
    tagged_text(text).or_else(|| wire_record(text))
}

/// A layout program's tagged text: a header naming its encoding (`<ANSI-WIN>`, `<UNICODE-MAC>`)
/// or at least three paragraphs opening with a paragraph style's code (`<ParaStyle:Body>`,
/// `<pstyle:Body>`). Each paragraph stands on a line of its own, apart from the next by a blank
/// line, its style and character codes gone; the file's header lines (version, colour and style
/// tables) and a paragraph whose style names a note to the layout desk (`Catatan-Layout`, `Note`),
/// which is never printed, are no line of the page. None when the text is no such file.
fn tagged_text(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let encoding = ["<ANSI-", "<UNICODE-", "<ASCII-"]
        .iter()
        .any(|p| first.starts_with(p))
        && first.ends_with('>')
        && !first[1..].contains('<');
    let styled = text
        .lines()
        .filter(|l| paragraph_style(l.trim_start()).is_some())
        .count();
    if !(encoding && styled >= 1 || styled >= 3) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if encoding && t == first {
            continue;
        }
        let style = paragraph_style(t);
        if style.is_some_and(names_a_note) {
            continue;
        }
        let shown = without_codes(t);
        let shown = shown.trim();
        if shown.is_empty() {
            continue;
        }
        out.push(shown.to_string());
    }
    Some(out.join("\n\n"))
}

/// "<ParaStyle:Body-Lead>…": the name of the paragraph style a tagged text's line opens with.
fn paragraph_style(line: &str) -> Option<&str> {
    let rest = ["<ParaStyle:", "<pstyle:"]
        .iter()
        .find_map(|p| line.strip_prefix(p))?;
    let end = rest.find('>')?;
    Some(&rest[..end])
}

/// A paragraph style for the layout desk's notes, which the page never prints: its name holds
/// a note's word ("Catatan-Layout", "Layout Note", "Komentar").
fn names_a_note(style: &str) -> bool {
    style.split(|c: char| !c.is_alphanumeric()).any(|w| {
        ["catatan", "note", "notes", "komentar", "comment", "memo"]
            .contains(&w.to_lowercase().as_str())
    })
}

/// A tagged text's line without its codes: every `<Name:…>` or `<Name:>` tag (a style, a
/// character style, a table's definitions) goes; an escaped `\<` or `\>` is a plain one.
fn without_codes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['<', '\\']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(escaped) = rest.strip_prefix("\\<") {
            out.push('<');
            rest = escaped;
            continue;
        }
        if let Some(escaped) = rest.strip_prefix("\\>") {
            out.push('>');
            rest = escaped;
            continue;
        }
        if let Some(after) = rest.strip_prefix('\\') {
            out.push('\\');
            rest = after;
            continue;
        }
        match code_end(rest) {
            Some(end) => rest = &rest[end..],
            None => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where a code at the start of `s` ends (past its closing `>`, codes nested inside it
/// included): `<` then a name of letters, then a colon. None when `s` opens no code.
fn code_end(s: &str) -> Option<usize> {
    let name = s[1..]
        .find(|c: char| !c.is_ascii_alphabetic())
        .map(|n| n + 1)?;
    if name == 1 || !s[name..].starts_with(':') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// A wire's raw record as its ANPA feed sends it: opened by `ZCZC` (or a run of lines framed
/// as `^…<`, the feed's heading lines) and closed by `NNNN`. The frame goes: `ZCZC` and `NNNN`
/// lines, the transmission header over the first heading line, a slug alone heading them, the
/// caret and the closing `<` of each heading line; the feed's underscore standing for a dash
/// (`CAIRNS, Jan. 28 (Cairns Post) _`) is a dash; paragraphs indented one a line stand apart.
/// None when the text is no such record.
fn wire_record(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let headed = text
        .lines()
        .filter(|l| {
            let t = l.trim();
            t.len() > 2 && t.starts_with('^') && t.ends_with('<')
        })
        .count();
    if !(first == "ZCZC" && headed >= 1 || headed >= 3) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    // A dateline closed by its dash on a line of its own opens the paragraph under it.
    let mut dateline: Option<String> = None;
    // The transmission header over the first heading line (the selector, the priority and
    // category with the slug and word count) and the slug heading it ("^BC-Qld-Storm,0402<")
    // are the feed's.
    let mut headed = false;
    for line in text.lines() {
        let t = line.trim();
        if t == "ZCZC" || t == "NNNN" {
            continue;
        }
        let heading = t.starts_with('^') && t.ends_with('<');
        if !headed && !heading {
            continue;
        }
        if heading && !headed {
            headed = true;
            if !t.contains(' ') {
                continue;
            }
        }
        let t = t.strip_prefix('^').unwrap_or(t);
        let t = t.strip_suffix('<').unwrap_or(t).trim_end();
        let t = if t.chars().all(|c| c == '_' || c == ' ') {
            t.to_string()
        } else {
            underscore_dashes(t)
        };
        if t.is_empty() {
            continue;
        }
        if let Some(opening) = dateline.take() {
            out.push(format!("{opening} {t}"));
        } else if t.ends_with(" —") && line.starts_with(char::is_whitespace) {
            dateline = Some(t);
        } else {
            out.push(t);
        }
    }
    out.extend(dateline);
    Some(out.join("\n\n"))
}

/// "(AP) _ About …": the underscore a wire's feed sets for a dash, standing apart between
/// words or closing a dateline, is a dash; one inside a word or a code stays.
fn underscore_dashes(line: &str) -> String {
    let mut out = line.replace(" _ ", " — ");
    if out.ends_with(" _") {
        out.truncate(out.len() - 1);
        out.push('—');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_text_loses_its_codes_and_its_layout_notes() {
        let text = "<ANSI-WIN>\n<Version:16><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>\n\
            <ParaStyle:Judul>Jalan Putus\n<ParaStyle:Body><CharStyle:Dateline>AMBON, Kabar \\<1\\> –<CharStyle:> Jalan putus.\n\
            <ParaStyle:Catatan-Layout>// jangan dicetak";
        assert_eq!(
            unpack(text).as_deref(),
            Some("Jalan Putus\n\nAMBON, Kabar <1> – Jalan putus.")
        );
    }

    #[test]
    fn a_story_with_one_angle_bracket_is_no_tagged_text() {
        assert_eq!(unpack("Harga <Rp5.000 naik.\nWarga: kecewa."), None);
    }

    #[test]
    fn a_wire_record_loses_its_frame_and_keeps_its_words() {
        let text = "ZCZC\na0217\nr a BC-Town 0402\n^BC-Town,0402<\n^Town told to boil water<\n^By Mia Tranter<\n\n   CAIRNS, Jan. 28 (AP) _\n   About 60 residents_here left.\n   _ _ _\nNNNN";
        assert_eq!(
            unpack(text).as_deref(),
            Some(
                "Town told to boil water\n\nBy Mia Tranter\n\nCAIRNS, Jan. 28 (AP) — About 60 residents_here left.\n\n_ _ _"
            )
        );
    }
}
