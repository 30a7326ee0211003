//! Article dates: parsing the front-matter forms we accept and writing them in the site's language.

use jiff::civil::{Date, Time, Weekday};
use jiff::fmt::temporal::Pieces;
use jiff::tz::Offset;
use jiff::{Timestamp, Zoned};

/// A publication date as the author wrote it: a day, optionally with a time and a UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PubDate {
    pub date: Date,
    pub time: Option<Time>,
    pub offset: Option<Offset>,
}

impl PubDate {
    /// Parses `YYYY-MM-DD` or RFC 3339 (`2026-01-15T09:30:00+07:00`).
    pub fn parse(text: &str) -> Option<PubDate> {
        let text = text.trim();
        // Pieces accepts more than we promise (bracketed zone names); keep to the documented forms.
        if text.len() < 10 || text.contains('[') {
            return None;
        }
        let pieces = Pieces::parse(text).ok()?;
        let time = pieces.time();
        let offset = pieces.to_numeric_offset();
        if time.is_none() && offset.is_some() {
            return None;
        }
        Some(PubDate {
            date: pieces.date(),
            time,
            offset,
        })
    }

    /// The instant this date stands for; a bare day or a time without offset is read as UTC.
    pub fn timestamp(&self) -> Timestamp {
        let dt = self.date.to_datetime(self.time.unwrap_or(Time::midnight()));
        self.offset
            .unwrap_or(Offset::UTC)
            .to_timestamp(dt)
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// RFC 3339 form for feeds, sitemaps and `<time datetime>` of full timestamps.
    pub fn rfc3339(&self) -> String {
        let offset = self.offset.unwrap_or(Offset::UTC);
        let zoned: Zoned = self.timestamp().to_zoned(offset.to_time_zone());
        if offset == Offset::UTC {
            zoned.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
        } else {
            zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
        }
    }

    /// The value for `<time datetime="…">`: the day alone unless a time was given.
    pub fn machine(&self) -> String {
        match self.time {
            None => self.date.to_string(),
            Some(_) => self.rfc3339(),
        }
    }

    /// True when the date lies after `now` (such articles wait unless `--drafts`).
    pub fn is_after(&self, now: Timestamp) -> bool {
        self.timestamp() > now
    }
}

const ID_DAYS: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const EN_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Indonesian month names, January first.
pub const ID_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
/// English month names, January first.
pub const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

/// The name of month `month` (1–12) in `lang`; English for languages we have no table for.
pub fn month_name(lang: &str, month: i8) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    if is_indonesian(lang) {
        ID_MONTHS[i]
    } else {
        EN_MONTHS[i]
    }
}

fn is_indonesian(lang: &str) -> bool {
    lang == "id" || lang.starts_with("id-") || lang.starts_with("id_")
}

/// A date as a reader of `lang` writes it: "Kamis, 15 Januari 2026" or "Thursday, 15 January 2026".
pub fn long_date(lang: &str, date: Date) -> String {
    let (days, month) = if is_indonesian(lang) {
        (&ID_DAYS, ID_MONTHS[(date.month() - 1) as usize])
    } else {
        (&EN_DAYS, EN_MONTHS[(date.month() - 1) as usize])
    };
    format!(
        "{}, {} {} {}",
        days[day_index(date.weekday())],
        date.day(),
        month,
        date.year()
    )
}

/// A short date for lists: "15 Jan 2026".
pub fn short_date(lang: &str, date: Date) -> String {
    let month = month_name(lang, date.month());
    let short: String = month.chars().take(3).collect();
    format!("{} {} {}", date.day(), short, date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_long_date() {
        let d = PubDate::parse("2026-01-15").unwrap();
        assert_eq!(long_date("id", d.date), "Kamis, 15 Januari 2026");
        assert_eq!(long_date("en", d.date), "Thursday, 15 January 2026");
        assert_eq!(d.machine(), "2026-01-15");
    }

    #[test]
    fn rfc3339_keeps_wib_offset_and_day() {
        let d = PubDate::parse("2026-01-15T06:30:00+07:00").unwrap();
        assert_eq!(d.date.to_string(), "2026-01-15");
        assert_eq!(d.rfc3339(), "2026-01-15T06:30:00+07:00");
        assert_eq!(d.timestamp().to_string(), "2026-01-14T23:30:00Z");
    }

    #[test]
    fn rejects_nonsense() {
        for bad in [
            "15/1/2026",
            "2026-13-01",
            "yesterday",
            "2026-01-15[Asia/Jakarta]",
            "",
        ] {
            assert!(PubDate::parse(bad).is_none(), "{bad}");
        }
    }
}
