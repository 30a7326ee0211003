//! Finding the dates news texts write: "Kamis (15/1/2026)", "Senin, 3 Maret 2025",
//! "11/03/2025, 14:30 WIB", "November 19, 2025", "2025-03-11".

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

/// What shape a found date had; the weekday-and-numbers form is Indonesian news' own dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    WeekdayNumeric,
    Numeric,
    Named,
    Iso,
}

/// A date found in text, with its byte position and whether it speaks of the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub future: bool,
    /// The date opens a span that lasts to the report ("kosong sejak Senin (30/6/2025)",
    /// "closed since June 30, 2025"): the day it began, not the day of the report.
    pub since: bool,
}

const MONTHS: &[(&str, i8)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("pebruari", 2),
    ("feb", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

const WEEKDAYS: &str = r"senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// Names of weekdays and months in Indonesian and English, lower case (never tags).
pub fn is_calendar_word(word: &str) -> bool {
    static WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        MONTHS
            .iter()
            .map(|(m, _)| *m)
            .chain(WEEKDAYS.split('|'))
            .collect()
    });
    WORDS.contains(word.to_lowercase().as_str())
}

/// English weekdays' short forms: three letters ("Tue"), or four ("Tues", "Thur", "Weds").
const SHORT_WEEKDAYS: &str = "mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun";

/// A weekday's name in Indonesian or English, or an English one's short form ("Tue", "tue.",
/// "Thur."), in any case.
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    WEEKDAYS.split('|').any(|d| d == w) || SHORT_WEEKDAYS.split('|').any(|d| d == w)
}

/// The weekday a word names ("Tue.", "Thursday,", "Jumat"), full or short.
pub fn weekday_named(word: &str) -> Option<jiff::civil::Weekday> {
    let word = word.trim_end_matches([',', ':']);
    if !is_weekday(word) {
        return None;
    }
    let w = word.trim_end_matches('.').to_lowercase();
    use jiff::civil::Weekday::*;
    let days = [
        Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    ];
    let short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    short
        .iter()
        .position(|s| w.starts_with(s))
        .map(|k| days[k])
        .or_else(|| first_weekday(&w))
}

fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|&(_, i)| i)
}

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    // Longest first, so "juni" is not cut to "jun".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

/// A month written by name beside a day ("Dec. 23", "DEC. 2, 2026", "3 December").
static MONTH_WITH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let months = month_alternation();
    Regex::new(&format!(
        r"(?i)\b(?P<a>{months})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?P<b>{months})\b"
    ))
    .unwrap()
});

/// A time in one of the United States' zones, right after a date ("3:42 p.m. CT", "09:15 EST").
/// Not CST, MST nor PST, which are China's, Malaysia's and Pakistan's standard times too.
static AMERICAN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s,|·-]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:(?i:[ap]\.?m\.?)\s*)?(?:[ECMP]T|[ECMP]DT|EST|AK[SD]T|HST)\b",
    )
    .unwrap()
});

/// "Published: 12/3/2026" on an American page that writes "Dec. 23" in its story: a date
/// written in figures that reads either way is read month first when the text writes its
/// dates month first and names the month of that reading, never the month of the day-first
/// one. `date` is the day-first reading of a figure date in `text`; anything else comes back
/// as it is.
pub fn month_first_reading(date: Date, text: &str) -> Date {
    let (d, m) = (date.day(), date.month());
    if d > 12 || d == m {
        return date;
    }
    let found = find_all(text, false);
    let in_figures = found
        .iter()
        .any(|f| f.kind == Kind::Numeric && f.date == date);
    let in_words = found
        .iter()
        .any(|f| f.kind != Kind::Numeric && f.date == date);
    if !in_figures || in_words {
        return date;
    }
    // "Filed: 12/10/2026 3:42 p.m. CT": a time in an American zone beside the figures.
    let zoned = found.iter().any(|f| {
        let rest = &text[f.end..];
        let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
        f.kind == Kind::Numeric && f.date == date && AMERICAN_TIME.is_match(rest)
    });
    if zoned && let Ok(swapped) = Date::new(date.year(), d, m) {
        return swapped;
    }
    // The text writes its dates month first ("Dec. 23", never "23 December"), as American
    // pages do.
    let with_day: Vec<_> = MONTH_WITH_DAY.captures_iter(text).collect();
    let month_first_style = with_day.iter().any(|c| c.name("a").is_some())
        && with_day.iter().all(|c| c.name("b").is_none());
    // A Commonwealth spelling or address ("centre", "metres", ".com.au") marks a page that
    // writes its figures day first, whatever its prose does with "March 1".
    let lower = text.to_lowercase();
    let day_first_page = DAY_FIRST_MARKS.iter().any(|m| lower.contains(m));
    if !month_first_style || day_first_page {
        return date;
    }
    // The month-first reading's month is written beside a day, and the day-first reading's
    // is named nowhere: not beside a day, nor by its full name ("throughout December";
    // "April Doucette" and "June Parsons" are people, "May" as often the verb).
    let beside_day: Vec<i8> = with_day
        .iter()
        .filter_map(|c| month_number(c.name("a").or(c.name("b"))?.as_str()))
        .collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    let named_alone = words.iter().enumerate().filter_map(|(k, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        let full = w.chars().count() >= 4 && w.starts_with(char::is_uppercase);
        let person = words
            .get(k + 1)
            .is_some_and(|n| n.starts_with(char::is_uppercase) && month_number(n).is_none());
        (full && !person).then(|| month_number(w)).flatten()
    });
    let usual_named = beside_day.contains(&m) || named_alone.into_iter().any(|x| x == m);
    match Date::new(date.year(), d, m) {
        Ok(swapped) if beside_day.contains(&d) && !usual_named => swapped,
        _ => date,
    }
}

/// Spellings and addresses of pages that write dates day first.
const DAY_FIRST_MARKS: &[&str] = &[
    "centre",
    "colour",
    "metres",
    "kilometres",
    "neighbour",
    "favour",
    "programme",
    "organisation",
    "organised",
    "licence",
    "labour",
    "behaviour",
    "travelled",
    "tyre",
    ".com.au",
    ".gov.au",
    ".co.uk",
    ".org.uk",
    ".gov.uk",
    ".co.nz",
    ".govt.nz",
    ".ie/",
    ".com.ph",
    ".gov.ph",
    ".com.sg",
    ".co.za",
    ".com.my",
    ".co.id",
    ".go.id",
];

static WEEKDAY_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{WEEKDAYS})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}})\s*\)"
    ))
    .unwrap()
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    // No closing `\b`: a date pasted twice runs into the next ("04/28/2025April 28, 2025");
    // `glued_ok` checks the ends instead.
    Regex::new(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})").unwrap()
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // "14 May, 2025": a comma may close the month as it closes the day in "May 14, 2025";
        // "02-Dec-2025": trade sites join the three with hyphens. "19. Nov 2026": Central
        // European pages write the day as an ordinal, with a stop.
        r"(?i)\b(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+(?P<m>{0})\.?,?\s+|-(?P<mh>{0})-)(?P<y>\d{{4}})\b",
        month_alternation()
    ))
    .unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // "Dec 09,2025": some pages write no space after the comma, "Dec.4,2025" none after
        // the month's stop either.
        // "December 1st 2026", "Nov 17th 2026": the day may be written as an ordinal.
        r"(?i)(?P<m>{})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>\d{{4}})\b",
        month_alternation()
    ))
    .unwrap()
});
// Year first: "2025-12-04", and as some outlets print it "2025.12.04", "2025/12/04".
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\b").unwrap()
});

// Words that make the date that follows the start of a span still running.
static SINCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:sejak|semenjak|since)\b").unwrap());

// Words that put the date that follows in the future: a planned event, not the report's day.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:akan|mendatang|dijadwalkan|direncanakan|rencananya|hingga|sampai|will|next|upcoming|scheduled|planned|until)\b").unwrap()
});

/// A date stands alone or is glued to a date beside it: no letter right before it, no digit
/// right after it (a letter may follow, a digit may precede).
fn glued_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphabetic() || c == '_')
        && !after.is_some_and(|c| c.is_ascii_digit() || c == '_')
}

fn date(y: &str, m: i8, d: i8) -> Option<Date> {
    let y: i16 = y.parse().ok()?;
    if !(1900..=2200).contains(&y) {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// The clause before `start`, back to its punctuation and at most ~80 bytes.
fn clause_before(text: &str, start: usize) -> &str {
    let from = text[..start]
        .rfind(['.', '!', '?', '\n', ',', ';'])
        .map(|i| i + 1)
        .unwrap_or(0)
        .max(text.floor_char_boundary(start.saturating_sub(80)));
    &text[from..start]
}

/// "sejak Senin (30/6/2025)", "since Thursday, April 3, 2025": the date, or the weekday
/// written before it, follows a word that opens a span.
fn opens_span(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end().trim_end_matches(',');
    // Only the last few words can be the weekday: a bounded look, not a scan of the text.
    let tail = before.floor_char_boundary(before.len().saturating_sub(12));
    let before = match WEEKDAY_WORD.find_iter(&before[tail..]).last() {
        Some(w) if before[tail + w.end()..].trim().is_empty() => &before[..tail + w.start()],
        _ => before,
    };
    SINCE.is_match(clause_before(before, before.len()))
}

fn is_future(text: &str, start: usize) -> bool {
    let after_end = text.ceil_char_boundary((start + 40).min(text.len()));
    FUTURE.is_match(clause_before(text, start))
        || text[start..after_end].to_lowercase().contains("mendatang")
}

/// The weekday written right before `start` ("Tue, ", "Tuesday "), with only a comma or spaces
/// between.
fn weekday_before(text: &str, start: usize) -> Option<jiff::civil::Weekday> {
    let before = text[..start].trim_end().trim_end_matches(',').trim_end();
    let word = before.rsplit(|c: char| c.is_whitespace()).next()?;
    weekday_named(word)
}

/// Every date in `text`, in order of position; `month_first` reads 3/11/2025 as March 11.
pub fn find_all(text: &str, month_first: bool) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut push = |start: usize, end: usize, date: Option<Date>, kind: Kind| {
        if let Some(date) = date
            && !found.iter().any(|f| start < f.end && f.start < end)
        {
            found.push(Found {
                date,
                start,
                end,
                kind,
                future: is_future(text, start),
                since: opens_span(text, start),
            });
        }
    };
    // The most specific shapes first: a span taken by one is not read again by another.
    let shapes: [(&Regex, Kind); 5] = [
        (&WEEKDAY_NUMERIC, Kind::WeekdayNumeric),
        (&ISO, Kind::Iso),
        (&DAY_MONTH_YEAR, Kind::Named),
        (&MONTH_DAY_YEAR, Kind::Named),
        (&NUMERIC, Kind::Numeric),
    ];
    for (regex, kind) in shapes {
        for c in regex.captures_iter(text) {
            let (Some(all), Some(y)) = (c.get(0), c.name("y")) else {
                continue;
            };
            // A glued neighbour matched beside the date is not part of it.
            let start = match (c.name("m"), c.name("d")) {
                (Some(m), Some(d)) if kind == Kind::Named && m.start() < d.start() => m.start(),
                _ => all.start(),
            };
            let end = all.end();
            if !glued_ok(text, start, end) {
                continue;
            }
            let number = |name: &str| c.name(name).and_then(|g| g.as_str().parse::<i8>().ok());
            let (d, m) = match (c.name("d"), c.name("m").or(c.name("mh"))) {
                (Some(d), Some(m)) => (
                    d.as_str().parse::<i8>().ok(),
                    m.as_str()
                        .parse::<i8>()
                        .ok()
                        .or_else(|| month_number(m.as_str())),
                ),
                // 11/03/2025: day first unless told otherwise or unless it cannot be; a
                // weekday written right before it ("Tue, 12/01/2026", "Tuesday 02/12/2025")
                // picks the reading on which the date falls on that day.
                _ => match (number("a"), number("b")) {
                    (Some(a), Some(b)) if a <= 12 && b <= 12 && a != b => {
                        // The usual reading stands when the weekday fits it ("Rabu, 03/12/2025"
                        // is a Wednesday read either way); the other only when it alone fits.
                        let usual = if month_first { (b, a) } else { (a, b) };
                        let fits = |(d, m): (i8, i8), w| {
                            date(y.as_str(), m, d).is_some_and(|x: Date| x.weekday() == w)
                        };
                        match weekday_before(text, start) {
                            Some(w) if !fits(usual, w) && fits((usual.1, usual.0), w) => {
                                (Some(usual.1), Some(usual.0))
                            }
                            _ => (Some(usual.0), Some(usual.1)),
                        }
                    }
                    (Some(a), Some(b)) if (month_first && a <= 12) || b > 12 => (Some(b), Some(a)),
                    (a, b) => (a, b),
                },
            };
            if let (Some(d), Some(m)) = (d, m) {
                push(start, end, date(y.as_str(), m, d), kind);
            }
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let months = month_alternation();
    Regex::new(&format!(
        r"(?i)^(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{months})\.?)$"
    ))
    .unwrap()
});

/// A date written without its year ("March 19", "19 Maret", "30th November"): month and day.
pub fn month_day(text: &str) -> Option<(i8, i8)> {
    let c = MONTH_DAY.captures(text.trim())?;
    let m = month_number(c.name("m1").or(c.name("m2"))?.as_str())?;
    let d: i8 = c.name("d1").or(c.name("d2"))?.as_str().parse().ok()?;
    (1..=31).contains(&d).then_some((m, d))
}

// "Kamis (10/4)", "Tuesday (Dec 2)": a weekday with day and month in brackets, the year left
// out.
static WEEKDAY_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = month_alternation();
    Regex::new(&format!(
        r"(?i)\b(?P<w>{WEEKDAYS})\s*,?\s*\(\s*(?:(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})|(?P<mn>{months})\.?\s+(?P<dn>\d{{1,2}})|(?P<dd>\d{{1,2}})\s+(?P<md>{months})\.?)\s*\)"
    ))
    .unwrap()
});

/// The first "weekday (day/month)" in `text` with no year: the year in which that day falls on
/// that weekday, nearest `near`.
pub fn weekday_day_month(text: &str, near: i16) -> Option<Date> {
    let c = WEEKDAY_DAY_MONTH.captures(text)?;
    let weekday = first_weekday(c.name("w")?.as_str());
    let d: i8 = c
        .name("d")
        .or(c.name("dn"))
        .or(c.name("dd"))?
        .as_str()
        .parse()
        .ok()?;
    let m: i8 = match c.name("m") {
        Some(m) => m.as_str().parse().ok()?,
        None => month_number(c.name("mn").or(c.name("md"))?.as_str())?,
    };
    with_year((m, d), weekday, near)
}

// "Tuesday, December 1", "Tue 1 Dec", "Thur., Oct. 9", "Jumat, 12 Desember", "Wednesday 2nd
// December": a weekday with the day (ordinal or not) and month beside it and no year after them.
static WEEKDAY_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let months = month_alternation();
    Regex::new(&format!(
        r"(?i)\b(?P<w>{WEEKDAYS}|{SHORT_WEEKDAYS})\.?,?\s+(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<md>{months})\b\.?|(?P<mn>{months})\b\.?\s*(?P<dn>\d{{1,2}})(?:st|nd|rd|th)?\b)(?P<after>,?\s*\d{{4}})?"
    ))
    .unwrap()
});

/// The first "weekday, day month" in `text` written without a year ("Tuesday, December 1",
/// "Jumat, 12 Desember"): the year nearest `near` in which that day falls on that weekday.
pub fn weekday_month_day(text: &str, near: i16) -> Option<Date> {
    WEEKDAY_MONTH_DAY
        .captures_iter(text)
        .filter(|c| c.name("after").is_none())
        .find_map(|c| {
            let weekday = weekday_named(c.name("w")?.as_str())?;
            let d: i8 = c.name("dd").or(c.name("dn"))?.as_str().parse().ok()?;
            let m = month_number(c.name("md").or(c.name("mn"))?.as_str())?;
            if !(1..=31).contains(&d) {
                return None;
            }
            with_year((m, d), Some(weekday), near)
        })
}

static WEEKDAY_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{WEEKDAYS})\b")).unwrap());

/// The first weekday a text names ("on Wednesday", "pada Rabu").
pub fn first_weekday(text: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday::*;
    let word = WEEKDAY_WORD.find(text)?.as_str().to_lowercase();
    Some(match word.as_str() {
        "senin" | "monday" => Monday,
        "selasa" | "tuesday" => Tuesday,
        "rabu" | "wednesday" => Wednesday,
        "kamis" | "thursday" => Thursday,
        "sabtu" | "saturday" => Saturday,
        "minggu" | "ahad" | "sunday" => Sunday,
        _ => Friday,
    })
}

// Words before a weekday that make it the start of a planned span, not the day of the report:
// "from Thursday morning", "mulai Jumat".
static STARTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:from|starting|beginning|effective|mulai|per)\s+$").unwrap()
});

/// The weekday a text reports on: the first one that no planned event claims ("will cut water
/// from Thursday …, the ministry said on Tuesday": Tuesday), else the first one named.
pub fn reporting_weekday(text: &str) -> Option<jiff::civil::Weekday> {
    reported_weekday(text).or_else(|| first_weekday(text))
}

/// The first weekday `text` reports, none planned ("will meet … on Thursday", "from Friday").
pub fn reported_weekday(text: &str) -> Option<jiff::civil::Weekday> {
    WEEKDAY_WORD
        .find_iter(text)
        .find(|w| {
            let before = clause_before(text, w.start());
            !FUTURE.is_match(before) && !STARTS.is_match(before)
        })
        .and_then(|w| first_weekday(w.as_str()))
}

/// The year of a page's date line written without one ("Published Dec. 1"): the page is dated
/// the day it ran, on or after every day its story reports ("voted on Monday", "the city said
/// Tuesday"). Of the years within seven of `near` in which the date falls on a weekday the
/// text reports (none planned: "will … on Friday", "from Thursday"), the one that sets those
/// weekdays closest before it, then the one nearest `near`. `None` when the text reports no
/// weekday.
pub fn page_year((month, day): (i8, i8), text: &str, near: i16) -> Option<Date> {
    let reported: Vec<jiff::civil::Weekday> = WEEKDAY_WORD
        .find_iter(text)
        .filter(|w| {
            let before = clause_before(text, w.start());
            !FUTURE.is_match(before) && !STARTS.is_match(before)
        })
        .filter_map(|w| first_weekday(w.as_str()))
        .collect();
    if reported.is_empty() {
        return None;
    }
    let back = |d: &Date| -> i64 {
        reported
            .iter()
            .map(|w| i64::from(d.weekday().since(*w)))
            .sum()
    };
    (near - 7..=near + 7)
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|d| reported.contains(&d.weekday()))
        .min_by_key(|d| (back(d), (d.year() - near).abs()))
}

/// The year of a date written without one: the year nearest `near` in which it falls on
/// `weekday`, or `near` itself when the text names no weekday.
pub fn with_year(
    (month, day): (i8, i8),
    weekday: Option<jiff::civil::Weekday>,
    near: i16,
) -> Option<Date> {
    let Some(weekday) = weekday else {
        return Date::new(near, month, day).ok();
    };
    (0..=7i16)
        .flat_map(|k| [near - k, near + k])
        .filter_map(|y| Date::new(y, month, day).ok())
        .find(|d| d.weekday() == weekday)
}

/// The report's own date among those found: a weekday-and-numbers date first, then any date that
/// is not about a future event, then any date at all.
pub fn reporting_date(found: &[Found]) -> Option<Date> {
    let today = |f: &&Found| !f.future && !f.since;
    found
        .iter()
        .find(|f| f.kind == Kind::WeekdayNumeric && today(f))
        .or_else(|| found.iter().find(today))
        .or_else(|| found.iter().find(|f| !f.future))
        .or_else(|| found.first())
        .map(|f| f.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> String {
        let f = find_all(text, false);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f[0].date.to_string()
    }

    #[test]
    fn a_weekday_fixes_the_year_a_day_and_month_leave_out() {
        let near = 2026;
        assert_eq!(
            weekday_day_month("dimulai pada Kamis (10/4), dua pekan", near).map(|d| d.to_string()),
            Some("2025-04-10".to_string())
        );
        assert_eq!(
            weekday_day_month("Senin (3/3) lalu", near).map(|d| d.to_string()),
            Some("2025-03-03".to_string())
        );
        assert_eq!(weekday_day_month("pada Kamis (15/1/2026).", near), None);
    }

    #[test]
    fn the_forms_news_use() {
        assert_eq!(one("pada Kamis (15/1/2026). Kedua"), "2026-01-15");
        assert_eq!(one("Jakarta, Senin, 3 Maret 2025 -"), "2025-03-03");
        assert_eq!(one("pada 28 Juli 2024."), "2024-07-28");
        assert_eq!(one("Published: 23:18, Dec 09,2025"), "2025-12-09");
        assert_eq!(one("11/03/2025, 14:30 WIB"), "2025-03-11");
        assert_eq!(one("WASHINGTON, November 19, 2025 (AP)"), "2025-11-19");
        assert_eq!(one("Published 2025-03-11 by"), "2025-03-11");
        assert_eq!(one("Jumat (7/6/2024)"), "2024-06-07");
        assert_eq!(one("Jum'at (7/6/2024)"), "2024-06-07");
        assert_eq!(one("on 5 Sept. 2024"), "2024-09-05");
        assert_eq!(one("Rabu, 12 Des 2023"), "2023-12-12");
        // A comma after the month, in day-first order as in month-first.
        assert_eq!(one("3 June, 2025, 08:10 am"), "2025-06-03");
        assert_eq!(one("Kamis, 9 Oktober, 2025"), "2025-10-09");
        // Year first with dots or slashes, as some outlets print it.
        assert_eq!(one("2025.12.04"), "2025-12-04");
        assert_eq!(one("Posted 2024/3/9 10:00"), "2024-03-09");
        // No space after the month's stop; day, month and year joined by hyphens.
        assert_eq!(one("Posted on : Dec.4,2025 17:05 KST"), "2025-12-04");
        assert_eq!(one("02-Dec-2025 - Last updated"), "2025-12-02");
    }

    #[test]
    fn a_date_pasted_twice_is_read_once_each() {
        let f = find_all("04/28/2025April 28, 2025", false);
        let got: Vec<(String, usize, usize)> = f
            .iter()
            .map(|f| (f.date.to_string(), f.start, f.end))
            .collect();
        assert_eq!(
            got,
            [
                ("2025-04-28".to_string(), 0, 10),
                ("2025-04-28".to_string(), 10, 24)
            ]
        );
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert!(find_all("31/2/2024 dan 45/1/2024 dan 2024-13-01", false).is_empty());
        assert!(find_all("Jumat (7/6)", false).is_empty());
    }

    #[test]
    fn figures_read_month_first_where_the_text_names_that_month() {
        let day_first = |t: &str| find_all(t, false)[0].date;
        for (text, want) in [
            (
                "Published: 12/3/2026 5:14 PM\nThe road reopens by Dec. 23.",
                "2026-12-03",
            ),
            (
                "Filed: 12/02/2026 3:48 PM\nCHARLEMONT, DEC. 2, 2026.....The state will pay.",
                "2026-12-02",
            ),
            // Day first stands where the text names its month, or no month at all.
            (
                "Diterbitkan 1/12/2026. Pada 3 Desember warga diundang.",
                "2026-12-01",
            ),
            ("Published: 12/3/2026. Work starts March 16.", "2026-03-12"),
            // A page in Commonwealth spelling, a person called April, a second month beside a
            // day: day first.
            (
                "Published: 03/12/2026\nThe season began on March 1 at the aquatic centre.",
                "2026-12-03",
            ),
            (
                "Published: 04/12/2026\nThe line opens Jan. 4, spokesperson April Doucette said.",
                "2026-12-04",
            ),
            (
                "Published: 12/4/2026\nThe road reopens by Dec. 23, spokesperson April Doucette \
                 said.",
                "2026-12-04",
            ),
            (
                "Published: 08/12/2026\nThe ban ends Feb. 28; works start in August.",
                "2026-12-08",
            ),
            ("Published: 12/3/2026. Work starts soon.", "2026-03-12"),
            // Dates written day first, or no date written in words: figures day first.
            (
                "01/12/2026 14:36\nThe buses run from 1 December. Fares rise in January.",
                "2026-12-01",
            ),
            (
                "01/12/2026 14:36\nThe buses run daily. Fares rise in January.",
                "2026-12-01",
            ),
            // A time in an American zone beside the figures: month first; an Australian zone
            // leaves them day first.
            (
                "Filed: 12/10/2026 3:42 p.m. CT | Words: 498\nThe hearing is in January.",
                "2026-12-10",
            ),
            (
                "Published: 12/10/2026 3:42pm AEDT\nThe hearing is in January.",
                "2026-10-12",
            ),
            (
                "Updated 05/11/2026 03:42PM PST\nThe hearing is in January.",
                "2026-11-05",
            ),
            (
                "Filed: 12/10/2026 3:42 PM ET\nThe hearing is in January.",
                "2026-12-10",
            ),
            // A British page naming both months: "Monday, January 4" ahead, "throughout December".
            (
                "Published: 01/12/2026 16:20\nThe closure begins Monday, January 4. Leaflets \
                 go out throughout December.",
                "2026-12-01",
            ),
        ] {
            assert_eq!(
                month_first_reading(day_first(text), text).to_string(),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn month_first_when_asked_or_when_it_must_be() {
        assert_eq!(
            find_all("3/11/2025", true)[0].date.to_string(),
            "2025-03-11"
        );
        assert_eq!(
            find_all("3/25/2025", false)[0].date.to_string(),
            "2025-03-25"
        );
    }

    #[test]
    fn future_events_lose_to_the_reporting_date() {
        let text = "Menteri akan mengadakan pembicaraan pada 28 Juli 2024. Tujuannya baik. Kata Blinken, dikutip Selasa (23/7/2024).";
        let f = find_all(text, false);
        assert!(f[0].future);
        assert_eq!(reporting_date(&f).unwrap().to_string(), "2024-07-23");
        let f = find_all(
            "Rapat digelar 3 Maret 2025 mendatang, kata dia pada 1 Maret 2025.",
            false,
        );
        assert_eq!(reporting_date(&f).unwrap().to_string(), "2025-03-01");
        // The day a span began is not the report's day.
        let f = find_all(
            "Jembatan ditutup sejak Kamis (3/4/2025). Warga memutar, kata Lurah, Selasa (8/4/2025).",
            false,
        );
        assert_eq!(reporting_date(&f).unwrap().to_string(), "2025-04-08");
        let f = find_all(
            "The road has been closed since Thursday, April 3, 2025. It will reopen soon, officials said on April 8, 2025.",
            false,
        );
        assert_eq!(reporting_date(&f).unwrap().to_string(), "2025-04-08");
    }

    #[test]
    fn a_date_without_a_year_takes_it_from_the_weekday() {
        assert_eq!(month_day("March 19"), Some((3, 19)));
        assert_eq!(month_day("19 Maret"), Some((3, 19)));
        assert_eq!(month_day("Jakarta"), None);
        let wd = first_weekday("the finance ministry said on Wednesday");
        let d = with_year((3, 19), wd, 2026).unwrap();
        assert_eq!(d.to_string(), "2025-03-19");
        assert_eq!(one("14th May 2025"), "2025-05-14");
    }

    #[test]
    fn the_reporting_weekday_is_not_a_planned_events() {
        use jiff::civil::Weekday::*;
        let lead = "The ministry will cut water for 36 hours from Thursday morning, the ministry said on Tuesday.";
        assert_eq!(reporting_weekday(lead), Some(Tuesday));
        assert_eq!(
            reporting_weekday("Air dimatikan mulai Jumat, kata dia pada Rabu."),
            Some(Wednesday)
        );
        assert_eq!(
            reporting_weekday("The road reopened on Sunday."),
            Some(Sunday)
        );
        assert_eq!(reporting_weekday("Works start from Monday."), Some(Monday));
    }

    #[test]
    fn a_day_without_its_year_may_be_an_ordinal() {
        assert_eq!(month_day("30th November"), Some((11, 30)));
        assert_eq!(month_day("Dec. 1st"), Some((12, 1)));
        assert_eq!(month_day("21 Maret"), Some((3, 21)));
        assert_eq!(month_day("30x November"), None);
    }

    #[test]
    fn calendar_words() {
        assert!(is_calendar_word("Kamis"));
        assert!(is_calendar_word("Juli"));
        assert!(is_calendar_word("November"));
        assert!(!is_calendar_word("Jepang"));
    }

    #[test]
    fn a_weekday_beside_an_ordinal_day_and_its_month_dates_the_page() {
        assert_eq!(
            weekday_month_day("Published: Wednesday 2nd December, 4:05pm", 2026),
            Some(jiff::civil::date(2026, 12, 2))
        );
        assert_eq!(
            weekday_month_day("Updated Thursday, December 3rd", 2026),
            Some(jiff::civil::date(2026, 12, 3))
        );
        // With its year, the date is no yearless one.
        assert_eq!(weekday_month_day("Wednesday 2nd December 2026", 2026), None);
    }
}
