//! Taking over the theme: `digest theme eject` and the interface words of `[strings]`.

mod common;

use std::path::Path;

use common::{TestSite, digest, snapshot};
use predicates::prelude::*;

const SITE: &str = "title = \"Kabar\"\nlanguage = \"id\"\n";

fn site() -> TestSite {
    let site = TestSite::new(SITE);
    site.article(
        "satu",
        "title: Satu\ndate: 2026-01-15\ntags: [Ekonomi]",
        "Isi artikel.",
    );
    site
}

fn eject(site: &TestSite, names: &[&str]) -> assert_cmd::assert::Assert {
    digest()
        .args(["theme", "eject", "--root"])
        .arg(site.root())
        .args(names)
        .assert()
}

fn templates_dir(site: &TestSite) -> std::path::PathBuf {
    site.root().join("themes/default/templates")
}

/// Every file under `dir` with its bytes, relative to `dir`.
fn files(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .map(|(path, (bytes, _))| (path, bytes))
        .collect()
}

#[test]
fn eject_writes_every_built_in_template_and_the_site_builds_the_same() {
    let site = site();
    site.build(&[]).success();
    let before = files(&site.public());

    eject(&site, &[])
        .success()
        .stdout(predicate::str::contains(format!(
            "Ejected {} template(s) into",
            digest::theme::builtin_templates().len()
        )))
        .stdout(predicate::str::contains("themes/default/templates"));
    for (name, text) in digest::theme::builtin_templates() {
        let written = std::fs::read_to_string(templates_dir(&site).join(name)).unwrap();
        assert_eq!(&written, text, "{name}");
    }
    site.build(&[]).success();
    assert_eq!(
        files(&site.public()),
        before,
        "ejecting alone changed the site"
    );
}

#[test]
fn an_edited_ejected_template_replaces_the_built_in_one() {
    let site = site();
    eject(&site, &["article"])
        .success()
        .stdout(predicate::str::contains("wrote "))
        .stdout(predicate::str::contains("article.html"));
    let path = templates_dir(&site).join("article.html");
    // A whole new template (rather than an edit of a block) keeps this test independent of
    // how the default theme is laid out.
    std::fs::write(
        &path,
        "<!doctype html><title>{{ page.title }}</title><p class=\"ejected-marker\">{{ page.title }}</p>",
    )
    .unwrap();
    site.build(&[]).success();
    assert!(
        site.read("articles/satu/index.html")
            .contains("ejected-marker")
    );
    assert!(!site.read("index.html").contains("ejected-marker"));
}

#[test]
fn eject_writes_only_the_named_templates_with_or_without_html_and_partials() {
    let site = site();
    eject(&site, &["article", "card", "base.html"]).success();
    let written: Vec<_> = files(&templates_dir(&site))
        .into_iter()
        .map(|(p, _)| p.to_string_lossy().replace('\\', "/"))
        .collect();
    assert_eq!(
        written,
        ["article.html", "base.html", "partials/card.html"],
        "{written:?}"
    );
}

#[test]
fn eject_never_overwrites_and_writes_nothing_when_one_file_exists() {
    let site = site();
    site.write("themes/default/templates/index.html", "my own index");
    eject(&site, &[])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("index.html already exists"))
        .stderr(predicate::str::contains("nothing was written"));
    let left = files(&templates_dir(&site));
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].1, b"my own index");
}

#[test]
fn an_unknown_template_is_an_error_that_lists_the_built_in_ones() {
    let site = site();
    eject(&site, &["article", "artikel"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("no built-in template `artikel`"))
        .stderr(predicate::str::contains(
            "base.html, index.html, article.html",
        ))
        .stderr(predicate::str::contains("partials/pagination.html"));
    assert!(!site.root().join("themes").exists());
}

#[test]
fn eject_goes_to_the_theme_site_toml_names_and_needs_a_site() {
    let site = TestSite::new("title = \"Kabar\"\ntheme = \"koran\"\n");
    eject(&site, &["404"]).success();
    assert!(
        site.root()
            .join("themes/koran/templates/404.html")
            .is_file()
    );

    let empty = tempfile::tempdir().unwrap();
    digest()
        .args(["theme", "eject", "--root"])
        .arg(empty.path())
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("no site.toml"));
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
}

#[test]
fn eject_help_names_every_built_in_template() {
    let out = digest()
        .args(["theme", "eject", "--help"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
    for (name, _) in digest::theme::builtin_templates() {
        assert!(help.contains(name), "{name} missing from: {help}");
    }
}

#[test]
fn strings_in_site_toml_replace_the_interface_words() {
    let site = TestSite::new(&format!(
        "{SITE}\n[strings]\nlatest = \"Kabar <terkini>\"\nsearch = \"Telusuri\"\n"
    ));
    site.article("satu", "title: Satu\ndate: 2026-01-15", "Isi.");
    site.build(&[]).success();
    let index = site.read("index.html");
    assert!(index.contains("Kabar &lt;terkini&gt;"), "{index}");
    assert!(index.contains(">Telusuri</button>"), "{index}");
    assert!(!index.contains("Terbaru"));
    // Words not overridden keep the site's language.
    assert!(index.contains("Arsip"));
}

#[test]
fn an_unknown_word_in_strings_is_an_error_at_its_line() {
    let site = TestSite::new(&format!(
        "{SITE}\n[strings]\nlatest = \"Kabar\"\nlates = \"x\"\n"
    ));
    site.article("satu", "title: Satu\ndate: 2026-01-15", "Isi.");
    site.build(&[])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("site.toml:6:1:"))
        .stderr(predicate::str::contains(
            "`lates` in [strings] is not an interface word",
        ))
        .stderr(predicate::str::contains("latest"));
    assert!(!site.public().exists());
}
