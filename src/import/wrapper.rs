//! The wrapper a copy route puts around a story: the lines a chat forward, a channel post or a
//! social page set over the story, which speak of the sharing, not of the event. A chat's
//! time-and-sender prefix ("[07.42, 13/1/2026] Pak Rusdi RT 14: …"), a channel's "Forwarded
//! from …", a post's time line ("3h · 🌍"), the sharer's own remark (emoji, "Full story 👇"),
//! the page or channel name over them and the link preview the app draws under a link are no
//! part of the story: they are marked as furniture before the header is read, so that the
//! headline under them is the title and none of them is kept.

use std::sync::LazyLock;

use regex::Regex;

use super::clean::Line;
use super::parts::Kind;

/// How far down the top of a text the wrapper may reach.
const TOP: usize = 16;

/// "[07.42, 13/1/2026] Pak Rusdi RT 14: …", "[9:15 AM, 2/3/2026] Ana: …": a chat app's export of
/// one message, its time and date in brackets, then the sender and a colon.
static CHAT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[\d{1,2}[.:]\d{2}(?:\s*[AaPp][Mm])?,\s*\d{1,2}/\d{1,2}/\d{2,4}\]\s*[^:]{1,60}:")
        .unwrap()
});

/// "Piet Djonler, [01.12.26 07:15]", "[03/12/26 07.15] Ujang Sarip:": a desktop chat's stamp
/// over (or before) a message, the sender's name with the time it was sent: the forward's
/// time, never the story's, and the sender, not its writer.
pub(super) static CHAT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[^\[\]]{1,60}, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}[.:]\d{2}(?:[.:]\d{2})?\]$|\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}[.:]\d{2}\]\s*[^:]{1,60}:)",
    )
    .unwrap()
});

/// "3h · 🌍", "3 j · 🌏", "2 d ·", "Yesterday at 18:20 · 🌍": a post's age and audience, set by a
/// social page under its name.
static POST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}\s*[[:alpha:]]{1,5}|[[:alpha:]]+(?:\s+at\s+[\d:.]+)?)\s*·\s*\S{0,3}$")
        .unwrap()
});

/// "2 j", "3 h", "5 hari", "2d", "• 2h": a post's age alone on its line, as a thread sets it
/// under the account's name, maybe behind the dot a forum sets before it (minutes are left
/// out: "3 min" is as often a page's reading time).
static POST_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•·]\s*)?\d{1,2}\s?(?:j|jam|h|hr|hari|mnt|menit|d|w|mg|minggu|bln|thn|y)$")
        .unwrap()
});

/// "sapos.co.id", "www.goriau.com": a host name alone on its line.
static BARE_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$").unwrap()
});

/// A pictograph: the emoji a sharer writes ("👇", "🙏", "⚠️", "🚰") and the flags. The trigram
/// "☰" is a page's menu button, not a sharer's word.
pub(super) fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
        && !('\u{2630}'..='\u{2637}').contains(&c)
}

/// A pictograph the line itself writes: one inside quotation marks is quoted from someone
/// ("menulis \"Kami butuh karung pasir 🙏\" di grup desa"), words of the story, not a sharer's.
fn has_pictograph(text: &str) -> bool {
    let mut quoted = false;
    text.chars().any(|c| {
        match c {
            '"' => quoted = !quoted,
            '“' => quoted = true,
            '”' => quoted = false,
            _ => {}
        }
        !quoted && is_pictograph(c)
    })
}

/// A line of the story's prose, not a link preview's description: prose not cut short by an
/// ellipsis (a preview cuts the page's description with "..." where it runs out of room).
fn story_prose(text: &str) -> bool {
    let t = text.trim_end();
    super::parts::is_prose(t) && !t.ends_with("...") && !t.ends_with('…')
}

/// "Josephine, Kollie, Mensah, You and 214 others", "Budi, Ani, Anda dan 57 lainnya": a chat
/// group's members as its header lists them, a few names and a count of the rest.
static GROUP_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?]{1,80},[^.!?]{1,40}\s(?:and|dan)\s\d[\d.,]*\s(?:others|other people|lainnya|orang lainnya|orang lain)$")
        .unwrap()
});

/// A line that speaks of the forwarding or the posting itself: a chat prefix, a post's time
/// line, a forward's mark ("Forwarded from …", "↪ Forwarded many times", "Diteruskan
/// berkali-kali"), a group's list of members, a channel's count of subscribers.
pub(super) fn is_route_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    // The mark an app draws before its words ("↪︎", "»") is no word of them.
    let marked = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    CHAT_PREFIX.is_match(text)
        || CHAT_STAMP.is_match(text.trim())
        || POST_TIME.is_match(text.trim())
        || POST_AGE.is_match(text.trim())
        || ["forwarded from ", "diteruskan dari "]
            .iter()
            .any(|cue| lower.starts_with(cue))
        || [
            "forwarded",
            "forwarded many times",
            "frequently forwarded",
            "diteruskan",
            "diteruskan berkali-kali",
            "sering diteruskan",
        ]
        .contains(&marked.trim_end())
        || GROUP_MEMBERS.is_match(text.trim())
        || APP_COUNT.is_match(text.trim()) && text.split_whitespace().count() <= 8
}

/// A remark no headline could be: prose, or more words than a headline runs to.
fn longer_than_a_headline(text: &str) -> bool {
    super::parts::is_prose(text) || text.split_whitespace().count() > 16
}

fn holds_link(text: &str) -> bool {
    text.contains("http://") || text.contains("https://")
}

/// Marks the wrapper of a shared story, when the text's top shows a sharing route (a chat
/// prefix, a forward, a post's time line): the route lines, the sharer's remarks (lines with a
/// pictograph), a link line, the preview under a link (a short run closed or opened by a bare
/// host name), and a short name standing right over a route line (the page or channel).
pub(super) fn sharing(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let top = lines.len().min(TOP);
    // The route shows in a route line or a pictograph above the story's first plain paragraph.
    let story = (0..top)
        .find(|&i| {
            let t = &lines[i].text;
            super::parts::is_prose(t) && !has_pictograph(t) && !is_route_line(t) && !holds_link(t)
        })
        .unwrap_or(top);
    // An emoji closing the headline alone ("Banjir Rob Rendam Pesisir Semarang 🌊") is no
    // sharing: a share shows a route line, a remark longer than a headline, or remarks on two
    // lines or more.
    let remarks: Vec<usize> = (0..story)
        .filter(|&i| has_pictograph(&lines[i].text))
        .collect();
    let routed = (0..story).any(|i| is_route_line(&lines[i].text));
    let remarked = remarks.len() >= 2
        || remarks
            .iter()
            .any(|&i| longer_than_a_headline(&lines[i].text));
    if !routed && !remarked {
        return;
    }
    let mark = |kinds: &mut [Option<Kind>], i: usize| {
        if matches!(kinds[i], None | Some(Kind::ListItem)) {
            kinds[i] = Some(Kind::Promo);
        }
    };
    for i in 0..story {
        let t = lines[i].text.trim();
        let remark = has_pictograph(t) || is_route_line(t);
        if remark || holds_link(t) && t.split_whitespace().count() <= 2 {
            mark(kinds, i);
        }
        // The chat's stamp is read as a date line (or a writer's) by the rules that see a date
        // and a name in it: it is the forward's.
        if CHAT_STAMP.is_match(t) && t.ends_with([']', ':']) {
            kinds[i] = Some(Kind::Promo);
        }
        // The page or channel named right over a route line, or over the mark the platform
        // sets between them ("✓", the account's verified mark).
        let mark_line = |j: usize| {
            let m = lines[j].text.trim();
            !m.is_empty() && m.chars().count() <= 2 && !m.chars().any(char::is_alphanumeric)
        };
        let route = if i + 2 < top && mark_line(i + 1) && !lines[i + 2].gap_before {
            i + 2
        } else {
            i + 1
        };
        if route < top
            && is_route_line(&lines[route].text)
            && !lines[i + 1].gap_before
            && t.split_whitespace().count() <= 6
            && !t.ends_with(['.', '!', '?', ':'])
        {
            mark(kinds, i);
        }
        // A link preview: the run of at most four lines the app draws right under a link.
        if holds_link(t) {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].gap_before)
                .unwrap_or(lines.len());
            // A run holding the story's own prose (its headline and lead pasted right under the
            // link) is no preview.
            if end - i <= 5 && !(i + 1..end).any(|j| story_prose(&lines[j].text)) {
                for j in i..end {
                    mark(kinds, j);
                }
            }
        }
        // Or a run of at most four lines, besides the link, holding a bare host name.
        if BARE_HOST.is_match(t) {
            let start = (0..=i).rev().find(|&j| lines[j].gap_before).unwrap_or(0);
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].gap_before)
                .unwrap_or(lines.len());
            let told = (start..end)
                .filter(|&j| !is_route_line(&lines[j].text) && !holds_link(&lines[j].text))
                .count();
            if told <= 4 {
                for j in start..end {
                    mark(kinds, j);
                }
            }
        }
    }
}

/// "*Tiket Kapal Ludes Jelang Natal*", "_Kabar Lubuklinggau_": a chat app's bold or italic
/// markers around a whole line are formatting, not words of the line.
pub(super) fn without_chat_marks(text: &str) -> &str {
    let t = text.trim();
    for mark in ['*', '_'] {
        if let Some(inner) = t.strip_prefix(mark).and_then(|r| r.strip_suffix(mark))
            && !inner.contains(mark)
            && !inner.trim().is_empty()
        {
            return inner.trim();
        }
    }
    text
}

/// "Media : Pasific Pos", "Halaman : 3 (Metro Jayapura)", "Client: X", "Tone : Netral": a
/// record's label (one to three words, opening with a capital) and its value.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[[:upper:]][[:alpha:].]*(?:\s+[[:alpha:].]+){0,2}\s*:\s*\S").unwrap()
});

/// "Media : Pasific Pos", "Publication: X": the label that names the outlet a clipping copies,
/// opening the line or closing a letterhead line a hard wrap joined to it.
static CLIPPED_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s)(?:media|publication|publikasi|surat kabar|koran|newspaper|outlet)\s*:\s*\S",
    )
    .unwrap()
});

/// "Halaman : 3", "Section: News", "Page: 1 of 2", "Client: X", "Tone : Netral", "Edisi : …":
/// the labels a clipping service files its record under, in both languages.
static CLIPPING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s)(?:halaman|hal\.?|page|section|rubrik|rubric|kolom|column|edisi|edition|client|klien|tone|sentimen|sentiment)\s*:",
    )
    .unwrap()
});

fn names_the_clipped_outlet(text: &str) -> bool {
    CLIPPED_OUTLET.is_match(text) && text.matches(':').count() == 1
        || CLIPPED_OUTLET.find(text).is_some_and(|m| m.start() == 0)
}

/// A rule drawn with dashes or equals signs across the page.
fn is_rule(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() >= 10 && t.chars().all(|c| matches!(c, '-' | '=' | '_' | '—' | '─'))
}

/// Marks a clipping service's header: a run of at least three `Label : value` lines at the top
/// of the text, before any prose, is the service's record of the clipping (medium, edition,
/// page, client, tone), not the story; the lines over it (the service's or the client's name)
/// and a rule under it are its letterhead. The line naming the clipped medium is the source
/// line: a clipping names the outlet it copied, and the service is not the source. At the
/// text's end, a rule with at most four short lines under it is the service's footer.
pub(super) fn clipping(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let top = lines.len().min(TOP);
    let labelled = |i: usize| {
        let t = lines[i].text.trim();
        LABELLED.is_match(t) && !super::parts::is_prose(t) && t.split_whitespace().count() <= 16
    };
    let Some(start) = (0..top).find(|&i| labelled(i)) else {
        return;
    };
    let end = (start..top).find(|&i| !labelled(i)).unwrap_or(top);
    // A hard wrap may join the letterhead's last line to the record's first.
    let start = match start.checked_sub(1) {
        Some(j) if names_the_clipped_outlet(&lines[j].text) => j,
        _ => start,
    };
    // A block of credits ("Penulis : X", "Editor : Y") is no record: a record names the medium,
    // and files it by where it ran or for whom (page, section, edition, client, tone); an
    // event's notice ("Hari : …", "Tempat : …", "Media : Zoom") names a medium too, but files
    // nothing.
    if end - start < 3
        || (0..start).any(|i| super::parts::is_prose(&lines[i].text))
        || !(start..end).any(|i| names_the_clipped_outlet(&lines[i].text))
        || !(start..end).any(|i| CLIPPING_LABEL.is_match(&lines[i].text))
    {
        return;
    }
    for i in 0..end {
        if i >= start && names_the_clipped_outlet(&lines[i].text) {
            kinds[i] = Some(Kind::SourceLine);
        } else if matches!(kinds[i], None | Some(Kind::ListItem)) {
            // A date line among them ("Edisi : Rabu, 21 Januari 2026") keeps its kind.
            kinds[i] = Some(Kind::Promo);
        }
    }
    for i in end..top.min(end + 2) {
        if is_rule(&lines[i].text) {
            kinds[i] = Some(Kind::Promo);
        }
    }
    // The footer: from a line opening with a rule (a hard wrap may join the notice under it)
    // to the end, at most five lines.
    if let Some(rule) = (end + 1..lines.len())
        .rev()
        .find(|&i| opens_with_rule(&lines[i].text))
        && lines.len() - rule <= 5
    {
        for k in &mut kinds[rule..] {
            if k.is_none() {
                *k = Some(Kind::Promo);
            }
        }
    }
}

fn opens_with_rule(text: &str) -> bool {
    is_rule(text.split_whitespace().next().unwrap_or(""))
}

/// "Kiripost (online)        Section: News": a record's value ends where the next label on its
/// line begins, and the medium in brackets after a clipped outlet's name ("(online)",
/// "(cetak)") is no part of the name.
pub(super) fn first_value(value: &str) -> &str {
    let end = value
        .split_whitespace()
        .skip(1)
        .find(|w| w.ends_with(':') && w.chars().next().is_some_and(char::is_uppercase))
        .map_or(value.len(), |w| {
            w.as_ptr() as usize - value.as_ptr() as usize
        });
    let v = value[..end].trim();
    match v.rfind(" (") {
        Some(i)
            if v.ends_with(')')
                && v[i + 2..v.len() - 1]
                    .chars()
                    .all(|c| c.is_lowercase() || c == '-') =>
        {
            v[..i].trim()
        }
        _ => v,
    }
}

/// "Posted by Rizki Maulana · Oct 15, 2025 11:42", "Diposting oleh X pada Senin, …": a feed
/// item's author field and time, which a feed reader sets under the item's title.
static FEED_POSTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:posted by|diposting oleh)\s+[[:upper:]]").unwrap());

/// "The post … appeared first on BantenHits.com.", "Artikel … pertama kali tampil di X.": the
/// line a blog's feed adds under every item, naming the item and the site it came from.
static FEED_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:the post|artikel|pos)\s.+\s(?:appeared first on|pertama kali (?:tampil|muncul|terbit) di|muncul pertama kali di)\s+\S.{0,60}$",
    )
    .unwrap()
});

/// Where the story begins near the top of the text: its first paragraph of prose, or the end of
/// the reach of the wrapper when none stands there.
fn first_prose(lines: &[Line]) -> usize {
    let top = lines.len().min(TOP);
    (0..top)
        .find(|&i| super::parts::is_prose(&lines[i].text))
        .unwrap_or(top)
}

/// Marks a feed reader's item lines: over the story (before its first paragraph of prose), a
/// line that opens with the item's author field ("Posted by NAME") and carries a date is the
/// byline, naming the writer and dating the story; anywhere, the feed's closing line ("The
/// post … appeared first on …") is furniture, a source line naming the outlet.
pub(super) fn feed_item(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    for i in 0..story {
        let t = lines[i].text.trim();
        if FEED_POSTED.is_match(t)
            && t.split_whitespace().count() <= 16
            && !super::datefind::find_all(t, false).is_empty()
        {
            kinds[i] = Some(Kind::Byline);
        }
    }
    // The closing line names the outlet whose feed carried the post: a source line.
    for (i, line) in lines.iter().enumerate() {
        if FEED_FOOTER.is_match(line.text.trim()) {
            kinds[i] = Some(if super::parts::republished_from(&line.text).is_some() {
                Kind::SourceLine
            } else {
                Kind::Promo
            });
        }
    }
}

/// "Cetak halaman ini | Tutup", "Print this page · Close window": a print page's controls, a row
/// of two to four short pieces parted by bars or dots, one of them opening with the verb that
/// prints the page, none of them a sentence.
fn is_print_controls(text: &str) -> bool {
    let pieces: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let prints = |p: &str| {
        p.split_whitespace()
            .next()
            .is_some_and(|w| ["print", "cetak"].contains(&w.to_lowercase().as_str()))
    };
    (2..=4).contains(&pieces.len())
        && pieces
            .iter()
            .all(|p| p.split_whitespace().count() <= 3 && !p.ends_with(['.', '!', '?', ',']))
        && pieces.iter().any(|p| prints(p))
}

/// Marks a print page's controls over the story (before its first paragraph of prose) as
/// furniture, so that the headline under them is the title.
pub(super) fn print_controls(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    for i in 0..story {
        if kinds[i].is_none() && is_print_controls(&lines[i].text) {
            kinds[i] = Some(Kind::Promo);
        }
    }
}

/// "14. https://www.niaga.asia/author/saud/": one entry of the list of numbered addresses a
/// text-mode browser (lynx, w3m) writes under its dump, answering the link numbers above.
static NUMBERED_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,4}\.\s+[a-zA-Z][a-zA-Z+.-]*:\S+$").unwrap());

/// "References", "Visible links:", "Hidden links:": the short heading over (or among) a
/// text-mode browser's list of addresses, one or two words without a digit.
fn heads_addresses(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':');
    (1..=2).contains(&t.split_whitespace().count())
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// Where a text-mode browser's list of numbered addresses begins, when the text ends with one:
/// a run of at least two numbered addresses closing the text (a heading over it or among its
/// entries, "References", "Hidden links:", belongs to it). Read from the end, line by line
/// until the run ends, so it costs no pass over the whole text.
pub(super) fn link_references<'a>(len: usize, text: impl Fn(usize) -> &'a str) -> Option<usize> {
    let mut start = len;
    let mut entries = 0;
    for i in (0..len).rev() {
        let t = text(i).trim();
        if t.is_empty() {
            continue;
        }
        if NUMBERED_ADDRESS.is_match(t) {
            entries += 1;
        } else if !(entries > 0 && heads_addresses(t)) {
            break;
        }
        start = i;
    }
    (entries >= 2).then_some(start)
}

/// `line` without a text-mode browser's link numbers: "[31]Pertamina" is the browser's mark
/// for a link, not the writer's word: a number in brackets glued to the word after it.
pub(super) fn without_link_numbers(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('[') {
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let glued = after[digits..]
            .strip_prefix(']')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !c.is_whitespace());
        // A link's number stands before its word, at the line's start or after a space or a
        // bullet; one glued to the word before it ("pasar[2].") is the writer's citation.
        let before = rest[..at].chars().last().or_else(|| out.chars().last());
        let opens = before.is_none_or(|c| c.is_whitespace() || "#*(»|/".contains(c));
        if (1..=4).contains(&digits) && glued && opens {
            out.push_str(&rest[..at]);
            rest = &after[digits + 1..];
        } else {
            out.push_str(&rest[..=at]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// "[3]Skip to main content", "* [5]Climate Change", "#[1]Down To Earth [2]RSS": a line of a
/// text-mode dump that opens with a link, after at most the bullet of a menu or the "#" of the
/// page's head.
pub(super) fn opens_with_link(line: &str) -> bool {
    let t = line.trim_start_matches(['*', '+', '#', '-', ' ']);
    t.strip_prefix('[').is_some_and(|r| {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=4).contains(&digits) && r[digits..].starts_with(']')
    })
}

/// "#[1]Down To Earth [2]RSS": the links of a page's head (its feeds, its other versions),
/// which lynx writes first, after a "#".
pub(super) fn heads_the_page(line: &str) -> bool {
    line.strip_prefix('#').is_some_and(opens_with_link)
}

/// Marks a text-mode browser's wrapper as furniture: the list of numbered addresses closing
/// the text (and its heading, "References"), which answers the link numbers of the page and is
/// no list of the story's; and over the story (before its first paragraph of prose), every
/// line that opens with a link — the page's menus, skip links, breadcrumb and share buttons.
/// The headline, the byline and the story's own lists are no links.
pub(super) fn text_mode_links(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let Some(start) = link_references(lines.len(), |i| lines[i].text.as_str()) else {
        return;
    };
    for k in &mut kinds[start..] {
        *k = Some(Kind::Promo);
    }
    let story = (0..start)
        .find(|&i| super::parts::is_prose(&lines[i].text))
        .unwrap_or(start);
    for i in 0..story {
        if lines[i].linked && matches!(kinds[i], None | Some(Kind::ListItem)) {
            kinds[i] = Some(Kind::Promo);
        }
    }
    // "[Farmers spreading wet paddy on a road to dry it]": the dump writes a picture as its
    // alternative text in brackets, and the caption and credit stand right under it.
    for i in 0..start {
        if is_picture_text(&lines[i].text) {
            let end = (i + 1..start)
                .find(|&j| lines[j].gap_before)
                .unwrap_or(start)
                .min(i + 4);
            for k in &mut kinds[i..end] {
                if k.is_none() {
                    *k = Some(Kind::Caption);
                }
            }
        }
    }
}

/// "[Farmers spreading wet paddy on a road to dry it]": a line wholly in square brackets, words
/// and no link number, the way a text-mode browser writes a picture.
fn is_picture_text(text: &str) -> bool {
    text.strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .is_some_and(|inner| {
            !inner.contains(['[', ']'])
                && inner.split_whitespace().count() >= 2
                && inner.chars().any(char::is_alphabetic)
        })
}

/// A line naming a web archive's copy: the archive's address ("https://web.archive.org/web/…",
/// "archive.today", "archive.ph"), its name ("The Wayback Machine"), or the capture itself
/// ("webpage capture", "Saved from https://…").
fn names_an_archive(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "web.archive.org/",
        "wayback machine",
        "archive.today",
        "archive.ph/",
        "archive.is/",
        "webpage capture",
    ]
    .iter()
    .any(|cue| lower.contains(cue))
        || ["saved from http", "archived from http"]
            .iter()
            .any(|cue| lower.starts_with(cue))
}

/// "This is Google's cache of https://…. It is a snapshot of the page as it appeared on 19 Nov
/// 2026 …": a search engine's or a reading tool's notice over the copy it keeps of a page, the
/// page's address in it and, among its first words, what the copy is (a cache, a snapshot, a
/// cached or saved copy). It speaks of the copy, never of the story.
fn notes_a_copy(text: &str) -> bool {
    let lower = text.to_lowercase();
    let opening: Vec<&str> = lower.split_whitespace().take(12).collect();
    holds_link(text)
        && opening.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            ["cache", "cached", "snapshot", "tembolok", "cuplikan"].contains(&w)
        })
}

/// Marks a web archive's banner as furniture: when one of the text's first three lines names a
/// web archive's copy, the block it opens (from the text's top to the first blank line, twelve
/// lines at most, no prose among them: the capture's address, counts, dates, collection and
/// buttons) is the archive's, not the page's. A search engine's cache writes its notice as
/// sentences (`notes_a_copy`): that line is the cache's, prose or not, and so are the lines of
/// its block (the version switch, the find tip). A date line among them keeps its kind.
pub(super) fn archive_banner(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let Some(named) = (0..lines.len().min(3))
        .find(|&i| names_an_archive(&lines[i].text) || notes_a_copy(&lines[i].text))
    else {
        return;
    };
    let end = (named + 1..lines.len())
        .find(|&j| lines[j].gap_before)
        .unwrap_or(lines.len());
    let notice = |i: usize| notes_a_copy(&lines[i].text);
    // A cache's block holds its notice and short lines (a tip under it is one sentence); an
    // archive's holds no prose.
    let foreign = |i: usize| {
        if (0..end).any(notice) {
            !notice(i) && lines[i].text.split_whitespace().count() > 25
        } else {
            story_prose(&lines[i].text)
        }
    };
    if end > 12 || (0..end).any(foreign) {
        return;
    }
    for (i, k) in kinds[..end].iter_mut().enumerate() {
        if matches!(k, None | Some(Kind::ListItem)) || notice(i) {
            *k = Some(Kind::Promo);
        }
    }
}

/// "00:00 / 02:31", "0:00 / 1:02:47": a media player's position and the recording's length.
static PLAYER_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?::\d{2}){1,2}\s*/\s*\d{1,2}(?::\d{2}){1,2}$").unwrap());

/// "1.0x", "1,5x", "2×": a player's playback speed.
static PLAYER_SPEED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d(?:[.,]\d{1,2})?\s?[x×]$").unwrap());

/// "Powered by text-to-speech", "Didukung teknologi text-to-speech", "Voiced by Amazon Polly":
/// the credit of the voice a listen page's player reads the story in.
static SPEECH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btext[- ]to[- ]speech\b|\bvoiced by\b|\bsuara (?:buatan|sintetis)\b").unwrap()
});

/// A line only a media player writes: the position and the length, the speed, the credit of a
/// synthetic voice.
fn is_player_line(text: &str) -> bool {
    let t = text.trim();
    PLAYER_TIME.is_match(t)
        || PLAYER_SPEED.is_match(t)
        || t.split_whitespace().count() <= 6 && SPEECH_CREDIT.is_match(t)
}

/// Marks a radio or video page's player as furniture: over the story (before its first
/// paragraph of prose), a line giving the player's position and the recording's length
/// ("00:00 / 02:31"), its speed ("1.0x") or the credit of its synthetic voice ("Powered by
/// text-to-speech") stands among the player's controls ("Play", "Putar", "Download",
/// "Mute", "Layar penuh", "Listen to this story", "Watch: …", the episode's name): the short
/// lines (eight words at most, none prose) standing with it in its block, up to six on either
/// side and never past a blank line or a line already read, a byline or a date line, which
/// keeps its kind), are furniture too.
pub(super) fn player_controls(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    // The controls end where the page's header begins: a line already read (a byline, a date
    // line) closes the block, and the lines over it stay the header's.
    let control = |i: usize, kinds: &[Option<Kind>]| {
        let t = lines[i].text.trim();
        t.split_whitespace().count() <= 8
            && !super::parts::is_prose(t)
            && matches!(kinds[i], None | Some(Kind::ListItem | Kind::Promo))
    };
    for at in 0..story {
        if !is_player_line(&lines[at].text) {
            continue;
        }
        let mut first = at;
        while first > 0 && at - first < 6 && !lines[first].gap_before && control(first - 1, kinds) {
            first -= 1;
        }
        let mut last = at;
        while last + 1 < story
            && last - at < 6
            && !lines[last + 1].gap_before
            && control(last + 1, kinds)
        {
            last += 1;
        }
        for k in &mut kinds[first..=last] {
            if matches!(k, None | Some(Kind::ListItem)) {
                *k = Some(Kind::Promo);
            }
        }
    }
}

/// "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded
/// message:", "---------- Pesan yang diteruskan ----------": the line a mail client sets over a
/// message it forwards.
/// Between rules of dashes, what is forwarded may be named otherwise ("---------- Forwarded
/// story ----------", "----- Forwarded article -----").
fn is_forward_line(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(['-', '=', '_', ' '])
        .trim_end_matches(':')
        .to_lowercase();
    let ruled = text.trim().starts_with("---") && text.trim().ends_with("---");
    [
        "forwarded message",
        "begin forwarded message",
        "original message",
        "pesan yang diteruskan",
        "pesan terusan",
        "pesan asli",
    ]
    .contains(&t.as_str())
        || ruled
            && t.strip_prefix("forwarded ")
                .is_some_and(|what| what.split_whitespace().count() == 1)
}

/// "From: …", "Date: …", "Subject: …", "To: …", "Dari: …", "Tanggal: …": a field of the header
/// a mail client writes under its forward line.
fn is_mail_field(text: &str) -> bool {
    use super::parts::{MAIL_ADDRESS_FIELDS, MAIL_DATE_FIELDS, MAIL_SUBJECT_FIELDS};
    text.split_once(':').is_some_and(|(label, value)| {
        let label = label.trim().to_lowercase();
        [MAIL_SUBJECT_FIELDS, MAIL_ADDRESS_FIELDS, MAIL_DATE_FIELDS]
            .iter()
            .any(|fields| fields.contains(&label.as_str()))
            && !value.trim().is_empty()
    })
}

/// Marks the wrapper of a forwarded mail: when a mail client's forward line stands near the top
/// of the text, everything over it is the forwarder's own message (the note to a colleague and
/// the signature under it, never a byline), the header fields right under it (sender, date,
/// subject, recipient) are the client's, and the first sender's remark after them (a line
/// closing on a colon, "Bang, ini berita vonisnya dari Cakaplah sore tadi:") introduces the
/// story: all furniture, so that the headline under them is the title and the mail's date is
/// not the story's.
pub(super) fn forwarded_mail(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let top = lines.len().min(TOP + 8);
    let Some(forward) = (0..top).find(|&i| is_forward_line(&lines[i].text)) else {
        return;
    };
    let mut end = forward + 1;
    while end < lines.len() && is_mail_field(&lines[end].text) {
        end += 1;
    }
    if end < lines.len() {
        let t = lines[end].text.trim();
        if t.ends_with(':') && t.split_whitespace().count() >= 3 {
            end += 1;
        }
    }
    for k in &mut kinds[..end] {
        *k = Some(Kind::Promo);
    }
}

/// "BMKG · 2 j lalu", "Suara Sinjai FM · sekarang", "Kitchen Echo · Today 7:02 AM", "Gmail · 5m
/// ago": a notification's or a device's header, a short name, a dot, and when — now, an age, or
/// a day with its time.
static NOTICE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[^·•|]{1,40}\s[·•]\s+(?:now|just now|sekarang|baru saja|(?:today|yesterday|hari ini|kemarin)(?:,?\s+(?:at\s+|pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?|\d{1,3}\s*[[:alpha:]]{1,7}\.?\s+(?:ago|lalu|yang lalu))$",
    )
    .unwrap()
});

/// "Ringkasan terjadwal · 3 notifikasi", "48.2K subscribers", "1,204 members", "12 rb pelanggan":
/// an app's count of what it holds — notifications, a channel's subscribers, a group's members.
static APP_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s[·•]\s+)\d{1,3}(?:[.,]\d{1,3})*\s*(?:k|m|rb|jt|ribu)?\s+(?:notifikasi|notifications?|subscribers|pelanggan|members|anggota|followers|pengikut)$",
    )
    .unwrap()
});

/// "Ketuk untuk membaca", "Geser ke atas untuk membuka", "Tap to read", "Swipe up to unlock": an
/// app's prompt to touch the screen, the verb of a touch, at most two words, then "to" or
/// "untuk" and what it does.
static TOUCH_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:tap|double-tap|swipe|slide|press|ketuk|sentuh|geser|usap)(?:\s+\S+){0,2}\s+(?:to|untuk)\s+\S+(?:\s+\S+)?$",
    )
    .unwrap()
});

/// "Diterjemahkan dari bahasa Inggris", "Diterjemahkan oleh Google", "Lihat teks asli",
/// "Translated from Indonesian", "Show original": a translating browser's banner, which says the
/// page was translated from a language, or by a machine, and offers the original. A person
/// who translated the story ("Translated by Vilay Phommachanh") is credited, not a banner.
static TRANSLATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:diterjemahkan|translated|terjemahan)\s+(?:dari|from)\s+(?:bahasa\s+)?[[:alpha:]]+$|(?:diterjemahkan|translated|terjemahan)\s+(?:oleh|by|dengan)\s+(?:google|bing|microsoft|deepl|yandex|papago|mesin|machine)\b|(?:lihat|tampilkan|see|show|view)\s+(?:teks\s+|text\s+|the\s+)?(?:asli|original)\b)",
    )
    .unwrap()
});

/// A line an app writes about itself, not about the story: a notification's header, a count of
/// notifications, subscribers or members, a prompt to touch the screen, a translation banner.
fn is_app_line(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() <= 10
        && !super::parts::is_prose(t)
        && (NOTICE_TIME.is_match(t)
            || APP_COUNT.is_match(t)
            || TOUCH_PROMPT.is_match(t)
            || TRANSLATED.is_match(t))
}

/// Marks the lines an app or a device sets over the story as furniture: over the story's first
/// paragraph of prose, a line that names an app's state or control (a notification's
/// "Name · 2 j lalu", "48.2K subscribers", "Ketuk untuk membaca", "Diterjemahkan oleh Google")
/// and a short name standing right over a notification's header or a count (the channel, the
/// app, the device); a line over a prompt or a translation banner stays the page's. When the
/// block opening the text holds a notification's header and a prompt to touch the screen, the
/// block is a lock screen (its clock, the other apps' notifications, the story's own
/// notification): all of it is furniture, and the story begins under it.
pub(super) fn app_lines(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    let mark = |kinds: &mut [Option<Kind>], i: usize| {
        if matches!(kinds[i], None | Some(Kind::ListItem)) {
            kinds[i] = Some(Kind::Promo);
        }
    };
    let first_block = (1..lines.len())
        .find(|&j| lines[j].gap_before)
        .unwrap_or(lines.len());
    if first_block < story
        && (0..first_block).any(|i| NOTICE_TIME.is_match(lines[i].text.trim()))
        && (0..first_block).any(|i| TOUCH_PROMPT.is_match(lines[i].text.trim()))
    {
        for i in 0..first_block {
            mark(kinds, i);
        }
    }
    for i in 0..story {
        if !is_app_line(&lines[i].text) {
            continue;
        }
        mark(kinds, i);
        // A notification's or a device's time is now or an age, no date of the story's, and
        // the name beside it is the app's or the device's, no writer's.
        if NOTICE_TIME.is_match(lines[i].text.trim()) && kinds[i] == Some(Kind::DateTime) {
            kinds[i] = Some(Kind::Promo);
        }
        // The name over a notification's header or a count opening the text: the channel, the
        // group, the app or the device. A prompt or a translation banner names nothing: the
        // line over it is the page's own (a headline over "Diterjemahkan dari bahasa Inggris").
        let t1 = lines[i].text.trim();
        if i == 1 && !lines[i].gap_before && (NOTICE_TIME.is_match(t1) || APP_COUNT.is_match(t1)) {
            let t = lines[0].text.trim();
            if t.split_whitespace().count() <= 6 && !t.ends_with(['.', '!', '?', ':', ',']) {
                mark(kinds, 0);
            }
        }
    }
}

/// "Judul tingkat 1, …", "Tautan, Bagikan ke Facebook.", "Navigasi, Beranda, …", "Heading level
/// 2, …", "Link, Skip to content", "Button, Play": a screen reader's announcement of an element,
/// its role (a heading with its level, a link, a button, a picture, a menu) and a comma before
/// the element's words, which open as the page writes them, with a capital or a digit ("Judul,
/// kata pedagang, …" is a sentence of the story). The length of the role, when it is a heading's.
static READER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(judul tingkat (\d)|heading level (\d)|heading|judul)|tautan|navigasi|gambar|grafik|tombol|daftar|link|navigation|image|graphic|button|list|landmark|banner|menu),\s+(?-i:[\p{Lu}\d])",
    )
    .unwrap()
});

/// "Membacakan artikel dari dharmasrayakab.go.id", "Reading an article from mmegi.bw", "Akhir
/// artikel.", "Selesai membacakan. Durasi 3 menit 12 detik.", "End of article": the words a
/// reading app or device says as it opens the story (naming where it reads from) and closes it
/// (the closing words alone, or closed by a stop): a sentence of the story that opens with such
/// words and goes on ("Reading the story of the market, he smiled.") is the story's.
static READER_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:membacakan|sedang membacakan|reading|now reading)\s+(?:an?\s+|the\s+)?(?:artikel|article|berita|story)\s+(?:dari|from)\s|(?:akhir artikel|akhir berita|end of (?:the )?(?:article|story)|selesai membacakan|finished reading|done reading)(?:[.!]|$))",
    )
    .unwrap()
});

/// Whether the text is a screen reader's transcript: two lines or more in its first lines
/// announce an element by its role.
fn read_by_a_screen_reader(lines: &[Line]) -> bool {
    (0..lines.len().min(TOP))
        .filter(|&i| READER_ROLE.is_match(lines[i].text.trim()))
        .count()
        >= 2
}

/// A screen reader's speech log ("heading  level 2  Ditanggung BPJS Kesehatan", "list  with 4
/// items  bullet  kartu BPJS …;", "out of list  Kepala Dinas …", "Penulis:  link  Emanuel
/// Lodo"): each utterance set apart by two spaces or more, the roles the reader spoke among the
/// page's words. One role word (or two, "out of list", "main landmark") per utterance.
const SPOKEN_ROLES: [&str; 41] = [
    "link",
    "visited link",
    "same page link",
    "button",
    "toggle button",
    "graphic",
    "clickable",
    "edit",
    "multi line",
    "blank",
    "frame",
    "list",
    "out of list",
    "heading",
    "bullet",
    "main landmark",
    "complementary landmark",
    "content info landmark",
    "banner landmark",
    "navigation landmark",
    "region",
    "separator",
    "tautan",
    "tombol",
    "grafik",
    "dapat diklik",
    "sunting",
    "kosong",
    "bingkai",
    "daftar",
    "keluar dari daftar",
    "judul",
    "butir",
    "penanda utama",
    "grafis",
    "gambar",
    "dokumen",
    "document",
    "artikel",
    "article",
    "keluar dari artikel",
];

/// "level 2", "with 4 items", "tingkat 2", "dengan 4 item": the words a role takes after it.
static SPOKEN_DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:level|tingkat) (\d)$|^(?:with|dengan) \d+ (?:items?|butir)$").unwrap()
});

/// One utterance that is the reader's alone: a role ("tautan"), a role with its degree in the
/// same breath ("judul tingkat 1", "daftar dengan 6 item", "heading level 2"), or a landmark
/// named on either side of its word ("landmark navigasi", "landmark informasi konten",
/// "navigation landmark", spoken in lower case). The role, lower-cased, and the heading level
/// told with it.
fn spoken_role(lower: &str) -> Option<(&str, Option<usize>)> {
    if SPOKEN_ROLES.contains(&lower) {
        return Some((lower, None));
    }
    let words: Vec<&str> = lower.split(' ').collect();
    if (2..=4).contains(&words.len())
        && (words[0] == "landmark" || words[words.len() - 1] == "landmark")
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
    {
        return Some(("landmark", None));
    }
    SPOKEN_ROLES.iter().find_map(|&role| {
        let degree = SPOKEN_DEGREE.captures(lower.strip_prefix(role)?.strip_prefix(' ')?)?;
        Some((role, degree.get(1).and_then(|l| l.as_str().parse().ok())))
    })
}

/// A speech log's line read as the page shows it: its roles gone, a heading marked as a
/// document marks it ("## Ditanggung …"), an item with a bullet, and the words of elements
/// the roles set apart ("link  Beranda  link  Daerah") set apart by a bar.
fn spoken_line(line: &str) -> String {
    let mut out = String::new();
    // The heading's level, once a heading's role is spoken.
    let (mut heading, mut bullet, mut dropped) = (None::<usize>, false, false);
    // An image's words, spoken after its role before any of the page's, are an element of
    // their own (its caption or its alternative text): the wrap never runs them into the next.
    let mut picture = false;
    for utterance in line.split("  ").map(str::trim).filter(|u| !u.is_empty()) {
        let lower = utterance.to_lowercase();
        if let Some(degree) = SPOKEN_DEGREE.captures(&lower) {
            // A heading's level, told after its role.
            if let Some(level) = degree.get(1).filter(|_| heading.is_some()) {
                heading = level.as_str().parse().ok();
            }
            dropped = true;
            continue;
        }
        // A reader speaks a landmark in lower case; "Landmark Baru Kota Jayapura" is the page's.
        let role = spoken_role(&lower)
            .filter(|(role, _)| *role != "landmark" || !utterance.chars().any(char::is_uppercase));
        if let Some((role, level)) = role {
            bullet |= matches!(role, "bullet" | "butir");
            picture |= out.is_empty() && GRAPHIC_ROLES.contains(&role);
            if matches!(role, "heading" | "judul") && out.is_empty() {
                heading = level.or(heading).or(Some(1));
            }
            dropped = true;
            continue;
        }
        // Elements a role set apart are parted by a bar when they are a menu's short ones
        // ("Beranda | Daerah"); a link inside a sentence ("pasokan dari  link  Flores Timur  dan
        // Sikka") reads on.
        if !out.is_empty() {
            let piece = out.rsplit(" | ").next().unwrap_or(&out);
            let menu = piece.split_whitespace().count() <= 4
                && piece
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| !c.is_lowercase()))
                && utterance.split_whitespace().count() <= 4
                && utterance.starts_with(|c: char| !c.is_lowercase());
            out.push_str(if dropped && menu && !out.ends_with(':') {
                " | "
            } else {
                " "
            });
        }
        out.push_str(utterance);
        dropped = false;
    }
    match heading {
        Some(level) if !out.is_empty() => format!("{} {out}", "#".repeat(level)),
        _ if bullet && !out.is_empty() => format!("• {out}"),
        // A caption the wrap carries on to the next line stays open under it.
        _ if picture && out.ends_with(['.', ')', '"', '”', '!', '?']) => format!("\n{out}\n"),
        _ if picture && !out.is_empty() => format!("\n{out}"),
        _ => out,
    }
}

/// The roles a screen reader speaks before an image's words.
const GRAPHIC_ROLES: [&str; 4] = ["graphic", "grafik", "grafis", "gambar"];

/// A screen reader's speech log, read as the page's lines: three lines or more in the first
/// forty open on a spoken role (one no table or form also writes) set apart by two spaces.
/// `None` for any other text.
pub(super) fn speech_log(text: &str) -> Option<String> {
    // Words a table or a form also sets before two spaces ("Judul    : …", "Edit  Hapus") do
    // not tell a log.
    const ORDINARY: [&str; 15] = [
        "artikel",
        "article",
        "dokumen",
        "document",
        "edit",
        "gambar",
        "blank",
        "list",
        "frame",
        "region",
        "separator",
        "judul",
        "daftar",
        "sunting",
        "kosong",
    ];
    let opens_on_a_role = |line: &str| {
        line.split_once("  ").is_some_and(|(first, _)| {
            let first = first.trim().to_lowercase();
            spoken_role(&first).is_some_and(|(role, _)| !ORDINARY.contains(&role))
        })
    };
    let spoken = text.lines().take(40).filter(|l| opens_on_a_role(l)).count();
    (spoken >= 3).then(|| text.lines().map(spoken_line).collect::<Vec<_>>().join("\n"))
}

/// In a screen reader's transcript, a heading's line loses its role ("Judul tingkat 1, Kasus
/// Gigitan …" reads "Kasus Gigitan …"): the role is the reader's, the words are the page's.
pub(super) fn without_reader_roles(lines: &mut [Line]) {
    if !read_by_a_screen_reader(lines) {
        return;
    }
    let mut first = true;
    for line in lines {
        let Some(role) = READER_ROLE.captures(line.text.trim_start()) else {
            continue;
        };
        let Some(heading) = role.get(1) else {
            continue;
        };
        // The page's headline is its first heading of the first level (or of no level told).
        let level = role.get(2).or(role.get(3)).map_or("1", |m| m.as_str());
        line.announced_heading = first && level == "1";
        first &= level != "1";
        let start = line.text.len() - line.text.trim_start().len() + heading.end();
        line.text = line.text[start..]
            .trim_start_matches(',')
            .trim()
            .to_string();
    }
}

/// A document's own headings, as a notes app or a clipper writes them in Markdown ("# Jalan
/// Desa di Gayam Rusak …", "## Warga Minta Perbaikan Permanen"): the marks are the tool's, the
/// words the page's; the first heading of the first level near the top is the page's title. A
/// line the marks close too ("### END ITEM 3 ###") or a single word after them (a channel's
/// "# berita-lokal") is no such heading.
pub(super) fn without_heading_marks(lines: &mut [Line]) {
    let mut first = !lines.iter().any(|l| l.announced_heading);
    for (i, line) in lines.iter_mut().enumerate() {
        // A large-print or braille-ready edition spells its headings out ("Heading: Jacob's
        // Ladder to close …", "Subheading: Walkers, runners and visitors").
        if let Some((level, words)) = spelled_heading(&line.text) {
            line.text = words.to_string();
            if first && level == 1 && i < TOP {
                line.announced_heading = true;
                first = false;
            }
            continue;
        }
        let level = line.text.chars().take_while(|&c| c == '#').count();
        let Some(words) = line.text[level..].strip_prefix(' ') else {
            continue;
        };
        if !(1..=6).contains(&level) || words.ends_with('#') || words.split_whitespace().count() < 2
        {
            continue;
        }
        line.text = words.trim().to_string();
        if first && level == 1 && i < TOP {
            line.announced_heading = true;
            first = false;
        }
    }
}

/// "Heading: Jacob's Ladder to close …" (level 1), "Subheading: Walkers, runners and visitors"
/// (level 2): a heading an accessible edition spells out, its mark in either language before
/// words opening with a capital, two or more, closing on no stop. The level and the words.
fn spelled_heading(line: &str) -> Option<(usize, &str)> {
    const MARKS: [(&str, usize); 8] = [
        ("heading:", 1),
        ("main heading:", 1),
        ("judul utama:", 1),
        ("subheading:", 2),
        ("sub-heading:", 2),
        ("sub heading:", 2),
        ("subjudul:", 2),
        ("sub judul:", 2),
    ];
    let (mark, level) = MARKS.iter().find(|(m, _)| {
        line.get(..m.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(m))
    })?;
    let words = line.get(mark.len()..)?.trim();
    (words.starts_with(|c: char| c.is_uppercase())
        && words.split_whitespace().count() >= 2
        && !words.ends_with(['.', ';', ':']))
    .then_some((*level, words))
}

/// `You: "Alexa, read the top story."`, `Alexa: "Reading an article from …"`: one turn of a
/// talk with a voice assistant, its speaker (the user or the device) and a colon before the
/// words said, in quotation marks.
static SPOKEN_TURN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)^(you|me|user|anda|kamu|saya|pengguna|alexa|siri|google|google assistant|assistant|asisten|bixby|cortana|echo)\s*:\s*["“]"#,
    )
    .unwrap()
});

/// "Was this response helpful? 👍 👎", "Apakah artikel ini membantu?", "What's your reaction?",
/// "Bagaimana reaksi Anda?": an app's or a page's question about the reader's feeling, with
/// nothing after it but its buttons.
static FEEDBACK_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:was this (?:response|answer|article|story|page) helpful\?|apakah (?:jawaban|respons|artikel|berita|halaman) ini (?:membantu|bermanfaat)\?|what(?:'|’)?s your reaction\?|what is your reaction\?|bagaimana reaksi (?:anda|kamu)\?|apa reaksi (?:anda|kamu)\?)",
    )
    .unwrap()
});

/// Marks the turns of a talk between a user and a voice assistant, when the text holds two of
/// them or more and the user speaks in one; the words a reading app or device says as it opens
/// and closes the story and, in a screen reader's transcript, every announced element but a
/// heading (links, menus, pictures, buttons); and a question about the reader's feeling
/// followed by nothing but its buttons. All are the app's, not the story's.
pub(super) fn spoken(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let mut turns = Vec::new();
    let mut user = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.text.trim();
        if let Some(c) = SPOKEN_TURN.captures(t) {
            turns.push(i);
            user |= matches!(
                c[1].to_lowercase().as_str(),
                "you" | "me" | "user" | "anda" | "kamu" | "saya" | "pengguna"
            );
        } else if t.split_whitespace().count() <= 12
            && (READER_SAYS.is_match(t)
                || FEEDBACK_PROMPT
                    .find(t)
                    .is_some_and(|m| !t[m.end()..].chars().any(char::is_alphabetic)))
        {
            kinds[i] = Some(Kind::Promo);
            // The prompt's buttons and counts under it ("😮 12   👍 40   😡 57").
            if let Some(next) = lines.get(i + 1)
                && !next.gap_before
                && has_pictograph(&next.text)
                && !next.text.chars().any(char::is_alphabetic)
            {
                kinds[i + 1] = Some(Kind::Promo);
            }
        }
    }
    if turns.len() >= 2 && user {
        for i in turns {
            kinds[i] = Some(Kind::Promo);
        }
    }
    if lines.iter().any(|l| l.announced_heading) || read_by_a_screen_reader(lines) {
        for (i, line) in lines.iter().enumerate() {
            if READER_ROLE.is_match(line.text.trim()) {
                kinds[i] = Some(Kind::Promo);
            }
        }
    }
    // The heading the reader announced as the page's first is its headline.
    if let Some(i) = lines.iter().position(|l| l.announced_heading) {
        kinds[i] = Some(Kind::Headline);
    }
}

/// "PENYIAR: Selamat pagi …", "ANCHOR: Next, to the coast …": a paragraph opening with the
/// presenter's label, in the capitals a transcript writes it, and the presenter's words on the
/// same line.
static PRESENTER_TURN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:PENYIAR|PEMBAWA ACARA|PEMBAWA BERITA|PEMBACA BERITA|PRESENTER|ANCHOR|NEWSREADER|NEWS READER|ANNOUNCER|HOST)\s*:\s*\S",
    )
    .unwrap()
});

/// "SUTINAH:", "REPORTER – FIKRI MAULANA:", "TAG:": a speaker's or a cue's label in capitals
/// before a colon, opening a line.
static SPEAKER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Z .’'–-]{1,60}:").unwrap());

/// A bulletin's transcript: the presenter's turns written on the label's line ("PENYIAR:
/// Selamat pagi …", "PENYIAR: Berita selanjutnya. …"), two of them or more, and the
/// correspondent's report under them in paragraphs that carry no speaker's label (two or
/// more), with no paragraph of the story's own before the first turn (a story that quotes a
/// script or a host's questions under its lead keeps them). The presenter's turns are the links between the items — the greeting, the
/// hand-over, the next items, the close — and no line of the report: the page's. A
/// transcript whose every turn is labelled (the presenter's words one turn among the
/// reporter's and the speakers') is left as it is.
pub(super) fn presenter_links(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let turns: Vec<usize> = (0..lines.len())
        .filter(|&i| PRESENTER_TURN.is_match(lines[i].text.trim()))
        .collect();
    if turns.len() < 2 {
        return;
    }
    let unlabelled = |l: &Line| {
        let t = l.text.trim();
        !SPEAKER_LABEL.is_match(t) && super::parts::is_prose(t)
    };
    // The bulletin opens with the presenter: a story whose own paragraphs come before the
    // first turn quotes a script or an interview (a host's questions), and keeps it.
    if lines[..turns[0]].iter().any(unlabelled) {
        return;
    }
    let unlabelled_report = lines[turns[0]..]
        .iter()
        .filter(|l| unlabelled(l))
        .take(2)
        .count();
    if unlabelled_report < 2 {
        return;
    }
    for i in turns {
        kinds[i] = Some(Kind::Promo);
    }
}

/// "1/6", "2/10", "🧵 1/10": a thread's or a carousel's counter alone on its line, the post's
/// (or the slide's) number over how many there are; or "1/", "2/", a thread unrolled with its
/// posts numbered as they went, the total untold (0 for it).
static POST_COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:🧵\s*)?(\d{1,3})\s*/\s*(\d{1,3})?$").unwrap());

fn post_counter(text: &str) -> Option<(u32, u32)> {
    let c = POST_COUNTER.captures(text.trim())?;
    let n = c[1].parse::<u32>().ok()?;
    let Some(m) = c.get(2) else {
        return (n >= 1).then_some((n, 0));
    };
    let m = m.as_str().parse::<u32>().ok()?;
    ((1..=m).contains(&n) && m >= 2).then_some((n, m))
}

/// "@jamberitacom", "@jamberitacom · 14 Jan": an account's handle alone on its line, maybe with
/// the post's time after a dot.
static HANDLE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^@[A-Za-z0-9_.]{2,30}(?:\s*·\s*[^·]{1,24})?$").unwrap());

/// How a platform says another account shared a post again: "Info Kota Jambi memposting
/// ulang", "Metro TV reposted", "X retweeted".
const REPOST_CUES: &[&str] = &[
    "memposting ulang",
    "membagikan ulang",
    "mengunggah ulang",
    "me-retweet",
    "reposted",
    "retweeted",
    "reshared",
];

/// A repost line: a short name (six words at most, no stop) and the platform's repost verb
/// closing the line.
fn is_repost_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 80 || t.split_whitespace().count() > 8 || t.contains(['.', ',', ':']) {
        return false;
    }
    let lower = t.to_lowercase();
    REPOST_CUES
        .iter()
        .any(|cue| lower.ends_with(cue) && lower.len() > cue.len())
}

/// Marks a thread's wrapper as furniture, wherever it stands in the text: a post's counter
/// alone on its line ("2/10"), a repost line ("X memposting ulang", "X reposted"), an account's
/// handle line ("@jamberitacom · 14 Jan") and the short name standing right over it (the
/// account's name, repeated over every post). The posts themselves are the story.
pub(super) fn thread_lines(lines: &[Line], kinds: &mut [Option<Kind>]) {
    // A counter counts posts only in a thread: two posts or more of the same count ("1/6",
    // "2/6"). A lone "3/5" is a score or a fraction the story writes.
    let counters: Vec<Option<(u32, u32)>> = lines.iter().map(|l| post_counter(&l.text)).collect();
    let mut posts: std::collections::HashMap<u32, std::collections::HashSet<u32>> =
        std::collections::HashMap::new();
    for &(n, m) in counters.iter().flatten() {
        posts.entry(m).or_default().insert(n);
    }
    let is_post_counter =
        |j: usize| counters[j].is_some_and(|(_, m)| posts.get(&m).is_some_and(|n| n.len() >= 2));
    for i in 0..lines.len() {
        if !matches!(kinds[i], None | Some(Kind::ListItem | Kind::Subheading)) {
            continue;
        }
        let t = lines[i].text.trim();
        if t.len() > 80 {
            continue;
        }
        let handle = |j: usize| {
            lines
                .get(j)
                .is_some_and(|l| HANDLE_LINE.is_match(l.text.trim()))
        };
        let over_handle = handle(i + 1)
            && !lines[i + 1].gap_before
            && t.split_whitespace().count() <= 6
            && !t.ends_with(['.', '!', '?', ':']);
        // The counts of replies, reposts, likes and views the platform sets under a post, on the
        // first line after its counter: numbers and the pictographs they count.
        let counted = i > 0
            && (0..i)
                .rev()
                .find(|&j| !lines[j].text.trim().is_empty())
                .is_some_and(is_post_counter)
            && is_count_row(t);
        if is_post_counter(i) || is_repost_line(t) || handle(i) || over_handle || counted {
            kinds[i] = Some(Kind::Promo);
        }
    }
}

/// "8   41   96   6", "♡ 142   💬 38   🔁 21   ➤ 9", "2   9   33   4,1 rb": a row of counts, two
/// numbers or more (with their "rb", "K" or "jt") and the marks they count, no word.
fn is_count_row(text: &str) -> bool {
    let mut numbers = 0;
    for token in text.split_whitespace() {
        if token.chars().next().is_some_and(|c| c.is_ascii_digit())
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'K' | 'k' | 'M'))
        {
            numbers += 1;
        } else if !["rb", "jt", "ribu"].contains(&token) && token.chars().any(char::is_alphanumeric)
        {
            return false;
        }
    }
    numbers >= 2
}

/// "Comments (1,204)", "Komentar (0)", "86 Komentar", "57 comments  23 shares", "Lihat semua
/// 213 komentar", "View all 40 comments": the count that heads a post's or a page's comments.
static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:comments?|komentar)\s*\(\d[\d.,]*\)|(?:view all|lihat semua)?\s*\d[\d.,]*\s*(?:k|rb|ribu)?\s+(?:comments?|komentar)\b)",
    )
    .unwrap()
});

/// The words that open a comment section, or close a post's caption over it: the comment box
/// ("Tambahkan komentar…", "Add a comment…", "Tulis komentar Anda di sini"), a thread's
/// archived notice ("Archived post. New comments cannot be posted …"), the sign-in prompt
/// ("To view or add a comment, sign in"), the comments' order ("Most relevant", "Paling
/// relevan") and the control that folds a caption back ("See less", "Tampilkan lebih sedikit").
const COMMENT_OPENERS: &[&str] = &[
    "tambahkan komentar",
    "tulis komentar",
    "add a comment",
    "write a comment",
    "to view or add a comment",
    "archived post",
    "tampilkan lebih banyak balasan",
    "show more replies",
];
const COMMENT_LABELS: &[&str] = &[
    "most relevant",
    "paling relevan",
    "komentar teratas",
    "top comments",
    "see less",
    "show less",
    "tampilkan lebih sedikit",
    "lihat lebih sedikit",
];

/// A line that opens a comment section (see `COMMENT_COUNT`, `COMMENT_OPENERS`,
/// `COMMENT_LABELS`): at most fourteen words.
fn opens_comments(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 120 || t.split_whitespace().count() > 14 {
        return false;
    }
    let lower = t.to_lowercase();
    let label = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    COMMENT_COUNT
        .find(&lower)
        .is_some_and(|m| t.split_whitespace().count() <= 8 && only_counts(&lower[m.end()..]))
        || COMMENT_OPENERS.iter().any(|cue| lower.starts_with(cue))
        || COMMENT_LABELS.contains(&label)
}

/// What follows a comment count on its line: more counts ("52 kali dibagikan", "· 86
/// shares"), each word within two of a number, and no sentence's stop. "1.200 komentar masuk
/// dalam sehari." goes on as a sentence of the story.
fn only_counts(rest: &str) -> bool {
    let mut since_number: Option<usize> = None;
    !rest.trim_end().ends_with(['.', '!', '?'])
        && rest.split_whitespace().all(|w| {
            if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                since_number = Some(0);
                return true;
            }
            if !w.chars().any(char::is_alphabetic) {
                return true;
            }
            since_number = since_number.map(|n| n + 1);
            since_number.is_some_and(|n| n <= 2)
        })
}

/// "Your highlights (2)", "Highlights (2)", "Sorotan Anda (3)": a read-later app's count over
/// the passages its reader marked, which opens the app's tail as a comment count does. Without
/// "your" the label may be a story's own ("Sorotan (2)" over a series' second part): only
/// when the line under it repeats a sentence the text wrote before it.
fn heads_highlights(lines: &[Line], i: usize) -> bool {
    static HIGHLIGHTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(your |my )?(?:highlights?|annotations|sorotan|catatan)( anda| saya)?\s*\(\d{1,3}\)$")
            .unwrap()
    });
    let Some(c) = HIGHLIGHTS.captures(lines[i].text.trim()) else {
        return false;
    };
    if c.get(1).is_some() || c.get(2).is_some() {
        return true;
    }
    let Some(next) = lines.get(i + 1) else {
        return false;
    };
    let passage = next
        .text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(['"', '”', '’', '\''])
        .trim();
    passage.chars().count() >= 20 && lines[..i].iter().any(|l| l.text.contains(passage))
}

/// Marks a comment section as furniture: after the story's first paragraph, the first line
/// that opens one (its count, its box, its order, a thread's archived notice, or the control
/// folding the caption back) begins what readers and the platform wrote under the story —
/// their names, remarks, replies and counts, a next post — and every line from it to the
/// text's end is furniture. A line another rule has read already (a writer's credit, the
/// page's copyright naming its outlet) keeps its kind; a commenter's name beside the time of
/// the comment ("Anton Rahayaan · 25/11/2026 18:02", "Ron K. · December 1, 2026 at 8:47 pm"),
/// read as a writer's or a date line, is the section's too: a writer's line there says "By"
/// or names its role.
pub(super) fn comment_section(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let Some(start) = (lead + 1..lines.len())
        .find(|&i| opens_comments(&lines[i].text) || heads_highlights(lines, i))
    else {
        return;
    };
    for (line, kind) in lines[start..].iter().zip(&mut kinds[start..]) {
        let commenter = matches!(kind, Some(Kind::Byline | Kind::DateTime))
            && !super::credits::opens_with_by(&line.text)
            && super::credits::role_cue(&line.text).is_none();
        if kind.is_none_or(Kind::is_body) || commenter {
            *kind = Some(Kind::Promo);
        }
    }
}

/// Marks a browser's window title as furniture: a page saved or copied whole from a browser
/// opens with the title its window showed, the site's name and the headline joined by a dash
/// or a bar ("BeritaTrans.com - Trans Jateng Buka Koridor …", "Tambang Pasir Ilegal … |
/// Betahita"). Where the text's first line parts so, one part of three words or more standing
/// again, word for word, as a line of its own further down and the other of four words at most,
/// the first line is the window's: the headline is the page's line.
pub(super) fn window_title(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let Some(first) = lines.first() else {
        return;
    };
    let text = first.text.trim();
    let below = &lines[1..lines.len().min(TOP * 2)];
    let titled = [" - ", " – ", " — ", " | "].iter().any(|sep| {
        let Some((left, right)) = text.split_once(sep) else {
            return false;
        };
        let (left, right) = (left.trim(), right.trim());
        let stands_again = |part: &str| {
            part.split_whitespace().count() >= 3 && below.iter().any(|l| l.text.trim() == part)
        };
        let short = |part: &str| (1..=4).contains(&part.split_whitespace().count());
        stands_again(left) && short(right) || stands_again(right) && short(left)
    });
    if titled && matches!(kinds[0], None | Some(Kind::ListItem)) {
        kinds[0] = Some(Kind::Promo);
    }
}

/// Marks a saved item's fields as furniture: over the story (before its first paragraph of
/// prose), a run of four lines or more, one under another, each a record's label and its value
/// ("URL: https://…", "Domain: …", "Published by: …", "Reading time: 3 min", "Tags: …"), is the
/// record a read-later app, a clipper or a database keeps of the page, not the page. A field
/// another rule has read (a date line, a writer's line, a source line) keeps its kind, and so
/// does a field giving the headline ("Judul: …"); the others, read as a list for want of a
/// cue, are the record's.
pub(super) fn record_fields(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    let field = |i: usize| {
        let t = lines[i].text.trim();
        LABELLED.is_match(t) && !super::parts::is_prose(t) && t.split_whitespace().count() <= 16
    };
    // "Judul: …", "Title: …": a field giving the headline is the header's to read.
    let headline = |i: usize| {
        lines[i].text.split_once(':').is_some_and(|(label, _)| {
            ["judul", "title", "headline", "tajuk", "subject", "perihal"]
                .contains(&label.trim().to_lowercase().as_str())
        })
    };
    let mut start = 0;
    while start < story {
        if !field(start) {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < story && field(end) && !lines[end].gap_before {
            end += 1;
        }
        if end - start >= 4 {
            for (i, kind) in kinds.iter_mut().enumerate().take(end).skip(start) {
                if matches!(kind, None | Some(Kind::ListItem)) && !headline(i) {
                    *kind = Some(Kind::Promo);
                }
            }
        }
        start = end;
    }
}

/// Whether a line is a tool's control as a copy writes it: one to four words, no sentence's
/// stop, no digit, no outlet's name.
fn is_control(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    (1..=4).contains(&words)
        && !t.ends_with(['.', '!', '?', ':', ','])
        && !t.chars().any(|c| c.is_ascii_digit())
        && !super::parts::is_outlet_line(t)
}

/// Marks a tool's panel over the page as furniture: a text opening with a block of four short
/// lines or more (`is_control`: a visual search's "Google Lens", "Search", "Text", "Translate",
/// a summariser's menu), with no line of five words or more among them, is the tool's window
/// copied with the page; so is every such block right under it, to the first line that is not
/// a control. No headline stands there: the page's own lines begin under them.
pub(super) fn tool_panel(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let story = first_prose(lines);
    let mut start = 0;
    while start < story {
        let end = (start + 1..story)
            .find(|&j| lines[j].gap_before)
            .unwrap_or(story);
        if end - start < 4 || !(start..end).all(|i| is_control(&lines[i].text)) {
            break;
        }
        for kind in &mut kinds[start..end] {
            if matches!(kind, None | Some(Kind::ListItem)) {
                *kind = Some(Kind::Promo);
            }
        }
        start = end;
    }
}

/// "You said:", "ChatGPT said:", "Anda menulis:": a chat's label over one speaker's turn, a
/// name of one to three words and a verb of speech, alone on its line.
static TURN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,2}\s+(?:said|says|wrote|asked|replied|answered|berkata|menulis|bertanya|menjawab|mengatakan):$",
    )
    .unwrap()
});

/// Marks a conversation with a chat assistant as the tool's, but for the story a speaker
/// pasted into it: where two turns or more stand under their labels (`TURN_LABEL`), the turn
/// holding the most words of prose carries the story; the other turns (the assistant's
/// answer, its summary, its points and offers) and every label are the chat's. The lines over
/// the first label (the app's name) and the paste's own lines are left to the other rules.
pub(super) fn chat_turns(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let labels: Vec<usize> = (0..lines.len())
        .filter(|&i| TURN_LABEL.is_match(lines[i].text.trim()))
        .collect();
    if labels.len() < 2 {
        return;
    }
    let prose = |from: usize, to: usize| -> usize {
        (from..to)
            .filter(|&i| super::parts::is_prose(&lines[i].text))
            .map(|i| lines[i].text.split_whitespace().count())
            .sum()
    };
    let ends: Vec<usize> = labels[1..]
        .iter()
        .copied()
        .chain(std::iter::once(lines.len()))
        .collect();
    let Some(story) = (0..labels.len()).max_by_key(|&t| prose(labels[t] + 1, ends[t])) else {
        return;
    };
    if prose(labels[story] + 1, ends[story]) < 60 {
        return;
    }
    for (t, (&label, &end)) in labels.iter().zip(&ends).enumerate() {
        kinds[label] = Some(Kind::Promo);
        if t != story {
            for kind in &mut kinds[label + 1..end] {
                if kind.is_none_or(Kind::is_body) || *kind == Some(Kind::Label) {
                    *kind = Some(Kind::Promo);
                }
            }
        }
    }
}

/// "kadri_sf", "m.vaher", "pmarques": an account's handle alone on its line, one token of three
/// to thirty small letters, digits, stops, underscores or hyphens, a letter among them.
fn is_handle(text: &str) -> bool {
    let t = text.trim();
    (3..=30).contains(&t.chars().count())
        && t.chars().any(|c| c.is_lowercase())
        && t.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
        && !t.ends_with('.')
}

/// "Nov 17", "1d", "6h", "2 j": when a post or a note was written, alone on its line.
fn is_post_time(text: &str) -> bool {
    let t = text.trim();
    POST_AGE.is_match(t)
        || t.split_whitespace().count() <= 3 && super::datefind::month_day(t).is_some()
}

/// Marks the cards of a thread or of an annotation layer: a card opens with an account's handle
/// (`is_handle`) right over when it wrote (`is_post_time`), then its words. Two cards or more
/// after the story's lead are what readers wrote under it or beside it (a forum's replies, a
/// fact-checker's notes quoting the story's sentences): from the first card to the text's end,
/// every line of text is furniture, a line another rule has read keeping its kind. A card over
/// the lead opens the post that carries the story: the lines over it (the forum's name, the
/// topic's title and its tags) are the forum's.
pub(super) fn post_cards(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let cards: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| is_handle(&lines[i].text) && is_post_time(&lines[i + 1].text))
        .collect();
    let after: Vec<usize> = cards.iter().copied().filter(|&i| i > lead).collect();
    if after.len() >= 2 {
        for kind in &mut kinds[after[0]..] {
            if kind.is_none_or(Kind::is_body) {
                *kind = Some(Kind::Promo);
            }
        }
    }
    if let Some(&first) = cards.iter().find(|&&i| i < lead)
        && !after.is_empty()
    {
        for kind in &mut kinds[..first] {
            if kind.is_none_or(|k| {
                k.is_body() || matches!(k, Kind::Headline | Kind::Dek | Kind::ListItem)
            }) {
                *kind = Some(Kind::Promo);
            }
        }
        // The poster's words under the card introducing what they share ("… the full text for
        // those who can't open the link:") are the post's, not the page's.
        if let Some(remark) = lines.get(first + 2)
            && remark.text.trim_end().ends_with(':')
            && remark.text.split_whitespace().count() >= 6
        {
            kinds[first + 2] = Some(Kind::Promo);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speech_logs_roles_go_and_its_headings_and_items_stay_marked() {
        let log = "link  Beranda\n\
                   main landmark  list  with 3 items  link  Daerah\n\
                   out of list  heading  level 1  RSUD Lewoleba Buka Layanan Cuci Darah\n\
                   Penulis:  link  Emanuel Lodo\n\
                   Pedagang mengatakan pasokan dari  link  Flores Timur  dan Sikka turun.\n\
                   link  Baca Juga: Dinkes Lembata Catat 47 Pasien\n\
                   heading  level 2  Ditanggung BPJS Kesehatan\n\
                   list  with 2 items  bullet  kartu BPJS Kesehatan yang aktif;\n\
                   bullet  surat rujukan dari puskesmas.\n\
                   out of list  Kepala Dinas Kesehatan mengatakan jumlah penderita bertambah.\n\
                   Tag:  link  RSUD Lewoleba  link  Cuci Darah";
        let got = speech_log(log).expect("a speech log");
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [
                "Beranda",
                "Daerah",
                "# RSUD Lewoleba Buka Layanan Cuci Darah",
                "Penulis: Emanuel Lodo",
                "Pedagang mengatakan pasokan dari Flores Timur dan Sikka turun.",
                "Baca Juga: Dinkes Lembata Catat 47 Pasien",
                "## Ditanggung BPJS Kesehatan",
                "• kartu BPJS Kesehatan yang aktif;",
                "• surat rujukan dari puskesmas.",
                "Kepala Dinas Kesehatan mengatakan jumlah penderita bertambah.",
                "Tag: RSUD Lewoleba | Cuci Darah",
            ]
        );
        // A form's labels set before two spaces tell no log.
        let form = "Judul    : Rapat Desa\nLink    : https://desa.id\nEdit    : admin\nDaftar  : 4";
        assert!(speech_log(form).is_none());
    }

    #[test]
    fn a_speech_log_in_indonesian_speaks_roles_with_their_degree_and_landmarks() {
        // NVDA in Indonesian: a role and its degree in one breath ("judul tingkat 1", "daftar
        // dengan 6 item"), landmarks named on either side, the document's and the article's own
        // lines, and an image's words set apart from the lead under them.
        let log = "dokumen\n\
                   landmark banner\n\
                   tautan  Elelim Pos\n\
                   landmark navigasi\n\
                   daftar dengan 2 item\n\
                   tautan  Beranda\n\
                   keluar dari daftar\n\
                   artikel\n\
                   judul tingkat 1  Harga Beras di Pasar Elelim Naik\n\
                   grafis  Pedagang menata karung beras. (Elelim Pos/Ruth Wenda)\n\
                   ELELIM – Harga beras naik hingga Rp3.000 per kilogram.\n\
                   judul tingkat 2  Stok Bulog Diklaim Aman\n\
                   butir  beras medium Rp20.000 per kilogram;\n\
                   keluar dari artikel\n\
                   landmark informasi konten";
        let got = speech_log(log).expect("a speech log");
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [
                "",
                "",
                "Elelim Pos",
                "",
                "",
                "Beranda",
                "",
                "",
                "# Harga Beras di Pasar Elelim Naik",
                "",
                "Pedagang menata karung beras. (Elelim Pos/Ruth Wenda)",
                "",
                "ELELIM – Harga beras naik hingga Rp3.000 per kilogram.",
                "## Stok Bulog Diklaim Aman",
                "• beras medium Rp20.000 per kilogram;",
                "",
            ]
        );
        // A heading the page writes with the word "Landmark" in it is the page's.
        let page = "tautan  Beranda\ntautan  Indeks\ntautan  Kontak\n\
                    judul tingkat 2  Landmark Baru Kota Jayapura";
        assert!(
            speech_log(page)
                .unwrap()
                .ends_with("## Landmark Baru Kota Jayapura")
        );
        // "Article  Date" heading a table's columns is no role spoken.
        let table = "Article    Date\nDocument    Size\nArtikel    Halaman\nDokumen    Versi";
        assert!(speech_log(table).is_none());
    }

    #[test]
    fn a_forward_line_may_name_what_it_forwards_between_its_rules() {
        for line in [
            "---------- Forwarded message ---------",
            "---------- Forwarded story ----------",
            "----- Forwarded article -----",
            "Begin forwarded message:",
        ] {
            assert!(is_forward_line(line), "{line}");
        }
        for line in [
            "Forwarded story",
            "---------- Forwarded to the council's legal team ----------",
            "The mayor said the letter was forwarded story by story.",
        ] {
            assert!(!is_forward_line(line), "{line}");
        }
    }
}
