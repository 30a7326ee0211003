//! Lead images: front matter, the figure on the article page, thumbnails on cards, previews,
//! resized copies and their cache, as a reader and an editor see them.

mod common;

use std::path::Path;

use common::{TestSite, attr_values, digest, snapshot};

const SITE: &str =
    "title = \"Warta\"\nbase_url = \"https://example.org/news/\"\nlanguage = \"id\"\n";

/// A photo-like JPEG of `w`×`h` (a gradient, so resizing has something to do).
fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 128])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(w, h, |x, _| image::Rgba([0, (x % 256) as u8, 0, 200]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Builds `site`, expecting exit code 1 and every one of `needles` in the message.
fn build_fails(site: &TestSite, needles: &[&str]) {
    let out = site.build(&[]).failure().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} is not in:\n{err}");
    }
}

/// The pixel size of an output file.
fn size_of(path: &Path) -> (u32, u32) {
    image::ImageReader::open(path)
        .unwrap()
        .with_guessed_format()
        .unwrap()
        .into_dimensions()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first `<tag …>` element of `html` whose text contains `needle`.
fn element<'a>(html: &'a str, tag: &str, needle: &str) -> &'a str {
    let open = format!("<{tag} ");
    html.match_indices(&open)
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1])
        .find(|e| e.contains(needle))
        .unwrap_or_else(|| panic!("no <{tag}> with {needle} in:\n{html}"))
}

/// The site path of a URL under `/news/`.
fn site_path(url: &str) -> &str {
    url.trim_start_matches("https://example.org")
        .strip_prefix("/news/")
        .unwrap_or_else(|| panic!("{url} is not under /news/"))
}

fn photo_site() -> TestSite {
    let site = TestSite::new(SITE);
    site.write_bytes("content/2026/banjir.jpg", &jpeg(2000, 1000));
    site.article(
        "2026/banjir",
        "title: Banjir di Jakarta\ndate: 2026-01-15\nimage: banjir.jpg\nimage_alt: Jalan tergenang air\nimage_caption: Jalan Thamrin pagi ini\nimage_credit: Ani <Reuters>",
        "Hujan semalam.",
    );
    site.write_bytes("static/foto/pasar.png", &png(600, 400));
    site.article(
        "pasar",
        "title: Pasar pagi\ndate: 2026-01-14\nimage: /foto/pasar.png\nimage_alt: \"\"",
        "Pedagang.",
    );
    site.article(
        "luar",
        "title: Dari luar\ndate: 2026-01-13\nimage: https://cdn.example.com/a.jpg?w=800\nimage_alt: Foto luar",
        "Isi.",
    );
    site.article("polos", "title: Tanpa foto\ndate: 2026-01-12", "Isi.");
    site
}

#[test]
fn article_page_shows_a_figure_with_sizes_from_the_real_pixels() {
    let site = photo_site();
    site.build(&[]).success();
    let html = site.read("articles/banjir/index.html");
    let img = element(&html, "img", "Jalan tergenang");
    // 2000 px wide: copies at 160…1440, `src` the 960 one, sized by its real pixels.
    assert!(img.contains(r#"width="960" height="480""#), "{img}");
    assert!(img.contains(r#"alt="Jalan tergenang air""#), "{img}");
    assert!(img.contains(r#"decoding="async""#), "{img}");
    assert!(
        !img.contains("loading="),
        "the lead image must not be lazy: {img}"
    );
    assert!(img.contains("sizes=\""), "{img}");
    let srcset = attr_values(img, "srcset")[0];
    let entries: Vec<(&str, u32)> = srcset
        .split(", ")
        .map(|e| {
            let (url, w) = e.split_once(' ').unwrap();
            (url, w.trim_end_matches('w').parse().unwrap())
        })
        .collect();
    assert_eq!(
        entries.iter().map(|e| e.1).collect::<Vec<_>>(),
        [160, 320, 480, 960, 1440]
    );
    for (url, w) in &entries {
        let file = site.public().join(site_path(url));
        assert_eq!(size_of(&file), (*w, *w / 2), "{url}");
    }
    let src = attr_values(img, "src")[0];
    assert!(site.exists(site_path(src)), "{src}");
    assert!(html.contains("<figcaption>Jalan Thamrin pagi ini <span class=\"credit\">Foto: Ani &lt;Reuters&gt;</span></figcaption>"), "{html}");
    // Previews: the widest copy, absolute.
    let widest = format!("https://example.org{}", entries[4].0);
    assert!(
        html.contains(&format!(r#"<meta property="og:image" content="{widest}">"#)),
        "{html}"
    );
    assert!(html.contains(r#"<meta property="og:image:width" content="1440">"#));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    let ld = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|r| r.split("</script>").next())
        .unwrap();
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(ld["image"], widest.as_str());
    // The copies are files of the site, not pages: the sitemap does not list them.
    assert!(!site.read("sitemap.xml").contains("images/"));
    // Every link and image of the site resolves.
    common::check_links(&site.public(), "/news/");
    for page in ["articles/banjir/index.html", "index.html"] {
        let html = site.read(page);
        assert!(
            html.lines()
                .all(|l| !l.trim().is_empty() && !l.starts_with(' ')),
            "{page}: a blank or indented line:\n{html}"
        );
    }
}

#[test]
fn static_and_remote_images_and_articles_without_one() {
    let site = photo_site();
    site.build(&[]).success();
    let html = site.read("articles/pasar/index.html");
    let img = element(&html, "img", "decoding");
    // 600 px: never scaled up, so the widest copy has the original's width.
    assert!(img.contains(r#"width="600" height="400""#), "{img}");
    assert!(img.contains(r#"alt="""#), "{img}");
    assert!(img.contains("-600.png 600w"), "{img}");
    assert!(!img.contains("960w"), "{img}");
    let copy = site.public().join(site_path(attr_values(img, "src")[0]));
    assert_eq!(size_of(&copy), (600, 400));
    assert!(std::fs::metadata(&copy).unwrap().len() <= png(600, 400).len() as u64);
    assert!(
        !html.contains("og:image:alt"),
        "decorative: no alt to preview"
    );

    let html = site.read("articles/luar/index.html");
    let img = element(&html, "img", "Foto luar");
    assert!(
        img.contains(r#"src="https://cdn.example.com/a.jpg?w=800""#),
        "{img}"
    );
    assert!(!img.contains("srcset") && !img.contains("width="), "{img}");
    assert!(
        html.contains(
            r#"<meta property="og:image" content="https://cdn.example.com/a.jpg?w=800">"#
        )
    );

    let html = site.read("articles/polos/index.html");
    assert!(
        !html.contains("<figure") && !html.contains("og:image"),
        "{html}"
    );
    assert!(html.contains(r#"<meta name="twitter:card" content="summary">"#));
}

#[test]
fn cards_show_small_thumbnails_lazy_after_the_first() {
    let site = photo_site();
    site.build(&[]).success();
    let html = site.read("index.html");
    let first = element(&html, "img", "Jalan tergenang");
    assert!(first.contains("class=\"card-thumb\""), "{first}");
    assert!(
        !first.contains("loading="),
        "first card may be on screen: {first}"
    );
    assert!(first.contains(r#"width="160" height="80""#), "{first}");
    assert_eq!(
        attr_values(first, "srcset")[0].matches("w, ").count() + 1,
        2,
        "160 and 320 only: {first}"
    );
    let second = element(&html, "img", "-160.png");
    assert!(second.contains(r#"loading="lazy""#), "{second}");
    assert!(second.contains(r#"width="160""#), "{second}");
    // One thumbnail per card with an image; the article without one has none.
    assert_eq!(html.matches("class=\"card-thumb\"").count(), 3, "{html}");
}

#[test]
fn a_missing_image_fails_the_build_at_its_line_and_keeps_the_site() {
    let site = photo_site();
    site.build(&[]).success();
    let before = snapshot(&site.public());
    site.article(
        "2026/banjir",
        "title: Banjir di Jakarta\ndate: 2026-01-15\nimage: banjir-2.jpg\nimage_alt: Jalan",
        "Hujan.",
    );
    build_fails(
        &site,
        &[
            "content/2026/banjir.md:4:",
            "content/2026/banjir-2.jpg does not exist",
        ],
    );
    assert!(snapshot(&site.public()) == before, "the live site changed");

    site.article(
        "pasar",
        "title: Pasar\ndate: 2026-01-14\n\nimage: /foto/hilang.png",
        "x",
    );
    site.article(
        "2026/banjir",
        "title: Banjir di Jakarta\ndate: 2026-01-15\nimage: banjir.jpg",
        "Hujan.",
    );
    build_fails(
        &site,
        &[
            "content/pasar.md:5:",
            "static/foto/hilang.png does not exist",
        ],
    );
}

#[test]
fn bad_images_and_bad_values_are_errors_naming_file_and_line() {
    let site = TestSite::new(SITE);
    site.write("content/rusak.jpg", "this is not a JPEG");
    site.article("a", "title: A\ndate: 2026-01-01\nimage: rusak.jpg", "x");
    build_fails(
        &site,
        &["content/a.md:4:", "content/rusak.jpg cannot be used"],
    );

    // A PNG whose pixels are cut off: its header reads well, its pixels do not.
    site.article("a", "title: A\ndate: 2026-01-01\nimage: rusak.png", "x");
    let whole = png(1200, 800);
    site.write_bytes("content/rusak.png", &whole[..whole.len() / 2]);
    build_fails(
        &site,
        &["content/a.md:4:", "content/rusak.png cannot be used"],
    );
    site.article("a", "title: A\ndate: 2026-01-01\nimage: rusak.jpg", "x");
    build_fails(&site, &["content/rusak.jpg cannot be used"]);

    site.article("a", "title: A\ndate: 2026-01-01\nimage: [rusak.jpg]", "x");
    build_fails(&site, &["content/a.md:4: `image` must be text"]);
    site.article(
        "a",
        "title: A\ndate: 2026-01-01\nimage: ../../../etc/x.jpg",
        "x",
    );
    build_fails(&site, &["content/a.md:4:", "outside the site's folder"]);
    site.article(
        "a",
        "title: A\ndate: 2026-01-01\nimage: data:image/png;base64,AAAA",
        "x",
    );
    build_fails(
        &site,
        &["content/a.md:4:", "neither a file nor a web address"],
    );
}

#[test]
fn copies_come_from_the_cache_and_a_lost_or_broken_cache_changes_nothing() {
    let site = photo_site();
    let out1 = tempfile::tempdir().unwrap();
    let out = |d: &tempfile::TempDir| d.path().join("site");
    site.build(&["--output", out(&out1).to_str().unwrap()])
        .success();
    let cache = site.root().join(digest::render::images::CACHE_DIR);
    let cached: Vec<_> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // 2000 px JPEG: five copies; 600 px PNG: four.
    assert_eq!(cached.len(), 5 + 4, "{cached:?}");
    let expected = snapshot(&out(&out1));

    // A cached copy is used as it is: a marked one shows in the output.
    let copy_960 = cached
        .iter()
        .find(|p| p.to_string_lossy().ends_with("-960.jpg"))
        .unwrap()
        .clone();
    let mut marked = std::fs::read(&copy_960).unwrap();
    marked.truncate(marked.len() - 2);
    marked.extend_from_slice(&[0x00, 0xFF, 0xD9]);
    std::fs::write(&copy_960, &marked).unwrap();
    let out2 = tempfile::tempdir().unwrap();
    site.build(&["--output", out(&out2).to_str().unwrap()])
        .success();
    let name = copy_960.file_name().unwrap();
    assert_eq!(
        std::fs::read(out(&out2).join("images").join(name)).unwrap(),
        marked,
        "the cache was not used"
    );

    // A broken entry (cut short) is made again, not published.
    let good = expected[&Path::new("images").join(name).to_path_buf()]
        .0
        .clone();
    std::fs::write(&copy_960, &good[..good.len() / 2]).unwrap();
    let out3 = tempfile::tempdir().unwrap();
    site.build(&["--output", out(&out3).to_str().unwrap()])
        .success();
    let same = |a: &std::collections::BTreeMap<std::path::PathBuf, (Vec<u8>, _)>,
                b: &std::collections::BTreeMap<std::path::PathBuf, (Vec<u8>, _)>| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.0 == y.0 && x.1.0 == y.1.0)
    };
    assert!(same(&snapshot(&out(&out3)), &expected));
    assert_eq!(
        std::fs::read(&copy_960).unwrap(),
        good,
        "the entry was mended"
    );

    // No cache at all, and a cache that cannot be written: the same site.
    std::fs::remove_dir_all(site.root().join(".digest-cache")).unwrap();
    site.write(".digest-cache", "a file where the folder should be");
    let out4 = tempfile::tempdir().unwrap();
    site.build(&["--output", out(&out4).to_str().unwrap()])
        .success();
    assert!(same(&snapshot(&out(&out4)), &expected));
}

#[test]
fn check_reports_a_missing_alt_text_but_not_a_decorative_image() {
    let site = photo_site();
    site.write_bytes("content/kota.jpg", &jpeg(400, 300));
    site.article(
        "kota",
        "title: Kota\ndate: 2026-01-10\nimage: kota.jpg",
        "x",
    );
    let out = digest()
        .arg("check")
        .arg("--root")
        .arg(site.root())
        .assert();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string()
        + &String::from_utf8_lossy(&out.get_output().stderr);
    let about_alt: Vec<&str> = text.lines().filter(|l| l.contains("image_alt")).collect();
    assert_eq!(about_alt.len(), 1, "{text}");
    assert!(
        about_alt[0].starts_with("content/kota.md:4: warning:"),
        "{text}"
    );
    assert!(out.get_output().status.success(), "a warning only: {text}");
}

#[test]
fn the_dev_server_makes_the_copies_when_an_edit_adds_an_image() {
    use digest::serve::workspace::{Change, Workspace};
    let site = photo_site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    common::assert_same(&ws, &site, "initial");

    site.write_bytes("content/kota.jpg", &jpeg(800, 600));
    site.article(
        "polos",
        "title: Tanpa foto\ndate: 2026-01-12\nimage: kota.jpg\nimage_alt: Kota",
        "Isi.",
    );
    let change = Change::Content(site.root().join("content/polos.md"));
    let out = ws
        .apply(&std::collections::BTreeSet::from([change]))
        .unwrap();
    common::assert_same(&ws, &site, "image added");
    assert!(
        out.changed.iter().any(|p| p.ends_with("-800.jpg")),
        "{out:?}"
    );
    assert!(out.rebuilt.contains("1 article"), "only the edit: {out:?}");
}

/// A photo replaced under the same name (beside the article or under `static/`), and an article
/// switched to another photo: the dev server ends as a clean build would, new copies in and the
/// old ones gone.
#[test]
fn the_dev_server_follows_a_replaced_or_switched_photo() {
    use digest::serve::workspace::{Change, Workspace};
    use std::collections::BTreeSet;
    let site = photo_site();
    let mut ws = Workspace::open(site.root(), None, false).unwrap();
    common::assert_same(&ws, &site, "initial");

    site.write_bytes("content/2026/banjir.jpg", &jpeg(1200, 900));
    let change = Change::Content(site.root().join("content/2026/banjir.jpg"));
    let out = ws.apply(&BTreeSet::from([change])).unwrap();
    common::assert_same(&ws, &site, "photo beside the article replaced");
    assert_eq!(out.rebuilt, "everything (a lead photo changed)");

    site.write_bytes("static/foto/pasar.png", &png(300, 500));
    ws.apply(&BTreeSet::from([Change::Static])).unwrap();
    common::assert_same(&ws, &site, "photo under static/ replaced");

    site.write_bytes("content/2026/banjir-2.jpg", &jpeg(640, 480));
    site.article(
        "2026/banjir",
        "title: Banjir di Jakarta\ndate: 2026-01-15\nimage: banjir-2.jpg\nimage_alt: Jalan tergenang air",
        "Hujan semalam.",
    );
    let change = Change::Content(site.root().join("content/2026/banjir.md"));
    ws.apply(&BTreeSet::from([change])).unwrap();
    common::assert_same(&ws, &site, "article switched to another photo");
}

#[test]
fn the_word_before_the_credit_is_the_sites_to_choose() {
    let site = TestSite::new(
        "title = \"Digest\"\nbase_url = \"/\"\nlanguage = \"en\"\n\n[strings]\nphoto = \"Picture\"\n",
    );
    site.write_bytes("content/a.jpg", &jpeg(300, 200));
    site.article(
        "a",
        "title: A\ndate: 2026-01-01\nimage: a.jpg\nimage_alt: A street\nimage_credit: Ani",
        "x",
    );
    site.build(&[]).success();
    let html = site.read("articles/a/index.html");
    assert!(
        html.contains("<figcaption><span class=\"credit\">Picture: Ani</span></figcaption>"),
        "{html}"
    );
    // Without a host there is no absolute URL for a preview: no og:image, but JSON-LD has it.
    assert!(!html.contains("og:image"), "{html}");
    assert!(html.contains("\"image\":\"/images/"), "{html}");
}

#[test]
fn check_lists_every_unusable_image_once_each() {
    let site = photo_site();
    site.article(
        "a",
        "title: A\ndate: 2026-01-02\nimage: hilang.jpg\nimage_alt: x",
        "x",
    );
    site.write("content/rusak.png", "not a PNG");
    site.article(
        "b",
        "title: B\ndate: 2026-01-03\nimage: rusak.png\nimage_alt: x",
        "x",
    );
    let out = digest()
        .arg("check")
        .arg("--root")
        .arg(site.root())
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let errors: Vec<&str> = text.lines().filter(|l| l.contains(": error:")).collect();
    assert_eq!(errors.len(), 2, "{text}");
    assert!(
        errors[0].starts_with("content/a.md:4: error: the image content/hilang.jpg does not exist"),
        "{text}"
    );
    assert!(
        errors[1].starts_with("content/b.md:4: error: the image content/rusak.png cannot be used"),
        "{text}"
    );
}

/// Feed readers show an entry's photo from the feed alone: each entry with a lead image links
/// the widest copy (absolute, with its type) as an Atom enclosure and a JSON Feed `image`; a
/// remote image is linked as given, an article without one links none.
#[test]
fn feeds_link_each_entrys_lead_photo() {
    let site = photo_site();
    site.build(&[]).success();
    let preview = |page: &str| {
        let html = site.read(page);
        attr_values(element(&html, "meta", r#"property="og:image""#), "content")[0].to_string()
    };
    let widest = preview("articles/banjir/index.html");
    assert!(widest.ends_with("-1440.jpg"), "{widest}");
    let atom = site.read("atom.xml");
    let doc = roxmltree::Document::parse(&atom).unwrap();
    let enclosures: Vec<(String, Option<String>)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            let link = e
                .children()
                .find(|l| l.has_tag_name("link") && l.attribute("rel") == Some("enclosure"));
            (
                link.and_then(|l| l.attribute("href"))
                    .unwrap_or("")
                    .to_string(),
                link.and_then(|l| l.attribute("type")).map(str::to_string),
            )
        })
        .collect();
    let pasar_png = preview("articles/pasar/index.html");
    assert_eq!(
        enclosures,
        [
            (widest.clone(), Some("image/jpeg".to_string())),
            (pasar_png, Some("image/png".to_string())),
            (
                "https://cdn.example.com/a.jpg?w=800".to_string(),
                Some("image/jpeg".to_string())
            ),
            (String::new(), None),
        ]
    );
    // The enclosed copies are files of the site.
    assert!(site.exists(site_path(&widest)));
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    let images: Vec<&serde_json::Value> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["image"])
        .collect();
    assert_eq!(images[0], widest.as_str());
    assert_eq!(images[2], "https://cdn.example.com/a.jpg?w=800");
    assert!(images[3].is_null());
}
