//! Helpers for integration tests: temporary sites, running the real binary, and a link checker
//! that every test of built output can use.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use assert_cmd::Command;
use digest::render::links::percent_decode;

/// A site in a temporary folder.
pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    /// An empty folder with just `site.toml`.
    pub fn new(site_toml: &str) -> TestSite {
        let site = TestSite {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        site.write("site.toml", site_toml);
        site
    }

    /// The site's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `rel` under the root, creating folders.
    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    /// Writes raw bytes to `rel` under the root, creating folders.
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Writes an article with the given front matter lines and body.
    pub fn article(&self, name: &str, front_matter: &str, body: &str) {
        self.write(
            &format!("content/{name}.md"),
            &format!("---\n{front_matter}\n---\n{body}\n"),
        );
    }

    /// `digest build --root ROOT` plus `args`.
    pub fn build(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        digest()
            .arg("build")
            .arg("--root")
            .arg(self.root())
            .args(args)
            .assert()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Reads an output file as text.
    pub fn read(&self, rel: &str) -> String {
        let path = self.public().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// True when the output file exists.
    pub fn exists(&self, rel: &str) -> bool {
        self.public().join(rel).is_file()
    }
}

/// The digest binary built by cargo.
pub fn digest() -> Command {
    Command::cargo_bin("digest").expect("digest binary")
}

/// Every file under `dir`: relative path → (bytes, modification time).
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let meta = entry.metadata().unwrap();
            files.insert(
                entry.path().strip_prefix(dir).unwrap().to_path_buf(),
                (
                    std::fs::read(entry.path()).unwrap(),
                    meta.modified().unwrap(),
                ),
            );
        }
    }
    files
}

/// Values of `attr="..."` in an HTML document (double-quoted, as digest's themes write them).
pub fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let after = &rest[i + needle.len()..];
        let end = after.find('"').unwrap_or(after.len());
        out.push(&after[..end]);
        rest = &after[end..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Checks that every internal `href`/`src` in every HTML file under `public` resolves to a file
/// (and, for `#fragment` links, to an element with that id). `base` is the site's base URL
/// (`/` or `https://host/sub/`); links to other hosts are not checked. Returns the number of
/// links checked; panics with every broken link listed.
pub fn check_links(public: &Path, base: &str) -> usize {
    let base_path = match base.find("://") {
        Some(i) => {
            let rest = &base[i + 3..];
            rest.find('/')
                .map(|j| &rest[j..])
                .unwrap_or("/")
                .to_string()
        }
        None => base.to_string(),
    };
    let origin = base.find("://").map(|i| {
        let rest = &base[i + 3..];
        base[..i + 3 + rest.find('/').unwrap_or(rest.len())].to_string()
    });
    let mut broken = Vec::new();
    let mut checked = 0;
    let mut ids_cache: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let page_rel = entry.path().strip_prefix(public).unwrap();
        let page_dir = page_rel.parent().unwrap_or(Path::new(""));
        for attr in ["href", "src"] {
            for raw in attr_values(&html, attr) {
                let link = unescape(raw);
                let mut link = link.as_str();
                if link.starts_with("mailto:") || link.starts_with("data:") {
                    continue;
                }
                if let Some(origin) = &origin
                    && let Some(rest) = link.strip_prefix(origin.as_str())
                {
                    link = rest;
                } else if link.contains("://") || link.starts_with("//") {
                    continue;
                }
                let (path_part, fragment) = match link.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (link, None),
                };
                let path_part = path_part.split('?').next().unwrap_or("");
                let target: PathBuf = if path_part.is_empty() {
                    page_rel.to_path_buf()
                } else if let Some(abs) = path_part.strip_prefix('/') {
                    let Some(inside) = format!("/{abs}")
                        .strip_prefix(&base_path)
                        .map(str::to_string)
                    else {
                        broken.push(format!(
                            "{}: {raw} is outside the base path {base_path}",
                            page_rel.display()
                        ));
                        continue;
                    };
                    PathBuf::from(percent_decode(&inside))
                } else {
                    page_dir.join(percent_decode(path_part))
                };
                let mut file = public.join(&target);
                if path_part.ends_with('/') || file.is_dir() || target.as_os_str().is_empty() {
                    file = file.join("index.html");
                }
                checked += 1;
                if !file.is_file() {
                    broken.push(format!(
                        "{}: {raw} → {} is missing",
                        page_rel.display(),
                        file.display()
                    ));
                    continue;
                }
                if let Some(fragment) = fragment.filter(|f| !f.is_empty())
                    && file.extension().is_some_and(|e| e == "html")
                {
                    let ids = ids_cache.entry(file.clone()).or_insert_with(|| {
                        let text = std::fs::read_to_string(&file).unwrap();
                        attr_values(&text, "id").into_iter().map(unescape).collect()
                    });
                    if !ids.contains(&percent_decode(fragment)) {
                        broken.push(format!(
                            "{}: {raw} → no element with id `{fragment}`",
                            page_rel.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    checked
}

/// Output of a clean build of the site as it is on disk now.
pub fn clean_build(site: &TestSite) -> digest::output::Output {
    let built = digest::build::load(site.root(), None, false).expect("clean load");
    let theme = digest::theme::load(site.root(), "default").expect("theme");
    digest::render::render(&built, &theme).expect("clean render")
}

/// Asserts that the dev server's workspace holds byte for byte what a clean build would.
pub fn assert_same(ws: &digest::serve::workspace::Workspace, site: &TestSite, step: &str) {
    let expected = clean_build(site);
    let got = ws.snapshot();
    let differing: Vec<&String> = expected
        .files
        .keys()
        .chain(got.files.keys())
        .filter(|p| expected.files.get(*p) != got.files.get(*p))
        .collect();
    assert!(
        differing.is_empty(),
        "{step}: incremental output differs from a clean build in {differing:?}"
    );
}

/// Environment that keeps git away from the machine's own configuration.
pub fn isolate_git(cmd: &mut std::process::Command, home: &Path, root: &Path) {
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        // Never discover a repository above the temporary folders.
        .env(
            "GIT_CEILING_DIRECTORIES",
            root.parent().unwrap_or(Path::new("/")),
        )
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("EMAIL");
}

/// Sets a git identity through the environment.
pub fn git_identity(cmd: &mut std::process::Command) {
    cmd.env("GIT_AUTHOR_NAME", "Test Author")
        .env("GIT_AUTHOR_EMAIL", "author@example.org")
        .env("GIT_COMMITTER_NAME", "Test Author")
        .env("GIT_COMMITTER_EMAIL", "author@example.org");
}

/// The workflow `digest new --github-pages` writes, made in a fresh temporary folder.
pub fn new_pages_workflow() -> String {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("site");
    digest()
        .arg("new")
        .arg(&dir)
        .arg("--github-pages")
        .assert()
        .success()
        .stdout(predicates::str::contains(".github/workflows/pages.yml"));
    std::fs::read_to_string(dir.join(".github/workflows/pages.yml")).unwrap()
}

/// The slugs of the articles a list page links in its `<main>`, in order.
pub fn listed_articles(html: &str) -> Vec<String> {
    let main = html.split("<main").nth(1).unwrap_or("");
    attr_values(main, "href")
        .into_iter()
        .filter_map(|h| h.split("/articles/").nth(1))
        .map(|slug| slug.trim_end_matches('/').to_string())
        .collect()
}
