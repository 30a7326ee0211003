//! The site model: the published articles in order, their tags, archive and related lists.

pub mod editions;
pub mod images;
pub mod lists;
pub mod related;
pub mod taxonomy;

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::config::Config;
use crate::content::Page;
pub use taxonomy::{Tag, Taxonomy};

/// How many related articles an article page lists.
pub const RELATED_LIMIT: usize = 5;

/// Everything the renderer needs, computed once per build.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    /// Published articles, newest first.
    pub pages: Vec<Page>,
    pub taxonomy: Taxonomy,
    /// Who wrote the articles (`authors`), and the sections they are in.
    pub authors: taxonomy::Terms,
    pub sections: taxonomy::Terms,
    /// For each page, its related pages, best first.
    pub related: Vec<Vec<usize>>,
    /// Years, newest first, each with its months (newest first) and their pages.
    pub archive: Vec<ArchiveYear>,
    /// Days with articles, newest first.
    pub editions: Vec<editions::Edition>,
}

/// One year of the archive.
#[derive(Debug, Clone)]
pub struct ArchiveYear {
    pub year: i16,
    pub months: Vec<ArchiveMonth>,
}

/// One month of the archive.
#[derive(Debug, Clone)]
pub struct ArchiveMonth {
    pub month: i8,
    pub pages: Vec<usize>,
}

impl Site {
    /// Builds the model: drops drafts and future articles (unless `drafts`), sorts, links.
    pub fn new(config: Config, mut pages: Vec<Page>, drafts: bool, now: Timestamp) -> Site {
        pages.retain(|p| Site::shows(p, drafts, now));
        // Newest first; the slug breaks ties so the order never depends on the file system.
        pages.sort_by(|a, b| {
            b.meta
                .date
                .timestamp()
                .cmp(&a.meta.date.timestamp())
                .then_with(|| a.slug.cmp(&b.slug))
        });
        let page_tags: Vec<&[_]> = pages.iter().map(|p| p.meta.tags.as_slice()).collect();
        let taxonomy = taxonomy::build(&page_tags, &config.taxonomies.aliases);
        let related = related::compute(&taxonomy, RELATED_LIMIT);
        let archive = archive(&pages);
        let editions = editions::build(&pages);
        let (authors, sections) = (lists::authors(&pages), lists::sections(&pages));
        Site {
            config,
            pages,
            taxonomy,
            authors,
            sections,
            related,
            archive,
            editions,
        }
    }

    /// Whether a site built at `now` publishes `page`: drafts and future articles wait for
    /// `drafts`.
    pub fn shows(page: &Page, drafts: bool, now: Timestamp) -> bool {
        drafts || (!page.meta.draft && !page.meta.date.is_after(now))
    }

    /// True when any article has a code block, so the highlighting stylesheet is needed.
    pub fn has_code(&self) -> bool {
        self.pages.iter().any(|p| p.body.has_code)
    }
}

/// Years and months by the date each article shows, newest first. Grouped by date rather than
/// by runs of the site's order: offsets can interleave articles around a month's end, and a
/// month split in two runs would be two pages with one path.
fn archive(pages: &[Page]) -> Vec<ArchiveYear> {
    let mut months: BTreeMap<(i16, i8), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        let date = p.meta.date.date;
        months
            .entry((date.year(), date.month()))
            .or_default()
            .push(i);
    }
    let mut years: Vec<ArchiveYear> = Vec::new();
    for ((y, month), pages) in months.into_iter().rev() {
        if years.last().is_none_or(|last| last.year != y) {
            years.push(ArchiveYear {
                year: y,
                months: Vec::new(),
            });
        }
        if let Some(year) = years.last_mut() {
            year.months.push(ArchiveMonth { month, pages });
        }
    }
    years
}
