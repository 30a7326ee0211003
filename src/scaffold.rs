//! `digest new DIR`: a minimal site that builds as it is.

use std::path::{Path, PathBuf};

/// Problems creating a new site.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{} already exists and is not empty: choose a new folder", path.display())]
    NotEmpty { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

const SITE_TOML: &str = r#"title = "My News Digest"
# Where the site will live; every link is built from it. For a GitHub Pages project site
# use "https://USER.github.io/REPO/".
base_url = "/"
language = "id"
description = "Ringkasan berita pilihan."
paginate_by = 10

[taxonomies]
# Spellings that mean the same tag.
aliases = { "AS" = "Amerika Serikat", "Tiongkok" = "China" }
"#;

const EXAMPLE: &str = r#"---
title: "Selamat datang di digest"
date: 2026-01-15
source: digest
location: Jakarta
tags: [Panduan, Digest]
summary: Artikel contoh. Ubah atau hapus, lalu jalankan `digest build` lagi.
---
Ini artikel contoh. Setiap berkas `.md` di folder `content/` menjadi satu halaman.

## Front matter

Bagian di antara baris `---` memuat judul, tanggal, sumber, lokasi, tag dan ringkasan.
"#;

/// Where `--github-pages` puts the deploy workflow, relative to the site.
pub const PAGES_WORKFLOW_PATH: &str = ".github/workflows/pages.yml";

/// Stands in for digest's git URL until the binary is built with `repository` in Cargo.toml.
const REPO_PLACEHOLDER: &str = "https://github.com/OWNER/digest";

/// A GitHub Actions workflow that builds the site with digest and deploys it to GitHub Pages.
///
/// digest is built from source with `cargo install --git`: there are no release binaries to
/// download, and building from a pinned git URL is one line that works on any runner.
const PAGES_WORKFLOW: &str = r#"# Builds this digest and deploys it to GitHub Pages on every push to main.
#
# One-time setup on GitHub: Settings → Pages → Build and deployment → Source: "GitHub Actions".
# digest is installed from source with `cargo install`; DIGEST_REPO below is its git URL (add
# `--tag vX.Y.Z` or `--rev COMMIT` to the install line to pin a version). The first run takes a
# few minutes while digest compiles.
#
# Hardened the way zizmor (https://docs.zizmor.sh) recommends: every action is pinned to the
# commit of a release (the comment names it; tags can be moved, commits cannot), the token gets
# no permissions by default and each job only what it needs, the checkout does not keep the
# token in .git/config, and values reach shell commands through env, never spliced into the
# script.
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions: {}

# One deployment at a time; a newer push waits rather than cancelling a deployment midway.
concurrency:
  group: pages
  cancel-in-progress: false

env:
  DIGEST_REPO: __DIGEST_REPO__

jobs:
  build:
    name: Build the site
    runs-on: ubuntu-latest
    permissions:
      contents: read # check out the site
      pages: read # configure-pages reads the site's address
    steps:
      - name: Check out the site
        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0
        with:
          persist-credentials: false
      - name: Configure GitHub Pages
        id: pages
        uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0
      - name: Install Rust
        # The runner image ships rustup, so no third-party action needs to be trusted for this.
        run: rustup toolchain install stable --profile minimal && rustup default stable
      - name: Install digest
        run: |
          case "$DIGEST_REPO" in
            */OWNER/*) echo "::error file=.github/workflows/pages.yml::set DIGEST_REPO to the git URL of digest"; exit 1 ;;
          esac
          cargo install --locked --git "$DIGEST_REPO" digest
      - name: Build the site
        env:
          BASE_URL: ${{ steps.pages.outputs.base_url }}
        # A project site lives under /<repo>/; the trailing slash keeps every link inside it.
        run: digest build --base-url "$BASE_URL/"
      - name: Upload the site
        uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0
        with:
          path: public

  deploy:
    name: Deploy to GitHub Pages
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write # only this job may publish the site
      id-token: write # deploy-pages proves who it is with an OIDC token
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5
"#;

/// Choices for a new site.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Also write a GitHub Actions workflow that deploys the site to GitHub Pages.
    pub github_pages: bool,
}

/// The deploy workflow for a new site, naming the repository digest was built from if known.
pub fn pages_workflow() -> String {
    let repo = match env!("CARGO_PKG_REPOSITORY") {
        "" => REPO_PLACEHOLDER,
        url => url,
    };
    PAGES_WORKFLOW.replace("__DIGEST_REPO__", repo)
}

/// Writes a new site into `dir` (created if needed; must be empty if it exists).
pub fn new_site(dir: &Path, options: &Options) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(io(dir))?;
        if entries.next().is_some() {
            return Err(Error::NotEmpty {
                path: dir.to_path_buf(),
            });
        }
    }
    let content = dir.join("content");
    std::fs::create_dir_all(&content).map_err(io(&content))?;
    for (path, text) in [
        (dir.join("site.toml"), SITE_TOML),
        (content.join("selamat-datang.md"), EXAMPLE),
        (dir.join(".gitignore"), "/public/\n"),
    ] {
        std::fs::write(&path, text).map_err(io(&path))?;
    }
    if options.github_pages {
        let path = dir.join(PAGES_WORKFLOW_PATH);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(io(folder))?;
        }
        std::fs::write(&path, pages_workflow()).map_err(io(&path))?;
    }
    Ok(())
}
