//! Bad input: every case exits 1 with a message naming the file (and line), and the previous
//! `public/` is left exactly as it was.

mod common;

use common::{TestSite, snapshot};
use predicates::prelude::*;

const SITE: &str = "title = \"Test\"\nlanguage = \"en\"\n";

fn good_site() -> TestSite {
    let site = TestSite::new(SITE);
    site.article("good", "title: Good\ndate: 2026-01-01\ntags: [A]", "Fine.");
    site.build(&[]).success();
    site
}

/// Breaks a built site with `breakage`, builds again, and checks the failure and the old output.
fn fails_and_keeps_output(breakage: impl FnOnce(&TestSite), expected: &[&str]) {
    let site = good_site();
    let before = snapshot(&site.public());
    assert!(!before.is_empty());
    breakage(&site);
    let mut assert = site.build(&[]).failure().code(1);
    for e in expected {
        assert = assert.stderr(predicate::str::contains(*e));
    }
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let after = snapshot(&site.public());
    let changed: Vec<_> = before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .collect();
    assert!(
        changed.is_empty(),
        "public/ changed after a failed build: {changed:?}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn malformed_yaml_names_file_and_line() {
    fails_and_keeps_output(
        |s| s.article("bad", "title: Bad\ndate: 2026-01-01\ntags: [a, b", "x"),
        &["content/bad.md:", "invalid YAML"],
    );
}

#[test]
fn missing_title_names_file() {
    fails_and_keeps_output(
        |s| s.article("notitle", "date: 2026-01-01", "x"),
        &["content/notitle.md:", "missing `title`"],
    );
}

#[test]
fn unparseable_date_names_file_and_line() {
    fails_and_keeps_output(
        |s| s.article("baddate", "title: T\ndate: 15/1/2026", "x"),
        &["content/baddate.md:3:", "15/1/2026", "not a date"],
    );
}

#[test]
fn bad_site_toml_values_are_named_with_their_line() {
    for (line, expected) in [
        ("language = \"fr\"", "language `fr` is not supported"),
        ("paginate_by = 0", "at least 1"),
        ("theme = \"../../elsewhere\"", "not a path"),
        ("theme = \"/etc\"", "not a path"),
    ] {
        fails_and_keeps_output(
            |s| s.write("site.toml", &format!("title = \"Test\"\n{line}\n")),
            &["site.toml:2:", expected],
        );
    }
}

#[test]
fn a_theme_outside_the_site_is_never_read() {
    // A theme folder beside the site, with a static file that must not reach public/.
    let site = good_site();
    let outside = tempfile::tempdir().unwrap();
    let theme = outside.path().join("stolen");
    std::fs::create_dir_all(theme.join("static")).unwrap();
    std::fs::write(theme.join("static/secret.txt"), "private").unwrap();
    site.write(
        "site.toml",
        &format!("title = \"Test\"\ntheme = \"{}\"\n", theme.display()),
    );
    site.build(&[])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("site.toml:2:"));
    assert!(!site.public().join("secret.txt").exists());
}

#[test]
fn thousands_of_tags_or_deep_nesting_end_in_a_clear_error() {
    let tags = (0..3000)
        .map(|i| format!("Tag{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    fails_and_keeps_output(
        |s| {
            s.article(
                "many",
                &format!("title: Many\ndate: 2026-01-01\ntags: [{tags}]"),
                "x",
            )
        },
        &["content/many.md:4:", "3000 tags", "at most 100"],
    );
    fails_and_keeps_output(
        |s| {
            let deep = "[".repeat(100_000);
            s.article(
                "deep",
                &format!("title: Deep\ndate: 2026-01-01\nx: {deep}"),
                "x",
            )
        },
        &["content/deep.md:4:132", "nested more than 128"],
    );
}

#[test]
fn unknown_site_toml_key_is_named() {
    fails_and_keeps_output(
        |s| s.write("site.toml", "title = \"Test\"\npaginat_by = 5\n"),
        &["site.toml:2:", "paginat_by"],
    );
}

#[test]
fn duplicate_slugs_name_both_files() {
    fails_and_keeps_output(
        |s| {
            s.article("one", "title: One\ndate: 2026-01-01\nslug: same", "x");
            s.article("two", "title: Two\ndate: 2026-01-02\nslug: same", "x");
        },
        &["content/one.md", "content/two.md", "`same`"],
    );
}

#[test]
fn template_syntax_error_names_template_and_line() {
    fails_and_keeps_output(
        |s| {
            s.write(
                "templates/article.html",
                "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
            )
        },
        &[
            "templates/article.html:4:1: template error",
            "{% endblock main %}",
        ],
    );
}

#[test]
fn slug_leaving_the_output_folder_is_refused() {
    fails_and_keeps_output(
        |s| s.article("evil", "title: Evil\ndate: 2026-01-01\nslug: ../x", "x"),
        &["content/evil.md", "../x"],
    );
}

#[test]
fn non_utf8_file_names_file_and_line() {
    fails_and_keeps_output(
        |s| {
            s.write_bytes(
                "content/latin1.md",
                b"---\ntitle: Caf\xe9\ndate: 2026-01-01\n---\nx\n",
            )
        },
        &["content/latin1.md:2:", "not UTF-8"],
    );
}

#[test]
fn every_bad_file_is_reported_at_once() {
    fails_and_keeps_output(
        |s| {
            s.article("bad1", "date: 2026-01-01", "x");
            s.article("bad2", "title: T\ndate: nope", "x");
        },
        &[
            "content/bad1.md",
            "content/bad2.md",
            "2 files have problems",
        ],
    );
}

#[test]
fn missing_site_toml_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    common::digest()
        .args(["build", "--root"])
        .arg(dir.path())
        .assert()
        .failure()
        .code(1)
        .stderr(
            predicate::str::contains("no site.toml").and(predicate::str::contains("digest new")),
        );
}

#[test]
fn output_folder_that_would_swallow_the_site_is_refused() {
    let site = good_site();
    site.build(&["--output", site.root().join("content").to_str().unwrap()])
        .failure()
        .stderr(predicate::str::contains("refusing"));
    site.build(&["--output", site.root().to_str().unwrap()])
        .failure()
        .stderr(predicate::str::contains("refusing"));
    assert!(site.root().join("content/good.md").is_file());
}
