//! The dev server renders a whole site search index first, pages after: whatever the edits
//! (search page template, a whole render failing halfway, the index behind the pages), it must
//! end byte for byte where a clean build is, and a failed render must change nothing at all.

mod common;

use common::{TestSite, assert_same};
use digest::serve::workspace::{Change, Workspace};
use std::collections::BTreeSet;

const SITE: &str =
    "title = \"Cari\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\npaginate_by = 2\n";

fn sample() -> TestSite {
    let site = TestSite::new(SITE);
    for n in 0..6 {
        article(
            &site,
            n,
            &format!("Paragraf pembuka {n} tentang pelabuhan."),
        );
    }
    site
}

fn article(site: &TestSite, n: usize, body: &str) {
    site.article(
        &format!("a{n}"),
        &format!("title: Artikel {n}\ndate: 2025-01-0{}\ntags: [Laut]", n + 1),
        body,
    );
}

fn content(site: &TestSite, n: usize) -> BTreeSet<Change> {
    BTreeSet::from([Change::Content(
        site.root().join("content").join(format!("a{n}.md")),
    )])
}

fn templates() -> BTreeSet<Change> {
    BTreeSet::from([Change::Templates])
}

/// What the server does when the writer pauses: the search index, if behind, is caught up.
fn catch_up(ws: &mut Workspace) {
    if let Some(files) = ws.stale_search().unwrap() {
        ws.install_search(files);
    }
}

/// The default search page with `marker` in its heading.
fn search_page(marker: &str) -> String {
    let default = include_str!("../themes/default/templates/search.html");
    default.replace(
        "<h1 class=\"page-title\">",
        &format!("<h1 class=\"page-title\">{marker}"),
    )
}

#[test]
fn search_page_edits_end_equal_to_a_clean_build() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();

    site.write("templates/search.html", &search_page("Temukan "));
    let out = ws.apply(&templates()).unwrap();
    assert_same(&ws, &site, "search page overridden");
    assert!(
        out.changed.contains(&"search/index.html".to_string()),
        "{out:?}"
    );

    // The index is behind the pages (a writer has not paused) when the search page changes.
    article(&site, 2, "Kata yang baru sekali: kembangkempis.");
    ws.apply_pages(&content(&site, 2)).unwrap();
    site.write("templates/search.html", &search_page("Telusuri "));
    ws.apply_pages(&templates()).unwrap();
    assert!(
        ws.stale_search().unwrap().is_none(),
        "a whole render brings the index up to date"
    );
    assert_same(&ws, &site, "search page edited while the index was behind");

    std::fs::remove_file(site.root().join("templates/search.html")).unwrap();
    ws.apply(&templates()).unwrap();
    assert_same(&ws, &site, "search page override removed");
}

/// A whole render whose pages succeed and whose search page fails (or the reverse) must leave
/// every served file as it was: neither new pages beside an old index nor the other way round.
#[test]
fn a_whole_render_failing_in_either_half_changes_no_file() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    let before = ws.snapshot();

    // Every page changes (base.html), and the search page, rendered last, fails.
    let base = include_str!("../themes/default/templates/base.html");
    site.write(
        "templates/base.html",
        &base.replace("</body>", "<p>kaki baru</p></body>"),
    );
    site.write(
        "templates/search.html",
        &search_page("{{ search.no_such_field }}"),
    );
    let err = ws.apply(&templates()).unwrap_err().to_string();
    assert!(err.contains("search.html"), "{err}");
    assert!(
        ws.snapshot() == before,
        "pages were committed although the search page failed"
    );

    // The search page is fine now but a page template fails: the index is not committed either.
    site.write("templates/search.html", &search_page("Temukan "));
    site.write(
        "templates/tags.html",
        "{% extends \"base.html\" %}{% block main %}{{ tags.no_such_field }}{% endblock main %}",
    );
    article(&site, 4, "Kata yang baru sekali: kembangkempis.");
    let mut both = templates();
    both.extend(content(&site, 4));
    let err = ws.apply(&both).unwrap_err().to_string();
    assert!(err.contains("tags.html"), "{err}");
    assert!(
        ws.snapshot() == before,
        "the search index was committed although the pages failed"
    );

    std::fs::remove_file(site.root().join("templates/tags.html")).unwrap();
    ws.apply(&templates()).unwrap();
    assert_same(&ws, &site, "after the fix");
}

/// The index is behind after an article edit; a failed whole render, a config change and a
/// fix follow, each with a catch-up attempt between, as the server makes when the writer pauses.
#[test]
fn the_index_behind_the_pages_catches_up_through_failures_and_config_changes() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();

    article(&site, 1, "Kapal selam tiba: kembangkempis.");
    ws.apply_pages(&content(&site, 1)).unwrap();
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.title {% endblock main %}",
    );
    ws.apply_pages(&templates()).unwrap_err();
    catch_up(&mut ws);
    article(&site, 3, "Pesawat mendarat: lelawa.");
    ws.apply_pages(&content(&site, 3)).unwrap_err();
    catch_up(&mut ws);
    std::fs::remove_file(site.root().join("templates/article.html")).unwrap();
    ws.apply_pages(&templates()).unwrap();
    catch_up(&mut ws);
    assert_same(&ws, &site, "fixed after failures with the index behind");

    // A failing article edit (a broken file) while the index is behind, then a config change.
    article(&site, 0, "Kata lain: gemulai.");
    ws.apply_pages(&content(&site, 0)).unwrap();
    site.write("content/a5.md", "---\ntitle: Rusak\ndate: [2025\n---\nx\n");
    ws.apply_pages(&content(&site, 5)).unwrap_err();
    catch_up(&mut ws);
    article(&site, 5, "Diperbaiki.");
    ws.apply_pages(&content(&site, 5)).unwrap();
    site.write(
        "site.toml",
        &SITE.replace("paginate_by = 2", "paginate_by = 4"),
    );
    ws.apply_pages(&BTreeSet::from([Change::Config])).unwrap();
    catch_up(&mut ws);
    assert_same(&ws, &site, "config change with the index behind");
}

/// An article edit whose page fails to render (its lead image is missing) leaves the model
/// ahead of the served pages: the search index must not catch up to it, or search would find
/// words that no served page has, until the next whole render.
#[test]
fn a_failed_article_render_is_not_caught_up_by_the_search_index() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    site.article(
        "a2",
        "title: Artikel 2\ndate: 2025-01-03\ntags: [Laut]\nimage: tidak-ada.jpg\nimage_alt: Foto",
        "Kata baru: zamrudkhatulistiwa.",
    );
    ws.apply_pages(&content(&site, 2)).unwrap_err();
    catch_up(&mut ws);
    let served = ws.snapshot();
    let leaked: Vec<&String> = served
        .files
        .iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains("zamrudkhatulistiwa"))
        .map(|(path, _)| path)
        .collect();
    assert!(
        leaked.is_empty(),
        "served files have the failed edit's words: {leaked:?}"
    );

    // Fixed: everything is rendered again, the index with it.
    article(&site, 2, "Kata baru: zamrudkhatulistiwa.");
    ws.apply_pages(&content(&site, 2)).unwrap();
    catch_up(&mut ws);
    assert_same(&ws, &site, "the failed edit fixed");
}
