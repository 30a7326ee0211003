//! Search in a real headless Chromium: the built site served over HTTP on 127.0.0.1, a query
//! typed into the box, results checked as a reader sees them, a result followed.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`); without it these tests fail
//! and say so.

mod browser;
mod common;

use std::time::Duration;

use browser::Browser;
use browser::http::Server;
use common::TestSite;
use serde_json::json;

const SITE: &str = "title = \"Uji Cari\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\n";
const WAIT: Duration = Duration::from_secs(15);

fn sample() -> TestSite {
    let site = TestSite::new(SITE);
    site.article(
        "aliansi",
        "title: Jepang perkuat aliansi pertahanan\ndate: 2026-01-10\ntags: [Jepang]",
        "Menteri luar negeri bertemu di Tokyo untuk membahas kerja sama militer.",
    );
    site.article(
        "pangan",
        "title: Ketahanan pangan diuji kemarau\ndate: 2026-01-09\ntags: [Pangan]",
        "Petani di Jawa bertahan menghadapi kemarau panjang, dan harga gabah turun.",
    );
    // The newest, but "pertahanan" is only in its body: it must rank after the title matches.
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
    // Content is data: markup in a title must show as text in the results.
    site.article(
        "banjir",
        "title: \"Banjir <b>bandang</b> & <img src=x onerror=alert(1)>\"\ndate: 2026-01-05\ntags: [Bencana]",
        "Banjir bandang melanda desa di lereng gunung.",
    );
    site
}

/// True for a request for the search index (not the page or the script).
fn is_index(url: &str) -> bool {
    ["/search/w/", "/search/p/", "/search/d/", "/search/t/"]
        .iter()
        .any(|p| url.contains(p))
}

fn texts(b: &mut Browser, selector: &str) -> Vec<String> {
    let sel = serde_json::to_string(selector).unwrap();
    let v = b.eval(&format!(
        "[...document.querySelectorAll({sel})].map(e => e.textContent)"
    ));
    serde_json::from_value(v).unwrap()
}

#[test]
fn typed_query_finds_inflected_forms_ranks_titles_first_marks_words_and_opens_the_article() {
    let site = sample();
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();

    b.navigate(&format!("{}/search/", server.origin()));
    b.idle(Duration::from_millis(300));
    let before = b.requests();
    assert!(
        before.iter().any(|r| r.url.contains("/search.js?v=")),
        "the search page loads its script: {before:?}"
    );
    assert!(
        !before.iter().any(|r| is_index(&r.url)),
        "index fetched before the reader typed: {before:?}"
    );

    // Type into the box, as a keyboard would.
    b.eval("document.getElementById('search-q').focus()");
    b.type_text("pertahan");
    b.wait_for(
        "document.getElementById('search-status').textContent === '3 hasil'",
        WAIT,
        "3 results for “pertahan”",
    );
    let titles = texts(&mut b, "#search-results .card-title");
    assert_eq!(titles.len(), 3, "{titles:?}");
    // Title matches first (any order between them), then the newer body-only match.
    let mut first_two = titles[..2].to_vec();
    first_two.sort();
    assert_eq!(
        first_two,
        [
            "Jepang perkuat aliansi pertahanan",
            "Ketahanan pangan diuji kemarau"
        ]
    );
    assert_eq!(titles[2], "Anggaran negara disahkan");
    let marks: Vec<String> = texts(&mut b, "#search-results mark")
        .into_iter()
        .map(|m| m.to_lowercase())
        .collect();
    for word in ["pertahanan", "ketahanan", "bertahan"] {
        assert!(
            marks.contains(&word.to_string()),
            "{word} not marked: {marks:?}"
        );
    }
    let snippets = texts(&mut b, "#search-results .snippet");
    assert!(
        snippets
            .iter()
            .any(|s| s.contains("belanja pertahanan yang naik")),
        "{snippets:?}"
    );
    // Each result shows its date and tags.
    assert_eq!(texts(&mut b, "#search-results time").len(), 3);
    assert!(texts(&mut b, "#search-results .tag-list a").contains(&"Ekonomi".to_string()));
    // The address names the query, so it can be shared.
    assert_eq!(b.eval("location.search"), json!("?q=pertahan"));
    let fetched = b.requests();
    assert!(
        fetched.iter().any(|r| r.url.contains("/search/w/per.json")),
        "{fetched:?}"
    );

    // Keyboard: arrow down from the box reaches the first result.
    b.press("ArrowDown", 40);
    assert_eq!(
        b.eval(
            "document.activeElement === document.querySelector('#search-results .card-title a')"
        ),
        json!(true)
    );

    // A second query replaces the first; markup in a title stays text.
    b.eval("document.getElementById('search-q').select()");
    b.type_text("banjir");
    b.wait_for(
        "document.getElementById('search-status').textContent === '1 hasil'",
        WAIT,
        "1 result for “banjir”",
    );
    assert_eq!(
        texts(&mut b, "#search-results .card-title"),
        ["Banjir <b>bandang</b> & <img src=x onerror=alert(1)>"]
    );
    assert_eq!(
        b.eval("document.querySelectorAll('#search-results img, #search-results b').length"),
        json!(0)
    );

    // Follow a result with a real click.
    b.eval("document.getElementById('search-q').select()");
    b.type_text("aliansi");
    // The status of the previous query also read "1 hasil": wait for this query's result.
    b.wait_for(
        "document.getElementById('search-status').textContent === '1 hasil' && \
         document.querySelector('#search-results .card-title').textContent.startsWith('Jepang')",
        WAIT,
        "1 result for “aliansi”",
    );
    b.click("#search-results .card-title a");
    b.wait_for(
        "location.pathname === '/articles/aliansi/' && document.readyState === 'complete'",
        WAIT,
        "the article page",
    );
    assert_eq!(texts(&mut b, "h1"), ["Jepang perkuat aliansi pertahanan"]);
}

#[test]
fn a_word_deep_in_a_long_article_is_found_and_shown_in_its_snippet() {
    let site = sample();
    // About 30,000 characters of other words first: the snippet must come from the end.
    let filler = "Rapat dewan membahas anggaran daerah tahun depan. ".repeat(600);
    site.article(
        "panjang",
        "title: Laporan panjang\ndate: 2026-01-03\ntags: [Ekonomi]",
        &format!("{filler}\n\nDi akhir laporan, kapal selam nuklir tiba di pelabuhan."),
    );
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();
    b.navigate(&format!("{}/search/?q=nuklir", server.origin()));
    b.wait_for(
        "document.getElementById('search-status').textContent === '1 hasil' && \
         document.querySelector('#search-results .snippet mark') !== null",
        WAIT,
        "1 result for “nuklir” with a marked snippet",
    );
    assert_eq!(
        texts(&mut b, "#search-results .card-title"),
        ["Laporan panjang"]
    );
    let snippet = texts(&mut b, "#search-results .snippet").join("");
    assert!(snippet.contains("kapal selam nuklir tiba"), "{snippet}");
    assert_eq!(texts(&mut b, "#search-results .snippet mark"), ["nuklir"]);
}

#[test]
fn tag_filter_from_the_address_narrows_results() {
    let site = sample();
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();

    b.navigate(&format!("{}/search/?q=harga", server.origin()));
    b.wait_for(
        "document.getElementById('search-status').textContent === '2 hasil'",
        WAIT,
        "2 results for “harga”",
    );
    b.navigate(&format!("{}/search/?q=harga&tag=ekonomi", server.origin()));
    b.wait_for(
        "document.getElementById('search-status').textContent === '1 hasil'",
        WAIT,
        "1 result for “harga” tagged Ekonomi",
    );
    assert_eq!(
        texts(&mut b, "#search-results .card-title"),
        ["Harga beras naik"]
    );
    assert_eq!(
        b.eval("document.getElementById('search-tag').value"),
        json!("ekonomi")
    );
    // A tag alone lists its articles, newest first.
    b.navigate(&format!("{}/search/?tag=ekonomi", server.origin()));
    b.wait_for(
        "document.getElementById('search-status').textContent === '2 hasil'",
        WAIT,
        "the 2 articles tagged Ekonomi",
    );
    assert_eq!(
        texts(&mut b, "#search-results .card-title"),
        ["Anggaran negara disahkan", "Harga beras naik"]
    );
}

#[test]
fn search_box_on_a_page_under_a_sub_path_leads_to_results_there() {
    let site = sample();
    let server = Server::start();
    let base = format!("{}/digest/", server.origin());
    site.build(&["--base-url", &base]).success();
    server.serve(&site.public(), "/digest/");
    let mut b = Browser::start();

    // The box in the masthead of the front page is a plain form: Enter submits it.
    b.navigate(&base);
    b.idle(Duration::from_millis(300));
    let front = b.requests();
    assert!(
        !front.iter().any(|r| r.url.contains("/search")),
        "the front page fetched search files: {front:?}"
    );
    b.eval("document.getElementById('site-search-q').focus()");
    b.type_text("ketahanan");
    b.call(
        "Input.dispatchKeyEvent",
        json!({"type": "keyDown", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}),
    );
    b.call(
        "Input.dispatchKeyEvent",
        json!({"type": "keyUp", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}),
    );
    b.wait_for(
        "location.pathname === '/digest/search/' && document.getElementById('search-status').textContent === '3 hasil'",
        WAIT,
        "3 results for “ketahanan” on /digest/search/",
    );
    assert_eq!(
        b.eval("document.getElementById('search-q').value"),
        json!("ketahanan")
    );
    let requests = b.requests();
    let index: Vec<&browser::Request> = requests.iter().filter(|r| is_index(&r.url)).collect();
    assert!(!index.is_empty());
    for r in &index {
        assert!(r.url.starts_with(&format!("{base}search/")), "{}", r.url);
        assert_eq!(r.status, Some(200), "{}", r.url);
    }
    let hrefs = b.eval("[...document.querySelectorAll('#search-results .card-title a')].map(a => a.getAttribute('href'))");
    for h in hrefs.as_array().unwrap() {
        assert!(h.as_str().unwrap().starts_with("/digest/articles/"), "{h}");
    }
    b.click("#search-results .card-title a");
    b.wait_for(
        "location.pathname.startsWith('/digest/articles/') && document.readyState === 'complete' && document.querySelector('h1') !== null",
        WAIT,
        "an article under /digest/",
    );
    let h1 = texts(&mut b, "h1");
    assert!(
        h1[0].to_lowercase().contains("tahan"),
        "followed the result to {h1:?}"
    );
    drop(b);
    // Every file the browser asked for existed.
    let missing: Vec<_> = server
        .hits()
        .into_iter()
        .filter(|h| h.status != 200)
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

/// Not a test: measures what queries download on a built site, for `bench/search-bytes.sh`.
/// `SEARCH_BENCH_SITE` is the built site (served at `/`), `SEARCH_BENCH_QUERIES` the queries
/// separated by `;`, typed one after the other on one page; `SEARCH_BENCH_TYPING_MS` > 0 types
/// each character separately with that pause (otherwise each query arrives at once). Prints one
/// `BYTES query url wire_bytes` line per request.
#[test]
#[ignore]
fn measure_query_downloads() {
    let Some(dir) = std::env::var_os("SEARCH_BENCH_SITE") else {
        panic!("set SEARCH_BENCH_SITE to a built site (see bench/search-bytes.sh)");
    };
    let queries = std::env::var("SEARCH_BENCH_QUERIES").unwrap_or_else(|_| "pemerintah".into());
    let pause: u64 = std::env::var("SEARCH_BENCH_TYPING_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let server = Server::start();
    server.serve(std::path::Path::new(&dir), "/");
    let mut b = Browser::start();
    b.navigate(&format!("{}/search/", server.origin()));
    b.idle(Duration::from_millis(500));
    for r in b.settled_requests(WAIT) {
        println!("BYTES (page load)\t{}\t{}", r.url, r.bytes.unwrap_or(0));
        assert!(!is_index(&r.url), "index fetched before typing: {}", r.url);
    }
    b.eval("document.getElementById('search-q').focus()");
    for query in queries.split(';').filter(|q| !q.trim().is_empty()) {
        b.clear_requests();
        b.eval("document.getElementById('search-q').select(); document.getElementById('search-status').textContent = ''");
        if pause == 0 {
            b.type_text(query);
        } else {
            for c in query.chars() {
                b.type_text(&c.to_string());
                b.idle(Duration::from_millis(pause));
            }
        }
        let loading = b.eval("document.getElementById('search').dataset.tLoading");
        b.wait_for(
            &format!(
                "(s => s !== '' && s !== {loading})(document.getElementById('search-status').textContent)"
            ),
            Duration::from_secs(60),
            "the results",
        );
        b.idle(Duration::from_millis(300));
        let status = b.eval("document.getElementById('search-status').textContent");
        let status = status.as_str().unwrap_or("");
        let shown = b.eval("document.querySelectorAll('#search-results > li').length");
        println!("RESULTS {query}\t{status}\t{shown} shown");
        for r in b.settled_requests(WAIT) {
            println!("BYTES {query}\t{}\t{}", r.url, r.bytes.unwrap_or(0));
        }
    }
}

/// Issue 5's check for GitHub Pages project sites: the repository's own seed digest, built for
/// `https://example.github.io/digest/`, served under `/digest/` by a plain static server:
/// every link, asset and feed link resolves, and a search finds the seeds and leads to them.
#[test]
fn the_seed_digest_works_under_a_project_site_sub_path() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let server = Server::start();
    let base = format!("{}/digest/", server.origin());
    common::digest()
        .args(["build", "--root", env!("CARGO_MANIFEST_DIR"), "--output"])
        .arg(&public)
        .args(["--base-url", &base])
        .assert()
        .success();
    assert!(common::check_links(&public, &base) > 50);
    let atom = std::fs::read_to_string(public.join("atom.xml")).unwrap();
    for href in common::attr_values(&atom, "href") {
        assert!(
            href.starts_with(&base),
            "feed link {href} is not under {base}"
        );
        let inside = &href[base.len()..];
        let file = if inside.is_empty() || inside.ends_with('/') {
            public.join(inside).join("index.html")
        } else {
            public.join(inside)
        };
        assert!(file.is_file(), "feed link {href} does not resolve");
    }
    server.serve(&public, "/digest/");
    let mut b = Browser::start();
    b.navigate(&format!("{base}search/"));
    b.wait_for(
        "document.getElementById('search-q')",
        WAIT,
        "the search box",
    );
    b.eval("document.getElementById('search-q').focus()");
    b.type_text("pertahanan");
    b.wait_for(
        "document.querySelectorAll('#search-results .card-title a').length === 2",
        WAIT,
        "both seed articles for “pertahanan”",
    );
    for r in b.requests().iter().filter(|r| is_index(&r.url)) {
        assert!(r.url.starts_with(&format!("{base}search/")), "{}", r.url);
        assert_eq!(r.status, Some(200), "{}", r.url);
    }
    b.click("#search-results .card-title a");
    b.wait_for(
        "location.pathname.startsWith('/digest/articles/') && document.readyState === 'complete' && !!document.querySelector('article h1')",
        WAIT,
        "a seed article under /digest/",
    );
}

/// Issue 11: on a phone the results arrived and pushed the footer (on screen below the empty
/// list) down — a layout shift of 0.14 that cost the search page its performance score.
#[test]
fn results_arriving_on_a_phone_shift_nothing_on_screen() {
    let site = sample();
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();
    b.phone(412, 823);
    // A phone's network: the page is painted before the index arrives, as readers see it.
    b.call("Network.enable", json!({}));
    b.call(
        "Network.emulateNetworkConditions",
        json!({"offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 100_000}),
    );
    b.navigate(&format!("{}/search/?q=pertahanan", server.origin()));
    b.wait_for(
        "document.getElementById('search-status').textContent === '3 hasil'",
        WAIT,
        "3 results for “pertahanan”",
    );
    b.idle(Duration::from_millis(300));
    // Every layout shift since the page began (buffered), as Lighthouse's CLS counts them.
    let shift = b.eval(
        "new Promise(done => { let sum = 0; \
           new PerformanceObserver(list => { for (const e of list.getEntries()) \
             if (!e.hadRecentInput) sum += e.value; }).observe({type: 'layout-shift', buffered: true}); \
           setTimeout(() => done(sum), 300); })",
    );
    let shift = shift.as_f64().unwrap();
    assert!(
        shift < 0.01,
        "results must not move what is on screen: cumulative layout shift {shift}"
    );
}
