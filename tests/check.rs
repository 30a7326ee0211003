//! `digest check`: the real binary on temporary sites; findings name the file (and line), errors
//! exit 1, warnings alone exit 0, and nothing is ever written.

mod common;

use common::{TestSite, digest};
use predicates::prelude::*;

const SITE: &str =
    "title = \"Check Digest\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\n";

/// Two articles that link to each other, to tags, to the archive and to their own headings.
fn clean() -> TestSite {
    let site = TestSite::new(SITE);
    site.article(
        "alpha",
        "title: Alpha\ndate: 2026-01-15\nsource: Liputan6.com\ntags: [Jepang, Korea Selatan]",
        "Alpha lead.\n\n## Latar Belakang\n\nSee [bravo](/news/articles/bravo/), [its part](../bravo/#rincian), \
         [this section](#latar-belakang), [the tag](/news/tags/jepang/), [the archive](../../archive/), \
         [absolute](https://example.org/news/articles/bravo/) and [elsewhere](https://kompas.com/x).",
    );
    site.article(
        "bravo",
        "title: Bravo\ndate: 2026-01-10\nsource: https://www.kompas.com/read/1\ntags: [Jepang]",
        "Bravo lead.\n\n## Rincian\n\nBack to [alpha](../alpha) and [top](#top).",
    );
    site
}

fn check(site: &TestSite) -> assert_cmd::assert::Assert {
    digest()
        .arg("check")
        .arg("--root")
        .arg(site.root())
        .assert()
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

#[test]
fn a_clean_site_passes_and_nothing_is_written() {
    let site = clean();
    let out = check(&site).success().code(0);
    let text = stdout(&out);
    assert!(
        text.trim_end()
            .ends_with("checked 2 articles: no problems found"),
        "{text}"
    );
    assert!(!site.public().exists(), "check must not write public/");
}

#[test]
fn a_broken_body_link_fails_naming_file_line_and_link() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05\nsource: Antara\ntags: [Jepang]",
        "Lead.\n\nSee [gone](/news/articles/does-not-exist/) and [md](bravo.md).",
    );
    let out = check(&site).failure().code(1);
    let text = stdout(&out);
    assert!(
        text.contains("content/charlie.md:9: error: broken link `/news/articles/does-not-exist/`"),
        "{text}"
    );
    assert!(
        text.contains("content/charlie.md:9: error: broken link `bravo.md`")
            && text.contains("use /news/articles/bravo/"),
        "{text}"
    );
    assert!(text.contains("2 errors, 0 warnings"), "{text}");
}

#[test]
fn a_missing_anchor_is_an_error() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05\nsource: Antara",
        "Lead.\n\n## Satu\n\n[ok](#satu) [bad](#dua) [other](../alpha/#nope)",
    );
    let out = check(&site).failure().code(1);
    let text = stdout(&out);
    assert!(
        text.contains("content/charlie.md:10: error: broken anchor `#dua`"),
        "{text}"
    );
    assert!(
        text.contains(
            "broken anchor `../alpha/#nope`: /news/articles/alpha/ has no element with id `nope`"
        ),
        "{text}"
    );
    assert!(!text.contains("#satu"), "{text}");
}

#[test]
fn near_duplicate_tags_warn_but_pass() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05\nsource: Antara\ntags:\n  - Korea-Selatan\n  - Amerika Serikat",
        "Lead.",
    );
    site.article(
        "delta",
        "title: Delta\ndate: 2026-01-04\nsource: Antara\ntags: [Amerika Serikt, Iran]",
        "Lead.",
    );
    site.article(
        "echo",
        "title: Echo\ndate: 2026-01-03\nsource: Antara\ntags: [Amerika Serikat, Irak]",
        "Lead.",
    );
    let out = check(&site).success().code(0);
    let text = stdout(&out);
    assert!(
        text.contains("content/charlie.md:6: warning: tag `Korea-Selatan` (1 article) looks like `Korea Selatan`"),
        "{text}"
    );
    assert!(
        text.contains("content/delta.md:5: warning: tag `Amerika Serikt` (1 article) looks like `Amerika Serikat` (2 articles)"),
        "{text}"
    );
    assert!(
        !text.contains("`Irak`"),
        "Iran and Irak are different: {text}"
    );
    assert!(text.contains("0 errors, 2 warnings"), "{text}");
}

#[test]
fn missing_source_and_empty_summary_warn() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05",
        "## Only a heading",
    );
    let out = check(&site).success();
    let text = stdout(&out);
    assert!(
        text.contains("content/charlie.md: warning: no source"),
        "{text}"
    );
    assert!(
        text.contains("content/charlie.md: warning: empty summary"),
        "{text}"
    );
}

#[test]
fn missing_title_and_shared_slugs_are_errors() {
    let site = clean();
    site.article("notitle", "date: 2026-01-05\nsource: Antara", "Lead.");
    site.article(
        "other",
        "title: Other\ndate: 2026-01-05\nsource: Antara\nslug: alpha",
        "Lead.",
    );
    let out = check(&site).failure().code(1);
    let text = stdout(&out);
    assert!(
        text.contains("content/notitle.md:2: error: missing `title`"),
        "{text}"
    );
    assert!(
        text.contains("error: slug `alpha` is also used by content/alpha.md")
            || text.contains("error: slug `alpha` is also used by content/other.md"),
        "{text}"
    );
    assert!(text.contains("checked 4 articles: 2 errors"), "{text}");
}

#[test]
fn a_base_url_without_host_is_a_warning_on_its_line() {
    let site = TestSite::new("title = \"T\"\nbase_url = \"/\"\n");
    site.article(
        "a",
        "title: A\ndate: 2026-01-01\nsource: X",
        "Lead [b](/articles/a/).",
    );
    let out = check(&site).success();
    let text = stdout(&out);
    assert!(
        text.contains("site.toml:2: warning: base_url `/` has no host"),
        "{text}"
    );
    // The same site checked as it will be published has nothing to say.
    digest()
        .args(["check", "--base-url", "https://example.org/"])
        .arg("--root")
        .arg(site.root())
        .assert()
        .success()
        .stdout(predicate::str::contains("no problems found"));
}

#[test]
fn links_to_drafts_are_broken_unless_drafts_are_checked() {
    let site = clean();
    site.article(
        "draft",
        "title: Draft\ndate: 2026-01-05\nsource: X\ndraft: true",
        "Lead.",
    );
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05\nsource: X",
        "Lead [draft](/news/articles/draft/).",
    );
    check(&site).failure().stdout(predicate::str::contains(
        "broken link `/news/articles/draft/`",
    ));
    digest()
        .args(["check", "--drafts", "--root"])
        .arg(site.root())
        .assert()
        .success();
}

#[test]
fn no_site_is_an_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    digest()
        .arg("check")
        .arg("--root")
        .arg(dir.path())
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("no site.toml"));
}

#[test]
fn dates_from_a_file_are_listed_on_their_date_line() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\nsource: Antara\ndate: 2026-01-05T10:11:12+07:00\ndate_source: file",
        "Lead.",
    );
    site.article(
        "delta",
        "title: Delta\ndate_source: file\ndate: 2025-12-31\nsource: Antara",
        "Lead.",
    );
    let out = check(&site).success().code(0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("date")).collect();
    assert_eq!(
        lines,
        [
            "content/charlie.md:4: warning: date 2026-01-05T10:11:12+07:00 taken from the text file's modification time; check it, then delete the `date_source: file` line",
            "content/delta.md:4: warning: date 2025-12-31 taken from the text file's modification time; check it, then delete the `date_source: file` line",
        ],
        "{text}"
    );
    assert!(text.contains("0 errors, 2 warnings"), "{text}");
}

#[test]
fn a_tag_given_two_kinds_warns_in_the_articles_that_differ() {
    let site = clean();
    for (name, date, kind) in [
        ("charlie", "2026-01-05", "place"),
        ("delta", "2026-01-04", "organisation"),
        ("echo", "2026-01-03", "place"),
    ] {
        site.article(
            name,
            &format!(
                "title: {name}\ndate: {date}\nsource: Antara\ntags: [Jakarta, Ani]\ntag_kinds:\n  Jakarta: {kind}\n  Ani: person"
            ),
            "Lead.",
        );
    }
    let out = check(&site).success().code(0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("kind")).collect();
    assert_eq!(
        lines,
        [
            "content/delta.md:6: warning: `tag_kinds` gives `Jakarta` the kind organisation, but content/charlie.md and content/echo.md give it the kind place, which the site uses: give it one kind"
        ],
        "{text}"
    );
    assert!(text.contains("0 errors, 1 warning"), "{text}");
}

#[test]
fn bad_authors_kinds_and_date_sources_are_errors_on_their_line() {
    let site = clean();
    site.article(
        "charlie",
        "title: Charlie\ndate: 2026-01-05\nsource: Antara\nauthors: {name: A}",
        "Lead.",
    );
    site.article(
        "delta",
        "title: Delta\ndate: 2026-01-05\nsource: Antara\ntags: [Jakarta]\ntag_kinds:\n  Ani: person\n  Jakarta: city",
        "Lead.",
    );
    site.article(
        "echo",
        "title: Echo\ndate: 2026-01-05\nsource: Antara\ndate_source: mtime",
        "Lead.",
    );
    let out = check(&site).failure().code(1);
    let text = stdout(&out);
    for expected in [
        "content/charlie.md:5: error: `authors` must be a list of names",
        "content/delta.md:8: error: `tag_kinds` gives `Jakarta` the unknown kind `city`: use person, place or organisation",
        "content/echo.md:5: error: `date_source` is `mtime`, which digest does not know: the only value is `file`",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    assert!(text.contains("3 errors"), "{text}");
}
