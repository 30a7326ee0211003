//! Rendering: the site model and a theme in, every output file's bytes out. No file system here.

pub mod feeds;
pub mod i18n;
pub mod links;
pub mod search;
pub mod seo;
pub mod values;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera, Value};

use crate::content::highlight;
use crate::dates;
use crate::output::Output;
use crate::site::Site;
use crate::theme::Theme;
use values::{TagLink, article_path, tag_path};

/// How many tags the tag cloud on every page shows.
const TAG_CLOUD_SIZE: usize = 24;
/// How many articles the "latest" list on every page shows.
pub const LATEST_SIZE: usize = 5;

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
}

#[derive(Serialize)]
struct ArchiveMonthValue {
    name: &'static str,
    number: i8,
    id: String,
    count: usize,
}

/// One page of output to render: template, output path, and its own context.
struct Job {
    template: &'static str,
    path: String,
    context: Context,
}

fn page_path(prefix: &str, n: usize) -> String {
    if n <= 1 {
        prefix.to_string()
    } else {
        format!("{prefix}page/{n}/")
    }
}

/// Which outputs to render. A full build renders everything; the dev server renders only
/// what an edit can have changed and keeps the rest of the previous output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Everything, including static files, the tags index, sitemap and 404.
    pub all: bool,
    /// Article pages, by page index.
    pub articles: BTreeSet<usize>,
    /// Front-page list pages, 1-based.
    pub front_pages: BTreeSet<usize>,
    /// Tag list pages: (tag index, 1-based page number).
    pub tag_pages: BTreeSet<(usize, usize)>,
    pub archive: bool,
    /// `atom.xml` and `feed.json`.
    pub site_feeds: bool,
    /// Tag feeds, by tag index.
    pub tag_feeds: BTreeSet<usize>,
    /// The search index and the search page.
    pub search: bool,
}

impl Selection {
    /// Everything a build writes.
    pub fn all() -> Selection {
        Selection {
            all: true,
            ..Selection::default()
        }
    }
}

/// Number of list pages for `items` entries.
pub fn page_count(items: usize, per: usize) -> usize {
    items.div_ceil(per.max(1)).max(1)
}

/// Templates parsed and site-wide values computed once, ready to render any part of a site.
pub struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    tera: Tera,
    /// Cards are made on first use: a partial render needs only a few of them.
    cards: Vec<OnceLock<Value>>,
    all_tags: Vec<TagLink<'a>>,
}

/// Renders the whole site with `theme` into memory.
pub fn render(site: &Site, theme: &Theme) -> Result<Output, Error> {
    Renderer::new(site, theme)?.render(&Selection::all())
}

impl<'a> Renderer<'a> {
    /// Parses the templates and sets the values every page sees (computed once per build).
    pub fn new(site: &'a Site, theme: &'a Theme) -> Result<Renderer<'a>, Error> {
        let mut tera = templates(theme)?;
        let config = &site.config;
        let lang = config.language.as_str();
        let cards: Vec<OnceLock<Value>> = (0..site.pages.len()).map(|_| OnceLock::new()).collect();
        let all_tags = values::tag_links(site);
        let mut cloud: Vec<&TagLink> = all_tags.iter().collect();
        cloud.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(b.name)));
        cloud.truncate(TAG_CLOUD_SIZE);
        cloud.sort_by_key(|t| t.name.to_lowercase());
        let latest: Vec<Value> = (0..site.pages.len().min(LATEST_SIZE))
            .map(|i| cards[i].get_or_init(|| values::card_value(site, i)).clone())
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
        globals.insert("t", &i18n::words(lang, &config.strings.0));
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
            tera,
            cards,
            all_tags,
        })
    }

    fn card(&self, i: usize) -> Value {
        self.cards[i]
            .get_or_init(|| values::card_value(self.site, i))
            .clone()
    }

    fn article_job(&self, i: usize) -> Job {
        let config = &self.site.config;
        let mut context = Context::new();
        context.insert_value("page", values::full_value(self.site, i));
        let related: Vec<Value> = self.site.related[i].iter().map(|&r| self.card(r)).collect();
        context.insert("related", &related);
        let path = article_path(&self.site.pages[i].slug);
        context.insert("current_url", &config.url(&path));
        context.insert("permalink", &config.permalink(&path));
        Job {
            template: "article.html",
            path: format!("{path}index.html"),
            context,
        }
    }

    /// Page `n` of a list of `pages` under `prefix` (`""` for the front page, `tags/x/` for a tag).
    fn list_job(
        &self,
        pages: &[usize],
        prefix: &str,
        n: usize,
        template: &'static str,
        base: &Context,
    ) -> Job {
        let config = &self.site.config;
        let per = config.paginate_by;
        let total = page_count(pages.len(), per);
        let chunk: Vec<Value> = pages
            .iter()
            .skip((n - 1) * per)
            .take(per)
            .map(|&i| self.card(i))
            .collect();
        let mut context = base.clone();
        context.insert("pages", &chunk);
        context.insert(
            "paginator",
            &Paginator {
                current: n,
                total,
                first_url: config.url(prefix),
                prev_url: (n > 1).then(|| config.url(&page_path(prefix, n - 1))),
                next_url: (n < total).then(|| config.url(&page_path(prefix, n + 1))),
            },
        );
        let path = page_path(prefix, n);
        context.insert("current_url", &config.url(&path));
        context.insert("permalink", &config.permalink(&path));
        Job {
            template,
            path: format!("{path}index.html"),
            context,
        }
    }

    fn tag_job(&self, t: usize, n: usize) -> Job {
        let config = &self.site.config;
        let tag = &self.site.taxonomy.tags[t];
        let mut base = Context::new();
        base.insert("tag", &self.all_tags[t]);
        base.insert(
            "tag_feed_url",
            &config
                .feeds
                .enabled
                .then(|| config.url(&feeds::tag_feed_path(&tag.slug))),
        );
        self.list_job(&tag.pages, &tag_path(&tag.slug, 1), n, "tag.html", &base)
    }

    fn simple_job(
        &self,
        template: &'static str,
        path: &str,
        file: &str,
        context: Option<Context>,
    ) -> Job {
        let config = &self.site.config;
        let mut context = context.unwrap_or_default();
        context.insert("current_url", &config.url(path));
        context.insert("permalink", &config.permalink(path));
        Job {
            template,
            path: file.to_string(),
            context,
        }
    }

    fn archive_job(&self) -> Job {
        let lang = self.site.config.language.as_str();
        let years: Vec<Value> = self
            .site
            .archive
            .iter()
            .map(|y| {
                let months: Vec<Value> = y
                    .months
                    .iter()
                    .map(|m| {
                        let mut v = std::collections::BTreeMap::new();
                        v.insert(
                            "month",
                            Value::from_serializable(&ArchiveMonthValue {
                                name: dates::month_name(lang, m.month),
                                number: m.month,
                                id: format!("{}-{:02}", y.year, m.month),
                                count: m.pages.len(),
                            }),
                        );
                        let pages: Vec<Value> = m.pages.iter().map(|&i| self.card(i)).collect();
                        v.insert("pages", Value::from_serializable(&pages));
                        Value::from_serializable(&v)
                    })
                    .collect();
                let count: usize = y.months.iter().map(|m| m.pages.len()).sum();
                Value::from_serializable(&std::collections::BTreeMap::from([
                    ("year", Value::from_serializable(&y.year)),
                    ("count", Value::from_serializable(&count)),
                    ("months", Value::from_serializable(&months)),
                ]))
            })
            .collect();
        let mut context = Context::new();
        context.insert("years", &years);
        self.simple_job(
            "archive.html",
            "archive/",
            "archive/index.html",
            Some(context),
        )
    }

    /// Renders the selected outputs into memory.
    pub fn render(&self, sel: &Selection) -> Result<Output, Error> {
        // The search index needs no templates, so it is built alongside all the rest: its
        // parallel work also fills the stretches where rendering keeps only one thread busy.
        let want_search = (sel.all || sel.search) && self.site.config.search.enabled;
        let (output, index) = rayon::join(
            || self.render_pages(sel),
            || want_search.then(|| search::build(self.site)),
        );
        let mut output = output?;
        if let Some(index) = index {
            self.add_search(index, &mut output)?;
        }
        Ok(output)
    }

    /// The search page, which names the index's version (known only once the index is built),
    /// and the index files.
    fn add_search(&self, index: search::Index, output: &mut Output) -> Result<(), Error> {
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
        let job = self.simple_job(
            "search.html",
            search::DIR,
            &format!("{}index.html", search::DIR),
            Some(context),
        );
        let mut buf = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(job.template, &job.context, &mut buf)
            .map_err(|e| template_error(self.theme, job.template, &e))?;
        output.insert(job.path, buf);
        for (path, bytes) in index.files {
            output.insert(path, bytes);
        }
        Ok(())
    }

    /// Everything selected but the search page and index.
    fn render_pages(&self, sel: &Selection) -> Result<Output, Error> {
        let site = self.site;
        let config = &site.config;
        let per = config.paginate_by;
        if sel.all {
            // Every card is needed: make them in parallel rather than one by one on demand.
            (0..site.pages.len()).into_par_iter().for_each(|i| {
                self.cards[i].get_or_init(|| values::card_value(site, i));
            });
        }
        let mut jobs: Vec<Job> = Vec::new();
        let articles: Vec<usize> = if sel.all {
            (0..site.pages.len()).collect()
        } else {
            sel.articles
                .iter()
                .copied()
                .filter(|&i| i < site.pages.len())
                .collect()
        };
        // Article values (JSON-LD, related cards) are the costliest to make: make them in parallel.
        jobs.par_extend(articles.into_par_iter().map(|i| self.article_job(i)));

        let everything: Vec<usize> = (0..site.pages.len()).collect();
        let fronts = page_count(everything.len(), per);
        let empty = Context::new();
        let front_pages: Vec<usize> = if sel.all {
            (1..=fronts).collect()
        } else {
            sel.front_pages
                .iter()
                .copied()
                .filter(|&n| (1..=fronts).contains(&n))
                .collect()
        };
        jobs.extend(
            front_pages
                .into_iter()
                .map(|n| self.list_job(&everything, "", n, "index.html", &empty)),
        );

        let tag_pages: Vec<(usize, usize)> = if sel.all {
            site.taxonomy
                .tags
                .iter()
                .enumerate()
                .flat_map(|(t, tag)| (1..=page_count(tag.pages.len(), per)).map(move |n| (t, n)))
                .collect()
        } else {
            sel.tag_pages
                .iter()
                .copied()
                .filter(|&(t, n)| {
                    site.taxonomy
                        .tags
                        .get(t)
                        .is_some_and(|tag| (1..=page_count(tag.pages.len(), per)).contains(&n))
                })
                .collect()
        };
        jobs.extend(tag_pages.into_iter().map(|(t, n)| self.tag_job(t, n)));

        if sel.all {
            let mut context = Context::new();
            context.insert("tags", &self.all_tags);
            jobs.push(self.simple_job("tags.html", "tags/", "tags/index.html", Some(context)));
            // 404: links must work from any depth, so they are root-relative like everywhere else.
            jobs.push(self.simple_job("404.html", "404.html", "404.html", None));
        }
        if sel.all || sel.archive {
            jobs.push(self.archive_job());
        }

        let tera = &self.tera;
        let theme = self.theme;
        let rendered: Vec<(String, Vec<u8>)> = jobs
            .into_par_iter()
            .map(|job| {
                let mut buf = Vec::with_capacity(16 * 1024);
                tera.render_to(job.template, &job.context, &mut buf)
                    .map_err(|e| template_error(theme, job.template, &e))?;
                Ok((job.path, buf))
            })
            .collect::<Result<_, Error>>()?;

        let mut output = Output::default();
        if sel.all {
            for (path, bytes) in &theme.statics {
                // The theme's search script is only for sites with search.
                if !config.search.enabled && path == search::SCRIPT {
                    continue;
                }
                output.insert(path.clone(), bytes.clone());
            }
        }
        for (path, bytes) in rendered {
            output.insert(path, bytes);
        }
        if config.feeds.enabled {
            if sel.all || sel.site_feeds {
                output.insert(feeds::ATOM_PATH.into(), feeds::site_atom(site).into_bytes());
                let json = feeds::json_feed(site).map_err(|e| Error {
                    origin: feeds::JSON_FEED_PATH.into(),
                    location: None,
                    message: format!("cannot write the JSON Feed: {e}"),
                })?;
                output.insert(feeds::JSON_FEED_PATH.into(), json.into_bytes());
            }
            let tag_feeds: Vec<usize> = if sel.all {
                (0..site.taxonomy.tags.len()).collect()
            } else {
                sel.tag_feeds
                    .iter()
                    .copied()
                    .filter(|&t| t < site.taxonomy.tags.len())
                    .collect()
            };
            let tag_feeds: Vec<(String, Vec<u8>)> = tag_feeds
                .into_par_iter()
                .map(|t| {
                    let path = feeds::tag_feed_path(&site.taxonomy.tags[t].slug);
                    (path, feeds::tag_atom(site, t).into_bytes())
                })
                .collect();
            for (path, bytes) in tag_feeds {
                output.insert(path, bytes);
            }
        }
        if sel.all {
            // A sitemap of relative URLs is invalid, so without a host there is none (`digest check` says so).
            if config.has_host() {
                output.insert("sitemap.xml".into(), feeds::sitemap(site).into_bytes());
            }
            // The site's own static robots.txt wins.
            if !output.files.contains_key("robots.txt") {
                output.insert("robots.txt".into(), feeds::robots(site).into_bytes());
            }
            if site.has_code() {
                output.insert("syntax.css".into(), highlight::stylesheet().into_bytes());
            }
        }
        Ok(output)
    }
}
