//! Day editions: the front page grouped by day with its lead block, the edition pages
//! (`/archive/YYYY/MM/DD/`), the month page's list of days, and the editions' Atom feed.

use std::fmt::Write;

use jiff::civil::Date;
use serde::Serialize;
use tera::{Context, Value};

use crate::dates;
use crate::escape::escape as xml_escape;
use crate::site::Site;
use crate::site::editions::{self, Edition};

use super::plan::{Job, edition_path};
use super::values::article_path;
use super::{Page, Renderer, feeds, i18n};

/// Site path of the editions' Atom feed, beside the archive it follows.
pub const FEED_PATH: &str = "archive/atom.xml";

/// How many of the newest editions the feed carries: a week, so a reader that polls weekly
/// misses no day, while each entry lists a whole day's headlines.
pub const FEED_DAYS: usize = 7;

/// A day with articles, as lists and headings show it.
#[derive(Serialize)]
pub(super) struct DayValue {
    /// "Senin, 3 Maret 2025".
    name: String,
    /// `2025-03-03`, for `<time datetime>` and ids.
    date: String,
    url: String,
    count: usize,
}

/// A day heading with the cards under it.
#[derive(Serialize)]
struct DayCards {
    #[serde(flatten)]
    day: DayValue,
    pages: Vec<Value>,
}

/// The jobs of the day editions: one page per day, and the feed when feeds are on.
pub fn jobs(site: &Site) -> impl Iterator<Item = Job> {
    let feed = site.config.feeds.enabled.then_some(Job::EditionsAtom);
    (0..site.editions.len()).map(Job::Edition).chain(feed)
}

/// The editions the feed shows.
fn feed_editions(site: &Site) -> &[Edition] {
    let n = FEED_DAYS
        .min(site.config.feeds.limit)
        .min(site.editions.len());
    &site.editions[..n]
}

/// Every article whose headline the editions' feed shows.
pub fn feed_pages(site: &Site) -> Vec<usize> {
    feed_editions(site)
        .iter()
        .flat_map(|e| e.pages.iter().copied())
        .collect()
}

fn day_value(site: &Site, date: Date) -> DayValue {
    let count = editions::find(&site.editions, date).map_or(0, |e| site.editions[e].pages.len());
    DayValue {
        name: dates::long_date(&site.config.language, date),
        date: date.to_string(),
        url: site.config.url(&edition_path(date)),
        count,
    }
}

impl Renderer<'_> {
    /// The front page's own values: `lead` (page 1 only) and `days`, the page's cards under
    /// their day headings. A story in the lead block is not shown again below it.
    pub(super) fn front_context(&self, n: usize, shown: &[usize]) -> Context {
        let site = self.site;
        let lead = if n == 1 {
            editions::lead(site)
        } else {
            Vec::new()
        };
        let mut days: Vec<(Date, Vec<usize>)> = Vec::new();
        for &i in shown.iter().filter(|i| !lead.contains(i)) {
            let date = site.pages[i].meta.date.date;
            // Offsets can interleave days around midnight: a day keeps one heading.
            match days.iter_mut().find(|(d, _)| *d == date) {
                Some((_, pages)) => pages.push(i),
                None => days.push((date, vec![i])),
            }
        }
        // One eager thumbnail on the page: the first card's, in the lead block or the first day.
        let mut before = lead.len();
        let days: Vec<DayCards> = days
            .into_iter()
            .map(|(date, pages)| {
                let cards = self.cards_after(&pages, before);
                before += pages.len();
                DayCards {
                    day: day_value(site, date),
                    pages: cards,
                }
            })
            .collect();
        let mut context = Context::new();
        context.insert("lead", &self.cards_of(&lead));
        context.insert("days", &days);
        context
    }

    /// The month page's days, newest first, with their counts and links.
    pub(super) fn month_days(&self, year: i16, month: i8) -> Vec<DayValue> {
        let site = self.site;
        editions::of_month(&site.editions, year, month)
            .map(|e| day_value(site, site.editions[e].date))
            .collect()
    }

    /// `/archive/YYYY/MM/DD/`: the day's featured stories as cards, then every other headline,
    /// with links to the editions before and after.
    pub(super) fn edition_page(&self, e: usize) -> Page {
        let site = self.site;
        let edition = &site.editions[e];
        let (featured, rest) = editions::split_featured(site, &edition.pages);
        let date = edition.date;
        let neighbour = |e: Option<usize>| {
            e.and_then(|e| site.editions.get(e))
                .map(|n| day_value(site, n.date))
        };
        let config = &site.config;
        let mut context = Context::new();
        context.insert("edition", &day_value(site, date));
        context.insert("featured", &self.cards_of(&featured));
        context.insert("pages", &self.cards_after(&rest, featured.len()));
        context.insert("newer", &neighbour(e.checked_sub(1)));
        context.insert("older", &neighbour(Some(e + 1)));
        context.insert(
            "month",
            &self.month_of(date).map(|(y, m)| self.month_value(y, m)),
        );
        context.insert("archive_url", &config.url("archive/"));
        context.insert(
            "editions_feed_url",
            &config.feeds.enabled.then(|| config.url(FEED_PATH)),
        );
        let path = edition_path(date);
        self.simple_page("edition.html", &path, &format!("{path}index.html"), context)
    }

    /// The archive month holding `date`, as (year, month) indices into `site.archive`.
    fn month_of(&self, date: Date) -> Option<(usize, usize)> {
        let archive = &self.site.archive;
        let y = archive.iter().position(|y| y.year == date.year())?;
        let m = archive[y]
            .months
            .iter()
            .position(|m| m.month == date.month())?;
        Some((y, m))
    }
}

/// The Atom feed of the newest editions: one entry per day, linking its edition page and
/// listing its headlines, featured first. An entry is updated whenever its day gains or
/// changes an article.
pub fn atom(site: &Site) -> String {
    let config = &site.config;
    let shown = feed_editions(site);
    let newest = |e: &Edition| {
        e.pages
            .iter()
            .map(|&i| feeds::updated(&site.pages[i]))
            .max_by_key(|d| d.timestamp())
    };
    let updated = |e: &Edition| newest(e).map(|d| d.rfc3339()).unwrap_or_default();
    let feed_updated = shown
        .iter()
        .filter_map(newest)
        .max_by_key(|d| d.timestamp())
        .map(|d| d.rfc3339())
        // An empty feed still needs an `updated`; a fixed one keeps its bytes stable.
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let words = i18n::words(&config.language, &config.strings.0);
    let title = format!("{} — {}", words["editions"], config.title);
    let mut x = String::with_capacity(4096 + shown.len() * 8192);
    feeds::head(
        &mut x,
        site,
        &title,
        FEED_PATH,
        "archive/",
        "archive",
        &feed_updated,
    );
    for edition in shown {
        let path = edition_path(edition.date);
        let _ = write!(
            x,
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}</updated>\n<content type=\"html\">{}</content>\n</entry>\n",
            xml_escape(&feeds::feed_id(site, path.trim_end_matches('/'))),
            xml_escape(&dates::long_date(&config.language, edition.date)),
            xml_escape(&config.permalink(&path)),
            updated(edition),
            xml_escape(&headlines(site, &edition.pages)),
        );
    }
    x.push_str("</feed>\n");
    x
}

/// An HTML list of the headlines of `pages`, featured first, with absolute links.
fn headlines(site: &Site, pages: &[usize]) -> String {
    let mut html = String::from("<ul>");
    let (featured, rest) = editions::split_featured(site, pages);
    for i in featured.into_iter().chain(rest) {
        let page = &site.pages[i];
        let _ = write!(
            html,
            "<li><a href=\"{}\">{}</a></li>",
            xml_escape(&site.config.permalink(&article_path(&page.slug))),
            xml_escape(&page.meta.title),
        );
    }
    html.push_str("</ul>");
    html
}
