//! What search engines and link previews read: descriptions, Open Graph locales, the authors of
//! an article, and its JSON-LD `NewsArticle`.

use serde_json::{Value, json};

use crate::content::Page;
use crate::content::frontmatter::TagKind;
use crate::site::Site;

use super::values::{source_url, url_host};

/// Longest description we write; search engines cut longer ones anyway.
const DESCRIPTION_CHARS: usize = 200;

/// Who an article is credited to: its `authors`, else its `source` (an outlet), else the site.
pub struct Author<'a> {
    pub name: &'a str,
    pub url: Option<std::borrow::Cow<'a, str>>,
}

/// The authors of page `index`: the people in its `authors`, each with their author page's
/// address when the site has a host (feed readers want absolute ones), else the one [`outlet`].
pub fn authors(site: &Site, index: usize) -> Vec<Author<'_>> {
    let page = &site.pages[index];
    if page.meta.authors.is_empty() {
        return vec![outlet(site, page)];
    }
    site.authors.page_terms[index]
        .iter()
        .map(|&a| {
            let term = &site.authors.terms[a];
            Author {
                name: &term.name,
                url: site.config.has_host().then(|| {
                    let path = super::lists::List::Author.path(&term.slug);
                    std::borrow::Cow::Owned(site.config.permalink(&path))
                }),
            }
        })
        .collect()
}

/// Where `page` comes from: its `source` (a source URL is shown by its host and linked), else
/// the site itself.
pub fn outlet<'a>(site: &'a Site, page: &'a Page) -> Author<'a> {
    if let Some(url) = source_url(page) {
        return Author {
            name: url_host(url),
            url: Some(std::borrow::Cow::Borrowed(url)),
        };
    }
    match page.meta.source.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => Author { name, url: None },
        _ => Author {
            name: &site.config.title,
            url: None,
        },
    }
}

/// The page's description: its summary as one line, shortened at a word, else the site's.
pub fn description(site: &Site, page: &Page) -> String {
    let text = page.summary_text.split_whitespace().collect::<Vec<_>>();
    if text.is_empty() {
        let site_text = site.config.description.trim();
        return if site_text.is_empty() {
            page.meta.title.clone()
        } else {
            site_text.to_string()
        };
    }
    let mut out = String::new();
    for word in text {
        let len = out.chars().count();
        let extra = word.chars().count() + usize::from(len > 0);
        if len + extra > DESCRIPTION_CHARS {
            if out.is_empty() {
                out = word.chars().take(DESCRIPTION_CHARS - 1).collect();
            }
            out.push('…');
            return out;
        }
        if len > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The Open Graph locale (`id_ID`, `en_US`) of a language tag, when we know its usual region.
pub fn og_locale(lang: &str) -> Option<String> {
    let lang = lang.trim().replace('-', "_");
    let (primary, region) = match lang.split_once('_') {
        Some((p, r)) => (p.to_ascii_lowercase(), Some(r)),
        None => (lang.to_ascii_lowercase(), None),
    };
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if let Some(region) =
        region.filter(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Some(format!("{primary}_{}", region.to_ascii_uppercase()));
    }
    let region = match primary.as_str() {
        "id" | "jv" | "su" => "ID",
        "en" => "US",
        "ms" => "MY",
        "nl" => "NL",
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "pt" => "BR",
        "ja" => "JP",
        "ko" => "KR",
        "zh" => "CN",
        "ar" => "AR",
        "ru" => "RU",
        "th" => "TH",
        "vi" => "VN",
        "tl" => "PH",
        _ => return None,
    };
    Some(format!("{primary}_{region}"))
}

/// The JSON-LD `NewsArticle` of page `index` with its lead `image` URL, ready to put inside
/// `<script>` as it is.
pub fn json_ld(site: &Site, index: usize, image: Option<&str>) -> String {
    let config = &site.config;
    let page = &site.pages[index];
    let publisher = json!({
        "@type": "Organization",
        "name": config.title,
        "url": config.permalink(""),
    });
    // The source is the outlet that wrote the news, known by its home page (the page links the
    // original article); without one the digest itself stands in.
    let source = page.meta.source.is_some().then(|| {
        let a = outlet(site, page);
        let mut org = json!({ "@type": "Organization", "name": a.name });
        if let Some(u) = a.url {
            org["url"] = json!(site_root(&u));
        }
        org
    });
    // Named writers are the authors; the outlet they wrote for is then the source organisation,
    // and the article it published is what this one is based on.
    let (author, source_organization) = if page.meta.authors.is_empty() {
        (source.unwrap_or_else(|| publisher.clone()), None)
    } else {
        (json!(super::lists::people(site, index)), source)
    };
    let tags = &site.taxonomy.page_tags[index];
    // Nothing twice: the description is the page's `<meta name="description">` (Google reads
    // that, not this), the URL the canonical link's, the section `keywords[0]`.
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.meta.title,
        "datePublished": page.meta.date.machine(),
        "dateModified": page.meta.updated.unwrap_or(page.meta.date).machine(),
        "inLanguage": page.meta.lang.as_deref().unwrap_or(&config.language),
        "author": author,
        "publisher": publisher,
        "wordCount": page.body.word_count,
    });
    if let Value::Object(map) = &mut ld {
        if !tags.is_empty() {
            let names: Vec<&str> = tags
                .iter()
                .map(|&t| site.taxonomy.tags[t].name.as_str())
                .collect();
            map.insert("keywords".into(), json!(names));
            let mentions = mentions(site, tags);
            if !mentions.is_empty() {
                map.insert("mentions".into(), json!(mentions));
            }
        }
        if let Some(org) = source_organization {
            map.insert("sourceOrganization".into(), org);
            if let Some(url) = source_url(page) {
                map.insert("isBasedOn".into(), json!(url));
            }
        }
        if let Some(&s) = site.sections.page_terms[index].first() {
            map.insert("articleSection".into(), json!(site.sections.terms[s].name));
        }
        if let Some(url) = image {
            map.insert("image".into(), json!(url));
        }
        if let Some(place) = page.meta.location.as_deref() {
            map.insert(
                "contentLocation".into(),
                json!({ "@type": "Place", "name": place }),
            );
        }
    }
    script_safe(&ld.to_string())
}

/// `https://www.example.com/a/b?c` → `https://www.example.com/`.
fn site_root(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    format!("{scheme}://{host}/")
}

/// The tags whose kind is known, as the schema.org things the article mentions.
fn mentions(site: &Site, tags: &[usize]) -> Vec<Value> {
    tags.iter()
        .filter_map(|&t| {
            let tag = &site.taxonomy.tags[t];
            let kind = match tag.kind? {
                TagKind::Person => "Person",
                TagKind::Place => "Place",
                TagKind::Organisation => "Organization",
            };
            Some(json!({ "@type": kind, "name": tag.name }))
        })
        .collect()
}

/// Escapes `<`, `>` and `&` in serialized JSON so no text can end the `<script>` it sits in.
///
/// They can only occur inside JSON strings, where `\u003c` means the same character.
fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales() {
        assert_eq!(og_locale("id").as_deref(), Some("id_ID"));
        assert_eq!(og_locale("en").as_deref(), Some("en_US"));
        assert_eq!(og_locale("en-gb").as_deref(), Some("en_GB"));
        assert_eq!(og_locale("xx"), None);
        assert_eq!(og_locale("<b>"), None);
    }

    #[test]
    fn script_safe_json_cannot_close_the_script() {
        let s = script_safe(&json!({"a": "</script><script>alert(1)</script>&"}).to_string());
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["a"], "</script><script>alert(1)</script>&");
    }
}
