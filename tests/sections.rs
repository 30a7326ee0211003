//! Sections: `section` in front matter, else the article's folder under `content/`, gives
//! pages at `/<section-slug>/` (paginated, with an Atom feed) and a kicker on the article page;
//! a section that would take one of digest's own folders is an error naming the file.

mod common;

use std::collections::BTreeSet;

use common::{TestSite, assert_same, check_links, digest, listed_articles};
use digest::serve::workspace::{Change, Workspace};
use predicates::prelude::*;

const SITE: &str = "title = \"Kabar\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\npaginate_by = 2\nmax_list_pages = 2\n";

/// Five articles in `content/ekonomi/`, one there that names its own section, one in
/// `content/dalam-negeri/` and one directly in `content/`.
fn site() -> TestSite {
    let site = TestSite::new(SITE);
    for day in 1..=5 {
        site.article(
            &format!("ekonomi/e{day}"),
            &format!("title: E{day}\ndate: 2026-01-0{day}"),
            "Isi.",
        );
    }
    site.article(
        "ekonomi/p",
        "title: P\ndate: 2026-01-06\nsection: Politik",
        "Isi.",
    );
    site.article("dalam-negeri/d", "title: D\ndate: 2026-01-07", "Isi.");
    site.article("lepas", "title: L\ndate: 2026-01-08", "Isi.");
    site
}

#[test]
fn folders_and_front_matter_give_section_pages_paginated_like_tags() {
    let site = site();
    site.build(&[]).success();
    let first = site.read("ekonomi/index.html");
    assert!(
        first.contains("<h1 class=\"page-title\">Ekonomi</h1>"),
        "{first}"
    );
    assert_eq!(listed_articles(&first), ["e5", "e4"]);
    assert_eq!(
        listed_articles(&site.read("ekonomi/page/2/index.html")),
        ["e3", "e2"]
    );
    assert!(
        !site.exists("ekonomi/page/3/index.html"),
        "max_list_pages not honoured"
    );
    assert!(
        site.read("ekonomi/page/2/index.html")
            .contains("<a href=\"/news/archive/\">Lebih lama: Arsip →</a>")
    );
    assert_eq!(listed_articles(&site.read("politik/index.html")), ["p"]);
    let inland = site.read("dalam-negeri/index.html");
    assert!(
        inland.contains("<h1 class=\"page-title\">Dalam Negeri</h1>"),
        "{inland}"
    );
    // Every other folder of the output is digest's own or a section's: `lepas` has none.
    let folders: BTreeSet<String> = std::fs::read_dir(site.public())
        .unwrap()
        .filter_map(|e| e.ok().filter(|e| e.path().is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let expected = [
        "archive",
        "articles",
        "dalam-negeri",
        "ekonomi",
        "page",
        "politik",
        "search",
        "tags",
    ];
    assert_eq!(folders, expected.iter().map(|s| s.to_string()).collect());
    let sitemap = site.read("sitemap.xml");
    for loc in ["ekonomi/", "politik/", "dalam-negeri/"] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/news/{loc}</loc>")),
            "{loc} not in the sitemap"
        );
    }
    check_links(&site.public(), "https://example.org/news/");
}

#[test]
fn the_article_page_shows_its_section_as_a_kicker() {
    let site = site();
    site.build(&[]).success();
    let html = site.read("articles/e1/index.html");
    assert!(
        html.contains("<p class=\"kicker\"><a href=\"/news/ekonomi/\">Ekonomi</a></p>"),
        "{html}"
    );
    assert!(html.contains("\"articleSection\":\"Ekonomi\""), "{html}");
    assert!(
        !site
            .read("articles/lepas/index.html")
            .contains("class=\"kicker\"")
    );
}

#[test]
fn a_section_that_is_not_one_name_is_an_error_at_its_line() {
    for (value, line) in [
        ("[Ekonomi, Politik]", 4),
        ("{a: b}", 4),
        ("\n  - Ekonomi", 4),
    ] {
        let site = TestSite::new(SITE);
        site.article(
            "a",
            &format!("title: A\ndate: 2026-01-01\nsection: {value}"),
            "Isi.",
        );
        site.build(&[])
            .failure()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "content/a.md:{line}: `section` must be one name"
            )));
        assert!(!site.public().exists(), "nothing is written");
    }
}

#[test]
fn a_section_that_would_take_digests_own_folder_is_an_error_naming_the_file() {
    for (name, folder) in [
        ("Tags", "tags"),
        ("search", "search"),
        ("Page", "page"),
        ("Images", "images"),
    ] {
        let site = TestSite::new(SITE);
        site.article("b", "title: B\ndate: 2026-01-02", "Isi.");
        site.article(
            "a",
            &format!("title: A\ndate: 2026-01-01\nsection: {name}"),
            "Isi.",
        );
        site.build(&[]).failure().code(1).stderr(
            predicate::str::contains(format!(
                "content/a.md:4: `section: {name}`: its page would be /{folder}/"
            ))
            .and(predicate::str::contains("panicked").not()),
        );
        assert!(!site.public().exists(), "nothing is written");
    }
    let site = TestSite::new(SITE);
    site.article("archive/a", "title: A\ndate: 2026-01-01", "Isi.");
    site.build(&[]).failure().code(1).stderr(predicate::str::contains(
        "content/archive/a.md: the folder content/archive/ gives its articles the section `Archive`: its page would be /archive/",
    ));
    // Naming the section in the article takes it out of the folder's.
    site.article(
        "archive/a",
        "title: A\ndate: 2026-01-01\nsection: Arsip Lama",
        "Isi.",
    );
    site.build(&[]).success();
    assert!(site.exists("arsip-lama/index.html"));
}

#[test]
fn moving_an_article_between_sections_in_the_dev_server_ends_as_a_clean_build() {
    let site = site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");
    let edit = |ws: &mut Workspace, rel: &str| {
        let change = Change::Content(site.root().join("content").join(rel));
        ws.apply(&BTreeSet::from([change])).unwrap();
    };
    site.article(
        "ekonomi/e5",
        "title: E5\ndate: 2026-01-05\nsection: Olahraga",
        "Isi.",
    );
    edit(&mut ws, "ekonomi/e5.md");
    assert_same(&ws, &site, "section named");
    assert!(ws.served().read("olahraga/index.html").is_some());
    site.article(
        "ekonomi/e4",
        "title: E4\ndate: 2026-01-04\nauthors: Ani",
        "Isi.",
    );
    edit(&mut ws, "ekonomi/e4.md");
    assert_same(&ws, &site, "author added");
}

#[test]
fn digest_check_names_the_clash_too() {
    let site = TestSite::new(SITE);
    site.article("a", "title: A\ndate: 2026-01-01\nsection: Authors", "Isi.");
    digest()
        .arg("check")
        .arg("--root")
        .arg(site.root())
        .assert()
        .failure()
        .stdout(predicate::str::contains("content/a.md:4"))
        .stdout(predicate::str::contains("/authors/"));
}
