//! Reading aids and text transformations. A tool that shows a story to a reader — a bionic
//! reader, a text-to-speech script, a learner's glosses, a dictionary's pop-ups — sets its own
//! marks into the story's lines; copied with the story they are the tool's, never the outlet's.
//! Each is read by its shape, which recurs across tools and languages:
//!
//! - emphasis closing inside a word, word after word (`**Long**sor **meni**mbun`): a bionic
//!   reader's bold word halves;
//! - a reviewing or searching tool's marks around the story's words: a redline's `[+inserted+]`
//!   and `[-deleted-]` words (the deleted go), a checker's numbered matches `[1]…[/1]`, a search
//!   tool's hits `«kemarau»` marked again and again, a recogniser's doubt `[?]` after a word;
//! - a markup tag inside a sentence (`2026. <break time="400ms"/> Dinas`, `<say-as …>`);
//! - a bracket opening with `=` after a word (`intermittent [= stopping and starting]`): a
//!   gloss;
//! - a bracket opening with a label and a colon inside a sentence, the same label two times or
//!   more in the text (`(DBD) [ucapkan: dé-bé-dé] di`): a tool's note;
//! - a print export's page furniture, the line every page repeats with only its number changed
//!   (`KAIETEUR NEWS · LARGE PRINT  Page 2`, `— end of page 1 —`), and its rule;
//! - a cue standing alone in brackets between paragraphs, three times or more (`[jeda]`,
//!   `[pause]`): a speech script's pause;
//! - a dictionary entry opened over the text: a headword, its syllables split by middle dots and
//!   its word class (`ru·te n`), the definition and the dictionary's own line (its source, its
//!   buttons). An entry that fell inside a paragraph cut it in two: the two parts are one.
//!
//! The marks go before any line is joined or read, so every other rule reads the story's words.
//!
//! A tool's own lines among the story's are furniture: a banner or pop-up closed by its close
//! button (`… Matikan untuk halaman ini ✕`), a progress bar (`▓▓▓░░░░░░░ 33% read`), a
//! program's name and version (`BacaKeras 2.4`) closing a short line, its settings (`Suara:
//! Citra · Kecepatan 1,0x · Durasi 3 menit`), and a writing aid's
//! card — a row of buttons closing a short line (`“directed” » “sent”  Accept
//! Dismiss`, `Add to dictionary  Ignore`) and the card's head right over it (`Clarity · Sentence
//! is hard to read`).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::clean::{self, Line};
use super::parts::Kind;

/// A markup tag: a name, maybe attributes with quoted values, maybe self-closing, or a closing
/// tag. `<5 tahun` and `a < b > c` are no tags.
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"</?[A-Za-z][A-Za-z0-9:_-]*(?:\s+[A-Za-z_:][A-Za-z0-9:_.-]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>"#,
    )
    .unwrap()
});

/// The lines of a text without the marks reading aids set into it; a dictionary entry inside a
/// paragraph is no line, and the paragraph it cut is one line again.
pub(super) fn without_marks(raw: &mut Vec<String>) {
    let labels = note_labels(raw);
    let mut glossed: Vec<String> = Vec::new();
    for line in raw.iter_mut() {
        if let Some(plain) = without_emphasis_halves(line) {
            *line = plain;
        }
        if let Some(plain) = without_inline_tags(line) {
            *line = plain;
        }
        if let Some(plain) = without_notes(line, &labels, &mut glossed) {
            *line = plain;
        }
    }
    without_review_marks(raw);
    without_footnote_calls(raw);
    without_comment_anchors(raw);
    without_page_turns(raw);
    without_page_furniture(raw);
    without_pause_lines(raw);
    without_word_list(raw, &glossed);
    without_dictionary_entries(raw);
    without_translations(raw);
}

/// "… bergantung pada angkot14 dan ojek." over "14 Angkot (angkutan kota) adalah …": a PDF's
/// footnote call comes out as digits glued to the word or the comma it follows. A number glued
/// so, that a footnote line further down opens with (the number, then a capitalised sentence),
/// is the call, not the sentence's; `Rp2.000`, `B20 Bali` and a number no footnote opens stay.
/// A word processor saved as text writes the call in brackets glued to the word or the stop
/// before it (`… awal Oktober.[1]`) and the note as `[1] Harga rata-rata …`: the same.
fn without_footnote_calls(raw: &mut [String]) {
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:(\d{1,3})|\[(\d{1,3})\]) +\p{Lu}\S*( \S+){3,}").unwrap());
    static CALL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([\p{Ll},;)”])(\d{1,3})(\s|$|[,;:]|\.\s|\.$)|([\p{L}\p{N}.,;:!?)”’\x22])\[(\d{1,3})\](\s|$)").unwrap()
    });
    let notes: Vec<(usize, String)> = raw
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            // A note in brackets answers a call in brackets, a bare one a bare call.
            NOTE.captures(l.trim()).map(|c| match c.get(1) {
                Some(bare) => (i, bare.as_str().to_string()),
                None => (i, format!("[{}]", c.get(2).map_or("", |m| m.as_str()))),
            })
        })
        .collect();
    if notes.is_empty() {
        return;
    }
    for (i, line) in raw.iter_mut().enumerate() {
        if notes.iter().any(|(at, _)| *at == i) || !CALL.is_match(line) {
            continue;
        }
        let plain = CALL.replace_all(line, |c: &regex::Captures| {
            // The bare call's groups, or the bracketed one's.
            let (before, number, after) = match c.get(2) {
                Some(number) => (&c[1], number.as_str().to_string(), &c[3]),
                None => (&c[4], format!("[{}]", &c[5]), &c[6]),
            };
            let noted = notes.iter().any(|(at, n)| *at > i && *n == number);
            if noted {
                format!("{before}{after}")
            } else {
                c[0].to_string()
            }
        });
        if plain != *line {
            *line = plain.into_owned();
        }
    }
}

/// A document editor's comments, copied with the draft: a letter in brackets glued to the end of
/// a passage (`… (23–24/11/2026).[a]`) anchors a comment the copy prints at the text's foot,
/// where the same letter opens a line glued to the commenter's name or the comment
/// (`[a]Selvi Lemba:` over its text, `[b]Yanuarius Rahail: Tolong cek …`). The anchors are no
/// words of the story and the comments are the editors' talk, not the page's: the anchors go,
/// and so does the foot from the first comment on (each comment's line and the lines run on
/// under it). A bracketed letter no comment answers (`Point [a] of the motion`) stays. The foot
/// goes once an anchor in the text answers to it.
fn without_comment_anchors(raw: &mut [String]) {
    static COMMENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\[([a-z]{1,2})\]\p{L}").unwrap());
    // "…kata Ferry.[a][b]": anchors may stand side by side.
    static ANCHOR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([^\s\[\]])((?:\[[a-z]{1,2}\])+)").unwrap());
    static ONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([a-z]{1,2})\]").unwrap());
    let key = |l: &str| COMMENT.captures(l).map(|c| c[1].to_string());
    // The foot: from a comment line on, every line a comment or run on under one, to the end.
    let Some(first) = (0..raw.len()).find(|&i| {
        key(&raw[i]).is_some()
            && raw[i..].iter().enumerate().all(|(k, l)| {
                l.is_empty() || key(l).is_some() || k > 0 && !raw[i + k - 1].is_empty()
            })
    }) else {
        return;
    };
    let keys: HashSet<String> = raw[first..].iter().filter_map(|l| key(l)).collect();
    let mut anchored = false;
    for line in raw[..first].iter_mut() {
        let plain = ANCHOR.replace_all(line, |c: &regex::Captures| {
            let kept: String = ONE
                .find_iter(&c[2])
                .filter(|a| !keys.contains(&a.as_str()[1..a.len() - 1]))
                .map(|a| a.as_str())
                .collect();
            format!("{}{kept}", &c[1])
        });
        if plain != *line {
            anchored = true;
            *line = plain.into_owned();
        }
    }
    if anchored {
        for line in raw[first..].iter_mut() {
            line.clear();
        }
    }
}

/// How many times each label opens a bracketed note (`[ucapkan: …]`) in the text, lower-cased.
fn note_labels(raw: &[String]) -> HashMap<String, usize> {
    let mut labels: HashMap<String, usize> = HashMap::new();
    for line in raw {
        let mut rest = line.as_str();
        while let Some((at, end)) = bracket(rest) {
            if let Some(label) = note_label(&rest[at + 1..end]) {
                *labels.entry(label).or_default() += 1;
            }
            rest = &rest[end + 1..];
        }
    }
    labels
}

/// The first square bracket of `text` closed on its line with no bracket inside: where it
/// opens and closes.
fn bracket(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    loop {
        let at = from + text[from..].find('[')?;
        let inner = &text[at + 1..];
        let close = inner.find(']')?;
        match inner[..close].rfind('[') {
            // A bracket inside: the innermost one opens after it.
            Some(open) => from = at + 1 + open,
            None => return Some((at, at + 1 + close)),
        }
    }
}

/// "ucapkan: dé-bé-dé" → "ucapkan": a label of one to three words of letters before a colon,
/// with words after it.
fn note_label(inner: &str) -> Option<String> {
    let (label, rest) = inner.split_once(':')?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    let letters = label.chars().all(|c| c.is_alphabetic() || c == ' ');
    ((1..=3).contains(&words) && letters && !rest.trim().is_empty()).then(|| label.to_lowercase())
}

/// Words of the line outside its brackets and tags: the sentence a mark stands in.
fn words_outside(line: &str) -> usize {
    let mut depth = 0i32;
    let mut plain = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '[' | '<' => depth += 1,
            ']' | '>' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `out` followed by `rest`, where a mark stood between them: one space where the text had
/// one, none before a closing stop or comma, none where the mark was glued to what follows.
fn splice(out: &mut String, rest: &str) {
    let trimmed = rest.trim_start();
    let spaced = trimmed.len() < rest.len();
    let out_len = out.trim_end().len();
    out.truncate(out_len);
    if spaced
        && !out.is_empty()
        && !trimmed.is_empty()
        && !trimmed.starts_with([',', '.', ';', ':', '!', '?', ')'])
    {
        out.push(' ');
    }
    out.push_str(trimmed);
}

/// A bionic reader's line: bold word halves (`**Long**sor **meni**mbun`), the emphasis closing
/// inside a word five times or more and in a third of the line's words at least. The line
/// without the marks.
fn without_emphasis_halves(line: &str) -> Option<String> {
    for mark in ["**", "__"] {
        if !line.contains(mark) {
            continue;
        }
        let pieces: Vec<&str> = line.split(mark).collect();
        // Pieces alternate outside and inside the emphasis; an inside piece ending in a letter
        // before an outside one opening with a letter closed inside a word.
        let halves = pieces
            .windows(2)
            .enumerate()
            .filter(|(k, pair)| {
                k % 2 == 1 && {
                    let (inside, after) = (pair[0], pair[1]);
                    inside.chars().last().is_some_and(char::is_alphabetic)
                        && after.chars().next().is_some_and(char::is_alphabetic)
                }
            })
            .count();
        let words = line.split_whitespace().count();
        if halves >= 5 && halves * 3 >= words {
            return Some(pieces.concat());
        }
    }
    None
}

/// A line of prose with a markup tag no writer types inside its sentences, one with an
/// attribute or closing itself (`flu biasa <break time="300ms"/> lalu`): the line without its
/// tags. A line whose tags only open and close it (a page's `<p>…</p>`) is left to the readers
/// of page sources, and a story quoting markup keeps it.
fn without_inline_tags(line: &str) -> Option<String> {
    if !line.contains('<') {
        return None;
    }
    // A tag no writer types: one with an attribute's quoted value, or closing itself. A story
    // quoting markup (`<script>alert(1)</script>`) keeps it.
    let inside = TAG.find_iter(line).any(|m| {
        !line[..m.start()].trim().is_empty()
            && !line[m.end()..].trim().is_empty()
            && (m.as_str().contains('=') || m.as_str().ends_with("/>"))
    });
    if !inside || words_outside(line) < 6 {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    for m in TAG.find_iter(line) {
        let piece = &line[last..m.start()];
        if last == 0 {
            out.push_str(piece);
        } else {
            splice(&mut out, piece);
        }
        last = m.end();
    }
    splice(&mut out, &line[last..]);
    Some(out)
}

/// A line of prose with a tool's notes in brackets after its words — a gloss (`[= …]`) or a
/// note under a label the text uses two times or more (`[ucapkan: …]`): the line without them.
fn without_notes(
    line: &str,
    labels: &HashMap<String, usize>,
    glossed: &mut Vec<String>,
) -> Option<String> {
    if !line.contains('[') || words_outside(line) < 4 {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    // Whether a note was cut right before `rest`, and whether any was.
    let mut cut = false;
    let mut changed = false;
    while let Some((at, end)) = bracket(rest) {
        let before = &rest[..at];
        if cut {
            splice(&mut out, before);
        } else {
            out.push_str(before);
        }
        let inner = &rest[at + 1..end];
        let gloss = inner.trim_start().starts_with('=');
        let note = note_label(inner).is_some_and(|l| labels.get(&l).is_some_and(|&n| n >= 2));
        cut = (gloss || note) && !out.trim().is_empty();
        if cut {
            changed = true;
            if gloss && let Some(word) = out.split_whitespace().last() {
                glossed.push(word.to_lowercase());
            }
        } else {
            out.push_str(&rest[at..=end]);
        }
        rest = &rest[end + 1..];
    }
    if !changed {
        return None;
    }
    if cut {
        splice(&mut out, rest);
    } else {
        out.push_str(rest);
    }
    Some(out)
}

/// A version comparison's redline: `[+inserted words+]` and `[-deleted words-]`, both kinds in
/// the text and three marks or more. The revised text keeps what was inserted and loses what was
/// deleted.
static REDLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\+([^\[\]]+?)\+\]|\[-([^\[\]]+?)-\]").unwrap());

/// A checker's numbered match marks around a passage (`[2]The City … in the area[/2]`): the
/// closing mark repeats the opening one's number behind a slash.
static MATCH_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[(/?)(\d{1,3})\]").unwrap());

/// A search tool's hit marks around a word (`selama «kemarau».`): one to three words of letters
/// in guillemets.
static HIT_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"«([\p{L}\p{N}][\p{L}\p{N} -]{0,40}?)»").unwrap());

/// The marks a reviewing or searching tool sets around the story's own words (see the notes
/// under [`without_marks`]): each recognised by its shape across the whole text, so a story
/// that writes one such sign once keeps it.
///
/// - a redline's insertions and deletions (`[+218+]`, `[-about 200-]`): both kinds, three marks
///   or more; the inserted words stay, the deleted ones go;
/// - a checker's numbered matches (`[1]…[/1]`): two passages or more whose closing mark repeats
///   the opening one's number; the marks go, the words stay;
/// - a search tool's hits (`«kemarau»`): the same one to three words marked two times or more,
///   and no longer run in guillemets (a text quoting in guillemets quotes sentences); the marks
///   go;
/// - a recogniser's doubt (`Dewi Sartika [?] sejak`): `[?]` after a word inside a line of words
///   (three at least, a hard-wrapped line's); the mark goes, the word it doubts stays.
fn without_review_marks(raw: &mut [String]) {
    let (mut inserted, mut deleted) = (0, 0);
    let mut closed: HashSet<String> = HashSet::new();
    let mut hits: HashMap<String, usize> = HashMap::new();
    let mut quoted = false;
    for line in raw.iter() {
        for c in REDLINE.captures_iter(line) {
            if c.get(1).is_some() {
                inserted += 1;
            } else {
                deleted += 1;
            }
        }
        for c in MATCH_MARK.captures_iter(line) {
            let number = &c[2];
            if !c[1].is_empty() && line.contains(&format!("[{number}]")) {
                closed.insert(number.to_string());
            }
        }
        for c in HIT_MARK.captures_iter(line) {
            *hits.entry(c[1].to_lowercase()).or_default() += 1;
        }
        // "«Kami tidak akan mundur,» katanya": guillemets around more than a few words quote
        // (a page's arrows stand apart from their words: "« Kembali | Berikutnya »").
        quoted |= line.split('«').skip(1).any(|after| {
            after.split('»').next().is_some_and(|inner| {
                inner.split_whitespace().count() > 3
                    && !inner.starts_with(char::is_whitespace)
                    && !inner.ends_with(char::is_whitespace)
            })
        });
    }
    let redline = inserted >= 1 && deleted >= 1 && inserted + deleted >= 3;
    let matches = closed.len() >= 2;
    let hit_words: HashSet<String> = if quoted {
        HashSet::new()
    } else {
        hits.into_iter()
            .filter(|(words, n)| *n >= 2 && words.split_whitespace().count() <= 3)
            .map(|(words, _)| words)
            .collect()
    };
    for line in raw.iter_mut() {
        let mut changed = false;
        let mut text = line.clone();
        if redline && REDLINE.is_match(&text) {
            text = REDLINE
                .replace_all(&text, |c: &regex::Captures| {
                    c.get(1).map_or(String::new(), |m| m.as_str().to_string())
                })
                .into_owned();
            changed = true;
        }
        if matches && MATCH_MARK.is_match(&text) {
            text = MATCH_MARK
                .replace_all(&text, |c: &regex::Captures| {
                    if closed.contains(&c[2]) {
                        String::new()
                    } else {
                        c[0].to_string()
                    }
                })
                .into_owned();
            changed = true;
        }
        if !hit_words.is_empty() && HIT_MARK.is_match(&text) {
            text = HIT_MARK
                .replace_all(&text, |c: &regex::Captures| {
                    if hit_words.contains(&c[1].to_lowercase()) {
                        c[1].to_string()
                    } else {
                        c[0].to_string()
                    }
                })
                .into_owned();
            changed = true;
        }
        if text.contains(" [?]") && words_outside(&text) >= 3 {
            text = text.replace(" [?]", "");
            changed = true;
        }
        if changed {
            *line = tidy_spacing(&text);
        }
    }
}

/// "— hlm. 15 —", "- 2 -", "Page 3": a page's number alone on its line, with the page's word
/// or framed by dashes.
static PAGE_TURN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[-–—]+\s*(?:(?:hlm|hal|halaman|page|p)\.?\s*)?\d{1,4}\s*[-–—]+|(?:hlm|hal|halaman|page)\.?\s*\d{1,4})$")
        .unwrap()
});

/// A page turn met inside a paragraph: a page's number alone on its line (`— hlm. 15 —`),
/// between blank lines, where the line over it ends no sentence and the line under it opens in
/// lower case. It is no line of the page, and the paragraph runs on across it.
fn without_page_turns(raw: &mut Vec<String>) {
    let mut keep = vec![true; raw.len()];
    // The last line holding words, as the walk goes.
    let mut over: Option<usize> = None;
    for k in 0..raw.len() {
        if raw[k].trim().is_empty() {
            continue;
        }
        let turn = PAGE_TURN.is_match(raw[k].trim());
        if turn
            && let Some(o) = over
            && !clean::ends_sentence(&raw[o])
            && let Some(under) = (k + 1..raw.len().min(k + 4)).find(|&i| !raw[i].trim().is_empty())
            && raw[under].trim_start().starts_with(char::is_lowercase)
        {
            for slot in &mut keep[o + 1..under] {
                *slot = false;
            }
            continue;
        }
        over = Some(k);
    }
    let mut flags = keep.into_iter();
    raw.retain(|_| flags.next().unwrap_or(true));
}

/// A line whose marks were taken out: one space between words, none before a closing stop,
/// comma or bracket standing alone, none at either end.
fn tidy_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let closing = word
            .chars()
            .all(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
        if !out.is_empty() && !closing {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A print export's page furniture: a line naming the page (`KAIETEUR NEWS · LARGE PRINT
/// Page 2`, `— end of page 1 —`) that every page repeats with only its number changed, holding
/// two words or more besides the page's and no date (a newspaper's dated running head is read
/// elsewhere), and a rule drawn under or over it. A document's footer that sets its page's
/// number beside its name (`Yayasan … · Laporan Triwulan IV 2026      11`), on two pages with
/// the next number, five lines or more apart, is furniture too, and so are the lines of the
/// running head the next page opens with, when the text writes them elsewhere as well (the
/// first page's head). It is no line of the page; where it broke a
/// paragraph off mid-sentence (the line over it ends no sentence, the line under it opens in
/// lower case) the two halves meet again, and elsewhere a blank line stands in its place.
fn without_page_furniture(raw: &mut Vec<String>) {
    let key = |line: &str| -> Option<String> {
        let lower = line.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let paged = words
            .iter()
            .any(|w| matches!(*w, "page" | "halaman" | "hal" | "hlm"));
        let numbered = words.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let others = words
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        (paged
            && numbered
            && others >= 3
            && words.len() <= 12
            && super::parts::date_residue(line).is_none())
        .then(|| {
            let bare: String = lower.chars().filter(|c| !c.is_ascii_digit()).collect();
            bare.split_whitespace().collect::<Vec<_>>().join(" ")
        })
    };
    let keys: Vec<Option<String>> = raw.iter().map(|l| key(l)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let mut furniture: Vec<bool> = keys
        .iter()
        .map(|k| k.as_deref().is_some_and(|k| counts[k] >= 2))
        .collect();
    // The footer with its page's number: the same name on another page, with the number next
    // to its own, each at a page's end (over the next page's running head, a line the text
    // repeats, or at the text's end) and one of them over such a head. A story's own lines
    // ending on a number ("Etape Hari ke 2", "Persipura Jayapura 2") go on with the story.
    let numbered: Vec<(usize, &str, u32)> = raw
        .iter()
        .enumerate()
        .filter_map(|(k, line)| numbered_footer(line).map(|(name, number)| (k, name, number)))
        .collect();
    // Each line's count, read only when a line ends on a number.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    if !numbered.is_empty() {
        for line in raw.iter() {
            *counts.entry(line.trim()).or_default() += 1;
        }
    }
    let mut pages: HashMap<&str, Vec<(u32, usize, bool)>> = HashMap::new();
    for (k, name, number) in numbered {
        let next = raw[k + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        let headed = next.is_some_and(|n| counts[n] >= 2 && !clean::ends_sentence(n));
        if headed || next.is_none() {
            pages.entry(name).or_default().push((number, k, headed));
        }
    }
    let mut footers: Vec<usize> = Vec::new();
    for seen in pages.values_mut().filter(|seen| seen.len() >= 2) {
        seen.sort_unstable();
        // Each page beside the next: the first line with the next number, five lines away or
        // more (one page's lines stand between).
        let paired: Vec<usize> = seen
            .windows(2)
            .filter(|w| w[1].0 == w[0].0 + 1 && w[0].1.abs_diff(w[1].1) >= 5)
            .filter(|w| w[0].2 || w[1].2)
            .flat_map(|w| [w[0].1, w[1].1])
            .collect();
        footers.extend(paired);
    }
    for &k in &footers {
        furniture[k] = true;
    }
    if !furniture.contains(&true) {
        return;
    }
    // The next page's running head: up to three lines under such a footer, the blank ones
    // passed, each closing no sentence and standing elsewhere in the text too; and the same
    // lines heading the first page, over the text's first other line.
    if !footers.is_empty() {
        let mut heads: HashSet<&str> = HashSet::new();
        for &f in &footers {
            let lines = raw
                .iter()
                .enumerate()
                .skip(f + 1)
                .map(|(k, l)| (k, l.trim()))
                .filter(|(_, l)| !l.is_empty());
            for (k, t) in lines.take(3) {
                if counts[t] < 2 || clean::ends_sentence(t) {
                    break;
                }
                heads.insert(t);
                furniture[k] = true;
            }
        }
        let first_page = raw
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .take_while(|(_, l)| heads.contains(l.trim()));
        for (k, _) in first_page {
            furniture[k] = true;
        }
    }
    for k in 0..raw.len() {
        let beside = k > 0 && furniture[k - 1] || furniture.get(k + 1) == Some(&true);
        if beside && clean::is_rule(&raw[k]) {
            furniture[k] = true;
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut k = 0;
    while k < raw.len() {
        if !furniture[k] {
            out.push(std::mem::take(&mut raw[k]));
            k += 1;
            continue;
        }
        // The furniture and the blank lines around it.
        while out.last().is_some_and(|l| l.trim().is_empty()) {
            out.pop();
        }
        while k < raw.len() && (furniture[k] || raw[k].trim().is_empty()) {
            k += 1;
        }
        let broken = out.last().is_some_and(|l| !clean::ends_sentence(l))
            && raw
                .get(k)
                .and_then(|l| l.chars().next())
                .is_some_and(char::is_lowercase);
        if !broken && !out.is_empty() {
            out.push(String::new());
        }
    }
    *raw = out;
}

/// "Yayasan Kasih Pegunungan Tengah · Laporan Triwulan IV 2026 11", "12 Annual Report 2026":
/// a document's name, two words or more closing no sentence, and a page's number before or
/// after it. The name and the number.
fn numbered_footer(line: &str) -> Option<(&str, u32)> {
    static FOOTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:(\S.*\S)\s+(\d{1,4})|(\d{1,4})\s+(\S.*\S))$").unwrap());
    let c = FOOTER.captures(line.trim())?;
    let (name, number) = match (c.get(1), c.get(2)) {
        (Some(n), Some(m)) => (n.as_str(), m.as_str()),
        _ => (c.get(4)?.as_str(), c.get(3)?.as_str()),
    };
    let words = name
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    ((2..=12).contains(&words) && !clean::ends_sentence(name))
        .then(|| Some((name, number.parse().ok()?)))
        .flatten()
}

/// "[jeda]", "[jeda panjang]", "[pause]" between a script's paragraphs: a line wholly in
/// square brackets, one or two words, whose first word stands so on three lines or more, is a
/// tool's cue (a pause), no line of the page; it parts the paragraphs as a blank line does.
fn without_pause_lines(raw: &mut [String]) {
    let cue = |line: &str| -> Option<String> {
        let inner = line.trim().strip_prefix('[')?.strip_suffix(']')?;
        let words: Vec<&str> = inner.split_whitespace().collect();
        let lettered = words.iter().all(|w| w.chars().all(char::is_alphabetic));
        ((1..=2).contains(&words.len()) && lettered).then(|| words[0].to_lowercase())
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in raw.iter() {
        if let Some(word) = cue(line) {
            *counts.entry(word).or_default() += 1;
        }
    }
    for line in raw.iter_mut() {
        if cue(line).is_some_and(|w| counts.get(&w).is_some_and(|&n| n >= 3)) {
            line.clear();
        }
    }
}

/// A learner's word list after the story, repeating the words it glossed: lines of a glossed
/// word, a dash and its meaning (`• intermittent — stopping and starting`), two or more in a
/// row, and the short heading right over them (`YOUR VOCABULARY (6 words)`), are no lines of
/// the page.
fn without_word_list(raw: &mut [String], glossed: &[String]) {
    if glossed.len() < 2 {
        return;
    }
    let entry = |line: &str| {
        let t = line.trim_start_matches(['•', '-', '*', '·', ' ']);
        t.split_once([' ']).is_some_and(|(word, rest)| {
            glossed.contains(&word.to_lowercase())
                && rest.trim_start().starts_with(['—', '–', '-', ':', '='])
        })
    };
    let mut k = 0;
    while k < raw.len() {
        let start = k;
        while k < raw.len() && entry(&raw[k]) {
            k += 1;
        }
        if k - start >= 2 {
            if start > 0 {
                let head = raw[start - 1].trim();
                if !head.is_empty()
                    && head.split_whitespace().count() <= 6
                    && !head.ends_with(['.', '!', '?'])
                {
                    raw[start - 1].clear();
                }
            }
            for line in &mut raw[start..k] {
                line.clear();
            }
        }
        k = k.max(start + 1);
    }
}

/// "ru·te n", "non·tu·nai a", "ba·hu ja·lan n": a dictionary's headword split into syllables
/// by middle dots, then its word class (a short abbreviation). The headword without the dots.
fn syllabified(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (class, head) = words.split_last()?;
    let class_like = (1..=5).contains(&class.trim_end_matches('.').chars().count())
        && class
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_lowercase());
    let dotted = head.iter().any(|w| w.contains('·'));
    let lettered = head
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '·' || c == '-'));
    (class_like && dotted && lettered && (1..=4).contains(&head.len())).then(|| {
        head.iter()
            .map(|w| w.replace('·', ""))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The dictionary's own line closing an entry: its source (`Sumber: KBBI …`, `Source: …`) or
/// its buttons, ending in a close mark (`Salin · Tutup ✕`).
fn closes_entry(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.trim_end().ends_with(['✕', '×', '✖'])
        || lower.starts_with("sumber:")
        || lower.starts_with("source:")
}

/// Drops each dictionary entry the text holds (see the module's notes). An entry with the
/// story's lines right above and below it, no blank line between, cut a paragraph: the line
/// under it runs on from the line over it.
fn without_dictionary_entries(raw: &mut Vec<String>) {
    let mut k = 0;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    while k < raw.len() {
        let Some(head) = syllabified(&raw[k]) else {
            k += 1;
            continue;
        };
        // The headword over its syllables, when the entry repeats it.
        let start = if k > 0 && raw[k - 1].trim().eq_ignore_ascii_case(&head) {
            k - 1
        } else {
            k
        };
        // The definition, to the dictionary's own line, within a few lines.
        let end = (k + 1..raw.len().min(k + 7))
            .take_while(|&j| !raw[j].trim().is_empty())
            .find(|&j| closes_entry(&raw[j]));
        match end {
            Some(end) => {
                cuts.push((start, end));
                k = end + 1;
            }
            None => k += 1,
        }
    }
    if cuts.is_empty() {
        return;
    }
    // One pass over the lines, so a text of many entries is read in time linear in its length.
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut k = 0;
    let mut next_cut = cuts.iter().peekable();
    while k < raw.len() {
        let Some(&&(_, end)) = next_cut.peek().filter(|(start, _)| *start == k) else {
            out.push(std::mem::take(&mut raw[k]));
            k += 1;
            continue;
        };
        next_cut.next();
        // The story's lines right above and below (not another entry's headword).
        let inside = out.last().is_some_and(|l| !l.trim().is_empty())
            && raw.get(end + 1).is_some_and(|l| !l.trim().is_empty())
            && next_cut.peek().is_none_or(|(start, _)| *start > end + 1);
        if inside && let Some(over) = out.last_mut() {
            let under = std::mem::take(&mut raw[end + 1]);
            let kept = over.trim_end().len();
            over.truncate(kept);
            over.push(' ');
            over.push_str(under.trim_start());
            k = end + 2;
        } else {
            k = end + 1;
        }
    }
    *raw = out;
}

/// Marks a tool's own lines as furniture (see the module's notes).
pub(super) fn tool_lines(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        let closed = text.ends_with(['✕', '✖', '×'])
            && text.chars().rev().nth(1).is_some_and(char::is_whitespace);
        let settings = kinds[i].is_none() && settings_row(text);
        if closed || progress_bar(text) || names_a_tool(text) || settings {
            kinds[i] = Some(Kind::Promo);
        } else if buttons(text) {
            kinds[i] = Some(Kind::Promo);
            // The card's head over its buttons, no blank line between.
            if i > 0 && !line.gap_before && kinds[i - 1].is_none_or(|k| !k.is_body()) {
                let head = lines[i - 1].text.trim();
                if head.split_whitespace().count() <= 10 && !clean::ends_sentence(head) {
                    kinds[i - 1] = Some(Kind::Promo);
                }
            }
        }
    }
}

/// "Naskah Suara — BacaKeras 2.4", "Exported 14 January 2026, 08:02 · ClearPrint 3.1": a short
/// line (ten words at most) closed by a program's name, built as brands are (a capital after a
/// small letter inside the word), and its version.
fn names_a_tool(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let version = |w: &str| {
        let mut parts = w.split('.');
        w.contains('.') && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    words.len() <= 10
        && matches!(words[..], [.., name, last] if version(last) && super::article::is_intercapped(name))
}

/// "Suara: Citra (id-ID, perempuan) · Kecepatan 1,0x · Durasi ± 3 menit 10 detik": a tool's
/// settings, three short pieces or more split by middle dots, the first a label and its value.
fn settings_row(text: &str) -> bool {
    let pieces: Vec<&str> = text.split(" · ").collect();
    pieces.len() >= 3
        && pieces.iter().all(|p| p.split_whitespace().count() <= 6)
        && pieces[0].split_once(':').is_some_and(|(label, value)| {
            label.split_whitespace().count() == 1 && !value.trim().is_empty()
        })
}

/// "▓▓▓░░░░░░░ 33% read · 3 min left": five block characters or more in a row, and a share.
fn progress_bar(text: &str) -> bool {
    let mut run = 0;
    let mut longest = 0;
    for c in text.chars() {
        if ('\u{2580}'..='\u{259f}').contains(&c) || c == '■' || c == '□' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest >= 5 && text.contains('%')
}

/// What a tool's buttons say: a short command.
const BUTTONS: &[&str] = &[
    "accept", "dismiss", "ignore", "rephrase", "reject", "apply", "undo", "cancel", "retry",
    "terima", "tolak", "abaikan", "terapkan", "batalkan", "batal",
];

/// "“$480-million” » “$480 million”  Accept  Dismiss", "Add to dictionary  Ignore": a short
/// line (twelve words at most) closed by a button's command, with another button's command in
/// it, both capitalised.
fn buttons(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let command = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && BUTTONS.contains(&w.to_lowercase().as_str())
    };
    let first_words = ["add", "tambahkan"];
    let opens = words.first().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && first_words.contains(&w.to_lowercase().as_str())
    });
    words.len() <= 12
        && words.last().is_some_and(|w| command(w))
        && (words.iter().filter(|w| command(w)).count() >= 2 || opens)
}

/// What a block of text is written in: Indonesian, English or neither clearly (one language's
/// function words at least `least` times, and twice the other's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Language {
    Indonesian,
    English,
    Unclear,
}

fn language(text: &str, least: usize) -> Language {
    let (id, en) = super::parts::function_words_by_language(text);
    if id >= least && id > 2 * en {
        Language::Indonesian
    } else if en >= least && en > 2 * id {
        Language::English
    } else {
        Language::Unclear
    }
}

/// What a translation keeps of its original: numbers (digits only, so "Rp14.500" and
/// "Rp14,500" are one) and capitalised words that are no function words ("Cirebon", "Bulog").
fn anchors(text: &str) -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::new();
    for word in text.split_whitespace() {
        let digits: String = word.chars().filter(char::is_ascii_digit).collect();
        let key = if !digits.is_empty() {
            digits
        } else {
            let bare = word
                .trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            let lower = bare.to_lowercase();
            let capital = bare.chars().next().is_some_and(char::is_uppercase);
            if !capital || bare.chars().count() < 3 || super::parts::is_function_word(&lower) {
                continue;
            }
            lower
        };
        out.insert(key);
    }
    out
}

/// `second` translates `first`: the other language, clearly (`least` function words) or a
/// third one, about the same length, and a third of the names and numbers of the one naming
/// fewer shared — two at least for a headline (`least` 1), whose every word is capitalised.
fn translates(first: &str, second: &str, least: usize) -> bool {
    let (a, b) = (language(first, least), language(second, least));
    // A third language (a Spanish original under its English) holds hardly any function word
    // of either.
    let third = || {
        let (id, en) = super::parts::function_words_by_language(second);
        let words = second.split_whitespace().count();
        words >= 12 && (id + en) * 10 <= words
    };
    if a == Language::Unclear || a == b || b == Language::Unclear && !third() {
        return false;
    }
    let (la, lb) = (first.chars().count() as f64, second.chars().count() as f64);
    if lb < la * 0.6 || lb > la * 1.7 {
        return false;
    }
    let (x, y) = (anchors(first), anchors(second));
    let shared = x.intersection(&y).count();
    shared * 3 >= x.len().min(y.len()) && shared >= if least < 2 { 2 } else { 1 }
}

/// Drops the translation a parallel reader sets after each paragraph (see the module's notes).
fn without_translations(raw: &mut [String]) {
    // Blocks of lines between blank lines: where each starts and ends, and its text.
    let mut blocks: Vec<(usize, usize, String)> = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        if raw[k].trim().is_empty() {
            k += 1;
            continue;
        }
        let start = k;
        while k < raw.len() && !raw[k].trim().is_empty() {
            k += 1;
        }
        blocks.push((start, k, raw[start..k].join(" ")));
    }
    let long = |t: &str| t.split_whitespace().count() >= 8;
    // The lines each translation spans, and where the first pair starts.
    let mut seconds: Vec<(usize, usize)> = Vec::new();
    let mut top = raw.len();
    let mut b = 0;
    while b < blocks.len() {
        let (start, end, ref text) = blocks[b];
        // A block of two long lines: a paragraph and its translation with no blank between
        // (a translation desk's copy).
        if end - start == 2
            && long(&raw[start])
            && long(&raw[start + 1])
            && translates(&raw[start], &raw[start + 1], 2)
        {
            seconds.push((start + 1, end));
            top = top.min(start);
            b += 1;
        } else if end - start >= 2 && translates(&raw[start], &raw[end - 1], 1) {
            // A block holding a line and its translation (a caption's): as a whole it
            // translates no block beside it.
            b += 1;
        } else if let Some(next) = blocks.get(b + 1)
            && long(text)
            && long(&next.2)
            && translates(text, &next.2, 2)
        {
            seconds.push((next.0, next.1));
            top = top.min(start);
            b += 2;
        } else {
            b += 1;
        }
    }
    if seconds.len() < 3 {
        return;
    }
    for &(start, end) in &seconds {
        for line in &mut raw[start..end] {
            line.clear();
        }
    }
    // Over the first pair, a headline's translation on the line under it.
    for k in 1..top {
        let (over, line) = (&raw[k - 1], &raw[k]);
        let words = |t: &str| t.split_whitespace().count() >= 5;
        if words(over) && words(line) && translates(over, line, 1) {
            raw[k].clear();
        }
    }
}

/// The label a tool sets over the original it was given, under its own output (a summary, a
/// translation, a worksheet's instructions): "Original text", "Teks asli:", "SOURCE TEXT".
const ORIGINAL_LABELS: &[&str] = &[
    "original",
    "original text",
    "original article",
    "source text",
    "teks asli",
    "artikel asli",
    "naskah asli",
    "teks sumber",
];

/// Marks what a tool set over the original it shows as furniture: a line that is only the
/// label of the original (`ORIGINAL_LABELS`), with the page under it — its first line a
/// headline (three to twenty-five words, no sentence) and three paragraphs of prose or more
/// after — parts the tool's output above (a summary's sentences, its menus and counters, a
/// worksheet's instructions) from the page: every line over the label, and the label, is the
/// tool's. A date line, an outlet's or a source line over it keeps its kind. A label over one
/// sentence (a translator's pop-up of one line's original) parts nothing.
pub(super) fn original_pane(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let label = (1..lines.len()).find(|&k| {
        let t = lines[k]
            .text
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_lowercase();
        ORIGINAL_LABELS.contains(&t.as_str())
    });
    let Some(label) = label else {
        return;
    };
    let Some(first) = lines.get(label + 1) else {
        return;
    };
    let words = first.text.split_whitespace().count();
    let headline = (3..=25).contains(&words) && !super::parts::is_prose(&first.text);
    let prose = lines[label + 1..]
        .iter()
        .filter(|l| super::parts::is_prose(&l.text))
        .count();
    if !headline || prose < 3 {
        return;
    }
    for kind in &mut kinds[..=label] {
        if !matches!(
            kind,
            Some(Kind::DateTime | Kind::Outlet | Kind::SourceLine | Kind::Copyright)
        ) {
            *kind = Some(Kind::Promo);
        }
    }
}

/// "ALERT: Skipped heading level", "ERROR: Empty button", "CONTRAST ERROR: Very low contrast":
/// a checker's finding set into the page it checks, a label in capitals (three letters or more)
/// and a colon over a few words (six at most) that close on no stop. The label, when the line
/// is one.
fn finding_label(text: &str) -> Option<&str> {
    let (label, value) = text.trim().split_once(':')?;
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let value = value.trim();
    (letters >= 3
        && label.chars().all(|c| c.is_uppercase() || c == ' ')
        && (1..=6).contains(&value.split_whitespace().count())
        && !value.ends_with(['.', '!', '?']))
    .then_some(label.trim())
}

/// "Heading level 2", "Judul tingkat 1": an accessibility checker's or a screen reader's role
/// standing alone on its line over the element it names. The level.
fn heading_role(text: &str) -> Option<u8> {
    let lower = text.trim().to_lowercase();
    let level = lower
        .strip_prefix("heading level ")
        .or_else(|| lower.strip_prefix("judul tingkat "))?;
    level.parse().ok().filter(|l| (1..=6).contains(l))
}

/// Marks an accessibility checker's report over a page as the checker's: a finding's label in
/// capitals that opens two lines or more (`finding_label`) is the checker's icon read out, each
/// such line furniture; a heading's role alone on its line (`heading_role`) is furniture too,
/// and the line right under a role of level two or more is a subheading of the page.
pub(super) fn checker_findings(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        if let Some(label) = finding_label(&line.text) {
            *counts.entry(label).or_default() += 1;
        }
    }
    let roles = lines
        .iter()
        .filter(|l| heading_role(&l.text).is_some())
        .count();
    for (i, line) in lines.iter().enumerate() {
        if finding_label(&line.text).is_some_and(|l| counts[l] >= 2) {
            kinds[i] = Some(Kind::Promo);
        }
        if roles < 2 {
            continue;
        }
        if let Some(level) = heading_role(&line.text) {
            kinds[i] = Some(Kind::Promo);
            let under = lines.get(i + 1).map(|l| l.text.trim());
            if level >= 2 && under.is_some_and(|t| !t.is_empty() && !clean::ends_sentence(t)) {
                kinds[i + 1] = Some(Kind::Subheading);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_footnote_call_glued_to_its_word_goes_and_other_numbers_stay() {
        let mut raw: Vec<String> = [
            "Warga bergantung pada angkot14 dan ojek, kata Perumda Mandiri,15 kemarin.",
            "Tarif Rp2.000 berlaku di halte B20 dan 14 halte lain.",
            "14 Angkot (angkutan kota) adalah sebutan lokal untuk minibus trayek tetap.",
            "15 Nama badan usaha ditulis sesuai teks asli berita.",
        ]
        .map(String::from)
        .to_vec();
        without_footnote_calls(&mut raw);
        assert_eq!(
            raw[0],
            "Warga bergantung pada angkot dan ojek, kata Perumda Mandiri, kemarin."
        );
        assert_eq!(
            raw[1],
            "Tarif Rp2.000 berlaku di halte B20 dan 14 halte lain."
        );
        assert!(raw[2].starts_with("14 Angkot"));
    }

    #[test]
    fn a_bracketed_call_a_note_answers_goes_and_a_link_number_stays() {
        let mut raw: Vec<String> = [
            "Harga karet turun dari Rp10.200 pada awal Oktober.[1] Petani menahan panen.",
            "Lihat juga [3]Beranda dan pasal[2] yang lain.",
            "[1] Harga rata-rata di tingkat pengepul di Kecamatan Linggang Bigung.",
        ]
        .map(String::from)
        .to_vec();
        without_footnote_calls(&mut raw);
        assert_eq!(
            raw[0],
            "Harga karet turun dari Rp10.200 pada awal Oktober. Petani menahan panen."
        );
        assert_eq!(raw[1], "Lihat juga [3]Beranda dan pasal[2] yang lain.");
        // A note in brackets answers no bare figure ("12 km2" keeps its square).
        let mut units: Vec<String> = [
            "Genangan seluas 12 km2 di tiga kecamatan.[2]",
            "[2] Hasil pemetaan cepat tim BPBD pada Kamis sore.",
        ]
        .map(String::from)
        .to_vec();
        without_footnote_calls(&mut units);
        assert_eq!(units[0], "Genangan seluas 12 km2 di tiga kecamatan.");
        assert!(raw[2].starts_with("[1] Harga"));
    }

    #[test]
    fn a_drafts_comment_anchors_and_the_comments_at_its_foot_go() {
        let lines = |text: &str| text.lines().map(String::from).collect::<Vec<_>>();
        let mut raw = lines(
            "POSO – Sebanyak 48 mahasiswa ikut mendampingi petugas (23–24/11/2026).[a]\n\
             \n\
             \"Cakupan di Wuasa sudah di atas 88 persen,\" kata Ferry.[b][c] Point [a] stays.\n\
             \n\
             ###\n\
             \n\
             [a]Selvi Lemba:\n\
             Lead sudah oke. Perlu sebut jumlah desa?\n\
             [b]Debora Pelima: Angka 88 persen sudah dikonfirmasi.\n\
             [c]Selvi Lemba: Oke.",
        );
        without_comment_anchors(&mut raw);
        assert_eq!(
            raw[0],
            "POSO – Sebanyak 48 mahasiswa ikut mendampingi petugas (23–24/11/2026)."
        );
        assert_eq!(
            raw[2],
            "\"Cakupan di Wuasa sudah di atas 88 persen,\" kata Ferry. Point [a] stays."
        );
        assert_eq!(raw[4], "###");
        assert!(raw[6..].iter().all(String::is_empty), "{raw:?}");
        // With no comment at the foot, a bracketed letter is the text's own.
        let mut plain = lines("Clause 4[a] of the by-law applies.\n\nThe council met.");
        without_comment_anchors(&mut plain);
        assert_eq!(plain[0], "Clause 4[a] of the by-law applies.");
        // Comments that do not run to the text's end are no foot: the story goes on after them.
        let mut mid = lines("The hall opens.[a]\n[a]Note: check\n\nThe story goes on.");
        without_comment_anchors(&mut mid);
        assert_eq!(mid[0], "The hall opens.[a]");
    }

    #[test]
    fn a_translation_after_each_paragraph_goes() {
        let text = "Harga Beras di Cirebon Tembus Rp14.500, Bulog Gelar Operasi Pasar
Rice Price in Cirebon Hits Rp14,500, Bulog Holds Market Operation

Harga beras di pasar Kota Cirebon naik menjadi Rp14.500 per kilogram pada pekan ini dan Bulog turun.

The price of rice in the markets of Cirebon City rose to Rp14,500 per kilogram this week and Bulog stepped in.

Kepala dinas, Yuyun Sriwahyuni, mengatakan kenaikan itu terjadi sejak awal September karena pasokan dari petani berkurang.

The head of the office, Yuyun Sriwahyuni, said the increase began in early September because supply from farmers fell.

“Di warung dekat rumah sudah Rp15.000 sekilo. Di sini lebih murah, walau harus antre,” ujarnya.

“At the stall near my house it is already Rp15,000 a kilo. Here it is cheaper, even if I queue,” she said.";
        let got: Vec<String> = lines(text).into_iter().filter(|l| !l.is_empty()).collect();
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[0].starts_with("Harga Beras"));
        assert!(
            got.iter()
                .skip(1)
                .all(|l| super::language(l, 1) == super::Language::Indonesian)
        );
        // Two pairs are a story quoting a translation, not a parallel page.
        let two: String = text.lines().take(10).collect::<Vec<_>>().join("\n");
        assert_eq!(lines(&two).iter().filter(|l| !l.is_empty()).count(), 6);
    }

    #[test]
    fn a_captions_pair_in_one_block_does_not_shift_the_paragraphs_pairs() {
        let text = "
BP Geopark Merangin Latih 30 Pemuda Desa Jadi Pemandu Geowisata
Merangin Geopark Board Trains 30 Village Youths as Geotourism Guides

Selasa, 27 Oktober 2026 / Tuesday, 27 October 2026
Teks / Text: Rini Oktaviani · Foto / Photo: Dok. BP Geopark Merangin Jambi

Peserta pelatihan mengamati fosil kayu di tepi Sungai Merangin, Desa Air Batu, Sabtu (24/10/2026).
Participants examine fossil wood on the bank of the Merangin River in Air Batu, Saturday (24/10/2026).

Badan Pengelola Geopark Merangin Jambi melatih 30 pemuda dari enam desa di sekitar kawasan geopark menjadi pemandu geowisata. Pelatihan selama lima hari itu berlangsung di Desa Air Batu, Kecamatan Renah Pembarap, Kabupaten Merangin, dan ditutup pada Senin (26/10/2026).

The Merangin Jambi Geopark Management Board has trained 30 young people from six villages around the geopark as geotourism guides. The five-day training took place in Air Batu village, Renah Pembarap district, Merangin regency, and closed on Monday (26/10/2026).

Para peserta mempelajari cara menjelaskan fosil flora berumur sekitar 300 juta tahun yang tersingkap di tepi Sungai Merangin, sejarah geologi kawasan, hingga teknik keselamatan saat membawa wisatawan menyusuri sungai dengan perahu karet.

Participants learned how to explain the roughly 300-million-year-old plant fossils exposed on the banks of the Merangin River, the geological history of the area, and safety techniques for taking visitors down the river by rubber raft.

Kepala Badan Pengelola Geopark Merangin Jambi, Hendra Saputra, mengatakan pemandu dari desa setempat menjadi kunci agar geopark memberi manfaat langsung bagi warga. Menurut dia, kunjungan wisatawan terus bertambah sejak Geopark Merangin Jambi ditetapkan sebagai UNESCO Global Geopark pada 2023.

The head of the board, Hendra Saputra, said guides from local villages are key to making sure the geopark brings direct benefits to residents. According to him, visitor numbers have kept rising since Merangin Jambi Geopark was designated a UNESCO Global Geopark in 2023.";
        let got: Vec<String> = lines(text).into_iter().filter(|l| !l.is_empty()).collect();
        let kept = |opening: &str| got.iter().any(|l| l.starts_with(opening));
        assert!(kept("Badan Pengelola"), "{got:?}");
        assert!(kept("Para peserta"), "{got:?}");
        assert!(kept("Kepala Badan"), "{got:?}");
        assert!(!kept("The Merangin"), "{got:?}");
        assert!(!kept("Participants learned"), "{got:?}");
    }

    fn lines(text: &str) -> Vec<String> {
        let mut raw: Vec<String> = text.lines().map(str::to_string).collect();
        without_marks(&mut raw);
        raw
    }

    #[test]
    fn bold_word_halves_lose_their_marks() {
        let got =
            lines("**Long**sor **meni**mbun **bad**an **Jal**an **Ra**ya **Pun**cak **d**i sana.");
        assert_eq!(got, ["Longsor menimbun badan Jalan Raya Puncak di sana."]);
        // A bold phrase in a sentence is the writer's emphasis.
        let kept = "Dia menyebut **dua kali** bahwa **harga naik** dan **stok aman** hari ini.";
        assert_eq!(lines(kept), [kept]);
    }

    #[test]
    fn a_tag_inside_a_sentence_goes_and_a_comparison_stays() {
        assert_eq!(
            lines(r#"Warga mengira demamnya flu biasa <break time="300ms"/> lalu menunggu lama."#),
            ["Warga mengira demamnya flu biasa lalu menunggu lama."]
        );
        let quoted = "Menteri menulis kode <script>alert(1)</script> di laman resmi kementerian.";
        assert_eq!(lines(quoted), [quoted]);
        let kept = "Anak usia <5 tahun dan lansia >60 tahun paling rentan terkena penyakit itu.";
        assert_eq!(lines(kept), [kept]);
        let page = "<p>Warga mengira demamnya flu biasa lalu menunggu lama sekali.</p>";
        assert_eq!(lines(page), [page]);
    }

    #[test]
    fn glosses_and_recurring_notes_go_and_a_single_bracket_stays() {
        let got = lines(
            "Kasus DBD [ucapkan: dé-bé-dé] naik tajam di kota itu.\n\
             Angka itu 81 persen [ucapkan: delapan puluh satu persen], jauh di bawah target.\n\
             Supply was intermittent [= stopping and starting] for a year.\n\
             He said the [acting] minister [Note: since May] would decide soon.",
        );
        assert_eq!(
            got,
            [
                "Kasus DBD naik tajam di kota itu.",
                "Angka itu 81 persen, jauh di bawah target.",
                "Supply was intermittent for a year.",
                "He said the [acting] minister [Note: since May] would decide soon.",
            ]
        );
    }

    #[test]
    fn a_print_exports_page_furniture_goes_and_the_broken_paragraph_meets_again() {
        let got = lines(
            "NEWS · LARGE PRINT Page 1\n----------------\nHeadline Here\n\nThe old mains mean \
             the pressure\n\n— end of page 1 —\n\nNEWS · LARGE PRINT Page 2\n\
             ----------------\ndrops off sharply, he said.\n\n— end of page 2 —\n\n\
             NEWS · LARGE PRINT Page 3\n----------------\nThe MP wrote to the ministry.",
        );
        assert_eq!(
            got,
            [
                "Headline Here",
                "",
                "The old mains mean the pressure",
                "drops off sharply, he said.",
                "",
                "The MP wrote to the ministry.",
            ]
        );
    }

    #[test]
    fn a_reports_numbered_footer_and_running_head_go_and_the_broken_paragraph_meets_again() {
        let head = "LAPORAN TRIWULAN IV 2026\nProgram Malaria Berbasis Kampung";
        let got = lines(&format!(
            "{head}\n\nKader Kampung di Fawi Kini Bisa Periksa Malaria\n\nSepanjang 2025 \
             puskesmas mencatat 1.140 kasus, sebagian besar\n\nYayasan Kasih · Laporan Triwulan \
             IV 2026                    11\n\n{head}\n\ndari kampung yang jauh.\n\nData kader \
             membantu.\n\nYayasan Kasih · Laporan Triwulan IV 2026                    12"
        ));
        let story: Vec<&str> = got
            .iter()
            .map(String::as_str)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            story,
            [
                "Kader Kampung di Fawi Kini Bisa Periksa Malaria",
                "Sepanjang 2025 puskesmas mencatat 1.140 kasus, sebagian besar",
                "dari kampung yang jauh.",
                "Data kader membantu.",
            ]
        );
        // The halves meet with no blank line between them.
        let at = got
            .iter()
            .position(|l| l.ends_with("sebagian besar"))
            .unwrap();
        assert_eq!(got[at + 1], "dari kampung yang jauh.");
        // A story's own lines ending on a number, each followed by the story, are no footers.
        let stages = "Etape Hari ke 2\nPara pembalap menempuh 120 km.\n\na\nb\nc\n\
                      Etape Hari ke 3\nPara pembalap beristirahat di Wamena.";
        assert_eq!(
            lines(stages)
                .iter()
                .filter(|l| l.starts_with("Etape"))
                .count(),
            2
        );
        // A line naming a number twice, or numbers far apart, is no page's footer.
        let list = "Juara kelas putra 1\nJuara kelas putra 3\n\nAtlet terbaik tahun ini 4\n\
                    a\nb\nc\nd\nAtlet terbaik tahun ini 4";
        assert_eq!(
            lines(list).iter().filter(|l| l.contains("putra")).count(),
            2
        );
        assert_eq!(
            lines(list).iter().filter(|l| l.contains("terbaik")).count(),
            2
        );
    }

    #[test]
    fn a_long_text_of_marks_is_read_in_time_linear_in_its_length() {
        // 20,000 pop-up entries inside paragraphs, and a block of 20,000 different names after
        // its translation-shaped neighbour: each pass is one walk over the lines.
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!(
                "Warga kota berjalan ke halte\nrute\nru·te n\njalan\nSumber: KBBI · Tutup ✕\n\
                 sehingga bus nomor {i} terisi.\n\n"
            ));
        }
        let names: Vec<String> = (0..20_000).map(|i| format!("Nama{i}")).collect();
        text.push_str(&format!(
            "Di kota itu dan di desa ini ada {}\n\n",
            names.join(" ")
        ));
        text.push_str(&format!(
            "In the city and in the village the {}\n",
            names.join(" ")
        ));
        let started = std::time::Instant::now();
        let got = lines(&text);
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
        assert_eq!(
            got[0],
            "Warga kota berjalan ke halte sehingga bus nomor 0 terisi."
        );
    }

    #[test]
    fn a_pause_cue_between_paragraphs_goes_and_a_lone_bracket_stays() {
        let got = lines("Satu.\n[jeda]\nDua.\n[jeda]\nTiga.\n[jeda panjang]\nEmpat.\n[OKT]");
        assert_eq!(
            got,
            ["Satu.", "", "Dua.", "", "Tiga.", "", "Empat.", "[OKT]"]
        );
    }

    #[test]
    fn a_word_list_repeating_the_glossed_words_goes() {
        let got = lines(
            "Supply was intermittent [= stopping and starting] for a year and the tanker \
             [= a truck that carries liquid] came late.\n\nYOUR VOCABULARY (2 words)\n\
             • intermittent — stopping and starting\n• tanker — a truck that carries liquid\n\
             • reservoir — a lake that stores water",
        );
        assert_eq!(
            got,
            [
                "Supply was intermittent for a year and the tanker came late.",
                "",
                "",
                "",
                "",
                "• reservoir — a lake that stores water",
            ]
        );
    }

    #[test]
    fn a_dictionary_entry_inside_a_paragraph_goes_and_the_paragraph_is_one() {
        let got = lines(
            "Rute lama hanya melewati Jalan Pajajaran\nrute\nru·te n\n1 jalan yang harus \
             ditempuh\nSumber: KBBI VI Daring · Salin · Tutup ✕\nsehingga penumpang berjalan \
             jauh.\n\nbahu jalan\nba·hu ja·lan n\nbagian tepi jalan\nSumber: KBBI · Tutup ✕\n\n\
             Paragraf berikutnya.",
        );
        assert_eq!(
            got,
            [
                "Rute lama hanya melewati Jalan Pajajaran sehingga penumpang berjalan jauh.",
                "",
                "",
                "Paragraf berikutnya.",
            ]
        );
    }
}
