//! The render plan: every output file as a job that names the inputs it shows. The one place
//! that knows the layout (pagination, the sidebar, feed limits, related lists, archive months),
//! so a full build runs every job and the dev server asks which jobs an edit touches.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use crate::config::Config;
use crate::site::{Site, editions};
use crate::theme::Theme;

use super::lists::{self, List};
use super::{page_count, search};

/// How many articles the "latest" list on every page shows.
pub const LATEST_SIZE: usize = 5;

/// How many related articles an article page links: each costs ~0.17 kB on every article
/// page, and three fill the section on a phone's screen.
pub const RELATED_SHOWN: usize = 3;

/// One output file (the search job writes the search page and its index files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    /// The theme's static file, by its index in [`Plan::statics`].
    Static(usize),
    /// Article page, by page index.
    Article(usize),
    /// Front-page list page, 1-based.
    Front(usize),
    /// Tag list page: (tag index, 1-based page number).
    Tag(usize, usize),
    /// `/tags/`, every tag with its count.
    TagsIndex,
    NotFound,
    /// `/archive/`: years and months with their counts.
    ArchiveIndex,
    /// `/archive/YYYY/MM/`: (year index, month index) into `site.archive`.
    ArchiveMonth(usize, usize),
    SiteAtom,
    JsonFeed,
    /// Tag feed, by tag index.
    TagFeed(usize),
    /// `sitemap.xml` (0) and, on a site too big for one file, its numbered parts (1, 2, …).
    Sitemap(usize),
    Robots,
    SyntaxCss,
    /// The search page and every search index file.
    Search,
    // Day editions (issue 11, item 4).
    /// `/archive/YYYY/MM/DD/`: one day's articles, by index into `site.editions`.
    Edition(usize),
    /// The editions' Atom feed: the newest days with their headlines.
    EditionsAtom,
    // Author and section lists (issue 11), see `lists`.
    /// An author's or a section's list page: (list, term index, 1-based page number).
    Term(List, usize, usize),
    /// An author's or a section's Atom feed, by term index.
    TermFeed(List, usize),
    /// `/authors/`, every author with their count.
    AuthorsIndex,
    // Lead images.
    /// Every resized copy of an article's lead image, by page index. Every article has the
    /// job, image or not, so an edit that adds an image needs no new plan.
    Images(usize),
}

/// What a job shows of the articles.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Shows {
    /// Articles shown as cards (title, summary, date, tags).
    pub cards: Vec<usize>,
    /// Articles shown in full (their body).
    pub full: Vec<usize>,
    /// Whether the page carries the sidebar of the newest articles.
    pub sidebar: bool,
}

/// An edited article whose place in the site did not move (same URL, date, tags, visibility).
#[derive(Debug, Clone, Copy)]
pub struct Edit {
    pub page: usize,
    /// Whether what lists show of it (its card) changed, or only its body.
    pub card_changed: bool,
}

/// Every job of a site, in an order that starts the costliest work first.
pub struct Plan {
    jobs: Vec<Job>,
    statics: Vec<String>,
    /// Which jobs show each article, made on the first edit: a full build never needs it.
    reverse: OnceLock<Reverse>,
}

#[derive(Default)]
struct Reverse {
    cards: HashMap<usize, Vec<Job>>,
    full: HashMap<usize, Vec<Job>>,
    sidebar: Vec<Job>,
}

impl Plan {
    /// Lays out every output of `site` with `theme`.
    pub fn new(site: &Site, theme: &Theme) -> Plan {
        let config = &site.config;
        let statics: Vec<String> = theme
            .statics
            .keys()
            // The theme's search script is only for sites with search.
            .filter(|p| config.search.enabled || p.as_str() != search::SCRIPT)
            .cloned()
            .collect();
        let mut jobs: Vec<Job> = Vec::new();
        if config.search.enabled {
            jobs.push(Job::Search);
        }
        jobs.extend((0..site.pages.len()).map(Job::Article));
        // Lead images: resizing is the costliest work, so it starts early.
        jobs.extend((0..site.pages.len()).map(Job::Images));
        jobs.extend((1..=list_pages(config, site.pages.len())).map(Job::Front));
        for (t, tag) in site.taxonomy.tags.iter().enumerate() {
            jobs.extend((1..=list_pages(config, tag.pages.len())).map(|n| Job::Tag(t, n)));
        }
        jobs.extend(lists::page_jobs(site));
        jobs.extend([Job::TagsIndex, Job::NotFound, Job::ArchiveIndex]);
        for (y, year) in site.archive.iter().enumerate() {
            jobs.extend((0..year.months.len()).map(|m| Job::ArchiveMonth(y, m)));
        }
        jobs.extend(super::editions::jobs(site));
        if config.feeds.enabled {
            jobs.extend([Job::SiteAtom, Job::JsonFeed]);
            jobs.extend((0..site.taxonomy.tags.len()).map(Job::TagFeed));
            jobs.extend(lists::feed_jobs(site));
        }
        // A sitemap of relative URLs is invalid, so without a host there is none (`digest check` says so).
        if config.has_host() {
            let parts = super::sitemap::parts(&jobs, super::sitemap::MAX_URLS);
            jobs.extend((0..=parts).map(Job::Sitemap));
        }
        // The site's own static robots.txt wins.
        if !statics.iter().any(|p| p == "robots.txt") {
            jobs.push(Job::Robots);
        }
        if site.has_code() {
            jobs.push(Job::SyntaxCss);
        }
        jobs.extend((0..statics.len()).map(Job::Static));
        Plan {
            jobs,
            statics,
            reverse: OnceLock::new(),
        }
    }

    /// Every job.
    pub fn jobs(&self) -> &[Job] {
        &self.jobs
    }

    /// Site paths of the static files, for [`Job::Static`].
    pub fn statics(&self) -> &[String] {
        &self.statics
    }

    /// What `job` shows of the articles of `site`.
    pub fn shows(site: &Site, job: Job) -> Shows {
        let per = site.config.paginate_by.max(1);
        let limit = site.config.feeds.limit;
        let chunk = |pages: &[usize], n: usize| -> Vec<usize> {
            pages
                .iter()
                .skip((n - 1) * per)
                .take(per)
                .copied()
                .collect()
        };
        let page = |cards: Vec<usize>| Shows {
            cards,
            full: Vec::new(),
            sidebar: true,
        };
        let feed = |pages: &[usize]| Shows {
            full: pages.iter().take(limit).copied().collect(),
            ..Shows::default()
        };
        match job {
            Job::Article(i) => Shows {
                cards: related(site, i).to_vec(),
                full: vec![i],
                sidebar: true,
            },
            Job::Images(i) => Shows {
                full: vec![i],
                ..Shows::default()
            },
            Job::Front(n) => {
                let mut cards = front_slice(site, n);
                // The lead block shows whichever of these is featured.
                if n == 1 {
                    cards.extend(editions::lead_candidates(site));
                }
                page(cards)
            }
            Job::Tag(t, n) => page(chunk(&site.taxonomy.tags[t].pages, n)),
            Job::Edition(e) => page(site.editions[e].pages.clone()),
            Job::EditionsAtom => Shows {
                cards: super::editions::feed_pages(site),
                ..Shows::default()
            },
            // A month lists its days and their counts: dates, which are structure.
            Job::TagsIndex | Job::NotFound | Job::ArchiveIndex | Job::ArchiveMonth(..) => {
                page(Vec::new())
            }
            Job::Search => Shows {
                full: (0..site.pages.len()).collect(),
                sidebar: true,
                ..Shows::default()
            },
            Job::SiteAtom | Job::JsonFeed => Shows {
                full: (0..site.pages.len().min(limit)).collect(),
                ..Shows::default()
            },
            Job::TagFeed(t) => feed(&site.taxonomy.tags[t].pages),
            Job::Term(l, t, n) => page(chunk(&l.terms(site).terms[t].pages, n)),
            Job::AuthorsIndex => page(Vec::new()),
            Job::TermFeed(l, t) => feed(&l.terms(site).terms[t].pages),
            // Dates, slugs and tags are structure: changing them re-plans the whole site.
            Job::Sitemap(_) | Job::Robots | Job::SyntaxCss | Job::Static(_) => Shows::default(),
        }
    }

    /// The jobs whose output `edits` can change. Structure (what exists, in which order) is
    /// the same before and after; anything else needs a new plan.
    pub fn affected(&self, site: &Site, edits: &[Edit]) -> BTreeSet<Job> {
        let reverse = self.reverse.get_or_init(|| self.reverse_index(site));
        let mut jobs = BTreeSet::new();
        for edit in edits {
            jobs.extend(reverse.full.get(&edit.page).into_iter().flatten());
            if edit.card_changed {
                jobs.extend(reverse.cards.get(&edit.page).into_iter().flatten());
                if edit.page < LATEST_SIZE {
                    jobs.extend(reverse.sidebar.iter().copied());
                }
            }
        }
        jobs
    }

    fn reverse_index(&self, site: &Site) -> Reverse {
        let mut reverse = Reverse::default();
        for &job in &self.jobs {
            let shows = Plan::shows(site, job);
            for i in shows.cards {
                reverse.cards.entry(i).or_default().push(job);
            }
            for i in shows.full {
                reverse.full.entry(i).or_default().push(job);
            }
            if shows.sidebar {
                reverse.sidebar.push(job);
            }
        }
        reverse
    }
}

/// The related articles page `i` links, best first.
pub fn related(site: &Site, i: usize) -> &[usize] {
    let all = &site.related[i];
    &all[..all.len().min(RELATED_SHOWN)]
}

/// How many pages a list of `items` articles runs to: `paginate_by` to a page, at most
/// `max_list_pages` of them.
pub fn list_pages(config: &Config, items: usize) -> usize {
    let all = page_count(items, config.paginate_by);
    match config.max_list_pages {
        0 => all,
        max => all.min(max),
    }
}

/// Whether a list of `items` articles has older ones than its last page shows, which only
/// the archive reaches.
pub fn list_cut_short(config: &Config, items: usize) -> bool {
    list_pages(config, items) * config.paginate_by.max(1) < items
}

/// Site path of page `n` of a list under `prefix` (`""` for the front page, `tags/x/`).
pub fn page_path(prefix: &str, n: usize) -> String {
    if n <= 1 {
        prefix.to_string()
    } else {
        format!("{prefix}page/{n}/")
    }
}

/// The articles of front-page list page `n` (1-based), newest first.
pub fn front_slice(site: &Site, n: usize) -> Vec<usize> {
    let per = site.config.paginate_by.max(1);
    let start = ((n - 1) * per).min(site.pages.len());
    (start..(start + per).min(site.pages.len())).collect()
}

/// Site path of the archive page of `year`/`month`.
pub fn archive_month_path(year: i16, month: i8) -> String {
    format!("archive/{year:04}/{month:02}/")
}

/// Site path of the edition of `date`, under its month's archive page.
pub fn edition_path(date: jiff::civil::Date) -> String {
    format!(
        "{}{:02}/",
        archive_month_path(date.year(), date.month()),
        date.day()
    )
}
