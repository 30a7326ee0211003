//! A code block wider than a phone screen, in a real headless Chromium at 400 px: a keyboard
//! user reaches it with Tab and scrolls it with the arrow keys (axe's
//! `scrollable-region-focusable`).
//!
//! Chromium (since 130) lets Tab reach any scrolling box by itself; axe, and browsers that do
//! not, need `tabindex="0"` on the `<pre>`. So the attribute in the built HTML is what fails
//! without the fix, and the browser shows that with it the block is reached and scrolled.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`); without it this test fails and
//! says so.

mod browser;
mod common;

use std::time::Duration;

use browser::Browser;
use browser::http::Server;
use common::TestSite;
use serde_json::json;

const WAIT: Duration = Duration::from_secs(15);

/// A site with one article holding a code block too wide for a phone, fenced with a language
/// and indented without, opened in Chromium as a phone `width` pixels wide.
fn wide_code_on_a_phone(width: u32) -> (TestSite, Server, Browser) {
    let site = TestSite::new("title = \"Kode\"\nbase_url = \"https://example.org/\"\n");
    let long_line = "let summary = ".to_string() + &"\"kata\", ".repeat(60) + ";";
    site.article(
        "kode",
        "title: Kode\ndate: 2026-01-10",
        &format!("Contoh:\n\n```rust\n{long_line}\n```\n\nDan tanpa bahasa:\n\n    {long_line}\n"),
    );
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();
    b.phone(width, 800);
    b.navigate(&format!("{}/articles/kode/", server.origin()));
    b.wait_for(
        "document.readyState === 'complete'",
        WAIT,
        "the article loads",
    );
    (site, server, b)
}

#[test]
fn a_wide_code_block_is_reached_with_tab_and_scrolled_with_arrow_keys() {
    let (site, _server, mut b) = wide_code_on_a_phone(400);
    let html = site.read("articles/kode/index.html");
    assert_eq!(
        html.matches("<pre class=\"code\" tabindex=\"0\"").count(),
        2,
        "{html}"
    );
    let wide = b.eval("(() => { const p = document.querySelector('pre'); return p.scrollWidth > p.clientWidth; })()");
    assert_eq!(
        wide,
        json!(true),
        "the code block does not scroll at 400 px"
    );

    let mut reached = false;
    for _ in 0..60 {
        b.press("Tab", 9);
        if b.eval("document.activeElement === document.querySelector('pre')") == json!(true) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reaches the code block");
    for _ in 0..5 {
        b.press("ArrowRight", 39);
    }
    b.wait_for(
        "document.querySelector('pre').scrollLeft > 0",
        WAIT,
        "the arrow keys scroll the focused code block",
    );
}

/// Issue 11: on phones a code block runs edge to edge (its negative margins), but the rule
/// that keeps wide blocks inside the column capped its width, so it sat a margin to the left
/// with a gap on the right.
#[test]
fn a_code_block_on_a_phone_sits_centred_edge_to_edge() {
    let (_site, _server, mut b) = wide_code_on_a_phone(375);
    let gaps = b.eval(
        "(() => { const r = document.querySelector('pre').getBoundingClientRect(); \
           return [Math.round(r.left), Math.round(document.documentElement.clientWidth - r.right)]; })()",
    );
    assert_eq!(
        gaps,
        json!([0, 0]),
        "the code block's gaps to the screen's left and right edges"
    );
}
