//! The data templates see: pages, cards, tags and the site, as Tera values built once per build.

use std::borrow::Cow;

use serde::Serialize;
use tera::Value;

use crate::content::Page;
use crate::content::frontmatter::LeadImage;
use crate::dates;
use crate::site::Site;

use super::images::{ArticleImage, Thumb};
use super::seo;

/// A link to a tag, with how many articles carry it.
#[derive(Serialize)]
pub struct TagLink<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub url: String,
    pub count: usize,
    /// `person`, `place` or `organisation` when the articles' `tag_kinds` say so.
    pub kind: Option<&'static str>,
}

#[derive(Serialize)]
struct Card<'a> {
    title: &'a str,
    slug: &'a str,
    url: String,
    permalink: String,
    date: String,
    /// The date alone (`2026-01-15`), for a `<time>` that shows no time of day.
    day: String,
    date_display: String,
    date_short: String,
    summary: &'a str,
    summary_text: &'a str,
    source: Option<&'a str>,
    /// When `source` is a URL: the URL, and its host to show as the link text.
    source_url: Option<&'a str>,
    source_host: Option<&'a str>,
    location: Option<&'a str>,
    /// People credited as writers, and the same names joined in the site's language.
    authors: &'a [String],
    authors_joined: String,
    lang: &'a str,
    reading_minutes: usize,
    tags: Vec<TagLink<'a>>,
    /// `featured: true`: the story leads the front page and its edition.
    featured: bool,
    /// The lead image as written (what it looks like on a card is [`card_with_thumb`]'s): an
    /// edit to it changes the card.
    image_source: Option<&'a LeadImage>,
}

/// A card with the thumbnail of its lead image.
#[derive(Serialize)]
struct WithThumb<'a> {
    #[serde(flatten)]
    card: Card<'a>,
    image: Option<Thumb<'a>>,
}

#[derive(Serialize)]
struct Full<'a> {
    #[serde(flatten)]
    card: Card<'a>,
    image: Option<ArticleImage<'a>>,
    content: Cow<'a, str>,
    updated: Option<String>,
    updated_display: Option<String>,
    word_count: usize,
    has_code: bool,
    draft: bool,
    extra: &'a serde_yaml::Mapping,
    /// One line for `<meta name="description">` and link previews.
    description: String,
    /// `<script type="application/ld+json">` content, already safe inside the script element.
    json_ld: String,
    og_locale: Option<String>,
    /// For `article:published_time` / `article:modified_time`.
    published_time: String,
    modified_time: String,
}

/// URL of tag `slug`'s listing page `n` (1-based).
pub fn tag_path(slug: &str, n: usize) -> String {
    if n <= 1 {
        format!("tags/{slug}/")
    } else {
        format!("tags/{slug}/page/{n}/")
    }
}

/// Site path of article `slug`.
pub fn article_path(slug: &str) -> String {
    format!("articles/{slug}/")
}

/// The link to tag number `t`.
pub fn tag_link(site: &Site, t: usize) -> TagLink<'_> {
    let tag = &site.taxonomy.tags[t];
    TagLink {
        name: &tag.name,
        slug: &tag.slug,
        url: site.config.url(&tag_path(&tag.slug, 1)),
        count: tag.pages.len(),
        kind: tag.kind.map(|k| k.as_str()),
    }
}

/// The tag links of every tag, in the taxonomy's order.
pub fn tag_links(site: &Site) -> Vec<TagLink<'_>> {
    (0..site.taxonomy.tags.len())
        .map(|t| tag_link(site, t))
        .collect()
}

/// The page's `source` when it is a web address.
pub fn source_url(page: &Page) -> Option<&str> {
    page.meta
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
}

/// `https://www.example.com/a/b` → `example.com`.
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

fn card<'a>(site: &'a Site, index: usize, page: &'a Page) -> Card<'a> {
    let lang = page.meta.lang.as_deref().unwrap_or(&site.config.language);
    let ui = &site.config.language;
    let path = article_path(&page.slug);
    Card {
        title: &page.meta.title,
        slug: &page.slug,
        url: site.config.url(&path),
        permalink: site.config.permalink(&path),
        date: page.meta.date.machine(),
        day: page.meta.date.date.to_string(),
        date_display: dates::long_date(ui, page.meta.date.date),
        date_short: dates::short_date(ui, page.meta.date.date),
        summary: &page.summary_html,
        summary_text: &page.summary_text,
        source: page.meta.source.as_deref(),
        source_url: source_url(page),
        source_host: source_url(page).map(url_host),
        location: page.meta.location.as_deref(),
        authors: &page.meta.authors,
        authors_joined: super::i18n::join_names(ui, &page.meta.authors),
        lang,
        reading_minutes: page.reading_minutes,
        tags: site.taxonomy.page_tags[index]
            .iter()
            .map(|&t| tag_link(site, t))
            .collect(),
        featured: page.meta.featured,
        image_source: page.meta.image.as_ref(),
    }
}

/// The short form of page `index` used in every list.
pub fn card_value(site: &Site, index: usize) -> Value {
    Value::from_serializable(&card(site, index, &site.pages[index]))
}

/// The card of page `index` with `thumb`, its lead image as lists show it.
pub fn card_with_thumb<'a>(site: &'a Site, index: usize, thumb: Option<Thumb<'a>>) -> Value {
    Value::from_serializable(&WithThumb {
        card: card(site, index, &site.pages[index]),
        image: thumb,
    })
}

/// Everything about page `index`, for its own article page, with its lead `image`.
pub fn full_value<'a>(site: &'a Site, index: usize, image: Option<ArticleImage<'a>>) -> Value {
    let page = &site.pages[index];
    let ui = &site.config.language;
    let image_url = image.as_ref().map(|i| i.permalink.as_str());
    let json_ld = seo::json_ld(site, index, image_url);
    Value::from_serializable(&Full {
        card: card(site, index, page),
        image,
        content: page.body.html(),
        updated: page.meta.updated.map(|u| u.machine()),
        updated_display: page.meta.updated.map(|u| dates::long_date(ui, u.date)),
        word_count: page.body.word_count,
        has_code: page.body.has_code,
        draft: page.meta.draft,
        extra: &page.meta.extra,
        description: seo::description(site, page),
        json_ld,
        og_locale: seo::og_locale(page.meta.lang.as_deref().unwrap_or(&site.config.language)),
        published_time: page.meta.date.machine(),
        modified_time: page.meta.updated.unwrap_or(page.meta.date).machine(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn url_host_drops_scheme_www_and_path() {
        assert_eq!(
            super::url_host("https://www.liputan6.com/global/read/1"),
            "liputan6.com"
        );
        assert_eq!(super::url_host("http://kompas.com?x=1"), "kompas.com");
    }
}
