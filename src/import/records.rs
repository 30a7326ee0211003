//! Records, catalogues and office documents around a story. A library's catalogue, an
//! archive's inventory, a delivery service's cover sheet, a comparison tool's report, a
//! database's printout or a letter quoting a story sets the story among its own lines; each is
//! read by its shape, never by whose it is:
//!
//! - a frame ruled off from the story: rules drawn across the page (a run of one mark, ten or
//!   more) part the text into blocks, and one block holds the story's prose while the others
//!   hold half as much at most (a record's fields, a tool's header, a cover sheet, the footer of a
//!   printout). The other blocks are the record's, no line of the page, but for the lines a
//!   cue reads already (a credit, a date line, a copyright line naming the outlet). The
//!   record's date lines give way to the story's own date line over its lead;
//! - a label that introduces the text the record carries (`TEXT AS FILMED:`, `SOURCE TEXT`,
//!   `Transkripsi (diketik ulang …)`): a line of at most three words before any bracket, naming
//!   the text, with no stop, among the first lines and with at most two lines of prose over it,
//!   right over the copy's headline. The lines over it that no cue reads are the record's (a
//!   card's headings, a worksheet's blanks, a viewer's lines);
//! - a list of records after the story: two lines or more holding the same run of three labelled
//!   fields or more (`Nomor: 1 Penulis: … Subjek: … Tanggal: …`, a document's comments as a PDF
//!   reader sums them up), each with a line or two of its own under it. From the first such line
//!   to the text's end, and the short labelled line right over it (`Halaman: 5`), the lines are
//!   the list's;
//! - a tool's stamp: a line a converter or a proofing system sets on every page
//!   (`Evaluation Warning: The document was created with …`, `PROOF 2 · NOT FOR PUBLICATION`),
//!   the same words of three or more, no sentence, on three lines or more, or on two lines
//!   when shouted.

use super::clean::{self, Line};
use super::datefind;
use super::parts::{self, Kind, is_prose};

/// Marks the frame of a record ruled off from the story (see the module's notes): every line of
/// the blocks that do not hold the story that no cue has read is the record's. Where the
/// story's block begins and ends, when the text is so framed.
pub(super) fn ruled_frame(lines: &[Line], kinds: &mut [Option<Kind>]) -> Option<(usize, usize)> {
    let rules: Vec<usize> = (0..lines.len())
        .filter(|&k| clean::is_rule(&lines[k].text))
        .collect();
    if rules.is_empty() {
        return None;
    }
    // The blocks between the rules, as ranges of lines.
    let mut blocks: Vec<(usize, usize)> = Vec::with_capacity(rules.len() + 1);
    let mut from = 0;
    for &r in &rules {
        blocks.push((from, r));
        from = r + 1;
    }
    blocks.push((from, lines.len()));
    let prose = |(a, b): (usize, usize)| {
        (a..b)
            .filter(|&k| kinds[k].is_none_or(Kind::is_body) && is_prose(&lines[k].text))
            .count()
    };
    let counts: Vec<usize> = blocks.iter().map(|&b| prose(b)).collect();
    let (story, &most) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    let others: usize = counts.iter().sum::<usize>() - most;
    // The record's blocks hold half as many lines of prose as the story's at most (a usage
    // note, a letter's opening sentence, a catalogue's note fields); some line stands outside
    // the story.
    let framed = blocks
        .iter()
        .enumerate()
        .any(|(i, &(a, b))| i != story && (a..b).any(|k| !lines[k].text.trim().is_empty()));
    if most < 3 || others * 2 > most || !framed {
        return None;
    }
    let (start, end) = blocks[story];
    // The record's own dates (a letter's, a request's, a printout's) give way to the story's own
    // date line, over its lead in its block.
    let lead = (start..end).find(|&k| is_prose(&lines[k].text));
    let dated = (start..lead.unwrap_or(end)).any(|k| {
        kinds[k] == Some(Kind::DateTime)
            || parts::date_residue(&lines[k].text).is_some()
            || parts::is_page_header(&lines[k].text)
                && !datefind::find_all(&lines[k].text, false).is_empty()
    });
    // "Headline / By X / date" ruled off from a story with no headline of its own is the
    // story's title block, not a record: a short block over a story block without a line
    // shaped as a headline over its lead is left to the classifier.
    let headed = (start..lead.unwrap_or(end)).any(|k| {
        let f = parts::features(&lines[k].text);
        kinds[k] == Some(Kind::Headline) || kinds[k].is_none() && f.words >= 3 && !f.ends_stop
    });
    let over = (0..start)
        .filter(|&k| !clean::is_rule(&lines[k].text) && !lines[k].text.trim().is_empty())
        .count();
    // So is a short block ruled off right over such a story that holds a date line or a
    // byline ("Dense fog halts … / Updated: 13.01.2026 / Reporter: …").
    let title_block = blocks[..story].last().filter(|&&(a, b)| {
        b - a <= 4 && (a..b).any(|k| matches!(kinds[k], Some(Kind::DateTime | Kind::Byline)))
    });
    // The record's lines over the story end where the story's own header begins.
    let cut = match title_block {
        _ if over <= 3 && !headed => 0,
        Some(&(a, _)) if !headed => a,
        _ => start,
    };
    for k in (0..cut).chain(end..lines.len()) {
        if kinds[k].is_none_or(Kind::is_body) || dated && kinds[k] == Some(Kind::DateTime) {
            kinds[k] = Some(Kind::Promo);
        }
    }
    Some((start, end))
}

/// The words a label names the carried text with.
const TEXT_WORDS: &[&str] = &[
    "text",
    "teks",
    "transcript",
    "transcription",
    "transkripsi",
    "transkrip",
];

/// "TEXT AS FILMED:", "SOURCE TEXT", "Transkripsi (diketik ulang pengolah arsip)": a label
/// naming the text a record carries.
fn names_the_text(text: &str) -> bool {
    let head = text.split('(').next().unwrap_or("").trim();
    let head = head.strip_suffix(':').unwrap_or(head).trim();
    let words: Vec<String> = head
        .split_whitespace()
        .map(|w| {
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    (1..=3).contains(&words.len())
        && words.iter().any(|w| TEXT_WORDS.contains(&w.as_str()))
        && !text.trim_end().ends_with(['.', '!', '?'])
        && !head.contains(':')
}

/// Marks the lines over a label introducing the carried text (see the module's notes). Where
/// the label stands, when there is one.
pub(super) fn text_label(lines: &[Line], kinds: &mut [Option<Kind>]) -> Option<usize> {
    let mut prose = 0;
    let mut at = None;
    for k in 0..lines.len().min(25) {
        if kinds[k].is_none() && names_the_text(&lines[k].text) {
            at = Some(k);
            break;
        }
        if is_prose(&lines[k].text) {
            prose += 1;
            if prose > 2 {
                return None;
            }
        }
    }
    let at = at?;
    // The copy under the label opens with its headline, and its prose follows within a few
    // lines.
    let headline = lines.get(at + 1).is_some_and(|l| {
        let f = parts::features(&l.text);
        f.words >= 3 && !f.ends_stop && !l.text.contains(':')
    });
    if !headline || !(at + 2..lines.len().min(at + 6)).any(|k| is_prose(&lines[k].text)) {
        return None;
    }
    for kind in &mut kinds[..=at] {
        if kind.is_none_or(Kind::is_body) {
            *kind = Some(Kind::Promo);
        }
    }
    Some(at)
}

/// "Nomor: 1 Penulis: redpel.identitas Subjek: Catatan Tempel Tanggal: 13/03/2026": the labels
/// of a line holding three labelled fields or more (a capitalised word, a colon, a value), in
/// order.
fn field_labels(text: &str) -> Option<Vec<&str>> {
    let labels: Vec<&str> = text
        .split_whitespace()
        .filter_map(|w| w.strip_suffix(':'))
        .filter(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
        })
        .collect();
    (labels.len() >= 3 && text.split_whitespace().next()?.ends_with(':')).then_some(labels)
}

/// Marks a list of records after the story (see the module's notes).
pub(super) fn records_after_story(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let Some(first_prose) = (0..lines.len()).find(|&k| is_prose(&lines[k].text)) else {
        return;
    };
    let rows: Vec<(usize, Vec<&str>)> = (first_prose..lines.len())
        .filter_map(|k| field_labels(&lines[k].text).map(|l| (k, l)))
        .collect();
    let Some((first, labels)) = rows.first() else {
        return;
    };
    let same = rows.iter().filter(|(_, l)| l == labels).count();
    // Each row holds at most two lines of its own under it.
    let tight = rows.windows(2).all(|w| w[1].0 - w[0].0 <= 3)
        && lines.len() - rows.last().map_or(0, |r| r.0) <= 3;
    if same < 2 || rows.len() != same || !tight {
        return;
    }
    let mut from = *first;
    if from > 0 {
        let over = lines[from - 1].text.trim();
        let short_field = over.split_once(':').is_some_and(|(label, value)| {
            label.split_whitespace().count() <= 2 && value.split_whitespace().count() <= 3
        });
        if short_field {
            from -= 1;
        }
    }
    for kind in &mut kinds[from..] {
        if kind.is_none_or(Kind::is_body) {
            *kind = Some(Kind::Promo);
        }
    }
}

/// Marks a tool's stamp on every page (see the module's notes).
pub(super) fn page_stamps(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for line in lines {
        let t = line.text.trim();
        if t.split_whitespace().count() >= 3 {
            *seen.entry(t).or_default() += 1;
        }
    }
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        let t = line.text.trim();
        let n = seen.get(t).copied().unwrap_or(0);
        // A headline a page repeats (a link's preview) is written in ordinary case; a stamp
        // set twice is shouted.
        let shouted = !t.chars().any(char::is_lowercase);
        // A paragraph a text repeats is the story's, however often.
        let stamp = n >= 2 && !is_prose(t) && (shouted || n >= 3);
        if stamp && kind.is_none_or(Kind::is_body) {
            *kind = Some(Kind::Promo);
        }
    }
}

/// Which lines a ruled frame holds outside the story (see [`ruled_frame`]), read from the cues
/// alone: the line model keeps them the record's, as it keeps the lines a rule reads a field
/// from.
pub(super) fn frame_mask(lines: &[Line]) -> Vec<bool> {
    let mut kinds: Vec<Option<Kind>> = lines.iter().map(|l| parts::cue(&l.text)).collect();
    let mut mask = vec![false; lines.len()];
    if let Some((start, end)) = ruled_frame(lines, &mut kinds) {
        for (k, m) in mask.iter_mut().enumerate() {
            *m = (k < start || k >= end) && kinds[k] == Some(Kind::Promo);
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(text: &str) -> (Vec<Line>, Vec<Option<Kind>>) {
        let lines = clean::lines(text);
        let kinds = vec![None; lines.len()];
        (lines, kinds)
    }

    #[test]
    fn a_records_fields_ruled_off_from_the_story_are_the_records() {
        let text = "CITY ARCHIVE — INVENTORY
Item : 04.07.003
Condition : Good
------------------------------------------
Ferry Owners Told to Carry More Life Jackets

The transport office has ordered every wooden ferry on the lake to carry a life jacket for each passenger from this week.

Inspectors found that four of nine boats at the main port carried too few jackets on Sunday.

The owners asked for a week to buy more jackets, saying the price had risen this year.
------------------------------------------
Processed by: M. Sitorus | Checked: 03-02-2026";
        let (lines, mut kinds) = kinds_of(text);
        let (start, end) = ruled_frame(&lines, &mut kinds).expect("a ruled frame");
        assert_eq!(
            lines[start].text,
            "Ferry Owners Told to Carry More Life Jackets"
        );
        assert!(kinds[..start].iter().all(|k| *k == Some(Kind::Promo)));
        assert!(kinds[start..end].iter().all(Option::is_none));
        assert_eq!(kinds[end + 1], Some(Kind::Promo));
    }

    #[test]
    fn prose_on_both_sides_of_a_rule_is_one_story() {
        let text = "The transport office has ordered every wooden ferry on the lake to carry a life jacket for each passenger.

Inspectors found that four of nine boats at the main port carried too few jackets on Sunday.
------------------------------------------
The owners asked for a week to buy more jackets, saying the price had risen this year.

The regent said the regency would hand out three hundred jackets before the long holiday.";
        let (lines, mut kinds) = kinds_of(text);
        assert_eq!(ruled_frame(&lines, &mut kinds), None);
        assert!(kinds.iter().all(Option::is_none));
    }
}
