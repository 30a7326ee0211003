//! The navigation menu: `[[menu]]` in site.toml in its order, or by default the front page,
//! the sections, the tags and the archive; the entry of the page shown has `aria-current`.

mod common;

use common::{TestSite, check_links};
use predicates::prelude::*;

const SITE: &str =
    "title = \"Kabar\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\n";

/// The menu of a built page as (name, url, current) in order.
fn menu(html: &str) -> Vec<(String, String, bool)> {
    let nav = html
        .split("<nav class=\"main-nav\"")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("a main navigation");
    nav.split("<li><a href=\"")
        .skip(1)
        .map(|item| {
            let (url, rest) = item.split_once('"').unwrap();
            let current = rest.starts_with(" aria-current=\"page\">");
            let name = rest.split_once('>').unwrap().1.split('<').next().unwrap();
            (name.to_string(), url.to_string(), current)
        })
        .collect()
}

fn entry(name: &str, url: &str, current: bool) -> (String, String, bool) {
    (name.to_string(), url.to_string(), current)
}

#[test]
fn the_default_menu_adds_each_section_and_marks_the_page_shown() {
    let site = TestSite::new(&format!("{SITE}[strings]\nhome = \"Depan\"\n"));
    site.article("politik/a", "title: A\ndate: 2026-01-01", "Isi.");
    site.article("b", "title: B\ndate: 2026-01-02\nsection: Ekonomi", "Isi.");
    site.build(&[]).success();
    let on = |current: &str| {
        [
            ("Depan", "/news/"),
            ("Ekonomi", "/news/ekonomi/"),
            ("Politik", "/news/politik/"),
            ("Tag", "/news/tags/"),
            ("Arsip", "/news/archive/"),
        ]
        .iter()
        .map(|(n, u)| entry(n, u, *u == current))
        .collect::<Vec<_>>()
    };
    assert_eq!(menu(&site.read("index.html")), on("/news/"));
    assert_eq!(menu(&site.read("ekonomi/index.html")), on("/news/ekonomi/"));
    assert_eq!(menu(&site.read("tags/index.html")), on("/news/tags/"));
    // An article is no entry of the menu: nothing is marked.
    assert_eq!(menu(&site.read("articles/a/index.html")), on("none"));
    check_links(&site.public(), "https://example.org/news/");
}

#[test]
fn a_site_without_sections_keeps_the_three_entries() {
    let site = TestSite::new(SITE);
    site.article("a", "title: A\ndate: 2026-01-01", "Isi.");
    site.build(&[]).success();
    assert_eq!(
        menu(&site.read("archive/index.html")),
        [
            entry("Beranda", "/news/", false),
            entry("Tag", "/news/tags/", false),
            entry("Arsip", "/news/archive/", true),
        ]
    );
}

#[test]
fn a_configured_menu_is_shown_in_its_order_with_paths_under_base_url() {
    let site = TestSite::new(&format!(
        "{SITE}\n[[menu]]\nname = \"Ekonomi\"\nurl = \"/ekonomi/\"\n\n[[menu]]\nname = \"Beranda\"\nurl = \"/\"\n\n[[menu]]\nname = \"Tentang kami\"\nurl = \"https://example.com/about\"\n\n[[menu]]\nname = \"Arsip lama\"\nurl = \"archive/\"\n"
    ));
    site.article("ekonomi/a", "title: A\ndate: 2026-01-01", "Isi.");
    site.build(&[]).success();
    assert_eq!(
        menu(&site.read("ekonomi/index.html")),
        [
            entry("Ekonomi", "/news/ekonomi/", true),
            entry("Beranda", "/news/", false),
            entry("Tentang kami", "https://example.com/about", false),
            entry("Arsip lama", "/news/archive/", false),
        ]
    );
    assert!(
        menu(&site.read("index.html"))[1].2,
        "the front page marks its entry"
    );
    check_links(&site.public(), "https://example.org/news/");
}

#[test]
fn a_bad_menu_entry_is_a_config_error_at_its_place() {
    let cases = [
        (
            "[[menu]]\nname = \"A\"\nurl = \"/a/\"\nweight = 3\n",
            "site.toml:7:1",
            "weight",
        ),
        ("[[menu]]\nname = \"A\"\n", "site.toml:4:", "url"),
        ("[[menu]]\nurl = \"/a/\"\n", "site.toml:4:", "name"),
        (
            "[[menu]]\nname = \"A\"\nurl = \"javascript:alert(1)\"\n",
            "site.toml:6:",
            "must be a path of the site",
        ),
        (
            "[[menu]]\nname = \" \"\nurl = \"/a/\"\n",
            "site.toml:5:",
            "cannot be blank",
        ),
    ];
    for (toml, place, words) in cases {
        let site = TestSite::new(&format!("{SITE}{toml}"));
        site.article("a", "title: A\ndate: 2026-01-01", "Isi.");
        site.build(&[])
            .failure()
            .code(1)
            .stderr(predicate::str::contains(place).and(predicate::str::contains(words)));
        assert!(!site.public().exists(), "{toml}: nothing is written");
    }
}

#[test]
fn a_site_path_holding_an_address_is_still_under_base_url() {
    let site = TestSite::new(&format!(
        "{SITE}\n[[menu]]\nname = \"Cari\"\nurl = \"/search/?q=https://example.com/\"\n"
    ));
    site.article("a", "title: A\ndate: 2026-01-01", "Isi.");
    site.build(&[]).success();
    assert_eq!(
        menu(&site.read("index.html")),
        [entry("Cari", "/news/search/?q=https://example.com/", false)]
    );
}
