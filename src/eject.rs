//! `digest theme eject`: copies built-in templates into the site's theme folder for editing.
//!
//! A file that exists is never replaced, and a run that cannot write every file it was asked
//! for removes the ones it did write, so the site is left either with all of them or as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{build, theme};

/// What `digest theme eject` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site's folder (holding `site.toml`).
    pub root: PathBuf,
    /// Templates to eject (`article.html`, `article`, `partials/card.html`); empty means all.
    pub templates: Vec<String>,
}

/// What an eject wrote.
#[derive(Debug, Clone)]
pub struct Report {
    /// The folder the templates went to, as the user names it (`themes/default/templates`).
    pub dir: PathBuf,
    /// Every file written, as the user names it.
    pub written: Vec<PathBuf>,
}

/// Why nothing was ejected.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Site(#[from] build::Error),
    #[error("there is no built-in template `{name}`; the built-in templates are: {}", valid.join(", "))]
    Unknown {
        name: String,
        valid: Vec<&'static str>,
    },
    #[error(
        "{} already {}: digest never overwrites your templates, so nothing was written. Move {} away, or name only the templates you still want to eject",
        list(paths), if paths.len() == 1 { "exists" } else { "exist" },
        if paths.len() == 1 { "it" } else { "them" }
    )]
    Exists { paths: Vec<PathBuf> },
    #[error("{}: {action}: {source}; nothing was ejected", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes the asked-for built-in templates into `themes/THEME/templates/` of the site.
pub fn eject(options: &Options) -> Result<Report, Error> {
    let config = build::load_config(&options.root, None)?;
    let chosen = choose(&options.templates)?;
    let dir = Path::new("themes").join(&config.theme).join("templates");
    let shown = |rel: &Path| -> PathBuf {
        if options.root == Path::new(".") {
            rel.to_path_buf()
        } else {
            options.root.join(rel)
        }
    };
    let targets: Vec<(PathBuf, &str)> = chosen
        .iter()
        .map(|(name, text)| (shown(&dir.join(name)), *text))
        .collect();
    let existing: Vec<PathBuf> = targets
        .iter()
        .filter(|(path, _)| path.symlink_metadata().is_ok())
        .map(|(path, _)| path.clone())
        .collect();
    if !existing.is_empty() {
        return Err(Error::Exists { paths: existing });
    }
    let mut written = Vec::new();
    for (path, text) in &targets {
        if let Err(e) = write_new(path, text) {
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            return Err(e);
        }
        written.push(path.clone());
    }
    Ok(Report {
        dir: shown(&dir),
        written,
    })
}

/// The built-in templates named (all of them for none), each once, in the built-in order.
fn choose(names: &[String]) -> Result<Vec<(&'static str, &'static str)>, Error> {
    let builtin = theme::builtin_templates();
    if names.is_empty() {
        return Ok(builtin.to_vec());
    }
    let mut wanted = Vec::new();
    for name in names {
        let found = resolve(name).ok_or_else(|| Error::Unknown {
            name: name.clone(),
            valid: builtin.iter().map(|(n, _)| *n).collect(),
        })?;
        if !wanted.contains(&found) {
            wanted.push(found);
        }
    }
    Ok(builtin
        .iter()
        .copied()
        .filter(|(n, _)| wanted.contains(n))
        .collect())
}

/// The built-in template a user means by `name`: `article.html`, `article`,
/// `templates/article.html`, `partials/card.html` or just `card`.
fn resolve(name: &str) -> Option<&'static str> {
    let name = name.trim().replace('\\', "/");
    let name = name.strip_prefix("templates/").unwrap_or(&name);
    let with_html = if name.ends_with(".html") {
        name.to_string()
    } else {
        format!("{name}.html")
    };
    let candidates = [with_html.clone(), format!("partials/{with_html}")];
    theme::builtin_templates()
        .iter()
        .map(|(n, _)| *n)
        .find(|n| candidates.iter().any(|c| c == n))
}

/// Writes `text` to `path` whole or not at all, and never over a file that appeared meanwhile.
fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let io = |action: &'static str| {
        let path = path.to_path_buf();
        move |source| Error::Io {
            path,
            action,
            source,
        }
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(io("cannot create the folder"))?;
    let mut file = tempfile::NamedTempFile::new_in(folder).map_err(io("cannot write"))?;
    file.write_all(text.as_bytes())
        .map_err(io("cannot write"))?;
    file.persist_noclobber(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        action: "cannot write",
        source: e.error,
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_found_with_or_without_html_and_partials() {
        assert_eq!(super::resolve("article"), Some("article.html"));
        assert_eq!(super::resolve("article.html"), Some("article.html"));
        assert_eq!(super::resolve("templates/base.html"), Some("base.html"));
        assert_eq!(super::resolve("card"), Some("partials/card.html"));
        assert_eq!(
            super::resolve("partials/pagination.html"),
            Some("partials/pagination.html")
        );
        assert_eq!(super::resolve("../base.html"), None);
        assert_eq!(super::resolve("artikel"), None);
    }
}
