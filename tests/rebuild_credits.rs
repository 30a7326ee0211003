//! Editing authors or tag kinds in the dev server must end byte for byte where a clean build
//! would: a tag's kind is settled across articles, so one edit can change other pages.

mod common;

use common::{TestSite, assert_same};
use digest::serve::workspace::{Change, Workspace};
use std::collections::BTreeSet;

const SITE: &str = "title = \"Rebuild\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\npaginate_by = 2\n\n[feeds]\nlimit = 3\n";

fn article(site: &TestSite, n: usize, extra: &str) {
    site.article(
        &format!("a{n}"),
        &format!(
            "title: Artikel {n}\ndate: 2025-01-{:02}\ntags: [Jakarta, Saham]{extra}",
            n + 1
        ),
        &format!("Paragraf {n}."),
    );
}

fn apply(ws: &mut Workspace, site: &TestSite, n: usize) {
    let change = Change::Content(site.root().join("content").join(format!("a{n}.md")));
    ws.apply(&BTreeSet::from([change])).unwrap();
}

#[test]
fn kind_and_author_edits_end_equal_to_a_clean_build() {
    let site = TestSite::new(SITE);
    article(&site, 0, "\ntag_kinds: {Jakarta: place}");
    article(&site, 1, "\ntag_kinds: {Jakarta: organisation}");
    article(&site, 2, "");
    article(&site, 3, "\ntag_kinds: {Jakarta: place}");
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    assert_same(&ws, &site, "initial");
    let mentions = |ws: &Workspace, n: usize| {
        let html = ws
            .served()
            .read(&format!("articles/a{n}/index.html"))
            .unwrap();
        String::from_utf8_lossy(&html).contains("{\"@type\":\"Organization\",\"name\":\"Jakarta\"}")
    };
    assert!(!mentions(&ws, 2));

    // Two articles now call Jakarta an organisation against one: every page with it follows.
    article(&site, 0, "\ntag_kinds: {Jakarta: organisation}");
    apply(&mut ws, &site, 0);
    assert_same(&ws, &site, "kind changed");
    assert!(
        mentions(&ws, 2),
        "an untouched article follows the new kind"
    );

    article(&site, 2, "\ntag_kinds: {Saham: organisation}");
    apply(&mut ws, &site, 2);
    assert_same(&ws, &site, "kind added to another tag");

    article(&site, 3, "\nauthors: [Ani, Budi]");
    apply(&mut ws, &site, 3);
    assert_same(&ws, &site, "authors added");
    article(&site, 3, "\nauthors: Ani");
    apply(&mut ws, &site, 3);
    assert_same(&ws, &site, "authors changed");
}
