//! The search index on built sites: which files are written, what the word lists and posting
//! lists say, and that `[search] enabled = false` leaves every trace of search out.

mod common;

use std::collections::BTreeSet;

use common::{TestSite, check_links};
use serde_json::Value;

const SITE: &str = "title = \"Uji Cari\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\n";

/// Articles whose words share stems: "pertahanan", "ketahanan" and "bertahan" → "tahan".
fn sample(site_toml: &str) -> TestSite {
    let site = TestSite::new(site_toml);
    site.article(
        "aliansi",
        "title: Jepang perkuat aliansi pertahanan\ndate: 2026-01-10\ntags: [Jepang]",
        "Menteri luar negeri bertemu di Tokyo untuk membahas kerja sama militer.",
    );
    site.article(
        "pangan",
        "title: Ketahanan pangan diuji kemarau\ndate: 2026-01-09\ntags: [Pangan]",
        "Petani di Jawa bertahan menghadapi kemarau panjang.",
    );
    site.article(
        "anggaran",
        "title: Anggaran negara disahkan\ndate: 2026-01-12\ntags: [Ekonomi]",
        "DPR menyetujui anggaran, termasuk belanja pertahanan yang naik.",
    );
    site.article(
        "beras",
        "title: Harga beras naik\ndate: 2026-01-08\ntags: [Ekonomi]",
        "Harga beras di pasar naik sepuluh persen.",
    );
    site.article(
        "defence",
        "title: Defence ministers meet\ndate: 2026-01-07\nlang: en\ntags: [Jepang]",
        "The ministers discussed defences and running costs.",
    );
    site
}

fn json(site: &TestSite, rel: &str) -> Value {
    serde_json::from_str(&site.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Decodes a posting or document list the way `search.js` does: 5-bit groups (32 = more
/// follows), gaps from the previous document, each optionally followed by a weight character.
fn decode(s: &str, weights: bool) -> Vec<(u32, u8)> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let value = |c: char| ALPHABET.find(c).unwrap_or_else(|| panic!("bad char {c}")) as u32;
    let mut out = Vec::new();
    let mut chars = s.chars();
    let (mut doc, mut acc) = (-1i64, 0u32);
    while let Some(c) = chars.next() {
        let v = value(c);
        acc = acc * 32 + (v & 31);
        if v < 32 {
            doc += i64::from(acc) + 1;
            acc = 0;
            let w = if weights {
                value(chars.next().expect("weight")) as u8
            } else {
                0
            };
            out.push((doc as u32, w));
        }
    }
    out
}

/// The URL of document `n`, from its block of 16 in `search/d/<n / 16>.json`.
fn doc_url(site: &TestSite, n: u32) -> String {
    let block = json(site, &format!("search/d/{}.json", n / 16));
    block[(n % 16) as usize]["u"]
        .as_str()
        .expect("u")
        .to_string()
}

/// (stem, posting file) entries a word list gives for `word`.
fn stems_of(site: &TestSite, shard: &str, word: &str) -> Vec<(String, u64)> {
    let list = json(site, &format!("search/w/{shard}.json"));
    list["w"][word]
        .as_array()
        .unwrap_or_else(|| panic!("{word} missing from w/{shard}.json: {list}"))
        .iter()
        .map(|i| {
            let entry = &list["s"][i.as_u64().expect("index") as usize];
            (
                entry[0].as_str().expect("stem").to_string(),
                entry[1].as_u64().expect("file"),
            )
        })
        .collect()
}

/// The posting list of `stem` as (URL, weight).
fn postings(site: &TestSite, stem: &str, file: u64) -> (Vec<String>, Vec<(String, u8)>) {
    let p = json(site, &format!("search/p/{file}.json"));
    let entry = &p[stem];
    let forms = entry["f"]
        .as_array()
        .unwrap_or_else(|| panic!("{stem} missing from p/{file}.json"))
        .iter()
        .map(|f| f.as_str().unwrap_or("").to_string())
        .collect();
    let docs = decode(entry["p"].as_str().expect("p"), true)
        .into_iter()
        .map(|(d, w)| (doc_url(site, d), w))
        .collect();
    (forms, docs)
}

#[test]
fn inflected_words_share_a_stem_in_the_index() {
    let site = sample(SITE);
    site.build(&[]).success();
    assert_eq!(stems_of(&site, "per", "pertahanan")[0].0, "tahan");
    assert_eq!(stems_of(&site, "ket", "ketahanan")[0].0, "tahan");
    assert_eq!(stems_of(&site, "ber", "bertahan")[0].0, "tahan");
    // The stem itself is a key too, so typing "tahan" finds all of them.
    let (stem, file) = stems_of(&site, "tah", "tahan")[0].clone();
    assert_eq!(stem, "tahan");
    let (forms, docs) = postings(&site, &stem, file);
    assert_eq!(forms, ["bertahan", "ketahanan", "pertahanan"]);
    let urls: BTreeSet<&str> = docs.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        urls,
        BTreeSet::from([
            "/articles/aliansi/",
            "/articles/anggaran/",
            "/articles/pangan/"
        ])
    );
    // Newest first: document numbers follow the site's order.
    assert_eq!(docs[0].0, "/articles/anggaran/");
    // Weights: 32 = in the title, low bits = body count.
    let weight = |url: &str| docs.iter().find(|(u, _)| u == url).map(|(_, w)| *w);
    assert_eq!(weight("/articles/aliansi/"), Some(32));
    assert_eq!(weight("/articles/pangan/"), Some(32 + 1));
    assert_eq!(weight("/articles/anggaran/"), Some(1));
}

#[test]
fn english_pages_use_the_english_stemmer_and_tags_are_weighted() {
    let site = sample(SITE);
    site.build(&[]).success();
    let (stem, file) = stems_of(&site, "def", "defences")[0].clone();
    assert_eq!(stems_of(&site, "def", "defence")[0].0, stem);
    let (forms, _) = postings(&site, &stem, file);
    assert_eq!(forms, ["defence", "defences"]);
    // "Jepang" is a tag of two articles and in one title: 16 = tag, 32 = title.
    let (stem, file) = stems_of(&site, "jep", "jepang")[0].clone();
    let (_, docs) = postings(&site, &stem, file);
    assert_eq!(
        docs,
        [
            ("/articles/aliansi/".to_string(), 32 + 16),
            ("/articles/defence/".to_string(), 16)
        ]
    );
    // Tag lists for filtering.
    let ekonomi = json(&site, "search/t/ekonomi.json");
    let urls: Vec<String> = decode(ekonomi.as_str().expect("string"), false)
        .into_iter()
        .map(|(d, _)| doc_url(&site, d))
        .collect();
    assert_eq!(urls, ["/articles/anggaran/", "/articles/beras/"]);
}

#[test]
fn search_page_box_and_script_are_written_and_links_resolve() {
    let site = sample(SITE);
    site.build(&[]).success();
    let page = site.read("search/index.html");
    assert!(page.contains("id=\"search-q\""), "{page}");
    assert!(page.contains("aria-live=\"polite\""), "{page}");
    assert!(page.contains("data-index=\"/search/\""), "{page}");
    assert!(
        page.contains("<option value=\"ekonomi\">Ekonomi (2)</option>"),
        "{page}"
    );
    // Without JavaScript the page says so and offers the tags index.
    let noscript = &page[page.find("<noscript>").expect("noscript")..];
    assert!(noscript.contains("JavaScript"), "{noscript}");
    assert!(noscript.contains("href=\"/tags/\""), "{noscript}");
    let script = common::attr_values(&page, "src")
        .into_iter()
        .find(|s| s.starts_with("/search.js?v="))
        .expect("search.js with a version");
    assert!(site.exists("search.js"), "{script}");
    // The plain GET form on every other page leads to the search page.
    for rel in [
        "index.html",
        "articles/aliansi/index.html",
        "tags/index.html",
        "404.html",
    ] {
        let html = site.read(rel);
        assert!(
            html.contains("<form class=\"site-search\" role=\"search\" action=\"/search/\">"),
            "{rel}"
        );
        assert!(html.contains("name=\"q\""), "{rel}");
    }
    // The documents in blocks of 16, each with the page its snippet is read from, and no
    // second copy of the article's text.
    let docs = json(&site, "search/d/0.json");
    assert_eq!(docs.as_array().map(Vec::len), Some(5), "{docs}");
    assert!(!site.exists("search/d/1.json"));
    assert_eq!(docs[4]["u"], "/articles/defence/");
    assert!(!site.read("search/d/0.json").contains("running costs"));
    assert!(
        site.read("articles/defence/index.html")
            .contains("The ministers discussed defences and running costs.")
    );
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn index_lives_under_the_base_path() {
    let site = sample(SITE);
    site.build(&["--base-url", "https://example.org/digest/"])
        .success();
    let page = site.read("search/index.html");
    assert!(page.contains("data-index=\"/digest/search/\""), "{page}");
    assert!(page.contains("action=\"/digest/search/\""), "{page}");
    assert!(page.contains("src=\"/digest/search.js?v="), "{page}");
    let home = site.read("index.html");
    assert!(home.contains("action=\"/digest/search/\""));
    assert!(doc_url(&site, 0).starts_with("/digest/articles/"));
    check_links(&site.public(), "https://example.org/digest/");
}

#[test]
fn disabled_search_leaves_no_index_no_box_and_no_page() {
    let site = sample(&format!("{SITE}\n[search]\nenabled = false\n"));
    site.build(&[]).success();
    assert!(!site.public().join("search").exists());
    assert!(!site.exists("search.js"));
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(entry.path()).unwrap();
            assert!(
                !html.contains("role=\"search\""),
                "{}",
                entry.path().display()
            );
        }
    }
    check_links(&site.public(), "https://example.org/");
}

#[test]
fn rebuilding_an_unchanged_site_keeps_the_index_files() {
    let site = sample(SITE);
    site.build(&[]).success();
    let before = common::snapshot(&site.public().join("search"));
    site.build(&[]).success();
    let after = common::snapshot(&site.public().join("search"));
    assert_eq!(before, after, "index bytes or modification times changed");
}

#[test]
fn drafts_are_not_indexed_and_an_empty_site_still_has_a_search_page() {
    let site = TestSite::new(SITE);
    site.build(&[]).success();
    assert!(site.exists("search/index.html"));
    assert!(!site.public().join("search/w").exists());
    check_links(&site.public(), "https://example.org/");

    site.article(
        "rahasia",
        "title: Rencana rahasia\ndate: 2026-01-01\ndraft: true",
        "Draf tentang kapal selam.",
    );
    site.article(
        "terbit",
        "title: Terbit\ndate: 2026-01-02",
        "Kapal feri berlayar.",
    );
    site.build(&[]).success();
    assert!(
        !site.exists("search/w/sel.json"),
        "a draft's words were indexed"
    );
    assert_eq!(
        json(&site, "search/d/0.json").as_array().map(Vec::len),
        Some(1)
    );
    let (stem, file) = stems_of(&site, "kap", "kapal")[0].clone();
    let (_, docs) = postings(&site, &stem, file);
    assert_eq!(docs, [("/articles/terbit/".to_string(), 1)]);
}
