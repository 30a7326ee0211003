//! Rendering: the site model and a theme in, every output file's bytes out. No file system here.

pub mod feeds;
pub mod i18n;
pub mod links;
pub mod search;
pub mod seo;
pub mod values;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera, Value};

use crate::content::highlight;
use crate::dates;
use crate::output::Output;
use crate::site::Site;
use crate::theme::Theme;
use values::{TagLink, article_path, tag_path};

/// The templates every theme must provide (the built-in theme fills any gap).
pub const REQUIRED: [&str; 8] = [
    "base.html",
    "index.html",
    "article.html",
    "tag.html",
    "tags.html",
    "archive.html",
    "search.html",
    "404.html",
];

/// How many tags the tag cloud on every page shows.
const TAG_CLOUD_SIZE: usize = 24;
/// How many articles the "latest" list on every page shows.
const LATEST_SIZE: usize = 5;

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

/// Jobs for a paginated list of `pages` under `prefix` (`""` for the front page, `tags/x/` for a tag).
fn paginate(
    site: &Site,
    cards: &[Value],
    pages: &[usize],
    prefix: &str,
    template: &'static str,
    base: &Context,
) -> Vec<Job> {
    let per = site.config.paginate_by;
    let total = pages.len().div_ceil(per).max(1);
    (1..=total)
        .map(|n| {
            let chunk: Vec<Value> = pages
                .iter()
                .skip((n - 1) * per)
                .take(per)
                .map(|&i| cards[i].clone())
                .collect();
            let mut context = base.clone();
            context.insert("pages", &chunk);
            context.insert(
                "paginator",
                &Paginator {
                    current: n,
                    total,
                    first_url: site.config.url(prefix),
                    prev_url: (n > 1).then(|| site.config.url(&page_path(prefix, n - 1))),
                    next_url: (n < total).then(|| site.config.url(&page_path(prefix, n + 1))),
                },
            );
            let path = page_path(prefix, n);
            context.insert("current_url", &site.config.url(&path));
            context.insert("permalink", &site.config.permalink(&path));
            Job {
                template,
                path: format!("{path}index.html"),
                context,
            }
        })
        .collect()
}

/// Renders the whole site with `theme` into memory.
pub fn render(site: &Site, theme: &Theme) -> Result<Output, Error> {
    // The search index needs no templates, so it is built alongside the rest: its parallel
    // work also fills the stretches where rendering keeps only one thread busy.
    let (rendered, index) = rayon::join(
        || render_pages(site, theme),
        || site.config.search.enabled.then(|| search::build(site)),
    );
    let (mut output, tera) = rendered?;
    if let Some(index) = index {
        add_search(site, theme, &tera, index, &mut output)?;
    }
    Ok(output)
}

/// The search page, which names the index's version (known only once the index is built), and
/// the index files.
fn add_search(
    site: &Site,
    theme: &Theme,
    tera: &Tera,
    index: search::Index,
    output: &mut Output,
) -> Result<(), Error> {
    let config = &site.config;
    let mut context = Context::new();
    context.insert("tags", &values::tag_links(site));
    let script = theme
        .statics
        .get(search::SCRIPT)
        .map_or(&[][..], Vec::as_slice);
    context.insert("search", &search::PageValue::new(config, &index, script));
    context.insert("current_url", &config.url(search::DIR));
    context.insert("permalink", &config.permalink(search::DIR));
    let mut buf = Vec::with_capacity(16 * 1024);
    tera.render_to("search.html", &context, &mut buf)
        .map_err(|e| template_error(theme, "search.html", &e))?;
    output.insert(format!("{}index.html", search::DIR), buf);
    for (path, bytes) in index.files {
        output.insert(path, bytes);
    }
    Ok(())
}

/// Everything but the search page and index; also returns the templates, ready for more.
fn render_pages(site: &Site, theme: &Theme) -> Result<(Output, Tera), Error> {
    let mut tera = templates(theme)?;
    let config = &site.config;
    let lang = config.language.as_str();

    // Values shared by many pages are built once, then cloned (cheap: Tera values share their data).
    let cards: Vec<Value> = (0..site.pages.len())
        .into_par_iter()
        .map(|i| values::card_value(site, i))
        .collect();
    let all_tags = values::tag_links(site);
    let mut cloud: Vec<&TagLink> = all_tags.iter().collect();
    cloud.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(b.name)));
    cloud.truncate(TAG_CLOUD_SIZE);
    cloud.sort_by_key(|t| t.name.to_lowercase());
    let latest: Vec<Value> = cards.iter().take(LATEST_SIZE).cloned().collect();

    let has_code = site.has_code();
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
            has_code,
            syntax_css_url: config.url("syntax.css"),
            style_url: config.url("style.css"),
            search_url: config.search.enabled.then(|| config.url(search::DIR)),
            extra: &config.extra,
        },
    );
    globals.insert("t", &i18n::words(lang));
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
    let tera = tera;

    let mut jobs: Vec<Job> = Vec::new();
    let empty = Context::new();

    // Articles, their values built in parallel: one thread took ~8 % of a 10,000-article build.
    jobs.par_extend(site.pages.par_iter().enumerate().map(|(i, page)| {
        let mut context = Context::new();
        context.insert_value("page", values::full_value(site, i));
        let related: Vec<Value> = site.related[i].iter().map(|&r| cards[r].clone()).collect();
        context.insert("related", &related);
        let path = article_path(&page.slug);
        context.insert("current_url", &config.url(&path));
        context.insert("permalink", &config.permalink(&path));
        Job {
            template: "article.html",
            path: format!("{path}index.html"),
            context,
        }
    }));

    // Front page and its pagination.
    let everything: Vec<usize> = (0..site.pages.len()).collect();
    jobs.extend(paginate(
        site,
        &cards,
        &everything,
        "",
        "index.html",
        &empty,
    ));

    // Tag pages.
    for (tag, link) in site.taxonomy.tags.iter().zip(&all_tags) {
        let mut base = Context::new();
        base.insert("tag", link);
        base.insert(
            "tag_feed_url",
            &config
                .feeds
                .enabled
                .then(|| config.url(&feeds::tag_feed_path(&tag.slug))),
        );
        jobs.extend(paginate(
            site,
            &cards,
            &tag.pages,
            &tag_path(&tag.slug, 1),
            "tag.html",
            &base,
        ));
    }

    // Tags index.
    let mut context = Context::new();
    context.insert("tags", &all_tags);
    context.insert("current_url", &config.url("tags/"));
    context.insert("permalink", &config.permalink("tags/"));
    jobs.push(Job {
        template: "tags.html",
        path: "tags/index.html".into(),
        context,
    });

    // Archive.
    let years: Vec<Value> = site
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
                    let pages: Vec<Value> = m.pages.iter().map(|&i| cards[i].clone()).collect();
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
    context.insert("current_url", &config.url("archive/"));
    context.insert("permalink", &config.permalink("archive/"));
    jobs.push(Job {
        template: "archive.html",
        path: "archive/index.html".into(),
        context,
    });

    // 404: links must work from any depth, so they are root-relative like everywhere else.
    let mut context = Context::new();
    context.insert("current_url", &config.url("404.html"));
    context.insert("permalink", &config.permalink("404.html"));
    jobs.push(Job {
        template: "404.html",
        path: "404.html".into(),
        context,
    });

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
    for (path, bytes) in &theme.statics {
        // The theme's search script is only for sites with search.
        if !config.search.enabled && path == search::SCRIPT {
            continue;
        }
        output.insert(path.clone(), bytes.clone());
    }
    for (path, bytes) in rendered {
        output.insert(path, bytes);
    }
    if config.feeds.enabled {
        output.insert(feeds::ATOM_PATH.into(), feeds::site_atom(site).into_bytes());
        let json = feeds::json_feed(site).map_err(|e| Error {
            origin: feeds::JSON_FEED_PATH.into(),
            location: None,
            message: format!("cannot write the JSON Feed: {e}"),
        })?;
        output.insert(feeds::JSON_FEED_PATH.into(), json.into_bytes());
        let tag_feeds: Vec<(String, Vec<u8>)> = (0..site.taxonomy.tags.len())
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
    // A sitemap of relative URLs is invalid, so without a host there is none (`digest check` says so).
    if config.has_host() {
        output.insert("sitemap.xml".into(), feeds::sitemap(site).into_bytes());
    }
    // The site's own static robots.txt wins.
    if !output.files.contains_key("robots.txt") {
        output.insert("robots.txt".into(), feeds::robots(site).into_bytes());
    }
    if has_code {
        output.insert("syntax.css".into(), highlight::stylesheet().into_bytes());
    }
    Ok((output, tera))
}
