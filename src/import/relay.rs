//! A story passed on inside someone else's document: a press office's bulletin quoting the
//! article it answers, a health office's situation report, a council agenda's appendix, a
//! helpdesk ticket, a calendar invitation. The carrier writes its own head — a letterhead in
//! capitals, reference numbers, `Label: value` fields, a covering sentence — and then the
//! story, which opens as a story does: its headline, its byline or date line, its lead. The
//! carrier's head is no part of the page, and neither is its date, nor the line a carrier
//! writes where the quoted text stops (`End of Appendix D`, `>> Akhir kutipan`, a rule across the
//! page) and what stands under it, nor its running folios between the story's paragraphs. Read by
//! shape and position, never by whose document it is.

use super::clean::Line;
use super::parts::{Kind, features, is_prose};

/// The lines a story's head may set between its headline and its lead: a byline, a credit, a
/// date line.
fn is_head_meta(kind: Option<Kind>) -> bool {
    matches!(
        kind,
        Some(Kind::Byline | Kind::Credit | Kind::DateTime | Kind::Outlet)
    )
}

/// A short line no rule named, under a byline or a date line (`Legislature reporter`): the
/// writer's post.
fn is_post_line(text: &str) -> bool {
    features(text).words <= 4
        && !is_prose(text)
        && !super::clean::ends_sentence(text)
        && !text.trim().ends_with(':')
}

/// "Perihal: Tanggapan …", "Status: Terbuka", "Request no.: CGS-2026-0113": a field's label
/// (one to four words) before a colon, a value after it.
fn is_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        (1..=4).contains(&words)
            && !value.trim().is_empty()
            && label.chars().next().is_some_and(char::is_uppercase)
            && !label.contains(['"', '“', '(', ','])
    })
}

/// "PEMERINTAH PROVINSI KALIMANTAN TENGAH": a letterhead's line, two words or more, every
/// letter a capital.
fn is_shouted(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    text.split_whitespace().count() >= 2
        && letters.len() >= 6
        && letters.iter().all(|c| !c.is_lowercase())
}

/// "031/BP-Adpim/II/2026", "CGS-2026-0113", "HSCS/S6/26/7/1": a document's reference, a code of
/// letters and figures joined by slashes or hyphens.
fn holds_reference(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let joins = w.matches(['/', '-']).count();
        joins >= 2 && w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic())
    })
}

/// "Annexe B", "Lampiran 2", "Appendix D": the label of a document's part, its word and a
/// letter or a number.
fn is_part_label(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() == 2
        && [
            "annex",
            "annexe",
            "appendix",
            "lampiran",
            "attachment",
            "exhibit",
        ]
        .contains(&words[0].to_lowercase().as_str())
        && words[1].chars().count() <= 3
}

/// A line of a carrier's frame: a field (not a writer's credit, `Penulis: …`, nor a line a
/// rule read as a byline or a date line), a letterhead's
/// line, a reference, a document part's label, a line introducing what follows (closing on a
/// colon), a path of sections (`Tiket › #4821`, `Home | News`).
fn is_frame(text: &str, kind: Option<Kind>) -> bool {
    let t = text.trim();
    if is_head_meta(kind) || super::credits::role_cue(t).is_some() {
        return false;
    }
    is_part_label(t)
        || is_field(t) && super::credits::role_cue(t).is_none()
        || is_shouted(t)
        || holds_reference(t)
        || t.ends_with(':')
        || t.contains(" › ")
        || t.contains(" | ")
        || t.contains(" > ")
}

/// A headline's shape: four words or more, no sentence closed inside it, no field's label, no
/// date.
fn headline_shaped(text: &str) -> bool {
    let t = text.trim();
    let words = features(t).words;
    words >= 4
        && super::headline::is_headline(t)
        && !is_field(t)
        && !is_shouted(t)
        && super::datefind::find_all(t, false).is_empty()
}

/// Whether a story's head begins at line `h`: a headline (or, where the carrier lost it, a
/// byline under a line introducing the copy) over at most a standfirst and four lines of
/// byline, credit, outlet or date, over a lead of prose; the head needs one such line or a
/// dateline opening the lead. Where the lead stands.
fn head_at(lines: &[Line], kinds: &[Option<Kind>], h: usize) -> Option<usize> {
    let n = lines.len();
    let t = &lines[h].text;
    let titled = kinds[h].is_none() && headline_shaped(t);
    // Under a line introducing the copy or a carrier's opening mark, a carrier that lost the
    // headline opens the story with its byline or its dateline.
    let opened = h > 0
        && (lines[h - 1].text.trim().ends_with(':') || kinds[h - 1] == Some(Kind::PageMarker));
    let dated = |j: usize| {
        super::dateline::parse(&lines[j].text)
            .is_some_and(|d| features(&lines[j].text[d.rest..]).words >= 6)
    };
    let introduced =
        opened && (is_head_meta(kinds[h]) || kinds[h].is_none() && is_prose(t) && dated(h));
    if !titled && !introduced {
        return None;
    }
    // Over the headline, the carrier's line citing where and when the story ran.
    // A headline standing on a citation alone tells a story: six words or more.
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let cited = titled && words >= 6 && h > 0 && cites(&lines[h - 1].text);
    let mut j = if titled { h + 1 } else { h };
    // A standfirst under the headline, and a labelled credit no rule named (`Author of the
    // article: …`), over the byline or date line: two lines at most, neither closing a sentence.
    if titled {
        let mut k = j;
        while k < n
            && k < h + 3
            && kinds[k].is_none()
            && !super::clean::ends_sentence(&lines[k].text)
            && features(&lines[k].text).words >= 3
            && (k == h + 1 || is_field(&lines[k].text))
        {
            k += 1;
        }
        if k > j && k < n && is_head_meta(kinds[k]) {
            j = k;
        }
    }
    let mut metas = 0;
    while j < n
        && j <= h + 5
        && (is_head_meta(kinds[j])
            || metas > 0 && kinds[j].is_none() && is_post_line(&lines[j].text))
    {
        metas += 1;
        j += 1;
    }
    // A summary under its label ("IN SUMMARY") between the date line and the lead.
    if metas > 0 && j + 1 < n && kinds[j] == Some(Kind::Label) {
        j += 2;
    }
    if j >= n || kinds[j].is_some() || !is_prose(&lines[j].text) {
        return None;
    }
    (metas > 0 || cited || dated(j)).then_some(j)
}

/// ">> Barito Post, Rabu, 4 Februari 2026", "Nunatsiaq News | March 5, 2026": a line citing
/// where and when a story ran — no sentence, a date and words beside it.
fn cites(text: &str) -> bool {
    let f = features(text);
    !is_prose(text)
        && (3..=16).contains(&f.words)
        && super::datefind::find_all(text, false).len() == 1
}

/// Where the first story head begins, and its lead, when a carrier's head stands over it —
/// three lines or more, two of them its frame (fields, letterhead, references, a document
/// part's label, a line introducing the copy), at most five of prose (its covering note). The
/// text's first head decides: a story's own head opening the text has no carrier, and a second
/// head under a story is a second story, never the first one's carrier. The counts are kept as
/// the search goes down, so a long text is read once.
fn story_head(lines: &[Line], kinds: &[Option<Kind>]) -> Option<(usize, usize)> {
    let (mut frames, mut prose) = (0, 0);
    for h in 0..lines.len() {
        if prose > 5 {
            return None;
        }
        if let Some(lead) = head_at(lines, kinds, h) {
            return (h >= 3 && frames >= 2).then_some((h, lead));
        }
        frames += usize::from(is_frame(&lines[h].text, kinds[h]));
        prose += usize::from(is_prose(&lines[h].text));
    }
    None
}

/// "End of Appendix D", ">> Akhir kutipan", "--- Article ends ---": a short line, its marks
/// aside, saying that a quoted part ends — an end word, and the part's name or label.
fn ends_the_quote(text: &str) -> bool {
    let inner = text
        .trim()
        .trim_matches(|c: char| matches!(c, '-' | '=' | '*' | '#' | '>' | '<' | '_' | ' '));
    let words: Vec<String> = inner
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    const END: &[&str] = &["end", "ends", "akhir", "selesai"];
    const PART: &[&str] = &[
        "quote",
        "quotation",
        "kutipan",
        "salinan",
        "copy",
        "article",
        "artikel",
        "story",
        "berita",
        "text",
        "teks",
        "appendix",
        "annex",
        "annexe",
        "lampiran",
        "clipping",
        "kliping",
        "excerpt",
        "extract",
        "item",
    ];
    (2..=4).contains(&words.len())
        && words.iter().any(|w| END.contains(&w.as_str()))
        && words.iter().any(|w| PART.contains(&w.as_str()))
        && words.iter().all(|w| {
            END.contains(&w.as_str())
                || PART.contains(&w.as_str())
                || ["of", "the", "dari"].contains(&w.as_str())
                || w.chars().count() <= 2
        })
}

/// "-----", "────────", "____", and the short "---" of a plain-text document: a rule across
/// the page, which a carrier draws where the copy it holds stops.
fn is_rule(text: &str) -> bool {
    let t = text.trim();
    super::clean::is_rule(t) || matches!(t, "---" | "----" | "___" | "===")
}

/// "HSCS/S6/26/7/1   8", "CGS-2026-0113   Page 12 of 14": a document's running folio, its
/// reference and the page's number, standing between the quoted story's paragraphs.
fn is_folio(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    features(text).words <= 6
        && !is_prose(text)
        && holds_reference(text)
        && last.chars().all(|c| c.is_ascii_digit())
}

/// Marks a carrier's head over the story it quotes: every line over the story's head is the
/// carrier's, save the line right over the headline that cites where and when the story ran
/// (`>> Barito Post, Rabu, 4 Februari 2026`, `The Shetland Times, Friday 13 February 2026, page
/// 3`), which dates the story. A line under the story saying the quote ends closes it: it and
/// everything under it are the carrier's. Where the story's head stands, if a carrier holds it.
pub(super) fn carried_story(lines: &[Line], kinds: &mut [Option<Kind>]) -> Option<usize> {
    // A text whose first line another route's reader has claimed (a mail's header, an
    // archive's banner, a clipping's record, a translating browser's banner) is that reader's.
    if kinds.first() == Some(&Some(Kind::Promo)) {
        return None;
    }
    let (head, lead) = story_head(lines, kinds)?;
    // A date over the head is the carrier's when the story's head dates the story itself; a
    // clipping's record dating its edition is the only date there is.
    let dated_head =
        cites(&lines[head - 1].text) || kinds[head..lead].contains(&Some(Kind::DateTime));
    // A head without a headline of its own (a record's `Isi Berita:` over the lead) leaves the
    // record's headline field, writer and date over it to the rules that read them; a
    // masthead alone on its line is left to the header in any case.
    let titled = kinds[head].is_none() && headline_shaped(&lines[head].text);
    for k in 0..head {
        let t = &lines[k].text;
        let kept = matches!(
            kinds[k],
            Some(Kind::Outlet | Kind::SourceLine | Kind::Copyright)
        ) || kinds[k] == Some(Kind::DateTime) && !dated_head
            || !titled && matches!(kinds[k], Some(Kind::Byline | Kind::Credit));
        let named = kinds[k].is_none()
            && (super::parts::is_outlet_line(t)
                || !titled && super::parts::without_desk_mark(t) != t.as_str());
        if !kept && !named {
            kinds[k] = Some(Kind::Promo);
        }
    }
    if cites(&lines[head - 1].text) {
        kinds[head - 1] = Some(Kind::DateTime);
    }
    // A second story the carrier passes on under the first, with a head of its own, is the
    // carrier's too, and so is the line introducing it ("Also from the same edition:"); the
    // story's own head repeated over its next page is no second story.
    let end = (lead + 1..lines.len())
        .find(|&k| {
            ends_the_quote(&lines[k].text)
                || is_rule(&lines[k].text)
                || lines[k].text != lines[head].text
                    && head_at(lines, kinds, k).is_some_and(|_| headline_shaped(&lines[k].text))
        })
        .map(|k| {
            let introduced = k > lead + 1
                && lines[k - 1].text.trim().ends_with(':')
                && !is_prose(&lines[k - 1].text);
            if introduced { k - 1 } else { k }
        })
        .unwrap_or(lines.len());
    // The writer's credit closing the story ("Penulis: …", "Story by …"), with no paragraph of
    // the story's length under it, ends it: what the carrier sets under it (its agenda, its
    // questions, its notes on the ticket) is the carrier's.
    let long = |k: usize| is_prose(&lines[k].text) && features(&lines[k].text).words >= 25;
    let last_long = (lead..end).rev().find(|&k| long(k)).unwrap_or(lead);
    let credited = (last_long.max(lead + 2)..end)
        .find(|&k| matches!(kinds[k], Some(Kind::Byline | Kind::Credit)))
        .map(|k| {
            let mut after = k + 1;
            while after < end && matches!(kinds[after], Some(Kind::Credit | Kind::SignOff)) {
                after += 1;
            }
            after
        });
    let end = credited.unwrap_or(end);
    // Between the headline and the lead, a line no rule named (a standfirst, a writer's post,
    // a summary under its label) is the page's furniture, never the lead.
    for k in (head + 1).min(lead)..lead {
        let t = &lines[k].text;
        if kinds[k].is_none() && !super::parts::is_outlet_line(t) && !super::parts::is_name_line(t)
        {
            kinds[k] = Some(Kind::Promo);
        }
    }
    for kind in &mut kinds[end..] {
        *kind = Some(Kind::Promo);
    }
    for k in head + 1..end {
        if is_folio(&lines[k].text) {
            kinds[k] = Some(Kind::PageMarker);
        }
    }
    Some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_saying_the_quote_ends_is_told_from_a_sentence() {
        assert!(ends_the_quote("End of Appendix D"));
        assert!(ends_the_quote(">> Akhir kutipan"));
        assert!(ends_the_quote("--- Article ends ---"));
        assert!(!ends_the_quote("The end of the story came in March."));
        assert!(!ends_the_quote("Akhir pekan"));
    }

    #[test]
    fn a_carriers_frame_is_read_by_its_shape() {
        assert!(is_frame(
            "Perihal: Tanggapan atas pemberitaan media daring",
            None
        ));
        assert!(is_frame("PEMERINTAH PROVINSI KALIMANTAN TENGAH", None));
        assert!(is_frame("BULETIN PERS Nomor 031/BP-Adpim/II/2026", None));
        assert!(is_frame("Annexe B", None));
        assert!(!is_frame(
            "Penulis: Ni Luh Putu | Editor: Made Sudarsana",
            None
        ));
        assert!(!is_frame(
            "Warga mengungsi ke balai desa sejak Senin malam.",
            None
        ));
    }
}
