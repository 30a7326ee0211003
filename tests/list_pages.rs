//! What pages list. `max_list_pages`: the front list and tag lists stop after a few pages and
//! send readers to the archive, and every article stays reachable by links and in the sitemap.
//! Article pages link three related articles.

mod common;

use std::collections::{BTreeSet, VecDeque};

use common::{TestSite, attr_values, check_links};

const SITE: &str = "title = \"Cap\"\nbase_url = \"https://example.org/\"\nlanguage = \"en\"\npaginate_by = 2\nmax_list_pages = 2\n";

/// Nine articles over three months, all tagged `news`.
fn site(toml: &str) -> TestSite {
    let site = TestSite::new(toml);
    for i in 1..=9 {
        site.article(
            &format!("a{i}"),
            &format!(
                "title: Article {i}\ndate: 2026-0{}-{:02}\ntags: [news]",
                1 + i % 3,
                i + 1
            ),
            "Body.",
        );
    }
    site
}

/// Every article page reached by following links from the front page.
fn reached_articles(site: &TestSite) -> BTreeSet<String> {
    let mut seen = BTreeSet::from(["/".to_string()]);
    let mut queue = VecDeque::from(["/".to_string()]);
    while let Some(url) = queue.pop_front() {
        let html = site.read(&format!("{}index.html", url.trim_start_matches('/')));
        for href in attr_values(&html, "href") {
            let local = href.strip_prefix("https://example.org").unwrap_or(href);
            if local.starts_with('/') && local.ends_with('/') && seen.insert(local.to_string()) {
                queue.push_back(local.to_string());
            }
        }
    }
    seen.into_iter()
        .filter(|u| u.starts_with("/articles/"))
        .collect()
}

#[test]
fn lists_stop_at_max_list_pages_and_link_the_archive() {
    let site = site(SITE);
    site.build(&[]).success();
    assert!(site.exists("page/2/index.html"));
    assert!(!site.exists("page/3/index.html"), "front list not capped");
    assert!(site.exists("tags/news/page/2/index.html"));
    assert!(
        !site.exists("tags/news/page/3/index.html"),
        "tag list not capped"
    );
    for last in ["page/2/index.html", "tags/news/page/2/index.html"] {
        let html = site.read(last);
        assert!(
            html.contains("<a href=\"/archive/\">Older: Archive →</a>"),
            "{last} does not send readers to the archive:\n{html}"
        );
    }
    // Pages before the last go on to the next page, not the archive.
    assert!(!site.read("index.html").contains("Older: Archive"));
    check_links(&site.public(), "https://example.org/");

    let articles: BTreeSet<String> = (1..=9).map(|i| format!("/articles/a{i}/")).collect();
    assert_eq!(
        reached_articles(&site),
        articles,
        "not every article is linked"
    );
    // A month lists its days; each day's edition lists its articles.
    let february = site.read("archive/2026/02/index.html");
    assert!(
        february.contains("\n<li><a href=\"/archive/2026/02/02/\">"),
        "{february}"
    );
    let sitemap = site.read("sitemap.xml");
    for a in &articles {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org{a}</loc>")),
            "{a} not in the sitemap"
        );
    }
}

#[test]
fn zero_max_list_pages_lists_everything() {
    let site = site(&SITE.replace("max_list_pages = 2", "max_list_pages = 0"));
    site.build(&[]).success();
    assert!(site.exists("page/5/index.html"));
    assert!(!site.exists("page/6/index.html"));
    assert!(site.exists("tags/news/page/5/index.html"));
    assert!(!site.read("page/5/index.html").contains("Older: Archive"));
}

#[test]
fn a_list_that_fits_has_no_archive_link() {
    let site = site(&SITE.replace("max_list_pages = 2", "max_list_pages = 5"));
    site.build(&[]).success();
    assert!(site.exists("page/5/index.html"));
    assert!(!site.read("page/5/index.html").contains("Older: Archive"));
}

#[test]
fn an_article_links_three_related_articles() {
    // All nine share the tag `news`: each has eight candidates.
    let site = site(SITE);
    site.build(&[]).success();
    let html = site.read("articles/a1/index.html");
    let start = html.find("class=\"related\"").expect("related section");
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    assert_eq!(
        section.matches("<li><a href=\"/articles/").count(),
        3,
        "{section}"
    );
}
