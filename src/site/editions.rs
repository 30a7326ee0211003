//! Daily editions: the articles of each day, and which featured stories lead the front page.
//!
//! A day is the date an article shows (the day its author wrote, in the author's own offset),
//! so an article sits in the edition whose heading matches the date printed on its card.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::content::Page;

use super::Site;

/// How many featured stories the front page's lead block shows: three fill the top of a
/// phone's screen and one row of a newspaper's front; more would push the day's news below.
pub const LEAD_SIZE: usize = 3;

/// The lead block draws from the newest this many editions, so a story featured last month
/// does not lead for ever when nothing newer is featured.
pub const LEAD_DAYS: usize = 2;

/// One day's articles.
#[derive(Debug, Clone)]
pub struct Edition {
    pub date: Date,
    /// Indices into `site.pages`, newest first.
    pub pages: Vec<usize>,
}

/// Every day with articles, newest first. Grouped by date rather than by runs of the site's
/// order: articles written with different UTC offsets can interleave around midnight.
pub fn build(pages: &[Page]) -> Vec<Edition> {
    let mut days: BTreeMap<Date, Vec<usize>> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        days.entry(page.meta.date.date).or_default().push(i);
    }
    days.into_iter()
        .rev()
        .map(|(date, pages)| Edition { date, pages })
        .collect()
}

/// The editions of `year`-`month`: a run of `editions`, which are newest first.
pub fn of_month(editions: &[Edition], year: i16, month: i8) -> std::ops::Range<usize> {
    let key = |e: &Edition| (e.date.year(), e.date.month());
    let start = editions.partition_point(|e| key(e) > (year, month));
    let end = editions.partition_point(|e| key(e) >= (year, month));
    start..end
}

/// The edition showing `date`, by its index.
pub fn find(editions: &[Edition], date: Date) -> Option<usize> {
    editions.binary_search_by(|e| date.cmp(&e.date)).ok()
}

/// `pages` split into the featured stories and the others, each in its own order.
pub fn split_featured(site: &Site, pages: &[usize]) -> (Vec<usize>, Vec<usize>) {
    pages.iter().partition(|&&i| site.pages[i].meta.featured)
}

/// Every article that could lead: those of the newest [`LEAD_DAYS`] editions. Featuring or
/// unfeaturing one of them changes the lead block.
pub fn lead_candidates(site: &Site) -> impl Iterator<Item = usize> + '_ {
    site.editions
        .iter()
        .take(LEAD_DAYS)
        .flat_map(|e| e.pages.iter().copied())
}

/// The stories of the front page's lead block: the newest featured ones among the candidates.
pub fn lead(site: &Site) -> Vec<usize> {
    let mut lead: Vec<usize> = lead_candidates(site)
        .filter(|&i| site.pages[i].meta.featured)
        .collect();
    lead.sort_unstable();
    lead.truncate(LEAD_SIZE);
    lead
}
