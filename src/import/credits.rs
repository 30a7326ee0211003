//! Who wrote a text: names from bylines and credit lines ("Penulis: X | Editor: Y", "By X and
//! Y", "(Reporting by X; Editing by Y)", "X berkontribusi dalam penulisan artikel ini"), and
//! the outlet or place a byline names beside them ("X - Bisnis.com", "X in Labuan Bajo").

use std::sync::LazyLock;

use regex::Regex;

/// What one byline or credit line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credit {
    /// Writers and reporters, in the order named.
    pub authors: Vec<String>,
    /// An outlet named beside them.
    pub outlet: Option<String>,
    /// Where the writer reported from ("Kate Lamb in Labuan Bajo").
    pub place: Option<String>,
    /// The outlet itself credited instead of a person ("By FRONTIER", "X's General Desk"):
    /// the source, whatever its name's shape.
    pub desk: Option<String>,
}

/// Words that make a credit a newsroom's, not a person's.
const DESK_WORDS: &[&str] = &["desk", "newsdesk", "newsroom", "staff", "team", "bureau"];

/// Desk words that name a newsroom in one word and nothing else: no one's name ends in one,
/// and a "Team" or "Staff" may be a sports side's or an office's.
const NEWSROOM_DESK_WORDS: &[&str] = &["newsdesk", "newsroom"];

/// "By FRONTIER", "Thai PBS World's General Desk", "Reuters Staff": the outlet credited in
/// place of a writer. People are named in two or more words, and in mixed case when in one.
fn desk(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // "By THE NATION", "The Hindu Bureau": no one's name opens with the article.
    if words.len() >= 2 && words[0].eq_ignore_ascii_case("the") && words.len() <= 5 {
        let kept: Vec<&str> = words
            .iter()
            .copied()
            .take_while(|w| !DESK_WORDS.contains(&w.to_lowercase().as_str()))
            .collect();
        return (kept.len() >= 2).then(|| tidy_name(&kept.join(" ")));
    }
    if let [word] = words[..] {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        return (letters >= 4 && !word.chars().any(char::is_lowercase))
            .then(|| super::dateline::tidy_source(word));
    }
    let last = words.last()?.to_lowercase();
    if !DESK_WORDS.contains(&last.as_str()) {
        return None;
    }
    // The owner before a possessive, else the words before the desk words.
    let owner = match text.split_once("'s ").or_else(|| text.split_once("’s ")) {
        Some((owner, _)) => owner.trim().to_string(),
        None => {
            let kept: Vec<&str> = words
                .iter()
                .copied()
                .take_while(|w| !DESK_WORDS.contains(&w.to_lowercase().as_str()))
                .collect();
            let owner = kept.join(" ");
            // "by Naharnet Newsdesk": before a newsroom's own word, a name of one to three
            // capitalised words is the outlet's, whether or not its name has a newsroom's shape.
            let named = NEWSROOM_DESK_WORDS.contains(&last.as_str())
                && (1..=3).contains(&kept.len())
                && kept
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !named && !super::dateline::is_outlet(&owner) {
                return None;
            }
            owner
        }
    };
    (!owner.is_empty()).then_some(owner)
}

/// Roles whose holders wrote or reported the text.
const WRITER_ROLES: &[&str] = &[
    "penulis",
    "pewarta",
    "reporter",
    "rep",
    "oleh",
    "by",
    "written by",
    "writer",
    "author",
    "laporan",
    "wartawan",
    "jurnalis",
    "kontributor",
    // The jobs `ROLE_WORDS` knows beside a name are writers' roles before a colon too.
    "journalist",
    "correspondent",
    "koresponden",
    "contributor",
    "columnist",
    "reporting by",
    "additional reporting by",
    "writing by",
    "text by",
    "reported by",
    "story by",
    "report by",
    "words by",
    // "Words: Kirsty MacLean", "Reporting: Chloe Marr": a British credit's label.
    "words",
    "reporting",
    // A podcast's or a video's notes: "Show notes by X" wrote the text the page gives.
    "show notes by",
    "show notes",
    "ditulis oleh",
    "dilaporkan oleh",
    "diliput oleh",
    // A feed's item line: "Posted by X on 27 October 2025", "Diposting oleh X pada …".
    "posted by",
    "diposting oleh",
    // A record's or a CMS's credit field names the writer by the credit's own name: "Byline:
    // X" (a news database's record, an editor's form).
    "byline",
    // "Teks: Maria Itaar | Foto: …", "Teks & foto: …", "Story: Jenny Bais | Editor: …": a
    // campus's, a parish's or a community page's credit names the text's writer so.
    "teks",
    "text",
    "naskah",
    "story",
    // "Laporan reporter: Komang Ayu Lestari", "Author of the article: Tessa Borowski".
    "laporan reporter",
    "laporan wartawan",
    "laporan jurnalis",
    "laporan kontributor",
    "author of the article",
];
/// Roles whose holders did not write it: editors, photographers, translators.
const OTHER_ROLES: &[&str] = &[
    "editor",
    "editing by",
    "edited by",
    "red",
    "redaktur",
    "penyunting",
    "fotografer",
    "foto",
    "photo",
    "photos by",
    // A programme's voices: "Hosted by X", "Presented by X", "Host: X" said it, did not write
    // the page. ("Host:" and "Presenter:" also open a transcript's turns: see `role_cue`.)
    "hosted by",
    "host",
    "presenter",
    "presented by",
    "narrated by",
    "read by",
    "penerjemah",
    "translator",
    "translated by",
    "produced by",
    "grafis",
    "video",
    // "Camera & edit: …", "Kamerawan: …": who filmed and cut a clip did not write it.
    "camera",
    "cameraman",
    "camera operator",
    "kamera",
    "kamerawan",
    "juru kamera",
    "videographer",
    "videografer",
    "edit",
    "producer",
    "produser",
];
/// Possessive and personal pronouns, a closed class in both languages: never an outlet's name.
const PRONOUNS: &[&str] = &[
    "our", "my", "your", "their", "his", "her", "its", "we", "kami", "kita", "saya", "kamu",
];
/// Words that name a job, not a person, when they stand beside a name.
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "journalist",
    "journalists",
    "staff",
    "editor",
    "jurnalis",
    "wartawan",
    "kontributor",
    "contributor",
    "columnist",
    "koresponden",
    "penulis",
    "senior",
    "chief",
    "bureau",
];

static CONTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<names>.+?)\s+(?:berkontribusi dalam penulisan|turut berkontribusi|contributed (?:reporting )?to th)").unwrap()
});
static ROLE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    let mut roles: Vec<&str> = WRITER_ROLES.iter().chain(OTHER_ROLES).copied().collect();
    roles.sort_by_key(|r| std::cmp::Reverse(r.len()));
    let one = roles.join("|");
    // "Redaktur & Reporter :", "Penulis dan Editor:", "Teks/Foto:": one person in several roles.
    // "Words and pictures: X", "Story & photos: X": the pictures as a further role only
    // ("PHOTOS: Thousands March …" heads a gallery).
    let more = format!("{one}|photos|pictures|photography");
    Regex::new(&format!(
        r"(?i)^\(?\s*(?P<role>(?:{one})(?:\s*(?:&|/|\+|,|\bdan\b|\band\b)\s*(?:{more}))*)(?P<by>\s+(?:oleh|by)\b)?\s*(?::|\s)\s*"
    ))
    .unwrap()
});

/// The role cue a line opens with ("Penulis:", "By", "(Reporting by"), lower case, and where
/// the text after it starts; `None` when the line opens with no role.
pub fn role_cue(line: &str) -> Option<(String, usize)> {
    let c = ROLE_CUE.captures(line)?;
    let roles = c.name("role")?.as_str().to_lowercase();
    let role = main_role(&roles);
    let end = c.get(0)?.end();
    let after = line[end..].trim_start();
    // "By the end of the year": a role word followed by no name is a sentence.
    let named = after.chars().next().is_some_and(|ch| ch.is_uppercase());
    let colon = line[..end].contains(':');
    let short = line.split_whitespace().count() <= 14 || line.starts_with('(');
    // Without a colon only the words that cannot open a headline name a role: "By X", "Oleh X".
    // "Laporan oleh X", "Story by X": a role made passive names its holder as "By X" does.
    let passive = c.name("by").is_some();
    // "Story and photos by X": the last of several roles may carry the "by".
    let bare_ok = roles.ends_with("oleh")
        || roles.ends_with("by")
        || passive
        || bare_writer_credit(&role, after);
    // "Video by X went viral.": another work's cue before a sentence's subject.
    // "Editor: X said …": a label before a speaker reported in a sentence.
    let sentence = word_after_name(after).is_some_and(|w| {
        SPEECH_VERBS.contains(&w.as_str())
            || !colon && !names_writers(&role) && !super::parts::is_function_word(&w)
    });
    // "Host: Welcome back to Coastal Lines, I'm your host.": a transcript's turn; a voice's
    // credit names no more than a name.
    let turn = ["host", "presenter"].contains(&role.as_str())
        && (after.split_whitespace().count() > 4
            || after.contains([',', '.', '!', '?', '\'', '’']));
    (named && short && (colon || bare_ok) && !sentence && !turn).then_some((role, end))
}

/// "Video by Agus Riyanto went viral.", "Editor: Tran Quoc Bao said …": the word in lower case
/// that carries a name after a cue on to a closing stop, when one does — the name is then a
/// sentence's subject; a credit's name ends the line or stands before a comma, a bracket or a
/// function word ("Photo by X for Reuters"). A number runs on a name as its capitals do ("Video
/// by Grade 6 pupil Mika Santos went viral.").
fn word_after_name(after: &str) -> Option<String> {
    if !after.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let mut words = after.split_whitespace().skip_while(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !w.ends_with([',', ';', ':', '.'])
    });
    words
        .next()
        .filter(|w| w.starts_with(char::is_lowercase))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
}

/// Verbs that report speech: a name before one is a speaker, whatever label precedes it.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "menuturkan",
    "menambahkan",
    "ujar",
];

/// Of several roles one person holds ("redaktur & reporter"), the one that says they wrote the
/// text, else the first.
fn main_role(roles: &str) -> String {
    let pieces: Vec<&str> = roles
        .split(['&', '/', '+', ','])
        .flat_map(|p| p.split(" dan "))
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces
        .iter()
        .find(|p| names_writers(p))
        .or(pieces.first())
        .map_or_else(|| roles.to_string(), |p| p.to_string())
}

/// "Penulis Reyhaanah Asya", "Kontributor Bandung, Agie Permadi", "Laporan Reporter Tribun
/// Jogja, Santo Ari": a writer's role without a colon, then a short name (or a place or outlet,
/// a comma, and the name). A headline opening with the same word goes on past a few words, or
/// its words are not all a name's ("Reporter Tewas di Gaza").
fn bare_writer_credit(role: &str, after: &str) -> bool {
    // "Words", "Reporting", "Show notes", "Story", "Teks" credit a writer only before a colon
    // or "by": a headline opens with them too ("Reporting Season Opens", "Story Time Returns").
    if !names_writers(role)
        || after.ends_with(['.', '!', '?'])
        || [
            "words",
            "reporting",
            "show notes",
            "teks",
            "text",
            "naskah",
            "story",
        ]
        .contains(&role)
    {
        return false;
    }
    // "Laporan Wartawan Serambinews.com Rianza Alfandi | Aceh Besar": what follows a bar is
    // a place or a date, not the name.
    let after = after.split('|').next().unwrap_or("").trim();
    let name = after.rsplit(',').next().unwrap_or("").trim();
    let name = name_after_role(name).unwrap_or(name);
    let words = name.split_whitespace().count();
    let before_comma_ok = after
        .rsplit_once(',')
        .is_none_or(|(head, _)| head.split_whitespace().count() <= 4);
    (2..=3).contains(&words) && is_name(name) && before_comma_ok
}

/// "Indonesia correspondent Ashley Rosa" → "Ashley Rosa": the name after the last job word or
/// outlet, when two or three words of a name follow it.
fn name_after_role(text: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let k = words
        .iter()
        .rposition(|(_, w)| is_role_word(w) || super::dateline::is_outlet(w))?;
    let (start, _) = words.get(k + 1)?;
    let name = text[*start..].trim();
    ((2..=3).contains(&(words.len() - k - 1)) && is_name(name)).then_some(name)
}

/// "Priya Ramdass Staff Reporter" after a writer's cue: a full name (two to four words, no
/// outlet, no place) and then a job's words closing the credit, no comma between: the name.
/// "Nikkei Staff Writer" or "Agriculture Reporter" (one word before the job) name a newsroom
/// or a beat.
fn name_before_job(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let job = words.iter().rev().take_while(|w| is_role_word(w)).count();
    let before = words.len() - job;
    if job == 0 || text.contains([',', '/', '|', '(']) || !(2..=4).contains(&before) {
        return None;
    }
    let last = words[before - 1];
    let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    let name = text[..end].trim();
    (is_name(name)
        && !super::dateline::is_outlet(name)
        && super::gazetteer::place(name).is_none()
        && !words[..before].iter().any(|w| is_role_word(w)))
    .then_some(name)
}

/// "Nolan Herreid The Spokesman-Review" after a writer's cue: a full name (two or three words)
/// and then, with no comma between, a name of up to five capitalised words opening with
/// "The": the newsroom the writer writes for. A person's name has no "The" inside it. Or
/// "Erin Sweeney Peninsula Clarion": two words of a name, two of a paper's.
fn name_before_outlet(text: &str) -> Option<(&str, &str)> {
    if text.contains([',', '/', '|', '(']) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // "Erin Sweeney Peninsula Clarion": with no "The", a two-word name and a two-word paper's
    // name ending on a paper's word; in five words or more, where one ends is not known.
    let at = match words.iter().position(|w| *w == "The") {
        Some(at) => at,
        None if words.len() == 4 && super::dateline::is_paper_name(&words[2..].join(" ")) => 2,
        None => return None,
    };
    let outlet_words = &words[at..];
    if !(2..=3).contains(&at)
        || !(2..=5).contains(&outlet_words.len())
        || !outlet_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let start = words[at].as_ptr() as usize - text.as_ptr() as usize;
    let name = text[..start].trim();
    let outlet = text[start..].trim();
    (is_name(name) && super::gazetteer::place(name).is_none()).then_some((name, outlet))
}

/// True when a role cue names writers (not editors or photographers).
pub fn names_writers(role: &str) -> bool {
    WRITER_ROLES.contains(&role)
}

/// True when a credit line closes a text with a contributor's name.
pub fn is_contribution(line: &str) -> bool {
    CONTRIBUTED.is_match(line) && line.split_whitespace().count() <= 16
}

/// "Penulis: X / Editor: Y", "Reporter: X/Editor: Y": a slash before another role's cue parts
/// two credits as a bar does; a slash inside one credit ("Teks/Foto: X", "X/Outlet") parts
/// nothing.
fn split_at_slashed_role(segment: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, _) in segment.match_indices('/') {
        // The piece before holds a whole credit, role and name ("Reporter/Fotografer: X" is
        // one person's two roles).
        let before = &segment[start..at];
        let whole = before
            .split_once(':')
            .is_some_and(|(_, name)| !name.trim().is_empty());
        // Only the next piece: reading the whole rest at every slash is quadratic.
        let next = segment[at + 1..].split('/').next().unwrap_or("");
        if whole && role_cue(next.trim_start()).is_some() {
            pieces.push(&segment[start..at]);
            start = at + 1;
        }
    }
    pieces.push(&segment[start..]);
    pieces
}

/// "Photos: Ben Tapp", "Pictures: X", "Video: X": a label of other work than the writing,
/// one or two words before a colon.
fn other_work_label(segment: &str) -> bool {
    segment.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim().to_lowercase();
        label.split_whitespace().count() <= 2
            && label
                .split_whitespace()
                .any(|w| OTHER_WORK.iter().any(|stem| w.starts_with(stem)))
    })
}

/// "Inverness Citizen / by Calum Fraser / 4d": a feed's meta line, whose slashes set apart by
/// spaces part its cells as bars do, when a cell after the first opens with a role's cue. A
/// desk's initials after the writer ("Oleh: Ichsan Ali / FER") part nothing.
fn split_at_spaced_slash(segment: &str) -> Vec<&str> {
    let pieces: Vec<&str> = segment.split(" / ").collect();
    // "Reporter / Fotografer: X", "Words / Pictures: X": one person's roles before one colon.
    let bare_role = |p: &str| {
        let p = p.trim();
        !p.contains(':') && role_cue(p).is_none() && role_cue(&format!("{p}: Xy")).is_some()
            || ["words", "pictures", "photos", "teks", "text"].contains(&p.to_lowercase().as_str())
    };
    if pieces.iter().skip(1).any(|p| role_cue(p.trim()).is_some())
        && !pieces.iter().any(|p| bare_role(p))
    {
        pieces
    } else {
        vec![segment]
    }
}

/// "Reporter: X. Editor: Y.", "Written by X. Hosted by Y. Recorded Tuesday." (a credit read
/// out or typed as sentences): a full stop before another role's label and its colon, or
/// another role made passive ("Hosted by", "Show notes by"), parts two credits as a bar does,
/// when the piece before holds a credit of its own; a stop inside a name ("Muh. Rizal") parts
/// nothing.
fn split_at_stopped_role(segment: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let colons: Vec<usize> = segment.match_indices(':').map(|(at, _)| at).collect();
    for (at, _) in segment.match_indices(". ") {
        // Only the next piece's first words: reading the whole rest at every stop is quadratic.
        let next = &segment[at + 2..];
        let near = next
            .char_indices()
            .nth(40)
            .map_or(next.len(), |(end, _)| end);
        let labelled = next[..near].split_once(':').is_some_and(|(label, _)| {
            label.split_whitespace().count() <= 2 && role_cue(&format!("{label}: X")).is_some()
        }) || other_work_label(&next[..near]);
        let passive = next[..near]
            .split_whitespace()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("by") || w.eq_ignore_ascii_case("oleh"))
            && role_cue(&next[..near]).is_some();
        // The piece before holds a credit of its own, role and name.
        let first = colons.partition_point(|&c| c < start);
        // The piece's opening words carry its cue: reading the whole piece at every stop is
        // quadratic.
        let head = &segment[start..at];
        let head = &head[..head.floor_char_boundary(head.len().min(120))];
        let credited =
            colons.get(first).is_some_and(|&c| c < at) || role_cue(head.trim()).is_some();
        if credited && (labelled || passive) {
            pieces.push(&segment[start..at]);
            start = at + 2;
        }
    }
    pieces.push(&segment[start..]);
    pieces
}

/// Reads a credit line: every "role: names" segment, writers kept, others dropped.
pub fn read(line: &str) -> Credit {
    let mut credit = read_segments(line);
    // "Antonius Nyangun, kontributor Tapal Batas News": the outlet a writer's job names beside
    // a person is whom they write for, no second writer; so is one standing in a cell of its
    // own ("Cambrian News | Aberystwyth"). A name with a newsroom's word elsewhere is a
    // writer's ("By Eyal Press and Marama Tuhiwai").
    if credit.outlet.is_none() && credit.authors.len() >= 2 {
        let lower = line.to_lowercase();
        let placed_as_outlet = |name: &str| {
            let name = name.to_lowercase();
            ROLE_WORDS
                .iter()
                .any(|job| lower.contains(&format!("{job} {name}")))
                || lower.split(['|', '·', '•']).any(|cell| cell.trim() == name)
        };
        if let Some(at) = credit.authors.iter().position(|a| {
            super::dateline::is_outlet(a)
                && a.split_whitespace().any(super::dateline::is_newsroom_word)
                && placed_as_outlet(a)
        }) {
            credit.outlet = Some(credit.authors.remove(at));
        }
    }
    credit.outlet = credit.outlet.and_then(|o| outlet_alone(&o));
    credit
}

/// "Tapal Batas News di Jagoi Babang", "for the Island Times in Kingscote": whom a writer
/// writes for, with the word that joined it and the place the writer files from left out.
fn outlet_alone(outlet: &str) -> Option<String> {
    let o = outlet.trim();
    let joined = ["for ", "untuk "].iter().find_map(|j| o.strip_prefix(j));
    // "for Business" cut from "for Business in Vancouver" before it came here: one word no
    // newsroom is known by may be the first of a longer name, and names no outlet alone.
    if joined.is_some_and(|o| !o.contains(' ') && !super::dateline::is_outlet(o)) {
        return None;
    }
    let o = joined.unwrap_or(o);
    let place_after = [" di ", " in ", " at ", " from ", " dari "]
        .iter()
        .filter_map(|j| o.find(j).map(|at| (at, j.len())))
        // "Business in Vancouver", "Kabar dari Perbatasan": a name of one word before the
        // joining word is the outlet's own first word, not the outlet.
        .filter(|&(at, len)| {
            let head: Vec<&str> = o[..at].split_whitespace().collect();
            o[at + len..].starts_with(char::is_uppercase)
                && head.len() >= 2
                && head.iter().any(|w| super::dateline::is_newsroom_word(w))
        })
        .map(|(at, _)| at)
        .min();
    Some(match place_after {
        Some(at) => o[..at].trim().to_string(),
        None => o.to_string(),
    })
}

fn read_segments(line: &str) -> Credit {
    let mut credit = Credit::default();
    if let Some(c) = CONTRIBUTED.captures(line) {
        credit.authors = split_names(c.name("names").map_or("", |m| m.as_str()));
        return credit;
    }
    // "– Rizal Hamdan" under the story: the dash signs, it is no part of the name.
    // "_Laporan: Arsal Pratama_": a chat app's italic or bold marks around the credit.
    let line = line
        .trim()
        .trim_matches(['_', '*', '~'])
        .trim_start_matches(['-', '–', '—'])
        .trim_start()
        .trim_end_matches('.');
    let line = without_email(line);
    // "(Reporting by X; Editing by Y)": the brackets around the whole credit.
    let inner = match line.strip_prefix('(') {
        Some(rest) => rest.strip_suffix(')').unwrap_or(rest),
        None => line,
    };
    // "By Tristan Bodden | Cayman Compass | 10 March": a writer's cue before a bar; the pieces
    // after it say where, when and for whom, never a second writer (joined by "and").
    let mut by_writer = false;
    // "Penulis: X | Editor: Y", "Reporting by X; Editing by Y".
    // "Inverness Citizen / by Calum Fraser / 4d": a slash set apart by spaces parts a feed's
    // meta line as a bar does.
    let segments: Vec<&str> = inner
        .split(['|', ';', '·', '•'])
        .flat_map(split_at_spaced_slash)
        .flat_map(split_at_slashed_role)
        .flat_map(split_at_stopped_role)
        .collect();
    // The cell a writer's cue opens, if one does.
    let cued = segments
        .iter()
        .position(|s| role_cue(s.trim()).is_some_and(|(role, _)| names_writers(&role)));
    for (k, segment) in segments.iter().enumerate() {
        // "**Words: Jenny Robb** · Friday …": a mark may close one cell of the line.
        let segment = segment.trim().trim_matches(['*', '_']).trim();
        if segment.is_empty() {
            continue;
        }
        // "Reporter : X | Selasa, 27 Januari 2026 13:45", "Penulis: X - 22 April 2025, 13:10":
        // a date beside the credit, and the weekday before it, are no name.
        // "Novi Hapsari · Kamis, 3 Desember", "Selasa, 1 Desember | Reporter: X": a weekday
        // beside a day and month with no year is as much a date as one with it.
        let not_calendar = |part: &&str| {
            let mut words = part.split_whitespace().peekable();
            words.peek().is_none() || !words.all(super::datefind::is_calendar_word)
        };
        let dates = super::datefind::find_all(segment, false);
        // "Posted on 2 December 2026 by Coinneach MacIver": the writer after the date.
        let by_after = dates.first().and_then(|date| {
            let before = strip_date_connector(&segment[..date.start]);
            let after = segment[date.end..].trim_start();
            let names = ["by ", "By ", "oleh ", "Oleh "]
                .iter()
                .find_map(|cue| after.strip_prefix(cue))?;
            // "… by Jane Doe in Politics": a blog's meta line files the post under a category.
            let names = names
                .split_once(" in ")
                .or_else(|| names.split_once(" di "))
                .map_or(names, |(n, _)| n);
            (before.split_whitespace().count() <= 2)
                .then(|| format!("{before} by {names}").trim().to_string())
        });
        let segment = match dates.first() {
            _ if by_after.is_some() => by_after.unwrap_or_default(),
            Some(date) => strip_date_connector(&segment[..date.start])
                .split(',')
                .filter(not_calendar)
                .collect::<Vec<_>>()
                .join(","),
            None if segment.contains(',') => segment
                .split(',')
                .filter(not_calendar)
                .collect::<Vec<_>>()
                .join(","),
            None => segment.to_string(),
        };
        let segment = segment.trim().trim_end_matches(',').trim();
        if segment.is_empty() {
            continue;
        }
        match role_cue(segment) {
            Some((role, end)) if names_writers(&role) => {
                by_writer = role == "by" || role == "oleh";
                let rest = &segment[end..];
                // "BYLINE: By Tyler Begay/Cronkite News": a feed's field label over a byline
                // that opens with its own cue.
                let rest = ["By ", "BY ", "by ", "Oleh ", "OLEH ", "oleh "]
                    .iter()
                    .find_map(|cue| rest.trim_start().strip_prefix(cue))
                    .filter(|_| role != "by" && role != "oleh")
                    .unwrap_or(rest);
                // "By Priya Ramdass Staff Reporter": after the cue, the writer's full name and
                // their job with no comma between.
                if let Some(name) = name_before_job(rest) {
                    credit.merge(byline(name));
                    continue;
                }
                // "Reported by Kema Tarpeh for FrontPage Africa", "by Hannah Okafor of
                // Spotlight PA", "Story by Holly Bergeron. Read more …": the writer's full name,
                // then for whom they write or a sentence of the page's.
                // A stop ends the name only before a sentence ("Read more and …"), never after
                // an initial ("Jasmin R. Kaamiño", "Sahril Hi. Abbas").
                let sentence_after = |at: usize| {
                    let before = rest[..at].rsplit(' ').next().unwrap_or("");
                    let words: Vec<&str> = rest[at + 2..].split_whitespace().take(3).collect();
                    before.chars().count() >= 3
                        && words.len() == 3
                        && words[1].starts_with(char::is_lowercase)
                };
                let cut = [" for ", " of "]
                    .iter()
                    .filter_map(|j| rest.find(j))
                    .chain(rest.find(". ").filter(|&at| sentence_after(at)))
                    .min();
                if let Some(at) = cut
                    && names_writers(&role)
                {
                    let name = rest[..at].trim();
                    if (2..=4).contains(&name.split_whitespace().count())
                        && is_name(name)
                        && super::gazetteer::place(name).is_none()
                    {
                        credit.merge(byline(name));
                        continue;
                    }
                }
                // "By Nolan Herreid The Spokesman-Review": the outlet after the name, no comma.
                if let Some((name, outlet)) = name_before_outlet(rest) {
                    credit.merge(byline(name));
                    credit.outlet.get_or_insert_with(|| outlet.to_string());
                    continue;
                }
                // "Kontributor Bandung, Agie Permadi": without a colon, what precedes the
                // comma says where or for whom; the name comes last — unless the name comes
                // first and an outlet or place after it ("By X, GMA Integrated News").
                let whole = byline(rest);
                let job_after = rest.rsplit_once(',').is_some_and(|(_, t)| has_role_word(t));
                let name_first = !whole.authors.is_empty()
                    && (whole.outlet.is_some() || whole.place.is_some() || job_after);
                // "By Wesley Müller, Louisiana Illuminator", "By Rūta Jankauskienė, LRT.lt":
                // after a bare "By"/"Oleh" the writer comes first, and one comma puts who they
                // write for after the name (a second writer is joined by "and"/"dan").
                // A place after the comma is where the writer files from, read below as before
                // ("By Rehema Mwakalinga, Dodoma"), and so is a lone name.
                if let Some((first, after)) = rest.split_once(',')
                    && (role == "by" || role == "oleh")
                    && super::gazetteer::place(after.trim()).is_none()
                    && !(after.split_whitespace().count() == 1 && is_name(after.trim()))
                    && !name_first
                    && rest.matches(',').count() == 1
                    && ![" and ", " dan ", "&"].iter().any(|j| rest.contains(j))
                    && first.split_whitespace().count() >= 2
                    && is_name(first.trim())
                    && super::gazetteer::place(first.trim()).is_none()
                {
                    credit.merge(byline(first));
                    continue;
                }
                // "By Ana Reyes, Ben Cruz and Lito Santos": a list of full names.
                let listed: Vec<&str> = rest
                    .split(',')
                    .flat_map(|p| p.split(" and "))
                    .flat_map(|p| p.split(" dan "))
                    .map(str::trim)
                    .collect();
                if (role == "by" || role == "oleh")
                    && listed.len() >= 3
                    && listed
                        .iter()
                        .all(|n| n.split_whitespace().count() >= 2 && is_name(n))
                {
                    for n in listed {
                        credit.merge(byline(n));
                    }
                    continue;
                }
                // "By Mphatso Nkhoma, Mangochi", "By MPHATSO NKHOMA, MANGOCHI": one word after
                // a writer's full name is the town filed from (or the desk's), never the only
                // writer; after "Oleh" a word in ordinary case that is no known place may be
                // a one-name co-writer.
                if (role == "by" || role == "oleh")
                    && let Some((first, after)) = rest.split_once(',')
                    && !after.contains(',')
                    && after.split_whitespace().count() == 1
                    && (2..=4).contains(&first.split_whitespace().count())
                    && is_name(first.trim())
                    && !has_role_word(first)
                    && !name_first
                {
                    credit.merge(byline(first));
                    let after = after.trim();
                    if super::gazetteer::place(after).is_some() {
                        credit.place.get_or_insert_with(|| after.to_string());
                    } else if role == "oleh" && !shouted(after) && is_name(after) {
                        // "Oleh Maria Goreti Ana, Sutrisno": Indonesian writers may go by one
                        // name, and a co-writer so named follows the first.
                        credit.merge(byline(after));
                    }
                    continue;
                }
                match rest.rsplit_once(',') {
                    Some((_, name)) if !segment[..end].contains(':') && !name_first => {
                        credit.merge(byline(name))
                    }
                    _ => credit.merge(whole),
                }
            }
            Some(_) => {}
            // "Reporting: X. Photos: Y": the photographer's cell credits no writer.
            None if k > 0 && other_work_label(segment) => {}
            // "… | Aceh Besar": a place beside the credit, not a writer.
            None if super::gazetteer::place(segment).is_some() => {
                credit.place.get_or_insert_with(|| segment.to_string());
            }
            // "Inverness Citizen / by Calum Fraser / 4d", "Kompas.com | Penulis: X": a first
            // cell with no cue, before the writer's, is the feed's or the page's name: whom
            // they write for, no writer.
            None if k == 0
                && cued.is_some_and(|c| c > 0)
                && (super::dateline::is_outlet(segment)
                    || (2..=5).contains(&segment.split_whitespace().count())
                        && !super::dateline::is_section_label(segment))
                && credited_by(segment).is_none() =>
            {
                credit.outlet.get_or_insert_with(|| segment.to_string());
            }
            None => match credited_by(segment) {
                Some(names) => credit.authors.extend(names),
                None if by_writer && !credit.authors.is_empty() && !has_role_word(segment) => {
                    let beside = byline(segment);
                    // One word ("Ludlow", "Telford") may be the town filed from.
                    let named = segment.split_whitespace().count() >= 2;
                    if named && !beside.authors.is_empty() && beside.outlet.is_none() {
                        credit.outlet.get_or_insert_with(|| segment.to_string());
                    } else {
                        credit.merge(beside);
                    }
                }
                None => credit.merge(byline(segment)),
            },
        }
    }
    credit
}

/// Stems of the jobs that make something other than the text: a phrase naming one before "by"
/// credits a picture, an edit or a translation, not the writing.
const OTHER_WORK: &[&str] = &[
    "edit",
    "photo",
    "foto",
    "picture",
    "image",
    "translat",
    "terjemah",
    "graphic",
    "grafis",
    "video",
    "illustrat",
    "ilustrasi",
    "produc",
    "design",
    "layout",
    "camera",
    "kamera",
];

/// "Japanese original by Kaori Sato, Hokkaido News Department": a short phrase, then "by" or
/// "oleh" and the names, credits the writers whatever the phrase's words, unless it names other
/// work. The names run to the first comma; what follows is their desk.
pub fn credited_by(segment: &str) -> Option<Vec<String>> {
    let (at, len) = [" by ", " oleh "]
        .iter()
        .find_map(|cue| find_cue(segment, cue, false).map(|i| (i, cue.len())))?;
    let phrase = segment[..at].to_lowercase();
    let words = phrase.split_whitespace().count();
    let other = phrase
        .split_whitespace()
        .any(|w| OTHER_WORK.iter().any(|stem| w.starts_with(stem)));
    let names_part = segment[at + len..].split(',').next()?.trim();
    let names = split_names(names_part);
    let named = !names.is_empty() && names.iter().all(|n| n.split_whitespace().count() >= 2);
    ((1..=4).contains(&words) && !other && named && names.iter().all(|n| is_name(n)))
        .then_some(names)
}

/// Where an ASCII cue (" by ") stands in `text`, whatever its case: the first or, with `last`,
/// the last. The index is `text`'s own; one found in its lower case may not be, since lower
/// case changes some letters' length ("İstanbul", "ẞ").
pub(super) fn find_cue(text: &str, cue: &str, last: bool) -> Option<usize> {
    let found = |w: &[u8]| w.eq_ignore_ascii_case(cue.as_bytes());
    let mut windows = text.as_bytes().windows(cue.len());
    if last {
        windows.rposition(found)
    } else {
        windows.position(found)
    }
}

/// "The video was posted by X", "Photos were shared by X", "Video itu diunggah oleh X": a
/// subject the story named before (a definite article, *itu*, *tersebut*) or a finite verb
/// tells what someone did with it; a credit names the work bare ("Photos by", "Foto diambil
/// oleh") or points at the page itself ("This article was translated …", "Foto ini …").
fn reports_a_deed(before_by: &str) -> bool {
    let words: Vec<String> = super::parts::bare_words(before_by).collect();
    let own_page = words
        .iter()
        .any(|w| matches!(w.as_str(), "this" | "these" | "ini"));
    let named_before = words.first().is_some_and(|w| w == "the")
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "itu" | "tersebut"));
    let finite = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had"
        )
    });
    !own_page && (named_before || finite)
}

/// "This article was translated from Khmer by Meng Seavmey.", "Foto diambil oleh X": a short
/// line crediting other work than the writing (a translation, a picture, an edit) to the names
/// that close it. Its names are neither writers nor the outlet.
pub fn credits_other_work(line: &str) -> bool {
    let Some((at, len)) = [" by ", " oleh "]
        .iter()
        .find_map(|cue| find_cue(line, cue, true).map(|i| (i, cue.len())))
    else {
        return false;
    };
    // The work opens the credit ("Photos by", "This article was translated"); named further
    // on, it is a sentence of the story ("The first line will produce cells designed by X").
    let other = line[..at]
        .to_lowercase()
        .split_whitespace()
        .take(4)
        .any(|w| OTHER_WORK.iter().any(|stem| w.starts_with(stem)));
    let names_part = line[at + len..].trim().trim_end_matches('.');
    let names = split_names(names_part);
    other
        && !reports_a_deed(&line[..at])
        && line.split_whitespace().count() <= 16
        && !names.is_empty()
        && names
            .iter()
            .all(|n| n.split_whitespace().count() >= 2 && is_name(n))
}

/// "by X on ", "Oleh X pada ", "X - ": what stands before a date beside a credit, without the
/// separator or the word that leads to the date.
fn strip_date_connector(text: &str) -> &str {
    // "By X // 26 November 2025": a doubled slash parts the name from the date as a bar does.
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || ",-–—|/".contains(c));
    // "by X on Tue, 16 Dec 2025": the weekday a comma parts from its date leads to it too.
    let text = match text.rsplit_once(' ') {
        Some((head, last)) if super::datefind::is_weekday(last) => head.trim_end(),
        _ => text,
    };
    match text.rsplit_once(' ') {
        Some((head, last))
            if [
                "on",
                "at",
                "pada",
                "tanggal",
                "published",
                "updated",
                "diterbitkan",
            ]
            .contains(&last.to_lowercase().as_str()) =>
        {
            head.trim_end_matches(|c: char| c.is_whitespace() || ",-–—|".contains(c))
        }
        _ => text,
    }
}

impl Credit {
    fn merge(&mut self, other: Credit) {
        for a in other.authors {
            if !self.authors.contains(&a) {
                self.authors.push(a);
            }
        }
        self.outlet = self.outlet.take().or(other.outlet);
        self.place = self.place.take().or(other.place);
        self.desk = self.desk.take().or(other.desk);
    }
}

/// A byline without a role cue: "X and Y", "X - Outlet", "X (Outlet)", "X, Outlet staff
/// writer", "X in Place", "JIM GOMEZ Associated Press", "X (kontributor Garut)".
/// "Ichsan Ali / FER", "Nabila Kusuma/ABS": the writer without the desk's initials after them.
pub fn without_desk_initials(text: &str) -> &str {
    match text.rsplit_once('/') {
        Some((name, initials))
            if (1..=4).contains(&initials.trim().len())
                && initials.trim().chars().all(|c| c.is_ascii_uppercase()) =>
        {
            name.trim()
        }
        _ => text,
    }
}

pub fn byline(text: &str) -> Credit {
    byline_within(text, 3)
}

/// `byline`, reading at most `depth` more separators as a rubric before the byline: a real
/// one has one or two ("Market - X / Outlet"); a line of thousands must not recurse as deep.
fn byline_within(text: &str, depth: u8) -> Credit {
    let mut credit = Credit::default();
    let mut text = text
        .trim()
        .trim_end_matches(['.', ',', ' ', '-', '–', '—', '|'])
        .to_string();
    if let Some(owner) = desk(&text) {
        credit.desk = Some(owner);
        return credit;
    }
    // "Recorder Report", "Staff Report": a credit closed by the word for the newsroom's product
    // names a desk's report, no person; no one's name ends in "Report".
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 3
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("report"))
    {
        return credit;
    }
    // A bracket holds a role ("kontributor Garut") or an outlet ("The Jakarta Post").
    if let (Some(open), Some(close)) = (text.find('('), text.rfind(')'))
        && open < close
    {
        let inside = text[open + 1..close].trim().to_string();
        if !has_role_word(&inside) && !inside.is_empty() {
            credit.outlet = Some(inside);
        }
        text = format!("{} {}", &text[..open], &text[close + 1..])
            .trim()
            .to_string();
    }
    text = without_job(without_desk_initials(&text)).to_string();
    // "Tyler Begay/Cronkite News": a feed's slash with no space around it parts the writer
    // from the outlet as a spaced one does.
    if let Some((name, after)) = text.split_once('/')
        && !after.contains('/')
        && !name.ends_with(' ')
        && !after.starts_with(' ')
        && name.split_whitespace().count() >= 2
        && is_name(name)
        && after.chars().next().is_some_and(char::is_alphabetic)
    {
        // "Sarah Lee/Tom Brown": a second person's name after the slash is a co-writer,
        // where "Cronkite News" names a newsroom.
        // "Antara Sumbar", "Okezone Jatim": a regional desk's name, an outlet's and its
        // province's written short.
        // "Abdul Jabar" is a person: the province's short form follows a known outlet's name.
        let regional_desk = match after.split_whitespace().collect::<Vec<_>>()[..] {
            [brand, province] => {
                super::dateline::is_known_outlet(brand)
                    && super::gazetteer::acronym(province)
                        .is_some_and(|x| super::gazetteer::place(x).is_some())
            }
            _ => false,
        };
        let co_writer = (2..=3).contains(&after.split_whitespace().count())
            && is_name(after)
            && !super::dateline::is_outlet(after)
            && !has_role_word(after)
            && !regional_desk;
        let sep = if co_writer { " and " } else { " / " };
        text = format!("{name}{sep}{after}");
    }
    // "Sok Chanthy / Khmer Times", "Lin Hsiao-wen / Staff reporter", "Kara Drodge · The
    // Telegram": a slash or a middle dot, like a dash, puts the outlet or the writer's job
    // after the name.
    for sep in [" - ", " – ", " — ", " | ", " / ", " · "] {
        if let Some(i) = text.find(sep) {
            let rest = text[i + sep.len()..].trim();
            // "Market - Romys Binekasri, CNBC Indonesia": a rubric, then the whole byline.
            let inner = match depth.checked_sub(1) {
                Some(d) => byline_within(rest, d),
                None => Credit::default(),
            };
            if !inner.authors.is_empty()
                && inner
                    .outlet
                    .as_deref()
                    .is_some_and(super::dateline::is_outlet)
            {
                // "Ngoc Hien - Thanh Thao / Tuoi Tre News": a full name before the dash is a
                // second writer, where a rubric is one word.
                let before = text[..i].trim();
                let co_writer = before.split_whitespace().count() >= 2
                    && is_name(before)
                    && !super::dateline::is_outlet(before)
                    && super::gazetteer::place(before).is_none();
                let mut inner = inner;
                if co_writer {
                    inner.authors.insert(0, tidy_name(before));
                }
                return inner;
            }
            if !rest.is_empty() && credit.outlet.is_none() && !has_role_word(rest) {
                credit.outlet = Some(rest.to_string());
            }
            text.truncate(i);
        }
    }
    // "X in Jakarta and Y in Broome": each writer with their own place; reporters in several
    // places give the text no one place.
    if text.contains(" in ")
        && let Some(sep) = [" and ", " dan "].into_iter().find(|s| text.contains(s))
    {
        let each: Vec<Credit> = text.split(sep).map(byline).collect();
        let places: Vec<&Option<String>> = each.iter().map(|c| &c.place).collect();
        let one_place = places.windows(2).all(|w| w[0] == w[1]);
        let place = if one_place {
            each[0].place.clone()
        } else {
            None
        };
        for c in each {
            credit.merge(Credit { place: None, ..c });
        }
        credit.place = place;
        return credit;
    }
    if let Some(i) = text.find(" in ")
        && text[i + 4..].chars().next().is_some_and(char::is_uppercase)
    {
        credit.place = Some(text[i + 4..].trim().to_string());
        text.truncate(i);
    }
    // "ERWIDA MAULIA, Nikkei staff writer": what follows the comma is a job at an outlet.
    let mut parts: Vec<String> = Vec::new();
    let pieces: Vec<&str> = text.split(',').map(str::trim).collect();
    for (k, &part) in pieces.iter().enumerate() {
        let last = k + 1 == pieces.len();
        if k > 0 && last && is_major_place(part) {
            // "Stevani Rumengan, Manado", "BBC News, Jakarta": the last piece after a name or
            // an outlet says where the report was filed, whoever files it.
            credit.place.get_or_insert_with(|| part.to_string());
        } else if (k > 0 || pieces.len() > 1) && super::dateline::is_outlet(part)
            || k > 0 && shouted(pieces[0]) && !shouted(part) && is_outlet_beside(part)
        {
            // "Romys Binekasri, CNBC Indonesia"; "ANA REYES, Mindanao Courier": a name in
            // capitals, then a name in mixed case, is a writer and their newsroom.
            credit.outlet.get_or_insert_with(|| part.to_string());
        } else if let Some(name) = name_after_role(part) {
            // "Indonesia correspondent Ashley Rosa": a beat or outlet, the job, then the name.
            parts.push(name.to_string());
        } else if has_role_word(part) {
            let outlet: Vec<&str> = part
                .split_whitespace()
                .filter(|w| !is_role_word(w))
                .collect();
            // "Agriculture Reporter", "Local Government Reporter": alone on a credit, the
            // words before a job are the writer's beat unless they are built as a newsroom's
            // name ("Seattle Times staff reporter") or hold an acronym ("RNZ Pacific
            // journalist").
            let beat = pieces.len() == 1
                && !super::dateline::is_outlet(&outlet.join(" "))
                && !outlet
                    .iter()
                    .any(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2);
            if !outlet.is_empty() && credit.outlet.is_none() && !beat {
                credit.outlet = Some(outlet.join(" "));
            }
        } else if !part.is_empty() {
            parts.push(part.to_string());
        }
    }
    let mut names = split_names(&parts.join(", "));
    // "JIM GOMEZ Associated Press": a name in capitals, then the agency in mixed case.
    if let Some(first) = names.first_mut()
        && let Some((name, outlet)) = split_shouted(first)
    {
        *first = name;
        credit.outlet = credit.outlet.take().or(Some(outlet));
    }
    // "Portal Berita Riau Terkini dan Terpercaya", "Halo, Sobat Trubus!": one piece naming no
    // one makes the whole line a motto or a greeting, the others its words, not writers.
    if names.iter().any(|n| names_no_one(n)) {
        return credit;
    }
    credit.authors = names
        .into_iter()
        .filter(|n| is_name(n))
        .map(|n| tidy_name(&n))
        .collect();
    credit
}

/// What a byline puts beside a writer's name reads as the outlet: a known one, or a short
/// name in capitals that is no place and no job ("The Philippine Star", "RNZ Pacific").
pub fn is_outlet_beside(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Our Correspondent", "Koresponden Kami": a pronoun points at the newsroom, names none.
    let pronoun = words
        .iter()
        .any(|w| PRONOUNS.contains(&w.to_lowercase().as_str()));
    !pronoun && super::dateline::is_outlet(name)
        || (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !name.contains(|c: char| c.is_ascii_digit() || ":/@|".contains(c))
            && !words.iter().any(|w| is_role_word(w))
            && super::gazetteer::place(name).is_none()
            && !pronoun
}

/// Jobs that file a report from somewhere, in either language.
const FILING_ROLES: &[&str] = &[
    "correspondent",
    "reporter",
    "koresponden",
    "kontributor",
    "contributor",
    "wartawan",
    "bureau",
];

/// "Staff Correspondent, Dhaka", "Rajshahi Correspondent", "Rajshahi Correspondent
/// bdnews24.com": a job that files reports, credited with a place instead of a person, names
/// the place the report was filed from. Beside the job stand only job words, an outlet's
/// domain, and one run of capitalised words that is the place: one the gazetteer
/// knows, or one `named_again` accepts (the story names it as a place). A person's name
/// there ("Indonesia correspondent Ashley Rosa") makes a second run, and the line no such
/// credit.
pub fn filing_place(line: &str, named_again: impl Fn(&str) -> bool) -> Option<String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if !(2..=6).contains(&words.len())
        || !words
            .iter()
            .any(|w| FILING_ROLES.contains(&w.to_lowercase().trim_end_matches('s')))
    {
        return None;
    }
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut in_run = false;
    for w in &words {
        // A job's words and an outlet's domain stand between runs, never in one.
        if is_role_word(w)
            || PRONOUNS.contains(&w.to_lowercase().as_str())
            || w.contains('.') && super::dateline::is_outlet(w)
        {
            in_run = false;
        } else if w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            match runs.last_mut() {
                Some(run) if in_run => run.push(w),
                _ => runs.push(vec![w]),
            }
            in_run = true;
        } else {
            return None;
        }
    }
    let [run] = runs.as_slice() else {
        return None;
    };
    let place = run.join(" ");
    (run.len() <= 3 && (super::gazetteer::place(&place).is_some() || named_again(&place)))
        .then_some(place)
}

/// "Kinley Yangzom from Phuentsholing" under the headline: a person's full name, then *from*
/// and the place they report from, which the gazetteer knows or `named_again` accepts (the
/// story names it as a place). Returns the writer and the place.
pub fn writer_from_place(
    line: &str,
    named_again: impl Fn(&str) -> bool,
) -> Option<(String, String)> {
    let (name, place) = line.trim().split_once(" from ")?;
    let name_words = name.split_whitespace().count();
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    ((2..=4).contains(&name_words)
        && is_name(name)
        && name.split_whitespace().all(|w| capitalised(&w))
        && (1..=3).contains(&place_words.len())
        && place_words.iter().all(capitalised)
        && (super::gazetteer::place(place).is_some() || named_again(place)))
    .then(|| (tidy_name(name), place.to_string()))
}

fn is_major_place(text: &str) -> bool {
    super::gazetteer::place(text) == Some(super::gazetteer::Place::Major)
}

fn is_role_word(w: &str) -> bool {
    ROLE_WORDS.contains(&w.to_lowercase().as_str())
}

/// "Hye-Jin Park hjpark@donga.com": the writer's e-mail address after a credit, maybe in
/// brackets, is how to reach them, no part of a name.
pub fn without_email(text: &str) -> &str {
    let t = text.trim_end();
    match t.rsplit_once(char::is_whitespace) {
        Some((before, last))
            if last
                .trim_matches(['(', ')', '<', '>', '[', ']'])
                .split_once('@')
                .is_some_and(|(user, host)| !user.is_empty() && host.contains('.')) =>
        {
            before.trim_end()
        }
        _ => t,
    }
}

/// "Senior Reporter", "Staff Writer": a line naming a job and nothing else.
pub fn is_job_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len()) && words.iter().all(|w| is_role_word(w))
}

/// "Local Democracy Reporter", "Jurnalis Zonautara.com": a short line (at most five words)
/// naming a writer's job, maybe with its beat or newsroom in capitals beside it, and nothing
/// else — no stop, no colon, no lower-case word. An editor's job credits no writer.
pub fn is_job_title(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !text.contains(':')
        && !text.trim_end().ends_with(['.', '!', '?'])
        && words.iter().any(|w| is_writing_job(w))
        && !words.iter().any(|w| w.eq_ignore_ascii_case("editor"))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Seattle Times staff reporter", "Agriculture Reporter", "Times Staff Writer": a short line
/// (at most six words) closed by a writer's job, the newsroom or beat before it in any case,
/// no stop, colon or figure: the job line a byline sets under the writer's name.
pub fn is_writers_job_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && !text.contains([':', ',', '|', '/'])
        && !text.contains(|c: char| c.is_ascii_digit())
        && !text.trim_end().ends_with(['.', '!', '?'])
        && words.last().is_some_and(|w| is_writing_job(w))
        && words[0].starts_with(char::is_uppercase)
}

/// A role word that names writing itself, not a rank or a desk beside it ("Senior", "Staff").
fn is_writing_job(w: &str) -> bool {
    is_role_word(w)
        && !["senior", "chief", "staff", "bureau", "editor"].contains(&w.to_lowercase().as_str())
}

fn has_role_word(text: &str) -> bool {
    text.split_whitespace().any(is_role_word)
}

fn shouted(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// "JIM GOMEZ Associated Press" → ("JIM GOMEZ", "Associated Press").
fn split_shouted(text: &str) -> Option<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.iter().take_while(|w| shouted(w)).count();
    (n >= 2 && n < words.len()).then(|| (words[..n].join(" "), words[n..].join(" ")))
}

/// "KENTA NAKAMURA and YUI SATO/ Staff Writers" → the names: a job after a slash, however
/// spaced, is no outlet.
fn without_job(text: &str) -> &str {
    match text.rsplit_once('/') {
        Some((names, job))
            if !job.trim().is_empty() && job.split_whitespace().all(is_role_word) =>
        {
            names.trim()
        }
        _ => text,
    }
}

/// "X and Y", "X, Y dan Z", "X & Y".
fn split_names(text: &str) -> Vec<String> {
    text.split(',')
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" dan "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "By Tom Reed", "Oleh Rina Wulandari": a line opening with a byline's cue word, in either
/// language.
pub fn opens_with_by(text: &str) -> bool {
    ["by ", "oleh "].iter().any(|cue| {
        text.get(..cue.len())
            .is_some_and(|opening| opening.eq_ignore_ascii_case(cue))
    })
}

/// A person's name: one to five words, each capitalised (or a particle such as "bin", "van"),
/// no digits, a full stop only after an initial; not a team ("Tim detikNews").
pub fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || text.contains(|c: char| c.is_ascii_digit() || ":/@|".contains(c))
    {
        return false;
    }
    // "Communications Advisor", "Media Officer": an office's title closes on a job's noun, as
    // no one's name does.
    const JOB_NOUNS: &[&str] = &[
        "advisor",
        "adviser",
        "manager",
        "officer",
        "director",
        "coordinator",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "specialist",
        "consultant",
        "secretary",
        "assistant",
        "administrator",
    ];
    // "Tim detikNews", "Tim Redaksi", "Tim Humas": a team; "Tim Cartwright" is a man.
    let team = match words[0].to_lowercase().as_str() {
        "team" | "redaksi" | "staff" | "the" => true,
        "tim" => words.len() == 1 || !words[1..].iter().all(|w| is_surname_like(w)),
        _ => false,
    };
    if team
        || words.len() >= 2
            && words
                .last()
                .is_some_and(|w| JOB_NOUNS.contains(&w.to_lowercase().as_str()))
        || super::dateline::is_list_label(text)
        || super::dateline::is_section_label(text)
    {
        return false;
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(k, w)| {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let particle = ["bin", "binti", "van", "von", "de", "da", "al", "el", "la"].contains(w);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        // "Moh. Fauzi", "Abd. Rahman": a given name written short, closed by its stop, opens
        // a name as an initial does; it never ends one.
        // A title written short is no given name ("Prof.", "Drs.", "Gov.").
        let title = TITLES_SHORT.contains(&w.trim_end_matches('.').to_lowercase().as_str());
        let short_given = k < last && letters <= 4 && w.ends_with('.') && !title;
        let initial = !w.contains('.') || letters <= 2 || short_given || glued_initial(w);
        (capital || particle) && initial
    })
}

/// "Cartwright", "Burton": a word written as a name is (a capital, then lower-case letters),
/// neither an outlet's nor a newsroom's nor a team's word ("Tim Liputan", "Tim Gabungan").
fn is_surname_like(word: &str) -> bool {
    const TEAM_WORDS: &[&str] = &[
        "redaksi",
        "liputan",
        "humas",
        "gabungan",
        "medis",
        "sar",
        "ahli",
        "peneliti",
        "penulis",
        "kuasa",
        "pemenangan",
        "relawan",
        "kami",
        "media",
        "jurnalis",
        "peliput",
        "reporter",
    ];
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(char::is_lowercase)
        && !TEAM_WORDS.contains(&word.to_lowercase().as_str())
        && !super::dateline::is_newsroom_word(word)
        && !super::dateline::is_outlet(word)
}

/// "B.Enkhjargal", "Ts.Narantuya": a father's initial of one or two letters glued by its stop
/// to the given name, as Mongolian names are written.
fn glued_initial(word: &str) -> bool {
    word.split_once('.').is_some_and(|(initial, name)| {
        let initial_letters = initial.chars().count();
        (1..=2).contains(&initial_letters)
            && initial.chars().next().is_some_and(char::is_uppercase)
            && initial.chars().all(char::is_alphabetic)
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().count() >= 3
            && name.chars().all(|c| c.is_alphabetic() || c == '-')
    })
}

/// Titles and offices written short before a name, which a given name written short is not.
const TITLES_SHORT: &[&str] = &[
    "prof", "drs", "dra", "gov", "sen", "rep", "capt", "gen", "col", "lt", "mrs", "rev", "hon",
    "insp", "supt",
];

/// Words no one's name holds, in both languages: the page's controls ("Menu", "Cari",
/// "Ikuti"), a greeting opening a newsletter ("Halo"), the wires credited in bulk
/// ("Agencies"), the words a masthead's motto or an edition's title is built on ("Koran
/// Harian", "Portal Berita … Terkini dan Terpercaya", "Weekly Dispatch"), a rubric's report
/// ("Laporan Utama"), and the titles of a page's widgets and advertisements ("Galeri Foto
/// Terbaru", "Video Populer", "Iklan"), a press release's own label ("Siaran Pers", "Press
/// Release") and the office signing it ("Kepala Biro Komunikasi dan Informasi Publik,
/// Kementerian …"), a letter's addressee ("Kepada Yth. Wali Kota …"). Surnames that are also
/// words ("Page", "Close", "Hai") are not among them.
const NO_ONES_WORDS: &[&str] = &[
    // "Kepada Yth. Wali Kota Medan": a letter's addressee, whom it is written to ("yth.",
    // yang terhormat, the honour a letter pays its reader), never who wrote it.
    "yth",
    "menu",
    "cari",
    "search",
    "ikuti",
    "follow",
    "login",
    "masuk",
    "beranda",
    "home",
    "halaman",
    "bagikan",
    "share",
    "subscribe",
    "langganan",
    "halo",
    "hello",
    "agencies",
    "agensi",
    "wires",
    "portal",
    "berita",
    "koran",
    "harian",
    "warta",
    "kabar",
    "terkini",
    "terpercaya",
    "weekly",
    "daily",
    "dispatch",
    "briefing",
    "digest",
    "newsletter",
    "edition",
    "edisi",
    "mingguan",
    "buletin",
    "laporan",
    "foto",
    "video",
    "galeri",
    "gallery",
    "terbaru",
    "latest",
    "populer",
    "popular",
    "trending",
    "iklan",
    "advertisement",
    "sponsored",
    "siaran",
    "rilis",
    "release",
    "informasi",
    "information",
    "kepala",
    "biro",
    "kementerian",
    "ministry",
    // A station's name ("Radio Morobe"), a block's label over the lines it heads ("Ringkasan
    // Putusan", "Susunan Pemain", "Match Summary").
    "radio",
    "televisi",
    "television",
    "ringkasan",
    "rangkuman",
    "summary",
    "susunan",
    "lineup",
    "lineups",
    // A site's account that posted the page ("Diposting oleh: Admin Diskominfotik", "Admin
    // SultraKini"), and a record's abstract field over the story: who posted it or what a
    // database calls its summary, not who wrote it.
    "admin",
    // A newsletter's rubric over its first story ("LIPUTAN UTAMA", "Laporan Utama" — its
    // "laporan" is listed above — "SOROTAN", "PENGABDIAN MASYARAKAT"), read as a name in
    // capitals.
    "liputan",
    "sorotan",
    "pengabdian",
    "abstract",
    "abstrak",
    // A share row ("Facebook Bluesky Email Reddit LinkedIn") under the byline: the places a
    // page sends its story, never a person.
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "bluesky",
    "pinterest",
    "email",
    // "Highway Department", "Ward County North Dakota" over a county's notice: an office or
    // the government it belongs to, never a person.
    "department",
    "departemen",
    "county",
    "council",
    "commission",
    "pemerintah",
    "kabupaten",
    // "DOK. PERSIPURA" over a caption: a picture's credit word (dokumentasi, ilustrasi,
    // istimewa), whose names are the picture's source, never the writer.
    "dok",
    "dokumentasi",
    "ilustrasi",
    "istimewa",
];

/// "Terbitan No. 12", "Vol. 4", "Ads", "Get the App", "Featured Story", "Coverage Details": an
/// issue's number, a page's buttons and panels. Unlike [`NO_ONES_WORDS`] they mark a credit as
/// furniture only when it holds nothing else, as a person may be called "Vol Petrenko", "Ads
/// Siregar" or "David App".
const PAGE_WORDS: &[&str] = &[
    "terbitan", "vol", "volume", "ads", "app", "apps", "featured", "coverage",
];

/// Words that stand beside [`PAGE_WORDS`] in a page's panels and buttons.
const PAGE_WORDS_COMPANIONS: &[&str] = &[
    "story", "stories", "details", "the", "get", "our", "no", "nr",
];

/// "Humas UGM", "Humas Jateng", "Humas Polres Sigi": an institution's press office (*hubungan
/// masyarakat*), credited beside its writer, over a date or for a photo: an office, never a
/// person.
pub fn is_press_office(name: &str) -> bool {
    // "Bidhumas Polda …", "Sihumas Polres …", "Subbag Humas …": a police command's or an
    // office's public relations unit, its name glued or not.
    let words: Vec<String> = name
        .split_whitespace()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    words.first().is_some_and(|w| {
        ["humas", "bidhumas", "sihumas", "subbaghumas"].contains(&w.as_str())
            || w == "subbag" && words.get(1).is_some_and(|n| n == "humas")
    })
}

/// True when a writer's name read from a credit holds a word no person's name does: the
/// credit is the page's furniture, a masthead's motto or an edition's title, not a person.
pub fn names_no_one(name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let page_panel = words.iter().any(|w| PAGE_WORDS.contains(&w.as_str()))
        && words.iter().all(|w| {
            PAGE_WORDS.contains(&w.as_str())
                || PAGE_WORDS_COMPANIONS.contains(&w.as_str())
                || w.chars().all(|c| c.is_ascii_digit())
        });
    // "Posted by: Administrator": a site's account alone; "Mark Smith, City Administrator"
    // is a person with his office.
    let account = matches!(words.as_slice(), [w] if w == "administrator" || w == "webmaster");
    page_panel
        || account
        || words.iter().any(|w| NO_ONES_WORDS.contains(&w.as_str()))
        // "Tribratanews Polda Kaltara", "Kaltaranews": a word glued to "news" names a newsroom.
        || words.iter().any(|w| w.len() >= 7 && w.ends_with("news"))
        // "FORUM KEADILAN No.": a number's abbreviation closes an edition's title.
        || name.split_whitespace().any(|w| ["No.", "NO.", "Nr."].contains(&w))
        || name.trim_end().ends_with(['!', '?'])
        || super::entities::opens_body_or_facility(name)
}

/// "JIM GOMEZ" → "Jim Gomez", "KERRI-ANN GITTENS" → "Kerri-Ann Gittens", "SEAN O'BRIEN" →
/// "Sean O'Brien"; names in mixed case stay as written.
pub fn tidy_name(name: &str) -> String {
    // "ERIN McKINNEY": a shouted name keeps the small letter of its Mc.
    let shouted = |w: &str| {
        !w.strip_prefix("Mc")
            .unwrap_or(w)
            .chars()
            .any(char::is_lowercase)
    };
    if !name.split_whitespace().all(shouted) {
        return name.to_string();
    }
    let word = |w: &str| {
        if let Some(rest) = w.strip_prefix("Mc").or_else(|| w.strip_prefix("MC"))
            && rest.chars().count() > 2
        {
            return format!("Mc{}", super::dateline::capitalised(rest));
        }
        // "O'BRIEN", "D'SOUZA": the Irish O' and the D' before an apostrophe keep the capital
        // after it.
        match w.split_once(['\'', '’']) {
            // "A'ISYAH" is one name, its apostrophe a glottal stop.
            Some((head, tail)) if ["O", "D"].contains(&head) && tail.chars().count() > 1 => {
                let mark = &w[head.len()..w.len() - tail.len()];
                format!("{head}{mark}{}", super::dateline::capitalised(tail))
            }
            _ => super::dateline::capitalised(w),
        }
    };
    // "KIM JI-HYE", "HSU CHIH-WEI": a Korean or Taiwanese given name after its family name
    // writes its second syllable in lower case.
    let east_asian = name
        .split(' ')
        .next()
        .is_some_and(|w| EAST_ASIAN_SURNAMES.contains(&w.to_lowercase().as_str()));
    name.split(' ')
        .map(|w| {
            if east_asian {
                return super::dateline::capitalised(w);
            }
            w.split('-').map(word).collect::<Vec<String>>().join("-")
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Family names Korean and Taiwanese romanisations write first.
const EAST_ASIAN_SURNAMES: &[&str] = &[
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han",
    "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon",
    "yang", "son", "bae", "baek", "heo", "nam", "noh", "kwak", "sung", "cha", "joo", "woo", "min",
    "ryu", "chae", "chun", "chung", "byun", "chen", "lin", "huang", "chang", "wang", "wu", "liu",
    "tsai", "hsu", "cheng", "hsieh", "kuo", "hung", "tseng", "chiu", "liao", "lai", "chou", "yeh",
    "chuang", "chiang", "kao",
];

#[cfg(test)]
mod tests {
    #[test]
    fn a_texts_story_and_words_labels_name_the_writer() {
        for (line, writer) in [
            ("Teks: Maria Itaar | Foto: Dokumentasi KKN", "Maria Itaar"),
            (
                "Teks & foto: Agustina Maria Nyangun",
                "Agustina Maria Nyangun",
            ),
            (
                "Foto dan teks: Yosep Kanisius Beanal",
                "Yosep Kanisius Beanal",
            ),
            ("Story: Jenny Bais | Editor: Martin Aisi", "Jenny Bais"),
            ("Story and photos by Tanner Ogden", "Tanner Ogden"),
            (
                "**Words: Jenny Robb** · Friday 4 December 2026",
                "Jenny Robb",
            ),
            ("Author of the article: Tessa Borowski", "Tessa Borowski"),
            ("Laporan reporter: Komang Ayu Lestari", "Komang Ayu Lestari"),
            (
                "Reported by Kema Tarpeh for FrontPage Africa",
                "Kema Tarpeh",
            ),
            ("by Hannah Okafor of Spotlight PA", "Hannah Okafor"),
            ("By Jasmin R. Kaamiño", "Jasmin R. Kaamiño"),
            ("Wartawan : Sahril Hi. Abbas", "Sahril Hi. Abbas"),
            (
                "Story by Holly Bergeron. Read more and support local news at dispatch.org",
                "Holly Bergeron",
            ),
        ] {
            assert_eq!(super::read(line).authors, [writer], "{line}");
        }
        // Without a colon or "by", the words open headlines.
        for headline in [
            "Story Time Returns to the Library",
            "Text Messages Show Mayor Knew",
        ] {
            assert!(super::role_cue(headline).is_none(), "{headline}");
        }
    }

    #[test]
    fn an_editions_number_and_a_pages_buttons_name_no_writer() {
        for furniture in [
            "FORUM KEADILAN No.",
            "Terbitan No.",
            "Vol",
            "Ads",
            "App",
            "Featured Story",
            "Coverage Details",
            "Highway Department",
            "Ward County North Dakota",
            "Pemerintah Kabupaten Merauke",
        ] {
            assert!(names_no_one(furniture), "{furniture}");
        }
        for person in [
            "Yohanes Leiwakabessy",
            "Valeria Marin",
            "Nolan Herreid",
            // A page's word inside a person's name leaves the person.
            "Vol Petrenko",
            "David App",
            "Ads Siregar",
        ] {
            assert!(!names_no_one(person), "{person}");
        }
        // A byline of people whose names hold a page's word keeps every writer.
        for (line, names) in [
            (
                "By Vol Petrenko and Anna Lee",
                vec!["Vol Petrenko", "Anna Lee"],
            ),
            (
                "By Rachel Goh and David App",
                vec!["Rachel Goh", "David App"],
            ),
            ("Oleh: Ads Siregar", vec!["Ads Siregar"]),
        ] {
            assert_eq!(read(line).authors, names, "{line}");
        }
    }

    #[test]
    fn a_bylines_outlet_opening_with_the_follows_the_name_without_a_comma() {
        let c = read("By Nolan Herreid The Spokesman-Review");
        assert_eq!(c.authors, vec!["Nolan Herreid".to_string()]);
        assert_eq!(c.outlet.as_deref(), Some("The Spokesman-Review"));
        // Two writers, or an outlet alone, are read as before.
        assert_eq!(
            read("By The Associated Press").authors,
            Vec::<String>::new()
        );
        assert_eq!(
            read("By Jane Doe and John Roe").authors,
            vec!["Jane Doe".to_string(), "John Roe".to_string()]
        );
    }

    #[test]
    fn a_shouted_name_keeps_the_capitals_of_its_hyphened_and_prefixed_parts() {
        assert_eq!(tidy_name("KERRI-ANN GITTENS"), "Kerri-Ann Gittens");
        assert_eq!(tidy_name("SEAN O'BRIEN"), "Sean O'Brien");
        assert_eq!(tidy_name("ERIN McKINNEY"), "Erin McKinney");
        assert_eq!(tidy_name("ERIN MCKINNEY"), "Erin McKinney");
        assert_eq!(tidy_name("Erin McKinney"), "Erin McKinney");
        assert_eq!(tidy_name("SITI A'ISYAH"), "Siti A'isyah");
        assert_eq!(tidy_name("JIM GOMEZ"), "Jim Gomez");
        // A Korean given name keeps its second syllable in lower case.
        assert_eq!(tidy_name("KIM JI-HYE"), "Kim Ji-hye");
        assert_eq!(tidy_name("Kerri-ann Gittens"), "Kerri-ann Gittens");
    }

    #[test]
    fn a_credit_typed_as_sentences_parts_its_roles_at_the_stop() {
        assert_eq!(
            super::read("Reporter: Nanda Aulia. Editor: Fikri Ramadhan.").authors,
            ["Nanda Aulia"]
        );
        // A stop inside a name parts nothing.
        assert_eq!(
            super::read("Penulis: Muh. Rizal Akbar").authors,
            ["Muh. Rizal Akbar"]
        );
    }

    use super::*;

    #[test]
    fn a_feeds_byline_reads_through_its_label_and_unspaced_slash() {
        let c = read("BYLINE: By Tyler Begay/Cronkite News");
        assert_eq!(c.authors, ["Tyler Begay"]);
        assert_eq!(c.outlet.as_deref(), Some("Cronkite News"));
        assert_eq!(
            read("By Jane Doe/The Associated Press").authors,
            ["Jane Doe"]
        );
        // A desk's initials and a job after the slash stay no outlet.
        assert_eq!(read("Nabila Kusuma/ABS").outlet, None);
        assert_eq!(read("KENTA NAKAMURA/Staff Writer").outlet, None);
        // Two people's names either side are two writers and no outlet.
        let c = read("By Sarah Lee/Tom Brown");
        assert_eq!(c.authors, ["Sarah Lee", "Tom Brown"]);
        assert_eq!(c.outlet, None);
        // A regional desk's name ends on its province written short: an outlet, no writer.
        let c = read("By Jane Doe/Antara Sumbar");
        assert_eq!(c.authors, ["Jane Doe"]);
        assert_eq!(c.outlet.as_deref(), Some("Antara Sumbar"));
        // A person whose name is a province's short form is a co-writer still.
        let c = read("By Rina Susanti/Abdul Jabar");
        assert_eq!(c.authors, ["Rina Susanti", "Abdul Jabar"]);
    }

    #[test]
    fn a_police_press_unit_and_a_news_brand_are_no_writers() {
        for name in [
            "Bidhumas Polda Kalimantan Utara",
            "Sihumas Polres Malinau",
            "Subbag Humas Polres Nunukan",
        ] {
            assert!(is_press_office(name), "{name}");
        }
        assert!(!is_press_office("Humaira Salsabila"));
        assert!(names_no_one("Tribratanews Polda Kaltara"));
        assert!(names_no_one("Administrator"));
        assert!(names_no_one("Webmaster"));
        assert!(!names_no_one("Mark Smith, City Administrator"));
        assert!(names_no_one("Liputan Utama"));
        assert!(names_no_one("PENGABDIAN MASYARAKAT"));
        assert!(!names_no_one("Tom Andrews"));
    }

    #[test]
    fn a_credit_of_thousands_of_slashed_roles_is_read_without_overflowing() {
        // Read through the sign-off path (474e0dd) the overflow aborted `digest import`.
        let many: Vec<String> = (0..3000)
            .map(|i| format!("Reporter: Budi Santoso{i}"))
            .collect();
        let line = format!("(Penulis: {})", many.join(" / "));
        let _ = read(&line);
        let _ = byline(&"Budi Santoso - ".repeat(3000));
    }

    #[test]
    fn a_report_credited_by_name_under_the_story_is_a_writers_cue() {
        for line in ["Report by Ana Folau", "Report by Sione Vake and Mele Tupou"] {
            assert!(role_cue(line).is_some(), "{line}");
        }
        assert_eq!(read("Report by Ana Folau").authors, vec!["Ana Folau"]);
        // A headline about a report names no writer.
        assert!(role_cue("Report finds rising debt in Pacific states").is_none());
    }

    fn authors(line: &str) -> Vec<String> {
        read(line).authors
    }

    #[test]
    fn whom_a_writer_writes_for_is_the_outlet_without_the_place_filed_from() {
        for (line, writer, outlet) in [
            (
                "Oleh: Antonius Nyangun, kontributor Tapal Batas News di Jagoi Babang",
                "Antonius Nyangun",
                "Tapal Batas News",
            ),
            (
                "Oleh: Antonius Nyangun, kontributor Tapal Batas News",
                "Antonius Nyangun",
                "Tapal Batas News",
            ),
            (
                "By Tessa Lindgren, correspondent for the Island Times in Kingscote",
                "Tessa Lindgren",
                "the Island Times",
            ),
        ] {
            let c = read(line);
            assert_eq!(c.authors, [writer], "{line}");
            assert_eq!(c.outlet.as_deref(), Some(outlet), "{line}");
        }
        // Two writers stay two writers, a surname that is a newsroom's word too.
        assert_eq!(
            authors("By Ana Reyes, Ben Cruz and Lito Santos"),
            ["Ana Reyes", "Ben Cruz", "Lito Santos"]
        );
        let c = read("By Eyal Press and Marama Tuhiwai");
        assert_eq!(c.outlet, None);
        let c = read("Cambrian News | Aberystwyth");
        assert_eq!(c.outlet.as_deref(), Some("Cambrian News"));
        // A name the joining word belongs to stays whole.
        for (line, outlet) in [
            (
                "Oleh: Rina Wati, kontributor Kabar dari Perbatasan",
                "Kabar dari Perbatasan",
            ),
            (
                "By Dan Hale, reporter for Business in Vancouver",
                "Business in Vancouver",
            ),
        ] {
            let got = read(line).outlet;
            assert!(
                got.as_deref().is_none_or(|o| o == outlet),
                "{line}: {got:?}"
            );
        }
    }

    #[test]
    fn a_writer_who_took_the_pictures_too_is_the_writer() {
        assert_eq!(
            authors("Words and pictures: Ellie Summers, West Falkland Herald"),
            ["Ellie Summers"]
        );
        assert_eq!(authors("Story & photos: Jan Kowal"), ["Jan Kowal"]);
        assert!(authors("Photos: Jan Kowal").is_empty());
    }

    #[test]
    fn a_given_name_written_short_opens_the_writers_name() {
        assert_eq!(authors("Penulis: Moh. Fauzi"), ["Moh. Fauzi"]);
        assert_eq!(
            authors("Reporter: Muh. Ikhsan Rahman"),
            ["Muh. Ikhsan Rahman"]
        );
        assert!(!is_name("Fauzi Moh."));
        // A title written short is no given name.
        assert!(!is_name("Prof. Budi Santoso"));
        assert!(!is_name("Drs. Ahmad Yani"));
    }

    #[test]
    fn an_offices_title_is_no_name_and_a_camera_credit_no_writer() {
        for title in [
            "Communications Advisor",
            "Public Relations Manager",
            "Media Officer",
        ] {
            assert!(!is_name(title), "{title}");
        }
        assert!(is_name("Kelly Morris"));
        assert!(is_name("Tim Cartwright"));
        for team in [
            "Tim Redaksi",
            "Tim detikNews",
            "Tim Liputan",
            "Tim Kompas",
            "Tim SAR",
            "Tim",
        ] {
            assert!(!is_name(team), "{team}");
        }
        assert_eq!(
            authors("Reporter: Natasha Mwila  |  Camera & edit: Kondwani Phiri"),
            ["Natasha Mwila"]
        );
        assert_eq!(
            authors("Reporter: Dewi Lestari | Kamerawan: Rudi Hartono"),
            ["Dewi Lestari"]
        );
    }

    #[test]
    fn a_ranked_list_label_is_no_name() {
        for label in ["Latest News", "Top Stories", "Berita Terkini"] {
            assert!(!is_name(label), "{label}");
        }
        assert!(is_name("Rizal Hamdan"));
    }

    #[test]
    fn a_dash_signing_the_story_is_no_part_of_the_name() {
        assert_eq!(authors("– Rizal Hamdan"), ["Rizal Hamdan"]);
        assert_eq!(authors("— Mary Jane Cruz"), ["Mary Jane Cruz"]);
    }

    #[test]
    fn writers_credited_without_a_colon_or_beside_a_date() {
        assert_eq!(authors("Penulis Reyhaanah Asya"), ["Reyhaanah Asya"]);
        assert_eq!(
            authors("Kontributor Bandung, Agie Permadi"),
            ["Agie Permadi"]
        );
        assert_eq!(
            authors("Laporan Reporter Tribun Jogja, Santo Ari"),
            ["Santo Ari"]
        );
        assert_eq!(
            authors("Reporter : Titin Supriatin | Selasa, 27 Januari 2026 13:45"),
            ["Titin Supriatin"]
        );
        assert_eq!(
            authors("Penulis: Syarief Oebaidillah - 22 April 2025, 13:10"),
            ["Syarief Oebaidillah"]
        );
        // A role made passive, and the desk's initials after the writer.
        assert_eq!(
            authors("Laporan oleh Dimas Prasetyo | Editor: Sri Wahyuni"),
            ["Dimas Prasetyo"]
        );
        assert_eq!(authors("Foto oleh Ana Cruz"), Vec::<String>::new());
        // A weekday beside a day and month with no year is a date, not a name.
        assert_eq!(
            authors("Novi Hapsari · Kamis, 3 Desember | 10:15 WIB"),
            ["Novi Hapsari"]
        );
        assert_eq!(
            authors("Selasa, 1 Desember | Reporter: Nurhayati"),
            ["Nurhayati"]
        );
        // After a bare "By", the name first and whom the writer works for after the comma.
        assert_eq!(
            authors("By Wesley Müller, Louisiana Illuminator"),
            ["Wesley Müller"]
        );
        assert_eq!(
            authors("By Rūta Jankauskienė, LRT.lt"),
            ["Rūta Jankauskienė"]
        );
        assert_eq!(
            read("By Mara Lindqvist, Jakarta").place.as_deref(),
            Some("Jakarta")
        );
        assert_eq!(
            authors("By Ana Reyes, Ben Cruz and Lito Santos"),
            ["Ana Reyes", "Ben Cruz", "Lito Santos"]
        );
        // After "By", one word after the full name is the town filed from, known or not.
        for line in [
            "By Mphatso Nkhoma, Mangochi",
            "By MPHATSO NKHOMA, MANGOCHI",
            "_By Mphatso Nkhoma, Mangochi_",
        ] {
            assert_eq!(authors(line), ["Mphatso Nkhoma"], "{line}");
        }
        // A paper's two-word name after the writer's, no comma between.
        assert_eq!(
            read("By Erin Sweeney Peninsula Clarion").outlet.as_deref(),
            Some("Peninsula Clarion")
        );
        assert_eq!(
            authors("By Erin Sweeney Peninsula Clarion"),
            ["Erin Sweeney"]
        );
        assert_eq!(
            authors("By Anna Maria Louisa Smith"),
            ["Anna Maria Louisa Smith"]
        );
        // A one-name co-writer after "Oleh", where a town after "By" is none.
        assert_eq!(
            authors("Oleh Maria Goreti Ana, Sutrisno"),
            ["Maria Goreti Ana", "Sutrisno"]
        );
        // A station's name before a bar and the byline.
        assert_eq!(authors("KDLG | By Brendan Okamoto"), ["Brendan Okamoto"]);
        assert_eq!(byline("Rina Kartika / DHW").authors, ["Rina Kartika"]);
        // Headlines that open with a role word are not credits.
        assert!(role_cue("Reporter Tewas Ditembak di Gaza").is_none());
        assert!(role_cue("Penulis Andrea Hirata Luncurkan Novel Baru").is_none());
    }

    #[test]
    fn a_date_after_the_byline_and_the_word_leading_to_it_are_no_name() {
        assert_eq!(
            authors("by Hans Nicholas Jong on 9 July 2025"),
            ["Hans Nicholas Jong"]
        );
        assert_eq!(
            authors("Oleh Rina Marlina pada 3 Maret 2025"),
            ["Rina Marlina"]
        );
        assert_eq!(authors("By Ann Lee - March 4, 2025"), ["Ann Lee"]);
    }

    #[test]
    fn one_person_in_several_roles_is_a_writer_when_one_role_writes() {
        assert_eq!(
            authors("Redaktur & Reporter : Fathan Sinaga"),
            ["Fathan Sinaga"]
        );
        assert_eq!(
            authors("Penulis dan Editor: Rina Marlina"),
            ["Rina Marlina"]
        );
        assert_eq!(authors("Reporter/Fotografer: Jane Doe"), ["Jane Doe"]);
        assert!(authors("Editor & Redaktur: Dani Prabowo").is_empty());
    }

    #[test]
    fn writers_are_kept_and_editors_dropped() {
        assert_eq!(
            authors("Penulis: Nicholas Ryan Aditya | Editor: Dani Prabowo"),
            ["Nicholas Ryan Aditya"]
        );
        assert_eq!(
            authors(
                "(Reporting by Gayatri Suroyo and Stefanno Sulaiman; Writing by Ed Davies; Editing by Kanupriya Kapoor)"
            ),
            ["Gayatri Suroyo", "Stefanno Sulaiman", "Ed Davies"]
        );
        assert_eq!(
            authors("(Additional reporting by Miho Uranaka in Tokyo)"),
            ["Miho Uranaka"]
        );
        assert_eq!(
            authors("Oleh: Sidqi Al Ghifari (kontributor Garut)"),
            ["Sidqi Al Ghifari"]
        );
        assert_eq!(authors("Pewarta: Ricky Prayoga"), ["Ricky Prayoga"]);
        assert!(authors("Editor : Ana Noviani").is_empty());
        assert!(authors("Red: Muhammad Hafil").is_empty());
        assert_eq!(
            authors("Rivan Dwiastono berkontribusi dalam penulisan artikel ini."),
            ["Rivan Dwiastono"]
        );
        assert_eq!(
            authors("By Faris Mokhtar and Harry Suhartono"),
            ["Faris Mokhtar", "Harry Suhartono"]
        );
    }

    #[test]
    fn a_filing_job_with_one_place_names_where_it_filed_from() {
        let never = |_: &str| false;
        assert_eq!(
            filing_place("Staff Correspondent, Dhaka", never).as_deref(),
            Some("Dhaka")
        );
        let named = |p: &str| p == "Rajshahi";
        assert_eq!(
            filing_place("Rajshahi Correspondent bdnews24.com", named).as_deref(),
            Some("Rajshahi")
        );
        // A person beside the job, a job alone, a place unknown and never named: none.
        for line in [
            "Indonesia correspondent Ashley Rosa",
            "Senior Reporter",
            "Our Correspondent",
            "Rajshahi Correspondent",
        ] {
            assert_eq!(filing_place(line, never), None, "{line}");
        }
    }

    #[test]
    fn a_full_name_from_a_named_place_is_a_writer_and_where_they_file_from() {
        let named = |p: &str| p == "Phuentsholing";
        assert_eq!(
            writer_from_place("Kinley Yangzom from Phuentsholing", named),
            Some(("Kinley Yangzom".to_string(), "Phuentsholing".to_string()))
        );
        // One word is no full name; a place the story never names is no place; a phrase in
        // lower case is a dek.
        for line in [
            "Letters from Phuentsholing",
            "Kinley Yangzom from Somewhere",
            "Notes from the Phuentsholing yard",
        ] {
            assert_eq!(writer_from_place(line, named), None, "{line}");
        }
    }

    #[test]
    fn credit_lines_of_feeds_notes_and_threads_name_the_writer_only() {
        for (line, want) in [
            ("Inverness Citizen / by Calum Fraser / 4d", "Calum Fraser"),
            ("Words: Kirsty MacLean", "Kirsty MacLean"),
            (
                "Reporting: Nadia Rousseau | More at whitehorsewire.ca",
                "Nadia Rousseau",
            ),
            ("Reporting: Chloe Marr. Photos: Ben Tapp.", "Chloe Marr"),
            (
                "Hosted by Elliot Mercer · Show notes by Ruby Charlie",
                "Ruby Charlie",
            ),
            (
                "Presented by Seonaid Beaton. Show notes by Angus Nicolson.",
                "Angus Nicolson",
            ),
            (
                "Written by Tegan Rourke. Hosted by Mick Darcy. Recorded Tuesday, December 1.",
                "Tegan Rourke",
            ),
            (
                "Posted on 2 December 2026 by Coinneach MacIver",
                "Coinneach MacIver",
            ),
        ] {
            assert_eq!(authors(line), [want], "{line}");
        }
        // A presenter or a host alone wrote nothing; a headline opening with the label's word
        // credits no one.
        assert!(authors("Hosted by Elliot Mercer").is_empty());
        assert!(role_cue("Reporting Season Opens Early").is_none());
        // A transcript's turns and a gallery's headline are no credits.
        assert!(role_cue("Host: Welcome back to Coastal Lines, I'm your host.").is_none());
        assert_eq!(authors("Host and reporter: Darren Flett"), ["Darren Flett"]);
        assert!(authors("Host: Seonaid Beaton").is_empty());
        assert!(
            role_cue("PHOTOS: Thousands March Through Jakarta Against Fuel Price Rise").is_none()
        );
        // One person's roles before one colon stay one credit.
        assert_eq!(
            authors("Reporter / Fotografer: Rina Suryani"),
            ["Rina Suryani"]
        );
        // A section's label is no outlet; a blog's category is no place.
        assert_eq!(read("Opinion | By Jane Doe").outlet, None);
        let c = read("Posted on December 2, 2026 by Jane Doe in Politics");
        assert_eq!((c.authors, c.place), (vec!["Jane Doe".to_string()], None));
        // A desk's initials after a slash are no cell of their own.
        assert_eq!(authors("Oleh: Ichsan Ali / FER"), ["Ichsan Ali"]);
        assert_eq!(
            read("Inverness Citizen / by Calum Fraser / 4d")
                .outlet
                .as_deref(),
            Some("Inverness Citizen")
        );
    }

    #[test]
    fn bylines_name_outlets_and_places() {
        let c = read("By JIM GOMEZ Associated Press");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Jim Gomez".to_string()], Some("Associated Press"))
        );
        let c = byline("Kate Lamb in Labuan Bajo");
        assert_eq!(
            (c.authors, c.place.as_deref()),
            (vec!["Kate Lamb".to_string()], Some("Labuan Bajo"))
        );
        let c = byline("ERWIDA MAULIA, Nikkei staff writer");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Erwida Maulia".to_string()], Some("Nikkei"))
        );
        let c = byline("Artha Adventy - Bisnis.com");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Artha Adventy".to_string()], Some("Bisnis.com"))
        );
        let c = byline("Dio Suhenda (The Jakarta Post)");
        assert_eq!(c.outlet.as_deref(), Some("The Jakarta Post"));
        let c = byline("Indonesia correspondent Ashley Rosa in Jakarta and Tom Hartley in Broome");
        assert_eq!(
            (c.authors, c.place),
            (
                vec!["Ashley Rosa".to_string(), "Tom Hartley".to_string()],
                None
            )
        );
        let c = read("Laporan Wartawan Serambinews.com Rianza Alfandi | Aceh Besar");
        assert_eq!(
            (c.authors, c.place.as_deref()),
            (vec!["Rianza Alfandi".to_string()], Some("Aceh Besar"))
        );
        assert_eq!(
            authors("Oleh: Ichsan Ali / FER | Senin, 10 Maret 2025 | 14:21 WIB"),
            ["Ichsan Ali"]
        );
        let c = byline("Market - Romys Binekasri, CNBC Indonesia");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Romys Binekasri".to_string()], Some("CNBC Indonesia"))
        );
        // Two writers joined by a dash, then the newsroom.
        let c = byline("Maria Lopes - Tomas Sarmento / Dili Weekly News");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (
                vec!["Maria Lopes".to_string(), "Tomas Sarmento".to_string()],
                Some("Dili Weekly News")
            )
        );
        let c = byline("Sok Chanthy / Khmer Times");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Sok Chanthy".to_string()], Some("Khmer Times"))
        );
        let c = byline("Kara Drodge · The Telegram");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Kara Drodge".to_string()], Some("The Telegram"))
        );
        assert!(byline("Home · News · Local").authors.is_empty());
        let c = read("By Lin Hsiao-wen / Staff reporter");
        assert_eq!(
            (c.authors, c.outlet.as_deref()),
            (vec!["Lin Hsiao-wen".to_string()], None)
        );
        assert_eq!(
            authors("Oleh: Rina Marlina / Kontributor Garut"),
            ["Rina Marlina"]
        );
        let c = byline("Tim detikNews - detikNews");
        assert!(c.authors.is_empty());
        assert_eq!(c.outlet.as_deref(), Some("detikNews"));
        assert!(role_cue("By the end of the year, prices rose.").is_none());
    }

    #[test]
    fn a_byline_names_writers_and_the_newsroom_beside_them_in_any_order() {
        for (line, names, outlet) in [
            (
                "By ANA REYES, Mindanao Courier",
                vec!["Ana Reyes"],
                Some("Mindanao Courier"),
            ),
            (
                "Tomas Lindqvist, Nordic Wire journalist",
                vec!["Tomas Lindqvist"],
                Some("Nordic Wire"),
            ),
            (
                "By HARU ONO and MEI KATO/ Staff Writers",
                vec!["Haru Ono", "Mei Kato"],
                None,
            ),
            ("Ditulis oleh Rahmat Hidayat", vec!["Rahmat Hidayat"], None),
            ("By Lena Park, Staff writer", vec!["Lena Park"], None),
            ("Reported by Lena Park", vec!["Lena Park"], None),
        ] {
            let c = read(line);
            assert_eq!(
                (c.authors.clone(), c.outlet.as_deref()),
                (names.iter().map(|n| n.to_string()).collect(), outlet),
                "{line}"
            );
        }
        assert!(is_outlet_beside("The Philippine Star"));
        assert!(!is_outlet_beside("Jakarta"));
        assert!(!is_outlet_beside("Staff Writer"));
        // The place before the comma is still where a contributor writes from.
        assert_eq!(authors("Kontributor Garut, Siti Aminah"), ["Siti Aminah"]);
        assert!(role_cue("Reported Cases Rise Again in Java").is_none());
    }

    #[test]
    fn an_outlet_credited_instead_of_a_writer_is_no_author() {
        for (line, owner) in [
            ("By FRONTIER", "Frontier"),
            ("Jakarta Globe's Politics Desk", "Jakarta Globe"),
            ("Reuters Staff", "Reuters"),
            ("By THE STANDARD", "The Standard"),
            ("The Courier Bureau", "The Courier"),
        ] {
            let c = read(line);
            assert_eq!(
                (c.authors.len(), c.desk.as_deref()),
                (0, Some(owner)),
                "{line}"
            );
        }
        // A name in mixed case, and a team named after a place, stay what they were.
        assert_eq!(authors("By Sucipto"), ["Sucipto"]);
        assert_eq!(read("Jakarta Team").desk, None);
    }

    #[test]
    fn a_place_after_the_last_comma_is_where_the_report_was_filed() {
        let c = read("Laporan: Dewi Lestari, Kupang");
        assert_eq!(
            (c.authors, c.place.as_deref()),
            (vec!["Dewi Lestari".to_string()], Some("Kupang"))
        );
        let c = byline("Reuters, Surabaya");
        assert_eq!(
            (c.authors.len(), c.outlet.as_deref(), c.place.as_deref()),
            (0, Some("Reuters"), Some("Surabaya"))
        );
        // Names listed with commas stay names.
        assert_eq!(
            byline("Ana Putri, Budi Santoso and Sari Dewi").authors,
            ["Ana Putri", "Budi Santoso", "Sari Dewi"]
        );
    }
}
