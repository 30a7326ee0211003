//! Feeds and discovery: Atom (RFC 4287) read with a real XML parser, JSON Feed 1.1, the sitemap,
//! robots.txt, and the meta tags and JSON-LD that search engines and link previews read.

mod common;

use common::{TestSite, attr_values, check_links, digest};
use predicates::prelude::*;

const BASE: &str = "https://example.org/news/";
const ATOM: &str = "http://www.w3.org/2005/Atom";

fn site_toml(extra: &str) -> String {
    format!(
        "title = \"Feed Digest\"\nbase_url = \"{BASE}\"\nlanguage = \"id\"\ndescription = \"Berita pilihan.\"\n{extra}"
    )
}

/// Three articles: one with a time and offset, one updated later, one in English.
fn sample() -> TestSite {
    let site = TestSite::new(&site_toml(""));
    site.article(
        "alpha",
        "title: Alpha & <Co>\ndate: 2026-01-15T09:30:00+07:00\nsource: https://www.liputan6.com/global/read/1\nlocation: Tokyo\ntags: [Jepang, Amerika Serikat]\nsummary: Alpha summary.",
        "Alpha body with [a relative link](../bravo/) and [a section](#rincian).\n\n## Rincian\n\nMore.",
    );
    site.article(
        "bravo",
        "title: Bravo\ndate: 2026-01-10\nupdated: 2026-02-01\nsource: Antara\ntags: [Jepang]",
        "Bravo lead paragraph.",
    );
    site.article(
        "charlie",
        "title: Charlie\ndate: 2025-12-01\nlang: en\ntags: [China]",
        "Charlie lead.",
    );
    site
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| {
        c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM)
    })
}

fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children()
        .filter(|c| {
            c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM)
        })
        .collect()
}

fn text<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> &'a str {
    child(node, name)
        .and_then(|n| n.text())
        .unwrap_or_else(|| panic!("<{name}> missing or empty in <{}>", node.tag_name().name()))
}

fn timestamp(s: &str) -> jiff::Timestamp {
    s.parse()
        .unwrap_or_else(|e| panic!("`{s}` is not an RFC 3339 date-time: {e}"))
}

fn link<'a>(node: roxmltree::Node<'a, '_>, rel: &str) -> &'a str {
    children(node, "link")
        .into_iter()
        .find(|l| l.attribute("rel").unwrap_or("alternate") == rel)
        .and_then(|l| l.attribute("href"))
        .unwrap_or_else(|| panic!("no link rel={rel}"))
}

/// For each entry in order: whether it carries the article's content.
fn with_content(xml: &str) -> Vec<bool> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    children(doc.root_element(), "entry")
        .iter()
        .map(|e| child(*e, "content").is_some())
        .collect()
}

/// Asserts what RFC 4287 requires of a feed and its entries; returns the entry ids in order.
fn assert_valid_atom(xml: &str, self_url: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    for required in ["id", "title", "updated"] {
        assert_eq!(
            children(feed, required).len(),
            1,
            "feed needs exactly one <{required}>"
        );
    }
    assert!(
        text(feed, "id").starts_with("tag:"),
        "feed id is a tag: URI"
    );
    assert_eq!(link(feed, "self"), self_url);
    let feed_updated = timestamp(text(feed, "updated"));
    let feed_has_author = child(feed, "author").is_some();
    let entries = children(feed, "entry");
    let mut ids = Vec::new();
    let mut previous: Option<jiff::Timestamp> = None;
    for entry in &entries {
        for required in ["id", "title", "updated"] {
            assert_eq!(
                children(*entry, required).len(),
                1,
                "entry needs one <{required}>"
            );
        }
        let id = text(*entry, "id");
        assert!(id.starts_with("tag:"), "{id}");
        ids.push(id.to_string());
        let updated = timestamp(text(*entry, "updated"));
        assert!(
            updated <= feed_updated,
            "feed updated is the newest entry's"
        );
        let published = timestamp(text(*entry, "published"));
        if let Some(p) = previous {
            assert!(published <= p, "entries are newest first");
        }
        previous = Some(published);
        let href = link(*entry, "alternate");
        assert!(href.starts_with(BASE), "absolute entry link: {href}");
        assert!(
            feed_has_author || child(*entry, "author").is_some(),
            "every entry needs an author when the feed has none"
        );
        if let Some(author) = child(*entry, "author") {
            assert!(!text(author, "name").is_empty());
        }
        // RFC 4287 lets an entry with an alternate link go without content; then its summary
        // is what a reader shows.
        match child(*entry, "content") {
            Some(content) => {
                assert_eq!(content.attribute("type"), Some("html"));
                assert!(!content.text().unwrap_or("").is_empty());
            }
            None => assert!(
                !text(*entry, "summary").is_empty(),
                "{id}: no content, no summary"
            ),
        }
    }
    if let Some(newest) = entries.iter().map(|e| timestamp(text(*e, "updated"))).max() {
        assert_eq!(newest, feed_updated, "feed updated = newest entry");
    }
    ids
}

#[test]
fn atom_feed_is_valid_with_absolute_links_and_full_content() {
    let site = sample();
    site.build(&[]).success();
    let xml = site.read("atom.xml");
    let ids = assert_valid_atom(&xml, &format!("{BASE}atom.xml"));
    assert_eq!(
        ids,
        [
            "tag:digest,2026-01-15:alpha",
            "tag:digest,2026-01-10:bravo",
            "tag:digest,2025-12-01:charlie"
        ]
    );
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let feed = doc.root_element();
    // Bravo's `updated` (1 February) is the newest change in the feed.
    assert_eq!(text(feed, "updated"), "2026-02-01T00:00:00Z");
    let entries = children(feed, "entry");
    let alpha = entries[0];
    assert_eq!(text(alpha, "title"), "Alpha & <Co>");
    assert_eq!(text(alpha, "published"), "2026-01-15T09:30:00+07:00");
    assert_eq!(link(alpha, "alternate"), format!("{BASE}articles/alpha/"));
    assert_eq!(
        text(child(alpha, "author").unwrap(), "name"),
        "liputan6.com"
    );
    // Relative links in the body are made absolute: a reader shows the content away from its page.
    let content = child(alpha, "content").unwrap().text().unwrap();
    assert!(
        content.contains(&format!("href=\"{BASE}articles/bravo/\"")),
        "{content}"
    );
    assert!(
        content.contains(&format!("href=\"{BASE}articles/alpha/#rincian\"")),
        "{content}"
    );
    assert_eq!(
        entries[2].attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en")
    );
    let categories: Vec<&str> = children(alpha, "category")
        .iter()
        .filter_map(|c| c.attribute("term"))
        .collect();
    assert_eq!(categories, ["Jepang", "Amerika Serikat"]);

    // A tag's feed holds only that tag's articles, with the same ids.
    let tag_xml = site.read("tags/jepang/atom.xml");
    let tag_ids = assert_valid_atom(&tag_xml, &format!("{BASE}tags/jepang/atom.xml"));
    assert_eq!(tag_ids, ids[..2]);
    let tag_doc = roxmltree::Document::parse(&tag_xml).unwrap();
    assert_ne!(text(tag_doc.root_element(), "id"), text(feed, "id"));
}

#[test]
fn feeds_keep_the_newest_twenty() {
    let site = TestSite::new(&site_toml(""));
    for day in 1..=25 {
        site.article(
            &format!("a{day:02}"),
            &format!("title: Article {day}\ndate: 2026-01-{day:02}\nsource: X\ntags: [T]"),
            "Body.",
        );
    }
    site.build(&[]).success();
    for (path, self_path) in [
        ("atom.xml", "atom.xml"),
        ("tags/t/atom.xml", "tags/t/atom.xml"),
    ] {
        let xml = site.read(path);
        let ids = assert_valid_atom(&xml, &format!("{BASE}{self_path}"));
        assert_eq!(ids.len(), 20, "{path}");
        assert_eq!(ids[0], "tag:digest,2026-01-25:a25");
        assert_eq!(ids[19], "tag:digest,2026-01-06:a06");
        // The site feed is read in full; a tag feed has its 3 newest in full, then summaries.
        let full = if path == "atom.xml" { 20 } else { 3 };
        assert_eq!(
            with_content(&xml),
            [vec![true; full], vec![false; 20 - full]].concat(),
            "{path}"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 20);
}

#[test]
fn entry_ids_survive_a_new_base_url() {
    let site = sample();
    let ids_with = |base: &str| {
        site.build(&["--base-url", base]).success();
        let xml = site.read("atom.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let feed = doc.root_element();
        let mut ids: Vec<String> = vec![text(feed, "id").to_string()];
        ids.extend(
            children(feed, "entry")
                .iter()
                .map(|e| text(*e, "id").to_string()),
        );
        let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
        let json_ids: Vec<String> = json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(json_ids, ids[1..], "JSON Feed and Atom share ids");
        ids
    };
    let first = ids_with("https://example.org/news/");
    assert_eq!(first, ids_with("https://news.example.com/"));
    assert_eq!(first, ids_with("/"));
}

#[test]
fn id_authority_is_configurable_and_checked() {
    let site = sample();
    site.write(
        "site.toml",
        &site_toml("[feeds]\nid_authority = \"example.org\"\n"),
    );
    site.build(&[]).success();
    assert!(
        site.read("atom.xml")
            .contains("<id>tag:example.org,2026-01-15:alpha</id>")
    );
    site.write(
        "site.toml",
        &site_toml("[feeds]\nid_authority = \"https://example.org/\"\n"),
    );
    site.build(&[])
        .failure()
        .stderr(predicate::str::contains("id_authority"));
}

#[test]
fn json_feed_is_version_1_1_with_full_content() {
    let site = sample();
    site.build(&[]).success();
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["title"], "Feed Digest");
    assert_eq!(json["home_page_url"], BASE);
    assert_eq!(json["feed_url"], format!("{BASE}feed.json"));
    assert_eq!(json["language"], "id");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    for item in items {
        for field in ["id", "url", "title", "content_html", "date_published"] {
            assert!(
                item[field].as_str().is_some_and(|s| !s.is_empty()),
                "{field}: {item}"
            );
        }
        assert!(item["url"].as_str().unwrap().starts_with(BASE));
        timestamp(item["date_published"].as_str().unwrap());
    }
    let alpha = &items[0];
    assert_eq!(alpha["title"], "Alpha & <Co>");
    assert_eq!(alpha["url"], format!("{BASE}articles/alpha/"));
    assert_eq!(alpha["date_published"], "2026-01-15T09:30:00+07:00");
    assert_eq!(
        alpha["external_url"],
        "https://www.liputan6.com/global/read/1"
    );
    assert_eq!(
        alpha["tags"],
        serde_json::json!(["Jepang", "Amerika Serikat"])
    );
    assert!(
        alpha["content_html"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{BASE}articles/bravo/\""))
    );
    assert_eq!(items[1]["date_modified"], "2026-02-01T00:00:00Z");
    assert_eq!(items[2]["language"], "en");
}

#[test]
fn the_front_page_announces_the_feeds_and_tag_pages_their_own() {
    let site = sample();
    site.build(&[]).success();
    // The site's feeds in the head of the front page only; every page links the Atom feed in
    // its footer.
    let front = site.read("index.html");
    assert!(
        front.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed Digest\" href=\"/news/atom.xml\">"),
        "{front}"
    );
    assert!(
        front.contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Feed Digest\" href=\"/news/feed.json\">"),
        "{front}"
    );
    for page in [
        "index.html",
        "articles/alpha/index.html",
        "tags/index.html",
        "tags/jepang/index.html",
        "archive/index.html",
        "404.html",
    ] {
        let html = site.read(page);
        assert!(
            html.contains("<a href=\"/news/atom.xml\">"),
            "{page} does not link the feed"
        );
        assert_eq!(
            html.contains("href=\"/news/feed.json\""),
            page == "index.html",
            "{page}"
        );
        assert!(
            html.contains("<meta name=\"description\" content=\""),
            "{page}"
        );
        assert_eq!(
            attr_values(&html, "rel")
                .iter()
                .filter(|r| **r == "canonical")
                .count(),
            1,
            "{page}"
        );
    }
    assert!(
        site.read("index.html")
            .contains(&format!("<link rel=\"canonical\" href=\"{BASE}\">"))
    );
    assert!(
        site.read("tags/jepang/index.html")
            .contains("type=\"application/atom+xml\" title=\"Jepang — Feed Digest\" href=\"/news/tags/jepang/atom.xml\"")
    );
    check_links(&site.public(), BASE);
}

/// The content of `<meta property|name="key" content="...">` tags, in order.
fn meta(html: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["property", "name"] {
        let needle = format!("<meta {attr}=\"{key}\" content=\"");
        for (i, _) in html.match_indices(&needle) {
            let rest = &html[i + needle.len()..];
            out.push(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    out
}

fn json_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("JSON-LD script") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

#[test]
fn article_pages_carry_open_graph_a_twitter_card_and_news_article_json_ld() {
    let site = sample();
    site.build(&[]).success();
    let html = site.read("articles/alpha/index.html");
    let one = |key: &str| {
        let v = meta(&html, key);
        assert_eq!(v.len(), 1, "{key}: {v:?}");
        v[0].clone()
    };
    assert_eq!(one("description"), "Alpha summary.");
    assert!(html.contains(&format!(
        "<link rel=\"canonical\" href=\"{BASE}articles/alpha/\">"
    )));
    assert_eq!(one("og:type"), "article");
    assert_eq!(one("og:title"), "Alpha &amp; &lt;Co&gt;");
    assert_eq!(one("og:url"), format!("{BASE}articles/alpha/"));
    // Link previews take the description from the meta description.
    assert!(meta(&html, "og:description").is_empty());
    assert_eq!(one("og:site_name"), "Feed Digest");
    assert_eq!(one("og:locale"), "id_ID");
    // The dates are the JSON-LD's.
    assert!(meta(&html, "article:published_time").is_empty());
    assert!(meta(&html, "article:modified_time").is_empty());
    // The tags are the JSON-LD's keywords; article:tag metas would repeat them for no reader.
    assert!(meta(&html, "article:tag").is_empty());
    assert_eq!(one("twitter:card"), "summary");
    // X falls back to og:title and og:description: the same text a third time is only weight.
    assert!(meta(&html, "twitter:title").is_empty());
    assert!(meta(&html, "twitter:description").is_empty());

    let ld = json_ld(&html);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "Alpha & <Co>");
    // Nothing twice: the description is the meta description's, the URL the canonical link's,
    // the section the first keyword.
    for field in ["description", "url", "mainEntityOfPage", "articleSection"] {
        assert!(ld.get(field).is_none(), "{field} in {ld}");
    }
    assert_eq!(
        html.matches("Alpha summary.").count(),
        1,
        "the meta description only"
    );
    assert_eq!(ld["datePublished"], "2026-01-15T09:30:00+07:00");
    assert_eq!(ld["dateModified"], "2026-01-15T09:30:00+07:00");
    assert_eq!(ld["inLanguage"], "id");
    assert_eq!(
        ld["keywords"],
        serde_json::json!(["Jepang", "Amerika Serikat"])
    );
    assert_eq!(ld["author"]["@type"], "Organization");
    assert_eq!(ld["author"]["name"], "liputan6.com");
    // The outlet by its home page: an organisation's URL, not the article's.
    assert_eq!(ld["author"]["url"], "https://www.liputan6.com/");
    assert_eq!(ld["publisher"]["@type"], "Organization");
    assert_eq!(ld["publisher"]["name"], "Feed Digest");

    // An updated article says so; an English one has its own locale; no source → the site.
    let bravo = site.read("articles/bravo/index.html");
    assert_eq!(json_ld(&bravo)["dateModified"], "2026-02-01");
    assert_eq!(json_ld(&bravo)["author"]["name"], "Antara");
    let charlie = site.read("articles/charlie/index.html");
    assert_eq!(meta(&charlie, "og:locale"), ["en_US"]);
    assert_eq!(json_ld(&charlie)["author"]["name"], "Feed Digest");
    assert_eq!(meta(&charlie, "description"), ["Charlie lead."]);
}

#[test]
fn article_text_cannot_break_out_of_the_json_ld_script() {
    let site = TestSite::new(&site_toml(""));
    let evil = "</script><script>alert(1)</script>";
    site.article(
        "evil",
        &format!(
            "title: \"{evil}\"\ndate: 2026-01-01\nsource: \"{evil}\"\nlocation: \"<!-- {evil} & done\"\ntags: [\"{evil}\"]\nsummary: \"<!-- {evil} & done\""
        ),
        "Body.",
    );
    site.build(&[]).success();
    let html = site.read("articles/evil/index.html");
    assert!(!html.contains("</script><script>"), "{html}");
    assert!(!html.contains("<script>alert"), "{html}");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the JSON-LD script"
    );
    let ld = json_ld(&html);
    assert_eq!(ld["headline"], evil);
    assert_eq!(ld["author"]["name"], evil);
    assert_eq!(ld["keywords"][0], evil);
    assert_eq!(ld["contentLocation"]["name"], format!("<!-- {evil} & done"));
    // Feeds escape the same text as XML and JSON.
    roxmltree::Document::parse(&site.read("atom.xml")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    assert_eq!(json["items"][0]["title"], evil);
}

#[test]
fn sitemap_has_lastmod_and_robots_points_to_it() {
    let site = sample();
    site.build(&[]).success();
    let robots = site.read("robots.txt");
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let urls: Vec<(String, Option<String>)> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("url"))
        .map(|u| {
            let get = |name: &str| {
                u.children()
                    .find(|c| c.has_tag_name(name))
                    .and_then(|c| c.text())
                    .map(str::to_string)
            };
            (get("loc").unwrap(), get("lastmod"))
        })
        .collect();
    for (loc, _) in &urls {
        assert!(loc.starts_with(BASE), "{loc}");
    }
    let lastmod = |loc: &str| {
        urls.iter()
            .find(|(l, _)| l == loc)
            .unwrap_or_else(|| panic!("{loc} not in sitemap"))
            .1
            .clone()
    };
    assert_eq!(
        lastmod(&format!("{BASE}articles/alpha/")).as_deref(),
        Some("2026-01-15T09:30:00+07:00")
    );
    assert_eq!(
        lastmod(&format!("{BASE}articles/bravo/")).as_deref(),
        Some("2026-02-01")
    );
    assert_eq!(
        lastmod(&format!("{BASE}articles/charlie/")).as_deref(),
        Some("2025-12-01")
    );
    assert_eq!(lastmod(BASE).as_deref(), Some("2026-02-01"));
    assert_eq!(
        lastmod(&format!("{BASE}tags/jepang/")).as_deref(),
        Some("2026-02-01")
    );

    // A site's own robots.txt wins.
    site.write("static/robots.txt", "User-agent: *\nDisallow: /private/\n");
    site.build(&[]).success();
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nDisallow: /private/\n"
    );
}

#[test]
fn without_a_host_links_stay_root_relative_and_absolute_only_outputs_are_left_out() {
    let site = sample();
    site.build(&["--base-url", "/"]).success();
    let xml = site.read("atom.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let feed = doc.root_element();
    assert_eq!(link(feed, "self"), "/atom.xml");
    assert!(text(feed, "id").starts_with("tag:"));
    let entry = children(feed, "entry")[0];
    assert_eq!(link(entry, "alternate"), "/articles/alpha/");
    assert!(
        child(entry, "content")
            .unwrap()
            .text()
            .unwrap()
            .contains("href=\"/articles/bravo/\"")
    );
    assert!(!site.exists("sitemap.xml"), "a sitemap needs absolute URLs");
    assert!(!site.read("robots.txt").contains("Sitemap"));
    let html = site.read("articles/alpha/index.html");
    assert!(meta(&html, "og:url").is_empty());
    // A canonical link must be absolute: a path is rejected (Lighthouse SEO 92, not 100).
    for page in [
        "index.html",
        "articles/alpha/index.html",
        "tags/jepang/index.html",
    ] {
        assert!(
            !attr_values(&site.read(page), "rel").contains(&"canonical"),
            "{page} has a relative canonical link"
        );
    }
    check_links(&site.public(), "/");
}

#[test]
fn feeds_can_be_turned_off() {
    let site = sample();
    site.write("site.toml", &site_toml("[feeds]\nenabled = false\n"));
    site.build(&[]).success();
    assert!(
        !site.exists("atom.xml")
            && !site.exists("feed.json")
            && !site.exists("tags/jepang/atom.xml")
    );
    let html = site.read("index.html");
    assert!(!html.contains("application/atom+xml") && !html.contains("application/feed+json"));
    check_links(&site.public(), BASE);
    digest()
        .arg("check")
        .arg("--root")
        .arg(site.root())
        .assert()
        .success();
}

/// Two articles by named writers (one from an outlet's URL) and one without, tags with kinds.
fn credited() -> TestSite {
    let site = TestSite::new(&site_toml(""));
    site.article(
        "delta",
        "title: Delta\ndate: 2026-03-02\nsource: https://www.kompas.com/read/2026/03/02/x\nauthors: [\"Gayatri Suroyo\", \"Ed Davies\"]\ntags: [Sri Mulyani Indrawati, Bank Indonesia, Jakarta, Saham]\ntag_kinds: {\"Sri Mulyani Indrawati\": person, \"Bank Indonesia\": organisation, \"Jakarta\": place, \"Tokyo\": place}",
        "Delta body.",
    );
    site.article(
        "echo",
        "title: Echo\ndate: 2026-03-01\nsource: Antara\nauthors: Budi Santoso\ntags: [Jakarta]",
        "Echo body.",
    );
    site.article(
        "foxtrot",
        "title: Foxtrot\ndate: 2026-02-28\nsource: Antara\ntags: [Jakarta]",
        "Foxtrot body.",
    );
    site
}

#[test]
fn json_ld_credits_named_writers_as_people_and_the_outlet_as_source() {
    let site = credited();
    site.build(&[]).success();
    let ld = json_ld(&site.read("articles/delta/index.html"));
    assert_eq!(
        ld["author"],
        serde_json::json!([
            {"@type": "Person", "name": "Gayatri Suroyo", "url": format!("{BASE}authors/gayatri-suroyo/")},
            {"@type": "Person", "name": "Ed Davies", "url": format!("{BASE}authors/ed-davies/")},
        ])
    );
    assert_eq!(
        ld["sourceOrganization"],
        serde_json::json!({"@type": "Organization", "name": "kompas.com", "url": "https://www.kompas.com/"})
    );
    assert_eq!(ld["isBasedOn"], "https://www.kompas.com/read/2026/03/02/x");
    assert_eq!(ld["publisher"]["name"], "Feed Digest");
    // Only tags with a kind are things the article mentions; "Tokyo" is not one of its tags.
    assert_eq!(
        ld["mentions"],
        serde_json::json!([
            {"@type": "Person", "name": "Sri Mulyani Indrawati"},
            {"@type": "Organization", "name": "Bank Indonesia"},
            {"@type": "Place", "name": "Jakarta"},
        ])
    );
    // The kind is the tag's, site-wide: Echo gave Jakarta none but mentions the place.
    let echo = json_ld(&site.read("articles/echo/index.html"));
    assert_eq!(
        echo["author"],
        serde_json::json!([{"@type": "Person", "name": "Budi Santoso", "url": format!("{BASE}authors/budi-santoso/")}])
    );
    assert_eq!(echo["sourceOrganization"]["name"], "Antara");
    assert_eq!(
        echo["mentions"],
        serde_json::json!([{"@type": "Place", "name": "Jakarta"}])
    );
    // Without authors, as before: the outlet is the author and nothing moves.
    let foxtrot = json_ld(&site.read("articles/foxtrot/index.html"));
    assert_eq!(
        foxtrot["author"],
        serde_json::json!({"@type": "Organization", "name": "Antara"})
    );
    assert!(foxtrot.get("sourceOrganization").is_none(), "{foxtrot}");
}

#[test]
fn feeds_give_each_entry_its_own_authors() {
    let site = credited();
    site.build(&[]).success();
    for (path, self_url) in [
        ("atom.xml", format!("{BASE}atom.xml")),
        (
            "tags/jakarta/atom.xml",
            format!("{BASE}tags/jakarta/atom.xml"),
        ),
    ] {
        let xml = site.read(path);
        assert_valid_atom(&xml, &self_url);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let authors: Vec<Vec<&str>> = children(doc.root_element(), "entry")
            .into_iter()
            .map(|e| {
                children(e, "author")
                    .into_iter()
                    .map(|a| text(a, "name"))
                    .collect()
            })
            .collect();
        assert_eq!(
            authors,
            [
                vec!["Gayatri Suroyo", "Ed Davies"],
                vec!["Budi Santoso"],
                vec!["Antara"],
            ],
            "{path}"
        );
        // Named writers link their author pages; an outlet without a URL links nothing.
        let uris: Vec<Vec<&str>> = children(doc.root_element(), "entry")
            .into_iter()
            .map(|e| {
                children(e, "author")
                    .into_iter()
                    .filter_map(|a| child(a, "uri").and_then(|u| u.text()))
                    .collect()
            })
            .collect();
        assert_eq!(
            uris,
            [
                vec![
                    format!("{BASE}authors/gayatri-suroyo/"),
                    format!("{BASE}authors/ed-davies/")
                ],
                vec![format!("{BASE}authors/budi-santoso/")],
                vec![],
            ],
            "{path}"
        );
        let delta = children(doc.root_element(), "entry")[0];
        assert_eq!(
            link(delta, "via"),
            "https://www.kompas.com/read/2026/03/02/x"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(
        items[0]["authors"],
        serde_json::json!([
            {"name": "Gayatri Suroyo", "url": format!("{BASE}authors/gayatri-suroyo/")},
            {"name": "Ed Davies", "url": format!("{BASE}authors/ed-davies/")},
        ])
    );
    assert_eq!(
        items[1]["authors"],
        serde_json::json!([{"name": "Budi Santoso", "url": format!("{BASE}authors/budi-santoso/")}])
    );
    assert_eq!(items[2]["authors"], serde_json::json!([{"name": "Antara"}]));
}

#[test]
fn author_and_section_feeds_are_valid_with_the_tag_feed_entry_policy() {
    let site = TestSite::new(&site_toml(""));
    for day in 1..=5 {
        site.article(
            &format!("ekonomi/e{day}"),
            &format!("title: E{day}\ndate: 2026-01-0{day}\nauthors: [Ani Rahma]"),
            "Isi.",
        );
    }
    site.build(&[]).success();
    for (path, html) in [
        ("authors/ani-rahma/atom.xml", "authors/ani-rahma/index.html"),
        ("ekonomi/atom.xml", "ekonomi/index.html"),
    ] {
        let xml = site.read(path);
        let ids = assert_valid_atom(&xml, &format!("{BASE}{path}"));
        assert_eq!(ids.len(), 5, "{path}");
        assert!(ids[0].ends_with(":e5"), "{path}: newest first: {ids:?}");
        let mut policy = vec![true; digest::render::feeds::TAG_FEED_FULL_ENTRIES];
        policy.resize(5, false);
        assert_eq!(with_content(&xml), policy, "{path}");
        assert!(
            site.read(html).contains(&format!("href=\"/news/{path}\"")),
            "{html} links its feed"
        );
    }
}
