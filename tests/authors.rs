//! Author pages: `/authors/<slug>/` lists an author's articles newest first (paginated, capped
//! by `max_list_pages`), `/authors/` lists every author, each has an Atom feed, and an article's
//! byline links its authors.

mod common;

use common::{TestSite, check_links, listed_articles};

const SITE: &str = "title = \"Kabar\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\npaginate_by = 2\nmax_list_pages = 2\n";

/// Seven articles by Ani Rahma (spelt three ways, most often so), two of them also by Budi.
fn site() -> TestSite {
    let site = TestSite::new(SITE);
    let spellings = ["ani  rahma", "Ani Rahma", "ANI RAHMA"];
    for i in 1..=7 {
        let budi = if i <= 2 { ", Budi" } else { "" };
        site.article(
            &format!("a{i}"),
            &format!(
                "title: Artikel {i}\ndate: 2026-01-{:02}\nauthors: [{}{budi}]",
                i,
                spellings[i % 3]
            ),
            "Isi.",
        );
    }
    site
}

#[test]
fn an_author_page_lists_their_articles_newest_first_and_hands_over_to_the_archive() {
    let site = site();
    site.build(&[]).success();
    assert_eq!(
        listed_articles(&site.read("authors/ani-rahma/index.html")),
        ["a7", "a6"]
    );
    assert_eq!(
        listed_articles(&site.read("authors/ani-rahma/page/2/index.html")),
        ["a5", "a4"]
    );
    assert!(
        !site.exists("authors/ani-rahma/page/3/index.html"),
        "max_list_pages not honoured"
    );
    let last = site.read("authors/ani-rahma/page/2/index.html");
    assert!(
        last.contains("<a href=\"/news/archive/\">Lebih lama: Arsip →</a>"),
        "{last}"
    );
    let budi = site.read("authors/budi/index.html");
    assert_eq!(listed_articles(&budi), ["a2", "a1"]);
    assert!(
        budi.contains("<h1 class=\"page-title\">Budi</h1>"),
        "{budi}"
    );
    assert!(
        !budi.contains("Lebih lama"),
        "a list that fits needs no archive link"
    );
    check_links(&site.public(), "https://example.org/news/");
}

#[test]
fn spellings_merge_and_the_index_lists_every_author_with_a_count() {
    let site = site();
    site.build(&[]).success();
    let index = site.read("authors/index.html");
    assert!(
        index.contains("<h1 class=\"page-title\">Semua penulis</h1>"),
        "{index}"
    );
    assert!(
        index.contains(
            "<a href=\"/news/authors/ani-rahma/\">Ani Rahma</a> <span class=\"count\">7</span>"
        ),
        "{index}"
    );
    assert!(
        index.contains("<a href=\"/news/authors/budi/\">Budi</a> <span class=\"count\">2</span>"),
        "{index}"
    );
    let authors: Vec<_> = std::fs::read_dir(site.public().join("authors"))
        .unwrap()
        .filter_map(|e| e.ok().filter(|e| e.path().is_dir()))
        .collect();
    assert_eq!(
        authors.len(),
        2,
        "one page per author, whatever the spelling"
    );
    let sitemap = site.read("sitemap.xml");
    for loc in ["authors/", "authors/ani-rahma/", "authors/budi/"] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/news/{loc}</loc>")),
            "{loc} not in the sitemap"
        );
    }
}

#[test]
fn the_byline_links_each_author_in_the_sites_language() {
    let site = site();
    site.build(&[]).success();
    let html = site.read("articles/a2/index.html");
    assert!(
        html.contains("<p class=\"byline\">Oleh <a rel=\"author\" href=\"/news/authors/ani-rahma/\">Ani Rahma</a> dan <a rel=\"author\" href=\"/news/authors/budi/\">Budi</a></p>"),
        "{html}"
    );
}

#[test]
fn names_that_make_the_same_slug_get_their_own_pages() {
    let site = TestSite::new(SITE);
    site.article(
        "a",
        "title: A\ndate: 2026-01-01\nauthors: [Ani Rahma]",
        "A.",
    );
    site.article(
        "b",
        "title: B\ndate: 2026-01-02\nauthors: [Ani-Rahma]",
        "B.",
    );
    site.build(&[]).success();
    let first = site.read("authors/ani-rahma/index.html");
    let second = site.read("authors/ani-rahma-2/index.html");
    assert_eq!(listed_articles(&first), ["a"]);
    assert_eq!(listed_articles(&second), ["b"]);
    check_links(&site.public(), "https://example.org/news/");
}

#[test]
fn a_site_without_authors_has_no_author_pages() {
    let site = TestSite::new(SITE);
    site.article("a", "title: A\ndate: 2026-01-01", "A.");
    site.build(&[]).success();
    assert!(!site.public().join("authors").exists());
    assert!(!site.read("sitemap.xml").contains("/authors/"));
}

#[test]
fn names_too_long_for_a_folder_name_still_get_their_pages() {
    // A file name holds at most 255 bytes: a slug made of the whole name could not be a folder.
    let long = "Kata ".repeat(80);
    let site = TestSite::new(SITE);
    site.article(
        "a",
        &format!("title: A\ndate: 2026-01-01\nauthors: [{long}]\nsection: {long}\ntags: [{long}]"),
        "A.",
    );
    site.build(&[]).success();
    for list in ["authors/", "", "tags/"] {
        let dir = site.public().join(list);
        let found = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("kata-kata-"));
        let name = found.unwrap_or_else(|| panic!("no page for the long name under /{list}"));
        assert!(name.len() <= 200, "{name}");
        assert!(site.exists(&format!("{list}{name}/index.html")));
    }
    check_links(&site.public(), "https://example.org/news/");
}
