//! Small things a reader's browser and a crawler notice: the site's icon, and where robots.txt
//! is read for a site that lives under a path.

mod common;

use common::TestSite;

fn site(base_url: &str) -> TestSite {
    let site = TestSite::new(&format!("title = \"Kabar\"\nbase_url = \"{base_url}\"\n"));
    site.article("satu", "title: Satu\ndate: 2026-01-15", "Isi.");
    site
}

fn build_stdout(site: &TestSite) -> String {
    let out = site.build(&[]).success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_project_site_build_says_once_where_crawlers_read_robots_txt() {
    let site = site("https://owner.github.io/news/");
    let said = build_stdout(&site);
    assert_eq!(
        said.matches("crawlers read robots.txt only at the host's root")
            .count(),
        1,
        "{said}"
    );
    assert!(
        said.contains("(https://owner.github.io/robots.txt)"),
        "{said}"
    );
    assert!(
        said.contains("add `Sitemap: https://owner.github.io/news/sitemap.xml` to https://owner.github.io/robots.txt"),
        "{said}"
    );
    // The site's own robots.txt still names the sitemap, for a host that serves it at its root.
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://owner.github.io/news/sitemap.xml")
    );
    assert!(site.exists("sitemap.xml"));
}

#[test]
fn a_site_at_the_root_of_its_host_gets_no_robots_note() {
    for base_url in ["https://owner.github.io/", "https://news.example.org/", "/"] {
        let said = build_stdout(&site(base_url));
        assert!(!said.contains("robots.txt"), "{base_url}: {said}");
    }
}

#[test]
fn the_default_theme_ships_an_icon_and_a_site_can_replace_it() {
    let site = site("https://owner.github.io/news/");
    site.build(&[]).success();
    let icon = site.read("favicon.svg");
    // Every page names the icon under the site's path, where a project site can serve it.
    for page in ["index.html", "tags/index.html", "404.html"] {
        assert!(
            site.read(page)
                .contains("<link rel=\"icon\" href=\"/news/favicon.svg\" type=\"image/svg+xml\">"),
            "{page} names no icon"
        );
    }
    assert!(
        icon.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{icon}"
    );

    site.write(
        "static/favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.build(&[]).success();
    assert_eq!(
        site.read("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
    );
}
