//! Author and section pages: `/authors/<slug>/` and `/<section-slug>/` (paginated like tag
//! pages, each with an Atom feed), the `/authors/` index, the article page's links to them,
//! and the navigation menu.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use crate::site::Site;
use crate::site::taxonomy::Terms;

use super::plan::{Job, Plan, list_pages};
use super::{Page, Renderer, feeds};

/// Which list of names a job is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    /// `authors` in front matter: `/authors/<slug>/`.
    Author,
    /// `section` in front matter (or the article's folder): `/<slug>/`.
    Section,
}

impl List {
    /// The names of this list in `site`.
    pub fn terms(self, site: &Site) -> &Terms {
        match self {
            List::Author => &site.authors,
            List::Section => &site.sections,
        }
    }

    /// Site path of the first page of term `slug`'s list.
    pub fn path(self, slug: &str) -> String {
        match self {
            List::Author => format!("{AUTHORS_DIR}{slug}/"),
            List::Section => format!("{slug}/"),
        }
    }

    /// Site path of term `slug`'s Atom feed.
    pub fn feed_path(self, slug: &str) -> String {
        format!("{}atom.xml", self.path(slug))
    }

    fn template(self) -> &'static str {
        match self {
            List::Author => "author.html",
            List::Section => "section.html",
        }
    }

    /// The feed's id within the site; sections get a prefix so they never meet a future
    /// top-level id.
    fn feed_id(self, slug: &str) -> String {
        match self {
            List::Author => format!("authors/{slug}"),
            List::Section => format!("sections/{slug}"),
        }
    }
}

/// Site path of the authors index.
pub const AUTHORS_DIR: &str = "authors/";

/// The list pages of every author and section, and the authors index when there are authors.
pub fn page_jobs(site: &Site) -> Vec<Job> {
    let mut jobs = Vec::new();
    for list in [List::Author, List::Section] {
        for (t, term) in list.terms(site).terms.iter().enumerate() {
            jobs.extend(
                (1..=list_pages(&site.config, term.pages.len())).map(|n| Job::Term(list, t, n)),
            );
        }
    }
    if !site.authors.terms.is_empty() {
        jobs.push(Job::AuthorsIndex);
    }
    jobs
}

/// The Atom feed of every author and section.
pub fn feed_jobs(site: &Site) -> Vec<Job> {
    [List::Author, List::Section]
        .into_iter()
        .flat_map(|list| (0..list.terms(site).terms.len()).map(move |t| Job::TermFeed(list, t)))
        .collect()
}

/// A link to an author's or a section's page, with how many articles it lists.
#[derive(Serialize)]
struct TermLink<'a> {
    name: &'a str,
    slug: &'a str,
    url: String,
    count: usize,
}

/// An author's name in a byline, with what goes before it ("", ", ", " dan ").
#[derive(Serialize)]
struct Byline<'a> {
    before: &'static str,
    name: &'a str,
    url: String,
}

fn term_link(site: &Site, list: List, t: usize) -> TermLink<'_> {
    let term = &list.terms(site).terms[t];
    TermLink {
        name: &term.name,
        slug: &term.slug,
        url: site.config.url(&list.path(&term.slug)),
        count: term.pages.len(),
    }
}

impl Renderer<'_> {
    /// Page `n` of an author's or a section's list.
    pub(super) fn term_page(&self, list: List, t: usize, n: usize) -> Page {
        let site = self.site;
        let config = &site.config;
        let term = &list.terms(site).terms[t];
        let mut context = Context::new();
        context.insert("term", &term_link(site, list, t));
        context.insert(
            "feed_url",
            &config
                .feeds
                .enabled
                .then(|| config.url(&list.feed_path(&term.slug))),
        );
        let authors_url = (list == List::Author).then(|| config.url(AUTHORS_DIR));
        context.insert("authors_url", &authors_url);
        let shown = Plan::shows(site, Job::Term(list, t, n)).cards;
        self.list_page(
            &shown,
            term.pages.len(),
            &list.path(&term.slug),
            n,
            list.template(),
            context,
        )
    }

    /// `/authors/`: every author with their count.
    pub(super) fn authors_index(&self) -> Page {
        let authors: Vec<TermLink> = (0..self.site.authors.terms.len())
            .map(|t| term_link(self.site, List::Author, t))
            .collect();
        let mut context = Context::new();
        context.insert("authors", &authors);
        let file = format!("{AUTHORS_DIR}index.html");
        self.simple_page("authors.html", AUTHORS_DIR, &file, context)
    }

    /// An author's or a section's Atom feed, with the entry policy of tag feeds.
    pub(super) fn term_feed(&self, list: List, t: usize) -> (String, Vec<u8>) {
        let site = self.site;
        let term = &list.terms(site).terms[t];
        let path = list.feed_path(&term.slug);
        let xml = feeds::atom(
            &self.images,
            &format!("{} — {}", term.name, site.config.title),
            &path,
            &list.path(&term.slug),
            &list.feed_id(&term.slug),
            &term.pages,
            feeds::TAG_FEED_FULL_ENTRIES,
        );
        (path, xml.into_bytes())
    }

    /// What the article page links of article `i`: its authors' pages and its section.
    pub(super) fn article_lists(&self, i: usize, context: &mut Context) {
        let site = self.site;
        let lang = site.config.language.as_str();
        let authors = &site.authors.page_terms[i];
        let separators = super::i18n::name_separators(lang, authors.len());
        let bylines: Vec<Byline> = authors
            .iter()
            .zip(separators)
            .map(|(&a, before)| {
                let author = &site.authors.terms[a];
                Byline {
                    before,
                    name: &author.name,
                    url: site.config.url(&List::Author.path(&author.slug)),
                }
            })
            .collect();
        context.insert("author_links", &bylines);
        let section = site.sections.page_terms[i]
            .first()
            .map(|&s| term_link(site, List::Section, s));
        context.insert("section", &section);
    }
}

/// The authors of article `i` as schema.org `Person`s, each with their page when links are
/// absolute.
pub fn people(site: &Site, i: usize) -> Vec<serde_json::Value> {
    site.authors.page_terms[i]
        .iter()
        .map(|&a| {
            let author = &site.authors.terms[a];
            let mut person = serde_json::json!({ "@type": "Person", "name": author.name });
            if site.config.has_host() {
                let url = site.config.permalink(&List::Author.path(&author.slug));
                person["url"] = serde_json::json!(url);
            }
            person
        })
        .collect()
}

/// One entry of the navigation menu.
#[derive(Serialize)]
pub struct MenuEntry<'a> {
    name: &'a str,
    url: String,
}

/// The navigation menu: `[[menu]]` from site.toml in its order, else the front page, every
/// section (by name), the tags and the archive, named in the site's words.
pub fn menu<'a>(site: &'a Site, words: &BTreeMap<&'a str, &'a str>) -> Vec<MenuEntry<'a>> {
    let config = &site.config;
    if !config.menu.is_empty() {
        return config
            .menu
            .iter()
            .map(|item| MenuEntry {
                name: &item.name,
                // A path may hold an address itself (`/search/?q=https://…`): only the start counts.
                url: if crate::config::item_is_address(&item.url) {
                    item.url.clone()
                } else {
                    config.url(&item.url)
                },
            })
            .collect();
    }
    let word = |key: &'a str| MenuEntry {
        name: words.get(key).copied().unwrap_or(key),
        url: String::new(),
    };
    let mut entries = vec![MenuEntry {
        url: config.url(""),
        ..word("home")
    }];
    entries.extend(site.sections.terms.iter().map(|s| MenuEntry {
        name: &s.name,
        url: config.url(&List::Section.path(&s.slug)),
    }));
    entries.push(MenuEntry {
        url: config.url("tags/"),
        ..word("tags")
    });
    entries.push(MenuEntry {
        url: config.url("archive/"),
        ..word("archive")
    });
    entries
}
