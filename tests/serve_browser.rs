//! `digest serve --watch` in a real headless Chromium: the open page follows the files on disk
//! with no action from the test.

mod browser;
mod common;
#[path = "common/server.rs"]
mod server;

use std::time::Duration;

use browser::Browser;
use common::TestSite;
use server::Server;

const WAIT: Duration = Duration::from_secs(20);
const FRONT: &str = "title: Live story\ndate: 2025-01-01\ntags: [Tokyo]";

#[test]
fn the_open_page_reloads_swaps_css_and_shows_errors_by_itself() {
    let site = TestSite::new(
        "title = \"Live\"\nbase_url = \"https://user.github.io/digest/\"\nlanguage = \"en\"\n",
    );
    site.article("live", FRONT, "The first version of the text.");
    site.write(
        "static/extra.css",
        "body { background-color: rgb(255, 255, 255); }",
    );
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block head %}<link rel=\"stylesheet\" href=\"{{ site.base_path }}extra.css\">{% endblock head %}{% block main %}<article><h1>{{ page.title }}</h1>{{ page.content | safe }}</article>{% endblock main %}",
    );
    let server = Server::start(site.root(), &[]);
    let mut page = Browser::start();
    page.navigate(&format!("{}articles/live/", server.url));
    page.wait_for(
        "document.body && document.body.innerText.includes('The first version of the text.')",
        WAIT,
        "document.body && document.body.innerText.includes('The first version of the text.')",
    );

    // A stylesheet change is applied without reloading: the marker set on the page survives.
    page.eval("window.digestMarker = 'still here'");
    site.write(
        "static/extra.css",
        "body { background-color: rgb(1, 2, 3); }",
    );
    page.wait_for(
        "getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'",
        WAIT,
        "getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'",
    );
    assert_eq!(page.eval("window.digestMarker"), "still here");

    // The article changes on disk: the new text appears by itself.
    site.article("live", FRONT, "The second version, saved in an editor.");
    page.wait_for(
        "document.body.innerText.includes('The second version, saved in an editor.')",
        WAIT,
        "document.body.innerText.includes('The second version, saved in an editor.')",
    );

    // A broken save: the page keeps the last good text and shows the error over it.
    site.article(
        "live",
        "title: Live story\ndate: [2025\ntags: [Tokyo]",
        "Broken.",
    );
    page.wait_for(
        "document.getElementById('digest-error-overlay')",
        WAIT,
        "document.getElementById('digest-error-overlay')",
    );
    let overlay = page.eval("document.getElementById('digest-error-overlay').innerText");
    assert!(
        overlay.as_str().unwrap().contains("content/live.md:"),
        "{overlay}"
    );
    assert!(
        page.eval("document.body.innerText.includes('The second version')")
            .as_bool()
            .unwrap()
    );

    // The next good save clears it.
    site.article("live", FRONT, "The third version, fixed.");
    page.wait_for(
        "document.body.innerText.includes('The third version, fixed.')",
        WAIT,
        "document.body.innerText.includes('The third version, fixed.')",
    );
    page.wait_for(
        "!document.getElementById('digest-error-overlay')",
        WAIT,
        "!document.getElementById('digest-error-overlay')",
    );
}
