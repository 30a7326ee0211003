//! A front page that reads as a digest: cards under day headings, a lead block of featured
//! stories, one edition page per day under the archive, and the editions' Atom feed.

mod common;

use std::collections::{BTreeSet, VecDeque};

use common::{TestSite, assert_same, attr_values, check_links};
use digest::serve::workspace::{Change, Workspace};

const SITE: &str =
    "title = \"Harian\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\npaginate_by = 4\n";

/// Three days of March 2025, three articles each (newest first: c3 … a1), and one in
/// February; `featured` lists the articles marked `featured: true`.
fn site(toml: &str, featured: &[&str]) -> TestSite {
    let site = TestSite::new(toml);
    for (day, letter) in [(1, 'a'), (2, 'b'), (3, 'c')] {
        for n in 1..=3 {
            let name = format!("{letter}{n}");
            let mark = if featured.contains(&name.as_str()) {
                "\nfeatured: true"
            } else {
                ""
            };
            site.article(
                &name,
                &format!(
                    "title: Berita {name}\ndate: 2025-03-0{day}T0{n}:00:00+07:00\nsummary: Ringkasan {name}.\ntags: [Ekonomi]{mark}"
                ),
                "Isi.",
            );
        }
    }
    site.article(
        "f1",
        "title: Berita f1\ndate: 2025-02-27\ntags: [Ekonomi]\nfeatured: true",
        "Isi.",
    );
    site
}

/// The headings of `html` in document order, as (level, text with tags stripped).
fn headings(html: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        rest = &rest[i + 2..];
        let Some(level) = rest.chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        let start = rest.find('>').unwrap() + 1;
        let end = rest.find(&format!("</h{level}>")).unwrap();
        let mut text = String::new();
        let mut in_tag = false;
        for c in rest[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push((level as u8, text));
    }
    out
}

/// Titles of the cards and headline links in `html`, in order.
fn stories(html: &str) -> Vec<String> {
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    attr_values(main, "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix("/articles/"))
        .map(|s| s.trim_end_matches('/').to_string())
        .collect()
}

fn assert_headings_in_order(html: &str) {
    let levels: Vec<u8> = headings(html).iter().map(|(l, _)| *l).collect();
    assert_eq!(levels.first(), Some(&1), "{levels:?}");
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "a heading level skipped: {levels:?}"
        );
    }
}

#[test]
fn front_page_shows_its_cards_under_day_headings_linking_the_editions() {
    let site = site(SITE, &[]);
    site.build(&[]).success();
    let front = site.read("index.html");
    let main = &front[..front.find("</main>").unwrap()];
    let days: Vec<String> = headings(main)
        .into_iter()
        .filter(|(l, _)| *l == 2)
        .map(|(_, t)| t)
        .collect();
    // Four cards a page: Monday's three and the newest of Sunday.
    assert_eq!(days, ["Senin, 3 Maret 2025", "Minggu, 2 Maret 2025"]);
    assert_eq!(stories(&front), ["c3", "c2", "c1", "b3"]);
    assert!(
        front.contains("<a href=\"/archive/2025/03/03/\">"),
        "{front}"
    );
    assert_headings_in_order(&front);
    // Page 2 goes on with the rest of Sunday under its own heading.
    let second = site.read("page/2/index.html");
    assert!(second.contains("Minggu, 2 Maret 2025"));
    assert_eq!(stories(&second), ["b2", "b1", "a3", "a2"]);
    assert_headings_in_order(&second);
    check_links(&site.public(), "https://example.org/");

    let en = self::site(&SITE.replace("\"id\"", "\"en\""), &[]);
    en.build(&[]).success();
    let front = en.read("index.html");
    assert!(
        front.contains(">Monday, 3 March 2025</time></a></h2>"),
        "{front}"
    );
}

#[test]
fn each_day_has_an_edition_page_and_its_month_lists_the_days() {
    let site = site(SITE, &["b1"]);
    site.build(&[]).success();
    let sunday = site.read("archive/2025/03/02/index.html");
    assert!(sunday.contains(
        "<h1 class=\"page-title\"><time datetime=\"2025-03-02\">Minggu, 2 Maret 2025</time></h1>"
    ));
    assert!(sunday.contains("3 artikel"));
    // Featured first, then the day's other articles, newest first.
    assert_eq!(stories(&sunday), ["b1", "b3", "b2"]);
    assert_headings_in_order(&sunday);
    // The editions before and after, and the way up to the month.
    assert!(
        sunday.contains("<a rel=\"prev\" href=\"/archive/2025/03/03/\">← Senin, 3 Maret 2025</a>")
    );
    assert!(
        sunday.contains("<a rel=\"next\" href=\"/archive/2025/03/01/\">Sabtu, 1 Maret 2025 →</a>")
    );
    assert!(sunday.contains("<a href=\"/archive/2025/03/\">Maret 2025</a>"));
    // The oldest March edition goes on to February's last day.
    let first = site.read("archive/2025/03/01/index.html");
    assert!(first.contains("href=\"/archive/2025/02/27/\""));
    assert!(!site.exists("archive/2025/03/04/index.html"));

    // The month lists days with counts and links; the headlines are on the editions only.
    let march = site.read("archive/2025/03/index.html");
    assert!(march.contains("<li><a href=\"/archive/2025/03/02/\">Minggu, 2 Maret 2025</a> <span class=\"count\">3 artikel</span></li>"), "{march}");
    assert!(stories(&march).is_empty(), "{march}");

    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains(
        "<url><loc>https://example.org/archive/2025/03/02/</loc><lastmod>2025-03-02T03:00:00+07:00</lastmod></url>"
    ), "{sitemap}");
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn every_article_is_reached_from_the_archive() {
    let site = site(&format!("{SITE}max_list_pages = 1\n"), &["c1"]);
    site.build(&[]).success();
    let mut seen = BTreeSet::from(["/archive/".to_string()]);
    let mut queue = VecDeque::from(["/archive/".to_string()]);
    while let Some(url) = queue.pop_front() {
        let html = site.read(&format!("{}index.html", url.trim_start_matches('/')));
        for href in attr_values(&html, "href") {
            // Stay inside the archive: the front page and tag pages would find them anyway.
            let inside = href.starts_with("/archive/") || href.starts_with("/articles/");
            if inside && href.ends_with('/') && seen.insert(href.to_string()) {
                queue.push_back(href.to_string());
            }
        }
    }
    let articles = seen.iter().filter(|u| u.starts_with("/articles/")).count();
    assert_eq!(articles, 10, "{seen:?}");
}

#[test]
fn featured_stories_lead_the_first_front_page_once() {
    // Four featured on the newest two days, one three days older.
    let site = site(SITE, &["c1", "c3", "b2", "b1", "f1"]);
    site.build(&[]).success();
    let front = site.read("index.html");
    let lead_end = front.find("</section>").unwrap();
    let lead = &front[..lead_end];
    assert!(lead.contains("<h2 class=\"section-title\" id=\"lead\">Berita utama</h2>"));
    // The newest three featured of the newest two days, newest first.
    assert_eq!(stories(&format!("{lead}</main>")), ["c3", "c1", "b2"]);
    // Below the lead the page's other stories, none of the lead again.
    let below = stories(&format!("<main{}", &front[lead_end..]));
    assert_eq!(below, ["c2", "b3"]);
    assert_headings_in_order(&front);
    // Later pages and tag pages have no lead block.
    assert!(!site.read("page/2/index.html").contains("Berita utama"));
    assert!(
        !site
            .read("tags/ekonomi/index.html")
            .contains("Berita utama")
    );
    // An edition's featured stories lead it too.
    let monday = site.read("archive/2025/03/03/index.html");
    assert!(monday.contains("Berita utama") && monday.contains("Berita lainnya"));
    assert_eq!(stories(&monday), ["c3", "c1", "c2"]);
    // A site's own word replaces the heading.
    site.write(
        "site.toml",
        &format!("{SITE}\n[strings]\nlead = \"Pilihan redaksi\"\n"),
    );
    site.build(&[]).success();
    assert!(site.read("index.html").contains(">Pilihan redaksi</h2>"));
}

#[test]
fn featured_must_be_true_or_false() {
    let site = site(SITE, &[]);
    site.article(
        "bad",
        "title: Buruk\ndate: 2025-03-01\nfeatured: ya",
        "Isi.",
    );
    site.build(&[]).failure().stderr(predicates::str::contains(
        "bad.md:4: `featured` must be true or false",
    ));
    assert!(!site.public().exists(), "nothing is written");
}

#[test]
fn the_editions_feed_lists_the_newest_days_and_their_headlines() {
    let site = site(SITE, &["b2"]);
    site.build(&[]).success();
    let xml = site.read("archive/atom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    let text = |n: roxmltree::Node, name: &str| {
        n.children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or_default()
            .to_string()
    };
    let titles: Vec<String> = entries.iter().map(|e| text(*e, "title")).collect();
    assert_eq!(
        titles,
        [
            "Senin, 3 Maret 2025",
            "Minggu, 2 Maret 2025",
            "Sabtu, 1 Maret 2025",
            "Kamis, 27 Februari 2025"
        ]
    );
    let sunday = entries[1];
    let link = sunday
        .children()
        .find(|c| c.has_tag_name("link"))
        .and_then(|l| l.attribute("href"));
    assert_eq!(link, Some("https://example.org/archive/2025/03/02/"));
    assert_eq!(text(sunday, "updated"), "2025-03-02T03:00:00+07:00");
    let content = text(sunday, "content");
    let b2 = content.find("Berita b2").unwrap();
    assert!(
        b2 < content.find("Berita b3").unwrap(),
        "featured first: {content}"
    );
    assert!(content.contains("<a href=\"https://example.org/articles/b1/\">Berita b1</a>"));
    // Editions announce the feed; a site without feeds has none.
    assert!(site
        .read("archive/2025/03/02/index.html")
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Edisi harian — Harian\" href=\"/archive/atom.xml\">"));
    let quiet = self::site(&format!("{SITE}\n[feeds]\nenabled = false\n"), &[]);
    quiet.build(&[]).success();
    assert!(!quiet.exists("archive/atom.xml"));
    assert!(
        !quiet
            .read("archive/2025/03/02/index.html")
            .contains("atom.xml")
    );
}

#[test]
fn the_dev_server_rebuilds_the_lead_and_editions_when_featured_changes() {
    let site = site(SITE, &[]);
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");
    // An older story of yesterday becomes featured: it joins the front page's lead.
    site.article(
        "b1",
        "title: Berita b1\ndate: 2025-03-02T01:00:00+07:00\nsummary: Ringkasan b1.\ntags: [Ekonomi]\nfeatured: true",
        "Isi.",
    );
    let change = BTreeSet::from([Change::Content(site.root().join("content/b1.md"))]);
    let out = ws.apply(&change).unwrap();
    assert_same(&ws, &site, "featured");
    for file in ["index.html", "archive/2025/03/02/index.html"] {
        assert!(out.changed.contains(&file.to_string()), "{file}: {out:?}");
    }
}

#[test]
fn offsets_interleaving_across_a_month_end_give_one_page_per_month() {
    // Newest first by instant: c (2 Feb), b (31 Jan in New York, but 1 Feb in UTC), a (1 Feb
    // in Jakarta, 31 Jan in UTC): February's articles do not follow each other.
    let site = TestSite::new(SITE);
    site.article("c", "title: C\ndate: 2026-02-02T10:00:00+07:00", "Isi.");
    site.article("b", "title: B\ndate: 2026-01-31T20:00:00-05:00", "Isi.");
    site.article("a", "title: A\ndate: 2026-02-01T00:30:00+07:00", "Isi.");
    site.build(&[]).success();
    let february = site.read("archive/2026/02/index.html");
    for day in ["02/02", "02/01"] {
        assert!(
            february.contains(&format!("href=\"/archive/2026/{day}/\"")),
            "{february}"
        );
    }
    let index = site.read("archive/index.html");
    assert_eq!(
        index.matches("href=\"/archive/2026/02/\"").count(),
        1,
        "{index}"
    );
    assert!(index.contains("href=\"/archive/2026/01/\""), "{index}");
    check_links(&site.public(), "https://example.org/");
}
