//! Atom feeds (whole site and per tag) and the sitemap, written by hand: both are small formats.

use std::fmt::Write;

use crate::escape::escape as xml_escape;
use crate::site::Site;

use super::values::{article_path, tag_path};

/// An Atom feed of `pages` (indices, newest first); `path` is the feed's own site path.
pub fn atom(site: &Site, title: &str, path: &str, html_path: &str, pages: &[usize]) -> String {
    let config = &site.config;
    let limit = config.feeds.limit;
    let shown: Vec<usize> = pages.iter().copied().take(limit).collect();
    let updated = shown
        .iter()
        .map(|&i| {
            let m = &site.pages[i].meta;
            m.updated.unwrap_or(m.date)
        })
        .max_by_key(|d| d.timestamp())
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut x = String::with_capacity(4096 + shown.len() * 4096);
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<updated>{}</updated>\n<generator>digest</generator>\n",
        xml_escape(&config.language),
        xml_escape(title),
        xml_escape(&config.permalink(path)),
        xml_escape(&config.permalink(html_path)),
        xml_escape(&config.permalink(path)),
        updated
    );
    for &i in &shown {
        let p = &site.pages[i];
        let link = config.permalink(&article_path(&p.slug));
        let _ = write!(
            x,
            "<entry>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<published>{}</published>\n<updated>{}</updated>\n",
            xml_escape(&p.meta.title),
            xml_escape(&link),
            xml_escape(&link),
            p.meta.date.rfc3339(),
            p.meta.updated.unwrap_or(p.meta.date).rfc3339(),
        );
        let author = p.meta.source.as_deref().unwrap_or(&config.title);
        let _ = writeln!(x, "<author><name>{}</name></author>", xml_escape(author));
        for &t in &site.taxonomy.page_tags[i] {
            let _ = writeln!(
                x,
                "<category term=\"{}\"/>",
                xml_escape(&site.taxonomy.tags[t].name)
            );
        }
        if !p.summary_text.is_empty() {
            let _ = writeln!(x, "<summary>{}</summary>", xml_escape(&p.summary_text));
        }
        let _ = write!(
            x,
            "<content type=\"html\">{}</content>\n</entry>\n",
            xml_escape(&p.body.html)
        );
    }
    x.push_str("</feed>\n");
    x
}

/// Feed path of tag `slug`.
pub fn tag_feed_path(slug: &str) -> String {
    format!("{}atom.xml", tag_path(slug, 1))
}

/// `sitemap.xml`: the front page, every article (with `lastmod`), tag pages and the archive.
pub fn sitemap(site: &Site) -> String {
    let config = &site.config;
    let mut x = String::with_capacity(256 + site.pages.len() * 160);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let newest = site
        .pages
        .iter()
        .map(|p| p.meta.updated.unwrap_or(p.meta.date))
        .max_by_key(|d| d.timestamp());
    let mut url = |path: &str, lastmod: Option<String>| {
        let _ = write!(x, "<url><loc>{}</loc>", xml_escape(&config.permalink(path)));
        if let Some(l) = lastmod {
            let _ = write!(x, "<lastmod>{l}</lastmod>");
        }
        x.push_str("</url>\n");
    };
    url("", newest.map(|d| d.rfc3339()));
    for p in &site.pages {
        url(
            &article_path(&p.slug),
            Some(p.meta.updated.unwrap_or(p.meta.date).rfc3339()),
        );
    }
    url("tags/", None);
    for t in &site.taxonomy.tags {
        let last = t.pages.first().map(|&i| {
            let m = &site.pages[i].meta;
            m.updated.unwrap_or(m.date).rfc3339()
        });
        url(&tag_path(&t.slug, 1), last);
    }
    url("archive/", None);
    x.push_str("</urlset>\n");
    x
}
