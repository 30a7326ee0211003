//! Datelines: "Liputan6.com, Tokyo -", "WASHUNGTON, AS –", "JAKARTA, KOMPAS.com -",
//! "TOKYO (Reuters) -", "Jakarta, CNN Indonesia --", "Jakarta -".

use jiff::civil::Date;

use super::datefind;
use super::setting;

/// What a dateline says, and where the article text after it starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dateline {
    pub source: Option<String>,
    pub location: Option<String>,
    pub date: Option<Date>,
    /// A date written without its year ("March 19"): month and day.
    pub month_day: Option<(i8, i8)>,
    /// Byte offset in the paragraph where the text after the dateline begins.
    pub rest: usize,
}

/// News outlets and agencies that appear in datelines without a domain name.
const OUTLETS: &[&str] = &[
    "reuters",
    "afp",
    "ap",
    "antara",
    "antaranews",
    "bernama",
    "xinhua",
    "kyodo",
    "yonhap",
    "cnn indonesia",
    "cnbc indonesia",
    "cnn",
    "bbc",
    "bbc news indonesia",
    "bloomberg",
    "detikcom",
    "detiknews",
    "kompas",
    "kompas.com",
    "tempo",
    "tempo.co",
    "tribunnews",
    "okezone",
    "republika",
    "kumparan",
    "liputan6",
    "suara",
    "jpnn",
    "viva",
    "metrotvnews",
    "idn times",
    "the jakarta post",
    "jakarta globe",
    "voa",
    "voa indonesia",
    "dw",
    "associated press",
    "nikkei",
    "al jazeera",
];

/// Words outlets build their names on, in both languages.
const NEWSROOM_WORDS: &[&str] = &[
    "news",
    "post",
    "times",
    "globe",
    "tribune",
    "herald",
    "press",
    "daily",
    "media",
    "pos",
    "tv",
    "network",
    "today",
    "online",
    "express",
    "ekspres",
    "broadcasting",
    "bulletin",
    // A radio station's name: "Global FM Lombok".
    "fm",
    // The words a newspaper's name ends on in English: "Milwaukee Journal Sentinel", "Saudi
    // Gazette", "Bohol Chronicle", "Thai Enquirer", "Coastal Courier", "Mindanao Examiner",
    // "Philippine Daily Inquirer", "Trinidad and Tobago Guardian", "The Gleaner".
    "journal",
    "examiner",
    "inquirer",
    "guardian",
    "gleaner",
    "sentinel",
    "gazette",
    "chronicle",
    "observer",
    "enquirer",
    "courier",
    "telegraph",
];
/// The words only a newspaper's name ends on, of `NEWSROOM_WORDS`.
const PAPER_WORDS: &[&str] = &[
    "journal",
    "examiner",
    "inquirer",
    "guardian",
    "gleaner",
    "sentinel",
    "gazette",
    "chronicle",
    "observer",
    "enquirer",
    "courier",
    "telegraph",
    "times",
    "herald",
    "tribune",
];

/// The words only a newspaper's name ends on, beyond `PAPER_WORDS`: "Peninsula Clarion",
/// "Red Deer Advocate", "Hobart Mercury". They are surnames too ("Tom Ledger") and other
/// words ("Electoral Register"), so they name a paper only after a writer's name in a byline
/// (`is_paper_name`), never an outlet alone. ("Dispatch" is left out: "Weekly Dispatch" is as
/// often a newsletter's rubric.)
const PAPER_END_WORDS: &[&str] = &[
    "clarion",
    "advertiser",
    "mercury",
    "argus",
    "bugle",
    "ledger",
    "advocate",
    "register",
    "recorder",
    "tidings",
];

/// "Peninsula Clarion", "Yakima Herald": two or three capitalised words, the last a word only
/// a newspaper's name ends on.
pub fn is_paper_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.last().is_some_and(|l| {
            let l = l.to_lowercase();
            PAPER_WORDS.contains(&l.as_str()) || PAPER_END_WORDS.contains(&l.as_str())
        })
}

/// Words Indonesian mastheads open with.
const MASTHEAD_WORDS: &[&str] = &[
    "warta", "berita", "kabar", "harian", "koran", "suara", "radar", "tribun",
];

/// "News", "Koran", "Harian": a word naming what a newsroom is or makes.
pub fn is_newsroom_word(word: &str) -> bool {
    let w = word.to_lowercase();
    NEWSROOM_WORDS.contains(&w.as_str()) || MASTHEAD_WORDS.contains(&w.as_str())
}

/// A dateline's outlet: a newsroom, or an institution's press office filing where a newsroom
/// would, its institution's short form after it ("JAKARTA, HUMAS MKRI –").
fn is_source(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let press_office = words.len() == 2
        && words[0].eq_ignore_ascii_case("humas")
        && words[1].len() >= 2
        && words[1].chars().all(|c| c.is_ascii_uppercase());
    is_outlet(part) || press_office
}

/// True when `name` is one of the agencies and outlets datelines name without a domain
/// ("Antara", "Okezone"), in any case.
pub fn is_known_outlet(name: &str) -> bool {
    OUTLETS.contains(&name.trim().to_lowercase().as_str())
}

/// True when `name` reads as a news outlet: a web domain, a known agency, or a name built on
/// a word newsrooms use ("BBC News Indonesia", "The Jakarta Post", "detikNews").
pub fn is_outlet(name: &str) -> bool {
    let name = name.trim();
    let lower = name.to_lowercase();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let domain = words.len() == 1
        && [
            ".com", ".co.id", ".id", ".net", ".org", ".co", ".tv", ".news",
        ]
        .iter()
        .any(|tld| lower.ends_with(tld));
    // "detikNews", "kumparanTECH": a brand written in one word with an inner capital.
    let brand = words.len() == 1
        && name.chars().next().is_some_and(char::is_lowercase)
        && name.chars().skip(1).any(char::is_uppercase);
    // "Updated Today": a date's label beside a newsroom word names no outlet.
    let dated = words.iter().any(|w| {
        let w = w.to_lowercase();
        super::parts::DATE_WORDS.contains(&w.as_str()) || super::datefind::is_calendar_word(&w)
    });
    // "POST FALLS", "Times Square": a town's or a place's name built on a newsroom word.
    let newsroom_word = words.len() >= 2
        && !dated
        && super::gazetteer::town_abroad(name).is_none()
        && words.iter().enumerate().all(|(k, w)| {
            // "Trinidad and Tobago Guardian": a country's "and" inside a paper's name that
            // ends on a newspaper's word.
            w.chars().next().is_some_and(char::is_uppercase)
                || *w == "and"
                    && k > 0
                    && words
                        .last()
                        .is_some_and(|l| PAPER_WORDS.contains(&l.to_lowercase().as_str()))
        })
        && words.iter().enumerate().any(|(k, w)| {
            // "Yakima Herald-Republic": a newsroom word joined to another by a hyphen.
            w.to_lowercase()
                .split('-')
                .any(|p| NEWSROOM_WORDS.contains(&p))
                // "Wharekauri Weekly", "The Jeju Weekly": a paper named for how often it comes
                // out ends on the word ("Weekly Market Reopens" opens on it).
                || k + 1 == words.len() && w.eq_ignore_ascii_case("weekly")
        });
    // "Warta Ekonomi", "Suara Merdeka", "Radar Bogor": Indonesian mastheads open with the
    // newsroom word and are short; a headline may carry the word further in ("Judul Berita …").
    let masthead = (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && MASTHEAD_WORDS.contains(&words[0].to_lowercase().as_str());
    // "BenarNews", "JakartaGlobe": a brand in one word whose last part is a newsroom word.
    let camel_newsroom = words.len() == 1
        && name
            .char_indices()
            .skip(1)
            .filter(|(_, c)| c.is_uppercase())
            .last()
            // Sliced from the name as written: lower case may be longer ("İ" → "i̇").
            .is_some_and(|(i, _)| NEWSROOM_WORDS.contains(&name[i..].to_lowercase().as_str()));
    let ranked_list = is_list_label(name) || is_section_label(name) || is_release_label(name);
    OUTLETS.contains(&lower.as_str())
        || !ranked_list
            && (glued_brand(name).is_some()
                || domain
                || brand
                || newsroom_word
                || masthead
                || camel_newsroom)
}

/// "Latest News", "Berita Terkini", "Top Stories": a newsroom word ranked by recency or reach
/// names a page's list, neither a newsroom nor a writer; an outlet's name has a word of its own.
pub fn is_list_label(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words.len() >= 2
        && words.iter().any(|w| LIST_RANKS.contains(&w.as_str()))
        && words.iter().all(|w| {
            NEWSROOM_WORDS.contains(&w.as_str())
                || MASTHEAD_WORDS.contains(&w.as_str())
                || LIST_RANKS.contains(&w.as_str())
        })
}

/// "PRESS STATEMENT", "Media Release", "News Release", "Siaran Pers": what a release calls itself,
/// over its headline or in its mail's subject, built on a newsroom's word ("press", "media",
/// "news", "pers") but naming the kind of paper, never who issued it.
pub fn is_release_label(name: &str) -> bool {
    const KINDS: &[&str] = &[
        "release",
        "statement",
        "advisory",
        "siaran",
        "rilis",
        "pernyataan",
    ];
    const OTHERS: &[&str] = &["press", "media", "news", "pers"];
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    (2..=3).contains(&words.len())
        && words.iter().any(|w| KINDS.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| KINDS.contains(&w.as_str()) || OTHERS.contains(&w.as_str()))
}

/// "TERKINI", "Trending", "Berita Populer": a label of a page's ticker or list, one word or
/// more, each a newsroom's or a rank's, one at least a rank's. Not "Breaking" nor "Latest",
/// which open a story's own headline ("Breaking: …") or a live update in its body.
pub fn is_rank_label(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    !words.is_empty()
        && !words
            .iter()
            .any(|w| ["breaking", "latest"].contains(&w.as_str()))
        && words.iter().any(|w| LIST_RANKS.contains(&w.as_str()))
        && words.iter().all(|w| {
            NEWSROOM_WORDS.contains(&w.as_str())
                || MASTHEAD_WORDS.contains(&w.as_str())
                || LIST_RANKS.contains(&w.as_str())
        })
}

/// "Local News", "World News", "Local Regional News": a site's section, named by the reach of
/// its stories, over a story or in its menu; a newsroom's name has a word of its own ("National
/// Post", "Daily Nation" are papers, and end on a paper's word, not on "news").
pub fn is_section_label(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    (2..=3).contains(&words.len())
        && words.last().is_some_and(|w| w == "news")
        && words[..words.len() - 1]
            .iter()
            .all(|w| SECTION_REACHES.contains(&w.as_str()))
}

/// How far a section's stories reach, as sites name their sections.
const SECTION_REACHES: &[&str] = &[
    "local",
    "regional",
    "national",
    "world",
    "international",
    "state",
    "provincial",
];

/// Words that rank a page's list of stories by time or reach, in both languages.
const LIST_RANKS: &[&str] = &[
    "latest",
    "breaking",
    "top",
    "trending",
    "popular",
    "recent",
    "more",
    "other",
    "related",
    "stories",
    "headlines",
    "terbaru",
    "terkini",
    "terpopuler",
    "populer",
    "lainnya",
    "utama",
    "pilihan",
];

/// "JATIMTIMES", "SUMUTPOS", "RADARSOLO": an outlet shouting its one-word brand, glued from
/// a name and a newsroom or masthead word, which a place's name is not (the gazetteer decides
/// the few places built that way). Returns the two pieces.
fn glued_brand(name: &str) -> Option<(&str, &str)> {
    let shouted = name.chars().all(|c| c.is_ascii_uppercase());
    if !shouted || name.len() < 6 || super::gazetteer::place(name).is_some() {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let suffix = NEWSROOM_WORDS
        .iter()
        .filter(|w| lower.ends_with(*w) && lower.len() >= w.len() + 3)
        .map(|w| name.len() - w.len())
        .next();
    let prefix = MASTHEAD_WORDS
        .iter()
        .filter(|w| lower.starts_with(*w) && lower.len() >= w.len() + 3)
        .map(|w| w.len())
        .next();
    suffix.or(prefix).map(|at| name.split_at(at))
}

/// An outlet's name as it writes it in running text: "KOMPAS.com" → "Kompas.com",
/// "TEMPO.CO" → "Tempo.co", "ANTARA" → "Antara"; acronyms ("AFP", "CNN Indonesia") and mixed
/// case ("detikNews") stay.
pub fn tidy_source(name: &str) -> String {
    // "JATIMTIMES" → "JatimTimes", "RADARSOLO" → "RadarSolo": each glued piece keeps its
    // capital when a masthead's word opens the brand or a place or a province's short form
    // stands before the newsroom's word; "PACNEWS" glues a newsroom word to no name and is one
    // word, "Pacnews" (CONVENTIONS: a brand of five capitals or more takes ordinary case).
    if let Some((a, b)) = glued_brand(name) {
        let head = capitalised(a);
        if MASTHEAD_WORDS.contains(&head.to_lowercase().as_str())
            || super::gazetteer::place(&head).is_some()
            || super::gazetteer::acronym(&head).is_some()
        {
            return format!("{head}{}", capitalised(b));
        }
    }
    name.split(' ')
        .map(|word| {
            let (stem, domain) = match word.find('.') {
                Some(i) => (&word[..i], &word[i..]),
                None => (word, ""),
            };
            // "AJNN.Net": a domain written in mixed case is the outlet's own spelling; only a
            // shouted one ("REPUBLIKA.CO.ID") is put in lower case.
            let domain = if domain.chars().any(char::is_lowercase) {
                domain.to_string()
            } else {
                domain.to_lowercase()
            };
            // "KYODO NEWS": a newsroom word is a word however short, not an acronym ("TV" aside).
            // Each piece of a hyphenated name counts alone: "WORLD-JAPAN" is words, "ABS-CBN"
            // acronyms.
            // "PALU EKSPRES": a short shouted place the gazetteer knows is a word too.
            // "KSPN2": letters are counted, not digits; a call sign with its number is an
            // acronym, while "NEWS24" and "RIAU24" are a newsroom's word and a place with one.
            let word_like = |piece: &str| {
                let letters: String = piece.chars().filter(|c| c.is_alphabetic()).collect();
                letters.chars().count() >= 5
                    || letters.chars().count() >= 3
                        && (NEWSROOM_WORDS.contains(&letters.to_lowercase().as_str())
                            || super::gazetteer::place(&letters).is_some()
                                && !PLACE_ACRONYMS.contains(&letters.as_str()))
            };
            let shouted = stem.split('-').any(word_like) && !stem.chars().any(char::is_lowercase);
            // "THE UB POST": the article opens the name as a word does.
            let shouted = shouted || stem == "THE";
            let stem = if shouted {
                // "WORLD-JAPAN" → "World-Japan".
                stem.split('-')
                    .map(capitalised)
                    .collect::<Vec<_>>()
                    .join("-")
            } else {
                stem.to_string()
            };
            format!("{stem}{domain}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Acronyms that stay capitalised inside a place name written all in capitals.
const PLACE_ACRONYMS: &[&str] = &[
    "AS", "DKI", "DIY", "NTT", "NTB", "UK", "US", "USA", "UEA", "UAE", "RI", "PBB", "DC",
];

/// The two-letter codes of the states, provinces and territories of the United States, Canada
/// and Australia, and of Indonesia's provinces that datelines write so: after a town, the
/// region it is in, no newsroom's initials.
const REGION_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR", "GU", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
    "SK", "YT", "QLD", "NSW", "SA", "TAS", "VIC", "ACT", "PB", "PP",
];

/// "WASHUNGTON" → "Washungton"; short all-capital words (AS, DKI, NTT) stay as they are.
pub fn tidy_place(place: &str) -> String {
    let shouting = !place.chars().any(|c| c.is_lowercase()) && place.contains(' ');
    // "PORT OF SPAIN": a town abroad of several words, shouted, as GeoNames spells it, its
    // small words in lower case.
    if shouting && let Some(town) = super::gazetteer::town_abroad_spelling(place) {
        return town.to_string();
    }
    place
        .split(' ')
        .map(|word| {
            word.split('-')
                .map(|w| {
                    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                    let all_caps = letters > 0 && !w.chars().any(|c| c.is_lowercase());
                    // In "NEW YORK" every word is shouted; in "WASHUNGTON, AS" the AS is an acronym.
                    // "SOE" is a town the gazetteer knows, not an acronym.
                    let known_word =
                        !PLACE_ACRONYMS.contains(&w) && super::gazetteer::place(w).is_some();
                    // "BA'A": an apostrophe inside a word is spelling, which acronyms have none
                    // of; a three-letter shouted place alone ("LAE") is a name unless known as
                    // an acronym.
                    let spelt = w.contains(['\'', '’']);
                    let acronym = (letters <= 2 && !shouting || PLACE_ACRONYMS.contains(&w))
                        && !known_word
                        && !spelt;
                    if all_caps && !acronym {
                        capitalised(w)
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Jakarta: Kementerian…": a place written in ordinary case before a colon is a dateline only
/// when digest knows the place, since a label ("Catatan: …") has the same shape.
fn is_known_place(name: &str) -> bool {
    super::gazetteer::place(name) == Some(super::gazetteer::Place::Major)
}

/// "Hyderabad: Earthmovers …": before a colon, a town abroad GeoNames lists is as known as an
/// Indonesian one. Only there: the rules reading a name after a known place as its outlet
/// ("KUPANG, TIMEX") were built on Indonesian towns, and after a town abroad the next name is
/// mostly its state or country ("NAMPA, Idaho", "APIA, SAMOA").
pub(super) fn is_known_place_or_town(name: &str) -> bool {
    is_known_place(name) || super::gazetteer::town_abroad(name).is_some()
}

/// A place the gazetteer lists at any rank ("Kefamenanu", a district's town), or a town
/// abroad GeoNames lists.
fn is_any_place(name: &str) -> bool {
    super::gazetteer::place(name).is_some() || super::gazetteer::town_abroad(name).is_some()
}

/// "Pune: Residents of …", "KATHMANDU, Nov 26: Sajha …": the lead may open with a town digest
/// does not know, before a colon, a date between them or not. A label ("Catatan: …",
/// "Update: …") and a speaker ("Manandhar: We …") have that shape too, so the name is the
/// dateline's place only when the text never writes its words in lower case (a label is a
/// common word), never makes it a clause's subject (a speaker says, a place is where), and
/// either dates it or names it again as a place, after a locative ("in western Pune", "di
/// Pune"; `story`: the text after the lead): a speaker is named again too, but beside a verb
/// of saying ("said Okonkwo", "ujar Suharyanto") or as the subject of an apposition
/// ("Marzuki, ketua paguyuban, …"), never where something is.
pub fn lead_place(lead: &str, story: &str) -> Option<Dateline> {
    let (head, after) = lead.split_once(": ")?;
    let rest = head.len() + 2;
    let (place, when) = head
        .split_once(", ")
        .map_or((head, None), |(p, d)| (p, Some(d)));
    let (date, month_day) = match when {
        None => (None, None),
        Some(d) => match datefind::find_all(d, false).first() {
            Some(f) if f.start == 0 => (Some(f.date), None),
            _ => (None, Some(datefind::month_day(d)?)),
        },
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && place.chars().count() > 3;
    let prose = after.split_whitespace().count() >= 8
        && after.chars().next().is_some_and(char::is_uppercase);
    let labelled = words
        .iter()
        .any(|w| EDITORIAL_LABELS.contains(&w.to_lowercase().as_str()));
    if !named || !prose || labelled || is_outlet(place) || super::parts::is_related_label(place) {
        return None;
    }
    let elsewhere = format!("{after}\n{story}");
    let common = words.iter().any(|w| {
        let lower = w.to_lowercase();
        elsewhere
            .split(|c: char| !c.is_alphabetic())
            .any(|x| x == lower)
    });
    let placed =
        date.is_some() || month_day.is_some() || setting::named_as_place(&elsewhere, place);
    (!common && placed && !setting::acts(&elsewhere, place)).then(|| Dateline {
        location: Some(tidy_place(place)),
        date,
        month_day,
        rest: rest + after.len() - after.trim_start().len(),
        source: None,
    })
}

/// Words an editor puts before a colon over a story's first paragraph, dated or not
/// ("UPDATE, Nov 26: …", "Koreksi: …"), in both languages: a label, never a town.
const EDITORIAL_LABELS: &[&str] = &[
    "update",
    "updated",
    "updates",
    "breaking",
    "exclusive",
    "correction",
    "clarification",
    "analysis",
    "opinion",
    "editorial",
    "explainer",
    "factbox",
    "live",
    "watch",
    "ralat",
    "koreksi",
    "eksklusif",
    "pembaruan",
    "terkini",
    "analisis",
    "opini",
    "tajuk",
    "catatan",
];

/// Separators between a dateline and the text: " - ", " – ", " — ", " -- "; and a colon or a
/// full stop after a place alone ("DENPASAR: Foreign", "Jakarta. The General").
fn separator(paragraph: &str) -> Option<(usize, usize)> {
    let window = &paragraph[..paragraph.floor_char_boundary(paragraph.len().min(90))];
    let mut best: Option<(usize, usize)> = None;
    for sep in [": ", ". ", " | "] {
        if let Some(i) = window.find(sep) {
            // "KUALA LUMPUR (April 8): …": the date in brackets belongs to the dateline.
            let place = without_bracket(&window[..i]);
            let place = place.as_str();
            let words: Vec<&str> = place.split_whitespace().collect();
            let shouted = !place.chars().any(char::is_lowercase);
            let capitalised = words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            let next_capital = window[i + sep.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            // "KBRN, Kupang: Dinas": an agency and a place before the colon.
            let last = place.rsplit(", ").next().unwrap_or(place);
            // "Sidoarjo, Bhirawa. Puluhan": a known place, a comma and a newsroom before a stop.
            let comma_ok =
                sep == ": " || is_known_place_or_town(place.split(", ").next().unwrap_or(""));
            // "SURABAYA, LENSAINDONESIA.COM: Hujan": the outlet's domain after the place keeps
            // its stops.
            let domain_ok = sep == ": "
                && place.contains(", ")
                && place
                    .split(", ")
                    .skip(1)
                    .all(|p| p.contains('.') && !p.contains(' ') && is_outlet(p));
            // "TIMIKA | Sekitar 230 penumpang …": a bar after a shouted place (or a known one in
            // ordinary case, "Solwezi | More than …") opens a lead only when a sentence follows
            // it; a rubric's bar ("VIDEO | Banjir Rob") heads a title.
            // In ordinary case the place must be no section's name ("Metro | …", "Asia | …")
            // and the words after the bar a whole sentence.
            let ordinary_place = is_known_place_or_town(place)
                && !SECTION_PLACES.contains(&place.to_lowercase().as_str())
                && paragraph.trim_end().ends_with(['.', '!', '?', '"', '”']);
            let bar_ok = sep != " | "
                || (shouted || ordinary_place)
                    && paragraph[i + sep.len()..]
                        .split_whitespace()
                        .take(12)
                        .count()
                        == 12;
            // "Patient Rosalia Q. Aldan", "Hospital Director Dr. Ramesh": a stop after one or
            // two letters in ordinary case closes an initial or a title, not a place.
            let abbreviation =
                sep == ". " && !shouted && words.last().is_some_and(|w| w.chars().count() <= 2);
            let fits = (1..=3).contains(&words.len())
                && bar_ok
                && !abbreviation
                && capitalised
                && next_capital
                && place.chars().all(|c| {
                    c.is_alphabetic() || c == ' ' || c == ',' && comma_ok || c == '.' && domain_ok
                })
                && (place.chars().count() > 3 || short_shouted_place(place))
                && !["prof", "gov", "capt", "sen", "gen", "col", "drs"]
                    .contains(&place.to_lowercase().as_str())
                && (shouted || sep == ". " || is_known_place_or_town(last));
            if fits && best.is_none_or(|(b, _)| i < b) {
                best = Some((i, i + sep.len()));
            }
        }
    }
    for sep in [" -- ", " - ", " – ", " — ", " —", " –"] {
        if let Some(i) = window.find(sep)
            && best.is_none_or(|(b, _)| i < b)
        {
            let end = i + sep.len();
            best = Some((i, end));
        }
    }
    // "CHARLEMONT, DEC. 2, 2026.....The": a leader of stops after a shouted place (and date)
    // closes the dateline, as a wire service prints it.
    if let Some(leader) = dot_leader(window)
        && best.is_none_or(|(b, _)| leader.0 < b)
    {
        best = Some(leader);
    }
    // "Ulaanbaatar, March 5, 2025 /MONTSAME/. More": the agency between slashes closes the
    // dateline wherever a dash or stop further on would have.
    if let Some(slashed) = slashed_agency(window)
        && best.is_none_or(|(b, _)| slashed.0 <= b)
    {
        return Some(slashed);
    }
    best.or_else(|| glued_dash(window))
        .or_else(|| hyphen_after_country(window))
        .or_else(|| dash_after_outlet(window))
        .or_else(|| shouted_comma(window))
        .or_else(|| closing_agency(window))
        .or_else(|| opening_outlet(window))
}

/// Places a site names its sections after ("Metro", "Asia", "Nusantara"): before a bar, in
/// ordinary case, a rubric rather than a dateline.
const SECTION_PLACES: &[&str] = &[
    "metro",
    "asia",
    "europe",
    "africa",
    "americas",
    "pacific",
    "nusantara",
    "world",
    "national",
    "regional",
    "local",
];

/// "CHARLEMONT, DEC. 2, 2026.....The", "BOSTON…The": three stops or more (or an ellipsis)
/// after a shouted dateline of a known place or a date, before the capital that opens the text.
fn dot_leader(window: &str) -> Option<(usize, usize)> {
    let i = window.find("...").or_else(|| window.find('…'))?;
    let end = i + window[i..]
        .find(|c: char| c != '.' && c != '…' && c != ' ')
        .unwrap_or(window.len() - i);
    let prefix = window[..i].trim_end();
    let shouted = prefix.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !prefix.chars().any(char::is_lowercase);
    let placed = is_known_place_or_town(prefix.split(',').next().unwrap_or(""))
        || !super::datefind::find_all(prefix, false).is_empty();
    let text_follows = window[end..].starts_with(char::is_uppercase);
    (shouted && placed && text_follows && prefix.split_whitespace().count() <= 8)
        .then_some((i, end))
}

/// "(Laotian Times) The railway …": an outlet alone in brackets opening the paragraph, before
/// a capital, is a dateline without a place, as "(Reuters) -" is with its dash.
fn opening_outlet(window: &str) -> Option<(usize, usize)> {
    let close = window.strip_prefix('(')?.find(')')? + 1;
    let text_follows = window[close + 1..]
        .strip_prefix(' ')
        .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase));
    (text_follows && is_outlet(&window[1..close])).then_some((close + 1, close + 2))
}

/// "LAE: Shipping lines …": three shouted letters before a colon name a town when they are no
/// outlet and no acronym the importer knows.
fn short_shouted_place(place: &str) -> bool {
    place.chars().count() == 3
        && place.chars().all(|c| c.is_ascii_uppercase())
        && !is_outlet(place)
        && !PLACE_ACRONYMS.contains(&place)
        && super::gazetteer::acronym(place).is_none()
}

/// "Taipei, Oct. 14 (CNA) Taiwan's …": a wire's dateline may end at the agency's bracket with
/// no dash, or with a colon or a dash glued to it ("DASU, Dec 02 (APP): Traffic", "Sapporo,
/// Dec. 2 (Jiji Press)--Hokkaido"). The bracket holds an acronym or a name in capitals, and
/// what precedes it is a place, a comma and a date.
fn closing_agency(window: &str) -> Option<(usize, usize)> {
    let open = window.find('(')?;
    let close = open + window[open..].find(')')?;
    let inside = &window[open + 1..close];
    let acronym = (2..=6).contains(&inside.len()) && inside.chars().all(|c| c.is_ascii_uppercase());
    // "Jiji Press": a name of one to three capitalised words, which a date and a place before
    // it make a wire's credit (a clause in brackets has lower-case words).
    let words: Vec<&str> = inside.split_whitespace().collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    let before = window[..open].trim();
    // "Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi": a name and its acronym are no
    // dateline; a place and a date before the bracket are.
    let dated = before.contains(", ") && before.contains(|c: char| c.is_ascii_digit());
    // "Kampala, Jan 14 (EFE).-", "TASIKMALAYA, (KP).-": a stop glued to a dash after the
    // bracket closes a wire's dateline as a dash does; with it, a place and its comma alone
    // before the bracket are a dateline without a date.
    let after = &window[close + 1..];
    let stop_dash = after
        .strip_prefix('.')
        .is_some_and(|a| a.starts_with(['-', '–', '—']));
    let after = if stop_dash { &after[1..] } else { after };
    let place = before.strip_suffix(',').unwrap_or(before);
    let words: Vec<&str> = place.split_whitespace().collect();
    let place_shaped = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    // "Denpasar (Metrobali.com)-Pemerintah": a dash glued to the bracket after a place the
    // gazetteer knows closes the dateline as well, comma or not.
    let glued = after.starts_with(['-', '–', '—']);
    let placed =
        place_shaped && (stop_dash && before.ends_with(',') || glued && is_known_place(place));
    let short = (2..=5).contains(&before.split_whitespace().count())
        && before.chars().next().is_some_and(char::is_uppercase)
        && dated
        || placed;
    // The bracket closes the dateline, then a colon or a dash may, then the text's capital.
    let text = after
        .trim_start_matches(' ')
        .trim_start_matches([':', '-', '–', '—'])
        .trim_start_matches(' ');
    let marked = after.trim_start().starts_with([':', '-', '–', '—']);
    let text_follows = text.len() < after.len()
        && text.chars().next().is_some_and(char::is_uppercase)
        && (marked || after.starts_with(' '));
    ((acronym || is_outlet(inside) || named && marked) && short && text_follows)
        .then(|| (close + 1, window.len() - text.len()))
}

/// "CITY, Date /AGENCY/. Text", "CITY, Date /PRNewswire/ -- Text": the wire between slashes
/// ends a dateline, followed by a stop, a dash or nothing before the text's capital. Returns
/// where the prefix (slashes included) ends and the text starts.
fn slashed_agency(window: &str) -> Option<(usize, usize)> {
    let (open, inside, close) = slashed_name(window)?;
    let before = window[..open].trim();
    let words = before.split_whitespace().count();
    let opens_right = before.chars().next().is_some_and(char::is_uppercase);
    let named = inside.chars().next().is_some_and(char::is_uppercase)
        && inside.split_whitespace().count() <= 3;
    let after = &window[close + 1..];
    let text = after.trim_start_matches(['.', ' ', '-', '–', '—']);
    let text_follows =
        text.len() < after.len() && text.chars().next().is_some_and(char::is_uppercase);
    ((1..=8).contains(&words) && opens_right && named && text_follows)
        .then(|| (close + 1, window.len() - text.len()))
}

/// The first " /Name/" in `text`: where its opening slash is, the name, its closing slash.
fn slashed_name(text: &str) -> Option<(usize, &str, usize)> {
    let open = text.find(" /")? + 1;
    let close = open + 1 + text[open + 1..].find('/')?;
    let inside = &text[open + 1..close];
    let fits = (2..=30).contains(&inside.len())
        && inside
            .chars()
            .all(|c| c.is_alphanumeric() || " .-&".contains(c))
        && !inside.starts_with(' ')
        && !inside.ends_with(' ');
    fits.then_some((open, inside, close))
}

/// `text` without a bracketed part and the space around it.
fn without_bracket(text: &str) -> String {
    match (text.find('('), text.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            format!("{} {}", text[..open].trim(), text[close + 1..].trim())
                .trim()
                .to_string()
        }
        _ => text.to_string(),
    }
}

/// "Harianjogja.com, SLEMAN—Balai", "PRAYA-Penjualan": a dash with no spaces, between a
/// shouted place and the capital that starts the text. A hyphen joins words too ("COVID-19",
/// "PT KAI-Daop"), so it counts only after a place digest knows, all in capitals, or a word
/// alone the lead writes again in ordinary case.
fn glued_dash(window: &str) -> Option<(usize, usize)> {
    let (i, dash) = window
        .char_indices()
        .find(|&(_, c)| c == '—' || c == '–' || c == '-')?;
    // "AKITA--The": two hyphens are a dash, not a hyphen.
    let double = window[i..].starts_with("--");
    let width = if double { 2 } else { dash.len_utf8() };
    let dash = if double { '—' } else { dash };
    let before = window[..i].split_whitespace().last()?;
    let shouted = before.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !before.chars().any(char::is_lowercase);
    // "Padang, Padek—Kasus": a real dash after a place digest knows and one more name.
    let after_place = dash != '-'
        && window[..i].split_once(", ").is_some_and(|(place, name)| {
            is_known_place(place) && !name.contains(' ') && name.chars().count() >= 3
        });
    let rest = &window[i + width..];
    let mut next = rest.chars();
    let next_capital = next.next().is_some_and(char::is_uppercase);
    let second_lower = next.next().is_some_and(char::is_lowercase);
    // "Hidayatullah.com—Banjir": an outlet's domain alone, glued to a real dash; or to a
    // hyphen, where the domain is written as a dateline's is, shouted or all in lower case,
    // and a word in ordinary case follows ("TANGERANGNEWS.com-Dinas", "bimanews.id-Harga").
    // "Kompas.com-Detik.com-Tribunnews.com" and "Tokopedia.com-Shopee" are names the text
    // joins, capitalised as names are.
    let dateline_domain_word = {
        let name = before.split('.').next().unwrap_or("");
        let shouted = !name.chars().any(char::is_lowercase);
        let lower = !name.chars().any(char::is_uppercase);
        name.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && (shouted || lower)
            && second_lower
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| !w.contains(['.', '-']))
    };
    let domain = (dash != '-' || dateline_domain_word)
        && window[..i] == *before
        && before.contains('.')
        && is_outlet(before);
    let shouted = shouted || after_place || domain;
    // "PURWOKERTO-Ribuan pelanggan … di Kecamatan Purwokerto Barat": a town digest does not
    // know, alone before the hyphen, which the lead goes on to write in ordinary case.
    // Written as a place is: after a word that places it ("di Kecamatan Purwokerto Barat"),
    // not as a brand's name is ("juru bicara Garuda Indonesia").
    let named_after = window[..i].trim() == before
        && before.chars().count() >= 4
        && before.chars().all(char::is_alphabetic)
        && {
            let name = capitalised(before);
            rest.match_indices(&name).any(|(at, _)| {
                rest[..at].split_whitespace().next_back().is_some_and(|w| {
                    [
                        "di",
                        "ke",
                        "dari",
                        "kecamatan",
                        "kabupaten",
                        "kota",
                        "desa",
                        "kelurahan",
                        "in",
                        "at",
                        "near",
                    ]
                    .contains(&w.to_lowercase().as_str())
                })
            })
        };
    let hyphen_ok = dash != '-'
        || domain
        || !window[..i].chars().any(char::is_lowercase)
            && (super::gazetteer::place(window[..i].trim()).is_some() || named_after)
            && second_lower;
    (shouted && next_capital && hyphen_ok).then_some((i, i + width))
}

/// "Pattaya, Thailand- A popular night market …": a hyphen glued to the country closing a
/// place and its country, then a space and the capital that starts the text. A hyphen glued to
/// a word before a space ("pre- and post-war") otherwise runs on in lower case.
fn hyphen_after_country(window: &str) -> Option<(usize, usize)> {
    let i = window.find("- ")?;
    let before = &window[..i];
    let (place, country) = before.rsplit_once(", ")?;
    let words = place.split_whitespace().count();
    let capitalised = |s: &str| {
        s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    };
    let text_follows = window[i + 2..].starts_with(char::is_uppercase);
    ((1..=3).contains(&words)
        && capitalised(place)
        && super::gazetteer::is_country_name(country)
        && text_follows)
        .then_some((i, i + 2))
}

/// "TEPUS, (Sorotgunungkidul.com)– Sebanyak": a real dash glued to the outlet before it (its
/// name or domain, maybe in brackets), then a space and the capital that starts the text.
fn dash_after_outlet(window: &str) -> Option<(usize, usize)> {
    let (i, dash) = window.char_indices().find(|&(_, c)| c == '—' || c == '–')?;
    let before = window[..i].split_whitespace().last()?;
    let name = before.trim_start_matches('(').trim_end_matches(')');
    let end = i + dash.len_utf8();
    let text_follows = window[end..]
        .strip_prefix(' ')
        .is_some_and(|t| t.starts_with(char::is_uppercase));
    // "WARTABANGKA, SUNGAILIAT– Sedikitnya": the outlet and the place, all shouted, before
    // the dash, in either order.
    let prefix = &window[..i];
    let shouted = prefix.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !prefix.chars().any(char::is_lowercase)
        && prefix.contains(", ")
        && prefix.split_whitespace().count() <= 4;
    (text_follows && !name.is_empty() && (is_outlet(name) || shouted)).then_some((i, end + 1))
}

/// "BOGOR-RADAR BOGOR, Pemerintah": a shouted place glued to a shouted outlet by a hyphen,
/// closed by a comma.
fn shouted_comma(window: &str) -> Option<(usize, usize)> {
    let i = window.find(", ")?;
    let prefix = &window[..i];
    let (place, outlet) = prefix.split_once('-')?;
    let shouted = |s: &str| {
        s.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !s.chars().any(char::is_lowercase)
            && s.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.')
    };
    (shouted(place) && shouted(outlet) && prefix.split_whitespace().count() <= 5)
        .then_some((i, i + 2))
}

/// Reads a dateline at the start of `paragraph`, if there is one.
pub fn parse(paragraph: &str) -> Option<Dateline> {
    let mut line = dateline(paragraph)?;
    // "WESTERN BUREAU:", "CITY DESK –", "METRO DESK –": a newsroom's bureau or desk files the
    // story from no place it names; "MANILA BUREAU –" files it from the town it is named for.
    // A desk is a beat, never a place, whatever town shares its name.
    if let Some(l) = line.location.as_deref()
        && let Some((head, last)) = l.rsplit_once(' ')
    {
        match last.to_lowercase().as_str() {
            "bureau" => line.location = is_known_place_or_town(head).then(|| tidy_place(head)),
            "desk" => line.location = None,
            _ => {}
        }
    }
    Some(line)
}

fn dateline(paragraph: &str) -> Option<Dateline> {
    let (at, after) = separator(paragraph)?;
    let prefix = paragraph[..at].trim();
    // "BREAKING: Brand Highway reopens …", "BREAKING NEWS – …": an editor's label over a
    // ticker's or a story's headline, never a town; "UPDATE - SYDNEY, Dec 3 AAP - …": a
    // dateline may follow it.
    let label_words = prefix
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .filter(|w| !matches!(w.as_str(), "news" | "berita"))
        .collect::<Vec<_>>();
    if !label_words.is_empty()
        && label_words
            .iter()
            .all(|w| EDITORIAL_LABELS.contains(&w.as_str()))
    {
        let next = after + paragraph[after..].len() - paragraph[after..].trim_start().len();
        // "UPDATE: The Bureau of Meteorology has lifted …": over a lead's sentence the label is
        // cut as a dateline is, naming no place; over a ticker's short headline it stays.
        let told = paragraph[next..].trim_end();
        let sentence = told.split_whitespace().count() >= 15
            && !told.contains(['•', '|', '·'])
            && told.ends_with(['.', '!', '?', '"', '”', ')']);
        return dateline(&paragraph[next..])
            .map(|inner| Dateline {
                rest: next + inner.rest,
                ..inner
            })
            .or_else(|| {
                sentence.then(|| Dateline {
                    rest: next,
                    ..Dateline::default()
                })
            });
    }
    let words = prefix.split_whitespace().count();
    // "tirto.id - Pusat Data", "jpnn.com, JAKARTA -": an outlet may write its name in lower case.
    let opens_right = prefix.chars().next().is_some_and(char::is_uppercase)
        || is_outlet(prefix.split(',').next().unwrap_or(prefix))
        || is_outlet(prefix.trim_start_matches('(').trim_end_matches(')'));
    // "Mario Aji - pembalap asal Magetan - finis": a dash in a sentence, not a dateline.
    let text_follows = !paragraph[after..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if prefix.is_empty()
        || words > 8
        || !opens_right
        || !text_follows
        || super::parts::is_related_label(prefix)
    {
        return None;
    }
    // A dateline has no sentence in it: a full stop may only sit inside a domain or acronym,
    // or close the short state after a shouted town ("LONG BEACH, Wash.", "GRAVELBOURG, Sask.").
    let state = shortened_state(prefix);
    let has_sentence_stop = prefix.split_whitespace().any(|w| {
        w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() > 3 && Some(w) != state
    });
    if has_sentence_stop || prefix.contains(['!', '?', '"', '“', ':']) {
        return None;
    }
    let mut line = Dateline {
        rest: after + paragraph[after..].len() - paragraph[after..].trim_start().len(),
        ..Dateline::default()
    };
    let mut rest = prefix.to_string();
    // "Ulaanbaatar, March 5, 2025 /MONTSAME/": the agency between slashes.
    if let Some((open, inside, close)) = slashed_name(&rest.clone())
        && rest[close + 1..].trim().is_empty()
    {
        line.source = Some(tidy_source(inside));
        rest.truncate(open);
    }
    // "TOKYO (Reuters)": the agency in brackets. "Kochi (Kerala) [India], December 9 (ANI)":
    // the state and the country in brackets after the town say which town it is; the last
    // bracket that holds no date is the agency's.
    let groups = bracket_groups(&rest);
    let agency_group = groups.iter().rposition(|&(open, close)| {
        let inside = &rest[open + 1..close];
        inside.split(" / ").any(|p| {
            datefind::find_all(p, false).is_empty() && datefind::month_day(p.trim()).is_none()
        })
    });
    for (k, &(open, close)) in groups.iter().enumerate() {
        let inside = rest[open + 1..close].trim();
        // "DAVAO CITY (MindaNews / 19 November)": the agency and the day it filed, each piece
        // read alone.
        for piece in inside.split(" / ").map(str::trim) {
            let found = datefind::find_all(piece, false);
            if let Some(f) = found.first() {
                line.date = Some(f.date);
            } else if let Some(md) = datefind::month_day(piece) {
                line.month_day = Some(md);
            } else if !piece.is_empty() && line.source.is_none() && Some(k) == agency_group {
                line.source = Some(tidy_source(piece));
            }
        }
    }
    for &(open, close) in groups.iter().rev() {
        rest.replace_range(open..=close, " ");
    }
    // "[India]": a country in square brackets qualifies the town before it.
    while let (Some(open), Some(close)) = (rest.find('['), rest.find(']'))
        && open < close
    {
        rest.replace_range(open..=close, " ");
    }
    let found = datefind::find_all(&rest, false);
    if let Some(f) = found.first() {
        line.date = line.date.or(Some(f.date));
    }
    let mut places: Vec<String> = Vec::new();
    // "Takengon | LintasGayo.co –": a bar parts the place from the outlet as a comma does.
    let rest = rest.replace(" | ", ", ");
    for part in rest.split(',') {
        let part = part.trim();
        // "Pursat, December 1, 2026 AKP --": the year closes the date, and the agency filing
        // the report follows it with no bracket.
        let agency_shaped = |agency: &str| {
            is_outlet(agency)
                || (2..=6).contains(&agency.len()) && agency.chars().all(|c| c.is_ascii_uppercase())
        };
        if let Some((year, agency)) = part.split_once(' ')
            && year.len() == 4
            && year.chars().all(|c| c.is_ascii_digit())
            && (line.date.is_some() || line.month_day.is_some())
            && agency_shaped(agency)
        {
            line.source.get_or_insert_with(|| tidy_source(agency));
            continue;
        }
        // "KATHERINE, Dec 3 AAP -": the agency after the day it filed, with no bracket.
        if let Some((day, agency)) = part.rsplit_once(' ')
            && let Some(md) = datefind::month_day(day)
            && agency_shaped(agency)
        {
            line.month_day = Some(md);
            line.source.get_or_insert_with(|| tidy_source(agency));
            continue;
        }
        // "March 5, 2025": the year stands alone once the commas split the date.
        let year = part.len() == 4 && part.chars().all(|c| c.is_ascii_digit());
        if part.is_empty() || year || !datefind::find_all(part, false).is_empty() {
            continue;
        }
        if datefind::is_calendar_word(part) {
            continue;
        }
        if let Some(md) = datefind::month_day(part) {
            line.month_day = Some(md);
            continue;
        }
        // "PALANGKA RAYA/tabengan.co.id": a place and the outlet's domain joined by a slash.
        if let Some((place, domain)) = part.split_once('/')
            && !place.contains('.')
            && domain.contains('.')
            && !domain.contains(' ')
            && is_outlet(domain)
        {
            line.source.get_or_insert_with(|| tidy_source(domain));
            places.push(tidy_place(place.trim()));
            continue;
        }
        // "SAMARINDA.NIAGA.ASIA", "SAMARINDA.KABARTEPIAN.ID": a shouted place the gazetteer
        // knows glued by a stop to a domain is the place, and the domain the outlet when it
        // ends as outlets' domains do; else its spelling is left to the page's other lines.
        if let Some((place, domain)) = part.split_once('.')
            && !part.contains(' ')
            && !part.chars().any(char::is_lowercase)
            && domain.contains('.')
            && domain.split('.').all(|w| w.chars().count() >= 2)
            && is_known_place(place)
        {
            if is_outlet(domain) {
                line.source.get_or_insert_with(|| tidy_source(domain));
            }
            places.push(tidy_place(place));
            continue;
        }
        // "RM.id Rakyat Merdeka": the outlet's domain, then its name spelt out.
        let domain = part
            .split_whitespace()
            .next()
            .filter(|w| part.contains(' ') && is_outlet(w) && w.contains('.'));
        if line.source.is_none() && (is_source(part) || is_agency_acronym(part, &rest)) {
            line.source = Some(tidy_source(part));
        } else if let Some(domain) = domain
            && line.source.is_none()
        {
            line.source = Some(tidy_source(domain));
        } else if let Some((place, outlet)) = place_and_outlet(part)
            && line.source.is_none()
        {
            line.source = Some(outlet);
            places.push(place);
        } else if line.source.is_none() && outlet_after_place(part, &places, &rest) {
            line.source = Some(tidy_source(part));
        } else if is_desk_initials(part, &places, !rest.chars().any(char::is_lowercase)) {
            // "TANGERANG, SN –": the newsroom's initials, no place; the outlet's name in the
            // form the dateline writes it (CONVENTIONS: Sources, the dateline first). A state's
            // or a province's postal code ("PORTLAND, OR —", "MANOKWARI, PB –") names neither.
            if line.source.is_none() && !REGION_CODES.contains(&part) {
                line.source = Some(part.to_string());
            }
        } else if part.split_whitespace().count() <= 4 && !has_common_word(part) {
            places.push(tidy_place(part));
        } else {
            return None;
        }
    }
    if !places.is_empty() {
        line.location = Some(places.join(", "));
    }
    // "MANILA, Philippines": a shouted city, then its country in ordinary case.
    let raw_places: Vec<&str> = rest
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if let [first, second, ..] = raw_places.as_slice()
        && first.chars().filter(|c| c.is_alphabetic()).count() > 3
        && !first.chars().any(char::is_lowercase)
        && !is_source(first)
        && !is_agency_acronym(first, &rest)
        && second.chars().any(char::is_lowercase)
        && !is_source(second)
        && datefind::month_day(second).is_none()
    {
        line.location = Some(tidy_place(first));
    }
    if line.location.is_none() && line.source.is_none() {
        return None;
    }
    // "KONTAN.CO.ID - JAKARTA. Otoritas": the outlet's dateline, then the place's.
    // "Tribratanews.ntt.polri.go.id – Kupang. Satuan": the outlet's, then a town digest knows.
    if line.location.is_none()
        && let Some(inner) = parse(&paragraph[line.rest..])
        && inner.source.is_none()
        && let Some(place) = inner.location.as_deref()
    {
        let written = paragraph[line.rest..line.rest + inner.rest].trim();
        let shouted = !written.chars().any(char::is_lowercase);
        if shouted || written.split_whitespace().count() <= 3 && is_known_place_or_town(place) {
            line.location = inner.location;
            line.rest += inner.rest;
        }
    }
    // "NTT AKTUAL. KEFAMENANU. DPRD": a shouted name no gazetteer knows, then a shouted place it
    // knows, each closed by a stop: the outlet's dateline, then the place's.
    if line.source.is_none()
        && let [place] = places.as_slice()
        && !is_any_place(place)
        // "EKSKLUSIF. JAKARTA.", "OENESU. KUPANG.": a rubric's word or a village over its
        // district is one word; an outlet's name here is two or more, or one it knows.
        && (prefix.split_whitespace().count() >= 2 || is_outlet(prefix))
        && !is_section_label(prefix)
        && !is_list_label(prefix)
        && !prefix.chars().any(char::is_lowercase)
        && paragraph[..line.rest].trim_end().ends_with('.')
        && let Some(inner) = parse(&paragraph[line.rest..])
        && inner.source.is_none()
        && let Some(town) = inner.location.as_deref()
        && is_any_place(town)
    {
        let written = paragraph[line.rest..line.rest + inner.rest].trim();
        if !written.chars().any(char::is_lowercase) && written.ends_with('.') {
            line.source = Some(tidy_source(prefix));
            line.location = inner.location;
            line.rest += inner.rest;
        }
    }
    // "Bojonegoro – SuaraBanyuurip.com – Warga": the place's, then the outlet's domain.
    if line.source.is_none()
        && line.location.is_some()
        && let Some(inner) = parse(&paragraph[line.rest..])
        && inner.location.is_none()
        && let Some(outlet) = inner.source.as_deref()
        && outlet.contains('.')
        && !outlet.contains(' ')
    {
        line.source = inner.source.clone();
        line.rest += inner.rest;
    }
    Some(line)
}

/// "Create a Website Account - Manage notification subscriptions", "Good news for riders -": an
/// English article, pronoun or preposition no place name joins its words with says the words
/// before the dash are a phrase, not a place. Place names' own small words ("Port of Spain",
/// "Dar es Salaam", "Frankfurt an der Oder") are none of them.
fn has_common_word(part: &str) -> bool {
    const PHRASE_WORDS: [&str; 10] = [
        "a", "the", "for", "to", "with", "your", "my", "our", "their", "its",
    ];
    part.split_whitespace().count() >= 2
        && part
            .split_whitespace()
            .any(|word| PHRASE_WORDS.contains(&word))
}

/// "SACRAMENTO, Calif.", "GRAVELBOURG, Sask. (CP)": the shortened state or province news
/// writes after a shouted town, one capitalised word of at most five letters closed by a stop,
/// alone after the comma (an agency in brackets may follow). None when the prefix has no such
/// word.
fn shortened_state(prefix: &str) -> Option<&str> {
    let (town, state) = prefix.split_once(',')?;
    let state = state.split('(').next().unwrap_or(state).trim();
    let letters = state.chars().filter(|c| c.is_alphabetic()).count();
    let shouted_town = town.chars().filter(|c| c.is_alphabetic()).count() > 2
        && !town.chars().any(char::is_lowercase);
    (shouted_town
        && !state.contains(' ')
        && state.ends_with('.')
        && (2..=5).contains(&letters)
        && state.chars().next().is_some_and(char::is_uppercase)
        && state.chars().skip(1).any(char::is_lowercase)
        // "CORRECTION, Thurs. —": a weekday's short form is no state.
        && !datefind::is_calendar_word(state.trim_end_matches('.'))
        && datefind::weekday_named(state.trim_end_matches('.')).is_none())
    .then_some(state)
}

/// "KBRN, Kupang", "RRI, Ende": a short acronym that names no place, beside a place written in
/// ordinary case, is the newsroom or agency filing the report. Province short forms are longer
/// ("SUMUT") or known (NTT, DKI).
fn is_agency_acronym(part: &str, dateline: &str) -> bool {
    (3..=4).contains(&part.len())
        && part.chars().all(|c| c.is_ascii_uppercase())
        && !PLACE_ACRONYMS.contains(&part)
        && super::gazetteer::place(part).is_none()
        && beside_in_ordinary_case(part, dateline)
}

/// Whether a piece of the dateline other than `part` is written in ordinary case, dates and
/// outlets left out: in "SUVA, Dec 3" only the date is, and in "SOLO, KOMPAS.com" only the
/// outlet, so the shouted word is the town, not a newsroom.
fn beside_in_ordinary_case(part: &str, dateline: &str) -> bool {
    dateline
        .split(',')
        .map(str::trim)
        .filter(|p| *p != part && datefind::month_day(p).is_none() && !is_source(p))
        .filter(|p| datefind::find_all(p, false).is_empty() && !datefind::is_calendar_word(p))
        .any(|p| p.chars().any(char::is_lowercase))
}

/// The spans of the round brackets in `text`, each from its "(" to its ")", outermost only.
fn bracket_groups(text: &str) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    groups.push((open, i));
                }
            }
            _ => {}
        }
    }
    groups
}

/// "KUPANG, TIMEX -", "MEDAN, WASPADA -": after a place the gazetteer knows, one shouted word
/// it does not know is the newspaper filing the report, as "KOMPAS.com" is in "JAKARTA,
/// KOMPAS.com -" (a second place is known: "SEMARANG, DEMAK").
fn outlet_after_place(part: &str, places: &[String], dateline: &str) -> bool {
    // "Tenggarong, TAMBANG –": one place written in ordinary case, then one shouted word: a
    // dateline writes its places in one case, so the shouted word is the newsroom, as it is
    // after a place digest knows.
    // The contrast of case speaks even where a gazetteer lists the shouted word as a district
    // ("Tambang" in Kampar): a second place would be written as the first is.
    let shouted = !part.chars().any(char::is_lowercase);
    let contrast = shouted && places.len() == 1 && beside_in_ordinary_case(part, dateline);
    let after_known = places.last().is_some_and(|p| is_known_place(p)) || contrast;
    // "Jayapura, Jubi": one word after a place digest knows, that no gazetteer lists (its
    // districts included), is the newsroom filing the report.
    let shouted_or_mixed = !part.chars().any(char::is_lowercase)
        || part.chars().next().is_some_and(char::is_uppercase)
            && part.chars().all(char::is_alphabetic);
    // "KEDIRI, JTV –", "MAKASSAR, BKM -": three capitals after a place digest knows are the
    // newsroom's initials as much as four are; shorter ones are a desk's ("SN").
    let letters = part.chars().filter(|c| c.is_alphabetic()).count();
    after_known
        && !part.contains(' ')
        && (letters >= 4 || letters == 3 && shouted && part.chars().all(char::is_alphabetic))
        && shouted_or_mixed
        && !PLACE_ACRONYMS.contains(&part)
        && (contrast || super::gazetteer::place(part).is_none())
        && super::gazetteer::acronym(&capitalised(part)).is_none()
}

/// Two capitals after a place the gazetteer knows that name no place ("SN" in "TANGERANG, SN"),
/// or after any place in a dateline written all in capitals ("PANGKALPINANG, RB"): a
/// newsroom's initials, the form of its name the dateline writes. "AS", "UK", "RI" and the
/// other short place acronyms stay places. "AS", "UK", "RI" and the other short place acronyms stay places.
fn is_desk_initials(part: &str, places: &[String], shouted: bool) -> bool {
    part.len() == 2
        && part.chars().all(|c| c.is_ascii_uppercase())
        && !PLACE_ACRONYMS.contains(&part)
        && super::gazetteer::place(part).is_none()
        && places.last().is_some_and(|p| shouted || is_known_place(p))
}

/// "BOGOR-RADAR BOGOR" → ("Bogor", "Radar Bogor"): a shouted place and outlet glued by a
/// hyphen, the outlet being more than one word.
fn place_and_outlet(part: &str) -> Option<(String, String)> {
    let (place, outlet) = part.split_once('-')?;
    let shouted = !part.chars().any(char::is_lowercase);
    (shouted && !place.contains(' ') && outlet.split_whitespace().count() >= 2)
        .then(|| (tidy_place(place), tidy_source(outlet)))
}

/// A shouted word in normal case: `JAKARTA` → `Jakarta`.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|f| {
            f.to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editors_label_is_no_place_and_a_dateline_may_follow_it() {
        // A ticker's label over its short headline: no dateline, so no lead by one.
        for line in [
            "BREAKING: Brand Highway reopens near Dongara after overnight truck rollover",
            "BREAKING | Heavy rain warning remains in force for the Western Division • Kings Road at Wainibuka reopened to traffic",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
        // Over a lead's sentence the label is cut and names no place.
        let lead = "UPDATE: The Bureau of Meteorology has lifted the major flood warning for Lismore after the river peaked overnight.";
        let d = parse(lead).unwrap();
        assert_eq!(d.location, None);
        assert!(lead[d.rest..].starts_with("The Bureau"));
        let d = parse("UPDATE - SYDNEY, Dec 3 AAP - A Qantas flight has been diverted to Darwin.")
            .unwrap();
        assert_eq!(d.location.as_deref(), Some("Sydney"));
        assert_eq!(d.source.as_deref(), Some("AAP"));
        assert_eq!(d.month_day, Some((12, 3)));
    }

    #[test]
    fn an_agency_may_follow_the_day_with_no_bracket() {
        let d = parse("KATHERINE, Dec 3 AAP - A saltwater crocodile has been trapped.").unwrap();
        assert_eq!(
            (d.location.as_deref(), d.source.as_deref(), d.month_day),
            (Some("Katherine"), Some("AAP"), Some((12, 3)))
        );
        let d = parse("MANILA, Dec. 3 PNA - The agency said.").unwrap();
        assert_eq!(d.source.as_deref(), Some("PNA"));
    }

    #[test]
    fn a_phrase_with_a_common_word_before_a_dash_is_no_place() {
        // A site's account link is no dateline: "a" joins no place name's words.
        let line = parse(
            "Create a Website Account - Manage notification subscriptions, save form progress and more.",
        );
        assert_eq!(line.and_then(|l| l.location), None);
        // A place name's own particle keeps it a place.
        let line = parse("Port of Spain - The city council voted on Monday to close the market.");
        assert_eq!(
            line.and_then(|l| l.location).as_deref(),
            Some("Port of Spain")
        );
        let line = parse("Frankfurt an der Oder - The bridge to Slubice will close in January.");
        assert_eq!(
            line.and_then(|l| l.location).as_deref(),
            Some("Frankfurt an der Oder")
        );
        let line =
            parse("Dar es Salaam - Traders at Kariakoo market closed their stalls on Monday.");
        assert_eq!(
            line.and_then(|l| l.location).as_deref(),
            Some("Dar es Salaam")
        );
    }

    #[test]
    fn an_outlet_and_a_town_each_closed_by_a_stop_are_outlet_then_place() {
        let lead = "NTT AKTUAL. KEFAMENANU. DPRD Kabupaten Timor Tengah Utara menetapkan APBD.";
        let line = parse(lead).unwrap();
        assert_eq!(line.source.as_deref(), Some("NTT Aktual"));
        assert_eq!(line.location.as_deref(), Some("Kefamenanu"));
        assert!(
            lead[line.rest..].starts_with("DPRD"),
            "the lead starts after both"
        );
        // A rubric's word or a village over its district is one word, and no outlet.
        for lead in [
            "EKSKLUSIF. JAKARTA. Presiden meninjau banjir.",
            "OENESU. KUPANG. Warga desa mengungsi.",
        ] {
            assert_eq!(parse(lead).and_then(|l| l.source), None, "{lead}");
        }
        // A known place then a name is the place's dateline alone: the name is the lead's.
        let line = parse("JAKARTA. KOMPAS. Presiden meninjau banjir.").unwrap();
        assert_eq!(line.location.as_deref(), Some("Jakarta"));
        assert_eq!(line.source, None);
    }

    #[test]
    fn today_and_online_build_outlet_names_but_not_beside_a_dates_label() {
        assert!(is_outlet("Pakistan Today"));
        // A town built on a newsroom word is a town.
        assert!(!is_outlet("Post Falls"));
        assert!(is_outlet("Jakarta Post"));
        assert!(is_outlet("Yakima Herald-Republic"));
        assert!(is_outlet("Fiji Today"));
        assert!(is_outlet("Samoa Observer Online"));
        // "Online" is part of the name the outlet prints ("Kalbar Utara Online", "King Island
        // Online"): it stays.
        assert_eq!(
            tidy_source("Samoa Observer Online"),
            "Samoa Observer Online"
        );
        assert!(!is_outlet("Updated Today"));
        assert!(!is_outlet("Published Online"));
        assert!(is_outlet("Mindanao Examiner"));
        assert!(is_outlet("Wharekauri Weekly"));
        assert!(!is_outlet("Weekly Market Reopens"));
        assert!(is_outlet("Philippine Daily Inquirer"));
        assert!(is_outlet("The Gleaner"));
        assert!(is_outlet("Trinidad and Tobago Guardian"));
        assert!(!is_outlet("Ministry of Information and Broadcasting"));
    }

    #[test]
    fn a_press_office_files_where_a_newsroom_would() {
        assert_eq!(
            dl("JAKARTA, HUMAS MKRI – Mahkamah Konstitusi menggelar sidang."),
            (
                s("Humas MKRI"),
                s("Jakarta"),
                "Mahkamah Konstitusi menggelar sidang.".into()
            )
        );
        // Beside a date and a view count it is the writer's credit, not a dateline's outlet.
        assert!(!is_outlet("Humas UGM"));
    }

    #[test]
    fn an_outlet_alone_in_brackets_opens_a_dateline() {
        for (text, source) in [
            (
                "(Laotian Times) The railway carried a record load.",
                "Laotian Times",
            ),
            (
                "(Harian Metro) Polisi menangkap dua tersangka.",
                "Harian Metro",
            ),
        ] {
            let d = parse(text).expect(text);
            assert_eq!(d.source.as_deref(), Some(source));
            assert_eq!(d.location, None);
        }
        // An aside in brackets is no outlet.
        assert!(parse("(Updated) The railway carried a record load.").is_none());
        assert!(parse("(File) Pedagang menata dagangan di pasar.").is_none());
    }

    #[test]
    fn a_ranked_list_of_stories_names_no_outlet() {
        for label in [
            "Latest News",
            "Berita Terkini",
            "Top Stories",
            "BREAKING NEWS",
        ] {
            assert!(!is_outlet(label), "{label}");
        }
        for outlet in [
            "Daily News",
            "Laotian Times",
            "Harian Terbit",
            "Berita Satu",
        ] {
            assert!(is_outlet(outlet), "{outlet}");
        }
    }

    fn dl(p: &str) -> (Option<String>, Option<String>, String) {
        let d = parse(p).unwrap_or_else(|| panic!("no dateline in {p}"));
        (d.source, d.location, p[d.rest..].to_string())
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn the_datelines_news_use() {
        assert_eq!(
            dl("Liputan6.com, Tokyo - Menteri luar negeri"),
            (s("Liputan6.com"), s("Tokyo"), "Menteri luar negeri".into())
        );
        assert_eq!(
            dl("WASHUNGTON, AS – Jepang dan Amerika"),
            (None, s("Washungton, AS"), "Jepang dan Amerika".into())
        );
        assert_eq!(
            dl("JAKARTA, KOMPAS.com - Presiden"),
            (s("Kompas.com"), s("Jakarta"), "Presiden".into())
        );
        assert_eq!(
            dl("KK.id Kabar Kota - Dewan meminta kementerian menunda aturan."),
            (
                s("KK.id"),
                None,
                "Dewan meminta kementerian menunda aturan.".into()
            )
        );
        // A short town the gazetteer knows is no acronym.
        assert_eq!(tidy_place("SOE"), "Soe");
        assert_eq!(tidy_place("NTT"), "NTT");
        assert_eq!(
            dl("TOKYO (Reuters) - Japan's"),
            (s("Reuters"), s("Tokyo"), "Japan's".into())
        );
        assert_eq!(
            dl("Jakarta, CNN Indonesia -- Harga"),
            (s("CNN Indonesia"), s("Jakarta"), "Harga".into())
        );
        assert_eq!(
            dl("Jakarta - Pemerintah"),
            (None, s("Jakarta"), "Pemerintah".into())
        );
        assert_eq!(
            dl("SAN FRANCISCO, KOMPAS.com — Apple"),
            (s("Kompas.com"), s("San Francisco"), "Apple".into())
        );
    }

    #[test]
    fn a_shouted_town_and_its_shortened_state_are_a_dateline() {
        for (line, place) in [
            ("LONG BEACH, Wash. — The department", "Long Beach"),
            ("GRAVELBOURG, Sask. — Cattle producers", "Gravelbourg"),
            ("SACRAMENTO, Calif. (AP) — Lawmakers", "Sacramento"),
        ] {
            assert_eq!(dl(line).1, s(place), "{line}");
        }
        // A sentence's stop still is one: a word of six letters, a town not shouted.
        for line in [
            "REPORTERS, Toronto. — The meeting",
            "Moose Jaw, Sask. — The meeting",
        ] {
            assert_eq!(parse(line).and_then(|d| d.location), None, "{line}");
        }
    }

    #[test]
    fn a_known_place_and_a_newsroom_before_a_stop_are_a_dateline() {
        assert_eq!(
            dl("Kediri, Jawara. Ratusan pedagang pasar menolak relokasi"),
            (
                s("Jawara"),
                s("Kediri"),
                "Ratusan pedagang pasar menolak relokasi".into()
            )
        );
        assert_eq!(
            dl("Manila, Tribune. Senators on Monday asked"),
            (s("Tribune"), s("Manila"), "Senators on Monday asked".into())
        );
    }

    #[test]
    fn the_agency_between_slashes_closes_the_dateline() {
        assert_eq!(
            dl("Ulaanbaatar, March 5, 2025 /MONTSAME/. More than a million head of livestock"),
            (
                s("Montsame"),
                s("Ulaanbaatar"),
                "More than a million head of livestock".into()
            )
        );
        assert_eq!(
            dl("NEW YORK, June 2, 2025 /PRNewswire/ -- Acme Corp said on Monday it"),
            (
                s("PRNewswire"),
                s("New York"),
                "Acme Corp said on Monday it".into()
            )
        );
        assert_eq!(
            dl("Hanoi, 12 Mei 2025 /Kantor Berita/ Pemerintah Vietnam menaikkan tarif"),
            (
                s("Kantor Berita"),
                s("Hanoi"),
                "Pemerintah Vietnam menaikkan tarif".into()
            )
        );
    }

    #[test]
    fn datelines_glued_chained_or_in_lower_case() {
        assert_eq!(
            dl("Harianjogja.com, SLEMAN—Balai Besar"),
            (s("Harianjogja.com"), s("Sleman"), "Balai Besar".into())
        );
        assert_eq!(
            dl("BOGOR-RADAR BOGOR, Pemerintah Kabupaten"),
            (s("Radar Bogor"), s("Bogor"), "Pemerintah Kabupaten".into())
        );
        assert_eq!(
            dl("KONTAN.CO.ID - JAKARTA. Otoritas Jasa"),
            (s("Kontan.co.id"), s("Jakarta"), "Otoritas Jasa".into())
        );
        assert_eq!(
            dl("tirto.id - Pusat Data"),
            (s("tirto.id"), None, "Pusat Data".into())
        );
        assert_eq!(
            parse("Mario Aji - pembalap asal Magetan - finis keempat."),
            None
        );
        assert_eq!(
            dl("tirto.id - Pusat Data Nasional - Kementerian"),
            (
                s("tirto.id"),
                None,
                "Pusat Data Nasional - Kementerian".into()
            )
        );
        assert_eq!(parse("Harga—yang naik—membuat pedagang mengeluh."), None);
    }

    #[test]
    fn an_outlet_in_lower_case_or_by_a_newsroom_word_opens_the_dateline() {
        assert_eq!(
            dl("jpnn.com, JAKARTA - Komisi II"),
            (s("jpnn.com"), s("Jakarta"), "Komisi II".into())
        );
        assert_eq!(
            dl("merdeka.com, BANDUNG – Pemerintah"),
            (s("merdeka.com"), s("Bandung"), "Pemerintah".into())
        );
        assert_eq!(
            dl("Warta Ekonomi, Jakarta - Bank Indonesia"),
            (s("Warta Ekonomi"), s("Jakarta"), "Bank Indonesia".into())
        );
        assert_eq!(
            dl("Kabar Banten, Serang - Pemerintah"),
            (s("Kabar Banten"), s("Serang"), "Pemerintah".into())
        );
    }

    #[test]
    fn a_one_word_brand_ending_in_a_newsroom_word_is_an_outlet() {
        assert!(is_outlet("BenarNews"));
        assert!(is_outlet("JakartaGlobe"));
        assert!(!is_outlet("McDonald"));
        // Letters whose lower case is longer than they are do not break the reading.
        assert!(is_outlet("İaİNews"));
        assert!(!is_outlet("İaİXyz"));
    }

    #[test]
    fn a_known_place_before_a_colon_is_a_dateline_a_label_is_not() {
        assert_eq!(
            dl("Jakarta: Kementerian Kesehatan"),
            (None, s("Jakarta"), "Kementerian Kesehatan".into())
        );
        assert_eq!(
            dl("Surabaya: Pemerintah Kota"),
            (None, s("Surabaya"), "Pemerintah Kota".into())
        );
        assert_eq!(parse("Catatan: Harga naik pekan ini."), None);
    }

    #[test]
    fn an_unknown_town_before_a_colon_is_the_lead_s_place_a_label_or_speaker_is_not() {
        let lead = "Pune: Residents of 14 areas will not get water supply next Thursday.";
        let story = "The cut hits homes in western Pune hardest.";
        let d = lead_place(lead, story).unwrap();
        assert_eq!(d.location.as_deref(), Some("Pune"));
        assert_eq!(
            &lead[d.rest..],
            "Residents of 14 areas will not get water supply next Thursday."
        );
        // Dated, the town needs no second mention.
        let dated = "KATHMANDU, Nov 26: Sajha Yatayat will add 40 electric buses on its routes.";
        let d = lead_place(dated, "").unwrap();
        assert_eq!(d.location.as_deref(), Some("Kathmandu"));
        assert_eq!(d.month_day, Some((11, 26)));
        // Named nowhere else, a label.
        assert!(lead_place(lead, "The cut hits the west hardest.").is_none());
        // A word the text writes in lower case is a label.
        let update = "Update: The council will move 120 stalls off the main road next month.";
        assert!(lead_place(update, "The update came after a meeting in Update.").is_none());
        // An editor's label is no town, dated or named nowhere else.
        let label =
            "UPDATE, Nov 26: The council will move 120 stalls off the main road next month.";
        assert!(lead_place(label, "").is_none());
        // A speaker named again after a verb of saying, or in an apposition, is no place.
        let said = "Okonkwo: We will run two extra night crossings each week from next month.";
        assert!(lead_place(said, "\"People wait,\" said Okonkwo, who runs it.").is_none());
        let ujar = "Suharyanto: Kami sudah mengirim bantuan logistik ke seluruh titik pengungsian.";
        assert!(
            lead_place(
                ujar,
                "\"Sudah sampai,\" ujar Suharyanto saat meninjau posko."
            )
            .is_none()
        );
        let apposition = "Marzuki: Atap los ikan sudah bocor di banyak tempat sejak bulan lalu.";
        assert!(lead_place(apposition, "Marzuki, ketua paguyuban, mengeluh.").is_none());
        // A town named again after a locative, a direction word between or not.
        assert!(lead_place(said, "Boats leave from the pier in western Okonkwo.").is_some());
        // A speaker: the name is a clause's subject.
        let speaker = "Manandhar: We want to give commuters a clean and cheaper option soon.";
        assert!(
            lead_place(
                speaker,
                "Kiran Manandhar runs it. \"Soon,\" Manandhar said."
            )
            .is_none()
        );
    }

    #[test]
    fn a_date_in_the_dateline_is_kept() {
        let d = parse("Jakarta, Senin (3/3/2025) - Harga beras").unwrap();
        assert_eq!(d.location.as_deref(), Some("Jakarta"));
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2025-03-03"));
    }

    #[test]
    fn a_related_link_label_in_capitals_is_no_dateline() {
        for p in [
            "SEE ALSO: Bali's tourist levy collected IDR 318 billion",
            "READ MORE: Thai baht slips as exports weaken",
            "BACA JUGA: Harga Cabai Rawit Tembus Rp 90 Ribu",
        ] {
            assert_eq!(parse(p), None, "{p}");
        }
    }

    #[test]
    fn a_shouted_brand_glued_to_a_newsroom_word_is_the_source_not_a_place() {
        assert_eq!(
            dl("JATIMTIMES - Luas kebun apel"),
            (s("JatimTimes"), None, "Luas kebun apel".into())
        );
        assert_eq!(
            dl("MEDAN, SUMUTPOS - Banjir"),
            (s("SumutPos"), s("Medan"), "Banjir".into())
        );
        assert_eq!(
            dl("RADARSOLO – Pemkot Solo"),
            (s("RadarSolo"), None, "Pemkot Solo".into())
        );
        // A shouted place stays a place.
        assert_eq!(
            dl("PONTIANAK - Warga"),
            (None, s("Pontianak"), "Warga".into())
        );
    }

    #[test]
    fn a_town_abroad_opens_a_dateline_before_a_colon_and_its_state_is_no_outlet() {
        assert_eq!(
            dl("Hyderabad: Earthmovers pulled down 14 villas"),
            (
                None,
                s("Hyderabad"),
                "Earthmovers pulled down 14 villas".into()
            )
        );
        // A word before a colon that names no town is a label.
        assert!(parse("Catatan: Earthmovers pulled down 14 villas").is_none());
        // After a town abroad, its state or its country is no newsroom.
        assert_eq!(
            dl("NAMPA, Idaho — A Nampa congregation"),
            (None, s("Nampa"), "A Nampa congregation".into())
        );
        assert_eq!(dl("APIA, SAMOA – The bridge").0, None);
        // A town built on a newsroom word is the place.
        assert_eq!(
            dl("POST FALLS – The council voted"),
            (None, s("Post Falls"), "The council voted".into())
        );
        // After an Indonesian town, a name no gazetteer knows still is.
        assert_eq!(dl("Jayapura, Jubi - Warga").0, s("Jubi"));
    }

    #[test]
    fn the_agency_is_the_last_bracket_after_the_towns_state_and_country() {
        let d = parse("Kochi (Kerala) [India], December 9 (ANI): Kochi Water Metro opened")
            .expect("a dateline");
        assert_eq!(d.source.as_deref(), Some("ANI"));
        assert_eq!(d.location.as_deref(), Some("Kochi"));
        assert_eq!(d.month_day, Some((12, 9)));
        assert_eq!(
            &"Kochi (Kerala) [India], December 9 (ANI): Kochi Water Metro opened"[d.rest..],
            "Kochi Water Metro opened"
        );
        assert_eq!(
            dl("DAVAO CITY (MindaNews / 19 November) – The"),
            (s("MindaNews"), s("Davao City"), "The".into())
        );
    }

    #[test]
    fn an_outlets_domain_after_the_place_may_close_with_a_colon() {
        assert_eq!(
            dl("SURABAYA, LENSAINDONESIA.COM: Hujan deras yang mengguyur"),
            (
                s("Lensaindonesia.com"),
                s("Surabaya"),
                "Hujan deras yang mengguyur".into()
            )
        );
        // A stop in a sentence before a colon is no domain.
        assert!(parse("Dr. Budi, kata dia: Hujan deras").is_none());
        assert!(parse("SURABAYA, Pak Budi. Hujan: Warga").is_none_or(|d| d.source.is_none()));
    }

    #[test]
    fn an_agency_acronym_beside_a_place_in_ordinary_case_is_the_source() {
        assert_eq!(
            dl("KBRN, Kupang: Dinas Kesehatan"),
            (s("KBRN"), s("Kupang"), "Dinas Kesehatan".into())
        );
        assert_eq!(
            dl("LKBN, Ende - Warga"),
            (s("LKBN"), s("Ende"), "Warga".into())
        );
        assert_eq!(
            dl("Kupang, NTT - Warga"),
            (None, s("Kupang, NTT"), "Warga".into())
        );
        // Beside an outlet, a shouted town the gazetteer does not know stays the town.
        assert_eq!(
            dl("SOLO, KOMPAS.com - Pemerintah"),
            (s("Kompas.com"), s("Solo"), "Pemerintah".into())
        );
        // A newsroom's two initials after a known place are no place: they are its name as the
        // dateline writes it.
        assert_eq!(
            dl("TANGERANG, SN – Pedagang"),
            (s("SN"), s("Tangerang"), "Pedagang".into())
        );
        assert_eq!(
            dl("PORTLAND, OR — The city"),
            (None, s("Portland"), "The city".into())
        );
        assert_eq!(
            dl("WASHINGTON, AS – Presiden"),
            (None, s("Washington, AS"), "Presiden".into())
        );
        // A date is no place: the short shouted word before it is the town.
        assert_eq!(
            dl("SUVA, Dec 3 - The Fiji government"),
            (None, s("Suva"), "The Fiji government".into())
        );
        assert_eq!(
            dl("LAE, Tuesday - Police"),
            (None, s("Lae"), "Police".into())
        );
    }

    #[test]
    fn a_newsroom_in_mixed_case_a_glued_dash_or_a_closing_agency_ends_the_dateline() {
        assert_eq!(
            dl("Kupang, Timex – Harga beras naik lagi."),
            (s("Timex"), s("Kupang"), "Harga beras naik lagi.".into())
        );
        assert_eq!(
            dl("Medan, Analisa—Harga cabai naik lagi pekan ini."),
            (
                s("Analisa"),
                s("Medan"),
                "Harga cabai naik lagi pekan ini.".into()
            )
        );
        // A real dash glued to the outlet before it, a space after it.
        assert_eq!(
            dl("TEPUS, (Sorotgunungkidul.com)– Sebanyak 23 telaga mengering."),
            (
                s("Sorotgunungkidul.com"),
                s("Tepus"),
                "Sebanyak 23 telaga mengering.".into()
            )
        );
        assert!(parse("Harga naik sejak 2019– Semua warga mengeluh.").is_none());
        assert_eq!(
            dl("OSAKA--The city will open the bridge next week."),
            (
                None,
                s("Osaka"),
                "The city will open the bridge next week.".into()
            )
        );
        assert_eq!(
            dl("Kaohsiung, March 3 (TNA) The port will reopen on Friday."),
            (
                s("TNA"),
                s("Kaohsiung"),
                "The port will reopen on Friday.".into()
            )
        );
        // A colon or a dash glued to the bracket closes the dateline too; the bracket may hold
        // the agency's name in words.
        assert_eq!(
            dl("DASU, Dec 02 (APP): Traffic resumed on Tuesday."),
            (s("APP"), s("Dasu"), "Traffic resumed on Tuesday.".into())
        );
        assert_eq!(
            dl("Sapporo, Dec. 2 (Jiji Press)--The bus company said Tuesday."),
            (
                s("Jiji Press"),
                s("Sapporo"),
                "The bus company said Tuesday.".into()
            )
        );
        assert!(parse("Warga, Senin 2 (kata dia)--Harga naik.").is_none());
        // A place and its province, and a body with its acronym, stay what they are.
        assert_eq!(
            dl("Bandung, Jawa Barat - Harga naik.").1,
            s("Bandung, Jawa Barat")
        );
        assert!(
            parse("Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mencatat banjir.")
                .is_none()
        );
    }

    #[test]
    fn one_unknown_shouted_word_after_a_known_place_is_the_newspaper() {
        assert_eq!(
            dl("MEDAN, WASPADA - Harga cabai"),
            (s("Waspada"), s("Medan"), "Harga cabai".into())
        );
        assert_eq!(
            dl("KUPANG, TIMEX - Ratusan warga"),
            (s("Timex"), s("Kupang"), "Ratusan warga".into())
        );
        // Two places, a province's short form, or an unknown place first: no outlet.
        assert_eq!(
            dl("SEMARANG, DEMAK - Jalur kereta"),
            (None, s("Semarang, Demak"), "Jalur kereta".into())
        );
        assert_eq!(
            dl("MAKASSAR, SULSEL - Warga"),
            (None, s("Makassar, Sulsel"), "Warga".into())
        );
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for p in [
            "Jepang dan Amerika Serikat memperkuat aliansi pertahanan dengan menyepakati peningkatan produksi - kata dia.",
            "Pembicaraan yang disebut \"2+2\" ini akan mencakup upaya pencegahan serangan terhadap sekutu -- istilah",
            "Tujuannya untuk mendorong.",
            "Ini sudah selesai. Lalu - kata dia",
        ] {
            assert_eq!(parse(p), None, "{p}");
        }
    }

    #[test]
    fn wire_datelines_give_the_place_and_a_date_without_its_year() {
        let d = parse("JAKARTA, March 19 (Reuters) - Indonesia raised").unwrap();
        assert_eq!(d.location.as_deref(), Some("Jakarta"));
        assert_eq!(d.month_day, Some((3, 19)));
        assert_eq!(d.source.as_deref(), Some("Reuters"));
        let d = parse("MANILA, Philippines (AP) — A powerful typhoon").unwrap();
        assert_eq!(d.location.as_deref(), Some("Manila"));
        let d = parse("Bandung (ANTARA) - Pemerintah").unwrap();
        assert_eq!(
            (d.source.as_deref(), d.location.as_deref()),
            (Some("Antara"), Some("Bandung"))
        );
        let d = parse("DENPASAR: Foreign tourists visiting Bali").unwrap();
        assert_eq!(d.location.as_deref(), Some("Denpasar"));
        let d = parse("Jakarta. The General Elections Commission").unwrap();
        assert_eq!(d.location.as_deref(), Some("Jakarta"));
        assert_eq!(parse("Prof. Budi said so."), None);
    }

    #[test]
    fn a_date_in_brackets_or_a_bare_hyphen_still_make_a_dateline() {
        let d = parse("SINGAPORE (May 2): Shares in the city fell").unwrap();
        assert_eq!(
            (d.location.as_deref(), d.month_day, d.source),
            (Some("Singapore"), Some((5, 2)), None)
        );
        assert_eq!(
            dl("MATARAM-Harga cabai naik lagi."),
            (None, s("Mataram"), "Harga cabai naik lagi.".into())
        );
        // A bar after a place shouted or known opens the lead under a sentence; a rubric's bar
        // or a short title's does not.
        assert_eq!(
            parse("Solwezi | More than 1,200 traders at Solwezi Main Market have been moved to a site.")
                .and_then(|d| d.location),
            Some("Solwezi".into())
        );
        assert_eq!(
            parse("TIMIKA | Sekitar 230 penumpang tertahan di bandara karena cuaca buruk sejak pagi tadi.")
                .and_then(|d| d.location),
            Some("Timika".into())
        );
        for p in [
            "VIDEO | Banjir Rob Rendam Permukiman Warga di Pesisir Utara Jakarta",
            "Sport | Arsenal won again on Saturday and moved four points clear at the top.",
            "Solwezi | Pasar Baru",
            "Metro | Polisi Tangkap Dua Pelaku Curanmor di Kawasan Kebayoran Baru Jakarta Selatan pada Senin Malam",
            "Asia | China's exports fell for a second month in November as demand from the US weakened sharply.",
        ] {
            assert_eq!(parse(p).and_then(|d| d.location), None, "{p}");
        }
        // Hyphens that join words are no datelines.
        for p in [
            "COVID-19 cases rose again in the capital this week.",
            "PT KAI-Daop 8 menambah kereta.",
            "Kasus COVID-Delta naik.",
        ] {
            assert_eq!(parse(p), None, "{p}");
        }
    }

    #[test]
    fn a_release_calling_itself_so_names_no_outlet() {
        for label in [
            "PRESS STATEMENT",
            "Media Release",
            "News Release",
            "Siaran Pers",
            "MEDIA ADVISORY",
        ] {
            assert!(!is_outlet(label), "{label}");
        }
        // A page whose headline is the statement itself keeps it.
        assert!(!is_release_label("Joint Statement"));
        // Outlets built on the same words stay outlets.
        for name in [
            "Media Indonesia",
            "Jakarta Press",
            "Kyodo News",
            "News Today",
        ] {
            assert!(is_outlet(name), "{name}");
        }
    }

    #[test]
    fn outlet_names_are_written_as_in_running_text() {
        assert_eq!(tidy_source("KOMPAS.com"), "Kompas.com");
        assert_eq!(tidy_source("REPUBLIKA.CO.ID"), "Republika.co.id");
        assert_eq!(tidy_source("KABARNUSA.Net"), "Kabarnusa.Net");
        assert_eq!(tidy_source("BNN.Id"), "BNN.Id");
        assert_eq!(tidy_source("ANTARA"), "Antara");
        assert_eq!(tidy_source("AFP"), "AFP");
        // A call sign's digit is no letter: four letters and a number are an acronym.
        assert_eq!(tidy_source("KSPN2"), "KSPN2");
        assert_eq!(tidy_source("TRANS7"), "Trans7");
        assert_eq!(tidy_source("NEWS24"), "News24");
        assert_eq!(tidy_source("RIAU24.COM"), "Riau24.com");
        assert_eq!(tidy_source("detikNews"), "detikNews");
        assert_eq!(tidy_source("NHK WORLD-JAPAN News"), "NHK World-Japan News");
        assert_eq!(tidy_source("ABS-CBN News"), "ABS-CBN News");
        // A newsroom word in capitals is a word, however short; an acronym beside it stays.
        assert_eq!(tidy_source("KYODO NEWS"), "Kyodo News");
        assert_eq!(tidy_source("BATAM POS"), "Batam Pos");
        assert_eq!(tidy_source("CNN TV"), "CNN TV");
        assert_eq!(tidy_source("THE UB POST"), "The UB Post");
        // "Ekspres", "Express" build newspapers' names; a short place beside one is a word.
        assert_eq!(tidy_source("PALU EKSPRES"), "Palu Ekspres");
        assert_eq!(tidy_source("BALI EXPRESS"), "Bali Express");
        assert_eq!(
            dl("SINGKAWANG, BORNEO EKSPRES – Harga naik."),
            (s("Borneo Ekspres"), s("Singkawang"), "Harga naik.".into())
        );
    }

    #[test]
    fn places_are_tidied() {
        assert_eq!(tidy_place("WASHUNGTON"), "Washungton");
        assert_eq!(tidy_place("AS"), "AS");
        assert_eq!(tidy_place("NEW YORK"), "New York");
        assert_eq!(tidy_place("PORT OF SPAIN"), "Port of Spain");
        // A bureau or a desk is no place, though the lead goes on after it.
        assert_eq!(
            dl("WESTERN BUREAU: Vendors will move to Harbour Street."),
            (None, None, "Vendors will move to Harbour Street.".into())
        );
        // Two datelines in a row: the outlet's and the place's, in either order.
        assert_eq!(
            dl("Tribratanews.ntt.polri.go.id – Kupang. Satuan Lalu Lintas mencatat pelanggaran."),
            (
                s("Tribratanews.ntt.polri.go.id"),
                s("Kupang"),
                "Satuan Lalu Lintas mencatat pelanggaran.".into()
            )
        );
        assert_eq!(
            dl("Bojonegoro – SuaraBanyuurip.com – Warga tiga desa mengeluh."),
            (
                s("SuaraBanyuurip.com"),
                s("Bojonegoro"),
                "Warga tiga desa mengeluh.".into()
            )
        );
        // An outlet's domain glued to a hyphen before the text.
        assert_eq!(
            dl("TANGERANGNEWS.com-Dinas Perhubungan Kota Tangerang menambah koridor."),
            (
                s("Tangerangnews.com"),
                None,
                "Dinas Perhubungan Kota Tangerang menambah koridor.".into()
            )
        );
        // A wire's leader of stops, and a dash glued to a shouted outlet and place.
        assert_eq!(
            dl("CHARLEMONT, DEC. 2, 2026.....The state will spend $4.1 million."),
            (
                None,
                s("Charlemont"),
                "The state will spend $4.1 million.".into()
            )
        );
        assert_eq!(
            dl("WARTABANGKA, SUNGAILIAT– Sedikitnya 60 kapal nelayan tertahan."),
            (
                s("WartaBangka"),
                s("Sungailiat"),
                "Sedikitnya 60 kapal nelayan tertahan.".into()
            )
        );
        assert!(parse("Wait... The council said no.").is_none());
        // Names joined by a hyphen in the text open no dateline.
        for text in [
            "Kompas.com-Detik.com-Tribunnews.com masih menjadi tiga situs berita terbesar.",
            "Tokopedia.com-Shopee bersaing ketat merebut pasar penjual kecil.",
        ] {
            assert!(parse(text).is_none(), "{text}");
        }
        assert_eq!(
            dl("bimanews.id-Harga bawang merah di tingkat petani terus anjlok."),
            (
                s("bimanews.id"),
                None,
                "Harga bawang merah di tingkat petani terus anjlok.".into()
            )
        );
        // A bureau named for a town files from that town.
        assert_eq!(
            dl("MANILA BUREAU – Vendors will move to Quiapo."),
            (None, s("Manila"), "Vendors will move to Quiapo.".into())
        );
        assert_eq!(
            dl("CITY DESK – Vendors will move to Harbour Street."),
            (None, None, "Vendors will move to Harbour Street.".into())
        );
        // "Metro" is a town somewhere; a desk named for it is still a beat.
        assert_eq!(
            dl("METRO DESK – The city council on Monday approved two new bus lanes."),
            (
                None,
                None,
                "The city council on Monday approved two new bus lanes.".into()
            )
        );
        assert_eq!(tidy_place("Tokyo"), "Tokyo");
        // Spelling inside a word and three-letter towns are names, not acronyms.
        assert_eq!(tidy_place("BA'A"), "Ba'a");
        assert_eq!(tidy_place("N'DJAMENA"), "N'djamena");
        assert_eq!(tidy_place("EUA"), "Eua");
        assert_eq!(tidy_place("NTT"), "NTT");
    }

    #[test]
    fn three_shouted_letters_before_a_colon_are_a_town_unless_an_outlet() {
        assert_eq!(
            dl("LAE: Shipping lines have warned that cargo may be diverted."),
            (
                None,
                s("Lae"),
                "Shipping lines have warned that cargo may be diverted.".into()
            )
        );
        assert_eq!(
            dl("EUA: Warga pulau itu menunggu kapal pekan depan."),
            (
                None,
                s("Eua"),
                "Warga pulau itu menunggu kapal pekan depan.".into()
            )
        );
        assert_eq!(parse("CNN: The network said it would appeal."), None);
    }
}
