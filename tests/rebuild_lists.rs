//! The dev server's rebuilds after edits to sections, authors, featured stories, days and the
//! menu must end byte-equal to a clean build, like every other edit (see tests/rebuild.rs).

mod common;

use std::collections::BTreeSet;

use common::{TestSite, assert_same};
use digest::serve::workspace::{Change, Workspace};

const SITE: &str = "title = \"Kabar\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\npaginate_by = 2\nmax_list_pages = 2\n";

/// Two days of articles in two folders (sections), with authors; the newest is featured.
fn site() -> TestSite {
    let site = TestSite::new(SITE);
    for n in 1..=6 {
        let folder = if n % 2 == 0 { "ekonomi" } else { "politik" };
        let day = 1 + n / 3;
        let featured = if n == 6 { "\nfeatured: true" } else { "" };
        site.article(
            &format!("{folder}/a{n}"),
            &format!(
                "title: A{n}\ndate: 2026-01-0{day}T0{n}:00:00+07:00\nauthors: [Penulis {}]{featured}",
                n % 3
            ),
            "Isi.",
        );
    }
    site
}

fn apply(ws: &mut Workspace, site: &TestSite, rels: &[&str]) {
    let changes: BTreeSet<Change> = rels
        .iter()
        .map(|rel| Change::Content(site.root().join("content").join(rel)))
        .collect();
    ws.apply(&changes).unwrap();
}

/// Rewrites article `rel` with `front_matter`, lets the workspace catch up and compares it
/// with a clean build.
fn edit(ws: &mut Workspace, site: &TestSite, rel: &str, front_matter: &str, step: &str) {
    site.article(rel, front_matter, "Isi.");
    apply(ws, site, &[&format!("{rel}.md")]);
    assert_same(ws, site, step);
}

#[test]
fn section_edits_end_as_a_clean_build() {
    let site = site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");

    // Moving a file to another folder moves it to that folder's section.
    std::fs::create_dir_all(site.root().join("content/olahraga")).unwrap();
    std::fs::rename(
        site.root().join("content/ekonomi/a2.md"),
        site.root().join("content/olahraga/a2.md"),
    )
    .unwrap();
    apply(&mut ws, &site, &["ekonomi/a2.md", "olahraga/a2.md"]);
    assert_same(&ws, &site, "moved to a new folder");

    // Its section named in front matter, then taken away again.
    edit(
        &mut ws,
        &site,
        "olahraga/a2",
        "title: A2\ndate: 2026-01-01T02:00:00+07:00\nauthors: [Penulis 2]\nsection: Dunia",
        "section named",
    );
    edit(
        &mut ws,
        &site,
        "olahraga/a2",
        "title: A2\ndate: 2026-01-01T02:00:00+07:00\nauthors: [Penulis 2]",
        "section name removed",
    );

    // The only article of a section removed: the section and its menu entry go.
    std::fs::remove_file(site.root().join("content/olahraga/a2.md")).unwrap();
    apply(&mut ws, &site, &["olahraga/a2.md"]);
    assert_same(&ws, &site, "last article of a section removed");
    assert!(ws.served().read("olahraga/index.html").is_none());

    // A whole folder renamed.
    std::fs::rename(
        site.root().join("content/politik"),
        site.root().join("content/dalam-negeri"),
    )
    .unwrap();
    apply(&mut ws, &site, &["politik", "dalam-negeri"]);
    assert_same(&ws, &site, "folder renamed");
    assert!(ws.served().read("dalam-negeri/index.html").is_some());
}

#[test]
fn author_edits_end_as_a_clean_build() {
    let site = site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    edit(
        &mut ws,
        &site,
        "ekonomi/a4",
        "title: A4\ndate: 2026-01-02T04:00:00+07:00\nauthors: [Penulis Baru, Penulis 1]",
        "author added",
    );
    edit(
        &mut ws,
        &site,
        "ekonomi/a4",
        "title: A4\ndate: 2026-01-02T04:00:00+07:00\nauthors: [PENULIS baru]",
        "author respelled and one removed",
    );
    edit(
        &mut ws,
        &site,
        "ekonomi/a4",
        "title: A4\ndate: 2026-01-02T04:00:00+07:00",
        "authors removed",
    );
}

#[test]
fn featured_and_day_edits_end_as_a_clean_build() {
    let site = site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    // Unfeature the only featured story, then feature an older one on another front page.
    edit(
        &mut ws,
        &site,
        "ekonomi/a6",
        "title: A6\ndate: 2026-01-03T06:00:00+07:00\nauthors: [Penulis 0]",
        "unfeatured",
    );
    edit(
        &mut ws,
        &site,
        "ekonomi/a2",
        "title: A2\ndate: 2026-01-01T02:00:00+07:00\nauthors: [Penulis 2]\nfeatured: true",
        "an old story featured",
    );
    edit(
        &mut ws,
        &site,
        "politik/a5",
        "title: A5\ndate: 2026-01-02T05:00:00+07:00\nauthors: [Penulis 2]\nfeatured: true",
        "yesterday's story featured",
    );

    // Moving articles to another day, a new day and emptying a day.
    for (rel, date) in [
        ("politik/a1", "2026-01-03T01:00:00+07:00"),
        ("ekonomi/a2", "2028-02-29T02:00:00+07:00"),
        ("politik/a3", "2025-12-31T23:59:00-12:00"),
    ] {
        let front_matter = format!("title: X\ndate: {date}\nauthors: [Penulis 1]");
        edit(
            &mut ws,
            &site,
            rel,
            &front_matter,
            &format!("{rel} moved to {date}"),
        );
    }
    // A featured story becomes a draft.
    edit(
        &mut ws,
        &site,
        "politik/a5",
        "title: A5\ndate: 2026-01-02T05:00:00+07:00\nfeatured: true\ndraft: true",
        "featured story drafted",
    );
}

#[test]
fn menu_edits_in_site_toml_end_as_a_clean_build() {
    let site = site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    let with_menu = format!(
        "{SITE}\n[[menu]]\nname = \"Ekonomi\"\nurl = \"/ekonomi/\"\n\n[[menu]]\nname = \"Luar\"\nurl = \"https://example.com/\"\n"
    );
    site.write("site.toml", &with_menu);
    ws.apply(&BTreeSet::from([Change::Config])).unwrap();
    assert_same(&ws, &site, "menu added");
    site.write("site.toml", SITE);
    ws.apply(&BTreeSet::from([Change::Config])).unwrap();
    assert_same(&ws, &site, "menu removed");
}
