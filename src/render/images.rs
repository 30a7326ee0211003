//! Lead images in the output: the resized copies of each article's local image (one plan job
//! per article, so the dev server remakes them whenever it re-renders the article), their
//! URLs, the cache that spares the resizing on the next build, and what templates see.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use image::DynamicImage;
use image::imageops::FilterType;
use serde::Serialize;

use crate::site::Site;
use crate::site::images::{self as model, Format, Origin, Picture};
use crate::theme::Theme;

/// Widths of the copies a card's thumbnail picks from: it is 8rem (128 px) wide, so 160 serves
/// screens at 1x and 320 those up to 2.5x.
const THUMB_WIDTHS: [u32; 2] = [160, 320];
/// Widths of the copies an article page picks from.
const ARTICLE_WIDTHS: [u32; 3] = [480, 960, 1440];
/// The widest copy: wider originals are scaled down to it, narrower ones are never scaled up.
const MAX_WIDTH: u32 = 1440;
/// The article's `src` for browsers without `srcset`: the widest copy up to this.
const FALLBACK_WIDTH: u32 = 960;
/// JPEG quality of the copies: the usual web setting (Squoosh's default). On a 720-pixel photo
/// it made 109 kB where 82 made 131 kB.
const JPEG_QUALITY: u8 = 75;
/// Where the copies go in the site.
pub const DIR: &str = "images/";
/// The cache of copies, under the site's folder: safe to delete at any time. The last part
/// names the way copies are made (filter, quality): change it with them, so that a copy made
/// the old way is never taken for a new one.
pub const CACHE_DIR: &str = ".digest-cache/images/lanczos3-q75";

/// The widths of the copies made of an image `width` pixels wide, narrowest first.
pub fn widths(width: u32) -> Vec<u32> {
    let mut all: Vec<u32> = THUMB_WIDTHS
        .iter()
        .chain(&ARTICLE_WIDTHS)
        .copied()
        .filter(|&w| w < width)
        .collect();
    if width <= MAX_WIDTH {
        all.push(width);
    }
    all
}

/// Site path of the copy of `picture` that is `width` wide.
pub fn copy_path(picture: &Picture, width: u32) -> String {
    format!(
        "{DIR}{:016x}-{width}.{}",
        picture.hash,
        picture.format.extension()
    )
}

/// The height of the copy `width` wide, to the nearest pixel.
fn height_at(picture: &Picture, width: u32) -> u32 {
    let h = (u64::from(picture.height) * u64::from(width) + u64::from(picture.width) / 2)
        / u64::from(picture.width.max(1));
    u32::try_from(h).unwrap_or(u32::MAX).max(1)
}

/// What an article's lead image turned out to be.
enum Lead {
    Remote(String),
    Local(Origin, Picture),
}

/// What an `<img>` needs.
#[derive(Serialize)]
pub struct Img<'a> {
    pub src: String,
    /// `None` for a remote image: digest knows only the one URL.
    pub srcset: Option<String>,
    /// Pixel size of `src` (the browser reserves the box before the image arrives); `None`
    /// for a remote image, which digest never downloads.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Empty for a decorative image (or a missing `image_alt`, which `digest check` reports).
    pub alt: &'a str,
}

/// The lead image on its article page.
#[derive(Serialize)]
pub struct ArticleImage<'a> {
    #[serde(flatten)]
    pub img: Img<'a>,
    pub caption: Option<&'a str>,
    pub credit: Option<&'a str>,
    /// The widest copy's URL (absolute when the site has a host), for JSON-LD.
    pub permalink: String,
    /// For `og:image`, which must be absolute: `None` for a local image on a site without host.
    pub og: Option<String>,
    pub permalink_width: Option<u32>,
    pub permalink_height: Option<u32>,
}

/// The small image on a card.
#[derive(Serialize)]
pub struct Thumb<'a> {
    #[serde(flatten)]
    pub img: Img<'a>,
    /// False for the first card of a list, which may be in the first screenful.
    pub lazy: bool,
}

/// The lead images of one render, each found and measured once, on first use.
pub struct Images<'a> {
    site: &'a Site,
    theme: &'a Theme,
    /// By page index, only for pages with an image: at 100,000 articles mostly without one,
    /// a slot for every page would cost megabytes on every dev-server rebuild.
    leads: HashMap<usize, OnceLock<Result<Option<Lead>, model::Error>>>,
    /// Pictures whose copies this render has written: two articles may share one.
    claimed: Mutex<HashSet<u64>>,
    cache: Cache,
}

impl<'a> Images<'a> {
    /// Nothing is read until a page asks.
    pub fn new(site: &'a Site, theme: &'a Theme) -> Images<'a> {
        Images {
            site,
            theme,
            leads: (site.pages.iter().enumerate())
                .filter(|(_, p)| p.meta.image.is_some())
                .map(|(i, _)| (i, OnceLock::new()))
                .collect(),
            claimed: Mutex::new(HashSet::new()),
            cache: Cache::new(&site.config.root),
        }
    }

    fn lead(&self, i: usize) -> Result<Option<&Lead>, &model::Error> {
        let Some(slot) = self.leads.get(&i) else {
            return Ok(None);
        };
        slot.get_or_init(|| self.find(i))
            .as_ref()
            .map(Option::as_ref)
    }

    fn find(&self, i: usize) -> Result<Option<Lead>, model::Error> {
        let page = &self.site.pages[i];
        let Some((image, origin)) = model::origin(page)? else {
            return Ok(None);
        };
        if let Origin::Remote(url) = origin {
            return Ok(Some(Lead::Remote(url)));
        }
        let loaded = model::load(&self.site.config.root, self.theme, page, image, &origin)?;
        Ok(Some(Lead::Local(origin, loaded.picture)))
    }

    /// Fails when page `i` names an image that cannot be used.
    pub fn check(&self, i: usize) -> Result<(), super::Error> {
        self.lead(i).map(|_| ()).map_err(render_error)
    }

    /// Page `i`'s lead image as its article page shows it.
    pub fn article(&self, i: usize) -> Option<ArticleImage<'a>> {
        let meta = self.site.pages[i].meta.image.as_ref()?;
        let config = &self.site.config;
        let mut image = ArticleImage {
            img: self.img(i, |widths| widest_up_to(widths, FALLBACK_WIDTH), |_| true)?,
            caption: meta.caption.as_deref(),
            credit: meta.credit.as_deref(),
            permalink: meta.src.clone(),
            og: Some(meta.src.clone()),
            permalink_width: None,
            permalink_height: None,
        };
        if let Ok(Some(Lead::Local(_, picture))) = self.lead(i) {
            let widest = widths(picture.width)
                .last()
                .copied()
                .unwrap_or(picture.width);
            image.permalink = config.permalink(&copy_path(picture, widest));
            image.og = config.has_host().then(|| image.permalink.clone());
            image.permalink_width = Some(widest);
            image.permalink_height = Some(height_at(picture, widest));
        }
        Some(image)
    }

    /// The site the images are of.
    pub fn site(&self) -> &'a Site {
        self.site
    }

    /// Page `i`'s lead image as a feed entry links it: an absolute URL (else nothing) and its
    /// media type when the file's extension tells it.
    pub fn feed(&self, i: usize) -> Option<(String, Option<&'static str>)> {
        let url = self.article(i)?.og?;
        let lower = url.to_ascii_lowercase();
        let path = lower.split(['?', '#']).next().unwrap_or_default();
        let kind = if path.ends_with(".png") {
            Some("image/png")
        } else if path.ends_with(".jpg") || path.ends_with(".jpeg") {
            Some("image/jpeg")
        } else {
            None
        };
        Some((url, kind))
    }

    /// Page `i`'s thumbnail on a card; `lazy` for all but a list's first card.
    pub fn thumb(&self, i: usize, lazy: bool) -> Option<Thumb<'a>> {
        let largest = THUMB_WIDTHS[THUMB_WIDTHS.len() - 1];
        let img = self.img(
            i,
            |widths| widths.first().copied().unwrap_or_default(),
            |w| w <= largest,
        )?;
        Some(Thumb { img, lazy })
    }

    /// Page `i`'s image: a remote one as it is; a local one with the copies `offered` lets
    /// the browser choose from (the narrowest always), `src` being the one `fallback` picks.
    fn img(
        &self,
        i: usize,
        fallback: impl Fn(&[u32]) -> u32,
        offered: impl Fn(u32) -> bool,
    ) -> Option<Img<'a>> {
        let meta = self.site.pages[i].meta.image.as_ref()?;
        let alt = meta.alt.as_deref().unwrap_or("");
        Some(match self.lead(i).ok()?? {
            Lead::Remote(url) => Img {
                src: url.clone(),
                srcset: None,
                width: None,
                height: None,
                alt,
            },
            Lead::Local(_, picture) => {
                let all = widths(picture.width);
                let shown: Vec<u32> = all
                    .iter()
                    .copied()
                    .enumerate()
                    .filter(|&(n, w)| n == 0 || offered(w))
                    .map(|(_, w)| w)
                    .collect();
                let src = fallback(&shown);
                Img {
                    src: self.site.config.url(&copy_path(picture, src)),
                    srcset: Some(self.srcset(picture, &shown)),
                    width: Some(src),
                    height: Some(height_at(picture, src)),
                    alt,
                }
            }
        })
    }

    fn srcset(&self, picture: &Picture, widths: &[u32]) -> String {
        widths
            .iter()
            .map(|&w| format!("{} {w}w", self.site.config.url(&copy_path(picture, w))))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every copy of page `i`'s local image as (site path, bytes), from the cache where it
    /// has them; nothing when another page of this render already wrote the same picture.
    pub fn files(&self, i: usize) -> Result<Vec<(String, Vec<u8>)>, super::Error> {
        let Some(Lead::Local(origin, picture)) = self.lead(i).map_err(render_error)? else {
            return Ok(Vec::new());
        };
        let fresh = self
            .claimed
            .lock()
            .map(|mut c| c.insert(picture.hash))
            .unwrap_or(true);
        if !fresh {
            return Ok(Vec::new());
        }
        let page = &self.site.pages[i];
        let Some(meta) = page.meta.image.as_ref() else {
            return Ok(Vec::new());
        };
        let widths = widths(picture.width);
        let mut files: Vec<(String, Vec<u8>)> = Vec::with_capacity(widths.len());
        let mut missing = Vec::new();
        for &w in &widths {
            let path = copy_path(picture, w);
            match self.cache.get(&path[DIR.len()..], picture.format) {
                Some(bytes) => files.push((path, bytes)),
                None => missing.push(w),
            }
        }
        if missing.is_empty() {
            return Ok(files);
        }
        let loaded = model::load(&self.site.config.root, self.theme, page, meta, origin)
            .map_err(|e| render_error(&e))?;
        let mut image = loaded.decode().map_err(|e| render_error(&e))?;
        // Widest first, each from the one before: much faster than from the original every
        // time. The whole chain is walked even for one missing copy, so a copy's bytes never
        // depend on what the cache held.
        for &w in widths.iter().rev() {
            if w != picture.width {
                image = image.resize_exact(w, height_at(picture, w), FilterType::Lanczos3);
            }
            if !missing.contains(&w) {
                continue;
            }
            let mut bytes = encode(&image, picture.format)
                .map_err(|reason| render_error(&loaded.undecodable(reason)))?;
            // A camera's or a CMS's original is often twice the size of our encoding; one
            // already compressed harder is published as it is.
            if w == picture.width && loaded.bytes.len() <= bytes.len() {
                bytes = loaded.bytes.to_vec();
            }
            let path = copy_path(picture, w);
            self.cache.put(&path[DIR.len()..], &bytes);
            files.push((path, bytes));
        }
        Ok(files)
    }
}

/// The widest of `widths` up to `limit`, else the narrowest.
fn widest_up_to(widths: &[u32], limit: u32) -> u32 {
    widths
        .iter()
        .copied()
        .rfind(|&w| w <= limit)
        .or_else(|| widths.first().copied())
        .unwrap_or(limit)
}

fn render_error(e: &model::Error) -> super::Error {
    super::Error {
        origin: e.file.display().to_string(),
        location: Some((e.line, 1)),
        message: e.problem.to_string(),
    }
}

fn encode(image: &DynamicImage, format: Format) -> Result<Vec<u8>, String> {
    let mut out = Cursor::new(Vec::new());
    let written = match format {
        Format::Jpeg => {
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            // JPEG has no alpha and no 16-bit samples.
            match image {
                DynamicImage::ImageLuma8(_) => image.write_with_encoder(encoder),
                _ => DynamicImage::ImageRgb8(image.to_rgb8()).write_with_encoder(encoder),
            }
        }
        Format::Png => image.write_with_encoder(image::codecs::png::PngEncoder::new(&mut out)),
    };
    written.map_err(|e| format!("cannot encode a resized copy: {e}"))?;
    Ok(out.into_inner())
}

/// Resized copies kept between builds, named like the copies themselves (content hash and
/// width), so an entry can only ever be the copy it names. A build never needs the cache: a
/// missing, unwritable or damaged entry is simply made again.
struct Cache {
    dir: PathBuf,
}

impl Cache {
    fn new(root: &Path) -> Cache {
        Cache {
            dir: root.join(CACHE_DIR),
        }
    }

    /// The entry `name`, if it is there and whole.
    fn get(&self, name: &str, format: Format) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.dir.join(name)).ok()?;
        whole(&bytes, format).then_some(bytes)
    }

    /// Stores an entry through a temporary file, so a reader never sees half of one.
    fn put(&self, name: &str, bytes: &[u8]) {
        use std::io::Write as _;
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let Ok(mut tmp) = tempfile::NamedTempFile::new_in(&self.dir) else {
            return;
        };
        if tmp.write_all(bytes).is_ok() {
            let _ = tmp.persist(self.dir.join(name));
        }
    }
}

/// Whether `bytes` look like a whole file of `format`: right start, right end, a size to read.
fn whole(bytes: &[u8], format: Format) -> bool {
    let ends = match format {
        Format::Jpeg => bytes.starts_with(&[0xFF, 0xD8]) && bytes.ends_with(&[0xFF, 0xD9]),
        Format::Png => {
            bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.ends_with(b"IEND\xAE\x42\x60\x82")
        }
    };
    ends && image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .is_ok_and(|r| r.into_dimensions().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_never_upscale() {
        assert_eq!(widths(100), [100]);
        assert_eq!(widths(500), [160, 320, 480, 500]);
        assert_eq!(widths(1440), [160, 320, 480, 960, 1440]);
        assert_eq!(widths(4000), [160, 320, 480, 960, 1440]);
        assert_eq!(widest_up_to(&widths(4000), 960), 960);
        assert_eq!(widest_up_to(&widths(100), 960), 100);
    }
}
