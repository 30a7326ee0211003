//! Lead images in a real headless Chromium: the box is reserved before the photo arrives,
//! the browser picks a copy from `srcset` that fills the box, and nothing shifts.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`); without it these tests fail
//! and say so.

mod browser;
mod common;

use browser::Browser;
use browser::http::Server;
use common::TestSite;
use serde_json::json;

fn photo_site() -> TestSite {
    let site = TestSite::new(
        "title = \"Warta\"\nbase_url = \"https://example.org/\"\nlanguage = \"id\"\n",
    );
    let img = image::RgbImage::from_fn(2000, 1000, |x, y| {
        image::Rgb([(x / 8) as u8, (y / 4) as u8, ((x + y) / 12) as u8])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    img.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    site.write_bytes("content/banjir.jpg", &jpeg.into_inner());
    site.article(
        "banjir",
        "title: Banjir di Jakarta\ndate: 2026-01-15\nimage: banjir.jpg\nimage_alt: Jalan tergenang\nimage_caption: Jalan Thamrin pagi ini",
        &"Hujan semalam membuat jalan tergenang. ".repeat(40),
    );
    site
}

/// The lead image's box and state, as the page lays it out.
fn lead(b: &mut Browser) -> serde_json::Value {
    b.eval(
        "(() => { const i = document.querySelector('.lead-image img'); const r = i.getBoundingClientRect();
          return {w: r.width, h: r.height, top: r.top, vh: innerHeight, dpr: devicePixelRatio,
                  loaded: i.complete && i.naturalWidth > 0, natural: i.naturalWidth,
                  current: i.currentSrc, lazy: i.loading}; })()",
    )
}

#[test]
fn the_lead_image_keeps_its_box_fills_it_and_nothing_shifts() {
    let site = photo_site();
    site.build(&[]).success();
    let server = Server::start();
    server.serve(&site.public(), "/");
    let mut b = Browser::start();
    let url = format!("{}/articles/banjir/", server.origin());

    // With every photo blocked, the box already has the photo's shape (2:1).
    b.call("Network.setBlockedURLs", json!({"urls": ["*.jpg"]}));
    b.navigate(&url);
    let blocked = lead(&mut b);
    assert_eq!(blocked["loaded"], false, "{blocked}");
    let (w, h) = (
        blocked["w"].as_f64().unwrap(),
        blocked["h"].as_f64().unwrap(),
    );
    assert!(w > 300.0 && (w / h - 2.0).abs() < 0.02, "{blocked}");

    b.call("Network.setBlockedURLs", json!({"urls": []}));
    b.navigate(&url);
    let shown = lead(&mut b);
    assert_eq!(shown["loaded"], true, "{shown}");
    assert_eq!(shown["lazy"], "auto", "the lead image is not lazy: {shown}");
    assert!(
        shown["top"].as_f64().unwrap() < shown["vh"].as_f64().unwrap(),
        "in the first screenful: {shown}"
    );
    // The same box as before the photo came, filled by a copy wide enough for it.
    assert_eq!(shown["w"], blocked["w"], "{shown}");
    assert_eq!(shown["h"], blocked["h"], "{shown}");
    let needed = shown["w"].as_f64().unwrap() * shown["dpr"].as_f64().unwrap();
    let natural = shown["natural"].as_f64().unwrap();
    assert!(natural >= needed && natural < needed * 2.5, "{shown}");
    assert!(
        shown["current"].as_str().unwrap().contains("/images/"),
        "{shown}"
    );

    // Layout shifts since the page opened, summed as CLS sums them.
    let shifts = b.eval(
        "new Promise(done => { let sum = 0; new PerformanceObserver(l => {
           for (const e of l.getEntries()) sum += e.value; })
           .observe({type: 'layout-shift', buffered: true}); setTimeout(() => done(sum), 300); })",
    );
    assert_eq!(shifts.as_f64(), Some(0.0), "layout shifts: {shifts}");
}
