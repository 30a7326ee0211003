//! The dev server's incremental rebuilds must equal a clean build byte for byte, whatever the edit.

mod common;

use common::{TestSite, assert_same};
use digest::serve::workspace::{Change, Workspace};
use std::collections::BTreeSet;

const SITE: &str = "title = \"Rebuild\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\npaginate_by = 2\n\n[feeds]\nlimit = 3\n";
const TAGS: [&str; 4] = ["Jepang", "China", "Taiwan", "Okinawa"];

fn article(site: &TestSite, n: usize, extra: &str, body: &str) {
    let tags = format!("[{}, {}]", TAGS[n % 4], TAGS[(n / 2) % 4]);
    site.article(
        &format!("a{n:02}"),
        &format!(
            "title: Artikel {n}\ndate: 2025-01-{:02}\ntags: {tags}{extra}",
            n + 1
        ),
        body,
    );
}

fn sample() -> TestSite {
    let site = TestSite::new(SITE);
    for n in 0..12 {
        article(
            &site,
            n,
            "",
            &format!("Paragraf pembuka {n}.\n\nParagraf kedua {n}."),
        );
    }
    site
}

fn content(site: &TestSite, name: &str) -> BTreeSet<Change> {
    BTreeSet::from([Change::Content(site.root().join("content").join(name))])
}

#[test]
fn every_kind_of_edit_ends_equal_to_a_clean_build() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");

    // An old article's second paragraph: only its page and feeds that carry it.
    article(
        &site,
        1,
        "",
        "Paragraf pembuka 1.\n\nParagraf kedua yang baru.",
    );
    let out = ws.apply(&content(&site, "a01.md")).unwrap();
    assert_same(&ws, &site, "body edit");
    assert!(
        out.changed.contains(&"articles/a01/index.html".to_string()),
        "{out:?}"
    );
    assert!(!out.changed.contains(&"index.html".to_string()), "{out:?}");

    // Its first paragraph is its summary: lists that show it change too.
    article(
        &site,
        1,
        "",
        "Pembuka yang baru.\n\nParagraf kedua yang baru.",
    );
    let out = ws.apply(&content(&site, "a01.md")).unwrap();
    assert_same(&ws, &site, "summary edit");
    assert!(
        out.changed.iter().any(|p| p.starts_with("page/")),
        "{out:?}"
    );

    // An old article's title: its day's edition lists it, so the plan re-renders that; its
    // month lists only days and counts.
    site.article(
        "a01",
        "title: Artikel satu berganti judul\ndate: 2025-01-02\ntags: [China, Jepang]",
        "Pembuka yang baru.\n\nParagraf kedua yang baru.",
    );
    let out = ws.apply(&content(&site, "a01.md")).unwrap();
    assert_same(&ws, &site, "old title edit");
    assert!(
        out.changed
            .contains(&"archive/2025/01/02/index.html".to_string()),
        "{out:?}"
    );
    assert!(
        !out.changed
            .contains(&"archive/2025/01/index.html".to_string()),
        "{out:?}"
    );
    assert!(
        !out.changed.contains(&"archive/index.html".to_string()),
        "{out:?}"
    );

    // A title of one of the newest articles: every page's sidebar lists it.
    article(&site, 11, "", "Paragraf pembuka 11.\n\nParagraf kedua 11.");
    site.article(
        "a11",
        "title: Judul baru\ndate: 2025-01-12\ntags: [Okinawa, Taiwan]",
        "Isi.",
    );
    ws.apply(&content(&site, "a11.md")).unwrap();
    assert_same(&ws, &site, "newest title edit");

    // Tags and dates move articles between lists.
    article(&site, 3, "", "Paragraf pembuka 3.");
    site.article(
        "a03",
        "title: Artikel 3\ndate: 2025-01-04\ntags: [Korea Selatan]",
        "Paragraf pembuka 3.",
    );
    ws.apply(&content(&site, "a03.md")).unwrap();
    assert_same(&ws, &site, "tag change");
    site.article(
        "a04",
        "title: Artikel 4\ndate: 2024-06-01\ntags: [China]",
        "Mundur.",
    );
    ws.apply(&content(&site, "a04.md")).unwrap();
    assert_same(&ws, &site, "date change");

    // New, deleted, draft.
    article(&site, 20, "", "Baru sekali.");
    ws.apply(&content(&site, "a20.md")).unwrap();
    assert_same(&ws, &site, "new article");
    std::fs::remove_file(site.root().join("content/a05.md")).unwrap();
    ws.apply(&content(&site, "a05.md")).unwrap();
    assert_same(&ws, &site, "deleted article");
    article(&site, 6, "\ndraft: true", "Jadi draf.");
    ws.apply(&content(&site, "a06.md")).unwrap();
    assert_same(&ws, &site, "made a draft");
    article(&site, 6, "\ndraft: true", "Draf diubah lagi.");
    ws.apply(&content(&site, "a06.md")).unwrap();
    assert_same(&ws, &site, "edited a draft");

    // A code block brings the highlighting stylesheet.
    article(&site, 2, "", "Kode:\n\n```rust\nfn main() {}\n```\n");
    ws.apply(&content(&site, "a02.md")).unwrap();
    assert_same(&ws, &site, "first code block");
    assert!(ws.served().has("syntax.css"));

    // A folder of articles appears, then disappears.
    site.article(
        "sub/b1",
        "title: Dalam folder\ndate: 2025-02-01\ntags: [Jepang]",
        "Isi.",
    );
    site.article(
        "sub/b2",
        "title: Dalam folder 2\ndate: 2025-02-02\ntags: [China]",
        "Isi.",
    );
    ws.apply(&content(&site, "sub")).unwrap();
    assert_same(&ws, &site, "folder added");
    std::fs::remove_dir_all(site.root().join("content/sub")).unwrap();
    ws.apply(&content(&site, "sub")).unwrap();
    assert_same(&ws, &site, "folder removed");
}

#[test]
fn templates_static_and_config_edits_end_equal_to_a_clean_build() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block main %}<h1 class=\"custom\">{{ page.title }}</h1>{{ page.content | safe }}{% endblock main %}",
    );
    let out = ws.apply(&BTreeSet::from([Change::Templates])).unwrap();
    assert_same(&ws, &site, "template added");
    assert!(out.changed.contains(&"articles/a00/index.html".to_string()));

    site.write("static/extra.css", "body { color: red; }");
    let out = ws.apply(&BTreeSet::from([Change::Static])).unwrap();
    assert_same(&ws, &site, "static added");
    assert_eq!(out.changed, ["extra.css"]);
    assert!(out.css_only());

    site.write("static/robots.txt", "User-agent: *\n");
    ws.apply(&BTreeSet::from([Change::Static])).unwrap();
    assert_same(&ws, &site, "robots.txt overridden");
    std::fs::remove_file(site.root().join("static/robots.txt")).unwrap();
    ws.apply(&BTreeSet::from([Change::Static])).unwrap();
    assert_same(&ws, &site, "robots.txt override removed");

    site.write(
        "site.toml",
        &SITE.replace("paginate_by = 2", "paginate_by = 3"),
    );
    ws.apply(&BTreeSet::from([Change::Config])).unwrap();
    assert_same(&ws, &site, "config change");
}

#[test]
fn a_failed_rebuild_keeps_the_output_and_the_next_good_one_catches_up() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    let before = ws.snapshot();

    // One good edit and one broken file in the same batch: nothing changes yet.
    article(&site, 1, "", "Pembuka diganti.");
    site.write(
        "content/a02.md",
        "---\ntitle: Rusak\ndate: 2025-01-03\ntags: [a, b\n---\nx\n",
    );
    let err = ws
        .apply(&BTreeSet::from([
            Change::Content(site.root().join("content/a01.md")),
            Change::Content(site.root().join("content/a02.md")),
        ]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("content/a02.md:"), "{err}");
    assert!(
        ws.snapshot() == before,
        "output changed after a failed rebuild"
    );

    // A template error also keeps the old output.
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.title {% endblock main %}",
    );
    let err = ws
        .apply(&BTreeSet::from([Change::Templates]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("content/a02.md:"), "{err}");

    // Fixing the article only: the template is still broken.
    article(&site, 2, "", "Diperbaiki.");
    let err = ws.apply(&content(&site, "a02.md")).unwrap_err().to_string();
    assert!(err.contains("templates/article.html:"), "{err}");
    assert!(ws.snapshot() == before);

    std::fs::remove_file(site.root().join("templates/article.html")).unwrap();
    ws.apply(&BTreeSet::from([Change::Templates])).unwrap();
    assert_same(&ws, &site, "after the fixes");
}

/// The dev server catches the search index up when the writer pauses, and a new save stops
/// that catch-up: stopped, it installs nothing and the index stays due; let run, it ends where
/// a clean build is.
#[test]
fn a_stopped_search_catch_up_leaves_the_index_due_and_a_full_one_catches_up() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    article(&site, 3, "", "Kapal selam baru tiba di pelabuhan.");
    ws.apply_pages(&content(&site, "a03.md")).unwrap();
    assert!(
        ws.stale_search_unless(&|| true).unwrap().is_none(),
        "a stopped catch-up hands over no files"
    );
    let files = ws
        .stale_search_unless(&|| false)
        .unwrap()
        .expect("the index is still due after a stopped catch-up");
    ws.install_search(files);
    assert!(ws.stale_search().unwrap().is_none(), "caught up");
    assert_same(&ws, &site, "search caught up after a stopped attempt");
}

/// The dev server checks only the edited pages' slugs against the rest (a whole check cost
/// ~100 ms a save at 100,000 articles): a clash with an unchanged page or between two edits is
/// still found and named, two pages trading slugs is not a clash, and fixing it catches up.
#[test]
fn an_edit_that_takes_another_articles_slug_is_an_error_naming_both() {
    let site = sample();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    article(&site, 3, "\nslug: a05", "Isi.");
    let e = ws.apply_pages(&content(&site, "a03.md")).unwrap_err();
    assert!(
        e.to_string()
            .contains("content/a05.md and content/a03.md both have the slug `a05`"),
        "{e}"
    );
    // Two edits clash with each other, not with the model.
    article(&site, 3, "\nslug: baru", "Isi.");
    article(&site, 4, "\nslug: baru", "Isi.");
    let both = BTreeSet::from([
        Change::Content(site.root().join("content/a03.md")),
        Change::Content(site.root().join("content/a04.md")),
    ]);
    let e = ws.apply_pages(&both).unwrap_err();
    assert!(
        e.to_string()
            .contains("content/a03.md and content/a04.md both have the slug `baru`"),
        "{e}"
    );
    // Trading slugs: each takes the other's old one, which the model still holds.
    article(&site, 3, "\nslug: a04", "Isi.");
    article(&site, 4, "\nslug: a03", "Isi.");
    ws.apply_pages(&both).unwrap();
    assert_same(&ws, &site, "two articles traded slugs");
}

/// Opening reads every article straight into the model, so the start-up check must cover them
/// all: a clash between two shown pages, or between a shown page and a hidden draft, and a
/// file that cannot be parsed, each stop the server with the files named.
#[test]
fn a_site_that_starts_with_a_slug_clash_or_a_broken_file_is_not_opened() {
    let site = sample();
    article(&site, 3, "\nslug: a05", "Isi.");
    let e = Workspace::open(site.root(), None, false)
        .err()
        .expect("a clash at start-up");
    assert!(
        e.to_string()
            .contains("content/a03.md and content/a05.md both have the slug `a05`"),
        "{e}"
    );
    article(&site, 3, "\nslug: a05\ndraft: true", "Isi.");
    let e = Workspace::open(site.root(), None, false)
        .err()
        .expect("a draft's clash at start-up");
    assert!(e.to_string().contains("both have the slug `a05`"), "{e}");
    article(&site, 3, "", "Isi.");
    site.write(
        "content/rusak.md",
        "---\ntitle: [tidak ditutup\n---\nIsi.\n",
    );
    let e = Workspace::open(site.root(), None, false)
        .err()
        .expect("a broken file at start-up");
    assert!(e.to_string().contains("content/rusak.md"), "{e}");
    std::fs::remove_file(site.root().join("content/rusak.md")).unwrap();
    let ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "the fixed site");
}

/// The server keeps long bodies packed (LZ4); every reader of a body (article pages, feeds'
/// full entries, the search index) must see them as a build does, through edits, a whole
/// re-render that moves every page out of the old model, renames, drafts and a failed edit.
#[test]
fn long_packed_bodies_end_equal_to_a_clean_build_through_every_kind_of_edit() {
    let long = |n: usize, word: &str| {
        format!(
            "Pembuka panjang {n} tentang {word}.\n\n{}",
            format!(
                "Paragraf {n} tentang [pelabuhan](../a00/) dan kapal {word} yang berlabuh lama.\n\n"
            )
            .repeat(60)
        )
    };
    let site = TestSite::new(SITE);
    for n in 0..8 {
        article(&site, n, "", &long(n, "laut"));
    }
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");

    article(&site, 2, "", &long(2, "kembangkempis"));
    ws.apply(&content(&site, "a02.md")).unwrap();
    assert_same(&ws, &site, "long body edited");

    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block main %}<article class=\"x\">{{ page.content | safe }}</article>{% endblock main %}",
    );
    ws.apply(&BTreeSet::from([Change::Templates])).unwrap();
    assert_same(&ws, &site, "whole re-render");

    std::fs::rename(
        site.root().join("content/a03.md"),
        site.root().join("content/a13.md"),
    )
    .unwrap();
    ws.apply(&BTreeSet::from([
        Change::Content(site.root().join("content/a03.md")),
        Change::Content(site.root().join("content/a13.md")),
    ]))
    .unwrap();
    assert_same(&ws, &site, "renamed");

    article(&site, 4, "\ndraft: true", &long(4, "draf"));
    ws.apply(&content(&site, "a04.md")).unwrap();
    assert_same(&ws, &site, "made a draft");
    article(&site, 4, "", &long(4, "terbit"));
    ws.apply(&content(&site, "a04.md")).unwrap();
    assert_same(&ws, &site, "draft published");

    site.write("content/a05.md", "---\ntitle: [rusak\n---\nx\n");
    ws.apply(&content(&site, "a05.md")).unwrap_err();
    article(&site, 5, "", &long(5, "diperbaiki"));
    ws.apply(&content(&site, "a05.md")).unwrap();
    assert_same(&ws, &site, "failed edit fixed");

    std::fs::remove_file(site.root().join("content/a06.md")).unwrap();
    ws.apply(&content(&site, "a06.md")).unwrap();
    assert_same(&ws, &site, "deleted");
}
