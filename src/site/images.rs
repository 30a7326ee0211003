//! Lead images as the model knows them: where an article's `image` lives (beside the article,
//! under `static/`, or on the web) and, for a local file, its content hash, pixel size and format.

use std::borrow::Cow;
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use crate::content::Page;
use crate::content::frontmatter::LeadImage;
use crate::theme::Theme;

/// Where a lead image comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file in the site's folder, by its path relative to the root (`content/2026/a.jpg`).
    File(PathBuf),
    /// A file of the site's or the theme's `static/`, by its site path (`images/a.jpg`).
    Static(String),
    /// A web address, used as given: never downloaded.
    Remote(String),
}

impl Origin {
    /// The file as the user names it in a message.
    fn shown(&self) -> String {
        match self {
            Origin::File(p) => p.display().to_string(),
            Origin::Static(p) => format!("static/{p}"),
            Origin::Remote(u) => u.clone(),
        }
    }
}

/// The formats digest measures and resizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
}

impl Format {
    /// The file name extension of resized copies.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }
}

/// A local image, measured from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picture {
    /// xxh3 of the file's bytes: it names the resized copies, so a new photo gets new URLs
    /// and a cached copy can never belong to another photo.
    pub hash: u64,
    /// Pixel size as a browser shows it (after the EXIF orientation).
    pub width: u32,
    pub height: u32,
    pub format: Format,
}

/// A lead image that cannot be used, at the line of the article's `image` key.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}: {problem}", file.display())]
pub struct Error {
    pub file: PathBuf,
    pub line: usize,
    pub problem: Problem,
}

/// What is wrong with a lead image.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error(
        "`image: {src}` points outside the site's folder: keep the image beside the article or under static/"
    )]
    Outside { src: String },
    #[error("the image {shown} does not exist (`image: {src}`): {hint}")]
    Missing {
        src: String,
        shown: String,
        hint: &'static str,
    },
    #[error("cannot read the image {shown}: {source}")]
    Read {
        shown: String,
        source: std::io::Error,
    },
    #[error("the image {shown} cannot be used: {reason}")]
    Undecodable { shown: String, reason: String },
}

/// The lead image of `page` and where it comes from, checked as far as the path goes.
pub fn origin(page: &Page) -> Result<Option<(&LeadImage, Origin)>, Error> {
    let Some(image) = &page.meta.image else {
        return Ok(None);
    };
    let src = image.src.as_str();
    let lower = src.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Ok(Some((image, Origin::Remote(src.to_string()))));
    }
    let outside = || Error {
        file: page.file.clone(),
        line: image.line,
        problem: Problem::Outside {
            src: src.to_string(),
        },
    };
    let origin = match src.strip_prefix('/') {
        Some(rest) => {
            let path = normal(Path::new(""), rest).ok_or_else(outside)?;
            let parts: Vec<_> = path
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            Origin::Static(parts.join("/"))
        }
        None => {
            let dir = page.file.parent().unwrap_or(Path::new(""));
            Origin::File(normal(dir, src).ok_or_else(outside)?)
        }
    };
    Ok(Some((image, origin)))
}

/// `base` joined with `rel`, with `.` and `..` resolved; `None` when it climbs above `base`'s
/// start (the site's root) or names nothing.
fn normal(base: &Path, rel: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in base.join(rel).components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

/// A local image, read: its bytes, where they come from, and the article that names it.
pub struct Loaded<'t> {
    pub bytes: Cow<'t, [u8]>,
    pub picture: Picture,
    file: PathBuf,
    line: usize,
    shown: String,
}

impl Loaded<'_> {
    /// Decodes the whole image, turned upright as its EXIF orientation says.
    pub fn decode(&self) -> Result<DynamicImage, Error> {
        let fail = |e: image::ImageError| self.undecodable(e.to_string());
        let reader = ImageReader::new(Cursor::new(&self.bytes[..]))
            .with_guessed_format()
            .map_err(|e| self.undecodable(e.to_string()))?;
        let mut decoder = reader.into_decoder().map_err(fail)?;
        let orientation = decoder.orientation().map_err(fail)?;
        let mut image = DynamicImage::from_decoder(decoder).map_err(fail)?;
        image.apply_orientation(orientation);
        Ok(image)
    }

    /// An error about this image that says what is wrong with it.
    pub fn undecodable(&self, reason: String) -> Error {
        Error {
            file: self.file.clone(),
            line: self.line,
            problem: Problem::Undecodable {
                shown: self.shown.clone(),
                reason,
            },
        }
    }
}

/// Reads and measures the local image at `origin` (never a remote one) that `page` names.
pub fn load<'t>(
    root: &Path,
    theme: &'t Theme,
    page: &Page,
    image: &LeadImage,
    origin: &Origin,
) -> Result<Loaded<'t>, Error> {
    let shown = origin.shown();
    let error = |problem| Error {
        file: page.file.clone(),
        line: image.line,
        problem,
    };
    let missing = |hint| {
        error(Problem::Missing {
            src: image.src.clone(),
            shown: shown.clone(),
            hint,
        })
    };
    let bytes = match origin {
        Origin::File(rel) => match std::fs::read(root.join(rel)) {
            Ok(bytes) => Cow::Owned(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(missing(
                    "a path without a leading / is read from the article's folder",
                ));
            }
            Err(source) => {
                return Err(error(Problem::Read {
                    shown: shown.clone(),
                    source,
                }));
            }
        },
        Origin::Static(path) => match theme.statics.get(path) {
            Some(bytes) => Cow::Borrowed(bytes.as_slice()),
            None => {
                return Err(missing(
                    "a path with a leading / is read from the site's or the theme's static/",
                ));
            }
        },
        Origin::Remote(_) => return Err(missing("a web address is not read")),
    };
    let mut loaded = Loaded {
        picture: Picture {
            hash: 0,
            width: 0,
            height: 0,
            format: Format::Jpeg,
        },
        bytes,
        file: page.file.clone(),
        line: image.line,
        shown,
    };
    loaded.picture = measure(&loaded.bytes).map_err(|reason| loaded.undecodable(reason))?;
    Ok(loaded)
}

/// Hash, upright size and format of an image, from its header (the pixels are not decoded).
fn measure(bytes: &[u8]) -> Result<Picture, String> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let format = match reader.format() {
        Some(ImageFormat::Jpeg) => Format::Jpeg,
        Some(ImageFormat::Png) => Format::Png,
        _ => return Err("it is not a JPEG or PNG image".into()),
    };
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let (w, h) = decoder.dimensions();
    let turned = decoder.orientation().is_ok_and(|o| {
        use image::metadata::Orientation::*;
        matches!(o, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
    });
    let (width, height) = if turned { (h, w) } else { (w, h) };
    if width == 0 || height == 0 {
        return Err("it has no pixels".into());
    }
    Ok(Picture {
        hash: xxhash_rust::xxh3::xxh3_64(bytes),
        width,
        height,
        format,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `w`×`h` JPEG whose EXIF says "rotate 90° clockwise to show", as phones write them.
    fn turned_jpeg(w: u32, h: u32) -> Vec<u8> {
        let mut plain = Cursor::new(Vec::new());
        image::RgbImage::new(w, h)
            .write_to(&mut plain, ImageFormat::Jpeg)
            .unwrap();
        let plain = plain.into_inner();
        // TIFF, little-endian, one IFD entry: Orientation (0x0112), SHORT, 1 value, 6.
        let mut tiff = b"II*\0\x08\0\0\0\x01\0".to_vec();
        tiff.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = u16::try_from(app1.len() + 2).unwrap().to_be_bytes();
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1, len[0], len[1]]);
        out.extend_from_slice(&app1);
        out.extend_from_slice(&plain[2..]);
        out
    }

    #[test]
    fn a_phone_photo_is_measured_and_decoded_upright() {
        let bytes = turned_jpeg(40, 20);
        let picture = measure(&bytes).unwrap();
        assert_eq!((picture.width, picture.height), (20, 40));
        let loaded = Loaded {
            bytes: Cow::Owned(bytes),
            picture,
            file: PathBuf::from("content/a.md"),
            line: 4,
            shown: "content/a.jpg".into(),
        };
        let image = loaded.decode().unwrap();
        assert_eq!((image.width(), image.height()), (20, 40));
    }

    #[test]
    fn paths_stay_inside_the_site() {
        assert_eq!(
            normal(Path::new("content/2026"), "../foto/./a.jpg"),
            Some(PathBuf::from("content/foto/a.jpg"))
        );
        assert_eq!(normal(Path::new("content"), "../../a.jpg"), None);
        assert_eq!(normal(Path::new(""), "/etc/passwd"), None);
    }
}
