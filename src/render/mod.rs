//! Rendering: the site model and a theme in, every output file's bytes out. No file system here
//! but for lead images (`images`), read, resized and cached as their jobs run.

pub mod editions;
pub mod feeds;
pub mod i18n;
pub mod images;
pub mod links;
pub mod lists;
pub mod plan;
pub mod search;
pub mod seo;
pub mod sitemap;
pub mod values;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera, Value};

use crate::content::highlight;
use crate::dates;
use crate::output::{Collect, Output, Sink};
use crate::site::Site;
use crate::theme::Theme;
pub use plan::{Job, LATEST_SIZE, Plan};
use plan::{archive_month_path, list_cut_short, list_pages, page_path};
use values::{TagLink, article_path, tag_path};

/// How many tags the tag cloud on every page shows.
const TAG_CLOUD_SIZE: usize = 24;

/// A template failed to parse or render: `origin` is the file, `line`/`column` where known.
#[derive(Debug, thiserror::Error)]
#[error("{origin}{}: {message}", location.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
pub struct Error {
    pub origin: String,
    pub location: Option<(usize, usize)>,
    pub message: String,
}

fn template_error(theme: &Theme, fallback: &str, err: &tera::Error) -> Error {
    use std::error::Error as _;
    let origin_of = |name: &str| {
        theme
            .templates
            .get(name)
            .map(|t| t.origin.clone())
            .unwrap_or_else(|| name.to_string())
    };
    if let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = err.kind() {
        let name = if r.filename().is_empty() {
            fallback
        } else {
            r.filename()
        };
        // Tera's own report shows the offending line under the message.
        let report = err.to_string();
        let snippet = report.split_once('\n').map(|(_, rest)| rest).unwrap_or("");
        return Error {
            origin: origin_of(name),
            location: Some((r.span().start_line, r.span().start_col + 1)),
            message: format!("template error: {}\n{}", r.message(), snippet.trim_end()),
        };
    }
    let mut message = format!("template error: {err}");
    let mut cause = err.source();
    while let Some(c) = cause {
        message.push_str(&format!("\n  caused by: {c}"));
        cause = c.source();
    }
    Error {
        origin: origin_of(fallback),
        location: None,
        message,
    }
}

/// Parses the theme's templates into a Tera instance.
pub fn templates(theme: &Theme) -> Result<Tera, Error> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".htm", ".xml"]);
    tera.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.source.as_str())),
    )
    .map_err(|e| template_error(theme, "templates", &e))?;
    Ok(tera)
}

#[derive(Serialize)]
struct SiteValue<'a> {
    title: &'a str,
    description: &'a str,
    base_url: &'a str,
    base_path: &'a str,
    language: &'a str,
    /// Open Graph form of `language` (`id_ID`).
    og_locale: Option<String>,
    /// True when `base_url` has a host, so permalinks are absolute (needed by `og:url`).
    absolute: bool,
    feed_url: Option<String>,
    json_feed_url: Option<String>,
    has_code: bool,
    syntax_css_url: String,
    style_url: String,
    /// The search page, for the search box on every page; `None` when `[search]` is off.
    search_url: Option<String>,
    extra: &'a std::collections::BTreeMap<String, toml::Value>,
}

#[derive(Serialize)]
struct Paginator {
    current: usize,
    total: usize,
    first_url: String,
    prev_url: Option<String>,
    next_url: Option<String>,
    /// On the last page of a list cut short by `max_list_pages`: where the older articles are.
    archive_url: Option<String>,
}

#[derive(Serialize)]
struct ArchiveMonthValue {
    name: &'static str,
    number: i8,
    year: i16,
    id: String,
    count: usize,
    url: String,
}

#[derive(Serialize)]
struct ArchiveYearValue {
    year: i16,
    count: usize,
    months: Vec<ArchiveMonthValue>,
}

/// One page of output to render: template, output path, and its own context.
struct Page {
    template: &'static str,
    path: String,
    context: Context,
}

/// Number of list pages for `items` entries.
pub fn page_count(items: usize, per: usize) -> usize {
    items.div_ceil(per.max(1)).max(1)
}

/// Templates parsed and site-wide values computed once, ready to render any job of a plan.
pub struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    plan: &'a Plan,
    tera: Tera,
    all_tags: Vec<TagLink<'a>>,
    images: images::Images<'a>,
}

/// A render failed: a template, or writing what it rendered.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Render(#[from] Error),
    #[error(transparent)]
    Write(#[from] crate::output::Error),
}

/// Renders the whole site with `theme` into memory (for `digest check` and tests; a build
/// streams to disk instead).
pub fn render(site: &Site, theme: &Theme) -> Result<Output, Error> {
    let plan = Plan::new(site, theme);
    let sink = Collect::default();
    Renderer::new(site, theme, &plan)?
        .run(plan.jobs(), &sink)
        .map_err(|e| match e {
            RunError::Render(e) => e,
            // Memory takes every file; kept as a message should that ever change.
            RunError::Write(e) => Error {
                origin: "output".into(),
                location: None,
                message: e.to_string(),
            },
        })?;
    Ok(sink.into_output())
}

impl<'a> Renderer<'a> {
    /// Parses the templates and sets the values every page sees (computed once per build).
    pub fn new(site: &'a Site, theme: &'a Theme, plan: &'a Plan) -> Result<Renderer<'a>, Error> {
        let mut tera = templates(theme)?;
        let config = &site.config;
        let lang = config.language.as_str();
        let all_tags = values::tag_links(site);
        let mut cloud: Vec<&TagLink> = all_tags.iter().collect();
        cloud.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(b.name)));
        cloud.truncate(TAG_CLOUD_SIZE);
        cloud.sort_by_key(|t| t.name.to_lowercase());
        let latest: Vec<Value> = (0..site.pages.len().min(LATEST_SIZE))
            .map(|i| values::card_value(site, i))
            .collect();

        let globals = tera.global_context();
        globals.insert(
            "site",
            &SiteValue {
                title: &config.title,
                description: &config.description,
                base_url: &config.base_url,
                base_path: config.base_path(),
                language: lang,
                og_locale: seo::og_locale(lang),
                absolute: config.has_host(),
                feed_url: config.feeds.enabled.then(|| config.url(feeds::ATOM_PATH)),
                json_feed_url: config
                    .feeds
                    .enabled
                    .then(|| config.url(feeds::JSON_FEED_PATH)),
                has_code: site.has_code(),
                syntax_css_url: config.url("syntax.css"),
                style_url: config.url("style.css"),
                search_url: config.search.enabled.then(|| config.url(search::DIR)),
                extra: &config.extra,
            },
        );
        let words = i18n::words(lang, &config.strings.0);
        globals.insert("menu", &lists::menu(site, &words));
        globals.insert("t", &words);
        globals.insert("latest", &latest);
        globals.insert("tag_cloud", &cloud);
        globals.insert(
            "nav",
            &[
                ("home", config.url("")),
                ("tags", config.url("tags/")),
                ("archive", config.url("archive/")),
            ]
            .iter()
            .map(|(k, u)| {
                std::collections::BTreeMap::from([("key", k.to_string()), ("url", u.clone())])
            })
            .collect::<Vec<_>>(),
        );
        Ok(Renderer {
            site,
            theme,
            plan,
            tera,
            all_tags,
            images: images::Images::new(site, theme),
        })
    }

    /// Cards are made where they are shown, never kept: at 100,000 articles a cache of them
    /// weighed ~400 MB and saved no time (cloning a card costs about what making it does).
    fn cards_of(&self, pages: &[usize]) -> Vec<Value> {
        self.cards_after(pages, 0)
    }

    /// Cards of `pages` that follow `before` cards on the same page: only the page's first
    /// thumbnail loads eagerly (it may be in the first screen), every later one lazily.
    fn cards_after(&self, pages: &[usize], before: usize) -> Vec<Value> {
        pages
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                values::card_with_thumb(self.site, i, self.images.thumb(i, before + n > 0))
            })
            .collect()
    }

    /// Renders `jobs` and hands each file to `sink` as soon as it is made, so memory holds only
    /// the pages being rendered, never the site.
    pub fn run(&self, jobs: &[Job], sink: &dyn Sink) -> Result<(), RunError> {
        // The search index needs no templates, so it is built alongside all the rest: its
        // parallel work also fills the stretches where rendering keeps only one thread busy.
        let want_search = jobs.contains(&Job::Search);
        let (pages, index) = rayon::join(
            || {
                // In pieces of at most 64 jobs: rayon splits a slice into as many pieces as
                // there are threads and splits further only when a thread is idle to steal.
                // While the index kept the other thread busy nothing was stolen, so once it was
                // done the pages' last piece ran on one core alone (2.6 s at 100,000 articles).
                jobs.par_iter()
                    .with_max_len(64)
                    .filter(|&&j| j != Job::Search)
                    .try_for_each(|&job| match job {
                        Job::Images(i) => self.emit_images(i, sink),
                        _ => self.emit(job, sink),
                    })
            },
            || want_search.then(|| search::build(self.site)),
        );
        pages?;
        if let Some(index) = index {
            self.emit_search(index, sink)?;
        }
        Ok(())
    }

    /// Like [`Renderer::run`], but builds the search index first, alone, then the pages,
    /// calling `between` once the index is written. The dev server renders this way: it holds
    /// more than the model (its file hashes, the watcher), so it cannot also afford the pages'
    /// and the index's working memory at once and still stay within a build's. The index goes
    /// first because it needs the most: the render's own record of written files is still
    /// nearly empty then, instead of holding every page's path.
    pub fn run_in_turn(
        &self,
        jobs: &[Job],
        sink: &dyn Sink,
        between: &dyn Fn(),
    ) -> Result<(), RunError> {
        let (search, pages): (Vec<Job>, Vec<Job>) = jobs.iter().partition(|&&j| j == Job::Search);
        if !search.is_empty() {
            self.run(&search, sink)?;
            between();
        }
        self.run(&pages, sink)
    }

    /// The search index alone, unless `stop` says it is no longer wanted before it is done.
    pub fn search_unless(
        &self,
        sink: &dyn Sink,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<bool, RunError> {
        match search::build_unless(self.site, stop) {
            Some(index) => self.emit_search(index, sink).map(|()| true),
            None => Ok(false),
        }
    }

    fn emit(&self, job: Job, sink: &dyn Sink) -> Result<(), RunError> {
        let (path, bytes) = self.render_job(job)?;
        sink.put(path, bytes)?;
        Ok(())
    }

    fn emit_images(&self, i: usize, sink: &dyn Sink) -> Result<(), RunError> {
        for (path, bytes) in self.images.files(i)? {
            sink.put(path, bytes)?;
        }
        Ok(())
    }

    /// One job's file (every job but [`Job::Search`] and [`Job::Images`]).
    fn render_job(&self, job: Job) -> Result<(String, Vec<u8>), Error> {
        let site = self.site;
        let page = match job {
            Job::Article(i) => self.article_page(i)?,
            Job::Front(n) => {
                let shown = plan::front_slice(site, n);
                let context = self.front_context(n, &shown);
                self.list_page(&shown, site.pages.len(), "", n, "index.html", context)
            }
            Job::Tag(t, n) => self.tag_page(t, n),
            Job::TagsIndex => {
                let mut context = Context::new();
                context.insert("tags", &self.all_tags);
                self.simple_page("tags.html", "tags/", "tags/index.html", context)
            }
            // 404: links must work from any depth, so they are root-relative like everywhere else.
            Job::NotFound => self.simple_page("404.html", "404.html", "404.html", Context::new()),
            Job::ArchiveIndex => self.archive_index(),
            Job::ArchiveMonth(y, m) => self.archive_month(y, m),
            Job::Edition(e) => self.edition_page(e),
            Job::Term(l, t, n) => self.term_page(l, t, n),
            Job::AuthorsIndex => self.authors_index(),
            Job::Search => {
                return Err(Error {
                    origin: search::DIR.into(),
                    location: None,
                    message: "the search job is rendered with its index".into(),
                });
            }
            other => return self.data_file(other),
        };
        let mut buf = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(page.template, &page.context, &mut buf)
            .map_err(|e| template_error(self.theme, page.template, &e))?;
        Ok((page.path, buf))
    }

    /// Files made without templates: feeds, sitemap, robots.txt, stylesheets, static files.
    fn data_file(&self, job: Job) -> Result<(String, Vec<u8>), Error> {
        let site = self.site;
        Ok(match job {
            Job::SiteAtom => (
                feeds::ATOM_PATH.into(),
                feeds::site_atom(&self.images).into_bytes(),
            ),
            Job::JsonFeed => {
                let json = feeds::json_feed(&self.images).map_err(|e| Error {
                    origin: feeds::JSON_FEED_PATH.into(),
                    location: None,
                    message: format!("cannot write the JSON Feed: {e}"),
                })?;
                (feeds::JSON_FEED_PATH.into(), json.into_bytes())
            }
            Job::TagFeed(t) => (
                feeds::tag_feed_path(&site.taxonomy.tags[t].slug),
                feeds::tag_atom(&self.images, t).into_bytes(),
            ),
            Job::Sitemap(part) => (
                sitemap::part_path(part),
                sitemap::sitemap(site, self.plan, part),
            ),
            Job::Robots => ("robots.txt".into(), feeds::robots(site).into_bytes()),
            Job::EditionsAtom => (
                editions::FEED_PATH.into(),
                editions::atom(site).into_bytes(),
            ),
            Job::TermFeed(l, t) => self.term_feed(l, t),
            Job::SyntaxCss => ("syntax.css".into(), highlight::stylesheet().into_bytes()),
            Job::Static(s) => {
                let path = &self.plan.statics()[s];
                let bytes = self.theme.statics.get(path).cloned().unwrap_or_default();
                (path.clone(), bytes)
            }
            _ => {
                return Err(Error {
                    origin: format!("{job:?}"),
                    location: None,
                    message: "not a data file".into(),
                });
            }
        })
    }

    fn article_page(&self, i: usize) -> Result<Page, Error> {
        let config = &self.site.config;
        self.images.check(i)?;
        let mut context = Context::new();
        context.insert_value(
            "page",
            values::full_value(self.site, i, self.images.article(i)),
        );
        context.insert("related", &self.cards_of(plan::related(self.site, i)));
        self.article_lists(i, &mut context);
        let path = article_path(&self.site.pages[i].slug);
        context.insert("current_url", &config.url(&path));
        context.insert("permalink", &config.permalink(&path));
        Ok(Page {
            template: "article.html",
            path: format!("{path}index.html"),
            context,
        })
    }

    /// Page `n` of a list of `items` entries under `prefix` (`""` for the front page, `tags/x/`
    /// for a tag), showing `shown` (the plan's slice of the list for that page).
    fn list_page(
        &self,
        shown: &[usize],
        items: usize,
        prefix: &str,
        n: usize,
        template: &'static str,
        mut context: Context,
    ) -> Page {
        let config = &self.site.config;
        let total = list_pages(config, items);
        context.insert("pages", &self.cards_of(shown));
        context.insert(
            "paginator",
            &Paginator {
                current: n,
                total,
                first_url: config.url(prefix),
                prev_url: (n > 1).then(|| config.url(&page_path(prefix, n - 1))),
                next_url: (n < total).then(|| config.url(&page_path(prefix, n + 1))),
                archive_url: (n == total && list_cut_short(config, items))
                    .then(|| config.url("archive/")),
            },
        );
        let path = page_path(prefix, n);
        context.insert("current_url", &config.url(&path));
        context.insert("permalink", &config.permalink(&path));
        Page {
            template,
            path: format!("{path}index.html"),
            context,
        }
    }

    fn tag_page(&self, t: usize, n: usize) -> Page {
        let config = &self.site.config;
        let tag = &self.site.taxonomy.tags[t];
        let mut context = Context::new();
        context.insert("tag", &self.all_tags[t]);
        context.insert(
            "tag_feed_url",
            &config
                .feeds
                .enabled
                .then(|| config.url(&feeds::tag_feed_path(&tag.slug))),
        );
        let shown = Plan::shows(self.site, Job::Tag(t, n)).cards;
        self.list_page(
            &shown,
            tag.pages.len(),
            &tag_path(&tag.slug, 1),
            n,
            "tag.html",
            context,
        )
    }

    fn simple_page(
        &self,
        template: &'static str,
        path: &str,
        file: &str,
        mut context: Context,
    ) -> Page {
        let config = &self.site.config;
        context.insert("current_url", &config.url(path));
        context.insert("permalink", &config.permalink(path));
        Page {
            template,
            path: file.to_string(),
            context,
        }
    }

    fn month_value(&self, y: usize, m: usize) -> ArchiveMonthValue {
        let lang = self.site.config.language.as_str();
        let year = &self.site.archive[y];
        let month = &year.months[m];
        ArchiveMonthValue {
            name: dates::month_name(lang, month.month),
            number: month.month,
            year: year.year,
            id: format!("{}-{:02}", year.year, month.month),
            count: month.pages.len(),
            url: self
                .site
                .config
                .url(&archive_month_path(year.year, month.month)),
        }
    }

    /// `/archive/`: every year with its months and their counts, linking to the month pages.
    fn archive_index(&self) -> Page {
        let years: Vec<ArchiveYearValue> = self
            .site
            .archive
            .iter()
            .enumerate()
            .map(|(y, year)| ArchiveYearValue {
                year: year.year,
                count: year.months.iter().map(|m| m.pages.len()).sum(),
                months: (0..year.months.len())
                    .map(|m| self.month_value(y, m))
                    .collect(),
            })
            .collect();
        let mut context = Context::new();
        context.insert("years", &years);
        self.simple_page("archive.html", "archive/", "archive/index.html", context)
    }

    /// `/archive/YYYY/MM/`: the month's days, with links to the months before and after.
    fn archive_month(&self, y: usize, m: usize) -> Page {
        let archive = &self.site.archive;
        let month = &archive[y].months[m];
        // The archive runs newest first: the newer month is the one before in that order.
        let newer = if m > 0 {
            Some((y, m - 1))
        } else if y > 0 {
            Some((y - 1, archive[y - 1].months.len() - 1))
        } else {
            None
        };
        let older = if m + 1 < archive[y].months.len() {
            Some((y, m + 1))
        } else if y + 1 < archive.len() {
            Some((y + 1, 0))
        } else {
            None
        };
        let mut context = Context::new();
        context.insert("month", &self.month_value(y, m));
        context.insert("days", &self.month_days(archive[y].year, month.month));
        context.insert("newer", &newer.map(|(y, m)| self.month_value(y, m)));
        context.insert("older", &older.map(|(y, m)| self.month_value(y, m)));
        context.insert("archive_url", &self.site.config.url("archive/"));
        let path = archive_month_path(archive[y].year, month.month);
        self.simple_page(
            "archive_month.html",
            &path,
            &format!("{path}index.html"),
            context,
        )
    }

    /// The search page, which names the index's version (known only once the index is built),
    /// and the index files.
    fn emit_search(&self, index: search::Index, sink: &dyn Sink) -> Result<(), RunError> {
        let mut context = Context::new();
        context.insert("tags", &self.all_tags);
        let script = self
            .theme
            .statics
            .get(search::SCRIPT)
            .map_or(&[][..], Vec::as_slice);
        context.insert(
            "search",
            &search::PageValue::new(&self.site.config, &index, script),
        );
        let page = self.simple_page(
            "search.html",
            search::DIR,
            &format!("{}index.html", search::DIR),
            context,
        );
        let mut buf = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(page.template, &page.context, &mut buf)
            .map_err(|e| template_error(self.theme, page.template, &e))?;
        sink.put(page.path, buf)?;
        for (path, bytes) in index.files {
            sink.put(path, bytes)?;
        }
        Ok(())
    }
}
