//! The outlet as the page names itself, by agreement of its own lines.
//!
//! A page that says who published it says so in several places at once: the masthead over the
//! story, the copyright line under it, a photo credit ("Foto: Vivaborneo/Nur Aisyah"), a
//! speaker who "told Kuzoo", a reporter's line ("a Northern Advocate reporter"), a promotion
//! ("Continue reading on New Vision", "CalMatters is a nonprofit newsroom"), a source line, a
//! web address. No one of these is safe alone — a caption may credit an agency, a first line
//! may be a section, a speaker may tell a council — but a name two different kinds of line
//! agree on is the outlet's. `vote` is the last resort for a page whose source nothing else
//! found; `second_opinion` replaces a source other rules found that none of these lines
//! witnesses. Both work by shape, never by an outlet's name.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A capitalised word of a name, a domain ("serat.id") or a number ("France 24").
const WORD: &str = r"(?:[A-Z][\w'’&.\-]*|[a-z]+\.(?:com|id|co\.id|net|org|lv)\b|\d+)";

fn name() -> String {
    format!(r"((?:The |the )?[A-Z][\w'’&.\-]*(?: (?:of |and |& )?{WORD}){{0,4}})")
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a fixed pattern compiles")
}

/// A witness's pattern: what goes `before` a name (captured as group 1), then what `after`.
fn around_name(before: &str, after: &str) -> Regex {
    compile(&format!("{before}{}{after}", name()))
}

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    around_name(
        r"(?:©|\(c\)|Copyright)(?:\s*(?:©|Copyright|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?))*\s*",
        "",
    )
});
static TOLD: LazyLock<Regex> = LazyLock::new(|| {
    around_name(
        r"\b(?:told|kepada|ditemui|seen by|according to|contacted by|spoke to|speaking to|said to)\s+",
        "",
    )
});
static PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    around_name(
        r"(?:Foto|Photo|Photos|Image|Credit|Picture)\s*:\s*(?:[A-Z][\w.]* ?){0,3}?/?\s*",
        "",
    )
});
static PAIR: LazyLock<Regex> = LazyLock::new(|| compile(r"\(([^()]{2,60}/[^()]{2,60})\)"));
static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    around_name(
        r"(?:Continue reading on|Read it on|Read more on|Dengarkan|first published (?:in|by|on)|pertama terbit di|pertama kali terbit di|Follow|Ikuti|Support|Donate to|berita dari|latest from|Dari|Tim|dari aplikasi|Dibagikan dari|informasi terkini dari|Subscribe to|Sign up for)\s+",
        "",
    )
});
static ABOUT: LazyLock<Regex> =
    LazyLock::new(|| around_name(r"(?:^|[.!?]\s+)", r" (?:is an?|is part of|adalah) "));
static REPORTER_AFTER: LazyLock<Regex> = LazyLock::new(|| around_name("", r" reporter\b"));
static REPORTER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    around_name(
        r"\b(?:reporter|Reporter|correspondent|Jurnalis di|Wartawan|journalist at|reporter at|reporter for|writes for)\s*[,·|]?\s*",
        "",
    )
});
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| around_name(r"^(?:Sumber|Source)\s*:\s*", ""));
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:https?://)?(?:www\.)?([a-z0-9\-]+)\.(?:com|co\.id|id|net|org|co|news|co\.uk|co\.nz|com\.au|lv|ws|tv|fm|my|ph|in|lk|mv)\b",
    )
});
/// "t.me/mothershipsg", "@mothershipsg": an account's handle spells the outlet as a host does.
static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:t\.me|twitter\.com|x\.com|facebook\.com|instagram\.com)/([A-Za-z0-9_]+)|@([A-Za-z0-9_]{3,})",
    )
});
/// What sets a masthead's name off the rest of its line: a bar, a bullet, a dash between
/// spaces, a control's plus, a run of spaces or a tab.
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\s*(?:\||•|·|—|--| - | – |\+|\s{2,}|\t)\s*"));
static BARE_DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[a-z0-9.\-]+\.(?:com|id|co\.id)$"));

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Witness {
    Masthead,
    Copyright,
    Told,
    Photo,
    Promo,
    About,
    Reporter,
    SourceLine,
    Host,
}

/// Words that end a holder's or a credit's name: the rights phrase, a company's legal form,
/// a year.
const CLOSERS: &[&str] = &[
    "all",
    "rights",
    "reserved",
    "ltd",
    "limited",
    "inc",
    "pvt",
    "plc",
    "llc",
    "newspapers",
    "media",
    "is",
    "not",
    "hak",
    "cipta",
    "dilindungi",
];

/// Words that carry a sentence on after the outlet a speaker told.
const JOINERS: &[&str] = &[
    "that",
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "about",
    "last",
    "this",
    "yesterday",
    "earlier",
    "when",
    "how",
    "what",
    "why",
    "it",
    "he",
    "she",
    "they",
    "there",
    "over",
    "after",
    "before",
    "by",
    "for",
    "from",
    "to",
    "with",
    "during",
    "via",
    "ahead",
    "and",
    "but",
    "as",
    "bahwa",
    "saat",
    "pada",
    "di",
    "usai",
    "ketika",
    "soal",
    "terkait",
    "dan",
    "melalui",
    "lewat",
    "via",
    "belum",
    "tidak",
    "sudah",
];

/// A job's word: a line or a name ending in one is a credit, not a masthead.
fn is_role(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "reporter" | "correspondent" | "editor" | "writer" | "staff" | "team" | "desk" | "wartawan"
    )
}

/// The name a witness gives, cut where a closer, a year or a sentence's stop ends it.
fn trimmed(found: &str) -> String {
    let mut words = Vec::new();
    for w in found.split_whitespace() {
        let bare = w.trim_matches(['.', ',', ';', ':', '|']);
        let year = bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit());
        if year || CLOSERS.contains(&bare.to_lowercase().as_str()) {
            break;
        }
        words.push(bare);
        // "Jaring.id." keeps its domain; "Kuensel." ends the name.
        let inner_dot = bare.contains('.');
        if w.ends_with(['.', ',', ';', ':']) && !inner_dot {
            break;
        }
    }
    words.join(" ").trim().to_string()
}

/// The letters and digits that identify a name: case, spaces, a leading "The" and a domain's
/// suffix aside ("The PUNCH" and "punch", "Serat.id" and "serat").
pub(crate) fn key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = [".co.id", ".com", ".id", ".net", ".org", ".co"]
        .iter()
        .find_map(|s| lower.strip_suffix(s))
        .unwrap_or(&lower);
    let k: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    match k.strip_prefix("the") {
        Some(rest) if k.chars().count() > 6 => rest.to_string(),
        _ => k,
    }
}

fn witnesses(text: &str) -> Vec<(Witness, String)> {
    let mut found = Vec::new();
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    // The page's head and foot: a short line there, or the piece of one before a bar or a
    // bullet ("Kendariinfo • 07.55", "New Vision     + Follow"), may be the masthead.
    let nonempty: Vec<&str> = lines.iter().copied().filter(|l| !l.is_empty()).collect();
    let tail = nonempty.len().saturating_sub(12).max(8.min(nonempty.len()));
    // "jatimgroup.com" alone over the story is one line: a masthead, not a host besides.
    let mut bare_hosts: Vec<&str> = Vec::new();
    for l in nonempty[..8.min(nonempty.len())]
        .iter()
        .chain(&nonempty[tail..])
    {
        let piece = SEPARATOR.split(l).next().unwrap_or("").trim();
        let words: Vec<&str> = piece.split_whitespace().collect();
        let shaped = (1..=4).contains(&words.len())
            && !piece.ends_with(['.', '!', '?', ':', ','])
            && piece
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() && c.is_uppercase())
            && !words.last().is_some_and(|w| is_role(w));
        if BARE_DOMAIN.is_match(piece) && piece == *l {
            bare_hosts.push(l);
        }
        if shaped || BARE_DOMAIN.is_match(piece) {
            found.push((Witness::Masthead, piece.to_string()));
        }
    }
    let each = |re: &Regex, l: &str, kind: Witness, found: &mut Vec<(Witness, String)>| {
        for c in re.captures_iter(l) {
            found.push((kind, trimmed(&c[1])));
        }
    };
    for l in &lines {
        if let Some(c) = COPYRIGHT.captures(l) {
            found.push((Witness::Copyright, trimmed(&c[1])));
        }
        // "according to the Akita prefectural police": a name a word in lower case runs on
        // from describes something else (the place's police), unless the word only joins
        // the sentence on ("told Kuzoo that", "told The PUNCH on Monday").
        for c in TOLD.captures_iter(l) {
            let next = l[c.get(0).map_or(0, |m| m.end())..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let runs_on = next.chars().next().is_some_and(char::is_lowercase)
                && !JOINERS.contains(&next.trim_end_matches([',', '.', ';', ':']));
            // "told the Assembly", "kepada DPRD": a speaker addressing a sitting body, no
            // outlet.
            let told = trimmed(&c[1]);
            let sitting = super::article::ends_in_sitting_body(&told);
            if !runs_on && !sitting {
                found.push((Witness::Told, told));
            }
        }
        for c in PHOTO.captures_iter(l) {
            let credit = c[1].split('/').next().unwrap_or("");
            found.push((Witness::Photo, trimmed(credit)));
        }
        // "(Kehaulani Akana/Civil Beat/2026)": each piece of a slashed credit.
        for c in PAIR.captures_iter(l) {
            for piece in c[1].split('/') {
                found.push((Witness::Photo, trimmed(piece.trim())));
            }
        }
        each(&PROMO, l, Witness::Promo, &mut found);
        if let Some(c) = ABOUT.captures(l) {
            found.push((Witness::About, trimmed(&c[1])));
        }
        each(&REPORTER_AFTER, l, Witness::Reporter, &mut found);
        each(&REPORTER_BEFORE, l, Witness::Reporter, &mut found);
        for c in HOST.captures_iter(l).filter(|_| !bare_hosts.contains(l)) {
            found.push((Witness::Host, c[1].to_string()));
        }
        for c in HANDLE.captures_iter(l) {
            if let Some(h) = c.get(1).or(c.get(2)) {
                found.push((Witness::Host, h.as_str().to_string()));
            }
        }
        if let Some(c) = SOURCE_LINE.captures(l) {
            found.push((Witness::SourceLine, trimmed(&c[1])));
        }
    }
    // "told the Akita prefectural office", "AKITA" over the story: a place is no outlet.
    found.retain(|(_, n)| {
        !n.is_empty()
            && key(n).chars().count() >= 2
            && super::gazetteer::place(n.strip_prefix("the ").unwrap_or(n)).is_none()
    });
    found
}

/// The names a page's own lines give its outlet, read once per text: the fallback vote and the
/// second opinion ask the same lines.
pub struct OwnLines(Vec<(Witness, String)>);

impl OwnLines {
    pub fn read(text: &str) -> Self {
        OwnLines(witnesses(text))
    }

    /// The outlet two or more kinds of the page's own lines agree on, spelt as the running
    /// text writes it where a speaker tells it, else as a line in mixed case writes it.
    pub fn vote(&self) -> Option<String> {
        vote_in(&self.0).map(|(name, _)| name)
    }

    /// The names the page's short lines at its head and foot give, in page order (head first).
    pub fn mastheads(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(|(kind, _)| *kind == Witness::Masthead)
            .map(|(_, name)| name.as_str())
    }

    /// Every name the page's own lines give, of any kind.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, name)| name.as_str())
    }

    /// Whether a line the outlet writes of itself (a copyright line, a speaker telling it, a
    /// promotion, a line about it, a source line, a host) gives `name`; a short line at the
    /// page's head or foot alone does not say so.
    pub fn names_outlet(&self, name: &str) -> bool {
        let k = key(name);
        !k.is_empty()
            && self.0.iter().any(|(kind, n)| {
                *kind != Witness::Masthead && *kind != Witness::Photo && key(n) == k
            })
    }
}

/// "© 2026 CNC3 Television" chose the source, and a speaker "told CNC3": the name the running
/// text gives is the outlet, the words after it its company's form or where it is published
/// ("Television", "Publications", "Botswana"). `chosen` cut to the told name's words, or `None`.
pub fn told_short_form(own: &OwnLines, chosen: &str) -> Option<String> {
    const COMPANY: &[&str] = &[
        "television",
        "tv",
        "publications",
        "publishing",
        "limited",
        "ltd",
        "inc",
        "corporation",
        "group",
        "media",
        "online",
    ];
    let words: Vec<&str> = chosen.split_whitespace().collect();
    let skip = usize::from(words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
    // "Mata Banua Online" over the page and "Foto: Mata Banua/Muhammad Rizani" under a picture:
    // the word that says where the outlet is read goes where a credit writes the name without
    // it, as a speaker's does.
    let online_only = words
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("online"));
    own.0
        .iter()
        .filter(|(kind, _)| *kind == Witness::Told || online_only && *kind == Witness::Photo)
        .find_map(|(kind, told)| {
            let told: Vec<&str> = told
                .split_whitespace()
                .skip_while(|w| w.eq_ignore_ascii_case("the"))
                .collect();
            let end = skip + told.len();
            let opens = !told.is_empty()
                && end < words.len()
                && words[skip..end]
                    .iter()
                    .zip(&told)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b));
            let rest = &words[end.min(words.len())..];
            let rest_is_company = if *kind == Witness::Photo {
                rest.len() == 1
            } else {
                rest.iter().all(|w| {
                    COMPANY.contains(&w.to_lowercase().as_str())
                        || super::gazetteer::place(w).is_some()
                })
            };
            (opens && rest_is_company).then(|| words[..end].join(" "))
        })
}

/// "Parliament News" (a section's label) over the page, "© Tavuli News" and "told Tavuli News"
/// in it; "Sun" read off "The Brandon Sun | Morning Headlines": a source found by another rule
/// that none of the page's own lines witnesses gives way to the name two kinds of them agree
/// on. A name read as a writer ("by Tavuli News") is the outlet only when a line no person
/// writes names it too — a copyright line, a speaker who told it, a host, a promotion, a source
/// line: a photographer credited under a picture and beside the byline is no outlet. `None`
/// keeps `chosen`.
pub fn second_opinion(own: &OwnLines, chosen: &str, writers: &[String]) -> Option<String> {
    let seen = witnessed_in(&own.0, chosen);
    if seen > 1 {
        return None;
    }
    let (voted, kinds) = vote_in(&own.0)?;
    // "Marfa Public Radio" over "West Texas News" (a section's line under the masthead), in
    // the copyright line and the app's "Sent from" line: a name one kind of line gives yields
    // to one that three kinds, a copyright line among them, agree on.
    // A shorter form of the chosen name ("Zawya" of "Zawya Projects") is the same outlet; a
    // host's one word ("philstar.com" over "The FREEMAN | Cebu News") names the site.
    let shorter = key(chosen).starts_with(&key(&voted));
    if seen == 1
        && (shorter
            || voted.split_whitespace().count() < 2
            || kinds.len() < 3
            || !kinds.contains(&Witness::Copyright)
            || !kinds.contains(&Witness::Masthead))
    {
        return None;
    }
    let k = key(&voted);
    let institutional = kinds.iter().any(|w| {
        matches!(
            w,
            Witness::Copyright
                | Witness::Told
                | Witness::Host
                | Witness::Promo
                | Witness::About
                | Witness::SourceLine
        )
    });
    let a_writer = writers.iter().any(|w| key(w) == k);
    (k != key(chosen) && (!a_writer || institutional)).then_some(voted)
}

/// How many kinds of line name `name`: spelt alike, opened by it in a longer name (what the
/// longer name adds being no job), or spelt by a host.
fn witnessed_in(found: &[(Witness, String)], name: &str) -> usize {
    let k = key(name);
    let words: Vec<String> = name
        .split_whitespace()
        .map(key)
        .filter(|w| !w.is_empty())
        .collect();
    let mut kinds: Vec<Witness> = Vec::new();
    for (kind, n) in found {
        let hit = if *kind == Witness::Host {
            let h = key(n);
            h == k || (k.chars().count() >= 4 && h.starts_with(k.as_str()))
        } else {
            let theirs: Vec<String> = n
                .split_whitespace()
                .map(key)
                .filter(|w| !w.is_empty())
                .collect();
            key(n) == k
                || (!words.is_empty()
                    && theirs.len() > words.len()
                    && theirs[..words.len()] == words[..]
                    && !theirs[words.len()..].iter().any(|w| is_role(w)))
        };
        if hit && !kinds.contains(kind) {
            kinds.push(*kind);
        }
    }
    kinds.len()
}

/// The winning name and the kinds of line that witness it.
fn vote_in(found: &[(Witness, String)]) -> Option<(String, Vec<Witness>)> {
    let mut order: Vec<String> = Vec::new();
    let mut kinds: HashMap<String, Vec<Witness>> = HashMap::new();
    let mut forms: HashMap<String, Vec<(Witness, &str)>> = HashMap::new();
    for (kind, n) in found.iter().filter(|(k, _)| *k != Witness::Host) {
        let k = key(n);
        if !kinds.contains_key(&k) {
            order.push(k.clone());
        }
        let seen = kinds.entry(k.clone()).or_default();
        if !seen.contains(kind) {
            seen.push(*kind);
        }
        forms.entry(k).or_default().push((*kind, n));
    }
    // "ISLANDS BUSINESS" over the page, "© Islands Business International" under it: a longer
    // name that opens with a candidate's words witnesses it too, unless what it adds is a
    // job ("Education reporter" is a beat, not the masthead "Education").
    let own: HashMap<String, usize> = kinds.iter().map(|(k, v)| (k.clone(), v.len())).collect();
    let words = |k: &String| -> Vec<String> {
        forms[k][0]
            .1
            .split_whitespace()
            .map(key)
            .filter(|w| !w.is_empty())
            .collect()
    };
    let spelt: HashMap<&String, Vec<String>> = order.iter().map(|k| (k, words(k))).collect();
    let mut extra: Vec<(String, Vec<Witness>)> = Vec::new();
    for a in &order {
        for b in &order {
            let (wa, wb) = (&spelt[a], &spelt[b]);
            let longer = a != b && wb.len() > wa.len() && wb[..wa.len()] == wa[..];
            if longer && !wb[wa.len()..].iter().any(|w| is_role(w)) {
                extra.push((a.clone(), kinds[b].clone()));
            }
        }
    }
    for (a, more) in extra {
        let seen = kinds.get_mut(&a).expect("a candidate's kinds");
        for kind in more {
            if !seen.contains(&kind) {
                seen.push(kind);
            }
        }
    }
    // "punchng.com" under "told The PUNCH": a host that spells a name, or opens with it,
    // witnesses it too.
    for (_, host) in found.iter().filter(|(k, _)| *k == Witness::Host) {
        let h = key(host);
        for (k, seen) in kinds.iter_mut() {
            if (*k == h || (k.chars().count() >= 4 && h.starts_with(k.as_str())))
                && !seen.contains(&Witness::Host)
            {
                seen.push(Witness::Host);
            }
        }
    }
    // The most kinds of line win; between equals, the name more kinds write in full ("AAP
    // FactCheck" over the "AAP" it opens with).
    let mut best: Option<((usize, usize), &String)> = None;
    for k in &order {
        let score = (kinds[k].len(), own[k]);
        if score.0 >= 2 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
    }
    let winner = best?.1;
    let kinds = kinds[winner].clone();
    let forms = &forms[winner];
    let told = forms.iter().find(|(w, _)| *w == Witness::Told);
    let mixed = forms
        .iter()
        .find(|(_, n)| n.chars().any(char::is_lowercase) && !n.contains('.'));
    let any_mixed = forms
        .iter()
        .find(|(_, n)| n.chars().any(char::is_lowercase));
    let (_, form) = told.or(mixed).or(any_mixed).or(forms.first())?;
    let form = form.strip_prefix("the ").unwrap_or(form);
    Some((super::dateline::tidy_source(form), kinds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(text: &str) -> Option<String> {
        OwnLines::read(text).vote()
    }

    #[test]
    fn a_masthead_and_a_copyright_line_agree_on_the_outlet() {
        let text = "Toronto Star\nMenu\n\nA library closes\n\nThe branch closes.\n\n\
                    © Copyright Toronto Star Newspapers Ltd. All rights reserved.\n";
        assert_eq!(vote(text).as_deref(), Some("Toronto Star"));
    }

    #[test]
    fn a_speaker_telling_the_outlet_and_its_host_agree_and_the_telling_spells_it() {
        let text = "Abuja residents groan\n\nThe director told The PUNCH that the dam was low.\n\n\
                    https://punchng.com/abuja-residents-groan/\n";
        assert_eq!(vote(text).as_deref(), Some("The Punch"));
    }

    #[test]
    fn one_witness_alone_names_no_outlet() {
        // A caption's agency and a council a speaker told are one line each: no vote.
        let text = "Smog shuts schools\n\nA street in Dhaka. Photo: AFP\n\n\
                    The mayor told Parliament the schools would close.\n";
        assert_eq!(vote(text), None);
    }

    #[test]
    fn a_sitting_body_a_speaker_addresses_is_no_outlet_told() {
        let text = "Road approved\n\nThe member told the Assembly the road was overdue, and \
                    another told the Falkland Herald it would cost too much.\n";
        let own = OwnLines::read(text);
        let names: Vec<&str> = own.names().collect();
        assert!(names.contains(&"the Falkland Herald"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Assembly")), "{names:?}");
    }

    #[test]
    fn a_name_a_lower_case_word_runs_on_from_is_no_outlet_told() {
        // The dateline's "AKITA" and "the Akita prefectural police": the place twice, no outlet.
        let text = "Bears in town\n\nAKITA--The prefecture will act, according to the Akita \
                    prefectural police.\n";
        assert_eq!(vote(text), None);
        // Told "the Akita Shimpo on Monday", and its copyright line: the outlet.
        let text = "Bears in town\n\nAKITA--The prefecture will act, an official told the \
                    Akita Shimpo on Monday.\n\n© 2026 Akita Shimpo\n";
        assert_eq!(vote(text).as_deref(), Some("Akita Shimpo"));
    }
}
