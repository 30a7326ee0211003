//! From decoded text to lines: whitespace normalised, hard-wrapped lines joined. What each line
//! is (headline, credit, paragraph, noise) is decided later, in `parts`.

use std::sync::LazyLock;

use regex::Regex;

/// One line of text, with whether a blank line came before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub gap_before: bool,
    /// The line, as copied, opened with a text-mode browser's link ("[3]Skip to main content",
    /// "* [5]Climate Change"): a link of the page, whose number is gone from `text`.
    pub linked: bool,
    /// A screen reader announced the line as the page's first heading ("Judul tingkat 1, …",
    /// "Heading level 1, …"); the announcement is gone from `text`.
    pub announced_heading: bool,
    /// The line, as copied, was set wholly in bold or italics (`**Diduga Kekurangan Oksigen**`,
    /// `_Bagikan kebaikan …_`); the marks are gone from `text`.
    pub emphasised: bool,
    /// The line, as copied, set four cells or more apart by runs of spaces (`spaced_row`): a
    /// menu's or a toolbar's row, whose spacing is gone from `text`.
    pub cells: bool,
}

// A closing bracket, round or square: where a report's sign-off, or a photo's credit, stands.
static CLOSING_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[(\[]\s*([^()\[\]]{1,48}?)\s*[)\]]\s*$").unwrap());

/// Words that make a bracket a photo's credit, not a report's sign-off.
pub(super) const PHOTO_CUES: &[&str] = &[
    "foto",
    "photo",
    "dok",
    "dokumen",
    "dokumentasi",
    "ilustrasi",
    "istimewa",
    "file",
    "image",
];

/// The pieces of a sign-off closing a report, when `inside` (a bracket's content) is one: the
/// star some outlets close with ("*"), or the initials of editors and reporters, maybe with a
/// desk number, the writer's name and the outlet, joined by slashes: "aud/agt", "mcr8/jpnn",
/// "Ketut Winata/balipost". Newsrooms write at least one piece in lower case or all of them as
/// short initials; a photo credit in the same shape names the photo or is shouted
/// ("BP/Dokumen", "AP Photo/Aaron Favila", "MI/Ramdani").
/// In square brackets ("[OKT]", "[ted/aje]") one code in capitals signs off too: text puts its
/// acronyms in round ones.
fn sign_off_pieces(inside: &str, square: bool) -> Option<Vec<&str>> {
    if !inside.is_empty() && inside.chars().all(|c| c == '*') && inside.len() <= 3 {
        return Some(Vec::new());
    }
    let pieces: Vec<&str> = inside.split('/').map(str::trim).collect();
    // One lower-case code after a closed sentence ("… karang. (ste)") is a desk's initials:
    // text in brackets is a word or an acronym, and a photo is named.
    if let [code] = pieces[..] {
        let initials = (2..=5).contains(&code.len())
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && code.starts_with(|c: char| c.is_ascii_lowercase())
            && !PHOTO_CUES.contains(&code);
        let shouted_code =
            square && (2..=5).contains(&code.len()) && code.chars().all(|c| c.is_ascii_uppercase());
        // "… ke tingkat pengecer. (Knu)": some desks capitalise their code's first letter; a
        // bracketed word closing a sentence is no part of it, and a photo is named.
        let lower = code.to_lowercase();
        let titled_code = (2..=4).contains(&code.len())
            && code.starts_with(|c: char| c.is_ascii_uppercase())
            && code.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !PHOTO_CUES.contains(&lower.as_str())
            && !["ist", "net", "doc", "pic"].contains(&lower.as_str());
        let initials =
            initials || shouted_code || titled_code || joined_codes(code) || numbered_desk(code);
        return initials.then_some(pieces);
    }
    let word_ok = |p: &&str| {
        !p.is_empty()
            && p.split_whitespace().count() <= 4
            && p.chars().all(|c| c.is_alphanumeric() || " .'-".contains(c))
    };
    if pieces.len() < 2 || !pieces.iter().all(word_ok) {
        return None;
    }
    let initials =
        |p: &&str| (2..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic());
    // "(tribunbatam.id/Rio Pangaribuan)": the outlet's domain in lower case signs as its code.
    let lower_code = |p: &&str| {
        let code = p.chars().count() <= 10
            && p.chars().any(char::is_alphabetic)
            && p.chars().all(|c| c.is_lowercase() || c.is_ascii_digit());
        let domain = p.contains('.')
            && p.chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || ".-".contains(c))
            && super::dateline::is_outlet(p);
        code || domain
    };
    let photo = pieces.iter().any(|p| {
        p.split_whitespace()
            .any(|w| PHOTO_CUES.contains(&w.to_lowercase().as_str()))
    });
    // "(JRK/PIA-10/Bukidnon)": a desk's code numbered for its office signs with the writer's
    // initials and the bureau's place; a picture's credit carries no office number.
    let numbered = pieces.iter().any(|p| numbered_desk(p))
        && pieces
            .iter()
            .all(|p| initials(p) || numbered_desk(p) || p.split_whitespace().count() <= 3);
    let signed =
        pieces.iter().all(initials) || (pieces.iter().any(lower_code) || numbered) && !photo;
    signed.then_some(pieces)
}

/// "kus.wwn", "ant-rd", "red,ab": desks' lower-case initials joined by a dot, a hyphen or a
/// comma as other desks join them by a slash; a domain ("bbc.com") names an outlet instead.
fn joined_codes(code: &str) -> bool {
    let groups: Vec<&str> = code.split(['.', '-', ',']).collect();
    (2..=3).contains(&groups.len())
        && groups
            .iter()
            .all(|g| (2..=5).contains(&g.len()) && g.chars().all(|c| c.is_ascii_lowercase()))
        && !super::dateline::is_outlet(code)
}

/// "(PT-07)", "(BKA-05)": a desk's code in capitals numbered for its reporter in two figures,
/// as papers in Maluku sign. "(COVID-19)" names a disease, "(KM-102)" a road's kilometre and
/// "(JT-610)" a flight.
fn numbered_desk(code: &str) -> bool {
    code.split_once('-').is_some_and(|(desk, number)| {
        (2..=4).contains(&desk.len())
            && desk.chars().all(|c| c.is_ascii_uppercase())
            && number.len() == 2
            && number.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether `before` ends a sentence, a quote's closing mark included: what a sign-off or a
/// reports credit stands after.
fn closes_sentence(before: &str) -> bool {
    before.ends_with(['.', '!', '?', '"', '”', '’', '\''])
}

/// Where a closing sign-off starts in `line`, and its pieces.
fn closing_sign_off(line: &str) -> Option<(usize, Vec<&str>)> {
    // Most lines end otherwise; the regex with its group is not cheap on every line.
    let square = line.trim_end().ends_with(']');
    if !line.trim_end().ends_with(')') && !square {
        return None;
    }
    let caps = CLOSING_BRACKET.captures(line)?;
    let whole = caps.get(0)?;
    // "(…]" is no bracket.
    if whole.as_str().trim_start().starts_with('[') != square {
        return None;
    }
    let pieces = sign_off_pieces(caps.get(1)?.as_str(), square)?;
    // A sign-off closes a sentence or stands alone; "… anggaran (APBN/APBD)" is text.
    let before = line[..whole.start()].trim_end();
    let closes = before.is_empty() || closes_sentence(before);
    closes.then_some((whole.start(), pieces))
}

/// `line` without closing initials ("Akhir berita. (nvc/dna)" → "Akhir berita.").
pub fn strip_initials(line: &str) -> String {
    match closing_sign_off(line)
        .map(|c| c.0)
        .or_else(|| closing_reports(line))
    {
        Some(start) => line[..start].trim().to_string(),
        None => line.trim().to_string(),
    }
}

/// Cues opening a bracket that credits the reporting, not a picture.
const REPORTS_CUES: &[&str] = &[
    "with reports from",
    "with reporting by",
    "with reporting from",
    "with a report from",
    "additional reporting by",
    "dengan laporan",
    "laporan tambahan",
];

/// Whether a bracket's words credit the reporting ("With reports from PIA/PN").
pub fn credits_reports(inside: &str) -> bool {
    let cue = inside.trim_start().to_lowercase();
    REPORTS_CUES.iter().any(|c| cue.starts_with(c))
}

/// Where a closing "(With reports from PIA/PN)" starts, after the story's last sentence: the
/// desk credits the agencies it drew on, as a sign-off credits its writers.
fn closing_reports(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let before = t[..open].trim_end();
    (credits_reports(&inner[open + 1..]) && closes_sentence(before)).then_some(open)
}

/// `line` without the mark some outlets set after the story's last sentence ("… berlangsung.***",
/// "… this week. ###", "… dilakukan. (END)"): the mark ends the story, the sentence stays. A mark
/// alone on its line is left for the classifier; one not closing a sentence is text.
pub fn strip_end_mark(line: &str) -> String {
    let t = line.trim_end();
    let Some(before) = end_mark_start(t).map(|start| t[..start].trim_end()) else {
        return line.to_string();
    };
    let closes = before.ends_with(['.', '!', '?', '…', '"', '”', '’', '\'']);
    if before.is_empty() || !closes {
        return line.to_string();
    }
    before.to_string()
}

/// Where a closing end mark begins: a run of three or more of `*`, `#`, `=` or `~` (bracketed or
/// not), or an end word in brackets.
fn end_mark_start(t: &str) -> Option<usize> {
    let inner = t.strip_suffix([')', ']']).map_or(t, |s| s.trim_end());
    let symbols = inner.len() - inner.trim_end_matches(['*', '#', '=', '~']).len();
    if symbols >= 3 {
        let start = inner.len() - symbols;
        let opened = t.len() != inner.len() && t[..start].trim_end().ends_with(['(', '[']);
        return Some(if opened {
            t[..start].trim_end().len() - 1
        } else {
            start
        });
    }
    let open = t.rfind(['(', '['])?;
    let word = t[open + 1..].trim_end_matches([')', ']']).to_lowercase();
    (t.ends_with([')', ']']) && END_WORDS.contains(&word.trim())).then_some(open)
}

/// A line that is an end mark alone (`###`, `(END)`, `[habis]`, `-30-`, `-selesai-`, an end
/// word in capitals with no brackets: `END`, `SELESAI`): where a story closes.
pub fn is_end_mark(line: &str) -> bool {
    let t = line.trim();
    if is_bare_end_word(t) {
        return true;
    }
    let dashed = t
        .strip_prefix('-')
        .and_then(|s| s.strip_suffix('-'))
        .map(|s| s.trim().to_lowercase())
        .is_some_and(|w| w == "30" || END_WORDS.contains(&w.as_str()));
    !t.is_empty() && end_mark_start(t) == Some(0) || dashed
}

/// "END", "SELESAI": an end word alone on its line, in capitals as a wire's desk types it (a
/// word in lower case alone on a line may be a story's own).
pub fn is_bare_end_word(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.chars().all(|c| c.is_uppercase())
        && END_WORDS.contains(&t.to_lowercase().as_str())
}

/// Words an outlet closes its story with, in brackets.
const END_WORDS: &[&str] = &["end", "ends", "habis", "selesai", "tamat"];

/// True when the whole line is closing initials.
pub fn is_initials(line: &str) -> bool {
    closing_sign_off(line).is_some_and(|(start, _)| line[..start].trim().is_empty())
}

/// The writers a closing sign-off names in full ("(Ketut Winata/balipost)" → Ketut Winata),
/// beside the initials and the outlet.
pub fn sign_off_names(line: &str) -> Vec<String> {
    closing_sign_off(line).map_or_else(Vec::new, |(_, pieces)| {
        pieces
            .into_iter()
            .filter(|p| {
                p.split_whitespace().count() >= 2
                    && p.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            })
            .map(str::to_string)
            .collect()
    })
}

pub fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', '»'])
}

fn normalise(raw: &str) -> String {
    let line: String = raw
        .replace(['\u{a0}', '\t'], " ")
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
        .to_string()
}

/// The columns a hard-wrapped text is broken at, when it is: most lines longer than 40
/// characters end within a few columns of one width, and few run past it (a headline may).
/// The width is their upper quartile; the longest line within reach of it comes second, since
/// the quartile sits a few columns under the width the text was broken at. When the long lines
/// tell no width, the breaks may (`breaks_width`).
fn wrap_width(lines: &[String]) -> Option<(usize, usize)> {
    long_lines_width(lines).or_else(|| {
        // Only a printed page's lines are read by their breaks: a list of lower-case items or
        // a poem's lines end near one width too.
        let printed = lines.iter().any(|l| is_page_footer(l));
        printed.then(|| breaks_width(lines)).flatten()
    })
}

/// `wrap_width` read from the text's lines over 40 characters.
fn long_lines_width(lines: &[String]) -> Option<(usize, usize)> {
    let mut long: Vec<usize> = lines
        .iter()
        .map(|l| l.chars().count())
        .filter(|&n| n > 40)
        .collect();
    if long.len() < 4 {
        return None;
    }
    long.sort_unstable();
    let width = long[long.len() * 3 / 4];
    // A printed page's narrow column (45 to 49 characters, an OCR'd newspaper) is wrapped as
    // a web page's paragraphs are; at that width short lines of another kind (a list of
    // names, a social post's lines) could end near it too, so the wrap must show there (see
    // `runs_on`), and most lines must be long ones: under a column narrower still, the
    // lines over 40 characters are too few to tell its width.
    if !(42..=100).contains(&width) {
        return None;
    }
    let at_width = |n: usize| n + 12 >= width && n <= width + 3;
    let near = long.iter().filter(|&&n| at_width(n)).count();
    // Lines never wrapped (a caption, a link, the headline) run past the width; a few of them
    // beside many lines ending at it do not make the text unwrapped.
    let over = long.iter().filter(|&&n| n > width + 10).count();
    // That looser reading needs the wrap to show: lines at the width running on into one in
    // lower case, as prose broken mid-sentence does and a list of names never does.
    let runs_on = || {
        lines
            .windows(2)
            .filter(|w| at_width(w[0].chars().count()) && w[1].starts_with(char::is_lowercase))
            .count()
    };
    let few_over = over * 10 <= long.len() || near >= 8 && over * 4 <= near && runs_on() >= 3;
    let lines_set = lines.iter().filter(|l| !l.is_empty()).count();
    if width < 50 && (runs_on() < 3 || long.len() * 2 < lines_set) {
        return None;
    }
    let top = long.iter().copied().filter(|&n| n <= width + 8).max();
    (near * 2 >= long.len() && few_over).then_some((width, top.unwrap_or(width)))
}

/// The width a printed page's lines break at, read from the breaks alone: a page whose
/// paragraphs are set without blank lines between them, among lists, captions, menus and a
/// header (a browser's PDF of an article page, its footer giving the page count), has too few long lines at the width for
/// `long_lines_width` to see it, but its lines of prose broken mid-sentence end near it. Of the lines
/// of six words or more that close no clause over a line opening with a word, the most that
/// end within ten columns of one another: six or more, half of them all, three of them
/// running on into a word in lower case (as a wrap does and a list of headlines never does),
/// and few lines of prose past them. The width is their upper quartile; the longest of them
/// comes second.
fn breaks_width(lines: &[String]) -> Option<(usize, usize)> {
    let breaks: Vec<(usize, bool)> = lines
        .windows(2)
        .filter(|w| {
            w[0].split_whitespace().count() >= 6
                && !ends_sentence(&w[0])
                && !w[0].ends_with([',', '|'])
                && w[1].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(|w| (w[0].chars().count(), w[1].starts_with(char::is_lowercase)))
        .filter(|&(n, _)| n > 40)
        .collect();
    let within = |from: usize| {
        breaks
            .iter()
            .filter(move |&&(n, _)| n >= from && n < from + 10)
    };
    let from = breaks
        .iter()
        .map(|&(n, _)| n)
        .max_by_key(|&from| (within(from).count(), from))?;
    let mut cluster: Vec<usize> = within(from).map(|&(n, _)| n).collect();
    let lower = within(from).filter(|&&(_, lower)| lower).count();
    cluster.sort_unstable();
    let top = *cluster.last()?;
    let past = breaks.iter().filter(|&&(n, _)| n > top + 8).count();
    let width = cluster[cluster.len() * 3 / 4];
    (cluster.len() >= 6
        && cluster.len() * 2 >= breaks.len()
        && lower >= 3
        && past * 4 <= cluster.len()
        && (50..=100).contains(&width))
    .then_some((width, top))
}

/// The first word of a line, in characters (0 for none).
fn first_word_len(line: Option<&String>) -> usize {
    line.and_then(|l| l.split(' ').next())
        .map_or(0, |w| w.chars().count())
}

/// A narrow screen's wrap (a phone's screenshot read back by OCR, a watch's story view, a
/// widget): paragraphs broken every 15 to 45 characters, too narrow for `wrap_width` to see.
/// The wrap shows in the lines that stop mid-sentence over a line opening in lower case: at
/// least six, nearly all filling most of one width (their upper quartile, and the longest
/// line within reach of it), broken where the next word would not have fitted. Then in every
/// block of lines (between blank lines) holding such a break, each line that fits the width
/// and was broken so runs on into the next, whatever that one opens with — unless it opens
/// with a mark no sentence opens with (a tab bar's icon), or the block holds a paragraph's end
/// (a printed column's paragraphs set without blank lines). For each line: it runs on so.
fn narrow_wraps(raw: &[String]) -> Vec<bool> {
    let mut wrapped = vec![false; raw.len()];
    let len = |k: usize| raw[k].chars().count();
    let breaks_at = |k: usize, width: usize| {
        let n = len(k);
        n <= width + 3 && n + 1 + first_word_len(raw.get(k + 1)) + 2 > width
    };
    let runs: Vec<usize> = (0..raw.len().saturating_sub(1))
        .filter(|&k| {
            !raw[k].is_empty()
                && !ends_sentence(&raw[k])
                && raw[k + 1].starts_with(char::is_lowercase)
        })
        .collect();
    if runs.len() < 6 {
        return wrapped;
    }
    let mut lens: Vec<usize> = runs.iter().map(|&k| len(k)).collect();
    lens.sort_unstable();
    let quartile = lens[lens.len() * 3 / 4];
    let width = lens.iter().copied().filter(|&n| n <= quartile + 4).max();
    let Some(width) = width.filter(|w| (16..=44).contains(w)) else {
        return wrapped;
    };
    let full = lens.iter().filter(|&&n| n * 10 >= width * 6).count();
    let broken = runs.iter().filter(|&&k| breaks_at(k, width)).count();
    if full * 5 < runs.len() * 4 || broken * 5 < runs.len() * 4 {
        return wrapped;
    }
    let mut runs_on = vec![false; raw.len()];
    for &k in &runs {
        runs_on[k] = true;
    }
    let mut start = 0;
    while start < raw.len() {
        if raw[start].is_empty() {
            start += 1;
            continue;
        }
        let end = (start..raw.len())
            .find(|&k| raw[k].is_empty())
            .unwrap_or(raw.len());
        // A short line closing a sentence over one opening with a capital ends a paragraph
        // inside the block: a printed column's paragraphs, set without blank lines between
        // them (or two columns read across), which the lower-case rule alone reads.
        let paragraph_ends = (start..end - 1).any(|k| {
            ends_sentence(&raw[k])
                && len(k) * 10 < width * 6
                && raw[k + 1].starts_with(|c: char| c.is_uppercase() || "\"“".contains(c))
        });
        if !paragraph_ends && (start..end).any(|k| runs_on[k]) {
            for k in start..end - 1 {
                let opens_words =
                    raw[k + 1].starts_with(|c: char| c.is_alphanumeric() || "\"“‘'(".contains(c));
                wrapped[k] = opens_words && breaks_at(k, width);
            }
        }
        start = end;
    }
    wrapped
}

/// Splits text into lines. A line that stops mid-sentence and is followed by one starting in
/// lower case is a hard wrap and is joined to it; in a text hard-wrapped at a fixed width, a
/// line reaching near that width runs on into the next whatever its case or last character.
pub fn lines(text: &str) -> Vec<Line> {
    // A saved mail, an mbox, a list's digest, a news post, a board's message, a chat log: the
    // story the transport carried, without its envelope.
    let carried = super::transport::unwrap(text);
    let text = carried.as_deref().unwrap_or(text);
    // A developer tool's frame (a gutter, a pager's prompts, a patch, a notebook's cells).
    let unframed = super::frames::unframe(text);
    let text = unframed.as_deref().unwrap_or(text);
    // A broadcast tool's frame (time marks, stamps, a script's columns and cues, a text
    // service's sub-pages, a screen loop's slides, an audio edition's levels).
    let unscripted = super::broadcast::unframe(text);
    let text = unscripted.as_deref().unwrap_or(text);
    // A spreadsheet's rows, a page's source or a CMS's export: the lines a reader would see.
    let unpacked = super::exports::unpack(text);
    let text = unpacked.as_deref().unwrap_or(text);
    // A press review or roundup: the one item it prints in full.
    let item = super::compilation::full_item(text);
    let text = item.as_deref().unwrap_or(text);
    // A database's or an archive's record view: its frame's labelled lines.
    let record = super::exports::labelled_record(text);
    let text = record.as_deref().unwrap_or(text);
    // A screen reader's speech log: the page's words without the roles spoken among them.
    let spoken = super::wrapper::speech_log(text);
    // A log wrapped as it was copied filled its width with the roles spoken in it, and the
    // spaces between them, too: the longest line it wrapped at is read as it was copied. Only
    // a line no role was spoken inside keeps its copied length (`intact`).
    let spoken_top = spoken.as_ref().and_then(|_| {
        let lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
        wrap_width(&lines).map(|(_, top)| top)
    });
    let intact: std::collections::HashSet<String> = if spoken.is_some() {
        text.lines()
            .filter(|l| !l.trim().contains("  "))
            .map(normalise)
            .collect()
    } else {
        std::collections::HashSet::new()
    };
    let text = spoken.as_deref().unwrap_or(text);
    // A row right under a line closing on a colon is the list it announces (a team's line-up).
    let mut spaced: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut above = "";
    for l in text.lines() {
        if spaced_row(l) && !above.ends_with(':') {
            spaced.insert(normalise(l));
        }
        if !l.trim().is_empty() {
            above = l.trim_end();
        }
    }
    let mut raw: Vec<String> = text.lines().map(normalise).collect();
    if let Some(spoken) = subtitles(&raw) {
        raw = spoken;
    } else if let Some(spoken) = closed_captions(&raw) {
        raw = spoken;
    }
    // A reading aid's marks inside the story's sentences (bold word halves, pause tags,
    // glosses, a dictionary's pop-ups) are the tool's: the story's words are read from under them.
    super::aids::without_marks(&mut raw);
    for line in &mut raw {
        if let Some(plain) = emphasised_dateline(line).or_else(|| pinned_dateline(line)) {
            *line = plain;
        }
    }
    glyph_bullets(&mut raw);
    pictograph_over_list(&mut raw);
    // "[03/12/26 07.15] Ujang Sarip: PANDEGLANG – Luapan …": a chat export's stamp and sender
    // before the message's first words stand on a line of their own.
    raw = raw
        .into_iter()
        .flat_map(|line| match chat_stamp_before(&line) {
            Some(at) => vec![
                line[..at].trim_end().to_string(),
                line[at..].trim().to_string(),
            ],
            None => vec![line],
        })
        .collect();
    // A document tool's block quote ("> “Kalau pagi …,” katanya."): a paragraph standing
    // alone between blank lines behind a quote mark; the mark is no text. (A mail quoting a
    // whole story marks every line, the blank ones too.)
    for k in 0..raw.len() {
        let alone =
            (k == 0 || raw[k - 1].is_empty()) && raw.get(k + 1).is_none_or(String::is_empty);
        if alone && let Some(quoted) = raw[k].strip_prefix("> ") {
            raw[k] = quoted.trim_start().to_string();
        }
    }
    raw = without_quote_marks(raw);
    // A heading underlined as plain text writes it (pandoc's plain output, a README): the
    // underline is no line, and the heading stands alone.
    for k in 1..raw.len() {
        if !raw[k - 1].is_empty() && super::dialects::underlines(&raw[k], &raw[k - 1]) {
            raw[k].clear();
        }
    }
    parts_joined(&mut raw);
    raw = datelines_joined(raw);
    // A line set wholly in bold or italics is read by its words; the marks say what kind of
    // line it may be.
    let mut emphasised = vec![false; raw.len()];
    for (line, emphasised) in raw.iter_mut().zip(&mut emphasised) {
        if let Some(plain) = whole_line_emphasis(line) {
            *line = plain;
            *emphasised = true;
        }
    }
    // A text-mode browser's dump: the link numbers its list of addresses answers are no words.
    let mut linked = vec![false; raw.len()];
    if let Some(end) = super::wrapper::link_references(raw.len(), |i| raw[i].as_str()) {
        for (line, linked) in raw[..end].iter_mut().zip(&mut linked) {
            if super::wrapper::heads_the_page(line) {
                // The links of the page's head (its feeds) are no line of the page.
                line.clear();
            } else if line.contains('[') {
                *linked = super::wrapper::opens_with_link(line);
                *line = super::wrapper::without_link_numbers(line);
            }
        }
    }
    let width = wrap_width(&raw).map(|(w, top)| (w, top.max(spoken_top.unwrap_or(0))));
    // A print page's headline set on two lines over the story ("Jelang Natal, Harga Cabai di
    // Pasar" / "Wosi Tembus Rp120 Ribu per Kilo"): the line it was broken at runs on.
    let broken_headline = width.and_then(|(w, _)| headline_on_two_lines(&raw, w));
    let narrow = if width.is_none() {
        narrow_wraps(&raw)
    } else {
        vec![false; raw.len()]
    };
    let wrapped = width.is_some() || narrow.contains(&true);
    if !wrapped {
        bare_items(&mut raw);
    }
    let solid = width.map_or_else(|| vec![false; raw.len()], |(w, _)| solid_blocks(&raw, w));
    // The width a wrapped text's lines fill: its wrap width, or a narrow column's upper
    // quartile; none when the text is not wrapped.
    let column = width
        .map(|(w, _)| w)
        .or_else(|| wrapped.then(|| upper_quartile(&raw)));
    let vocabulary = Vocabulary::of(&raw);
    let mut out: Vec<Line> = Vec::new();
    // The lines a paste set over the headline (a cookie banner, a menu, a mail's header):
    // the headline is the first line under them.
    let mut top = 0;
    let mut furniture = false;
    // 0: no join; 1: join a line starting in lower case; 2: join any line.
    let mut join = 0u8;
    // The join state the last line left, kept across blank lines.
    let mut held = 0u8;
    let mut gap = false;
    // The line a page jump broke off ("Continued Page 4" under it), with the join state it
    // left; and, once "From Page 1" is read, the line the next one runs on from.
    let mut broken_off: Option<(usize, u8)> = None;
    let mut resumed: Option<(usize, u8)> = None;
    // A browser's print margins (a PDF's page footer and the next page's header) met inside
    // a paragraph: the line they broke off, with the join state it left.
    let margins = print_margins(&raw);
    let mut across: Option<(usize, u8)> = None;
    // A box drawn inside a paragraph (an advertiser's panel a newsletter's column breaks
    // around: "… a small band of well-", "┌────┐", "│ KING ISLAND HARDWARE │", "└────┘", "known
    // volunteers …"): the line it broke off, with the join state it left.
    let mut boxed: Option<(usize, u8)> = None;
    for (k, line) in raw.iter().enumerate() {
        let line = line.clone();
        if line.is_empty() {
            join = 0;
            gap = true;
            boxed = None;
            continue;
        }
        // Each line of the box is a line of its own; the paragraph goes on under it when no
        // blank line stands on either side.
        if is_box_line(&line) {
            if boxed.is_none() && !gap && join > 0 && !out.is_empty() {
                boxed = Some((out.len() - 1, join));
            }
            out.push(line_apart(line, gap, linked[k], emphasised[k], false));
            join = 0;
            gap = false;
            continue;
        }
        // A page's running head met between blank lines inside a paragraph (a viewer's page
        // turn: "… lower yields in years", "", "DECEMBER 3, 2026 • HI-LINE GRAIN JOURNAL 7",
        // "without sawfly, …") is crossed as a print margin is, the blank line with it.
        let head = is_running_head(&line) || super::parts::is_page_header(&line);
        let turned = head && gap && held > 0;
        if margins[k] || turned {
            if across.is_none() && !out.is_empty() {
                across = Some((out.len() - 1, if turned { held } else { join }));
            }
            let cells = spaced.contains(&line);
            out.push(line_apart(line, gap, linked[k], emphasised[k], cells));
            join = 0;
            gap = false;
            continue;
        }
        let carried = across.take().or(boxed.take());
        let gap_before_line = gap || k == 0;
        let before_jump = join;
        let starts_lower = line.chars().next().is_some_and(|c| c.is_lowercase());
        let list_item = line.starts_with(['-', '•', '*']) || super::body::numbered(&line).is_some();
        // "Penulis: X" or a date line under a headline that reaches the wrap width starts a
        // line of its own.
        let credit = || {
            super::credits::role_cue(&line).is_some()
                || out.len() <= top + 3 && super::parts::date_residue(&line).is_some()
        };
        // "by Hans Nicholas Jong on 9 July 2025" right under the headline is its byline, even
        // in lower case.
        let byline = out.len() == top + 1 && starts_lower && credit();
        // "by Nalini Ramdeen", "oleh Rahmi Dwi Lestari" alone on its line, under a headline the
        // menus above kept from being counted as the first line: a byline, not the headline's
        // end. A wrapped sentence's last line that reads so ends with its stop.
        let by_name = ["by ", "By ", "oleh ", "Oleh "]
            .iter()
            .find_map(|by| line.strip_prefix(by))
            .is_some_and(|name| {
                (2..=4).contains(&name.split_whitespace().count())
                    && !name.ends_with(['.', ',', ';', ':'])
                    && super::credits::is_name(name)
            });
        // A link on a line of its own (the story's address an app shares under its headline)
        // is never a wrapped line's end, nor does anything run on from it.
        // So is a mail client's recipient label ("to me", "kepada saya") under the date.
        // So is a rule drawn across the page (a print export's line under its running head).
        let link = is_bare_link(&line)
            || is_rule(&line)
            || is_bare_address(&line)
            || is_host_meta(&line)
            || is_reading_line(&line)
            || super::parts::MAIL_LABELS.contains(&line.to_lowercase().as_str());
        // A page's running head met inside a column ("22 FORUM KEADILAN No. 34 • 1 DESEMBER
        // 2025", "MIMBAR UMUM | Senin, 21 Juli 2025 | Halaman 5") is set apart from the
        // sentence it falls into, and nothing runs on from it.
        if head {
            join = 0;
        }
        // Nor does a menu's row, nor does it run on.
        let row = spaced.contains(&line);
        if link || row {
            join = 0;
        }
        let jump = page_jump(&line);
        if jump.is_some() {
            join = 0;
        }
        // The line after "From Page 1" goes on with the sentence the jump broke off: it runs on
        // from the line before "Continued Page 4", over the page's running head and jump head.
        // A broken-off line that ends its sentence ends its paragraph there: no blank line
        // tells across the jump, and a narrow column ends many a paragraph near its width.
        let target = match resumed.take().or(carried) {
            Some((at, before))
                if before == 2 && !ends_sentence(&out[at].text) || before == 1 && starts_lower =>
            {
                Some(at)
            }
            _ => None,
        };
        if let Some(at) = target {
            // The paragraph moves after the jump's lines, so the lines that follow run on
            // into it; the jump's lines are noise wherever they stand.
            let mut last = out.remove(at);
            run_on(&mut last.text, &line, &vocabulary);
            out.push(last);
        } else if (join == 2 && !list_item && !credit() || join == 1 && starts_lower && !byline)
            && !row
            && !signed_mark(&line)
            && !by_name
            && let Some(last) = out.last_mut()
        {
            run_on(&mut last.text, &line, &vocabulary);
        } else {
            furniture = out.len() == top && over_the_story(&line, top);
            if furniture {
                top += 1;
            }
            out.push(Line {
                text: line.clone(),
                gap_before: gap,
                linked: linked[k],
                announced_heading: false,
                emphasised: emphasised[k],
                cells: row,
            });
        }
        gap = false;
        match jump {
            Some(Jump::Onward) if out.len() >= 2 => broken_off = Some((out.len() - 2, before_jump)),
            Some(Jump::Back) => resumed = broken_off.take(),
            _ => {}
        }
        let n = line.chars().count();
        // A wrap breaks a line where the next word would not fit: near the width, or further
        // from it before a long word ("… the Department of" / "Transportation had …").
        let next_word = first_word_len(raw.get(k + 1));
        // In a speech log the copying tool cut at one width, as full as each line would go: a
        // line closing a sentence, over one opening another with a word that would have fit
        // under the longest line, was broken by its paragraph's end, not by the wrap. (A
        // writer's own wrap is looser: a word that would just have fit is no sign there.)
        let opens_next = raw.get(k + 1).is_some_and(|l| opens_a_sentence(l));
        let paragraph_ended = spoken_top.is_some()
            && intact.contains(&line)
            && width.is_some_and(|(_, top)| next_word > 0 && n + 1 + next_word <= top)
            && opens_next
            && ends_sentence(&line);
        let near_width = width.is_some_and(|(w, top)| {
            (n + 12 >= w || next_word > 0 && n + 1 + next_word > w) && n <= top.max(w + 3)
        }) && !paragraph_ended;
        // The first line is usually the headline, which a wrapped text does not wrap: only a
        // next line in lower case continues it ("Oscar Liu" under it is a byline).
        // But a header that credits its writer with a role ("Penulis: X") a few lines down
        // names no one bare under the headline: a short line there is the headline's end.
        // A text without a headline opens with its dateline lead, wrapped like any paragraph.
        let headline = out.len() == top + 1
            && out[top].text == line
            && !writer_credited(&raw[k + 1..])
            && super::dateline::parse(&line).is_none();
        let headline_runs_on =
            out.len() == top + 1 && out[top].text == line && ends_headline(&raw, k);
        // Nor does a line set over the story run on into the next, nor a line that is only a
        // date ("December 2, 2026" over a share row "f   X   in   Email").
        let bare_date = || super::parts::date_residue(&line).is_some_and(|r| r.trim().is_empty());
        join = if link || row || furniture || head || bare_date() || solid[k] {
            0
        } else if near_width && !headline
            || narrow[k]
            || broken_headline == Some(k)
            || headline_runs_on
            || clause_left_open(&raw, k, gap_before_line)
            || width.is_some() && name_broken(&raw, k, gap_before_line)
            || width.is_some() && hyphen_goes_on(&line, raw.get(k + 1))
            || column.is_some_and(|c| item_goes_on(&raw, k, c))
        {
            2
        } else if !ends_sentence(&line) {
            1
        } else {
            0
        };
        held = join;
    }
    numbered_paragraphs(&mut out);
    out
}

/// A line the paragraph around it runs on across (a print margin's, a running head's, a
/// box's), kept as a line of its own.
fn line_apart(text: String, gap_before: bool, linked: bool, emphasised: bool, cells: bool) -> Line {
    Line {
        text,
        gap_before,
        linked,
        announced_heading: false,
        emphasised,
        cells,
    }
}

/// A line drawn inside a box: it opens and closes with box-drawing characters ("┌───┐",
/// "│  Christmas trading: open Sundays 10–2  │", "└───┘").
fn is_box_line(line: &str) -> bool {
    let boxy = |c: char| ('\u{2500}'..='\u{257f}').contains(&c);
    let t = line.trim();
    t.chars().next().is_some_and(boxy) && t.chars().next_back().is_some_and(boxy)
}

/// "The bond will pay for:" over "a new roof over the elementary school and the gym" and "a
/// high-efficiency boiler …": in a text whose paragraphs are not wrapped (one stands on a line
/// of 160 characters or more), short lines in lower case under the line announcing them, up to
/// the next blank line or line opening in capitals, are a list set without bullets, not a wrapped sentence: nothing in the
/// text wraps at their length. They get their bullets. An item ends on a word that closes its
/// phrase, or the list is a series written as one sentence ("50 alat tes cepat malaria,", "buku
/// catatan pasien, dan", "kotak kecil …."): every item but the last closes on a comma or a
/// semicolon, the one before the last with "and" or "or" after it, and the last on a stop.
fn bare_items(raw: &mut [String]) {
    let longest = raw.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    if longest < 160 {
        return;
    }
    let mut i = 0;
    while i < raw.len() {
        if !raw[i].ends_with(':') || raw[i].split_whitespace().count() < 3 {
            i += 1;
            continue;
        }
        let start = i + 1 + usize::from(raw.get(i + 1).is_some_and(String::is_empty));
        let blank = (start..raw.len())
            .find(|&k| raw[k].is_empty())
            .unwrap_or(raw.len());
        // A quoted notice or a verse under "reads:" breaks mid-phrase or at a comma: an item
        // ends on a word that closes its phrase.
        const OPEN_ENDS: &[&str] = &[
            "to", "of", "the", "a", "an", "and", "or", "will", "be", "is", "are", "for", "in",
            "at", "on", "with", "by", "from", "that", "dan", "atau", "yang", "di", "ke", "dari",
            "untuk", "dengan", "akan", "pada", "itu", "ini",
        ];
        let short = |l: &String| {
            let last = l.rsplit(' ').next().unwrap_or("").to_lowercase();
            l.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || "$£€".contains(c))
                && l.split_whitespace().count() <= 14
                && l.chars().count() * 2 <= longest
                && !l.ends_with([':', ','])
                && !OPEN_ENDS.contains(&last.as_str())
        };
        // A page that sets no blank line between its paragraphs (a documentation site's
        // copy) ends the list at the first line opening in capitals.
        let end = (start..blank)
            .find(|&k| {
                !short(&raw[k])
                    && raw[k].starts_with(|c: char| c.is_uppercase() || "\"“".contains(c))
            })
            .unwrap_or(blank);
        let lower = raw[start..end]
            .iter()
            .filter(|l| l.starts_with(char::is_lowercase))
            .count();
        let series = end >= start + 3 && series_items(&raw[start..end], longest);
        if end >= start + 2 && (raw[start..end].iter().all(short) || series) && lower >= 1 {
            for l in &mut raw[start..end] {
                *l = format!("• {l}");
            }
        }
        i = end.max(i + 1);
    }
}

/// A line opening a sentence: with a capital or a quotation mark.
fn opens_a_sentence(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase() || "\"“‘".contains(c))
}

/// "50 alat tes cepat malaria,", "obat antimalaria untuk 20 pasien,", "buku catatan pasien,
/// dan", "kotak kecil … lembap.": short lines that make one series, every line but the last
/// closing on a comma or a semicolon (the one before the last with "and" or "or" after it),
/// the last on a stop, each opening in lower case or with a number.
fn series_items(items: &[String], longest: usize) -> bool {
    let Some((last, rest)) = items.split_last() else {
        return false;
    };
    let Some((penultimate, others)) = rest.split_last() else {
        return false;
    };
    let short = |l: &String| {
        l.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && l.split_whitespace().count() <= 14
            && l.chars().count() * 2 <= longest
    };
    let joined = ["dan", "atau", "and", "or", "serta"].iter().any(|w| {
        penultimate
            .strip_suffix(w)
            .is_some_and(|l| l.ends_with(", ") || l.ends_with("; "))
    });
    // A verse's or a song's lines speak ("our river is older than the road,"); a series' items
    // name things.
    const SPOKEN: &[&str] = &[
        "is", "are", "was", "were", "will", "we", "our", "i", "you", "my", "kami", "kita", "aku",
        "saya", "engkau", "kau", "kamu", "adalah", "ialah",
    ];
    let speaks = |l: &String| {
        l.split_whitespace().any(|w| {
            SPOKEN.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        })
    };
    items.iter().all(short)
        && !items.iter().any(speaks)
        && others.iter().all(|l| l.ends_with([',', ';']))
        && joined
        && last.ends_with('.')
}

/// "… in Hill and Blaine counties, up from 29 fields in 2025." over "\"We have gone from …": a
/// printed column's paragraphs set without blank lines between them (a document viewer's page,
/// an e-paper's text) show in a block of wrapped lines where two short lines or more close a
/// sentence over a line opening with a capital. In such a block a line that closes a sentence
/// over one opening with a capital or a quotation mark ends its paragraph, near the width or
/// not: a paragraph's last line fills its width as often as not, and a sentence inside one
/// seldom ends with its line. A block with three such lines the next line's first word would
/// have fitted on (the paragraph broke them, not the wrap) ends its paragraphs at those alone.
/// An abbreviation's stop ("Dr.", "Nov.", "U.S.") closes nothing.
/// For each line: it ends a paragraph so.
fn solid_blocks(raw: &[String], width: usize) -> Vec<bool> {
    static CLOSES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?:^|[^\s.]{2}|\s\p{Ll}|\d)[.!?]["”’]?$"#).unwrap());
    // "vs.", "etc.", "Calif.": an abbreviation's stop, in lower case or a state's.
    const ABBREVIATIONS: &[&str] = &[
        "vs.", "etc.", "approx.", "calif.", "colo.", "conn.", "mass.", "mich.", "minn.", "penn.",
        "tenn.", "wash.", "ariz.", "okla.", "nev.", "fla.", "ala.", "ill.", "ind.", "wis.",
        "dept.", "govt.", "corp.", "no.", "dkk.", "dll.", "dsb.", "tsb.", "yth.",
    ];
    let closes = |k: usize| {
        let last = raw[k].rsplit(' ').next().unwrap_or("");
        let bare = last.trim_end_matches(['"', '”', '’']);
        CLOSES.is_match(&raw[k])
            && !(last.starts_with(char::is_uppercase) && bare.len() <= 5)
            && !ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
    };
    let opens = |k: usize| raw.get(k + 1).is_some_and(|l| opens_a_sentence(l));
    // Each line that closes a sentence over one opening another, read once.
    let closing: Vec<bool> = (0..raw.len()).map(|k| closes(k) && opens(k)).collect();
    let mut ends = vec![false; raw.len()];
    let mut start = 0;
    while start < raw.len() {
        let end = (start..raw.len())
            .find(|&k| raw[k].is_empty())
            .unwrap_or(raw.len());
        let short_ends = (start..end)
            .filter(|&k| closing[k] && raw[k].chars().count() * 10 < width * 6)
            .count();
        // Or three that close a sentence where the next line's first word would have fit: the
        // wrap did not break them, the paragraph did. In such a block only those end their
        // paragraphs; a line the wrap filled may close a sentence inside one.
        let fitted: Vec<usize> = (start..end)
            .filter(|&k| {
                let next = first_word_len(raw.get(k + 1));
                // A column to spare under the quartile, itself a few under the width: a page's
                // proportional type fits words by their widths, not their letters.
                closing[k] && raw[k].chars().count() + 1 + next < width
            })
            .collect();
        if short_ends < 2 && fitted.len() >= 3 {
            for k in fitted.into_iter().filter(|&k| k + 1 < end) {
                ends[k] = true;
            }
        } else if short_ends >= 2 {
            // The block's last line ends its paragraph anyway.
            ends[start..end - 1].copy_from_slice(&closing[start..end - 1]);
        }
        start = end + 1;
    }
    ends
}

/// "1. Dinas Kelautan … mencatat …" over "2. Penyakit ice-ice dipicu …": an official bulletin
/// numbers its paragraphs as a gazette numbers its clauses. A run numbered from 1 on, three or
/// more, three in four of them prose of twenty words or more closing on a stop, holds
/// paragraphs, not a list's items (no list among the corpus's 1,800 pages has items so long):
/// the numbers go. Other lines may stand between (a sub-list lettered a, b, c; a page's footer).
fn numbered_paragraphs(lines: &mut [Line]) {
    let numbered: Vec<(usize, u32, bool)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.text.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|(i, l)| {
            let (n, rest) = super::body::numbered(&l.text)?;
            let prose = rest.split_whitespace().count() >= 20
                && rest
                    .trim_end_matches(['"', '”', '’', ')'])
                    .ends_with(['.', '!', '?']);
            Some((i, n, prose))
        })
        .collect();
    let mut k = 0;
    while k < numbered.len() {
        let mut end = k + 1;
        while end < numbered.len() && numbered[end].1 == numbered[end - 1].1 + 1 {
            end += 1;
        }
        let run = &numbered[k..end];
        let prose = run.iter().filter(|r| r.2).count();
        // "Berikut tiga tuntutan mahasiswa:" announces a list, however long its items.
        let announced = run[0].0 > 0 && lines[run[0].0 - 1].text.ends_with(':');
        if run[0].1 == 1 && run.len() >= 3 && prose * 4 >= run.len() * 3 && !announced {
            for &(i, _, _) in run {
                if let Some((_, rest)) = super::body::numbered(&lines[i].text) {
                    lines[i].text = rest.to_string();
                }
            }
        }
        k = end;
    }
}

/// "Home   Schedule   Podcasts   Volunteer   Donate", "Bagikan:  Facebook  X  WhatsApp": a
/// menu's or a toolbar's row copied with its cells' spacing — four cells or more set apart by
/// runs of two spaces or more or by tabs, each one to three words with no figure, opening on a
/// capital, none a function word ("di", "To") or closing a sentence or a clause, and at most one
/// a single letter ("X" among the share buttons). A table's row holds figures, its head letters
/// ("P  W  D  L"); a justified paragraph's or a spaced headline's words are in lower case or
/// joined by function words.
fn spaced_row(line: &str) -> bool {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" {2,}|\t+").unwrap());
    let cells: Vec<&str> = GAP.split(line.trim()).collect();
    cells.len() >= 4
        && cells.iter().filter(|c| c.chars().count() == 1).count() <= 1
        && cells.iter().all(|c| {
            (1..=3).contains(&c.split_whitespace().count())
                && c.starts_with(|ch: char| ch.is_uppercase())
                && !super::parts::is_function_word(&c.to_lowercase())
                && !c.contains(|ch: char| ch.is_ascii_digit())
                && !c.ends_with(['.', '!', '?', ',', ';'])
        })
}

/// Where the message opens after a chat export's stamp and sender ("[03/12/26 07.15] Ujang
/// Sarip: PANDEGLANG – …"), when words follow the sender's colon.
fn chat_stamp_before(line: &str) -> Option<usize> {
    if !line.starts_with('[') {
        return None;
    }
    let m = super::wrapper::CHAT_STAMP.find(line)?;
    (m.start() == 0 && m.end() < line.len() && !line[m.end()..].trim().is_empty())
        .then_some(m.end())
}

/// A Markdown paste's or a chat's lead whose dateline the page set in bold or italics
/// ("**SINTANG** – Sebanyak …", "*KETAPANG (Pawan FM)* – Ratusan …", "**Solwezi |** More …"):
/// the marks are the page's type, not the dateline's words, and go, so the dateline reads as
/// any other. Only a short span opening the line, every word of it capitalised, closed by the dateline's dash or
/// bar (inside its marks or right after them), before a sentence of six words or more.
fn emphasised_dateline(line: &str) -> Option<String> {
    static SPAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\*\*|\*|__|_)(\p{Lu}[^*_]{1,47}?)(\*\*|\*|__|_)\s+(.+)$").unwrap()
    });
    let c = SPAN.captures(line)?;
    if c[1] != c[3] {
        return None;
    }
    let (inner, rest) = (c[2].trim_end(), &c[4]);
    let marked = inner.ends_with(['|', '–', '—', '-']);
    // A place's name, shouted or one the gazetteer knows (an outlet's in brackets after it):
    // a bold term opening a glossary's or a listicle's line ("**Pantai Kuta** – …", "**Catatan
    // Redaksi** – …") is none.
    let place = inner
        .trim_end_matches(['|', '–', '—', '-'])
        .split('(')
        .next()
        .unwrap_or_default()
        .trim();
    let named = !place.is_empty()
        && (!place.chars().any(char::is_lowercase)
            || super::dateline::is_known_place_or_town(place));
    if !named {
        return None;
    }
    let dash_after = rest
        .split_once(char::is_whitespace)
        .is_some_and(|(mark, _)| ["–", "—", "-", "--", "|"].contains(&mark));
    (marked != dash_after && rest.split_whitespace().count() >= 6)
        .then(|| format!("{inner} {rest}"))
}

/// "📍NGAWI – Pemerintah Kabupaten Ngawi akan menggelar …": a page post's pin (or another
/// pictograph) before its dateline marks the place; the dateline and the lead are the words.
/// Only a dateline in capitals (one to four words, maybe an outlet's in brackets) closed by a
/// dash, before a sentence of six words or more.
fn pinned_dateline(line: &str) -> Option<String> {
    let t = line.trim_start();
    let pin = decoration_len(t);
    if pin == 0 {
        return None;
    }
    let rest = t[pin..].trim_start();
    let (place, sentence) = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| rest.split_once(d))?;
    let place_words = place.split('(').next().unwrap_or_default().trim();
    let shouted = !place_words.is_empty()
        && place_words.split_whitespace().count() <= 4
        && !place_words.chars().any(char::is_lowercase)
        && place_words.chars().any(char::is_uppercase);
    (shouted && sentence.split_whitespace().count() >= 6).then(|| rest.to_string())
}

/// A chat's or a Markdown paste's line set wholly in bold or italics (`**Diduga Kekurangan
/// Oksigen**`, `*Kapal Tanker Tertahan di Muara Digul …*`, `_Laporan: Arsal Pratama_`), maybe
/// behind a pictograph (`📷 _Antrean sepeda motor …_`): the marks are the paste's type, and the
/// line's words are read as any other line's. Marks that pair inside the line (`*Baca* juga`) or
/// enclose no word (`***`, `_ _`) stay.
fn whole_line_emphasis(line: &str) -> Option<String> {
    let t = line.trim();
    // A pictograph and a space before the marks ("📷 _…_") stay before the words.
    let (pictograph, t) = match t.split_once(' ') {
        Some((p, rest)) if is_decoration(p) => (Some(p), rest.trim_start()),
        _ => (None, t),
    };
    // "***…***", "**_…_**": marks nested inside one another go pair by pair.
    let mut inner = t;
    let mut stripped = false;
    while let Some(next) = ["***", "**", "__", "*", "_"].iter().find_map(|mark| {
        let inner = inner.strip_prefix(mark)?.strip_suffix(mark)?;
        (!inner.is_empty()
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace)
            && !inner.contains(mark)
            && inner.chars().any(char::is_alphabetic))
        .then_some(inner)
    }) {
        inner = next;
        stripped = true;
    }
    // Marks that pair inside the line ("*Baca* juga *ini*") are a phrase's.
    (stripped && !inner.starts_with(['*', '_']) && !inner.ends_with(['*', '_'])).then(|| {
        match pictograph {
            Some(p) => format!("{p} {inner}"),
            None => inner.to_string(),
        }
    })
}

/// How many bytes of pictographs and other symbols a page sets before a line's words open
/// `text` ("📍", "📷", "✍️": a symbol, its presentation selector, a joiner between symbols).
fn decoration_len(text: &str) -> usize {
    static DECORATION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[\p{So}\p{Sk}\x{FE0F}\x{200D}]+").unwrap());
    DECORATION.find(text).map_or(0, |m| m.end())
}

/// Whether `token` is nothing but such symbols.
fn is_decoration(token: &str) -> bool {
    !token.is_empty() && decoration_len(token) == token.len()
}

/// "📍 Ruas jalan yang tergenang paling dalam:" right over a list's first item: a page's
/// pictograph before the sentence that announces the list is its decoration, and the sentence
/// the story's. Only a sentence of three words or more closing on a colon, with at most one blank
/// line before a bulleted or numbered item.
fn pictograph_over_list(raw: &mut [String]) {
    for i in 0..raw.len() {
        let Some((p, words)) = raw[i].trim().split_once(' ') else {
            continue;
        };
        let decorated = is_decoration(p) && !p.starts_with(['\u{FE0F}', '\u{200D}']);
        if !decorated
            || super::body::bullet(raw[i].trim()).is_some()
            || !words.ends_with(':')
            || words.split_whitespace().count() < 3
        {
            continue;
        }
        let next = raw[i + 1..]
            .iter()
            .take(2)
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        if next
            .is_some_and(|n| super::body::bullet(n).is_some() || super::body::numbered(n).is_some())
        {
            raw[i] = words.trim().to_string();
        }
    }
}

/// A list a page sets with a picture for its bullets (`👉 bilas mesin …;`, `● 12 kamar tidur …;`,
/// `✅ …`), a wire's plain-text feed with two hyphens for them (`-- Nchanga North … receive
/// water …;`), a page with a long dash (`— direct payments …;`), a word processor's symbol
/// bullet pasted as a middle dot (`·         mark all …;`), or a bulletin with letters
/// (`a. menurunkan …;`, `b. menyalurkan …;`, `(a) pay …;`, from a on): two items or more in a row opening on
/// the same symbol (any picture, when pictures) or the next letter and a space, right under
/// the sentence that announces them (closing on a colon), are the list's items; their symbol
/// is a bullet. An item may wrap onto lines under it, after an abbreviation's stop too ("… Saints
/// vs."). A single `👉 Baca selengkapnya: …` or a run of promotions
/// under no colon stays as it is, and so do a player's `▶ Video: …` lines (a media word and
/// its colon after the mark), a wire's `-- BERNAMA`
/// or `-- ENDS --` sign-off and a dash opening a wrapped sentence's line.
fn glyph_bullets(raw: &mut [String]) {
    static GLYPH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(--|—|·|[\p{So}\p{Sm}&&[^<>|=+~^►]]\u{FE0F}?) \S").unwrap());
    // "(a)", "a.", "a)"; "(A)", "A)"; "(i)", "i)"; "(1)": an item's place in its list.
    static LETTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\(([a-z]+|[A-Z]|\d{1,2})\)|([a-z]+|[A-Z])\)|([a-z])\.) \S").unwrap()
    });
    // A player's "▶ Video: …", "▶️ Tonton juga: …" is a link to a clip, no item.
    static MEDIA: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:video|audio|watch|listen|play|tonton|dengarkan|putar|saksikan)\b[^:]{0,20}:",
        )
        .unwrap()
    });
    let glyph = |l: &str| {
        GLYPH
            .captures(l)
            .map(|c| c[1].to_string())
            .filter(|m| !m.starts_with(['▶', '⏵']) || !MEDIA.is_match(l[m.len()..].trim_start()))
    };
    let is_dash = |m: &str| m == "--" || m == "—";
    let pictured = |m: &str| !is_dash(m) && m != "·";
    // A picture that credits ("✍️ Arnoldus Wahon", "📸 …") or counts ("❤️ 214 👍 88") opens no
    // item of a list pictured each its own way.
    let credits_or_counts = |l: &str| {
        l.starts_with(['✍', '📸', '📷', '🎥'])
            || l.split_whitespace().skip(1).all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || ",.".contains(c) || !c.is_alphanumeric())
            })
    };
    // The item's mark ("a", "iv", "B", "12") and its length with its brackets and stop.
    let letter = |l: &str| -> Option<(String, usize)> {
        let c = LETTER.captures(l)?;
        let mark = c.get(2).or(c.get(3)).or(c.get(4))?.as_str();
        Some((mark.to_string(), c[1].len()))
    };
    let letter_mark = |l: &str| letter(l).map(|(_, len)| len);
    // A wrapped item's next line, under a line that closes no clause.
    let wrapped = |raw: &[String], j: usize| {
        j > 0
            && !raw[j].is_empty()
            && glyph(&raw[j]).is_none()
            && letter(&raw[j]).is_none()
            && !raw[j - 1].is_empty()
            && (!raw[j - 1].ends_with(['.', ';', ':', '!', '?']) || abbreviation_ends(&raw[j - 1]))
    };
    let mut i = 0;
    while i < raw.len() {
        let mark = glyph(&raw[i]);
        // A list lettered or numbered opens at its first mark: "a", "i", "A" or "1".
        let order = letter(&raw[i]).and_then(|(m, _)| {
            [Order::Letter, Order::Roman, Order::Capital, Order::Number]
                .into_iter()
                .find(|o| o.place(&m) == Some(0))
        });
        if mark.is_none() && order.is_none() {
            i += 1;
            continue;
        }
        // A wire's sign-off under its list ("-- BERNAMA", "-- ENDS --") is no item.
        let dashed = |j: usize| {
            let t = raw[j].trim_end();
            t.ends_with(['-', '—']) || !t.chars().any(char::is_lowercase)
        };
        let mut items = vec![i];
        let mut j = i + 1;
        while j < raw.len() {
            let next = match &mark {
                // A page may picture each item its own way (`🚢 KMP …;` over `⛵ 14 kapal …`).
                Some(m) => {
                    glyph(&raw[j]).is_some_and(|g| {
                        &g == m || pictured(&g) && pictured(m) && !credits_or_counts(&raw[j])
                    }) && !(is_dash(m) && dashed(j))
                }
                None => letter(&raw[j]).is_some_and(|(m, _)| {
                    let want = u32::try_from(items.len()).ok();
                    order.and_then(|o| o.place(&m)) == want && want.is_some()
                }),
            };
            if next {
                items.push(j);
            } else if !wrapped(raw, j) {
                break;
            }
            j += 1;
        }
        let first_ok = !mark.as_deref().is_some_and(is_dash) || !dashed(i);
        let above = raw[..i].iter().rev().find(|l| !l.is_empty());
        let announced = above.is_some_and(|l| l.ends_with(':'))
            && raw[..i].iter().rev().take_while(|l| l.is_empty()).count() <= 1;
        if items.len() >= 2 && announced && first_ok {
            for &k in &items {
                // Each item's own picture: they may differ, and so may their lengths.
                let cut = glyph(&raw[k])
                    .map(|g| g.len())
                    .or_else(|| letter_mark(&raw[k]))
                    .unwrap_or(2);
                raw[k] = format!("• {}", raw[k][cut..].trim_start());
            }
            i = j;
        } else {
            // A run that is no list may hold one starting inside it (a pinned line over
            // pictured items).
            i += 1;
        }
    }
}

/// How a list marks its items' places: "a, b, c", "i, ii, iii", "A, B, C", "1, 2, 3".
#[derive(Clone, Copy)]
enum Order {
    Letter,
    Roman,
    Capital,
    Number,
}

impl Order {
    /// The place from 0 that `mark` gives an item of a list so marked ("c" 2, "iv" 3).
    fn place(self, mark: &str) -> Option<u32> {
        let one = |from: u8| {
            let &[c] = mark.as_bytes() else { return None };
            c.checked_sub(from).filter(|&n| n < 26).map(u32::from)
        };
        match self {
            Order::Letter => one(b'a'),
            Order::Capital => one(b'A'),
            Order::Number => mark.parse::<u32>().ok()?.checked_sub(1),
            Order::Roman => {
                let value = |c: char| match c {
                    'i' => Some(1),
                    'v' => Some(5),
                    'x' => Some(10),
                    _ => None,
                };
                let digits: Vec<u32> = mark.chars().map(value).collect::<Option<_>>()?;
                let mut total = 0u32;
                for (k, &d) in digits.iter().enumerate() {
                    if digits.get(k + 1).is_some_and(|&next| next > d) {
                        total = total.checked_sub(d)?;
                    } else {
                        total += d;
                    }
                }
                (1..40).contains(&total).then(|| total - 1)
            }
        }
    }
}

/// The upper quartile of a text's line lengths, its lines of a list aside.
fn upper_quartile(raw: &[String]) -> usize {
    let mut lens: Vec<usize> = raw
        .iter()
        .filter(|l| !l.is_empty() && super::body::bullet(l).is_none())
        .map(|l| l.chars().count())
        .collect();
    lens.sort_unstable();
    lens.get(lens.len() * 3 / 4).copied().unwrap_or(0)
}

/// "• 7:30 p.m. Masset Ravens vs. Nass" over "Valley Thunder", then the next item or a blank
/// line: in a wrapped text, a list item broken at the column's width (the next word would not
/// have fitted) goes on in a few words on the line under it, whatever their case, closing no
/// sentence.
fn item_goes_on(raw: &[String], k: usize, column: usize) -> bool {
    let item = |l: &str| super::body::bullet(l).is_some() || super::body::numbered(l).is_some();
    let line = raw[k].as_str();
    let Some(next) = raw.get(k + 1).filter(|n| !n.is_empty()) else {
        return false;
    };
    item(line)
        && (!ends_sentence(line) || abbreviation_ends(line))
        && line.chars().count() + 1 + first_word_len(Some(next)) + 2 > column
        && !item(next)
        && !ends_sentence(next)
        && next.split_whitespace().count() <= 5
        && !next.ends_with(':')
        && raw.get(k + 2).is_none_or(|l| l.is_empty() || item(l))
}

/// A line closing on an abbreviation's stop ("… Skidegate Saints vs.", "… at 6 p.m."), which
/// ends no sentence: a wrapped list item goes on under it.
fn abbreviation_ends(line: &str) -> bool {
    const SHORT: &[&str] = &[
        "vs.", "v.", "p.m.", "a.m.", "dr.", "st.", "mt.", "no.", "jl.", "dkk.",
    ];
    line.rsplit(' ')
        .next()
        .is_some_and(|w| SHORT.contains(&w.to_lowercase().as_str()))
}

/// A mail's quote marks ("> ", "> > ", ">>"): the depth of quoting a line opens with, and the
/// text after the marks.
fn quote_depth(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    while let Some(after) = rest.strip_prefix('>') {
        depth += 1;
        rest = after.trim_start();
    }
    (depth, rest)
}

/// A message quoted under a reply (an email thread, a forum's quote): a run of three lines or
/// more, one after the other, each opening with the mail's quote marks, a quoted blank line
/// ("> " alone) among them. The marks are the mail's, not the text's: they go, a line that held
/// only marks is a blank line, and where the depth of quoting changes one message ends and
/// another begins (a blank line between them). A line or two behind ">" among other lines (a
/// note's pull quote, a caption's speaker marks) is no quoted message and keeps its marks.
fn without_quote_marks(raw: Vec<String>) -> Vec<String> {
    let quoted = |l: &String| l.starts_with('>');
    if raw.iter().filter(|l| quoted(l)).count() < 3 {
        return raw;
    }
    let mut runs = vec![false; raw.len()];
    let mut start = 0;
    while start < raw.len() {
        if !quoted(&raw[start]) {
            start += 1;
            continue;
        }
        let end = (start..raw.len())
            .find(|&i| !quoted(&raw[i]))
            .unwrap_or(raw.len());
        let blank_inside = raw[start..end].iter().any(|l| quote_depth(l).1.is_empty());
        if end - start >= 3 && blank_inside {
            runs[start..end].iter_mut().for_each(|r| *r = true);
        }
        start = end;
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut last_depth = 0;
    for (line, run) in raw.iter().zip(runs) {
        if !run {
            last_depth = 0;
            out.push(line.clone());
            continue;
        }
        let (depth, rest) = quote_depth(line);
        if depth != last_depth && last_depth > 0 && !rest.is_empty() {
            out.push(String::new());
        }
        last_depth = depth;
        out.push(rest.to_string());
    }
    out
}

/// "(1/4)", "[2/4]", "3/4": the counter a carrier (an SMS broadcast, a chat that splits a long
/// message) sets on each part of a message cut in parts, at the part's start or its end: the
/// part's number over how many there are.
static PART_COUNTER_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(\[](\d{1,2})/(\d{1,2})[)\]]\s+|^(\d{1,2})/(\d{1,2})\s+").unwrap()
});
static PART_COUNTER_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[(\[](\d{1,2})/(\d{1,2})[)\]]$").unwrap());

/// A line standing between a message's parts that only stamps it: the time it arrived ("07.15",
/// "10:42 AM", "Kamis 07.16"), short, holding a clock time.
fn part_stamp(line: &str) -> bool {
    line.chars().count() <= 24 && super::parts::has_clock_time(line)
}

/// A message the carrier cut in parts, each part counted ("(1/4) GUNUNG SUGIH, … –",
/// "… panen. (2/4)"): the counters are the carrier's, not the story's words, and go, once two
/// parts or more of the same count are found (a lone "3/4" is a score or a fraction the story
/// writes). Where a part cut its paragraph mid-sentence (the part's last line ends with no
/// sentence's end), the next part's first line goes on with it, over the stamps and blank lines
/// between them.
/// "MANOKWARI, Linkpapua.com –" alone on its line, right over the lead: a newsroom's copy (a
/// budget entry's, an editor's, a CMS's) sets the dateline on a line of its own. It opens the
/// paragraph under it, as it would on the page; the line under it runs on from it.
fn datelines_joined(raw: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut pending: Option<String> = None;
    for line in raw {
        if let Some(dateline) = pending.take() {
            if opens_a_paragraph(&line) {
                out.push(format!("{dateline} {line}"));
                continue;
            }
            out.push(dateline);
        }
        if is_dateline_alone(&line) {
            pending = Some(line);
        } else {
            out.push(line);
        }
    }
    out.extend(pending);
    out
}

/// A dateline with nothing after it: a place or an outlet, then a dash set apart by a space
/// ("AMBON, Kawattimur.id --", "SIGI, Kailipost.com —"), read as a dateline once the lead's words
/// stand after it. A word broken at a line's end ("pulau-") has no space before its hyphen.
fn is_dateline_alone(line: &str) -> bool {
    let line = line.trim_end();
    let dashed = [" –", " —", " --", " -"].iter().any(|d| line.ends_with(d));
    if !dashed || line.split_whitespace().count() > 6 {
        return false;
    }
    let probe = format!("{line} Warga");
    super::dateline::parse(&probe)
        .is_some_and(|d| d.rest == line.len() + 1 && (d.location.is_some() || d.source.is_some()))
}

/// The first line of a paragraph a dateline may open: prose opening with a capital or a quote
/// mark.
fn opens_a_paragraph(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '\''))
        && line.split_whitespace().count() >= 4
        && !is_dateline_alone(line)
}

fn parts_joined(raw: &mut [String]) {
    // Where the counter stands (true: the line's start), whether it is bracketed, the part's
    // number, the count, and where the line's words begin or end.
    type Counter = (bool, bool, u32, u32, usize);
    let counter = |line: &str| -> Option<Counter> {
        let (start, c) = if let Some(c) = PART_COUNTER_START.captures(line) {
            (true, c)
        } else {
            (false, PART_COUNTER_END.captures(line)?)
        };
        let bracketed = c.get(1).is_some();
        let num = |a: usize, b: usize| c.get(a).or_else(|| c.get(b)).map(|m| m.as_str());
        let n: u32 = num(1, 3)?.parse().ok()?;
        let m: u32 = num(2, 4)?.parse().ok()?;
        let whole = c.get(0)?;
        let cut = if start { whole.end() } else { whole.start() };
        ((1..=m).contains(&n) && (2..=40).contains(&m)).then_some((start, bracketed, n, m, cut))
    };
    // Cheap first: no line opening or closing with a counter's bracket or digit, no parts.
    if !raw.iter().any(|l| {
        l.starts_with(['(', '['])
            || l.ends_with([')', ']'])
            || l.starts_with(|c: char| c.is_ascii_digit())
    }) {
        return;
    }
    let found: Vec<Option<Counter>> = raw.iter().map(|l| counter(l)).collect();
    let mut seen: std::collections::HashMap<(bool, bool, u32), std::collections::HashSet<u32>> =
        std::collections::HashMap::new();
    for &(start, bracketed, n, m, _) in found.iter().flatten() {
        seen.entry((start, bracketed, m)).or_default().insert(n);
    }
    // Bracketed counters of the same count, two or more, are a carrier's. Bare ones ("1/4
    // kilogram gula", "3/12 Air sungai meluap") are also a list's fractions or a timeline's
    // dates: a carrier's only when every part of the count is there, one to the last.
    let carried = |start: bool, bracketed: bool, m: u32| {
        let parts = &seen[&(start, bracketed, m)];
        if bracketed {
            parts.len() >= 2
        } else {
            parts.len() == m as usize
        }
    };
    let counted: Vec<Option<(bool, u32, u32, usize)>> = found
        .into_iter()
        .map(|f| {
            f.filter(|&(s, b, _, m, _)| carried(s, b, m))
                .map(|(s, _, n, m, cut)| (s, n, m, cut))
        })
        .collect();
    for (line, c) in raw.iter_mut().zip(&counted) {
        match *c {
            Some((true, _, _, cut)) => *line = line[cut..].to_string(),
            Some((false, _, _, cut)) => line.truncate(cut),
            None => {}
        }
    }
    let story = |l: &str| !l.is_empty() && !part_stamp(l);
    // A part that opens with its counter goes on from the story's last line before it (kept
    // as the lines go by, so many parts joined one after another are read once).
    let mut last_story: Option<usize> = None;
    for k in 0..raw.len() {
        if matches!(counted[k], Some((true, n, _, _)) if n > 1)
            && let Some(j) = last_story
            && !ends_sentence(&raw[j])
        {
            let line = std::mem::take(&mut raw[k]);
            raw[j].push(' ');
            raw[j].push_str(&line);
            continue;
        }
        if story(&raw[k]) {
            last_story = Some(k);
        }
    }
    // A part that closes with its counter runs on into the story's next line after it (from
    // the last part backwards, so a part cut twice gathers all its pieces).
    for k in (0..raw.len()).rev() {
        if !matches!(counted[k], Some((false, n, m, _)) if n < m) || ends_sentence(&raw[k]) {
            continue;
        }
        if let Some(j) = (k + 1..raw.len()).find(|&j| story(&raw[j])) {
            let line = std::mem::take(&mut raw[j]);
            raw[k].push(' ');
            raw[k].push_str(&line);
        }
    }
}

/// "00:00:14.807 --> 00:00:18.180", "00:01:02,500 --> 00:01:04,000 align:start": a subtitle
/// cue's timing line (WebVTT writes a stop before the milliseconds, SRT a comma).
static CUE_TIMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$")
        .unwrap()
});

/// A subtitle file (WebVTT or SRT) as the text it speaks: a file holding three cues or more,
/// each a cue number or name, a timing line and the words spoken. The file's header
/// ("WEBVTT" and its "Kind:"/"Language:" lines), STYLE and REGION blocks, cue numbers and
/// timings are no text; a cue standing wholly in brackets ("[Anchor]", "[Lee | Office
/// worker]", "(music)") names a speaker or a sound and ends the sentence before it; markup
/// ("<v Anchor>", "<i>") goes. The words of the cues run on into sentences, one line each
/// between blank lines, as paragraphs; a NOTE, the file's comment, keeps its words (the only
/// place a subtitle file says whose it is and when) on a line of its own. Lines outside any
/// cue, after the header, stay as they are. None when the text is no subtitle file.
fn subtitles(raw: &[String]) -> Option<Vec<String>> {
    let timings = raw
        .iter()
        .filter(|l| l.contains("-->") && CUE_TIMING.is_match(l))
        .take(3)
        .count();
    if timings < 3 {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut sentence = String::new();
    let flush = |sentence: &mut String, out: &mut Vec<String>| {
        if !sentence.is_empty() {
            out.push(std::mem::take(sentence));
            out.push(String::new());
        }
    };
    // Where the lines stand: 0 outside a cue, 1 in a cue's text, 2 in a block to drop.
    // A WebVTT file opens with its header: "WEBVTT" and the lines under it, up to a blank one.
    let mut state = if raw.first().is_some_and(|l| l.starts_with("WEBVTT")) {
        2
    } else {
        0
    };
    for (k, line) in raw.iter().enumerate() {
        if line.is_empty() {
            state = 0;
            continue;
        }
        if CUE_TIMING.is_match(line) {
            state = 1;
            continue;
        }
        // A cue's number or name stands right over its timing line.
        if state == 2 || state == 0 && raw.get(k + 1).is_some_and(|n| CUE_TIMING.is_match(n)) {
            continue;
        }
        if state == 0 {
            flush(&mut sentence, &mut out);
            let note = line
                .strip_prefix("NOTE")
                .filter(|n| n.is_empty() || n.starts_with(' '));
            if let Some(note) = note {
                if !note.trim().is_empty() {
                    out.push(note.trim().to_string());
                    out.push(String::new());
                }
                state = 2;
            } else if line == "STYLE" || line == "REGION" {
                state = 2;
            } else {
                // Outside any cue: a line of the page the file was copied with.
                out.push(line.clone());
                out.push(String::new());
            }
            continue;
        }
        let words = without_markup(line);
        let words = words.trim().trim_start_matches("- ").trim();
        if words.is_empty() {
            continue;
        }
        let bracketed = words.starts_with('[') && words.ends_with(']')
            || words.starts_with('(') && words.ends_with(')');
        if bracketed {
            flush(&mut sentence, &mut out);
            continue;
        }
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(words);
        if ends_sentence(&sentence) && !sentence.ends_with([':', ';']) {
            flush(&mut sentence, &mut out);
        }
    }
    flush(&mut sentence, &mut out);
    Some(out)
}

/// A television channel's closed captions copied from its player's transcript panel: from
/// the first caption line that opens with a speaker mark (">>", at each change of speaker; three
/// such lines or more) to the end, nearly every letter a capital. The captions read as a
/// reader would see them: each speaker's turn one paragraph, its lines joined with one space
/// in the capitals they stand in; a roll-up repeat (a line shown twice in a row as the
/// captions roll) and a sound cue wholly in brackets ("[MUSIC]", over the captions too) are
/// no words spoken; a short
/// sentence with a comma that stands alone after a sentence's end ("ERIN MACKAY, WIN NEWS.",
/// a reporter's sign-off) is a line of its own. The lines over the captions (a captioner's
/// credit, a header) stay as they are. None when the text is no such captions.
fn closed_captions(raw: &[String]) -> Option<Vec<String>> {
    let marked = |l: &str| l.starts_with(">>");
    let first = raw.iter().position(|l| marked(l))?;
    if raw[first..].iter().filter(|l| marked(l)).take(3).count() < 3 {
        return None;
    }
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in raw[first..].iter().flat_map(|l| l.chars()) {
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    if lower * 50 > upper + lower {
        return None;
    }
    let cue = |words: &str| {
        words.starts_with('[') && words.ends_with(']')
            || words.starts_with('(') && words.ends_with(')')
    };
    let mut out: Vec<String> = Vec::new();
    for line in &raw[..first] {
        if !line.is_empty() && !cue(line) {
            out.push(line.clone());
            out.push(String::new());
        }
    }
    let mut turn = String::new();
    let flush = |turn: &mut String, out: &mut Vec<String>| {
        if !turn.is_empty() {
            out.push(std::mem::take(turn));
            out.push(String::new());
        }
    };
    let mut previous: &str = "";
    for line in &raw[first..] {
        if line.is_empty() {
            flush(&mut turn, &mut out);
            continue;
        }
        if line == previous {
            continue;
        }
        let after_stop = previous.is_empty() || ends_sentence(previous);
        previous = line;
        let words = line.trim_start_matches('>').trim();
        let bracketed = cue(words);
        if marked(line) || bracketed {
            flush(&mut turn, &mut out);
        }
        if words.is_empty() || bracketed {
            continue;
        }
        let sign_off = after_stop
            && words.contains(',')
            && words.ends_with('.')
            && words.split_whitespace().count() <= 6;
        if sign_off {
            flush(&mut turn, &mut out);
            out.push(words.to_string());
            out.push(String::new());
            continue;
        }
        if !turn.is_empty() {
            turn.push(' ');
        }
        turn.push_str(words);
    }
    flush(&mut turn, &mut out);
    Some(out)
}

/// A cue's words without the tags WebVTT marks voices and styles with ("<v Anchor>", "<i>",
/// "</c>", "<00:00:05.000>").
fn without_markup(line: &str) -> String {
    if !line.contains('<') {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut depth = false;
    for c in line.chars() {
        match c {
            '<' => depth = true,
            '>' if depth => depth = false,
            _ if !depth => out.push(c),
            _ => {}
        }
    }
    normalise(&out)
}

/// The margins a browser prints on every page of a PDF, when a text has them: a footer of the
/// page's address and the page count ("https://… 1/2"), and a header of the print date and
/// time before the page's title ("3/12/26, 8:05 PM Harga Gabah …"), the same on every page: a
/// date-and-time line the text repeats, once a footer is read. A paragraph the page break
/// falls in runs on across them. Whether each line is one.
/// A browser's or a PDF tool's page count alone is a footer too ("Halaman 1 dari 2", "Page 2
/// of 2"), and a header printed once is one where a footer stands right beside it (the last
/// page's header over its count, the first page's count under its header).
fn print_margins(raw: &[String]) -> Vec<bool> {
    let footers: Vec<bool> = raw.iter().map(|l| is_page_footer(l)).collect();
    if !footers.contains(&true) {
        return footers;
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in raw.iter().filter(|l| PRINT_HEADER.is_match(l)) {
        *seen.entry(l.as_str()).or_default() += 1;
    }
    let beside_footer =
        |k: usize| (k > 0 && footers[k - 1]) || footers.get(k + 1).copied().unwrap_or(false);
    let mut margins: Vec<bool> = raw
        .iter()
        .enumerate()
        .map(|(k, l)| {
            footers[k]
                || PRINT_HEADER.is_match(l)
                    && (seen.get(l.as_str()).is_some_and(|&n| n >= 2) || beside_footer(k))
        })
        .collect();
    // "8/12/26, 3:14 pm" over "Penneshaw on tight water limits … - Dudley Peninsula Post": a
    // header set on two lines, the print's date and time alone, then the page's title naming
    // its site, both on every page.
    let count = |l: &str| raw.iter().filter(|r| r.as_str() == l).count();
    for k in 0..raw.len().saturating_sub(1) {
        let stamp = PRINT_STAMP.is_match(&raw[k]) && (count(&raw[k]) >= 2 || beside_footer(k));
        let titled = is_site_title(&raw[k + 1]) && count(&raw[k + 1]) >= 2;
        if stamp && titled {
            margins[k] = true;
            margins[k + 1] = true;
        }
    }
    margins
}

/// "Penneshaw on tight water limits … - Dudley Peninsula Post": a page's title naming its site
/// after a dash or a bar, closing no sentence.
fn is_site_title(t: &str) -> bool {
    !ends_sentence(t)
        && [" - ", " – ", " — ", " | "].iter().any(|sep| {
            t.rsplit_once(sep)
                .is_some_and(|(_, site)| (1..=4).contains(&site.split_whitespace().count()))
        })
}

/// "03/12/26 08.14   Vonis Enam Tahun … - Gresnews.com": the header a browser prints on a
/// page, the date and time of printing before the page's title, which names its site after a
/// dash or a bar and closes no sentence.
pub(crate) fn is_print_header(line: &str) -> bool {
    let t = line.trim();
    PRINT_HEADER.is_match(t) && is_site_title(t)
}

/// A printed page's footer: a browser's (the page's address and count) or a PDF tool's page
/// count alone.
pub(crate) fn is_page_footer(line: &str) -> bool {
    is_print_footer(line) || is_page_count(line)
}

/// "Halaman 1 dari 2", "Page 2 of 2", "Hal. 3 dari 3": a page's number among the pages,
/// alone on its line or after the document's name.
pub(crate) fn is_page_count(line: &str) -> bool {
    static COUNT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(.*\S)\s+)?(?:halaman|page|hal\.?|hlm\.?)\s*(\d{1,3})\s+(?:dari|of)\s+(\d{1,3})$")
            .unwrap()
    });
    COUNT.captures(line.trim()).is_some_and(|c| {
        let n: u32 = c[2].parse().unwrap_or(0);
        let of: u32 = c[3].parse().unwrap_or(0);
        // "Humas Polres … · Siaran Pers Nomor SP/58/…   Halaman 1 dari 2": a document's footer
        // names the document before its count, in a few words that close no sentence.
        let named = c.get(1).is_none_or(|d| {
            let d = d.as_str();
            d.split_whitespace().count() <= 14 && !ends_sentence(d) && !d.ends_with(',')
        });
        n >= 1 && n <= of && named
    })
}

static PRINT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$")
        .unwrap()
});

static PRINT_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+\S")
        .unwrap()
});

/// "https://kebumenekspres.com/… 1/2": a page's address and its page count, the footer a
/// browser prints on a PDF's page.
pub(crate) fn is_print_footer(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(link), Some(count), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let page = count
        .split_once('/')
        .and_then(|(n, of)| Some((n.parse::<u32>().ok()?, of.parse::<u32>().ok()?)));
    is_bare_link(link) && page.is_some_and(|(n, of)| n >= 1 && n <= of)
}

/// "ttd.", "(ttd)", "(signed)", "Sgd.": the mark, alone on its line, that a letter or a
/// bulletin was signed there; a line of its own, never the end of the office's line over it.
pub fn signed_mark(line: &str) -> bool {
    let t = line.trim().to_lowercase();
    let t = t
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim_end_matches('.');
    matches!(t, "ttd" | "t.t.d" | "signed" | "sgd")
}

/// A line a paste sets over the story, when `above` such lines stand over it already: one
/// that is noise by its own words (a cookie banner, a mail's header field, a link), a
/// breadcrumb, or, under those, a menu's item (a shelf's name).
fn over_the_story(line: &str, above: usize) -> bool {
    use super::parts::Kind;
    matches!(
        super::parts::cue(line),
        Some(Kind::Promo | Kind::PageMarker | Kind::VideoMarker | Kind::Copyright)
    ) || super::parts::is_breadcrumb(line)
        || above > 0 && (super::parts::is_shelf_name(line) || mail_date(line))
}

/// A mail's date field ("Date: 4 Mar 2025 06:00 +0700", "Sent: …", "Tanggal: …") in the
/// header a mail client pastes over the story.
fn mail_date(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["date:", "sent:", "tanggal:", "terkirim:"]
        .iter()
        .any(|f| lower.starts_with(f))
        && line.split_whitespace().count() <= 8
}

/// Whether the text's blank lines part its blocks: some lines stand right under the one before
/// them (a headline over its byline, a related cue over its headlines, a caption on its credit)
/// and others after a blank line. A paste that sets a blank line after every line, or none at
/// all, says nothing by them, and a rule that reads a block's edge from a blank line reads it
/// from the lines' shapes there instead.
pub fn blank_lines_part_blocks(lines: &[Line]) -> bool {
    let after = || lines.iter().skip(1);
    after().any(|l| l.gap_before) && after().any(|l| !l.gap_before)
}

/// `line` joined to the line it runs on from: after a space, or glued where the print broke one
/// word at the line's end (its hyphen dropped) or the hyphen is the word's own (kept).
fn run_on(last: &mut String, line: &str, vocabulary: &Vocabulary) {
    match print_hyphen(last, line, vocabulary) {
        Some(true) => {
            last.pop();
        }
        Some(false) => {}
        None => last.push(' '),
    }
    last.push_str(line);
}

/// The words a text writes whole, in lower case (hyphenated ones as written), leaving out the
/// two halves of a word a line's end breaks ("kebija-" / "kan"), which are no words.
struct Vocabulary {
    whole: std::collections::HashSet<String>,
}

impl Vocabulary {
    fn of(raw: &[String]) -> Self {
        let mut whole = std::collections::HashSet::new();
        let mut broken = false;
        for line in raw {
            let words: Vec<&str> = line.split_whitespace().collect();
            let ends_broken = line.ends_with('-') && !line.ends_with("--");
            for (k, word) in words.iter().enumerate() {
                if k == 0 && broken || k + 1 == words.len() && ends_broken {
                    continue;
                }
                let w = word
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if !w.is_empty() {
                    whole.insert(w);
                }
            }
            broken = ends_broken;
        }
        Vocabulary { whole }
    }
}

/// English number words, which the print writes before a hyphen of their own ("three-" /
/// "waters", "two-" / "year"), not as the first piece of a longer word.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
];

/// "long-" / "term", "well-" / "equipped", "self-" / "driving": an English word that opens
/// compounds with a hyphen of its own keeps it before a word of three letters or more, unless
/// the piece after it is one a single word goes on with ("long-" / "itude", "self-" /
/// "ishness", "well-" / "spring", "full-" / "ness"): the print split that word. A superlative
/// opens compounds too, before a participle ("fastest-" / "growing", "best-" / "known",
/// "longest-" / "serving", "hardest-" / "hit"), as a word ending as one does opens them
/// ("interest-" / "bearing"); before a word's tail ("priest-" / "hood", "Midwest-" / "erners",
/// "protest-" / "ing", "interest-" / "ingly") the print split one word. A noun of five letters
/// or more opens a compound before a tail that makes them ("community-" / "based"); a prefix
/// makes one word with it ("under-" / "funded").
fn compound_head(a: &str, b: &str) -> bool {
    const HEADS: &[&str] = &["long", "well", "self", "full"];
    const WORD_GOES_ON: &[&str] = &[
        "itude", "itudes", "itudinal", "ing", "ings", "ingly", "ish", "ishly", "ishness", "spring",
        "springs", "ness", "less", "lessly", "lessness", "ment", "ened", "ening", "est", "ers",
    ];
    const PARTICIPLES: &[&str] = &[
        "known", "paid", "hit", "ever", "run", "built", "sold", "grown",
    ];
    let superlative = ["best", "most", "least", "worst"].contains(&a)
        || a.chars().count() >= 6 && a.ends_with("est");
    let participle = b.chars().count() >= 5 && (b.ends_with("ing") || b.ends_with("ed"))
        || PARTICIPLES.contains(&b);
    // "community-" / "based", "city-" / "owned", "family-" / "owned": a noun before a tail
    // that makes compounds of nouns, never the rest of one word.
    const TAILS: &[&str] = &[
        "based", "owned", "driven", "related", "friendly", "sized", "scale", "level", "focused",
        "funded",
    ];
    // "under-" / "funded", "inter-" / "related": a prefix makes one word with them.
    const PREFIXES: &[&str] = &["under", "inter", "over", "counter", "super", "multi"];
    let tail = TAILS.contains(&b) && a.chars().count() >= 4 && !PREFIXES.contains(&a);
    HEADS.contains(&a) && b.chars().count() >= 3 && !WORD_GOES_ON.contains(&b)
        || superlative && participle
        || tail
}

/// Two pieces that echo each other, as a reduplicated word's halves do in either language: of
/// one length (three letters or more), told apart only by vowels ("sana" / "sini", "bolak" /
/// "balik", "zig" / "zag") or, from four letters, only by the first letter ("sayur" / "mayur",
/// "lauk" / "pauk"). The print does not split a word into such halves.
fn echoes(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() || a.len() < 3 || a == b {
        return false;
    }
    let vowel = |c: char| "aeiou".contains(c);
    let differ: Vec<usize> = (0..a.len()).filter(|&k| a[k] != b[k]).collect();
    differ.iter().all(|&k| vowel(a[k]) && vowel(b[k])) || a.len() >= 4 && differ == [0]
}

/// A line ending in a word broken by a hyphen ("kebija-", "Tas-", "long-") run on by the next
/// line: before a capital or a digit the hyphen is the word's own ("Sumpiuh-Kebumen", "ke-15");
/// before a line opening in lower case, whether the print split one word, whose hyphen goes (`Some(true)`),
/// or the hyphen is the word's own and stays, glued to what follows (`Some(false)`); `None`
/// when the line does not end so. Decided from the text itself, first match wins: the word
/// written whole elsewhere is one word ("kebijakan"); written with its hyphen elsewhere it
/// keeps it ("long-term"); a doubled word keeps it ("pulau-pulau", "gatal-gatal", and with a
/// suffix: "obat-obatan", "sayur-sayuran"); two pieces
/// the text writes as words of their own elsewhere ("long", "term") keep it; otherwise a
/// piece is no word the text writes on its own ("me-", "Tas-") and the print split one word.
fn print_hyphen(last: &str, next: &str, vocabulary: &Vocabulary) -> Option<bool> {
    let head = last.strip_suffix('-')?;
    let first: String = head
        .rsplit(char::is_whitespace)
        .next()?
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if first.is_empty() || !head.ends_with(char::is_alphabetic) {
        return None;
    }
    // "Sumpiuh-" / "Kebumen", "ke-" / "15": print breaks no word before a capital or a digit,
    // so the hyphen is the word's own.
    if next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return Some(false);
    }
    let second: String = next
        .split_whitespace()
        .next()?
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if second.is_empty() || !second.starts_with(char::is_lowercase) {
        return None;
    }
    let (a, b) = (first.to_lowercase(), second.to_lowercase());
    // "up-to-", "face-to-": the piece closes a compound already hyphenated on the line.
    let in_compound = head
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.trim_end_matches(char::is_alphabetic).ends_with('-'));
    let split_word = if vocabulary.whole.contains(&format!("{a}{b}")) {
        true
    } else if vocabulary.whole.contains(&format!("{a}-{b}"))
        || a == b
        || a.chars().count() >= 3 && b.starts_with(&a)
        || echoes(&a, &b)
        || NUMBER_WORDS.contains(&a.as_str())
        || compound_head(&a, &b)
        || in_compound
    {
        false
    } else if a.chars().count() == 2 {
        // "be-" / "low", "in-" / "take", "di-" / "bangun": a piece of two letters is a
        // prefix or a syllable the print split off, though "be", "in" and "di" are words;
        // "ex-" / "mayor" and "co-" / "owner" open compounds, and "up-to-" / "date",
        // "father-in-" / "law" go on with one; but "ex-" / "pect", "ex-" / "plain" split one
        // word, whose rest is no word of its own.
        !["ex", "co"].contains(&a.as_str()) || a == "ex" && split_after_ex(&b)
    } else {
        !(vocabulary.whole.contains(&a) && vocabulary.whole.contains(&b))
    };
    Some(split_word)
}

/// What follows "ex-" where print split a word ("ex-" / "pect", "ex-" / "plained", "ex-" /
/// "tremely"), not a compound's noun ("ex-" / "mayor", "ex-" / "wife"): the Latin stems English
/// words go on with after "ex", which no noun for a former role or kin begins with.
fn split_after_ex(rest: &str) -> bool {
    const STEMS: &[&str] = &[
        "pect", "plain", "pand", "pans", "pens", "perien", "perim", "pert", "plor", "plo", "port",
        "press", "tend", "tens", "tent", "trem", "tern", "cept", "cess", "ceed", "clu", "ecut",
        "empt", "ercis", "ist", "hibit", "haust", "ampl", "amin", "actl", "chang", "pir", "pedit",
        "pell",
    ];
    STEMS.iter().any(|s| rest.starts_with(s))
}

/// Where a page jump sends the reader: on to another page ("Continued Page 4", "Continued on
/// Page 4", "Bersambung ke halaman 7", "(Baca APBD Turun... Hal 7)", "See HIGHWAY, Page 3",
/// "(Turn to Page 6, Sardine)") or back to where the story began ("From Page 1", "Continued
/// from Page 1", "Sambungan dari hal 3", "HIGHWAY from Page 1", "FLOOD PLAN: Continued from
/// page 3", "SUNGAI OGAN MELUAP Sambungan dari Hal. 1": the story's jump words first; "Sambungan dari hal 1: Feri Berhenti Beroperasi": the
/// jump's own head after it).
/// A scan's "HaI 7" is "Hal 7" read wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jump {
    Onward,
    Back,
}

static JUMP_ONWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*(?:(?:continued|cont'd|turn to|see)(?:\s+(?-i:\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,3}),?)?(?:\s+on)?\s+(?:page|p\.)\s*[a-z]?\d+|bersambung(?:\s+ke)?\s+(?:halaman|ha[li]\.?|hlm\.?)\s*\d+|baca\s.{1,60}?\s(?:halaman|hal\.?|hlm\.?|page)\s*\d+)\s*\)?\.?$").unwrap()
});
// "(Turn to Page 6, Sardine)": in brackets, the jump may name its word after the page.
static JUMP_BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(\s*(?:continued|cont'd|turn to|see)(?:\s+on)?\s+(?:page|p\.)\s*[a-z]?\d+(?:\s*,\s*(?-i:\p{Lu})[\w'’ -]{0,29})?\s*\)\.?$").unwrap()
});
static JUMP_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*(?:(?-i:\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,3})[,:]?\s+)?(?:(?:continued\s+)?from\s+(?:page|p\.)\s*[a-z]?\d+|sambungan(?:\s+dari)?\s+(?:halaman|hal\.?|hlm\.?)\s*\d+)(?:\s*[:–—]\s*(?-i:\p{Lu})[^.!?:]{1,79}|\s*\)?\.?)$").unwrap()
});

// "BRIDGE, from A1": a print edition's jump head, its catchword in capitals, a comma, and the
// section's letter with the page (without the catchword, "EXIT FROM F1" is a headline).
static JUMP_BACK_FOLIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,3},\s+from\s+[A-Z]\d{1,2}$")
        .unwrap()
});

/// The page jump a line alone is, if it is one.
pub fn page_jump(line: &str) -> Option<Jump> {
    let t = line.trim();
    if JUMP_ONWARD.is_match(t) || JUMP_BRACKETED.is_match(t) {
        Some(Jump::Onward)
    } else if JUMP_BACK.is_match(t) || JUMP_BACK_FOLIO.is_match(t) {
        Some(Jump::Back)
    } else {
        None
    }
}

/// "----------------------------------------------": a rule drawn across a page, ten marks or
/// more of one kind and nothing else.
pub(super) fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    "-=_─━═~".contains(first)
        && line.chars().filter(|&c| c == first).count() >= 10
        && marks.all(|c| c == first)
}

/// A web address alone on its line ("https://www.example.com/news/2025/12/01/slug",
/// "www.example.com/a"): one word, opening with a scheme or "www.".
pub fn is_bare_link(line: &str) -> bool {
    let t = line.trim().trim_matches(['<', '>']);
    let lower = t.to_ascii_lowercase();
    !t.contains(char::is_whitespace)
        && (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www."))
        && t.len() > 10
}

/// "4–5 minutes", "3 min read", "5 menit baca": how long a page takes to read.
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?|menit)(?:\s+(?:read|baca))?$",
    )
    .unwrap()
});

/// "theindependent.sg · Darren Ho · 4–5 minutes": a reader view's line under the headline,
/// pieces split by middle dots, the last of them the reading time. The headline never runs on
/// into it.
pub fn is_reading_line(line: &str) -> bool {
    line.rsplit_once(" · ")
        .is_some_and(|(_, last)| READING_TIME.is_match(last.trim()))
}

/// "Dave Hocking-" over "Rowe, chairman of the … Association, said": in a hard-wrapped text a
/// word broken at its hyphen goes on on the next line, however short the line it left (the
/// column broke early because the whole name would not fit). A spaced dash ("BOJONEGORO -")
/// is a dateline's, not a word's.
fn hyphen_goes_on(line: &str, next: Option<&String>) -> bool {
    let broken = line
        .strip_suffix('-')
        .is_some_and(|head| head.ends_with(char::is_alphabetic));
    broken && next.is_some_and(|n| n.starts_with(char::is_alphabetic))
}

/// "luwuktimes.com  ·  oleh admin  ·  Sel, 24 Nov 2026 20.47": a feed reader's line under an
/// item's headline, the site's host name set apart from the writer and the date by a dot or a
/// bar. It opens in lower case but runs on from no line: it is the item's own line.
fn is_host_meta(line: &str) -> bool {
    let Some((host, rest)) = line.split_once(' ') else {
        return false;
    };
    is_host(host) && rest.trim_start().starts_with(['·', '|', '•'])
}

/// "luwuktimes.com", "www.radiorahma.co.ke": a host name written without its scheme — letters,
/// digits, dots and hyphens, ending on a domain of two to six lower-case letters.
pub(super) fn is_host(host: &str) -> bool {
    let host = host.trim_start_matches("www.");
    host.contains('.')
        && host.rsplit('.').next().is_some_and(|tld| {
            (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
        })
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
}

/// A mail address alone on its line ("tessa.rangi@odt.co.nz" closing a printed story): one
/// word with an "@" between a name and a domain.
fn is_bare_address(line: &str) -> bool {
    let t = line.trim();
    !t.contains(char::is_whitespace)
        && t.split_once('@').is_some_and(|(name, domain)| {
            !name.is_empty() && domain.contains('.') && !domain.ends_with('.')
        })
}

/// A printed page's running head: a date, and words all in capitals beside it, no stop at
/// the end ("22 FORUM KEADILAN No. 34 • 1 DESEMBER 2025", "RADAR BONE SELASA, 13 JANUARI
/// 2026 5"). A sentence naming a date writes its words in lower case.
fn is_running_head(line: &str) -> bool {
    if ends_sentence(line) || super::parts::date_residue(line).is_none() {
        return false;
    }
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect();
    let shouted = words
        .iter()
        .filter(|w| !w.chars().any(char::is_lowercase))
        .count();
    words.len() >= 3 && shouted * 4 >= words.len() * 3
}

/// The short line under a headline that stops mid-phrase, with a blank line after it, ends
/// that headline when every word of it is written in lower case elsewhere in the text ("Tiga
/// Kali Sepekan" beside "tiga kali sepekan"): a writer's name is capitalised wherever it
/// stands, title-cased common words are not.
fn ends_headline(raw: &[String], k: usize) -> bool {
    let Some(next) = raw.get(k + 1) else {
        return false;
    };
    let words = |l: &str| {
        l.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let own = words(next);
    let short = !own.is_empty()
        && next.split_whitespace().count() <= 6
        && next.split_whitespace().count() < raw[k].split_whitespace().count();
    let closed = raw.get(k + 2).is_none_or(|l| l.is_empty());
    if ends_sentence(&raw[k]) || !short || !closed {
        return false;
    }
    let lower: std::collections::HashSet<String> = raw
        .iter()
        .enumerate()
        .filter(|&(i, _)| i > k + 1)
        .flat_map(|(_, l)| words(l))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    own.iter().all(|w| lower.contains(&w.to_lowercase()))
}

/// A headline a printed page (an e-paper, a PDF, a print view) set on two lines, in a text
/// hard-wrapped at `width`: the first block of exactly two lines among the page's first ten
/// whose first line is in title case (a running head in capitals over its section is passed;
/// a kicker in capitals may stand right over it),
/// before any sentence of prose, both lines in title case (every word but a function word
/// capitalised, not shouted) with no date, no mark of a menu or a field (`»`, `|`, `/`, `:`,
/// brackets) and no byline, the first of four words or more, not closing a sentence and
/// within the width. A masthead over its section ("The Seattle Times" / "Local News") is too
/// short; a name under a headline ("Kidist Yirga") is a byline unless the headline stops on a
/// function word. The index of the first line.
fn headline_on_two_lines(raw: &[String], width: usize) -> Option<usize> {
    let titled = |l: &str| {
        let content: Vec<&str> = l
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.starts_with(char::is_alphabetic))
            .filter(|w| !super::parts::is_function_word(&w.to_lowercase()))
            // "per", "vs", "of": title case leaves short words in lower case.
            .filter(|w| w.chars().count() > 3 || w.starts_with(char::is_uppercase))
            .collect();
        !content.is_empty()
            && l.chars().any(char::is_lowercase)
            && content.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let plain = |l: &str| {
        !l.contains(['»', '|', '/', ':', '[', ']'])
            && super::parts::date_residue(l).is_none()
            && super::credits::role_cue(l).is_none()
            && !l.starts_with("By ")
    };
    let mut seen = 0;
    for k in 0..raw.len().saturating_sub(1) {
        let (a, b) = (raw[k].as_str(), raw[k + 1].as_str());
        if a.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 10 || ends_sentence(a) && a.split_whitespace().count() >= 8 {
            return None;
        }
        // A kicker in capitals may stand right over the headline ("JEMBATAN PUTUS").
        let kicker = |i: usize| {
            let l = raw[i].as_str();
            !l.chars().any(char::is_lowercase)
                && l.chars().any(char::is_alphabetic)
                && l.split_whitespace().count() <= 4
                && (i == 0 || raw[i - 1].is_empty())
        };
        let block = (k == 0 || raw[k - 1].is_empty() || kicker(k - 1))
            && !b.is_empty()
            && raw.get(k + 2).is_none_or(String::is_empty);
        // A page's running head over its section, in capitals, is passed over.
        if !block || !titled(a) {
            continue;
        }
        let stops_on_function_word = a
            .rsplit(' ')
            .next()
            .is_some_and(|w| super::parts::is_function_word(&w.to_lowercase()));
        let fits = a.split_whitespace().count() >= 4
            && a.chars().count() >= 25
            && a.chars().count() <= width + 3
            && !ends_sentence(a)
            && !a.ends_with([',', ';']);
        // A break shows where a phrase is left open (a function word on either side of it),
        // the first line holds the first of a headline's two clauses ("Jelang Natal, Harga
        // Cabai di Pasar"), or the second line is a wrap's short remainder. A second line as
        // long as the first, a clause of its own under a clause, is a subtitle ("Eks Kepala SMP
        // di Gowa Divonis Empat Tahun" / "Terbukti Selewengkan Dana BOS Rp1,3 Miliar").
        let opens_on_function_word = b
            .split(' ')
            .next()
            .is_some_and(|w| super::parts::is_function_word(&w.to_lowercase()));
        let broken = stops_on_function_word
            || opens_on_function_word
            || a.contains(',')
            || b.chars().count() * 2 <= a.chars().count();
        if fits
            && broken
            && titled(a)
            && titled(b)
            && plain(a)
            && plain(b)
            && (stops_on_function_word || !names_a_writer(b))
        {
            return Some(k);
        }
        // Only the first block of two lines in title case can be the headline.
        return None;
    }
    None
}

/// "Kidist Yirga" under a headline: a name of two or three words that reads as a person's,
/// a byline set without its "By".
fn names_a_writer(line: &str) -> bool {
    (2..=3).contains(&line.split_whitespace().count())
        && super::credits::is_name(line)
        && super::entities::is_person_like(line)
}

/// "APBD Kota Jayapura 2026 Disahkan Rp1,62 Triliun," over "Belanja Air Bersih Naik …": a
/// block of two lines whose first, of four words or more, ends on a comma left its clause open
/// at a print column's end; the line under it (a blank line after it) goes on with it, whatever
/// its case, when it is a clause of its own, three words or more. A headline, a name or a date
/// line never ends on a comma; a letter's addressee ("Kepada Yth. Bapak Wali Kota,") over "Di
/// Tempat" and an address over its district ("Kecamatan Cibinong") do, over a line of a word or
/// two that no headline's second half is.
fn clause_left_open(raw: &[String], k: usize, opens_block: bool) -> bool {
    let closed = raw.get(k + 2).is_none_or(|l| l.is_empty());
    opens_block
        && raw[k].ends_with(',')
        && raw[k].split_whitespace().count() >= 4
        && raw
            .get(k + 1)
            .is_some_and(|l| l.split_whitespace().count() >= 3)
        && closed
}

/// "Sardine fishing ban starts in Zamboanga" over "Peninsula; 4,000 fishers, workers to get
/// aid": a block of two lines that a print column broke inside a name, which the text writes
/// whole elsewhere ("… the Zamboanga Peninsula …"). The first line, of four words or more,
/// ends no clause; the second, of three words or more, has a word in lower case (a menu's row
/// of capitalised links under a masthead has none).
fn name_broken(raw: &[String], k: usize, opens_block: bool) -> bool {
    let (Some(a), Some(b)) = (raw.get(k), raw.get(k + 1)) else {
        return false;
    };
    let closed = raw.get(k + 2).is_none_or(|l| l.is_empty());
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let (Some(last), Some(first)) = (a.split_whitespace().last(), b.split_whitespace().next())
    else {
        return false;
    };
    let (last, first) = (bare(last), bare(first));
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    if !opens_block
        || !closed
        || a.split_whitespace().count() < 4
        || b.split_whitespace().count() < 3
        || ends_sentence(a)
        || a.ends_with([',', ';'])
        || !capitalised(&last)
        || !capitalised(&first)
        || !b
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
    {
        return false;
    }
    let name = format!("{last} {first}");
    raw.iter()
        .enumerate()
        .any(|(i, l)| i != k && i != k + 1 && l.contains(&name))
}

/// A writer's role cue ("Penulis: X", "Reporter: X", "By X") within the next few lines.
fn writer_credited(next: &[String]) -> bool {
    next.iter().take(6).any(|l| {
        super::credits::role_cue(l).is_some_and(|(role, _)| super::credits::names_writers(&role))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        lines(text).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_menus_row_copied_with_its_spacing_is_marked_and_runs_on_into_nothing() {
        assert!(spaced_row(
            "Home   Schedule   Podcasts   Volunteer   Donate"
        ));
        assert!(spaced_row(
            "Beranda / Home    Profil / Profile    Geosite    Berita / News"
        ));
        assert!(!spaced_row("Team  P  W  D  L  Pts"), "a table's row");
        assert!(!spaced_row("1  Chintheche Stars  12  44"));
        assert!(!spaced_row("Home Schedule Podcasts Volunteer Donate"));
        assert!(!spaced_row(
            "jembatan  gantung  di  Long  Iram  setelah  kabel"
        ));
        assert!(!spaced_row(
            "Banjir  Rendam  Tiga  Kampung  di  Kutai  Barat"
        ));
        // Under a line announcing it, a row of names is the story's.
        let lineup = lines(
            "Pelatih memasang empat bek pada laga pertama:\nAsnawi Mangkualam    Rizky Ridho    Jay Idzes    Pratama Arhan",
        );
        assert!(!lineup[1].cells, "{lineup:?}");
        assert!(!spaced_row(
            "The council met.  It voted.  Then it rose.  All left."
        ));
        let got = lines("Warta Kubar\nBeranda  Daerah  Ekonomi  Hukum  Olahraga\nbanjir di hulu");
        assert!(got[1].cells && !got[0].cells, "{got:?}");
        assert_eq!(got[1].text, "Beranda Daerah Ekonomi Hukum Olahraga");
        assert_eq!(got[2].text, "banjir di hulu");
    }

    #[test]
    fn a_bulletins_numbered_paragraphs_lose_their_numbers_and_a_list_keeps_them() {
        let text = "1. Dinas mencatat penyakit ice-ice menyerang rumput laut di tiga kecamatan pesisir. Panen pembudidaya turun hingga separuh dibanding musim lalu di seluruh pesisir selatan.\n\
                    2. Penyakit itu dipicu perubahan suhu air laut pada peralihan musim. Penyuluh mencatat suhu naik hingga 31 derajat di lokasi budi daya sepanjang pekan kedua November.\n\
                    a. menurunkan tim penyuluh ke desa;\n\
                    3. Kerusakan terberat ditemukan di Desa Darubiah, Kecamatan Bontobahari. Di desa itu sebagian besar tali bentangan rusak parah dan tidak bisa dipakai lagi musim ini.\n\
                    \n\
                    Tembusan:\n\
                    1. Bupati Bulukumba (sebagai laporan);\n\
                    2. Camat Ujung Loe dan Camat Bontobahari;\n\
                    3. Arsip.";
        let got: Vec<String> = lines(text).into_iter().map(|l| l.text).collect();
        assert!(got[0].starts_with("Dinas mencatat"), "{got:?}");
        assert!(got[1].starts_with("Penyakit itu"), "{got:?}");
        assert!(got[3].starts_with("Kerusakan"), "{got:?}");
        assert_eq!(got[5], "1. Bupati Bulukumba (sebagai laporan);");
        assert_eq!(got[7], "3. Arsip.");
    }

    #[test]
    fn a_name_broken_at_its_hyphen_in_a_narrow_column_is_one_name() {
        let got = texts(
            "Traders at Truro's Pannier Market say a rise in their rents would force\n\
             several of the oldest stalls to close before the end of the winter.\n\
             \n\
             Dave Hocking-\n\
             Rowe, chairman of the Truro Pannier Market Traders' Association, said\n\
             the traders accepted that the roof needed fixing but had not been\n\
             asked how the work should be paid for by the council this year.\n\
             \n\
             TRURO -\n\
             The council said it would meet the traders before the budget was set.",
        );
        assert!(
            got.iter().any(|l| l.starts_with(
                "Dave Hocking-Rowe, chairman of the Truro Pannier Market Traders' Association"
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_feed_items_host_line_runs_on_from_no_headline() {
        let got = texts(
            "Pedagang Pasar Simpong Tolak Dipindah Selama Revitalisasi\n\
             luwuktimes.com  ·  oleh admin  ·  Sel, 24 Nov 2026 20.47\n\
             \n\
             LUWUK – Ratusan pedagang Pasar Simpong menolak rencana dinas memindahkan mereka.",
        );
        assert_eq!(
            got[1], "luwuktimes.com · oleh admin · Sel, 24 Nov 2026 20.47",
            "{got:?}"
        );
        assert!(is_host_meta("www.goriau.com | Riau"));
        assert!(!is_host_meta("e.g. the council said"));
        assert!(!is_host_meta(
            "luwuktimes.com melaporkan bahwa pasar ditutup."
        ));
    }

    #[test]
    fn a_drafts_comments_are_no_lines_of_the_story() {
        let got = texts(
            "POSO – Sebanyak 48 mahasiswa KKN ikut mendampingi petugas kesehatan.[a]\n\n\
             Kegiatan berlangsung hingga 19 Desember 2026.\n\n\
             [a]Selvi Lemba:\n\
             Lead sudah oke. Perlu sebut jumlah desa?",
        );
        assert_eq!(
            got,
            [
                "POSO – Sebanyak 48 mahasiswa KKN ikut mendampingi petugas kesehatan.",
                "Kegiatan berlangsung hingga 19 Desember 2026."
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_chat_exports_stamp_before_the_message_stands_alone() {
        let got = texts(
            "[03/12/26 07.15] Ujang Sarip: PANDEGLANG – Luapan Sungai Cilemer merendam sawah.\n\n\
             Warga mengungsi ke balai desa.",
        );
        assert_eq!(got[0], "[03/12/26 07.15] Ujang Sarip:", "{got:?}");
        assert_eq!(
            got[1], "PANDEGLANG – Luapan Sungai Cilemer merendam sawah.",
            "{got:?}"
        );
    }

    #[test]
    fn a_line_set_wholly_in_bold_or_italics_is_read_by_its_words() {
        let got = texts(
            "**Ribuan Ikan Nila Mati Mendadak**\n\n*Diduga Kekurangan Oksigen*\n\n\
             📷 _Antrean sepeda motor di SPBU Tanah Merah. (KD)_\n\n__Tentang Yayasan__",
        );
        assert_eq!(
            got,
            [
                "Ribuan Ikan Nila Mati Mendadak",
                "Diduga Kekurangan Oksigen",
                "📷 Antrean sepeda motor di SPBU Tanah Merah. (KD)",
                "Tentang Yayasan",
            ],
            "{got:?}"
        );
        // Marks nested inside one another go pair by pair.
        assert_eq!(
            whole_line_emphasis("**_Diduga Kekurangan Oksigen_**").as_deref(),
            Some("Diduga Kekurangan Oksigen")
        );
        assert_eq!(
            whole_line_emphasis("***Ribuan Ikan Nila Mati***").as_deref(),
            Some("Ribuan Ikan Nila Mati")
        );
        // Marks that pair inside the line, or enclose no word, stay.
        for line in [
            "*Baca* juga kabar lain",
            "***",
            "_ _",
            "**Baca juga:** Banjir di Delta Pawan",
            "*) Data sementara",
        ] {
            assert_eq!(whole_line_emphasis(line), None, "{line}");
        }
    }

    #[test]
    fn a_pin_before_a_dateline_is_decoration() {
        assert_eq!(
            pinned_dateline("📍NGAWI – Pemerintah Kabupaten Ngawi akan menggelar festival benteng")
                .as_deref(),
            Some("NGAWI – Pemerintah Kabupaten Ngawi akan menggelar festival benteng")
        );
        // A pin before a place alone, or before words in ordinary case, stays.
        assert_eq!(pinned_dateline("📍 Tembilahan, Riau"), None);
        assert_eq!(
            pinned_dateline("👉 Baca juga – Banjir di Kuindra merendam rumah warga"),
            None
        );
    }

    #[test]
    fn a_pictograph_before_the_line_announcing_a_list_is_decoration() {
        let got = texts(
            "Warga mengungsi.\n\n📍 Ruas jalan yang tergenang paling dalam:\n\
             • Jalan Baharuddin Yusuf\n• Jalan Swarna Karya\n\n📍 Tembilahan, Riau\n\n\
             👉 Baca juga: Banjir di Kuindra",
        );
        assert!(
            got.contains(&"Ruas jalan yang tergenang paling dalam:".to_string()),
            "{got:?}"
        );
        // No list under it: the pictograph stays.
        assert!(got.contains(&"📍 Tembilahan, Riau".to_string()), "{got:?}");
        assert!(
            got.contains(&"👉 Baca juga: Banjir di Kuindra".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_dateline_set_in_bold_or_italics_loses_its_marks() {
        assert_eq!(
            emphasised_dateline("**SINTANG** – Sebanyak 36 penenun muda dari Desa Ensaid Panjang")
                .as_deref(),
            Some("SINTANG – Sebanyak 36 penenun muda dari Desa Ensaid Panjang")
        );
        assert_eq!(
            emphasised_dateline("*KETAPANG (Pawan FM)* – Ratusan warga memadati halaman pasar itu")
                .as_deref(),
            Some("KETAPANG (Pawan FM) – Ratusan warga memadati halaman pasar itu")
        );
        assert_eq!(
            emphasised_dateline("**Solwezi |** More than 1,200 traders have been moved to a site")
                .as_deref(),
            Some("Solwezi | More than 1,200 traders have been moved to a site")
        );
        // A bold label, a kicker or a lead-in that is no dateline keeps its marks.
        for line in [
            "**Baca Juga:** Banjir Rendam Tiga Desa di Kecamatan Delta Pawan Hari Ini",
            "**Editor's note** – this story was updated on Friday with new figures",
            "**SINTANG** – Dibuka",
            "*Sintang* adalah kota di tepi Sungai Kapuas yang ramai pada musim panen",
            "**Solwezi |** – More than 1,200 traders have been moved to a site",
            "**Pantai Kuta** – Pantai ini terkenal dengan matahari terbenam yang indah.",
            "**Catatan Redaksi** – Artikel ini telah diperbarui dengan keterangan polisi.",
        ] {
            assert_eq!(emphasised_dateline(line), None, "{line}");
        }
        let got =
            texts("Judul\n\n**SINTANG** – Sebanyak 36 penenun muda dari Desa Ensaid Panjang.");
        assert!(
            got.contains(
                &"SINTANG – Sebanyak 36 penenun muda dari Desa Ensaid Panjang.".to_string()
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_run_of_pictured_bullets_under_a_colon_is_a_list() {
        let got = texts(
            "Para taruna membagikan panduan perawatan mesin, antara lain:\n\
             👉 bilas mesin dengan air tawar setiap selesai melaut;\n\
             👉 periksa dan bersihkan busi setidaknya seminggu sekali.\n\
             \n\
             Asrama itu dilengkapi:\n\
             \n\
             ● 12 kamar tidur;\n\
             ● dapur umum.\n\
             \n\
             Ikuti kami untuk kabar terbaru.\n\
             👉 Baca selengkapnya di situs kami\n\
             👉 Gabung saluran WhatsApp kami\n\
             \n\
             Video terkait:\n\
             ▶ Video: banjir di Tual\n\
             ▶ Video: longsor di Ambon\n\
             \n\
             Under the schedule, which took effect on Monday:\n\
             \n\
             -- Nchanga North receives water from 04:00 to 10:00 hours;\n\
             -- Kasompe receives water from 14:00 to 20:00 hours.\n\
             -- BERNAMA\n\
             \n\
             -- ENDS --\n\
             -- BERNAMA",
        );
        let items: Vec<&String> = got.iter().filter(|l| l.starts_with("• ")).collect();
        assert_eq!(
            items,
            [
                "• bilas mesin dengan air tawar setiap selesai melaut;",
                "• periksa dan bersihkan busi setidaknya seminggu sekali.",
                "• 12 kamar tidur;",
                "• dapur umum.",
                "• Nchanga North receives water from 04:00 to 10:00 hours;",
                "• Kasompe receives water from 14:00 to 20:00 hours.",
            ],
            "{got:?}"
        );
        assert!(got.contains(&"👉 Baca selengkapnya di situs kami".to_string()));
        assert!(got.contains(&"▶ Video: banjir di Tual".to_string()));
        assert!(got.contains(&"-- ENDS --".to_string()));
        assert!(got.contains(&"-- BERNAMA".to_string()));
    }

    #[test]
    fn middle_dots_and_items_pictured_each_their_own_way_under_a_colon_are_bulleted() {
        let got = texts(
            "Police urged farmers to:\n\
             \u{b7}         mark all their animals as the Act requires;\n\
             \u{b7}         count their flocks every day.\n\
             \n\
             Kapal yang batal berlayar hari ini antara lain:\n\
             🚢 KMP Ile Ape, rute Lewoleba–Kupang;\n\
             ⛵ 14 kapal kayu rute Lewoleba–Waiwerang.\n\
             \n\
             📍 Ruas jalan yang tergenang paling dalam:\n\
             ▪️ Jalan Swarna Karya\n\
             ▪️ Jalan Sudirman depan Pasar Terapung\n\
             \n\
             Ikuti kami.\n\
             📱 Instagram kami\n\
             🎵 TikTok kami",
        );
        let items: Vec<&String> = got.iter().filter(|l| l.starts_with("• ")).collect();
        assert_eq!(
            items,
            [
                "• mark all their animals as the Act requires;",
                "• count their flocks every day.",
                "• KMP Ile Ape, rute Lewoleba–Kupang;",
                "• 14 kapal kayu rute Lewoleba–Waiwerang.",
                "• Jalan Swarna Karya",
                "• Jalan Sudirman depan Pasar Terapung",
            ],
            "{got:?}"
        );
        assert!(got.contains(&"📱 Instagram kami".to_string()), "{got:?}");
    }

    #[test]
    fn short_lines_in_lower_case_under_a_colon_in_an_unwrapped_text_are_a_list() {
        let lead = "Voters in the Chinook school district approved a $4.2 million bond on Tuesday, \
                    clearing the way for the first major repairs to the district's two \
                    buildings in more than thirty years, the district's clerk said.";
        let got = texts(&format!(
            "{lead}\n\nThe bond will pay for:\n\n\
             a new roof over the elementary school and the gym\n\
             a high-efficiency boiler and new heating controls\n\n\
             Work starts in the spring."
        ));
        assert!(
            got.contains(&"• a new roof over the elementary school and the gym".to_string())
                && got.contains(&"• a high-efficiency boiler and new heating controls".to_string()),
            "{got:?}"
        );
        // A page without blank lines ends the list at the line opening in capitals.
        let got = texts(&format!(
            "{lead}\nVolunteers reported the weakest sound at:\n\
             homes at the east end of Tow Hill Road\n\
             the upper streets of Old Massett, away from the water\n\
             \"That's exactly why we test,\" Brennan said."
        ));
        assert!(
            got.contains(&"• homes at the east end of Tow Hill Road".to_string())
                && got.contains(&"\"That's exactly why we test,\" Brennan said.".to_string()),
            "{got:?}"
        );
        // Under a line of no colon, or in a text with no long paragraph, a line in lower case
        // still runs on from a line that closes no sentence.
        let got =
            texts("The bond will pay for\nnew roofs over the school and the gym, the clerk said.");
        assert_eq!(
            got,
            ["The bond will pay for new roofs over the school and the gym, the clerk said."]
        );
    }

    #[test]
    fn a_printed_columns_paragraphs_set_without_blank_lines_part_where_sentences_close() {
        let got = texts(
            "Wheat stem sawfly cut winter wheat yields by a quarter or more\n\
             in some fields this year, and researchers at the center say\n\
             growers who plant hollow-stem varieties again next fall should\n\
             expect more of the same.\n\
             Sawfly larvae bore down through the stem and cut it near the\n\
             ground just before harvest, so the heads fall over and cannot\n\
             be picked up by the combine, in 41 of the 52 fields checked.\n\
             \"We have gone from a problem in a few pockets to a problem\n\
             across most of the Hi-Line,\" said Ethan Rasmussen, who leads\n\
             the survey for the center.\n\
             Rasmussen spoke to about 80 growers at a field day held by Dr.\n\
             Maria Lund and the extension office at the center in November.",
        );
        assert_eq!(
            got,
            [
                "Wheat stem sawfly cut winter wheat yields by a quarter or more in some fields \
                 this year, and researchers at the center say growers who plant hollow-stem \
                 varieties again next fall should expect more of the same.",
                "Sawfly larvae bore down through the stem and cut it near the ground just before \
                 harvest, so the heads fall over and cannot be picked up by the combine, in 41 of \
                 the 52 fields checked.",
                "\"We have gone from a problem in a few pockets to a problem across most of the \
                 Hi-Line,\" said Ethan Rasmussen, who leads the survey for the center.",
                "Rasmussen spoke to about 80 growers at a field day held by Dr. Maria Lund and the \
                 extension office at the center in November.",
            ]
        );
    }

    #[test]
    fn a_box_drawn_inside_a_paragraph_stands_apart_and_the_paragraph_runs_on_under_it() {
        let got = texts(
            "Association president Rob Gilham said the new wicket\n\
             had been a six-year project for a small band of well-\n\
             \u{20}    ┌────────────────────────────────┐\n\
             \u{20}    │  KING ISLAND HARDWARE & RURAL  │\n\
             \u{20}    └────────────────────────────────┘\n\
             known volunteers, and that the turf had survived a dry\n\
             spring thanks to the council's bore water.\n\
             \n\
             ┌──────────────┐\n\
             │  Scores  │\n\
             └──────────────┘\n\
             \n\
             round one went to Currie, who beat Grassy by seven wickets on\n\
             the new turf at the recreation ground on Saturday afternoon.",
        );
        assert_eq!(
            got,
            [
                "┌────────────────────────────────┐",
                "│ KING ISLAND HARDWARE & RURAL │",
                "└────────────────────────────────┘",
                "Association president Rob Gilham said the new wicket had been a six-year project \
                 for a small band of well-known volunteers, and that the turf had survived a dry \
                 spring thanks to the council's bore water.",
                "┌──────────────┐",
                "│ Scores │",
                "└──────────────┘",
                "round one went to Currie, who beat Grassy by seven wickets on the new turf at the \
                 recreation ground on Saturday afternoon.",
            ]
        );
    }

    #[test]
    fn what_looks_like_a_list_but_is_a_credit_a_counter_a_wrapped_quote_or_an_abbreviation() {
        // A credit and a counter under a pictured line are no items of its list.
        let got = texts(
            "Warga dapat menghubungi posko BPBD Lembata:\n\
             📞 0812-3456-7890 (Siprianus)\n\
             ✍️ Arnoldus Wahon\n\
             ❤️ 214 👍 88",
        );
        assert!(!got.iter().any(|l| l.starts_with("• ")), "{got:?}");
        // A notice quoted under "reads:", wrapped mid-phrase, is no list; items opening with a
        // figure are.
        let lead = "The Havre municipal pool closed for the rest of the season on Friday after a \
                    broken water main flooded its basement pump room, leaving families who had \
                    bought season passes with nowhere to swim, the city said.";
        let got = texts(&format!(
            "{lead}\n\nA handwritten notice on the gate reads:\n\n\
             closed until further notice due to\n\
             flooding in the pump room, passes will\n\
             be honored at the Chinook pool\n\n\
             The bond will pay for:\n\n\
             2 new buses for the rural routes\n\
             a high-efficiency boiler and new heating controls"
        ));
        assert!(
            got.contains(
                &"closed until further notice due to flooding in the pump room, passes will be \
                  honored at the Chinook pool"
                    .to_string()
            ),
            "{got:?}"
        );
        assert!(
            got.contains(&"• 2 new buses for the rural routes".to_string()),
            "{got:?}"
        );
        // "vs." closing a line of a column set without blank lines closes no sentence.
        let got = texts(
            "Hanson coached the team to the 2009 title, and he was an assistant at the time\n\
             of the Blue Ponies' last win over CMR, in the final game that year, when he was a\n\
             young coach.\n\
             It was the first time since 2019 that Havre beat CMR twice, a feat the school\n\
             last managed with the title team, which Hanson coached as an assistant vs.\n\
             Billings West in the final game that year.\n\
             Tickets for the state tournament go on sale Monday at the high school office\n\
             and online.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_documents_footer_naming_it_before_its_page_count_is_a_page_count() {
        assert!(is_page_count(
            "Humas Polres Kepulauan Meranti · Siaran Pers Nomor SP/58/XI/2026   Halaman 1 dari 2"
        ));
        assert!(is_page_count("Page 2 of 3"));
        assert!(!is_page_count("The ruling is on page 1 of 2."));
        assert!(!is_page_count("Halaman 3 dari 2"));
    }

    /// `lines` after `glyph_bullets`.
    fn bulleted(lines: &[&str]) -> Vec<String> {
        let mut raw: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        glyph_bullets(&mut raw);
        raw
    }

    #[test]
    fn play_marks_and_bracketed_letters_under_a_colon_are_items_but_a_players_links_are_not() {
        let raw = bulleted(&[
            "Bupati menyebut empat prioritas belanja tahun depan:",
            "▶️ pengaspalan ruas jalan Namrole–Waesama, Rp42 miliar;",
            "▶️ Video surveillance cameras at the ticket booth, Rp80 juta;",
            "▶️ dua ambulans laut untuk desa pesisir, Rp4,2 miliar.",
            "She ordered Tiller to:",
            "(a) pay $12,000 in fines;",
            "(b) not own, buy or care for sheep for 10 years.",
            "Video terkait:",
            "▶ Video: banjir di Tual",
            "▶️ Tonton juga: longsor di Ambon",
        ]);
        assert_eq!(
            raw.iter()
                .filter_map(|l| l.strip_prefix("• "))
                .collect::<Vec<_>>(),
            [
                "pengaspalan ruas jalan Namrole–Waesama, Rp42 miliar;",
                "Video surveillance cameras at the ticket booth, Rp80 juta;",
                "dua ambulans laut untuk desa pesisir, Rp4,2 miliar.",
                "pay $12,000 in fines;",
                "not own, buy or care for sheep for 10 years.",
            ],
            "{raw:?}"
        );
    }

    #[test]
    fn items_numbered_in_brackets_roman_or_capital_under_a_colon_are_a_list() {
        let raw = bulleted(&[
            "The board agreed instead to:",
            "(1) commission an independent study by June 2027;",
            "(2) review the cap again once the study is finished;",
            "(3) hold a community meeting in February.",
            "Pemohon meminta majelis untuk:",
            "(i) membatalkan surat keputusan bupati;",
            "(ii) memulihkan hak masyarakat adat;",
            "(iii) membebankan biaya perkara kepada tergugat.",
            "The order sets two duties:",
            "(A) report each catch within a day;",
            "(B) keep the logbook for five years.",
            "Lettered up to i:",
            "(a) one;",
            "(b) two;",
            "(c) three;",
            "(d) four;",
            "(e) five;",
            "(f) six;",
            "(g) seven;",
            "(h) eight;",
            "(i) nine.",
        ]);
        let items: Vec<&str> = raw.iter().filter_map(|l| l.strip_prefix("• ")).collect();
        assert_eq!(items.len(), 17, "{raw:?}");
        assert_eq!(items[0], "commission an independent study by June 2027;");
        assert_eq!(items[4], "memulihkan hak masyarakat adat;");
        assert_eq!(items[7], "keep the logbook for five years.");
        assert_eq!(items[16], "nine.");
        // A list opens at its first place: "(2)" or "(ii)" alone opens none, nor do items out
        // of order or of two kinds.
        let raw = bulleted(&[
            "Dua hal:",
            "(2) dua;",
            "(3) tiga.",
            "Other kinds:",
            "(i) one;",
            "(b) two.",
            "Out of order:",
            "(A) first;",
            "(C) third.",
        ]);
        assert!(raw.iter().all(|l| !l.starts_with("• ")), "{raw:?}");
    }

    #[test]
    fn a_print_pages_wrap_width_is_read_from_its_breaks_among_lists_and_menus() {
        // A browser's PDF of an article page: paragraphs without blank lines, a menu, a list,
        // short lines; too few long lines at the width for the wrap's usual reading.
        let text = "Home Berita Daerah Adat Pendidikan Opini Indeks\n\
                    Peta Wilayah Adat Tujuh Marga di Aitinyo Diserahkan\n\
                    AITINYO – Tujuh marga di Distrik Aitinyo, Kabupaten Maybrat, menyerahkan peta\n\
                    wilayah adat mereka kepada pemerintah kabupaten, Selasa. Peta seluas sekitar\n\
                    38.600 hektare itu disusun selama dua tahun oleh pendamping Perkumpulan Bentara\n\
                    Tanah Maybrat.\n\
                    https://tifaaitinyo.com/adat/peta-wilayah-adat-tujuh-marga-di-aitinyo 1/2\n\
                    Penyerahan berlangsung di balai Kampung Tehak Kecil dan diterima Asisten I\n\
                    Kabupaten Maybrat, Obaja Momot. Hadir pula tokoh gereja.\n\
                    Menurut Melkias, pemetaan dilakukan dalam empat tahap:\n\
                    1) musyawarah setiap marga;\n\
                    2) penelusuran batas dengan GPS;\n\
                    Ketua tim pemetaan, Melkias Kambuaya, mengatakan setiap batas marga ditentukan\n\
                    lewat musyawarah dan penelusuran langsung di lapangan. Tim berjalan kaki\n\
                    menyusuri sungai, bukit, dan bekas kampung lama bersama para tua adat yang\n\
                    mengetahui batas. Orang tua kami tahu batas itu dari cerita dan dari pohon yang\n\
                    ditanam moyang, kata Melkias.\n\
                    Marga di Aifat Selatan Mulai Petakan Dusun Sagu 2 hari lalu\n";
        let got = texts(text);
        assert!(
            got.iter().any(|l| l.starts_with("AITINYO – Tujuh marga")
                && l.ends_with("Perkumpulan Bentara Tanah Maybrat.")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|l| l.starts_with("Penyerahan") && l.ends_with("tokoh gereja.")),
            "{got:?}"
        );
        assert!(
            got.contains(&"1) musyawarah setiap marga;".to_string()),
            "{got:?}"
        );
        assert!(
            got.contains(
                &"Marga di Aifat Selatan Mulai Petakan Dusun Sagu 2 hari lalu".to_string()
            ),
            "{got:?}"
        );
        // The breaks alone tell the column: the lines broken mid-sentence end near it.
        let raw: Vec<String> = text.lines().map(String::from).collect();
        assert!(
            breaks_width(&raw).is_some_and(|(w, _)| (70..=85).contains(&w)),
            "{:?}",
            breaks_width(&raw)
        );
    }

    #[test]
    fn a_list_item_a_column_breaks_goes_on_under_it_whatever_its_case() {
        let column = "The Skidegate Saints will open the\n\
                      31st Islands Hoops Classic on Friday\n\
                      night in front of what organizers\n\
                      expect to be the biggest crowd the\n\
                      tournament has drawn, with 22 teams\n\
                      coming from across Haida Gwaii and\n\
                      the Nass Valley this weekend.\n\n\
                      Friday's opening games:\n";
        let got = texts(&format!(
            "{column}■ 6 p.m. Skidegate Saints vs.\nPrince Rupert Flyers\n\
             ■ 7:30 p.m. Masset Ravens vs. Nass\nValley Thunder\n\n\
             Admission is $5 for adults and free for elders and\n\
             children under 12, the organizers said on Monday."
        ));
        let items: Vec<&String> = got.iter().filter(|l| l.starts_with("• ")).collect();
        assert_eq!(
            items,
            [
                "• 6 p.m. Skidegate Saints vs. Prince Rupert Flyers",
                "• 7:30 p.m. Masset Ravens vs. Nass Valley Thunder"
            ],
            "{got:?}"
        );
        // An item short of the width ends on its line: what stands under it is the text's own.
        let got = texts(&format!(
            "{column}■ 6 p.m. Saints vs. Flyers\nSaturday\n■ 9 p.m. Storm vs. Ravens\n\
             Admission is free."
        ));
        assert!(got.contains(&"Saturday".to_string()), "{got:?}");
        assert!(got.contains(&"Admission is free.".to_string()), "{got:?}");
    }

    #[test]
    fn wrapped_dash_items_and_a_lettered_list_under_a_colon_are_bulleted() {
        let raw = bulleted(&[
            "If approved, growers will be able to apply for:",
            "",
            "-- concessional loans of up to $250,000 to replant and repair sheds",
            "and irrigation;",
            "-- freight subsidies for replacement plants.",
            "The conference is asking for:",
            "— direct payments to fishing households;",
            "— money for freezers and fuel.",
            "5. DKP mengambil langkah-langkah sebagai berikut:",
            "a. menurunkan enam tim penyuluh;",
            "b. menyalurkan bibit rumput laut.",
            "The bill passed the House",
            "-- who has said he will sign it -- hours before the deadline.",
            "— far less than the 5 per cent members voted for.",
            "Sanksi yang dijatuhkan:",
            "i. membayar denda;",
            "j. mengganti rugi.",
        ]);
        assert_eq!(
            raw.iter()
                .filter_map(|l| l.strip_prefix("• "))
                .collect::<Vec<_>>(),
            [
                "concessional loans of up to $250,000 to replant and repair sheds",
                "freight subsidies for replacement plants.",
                "direct payments to fishing households;",
                "money for freezers and fuel.",
                "menurunkan enam tim penyuluh;",
                "menyalurkan bibit rumput laut.",
            ],
            "{raw:?}"
        );
        assert_eq!(raw[3], "and irrigation;");
    }

    #[test]
    fn an_end_mark_after_the_last_sentence_goes_and_the_sentence_stays() {
        assert_eq!(
            strip_end_mark("selama pembersihan berlangsung.***"),
            "selama pembersihan berlangsung."
        );
        assert_eq!(strip_end_mark("until January. ###"), "until January.");
        assert_eq!(strip_end_mark("kata dia. (***)"), "kata dia.");
        assert_eq!(
            strip_end_mark("said on Friday.\" (END)"),
            "said on Friday.\""
        );
        assert_eq!(
            strip_end_mark("hingga Desember. [habis]"),
            "hingga Desember."
        );
        // Alone on its line, or not after a sentence, the mark is no end mark to cut.
        assert_eq!(strip_end_mark("***"), "***");
        assert_eq!(strip_end_mark("Rating ***"), "Rating ***");
        assert_eq!(strip_end_mark("Kata akhir (end)"), "Kata akhir (end)");
    }

    #[test]
    fn a_back_jump_may_carry_its_label_and_head_after_a_colon() {
        for line in [
            "FLOOD PLAN: Continued from page 3",
            "Sambungan dari hal 1: Feri Berhenti Beroperasi",
            "FERRY from Page 1",
            "Sambungan dari Hal 1",
            "SUNGAI OGAN MELUAP Sambungan dari Hal. 1",
            "BRIDGE, from A1",
        ] {
            assert_eq!(page_jump(line), Some(Jump::Back), "{line}");
        }
        for line in [
            "From page 1: the council said it would vote again.",
            "Flood plan: continued from page 3 of the report, the council says more.",
            "The mayor flew home from A1 Airport.",
            "HAMILTON'S EXIT FROM F1",
            "From G20: Leaders back debt relief for poorest nations",
        ] {
            assert_eq!(page_jump(line), None, "{line}");
        }
    }

    #[test]
    fn closing_initials() {
        assert_eq!(strip_initials("Akhir berita. (nvc/dna)"), "Akhir berita.");
        assert_eq!(strip_initials("Kata (AS) tetap."), "Kata (AS) tetap.");
        assert!(is_initials("(aud/agt)"));
        assert_eq!(strip_initials("kata dia. (*)"), "kata dia.");
        // One desk code alone closes a report the same way, in any outlet's letters.
        assert_eq!(strip_initials("pengawas karang. (ste)"), "pengawas karang.");
        assert_eq!(strip_initials("kata Budi.\" (ant1)"), "kata Budi.\"");
        assert_eq!(strip_initials("Rumah warga. (dok)"), "Rumah warga. (dok)");
        // A desk crediting the reports it drew on closes the story as a sign-off does.
        assert_eq!(
            strip_initials("A fast lane was opened. (With reports from PIA/PN)"),
            "A fast lane was opened."
        );
        assert_eq!(
            strip_initials("Warga diminta waspada. (Dengan laporan Antara)"),
            "Warga diminta waspada."
        );
        assert_eq!(
            strip_initials("The plan (with reports from aides) failed"),
            "The plan (with reports from aides) failed"
        );
        assert_eq!(strip_initials("Harga naik (ini)"), "Harga naik (ini)");
        assert_eq!(strip_initials("Cuaca buruk. (BMKG)"), "Cuaca buruk. (BMKG)");
        // A desk's code numbered for its reporter signs too; a disease's name does not.
        assert_eq!(
            strip_initials("jaga rumah,” tuturnya. (PT-07)"),
            "jaga rumah,” tuturnya."
        );
        assert!(is_initials("(BKA-05)"));
        assert_eq!(
            strip_initials("Kasus naik. (COVID-19)"),
            "Kasus naik. (COVID-19)"
        );
        for text in [
            "Jalan ditutup. (KM-1250)",
            "hingga titik pertemuan di dekat rest area. (KM-102)",
            "jatuh di perairan Karawang pada 2018. (JT-610)",
        ] {
            assert_eq!(strip_initials(text), text);
        }
        // A desk number, or the writer's name beside the outlet, in lower case.
        assert_eq!(strip_initials("tersebut. (mcr8/jpnn)"), "tersebut.");
        assert_eq!(
            strip_initials("Oktober. (Ketut Winata/balipost)"),
            "Oktober."
        );
        assert_eq!(
            sign_off_names("Oktober. (Ketut Winata/balipost)"),
            ["Ketut Winata"]
        );
        assert!(sign_off_names("Akhir berita. (nvc/dna)").is_empty());
        // Photo credits and text in brackets stay.
        assert_eq!(
            strip_initials("Suasana pelabuhan. (BP/Dokumen)"),
            "Suasana pelabuhan. (BP/Dokumen)"
        );
        assert_eq!(
            strip_initials("Warga antre. (MI/Ramdani)"),
            "Warga antre. (MI/Ramdani)"
        );
        assert_eq!(
            strip_initials("Dana dari anggaran (APBN/APBD)"),
            "Dana dari anggaran (APBN/APBD)"
        );
        // Square brackets close a report too, with a code in capitals alone.
        assert_eq!(strip_initials("kata Budi. [rin/dwi]"), "kata Budi.");
        assert_eq!(strip_initials("tahun lalu. [ABS]"), "tahun lalu.");
        assert_eq!(strip_initials("tahun lalu (BPS]"), "tahun lalu (BPS]");
        assert_eq!(strip_initials("Harga naik [sic]"), "Harga naik [sic]");
        // Initials joined by a dot, a hyphen or a comma, as others by a slash.
        assert_eq!(strip_initials("di masyarakat. [rud.fw]"), "di masyarakat.");
        assert_eq!(strip_initials("kata dia. (ant-rd)"), "kata dia.");
        assert_eq!(
            strip_initials("the market. (bbc.com)"),
            "the market. (bbc.com)"
        );
    }

    #[test]
    fn a_byline_in_lower_case_under_the_headline_is_its_own_line() {
        assert_eq!(
            texts(
                "Mangroves return to Sumba bay, study finds\nby Hans Nicholas Jong on 9 July 2025\n\nText."
            ),
            [
                "Mangroves return to Sumba bay, study finds",
                "by Hans Nicholas Jong on 9 July 2025",
                "Text."
            ]
        );
        assert_eq!(
            texts("Harga beras naik lagi\noleh Rina Marlina\n\nTeks."),
            ["Harga beras naik lagi", "oleh Rina Marlina", "Teks."]
        );
        // Further down, the same shape continues a wrapped sentence.
        assert_eq!(
            texts("Judul\n\nThe report was written\nby John Smith on Monday."),
            ["Judul", "The report was written by John Smith on Monday."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "Menteri luar negeri Jepang\nmengatakan hal itu\npada Kamis.\nParagraf baru.\n\nJudul Kecil\nIsi.";
        assert_eq!(
            texts(text),
            [
                "Menteri luar negeri Jepang mengatakan hal itu pada Kamis.",
                "Paragraf baru.",
                "Judul Kecil",
                "Isi."
            ]
        );
    }

    #[test]
    fn a_series_set_one_item_a_line_under_a_colon_is_a_list() {
        let long = "Setiap kader menerima satu paket setelah pelatihan selama tiga hari di aula \
                    puskesmas, dan paket itu dibagikan oleh petugas puskesmas yang turun ke \
                    kampung-kampung dampingan pada pekan berikutnya, berisi:";
        let text = format!(
            "{long}\n50 alat tes cepat malaria,\nobat antimalaria untuk 20 pasien,\nbuku \
             catatan pasien, dan\nkotak kecil untuk menyimpan obat.\n\nParagraf lain."
        );
        assert_eq!(
            texts(&text)[1..5],
            [
                "• 50 alat tes cepat malaria,",
                "• obat antimalaria untuk 20 pasien,",
                "• buku catatan pasien, dan",
                "• kotak kecil untuk menyimpan obat.",
            ]
        );
        // A verse's lines break at commas too, "and" before the last, but they speak.
        let verse = format!(
            "{long}\nour river is older than the road,\nour songs are older than the river, \
             and\nour children will carry them home."
        );
        assert!(
            !texts(&verse).iter().any(|l| l.starts_with('•')),
            "{:?}",
            texts(&verse)
        );
    }

    #[test]
    fn a_block_closing_sentences_where_the_next_word_would_have_fit_ends_paragraphs_there() {
        // Wrapped at about 60 columns, no blank lines between paragraphs: three lines close a
        // sentence with room left for the next line's first word; one fills its width.
        let text = "Jembatan beton di atas Kali Dagai di Distrik Mewoluk resmi\n\
                    dibuka untuk umum pada Kamis oleh bupati kota.\n\
                    Sejak jembatan lama hanyut warga lima kampung menyeberang\n\
                    dengan tali di antara dua pohon di tepi kali.\n\
                    Kepala dinas mengatakan jembatan itu dibangun dengan dana\n\
                    otonomi khusus dan dikerjakan selama tujuh bulan pada 2026.\n\
                    Pengerjaan dimulai pada Mei dan sempat terhenti dua bulan\n\
                    karena hujan deras dan jalan rusak di Mewoluk.\n\
                    Warga menyambut jembatan baru itu dengan syukuran di kampung\n\
                    dan menari bersama para pekerja sampai sore.";
        assert_eq!(
            texts(text),
            [
                "Jembatan beton di atas Kali Dagai di Distrik Mewoluk resmi dibuka untuk umum pada Kamis oleh bupati kota.",
                "Sejak jembatan lama hanyut warga lima kampung menyeberang dengan tali di antara dua pohon di tepi kali.",
                "Kepala dinas mengatakan jembatan itu dibangun dengan dana otonomi khusus dan dikerjakan selama tujuh bulan pada 2026. Pengerjaan dimulai pada Mei dan sempat terhenti dua bulan karena hujan deras dan jalan rusak di Mewoluk.",
                "Warga menyambut jembatan baru itu dengan syukuran di kampung dan menari bersama para pekerja sampai sore.",
            ]
        );
    }

    #[test]
    fn a_speech_log_wrapped_at_its_width_ends_a_paragraph_where_the_next_word_would_have_fit() {
        // Cut at 60 columns as copied, roles and their spaces counted: "kata Yakob." left room
        // for "Kami", so the paragraph ended there.
        let text = "tautan  Beranda\ntautan  Daerah\ntautan  Indeks\n\
                    judul tingkat 1  Harga Beras Naik di Pasar Elelim\n\
                    Menurut Yakob, stok beras di gudang Bulog cukup sampai Januari\n\
                    dan pemerintah akan menggelar operasi pasar, kata Yakob.\n\
                    \"Kami minta pedagang tidak menimbun barang,\" katanya di\n\
                    kantor dinas  tautan  perdagangan  pada Selasa pagi kemarin.";
        let got = texts(text);
        assert!(
            got.contains(&"Menurut Yakob, stok beras di gudang Bulog cukup sampai Januari dan pemerintah akan menggelar operasi pasar, kata Yakob.".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_paragraph_runs_on_across_a_browsers_print_margins() {
        // A page printed to PDF: the page break falls mid-sentence, between the footer (the
        // address and the page count) and the next page's header (print date, time, title).
        let header = "3/12/26, 8:05 PM          Harga Gabah Anjlok – Kebumen Ekspres";
        let footer = "https://kebumenekspres.com/2026/03/10/harga-gabah/          1/2";
        let text = format!(
            "{header}\n\nHarga Gabah Anjlok\n\nIa berharap pemerintah membeli gabah dari petani. Menurut\n{footer}\n\n{header}\ndia, petani kecil tidak punya gudang.\n\nParagraf lain.\n\n{}",
            footer.replace("1/2", "2/2")
        );
        let lines = texts(&text);
        assert!(
            lines.contains(
                &"Ia berharap pemerintah membeli gabah dari petani. Menurut dia, petani kecil tidak punya gudang."
                    .to_string()
            ),
            "{lines:?}"
        );
        // The footer stays a line of its own, for the page to drop as noise.
        assert!(
            lines.contains(&"https://kebumenekspres.com/2026/03/10/harga-gabah/ 1/2".to_string()),
            "{lines:?}"
        );
        assert!(lines.contains(&"Paragraf lain.".to_string()), "{lines:?}");
        // A header on two lines, the print's date and time alone over the page's title.
        let (stamp, title) = (
            "8/12/26, 3:14 pm",
            "Penneshaw on tight water limits - Dudley Peninsula Post",
        );
        let text = format!(
            "{stamp}\n{title}\n\nPenneshaw on tight water limits\n\nSA Water said crews were working around\n{footer}\n{stamp}\n{title}\nthe clock to fit the new pump.\n\n{}",
            footer.replace("1/2", "2/2")
        );
        let lines = texts(&text);
        assert!(
            lines.contains(
                &"SA Water said crews were working around the clock to fit the new pump."
                    .to_string()
            ),
            "{lines:?}"
        );
        // A line opening with a date and a time, in a text with no print footer, is prose.
        let plain =
            "Gempa Guncang Bima\n\n3/12/26, 8:05 PM ada gempa di Bima dan\nwarga keluar rumah.";
        assert_eq!(
            texts(plain),
            [
                "Gempa Guncang Bima",
                "3/12/26, 8:05 PM ada gempa di Bima dan warga keluar rumah."
            ]
        );
    }

    #[test]
    fn a_wrapped_text_stays_wrapped_beside_a_few_long_lines_never_wrapped() {
        // A caption and a link pasted whole run past the width; the story is still wrapped,
        // and a line ending near the width runs on into "Kecamatan …" and "Ariyanto …".
        let text = "SOLOPOS.COM - Warga mengevakuasi barang dari rumah yang terendam banjir di Desa Telukan, Grogol, Sukoharjo, Kamis (13/3/2025) malam. (Solopos/Indah)\n\
                    \n\
                    Solopos.com, SUKOHARJO — Tanggul Sungai Bengawan Solo di Desa Telukan,\n\
                    Kecamatan Grogol, Kabupaten Sukoharjo, jebol sepanjang sekitar 15 meter pada\n\
                    Kamis (13/3/2025) malam. Air merendam sedikitnya 300 rumah di tiga dusun\n\
                    dengan ketinggian hingga satu meter.\n\
                    \n\
                    Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Sukoharjo\n\
                    Ariyanto Mulyatmojo mengatakan tanggul tidak mampu menahan debit sungai yang\n\
                    naik sejak sore akibat hujan deras di wilayah hulu dan anak sungai.\n\
                    \n\
                    Baca selengkapnya di https://www.solopos.com/tanggul-bengawan-solo-di-grogol-jebol-300-rumah-terendam-2071234\n\
                    \n\
                    Sebanyak 214 warga mengungsi di Balai Desa Telukan dan gedung sekolah dasar\n\
                    terdekat. Dapur umum didirikan oleh relawan bersama Dinas Sosial Sukoharjo.\n";
        let got = texts(text);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got[1].ends_with("hingga satu meter."), "{}", got[1]);
        assert!(got[2].starts_with("Kepala Pelaksana") && got[2].ends_with("anak sungai."));
    }

    #[test]
    fn a_list_of_results_beside_long_paragraphs_is_no_wrapped_text() {
        // Twelve lines of similar length, none running on into lower case, and three long
        // paragraphs: the lines are a list, each its own line.
        let items = [
            "Persib Bandung 2-1 Persija Jakarta (Gelora Bandung Lautan Api)",
            "Bali United 0-0 Borneo FC (Kapten I Wayan Dipta, Gianyar)",
            "Arema FC 3-2 PSM Makassar (Kanjuruhan Stadium, Malang)",
            "Persebaya Surabaya 1-0 Madura United (Gelora Bung Tomo)",
            "Dewa United 2-2 PSIS Semarang (Indomilk Arena, Tangerang)",
            "Persita Tangerang 0-1 Bhayangkara FC (Indomilk Arena)",
            "Semen Padang 1-3 Malut United (Haji Agus Salim Stadium)",
            "PSBS Biak 2-0 Persis Solo (Lukas Enembe Stadium, Jayapura)",
            "Persik Kediri 1-1 PSM Makassar B (Brawijaya Stadium, Kediri)",
            "Persiraja 0-2 Sriwijaya FC (Harapan Bangsa Stadium, Aceh)",
            "PSS Sleman 1-2 Persela Lamongan (Maguwoharjo, Sleman)",
            "Barito Putera 3-1 Kalteng Putra (Demang Lehman, Martapura)",
        ];
        let long = "Coach Bojan Hodak said his side had been lucky to hold on in the final ten minutes, when Persija pressed for an equaliser and twice hit the woodwork from set pieces.";
        let text = format!(
            "Persib Tops Liga 1 Table After Week 14\n\n{long}\n\nWeek 14 results:\n\n{}\n\n{long}\n\n{long}\n",
            items.join("\n")
        );
        let got = texts(&text);
        for item in items {
            assert!(
                got.iter().any(|l| l == item),
                "{item} not a line of its own: {got:?}"
            );
        }
    }

    /// Two paragraphs of a story wrapped at 76 columns, to make a text read as hard-wrapped.
    const WRAPPED_TAIL: &str = "\n\
        Sebanyak 214 warga mengungsi di Balai Desa Telukan dan gedung sekolah dasar\n\
        terdekat. Dapur umum didirikan oleh relawan bersama Dinas Sosial setempat\n\
        dan warga yang tinggal di sekitar balai desa sejak Kamis malam sampai Jumat\n\
        pagi.\n\
        \n\
        Balai Besar Wilayah Sungai mengirim alat berat dan ribuan karung pasir untuk\n\
        menutup tanggul sementara. Kepala balai menyebut perbaikan permanen baru\n\
        bisa dilakukan setelah muka air turun, paling cepat dua pekan lagi menurut\n\
        hitungan petugas yang memantau ketinggian air di pintu air dan di jembatan\n\
        desa itu.\n";

    #[test]
    fn a_wrapped_line_broken_before_a_long_word_runs_on() {
        // 63 columns, then "Transportation": the next word did not fit in 76.
        let text = format!(
            "{WRAPPED_TAIL}\n\
             Transportation Secretary Giovanni Lopez said on Monday that the\n\
             Transportation Department had asked the board to weigh the losses of drivers.\n"
        );
        let got = texts(&text);
        assert!(
            got[2].starts_with("Transportation Secretary") && got[2].ends_with("drivers."),
            "{got:?}"
        );
    }

    #[test]
    fn a_wrapped_dateline_lead_opening_the_text_runs_on() {
        // No headline: the first line is the lead, wrapped like any paragraph.
        let text = format!(
            "TEGAL, RADAR TEGAL - Ratusan nelayan di Pelabuhan Perikanan Pantai Tegalsari,\n\
             Kota Tegal, tidak melaut karena solar langka sejak Senin (7/7/2025) pagi.\n{WRAPPED_TAIL}"
        );
        let got = texts(&text);
        assert!(got[0].ends_with("(7/7/2025) pagi."), "{got:?}");
    }

    #[test]
    fn a_line_at_the_true_width_runs_on_though_most_lines_end_shorter() {
        // Wrapped at 76, most lines end at 67–72: the line of 76 is no unwrapped line.
        let text = "Produksi nikel olahan Indonesia pada semester pertama 2025 naik 18%\n\
                    dibandingkan periode yang sama tahun lalu. Kenaikan ini didorong oleh\n\
                    beroperasinya tiga smelter baru di Sulawesi Tengah dan Maluku Utara.\n\
                    \n\
                    Kementerian Energi dan Sumber Daya Mineral (ESDM) mencatat produksi nickel\n\
                    pig iron dan feronikel mencapai 1,2 juta ton, sedangkan nikel matte mencapai\n\
                    48.000 ton.\n\
                    \n\
                    Menteri ESDM Bahlil Lahadalia mengatakan hilirisasi akan terus menjadi\n\
                    prioritas. \"Kita tidak mau lagi ekspor tanah air. Nilai tambahnya harus\n\
                    dinikmati di dalam negeri,\" ujarnya dalam rapat dengan DPR, Rabu (20/8).\n\
                    \n\
                    Meski produksi naik, harga nikel di pasar global justru tertekan karena\n\
                    pasokan melimpah. Harga nikel di London Metal Exchange turun sekitar 7%\n\
                    sejak awal tahun.\n";
        let got = texts(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got[1].ends_with("nikel matte mencapai 48.000 ton."),
            "{}",
            got[1]
        );
    }

    #[test]
    fn numbered_items_in_a_wrapped_text_stay_items() {
        let text = format!(
            "Syarat yang harus dipenuhi calon penerima beasiswa daerah tahun ini adalah:\n\
             1. berdomisili di kabupaten paling sedikit tiga tahun terakhir;\n\
             2. terdaftar sebagai mahasiswa aktif program diploma atau sarjana;\n\
             3. memiliki indeks prestasi kumulatif paling rendah 3,00.\n{WRAPPED_TAIL}"
        );
        let got = texts(&text);
        assert!(
            got[1].starts_with("1. ") && got[1].ends_with("terakhir;"),
            "{got:?}"
        );
        assert!(
            got[2].starts_with("2. ") && got[3].starts_with("3. "),
            "{got:?}"
        );
    }

    #[test]
    fn lines_wrapped_at_a_fixed_width_join_even_before_a_capital() {
        let text = "Hong Kong will keep subsidising ferry services to its outlying islands\n\
                    for another three years, the government said on Tuesday, as operators\n\
                    warned that fares would otherwise rise by as much as 40 per cent.\n\
                    \n\
                    The Transport Department will spend about HK$1.1 billion on the scheme,\n\
                    which covers routes to Cheung Chau, Lamma Island, Mui Wo and Peng Chau.\n\
                    The money pays for fuel, vessel maintenance and the cost of new, cleaner\n\
                    ferries.\n\
                    \n\
                    Secretary for Transport and Logistics Mable Chan said island residents\n\
                    Chan told the council.\n";
        let got = texts(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].ends_with("new, cleaner ferries."), "{}", got[1]);
        assert!(got[2].starts_with("Secretary for") && got[2].ends_with("Chan told the council."));
    }

    #[test]
    fn a_credit_line_is_not_joined_to_a_wrapped_headline() {
        let para = "Balai besar akan menutup aliran selokan selama sebulan mulai 1 Maret\n\
                    untuk perbaikan talud dan pengerukan sedimen di sepanjang saluran.\n";
        let text = format!(
            "Harianjogja.com\n\
             Selokan Mataram Ditutup Sebulan, Petani Sleman Diminta Tunda Tanam\n\
             Penulis: Catur Dwi Janati\n\n{}\n{}\n{}",
            para, para, para
        );
        let got = texts(&text);
        assert_eq!(got[2], "Penulis: Catur Dwi Janati", "{got:?}");
    }

    #[test]
    fn a_wrapped_headline_runs_on_when_a_credit_below_names_the_writer() {
        let para = "Pemerintah kota melarang truk angkutan batu bara melintas di jalan kota\n\
                    pada siang hari mulai bulan depan untuk mengurangi kemacetan parah.\n";
        let text = format!(
            "Truk Batu Bara Dilarang Melintas di Jalan Kota Palembang pada Siang\n\
             Hari Mulai Juli\n\n\
             Rabu, 18 Juni 2025 14:22\n\
             Reporter: Dewi Lestari\n\n{para}{para}{para}"
        );
        let got = texts(&text);
        assert_eq!(
            got[0],
            "Truk Batu Bara Dilarang Melintas di Jalan Kota Palembang pada Siang Hari Mulai Juli"
        );
        // A date line under a wrapped headline further down is a line of its own.
        let text = format!(
            "Radar Kota\n\n\
             Pendakian Gunung Ditutup Tiga Hari, Gas Belerang Lampaui Ambang Aman\n\
             Selasa, 5 Agustus 2025 | 15:40 WIB\n\n{para}{para}{para}"
        );
        let got = texts(&text);
        assert_eq!(got[2], "Selasa, 5 Agustus 2025 | 15:40 WIB", "{got:?}");
        // So is one that prints the weekday, the day and the month, and no year.
        let text = format!(
            "Radar Kota\n\n\
             Pendakian Gunung Ditutup Tiga Hari, Gas Belerang Lampaui Ambang Aman\n\
             Kamis, 3 Desember\n\n{para}{para}{para}"
        );
        let got = texts(&text);
        assert_eq!(got[2], "Kamis, 3 Desember", "{got:?}");
    }

    #[test]
    fn a_headline_ends_in_common_words_the_text_writes_in_lower_case() {
        let got = texts(
            "Kapal Cepat Kembali Berlayar ke Banda,\nEmpat Kali Seminggu\n\n\
             Kapal cepat akan berlayar empat kali seminggu mulai Senin.\n",
        );
        assert_eq!(
            got[0],
            "Kapal Cepat Kembali Berlayar ke Banda, Empat Kali Seminggu"
        );
        let got = texts(
            "Port Strike Ends After Nine Days as Workers\nAccept Pay Offer\n\n\
             Dock workers voted to accept the pay offer on Friday.\n",
        );
        assert_eq!(
            got[0],
            "Port Strike Ends After Nine Days as Workers Accept Pay Offer"
        );
        // A writer's name is capitalised in the text too: it stays a line of its own.
        let got = texts(
            "Kapal Cepat Kembali Berlayar ke Banda\nRina Marlina\n\n\
             Menurut Rina Marlina, kapal akan berlayar mulai Senin.\n",
        );
        assert_eq!(got[1], "Rina Marlina");
    }

    #[test]
    fn spaces_are_normalised_and_gaps_kept() {
        let got = lines("  a\u{a0}\u{a0}b\t c.  \n\nd.");
        assert_eq!(got[0].text, "a b c.");
        assert!(!got[0].gap_before && got[1].gap_before);
    }

    #[test]
    fn echoing_halves_and_a_number_word_keep_their_hyphen_at_a_line_end() {
        // "sana-" / "sini", "sayur-" / "mayur": a reduplicated word's echoing halves; "three-" /
        // "waters": a number word's own hyphen; "kebija-" / "kan" is still one word split.
        let got = texts(
            "Retribusi bocor di sana-\nsini dan harga sayur-\nmayur naik, kata juru bicara itu \
             tentang kebija-\nkan baru. The three-\nwaters plan was adopted.\n",
        );
        assert_eq!(
            got[0],
            "Retribusi bocor di sana-sini dan harga sayur-mayur naik, kata juru bicara itu tentang \
             kebijakan baru. The three-waters plan was adopted."
        );
    }

    #[test]
    fn a_doubled_word_with_a_suffix_keeps_its_hyphen_at_a_line_end() {
        // "obat-" / "obatan", "sayur-" / "sayuran": the print does not split a doubled word,
        // whatever else the text writes; "se-" / "seorang" (two letters) is a split word.
        let got = texts(
            "Petugas menyita obat-\nobatan dan sayur-\nsayuran dari gudang itu, dan se-\n\
             seorang warga melapor ke polisi pada Senin.\n",
        );
        assert_eq!(
            got[0],
            "Petugas menyita obat-obatan dan sayur-sayuran dari gudang itu, dan seseorang warga \
             melapor ke polisi pada Senin."
        );
    }

    #[test]
    fn a_two_letter_piece_at_a_line_end_is_a_split_word() {
        // "be", "low", "in", "take", "di" and "bangun" are all words the text writes, yet the
        // print split "below", "intake" and "dibangun"; "ex-" / "mayor" keeps its hyphen, and
        // "ex-" / "pect" is one word split.
        let got = texts(
            "The river ran well be-\nlow its low mark, as we ex-\npect, at the in-\ntake, to be taken in by the \
             ex-\nmayor and the ex-\ntrainer. Jembatan itu di-\nbangun di desa yang ingin bangun lagi. An up-to-\n\
             date list of in-laws, kept day-to-\nday by his father-in-\nlaw, was read.\n",
        );
        assert_eq!(
            got[0],
            "The river ran well below its low mark, as we expect, at the intake, to be taken in by the \
             ex-mayor and the ex-trainer. Jembatan itu dibangun di desa yang ingin bangun lagi. An up-to-date list \
             of in-laws, kept day-to-day by his father-in-law, was read."
        );
    }

    #[test]
    fn a_compounding_head_keeps_its_hyphen_at_a_line_end() {
        // "long-" / "term": a word that opens compounds keeps its hyphen before a word; before
        // a suffix ("well-" / "ness") or a short tail ("long-" / "er") the print split one word.
        let got = texts(
            "The city needs a long-\nterm plan for the riverfront, the centre's well-\nness \
             staff said, and the queue grew long-\ner every day at a long-\nitude close to the \
             cape, in a well-\nspring of self-\nishness. A full-\nscale review will follow, \
             the full review of the scale.\n",
        );
        assert_eq!(
            got[0],
            "The city needs a long-term plan for the riverfront, the centre's wellness staff said, and \
             the queue grew longer every day at a longitude close to the cape, in a wellspring of \
             selfishness. A full-scale review will follow, the full review of the scale."
        );
        // A superlative opens compounds; before a word's tail the print split one word.
        let got = texts(
            "Whistle Bend, the city's fastest-\ngrowing suburb, has the best-\nknown and longest-\n\
             serving coach, whose interest-\ningly modest contest-\nants cheer the priest-\nhood \
             and the Midwest-\nerners with interest-\nbearing bonds.\n",
        );
        assert_eq!(
            got[0],
            "Whistle Bend, the city's fastest-growing suburb, has the best-known and \
             longest-serving coach, whose interestingly modest contestants cheer the priesthood \
             and the Midwesterners with interest-bearing bonds."
        );
        // A compound's tail the text writes nowhere else keeps the hyphen too.
        let got = texts(
            "A well-\nequipped clinic opened, the first full-\nfledged one, with self-\ndriving \
             carts and long-\nserving staff whose Self-\nconfidence was long-\noverdue.\n",
        );
        assert_eq!(
            got[0],
            "A well-equipped clinic opened, the first full-fledged one, with self-driving carts \
             and long-serving staff whose Self-confidence was long-overdue."
        );
        // A noun before a tail that makes compounds of nouns keeps it as well; a prefix makes
        // one word with it, and so does a verb's ending.
        let got = texts(
            "The closure also stops the community-\nbased fishery, the city-\nowned dig and \
             the family-\nowned smokehouse, which was under-\nfunded, whose nets were cur-\nled \
             and whose boats were cancel-\nled.\n",
        );
        assert_eq!(
            got[0],
            "The closure also stops the community-based fishery, the city-owned dig and the \
             family-owned smokehouse, which was underfunded, whose nets were curled and whose \
             boats were cancelled."
        );
    }
}
