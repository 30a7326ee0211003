//! `digest build` end to end: the real binary on temporary sites, checked as a reader sees them.

mod common;

use common::{TestSite, check_links, digest, snapshot};
use predicates::prelude::*;

const SITE: &str = "title = \"Test Digest\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\npaginate_by = 2\n\n[taxonomies]\naliases = { \"AS\" = \"Amerika Serikat\" }\n";

/// Five articles over two years with overlapping tags.
fn sample() -> TestSite {
    let site = TestSite::new(SITE);
    site.article(
        "a",
        "title: Alpha\ndate: 2026-01-15\nsource: Liputan6.com\nlocation: Tokyo\ntags: [Jepang, AS, Okinawa]",
        "Alpha lead paragraph.\n\nSecond paragraph of alpha.",
    );
    site.article(
        "b",
        "title: Bravo\ndate: 2026-01-10T09:30:00+07:00\ntags: [Jepang, Amerika Serikat]",
        "Bravo lead.",
    );
    site.article(
        "c",
        "title: Charlie\ndate: 2025-12-01\ntags: [Okinawa]\nsummary: Charlie's own summary.",
        "Charlie body.",
    );
    site.article(
        "d",
        "title: Delta\ndate: 2024-07-23\ntags: [China]",
        "Delta body.",
    );
    site.article(
        "e",
        "title: Echo\ndate: 2024-06-01\ntags: [jepang]",
        "Echo before.\n\n<!-- more -->\n\nEcho after.",
    );
    site
}

fn titles_in(html: &str) -> Vec<&str> {
    html.match_indices(" class=\"card-title\"><a href=\"")
        .map(|(i, _)| {
            let rest = &html[i..];
            let start = rest.find("\">").unwrap() + 2;
            let start = rest[start..].find('>').map(|_| start).unwrap();
            let text = &rest[start..];
            let text = &text[text.find('>').unwrap() + 1..];
            &text[..text.find("</a>").unwrap()]
        })
        .collect()
}

#[test]
fn builds_every_page_with_resolving_links() {
    let site = sample();
    site.build(&[])
        .success()
        .stdout(predicate::str::contains("Built 5 articles"));
    for page in [
        "index.html",
        "page/2/index.html",
        "page/3/index.html",
        "articles/a/index.html",
        "articles/e/index.html",
        "tags/index.html",
        "tags/jepang/index.html",
        "tags/jepang/page/2/index.html",
        "tags/jepang/atom.xml",
        "archive/index.html",
        "404.html",
        "atom.xml",
        "sitemap.xml",
        "style.css",
    ] {
        assert!(site.exists(page), "{page} missing");
    }
    assert!(!site.exists("page/4/index.html"));
    assert!(!site.exists("syntax.css"), "no code, no syntax stylesheet");
    let checked = check_links(&site.public(), "https://example.org/");
    assert!(checked > 50, "only {checked} links checked");
}

#[test]
fn front_page_is_newest_first_and_paginated() {
    let site = sample();
    site.build(&[]).success();
    assert_eq!(titles_in(&site.read("index.html")), ["Alpha", "Bravo"]);
    assert_eq!(
        titles_in(&site.read("page/2/index.html")),
        ["Charlie", "Delta"]
    );
    assert_eq!(titles_in(&site.read("page/3/index.html")), ["Echo"]);
    let first = site.read("index.html");
    assert!(first.contains("rel=\"next\" href=\"/page/2/\""));
    let second = site.read("page/2/index.html");
    assert!(second.contains("rel=\"prev\" href=\"/\""));
    assert!(second.contains("rel=\"next\" href=\"/page/3/\""));
}

#[test]
fn tag_pages_list_exactly_their_articles_and_merge_spellings() {
    let site = sample();
    site.build(&[]).success();
    // "Jepang" and "jepang" are one tag; "AS" is an alias of "Amerika Serikat".
    let jepang: Vec<String> = ["tags/jepang/index.html", "tags/jepang/page/2/index.html"]
        .iter()
        .flat_map(|p| {
            titles_in(&site.read(p))
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(jepang, ["Alpha", "Bravo", "Echo"]);
    assert_eq!(
        titles_in(&site.read("tags/amerika-serikat/index.html")),
        ["Alpha", "Bravo"]
    );
    assert_eq!(
        titles_in(&site.read("tags/okinawa/index.html")),
        ["Alpha", "Charlie"]
    );
    // A tag page is an index of titles and dates: the summaries are on the front page.
    let okinawa = site.read("tags/okinawa/index.html");
    assert!(
        okinawa.contains("<time datetime=\"2025-12-01\">"),
        "{okinawa}"
    );
    assert!(!okinawa.contains("own summary"), "{okinawa}");
    assert!(!site.exists("tags/as/index.html"));
    let tags = site.read("tags/index.html");
    assert!(
        tags.contains("<a href=\"/tags/jepang/\">Jepang</a> <span class=\"count\">3</span>"),
        "{tags}"
    );
    assert!(tags.contains(
        "<a href=\"/tags/amerika-serikat/\">Amerika Serikat</a> <span class=\"count\">2</span>"
    ));
    let feed = site.read("tags/okinawa/atom.xml");
    assert_eq!(feed.matches("<entry>").count(), 2);
}

#[test]
fn article_page_shows_date_meta_tags_and_related() {
    let site = sample();
    site.build(&[]).success();
    let a = site.read("articles/a/index.html");
    assert!(
        a.contains("<time datetime=\"2026-01-15\">Kamis, 15 Januari 2026</time>"),
        "{a}"
    );
    assert!(a.contains("Liputan6.com"));
    assert!(a.contains("Tokyo"));
    assert!(a.contains("1 menit baca"));
    assert!(a.contains("<html lang=\"id\">"));
    assert!(a.contains("rel=\"tag\" href=\"/tags/okinawa/\""));
    // Related: Bravo shares two tags, Charlie shares the rarer Okinawa, Echo shares Jepang,
    // as links with their dates and without their summaries.
    let start = a.find("class=\"related\"").expect("related section");
    let related = &a[start..start + a[start..].find("</section>").unwrap()];
    let links: Vec<(&str, &str)> = related
        .split("<li><a href=\"")
        .skip(1)
        .map(|li| {
            let (href, rest) = li.split_once("\">").unwrap();
            (href, &rest[..rest.find("</a>").unwrap()])
        })
        .collect();
    assert_eq!(
        links,
        [
            ("/articles/b/", "Bravo"),
            ("/articles/c/", "Charlie"),
            ("/articles/e/", "Echo")
        ],
        "{related}"
    );
    for (href, _) in &links {
        assert!(site.exists(&format!("{}index.html", &href[1..])), "{href}");
    }
    assert!(
        related.contains("<time datetime=\"2025-12-01\">"),
        "{related}"
    );
    assert!(!related.contains("own summary"), "{related}");
    // No site-wide lists on an article page: those are on the front page.
    assert!(!a.contains("class=\"sidebar\""), "{a}");
    assert!(site.read("index.html").contains("class=\"sidebar\""));
    assert!(!site.read("page/2/index.html").contains("class=\"sidebar\""));
    // RFC 3339 with the WIB offset keeps its own day and time.
    let b = site.read("articles/b/index.html");
    assert!(
        b.contains("<time datetime=\"2026-01-10T09:30:00+07:00\">Sabtu, 10 Januari 2026</time>"),
        "{b}"
    );
}

#[test]
fn summaries_follow_front_matter_then_more_then_first_paragraph() {
    let site = sample();
    site.build(&[]).success();
    let page2 = site.read("page/2/index.html");
    assert!(
        page2.contains("<p>Charlie&#39;s own summary.</p>")
            || page2.contains("<p>Charlie&#x27;s own summary.</p>"),
        "{page2}"
    );
    let page3 = site.read("page/3/index.html");
    assert!(page3.contains("Echo before."));
    assert!(!page3.contains("Echo after."));
    let first = site.read("index.html");
    assert!(first.contains("Alpha lead paragraph."));
    assert!(!first.contains("Second paragraph of alpha."));
}

#[test]
fn archive_groups_by_year_and_month() {
    let site = sample();
    site.build(&[]).success();
    let archive = site.read("archive/index.html");
    let y2026 = archive.find("id=\"y2026\"").unwrap();
    let y2025 = archive.find("id=\"y2025\"").unwrap();
    let y2024 = archive.find("id=\"y2024\"").unwrap();
    assert!(y2026 < y2025 && y2025 < y2024);
    assert!(archive.contains("Juli 2024"));
    assert!(archive.contains("Juni 2024"));
    assert!(archive.contains("Desember 2025"));
}

#[test]
fn the_archive_is_a_year_index_with_one_page_per_month() {
    let site = sample();
    site.build(&[]).success();
    let index = site.read("archive/index.html");
    // The index links each month and counts its articles, but lists no article itself.
    assert!(
        index.contains("<a href=\"/archive/2024/07/\">Juli 2024</a>"),
        "{index}"
    );
    assert!(index.contains("<a href=\"/archive/2025/12/\">Desember 2025</a>"));
    // Articles are on the month pages: the index names them only where every page does.
    let sidebar_only = site.read("404.html").matches("/articles/d/").count();
    assert_eq!(index.matches("/articles/d/").count(), sidebar_only);
    let july = site.read("archive/2024/07/index.html");
    let list = |html: &str| {
        let start = html.find("<ul class=\"archive-list\">").unwrap();
        html[start..start + html[start..].find("</ul>").unwrap()].to_string()
    };
    // A month lists its days, each linking its edition, which lists the day's articles.
    assert!(
        list(&july).contains("<li><a href=\"/archive/2024/07/23/\">Selasa, 23 Juli 2024</a> <span class=\"count\">1 artikel</span></li>"),
        "{july}"
    );
    assert!(!list(&july).contains("/articles/"), "{july}");
    assert!(
        list(&site.read("archive/2024/07/23/index.html"))
            .contains("<li><a href=\"/articles/d/\">Delta</a></li>")
    );
    assert!(
        !list(&july).contains("2024-06-01"),
        "June's day is on June's page"
    );
    // Months link to their neighbours, newer first.
    assert!(july.contains("href=\"/archive/2025/12/\""), "newer month");
    assert!(july.contains("href=\"/archive/2024/06/\""), "older month");
    let june = site.read("archive/2024/06/index.html");
    assert!(list(&june).contains("/archive/2024/06/01/"));
    assert!(!site.exists("archive/2024/05/index.html"));
    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains("<url><loc>https://example.org/archive/2024/07/</loc><lastmod>2024-07-23</lastmod></url>"),
        "{sitemap}"
    );
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn drafts_and_future_articles_wait_for_the_drafts_flag() {
    let site = sample();
    site.article(
        "draft",
        "title: Draft\ndate: 2026-01-01\ndraft: true",
        "Draft body.",
    );
    site.article("future", "title: Future\ndate: 2999-01-01", "Future body.");
    site.build(&[]).success();
    assert!(!site.exists("articles/draft/index.html"));
    assert!(!site.exists("articles/future/index.html"));
    assert!(!site.read("atom.xml").contains("Future"));
    site.build(&["--drafts"]).success();
    assert!(site.exists("articles/draft/index.html"));
    assert!(site.exists("articles/future/index.html"));
}

#[test]
fn markdown_extensions_and_highlighted_code() {
    let site = TestSite::new(SITE);
    site.article(
        "code",
        "title: Code\ndate: 2026-01-01",
        "Intro.\n\n## Latar Belakang\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ \"quoted\"[^n]\n\n[^n]: A note.\n\n```rust\nfn main() { println!(\"hi\"); }\n```\n",
    );
    site.build(&[]).success();
    let html = site.read("articles/code/index.html");
    assert!(html.contains("<h2 id=\"latar-belakang\">Latar Belakang</h2>"));
    assert!(html.contains("<table>"));
    assert!(html.contains("type=\"checkbox\""));
    assert!(html.contains("<del>old</del>"));
    assert!(html.contains("“quoted”"));
    assert!(html.contains("footnote-definition"));
    assert!(
        html.contains("<span class=\"hl-"),
        "code is highlighted with classes"
    );
    assert!(!html.contains("style=\""), "no inline styles");
    // One flat span per run of one colour: the keyword, the function's name, the string with
    // its quotes; punctuation and plain text are not wrapped.
    assert!(
        html.contains(
            "<code class=\"language-rust\"><span class=\"hl-keyword\">fn</span> <span class=\"hl-entity\">main</span>() { <span class=\"hl-support\">println!</span>(<span class=\"hl-string\">&quot;hi&quot;</span>); }\n</code>"
        ),
        "{html}"
    );
    assert!(html.contains("href=\"/syntax.css\""));
    let css = site.read("syntax.css");
    for class in [
        "comment", "string", "keyword", "constant", "entity", "support",
    ] {
        assert!(
            css.contains(&format!(".hl-{class} {{ color: var(--code-{class}, #")),
            "{css}"
        );
    }
    assert!(css.contains("prefers-color-scheme: dark"));
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn content_is_escaped_and_never_evaluated() {
    let site = TestSite::new(SITE);
    site.article(
        "x",
        "title: \"<script>alert(1)</script> {{ site.title }}\"\ndate: 2026-01-01\nsource: \"A & B <i>\"\ntags: [\"<b>bold</b>\"]\nsummary: \"{% raw %}<img src=x onerror=alert(1)>\"",
        "Body with {{ site.title }} and {% if true %}x{% endif %}.",
    );
    site.build(&[]).success();
    let html = site.read("articles/x/index.html");
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("A &amp; B &lt;i&gt;"));
    assert!(html.contains("Body with {{ site.title }} and {% if true %}x{% endif %}."));
    assert!(!html.contains("<b>bold</b>"));
    let index = site.read("index.html");
    assert!(!index.contains("<img src=x"));
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn base_url_sub_path_prefixes_every_link() {
    let site = sample();
    site.build(&["--base-url", "https://user.github.io/digest"])
        .success();
    let index = site.read("index.html");
    assert!(index.contains("href=\"/digest/style.css\""));
    assert!(index.contains("href=\"/digest/articles/a/\""));
    assert!(!index.contains("href=\"/articles/"));
    assert!(
        site.read("atom.xml")
            .contains("https://user.github.io/digest/articles/a/")
    );
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://user.github.io/digest/tags/jepang/</loc>")
    );
    check_links(&site.public(), "https://user.github.io/digest/");
}

#[test]
fn tags_that_slugify_alike_get_distinct_urls() {
    let site = TestSite::new(SITE);
    site.article(
        "x",
        "title: X\ndate: 2026-01-01\ntags: [\"C++\", C, \"C#\"]",
        "x",
    );
    site.build(&[]).success();
    let tags = site.read("tags/index.html");
    for (url, name) in [
        ("/tags/c-plus-plus/", "C++"),
        ("/tags/c/", "C"),
        ("/tags/c-sharp/", "C#"),
    ] {
        assert!(
            tags.contains(&format!("<a href=\"{url}\">{name}</a>")),
            "{name}: {tags}"
        );
    }
    assert!(
        site.read("tags/c/index.html")
            .contains("<h1 class=\"page-title\">C</h1>")
    );
}

#[test]
fn site_templates_and_static_override_the_theme_file_by_file() {
    let site = sample();
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<p>Custom missing page</p>{% endblock main %}",
    );
    site.write(
        "static/img/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.build(&[]).success();
    assert!(site.read("404.html").contains("Custom missing page"));
    assert!(site.exists("img/logo.svg"));
    assert!(
        site.read("index.html").contains("class=\"masthead\""),
        "other templates from the built-in theme"
    );
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let site = sample();
    site.build(&[]).success();
    let before = snapshot(&site.public());
    std::thread::sleep(std::time::Duration::from_millis(20));
    // Charlie has its own summary, so a new body changes its page and the full-content feeds only
    // (Atom for the site and its tag, and the JSON Feed), and in the search index the posting
    // file and the word list of its new word "corrected", and the search page (which names the
    // index's version); the index's documents hold no text, so they stay.
    site.article(
        "c",
        "title: Charlie\ndate: 2025-12-01\ntags: [Okinawa]\nsummary: Charlie's own summary.",
        "Charlie body, corrected.",
    );
    site.build(&[])
        .success()
        .stdout(predicate::str::contains("(7 written, 57 unchanged)"));
    let after = snapshot(&site.public());
    let changed: Vec<_> = after
        .iter()
        .filter(|(path, file)| before.get(*path) != Some(*file))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert_eq!(
        changed,
        [
            "articles/c/index.html",
            "atom.xml",
            "feed.json",
            "search/index.html",
            "search/p/0.json",
            "search/w/cor.json",
            "tags/okinawa/atom.xml"
        ]
    );
    assert!(
        site.read("articles/c/index.html")
            .contains("Charlie body, corrected.")
    );
}

#[test]
fn a_stale_page_disappears_when_its_article_is_removed() {
    let site = sample();
    site.build(&[]).success();
    std::fs::remove_file(site.root().join("content/d.md")).unwrap();
    site.build(&[]).success();
    assert!(!site.exists("articles/d/index.html"));
    assert!(!site.exists("tags/china/index.html"));
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn new_site_builds_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("my-digest");
    digest().arg("new").arg(&root).assert().success();
    digest()
        .args(["build", "--root"])
        .arg(&root)
        .assert()
        .success()
        .stdout(predicate::str::contains("Built 1 articles"));
    assert!(root.join("public/index.html").is_file());
    check_links(&root.join("public"), "/");
    digest()
        .arg("new")
        .arg(&root)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not empty"));
}

#[test]
fn the_repository_seed_digest_builds() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    digest()
        .args(["build", "--root", env!("CARGO_MANIFEST_DIR"), "--output"])
        .arg(&public)
        .assert()
        .success();
    let index = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(index.contains("Kamis, 15 Januari 2026"));
    assert!(index.contains("Selasa, 23 Juli 2024"));
    // The two seed articles share tags, so each tag page of a shared tag lists both.
    for tag in ["jepang", "amerika-serikat", "china", "indo-pasifik"] {
        let page = std::fs::read_to_string(public.join(format!("tags/{tag}/index.html"))).unwrap();
        assert_eq!(page.matches("class=\"card\"").count(), 2, "{tag}");
    }
    check_links(&public, "/");
}

#[test]
fn bylines_name_the_writers_in_the_site_language() {
    let site = TestSite::new(SITE);
    site.article(
        "one",
        "title: One\ndate: 2026-02-01\nauthors: Gayatri Suroyo",
        "Body.",
    );
    site.article(
        "two",
        "title: Two\ndate: 2026-02-02\nauthors: [\"Gayatri Suroyo\", \"Ed <Davies>\"]",
        "Body.",
    );
    site.article(
        "three",
        "title: Three\ndate: 2026-02-03\nauthors: [A, B, C]",
        "Body.",
    );
    site.article("none", "title: None\ndate: 2026-02-04", "Body.");
    site.build(&[]).success();
    let byline = |slug: &str| {
        let html = site.read(&format!("articles/{slug}/index.html"));
        // The byline sits under the headline, before the date line.
        let title = html.find("</h1>").expect("headline");
        let rest = &html[title..];
        rest.find("<p class=\"byline\">").map(|i| {
            assert!(i < rest.find("<time").unwrap(), "byline under the title");
            let line = &rest[i + "<p class=\"byline\">".len()..];
            without_links(&line[..line.find("</p>").unwrap()])
        })
    };
    assert_eq!(byline("one").as_deref(), Some("Oleh Gayatri Suroyo"));
    assert_eq!(
        byline("two").as_deref(),
        Some("Oleh Gayatri Suroyo dan Ed &lt;Davies&gt;")
    );
    assert_eq!(byline("three").as_deref(), Some("Oleh A, B, dan C"));
    assert_eq!(byline("none"), None);

    let en = TestSite::new("title = \"T\"\nlanguage = \"en\"\n");
    en.article(
        "three",
        "title: Three\ndate: 2026-02-03\nauthors: [A, B, C]",
        "Body.",
    );
    en.build(&[]).success();
    let html = en.read("articles/three/index.html");
    let line = html.split("<p class=\"byline\">").nth(1).unwrap();
    assert_eq!(
        without_links(&line[..line.find("</p>").unwrap()]),
        "By A, B and C"
    );
}

/// The text of `html` with its links' tags taken out (each name links the author's page).
fn without_links(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find("<a ") {
        text.push_str(&rest[..open]);
        let after = &rest[open..];
        let start = after.find('>').map_or(after.len(), |i| i + 1);
        rest = &after[start..];
    }
    text.push_str(rest);
    text.replace("</a>", "")
}

#[test]
fn templates_see_each_tags_kind_and_new_keys_stay_out_of_extra() {
    let site = TestSite::new(SITE);
    site.article(
        "a",
        "title: A\ndate: 2026-02-02\ntags: [Jakarta, Prabowo Subianto, Saham]\ntag_kinds: {Jakarta: place, \"Prabowo Subianto\": person}\nauthors: [X]\ndate_source: file\nphotographer: Y",
        "Body.",
    );
    site.article(
        "b",
        "title: B\ndate: 2026-02-01\ntags: [jakarta, Bank Indonesia]\ntag_kinds:\n  Jakarta: organisation\n  Bank Indonesia: organisation",
        "Body.",
    );
    site.article(
        "c",
        "title: C\ndate: 2026-01-01\ntags: [Jakarta]\ntag_kinds: {Jakarta: place}",
        "Body.",
    );
    let list = "{% for tag in TAGS %}{{ tag.name }}={% if tag.kind %}{{ tag.kind }}{% else %}-{% endif %};{% endfor %}";
    site.write("templates/tags.html", &list.replace("TAGS", "tags"));
    site.write(
        "templates/tag.html",
        "{{ tag.name }}={% if tag.kind %}{{ tag.kind }}{% else %}-{% endif %}",
    );
    site.write(
        "templates/article.html",
        &format!(
            "{}|{{% for key, value in page.extra %}}{{{{ key }}}} {{% endfor %}}",
            list.replace("TAGS", "page.tags")
        ),
    );
    site.build(&[]).success();
    // Jakarta: place in two articles, organisation in one; the majority wins everywhere.
    assert_eq!(
        site.read("tags/index.html"),
        "Bank Indonesia=organisation;Jakarta=place;Prabowo Subianto=person;Saham=-;"
    );
    assert_eq!(site.read("tags/jakarta/index.html"), "Jakarta=place");
    assert_eq!(site.read("tags/saham/index.html"), "Saham=-");
    assert_eq!(
        site.read("articles/a/index.html"),
        "Jakarta=place;Prabowo Subianto=person;Saham=-;|photographer "
    );
    assert_eq!(
        site.read("articles/b/index.html"),
        "Jakarta=place;Bank Indonesia=organisation;|"
    );
}

#[test]
fn bad_authors_kinds_and_date_sources_stop_the_build_naming_file_and_line() {
    for (front_matter, line, message) in [
        ("authors: [A, [B]]", 4, "`authors` must be a list of names"),
        ("authors: 12", 4, "`authors` must be a list of names"),
        (
            "tags: [Jakarta]\ntag_kinds: {Jakarta: [place]}",
            5,
            "`tag_kinds` must give `Jakarta` one word: person, place or organisation",
        ),
        (
            "tag_kinds: [Jakarta]",
            4,
            "`tag_kinds` must map tag names to kinds",
        ),
        (
            "tag_kinds: {Jakarta: town}",
            4,
            "`tag_kinds` gives `Jakarta` the unknown kind `town`",
        ),
        ("date_source: true", 4, "`date_source` is `true`"),
    ] {
        let site = TestSite::new(SITE);
        site.article(
            "x",
            &format!("title: X\ndate: 2026-01-01\n{front_matter}"),
            "Body.",
        );
        site.build(&[])
            .failure()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "content/x.md:{line}: {message}"
            )));
        assert!(!site.public().exists(), "{front_matter}: nothing written");
    }
}

#[test]
fn pages_carry_no_template_indentation_or_blank_lines() {
    let site = sample();
    site.build(&[]).success();
    let pages = [
        "index.html",
        "page/2/index.html",
        "articles/a/index.html",
        "articles/b/index.html",
        "tags/index.html",
        "tags/jepang/index.html",
        "404.html",
    ];
    for page in pages {
        let html = site.read(page);
        for (n, line) in html.lines().enumerate() {
            assert!(
                !line.trim().is_empty() && !line.starts_with(' '),
                "{page}:{}: a blank or indented line: {line:?}",
                n + 1
            );
        }
    }
    // Lists and related links date their entries by day: the time of day is not shown.
    let front = site.read("index.html");
    assert!(front.contains("<time datetime=\"2026-01-15\">"), "{front}");
    let related = site.read("articles/b/index.html");
    assert!(
        related.contains("\">Alpha</a> <time datetime=\"2026-01-15\">"),
        "{related}"
    );
}

#[test]
fn a_build_says_how_many_articles_it_held_back_and_when_the_next_appears() {
    let site = sample();
    site.article(
        "draft",
        "title: Draft\ndate: 2025-12-02\ndraft: true",
        "Not yet.",
    );
    site.article("later", "title: Later\ndate: 2099-03-01", "Some day.");
    site.article(
        "much-later",
        "title: Much later\ndate: 2099-05-01",
        "Later still.",
    );
    site.build(&[]).success().stdout(predicate::str::contains(
        "held back 3 articles (1 draft, 2 dated in the future; the next appears on 2099-03-01)",
    ));
    assert!(!site.exists("articles/later/index.html"));
    // With --drafts nothing is held back, and nothing is said.
    site.build(&["--drafts"])
        .success()
        .stdout(predicate::str::contains("held back").not());
}

#[test]
fn a_static_file_at_a_generated_page_s_path_fails_the_build_and_never_touches_the_live_site() {
    let site = sample();
    site.build(&[]).success();
    let before = snapshot(&site.public());
    // A hard link to the live 404 page, as a backup made with `cp -al` would hold.
    let outside = site.root().join("backup-404.html");
    std::fs::hard_link(site.public().join("404.html"), &outside).expect("link");
    let kept = std::fs::read(&outside).expect("read");

    site.write("static/404.html", "<h1>my own 404</h1>");
    for _ in 0..5 {
        site.build(&[])
            .failure()
            .stderr(predicate::str::contains(
                "two files of the site would both be written to 404.html",
            ))
            .stderr(predicate::str::contains("digest theme eject"));
        assert_eq!(snapshot(&site.public()), before, "the live site changed");
        assert_eq!(std::fs::read(&outside).expect("read"), kept);
    }
    // Gone again, the build succeeds and nothing was left over.
    std::fs::remove_file(site.root().join("static/404.html")).expect("remove");
    site.build(&[]).success();
    assert_eq!(snapshot(&site.public()), before);
}
