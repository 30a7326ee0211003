//! Themes: templates and static files from the embedded default, the site's theme folder and
//! the site's own `templates/` and `static/`, later ones overriding earlier ones file by file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default theme's templates, compiled in so a site without `themes/` still builds.
const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../themes/default/templates/index.html"),
    ),
    (
        "article.html",
        include_str!("../themes/default/templates/article.html"),
    ),
    (
        "tag.html",
        include_str!("../themes/default/templates/tag.html"),
    ),
    (
        "tags.html",
        include_str!("../themes/default/templates/tags.html"),
    ),
    (
        "archive.html",
        include_str!("../themes/default/templates/archive.html"),
    ),
    (
        "archive_month.html",
        include_str!("../themes/default/templates/archive_month.html"),
    ),
    (
        "edition.html",
        include_str!("../themes/default/templates/edition.html"),
    ),
    (
        "search.html",
        include_str!("../themes/default/templates/search.html"),
    ),
    (
        "404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    // Author and section pages.
    (
        "author.html",
        include_str!("../themes/default/templates/author.html"),
    ),
    (
        "authors.html",
        include_str!("../themes/default/templates/authors.html"),
    ),
    (
        "section.html",
        include_str!("../themes/default/templates/section.html"),
    ),
    (
        "partials/card.html",
        include_str!("../themes/default/templates/partials/card.html"),
    ),
    (
        "partials/pagination.html",
        include_str!("../themes/default/templates/partials/pagination.html"),
    ),
    (
        "partials/term_list.html",
        include_str!("../themes/default/templates/partials/term_list.html"),
    ),
];

/// The default theme's static files.
const DEFAULT_STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../themes/default/static/style.css"),
    ),
    (
        "search.js",
        include_bytes!("../themes/default/static/search.js"),
    ),
    // Without a declared icon browsers ask for /favicon.ico at the host's root, outside a
    // project site: a 404 on every first visit.
    (
        "favicon.svg",
        include_bytes!("../themes/default/static/favicon.svg"),
    ),
];

/// The built-in templates as (name, text), in the order a theme author reads them.
pub fn builtin_templates() -> &'static [(&'static str, &'static str)] {
    DEFAULT_TEMPLATES
}

/// A template's text and where it came from (for error messages).
#[derive(Debug, Clone)]
pub struct Template {
    pub source: String,
    pub origin: String,
}

/// The resolved theme: every template by name, every static file by output path.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: BTreeMap<String, Template>,
    pub statics: BTreeMap<String, Vec<u8>>,
}

/// Problems reading a theme.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("theme `{name}` not found: there is no folder {}", path.display())]
    Missing { name: String, path: PathBuf },
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: a template must be UTF-8 text", path.display())]
    NotUtf8 { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Walk {
        path: PathBuf,
        source: walkdir::Error,
    },
}

/// Loads the theme named `name` for the site at `root`.
pub fn load(root: &Path, name: &str) -> Result<Theme, Error> {
    let mut theme = Theme::default();
    for (n, src) in DEFAULT_TEMPLATES {
        theme.templates.insert(
            n.to_string(),
            Template {
                source: src.to_string(),
                origin: format!("themes/default/templates/{n} (built in)"),
            },
        );
    }
    for (n, bytes) in DEFAULT_STATIC {
        theme.statics.insert(n.to_string(), bytes.to_vec());
    }
    let theme_dir = root.join("themes").join(name);
    if theme_dir.is_dir() {
        overlay(root, &theme_dir, &mut theme)?;
    } else if name != "default" {
        return Err(Error::Missing {
            name: name.to_string(),
            path: theme_dir
                .strip_prefix(root)
                .unwrap_or(&theme_dir)
                .to_path_buf(),
        });
    }
    overlay(root, root, &mut theme)?;
    Ok(theme)
}

/// Adds `dir/templates/**` and `dir/static/**` over what `theme` already has.
fn overlay(root: &Path, dir: &Path, theme: &mut Theme) -> Result<(), Error> {
    for (rel, path) in files(&dir.join("templates"))? {
        let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let bytes = std::fs::read(&path).map_err(|source| Error::Read {
            path: shown.clone(),
            source,
        })?;
        let source = String::from_utf8(bytes).map_err(|_| Error::NotUtf8 {
            path: shown.clone(),
        })?;
        theme.templates.insert(
            rel,
            Template {
                source,
                origin: shown.display().to_string(),
            },
        );
    }
    for (rel, path) in files(&dir.join("static"))? {
        let bytes = std::fs::read(&path).map_err(|source| Error::Read {
            path: path.strip_prefix(root).unwrap_or(&path).to_path_buf(),
            source,
        })?;
        theme.statics.insert(rel, bytes);
    }
    Ok(())
}

/// Files under `dir` as (path relative to `dir` with `/`, full path); hidden ones skipped.
fn files(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let files = crate::walk::files(dir, None).map_err(|source| Error::Walk {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(files
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (rel, path)
        })
        .collect())
}
