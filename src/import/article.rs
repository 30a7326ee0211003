//! One raw news text → the article digest writes: front matter fields and a Markdown body.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::body::{self, Block};
use super::parts::{self, Kind, Part};
use super::{credits, datefind, dateline, entities, headline, lang};

/// What was recovered from a raw text.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub title: String,
    /// `None` when the text names no date: the caller falls back to the file's date.
    pub date: Option<Date>,
    pub source: Option<String>,
    pub location: Option<String>,
    /// The people credited with writing or reporting the text, in the order named.
    pub authors: Vec<String>,
    pub lang: String,
    pub summary: String,
    pub tags: Vec<entities::Tag>,
    pub body: String,
}

/// Facts the header, credits and dateline give, each from the best place that names it.
#[derive(Default)]
struct Facts {
    headline: Option<String>,
    date: Option<Date>,
    dateline: Option<dateline::Dateline>,
    /// Outlets named by the header, a "Source:" line, or a copyright line, best first.
    outlet_header: Option<String>,
    outlet_source_line: Option<String>,
    outlet_copyright: Option<String>,
    /// The copyright line names a company ("NZME Publishing Limited", "Philstar Global Corp."):
    /// the owner of the masthead, not the masthead.
    copyright_company: bool,
    /// "… this year. – Rappler.com": an outlet signing the text off.
    outlet_sign_off: Option<String>,
    /// The name a closing line of the outlet's own gives ("Get Latest Updates on X").
    outlet_closing: Option<String>,
    /// A date line's month and day when it gives no year.
    month_day: Option<(i8, i8)>,
    /// Whether that date line names its weekday ("Selasa, 01 Desember"), which fixes its year.
    month_day_weekday: bool,
    /// The weekday that date line writes right before its day ("Tue 1 Dec").
    month_day_own_weekday: Option<jiff::civil::Weekday>,
    /// The date of the last date line (or dated byline) above the lead: the story's own when
    /// a wrapper dated later (a newsletter's issue, a mail's send date) stands above it.
    nearest_date: Option<Date>,
    /// Whether the lead has been read: date lines after it belong to other stories.
    past_lead: bool,
    /// Whether a list of other stories has begun under the story ("You might also like"):
    /// the date lines among its headlines are theirs.
    among_related: bool,
    /// "Image: Rony Zakaria/DW": an outlet credited with the text's own photo.
    outlet_photo: Option<String>,
    place: Option<String>,
    /// The place is one word beside a date, in ordinary case, that no gazetteer knows ("2
    /// December 2025 Health"): a place only if the story names it as one.
    place_unsure: bool,
    authors: Vec<String>,
    /// "Rina Kusumawati  9:41 AM", "Priya Menon Tuesday 10:14 AM": a name beside a clock time
    /// and no date is how a chat heads a message; its sender is the writer only when no other
    /// line credits one.
    timed_authors: Vec<String>,
    /// "(Ketut Winata/balipost)": writers named only where the report is signed off.
    sign_off_authors: Vec<String>,
    /// "Aprilia Devi - detikJatim": writers a byline credits beside an outlet of its own, so
    /// never that outlet, whatever other lines name them.
    beside_outlet: Vec<String>,
    /// "Galih Priatmojo" alone on a line over the date: a name the header sets with no role.
    bare_above: Vec<String>,
    /// "Kontributor : Wulan Pratiwi" under the story: writers credited by a writer's role.
    cued_below: Vec<String>,
    /// "By Carla Pinnock" over the story: writers credited by a writer's role.
    cued_above: Vec<String>,
}

impl Facts {
    fn add_authors(&mut self, names: Vec<String>) {
        for name in names {
            if !self.authors.contains(&name) {
                self.authors.push(name);
            }
        }
    }

    fn add_credit(&mut self, credit: credits::Credit) {
        if let Some(o) = credit.outlet.filter(|o| credits::is_outlet_beside(o)) {
            self.beside_outlet.extend(
                credit
                    .authors
                    .iter()
                    .filter(|a| squash(a) != squash(&o))
                    .cloned(),
            );
            // "philstar.com" over a print view, "Kristine Abellana - The Freeman" under its
            // headline: the outlet a byline sets beside its writer names the newsroom more
            // nearly than a bare host the page was saved from.
            let outlet = dateline::tidy_source(&o);
            match &mut self.outlet_header {
                Some(h) if is_bare_host(h) => *h = outlet,
                h => {
                    h.get_or_insert(outlet);
                }
            }
        }
        self.add_authors(credit.authors);
        if let Some(p) = credit.place {
            self.place.get_or_insert(p);
        }
        if let Some(d) = credit.desk {
            self.outlet_header.get_or_insert(d);
        }
    }

    /// "Coconuts Bali | April 22, 2025": a credit naming an outlet's desk (its brand and a
    /// place) is the source, not a writer. The brand shows itself elsewhere in the text: in an
    /// outlet named by a credit or caption ("Photo: Coconuts Media"), or in the same words
    /// repeated by a promo or footer.
    fn move_desks(&mut self, parts: &[Part]) {
        let outlets: Vec<String> = [
            &self.outlet_header,
            &self.outlet_source_line,
            &self.outlet_copyright,
            &self.outlet_sign_off,
            &self.outlet_photo,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        let noise: Vec<&str> = parts
            .iter()
            .filter(|p| matches!(p.kind, Kind::Promo | Kind::Copyright | Kind::Caption))
            .map(|p| p.text.as_str())
            .collect();
        let (desks, people): (Vec<String>, Vec<String>) = std::mem::take(&mut self.authors)
            .into_iter()
            .partition(|name| is_desk(name, &outlets, &noise));
        self.authors = people;
        if let Some(desk) = desks.into_iter().next() {
            self.outlet_header = Some(desk);
        }
    }

    /// What a date line says beside its date: an outlet, a place, or a byline.
    fn add_date_residue(&mut self, residue: &str, line: &str) {
        // "Source: Times of Zambia, Friday, March 6, 2026, page 3.": a source line giving the
        // issue's date names the outlet before its first comma, as a source line does.
        if let Some((label, named)) = line.split_once(':')
            && matches!(label.trim().to_lowercase().as_str(), "source" | "sumber")
        {
            let name = named.split([',', ';', '(']).next().unwrap_or("").trim();
            if name.starts_with(char::is_uppercase)
                && (1..=5).contains(&name.split_whitespace().count())
                && datefind::find_all(name, false).is_empty()
            {
                self.outlet_source_line.get_or_insert(name.to_string());
            }
            return;
        }
        let undated = datefind::find_all(line, false).is_empty();
        let before = self.authors.len();
        self.read_date_residue(residue, line);
        if undated && self.authors.len() > before {
            let names = self.authors.split_off(before);
            for name in names {
                if !self.timed_authors.contains(&name) {
                    self.timed_authors.push(name);
                }
            }
        }
    }

    fn read_date_residue(&mut self, residue: &str, line: &str) {
        for piece in residue
            .split(" | ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            // "October 2, 2025 (Mainichi Japan)": a name in brackets beside the date credits
            // the outlet, as "TOKYO (Reuters)" does in a dateline.
            let bracketed = piece
                .strip_prefix('(')
                .and_then(|p| p.strip_suffix(')'))
                .filter(|p| credits::is_outlet_beside(p));
            if let Some(outlet) = bracketed {
                self.outlet_header
                    .get_or_insert(dateline::tidy_source(outlet));
            } else if dateline::is_outlet(piece) {
                self.outlet_header
                    .get_or_insert(dateline::tidy_source(piece));
            } else if is_label(piece, line) || is_category_list(piece) {
                // "Publish : 12 Mar 2025", "18:32 | Japan, All": what the date is, and the
                // sections the page is filed under.
            } else if piece.contains(',')
                || piece.contains(" / ")
                || credits::role_cue(piece).is_some()
            {
                self.add_credit(credits::read(piece));
            } else if let Some(name) = glued_desk_initials(piece) {
                // "Ananya Kulkarni/TNN | Dec 4, 2025": the writer, the desk's initials glued.
                self.add_authors(vec![credits::tidy_name(name)]);
            } else if credits::is_name(piece) && piece.split_whitespace().count() <= 3 {
                // "Jakarta | Selasa, …" names a place; "Joni Nura · Selasa, …" a writer.
                let one_word = !piece.contains(' ');
                // "… 10:14 pm IST - CHENNAI": a place shouted as datelines shout it.
                // "Sreya Basu | Kolkata | December 2, 2026": a town abroad the place lists.
                let known = super::gazetteer::place(piece).is_some()
                    || super::gazetteer::town_abroad(piece).is_some();
                let shouted = one_word
                    && piece.chars().count() >= 4
                    && !piece.chars().any(char::is_lowercase);
                // "NEWS · 1 Dec 2026", "Ekonomi | Kamis, …": a desk's word beside the date is
                // the section the page files the story under, no place.
                let desk = one_word
                    && !known
                    && (dateline::is_newsroom_word(piece)
                        || DESKS.contains(&piece.to_lowercase().as_str()));
                if (one_word || known) && !desk && !weather_reading(line, piece) {
                    if self.place.is_none() {
                        self.place_unsure = !known && !shouted;
                    }
                    self.place.get_or_insert(dateline::tidy_place(piece));
                } else if !one_word && !known {
                    self.add_authors(vec![credits::tidy_name(piece)]);
                }
            }
        }
    }

    /// "NOV. 14 06:05 PM JST": a date line without its year gives month and day.
    fn read_month_day(&mut self, t: &str) {
        if self.month_day.is_none() {
            // "Published Dec. 1|Updated Dec. 1": a bar may stand glued to the day.
            let words: Vec<&str> = t
                .split(|c: char| c.is_whitespace() || "|•·".contains(c))
                .filter(|w| !w.is_empty())
                .collect();
            let at = words
                .windows(2)
                .position(|w| datefind::month_day(&w.join(" ").replace(',', "")).is_some());
            self.month_day =
                at.and_then(|i| datefind::month_day(&words[i..i + 2].join(" ").replace(',', "")));
            // "Tuesday, December 1": the weekday written right before the day and month is
            // that day's own; one elsewhere on the line only says the line has a weekday.
            self.month_day_own_weekday = at
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| datefind::weekday_named(words[i]));
            self.month_day_weekday =
                self.month_day_own_weekday.is_some() || datefind::first_weekday(t).is_some();
        }
    }

    fn read(&mut self, part: &Part) {
        let t = part.text.as_str();
        match part.kind {
            Kind::Headline => {
                self.headline.get_or_insert_with(|| {
                    strip_outlet(parts::without_desk_mark(
                        super::wrapper::without_chat_marks(t),
                    ))
                });
            }
            Kind::Lead => self.past_lead = true,
            Kind::Related if self.past_lead => self.among_related = true,
            Kind::DateTime => {
                let dated = unambiguous_first(t);
                // "Published Dec. 2, 2026 at 6:45 p.m. · Updated …" under a list of other
                // stories: a line the page labels with its own date's word is the page's, where
                // a date under a related story's title is that story's.
                let own_label = parts::bare_words(t)
                    .next()
                    .is_some_and(|w| parts::is_date_label(&w));
                let related = self.among_related && !own_label;
                if self.date.is_none() && !related {
                    self.date = dated;
                }
                if !self.past_lead {
                    self.nearest_date = dated.or(self.nearest_date);
                }
                // A related story's full date gives no day and month to put a year to either.
                if !(related && dated.is_some()) {
                    self.read_month_day(t);
                }
                if let Some(r) = parts::date_residue(t) {
                    self.add_date_residue(&r, t);
                }
            }
            Kind::Byline | Kind::Credit => {
                // "Penulis: X - 22 April 2025, 13:10": a byline may carry the date.
                let dated = datefind::find_all(t, false).first().map(|f| f.date);
                if self.date.is_none() {
                    self.date = dated;
                }
                // "X · Tue 1 Dec" under the headline: a byline's date without its year gives
                // month and day, as a date line's does.
                if dated.is_none() && !self.past_lead {
                    self.read_month_day(t);
                }
                if !self.past_lead {
                    self.nearest_date = dated.or(self.nearest_date);
                }
                if !is_ampersand_pair(t) {
                    let mut credit = credits::read(t);
                    // "Aditya Nugroho, MNC Trijaya, Semarang." under the story: the place a
                    // reporter signs off from is no dateline.
                    if self.past_lead && parts::is_reporter_sign_off(t) {
                        credit.place = None;
                    }
                    let cue = credits::role_cue(t);
                    if !self.past_lead && cue.is_none() && parts::is_name_line(t) {
                        // "Nuku'alofa, Tonga": one word is a place the byline files from.
                        self.bare_above
                            .extend(credit.authors.iter().filter(|a| a.contains(' ')).cloned());
                    } else if cue.is_some_and(|(role, _)| credits::names_writers(&role)) {
                        if self.past_lead {
                            self.cued_below.extend(credit.authors.iter().cloned());
                        } else {
                            self.cued_above.extend(credit.authors.iter().cloned());
                        }
                    }
                    self.add_credit(credit);
                }
            }
            Kind::Outlet => {
                // "NHK WORLD-JAPAN News": the whole line names the outlet before any piece does.
                if let Some(o) = std::iter::once(t.trim())
                    .chain(t.split(['|', '-', '–', '·', '•']).map(str::trim))
                    .find(|p| dateline::is_outlet(p))
                {
                    self.outlet_header.get_or_insert(dateline::tidy_source(o));
                }
            }
            Kind::SourceLine => {
                let name = match parts::republished_from(t) {
                    Some(outlet) => {
                        // "First published in The Jeju Weekly, April 23, 2026" over the story:
                        // the note dates the story it republishes.
                        if !self.past_lead && self.date.is_none() {
                            self.date = unambiguous_first(t);
                        }
                        dateline::tidy_source(&outlet)
                    }
                    // "Sumber dana: APBD 2026", "Sumber data: BPS", "Source type: Newspaper":
                    // a label that says what else came from somewhere names no outlet.
                    None if !credits_the_story(t) => String::new(),
                    None => {
                        let name = t.split_once(':').map_or("", |(_, r)| r);
                        let name = super::wrapper::first_value(name);
                        // "Sumber: Anadolu Agency - https://www.aa.com.tr/…": the link after
                        // the name, and the dash or bar that joins it, are no part of it (a
                        // line that gives only the address keeps it).
                        let named = name
                            .split_whitespace()
                            .take_while(|w| !is_link(w))
                            .collect::<Vec<_>>()
                            .join(" ");
                        // A line that gives only the address, bare or in a markup's link
                        // ("[url=https://…]…[/url]", "\"https://…\""), names the site by its
                        // host.
                        let name = if named.chars().any(char::is_alphanumeric) {
                            named
                        } else {
                            link_host(name).unwrap_or_else(|| name.to_string())
                        };
                        // "Sumber: Bimakini • + Ikuti": a bullet or a middle dot sets the
                        // page's controls or the time off the name.
                        name.split(['/', '•', '·'])
                            .next()
                            .unwrap_or("")
                            .trim_end_matches(['-', '–', '—', '|', ',', ':', ' '])
                            .trim()
                            .to_string()
                    }
                };
                // "Sumber: rekapitulasi panitia pemilihan …" under a table: a phrase in lower
                // case names where figures come from; an outlet's name opens with a capital or
                // is a domain ("tirto.id").
                let phrase = name.contains(' ')
                    && name.chars().next().is_some_and(char::is_lowercase)
                    && !name.split_whitespace().next().unwrap_or("").contains('.');
                if !name.is_empty() && !phrase {
                    self.outlet_source_line.get_or_insert(name);
                }
            }
            // "(Penulis: X / Editor: Y)" closing the story: a sign-off that opens with a role
            // credits by role, as a byline does.
            Kind::SignOff if credits::role_cue(t).is_some() => {
                self.add_credit(credits::read(t));
            }
            Kind::SignOff if parts::signing_outlet(t) => {
                self.outlet_sign_off.get_or_insert(dateline::tidy_source(t));
            }
            // The first sign-off closes the story; a later one closes a story stitched after it.
            // An end mark ("ENDS") names no one.
            Kind::SignOff
                if self.sign_off_authors.is_empty()
                    && !super::clean::is_end_mark(t)
                    && credits::is_name(t.split(", ").next().unwrap_or("")) =>
            {
                self.sign_off_authors
                    .extend(t.split(", ").map(credits::tidy_name));
            }
            Kind::OwnLine => {
                if let Some(name) = super::closing::named_outlet(t) {
                    self.outlet_closing
                        .get_or_insert(dateline::tidy_source(&name));
                }
            }
            Kind::Caption => {
                if let Some(o) = photo_outlet(t) {
                    self.outlet_photo.get_or_insert(o);
                }
            }
            Kind::Copyright => {
                // "© 2026 a Reach plc subsidiary": a holder opening with an article in lower
                // case describes the owner and names no outlet.
                if let Some(holder) = copyright_holder(t)
                    && self.outlet_copyright.is_none()
                    && !matches!(holder.split_whitespace().next(), Some("a" | "an" | "the"))
                {
                    self.copyright_company = names_a_company(t);
                    self.outlet_copyright = Some(holder);
                }
            }
            _ => {}
        }
    }
}

/// "KOHIMA, Dec 2 (MExN):", "SOLO, TATV –": `name` opens a line's first fifty characters and a
/// dash or a colon follows it within a few, as in a dateline.
fn in_a_dateline(text: &str, name: &str) -> bool {
    let name = name.to_lowercase();
    text.lines().take(40).any(|l| {
        let head: String = l.chars().take(60).collect::<String>().to_lowercase();
        head.find(&name).is_some_and(|at| {
            at <= 50
                && head[at + name.len()..]
                    .chars()
                    .take(6)
                    .any(|c| matches!(c, '-' | '–' | '—' | ':'))
        })
    })
}

/// The one place a location read from a dateline names. "JURNAL SOREANG - …": a piece that
/// spells the outlet the page was found to be from (letters and digits, "The" and a domain's
/// ending aside) is the outlet, not a place; none is left if it was the only piece. "Apia,
/// Samoa –", "FREEPORT, GRAND BAHAMA —", "Bloomberg Technoz, Jakarta -": of several pieces,
/// a country says where the town is, and the story's place is the first piece the gazetteer
/// knows, else the first piece.
fn one_place(location: String, source: Option<&str>) -> Option<String> {
    let outlet = source.map(super::selfname::key);
    let pieces: Vec<&str> = location
        .split(", ")
        .map(str::trim)
        .filter(|p| !p.is_empty() && outlet.as_ref() != Some(&super::selfname::key(p)))
        .collect();
    if pieces.len() <= 1 {
        return pieces.first().map(|p| p.to_string());
    }
    let towns: Vec<&str> = pieces
        .iter()
        .copied()
        .filter(|p| !super::gazetteer::is_country_name(p))
        .collect();
    let towns = if towns.is_empty() { pieces } else { towns };
    towns
        .iter()
        .find(|p| super::gazetteer::place(p).is_some())
        .or(towns.first())
        .map(|p| p.to_string())
}

/// "Energy & Commodities", "Mail & Guardian": two single words joined by an ampersand name a
/// section or an outlet; writers are credited by full names, and a place stands behind a
/// comma or a bar, not an ampersand.
/// "Sumber:", "Source:", "Sumber berita:", "Source article:": a source line's label is the
/// source word alone or with a word for the story itself. "Sumber dana:" (funding), "Sumber
/// data:" (figures), "Sumber foto:" (a picture), "Source type:" (a record's field) say where
/// something else came from: a press release may close on several such lines before the one
/// that names who issued it.
fn credits_the_story(line: &str) -> bool {
    let Some((label, _)) = line.split_once(':') else {
        return true;
    };
    let label = label.to_lowercase();
    let mut words = label
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| w == "sumber" || w == "source") {
        return true;
    }
    words.all(|w| {
        [
            "berita", "artikel", "tulisan", "naskah", "asli", "tautan", "link", "url", "article",
            "story", "original", "news", "the", "of",
        ]
        .contains(&w)
    })
}

fn is_ampersand_pair(line: &str) -> bool {
    line.trim().split_once(" & ").is_some_and(|(a, b)| {
        [a, b].iter().all(|w| {
            !w.contains(' ')
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
        })
    })
}

/// "By Hoang Nam" under "Tan Son Nhat to trial self-service bag drop", below a story whose
/// writer is credited over its lead: a byline after the story has begun, standing right under
/// a headline-shaped line instead of under its last paragraph, heads a second story stitched
/// after the first (a newsletter's next item, a page's next article), and its writer is that
/// story's. A writer named below the story stands under prose, and is read.
fn stitched_byline(parts: &[Part], k: usize) -> bool {
    if parts[k].kind != Kind::Byline {
        return false;
    }
    let Some(lead) = parts.iter().position(|p| p.kind == Kind::Lead) else {
        return false;
    };
    if k <= lead + 1 {
        return false;
    }
    let credited_above = parts[..lead].iter().any(|p| p.kind == Kind::Byline);
    let over = &parts[k - 1];
    let under_headline = matches!(
        over.kind,
        Kind::Subheading | Kind::Promo | Kind::Section | Kind::Related
    ) && headline::is_headline(&over.text)
        && !parts::is_prose(&over.text);
    credited_above && under_headline
}

/// A word the line writes as a label, before a colon ("Publish : 12 Mar 2025"), that no role
/// cue makes a byline's.
fn is_label(piece: &str, line: &str) -> bool {
    let adjacent = !piece.contains(' ')
        && [format!("{piece}:"), format!("{piece} :")]
            .iter()
            .any(|l| line.contains(l.as_str()));
    credits::role_cue(piece).is_none()
        && (adjacent || in_label_phrase(piece, line) || runs_into_date(piece, line))
}

/// "Last Modified on Wednesday, March 12, 2025", "Terakhir Diperbarui Rabu, 12 Maret 2025":
/// words running into the date with nothing between but the date's own words (a weekday,
/// "on", "diperbarui") lead to it; a place or writer stands apart, behind a separator
/// ("Jakarta, Rabu (12/3/2025)", "Jakarta | Rabu …", "Rina Sari - 12 Maret 2025").
fn runs_into_date(piece: &str, line: &str) -> bool {
    let (Some(at), Some(date)) = (
        line.find(piece),
        datefind::find_all(line, false).first().copied(),
    ) else {
        return false;
    };
    let end = at + piece.len();
    if end > date.start {
        return false;
    }
    let gap = &line[end..date.start];
    !gap.starts_with(',')
        && !gap.contains(['|', '·', '•', '●', '-', '–', '—', '(', '/'])
        && gap.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',').to_lowercase();
            datefind::is_calendar_word(&w) || parts::DATE_WORDS.contains(&w.as_str())
        })
}

/// "Last updated: January 16, 2025", "Terakhir diubah: 3 Mei 2025": every word of `piece`
/// stands in the phrase before the colon that introduces the date, so it names what the date
/// is, not where the story is.
fn in_label_phrase(piece: &str, line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    (2..=4).contains(&label_words.len())
        && !label.contains(|c: char| c.is_ascii_digit())
        && !datefind::find_all(rest, false).is_empty()
        && piece
            .split_whitespace()
            .map(|w| w.trim_end_matches(':'))
            .all(|w| label_words.iter().any(|l| l.trim_end_matches(':') == w))
}

/// "Japan, All", "Nasional, Jakarta": single words listed with a comma, one of them a place's
/// name, are the sections a page is filed under, not writers.
fn is_category_list(piece: &str) -> bool {
    let items: Vec<&str> = piece.split(',').map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|i| !i.contains(' '))
        && items
            .iter()
            .any(|i| super::gazetteer::place(i) == Some(super::gazetteer::Place::Major))
}

/// "Ananya Kulkarni/TNN", "Thura Aung/KZL": a full name with a desk's initials glued after a
/// slash, the name alone. "Kota Bogor/ANT" (a major place's name in it) and "Dok Pribadi/IST"
/// (a picture's credit) name no writer.
fn glued_desk_initials(piece: &str) -> Option<&str> {
    let name = credits::without_desk_initials(piece);
    let no_person = name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        super::gazetteer::place(w) == Some(super::gazetteer::Place::Major)
            || super::clean::PHOTO_CUES.contains(&w.to_lowercase().as_str())
    });
    (name != piece
        && !name.contains('/')
        && (2..=3).contains(&name.split_whitespace().count())
        && credits::is_name(name)
        && !no_person)
        .then_some(name)
}

/// A promo after the story's last paragraph naming the outlet the story names too ("Follow The
/// Myanmar Times on Facebook" under "… he told The Myanmar Times").
fn promo_outlet(parts: &[Part], story: &str) -> Option<String> {
    let last = parts.iter().rposition(|p| p.kind.is_body())?;
    parts[last + 1..]
        .iter()
        .filter(|p| p.kind == Kind::Promo)
        .find_map(|p| super::closing::promo_outlet_named_in(&p.text, story))
        .map(|n| dateline::tidy_source(&n))
}

/// "… during a power cut on April 8 (Myanmar Now)" and "Donate to Myanmar Now today.": a name
/// crediting a line outside the text, in brackets at its end, that the page's promos or footers
/// name again is the outlet's own, whatever its shape.
fn recurring_credit(parts: &[Part]) -> Option<String> {
    let noise: Vec<&str> = parts
        .iter()
        .filter(|p| matches!(p.kind, Kind::Promo | Kind::Copyright))
        .map(|p| p.text.as_str())
        .collect();
    parts
        .iter()
        .filter(|p| !p.kind.is_body())
        .filter_map(|p| {
            let inner = p.text.trim_end_matches('.').strip_suffix(')')?;
            let (before, credit) = inner.rsplit_once('(')?;
            let credit = credit.trim();
            // A bracket alone ("(ADN)") signs off; a credit closes a line of its own words.
            if before.split_whitespace().count() < 3 {
                return None;
            }
            let words = credit.split_whitespace().count();
            let capitalised = credit
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            ((1..=3).contains(&words) && capitalised && !credit.contains(['/', ':']))
                .then_some((p.text.as_str(), credit))
        })
        // Named again by another line: a credit's own line repeats nothing.
        .find(|(line, credit)| noise.iter().any(|n| n != line && n.contains(credit)))
        .map(|(_, credit)| credit.to_string())
}

/// "Edition.mv", "Tanjungpinang Pos › Kepri › Tanjungpinang", "Samoa Observer" over a promo
/// that says "Samoa Observer needs your support": the page's first line, or its first piece
/// before a breadcrumb's or motto's separator, is the outlet's masthead when it has an outlet's
/// shape (a domain, a name built on a newsroom word) or when a promo, footer, copyright line or
/// photo credit names it again as written. A rubric ("Local", "Top News") has neither; a place is a rubric.
fn masthead(parts: &[Part]) -> Option<String> {
    // The headline tells the story, whatever newsroom word it holds ("Kantor Pos Ditutup").
    let first = parts
        .first()
        .filter(|p| !p.kind.is_body() && p.kind != Kind::Headline)?;
    // "☰  Newcastle Herald   Subscribe": a header's cells stand apart by runs of spaces; a
    // glyph's cell (the menu's, the search's) and the page's controls after the name are none
    // of it.
    // "*SILAMPARI TV*": a chat app's bold around the name is no part of it.
    let head = without_controls(super::wrapper::without_chat_marks(&first.text));
    // "Fwd: PRESS STATEMENT – CHOLERA: …": a mail's subject, forwarded or answered, over the
    // message names what was sent, never who publishes the page.
    let subject = head.split_once(':').is_some_and(|(mark, _)| {
        ["fwd", "fw", "re", "tr", "wg", "aw"].contains(&mark.trim().to_lowercase().as_str())
    });
    if subject {
        return None;
    }
    let head = head
        .split(['›', '»', '>', '|', '·', '•', '/'])
        .next()?
        .split(" - ")
        .next()?
        .split(" – ")
        .next()?
        // "DHOHO TV — NEWSROOM PROMPTER": a long dash sets off what the page is, as a short one
        // does.
        .split(" — ")
        .next()?
        .trim();
    // "A1   TIMES & TRANSCRIPT • WEDNESDAY, …": a printed page's folio before the paper's name.
    let head = match head.split_once(' ') {
        Some((folio, name))
            if folio.len() <= 4
                && folio.chars().any(|c| c.is_ascii_digit())
                && folio
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) =>
        {
            name.trim()
        }
        _ => head,
    };
    let words = head.split_whitespace().count();
    let shelved = over_a_shelf(parts, head);
    if !(1..=if shelved { 5 } else { 4 }).contains(&words)
        || !head.starts_with(char::is_uppercase)
        || dateline::is_list_label(head)
        || super::gazetteer::place(head).is_some()
        || !datefind::find_all(head, false).is_empty()
        // "Diteruskan", "Forwarded": a chat app's forward mark, set over each story it passed
        // on, names no outlet however often it stands.
        || super::wrapper::is_route_line(head)
    {
        return None;
    }
    let named_again = parts[1..]
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                Kind::Promo | Kind::Copyright | Kind::OwnLine | Kind::Caption
            )
        })
        .any(|p| contains_phrase(&p.text, head));
    // "Edition.mv": a name and a domain ending, whichever country's.
    let domain = head.rsplit_once('.').is_some_and(|(name, end)| {
        !head.contains(' ')
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && (2..=4).contains(&end.len())
            && end.chars().all(|c| c.is_ascii_lowercase())
    });
    (dateline::is_outlet(head) || domain || named_again || shelved)
        .then(|| dateline::tidy_source(head))
}

/// "☰ Newcastle Herald Subscribe", "Bay of Plenty Times Subscribe": a header line without the
/// glyphs before the name (the menu's, the search's) and the page's controls after it
/// ("Subscribe", "Sign in", "Masuk", "Berlangganan"). A line that is nothing but controls
/// stays as it is.
fn without_controls(line: &str) -> String {
    const CONTROLS: &[&str] = &[
        "subscribe",
        "login",
        "register",
        "menu",
        "search",
        "masuk",
        "daftar",
        "berlangganan",
        "langganan",
        "cari",
    ];
    let mut words: Vec<&str> = line
        .split_whitespace()
        .skip_while(|w| !w.chars().any(char::is_alphanumeric))
        .collect();
    loop {
        while words
            .last()
            .is_some_and(|w| !w.chars().any(char::is_alphanumeric))
        {
            words.pop();
        }
        let n = words.len();
        let pair = n >= 2
            && matches!(
                format!("{} {}", words[n - 2], words[n - 1])
                    .to_lowercase()
                    .as_str(),
                "sign in" | "log in" | "sign up"
            );
        if pair && n > 2 {
            words.truncate(n - 2);
        } else if n > 1 && CONTROLS.contains(&words[n - 1].to_lowercase().as_str()) {
            words.truncate(n - 1);
        } else {
            break;
        }
    }
    if words.is_empty() {
        line.to_string()
    } else {
        words.join(" ")
    }
}

/// "The Standard" / "Local", "Eleven Myanmar" / "Home / Local", then the headline: the page's
/// first line over the shelf its story sits on (a line of at most three words, no function
/// word, no stop, no digit) names the newsroom that keeps the shelves, unless a word of it
/// names a shelf or a page's list itself ("Business" / "Markets", "Top News" / "Asia").
fn over_a_shelf(parts: &[Part], head: &str) -> bool {
    let shelf = parts.get(1).filter(|p| !p.kind.is_body());
    let is_shelf = shelf.is_some_and(|p| {
        parts::is_shelf_name(&p.text) && !p.text.contains(|c: char| c.is_ascii_digit())
    });
    let names_a_shelf = head.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        DESKS.contains(&w.as_str()) || matches!(w.as_str(), "home" | "beranda")
    }) || head.split_whitespace().all(dateline::is_newsroom_word);
    is_shelf
        && parts::reads_as_a_masthead(
            head,
            &parts
                .iter()
                .filter(|p| p.kind.is_body())
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        )
        && parts.get(2).is_some_and(|p| p.kind == Kind::Headline)
        && !names_a_shelf
        && !dateline::is_list_label(head)
}

/// "LOCAL SPORTS OBITS OPINION KFIX" (five words or more), "ABC Northern Tasmania" (an
/// acronym among words in mixed case), "Santa Fe New Mexican", "Kelso Bridge" (a known place
/// within), "Serdang–Batulicin Berhenti Beroperasi" (a dash joining two names): a line's name
/// shaped as no person's.
fn shaped_as_no_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mixed = name.chars().any(char::is_lowercase);
    let acronym = |w: &&str| {
        (2..=5).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    let place_within = (0..words.len()).any(|k| {
        (k + 1..=words.len().min(k + 3)).any(|e| {
            let span = words[k..e].join(" ");
            super::gazetteer::place(&span).is_some()
                || super::gazetteer::town_abroad(&span).is_some()
        })
    });
    let dashed = words.iter().any(|w| w.contains(['–', '—']));
    words.len() >= 5
        || mixed && words.iter().any(acronym)
        || place_within
        || dashed
        || names_a_region_or_body(name)
}

/// The byline naming `name` with no writer's role stands between the headline and a byline
/// that credits by a writer's role, or next to either (at most one line between): a second
/// writer, not a label the page's furniture set further up.
fn beside_headline_or_byline(parts: &[Part], name: &str) -> bool {
    let Some(at) = parts
        .iter()
        .position(|p| p.kind == Kind::Byline && p.text.contains(name))
    else {
        return true;
    };
    let cued = |p: &Part| {
        matches!(p.kind, Kind::Byline | Kind::Credit)
            && credits::role_cue(&p.text).is_some_and(|(role, _)| credits::names_writers(&role))
    };
    let anchor = |p: &Part| p.kind == Kind::Headline || cued(p);
    // Under the headline and over the credit, the story's head holds the writers' lines.
    let headline = parts.iter().position(|p| p.kind == Kind::Headline);
    let credit = parts.iter().position(cued);
    let between = matches!((headline, credit), (Some(h), Some(c)) if h < at && at < c);
    between || (at.saturating_sub(2)..parts.len().min(at + 3)).any(|k| k != at && anchor(&parts[k]))
}

/// "Menu   Guernsey Press   Search" over a page signed "Guernsey Press", "WhatsApp Radar
/// Lebong" over "Baca selengkapnya di Radar Lebong": a name with a page's control or a
/// channel's word at either end is the name without it, where the page writes the shorter name
/// of two words or more on its own too. Edition words stay: they close many outlets' own names
/// ("Yle News", "Donegal Daily", "Mining Update", "The Pacific Briefing"), as "Telegram" does
/// one's ("The Telegram"). A place left alone is no outlet's name.
fn without_control_word(name: String, text: &str) -> String {
    const WORDS: &[&str] = &["menu", "search", "whatsapp"];
    let words: Vec<&str> = name.split_whitespace().collect();
    let generic = |w: &str| WORDS.contains(&w.to_lowercase().as_str());
    let (mut a, mut b) = (0, words.len());
    while b > a + 1 && generic(words[a]) {
        a += 1;
    }
    while b > a + 1 && generic(words[b - 1]) {
        b -= 1;
    }
    // "Menu Kuliner" keeps its name: a single word left alone may be any word a sentence
    // opens with.
    if b - a == words.len() || b - a < 2 {
        return name;
    }
    let short = words[a..b].join(" ");
    if super::gazetteer::place(&short).is_some() || super::gazetteer::town_abroad(&short).is_some()
    {
        return name;
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if parts::phrase_count(&flat, &short) > parts::phrase_count(&flat, &words.join(" ")) {
        short
    } else {
        name
    }
}

/// "Kecamatan Sanggau Ledo", "Dinas Kesehatan", "Rapat Pimpinan": an administrative word or a
/// body's word opens a region's or a body's name, never a person's.
fn names_a_region_or_body(name: &str) -> bool {
    const BODIES: &[&str] = &[
        "dinas",
        "badan",
        "rapat",
        "kantor",
        "pemerintah",
        "pemkab",
        "pemkot",
        "pemprov",
        "sekretariat",
    ];
    name.split_whitespace().next().is_some_and(|w| {
        let w = w.to_lowercase();
        super::entities::ADMIN_WORDS.contains(&w.as_str()) || BODIES.contains(&w.as_str())
    })
}

/// Whether `phrase` stands in `text` as whole words, as written.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    parts::phrase_count(text, phrase) > 0
}

/// A name made of a brand and a known place ("Coconuts Bali", "Detik Jatim"), the brand
/// opening an outlet's name the text gives, or the whole name repeated in its noise.
fn is_desk(name: &str, outlets: &[String], noise: &[&str]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len()).any(|k| {
        let brand = words[..k].join(" ");
        let place = words[k..].join(" ");
        super::gazetteer::place(&place).is_some()
            && (outlets
                .iter()
                .any(|o| o == &brand || o.starts_with(&format!("{brand} ")))
                || noise.iter().any(|n| n.contains(name)))
    })
}

/// The date a date line gives: a written one ("April 28, 2025") over a numeric one beside it,
/// whose order of day and month an outlet may reverse.
fn unambiguous_first(line: &str) -> Option<Date> {
    let found = datefind::find_all(line, false);
    found
        .iter()
        .find(|f| f.kind != datefind::Kind::Numeric)
        .or(found.first())
        .map(|f| f.date)
}

/// "(Foto: VOA/Nurhadi Sucahyo)", "Image: Rony Zakaria/DW": an outlet on either side of a
/// photo credit's slash.
fn photo_outlet(caption: &str) -> Option<String> {
    let Some((left, right)) = caption.rsplit_once('/') else {
        // "… in Kuta. Photo: Coconuts Media": the credit after the label, no slash.
        let (_, credit) = caption.rsplit_once(": ")?;
        let credit = credit.trim_end_matches([')', ']', '.', ' ']).trim();
        return (credit.split_whitespace().count() <= 3 && dateline::is_outlet(credit))
            .then(|| dateline::tidy_source(credit));
    };
    let left = left.rsplit(['(', '[', ':']).next()?;
    let right = right.trim_end_matches([')', ']', '.', ' ']);
    [left.trim(), right.trim()]
        .into_iter()
        .find(|side| side.split_whitespace().count() <= 2 && dateline::is_outlet(side))
        .map(dateline::tidy_source)
}

/// "https://www.aa.com.tr/…", "www.kompas.com/…": a web address, not a name.
fn is_link(word: &str) -> bool {
    // A markup wraps a link in its own signs: "[url=https://…]", "<https://…>", "\"https://…\"".
    let lw = word.to_lowercase();
    let bare = lw.trim_start_matches(|c: char| !c.is_alphanumeric());
    lw.contains("://") || bare.starts_with("www.")
}

/// "https://www.bangsaonline.com/berita/…" → "bangsaonline.com": the host of the first link in
/// `text`, without "www.".
fn link_host(text: &str) -> Option<String> {
    let word = text.split_whitespace().find(|w| is_link(w))?;
    let rest = word.split_once("://").map_or(word, |(_, r)| r);
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let host = rest
        .split(['/', ']', '>', '"', '\'', '?', '#', ')'])
        .next()?
        .trim_start_matches("www.");
    (host.contains('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c)))
    .then(|| host.to_string())
}

/// "Copyright © ANTARA 2025" → "Antara"; "©2025 Bloomberg L.P." → "Bloomberg".
/// "© Copyright 2026 NZME Publishing Limited", "Copyright 2026 Philstar Global Corp.": a
/// copyright line whose holder is a company, by its legal form or a word companies name
/// themselves with.
fn names_a_company(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = w.to_lowercase();
        entities::is_legal_form(w) || COMPANY_FORMS.contains(&lower.as_str()) || lower == "pvt"
    })
}

/// "© Harian Posko Manado 2026." under a page whose head prints "POSKO MANADO": the paper's
/// name without the word for a newspaper before it, as the head line prints it.
fn as_printed_above(holder: String, above: &[Part]) -> String {
    let Some((first, rest)) = holder.split_once(' ') else {
        return holder;
    };
    let paper_word =
        ["harian", "koran", "tabloid", "majalah"].contains(&first.to_lowercase().as_str());
    let printed = above.iter().filter(|p| !p.kind.is_body()).any(|p| {
        let low = p.text.to_lowercase();
        contains_phrase(&low, &rest.to_lowercase())
            && !contains_phrase(&low, &holder.to_lowercase())
    });
    if paper_word && printed && rest.split_whitespace().count() >= 2 {
        rest.to_string()
    } else {
        holder
    }
}

fn copyright_holder(line: &str) -> Option<String> {
    // "© 2026 Baraka FM · A station of the Catholic Archdiocese of Mombasa": a separator after
    // the holder's name opens what the page says of itself; the name ends there. "© 2026 L'Eau
    // vive – All rights reserved": so does a spaced dash before the rights phrase (a dash
    // before anything else may join the name's parts: "© 2026 Kalamanthana.id — Kabar Bumi
    // Tambun Bungai"). "▲ Top · © 2026 Thompson Citizen": only a separator after the sign.
    let sign = line
        .find('©')
        .or_else(|| line.to_ascii_lowercase().find("copyright"))
        .unwrap_or(0);
    let after = &line[sign..];
    let named_before = |at: usize| {
        after[..at]
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case("copyright"))
    };
    let rights = |at: usize| {
        let rest = after[at..]
            .trim_start_matches([' ', '–', '—', '-'])
            .to_lowercase();
        ["all rights", "hak cipta", "semua hak", "seluruh hak"]
            .iter()
            .any(|p| rest.starts_with(p))
    };
    let separator = [" – ", " — ", " - "]
        .iter()
        .filter_map(|s| after.find(s))
        .filter(|&at| rights(at))
        .chain(after.find(['·', '|', '•']))
        .min();
    // A control is a glyph's ("▲ Top"); an outlet's name before the sign is the holder
    // ("Harian Fajar | © 2026 All Rights Reserved").
    let before = line[..sign].trim_end();
    let behind_a_control = before.ends_with(['·', '|', '•'])
        && before
            .chars()
            .any(|c| c as u32 >= 0x2190 && !c.is_alphanumeric() && !"·|•".contains(c));
    let line = match separator {
        Some(at) if named_before(at) => after[..at].trim_end(),
        _ if behind_a_control => after,
        _ => line,
    };
    // "© Palangka Post 2026. Dilarang mengutip …": a year closed by a stop after the name ends
    // the holder's sentence.
    let mut named = false;
    let mut closed = false;
    let line: String = line
        .split_inclusive(char::is_whitespace)
        .take_while(|w| {
            let bare = w.trim();
            let year_stop = bare.len() == 5
                && bare.ends_with('.')
                && bare[..4].chars().all(|c| c.is_ascii_digit());
            let go = !closed;
            closed |= named && year_stop;
            named |=
                bare.starts_with(char::is_uppercase) && !bare.eq_ignore_ascii_case("copyright");
            go
        })
        .collect();
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '©')
        // "© Kabar Teluk. Hak cipta dilindungi undang-undang.": the Indonesian rights phrase
        // closes the holder's name, whatever follows it ("undang-undang", "oleh …").
        .take_while(|w| {
            let lw = w.trim_end_matches(['.', ',', ';']).to_lowercase();
            !["hak", "seluruh", "semua"].contains(&lw.as_str())
        })
        .filter(|w| {
            let bare = w.trim_end_matches(['.', ',', ';', ':']);
            // "© Copyright. The Wire.": the copyright word is no part of the name, whatever
            // stop follows it.
            let lw = if bare.eq_ignore_ascii_case("copyright") {
                bare.to_lowercase()
            } else {
                w.to_lowercase()
            };
            // "© Kabar Teluk 2025.": the year is no part of the name, a stop after it or not.
            let number = !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == '-');
            !w.is_empty()
                && !number
                && ![
                    "copyright",
                    "(c)",
                    "l.p.",
                    "inc.",
                    "all",
                    // "Copyright © All right reserved 2025 daily-sun.com": the phrase in the
                    // singular is no part of the holder either.
                    "right",
                    "rights",
                    "reserved.",
                    "reserved",
                ]
                .contains(&lw.as_str())
                // "© The Indian Express Pvt Ltd": the company's legal form is no part of the name.
                && !entities::is_legal_form(w)
        })
        .collect();
    // "Copyright © Vientiane Times. All rights reserved.": the holder's sentence ends there.
    (!words.is_empty() && words.len() <= 4)
        // "Copyright Business Recorder, 2025": the comma before the year closes the name.
        .then(|| dateline::tidy_source(words.join(" ").trim_end_matches(['.', ',', ';'])))
}

/// "Drivers warned to expect delays …" under the headline, then the byline and the date lines,
/// then "The lower deck of Craigavon Bridge … will close …" read as a second standfirst: a page
/// sets one standfirst, under its headline and over its byline and date. A second one after
/// them, of prose, over the first paragraph, is the story's opening paragraph, which the page
/// would otherwise drop with the furniture.
fn second_standfirst_opens_the_story(parts: &mut [Part]) {
    let Some(first) = parts.iter().position(|p| p.kind == Kind::Dek) else {
        return;
    };
    let Some(lead) = parts.iter().position(|p| p.kind == Kind::Lead) else {
        return;
    };
    let Some(second) = (first + 1..lead).find(|&k| parts[k].kind == Kind::Dek) else {
        return;
    };
    let between = &parts[first + 1..second];
    let credited = between
        .iter()
        .any(|p| matches!(p.kind, Kind::Byline | Kind::DateTime));
    let story_between = between
        .iter()
        .any(|p| matches!(p.kind, Kind::Paragraph | Kind::Headline | Kind::Subheading));
    // The first is a standfirst of words, not a section's name ("Nation"); the second no
    // caption ("A driverless train during a trial run … | Photo Credit: …").
    let standfirst = parts[first].text.split_whitespace().count() >= 8;
    let t = parts[second].text.to_lowercase();
    let caption = t.contains('|') || t.contains("photo") || t.contains("foto");
    let prose = parts[second].text.split_whitespace().count() >= 15;
    if credited && !story_between && standfirst && prose && !caption {
        parts[second].kind = Kind::Lead;
        parts[lead].kind = Kind::Paragraph;
    }
}

/// "“Kami buka bertahap, debitnya" / "900 liter per detik dulu.”" set in a box between a
/// printed story's paragraphs: a pull quote, words the story prints in full in a paragraph of
/// its own, lifted out and set large. A run of one to four consecutive short paragraphs (three
/// to fifteen words in all), the first opening a quotation and the last closing it, whose
/// words, marks and case apart, stand word for word inside another paragraph at least twice as
/// long is such a piece, and goes; the story keeps the paragraph that holds them. A short
/// paragraph of the story's own ("No one was injured." over "Police said no one was injured
/// in …") quotes no one, and stays.
fn drop_pull_quotes(parts: &mut [Part]) {
    let words = |t: &str| -> String {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let opens = |t: &str| t.trim_start().starts_with(['"', '“']);
    let closes = |t: &str| {
        t.trim_end()
            .trim_end_matches(['.', ',', '!', '?'])
            .ends_with(['"', '”'])
    };
    let prose: Vec<(usize, String)> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.kind, Kind::Paragraph | Kind::Lead))
        .map(|(i, p)| (i, words(&p.text)))
        .collect();
    // A run of consecutive short paragraphs, the first opening a quotation and the last
    // closing it: the box's lines.
    let mut k = 0;
    while k < prose.len() {
        let (start, _) = prose[k];
        if parts[start].kind != Kind::Paragraph || !opens(&parts[start].text) {
            k += 1;
            continue;
        }
        let mut end = k;
        while !closes(&parts[prose[end].0].text)
            && end + 1 < prose.len()
            && prose[end + 1].0 == prose[end].0 + 1
            && end - k < 3
        {
            end += 1;
        }
        let run: Vec<usize> = prose[k..=end].iter().map(|(i, _)| *i).collect();
        let text = prose[k..=end]
            .iter()
            .map(|(_, w)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let n = text.split(' ').count();
        let lifted = closes(&parts[prose[end].0].text)
            && (3..=15).contains(&n)
            && prose.iter().any(|(j, other)| {
                !run.contains(j)
                    && other.split(' ').count() >= n * 2
                    && format!(" {other} ").contains(&format!(" {text} "))
            });
        if lifted {
            for i in run {
                parts[i].kind = Kind::Promo;
            }
            k = end + 1;
        } else {
            k += 1;
        }
    }
}

/// "Bangladesh Bank keeps policy rate unchanged" alone between paragraphs of a story on onion
/// prices: a line in sentence case that opens with a name of two or more words the story never
/// writes is another story's headline (a related link without its label), not a subheading. A
/// subheading opens a part of the story, so the actor it names first is the story's.
fn drop_other_stories_headlines(parts: &mut [Part]) {
    let story = parts
        .iter()
        .filter(|p| matches!(p.kind, Kind::Lead | Kind::Paragraph | Kind::ListItem))
        .map(|p| p.text.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    // Words compared by their first four letters ("relokasi" beside "relokasi", "supply"
    // beside "supplies").
    let stem = |w: &str| w.chars().take(4).collect::<String>();
    let stems: std::collections::HashSet<String> = story
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(stem)
        .collect();
    for part in parts.iter_mut().filter(|p| p.kind == Kind::Subheading) {
        let words: Vec<&str> = part.text.split_whitespace().collect();
        // A name's words: a capital then lower case ("Bank"); an acronym ("EU") may stand for
        // words the story spells out.
        let titled = |w: &&&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
        };
        let name_len = words.iter().take_while(titled).count();
        // Sentence case after the name, not title case ("Latar Belakang Ketegangan dengan
        // China" is a title-cased subheading).
        let sentence_case = words[name_len.min(words.len())..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase));
        let name = words[..name_len].join(" ").to_lowercase();
        // A subheading opens the part after it, whose words it shares even when the story
        // names its actor otherwise ("Jakarta Governor Pramono promises cleaner air" over
        // "Pramono said …"); another story's headline shares a word at most ("Bangladesh").
        let shared = part
            .text
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && stems.contains(&stem(w)))
            .count();
        let foreign = (5..=12).contains(&words.len())
            && shared <= 1
            && !part.text.trim_end().ends_with(['.', '!', '?', ':'])
            && name_len >= 2
            && sentence_case
            && !story.contains(&name);
        if foreign {
            part.kind = Kind::Related;
        }
    }
}

/// The writers the first credit names when the line model took it for the page's furniture (a
/// promotion, a share bar, a carrier's field over the story): a line that opens with a
/// writer's role cue
/// ("Penulis:", "Laporan:", "Reporter:", "Reported by"), behind any symbols a chat app or a
/// forward puts first ("✍️ Penulis: …"), or that opens with the writing hand alone ("✍️
/// Arnoldus Wahon"), and reads as a credit naming someone.
fn credit_among_furniture(parts: &[Part]) -> Option<Vec<String>> {
    parts.iter().position(|p| p.kind == Kind::Lead)?;
    parts
        .iter()
        .filter(|p| p.kind == Kind::Promo)
        .find_map(|p| {
            let t = p
                .text
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(');
            // "Penulis: X | Editor: Humas | Sumber: Dinas …": a credit line may run long with
            // the other roles it names; its first piece says whether it credits a writer.
            let first = t.split(['|', '·', '•', ';']).next().unwrap_or(t);
            // "✍️ Arnoldus Wahon": the writing hand says "written by" on its own.
            let penned = p.text.trim_start().starts_with('✍')
                && credits::role_cue(first).is_none()
                && pen_names_a_person(first);
            let first = if penned {
                format!("Penulis: {first}")
            } else {
                first.to_string()
            };
            let (role, _) = credits::role_cue(&first)?;
            if !credits::names_writers(&role) {
                return None;
            }
            let authors: Vec<String> = credits::read(&first)
                .authors
                .into_iter()
                .filter(|a| !credits::names_no_one(a) && !credits::is_press_office(a))
                .collect();
            (!authors.is_empty()).then_some(authors)
        })
}

/// "Arnoldus Wahon", "Ongen Ubwarin/Jargaria FM" after the writing hand: a person's full name
/// (two to four capitalised words, maybe with the outlet after a slash), not a column's or a
/// button's label ("✍️ Opini Pembaca", "✍️ Tulis Komentar").
fn pen_names_a_person(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "opini",
        "pembaca",
        "komentar",
        "kolom",
        "warga",
        "daftar",
        "tulis",
        "catatan",
        "redaksi",
        "sekarang",
        "surat",
        "write",
        "comment",
        "comments",
        "reader",
        "readers",
        "opinion",
        "column",
        "letter",
        "letters",
        "editorial",
        "note",
        "notes",
        "sign",
        "register",
        "your",
        "anda",
        "kami",
        "our",
    ];
    let name = text.split(['/', ',', '|']).next().unwrap_or("").trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words
            .iter()
            .any(|w| LABELS.contains(&w.to_lowercase().as_str()))
        && !credits::names_no_one(name)
        && super::entities::is_person_like(name)
}

/// The first line after the story's last paragraph, read as furniture, when it is a full name
/// (two to four capitalised words, no place, no one's word) that no paragraph writes, alone or
/// followed after a comma by a few words saying for whom or as what the writer works
/// ("Kinley Wangmo, BBS", "-- Gary Hamilton-Irvine, reporter, Hawke's Bay Today") or, bare,
/// over a job line or closing the page: its index and the name. A commenter's name further down never qualifies: only the line right under
/// the story does.
fn name_under_the_story(parts: &[Part]) -> Option<(usize, String)> {
    let lead = parts.iter().position(|p| p.kind == Kind::Lead)?;
    let last = parts
        .iter()
        .rposition(|p| matches!(p.kind, Kind::Paragraph | Kind::Lead))?;
    let k = last + 1;
    let part = parts.get(k).filter(|p| p.kind == Kind::Promo)?;
    let t = part
        .text
        .trim()
        .trim_start_matches(['-', '–', '—', ' '])
        .trim_end_matches('.');
    let (name, rest) = t.split_once(',').unwrap_or((t, ""));
    let name = name.trim();
    let words = name.split_whitespace().count();
    // A bare name ("Top Five" over a widget's items) signs only where a job line follows it
    // ("Ruth Lambert" over "Education reporter") or nothing does.
    let signed = !rest.trim().is_empty()
        || parts.get(k + 1).is_none_or(|next| {
            let t = next.text.trim();
            credits::is_job_line(t) || credits::is_writers_job_line(t)
        });
    let rest_ok = rest.split_whitespace().count() <= 5
        && rest
            .split_whitespace()
            .all(|w| !parts::is_function_word(&w.to_lowercase()) || w == "of");
    // "Importers Pass Costs" after a story about importers: words the story writes in lower
    // case are no one's name. One such word is no bar ("Rose Tuhaika" under a story where
    // prices rose); every word of it is.
    let story_words: std::collections::HashSet<&str> = parts[lead..=last]
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric()))
        .collect();
    let written = parts[lead..=last].iter().any(|p| p.text.contains(name))
        || name
            .split_whitespace()
            .all(|w| story_words.contains(w.to_lowercase().as_str()));
    // "Tentang KAI" (about the company) over a boilerplate note: a function word or an
    // acronym makes a label, not a person's name.
    let label = name.split_whitespace().any(|w| {
        parts::is_function_word(&w.to_lowercase())
            || (w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase))
    });
    ((2..=4).contains(&words)
        && signed
        && !label
        && rest_ok
        && !written
        && credits::is_name(name)
        && !credits::names_no_one(name)
        && super::gazetteer::place(name).is_none())
    .then(|| (k, credits::tidy_name(name)))
}

/// "Aroha Wihongi is a Northern Advocate reporter covering Whangārei.", "Rina Sari adalah
/// wartawan …": one of the last two paragraphs, one short sentence opening with a full name
/// (two to four capitalised words) that the story names nowhere else, then *is a*/*adalah* and
/// a writer's job (reporter, journalist, correspondent, wartawan, jurnalis …) within a few
/// words. Returns the name.
fn writer_of_note(parts: &[Part]) -> Option<String> {
    const JOBS: &[&str] = &[
        "reporter",
        "journalist",
        "correspondent",
        "writer",
        "wartawan",
        "jurnalis",
        "koresponden",
    ];
    let paragraphs: Vec<&Part> = parts
        .iter()
        .filter(|p| matches!(p.kind, Kind::Paragraph | Kind::Lead))
        .collect();
    paragraphs.iter().rev().take(2).find_map(|p| {
        let t = p.text.trim();
        if t.split_whitespace().count() > 30 || t.trim_end_matches('.').contains(". ") {
            return None;
        }
        let (name, rest) = [" is a ", " is an ", " is the ", " adalah ", " merupakan "]
            .iter()
            .find_map(|c| t.split_once(c))?;
        let words: Vec<&str> = name.split_whitespace().collect();
        let full = (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            });
        let job = rest
            .split_whitespace()
            .take(6)
            .any(|w| JOBS.contains(&w.to_lowercase().trim_end_matches(['.', ','])));
        // "… adalah jurnalis lepas yang menjadi ketua juri lomba": a relative clause tells
        // what the person does in the story; a note says only whom the writer works for. A
        // note that has one stays in the body, rather than a story's paragraph being lost.
        let relative = rest.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().trim_end_matches([',', '.']),
                "yang" | "who" | "which" | "that"
            )
        });
        let elsewhere = paragraphs
            .iter()
            .filter(|q| !std::ptr::eq(**q, *p))
            .any(|q| q.text.contains(name));
        (full && job && !relative && !elsewhere).then(|| name.to_string())
    })
}

/// The verbs a note on the writer gives the writer's beat with, after the name.
const WRITER_BEATS: &[&str] = &[" covers ", " writes about ", " reports on ", " meliput "];

/// "Rahmi Fitriani" alone on a line, then "Rahmi Fitriani adalah dosen Kesehatan Masyarakat …"
/// after the story's text: an opinion page's author box sets the writer's full name over a
/// short note (one sentence, at most forty words, and perhaps the writer's address) opening
/// with that name and a copula, whatever the writer's job, or with the writer's beat. Where the
/// name line stands, and the writer.
fn author_box(parts: &[Part]) -> Option<(usize, String)> {
    let lead = parts.iter().position(|p| p.kind == Kind::Lead)?;
    (lead + 1..parts.len().saturating_sub(1)).find_map(|k| {
        let name = parts[k].text.trim();
        let note = parts[k + 1].text.trim();
        let words = name.split_whitespace().count();
        // "Eliza Hartwell covers education for …": the writer's beat opens the note as a
        // copula does.
        let opens = [" is a ", " is an ", " is the ", " adalah ", " merupakan "]
            .iter()
            .chain(WRITER_BEATS)
            .any(|c| note.strip_prefix(name).is_some_and(|r| r.starts_with(c)));
        // "… Contact her at ehartwell@…": a second sentence giving the writer's address
        // belongs to the same note.
        let sentences = note.trim_end_matches('.').split(". ").skip(1).all(|s| {
            s.split_whitespace()
                .any(|w| w.contains('@') && w.contains('.'))
        });
        // "Eliza Hartwell covers education for … Contact her at …": a note opening with the
        // writer's beat may go on with any contact.
        let beat = WRITER_BEATS
            .iter()
            .any(|c| note.strip_prefix(name).is_some_and(|r| r.starts_with(c)));
        ((2..=4).contains(&words)
            && opens
            && parts::is_name_line(name)
            && note.split_whitespace().count() <= 40
            && (sentences || beat)
            && matches!(parts[k + 1].kind, Kind::Paragraph | Kind::Promo | Kind::Dek))
        .then(|| (k, credits::tidy_name(name)))
    })
}

/// The writer a note among the story's last two paragraphs names: a person's name (two to
/// four capitalised words) opening it, then the writer's beat right after ("Kiah Mendoza covers
/// the Idaho Legislature for …", "… meliput isu lingkungan untuk …"), or a copula and the beat
/// later in its first sentence ("Kira Holloway is a corps member and writes about … for …"),
/// the sentence naming whom the writer works for (*for*, *untuk*) after the beat.
fn writer_of_beat_note(parts: &[Part]) -> Option<String> {
    const BEATS: &[&str] = WRITER_BEATS;
    const COPULAS: &[&str] = &[" is ", " adalah ", " merupakan "];
    let note = |t: &str| -> Option<String> {
        let t = t.trim_start_matches(['*', '•', ' ']);
        if t.split_whitespace().count() > 40 {
            return None;
        }
        let sentence = t.split(". ").next().unwrap_or(t);
        let (at, beat_first) = BEATS
            .iter()
            .filter_map(|b| sentence.find(b).map(|i| (i, true)))
            .chain(
                COPULAS
                    .iter()
                    .filter_map(|c| sentence.find(c).map(|i| (i, false))),
            )
            .min()?;
        let beat = BEATS.iter().find_map(|b| sentence[at..].find(b))?;
        if !beat_first && beat > 80 {
            return None;
        }
        let employer = &sentence[at + beat..];
        if !employer.contains(" for ") && !employer.contains(" untuk ") {
            return None;
        }
        let name = sentence[..at].trim();
        let words = name.split_whitespace().count();
        ((2..=4).contains(&words)
            && credits::is_name(name)
            && !credits::names_no_one(name)
            && !name
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "The" | "A" | "An") || datefind::is_calendar_word(w)))
        .then(|| name.to_string())
    };
    parts
        .iter()
        .filter(|p| p.kind == Kind::Paragraph)
        .rev()
        .take(2)
        .find_map(|p| note(&p.text))
}

/// "Larasati Wibowo is a Jakarta-based journalist…", "Penulis adalah dosen…": the note on who
/// wrote the piece, in one of its last two paragraphs, opening with the writer's name (or
/// "the writer") and a copula, is about the page, not the story.
fn drop_writer_note(parts: &mut [Part], authors: &[String]) {
    const COPULAS: &[&str] = &[" is ", " adalah ", " merupakan "];
    let openers: Vec<String> = authors
        .iter()
        .map(|a| a.to_lowercase())
        .chain(["penulis", "the writer", "the author"].map(String::from))
        .collect();
    // "Hannah Lindqvist covers Ramsey County and St. Paul for …", "Nora Castellanos:
    // ncastellanos@…; Nora Castellanos covers …": the writer's beat, or the writer's address
    // after a colon, is the same note.
    const BEATS: &[&str] = WRITER_BEATS;
    let contact = |rest: &str| {
        rest.strip_prefix(':')
            .and_then(|r| r.split_whitespace().next())
            .is_some_and(|w| w.contains('@') && w.contains('.'))
    };
    let note = |t: &str| {
        let lower = t.trim_start_matches(['*', ')', ' ']).to_lowercase();
        lower.split_whitespace().count() <= 30
            && openers.iter().any(|o| {
                lower.strip_prefix(o.as_str()).is_some_and(|rest| {
                    COPULAS.iter().chain(BEATS).any(|c| rest.starts_with(c)) || contact(rest)
                })
            })
    };
    let last_two = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == Kind::Paragraph)
        .map(|(i, _)| i)
        .rev()
        .take(2)
        .collect::<Vec<_>>();
    for i in last_two {
        if note(&parts[i].text) {
            parts[i].kind = Kind::Credit;
        }
    }
}

/// "TIMESINDONESIA, BATU –" in a text whose caption credits "TIMES Indonesia": the
/// dateline's first piece is the outlet's name glued into one word, not a place. Returns the
/// location without it, and the outlet's name as the text writes it elsewhere.
fn brand_in_dateline(
    location: Option<&str>,
    source: Option<&str>,
) -> (Option<String>, Option<String>) {
    let glued = location
        .and_then(|l| l.split_once(", "))
        .zip(source)
        .filter(|((first, _), src)| src.contains(' ') && squash(first) == squash(src));
    match glued {
        Some(((_, place), src)) => (Some(place.to_string()), Some(src.to_string())),
        None => (location.map(str::to_string), None),
    }
}

/// "PALU EKSPRES, PALU –", "MEDAN, LENSA RAKYAT –": a dateline with no outlet recognised may
/// still name one. A place is known or the story names it again; of two parts, one that is
/// neither, beside a known place, is the newsroom filing the report. (A lone part is left a
/// place: "PETALING JAYA –" is as unknown and unrepeated as a masthead.) Returns the location
/// left and the outlet found.
fn outlet_in_dateline(
    location: Option<String>,
    no_source: bool,
    body: &str,
) -> (Option<String>, Option<String>) {
    let Some(loc) = location else {
        return (None, None);
    };
    if !no_source {
        return (Some(loc), None);
    }
    let lower_body = body.to_lowercase();
    let known = |p: &str| super::gazetteer::country_of(p).is_some();
    // A region's short form is one word ("NTT", "Jatim"); a newsroom here is named in two or
    // more ("Lensa Rakyat").
    let unplaced =
        |p: &str| !known(p) && p.contains(' ') && !lower_body.contains(&p.to_lowercase());
    // Before the place, only a masthead built on the place's name ("Palu Ekspres, Palu"): a
    // city unknown to digest stands before its country ("San Jose, Costa Rica").
    let brand_of = |outlet: &str, place: &str| {
        outlet
            .to_lowercase()
            .split_whitespace()
            .any(|w| w == place.to_lowercase())
    };
    let parts: Vec<&str> = loc.split(", ").collect();
    match parts.as_slice() {
        // After the place, a part naming a known place ("Manila, Metro Manila") is a region.
        [a, b] if known(a) && unplaced(b) && !b.split_whitespace().any(known) => {
            (Some(a.to_string()), Some(dateline::tidy_source(b)))
        }
        [a, b] if known(b) && unplaced(a) && brand_of(a, b) => {
            (Some(b.to_string()), Some(dateline::tidy_source(a)))
        }
        _ => (Some(loc), None),
    }
}

/// A headline without the outlet some pages append: "… - Kompas.com", "… | CNN Indonesia".
fn strip_outlet(title: &str) -> String {
    without_closing_name(title, dateline::is_outlet)
}

/// "… Ini Wilayah Terdampak - Sapos" where the story's source is Sapos: a headline closed by
/// the outlet's own name after a bar or a dash, as a page's title or a link's preview writes
/// it, loses that name, whether or not digest knows the outlet.
fn without_own_name(title: &str, own: &str) -> String {
    without_closing_name(title, |name| squash(name) == squash(own))
}

/// The first line under the masthead read as the headline (`masthead`) and over the lead that
/// has a headline's shape and tells the lead's story: four words or more, no sentence closed
/// inside it, no date, no credit, not shouted, a word of the lead among its words (a menu's
/// "News Sport Business Opinion" has none), and most of them when it has a menu's shape ("Local
/// National World Sport Business Opinion Community Travel Video" shares one).
fn headline_under_masthead(header: &[Part], masthead: &str, lead: &str) -> Option<String> {
    let told: std::collections::BTreeSet<String> = parts::content_words(lead)
        .iter()
        .map(|w| parts::stem(w))
        .collect();
    let clean = |t: &str| {
        strip_outlet(parts::without_desk_mark(
            super::wrapper::without_chat_marks(t),
        ))
    };
    let from = header.iter().position(|p| clean(&p.text) == masthead)?;
    header[from + 1..]
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                Kind::Headline
                    | Kind::Dek
                    | Kind::Section
                    | Kind::Outlet
                    | Kind::Byline
                    | Kind::ListItem
            )
        })
        .map(|p| clean(&p.text))
        .find(|t| {
            t.split_whitespace().count() >= 4
                && headline::is_headline(t)
                && headline::sentence_ends(t).is_empty()
                && datefind::find_all(t, false).is_empty()
                && credits::role_cue(t).is_none()
                && t.chars().any(char::is_lowercase)
                && {
                    let own = parts::content_words(t);
                    let shared = own
                        .iter()
                        .filter(|w| told.contains(&parts::stem(w)))
                        .count();
                    shared > 0 && !(parts::menu_shaped(t) && shared * 2 < own.len())
                }
        })
}

/// `title` without the name after its last bar or dash, when `is_name` says that name is the
/// outlet's and a headline stands before it.
fn without_closing_name(title: &str, is_name: impl Fn(&str) -> bool) -> String {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some(i) = title.rfind(sep)
            && i > 0
            && is_name(&title[i + sep.len()..])
        {
            return title[..i].trim().to_string();
        }
    }
    title.to_string()
}

/// Reads `text` (already decoded). `aliases` merge tag spellings; `default_lang` is used when
/// the text does not tell.
pub fn extract(
    text: &str,
    aliases: &BTreeMap<String, String>,
    default_lang: &str,
) -> Option<Article> {
    let mut parts = parts::classify(text);
    second_standfirst_opens_the_story(&mut parts);
    let mut facts = Facts::default();
    for (k, part) in parts.iter().enumerate() {
        if !stitched_byline(&parts, k) {
            facts.read(part);
        }
    }
    // "BNI Mobile • 08.02" heading a notification over "Laporan: Muh Ardiansyah": a chat's or a
    // feed's sender stands for the writer only when no line credits one by a writer's role,
    // wherever the page's furniture put that line.
    // Only that case is settled here: with no sender, a credit among the furniture waits
    // behind the writer's note and the author box below.
    if facts.authors.is_empty() && !facts.timed_authors.is_empty() {
        let credited = facts
            .sign_off_authors
            .is_empty()
            .then(|| credit_among_furniture(&parts))
            .flatten();
        match credited {
            Some(writers) => facts.add_authors(writers),
            None => {
                let timed = std::mem::take(&mut facts.timed_authors);
                facts.add_authors(timed);
            }
        }
    }
    // "Galih Priatmojo" alone over the date line, "Kontributor : Wulan Pratiwi" under the
    // story: a page that credits its writer by role at the foot sets someone else at the top
    // with no role (the desk's editor); the writer the role names is the author.
    let apart = |cued: &[String]| {
        !cued.is_empty()
            && !facts.bare_above.is_empty()
            && !cued.iter().any(|c| facts.bare_above.contains(c))
    };
    if apart(&facts.cued_below) {
        let bare = std::mem::take(&mut facts.bare_above);
        facts.authors.retain(|a| !bare.contains(a));
    } else if apart(&facts.cued_above) {
        // "ABC Northern Tasmania" or a menu in capitals beside "By Carla Pinnock" over the
        // story: a bare line shaped as no person's name is furniture the byline's role leaves
        // out. A bare name shaped as a person's ("Maria Ulfa" over "Oleh Andi Saputra", "Tom
        // Okafor" under "By Sarah Whitfield") is a second writer.
        // Nor is a bare name standing apart from both the headline and the byline ("Siap
        // Tayang" among a task card's labels, lines above the headline).
        let bare: Vec<String> = std::mem::take(&mut facts.bare_above)
            .into_iter()
            .filter(|b| shaped_as_no_person(b) || !beside_headline_or_byline(&parts, b))
            .collect();
        facts.authors.retain(|a| !bare.contains(a));
    }
    facts.move_desks(&parts);
    // "KECAMATAN SANGGAU LEDO" under a minutes' title, "Rapat Pimpinan" on a slide: a name an
    // administrative word or a body's word opens is a region's or a body's, never a writer's.
    facts.authors.retain(|a| !names_a_region_or_body(a));
    // "Aroha Wihongi is a Northern Advocate reporter covering …" closing a story no line
    // credits: the note on the writer names the writer.
    if facts.authors.is_empty()
        && facts.sign_off_authors.is_empty()
        && let Some(writer) = writer_of_note(&parts)
    {
        facts.add_authors(vec![writer]);
    }
    // "Meera Srinivasan" over "Meera Srinivasan is an urban transport researcher based in
    // Delhi." under the story: an author box, the writer's name and a note on them.
    if facts.authors.is_empty()
        && facts.sign_off_authors.is_empty()
        && let Some((k, writer)) = author_box(&parts)
    {
        parts[k].kind = Kind::Credit;
        parts[k + 1].kind = Kind::Credit;
        facts.add_authors(vec![writer]);
    }
    // "Kiah Mendoza covers the Idaho Legislature for Boise State Public Radio." closing a
    // story no line credits: the writer's beat and employer name the writer.
    if facts.authors.is_empty()
        && facts.sign_off_authors.is_empty()
        && let Some(writer) = writer_of_beat_note(&parts)
    {
        facts.add_authors(vec![writer]);
    }
    // "Reporter: Rendi Saputra" under a video, once the channel's name over it went to the
    // outlet: a writer's credit read as furniture names the writer.
    if facts.authors.is_empty()
        && facts.sign_off_authors.is_empty()
        && let Some(writers) = credit_among_furniture(&parts)
    {
        facts.add_authors(writers);
    }
    // "Rose Tuhaika" or "Marcus Tindall-Rigg, Kalgoorlie Miner" right under the story's last
    // paragraph, read as the page's furniture: with no writer credited elsewhere, a full name
    // the story never writes, alone or with whom the writer works for, signs the story off.
    if facts.authors.is_empty()
        && facts.sign_off_authors.is_empty()
        && let Some((k, writer)) = name_under_the_story(&parts)
    {
        parts[k].kind = Kind::Credit;
        facts.add_authors(vec![writer]);
    }
    drop_writer_note(&mut parts, &facts.authors);
    drop_other_stories_headlines(&mut parts);
    drop_pull_quotes(&mut parts);
    // The dateline opens the lead; it is metadata, not text.
    let at = parts.iter().position(|p| p.kind == Kind::Lead);
    if let Some(at) = at
        && let Some(line) = dateline::parse(&parts[at].text).or_else(|| {
            let story: Vec<&str> = parts[at + 1..]
                .iter()
                .filter(|p| p.kind.is_body())
                .map(|p| p.text.as_str())
                .collect();
            dateline::lead_place(&parts[at].text, &story.join("\n"))
        })
    {
        let lead = &mut parts[at];
        let rest = lead.text[line.rest..].trim().to_string();
        lead.text = capitalise_first(&rest);
        if rest.is_empty() {
            lead.kind = Kind::Promo;
        }
        facts.dateline = Some(line);
    }
    // The page's furniture over the story: mastheads, heads, feed headers, bylines.
    let over_story = &parts[..at.unwrap_or(0)];
    let kept: Vec<&Part> = parts
        .iter()
        .filter(|p| p.kind.is_body() && !p.text.is_empty())
        .collect();
    let lead = kept
        .iter()
        .find(|p| matches!(p.kind, Kind::Lead | Kind::Paragraph))
        .or(kept.first())?
        .text
        .clone();
    let body_text = kept
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let lang = lang::detect(&body_text, default_lang).to_string();
    let line = facts.dateline.clone().unwrap_or_default();
    // "KABAR LANGGAM · Rabu, 3 Desember 2025" over the story's own "2 Desember 2025": a
    // wrapper's date above the story (a newsletter's issue, a mail's sending) comes after
    // the story's. The date line nearest the lead wins when it is the earlier; a later one
    // there is the page's update, not the story's date. A wrapper sends the story within
    // weeks of its writing: a date years before the page's ("Foto arsip 12 Maret 2019", a
    // writer's "bergabung sejak 5 Mei 2018" in the byline) is an old event's, not the story's.
    let weeks_before = |nearest: Date, first: Date| {
        nearest < first
            && nearest
                .until(first)
                .is_ok_and(|s| i64::from(s.get_days()) <= 31)
    };
    let date = match (facts.date, facts.nearest_date) {
        (Some(first), Some(nearest)) if weeks_before(nearest, first) => Some(nearest),
        (first, _) => first,
    };
    let date = date
        .or(line.date)
        // "https://infotangerang.id/2026/12/02/…" alone under the story, or after "Baca
        // selengkapnya di …:": the page's own address dates it, where no date line does; the
        // days its sentences name ("Selasa (1/12/2026) malam") are the events'.
        .or_else(|| own_link_date(text))
        // "Dipublikasikan 2 Desember 2026, 10.12 WIB", "Issued on: 30th November 2026" under
        // the story: a page with no date line over it may print its date under it.
        .or_else(|| closing_date_line(&parts))
        // "KATHERINE, Dec 3 AAP -" under a feed's header "Thursday, December 3, 2026 15:42
        // AEDT": a day and month the page's furniture over the story also writes with its
        // year take that year (not a year the story or its related links write: an event's
        // anniversary).
        .or_else(|| {
            let md = line.month_day.or(facts.month_day)?;
            over_story
                .iter()
                .filter(|p| !p.kind.is_body() && !matches!(p.kind, Kind::Related | Kind::Caption))
                .flat_map(|p| datefind::find_all(&p.text, false))
                .map(|f| f.date)
                .find(|d| (d.month(), d.day()) == md)
        })
        .or_else(|| match (line.month_day, facts.month_day) {
            // "Published Dec. 1" on a page that prints no year: the day the page ran, on or
            // after the days its story reports.
            // "12 November pukul 19.45" over a story of "Rabu (11/11/2026)": the day the page
            // ran falls within a week of the latest day its story reports with its year.
            (None, Some(md)) if let Some(d) = days_after_reported(md, &body_text) => Some(d),
            (None, Some(md)) => {
                let near = latest_year(&body_text).unwrap_or_else(|| jiff::Zoned::now().year());
                match facts.month_day_own_weekday {
                    // "Tue 1 Dec" over a story that reports Monday's news: the date line's
                    // own weekday fixes its year, not the story's.
                    Some(w) => datefind::with_year(md, Some(w), near),
                    None if !facts.month_day_weekday => datefind::page_year(md, &body_text, near)
                        .or_else(|| year_less(Some(md), &lead, &body_text)),
                    None => year_less(Some(md), &lead, &body_text),
                }
            }
            (md, page) => year_less(md.or(page), &lead, &body_text),
        })
        // "Kamis (10/4)" in the lead: the day the story happened, the nearest year the weekday fits.
        .or_else(|| {
            let near = latest_year(&body_text).unwrap_or_else(|| jiff::Zoned::now().year());
            datefind::weekday_day_month(&lead, near)
        })
        // "4 THE ORCADIAN, Thursday, December 3, 2026" over each printed page: the edition's
        // date, before any date the story reports.
        .or_else(|| running_head_date(&parts))
        // "THE WICKHAM LIGHT · Issue 287 · Friday 11 December 2026" over the headline: the
        // edition's line dates a newsletter's or a weekly's story, before a day of the week the
        // story looks ahead to ("Round 2 is on Saturday 12 December").
        .or_else(|| edition_line_date(&parts))
        .or_else(|| datefind::reporting_date(&datefind::find_all(&body_text, false)))
        // "… saat ditemui di tambaknya, Selasa (10/11)." further down, with no other date in
        // the text: the day a reporter met someone, in the nearest year the weekday fits,
        // rather than the file's date.
        .or_else(|| {
            let near = latest_year(&body_text).unwrap_or_else(|| jiff::Zoned::now().year());
            datefind::weekday_day_month(&body_text, near)
        })
        // "ISSUE: Thur., Oct. 9", "Tanggal siar: Jumat, 12 Desember" on a line no part reads
        // as the date: a weekday with its day and month and no year, the nearest year the
        // weekday fits.
        .or_else(|| {
            let near = latest_year(&body_text).unwrap_or_else(|| jiff::Zoned::now().year());
            datefind::weekday_month_day(text, near)
        })
        // "Read this article online: https://…/2026/11/30/muri-lagoon-…": a page that prints
        // its date nowhere else may carry it in its address.
        .or_else(|| link_date(text))
        // "Diterbitkan: Jumat, 4 Desember 2026  |  Kategori: …", "You received this email on
        // Friday 11 December 2026 because …": a page may print its date, year and all, only on
        // a line of its own furniture that no rule above reads as a date line.
        .or_else(|| furniture_date(&parts));
    // "Published: 12/3/2026" over a story of "Dec. 23": an English page may write its
    // figures month first, as American papers do.
    let date = match date {
        Some(d) if lang == "en" => Some(datefind::month_first_reading(d, text)),
        other => other,
    };
    let top = masthead(&parts);
    // "© Jane Doe 2026. Used with permission." under "By Jane Doe": a writer holding her own
    // story's copyright lends it to the page and names no outlet. Only a byline cued "By" or
    // "Oleh" says the name is a writer's ("Broome Advertiser" under a writer's name is the
    // paper's).
    let own_copyright = facts.outlet_copyright.as_deref().is_some_and(|c| {
        parts.iter().any(|p| {
            p.kind == Kind::Byline
                && credits::opens_with_by(&p.text)
                && credits::read(&p.text)
                    .authors
                    .iter()
                    .any(|a| squash(a) == squash(c))
        })
    });
    if own_copyright {
        facts.outlet_copyright = None;
    }
    // "KUAM News   Menu" read as the header's outlet: the page's controls after a name are no
    // part of it, as they are none of a masthead's.
    if let Some(h) = facts.outlet_header.as_mut() {
        *h = without_controls(h);
    }
    // "Marisol Ybarra Yakima Herald-Republic" read as the header's outlet: the outlet is the
    // part the masthead writes, the name before it the writer's.
    let beside_masthead = writer_beside_masthead(&parts, text);
    if let (Some(h), Some((line, _, outlet))) = (facts.outlet_header.as_mut(), &beside_masthead)
        && squash(h) == squash(line)
    {
        *h = outlet.clone();
    }
    // A mail's sender the text names again outside the mail's own lines (a masthead, a
    // byline, a footer): a forwarded text's sender, named nowhere else, is no outlet, and nor
    // is a writer mailing her own story from her own mailbox ("From: Rina Wulandari
    // <rina@rinawulandari.id>" over "Oleh Rina Wulandari"): the byline credits her, and the
    // address's own part names her, as no newsletter's ("newsletters@zawya.com") does.
    let sender = mail_sender(text)
        .filter(|(s, own)| {
            let name = s.to_lowercase();
            parts
                .iter()
                .filter(|p| p.kind != Kind::Promo)
                .any(|p| contains_phrase(&p.text.to_lowercase(), &name))
                && !(*own && facts.authors.iter().any(|a| squash(a) == squash(s)))
        })
        .map(|(s, _)| s);
    // "TASIKMALAYA, (KP).-" under "Media : Kabar Priangan": a dateline's capitals that are the
    // initials of the outlet a source line names stand for that outlet. A wire's own short
    // name stays as its dateline writes it ("(AP)" beside "Associated Press" in a byline).
    // A unit signing in brackets is a release's; one after a label or on a bare line is taken
    // only on a government's own portal ("Sumber: Humas Polres Madiun" under a newspaper's
    // table credits its figures).
    let government = [&top, &facts.outlet_copyright, &facts.outlet_header]
        .iter()
        .any(|o| o.as_deref().is_some_and(names_a_government));
    let issuer = issuing_unit(&parts[at.map_or(parts.len(), |a| a + 1)..])
        .filter(|&(_, bracketed)| facts.outlet_sign_off.is_none() && (bracketed || government))
        .map(|(unit, _)| unit);
    let source = line
        .source
        .clone()
        .map(|s| match &facts.outlet_source_line {
            Some(full) if is_initials_of(&s, full) => full.clone(),
            _ => s,
        })
        .or(facts.outlet_source_line.clone())
        // The outlet naming itself after the story outranks a section label or a desk's
        // credit over it ("Delhi News", "HIMALAYAN NEWS SERVICE").
        .or(facts.outlet_closing.clone())
        // "Honolulu Star-Advertiser" over the page and in its copyright line, "Hawaii News" (a
        // section's label) over the headline: a name the masthead and the footer both give
        // outranks one line's label.
        // "(Diskominfo Malteng)" closing a release under a regency's masthead and copyright:
        // the unit that issued it, not the government owning the portal (CONVENTIONS, "press
        // release").
        .or_else(|| issuer.clone().filter(|_| government))
        .or(top.clone().filter(|t| {
            facts
                .outlet_copyright
                .as_deref()
                .is_some_and(|c| squash(c) == squash(t))
        }))
        // "KAPUAS RAYA   PALANGKA POST • Rabu, 2 Desember 2026   Halaman 1" over the story,
        // "© Palangka Post 2026." under it: of the two names the head line prints, the one the
        // copyright line gives is the paper's, the other a section's.
        .or_else(|| {
            let (t, c) = (top.as_deref()?, facts.outlet_copyright.as_deref()?);
            let (t_low, c_low) = (t.to_lowercase(), c.to_lowercase());
            (squash(t) != squash(c)
                && over_story.iter().any(|p| {
                    let low = p.text.to_lowercase();
                    !p.kind.is_body()
                        && contains_phrase(&low, &t_low)
                        && contains_phrase(&low, &c_low)
                }))
            .then(|| c.to_string())
        })
        // "(Diskominfostandi Kota Bekasi)" closing a release on a city's portal: the unit that
        // issued it, not the portal's section over it. An outlet signing the story off, or
        // named by both masthead and footer, republished it.
        .or(issuer.clone())
        .or(facts.outlet_header.clone().filter(|h| {
            let others = [&facts.outlet_copyright, &facts.outlet_photo, &top];
            !is_desk_label(h, others.iter().filter_map(|o| o.as_deref()))
        }))
        .or(facts.outlet_sign_off.clone())
        // "© Copyright 2026 NZME Publishing Limited" under the masthead "Bay of Plenty Times":
        // a company holding the copyright owns the masthead, which names the outlet.
        .or(facts
            .outlet_copyright
            .clone()
            .filter(|_| !facts.copyright_company || top.is_none())
            .map(|c| as_printed_above(c, over_story)))
        .or(facts.outlet_photo.clone())
        .or_else(|| recurring_credit(&parts))
        .or_else(|| promo_outlet(&parts, &body_text))
        .or(top.clone())
        .or(facts.outlet_copyright.clone())
        .or(facts.outlet_header.clone());
    // On a government's portal, the unit a release's sign-off names is the source as the
    // release writes it: no vote of the page's other lines (the government owning the portal)
    // overrides it.
    let issued = government && issuer.is_some() && source == issuer;
    // "GK News Network" under the headline, "© 2026 Greater Kashmir" in the footer: a news
    // service credited by the outlet's initials is the outlet's own desk, and the source is
    // the name its initials stand for.
    let source = match (source, &facts.outlet_copyright) {
        (Some(c), Some(full)) if line.source.is_none() && is_service_of(&c, full) => {
            Some(full.clone())
        }
        (c, _) => c,
    };
    // "ZAWYA PROJECTS DAILY" under "From: Zawya Projects <…>", "Daily News" under
    // "From: FoodNavigator-Asia <…>": a newsletter's own title — the sender's name and an
    // edition's word, or edition words alone — gives way to the sender.
    let source = match (source, &sender) {
        (Some(c), Some(s)) if is_edition_of(&c, s) => Some(s.clone()),
        (c, _) => c,
    };
    // "— Ethan Moreau, BDN staff" in a mail from "Bangor Daily News": a credit's initials stand
    // for the name the sender spells in full.
    let source = match (source, mail_sender(text)) {
        (Some(c), Some((s, _))) if is_initials_of(&c, &s) => Some(s),
        (c, _) => c,
    };
    let (line_location, glued) = brand_in_dateline(line.location.as_deref(), source.as_deref());
    let source = glued.or(source);
    let (line_location, named) = outlet_in_dateline(line_location, source.is_none(), &body_text);
    let source = source.or(named);
    // "IDXChannel -", "Law-Justice -", "RMOL." under the slug "RMOL-JKT/MET": a lone dateline
    // piece with an outlet's shape is the newsroom, and the dateline spells it first.
    let (line_location, lone) = lone_outlet_in_dateline(line_location, over_story, &body_text);
    let source = lone.or(source);
    // "Staff Correspondent, Dhaka" under the headline: a reporting job credited with a place
    // says where the report was filed, over a lone place line read as a byline (a section's
    // "Bangladesh").
    let filed_from = || {
        parts[..at.unwrap_or(parts.len())]
            .iter()
            .filter(|p| matches!(p.kind, Kind::Dek | Kind::Byline | Kind::Credit))
            .find_map(|p| {
                credits::filing_place(&p.text, |place| {
                    super::setting::named_as_place(&body_text, place)
                })
            })
    };
    // "2 December 2025 Health", "Date: Rab, 14 Jan 2026": one word beside a date that the
    // gazetteer does not know is a section or a word of the date line unless the story names
    // it as a place.
    let residue_place = facts
        .place
        .clone()
        .filter(|p| !facts.place_unsure || is_place_in(&body_text, p));
    // "Dateline: ALBURY": a feed's or a desk's labelled dateline field over the story names the
    // place the story is filed from, when the story names it too.
    let field_place = || dateline_field(over_story, &body_text);
    let location = line_location
        .or_else(filed_from)
        .or(residue_place)
        .or_else(field_place);
    let witnesses = outlet_witnesses(text, &parts, source.as_deref());
    let source = source.map(without_section);
    let source = if line.source.is_none() {
        source.map(|s| masthead_within(s, &witnesses))
    } else {
        source
    };
    // A reader view's bare host over the story gives way to the name the page spells it with.
    let source = match source {
        Some(s) if line.source.is_none() && text.lines().take(5).any(|l| l.trim() == s) => {
            name_a_bare_host_spells(text)
                .or_else(|| {
                    is_bare_host(&s)
                        .then(|| told_outlet(&parts, &body_text, site_stem(&s).as_deref()))
                        .flatten()
                })
                .or(Some(s))
        }
        s => s,
    };
    // The page's own lines naming its outlet (selfname), read once and only when asked.
    let own_lines = std::cell::OnceCell::new();
    let own_lines = || own_lines.get_or_init(|| super::selfname::OwnLines::read(text));
    let (location, from_dateline, opens_dateline) = outlet_out_of_location(
        location,
        &witnesses,
        line.source.is_none().then_some(own_lines),
    );
    // The dateline spells the outlet first (CONVENTIONS: "the dateline first").
    let source = if opens_dateline {
        from_dateline.or(source)
    } else {
        source.or(from_dateline)
    };
    let source = source.map(|s| unglued_as_written(s, text));
    let title = facts
        .headline
        .clone()
        .unwrap_or_else(|| headline::from_lead(&lead));
    // A lead of punctuation alone (". ") gives no headline, and a page without a title does
    // not build: the lead itself is the title then.
    let title = match title.trim() {
        "" => lead
            .chars()
            .take(100)
            .collect::<String>()
            .trim()
            .to_string(),
        t => t.to_string(),
    };
    // "🦟 Kasus DBD di Tabalong Naik …", "… sea wall path closed from Monday 🧵": a page's or a
    // thread's pictograph at either end of the headline decorates it; the headline is its words.
    let title = {
        let plain = title.trim_matches(|c: char| {
            super::wrapper::is_pictograph(c)
                || matches!(c, '\u{FE0F}' | '\u{200D}')
                || c.is_whitespace()
        });
        if plain.chars().any(char::is_alphanumeric) {
            plain.to_string()
        } else {
            title
        }
    };
    let title = match &source {
        Some(own) => without_own_name(&title, own),
        None => title,
    };
    // "Sawit Indonesia", "Northern Advocate" read as the headline: the outlet's own name over
    // the story is its masthead, and the headline is the next line of a headline's shape over
    // the lead.
    let outlet_named = |t: &str| {
        source
            .as_deref()
            .is_some_and(|s| super::selfname::key(s) == super::selfname::key(t))
            || own_lines().names_outlet(t)
    };
    let title = match facts.headline.as_deref() {
        Some(h) if h == title && outlet_named(&title) => {
            headline_under_masthead(over_story, h, &lead).unwrap_or(title)
        }
        _ => title,
    };
    let blocks = body::from_parts(kept.iter().map(|p| {
        (
            p.kind == Kind::Subheading,
            p.kind == Kind::ListItem,
            p.text.as_str(),
        )
    }));
    let blocks: Vec<Block> = blocks
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(t) => Block::Paragraph(super::clean::strip_initials(&t)),
            b => b,
        })
        .collect();
    let prose: Vec<&str> = blocks
        .iter()
        .filter(|b| !matches!(b, Block::Heading(_)))
        .map(Block::text)
        .collect();
    let tags = entities::tags(
        &prose.join("\n"),
        &entities::Context {
            lead: &lead,
            title: &title,
            location: location.as_deref(),
            source: source.as_deref(),
            aliases,
            home: entities::home_country(default_lang),
        },
    );
    // The outlet the page's furniture names, when nothing else has: a line that spells it is
    // the outlet's name, not a writer's.
    // Without one, the mail's sender, else the site's host, else a name a web address spells,
    // else the name two kinds of the page's own lines agree on (a masthead and a copyright
    // line, a speaker who "told" it and its web address): "By Tristan Bodden | Cayman Compass"
    // then credits one writer.
    let furniture = source
        .is_none()
        .then(|| {
            sender
                .clone()
                .or_else(|| host_name(text, &parts))
                .or_else(|| name_a_bare_host_spells(text))
                .or_else(|| told_outlet(&parts, &body_text, None))
                .or_else(|| name_an_address_spells(text, &parts, &lead))
                .or_else(|| own_lines().vote())
                .or_else(|| told_once(text))
        })
        .flatten();
    let named = source.as_deref().or(furniture.as_deref());
    let bylined: Vec<String> = facts
        .authors
        .into_iter()
        .filter(|a| !spells_outlet(a, named) && !is_account(a, named))
        .filter(|a| !credits::names_no_one(a) && !credits::is_press_office(a))
        .filter(|a| !is_rubric(a, &body_text))
        .collect();
    // A header whose only "writer" was a section's label or the outlet names no one: the
    // writer signing the story off is its writer.
    // "Ekonomi" over the headline read as a writer hid "Novi Hapsari · Kamis, 3 Desember": once
    // the label is gone, the name beside the yearless date is the writer.
    let authors = if !bylined.is_empty() {
        bylined
    } else if !facts.sign_off_authors.is_empty() {
        facts.sign_off_authors
    } else {
        facts
            .timed_authors
            .into_iter()
            .filter(|a| !spells_outlet(a, named) && !is_account(a, named))
            .filter(|a| !credits::names_no_one(a) && !credits::is_press_office(a))
            .filter(|a| !is_rubric(a, &body_text))
            .collect()
    };
    // "Marisol Ybarra Yakima Herald-Republic" under the headline: the writer's name run into
    // the outlet's that the page's masthead writes.
    let authors = if authors.is_empty() {
        beside_masthead
            .map(|(_, name, _)| name)
            .into_iter()
            .collect()
    } else {
        authors
    };
    let (authors, from_byline) = outlet_out_of_authors(authors, &witnesses, &facts.beside_outlet);
    // "AGUS SALIM | KUALA KAPUAS" over "KUALA KAPUAS – Banjir …": the town beside the writer
    // is where the story is filed from, the dateline's place, no writer.
    let authors: Vec<String> = authors
        .into_iter()
        .filter(|a| location.as_deref().is_none_or(|l| squash(l) != squash(a)))
        .collect();
    let source = source.or(from_byline).or(furniture);
    // A source no line of the page witnesses (a section's label, a piece of the masthead) gives
    // way to the name two kinds of them agree on; a dateline's form stands (CONVENTIONS: the
    // dateline first), and so does the name a line crediting the story gives ("Reproduced with
    // permission from The Stanley Beacon." on a company's intranet).
    // "by Tavuli News" read as a writer then names the outlet, not a person.
    let credited = |s: &str| facts.outlet_source_line.as_deref() == Some(s);
    let (source, authors) = match source {
        Some(s)
            if line.source.is_none()
                && !opens_dateline
                && !issued
                && !in_a_dateline(text, &s)
                && !credited(&s) =>
        {
            match super::selfname::second_opinion(own_lines(), &s, &authors) {
                Some(voted) => {
                    let k = super::selfname::key(&voted);
                    let writers = authors
                        .into_iter()
                        .filter(|a| super::selfname::key(a) != k)
                        .collect();
                    (Some(voted), writers)
                }
                None => (Some(s), authors),
            }
        }
        s => (s, authors),
    };
    // "ISLAND SUN" over the page, "Island Sun" in its footer: a name of several words spelt
    // from a line that shouts it is written as the page's other lines write it in mixed case.
    // A dateline's form stands (CONVENTIONS: the dateline first).
    // "kata Markus kepada Papua60detik" under "papua60detik.id", "… Skeete told the Barbados
    // Advocate" under "barbadosadvocate.com": the story writes its own outlet where a speaker
    // tells it, and that spelling is the outlet's name (a dateline's form still comes first).
    let source = match source {
        // "Badan Nasional Penanggulangan Bencana (BNPB)" and then "BNPB" on every line: the form
        // the text defines and uses; "IFP Imphal Free Press": the logo's initials go.
        Some(s) if line.source.is_none() && !opens_dateline => {
            Some(told_as(&body_text, &s).unwrap_or_else(|| {
                let s = as_the_page_writes(s, text);
                // "© CNC3 Television" and "told CNC3": the told name, the company's word aside.
                let s = super::selfname::told_short_form(own_lines(), &s).unwrap_or(s);
                let s = publisher_to_outlet(s, text, own_lines());
                super::shortform::as_the_text_uses(s, text)
            }))
            .map(|s| without_control_word(s, text))
        }
        Some(s) if line.source.is_none() => Some(as_the_page_writes(s, text)),
        s => s,
    };
    // "Kinley Yangzom from Phuentsholing" read as a dek: with no writer credited elsewhere, a
    // full name and the place the story names are the writer and where they report from.
    let from_line = authors
        .is_empty()
        .then(|| {
            parts[..at.unwrap_or(parts.len())]
                .iter()
                .filter(|p| p.kind == Kind::Dek)
                .find_map(|p| {
                    credits::writer_from_place(&p.text, |place| {
                        super::setting::named_as_place(&body_text, place)
                    })
                })
        })
        .flatten();
    let (authors, from_place) = match from_line {
        Some((name, place)) => (vec![name], Some(place)),
        None => (authors, None),
    };
    // "Buy Now" under a photo, "Close Reader View" under the story, "Today's Paper" in the
    // header read as writers: a page's control is no person.
    let authors: Vec<String> = authors.into_iter().filter(|a| !is_control(a)).collect();
    let (authors, place) = places_out_of_authors(authors, &body_text);
    let location = location.or(from_place).or(place);
    let location = location.and_then(|l| one_place(l, source.as_deref()));
    // "KABAR UNDANA" over "Buletin Mingguan Universitas Nusa Cendana · Edisi 47": a bulletin's
    // title gives way to the body its next line says issues it (CONVENTIONS: a bulletin on the
    // issuing body's own page has that body as its source).
    let source = source.map(|s| bulletin_issuer(text, &s).unwrap_or(s));
    // "Sumber: https://pedalamankaltim.id/…" and "© 2026 Pedalaman Kaltim": a bare host read
    // from an address gives way to the name its letters spell on the page (a dateline's form
    // stands, and so does the host a speaker tells: "kata Rusdi kepada halmaherapost.com").
    let source = match source {
        Some(s)
            if line.source.is_none()
                && !opens_dateline
                && is_bare_host(&s)
                && told_as(&body_text, &s).is_none() =>
        {
            Some(
                site_stem(&s)
                    .and_then(|stem| name_spelling(text, &stem))
                    .filter(|name| super::gazetteer::place(name).is_none())
                    .unwrap_or(s),
            )
        }
        s => s,
    };
    Some(Article {
        summary: headline::summary(&lead),
        title,
        date,
        source,
        location,
        authors,
        lang,
        tags,
        body: body::to_markdown(&blocks),
    })
}

/// The date `(month, day)` names in the year that puts it within a week of the latest day the
/// story reports with its year ("Rabu (11/11/2026)"; an anniversary's "December 6, 2025" is an
/// earlier day, and a coming "December 14, 2026" a later one the page may run before).
fn days_after_reported((month, day): (i8, i8), body: &str) -> Option<Date> {
    let latest = datefind::find_all(body, false)
        .iter()
        .map(|f| f.date)
        .max()?;
    (latest.year() - 1..=latest.year() + 1).find_map(|y| {
        let page = Date::new(y, month, day).ok()?;
        let gap = latest.until(page).ok()?.get_days();
        (-7..=7).contains(&gap).then_some(page)
    })
}

/// "March 19" in a wire dateline: the year in which the weekday the lead reports on (not a
/// planned event's, "from Thursday") falls on it,
/// nearest the latest year the text names (or this year); without a weekday, that year only
/// when the text names one.
fn year_less(month_day: Option<(i8, i8)>, lead: &str, body: &str) -> Option<Date> {
    let md = month_day?;
    let latest = latest_year(body);
    // "KUCHING, Dec 3: … after visiting the site on Tuesday (Dec 2)": a weekday the text dates
    // itself fixes the year, and the dateline's day is the one of that year nearest it (the
    // weekday belongs to its own day, not to the dateline's).
    let near = latest.unwrap_or_else(|| jiff::Zoned::now().year());
    let anchor =
        datefind::weekday_day_month(lead, near).or_else(|| datefind::weekday_day_month(body, near));
    if let Some(anchor) = anchor {
        let days = |d: &Date| {
            anchor
                .until(*d)
                .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
        };
        let nearest = (anchor.year() - 1..=anchor.year() + 1)
            .filter_map(|y| Date::new(y, md.0, md.1).ok())
            .min_by_key(days);
        if let Some(d) = nearest.filter(|d| days(d) <= 31) {
            return Some(d);
        }
    }
    // "The association will meet the officers on Thursday": a weekday only planned dates
    // nothing; the year is then the latest the text writes, or this one.
    let weekday = datefind::reported_weekday(lead).or_else(|| datefind::reported_weekday(body));
    let named = datefind::first_weekday(lead).or_else(|| datefind::first_weekday(body));
    match (weekday, latest) {
        (None, None) if named.is_none() => None,
        // "LAKELAND, Dec 2 (TNNS) - … a hailstorm on Sunday afternoon …": a weekday that falls
        // on the dateline's day only years away is the event's day, not the report's; the
        // report is of the year nearest.
        (w, y) => {
            let near = y.unwrap_or_else(|| jiff::Zoned::now().year());
            // (A 29 February the year nearest lacks keeps the weekday's year.)
            let fitted = datefind::with_year(md, w, near);
            fitted
                .filter(|d| (d.year() - near).abs() <= 1)
                .or_else(|| Date::new(near, md.0, md.1).ok())
                .or(fitted)
        }
    }
}

/// The date of the first line after the story that is a date line and nothing more (a label,
/// a time, at most one other word beside it): the page's date printed under the story.
fn closing_date_line(parts: &[Part]) -> Option<Date> {
    closing_dated_lines(parts)
        .into_iter()
        .find_map(|(p, residue)| {
            (residue?.split_whitespace().count() <= 1)
                .then(|| unambiguous_first(&p.text))
                .flatten()
        })
}

/// The lines after the story that carry a date, each with what a date line says beside its date
/// (`None` for a line that is more than a date line). Not a letter's "Oebelo, 4 Maret 2026" (a
/// place signs it), nor the date line of the next story the page runs on into, over that
/// story's lead, nor one under a label of other stories.
fn closing_dated_lines(parts: &[Part]) -> Vec<(&Part, Option<String>)> {
    let Some(last) = parts.iter().rposition(|p| p.kind.is_body()) else {
        return Vec::new();
    };
    let after = &parts[last + 1..];
    // The page's own lines end where its lists of other stories begin, at their label ("More
    // from Local News", "Baca Juga"): the date lines under it are theirs.
    let others = after
        .iter()
        .position(|p| {
            p.kind == Kind::Related
                || parts::is_related_label(&p.text)
                || dateline::is_list_label(p.text.trim_end_matches(':'))
        })
        .unwrap_or(after.len());
    let after = &after[..others];
    after
        .iter()
        .enumerate()
        .filter(|(_, p)| !datefind::find_all(&p.text, false).is_empty())
        .filter_map(|(k, p)| {
            let residue = parts::date_residue(&p.text);
            let signed = residue
                .as_ref()
                .is_some_and(|r| !r.is_empty() && p.text.starts_with(&format!("{r},")));
            let over_a_lead = after.get(k + 1).is_some_and(|n| {
                n.text.split_whitespace().count() >= 15 && parts::is_prose(&n.text)
            });
            (!signed && !over_a_lead).then_some((p, residue))
        })
        .collect()
}

/// The first date, with its day, month and year, on a line of the page's own furniture that
/// a publication label opens: not the story's lines (the days it reports), not a caption's (an
/// archive photo's day), nothing from where the lists of other stories begin, and under the
/// story only the lines `closing_dated_lines` allows.
fn furniture_date(parts: &[Part]) -> Option<Date> {
    let last = parts.iter().rposition(|p| p.kind.is_body())?;
    let above = parts[..last]
        .iter()
        .take_while(|p| p.kind != Kind::Related && !parts::is_related_label(&p.text))
        .filter(|p| !p.kind.is_body() && p.kind != Kind::Caption);
    // "Story ID: 2026-12-09-0417 | Filed: Wed 09 Dec 2026, 15:42 EAT | Category: …": a field
    // of a line of fields labelled as the page's gives the date; else a line whose label opens
    // it, its date in any field ("Posted by the Team | News | Tuesday 2 December 2025"). A
    // field saying when something was released or printed is a record's, a book's or a film's
    // ("Judul: Rumah Garam | Terbit: 12 Oktober 2023"), more than the page's.
    const RELEASE_WORDS: &[&str] = &["terbit", "diterbitkan", "dirilis", "released", "issued"];
    let released = |field: &str| {
        field.split_whitespace().take(2).any(|w| {
            RELEASE_WORDS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        })
    };
    above
        .clone()
        .chain(closing_dated_lines(parts).into_iter().map(|(p, _)| p))
        .find_map(|p| {
            p.text
                .split(" | ")
                .filter(|field| opens_with_publication_label(field) && !released(field))
                .find_map(unambiguous_first)
                .or_else(|| {
                    opens_with_publication_label(&p.text)
                        .then(|| unambiguous_first(&p.text))
                        .flatten()
                })
        })
        // "AAP GENERAL NEWS WIRE  Priority: Routine  Thursday, December 3, 2026 15:42 AEDT",
        // "SLUG: NAVAJO-BUS-ROUTES | Mon., Dec. 14, 2026 | 640 words": a news feed's header over
        // the story closes one of its fields with the date it filed the story, unlabelled. A
        // related headline's or an agenda's date on a line of fields is no feed's.
        .or_else(|| {
            above.filter(|p| is_feed_header(&p.text)).find_map(|p| {
                p.text
                    .split(" | ")
                    .filter(|field| !released(field))
                    .find_map(date_closing_a_field)
            })
        })
}

/// A news feed's header line: it names the wire, or labels its fields as a feed does ("SLUG:",
/// "Priority:", "Category:"), or counts the story's words ("640 words").
fn is_feed_header(line: &str) -> bool {
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let labelled = line.split_whitespace().any(|w| {
        w.to_lowercase().strip_suffix(':').is_some_and(|label| {
            ["slug", "priority", "category", "keyword", "keywords"].contains(&label)
        })
    });
    let counted = words
        .windows(2)
        .any(|w| w[0].chars().all(|c| c.is_ascii_digit()) && !w[0].is_empty() && w[1] == "words");
    words.iter().any(|w| w == "wire") || labelled || counted
}

/// The date that closes a field of furniture, a clock time and its zone at most after it
/// ("Thursday, December 3, 2026 15:42 AEDT", "Mon., Dec. 14, 2026"), with its year.
fn date_closing_a_field(field: &str) -> Option<Date> {
    let found = datefind::find_all(field, false);
    let last = found.last()?;
    let clock_or_zone = |w: &str| {
        let bare = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')'));
        let lower = bare.to_lowercase();
        bare.chars().any(|c| c.is_ascii_digit())
            && bare
                .chars()
                .all(|c| c.is_ascii_digit() || ":.apm".contains(c))
            || matches!(lower.as_str(), "am" | "pm" | "a.m." | "p.m.")
            || (2..=5).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase())
    };
    field[last.end..]
        .split_whitespace()
        .all(clock_or_zone)
        .then_some(last.date)
}

/// "Diterbitkan: Jumat, …", "Filed: 12/10/2026 …", "Last updated 3 Dec 2026": a line whose
/// first or second word says the page was published, filed, posted or updated then (a date
/// line's label, or a word a page's furniture labels its date with). An agenda's "Public
/// meeting: Thursday 14 January 2027", an event's "Info Acara: Sabtu, …", a footer's "Our
/// privacy policy was last updated on 25 May 2018" date no page.
fn opens_with_publication_label(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "filed",
        "issued",
        "released",
        "sent",
        "transmitted",
        "dirilis",
        "dikirim",
        "dimuat",
    ];
    line.split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| parts::is_date_label(&w) || LABELS.contains(&w.as_str()))
}

/// The date a web address on the page spells as `/YYYY/MM/DD/` (a news site's usual path) or
/// `/YYYY-MM-DD/`, the first valid one.
fn link_date(text: &str) -> Option<Date> {
    let dated = dated_links(text);
    // The page's own address where one stands so; else the date every dated address agrees
    // on: links to older stories disagree, and none of them dates this one.
    dated
        .iter()
        .find(|(_, own)| *own)
        .map(|(d, _)| *d)
        .or_else(|| {
            // A link a label calls related ("Related: https://…") names another page.
            let unlabelled: Vec<Date> = text
                .lines()
                .filter(|l| !parts::is_related_label(l.split("http").next().unwrap_or("")))
                .flat_map(dated_links)
                .map(|(d, _)| d)
                .collect();
            let first = *unlabelled.first()?;
            unlabelled.iter().all(|d| *d == first).then_some(first)
        })
}

/// The date of the page's own address: one a label says is this story's, on its line or on
/// the line over it ("Baca selengkapnya di infotangerang.id:", "Read this article online:").
/// A print view sets the page's address alone at its head, among its first three lines. An
/// address alone further down, or after another label ("Arsip:", "Berita sebelumnya:", "Simak
/// juga video:"), may be another page's, and dates the story only when nothing else does.
fn own_link_date(text: &str) -> Option<Date> {
    const OWN: &[&str] = &[
        "selengkapnya",
        "this article",
        "this story",
        "full story",
        "full article",
        "artikel ini",
        "berita ini",
    ];
    let mut over = "";
    for (k, t) in text
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .enumerate()
    {
        if let Some(at) = t.find("http").or_else(|| schemeless_address(t)) {
            let before = t[..at].trim();
            let label = if before.is_empty() { over } else { before }.to_lowercase();
            let at_the_head = k < 3 && before.is_empty();
            // "Original: radiorahma.co.ke/2026/11/25/…": a translated page's own address.
            let original = label.trim_end_matches(':').trim() == "original";
            if (at_the_head || original || OWN.iter().any(|c| label.contains(c)))
                && let Some((date, _)) = dated_links(t).into_iter().next()
            {
                return Some(date);
            }
        }
        over = t;
    }
    None
}

/// Where an address written without its scheme opens a line's last word ("Original:
/// radiorahma.co.ke/2026/11/25/tembo-…"): a host name with a path after it.
fn schemeless_address(line: &str) -> Option<usize> {
    let word = line.split_whitespace().last()?;
    let (host, path) = word.split_once('/')?;
    (super::clean::is_host(host) && !path.is_empty()).then(|| line.len() - word.len())
}

/// Each address on the page dated `/YYYY/MM/DD/` or `/YYYY-MM-DD/`, with whether it stands as
/// the page's own.
fn dated_links(text: &str) -> Vec<(Date, bool)> {
    static DATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            // "radiorahma.co.ke/2026/11/25/…": a browser's bar and a translator's "Original:"
            // write the address without its scheme.
            r"(?:https?://[^\s/]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})/(?:[^\s]*/)?(20\d\d)(?:/(\d{1,2})/(\d{1,2})|-(\d\d)-(\d\d))/",
        )
        .expect("a fixed pattern compiles")
    });
    // Each dated address, with whether it stands as the page's own: alone on its line or
    // after a label ("Read this article online:", "Sumber:"), not inside a sentence or a list
    // of related stories' headlines.
    text.lines()
        .flat_map(|line| {
            DATED.captures_iter(line).filter_map(move |c| {
                // "/2026/12/04/" or, as public radio's sites write it, "/2026-12-04/".
                let (m, d) = match (c.get(2), c.get(3)) {
                    (Some(m), Some(d)) => (m, d),
                    _ => (c.get(4)?, c.get(5)?),
                };
                let (y, m, d) = (
                    c[1].parse().ok()?,
                    m.as_str().parse().ok()?,
                    d.as_str().parse().ok()?,
                );
                let date = Date::new(y, m, d).ok()?;
                let before = line[..c.get(0)?.start()].trim();
                // "Baca juga: https://…": a related story's label names another page.
                let related = [
                    "baca juga",
                    "read more",
                    "also read",
                    "related",
                    "lihat juga",
                ]
                .iter()
                .any(|r| before.to_lowercase().starts_with(r));
                let own = before.is_empty() || before.ends_with(':') && !related;
                Some((date, own))
            })
        })
        .collect()
}

/// The date a printed paper's running head names: a line of the page's furniture with a full
/// date that the page writes again, its digits apart (the page number changes), on another
/// line of its furniture.
fn running_head_date(parts: &[Part]) -> Option<Date> {
    let furniture = |p: &&Part| matches!(p.kind, Kind::PageMarker | Kind::Section);
    let heads: Vec<(String, Option<Date>)> = parts
        .iter()
        .filter(furniture)
        .map(|p| {
            let date = datefind::find_all(&p.text, false).first().map(|f| f.date);
            (parts::running_head_key(&p.text), date)
        })
        .collect();
    // "The Southern Star  Thursday, December 3, 2026  €2.80" over the front page and "4  The
    // Southern Star  Thursday, December 3, 2026" over the next: heads that differ in their
    // price or page but print the same date.
    heads.iter().find_map(|(k, date)| {
        let date = (*date)?;
        let repeated = heads
            .iter()
            .filter(|(other, d)| other == k || *d == Some(date))
            .count()
            >= 2;
        repeated.then_some(date)
    })
}

/// The one full date on a line of the page's furniture over the headline that names the
/// edition by its number ("Issue 287", "Edisi 112", "Vol. 12 No. 4").
fn edition_line_date(parts: &[Part]) -> Option<Date> {
    const ISSUE_WORDS: &[&str] = &["issue", "edisi", "vol", "volume", "no", "nomor", "edition"];
    let head = parts
        .iter()
        .position(|p| matches!(p.kind, Kind::Headline | Kind::Lead))?;
    parts[..head]
        .iter()
        .filter(|p| !p.kind.is_body())
        .find_map(|p| {
            let numbered = p
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| {
                    let word = w[0]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    ISSUE_WORDS.contains(&word.as_str())
                        && w[1]
                            .trim_start_matches('#')
                            .starts_with(|c: char| c.is_ascii_digit())
                });
            // "Edisi 3 - 9 Desember 2025": a weekly's edition spanning days dates no one day.
            static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(r"\b\d{1,2}\s*[-–—]\s*\d{1,2}\s+\p{L}")
                    .expect("a fixed pattern compiles")
            });
            if !numbered || RANGE.is_match(&p.text) {
                return None;
            }
            match datefind::find_all(&p.text, false).as_slice() {
                [one] => Some(one.date),
                _ => None,
            }
        })
}

/// The latest year a full date in `text` names.
fn latest_year(text: &str) -> Option<i16> {
    datefind::find_all(text, false)
        .iter()
        .map(|f| f.date.year())
        .max()
}

/// "english.ryukyushimpo.jp" over a reader view's "Ryukyu Shimpo", "leadership.ng" over a story
/// that writes "told LEADERSHIP": the site's host among the page's first lines, when the text
/// writes its name in capitals as words ("The" before them kept) outside the page's furniture
/// (an app's "Shared from X" line names the app, not the story's outlet), is the outlet by that
/// name. A last resort: any other place the text names its outlet comes first.
/// The name must stand as a line of its own (a masthead, a reader view's credit), be shouted in
/// the text, as a newsroom writes its own name ("told LEADERSHIP"), or follow "The" as a
/// publication's title does ("told The Reef Courier"): a link to a platform the
/// story is about ("news.google.com/…" over "… fined Google …", "facebook.com/groups/…" over
/// "… di grup Facebook …") names what the story reports on, not its outlet.
/// "Dateline: ALBURY", "Dateline: Wagga Wagga, NSW": a labelled dateline field among the lines
/// over the story — one to three words of a place before any comma — gives the place, in
/// ordinary case, when the story's body names it.
fn dateline_field(above: &[Part], body: &str) -> Option<String> {
    above.iter().find_map(|p| {
        let (label, value) = p.text.split_once(':')?;
        if !label.trim().eq_ignore_ascii_case("dateline") {
            return None;
        }
        let place = value.split(',').next()?.trim();
        let words = place.split_whitespace().count();
        if !(1..=3).contains(&words)
            || !place
                .chars()
                .all(|c| c.is_alphabetic() || " -'".contains(c))
        {
            return None;
        }
        let place = dateline::tidy_place(place);
        names_whole(body, &place).then_some(place)
    })
}

fn host_name<'a>(text: &'a str, parts: &'a [Part]) -> Option<String> {
    let stem = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .find_map(site_stem)?;
    let bare = |w: &'a str| w.trim_matches(|c: char| !c.is_alphanumeric());
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let shouted =
        |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    // A line of its own that is the name: a masthead, a reader view's credit.
    let own_line = text.lines().find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().map(bare).collect();
        let run = match words.as_slice() {
            ["The", rest @ ..] => rest,
            all => all,
        };
        ((1..=3).contains(&run.len()) && run.iter().all(capital) && squash(&run.join(" ")) == stem)
            .then(|| dateline::tidy_source(&words.join(" ")))
    });
    if own_line.is_some() {
        return own_line;
    }
    // The name shouted in the text, as a newsroom writes its own, or a title after "The".
    let words: Vec<&str> = parts
        .iter()
        .filter(|p| p.kind != Kind::Promo)
        .flat_map(|p| p.text.split_whitespace())
        .map(bare)
        .collect();
    (0..words.len()).find_map(|i| {
        (1..=3).find_map(|n| {
            let run = words.get(i..i + n)?;
            let the = i > 0 && words[i - 1].eq_ignore_ascii_case("the");
            // "told The Reef Courier": a title opening with the article names a publication.
            let titled = (the || run[0] == "The") && run.iter().all(capital);
            if !(run.iter().all(shouted) || titled) || squash(&run.join(" ")) != stem {
                return None;
            }
            let name = if the {
                format!("The {}", run.join(" "))
            } else {
                run.join(" ")
            };
            Some(dateline::tidy_source(&name))
        })
    })
}

/// "asiaone.com" over a reader view's story crediting "PHOTO: AsiaOne / …", "ottawacitizen.com"
/// over a byline's "Ottawa Citizen", "1news.co.nz" over a caption's "(Source: 1News)": a
/// reader view prints the site's bare host over the story, and the page writes the outlet's
/// name elsewhere as its newsroom does. A run of one to three capitalised words (a digit may
/// open one) whose letters spell the host's registered name is that name, as written, when it
/// is two words or more or one word built as brands are (a capital after a small letter or a
/// digit inside it): one plain word ("Teraju" beside "teraju.id") says no more than the domain.
/// "The" before it is kept when written so; a possessive's "'s" is no part of it.
fn name_a_bare_host_spells(text: &str) -> Option<String> {
    let stem = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .filter(|l| !l.contains(char::is_whitespace) && !l.contains(char::is_uppercase))
        .find_map(site_stem)?;
    name_spelling(text, &stem)
}

/// The name of one to three capitalised words (maybe after "The") whose letters spell a host's
/// stem, where the text writes it: "Pedalaman Kaltim" for "pedalamankaltim".
fn name_spelling(text: &str, stem: &str) -> Option<String> {
    let bare = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .to_string()
    };
    // "Foto: NAME/Berita Kota Kendari": a credit's slash parts its pieces as a space does.
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .map(bare)
        .collect();
    let opens = |w: &String| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // "kata Baiq kepada SWA" under "swa.co.id": an acronym of two to four capitals is a name
    // as it stands, not a plain word.
    let acronym =
        |w: &String| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let branded = |w: &String| {
        let c: Vec<char> = w.chars().collect();
        c.windows(2)
            .any(|p| (p[0].is_lowercase() || p[0].is_ascii_digit()) && p[1].is_uppercase())
            && c.iter().any(|c| c.is_lowercase())
    };
    (0..words.len()).find_map(|i| {
        (1..=3).find_map(|n| {
            let run = words.get(i..i + n)?;
            if !run.iter().all(opens) || squash(&run.join(" ")) != stem {
                return None;
            }
            if n == 1 && !branded(&run[0]) && !acronym(&run[0]) {
                return None;
            }
            let name = run.join(" ");
            Some(if i > 0 && words[i - 1] == "The" {
                format!("The {name}")
            } else {
                name
            })
        })
    })
}

/// "(Bidhumas Polda Riau)", "(Diskominfo Babar)": a government office's public-relations unit
/// on a line of its own after the story, signing the release it issued: in brackets, bare
/// ("Humas Universitas Khairun" under the letter's place and date), or after a label that
/// says where the text came from ("Sumber: Bagian Protokol …", "Naskah: Biro Adpim Sulbar").
/// The unit opens with its office's word (Diskominfo…, Dinkominfo…, Humas, Bidhumas, Prokopim,
/// "Biro Komunikasi", …) and is a name of two to eight words: capitalised, no figures. After
/// "Issued by:" any such name is the issuer ("Ministry for Gozo and Planning"). With the unit,
/// whether it stood in brackets.
fn issuing_unit(after_lead: &[Part]) -> Option<(String, bool)> {
    const OPENERS: &[&str] = &[
        "humas",
        "bidhumas",
        "subbaghumas",
        "prokopim",
        "puspen",
        "dinas komunikasi",
        "bagian humas",
        "subbag humas",
        "bidang humas",
        "biro humas",
        "biro komunikasi",
        "biro administrasi pimpinan",
        "biro adpim",
        "bagian prokopim",
        "bagian protokol",
        "pusat penerangan",
        "tim humas",
    ];
    // Labels saying where a text came from, or who issued it.
    const FROM: &[&str] = &["sumber", "source", "naskah", "rilis", "release"];
    const ISSUED: &[&str] = &["issued by", "diterbitkan oleh", "dikeluarkan oleh"];
    // It closes the story: no line of the story after it, and no picture right above it (a
    // caption's credit in brackets names who took the picture).
    let last_body = after_lead.iter().rposition(|p| p.kind.is_body());
    after_lead.iter().enumerate().find_map(|(k, p)| {
        if last_body.is_some_and(|b| b > k) || k > 0 && after_lead[k - 1].kind == Kind::Caption {
            return None;
        }
        let text = p.text.trim();
        let bracketed = text.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
        let text = bracketed.unwrap_or(text).trim();
        let (label, inside) = match text.split_once(':') {
            Some((l, n)) => (Some(l.trim().to_lowercase()), n.trim()),
            None => (None, text),
        };
        let issued = label.as_deref().is_some_and(|l| ISSUED.contains(&l));
        if label
            .as_deref()
            .is_some_and(|l| !issued && !FROM.contains(&l))
        {
            return None;
        }
        // A bare name after a newspaper's own sign-off ("(fk/ydm)") is a contact the paper
        // prints under the release it ran, not the release's signature.
        let signed_off = after_lead[..k]
            .iter()
            .skip(last_body.map_or(0, |b| b + 1))
            .any(|q| q.kind == Kind::SignOff);
        if bracketed.is_none() && label.is_none() && signed_off {
            return None;
        }
        let lower = inside.to_lowercase();
        let words: Vec<&str> = inside.split_whitespace().collect();
        // "Diskominfo", "Dinkominfo", "Diskominfotik", "Kominfo": the office of communication
        // and informatics, however a region shortens it.
        let opens = words
            .first()
            .is_some_and(|w| w.to_lowercase().contains("kominfo"))
            || OPENERS.iter().any(|o| {
                lower
                    .strip_prefix(o)
                    .is_some_and(|rest| rest.starts_with(' '))
            });
        let named = (2..=8).contains(&words.len())
            && !inside.contains(|c: char| c.is_ascii_digit())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || ["dan", "di", "and", "of", "for"].contains(w)
            });
        ((opens || issued) && named).then(|| (inside.to_string(), bracketed.is_some()))
    })
}

/// "Pemerintah Kabupaten Maluku Tengah", "Ward County", "Universitas Cenderawasih",
/// "Politeknik Negeri Indramayu", "malukutengahkab.go.id": a government, a public body or a
/// university, institute or polytechnic, whose portal
/// publishes what its own units issue. Its word opens the name ("Pemerintah …", "County of
/// Maui") or, for a government or a regency, closes it: "Orange County Register", "Pikiran Rakyat Kabupaten
/// Bandung" and "The Daily University Star" are newspapers, and "Orange County" alone may be a
/// paper's section.
fn names_a_government(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    let opens = words.first().is_some_and(|w| {
        [
            "pemerintah",
            "pemkab",
            "pemkot",
            "pemprov",
            "government",
            "ministry",
            "kementerian",
            "universitas",
            "university",
            "institut",
            "politeknik",
            "polytechnic",
        ]
        .contains(w)
    });
    // "City of Sequim", "County of Maui": "City Press" and "County Times" are newspapers.
    let of_a_place = words.len() >= 3 && ["city", "county"].contains(&words[0]) && words[1] == "of";
    let closes = words
        .last()
        .is_some_and(|w| ["government", "regency"].contains(w));
    let host = words.iter().any(|w| {
        w.ends_with(".go.id") || w.ends_with(".gov") || w.contains(".gov.") || w.ends_with(".ac.id")
    });
    opens || of_a_place || closes || host
}

/// "peicanada.com": a host alone, in lower case, as a reader view or a page's top line prints
/// it.
fn is_bare_host(name: &str) -> bool {
    !name.contains(char::is_whitespace)
        && !name.contains(char::is_uppercase)
        && site_stem(name).is_some()
}

/// A host's labels before its country that register no name ("com" of "namibian.com.na", "co"
/// of "trubus.co.id", "go" of "bpbd.go.id").
const PUBLIC_ENDINGS: &[&str] = &[
    "com", "co", "net", "org", "or", "go", "ac", "gov", "edu", "web",
];

/// "english.ryukyushimpo.jp", "https://www.namibian.com.na/…", "examiner.com.au • WEDNESDAY…":
/// the name a line's leading host registers (its subdomain and public endings aside), in
/// lower-case letters and digits, when the line opens with a host.
fn site_stem(line: &str) -> Option<String> {
    let first = line.split_whitespace().next()?;
    let host = first
        .strip_prefix("https://")
        .or_else(|| first.strip_prefix("http://"))
        .unwrap_or(first)
        .split('/')
        .next()?;
    let labels: Vec<&str> = host.split('.').collect();
    let is_label = |l: &&str| {
        !l.is_empty()
            && l.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if labels.len() < 2 || !labels.iter().all(is_label) {
        return None;
    }
    let tld = labels[labels.len() - 1];
    if !(2..=7).contains(&tld.len()) || !tld.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut rest = &labels[..labels.len() - 1];
    while let [head @ .., last] = rest
        && PUBLIC_ENDINGS.contains(last)
    {
        rest = head;
    }
    let name = squash(rest.last()?);
    (name.len() >= 3).then_some(name)
}

/// "cahayapapua.com" in a footer beside "CAHAYA PAPUA" over the page, "Read more at:
/// https://theshillongtimes.com/…" under "Shared from The Shillong Times app": when no line
/// names the outlet by its own shape, a name of one to four capitalised words whose letters
/// spell the name a web address in the page registers (the whole of it, or its first two
/// thirds and more: "FrontPage Africa" for "frontpageafricaonline.com") is the outlet, when
/// the page writes that name outside the story or in its dateline. The name is taken as the
/// page writes it in ordinary case where it does, in ordinary case from capitals where not;
/// "The" before it is kept. A place the gazetteer knows is no outlet's name. One pass over the text's words; only for a page without a source.
/// Words companies end their names with: legal forms and the trades a publisher names itself
/// by. A copyright line holding one (or "Pvt") names a company (`names_a_company`).
const COMPANY_FORMS: &[&str] = &[
    "limited",
    "ltd",
    "corp",
    "corporation",
    "pty",
    "plc",
    "llc",
    "publishing",
    "publications",
    "newspapers",
    "holdings",
];

/// The words that end a company's name besides `COMPANY_FORMS`: with them, the publisher's,
/// never the outlet's (no expected page of the 1,212 training texts has a source ending in
/// one).
const COMPANY_ENDINGS: &[&str] = &["inc", "company", "broadcasting", "media", "group"];

/// How often `needle` stands in `hay` as whole words: "scot" inside "Scotland" is none.
fn whole_matches(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    hay.match_indices(needle)
        .filter(|(i, m)| {
            let before = hay[..*i].chars().next_back();
            let after = hay[i + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// "© 2026 National World Publishing Ltd." under "The Scotsman", "Solomon Islands Broadcasting
/// Corporation" over "SIBC News", "Liberian Observer Corporation": a source that ends in a
/// company's word names the publisher, not the outlet. The outlet is the company's initials
/// where the text writes them as a word, else the page's first short line (its masthead) when
/// the text writes it at least twice, else the name without its company words when the text
/// writes that twice (the company's own line is once); the name stays when none of these
/// gives one.
fn publisher_to_outlet(name: String, text: &str, own: &super::selfname::OwnLines) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let company = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        COMPANY_FORMS.contains(&w.as_str()) || COMPANY_ENDINGS.contains(&w.as_str())
    };
    if words.len() < 2 || !words.last().is_some_and(|w| company(w)) {
        return name;
    }
    let standalone = |form: &str| {
        text.split(|c: char| !c.is_alphanumeric() && c != '.')
            .filter(|w| w.trim_end_matches('.') == form)
            .count()
    };
    let initials: String = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    if initials.chars().count() >= 3 && standalone(&initials) > 0 {
        return initials;
    }
    let key = super::selfname::key(&name);
    let lower = text.to_lowercase();
    let masthead = own.mastheads().take(1).find(|m| {
        let k = super::selfname::key(m);
        // "News", "Home" over the page are a section's or a menu's word: a masthead of one
        // word is a domain or initials.
        let one_word_ok = m.contains('.') || m.chars().filter(|c| c.is_uppercase()).count() >= 2;
        k.chars().count() >= 3
            && (m.split_whitespace().count() >= 2 || one_word_ok)
            && k != key
            && !company(m.split_whitespace().last().unwrap_or(""))
            && super::gazetteer::place(m).is_none()
            && !m.contains(|c: char| c.is_ascii_digit())
            && !credits::names_no_one(m)
            && whole_matches(&lower, &m.trim_start_matches("The ").to_lowercase()) >= 2
    });
    if let Some(m) = masthead {
        return dateline::tidy_source(m);
    }
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .rev()
        .skip_while(|w| company(w))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let kept = kept.join(" ");
    if !kept.is_empty() && whole_matches(&lower, &kept.to_lowercase()) >= 2 {
        kept
    } else {
        name
    }
}

/// "Times OF Oman", "Chiang MAI CITY News" from a logo's or masthead's capitals, where the
/// page writes "Times of Oman", "Chiang Mai City News" in its credits and footer: an outlet's
/// name of two words or more that the page never writes as given is spelt as its lines write
/// the same words with a small letter among them, the most often written form first; a form
/// shouting a word of five capitals or more ("NHK WORLD-JAPAN News") is no guide.
fn as_the_page_writes(name: String, text: &str) -> String {
    if name.split_whitespace().count() < 2 || contains_phrase(text, &name) {
        return name;
    }
    let wanted = name.to_lowercase();
    let mut forms: Vec<(String, usize)> = Vec::new();
    for l in text.lines() {
        let lower = l.to_lowercase();
        // Only where case changes keep every byte where it was.
        if lower.len() != l.len() {
            continue;
        }
        for (at, _) in lower.match_indices(&wanted) {
            let end = at + wanted.len();
            let before = l[..at].chars().next_back();
            let after = l[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let form = &l[at..end];
            // "NHK WORLD-JAPAN News": a word of five capitals or more is a brand shouted, which
            // CONVENTIONS writes in ordinary case; that form is no guide.
            let brand_shouted = form.split_whitespace().any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 5
                    && !w.chars().any(char::is_lowercase)
            });
            if form == name
                || brand_shouted
                || !form.chars().any(char::is_lowercase)
                || !form.starts_with(|c: char| c.is_uppercase())
            {
                continue;
            }
            match forms.iter_mut().find(|(f, _)| f == form) {
                Some((_, n)) => *n += 1,
                None => forms.push((form.to_string(), 1)),
            }
        }
    }
    let best = forms.iter().map(|(_, n)| *n).max();
    forms
        .into_iter()
        .find(|(_, n)| Some(*n) == best)
        .map_or(name, |(f, _)| f)
}

/// "WARTABANGKA" read as a masthead's word glued to a place ("WartaBangka", as "JATIMTIMES"
/// is "JatimTimes") on a page that writes its name "Wartabangka": a shouted brand is split
/// into capitalised pieces only where the page does not write it whole in ordinary case.
fn unglued_as_written(source: String, text: &str) -> String {
    let inner_capital = !source.contains(' ')
        && source.split('.').next().is_some_and(|name| {
            name.chars().skip(1).any(char::is_uppercase) && name.chars().any(char::is_lowercase)
        });
    if !inner_capital {
        return source;
    }
    let whole = dateline::capitalised(&source);
    let written = text.split_whitespace().any(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .trim_end_matches('.')
            == whole
    });
    if written { whole } else { source }
}

/// The outlet `source` names, as the story writes it where a speaker tells it: "kepada X",
/// "told X", "told the X" (a small "the" is no part of the name, a capital "The" is), when X —
/// one to four words, a host's ending kept as written ("kepada papuakini.net") — spells the same
/// name as `source`: the same letters and digits, a host's registered name compared without
/// its endings ("baritaitah.co.id" spells "Barita Itah"). A person told ("kepada Bupati") never
/// spells the outlet, so the match alone decides.
fn told_as(body: &str, source: &str) -> Option<String> {
    let key = |s: &str| -> String {
        let s = s.trim();
        let s = s
            .strip_prefix("The ")
            .or_else(|| s.strip_prefix("the "))
            .unwrap_or(s);
        site_stem(&s.to_lowercase())
            .filter(|_| !s.contains(' '))
            .unwrap_or_else(|| squash(s))
    };
    let want = key(source);
    if want.len() < 3 {
        return None;
    }
    [" kepada ", " told "].iter().find_map(|cue| {
        body.match_indices(cue).find_map(|(at, _)| {
            let after = &body[at + cue.len()..];
            let mut words: Vec<&str> = after.split_whitespace().take(5).collect();
            if words.first() == Some(&"the") {
                words.remove(0);
            }
            (1..=words.len().min(4)).rev().find_map(|n| {
                let run = &words[..n];
                // A run stops at a comma or a stop closing one of its words.
                if run[..n - 1].iter().any(|w| w.ends_with([',', ';', ':'])) {
                    return None;
                }
                let name = run
                    .join(" ")
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_string();
                // "told LEADERSHIP": a name shouted is written in ordinary case elsewhere.
                let shouted = !name.chars().any(char::is_lowercase)
                    && name.chars().filter(|c| c.is_alphabetic()).count() > 4;
                (name.starts_with(|c: char| c.is_alphanumeric()) && !shouted && key(&name) == want)
                    .then_some(name)
            })
        })
    })
}

/// "… DPMK director Martin Tóth told The Slovak Spectator.", "… told ERR News that …": a
/// speaker tells the outlet that writes the story, and the outlet writes its own name so. The
/// name told is the capitalised words after "told" (a small "the" before them skipped, "of"
/// between two of them kept: "told The Times of Israel"), up to the next stop, comma or small
/// word. It is the outlet when the page names it again outside the story — a line of its own
/// (the masthead among the menu), or inside a promo, a note on the writer or a footer ("Get The
/// Times of Israel's Daily Edition") — or when it is built as newsrooms' names are, two words
/// or more with a newsroom's word ("told the Business Daily", "told The Courier").
///
/// Under a reader view's bare host that spells no name the page writes ("peicanada.com" over
/// "… Gallant told The Eastern Graphic."), whose stem is `host`, a title after a capital "The"
/// of two words or more names the outlet too: the host is the site's, not the newsroom's; and
/// so does a name of two words or more whose initials open the host ("wmicentral.com" over
/// "… told the White Mountain Independent").
fn told_outlet(parts: &[Part], body: &str, host: Option<&str>) -> Option<String> {
    let titled = host.is_some();
    let own_lines: Vec<&str> = parts
        .iter()
        .filter(|p| !p.kind.is_body())
        .map(|p| p.text.trim())
        .collect();
    body.match_indices(" told ").find_map(|(at, cue)| {
        let rest = &body[at + cue.len()..];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        let skip = usize::from(words.first() == Some(&"the"));
        let mut name: Vec<&str> = Vec::new();
        for (k, word) in words.iter().enumerate().skip(skip) {
            let bare = word.trim_end_matches(['.', ',', ';', ':', '”', '"', '’', '\'']);
            let bare = bare
                .strip_suffix("'s")
                .or_else(|| bare.strip_suffix("’s"))
                .unwrap_or(bare);
            let capital = bare.starts_with(|c: char| c.is_uppercase());
            let joins = bare == "of"
                && !name.is_empty()
                && words
                    .get(k + 1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
            if !(capital || joins) {
                break;
            }
            name.push(bare);
            if bare.len() != word.len() {
                break;
            }
        }
        let name = name.join(" ");
        let n = name.split_whitespace().count();
        // "told the Assembly", the headline "Assembly approves …": a body addressed in session
        // is no outlet, however often the page names it.
        let body_of_state = ends_in_sitting_body(&name);
        if n == 0 || body_of_state || super::gazetteer::place(&name).is_some() {
            return None;
        }
        let own_line = n >= 2 && own_lines.contains(&name.as_str());
        let named_again = own_lines.iter().any(|l| contains_phrase(l, &name));
        let newsroom = n >= 2 && dateline::is_outlet(&name);
        let title = titled
            && n >= 2
            && name.starts_with("The ")
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        let host_initials = host.is_some_and(|h| n >= 3 && h.starts_with(&initials));
        (own_line || named_again || newsroom || title || host_initials)
            .then(|| dateline::tidy_source(&name))
    })
}

/// Bodies of state, offices and crowds a speaker tells what they tell the outlet: never the
/// outlet, though written once.
const TOLD_BODIES: &[&str] = &[
    "parliament",
    "senate",
    "congress",
    "legislative",
    "assembly",
    "council",
    "court",
    "cabinet",
    "committee",
    "commission",
    "tribunal",
    "inquiry",
    "hearing",
    "meeting",
    "board",
    "jury",
    "dprk",
    "police",
    "ministry",
    "department",
    "government",
    "president",
    "presiden",
    "menteri",
    "bupati",
    "gubernur",
    "wali",
    "kepala",
    "ketua",
    "dpr",
    "dprd",
    "mpr",
    "polisi",
    "reporters",
    "journalists",
    "wartawan",
    "media",
    "warga",
    "pihak",
];

/// "the Assembly", "DPRD Tambrauw"? A name whose last word is a body that sits in session (one
/// of `TOLD_BODIES`): a speaker addresses it ("told the Assembly"), no outlet.
pub(super) fn ends_in_sitting_body(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| TOLD_BODIES.contains(&w.to_lowercase().as_str()))
}

/// "… Pema Lhendup told Kuzoo that …", "kata Trio kepada Radio Suara Surabaya", "Kepada Kaili
/// Post, Ruslan mengatakan …": with nothing else naming the outlet, the name a speaker tells it
/// by is the outlet when the page writes that name nowhere else — a council, an office or a
/// person the story is about is written again; the outlet that writes the story is not — and
/// it is no place, no body of state and no office.
fn told_once(text: &str) -> Option<String> {
    static TOLD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:\btold\s+|\b(?:kata|ujar|tutur|ucap|ungkap|jelas)(?:nya)?\s+(?:[A-Z][\w'’.\-]*\s+){0,3}kepada\s+|(?:^|[.!?]\s+)Kepada\s+)((?:The\s+)?[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,3})",
        )
        .expect("a fixed pattern compiles")
    });
    // What each "told" names, as written, read once: the names to try and the count of their
    // mentions as told.
    let captured: Vec<&str> = text
        .lines()
        .flat_map(|line| TOLD.captures_iter(line).filter_map(|c| c.get(1)))
        .map(|m| m.as_str())
        .collect();
    captured
        .iter()
        .map(|c| {
            // "told Kuzoo. He said …": the name ends with its sentence.
            c.split(". ")
                .next()
                .unwrap_or(c)
                .trim_end_matches(['.', ',', ';', ':'])
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim()
        })
        // "told NBC News Monday": the day it was told, written in full, is no part of the name
        // ("The Sun" keeps its short weekday).
        .map(|name| {
            let mut name = name;
            while let Some((head, last)) = name.rsplit_once(' ')
                && super::datefind::is_weekday(last)
                && super::datefind::is_calendar_word(&last.to_lowercase())
            {
                name = head;
            }
            name
        })
        .find(|name| {
            let bare = name.strip_prefix("The ").unwrap_or(name);
            let body_of_state = bare
                .split_whitespace()
                .any(|w| TOLD_BODIES.contains(&w.to_lowercase().as_str()));
            let written = text.matches(bare).count();
            let as_told = captured.iter().filter(|c| c.contains(bare)).count();
            super::selfname::key(bare).chars().count() >= 3
                && !body_of_state
                && !told_a_person(bare)
                && super::gazetteer::place(bare).is_none()
                && written == as_told
        })
        .map(dateline::tidy_source)
}

/// "told Judge Sarah Collins", "told Mum", "told Sarah Collins": a speaker telling a person,
/// by an office, a kin word or a name of two or three words in title case that reads as a
/// person's and names no newsroom, tells no outlet.
fn told_a_person(name: &str) -> bool {
    const KIN: &[&str] = &[
        "mum", "mom", "dad", "mother", "father", "mama", "papa", "ibu", "bapak", "ayah", "nenek",
        "kakek",
    ];
    // Words a station's or a paper's name ends on that no newsroom list holds, as no
    // person's name does: "Highland Radio", "Island Weekly".
    const MASTHEAD_ENDS: &[&str] = &[
        "radio",
        "television",
        "channel",
        "weekly",
        "magazine",
        "standard",
        "mail",
        "star",
        "voice",
        "advocate",
        "examiner",
        "record",
        "review",
        "leader",
        "mirror",
        "independent",
        "guardian",
        "echo",
        "reporter",
        "dispatch",
        "register",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words
        .first()
        .map(|w| w.trim_end_matches('.').to_lowercase());
    let masthead = words
        .last()
        .is_some_and(|w| MASTHEAD_ENDS.contains(&w.to_lowercase().as_str()));
    let titled = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() >= 1
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
    };
    first.is_some_and(|f| KIN.contains(&f.as_str()) || super::entities::is_role(&f))
        || (2..=3).contains(&words.len())
            && !dateline::is_outlet(name)
            && !masthead
            && words.iter().all(titled)
            && super::entities::is_person_like(name)
}

fn name_an_address_spells(text: &str, parts: &[Part], lead: &str) -> Option<String> {
    // Platforms and link shorteners register no outlet's name.
    const PLATFORMS: &[&str] = &[
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "youtu",
        "tiktok",
        "whatsapp",
        "wa",
        "linkedin",
        "google",
        "bit",
        "t",
        "x",
        "threads",
        "telegram",
        "line",
        "spotify",
        "apple",
        "goo",
        "tinyurl",
        "linktr",
        "flickr",
        "pinterest",
    ];
    let mut stems: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if !word.contains('.') || word.contains('@') {
            continue;
        }
        let word = word.trim_start_matches(['(', '[', '<', '"', '\'', '“']);
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '/');
        if let Some(stem) = site_stem(word)
            && !PLATFORMS.contains(&stem.as_str())
            && !stems.contains(&stem)
            && stems.len() < 32
        {
            stems.push(stem);
        }
    }
    if stems.is_empty() {
        return None;
    }
    let spells = |name: &str| {
        let n = squash(name);
        n.len() >= 3
            && stems
                .iter()
                .any(|s| *s == n || n.len() >= 5 && s.starts_with(&n) && n.len() * 3 >= s.len() * 2)
    };
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut found: Vec<String> = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for i in 0..words.len() {
            if !capitalised(words[i].trim_start_matches(|c: char| !c.is_alphanumeric())) {
                continue;
            }
            // The longest run of capitalised words from here that spells an address.
            let hit = (1..=4).rev().find_map(|k| {
                let run = words.get(i..i + k)?;
                let inner_stop = run[..k - 1]
                    .iter()
                    .any(|w| w.ends_with(|c: char| !c.is_alphanumeric()));
                let run: Vec<&str> = run
                    .iter()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .collect();
                // A region's own site ("dharmasrayakab.go.id") spells a place, not an outlet.
                (!inner_stop
                    && run.iter().all(|w| capitalised(w) && !w.contains('.'))
                    && spells(&run.join(" "))
                    && super::gazetteer::place(&run.join(" ")).is_none())
                .then(|| run.join(" "))
            });
            // "The Namibian" for "namibian.com.na": the article before the name is kept, a
            // text browser's link number glued before it or not ("[2]The Chronicle").
            let before = i
                .checked_sub(1)
                .map(|j| words[j].trim_start_matches(|c: char| !c.is_alphabetic()));
            let hit = hit.map(|name| match before {
                Some(the @ ("The" | "THE")) => format!("{the} {name}"),
                _ => name,
            });
            if let Some(name) = hit
                && !found.contains(&name)
            {
                found.push(name);
            }
        }
    }
    let lead_head: String = lead.chars().take(80).collect::<String>().to_lowercase();
    let witnessed = |name: &str| {
        let lower = name.to_lowercase();
        contains_phrase(&lead_head, &lower)
            || parts
                .iter()
                .filter(|p| !p.kind.is_body())
                .any(|p| contains_phrase(&p.text.to_lowercase(), &lower))
    };
    let found: Vec<&String> = found.iter().filter(|n| witnessed(n)).collect();
    found
        .iter()
        .find(|n| n.chars().any(char::is_lowercase))
        .or(found.first())
        .map(|n| dateline::tidy_source(n))
}

/// "Zawya Projects Daily" for the sender "Zawya Projects", "Daily News": a newsletter's title,
/// the sender's name with an edition's words after it, or an edition's words alone (a newsroom
/// word beside them).
fn is_edition_of(title: &str, sender: &str) -> bool {
    let edition = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "daily"
                | "weekly"
                | "morning"
                | "evening"
                | "briefing"
                | "digest"
                | "newsletter"
                | "update"
                | "updates"
                | "pagi"
                | "sore"
                | "malam"
                | "mingguan"
                | "buletin"
        )
    };
    // "BBC News" is the outlet's own name: a newsroom word closes a name, and only with an
    // edition's words makes a title of none ("Daily News").
    let generic =
        |w: &str| edition(w) || matches!(w.to_lowercase().as_str(), "news" | "berita" | "kabar");
    let words: Vec<&str> = title.split_whitespace().collect();
    let name: Vec<&str> = sender.split_whitespace().collect();
    let extends = words.len() > name.len()
        && words
            .iter()
            .zip(&name)
            .all(|(a, b)| a.eq_ignore_ascii_case(b))
        && words[name.len()..].iter().all(|w| edition(w));
    extends
        || words.iter().any(|w| edition(w))
            && words.iter().all(|w| generic(w))
            && squash(title) != squash(sender)
}

/// "From: Zawya Projects <newsletters@zawya.com>", "Dari: Trubus <kabar@trubus.id>": the
/// sender over a mailed story, when its address's domain spells the name it gives (a person
/// forwarding from their own mailbox names no outlet). A mailing list's own word after the
/// name ("Kompas Newsletter") is no part of it. With the name, whether the address's own part
/// (before the "@") spells a word of it, as a person's mailbox does ("rina.w@…" for "Rina
/// Wulandari").
fn mail_sender(text: &str) -> Option<(String, bool)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(12)
        .find_map(|line| {
            let (head, address) = line.strip_suffix('>')?.rsplit_once('<')?;
            let head = match head.split_once(':') {
                Some((label, rest)) => {
                    let label = label.trim().to_lowercase();
                    ["from", "dari", "sender", "pengirim"]
                        .contains(&label.as_str())
                        .then_some(rest)?
                }
                None => head,
            };
            let mut words: Vec<&str> = head
                .split_whitespace()
                .map(|w| w.trim_matches(['"', '\'']))
                .filter(|w| !w.is_empty())
                .collect();
            while words.last().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "newsletter" | "newsletters" | "buletin" | "nawala"
                )
            }) {
                words.pop();
            }
            let name = words.join(" ");
            let (local, domain) = address.split_once('@')?;
            let own = local
                .split(['.', '_', '-', '+'])
                .map(squash)
                .filter(|piece| piece.chars().count() >= 3)
                .any(|piece| words.iter().any(|w| squash(w) == piece));
            let labels: Vec<&str> = domain.split('.').collect();
            let wanted = squash(&name);
            let spelt = labels[..labels.len().saturating_sub(1)]
                .iter()
                .map(|l| squash(l))
                .filter(|l| {
                    l.len() >= 2
                        && !["www", "mail", "email"].contains(&l.as_str())
                        && !PUBLIC_ENDINGS.contains(&l.as_str())
                })
                .any(|l| wanted.starts_with(&l) || l.starts_with(&wanted));
            (spelt
                && !wanted.is_empty()
                && (1..=4).contains(&words.len())
                && name.starts_with(|c: char| c.is_alphanumeric()))
            .then(|| (dateline::tidy_source(&name), own))
        })
}

/// Where the page names its outlet outside the story, each with the name it gives there:
/// the source already found, the first line's first piece (a masthead or a breadcrumb's
/// head), the credit closing a caption, the subject of a line describing the outlet.
fn outlet_witnesses(text: &str, parts: &[Part], source: Option<&str>) -> Vec<(Witness, String)> {
    let mut found: Vec<(Witness, String)> = Vec::new();
    if let Some(s) = source {
        found.push((Witness::Source, s.to_string()));
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    // "Home » Bali Express » Denpasar": a breadcrumb may open with a word of the site's own.
    for head in first
        .split(['|', '»', '›', '/', '–', '—', '•', '·'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|h| (1..=4).contains(&h.split_whitespace().count()))
    {
        found.push((Witness::Masthead, as_written(head, first)));
    }
    for part in parts {
        match part.kind {
            Kind::Caption => found.extend(
                caption_credits(&part.text)
                    .into_iter()
                    .map(|c| (Witness::Caption, c)),
            ),
            Kind::Promo | Kind::Copyright => {
                if let Some(subject) = [" is an ", " is a ", " adalah ", " merupakan ", " ©"]
                    .iter()
                    .find_map(|v| part.text.split_once(v).map(|(a, _)| a.trim()))
                    .filter(|a| (1..=3).contains(&a.split_whitespace().count()))
                {
                    found.push((Witness::Footer, subject.to_string()));
                }
                if let Some(holder) =
                    copyright_holder(&part.text).filter(|_| part.kind == Kind::Copyright)
                {
                    found.push((Witness::Footer, holder));
                }
            }
            _ => {}
        }
    }
    found
}

/// "TEKNOKRA" over "© Teknokra Universitas Lampung", "TurnBackHoax" over "© 2025 TurnBackHoax –
/// Mafindo", "Magdalene" over "© 2025 Magdalene.co": a source found outside a dateline that
/// writes the masthead's name whole and then more — its parent, its university, its domain's
/// ending — is the masthead's name; the footer names the company or the site, the masthead the
/// outlet. The masthead is the page's first line or its first piece, one to three words, no
/// place; what follows it is no place (an edition) and holds no newsroom word (the full name).
fn masthead_within(source: String, witnesses: &[(Witness, String)]) -> String {
    witnesses
        .iter()
        .filter(|(w, _)| *w == Witness::Masthead)
        .map(|(_, m)| m.trim())
        .find_map(|m| {
            let words = m.split_whitespace().count();
            let len = caseless_prefix(&source, m)?;
            let rest = &source[len..];
            ((1..=3).contains(&words)
                && squash(m).len() >= 4
                && super::gazetteer::place(m).is_none()
                && rest.starts_with([' ', '.', ','])
                && {
                    // "Tanjungpinang Pos", "SunStar Cebu": a newsroom's word or a place after
                    // the masthead's name builds the outlet's full name or its edition.
                    let rest = rest.trim_start_matches([' ', ',', '-', '–', '—']);
                    super::gazetteer::place(rest).is_none()
                        && !rest.split_whitespace().any(dateline::is_newsroom_word)
                })
            .then_some(len)
        })
        // Spelt as the longer name writes it ("GEMA KAMPUS" over "© Gema Kampus Universitas …").
        .map_or(source.clone(), |len| source[..len].trim().to_string())
}

/// The byte length of `text`'s opening that reads as `name` in any case, compared letter by
/// letter: a lower-cased copy's offsets are not the original's where a letter's lower case is
/// longer or shorter ("İ", "ẞ"). The dot "İ" keeps in lower case is no letter: "İ" matches "i",
/// as Turkish writes the pair.
fn caseless_prefix(text: &str, name: &str) -> Option<usize> {
    let fold = |c: char| c.to_lowercase().filter(|&l| l != '\u{307}');
    let mut letters = text.char_indices();
    for want in name.chars() {
        let (_, have) = letters.next()?;
        if !fold(have).eq(fold(want)) {
            return None;
        }
    }
    Some(letters.next().map_or(text.len(), |(at, _)| at))
}

/// "RAKYAT ACEH | Koran Harian Rakyat Aceh" → "Rakyat Aceh": a name shouted where the line
/// also writes it in ordinary case takes that spelling.
fn as_written(name: &str, line: &str) -> String {
    let shouted = !name.chars().any(char::is_lowercase);
    if !shouted {
        return name.to_string();
    }
    line.char_indices()
        .filter_map(|(at, _)| caseless_prefix(&line[at..], name).map(|len| &line[at..at + len]))
        .find(|spelt| spelt.chars().any(char::is_lowercase))
        .unwrap_or(name)
        .to_string()
}

/// "CamboJA News Health", "Otago Daily Times, News": a masthead read with the section the page
/// is filed under. A name that already ends on a newsroom's word ("News", "Times", "Harian")
/// followed by one desk's word ("Health", "Ekonomi"), or by a comma and "News", is the name
/// without that word, when the name keeps two words besides "The".
fn without_section(source: String) -> String {
    // "Saskatoon StarPhoenix, News A3", "Vanguard, PAGE News", "Sowetan, News": a print page's
    // header read with the section and the page's mark after the outlet's name and a comma.
    if let Some((name, tail)) = source.split_once(", ") {
        let page_word = |w: &str| {
            let l = w.to_lowercase();
            DESKS.contains(&l.as_str())
                || matches!(
                    l.as_str(),
                    "news" | "berita" | "page" | "p." | "halaman" | "hal."
                )
                || w.len() <= 4
                    && w.chars().any(|c| c.is_ascii_digit())
                    && w.chars().all(|c| c.is_ascii_alphanumeric())
        };
        let name = name.trim();
        if name.split_whitespace().count() >= 1
            && name.starts_with(char::is_uppercase)
            && tail.split_whitespace().count() >= 1
            && tail.split_whitespace().all(page_word)
        {
            return name.to_string();
        }
    }
    let Some((rest, last)) = source.rsplit_once(' ') else {
        return source;
    };
    let comma = rest.ends_with(',');
    let rest = rest.trim_end_matches(',');
    // "The News International": the article counts for no word of the name.
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    let lower = last.to_lowercase();
    let desk = DESKS.contains(&lower.as_str()) || comma && lower == "news";
    let named = words.len() >= 2 && words.last().is_some_and(|w| dateline::is_newsroom_word(w));
    if desk && named {
        rest.to_string()
    } else {
        source
    }
}

/// Whether `short` ("KP") is written in capitals, one for each word of `name` ("Kabar
/// Priangan"), each word's first letter.
/// "GK News Network" of "Greater Kashmir": the outlet's initials, then the words of a news
/// service (a network's, a service's, a desk's). A brand built on the initials ("PSM News" of
/// "Public Service Media") is the outlet's own name, no service.
fn is_service_of(service: &str, outlet: &str) -> bool {
    let words: Vec<&str> = service.split_whitespace().collect();
    let is_service_word = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "network" | "service" | "desk" | "agency" | "wire"
        )
    };
    words.len() >= 3
        && is_initials_of(words[0], outlet)
        && words[1..]
            .iter()
            .all(|w| dateline::is_newsroom_word(w) || is_service_word(w))
        && words.last().is_some_and(is_service_word)
}

fn is_initials_of(short: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=6).contains(&short.len())
        && short.chars().all(|c| c.is_ascii_uppercase())
        && words.len() == short.len()
        && words
            .iter()
            .zip(short.chars())
            .all(|(w, c)| w.starts_with(c) && w.chars().skip(1).any(char::is_lowercase))
}

/// The kinds of place a page names its outlet in; one name in two kinds is corroborated.
#[derive(Clone, Copy, PartialEq)]
enum Witness {
    Source,
    Masthead,
    Caption,
    Footer,
}

/// "(I Made Suarnata/Bali Express)", "… afternoon. Photo: Kuensel": the names crediting a
/// caption's picture, on either side of its slash.
fn caption_credits(caption: &str) -> Vec<String> {
    let t = caption.trim().trim_end_matches('.');
    let credit = match t.strip_suffix([')', ']']) {
        Some(inner) => inner.rsplit(['(', '[']).next().unwrap_or(""),
        None => t.rsplit_once(": ").map_or("", |(_, c)| c),
    };
    let credit = credit.rsplit(": ").next().unwrap_or("");
    credit
        .split('/')
        .map(str::trim)
        .filter(|c| (1..=4).contains(&c.split_whitespace().count()))
        .map(str::to_string)
        .collect()
}

/// A name as outlets are compared: letters and digits only, in lower case ("KOMPAS.com",
/// "Kompas Com" → "kompascom").
/// The body a bulletin's title line (`title`, among the text's first lines, opening with a
/// bulletin's word: "KABAR UNDANA", "WARTA UNIB") is issued by, as the line under it writes it:
/// "Buletin Mingguan Universitas Nusa Cendana · Edisi 47", "Kabar Pekanan Universitas
/// Bengkulu", "Weekly newsletter of the University of Guam | Issue 12". The name runs from after
/// the bulletin's word (and its cadence) to the first separator, is capitalised words only, and
/// names a university or a government (`names_a_government`).
fn bulletin_issuer(text: &str, title: &str) -> Option<String> {
    const BULLETIN: &[&str] = &[
        "buletin",
        "bulletin",
        "newsletter",
        "kabar",
        "warta",
        "nawala",
    ];
    const CADENCE: &[&str] = &[
        "mingguan",
        "pekanan",
        "bulanan",
        "harian",
        "elektronik",
        "weekly",
        "monthly",
        "daily",
        "electronic",
        "e-newsletter",
        // "Buletin Surel …", "Surat Kabar Elektronik …": the mail's and the paper's words.
        "surel",
        "email",
        "e-mail",
        "surat",
    ];
    const JOINERS: &[&str] = &["dan", "and", "of", "the", "&"];
    let lines: Vec<&str> = text
        .lines()
        .take(15)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // "INDOKALBAR.COM" over "Kabar Kalbar Pagi Ini": an outlet's own name is no bulletin's.
    let titled = title
        .split_whitespace()
        .next()
        .is_some_and(|w| BULLETIN.contains(&w.to_lowercase().as_str()));
    if !titled {
        return None;
    }
    let at = lines.iter().position(|l| squash(l) == squash(title))?;
    let under = lines.get(at + 1)?;
    let name = under
        .split(['·', '|', '•'])
        .next()?
        .split(" - ")
        .next()?
        .split(" – ")
        .next()?
        .trim();
    let mut words = name.split_whitespace().peekable();
    let mut bulletin = false;
    while let Some(w) = words.peek().map(|w| w.to_lowercase()) {
        if BULLETIN.contains(&w.as_str()) {
            bulletin = true;
        } else if !(CADENCE.contains(&w.as_str())
            || bulletin && ["of", "from", "dari"].contains(&w.as_str()))
        {
            break;
        }
        words.next();
    }
    let words: Vec<&str> = words.collect();
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => &words[..],
    };
    let capitalised = words.iter().all(|w| {
        JOINERS.contains(&w.to_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
    });
    // "Kabar Lubuklinggau, Musi Rawas dan Muratara": a tagline's places are no issuer.
    let name = words.join(" ");
    // "Kabar Terkini Jakarta dan Sekitarnya" under "WARTA KOTA": an outlet's tagline is no
    // body; a university or a government issues a bulletin.
    let a_body = !name.contains(',')
        && super::gazetteer::place(&name).is_none()
        && names_a_government(&name);
    (bulletin && words.len() >= 2 && capitalised && a_body && squash(&name) != squash(title))
        .then_some(name)
}

pub(super) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `short` is `name` written short: the same letters, or a shortening whose letters
/// run in order through the name from its first letter and take some from each of its words
/// ("TIMEX" for "Timika Express"). One word of a longer name ("Jakarta" of "Jakarta Globe")
/// is not its shortening.
fn names_same(short: &str, name: &str) -> bool {
    let stem = |s: &str| squash(s.split('.').next().unwrap_or(s));
    let (a, b) = (squash(short), squash(name));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || stem(short) == stem(name) {
        return true;
    }
    let words: Vec<String> = name.split_whitespace().map(squash).collect();
    if words.len() < 2 || a.len() < 3 || a.chars().next() != b.chars().next() {
        return false;
    }
    // Each word, in order, gives the short form at least one letter, its first ones first.
    let mut rest = a.chars().peekable();
    for word in &words {
        let mut took = 0;
        for c in word.chars() {
            if rest.peek() == Some(&c) {
                rest.next();
                took += 1;
            } else if took > 0 {
                break;
            }
        }
        if took == 0 {
            return false;
        }
    }
    rest.peek().is_none()
}

/// "DENPASAR, BALI EXPRESS –" beside the breadcrumb "Bali Express » Denpasar", "TIMIKA, TIMEX –"
/// above "© Timika Express 2025": a dateline part after the place that the page names as its
/// outlet elsewhere is the newsroom, not a second place. The place itself stays.
fn outlet_out_of_location<'a>(
    location: Option<String>,
    witnesses: &[(Witness, String)],
    own: Option<impl Fn() -> &'a super::selfname::OwnLines>,
) -> (Option<String>, Option<String>, bool) {
    let Some(loc) = location else {
        return (None, None, false);
    };
    let pieces: Vec<&str> = loc.split(", ").collect();
    let known = |p: &str| super::gazetteer::place(p).is_some();
    // "Marketeers – Koperasi …" under the masthead "Marketeers": a dateline of one piece that
    // no gazetteer knows, spelling exactly the outlet the page names elsewhere (the source
    // already found; a breadcrumb's place is no outlet), is the outlet filing the story, and
    // names no place.
    if let [lone] = pieces[..]
        && !known(lone)
        && super::gazetteer::country_of(lone).is_none()
        && witnesses.iter().any(|(k, w)| {
            *k == Witness::Source && squash(lone) == squash(w)
                // "Minangsatu - BPBD …" under the reader view's host "minangsatu.com".
                || matches!(k, Witness::Source | Witness::Masthead)
                    && is_bare_host(w)
                    && site_stem(w) == Some(squash(lone))
        })
    {
        return (None, Some(dateline::tidy_source(lone)), true);
    }
    // "Murianews, Kudus" under "murianews.com", "InfoSAWIT, PALANGKA RAYA": a first piece no
    // gazetteer knows is the outlet, spelt as the dateline writes it, when it is built like a
    // brand (a capital after a small letter inside one word) or, before places the gazetteer
    // knows, the page names it as its outlet elsewhere.
    let brand_first = pieces.len() >= 2
        && !known(pieces[0])
        && (is_intercapped(pieces[0]) && !pieces[1..].iter().any(|p| is_intercapped(p))
            || pieces[1..].iter().all(|p| known(p))
                && witnesses.iter().any(|(_, w)| names_same(pieces[0], w)));
    let mut outlet = brand_first.then(|| dateline::tidy_source(pieces[0]));
    let mut dateline_form = brand_first;
    let mut kept: Vec<&str> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        if i == 0 && brand_first {
            continue;
        }
        // "Apia, Samoa", "Doha, Qatar": after a place, its country says nothing more.
        if !kept.is_empty() && super::gazetteer::is_country_name(p) {
            continue;
        }
        let named = (i > 0 && super::gazetteer::country_of(p).is_none())
            .then(|| witnesses.iter().find(|(_, w)| names_same(p, w)))
            .flatten();
        // "SIPIROK, METRO –" under "© Metro Tabagsel", "SIANTAR, METRO –" over "(Foto: Metro
        // Siantar/…)": a piece after the place that opens the name the page gives its outlet is
        // the outlet, in the dateline's form (CONVENTIONS: the dateline first).
        // A known place may name an outlet ("Metro" is a town too); a country does not. A
        // dateline that names its outlet already (`KUPANG, NTT (Antara) –`) has no other.
        let opens_name = i > 0
            && !super::gazetteer::is_country_name(p)
            && own
                .as_ref()
                .is_some_and(|own| own().names().any(|w| opens_with(w, p)));
        match named {
            _ if opens_name && outlet.is_none() => {
                outlet = Some(dateline::tidy_source(p));
                dateline_form = true;
            }
            _ if opens_name => {}
            Some((_, w)) => {
                outlet.get_or_insert_with(|| dateline::tidy_source(w));
            }
            None => kept.push(p),
        }
    }
    (Some(kept.join(", ")), outlet, dateline_form)
}

/// `name`'s words, a leading "The" aside, open with all of `piece`'s words and go on after
/// them: "Metro Tabagsel" opens with "METRO".
fn opens_with(name: &str, piece: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(['.', ',', ';', ':']).to_lowercase())
            .skip_while(|w| w == "the")
            .collect()
    };
    let (name, piece) = (words(name), words(piece));
    !piece.is_empty() && name.len() > piece.len() && name[..piece.len()] == piece[..]
}

/// "IDXChannel – Pemerintah …", "Law-Justice – Mantan …", "RMOL. Pemerintah …" under the desk
/// slug "RMOL-JKT/MET": a dateline of one piece that no gazetteer knows is the newsroom filing
/// the report rather than a place when it is built as brands are and places are not — a capital
/// after a small letter, or an acronym glued to a capitalised word, inside one word
/// (`InfoSAWIT`, `IDXChannel`), or two different capitalised words joined by a hyphen
/// (`Law-Justice`; a place doubles its word: `Bau-Bau`) — and the story never names it again;
/// or when it is a short acronym the lines over the story write again as a piece of a code (a
/// desk's slug) and the story never names it as a place. A lone place in capitals (`PETALING
/// JAYA –`) has none of these shapes and stays the place. Returns the location left and the
/// outlet found.
fn lone_outlet_in_dateline(
    location: Option<String>,
    header: &[Part],
    body: &str,
) -> (Option<String>, Option<String>) {
    let Some(loc) = location else {
        return (None, None);
    };
    let unknown = !loc.contains(", ")
        && super::gazetteer::place(&loc).is_none()
        && super::gazetteer::country_of(&loc).is_none()
        && super::gazetteer::town_abroad(&loc).is_none();
    let unplaced = unknown && !contains_phrase(&body.to_lowercase(), &loc.to_lowercase());
    let glued_acronym = {
        let c: Vec<char> = loc.chars().collect();
        !loc.contains(' ')
            && c.windows(3)
                .any(|w| w[0].is_uppercase() && w[1].is_uppercase() && w[2].is_lowercase())
            && c.iter().take(2).all(|c| c.is_uppercase())
            && c.iter().any(|c| c.is_lowercase())
    };
    let hyphened = match loc.split_once('-') {
        Some((a, b)) => {
            let word = |w: &str| {
                w.chars().count() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && super::gazetteer::place(w).is_none()
            };
            word(a) && word(b) && !a.eq_ignore_ascii_case(b)
        }
        None => false,
    };
    // The dateline's capitals are already written as a place ("RMOL" → "Rmol"): the code
    // spells the acronym.
    let coded = header
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric()))
        .find(|piece| {
            (3..=5).contains(&piece.chars().count())
                && piece.chars().all(|c| c.is_ascii_uppercase())
                && piece.eq_ignore_ascii_case(&loc)
                && super::gazetteer::acronym(&loc).is_none()
        });
    // A desk's code is written again where the next story of the same desk opens; it is never
    // where something happens.
    if let Some(code) = coded
        && unknown
        && !super::setting::named_as_place(body, &loc)
    {
        (None, Some(code.to_string()))
    } else if unplaced && (is_intercapped(&loc) || glued_acronym || hyphened) {
        (None, Some(dateline::tidy_source(&loc)))
    } else {
        (Some(loc), None)
    }
}

/// "InfoSAWIT", "TimesIndonesia": one word with a capital after a small letter, as brands
/// are written and places are not ("McKinney" aside, which the gazetteer knows).
pub(super) fn is_intercapped(word: &str) -> bool {
    !word.contains(' ')
        && word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// "Business", "Ekonomi Daerah", "City News", "Jawa Pos Radar Tuban" read as writers: a
/// section's label or an outlet's name is no one's name. A label is built on newsroom words or
/// made of words the story also writes in lower case; an outlet has an outlet's shape.
fn is_rubric(author: &str, body: &str) -> bool {
    let words: Vec<&str> = author.split_whitespace().collect();
    let ordinary = |w: &&str| {
        let lower = w.to_lowercase();
        lower != *w
            && body
                .split(|c: char| !c.is_alphanumeric())
                .any(|b| b == lower)
    };
    let desk = |w: &&str| {
        let lower = w.to_lowercase();
        dateline::is_newsroom_word(w) || DESKS.contains(&lower.as_str())
    };
    // Words the story writes in lower case name a desk only beside a desk's word: "Indah
    // Lestari", "Rose Young" and "Putri Bunga" are writers whose names are also words.
    let labelled = words.iter().any(desk) && words.iter().all(|w| desk(w) || ordinary(w));
    // "Oleh SITI AMINAH · Peristiwa · 👁 842": a rubric alone beside the writer, one word.
    let rubric =
        matches!(words.as_slice(), [one] if RUBRICS.contains(&one.to_lowercase().as_str()));
    !words.is_empty() && (dateline::is_outlet(author) || labelled || rubric)
}

/// Rubrics a page sets beside its writer's name, read as a writer when they stand alone there;
/// not desks (`DESKS`), whose words also end outlets' names ("Suara Nusantara").
const RUBRICS: &[&str] = &[
    "peristiwa",
    "nusantara",
    "megapolitan",
    "religi",
    "budaya",
    "culture",
    "lingkungan",
    "environment",
    "komunitas",
    "community",
    "features",
];

/// "Local News", "City News", "Pattaya News" beside a photo credited to "Pattaya Mail": a
/// page's desk — a place, a desk's word or a word of the outlet's own name before "News"
/// ("Variety News Staff" over "© Marianas Variety") — names
/// the section over the story; the outlet the page names in its copyright or photo credit
/// comes first, the label only when nothing else names one.
fn is_desk_label<'a>(name: &str, mut others: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, last] = words.as_slice() else {
        return false;
    };
    last.eq_ignore_ascii_case("news")
        && (DESKS.contains(&first.to_lowercase().as_str())
            || super::gazetteer::place(first).is_some()
            || others.any(|o| o != name && o.split_whitespace().any(|w| w == *first)))
}

/// The desks pages are filed under, in both languages: a label of these words names a section.
/// "Kesehatan", "News", "Sport": a word a site names one of its desks or sections by.
pub(super) fn is_desk_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    DESKS.contains(&lower.as_str()) || lower == "news"
}

const DESKS: &[&str] = &[
    "business",
    "bisnis",
    "economy",
    "ekonomi",
    "politics",
    "politik",
    "national",
    "nasional",
    "nation",
    "daerah",
    "regional",
    "metro",
    "local",
    "city",
    "world",
    "dunia",
    "international",
    "internasional",
    "sport",
    "sports",
    "olahraga",
    "opinion",
    "opini",
    "lifestyle",
    "health",
    "kesehatan",
    "technology",
    "teknologi",
    "tech",
    "hiburan",
    "entertainment",
    "education",
    "pendidikan",
    "hukum",
    "kriminal",
    "crime",
    "finance",
    "keuangan",
    "markets",
    "travel",
    "wisata",
    "otomotif",
    "science",
    "sains",
    "berita",
    "terkini",
    "latest",
    // "Main News": the page's lead section.
    "main",
    // A newsletter's and a front page's own sections: "TOP STORY", "EVENING BRIEFING",
    // "TODAY'S TOP STORY", "MORE HEADLINES".
    "top",
    "story",
    "stories",
    "briefing",
    "headlines",
    "today's",
    "today’s",
];

/// "Admin SultraKini" for the source "SultraKini.com": a name holding the outlet's own word
/// is the page's account, not a person.
fn is_account(author: &str, source: Option<&str>) -> bool {
    let Some(stem) = source.map(|s| squash(s.split('.').next().unwrap_or(s))) else {
        return false;
    };
    author.contains(' ') && author.split_whitespace().any(|w| squash(w) == stem)
}

/// "Mizzima" alone under the date, in a page whose masthead and photo credit say "Mizzima": a
/// writer's name the page gives its outlet in two other kinds of place is the outlet.
fn outlet_out_of_authors(
    authors: Vec<String>,
    witnesses: &[(Witness, String)],
    beside_outlet: &[String],
) -> (Vec<String>, Option<String>) {
    let mut outlet = None;
    let kept = authors
        .into_iter()
        .filter(|a| {
            // "Aprilia Devi - detikJatim" over "Foto: Aprilia Devi/detikJatim": a writer the
            // byline sets beside the outlet is not that outlet, however often named.
            if beside_outlet.contains(a) {
                return true;
            }
            let mut kinds: Vec<Witness> = witnesses
                .iter()
                .filter(|(_, w)| squash(w) == squash(a))
                .map(|(k, _)| *k)
                .collect();
            kinds.dedup();
            let corroborated = kinds.len() >= 2;
            if corroborated {
                outlet.get_or_insert_with(|| dateline::tidy_source(a));
            }
            !corroborated
        })
        .collect();
    (kept, outlet)
}

/// "Buy Now", "Close Reader View", "Today's Paper", "Sign Up Now": a page's control or link,
/// read as a name. It opens with a verb a control gives ("Buy", "Close", "Print", "Download",
/// …), ends with "Now", or holds a possessive, as no person's name does; at most four words.
fn is_control(name: &str) -> bool {
    const VERBS: &[&str] = &[
        "buy",
        "close",
        "open",
        "print",
        "download",
        "subscribe",
        "listen",
        "watch",
        "read",
        "view",
        "show",
        "hide",
        "sign",
        "save",
        "click",
        "tap",
        "get",
        "order",
        "unduh",
        "baca",
        "tutup",
        "beli",
        "tonton",
        "dengarkan",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    // "A A A": the page's text-size buttons, letters alone.
    let letters = words
        .iter()
        .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() == 1 && !w.ends_with('.'));
    words.len() <= 4
        && (VERBS.contains(&first.to_lowercase().as_str())
            || letters
            || words.last().is_some_and(|w| w.eq_ignore_ascii_case("now"))
            || words.iter().any(|w| w.ends_with("'s") || w.ends_with("’s")))
}

/// "Tshering Dema | Thimphu", "Nuku'alofa, Tonga" read as writers: a one-word name the story
/// writes after "in" or "di", or a place digest knows, is where the report was filed. Returns
/// the people left and the first such place.
fn places_out_of_authors(authors: Vec<String>, body: &str) -> (Vec<String>, Option<String>) {
    let lower = body.to_lowercase();
    let (places, people): (Vec<String>, Vec<String>) = authors.into_iter().partition(|a| {
        let a_lower = a.to_lowercase();
        // A one-word "writer" the story itself names is no writer: a report names its
        // places, not the reporter.
        super::gazetteer::country_of(a).is_some()
            || !a.contains(' ')
                && ([" in ", " di ", " at "]
                    .iter()
                    .any(|p| names_whole(&lower, &format!("{p}{a_lower}")))
                    || body
                        .split(|c: char| !c.is_alphanumeric() && c != '\'')
                        .any(|w| w == a))
    });
    // "Nuku'alofa, Tonga": beside a place, a one-word name is its country or region; a
    // person is credited by a full name.
    let people = if places.is_empty() {
        people
    } else {
        people.into_iter().filter(|a| a.contains(' ')).collect()
    };
    (people, places.into_iter().next())
}

/// Whether a word no writer's credit explains is a place: the gazetteer knows it, or the
/// story names it as a place ("in Kota Kinabalu", "di Pune").
fn is_place_in(body: &str, word: &str) -> bool {
    let lower = body.to_lowercase();
    let word_lower = word.to_lowercase();
    super::gazetteer::place(word).is_some()
        || [" in ", " di ", " at "]
            .iter()
            .any(|p| names_whole(&lower, &format!("{p}{word_lower}")))
        || super::setting::named_as_place(body, word)
}

/// "Marisol Ybarra Yakima Herald-Republic" between the headline and the lead, read as the
/// outlet's line: two or three words of a person's name, then, with no comma between, an
/// outlet's name that another line of the page writes too (the masthead "☰ Yakima
/// Herald-Republic 👤"). The line, the writer's name and the outlet's.
fn writer_beside_masthead(parts: &[Part], text: &str) -> Option<(String, String, String)> {
    let headline = parts.iter().position(|p| p.kind == Kind::Headline)?;
    let lead = parts.iter().position(|p| p.kind == Kind::Lead)?;
    // A heading the page marks as its title may stand under the lead ("!" over "# Amerika …"):
    // then no line stands between them.
    parts
        .get(headline + 1..lead)?
        .iter()
        .filter(|p| p.kind == Kind::Outlet)
        .find_map(|p| {
            let t = p.text.trim();
            if t.contains([',', '/', '|', '(', ':']) {
                return None;
            }
            let words: Vec<&str> = t.split_whitespace().collect();
            // The longer outlet first: "Jane Doe Tampa Bay Times" under "Tampa Bay Times".
            [2, 3].into_iter().find_map(|at| {
                let outlet_words = words.get(at..).filter(|w| (2..=5).contains(&w.len()))?;
                let start = outlet_words[0].as_ptr() as usize - t.as_ptr() as usize;
                let (name, outlet) = (t[..start].trim(), &t[start..]);
                let elsewhere = text.matches(outlet).count() >= 2;
                (elsewhere
                    && dateline::is_outlet(outlet)
                    && credits::is_name(name)
                    && !dateline::is_outlet(name)
                    && super::gazetteer::place(name).is_none())
                .then(|| {
                    (
                        t.to_string(),
                        credits::tidy_name(name),
                        dateline::tidy_source(outlet),
                    )
                })
            })
        })
}

/// "Honolulu 79°" in a page's top bar: a town with its temperature is the weather widget's,
/// not the place the story is filed from.
fn weather_reading(line: &str, place: &str) -> bool {
    line.match_indices(place).any(|(at, _)| {
        let number = line[at + place.len()..]
            .trim_start()
            .trim_start_matches(['-', '+', '−']);
        let rest = number.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < number.len() && rest.trim_start().starts_with('°')
    })
}

/// True when `text` holds `phrase` ending on a word's end: "di ali" is not in "di aliran".
fn names_whole(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        !text[at + phrase.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    })
}

/// "Metro Sulteng" beside the date where the dateline says "Metrosulteng.com": a writer's name
/// that spells the source's name, spaces, case and domain aside, is the outlet.
fn spells_outlet(author: &str, source: Option<&str>) -> bool {
    source.is_some_and(|s| {
        let stem = s.split('.').next().unwrap_or(s);
        let stem = squash(stem);
        !stem.is_empty() && squash(author) == stem
    })
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_glued_brand_is_written_whole_where_the_page_writes_it_so() {
        let text = "WARTABANGKA, SUNGAILIAT– Kapal tertahan.\nDibagikan dari aplikasi Wartabangka";
        assert_eq!(
            super::unglued_as_written("WartaBangka".into(), text),
            "Wartabangka"
        );
        // "JatimTIMES" in a caption splits the brand as the dateline's reading does.
        let text = "(Foto: Prasetyo/JatimTIMES)\nJATIMTIMES - Luas kebun apel menyusut.";
        assert_eq!(
            super::unglued_as_written("JatimTimes".into(), text),
            "JatimTimes"
        );
        // An acronym has no pieces to unglue.
        assert_eq!(
            super::unglued_as_written("MASS".into(), "Kuningan Mass"),
            "MASS"
        );
    }

    use super::*;

    fn parts_of(kinds: &[(Kind, &str)]) -> Vec<Part> {
        kinds
            .iter()
            .map(|(kind, text)| Part {
                kind: *kind,
                text: text.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_second_standfirst_under_the_byline_and_date_opens_the_story() {
        let lead = "The lower deck of the bridge will close to traffic for eight weeks from \
                    Monday while the surface and joints are replaced.";
        let page = [
            (Kind::Headline, "Bridge deck to close for eight weeks"),
            (
                Kind::Dek,
                "Drivers warned to expect delays at peak times as diversions begin",
            ),
            (Kind::Byline, "By Niamh Kerrigan"),
            (Kind::DateTime, "Published 30th Nov 2026, 17:12 GMT"),
            (Kind::Dek, lead),
            (Kind::Lead, "The work is part of a £3.2 million programme."),
        ];
        let mut parts = parts_of(&page);
        second_standfirst_opens_the_story(&mut parts);
        assert_eq!(parts[4].kind, Kind::Lead);
        assert_eq!(parts[5].kind, Kind::Paragraph);
        assert_eq!(parts[1].kind, Kind::Dek);
        // A section's name read as the first, a caption read as the second: nothing moves.
        for (k, text) in [
            (1, "Nation"),
            (
                4,
                "A driverless train during a trial run on the line. | Photo Credit: Staff",
            ),
        ] {
            let mut page = page.to_vec();
            page[k].1 = text;
            let mut parts = parts_of(&page);
            second_standfirst_opens_the_story(&mut parts);
            assert_eq!(parts[4].kind, Kind::Dek, "{text}");
            assert_eq!(parts[5].kind, Kind::Lead, "{text}");
        }
    }

    #[test]
    fn a_name_right_under_the_story_signs_it_and_a_commenter_further_down_does_not() {
        let story = [
            (Kind::Headline, "Heatwave sends residents to cool refuges"),
            (Kind::Lead, "The Shire opened three halls on Monday."),
            (
                Kind::Paragraph,
                "Nurse Harriet Brooks said 31 people came in.",
            ),
        ];
        let mut signed = story.to_vec();
        signed.push((Kind::Promo, "Marcus Tindall-Rigg, Kalgoorlie Miner"));
        signed.push((Kind::Promo, "Share this article"));
        assert_eq!(
            name_under_the_story(&parts_of(&signed)),
            Some((3, "Marcus Tindall-Rigg".to_string()))
        );
        // A comment thread's first line is a control, the commenter's name below it.
        let mut comments = story.to_vec();
        comments.push((Kind::Promo, "Like Comment Share"));
        comments.push((Kind::Promo, "Tashi Lhamo"));
        assert_eq!(name_under_the_story(&parts_of(&comments)), None);
        // A label over boilerplate ("Tentang KAI"), a name the story writes: no writer.
        let mut label = story.to_vec();
        label.push((Kind::Promo, "Tentang KAI"));
        assert_eq!(name_under_the_story(&parts_of(&label)), None);
        let mut subject = story.to_vec();
        subject.push((Kind::Promo, "Harriet Brooks"));
        assert_eq!(name_under_the_story(&parts_of(&subject)), None);
        // One word of the name written in lower case ("prices rose") bars no writer; a line
        // every word of which the story writes in lower case is no name.
        let mut rose = story.to_vec();
        rose.push((Kind::Paragraph, "Fuel prices rose and the pass was shut."));
        let mut signed = rose.clone();
        signed.push((Kind::Promo, "Rose Tuhaika"));
        assert_eq!(
            name_under_the_story(&parts_of(&signed)),
            Some((4, "Rose Tuhaika".to_string()))
        );
        rose.push((Kind::Promo, "Prices Rose"));
        assert_eq!(name_under_the_story(&parts_of(&rose)), None);
    }

    #[test]
    fn a_publisher_s_company_name_gives_way_to_its_initials_or_its_masthead() {
        let outlet = |name: &str, text: &str| {
            publisher_to_outlet(
                name.to_string(),
                text,
                &super::super::selfname::OwnLines::read(text),
            )
        };
        let sibc = "Bus fares rise\n\nOperators said fuel rose.\n\nSIBC News\n\n\
                    © Solomon Islands Broadcasting Corporation\n";
        assert_eq!(
            outlet("Solomon Islands Broadcasting Corporation", sibc),
            "SIBC"
        );
        let scotsman = "The Scotsman\n\nSea wall to be rebuilt\n\nThe council agreed.\n\n\
                        Sign up to our Scotsman Daily newsletter\n\n\
                        © 2026 National World Publishing Ltd.\n";
        assert_eq!(
            outlet("National World Publishing", scotsman),
            "The Scotsman"
        );
        // Nothing else names the outlet: the company's name stays, and a name that ends in no
        // company's word is never touched.
        let alone = "News\n\nRoad contract signed\n\nWork starts in May.\n\n\
                     © 2026 Liberian Observer Corporation.\n";
        assert_eq!(
            outlet("Liberian Observer Corporation", alone),
            "Liberian Observer Corporation"
        );
        assert_eq!(outlet("Kalimantan Post", scotsman), "Kalimantan Post");
    }

    #[test]
    fn a_name_a_speaker_tells_and_the_page_writes_nowhere_else_is_the_outlet() {
        let text = "Paid parking comes to Norzin Lam\n\nThe chief planner, Pema Lhendup, told \
                    Kuzoo that cars stay parked all day.\n";
        assert_eq!(told_once(text).as_deref(), Some("Kuzoo"));
        let text = "Road closed\n\nThe road is shut, Pema Lhendup told Kuzoo. He said it would \
                    reopen.\n";
        assert_eq!(told_once(text).as_deref(), Some("Kuzoo"));
        let text = "Sekolah rusak di Sigi\n\nKepada Kaili Post, Ruslan mengatakan dinding kelas \
                    retak.\n";
        assert_eq!(told_once(text).as_deref(), Some("Kaili Post"));
        // A council the story names again, a body of state, a place: no outlet.
        let text = "Rates rise\n\nThe mayor told Dunedin Council on Monday. Dunedin Council \
                    agreed.\n\nShe told Parliament the same.\n\nHe told Jakarta nothing.\n";
        assert_eq!(told_once(text), None);
        // A person, by office, kin word or full name, is no outlet; the day it was told is no
        // part of an outlet's name; a station's name is one.
        for person in ["told Judge Sarah Collins", "told Mum", "told Sarah Collins"] {
            let text = format!("Flood\n\nThe river rose, she {person} on the bank.\n");
            assert_eq!(told_once(&text), None, "{person}");
        }
        let text = "Flood\n\nThe river rose, he told NBC News Monday.\n";
        assert_eq!(told_once(text).as_deref(), Some("NBC News"));
        let text = "Flood\n\nThe road is a lifeline, Noreen Harkin told Highland Radio.\n";
        assert_eq!(told_once(text).as_deref(), Some("Highland Radio"));
        let text = "Flood\n\nThe river rose, he told The Sun.\n";
        assert_eq!(told_once(text).as_deref(), Some("The Sun"));
    }

    #[test]
    fn a_date_a_web_address_spells_is_read_and_an_impossible_one_is_not() {
        let text = "Read this article online: https://www.ciherald.co.ck/2026/11/30/muri-lagoon/\n";
        assert_eq!(link_date(text), Some(jiff::civil::date(2026, 11, 30)));
        assert_eq!(link_date("https://example.com/2026/13/45/x/"), None);
        assert_eq!(link_date("no address here, 2026/11/30/"), None);
        // Public radio's sites write the day with hyphens.
        let hyphened = "https://www.kdlg.org/local-news/2026-12-04/council-approves-floats\n";
        assert_eq!(link_date(hyphened), Some(jiff::civil::date(2026, 12, 4)));
        assert_eq!(link_date("https://example.com/news/2026-13-04/x"), None);
        // Related stories' links disagree: none dates the page, unless one stands as its own.
        let related =
            "See https://example.com/2024/01/05/old/ and https://example.com/2025/02/06/older/\n";
        assert_eq!(link_date(related), None);
        let own = format!("{related}Source: https://example.com/2026/11/30/this-story/\n");
        assert_eq!(link_date(&own), Some(jiff::civil::date(2026, 11, 30)));
    }

    #[test]
    fn text_size_buttons_are_a_control_and_initials_with_stops_are_not() {
        assert!(is_control("A A A"));
        assert!(!is_control("J. R. Smith"));
        assert!(!is_control("Hoang Minh"));
    }

    #[test]
    fn a_long_credit_line_read_as_furniture_names_its_writer() {
        let parts = parts_of(&[
            (Kind::Headline, "TPS3R Dalung Mulai Olah 20 Ton Sampah"),
            (
                Kind::Lead,
                "Tempat pengolahan sampah di Kuta Utara resmi beroperasi.",
            ),
            (
                Kind::Promo,
                "Penulis: Kadek Ary Wiryawan | Editor: Humas | Sumber: Dinas Komunikasi dan \
                 Informatika Kabupaten Badung",
            ),
        ]);
        assert_eq!(
            credit_among_furniture(&parts),
            Some(vec!["Kadek Ary Wiryawan".to_string()])
        );
    }

    #[test]
    fn a_headline_under_the_lead_leaves_no_writer_beside_a_masthead() {
        // "!\n# Amerika SerikatJakarta" (found by the import fuzz test): the marked heading,
        // read as the headline, stands under the lead; this used to panic on a reversed range.
        let parts = vec![
            Part {
                kind: Kind::Lead,
                text: "!".into(),
            },
            Part {
                kind: Kind::Headline,
                text: "Amerika SerikatJakarta".into(),
            },
        ];
        assert_eq!(
            writer_beside_masthead(&parts, "!\n# Amerika SerikatJakarta"),
            None
        );
    }

    #[test]
    fn a_rubric_beside_the_writer_is_no_writer() {
        let body = "Kapal berhenti berlayar karena gelombang tinggi.";
        assert!(is_rubric("Peristiwa", body));
        assert!(is_rubric("Ekonomi", body));
        assert!(!is_rubric("Siti Aminah", body));
        assert!(!is_rubric("Rosmawati", body));
    }

    #[test]
    fn a_forwarded_mails_subject_over_the_message_is_no_masthead() {
        let parts = vec![
            Part {
                kind: Kind::Promo,
                text: "Fwd: PRESS STATEMENT – CHOLERA: COUNCIL SUSPENDS TRADING".into(),
            },
            Part {
                kind: Kind::Copyright,
                text: "Press Statement".into(),
            },
        ];
        assert_eq!(masthead(&parts), None);
        let parts = vec![Part {
            kind: Kind::Promo,
            text: "Tribun Kalbar – Berita Terkini".into(),
        }];
        assert_eq!(masthead(&parts).as_deref(), Some("Tribun Kalbar"));
    }

    #[test]
    fn a_masthead_with_a_dotted_capital_i_cuts_the_longer_source_at_its_own_end() {
        // "İ" lower-cases to two letters: offsets of a lower-cased copy would cut "Güneş
        // İletişim U" from the footer's name.
        let witnesses = [(Witness::Masthead, "GÜNEŞ İLETİŞİM".to_string())];
        assert_eq!(
            masthead_within("Güneş İletişim Universitas Ankara".to_string(), &witnesses),
            "Güneş İletişim"
        );
        assert_eq!(caseless_prefix("İZMİR POST", "izmir"), Some("İZMİR".len()));
        assert_eq!(caseless_prefix("İZMİR POST", "ızmir"), None);
        assert_eq!(
            caseless_prefix("STRAẞE Zeitung", "straße"),
            Some("STRAẞE".len())
        );
    }

    #[test]
    fn a_shouted_masthead_takes_the_spelling_its_line_writes_beside_a_dotted_capital() {
        assert_eq!(
            as_written("İLETİŞİM HABER", "İLETİŞİM HABER | Koran İletişim Haber"),
            "İletişim Haber"
        );
    }

    #[test]
    fn a_dateline_outlet_named_after_a_breadcrumbs_home() {
        let story = "Harga bawang merah di pasar-pasar kota turun hingga Rp18 ribu per kilogram dalam sepekan terakhir setelah panen raya.\n\nPedagang mengatakan pembeli justru belum bertambah karena harga cabai masih tinggi.\n\n\"Kalau harga terus turun, petani yang rugi,\" kata seorang pedagang.\n";
        let a = read(&format!(
            "Home \u{bb} Lentera Timur \u{bb} Ekonomi\n\nHarga Bawang Merah Turun Setelah Panen Raya\n\nKamis, 4 Desember 2025\n\nKUPANG, LENTERA TIMUR - {story}"
        ));
        assert_eq!(a.location.as_deref(), Some("Kupang"));
        assert_eq!(a.source.as_deref(), Some("Lentera Timur"));
    }

    #[test]
    fn a_one_word_writer_is_not_a_place_for_a_word_beginning_with_his_name() {
        // "di aliran" holds "di ali" but names no place "Ali".
        let a = read(
            "Sampah Menumpuk di Sungai Deli\n\nKamis, 4 Desember 2025\n\nMEDAN - Sampah plastik menumpuk di aliran Sungai Deli sejak banjir pekan lalu.\n\nWarga yang tinggal di aliran sungai mengeluhkan bau busuk setiap pagi.\n\n\"Kami sudah melapor ke kelurahan,\" kata seorang warga.\n\nPenulis: Ali\n",
        );
        assert_eq!(a.authors, vec!["Ali"]);
        assert_eq!(a.location.as_deref(), Some("Medan"));
    }

    #[test]
    fn a_one_word_writer_the_story_names_is_a_place() {
        let a = read(
            "Parking fees to start in the city core from January\n\nSonam Choden | Gelephu\nNovember 12, 2025\n\nMotorists parking along the main street will pay Nu 20 an hour from January 1, as the town tries to free up space held all day by the same vehicles.\n\nGelephu Thromde's executive secretary said a survey found most vehicles stayed parked for over six hours.\n\nShopkeepers said they were not consulted about the fees.\n",
        );
        assert_eq!(a.authors, vec!["Sonam Choden"]);
        assert_eq!(a.location.as_deref(), Some("Gelephu"));
    }

    #[test]
    fn a_sign_off_crediting_by_role_names_the_writer() {
        for (credit, writer) in [
            (
                "(Penulis: Maria Wonda / Editor: Yakob Tebai)",
                "Maria Wonda",
            ),
            ("(Reporter: Sione Vake/Editor: Ana Folau)", "Sione Vake"),
        ] {
            let text = format!(
                "Jembatan Kali Kopi Putus Diterjang Banjir\n\nKamis, 13/11/2025 - 10:00 WIT\n\nTIMIKA - Jembatan Kali Kopi di Distrik Mimika Baru putus diterjang banjir pada Rabu malam, memutus jalan ke tiga kampung.\n\nKepala Distrik Mimika Baru mengatakan warga kini menyeberang dengan perahu.\n\n\"Kami minta jembatan darurat segera dibangun,\" kata seorang warga.\n\n{credit}\n"
            );
            assert_eq!(read(&text).authors, vec![writer], "{credit}");
        }
    }

    fn read(text: &str) -> Article {
        extract(text, &BTreeMap::new(), "id").unwrap()
    }

    #[test]
    fn a_desk_over_the_story_gives_way_to_the_outlet_its_credits_name() {
        let none = std::iter::empty();
        assert!(is_desk_label("Local News", none));
        assert!(is_desk_label("Pattaya News", ["Pattaya Mail"].into_iter()));
        assert!(!is_desk_label("Pattaya News", std::iter::empty()));
        assert!(!is_desk_label("Kyodo News", ["Kyodo News"].into_iter()));
        assert!(!is_desk_label("Batam Pos", std::iter::empty()));
        // The outlet's own word before "News", wherever it stands in the outlet's name.
        assert!(is_desk_label(
            "Variety News",
            ["Marianas Variety"].into_iter()
        ));
        assert!(!is_desk_label("Variety News", ["Island Times"].into_iter()));
        for rubric in ["Local News\n\n", ""] {
            let text = format!(
                "{rubric}Fuel surcharge to fall in January\n\nVariety News Staff\n\n\
                 The utility said on Monday that the fuel surcharge would fall by two cents \
                 a kilowatt-hour from January.\n\nThe board approved the cut last week.\n\n\
                 © 2025 Harbour Variety. All rights reserved.\n"
            );
            let a = extract(&text, &BTreeMap::new(), "en").unwrap();
            assert_eq!(a.source.as_deref(), Some("Harbour Variety"), "{rubric}");
        }
    }

    #[test]
    fn a_sections_label_or_an_outlet_read_as_a_writer_is_no_one() {
        let body =
            "The business of farming changed when the city grew and prices rose for young buyers.";
        for label in [
            "Business",
            "Ekonomi Daerah",
            "City News",
            "News",
            "Jawa Pos Radar Tuban",
        ] {
            assert!(is_rubric(label, body), "{label}");
        }
        for name in [
            "Ananya Kulkarni",
            "Dunia Sari",
            "Rose",
            "Budi",
            "Rose Young",
            "Farming Changed",
        ] {
            assert!(!is_rubric(name, body), "{name}");
        }
    }

    #[test]
    fn the_first_line_names_the_outlet_when_it_has_an_outlets_shape_or_a_promo_repeats_it() {
        let story = "Harbour fees to rise in January\n\nBy Ana Cruz\n\nNovember 12, 2025\n\n\
                     The port authority said on Monday that fees for cargo ships would rise by \
                     six percent from January.\n\nShipping lines said the rise would be passed \
                     on to importers.\n";
        let source = |first: &str, last: &str| {
            let text = format!("{first}\n\n{story}\n{last}\n");
            extract(&text, &BTreeMap::new(), "en").unwrap().source
        };
        assert_eq!(source("Harbour.ws", ""), Some("Harbour.ws".into()));
        assert_eq!(
            source("Lagoon Pos › Ekonomi › Kota", ""),
            Some("Lagoon Pos".into())
        );
        assert_eq!(
            source(
                "PortWatch",
                "Sign up for the PortWatch newsletter for the day's top stories."
            ),
            Some("PortWatch".into())
        );
        // A rubric is no outlet, nor is a place, nor a name no other line repeats.
        assert_eq!(source("Top News", ""), None);
        assert_eq!(source("Manila", ""), None);
        assert_eq!(source("PortWatch", ""), None);
    }

    #[test]
    fn a_dateline_part_the_page_names_as_its_outlet_elsewhere_is_the_source() {
        // Shortened in the dateline, written in full by the copyright line: the dateline's
        // form is the source (CONVENTIONS, Sources), and no second place.
        let a = read(
            "Jalan Trans Papua Putus\n\nMERAUKE, MERPOS - Jalan trans Papua di Distrik Muting putus diterjang banjir sejak Senin.\n\nWarga terpaksa menyeberang dengan rakit.\n\n\u{a9} Merauke Pos 2025\n",
        );
        assert_eq!(a.location.as_deref(), Some("Merauke"));
        assert_eq!(a.source.as_deref(), Some("Merpos"));
        // In full in the dateline, with the breadcrumb's head and a photo credit naming it.
        let a = read(
            "Buleleng Ekspres \u{bb} Singaraja \u{bb} Hukum\n\nPasar Banyuasri Terbakar\n\nSINGARAJA, BULELENG EKSPRES - Api melahap 40 kios di Pasar Banyuasri pada Selasa dini hari.\n\nPetugas memadamkan api di Pasar Banyuasri. (Komang Ari/Buleleng Ekspres)\n\nKerugian ditaksir mencapai Rp2 miliar.\n",
        );
        assert_eq!(a.location.as_deref(), Some("Singaraja"));
        assert_eq!(a.source.as_deref(), Some("Buleleng Ekspres"));
        // One word of a name is not the name written short.
        assert!(!names_same("Jakarta", "Jakarta Globe"));
        assert!(names_same("TIMEX", "Timika Express"));
    }

    #[test]
    fn a_byline_the_page_names_as_its_outlet_or_an_account_of_it_is_no_writer() {
        let a = read(
            "Tarawa Voice \u{2013} News from Kiribati and the Pacific\n\nSeawall repairs begin on Betio after king tides\n\n2 December 2025\n\nTarawa Voice\n\nWork to repair the seawall on Betio began on Monday after king tides broke it in two places last month and flooded more than forty homes.\n\nThe Ministry of Infrastructure said the contractor would first close the two gaps with rock and then raise the whole wall by half a metre.\n\nWorkers carry rocks to the seawall. Photo: Tarawa Voice\n\n\"We cannot wait for the next spring tide,\" a ministry engineer said.\n\nThe ministry said the work would take three months and cost about two million dollars.\n",
        );
        assert_eq!(a.authors, Vec::<String>::new());
        assert_eq!(a.source.as_deref(), Some("Tarawa Voice"));
        let a = read(
            "KabarTimur.com - Berita Maluku Terkini\n\nNelayan Ambon Keluhkan Solar Langka\n\nAdmin KabarTimur | 3 Desember 2025\n\nAMBON \u{2013} Nelayan di Ambon mengeluhkan solar yang langka sejak sepekan terakhir.\n\nMereka terpaksa tidak melaut.\n",
        );
        assert_eq!(a.authors, Vec::<String>::new());
    }

    #[test]
    fn an_edition_line_dates_the_story_before_a_day_it_looks_ahead_to() {
        let a = read(
            "THE WICKHAM LIGHT  ·  Issue 287  ·  Friday 11 December 2026\nSPORT\n\nCurrie skittles Grassy for 61 as new turf wicket opens\n\nBy Shane Dowling\n\nCurrie bowled Grassy out for 61 on Saturday in the first match played on King Island's new turf wicket.\n\nThe wicket at the Currie Recreation Ground was laid over the winter with a state grant.\n\nGrassy captain Josh Payne chose to bat, but his side struggled against the extra bounce.\n\nRound 2 is on Saturday 12 December, with Currie playing Egg Lagoon on the new wicket.\n",
        );
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-11"));
    }

    #[test]
    fn a_bare_name_among_a_cards_labels_is_no_second_writer() {
        let a = read(
            "JAGOI | pasar perbatasan buka (Antonius)\nin list Berita Masuk\nLabels\nEkonomi\nPerbatasan\nSiap Tayang\nNotifications\nWatch\nDescription\nPasar Perbatasan di Jagoi Babang Mulai Dibuka\nOleh: Antonius Nyangun, kontributor Tapal Batas News di Jagoi Babang\nKamis, 3 Desember 2026\n\nJAGOI BABANG – Pasar perbatasan di kawasan Jagoi Babang, Kabupaten Bengkayang, mulai beroperasi, Rabu (2/12/2026).\n\nPasar itu buka setiap Rabu dan Sabtu, pukul 07.00 hingga 14.00 WIB.\n\nWarga kedua negara dapat berbelanja tanpa paspor.\n",
        );
        assert_eq!(a.authors, vec!["Antonius Nyangun"]);
        assert_eq!(a.source.as_deref(), Some("Tapal Batas News"));
        // A second writer's bare name right over the credit stays a writer.
        let a = read(
            "Pasar Perbatasan di Jagoi Babang Mulai Dibuka\nMaria Ulfa\nOleh Andi Saputra\nKamis, 3 Desember 2026\n\nJAGOI BABANG – Pasar perbatasan di kawasan Jagoi Babang, Kabupaten Bengkayang, mulai beroperasi, Rabu (2/12/2026).\n\nPasar itu buka setiap Rabu dan Sabtu, pukul 07.00 hingga 14.00 WIB.\n",
        );
        assert_eq!(a.authors, vec!["Maria Ulfa", "Andi Saputra"]);
        // So does one further down the story's head, between the headline and the credit.
        let a = read(
            "Pasar Perbatasan di Jagoi Babang Mulai Dibuka\nPedagang dari Serikin ikut berjualan di hari pertama.\nFoto: pedagang di lapak pasar perbatasan.\nMaria Ulfa\nKamis, 3 Desember 2026\nDiperbarui 3 Desember 2026\nOleh Andi Saputra\n\nJAGOI BABANG – Pasar perbatasan di kawasan Jagoi Babang, Kabupaten Bengkayang, mulai beroperasi, Rabu (2/12/2026).\n\nPasar itu buka setiap Rabu dan Sabtu, pukul 07.00 hingga 14.00 WIB.\n",
        );
        assert_eq!(a.authors, vec!["Maria Ulfa", "Andi Saputra"]);
    }

    #[test]
    fn a_region_or_a_body_over_the_story_is_no_writer() {
        let a = read(
            "NOTULEN RAPAT\nRAPAT KOORDINASI PENANGANAN DAMPAK ANGIN PUTING BELIUNG\nKECAMATAN SANGGAU LEDO\n\nHari/Tanggal     : Kamis, 15 Oktober 2026\n\nPuting Beliung Terjang Sanggau Ledo, 37 Rumah Rusak\nGema Ledo | Rabu, 14 Oktober 2026 | Penulis: Paulus Ridwan dan Sinta Melati\n\nSANGGAU LEDO (GL) – Angin puting beliung menerjang dua desa di Kecamatan Sanggau Ledo, Kabupaten Bengkayang, Selasa (13/10/2026) sekitar pukul 16.30 WIB.\n\nSedikitnya 37 rumah warga dan satu gereja rusak, sebagian besar kehilangan atap.\n\nWarga mengungsi ke rumah kerabat.\n",
        );
        assert_eq!(a.authors, vec!["Paulus Ridwan", "Sinta Melati"]);
    }

    #[test]
    fn a_year_less_date_line_takes_the_year_of_the_latest_day_the_story_reports() {
        let date = |text: &str| read(text).date.map(|d| d.to_string());
        let story = |first: &str, second: &str| {
            format!(
                "Banjir Rendam Bonggo\n\n14 November pukul 19.45\n\nSARMI – Banjir kembali merendam Bonggo, {second}, seperti banjir besar {first}.\n\nWarga mengungsi ke balai kampung sejak sore.\n\nBPBD menyiapkan perahu karet dan dapur umum.\n"
            )
        };
        assert_eq!(
            date(&story("9 November 2020", "Jumat (13/11/2026)")).as_deref(),
            Some("2026-11-14")
        );
        assert_eq!(
            date(&story("Jumat (13/11/2026)", "9 November 2020")).as_deref(),
            Some("2026-11-14")
        );
    }

    #[test]
    fn a_press_conferences_transcript_after_the_story_is_the_pages() {
        let a = read(
            "Polisi Ungkap Penimbunan Solar di Bonggo\n\nSARMI – Polres Sarmi menetapkan dua tersangka penimbunan solar bersubsidi di Bonggo, Kamis (12/11/2026).\n\nKedua tersangka dijerat undang-undang minyak dan gas bumi, dengan ancaman pidana penjara paling lama enam tahun.\n\nKetua Kelompok Nelayan Mambruk Bonggo, Lukas Sawaki, mengatakan anggotanya tidak bisa melaut selama dua pekan karena solar kosong di APMS.\n\n\"Kami antre dari subuh, jam sepuluh sudah ditutup, katanya kosong,\" kata Lukas.\n\nKepala Dinas Perikanan Kabupaten Sarmi, Maria Yoku, mengatakan pihaknya akan menarik seluruh surat rekomendasi lama.\n\nTRANSKRIP\nKonferensi Pers Polres Sarmi — Kamis, 12 November 2026\nCatatan redaksi: transkrip disunting agar lebih ringkas.\n\n[00:00:05] MODERATOR: Selamat siang rekan-rekan wartawan.\n[00:00:21] KAPOLRES: Terima kasih. Pada Sabtu malam tim kami mengamankan 31 drum solar.\n[00:04:10] WARTAWAN (Warta Sarmi): Pak, apakah ada oknum yang terlibat?\n[00:04:16] KAPOLRES: Itu yang sedang kami dalami.\n[Selesai]\n\nTag: #Solar #Bonggo\n",
        );
        assert!(a.body.contains("Kedua tersangka dijerat"), "{}", a.body);
        assert!(!a.body.contains("KAPOLRES"), "{}", a.body);
        assert!(!a.body.contains("TRANSKRIP"), "{}", a.body);
        assert!(!a.body.contains("Selesai"), "{}", a.body);
        // A call the story quotes, with no time marks, is the story's.
        let a = read(
            "Dispatcher kept caller calm as floodwater rose, recording shows\n\nBy Hannah Reid\n\n9 December 2026\n\nGISBORNE – A Fire and Emergency dispatcher talked a trapped motorist through climbing onto the roof of her car as the Waipaoa River burst its banks on Sunday night, a recording released by police shows.\n\nThe woman, a 34-year-old nurse from Te Karaka, was rescued by a helicopter crew about 40 minutes after her call.\n\nPolice released the recording on Tuesday after a request under the Official Information Act.\n\nTranscript of the call:\nDISPATCHER: Fire and emergency, where is your emergency?\nCALLER: I'm on the Te Karaka road, the water is coming in through the doors.\nDISPATCHER: Can you open your window?\nCALLER: Yes, it's open now.\nDISPATCHER: I want you to climb out and get onto the roof.\n\nThe dispatcher, who asked not to be named, said she had taken three similar calls that night.\n\n\"You just keep them talking. That's all you can do,\" she said.\n\nGisborne District Council has since closed the road until an engineer's report is finished.\n",
        );
        assert!(
            a.body.contains("DISPATCHER: I want you to climb out"),
            "{}",
            a.body
        );
    }

    #[test]
    fn a_comment_thread_under_the_story_is_the_readers() {
        let story = "Sandspit residents petition BC Ferries to restore late sailing\n\nBy Owen Takahashi\n\nSANDSPIT — More than 1,100 people have signed a petition calling on BC Ferries to bring back the last evening sailing between Skidegate and Alliford Bay.\n\nThe 10:30 p.m. run was the only way for residents to get home after evening shifts at the hospital.\n\nBC Ferries said it would review the winter timetable in January.\n\n";
        let a = read(&format!(
            "{story}Reasons for signing\nMark Lindqvist · Sandspit, BC · 3 days ago\nMy son plays hockey in Daajing Giids. We leave every practice early.\nLike (14)\nAnnie S. · Vancouver, BC · 1 week ago\nI worked in Sandspit for two summers.\nLike (6)\n"
        ));
        assert!(a.body.contains("review the winter timetable"), "{}", a.body);
        for gone in [
            "Reasons for signing",
            "Lindqvist",
            "hockey",
            "Like (14)",
            "two summers",
        ] {
            assert!(!a.body.contains(gone), "{gone}: {}", a.body);
        }
        // A row of buttons under the story, then replies, each a name, a place and the comment.
        let a = read(&format!(
            "{story}Like   Reply   Share\n👍😮😢 31\n5 replies\n\nLyle Adams\nBurnt Pine\nThanks Corinne. Saw two tourists go down there on Sunday.\n1d   Like   Reply\n\nHeather McCoy\nAnson Bay\nStay safe everyone x\n20h   Like   Reply\n"
        ));
        assert!(a.body.contains("review the winter timetable"), "{}", a.body);
        for gone in ["Lyle Adams", "tourists", "Stay safe", "Like"] {
            assert!(!a.body.contains(gone), "{gone}: {}", a.body);
        }
        // The page's copyright after the thread is no reply: it still names the outlet.
        let a = read(&format!(
            "{story}Comments (2)\nTanya R · 1d\nSo proud of these girls!\nReply   Like 12\nDarren W · 1d\nWhere can we donate?\nReply   Like 3\n\n© 2026 Western Cape Bulletin · Weipa, Queensland · Privacy · Terms\n"
        ));
        assert!(!a.body.contains("So proud"), "{}", a.body);
        assert_eq!(a.source.as_deref(), Some("Western Cape Bulletin"));
        // A poster's own thread, each post stamped with the handle over the lead, is the story.
        let a = read(
            "Tanana Valley Dispatch\n@tvdispatch.bsky.social\nA fire destroyed a duplex off Badger Road in North Pole early Wednesday. All seven people who lived there got out.\n1/3\n\nReply   Repost   Like   Share\n\nTanana Valley Dispatch\n@tvdispatch.bsky.social · 4h\nCrews were called at about 3:40 a.m. and found flames coming through the roof.\n2/3\n💬 1    🔁 6    ♡ 23\n\nTanana Valley Dispatch\n@tvdispatch.bsky.social · 4h\nInvestigators believe the fire started near a space heater in a back bedroom.\n3/3\n💬 0    🔁 4    ♡ 19\n",
        );
        assert!(a.body.contains("space heater"), "{}", a.body);
        // No thread: a live blog's ages over its updates, share buttons, section breaks, a
        // schedule's days, a race's distances, and a post the story quotes.
        let head = "Ferry service resumes after storm\n\nPRINCE RUPERT — BC Ferries resumed sailings to Haida Gwaii on Tuesday after a storm kept the Northern Adventure in port for three days.\n\n";
        for (tail, kept) in [
            (
                "12 min ago\nThe first sailing left at 10 a.m. with 80 passengers.\n\n35 min ago\nCrews checked the ramp at Skidegate.\n\n1 hour ago\nThe terminal reopened its doors.\n",
                "Crews checked the ramp",
            ),
            (
                "Share\n\nThe ferry corporation said it would add a sailing on Friday.\n\nPassengers waited in Prince Rupert hotels.\n\nShare\n",
                "add a sailing on Friday",
            ),
            (
                "🌿🌿🌿\n\nThe ferry corporation said it would add a sailing on Friday.\n\n🌿🌿🌿\n\nPassengers waited in hotels.\n\n🌿🌿🌿\n\nThe storm also closed the airport.\n",
                "add a sailing on Friday",
            ),
            (
                "Public Hearing Dec 3\n\nResidents can speak for five minutes each.\n\nFinal Adoption Dec 17\n\nCouncil votes on the plan.\n",
                "speak for five minutes",
            ),
            (
                "100m\n\nAmara Jones won in 12.4 seconds.\n\n200m\n\nLeila Brown won in 25.9 seconds.\n",
                "Amara Jones won",
            ),
            (
                "Carla Mendes · 5d ago\n\nThe story quoted her post about the cancelled sailing.\n\nThe corporation apologised on Monday.\n\nCouncil said it would write to the minister about the schedule and the crew shortage that caused it.\n\nThe ferry will run an extra sailing on Friday, the corporation said in a statement issued on Tuesday afternoon.\n\nComments (2)\nTanya R · 1d\nSo glad it's back!\nReply   Like 12\nDarren W · 1d\nAbout time.\nReply   Like 3\n",
                "The corporation apologised",
            ),
        ] {
            let a = read(&format!("{head}{tail}"));
            assert!(a.body.contains(kept), "{tail}: {}", a.body);
        }
        // One stamp after the story is no thread, and a paragraph as long as a story's after it
        // keeps the story going.
        let a = read(&format!(
            "{story}Updated 2 hours ago\n\nThe council will meet the ferry corporation on Monday.\n"
        ));
        assert!(a.body.contains("meet the ferry corporation"), "{}", a.body);
    }

    #[test]
    fn a_place_read_as_a_writer_is_where_the_report_was_filed() {
        let a = read(
            "Paro airport to add two evening flights a week from January\n\nKarma Wangdi | Paro\nDecember 2, 2025\n\nTravellers flying in Paro will have two evening flights a week from January, the national airline said on Monday.\n\nThe runway lights were upgraded last year, and the airport can now take landings after dark.\n",
        );
        assert_eq!(a.authors, vec!["Karma Wangdi"]);
        assert_eq!(a.location.as_deref(), Some("Paro"));
        let a = read(
            "Samoa Observer Online\n\nNew wharf for Salelologa\n\nMonday 1 December 2025\n\nApia, Samoa\n\nA new wharf will be built at Salelologa under an agreement signed in Apia on Monday between the Samoa Ports Authority and the Asian Development Bank.\n\nThe ports authority said the old wharf could no longer take the larger ferries that cross from Upolu, and that queues of trucks now wait for hours in the cyclone season.\n\n\"The new berth will let two ferries load at once,\" the authority's chief executive said.\n\nThe work starts in March and should end before the 2027 cyclone season.\n\nReport by Lagi Toala\n",
        );
        assert_eq!(a.authors, vec!["Lagi Toala"]);
        assert_eq!(a.location.as_deref(), Some("Apia"));
        assert_eq!(a.source.as_deref(), Some("Samoa Observer Online"));
    }

    #[test]
    fn an_outlet_credited_by_initials_under_its_masthead_keeps_the_datelines_form() {
        let a = read(
            "SUARA PANTURA | Koran Harian Suara Pantura\n\nBanjir Rob Rendam Pesisir Brebes\n\nBREBES (SP) - Banjir rob merendam tiga desa di pesisir Brebes sejak Minggu malam.\n\nWarga mengungsi ke balai desa.\n",
        );
        assert_eq!(a.source.as_deref(), Some("SP"));
        assert_eq!(a.location.as_deref(), Some("Brebes"));
        assert_eq!(a.title, "Banjir Rob Rendam Pesisir Brebes");
    }

    #[test]
    fn a_copyright_holder_loses_the_stop_before_all_rights_reserved() {
        assert_eq!(
            copyright_holder("Copyright © Nusa Daily. All rights reserved.").as_deref(),
            Some("Nusa Daily")
        );
        assert_eq!(
            copyright_holder("© 2025 Kompas.com").as_deref(),
            Some("Kompas.com")
        );
    }

    #[test]
    fn a_pictograph_at_either_end_of_the_headline_is_decoration() {
        let text = "🦟 Kasus DBD di Tabalong Naik Tiga Kali Lipat\n\nTANJUNG - Kasus demam \
                    berdarah di Kabupaten Tabalong naik tiga kali lipat, Senin (30/11/2026).\n\n\
                    Dinas Kesehatan menggencarkan pengasapan di 12 desa.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.title, "Kasus DBD di Tabalong Naik Tiga Kali Lipat");
        let text = "Sea wall path at Mersey Bluff closed from Monday 🧵\n\nThe path along the \
                    sea wall at Mersey Bluff will close from Monday while the council repairs it.\n\n\
                    Walkers can use the road above.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.title, "Sea wall path at Mersey Bluff closed from Monday");
    }

    #[test]
    fn headline_date_line_and_dateline() {
        let text = "Harga Beras Naik Jelang Ramadan\nSenin, 3 Maret 2025 | 14:30 WIB\n\nJAKARTA, KOMPAS.com - Harga beras naik lagi di pasar.\nPedagang mengeluh. (aud/agt)\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.title, "Harga Beras Naik Jelang Ramadan");
        assert_eq!(a.date.unwrap().to_string(), "2025-03-03");
        assert_eq!(a.source.as_deref(), Some("Kompas.com"));
        assert_eq!(a.location.as_deref(), Some("Jakarta"));
        assert_eq!(
            a.body,
            "Harga beras naik lagi di pasar.\n\nPedagang mengeluh.\n"
        );
        assert_eq!(a.lang, "id");
    }

    #[test]
    fn a_town_abroad_beside_the_writer_and_the_date_is_the_location_but_not_the_weather() {
        let story = "KMC deploys anti-smog guns at 12 crossings\n\n\
                     Sreya Basu | Kolkata | December 2, 2026 10:52 pm\n\n\
                     The municipal corporation on Wednesday deployed truck-mounted guns at 12 \
                     busy crossings after the air quality index slipped into the very poor band.\n\n\
                     The guns will run for four hours in the morning and four in the evening.\n";
        let a = extract(story, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.location.as_deref(), Some("Kolkata"));
        assert_eq!(a.authors, vec!["Sreya Basu".to_string()]);
        // "Honolulu 79°" in the page's top bar is the weather's town.
        let page = "City to close beach park campground for 6 months\n\n\
                    Tuesday, December 1, 2026 | Honolulu 79° | Today's Paper\n\n\
                    The city will close all 10 campsites at the beach park for six months \
                    starting Jan. 4 to replace a failing sewer line, officials said.\n\n\
                    Campers will be sent to two other parks while the work goes on.\n";
        let a = extract(page, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.location, None);
    }

    #[test]
    fn a_writers_name_run_into_the_mastheads_name_credits_the_writer() {
        let page = |byline: &str| {
            format!(
                "☰  Yakima Herald-Republic  👤\n\
                 Local News\n\n\
                 Yakima opens three overnight warming centers as first deep freeze arrives\n\n\
                 {byline}\n\
                 Dec 2, 2026 Updated Dec 2, 2026\n\n\
                 Overnight lows in the single digits are expected in Yakima starting Thursday, \
                 and the city will open three warming centers, officials said.\n\n\
                 The centers will stay open nightly through at least Dec. 13.\n"
            )
        };
        let a = extract(
            &page("Marisol Ybarra Yakima Herald-Republic"),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.authors, vec!["Marisol Ybarra".to_string()]);
        assert_eq!(a.source.as_deref(), Some("Yakima Herald-Republic"));
        // An outlet the page writes nowhere else credits no one.
        let a = extract(
            &page("Marisol Ybarra Walla Walla Union-Bulletin"),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert!(a.authors.is_empty(), "{:?}", a.authors);
    }

    #[test]
    fn a_table_of_waits_in_minutes_does_not_end_the_story() {
        let text = "Metro promises shorter waits from January\n\nBy Ana Lopes\n\n\
                    LISBON — The city's metro will run more trains at rush hour from January, the \
                    operator said on Tuesday.\n\nPeak waits on each line will be:\n\n\
                    Blue line\n4–5 minutes\n\nYellow line\n5–6 minutes\n\n\
                    Green line\n6–7 minutes\n\n\
                    The operator said 14 new trains would join the fleet by March.\n\n\
                    Unions welcomed the plan but warned staff numbers had not kept pace.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert!(
            a.body
                .contains("Unions welcomed the plan but warned staff numbers had not kept pace."),
            "{}",
            a.body
        );
    }

    #[test]
    fn english_dateline_and_date() {
        let text = "TOKYO (Reuters) - Japan and the United States agreed on Thursday to boost joint missile production, officials said on November 19, 2025.\nThe deal covers air-to-air missiles.";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.lang, "en");
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.location.as_deref(), Some("Tokyo"));
        assert_eq!(a.date.unwrap().to_string(), "2025-11-19");
        assert!(
            a.title.starts_with("Japan and the United States agreed"),
            "{}",
            a.title
        );
        assert!(a.title.chars().count() <= 100);
    }

    #[test]
    fn a_staff_credit_and_a_picture_credit_in_the_header_name_no_source_nor_writer() {
        for (text, authors) in [
            (
                "Port fees rise again\n\nOur Correspondent\nPublished March 11, 2025\n\nKARACHI: The port authority raised fees on Monday, citing higher fuel costs for its tugs.\n\nShipping lines said they would pass the cost on.\n",
                vec![],
            ),
            (
                "Harbour fees rise\nBy Ana Lim\nPublished : Mar. 12, 2025 - 10:00\n\nTanjong Pagar Terminal (Kyodo)\n\nThe port authority raised fees on Monday, citing higher fuel costs for its tugs.\n\nShipping lines said they would pass the cost on.\n",
                vec!["Ana Lim"],
            ),
            (
                "Tarif Pelabuhan Naik Lagi\nOleh: Dewi Lestari\nSelasa, 11 Maret 2025 10:00 WIB\n\nKantor Syahbandar Tanjung Emas (Antara)\n\nOtoritas pelabuhan menaikkan tarif pada Senin karena harga solar naik.\n\nPerusahaan pelayaran akan membebankan biaya itu kepada pemilik barang.\n",
                vec!["Dewi Lestari"],
            ),
        ] {
            let a = extract(text, &BTreeMap::new(), "id").unwrap();
            assert_eq!(a.source, None, "{text}");
            assert_eq!(a.authors, authors, "{text}");
        }
    }

    #[test]
    fn writers_credited_below_the_story_are_the_authors() {
        let story = "Port fees rise again\n\nThe port authority raised fees on Monday, citing higher fuel costs for its tugs.\n\nShipping lines said they would pass the cost on to importers.\n\n";
        let berita = "Tarif Pelabuhan Naik\n\nOtoritas pelabuhan menaikkan tarif pada Senin karena harga solar naik.\n\nPerusahaan pelayaran akan membebankan biaya itu kepada pemilik barang.\n\n";
        for (text, authors) in [
            (
                format!("{story}Correspondent: Tomas Rivera\n\nEditor: Ana Lim\n"),
                vec!["Tomas Rivera"],
            ),
            (
                format!("{story}Dewi Anggraini\nStaff Writer\n\nRelated Topics:\nPort Fees\n"),
                vec!["Dewi Anggraini"],
            ),
            (
                format!("{berita}(kabarkota.id/Rudi Hartono)\n"),
                vec!["Rudi Hartono"],
            ),
            (
                format!("{berita}Rudi Hartono\nEditor: Maya Lestari\n"),
                vec!["Rudi Hartono"],
            ),
            // A widget's title sits on its items; a lone word is no full name.
            (format!("{berita}Top Five\nTag\nharga solar\n"), vec![]),
            (format!("{berita}Forum\n"), vec![]),
            // A bracketed credit naming its writer after "by", whatever the phrase before it.
            (
                format!("{story}(English version by Hana Mori, World Desk)\n"),
                vec!["Hana Mori"],
            ),
            (
                format!("{berita}(Naskah asli oleh Rudi Hartono, Biro Surabaya)\n"),
                vec!["Rudi Hartono"],
            ),
            (format!("{story}(Photo editing by Hana Mori)\n"), vec![]),
            // Words the story writes in lower case are no one's name.
            (format!("{story}Importers Pass Costs\n"), vec![]),
            (format!("{berita}Biaya Pemilik Barang\n"), vec![]),
        ] {
            let a = extract(&text, &BTreeMap::new(), "id").unwrap();
            assert_eq!(a.authors, authors, "{text}");
        }
    }

    #[test]
    fn a_dateline_part_no_place_and_unnamed_by_the_story_is_the_outlet() {
        for (dateline, source, location) in [
            (
                "SAMARINDA EKSPRES, SAMARINDA –",
                Some("Samarinda Ekspres"),
                Some("Samarinda"),
            ),
            ("MEDAN, LENSA RAKYAT –", Some("Lensa Rakyat"), Some("Medan")),
            // A place the story names again stays the place; a region's short form after the
            // town is no outlet, and the location is the town (one place, as every expected
            // page of the corpus writes it).
            ("TANJUNG SARI –", None, Some("Tanjung Sari")),
            ("KUPANG, NTT –", None, Some("Kupang")),
            ("MANILA, METRO MANILA –", None, Some("Manila")),
            ("Surabaya, Jatim –", None, Some("Surabaya")),
        ] {
            let text = format!(
                "Warga Tolak Penutupan Jalan Desa\n\n{dateline} Warga menolak rencana penutupan jalan desa oleh pemerintah kabupaten pada Senin (3/3/2025).\n\nMereka berkumpul di balai warga Tanjung Sari sejak pagi."
            );
            let a = extract(&text, &BTreeMap::new(), "id").unwrap();
            assert_eq!(
                (a.source.as_deref(), a.location.as_deref()),
                (source, location),
                "{dateline}"
            );
        }
    }

    #[test]
    fn a_date_lines_label_and_sections_are_no_place_nor_writers() {
        let body = "\n\nThe port authority raised fees on Monday, citing higher fuel costs.\n\nShipping lines said they would pass the cost on.\n";
        for (date_line, place) in [
            ("Posting : 12 Mar 2025, 09:15 PM", None),
            ("Tanggal: 12/03/2025 | Samarinda, Ekonomi", None),
            (
                "HARBOUR POST - Mar 12, 2025 - 18:32 | Vietnam, Business",
                None,
            ),
            ("Jakarta | Rabu, 12 Maret 2025 09:15 WIB", Some("Jakarta")),
            // The words of the label before the colon name the date, not a place.
            ("Last updated: March 12, 2025 18:40", None),
            ("Terakhir Diubah: 12 Maret 2025, 10:05 WIB", None),
            ("Zuletzt Aktualisiert: 12 Mar 2025", None),
            ("Last Modified on Wednesday, March 12, 2025", None),
            ("Terakhir Diperbarui Rabu, 12 Maret 2025 10:05 WIB", None),
            ("Jakarta, Rabu (12/3/2025)", Some("Jakarta")),
        ] {
            let text = format!("Port fees rise again\n{date_line}{body}");
            let a = extract(&text, &BTreeMap::new(), "en").unwrap();
            assert_eq!(a.location.as_deref(), place, "{date_line}");
            assert!(a.authors.is_empty(), "{date_line}: {:?}", a.authors);
            assert_eq!(a.date.unwrap().to_string(), "2025-03-12", "{date_line}");
        }
    }

    #[test]
    fn a_note_on_the_writer_closing_the_piece_is_no_text() {
        for (text, note) in [
            (
                "Ports raise fees\nBy Dewi Lestari\n\nThe port authority raised fees on Monday, citing fuel costs.\n\nShipping lines said they would pass the cost on.\n\nDewi Lestari is a Surabaya-based reporter covering trade.\n",
                "Dewi Lestari is a Surabaya-based reporter",
            ),
            (
                "Pelabuhan Naikkan Tarif\nOleh: Dewi Lestari\n\nOtoritas pelabuhan menaikkan tarif pada Senin karena harga solar naik.\n\nPerusahaan pelayaran akan membebankan biaya itu kepada pemilik barang.\n\n*) Penulis adalah dosen ekonomi di sebuah universitas di Surabaya.\n",
                "Penulis adalah dosen",
            ),
        ] {
            let a = extract(text, &BTreeMap::new(), "id").unwrap();
            assert!(!a.body.contains(note), "{}", a.body);
            assert!(a.body.contains("pass the cost on") || a.body.contains("pemilik barang"));
        }
        // A paragraph about someone else that opens the same way stays.
        let text = "Ports raise fees\nBy Dewi Lestari\n\nThe port authority raised fees on Monday.\n\nBudi Santoso is a trader who says the cost will be passed on.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert!(a.body.contains("Budi Santoso is a trader"), "{}", a.body);
    }

    #[test]
    fn the_writing_hand_alone_credits_the_writer() {
        let text = "Kabar Lewoleba\n\n\
                    Gelombang Capai 4 Meter, Kapal dari Pelabuhan Lewoleba Batal Berlayar\n\n\
                    LEWOLEBA – Dua kapal feri batal berlayar hari ini, Senin (14/12/2026), karena \
                    gelombang tinggi di perairan Lembata.\n\n\
                    Ratusan calon penumpang terpaksa pulang atau menginap di sekitar pelabuhan.\n\n\
                    ✍️ Arnoldus Wahon\n\
                    #KabarLewoleba #Lembata\n\
                    ❤️ 214 👍 88\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.authors, ["Arnoldus Wahon"]);
        // A column's or a button's label after the hand names no one.
        for label in [
            "Opini Pembaca",
            "Tulis Komentar",
            "Kolom Warga",
            "Catatan Redaksi",
        ] {
            let a = extract(
                &text.replace("Arnoldus Wahon", label),
                &BTreeMap::new(),
                "id",
            )
            .unwrap();
            assert!(a.authors.is_empty(), "{label}: {:?}", a.authors);
        }
        assert!(pen_names_a_person("Ongen Ubwarin/Jargaria FM"));
    }

    #[test]
    fn a_desk_credit_is_the_source_not_a_writer() {
        let promo = "Bali to ban small plastic water bottles\nCoconuts Bali | April 22, 2025 | 3:15pm\n\nBali will ban the sale of bottled water in small plastic containers from January, the governor said on Tuesday.\n\nHotels have until the end of the year to switch to refill stations.\n\nWant to get the best of Coconuts Bali delivered to your inbox? Sign up for our newsletter!\n";
        let caption = "Banjir Rendam Tiga Kecamatan di Surabaya\nNgopibareng Surabaya | Senin, 3 Maret 2025\n\nWarga mengungsi dari rumah mereka. Foto: Ngopibareng Media\n\nBanjir merendam tiga kecamatan di Surabaya sejak Minggu malam setelah hujan deras turun selama enam jam.\n\nWarga mengungsi ke balai desa.\n";
        for text in [promo, caption] {
            let a = extract(text, &BTreeMap::new(), "id").unwrap();
            assert!(a.authors.is_empty(), "{:?}", a.authors);
            let desk = text.lines().nth(1).unwrap().split(" | ").next().unwrap();
            assert_eq!(a.source.as_deref(), Some(desk));
        }
        // A writer whose name ends like a place, with no outlet of that name, stays a writer.
        let person = promo.replace("Coconuts Bali", "Ketut Bali");
        let a = extract(
            &person.replace("Ketut Bali delivered", "us delivered"),
            &BTreeMap::new(),
            "id",
        )
        .unwrap();
        assert_eq!(a.authors, ["Ketut Bali"]);
    }

    #[test]
    fn a_printed_pages_folio_is_no_part_of_the_papers_name() {
        let text = "A1                TIMES & TRANSCRIPT  •  WEDNESDAY, DECEMBER 2, 2026\n\nRiverbank slump closes stretch of Riverfront Trail\n\nÉMILIE LEBLANC\nTIMES & TRANSCRIPT\n\nA stretch of Moncton's Riverfront Trail will stay closed for the winter after part of the riverbank slumped, the city said.\n\nThe slumped bank near Bore Park on Tuesday. PHOTO: ÉMILIE LEBLANC/TIMES & TRANSCRIPT\n\nCity crews fenced off about 250 metres of the paved trail on Friday.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("Times & Transcript"));
        assert_eq!(
            parts::date_residue("A1 TIMES & TRANSCRIPT • WEDNESDAY, DECEMBER 2, 2026").as_deref(),
            Some("TIMES & TRANSCRIPT")
        );
    }

    #[test]
    fn a_public_relations_unit_signing_a_release_is_its_source() {
        let text = "Berita Daerah\n\nPemkot Bekasi Buka 14 Posko Siaga Banjir\n\nJumat, 27 November 2026 | 10:12 WIB\n\nBekasi – Pemerintah Kota Bekasi membuka 14 posko siaga banjir di enam kecamatan yang rawan tergenang selama puncak musim hujan.\n\nPosko dijaga petugas gabungan selama 24 jam dan dilengkapi perahu karet.\n\n(Diskominfostandi Kota Bekasi)\n\nBagikan: Facebook | X | WhatsApp\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Diskominfostandi Kota Bekasi"));
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        // An outlet's dateline still names the outlet that republished the release, and a
        // sentence in brackets is no unit.
        let republished = text.replace("Bekasi – Pemerintah", "BEKASI, Radar Bekasi – Pemerintah");
        let a = extract(&republished, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Radar Bekasi"));
        let sentence = text.replace(
            "(Diskominfostandi Kota Bekasi)",
            "(Humas kota menyebut 14 posko siap)",
        );
        let a = extract(&sentence, &BTreeMap::new(), "id").unwrap();
        assert_ne!(
            a.source.as_deref(),
            Some("Humas kota menyebut 14 posko siap")
        );
        // A credit standing among the story's paragraphs, and an outlet signing the story off,
        // are no release's unit.
        let among = text.replace(
            "(Diskominfostandi Kota Bekasi)\n\nBagikan",
            "(Diskominfostandi Kota Bekasi)\n\nWarga diminta melapor ke posko terdekat jika air naik. – ANTARA\n\nBagikan",
        );
        let a = extract(&among, &BTreeMap::new(), "id").unwrap();
        assert_ne!(a.source.as_deref(), Some("Diskominfostandi Kota Bekasi"));
    }

    #[test]
    fn a_government_opens_its_name_or_serves_from_a_government_host() {
        for name in [
            "Pemerintah Kabupaten Maluku Tengah",
            "County of Maui",
            "City of Sequim",
            "Ministry for Gozo and Planning",
            "Universitas Cenderawasih",
            "Institut Agama Islam Negeri Ternate",
            "Politeknik Negeri Indramayu",
            "malukutengahkab.go.id",
        ] {
            assert!(names_a_government(name), "{name}");
        }
        for name in [
            "Orange County Register",
            "Pikiran Rakyat Kabupaten Bandung",
            "The Daily University Star",
            "City Press",
            "County Times",
            "Suara USU",
        ] {
            assert!(!names_a_government(name), "{name}");
        }
    }

    #[test]
    fn a_release_signed_labelled_or_under_its_date_names_its_unit_over_the_portals_owner() {
        let story = "Pemerintah Kabupaten Purworejo — Portal Berita purworejokab.go.id\n\nPemkab Purworejo Kebut Perbaikan Lima Ruas Jalan\n\n\
            PURWOREJO – Pemerintah Kabupaten Purworejo menargetkan perbaikan lima ruas jalan \
            kabupaten yang rusak rampung sebelum libur Natal dan Tahun Baru.\n\n\
            Kepala dinas pekerjaan umum mengatakan pengaspalan dikerjakan siang dan malam agar \
            jalan bisa dilalui pemudik.\n\n";
        let footer = "\n\n© 2026 Pemerintah Kabupaten Purworejo. Hak cipta dilindungi.\n";
        for (close, unit) in [
            ("(Dinkominfo Purworejo)", "Dinkominfo Purworejo"),
            ("Naskah: Biro Adpim Purworejo", "Biro Adpim Purworejo"),
            (
                "Sumber: Bagian Protokol dan Komunikasi Pimpinan Setda Purworejo",
                "Bagian Protokol dan Komunikasi Pimpinan Setda Purworejo",
            ),
            (
                "Purworejo, 1 Desember 2026\nHumas Setda Purworejo",
                "Humas Setda Purworejo",
            ),
        ] {
            let a = extract(&format!("{story}{close}{footer}"), &BTreeMap::new(), "id").unwrap();
            assert_eq!(a.source.as_deref(), Some(unit), "{close}");
        }
        // A newspaper's release printed under its own sign-off: the contact below is no
        // signature.
        let paper = story.replace(
            "Pemerintah Kabupaten Purworejo — Portal Berita purworejokab.go.id",
            "Kabar Purworejo",
        );
        let a = extract(
            &format!("{paper}(fk/ydm)\nHumas Setda Purworejo\n"),
            &BTreeMap::new(),
            "id",
        )
        .unwrap();
        assert_ne!(a.source.as_deref(), Some("Humas Setda Purworejo"));
    }

    #[test]
    fn a_sources_control_or_channel_word_goes_where_the_page_writes_the_name_alone() {
        assert_eq!(
            without_control_word(
                "Menu Guernsey Press Search".into(),
                "Menu   Guernsey Press   Search\nThe harbour reopens.\n© Guernsey Press 2026"
            ),
            "Guernsey Press"
        );
        assert_eq!(
            without_control_word(
                "WhatsApp Radar Lebong".into(),
                "Baca selengkapnya di Radar Lebong:\nIkuti WhatsApp Radar Lebong"
            ),
            "Radar Lebong"
        );
        // Written only with the word, the name keeps it; an outlet's own "News" or "Update"
        // stays, and so does a name a single word would be left of.
        assert_eq!(
            without_control_word("Menu Guernsey Press".into(), "Menu Guernsey Press\nStory."),
            "Menu Guernsey Press"
        );
        assert_eq!(
            without_control_word("Yle News".into(), "Yle News\nYle reported."),
            "Yle News"
        );
        assert_eq!(
            without_control_word(
                "Mining Update".into(),
                "Mining Update\nMining companies hired."
            ),
            "Mining Update"
        );
        assert_eq!(
            without_control_word("Menu Kuliner".into(), "Menu Kuliner\nKuliner Bandung."),
            "Menu Kuliner"
        );
    }

    #[test]
    fn a_chat_apps_forward_mark_is_no_masthead_and_its_bold_is_no_part_of_one() {
        let story = |n: &str| {
            format!(
                "KUPANG – Warga Desa {n} mengungsi setelah banjir merendam permukiman pada Senin (7/12/2026). \
                 Air setinggi satu meter masuk ke rumah warga.\n\n\
                 Petugas BPBD membuka dapur umum di balai desa.\n\n\
                 Baca selengkapnya di https://nttaktual.com/banjir-{n}/\n"
            )
        };
        let text = format!(
            "Diteruskan\n{}\nDiteruskan\n{}",
            story("Oesao"),
            story("Noelbaki")
        );
        let a = extract(&text, &BTreeMap::new(), "id").unwrap();
        assert_ne!(a.source.as_deref(), Some("Diteruskan"));
        // The outlet's name in bold over the story, and named again, is its masthead.
        let text = format!(
            "*SILAMPARI TV*\n{}\nSILAMPARI TV: kabar Lubuklinggau setiap hari.\n",
            story("Oesao")
        );
        let a = extract(&text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Silampari TV"));
    }

    #[test]
    fn a_menu_row_under_the_masthead_is_no_headline_though_it_shares_a_word() {
        let part = |kind, text: &str| Part {
            kind,
            text: text.to_string(),
        };
        let header = [
            part(Kind::Headline, "Times of Malta"),
            part(
                Kind::Dek,
                "Local National World Sport Business Opinion Community Travel Video",
            ),
            part(Kind::Dek, "Local"),
            part(
                Kind::Dek,
                "Marsaxlokk fish market to move inland for six months during seafront works",
            ),
        ];
        let lead = "The Sunday fish market on the Marsaxlokk waterfront will move to a car park \
            behind the parish church for six months while local works go on.";
        assert_eq!(
            headline_under_masthead(&header, "Times of Malta", lead).as_deref(),
            Some("Marsaxlokk fish market to move inland for six months during seafront works")
        );
    }

    #[test]
    fn a_bulletins_title_gives_way_to_the_body_that_issues_it() {
        let text = "Lihat email ini di peramban\n\nKABAR UNDANA\nBuletin Mingguan Universitas Nusa Cendana · Edisi 47\n\n\
            Petani Oelnasi Tanam Sorgum di Awal Musim Hujan\n\n\
            Dosen dan mahasiswa Fakultas Pertanian bersama 35 petani di Desa Oelnasi mulai menanam sorgum pada Senin (7/12/2026).\n\n\
            Penanaman dilakukan begitu hujan pertama turun.\n\n\
            Anda menerima email ini karena berlangganan Kabar Undana.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Universitas Nusa Cendana"));
        // An outlet's own name over its edition's line keeps its name.
        let a = extract(
            &text
                .replace("KABAR UNDANA", "INDOKALBAR.COM")
                .replace(
                    "Buletin Mingguan Universitas Nusa Cendana · Edisi 47",
                    "Kabar Kalbar Pagi Ini | Kamis, 3 Desember",
                )
                .replace("berlangganan Kabar Undana", "berlangganan Indokalbar.com"),
            &BTreeMap::new(),
            "id",
        )
        .unwrap();
        assert_eq!(a.source.as_deref(), Some("Indokalbar.com"));
        assert_eq!(
            bulletin_issuer(
                "WARTA UNIB\nKabar Pekanan Universitas Bengkulu · Edisi 47\n",
                "Warta UNIB"
            )
            .as_deref(),
            Some("Universitas Bengkulu")
        );
        // The mail's word and the paper's go before the issuer's name as the cadence does.
        for (text, title, body) in [
            (
                "KABAR UTM\nSurat Kabar Elektronik Universitas Trunojoyo Madura  |  Edisi 47\n",
                "Kabar UTM",
                "Universitas Trunojoyo Madura",
            ),
            (
                "KABAR UNIKAL\nBuletin Surel Universitas Pekalongan · Edisi 51\n",
                "Kabar Unikal",
                "Universitas Pekalongan",
            ),
        ] {
            assert_eq!(
                bulletin_issuer(text, title).as_deref(),
                Some(body),
                "{text}"
            );
        }
        // An outlet's tagline is no issuer: a university or a government issues a bulletin.
        assert_eq!(
            bulletin_issuer(
                "NEWSLETTER UOG\nWeekly newsletter of the University of Guam | Issue 12\n",
                "Newsletter UOG"
            )
            .as_deref(),
            Some("University of Guam")
        );
        assert_eq!(
            bulletin_issuer(
                "WARTA KOTA\nKabar Terkini Jakarta dan Sekitarnya\n",
                "Warta Kota"
            ),
            None
        );
        // A tagline's places are no issuer.
        assert_eq!(
            bulletin_issuer(
                "KABAR RIAU\nKabar Lubuklinggau, Musi Rawas dan Muratara\n",
                "Kabar Riau"
            ),
            None
        );
    }

    #[test]
    fn a_labelled_date_line_under_a_list_of_other_stories_is_the_pages() {
        let text = "Electric rates frozen for 2027\n\n\
            SUMMERSIDE, P.E.I. — Customers of Summerside Electric will pay the same rates next year after council voted Monday night to freeze prices.\n\n\
            A typical household will keep paying about $118 a month, the council said.\n\n\
            The freeze still needs approval from the regulator.\n\n\
            Related\n\
            ALSO READ: Summerside council approves 2027 capital budget\n\
            ALSO READ: Ice plant to be replaced next summer\n\n\
            Published Dec. 2, 2026 at 6:45 p.m. · Updated Dec. 2, 2026 at 7:10 p.m.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-02"));
        // Unlabelled, a date under the related titles is theirs, not the page's: neither it
        // nor its day and month date the page.
        let a = extract(
            &text.replace(
                "Published Dec. 2, 2026 at 6:45 p.m. · Updated Dec. 2, 2026 at 7:10 p.m.",
                "Dec. 2, 2026",
            ),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.date, None);
    }

    #[test]
    fn a_news_feeds_header_dates_the_story_it_files() {
        let wire = "COASTAL NEWS WIRE   Priority: Routine   Friday, December 4, 2026 09:15 AEDT\n\
            Shark nets lifted at Bondi for the summer trial\n\n\
            SYDNEY, Dec 4 AAP - Shark nets off Bondi Beach will be lifted for a summer trial of drone patrols, the state government said on Friday morning.\n\n\
            The trial will run until the end of February.\n\n\
            The council backed the plan last month.\n";
        let a = extract(wire, &BTreeMap::new(), "en").unwrap();
        // The header's year, not one guessed from the weekdays the story names.
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-04"));
        assert_eq!(a.source.as_deref(), Some("AAP"));
        assert_eq!(a.location.as_deref(), Some("Sydney"));
        let slug = "SLUG: HARBOUR-FERRIES | Tue., Dec. 15, 2026 | 520 words | 1 photo\n\
            Ferry timetable cut as engines wait for parts\n\n\
            Two harbour ferries will stay tied up until January while their engines wait for parts, the operator said.\n\n\
            Commuters face longer waits at the morning peak.\n";
        let a = extract(slug, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-15"));
        // A line of fields that is no feed's (a related headline and its date) dates nothing.
        let related = slug.replace(
            "SLUG: HARBOUR-FERRIES | Tue., Dec. 15, 2026 | 520 words | 1 photo",
            "Council workers walk off job over pay | 2 Dec 2025",
        );
        let a = extract(&related, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date, None);
        // A story's own year for the same day is an anniversary's, not the page's.
        let anniversary = "Ferry memorial draws hundreds\n\n\
            LONDON, Dec 3 - Hundreds gathered at the harbour on Thursday to remember the ferry that sank on Dec 3, 2025, with the loss of nine lives.\n\n\
            Wreaths were laid at the quay.\n";
        let a = extract(anniversary, &BTreeMap::new(), "en").unwrap();
        assert_ne!(a.date.map(|d| d.year()), Some(2025));
        // Furniture over the story writing another day gives the dateline's day no date.
        let other_day = format!(
            "TRENDING: Council vote set for Thursday, December 10, 2026 | Storm clean-up goes on\n{anniversary}"
        );
        let a = extract(&other_day, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date.map(|d| (d.month(), d.day())), Some((12, 3)));
    }

    #[test]
    fn two_running_heads_printing_one_date_date_the_edition() {
        let text = "The Harbour Star          Thursday, December 3, 2026          €2.80\n\n\
            Parents call for a crossing\n\n\
            PARENTS in the village have asked the county council for a crossing outside the school after a series of near misses on the main road.\n\n\
            More than 140 people signed the petition.\n\n\
            4          The Harbour Star          Thursday, December 3, 2026\n\n\
            The council said it would look at the request in the new year.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
        // The front page's head with its price and the next page's with its number: two
        // heads in other words printing one date.
        let epaper = include_str!(
            "../../tests/import_heldout106/09-southern-star-epaper-ballydehob-n71-footpath-hardwrapped-hyphen-page-jump-caps-lead.txt"
        );
        let date = running_head_date(&parts::classify(epaper));
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
        // One head's date alone is no edition's.
        let once = epaper.replace(
            "4          The Southern Star          Thursday, December 3, 2026",
            "",
        );
        assert_eq!(running_head_date(&parts::classify(&once)), None);
    }

    #[test]
    fn a_weekday_years_away_from_the_datelines_day_is_the_events() {
        let lead =
            "Banana growers at Lakeland say a hailstorm on Sunday afternoon stripped their crops.";
        let body =
            "Growers estimate the losses at $12 million.\n(c) 2026 Tropical North News Service.";
        let got = year_less(Some((12, 2)), lead, body).map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some("2026-12-02"));
        // A weekday the day falls on within a year still fixes it.
        let lead = "The ministry said on Wednesday that water would be cut.";
        let got = year_less(Some((3, 19)), lead, "Prices rose in 2026.").map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some("2025-03-19"));
        // A 29 February the nearest year lacks keeps the weekday's year.
        let lead = "The U.S. Senate on Thursday passed a stopgap bill.";
        let got = year_less(Some((2, 29)), lead, "(c) 2026 Reuters").map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn a_planned_weekday_fixes_no_year_and_a_translators_address_dates_the_page() {
        // "Published: 30th November" over a story whose only weekday is a meeting to come: the
        // year the text writes, not the one in which 30 November falls on that Thursday (2028).
        let body = "Oyster fishermen say the 2026 season has got off to its worst start.\n\
                    The association will meet the authority's officers on Thursday.";
        assert_eq!(
            year_less(Some((11, 30)), "Oyster fishermen say …", body),
            Some(jiff::civil::date(2026, 11, 30))
        );
        let translated = "Translated to: English    Show original\n\
                          Original: radiorahma.co.ke/2026/11/25/tembo-wavamia-mashamba/\n\
                          Translated by Google\n\n\
                          Elephants invade farms in Kinango";
        assert_eq!(
            own_link_date(translated),
            Some(jiff::civil::date(2026, 11, 25))
        );
        assert_eq!(schemeless_address("see e.g. the report"), None);
        let said = "The original statement is at kemenkes.go.id/2026/03/12/siaran-pers/\n\n\
                    Elephants invade farms in Kinango";
        assert_eq!(own_link_date(said), None);
    }

    #[test]
    fn a_copyright_holder_ends_at_the_year_closing_its_sentence() {
        assert_eq!(
            copyright_holder(
                "© Palangka Post 2026. Dilarang mengutip atau memperbanyak tanpa izin tertulis."
            )
            .as_deref(),
            Some("Palangka Post")
        );
        assert_eq!(
            copyright_holder("Copyright 2026. Harian Jogja").as_deref(),
            Some("Harian Jogja")
        );
        assert_eq!(
            copyright_holder("© 2026 Baraka FM · A station of the Catholic Archdiocese of Mombasa")
                .as_deref(),
            Some("Baraka FM")
        );
        assert_eq!(
            copyright_holder("© 2026 L'Eau vive – All rights reserved").as_deref(),
            Some("L'Eau vive")
        );
        assert_eq!(
            copyright_holder("▲ Top   ·   © 2026 Thompson Citizen").as_deref(),
            Some("Thompson Citizen")
        );
        assert_eq!(
            copyright_holder("© 2026 Kalamanthana.id — Kabar Bumi Tambun Bungai"),
            None
        );
    }

    #[test]
    fn the_head_lines_name_the_copyright_gives_is_the_papers() {
        let text = "KAPUAS RAYA          PALANGKA POST • Rabu, 2 Desember 2026          Halaman 1\n\n\
            Banjir Rob Rendam Ratusan Rumah di Kuala\n\
            Kapuas, Warga Minta Tanggul Diperpanjang\n\n\
            AGUS SALIM | KUALA KAPUAS\n\n\
            KUALA KAPUAS – Banjir rob merendam sedikitnya 340 rumah di Kelurahan Selat Hilir sejak Senin (30/11), kata petugas BPBD setempat.\n\n\
            Warga meminta pemerintah daerah memperpanjang tanggul di tepi sungai.\n\n\
            © Palangka Post 2026. Dilarang mengutip atau memperbanyak tanpa izin tertulis.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Palangka Post"));
        // The headline cut inside the name the dateline writes whole is one headline.
        assert_eq!(
            a.title,
            "Banjir Rob Rendam Ratusan Rumah di Kuala Kapuas, Warga Minta Tanggul Diperpanjang"
        );
        // The town beside the writer is the dateline's, no second writer.
        assert_eq!(a.authors, ["Agus Salim"]);
        // "© Harian X" under a head printing "X": the name as the head prints it.
        let harian = text
            .replace("KAPUAS RAYA          PALANGKA POST", "POSKO MANADO")
            .replace("© Palangka Post 2026.", "© Harian Posko Manado 2026.");
        let a = extract(&harian, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Posko Manado"));
        // A headline closing on a whole place keeps its deck apart, though the body writes the
        // place beside the deck's first word.
        let text = "Gubernur Tinjau Sawah Terendam di Banten\n\
            Province Pledges Rice Aid, Seeds for Farmers\n\n\
            SERANG – Gubernur Banten meninjau ratusan hektare sawah yang terendam banjir di Kabupaten Serang, Senin.\n\n\
            Pemerintah Banten Province menjanjikan bantuan benih bagi petani yang gagal panen.\n\n\
            Petani berharap bantuan tiba sebelum musim tanam.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.title, "Gubernur Tinjau Sawah Terendam di Banten");
    }

    #[test]
    fn a_note_of_the_print_edition_dates_the_story() {
        let text = "Ice crossings open early on the Dempster\n\n\
            By Kendra Lavallee | Inuvik Drum\n\n\
            The ice crossings on the Peel and Mackenzie rivers opened to light traffic on Tuesday, nearly two weeks earlier than last year, the territory said.\n\n\
            For Inuvik, the opening ends weeks of freight by air only.\n\n\
            This story appeared in the Dec. 3, 2026 print edition of the Inuvik Drum.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
        assert!(!a.body.contains("print edition"), "{}", a.body);
    }

    #[test]
    fn a_writer_holding_her_own_copyright_is_no_source() {
        let text = "Book review: a quiet novel about a loud family\n\n\
            By Jane Doe\n\n\
            The Harrisons are loud, and Sarah Green's new novel is about the one member who is not.\n\n\
            The book follows the youngest daughter over one summer at the family's lake house.\n\n\
            It is Green's best work yet.\n\n\
            © Jane Doe 2026. Used with permission.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.source, None);
        // A paper holding the copyright is still the source.
        let a = extract(
            &text.replace("© Jane Doe 2026.", "© Lakeside Gazette 2026."),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.source.as_deref(), Some("Lakeside Gazette"));
        // A reader view's uncued name lines under the headline, the paper's under the writer's:
        // the copyright holder the second line names stays the source.
        let reader = include_str!(
            "../../tests/import_heldout128/08-broome-advertiser-reader-view-cable-beach-vehicle-ban-turtle-nesting-shire-of-broome-byline-name-outlet-subheadings-bullets.txt"
        );
        let a = extract(reader, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("Broome Advertiser"));
    }

    #[test]
    fn a_bare_hosts_initials_name_the_outlet_a_speaker_told() {
        let text = "wmicentral.com\n\
            Road repaving to begin in March after council approves water line work\n\
            Cheryl Nez | Staff Reporter\n\
            6–8 minutes\n\n\
            SHOW LOW — Drivers should expect nine months of night work and lane closures starting in March, after the city council approved new water lines under the road.\n\n\
            Mayor Rick Fernau told the White Mountain Independent that the city would post a weekly closure schedule online.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("White Mountain Independent"));
        assert_eq!(a.authors, ["Cheryl Nez"]);
        // A told name whose initials do not open the host names only whom the speaker told.
        let a = extract(
            &text.replace("White Mountain Independent", "Show Low Rotary Club"),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.source.as_deref(), Some("wmicentral.com"));
    }

    #[test]
    fn a_name_three_kinds_of_line_agree_on_outranks_a_section_line() {
        let text = "Marfa Public Radio\n\
            West Texas News\n\n\
            Alpine schools close as city works to restore water\n\n\
            Sofía Varela\n\
            Thu December 3, 2026 6:10 AM CST\n\n\
            Alpine, Texas — Alpine schools canceled classes for a second day Thursday as the city worked to restore water after a main break.\n\n\
            The city plans to ask voters next year to approve bonds to replace the line.\n\n\
            Copyright 2026 Marfa Public Radio. To see more, visit marfapublicradio.org.\n\
            Sent from the Marfa Public Radio app\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("Marfa Public Radio"));
    }

    #[test]
    fn a_bare_host_gives_way_to_the_name_it_spells_unless_a_speaker_tells_it() {
        let text = "Longsor Putus Jalan Ujoh Bilang, Warga Seberangkan Motor dengan Ketinting\n\nJalan penghubung Ujoh Bilang dan Long Hubung putus setelah tebing di Kampung Mamahak Teboq longsor, Kamis (12/11/2026) dini hari.\n\nWarga kini menyeberangkan sepeda motor dengan ketinting di Sungai Mahakam.\n\nSumber: https://pedalamankaltim.id/daerah/88412/longsor-putus-jalan\nDicetak dari pedalamankaltim.id pada Minggu, 15 November 2026\n© 2026 Pedalaman Kaltim. Dilarang mengutip tanpa menyebut sumber.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("Pedalaman Kaltim"));
        let told = text.replace(
            "di Sungai Mahakam.",
            "di Sungai Mahakam, kata Lukas kepada pedalamankaltim.id, Jumat.",
        );
        let a = extract(&told, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.source.as_deref(), Some("pedalamankaltim.id"));
    }

    #[test]
    fn a_credit_the_footer_names_again_is_the_source() {
        let text = "Blackouts grow longer in the capital\n\nShops lit by candles during a power cut on April 8 (Harbour Voice)\n\nResidents now receive as little as eight hours of electricity a day, after gas deliveries to the city's power plants fell by a third this month.\n\nThe utility published a new rotation schedule on Wednesday.\n\nSupport independent journalism. Donate to Harbour Voice today.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("Harbour Voice"));
        // Without the footer naming it, a bracket is only a caption's credit.
        let a = extract(
            &text.replace("Donate to Harbour Voice today.", "Donate today."),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.source, None);
        // A caption taken for a promo does not name itself again.
        let a = extract(
            &text.replace(
                "Shops lit by candles during a power cut on April 8 (Harbour Voice)",
                "Sign up for our newsletter on the blackouts (Ana Cruz)",
            ),
            &BTreeMap::new(),
            "en",
        )
        .unwrap();
        assert_eq!(a.source, None);
    }

    #[test]
    fn an_outlet_glued_into_one_word_in_the_dateline_is_no_place() {
        let text = "Harga Apel Anjlok, Petani Memilih Membiarkan Buah Membusuk\n\nPetani memetik apel di kebun. (FOTO: Rina Sari/POST Nusantara)\n\nPOSTNUSANTARA, BATU – Harga apel di tingkat petani anjlok hingga Rp 4.000 per kilogram dalam dua pekan terakhir.\n\nPetani memilih membiarkan buah membusuk di pohon.\n";
        let a = extract(text, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.location.as_deref(), Some("Batu"));
        // Spelt as the caption writes it in mixed case, as CONVENTIONS keeps "TIMES Indonesia".
        assert_eq!(a.source.as_deref(), Some("POST Nusantara"));
        // A place and its region stay the location.
        assert_eq!(
            brand_in_dateline(Some("Malang, Jawa Timur"), Some("Kabar Malang")),
            (Some("Malang, Jawa Timur".to_string()), None)
        );
    }

    #[test]
    fn a_name_in_brackets_beside_the_date_is_the_source() {
        let text = "Bears seen near schools in the north\nMarch 3, 2025 (Hoku Shimpo)\n\nBear sightings near schools rose sharply this spring, the city said on Monday.\n\nThe city will hire more hunters.\n";
        let a = extract(text, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.source.as_deref(), Some("Hoku Shimpo"));
        assert!(a.authors.is_empty());
    }

    #[test]
    fn a_writer_that_spells_the_outlet_is_no_writer() {
        let text = "Beranda / Kupang / Ekonomi\n\nHarga Ikan di Pasar Oeba Naik Dua Kali Lipat\n\n\
                    Metro Flores — 23 Juli 2025\nReporter: Rina Marlina\n\n\
                    Kupang, Metroflores.com – Harga ikan di pasar Oeba naik dua kali lipat pekan ini.\n";
        let a = extract(text, &BTreeMap::new(), "id").expect("article");
        assert_eq!(a.authors, ["Rina Marlina"]);
        assert!(spells_outlet("Pos Kupang", Some("PosKupang.com")));
        assert!(!spells_outlet("Rina Marlina", Some("Pos Kupang")));
    }

    #[test]
    fn blank_text_has_no_article() {
        assert_eq!(
            extract("  \n\nAdvertisement\n", &BTreeMap::new(), "id"),
            None
        );
    }

    #[test]
    fn a_date_line_under_the_story_dates_it_the_next_storys_does_not() {
        let story = "Kasus DBD di Ranai Naik Tiga Kali Lipat, Dinkes Gelar Fogging\n\n\
            Natuna – Kasus demam berdarah dengue di Ranai, ibu kota Kabupaten Natuna, melonjak \
            tiga kali lipat dalam sebulan terakhir, kata kepala dinas kesehatan.\n\n\
            Kepala Dinas Kesehatan Kabupaten Natuna, Rusdi Hamzah, mengatakan sebagian besar \
            pasien adalah anak usia sekolah dasar yang tinggal di dekat genangan air.\n\n\
            \"Musim hujan datang lebih cepat tahun ini. Genangan di ban bekas dan tempayan jadi \
            sarang nyamuk,\" kata Rusdi di kantornya.\n\n\
            Dinas kesehatan melakukan pengasapan secara bergiliran mulai pekan ini di empat \
            kelurahan, dan meminta warga menguras bak mandi.\n\n";
        let dated = format!(
            "{story}Tag: DBD Natuna\nDipublikasikan 2 Desember 2026, 10.12 WIB\n💬 0 Komentar\n"
        );
        let a = extract(&dated, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2026, 12, 2)));
        // The next story's date line, over its lead, is that story's.
        let next = format!(
            "{story}Artikel Selanjutnya\nJembatan Darurat di Marisa Putus\nRabu, 2 Desember 2026 | 09:15 WITA\nPohuwato – Jembatan darurat yang menghubungkan dua dusun di Kecamatan Marisa putus diterjang arus sungai setelah hujan deras semalam.\n"
        );
        let a = extract(&next, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, None);
        // Under a label of other stories, a date line is one of theirs.
        let related = format!(
            "{story}You might also like\nJembatan Darurat di Marisa Putus\n13 Oktober 2025\n"
        );
        let a = extract(&related, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, None);
        // A letter's place and date, quoted under the story, sign the letter.
        let part = |kind, text: &str| Part {
            kind,
            text: text.into(),
        };
        let quoted = [
            part(
                Kind::Lead,
                "Warga Desa Oebelo diminta tidak menjual babi ke luar desa.",
            ),
            part(Kind::Promo, "Demikian surat edaran ini untuk dilaksanakan."),
            part(Kind::Promo, "Oebelo, 4 Maret 2026"),
        ];
        assert_eq!(closing_date_line(&quoted), None);
        let labelled = [
            part(
                Kind::Lead,
                "Warga Desa Oebelo diminta tidak menjual babi ke luar desa.",
            ),
            part(Kind::Promo, "Issued on: 30th November 2026"),
        ];
        assert_eq!(
            closing_date_line(&labelled),
            Some(jiff::civil::date(2026, 11, 30))
        );
    }

    #[test]
    fn a_byline_by_role_over_the_story_leaves_out_the_bare_lines_beside_it() {
        let lead = "Launceston's Kings Bridge will close to traffic for eight weeks from \
            January 11 so crews can replace its corroded bearings, the department said.\n\n\
            The bridge carries the West Tamar Highway into the city centre and is used by up to \
            20,000 vehicles a day.\n";
        for header in [
            "Kings Bridge to close for eight weeks\n\nABC Northern Tasmania\nBy Carla Pinnock\n",
            "LOCAL   SPORTS   OBITS   OPINION   KFIX\n\nKings Bridge to close for eight weeks\n\n\
             By Carla Pinnock | Hays Post\n",
        ] {
            let a = extract(&format!("{header}\n{lead}"), &BTreeMap::new(), "en").unwrap();
            assert_eq!(a.authors, vec!["Carla Pinnock"], "{header}");
        }
        // A bare name shaped as a person's beside a byline by role is a second writer.
        for (header, both) in [
            (
                "Kings Bridge to close\n\nMaria Ulfa\nBy Andi Saputra\n",
                ["Maria Ulfa", "Andi Saputra"],
            ),
            (
                "Kings Bridge to close\n\nBy Sarah Whitfield\nTom Okafor\n",
                ["Sarah Whitfield", "Tom Okafor"],
            ),
        ] {
            let a = extract(&format!("{header}\n{lead}"), &BTreeMap::new(), "en").unwrap();
            assert_eq!(a.authors, both, "{header}");
        }
        // A name over the story with no byline by role beside it is the writer.
        let bare = format!("Kings Bridge to close for eight weeks\n\nCarla Pinnock\n\n{lead}");
        let a = extract(&bare, &BTreeMap::new(), "en").unwrap();
        assert_eq!(a.authors, vec!["Carla Pinnock"]);
    }

    #[test]
    fn a_date_on_a_line_of_furniture_dates_a_page_that_prints_it_nowhere_else() {
        let story = "Pasar Malam Dibuka Lagi di Masohi\n\n\
            Pemerintah kabupaten membuka kembali pasar malam di pusat kota setelah perbaikan \
            saluran air selesai dikerjakan pekan ini.\n\n\
            Para pedagang diminta menempati lapak sesuai nomor undian yang dibagikan dinas \
            perdagangan kepada mereka.\n\n";
        let footer = format!(
            "{story}Diterbitkan: Jumat, 4 Desember 2026  |  Kategori: Berita Daerah  |  \
             Dilihat: 318 kali\n"
        );
        let a = extract(&footer, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2026, 12, 4)));
        let filed = format!("Filed: 11/12/2026 15:42 WIT | Words: 498\n\n{story}");
        let a = extract(&filed, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2026, 12, 11)));
        // An event's date under the story dates no page.
        let event = format!(
            "{story}Info Acara: Sabtu, 19 Desember 2026 | Pukul 09.00 WIT | Lapangan Sinapuk, \
             Wamena\n"
        );
        let a = extract(&event, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, None);
        // A caption's archive date, or a date in a list of other stories, is not the page's.
        let caption = format!("Foto arsip 12 Maret 2019 (Foto: Humas)\n{story}");
        let a = extract(&caption, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, None);
        // Each field of a line of fields is read alone: the label opens the field, not the line.
        let fields = format!(
            "Story ID: 2026-12-09-0417 | Filed: Wed 09 Dec 2026, 15:42 EAT | Category: Health\n\n\
             {story}"
        );
        let a = extract(&fields, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2026, 12, 9)));
        // A book's or a film's release in a record's fields dates no page.
        let record = format!(
            "Judul: Rumah Garam | Penulis: Ayu Lestari | Terbit: 12 Oktober 2023\n\n{story}"
        );
        let a = extract(&record, &BTreeMap::new(), "id").unwrap();
        assert_eq!(a.date, None);
    }

    #[test]
    fn a_print_view_s_headline_stands_under_the_page_s_address() {
        let page = "Pemerintah Provinsi Maluku - Versi Cetak\n\
            https://malukuprov.go.id/berita/cold-storage-nelayan-tual-mulai-beroperasi\n\n\
            Cold Storage Berkapasitas 30 Ton untuk Nelayan Tual Mulai Beroperasi\n\
            Jumat, 27 November 2026\n\n\
            TUAL – Pemerintah Provinsi Maluku melalui Dinas Kelautan dan Perikanan \
            mengoperasikan gudang pendingin berkapasitas 30 ton di Pelabuhan Perikanan Tual.\n\n\
            Kepala dinas mengatakan nelayan kini tidak perlu lagi menjual ikan dengan harga \
            murah karena hasil tangkapan bisa disimpan lebih lama.\n";
        let a = extract(page, &BTreeMap::new(), "id").unwrap();
        assert_eq!(
            a.title,
            "Cold Storage Berkapasitas 30 Ton untuk Nelayan Tual Mulai Beroperasi"
        );
    }

    #[test]
    fn an_end_mark_closes_the_story_and_names_no_one() {
        let feed = "Gulu farmers count losses as armyworm returns\n\n\
            GULU - Maize farmers in Gulu district are counting losses after a fresh outbreak of \
            fall armyworm destroyed large parts of their crop.\n\n\
            The district production officer says the pest has been confirmed in seven \
            sub-counties, with Bungatira the hardest hit.\n\n\
            ENDS\n\n\
            Story ID: 0418 | Category: Health\n\n\
            Kitgum hospital commissions oxygen plant\n\n\
            Kitgum General Hospital has commissioned a new oxygen plant that will fill sixty \
            cylinders a day for the region.\n";
        let a = extract(feed, &BTreeMap::new(), "en").unwrap();
        assert!(a.body.contains("seven sub-counties"), "{}", a.body);
        assert!(!a.body.contains("oxygen"), "{}", a.body);
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        assert_ne!(a.source.as_deref(), Some("ENDS"));
        // A scene break of stars closes nothing: the story goes on under it.
        let feature = feed.replace("ENDS", "***");
        let a = extract(&feature, &BTreeMap::new(), "en").unwrap();
        assert!(a.body.contains("oxygen"), "{}", a.body);
    }

    #[test]
    fn no_date_anywhere() {
        let a = extract(
            "Jakarta - Sesuatu terjadi.\nLalu selesai.",
            &BTreeMap::new(),
            "id",
        )
        .unwrap();
        assert_eq!(a.date, None);
    }
}
