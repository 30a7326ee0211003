//! Atom feeds (whole site and per tag), the JSON Feed, the sitemap and robots.txt.
//!
//! Entry ids are RFC 4151 `tag:` URIs that depend on the article alone
//! (`tag:AUTHORITY,YYYY-MM-DD:SLUG`), never on `base_url`, so moving the site to another host or
//! path does not make feed readers show every article again. Links are absolute when `base_url`
//! has a host; otherwise they are root-relative, which readers resolve against the feed's address.

use std::fmt::Write;

use serde::Serialize;

use crate::content::Page;
use crate::escape::escape as xml_escape;
use crate::site::Site;

use super::images::Images;
use super::links;
use super::seo;
use super::values::{article_path, tag_path};

/// The date part of feed-level ids: when this id scheme was defined, so it never changes.
const FEED_ID_DATE: &str = "2026";

/// Site path of the whole-site Atom feed.
pub const ATOM_PATH: &str = "atom.xml";
/// Site path of the JSON Feed.
pub const JSON_FEED_PATH: &str = "feed.json";
/// How many of a tag feed's newest entries carry the whole article; older ones carry the
/// summary and the link. A reader that polls sees every new article in full while it is among
/// the newest, and keeps it; the older entries only fill a new subscriber's list, and in full
/// they would copy each article's text once more for each of its tags.
pub const TAG_FEED_FULL_ENTRIES: usize = 3;

/// The id of article `page` in every feed: `tag:AUTHORITY,YYYY-MM-DD:SLUG` (article date).
pub fn entry_id(site: &Site, page: &Page) -> String {
    let d = page.meta.date.date;
    format!(
        "tag:{},{:04}-{:02}-{:02}:{}",
        site.config.feeds.id_authority,
        d.year(),
        d.month(),
        d.day(),
        page.slug
    )
}

/// The id of a feed; `specific` names it within the site (`feed`, `tags/<slug>`).
pub fn feed_id(site: &Site, specific: &str) -> String {
    format!(
        "tag:{},{FEED_ID_DATE}:{specific}",
        site.config.feeds.id_authority
    )
}

/// When `page` last changed: its `updated`, else its date.
pub fn updated(page: &Page) -> crate::dates::PubDate {
    page.meta.updated.unwrap_or(page.meta.date)
}

/// The article body with its relative links resolved against its own page, for use elsewhere.
fn portable_content(site: &Site, page: &Page) -> String {
    let url = site.config.permalink(&article_path(&page.slug));
    links::absolutize(&page.body.html(), &url)
}

/// An Atom feed of `pages` (indices, newest first) for the listing at `html_path`.
///
/// `path` is the feed's own site path and `specific` its id within the site (see [`feed_id`]);
/// the first `full` entries carry the article's content, the others its summary only.
pub fn atom(
    images: &Images,
    title: &str,
    path: &str,
    html_path: &str,
    specific: &str,
    pages: &[usize],
    full: usize,
) -> String {
    let site = images.site();
    let config = &site.config;
    let shown: Vec<usize> = pages.iter().copied().take(config.feeds.limit).collect();
    // An empty feed still needs an `updated`; a fixed one keeps its bytes stable between builds.
    let feed_updated = shown
        .iter()
        .map(|&i| updated(&site.pages[i]))
        .max_by_key(|d| d.timestamp())
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut x = String::with_capacity(4096 + shown.len() * 4096);
    head(
        &mut x,
        site,
        title,
        path,
        html_path,
        specific,
        &feed_updated,
    );
    for (nth, index) in shown.into_iter().enumerate() {
        let p = &site.pages[index];
        let lang = p.meta.lang.as_deref().unwrap_or(&config.language);
        if lang == config.language {
            x.push_str("<entry>\n");
        } else {
            let _ = writeln!(x, "<entry xml:lang=\"{}\">", xml_escape(lang));
        }
        let _ = write!(
            x,
            "<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<published>{}</published>\n<updated>{}</updated>\n",
            xml_escape(&entry_id(site, p)),
            xml_escape(&p.meta.title),
            xml_escape(&config.permalink(&article_path(&p.slug))),
            p.meta.date.rfc3339(),
            updated(p).rfc3339(),
        );
        for author in seo::authors(site, index) {
            let _ = write!(x, "<author><name>{}</name>", xml_escape(author.name));
            if let Some(uri) = &author.url {
                let _ = write!(x, "<uri>{}</uri>", xml_escape(uri));
            }
            x.push_str("</author>\n");
        }
        // The lead photo, for readers that show one beside the entry.
        if let Some((url, kind)) = images.feed(index) {
            let kind = kind.map(|k| format!(" type=\"{k}\"")).unwrap_or_default();
            let _ = writeln!(
                x,
                "<link rel=\"enclosure\"{kind} href=\"{}\"/>",
                xml_escape(&url)
            );
        }
        // With named writers the outlet's address no longer rides on the author: link it instead.
        if let (false, Some(url)) = (p.meta.authors.is_empty(), super::values::source_url(p)) {
            let _ = writeln!(x, "<link rel=\"via\" href=\"{}\"/>", xml_escape(url));
        }
        for &t in &site.taxonomy.page_tags[index] {
            let _ = writeln!(
                x,
                "<category term=\"{}\"/>",
                xml_escape(&site.taxonomy.tags[t].name)
            );
        }
        if !p.summary_text.is_empty() {
            let _ = writeln!(x, "<summary>{}</summary>", xml_escape(&p.summary_text));
        }
        if nth < full {
            let _ = writeln!(
                x,
                "<content type=\"html\">{}</content>",
                xml_escape(&portable_content(site, p))
            );
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// The XML declaration and the `<feed>` element's own children, as for [`atom`].
pub fn head(
    x: &mut String,
    site: &Site,
    title: &str,
    path: &str,
    html_path: &str,
    specific: &str,
    updated: &str,
) {
    let config = &site.config;
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n",
        xml_escape(&config.language),
        xml_escape(&feed_id(site, specific)),
        xml_escape(title),
    );
    if !config.description.trim().is_empty() {
        let _ = writeln!(
            x,
            "<subtitle>{}</subtitle>",
            xml_escape(&config.description)
        );
    }
    let _ = write!(
        x,
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<generator>digest</generator>\n",
        xml_escape(&config.permalink(path)),
        xml_escape(&config.permalink(html_path)),
        updated,
        xml_escape(&config.title),
    );
}

/// The Atom feed of the whole site.
pub fn site_atom(images: &Images) -> String {
    let site = images.site();
    let all: Vec<usize> = (0..site.pages.len()).collect();
    // The whole digest's subscribers read it in their reader: every entry in full.
    atom(
        images,
        &site.config.title,
        ATOM_PATH,
        "",
        "feed",
        &all,
        usize::MAX,
    )
}

/// The Atom feed of tag number `tag`.
pub fn tag_atom(images: &Images, tag: usize) -> String {
    let site = images.site();
    let t = &site.taxonomy.tags[tag];
    atom(
        images,
        &format!("{} — {}", t.name, site.config.title),
        &tag_feed_path(&t.slug),
        &tag_path(&t.slug, 1),
        &format!("tags/{}", t.slug),
        &t.pages,
        TAG_FEED_FULL_ENTRIES,
    )
}

/// Feed path of tag `slug`.
pub fn tag_feed_path(slug: &str) -> String {
    format!("{}atom.xml", tag_path(slug, 1))
}

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    language: &'a str,
    authors: [JsonAuthor<'a>; 1],
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: String,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_url: Option<&'a str>,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    content_html: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    summary: &'a str,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<&'a str>,
    authors: Vec<JsonAuthor<'a>>,
    language: &'a str,
}

/// The JSON Feed 1.1 of the newest articles, with full `content_html`.
pub fn json_feed(images: &Images) -> Result<String, serde_json::Error> {
    let site = images.site();
    let config = &site.config;
    let home_url = config.permalink("");
    let items = site
        .pages
        .iter()
        .enumerate()
        .take(config.feeds.limit)
        .map(|(i, p)| JsonItem {
            id: entry_id(site, p),
            url: config.permalink(&article_path(&p.slug)),
            external_url: super::values::source_url(p),
            title: &p.meta.title,
            image: images.feed(i).map(|(url, _)| url),
            content_html: portable_content(site, p),
            summary: &p.summary_text,
            date_published: p.meta.date.rfc3339(),
            date_modified: p.meta.updated.map(|u| u.rfc3339()),
            tags: site.taxonomy.page_tags[i]
                .iter()
                .map(|&t| site.taxonomy.tags[t].name.as_str())
                .collect(),
            authors: seo::authors(site, i)
                .into_iter()
                .map(|a| JsonAuthor {
                    name: a.name,
                    url: a.url,
                })
                .collect(),
            language: p.meta.lang.as_deref().unwrap_or(&config.language),
        })
        .collect();
    let feed = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &config.title,
        home_page_url: home_url,
        feed_url: config.permalink(JSON_FEED_PATH),
        description: config.description.trim(),
        language: &config.language,
        authors: [JsonAuthor {
            name: &config.title,
            url: None,
        }],
        items,
    };
    let mut json = serde_json::to_string_pretty(&feed)?;
    json.push('\n');
    Ok(json)
}

/// `sitemap.xml`: the front page, every article, the tag pages and the archive, with `lastmod`.
///
/// Sitemaps need absolute URLs, so call this only when `base_url` has a host.
pub fn sitemap(site: &Site) -> String {
    let config = &site.config;
    let mut x = String::with_capacity(256 + site.pages.len() * 160);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let newest = |pages: &mut dyn Iterator<Item = &Page>| {
        pages
            .map(updated)
            .max_by_key(|d| d.timestamp())
            .map(|d| d.machine())
    };
    let newest_all = newest(&mut site.pages.iter());
    let mut url = |path: &str, lastmod: Option<String>| {
        let _ = write!(x, "<url><loc>{}</loc>", xml_escape(&config.permalink(path)));
        if let Some(l) = lastmod {
            let _ = write!(x, "<lastmod>{l}</lastmod>");
        }
        x.push_str("</url>\n");
    };
    url("", newest_all.clone());
    for p in &site.pages {
        url(&article_path(&p.slug), Some(updated(p).machine()));
    }
    url("tags/", newest_all.clone());
    for t in &site.taxonomy.tags {
        let last = newest(&mut t.pages.iter().map(|&i| &site.pages[i]));
        url(&tag_path(&t.slug, 1), last);
    }
    url("archive/", newest_all);
    x.push_str("</urlset>\n");
    x
}

/// `robots.txt`: everything may be crawled; the sitemap is named when it exists.
pub fn robots(site: &Site) -> String {
    let mut s = String::from("User-agent: *\nAllow: /\n");
    if site.config.has_host() {
        let _ = write!(s, "\nSitemap: {}\n", site.config.permalink("sitemap.xml"));
    }
    s
}
