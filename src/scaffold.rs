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
/// It downloads the release binary of the digest version that wrote it, checked against the
/// release's SHA-256, so a push deploys in seconds instead of compiling digest; only when that
/// release has no binary does it build digest from source. It also runs daily, because a build
/// leaves out articles dated in the future and nothing else would rebuild the site on their day.
const PAGES_WORKFLOW: &str = r#"# Builds this digest and deploys it to GitHub Pages on every push to main, and once a day so
# that articles dated in the future appear on their date.
#
# One-time setup on GitHub: Settings → Pages → Build and deployment → Source: "GitHub Actions".
#
# digest comes from its GitHub release DIGEST_VERSION at DIGEST_REPO (below): the Linux binary
# is downloaded and checked against the release's SHA-256 checksum. If that release has no
# binary, digest is compiled from source instead (a few minutes). To upgrade, change
# DIGEST_VERSION. To trust no later change to the release, set DIGEST_SHA256 to the checksum
# of digest-x86_64-unknown-linux-gnu.tar.gz listed in the release's SHA256SUMS.
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
  # Daily just after midnight UTC: an article dated 2026-03-01 (a day without a time counts
  # from 00:00 UTC) appears in that day's run. GitHub may start scheduled runs some minutes
  # late, and pauses them in a public repository with no activity for 60 days. An article with
  # a time (2026-03-01T09:00:00+07:00) waits for the next run after it: add more cron lines,
  # such as "7 * * * *" for every hour, to publish closer to the minute.
  schedule:
    - cron: "7 0 * * *"
  workflow_dispatch:

permissions: {}

# One deployment at a time; a newer push waits rather than cancelling a deployment midway.
concurrency:
  group: pages
  cancel-in-progress: false

env:
  DIGEST_REPO: __DIGEST_REPO__
  DIGEST_VERSION: __DIGEST_VERSION__
  DIGEST_SHA256: ""

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
      - name: Install digest
        run: |
          case "$DIGEST_REPO" in
            */OWNER/*) echo "::error file=.github/workflows/pages.yml::set DIGEST_REPO to the git URL of digest"; exit 1 ;;
          esac
          archive=digest-x86_64-unknown-linux-gnu.tar.gz
          url="${DIGEST_REPO%.git}/releases/download/$DIGEST_VERSION/$archive"
          cd "$RUNNER_TEMP"
          if curl --fail --silent --show-error --location --retry 3 --output "$archive" "$url" &&
             curl --fail --silent --show-error --location --retry 3 --output "$archive.sha256" "$url.sha256"; then
            sha256sum --check "$archive.sha256"
            if [ -n "$DIGEST_SHA256" ]; then
              echo "$DIGEST_SHA256  $archive" | sha256sum --check
            fi
            tar -xzf "$archive" digest
            install -D digest "$HOME/.cargo/bin/digest"
          else
            echo "::warning::no prebuilt digest at $url: compiling digest from source"
            rustup toolchain install stable --profile minimal && rustup default stable
            if git ls-remote --exit-code --tags "$DIGEST_REPO" "refs/tags/$DIGEST_VERSION" > /dev/null; then
              set -- --tag "$DIGEST_VERSION"
            else
              echo "::warning::$DIGEST_REPO has no tag $DIGEST_VERSION: building its default branch"
              set --
            fi
            cargo install --locked --git "$DIGEST_REPO" "$@" digest-ssg
          fi
          digest --version
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

/// The deploy workflow for a new site: it installs this very version of digest, from the
/// repository digest was built from if known.
pub fn pages_workflow() -> String {
    let repo = match env!("CARGO_PKG_REPOSITORY") {
        "" => REPO_PLACEHOLDER,
        url => url,
    };
    PAGES_WORKFLOW.replace("__DIGEST_REPO__", repo).replace(
        "__DIGEST_VERSION__",
        concat!("v", env!("CARGO_PKG_VERSION")),
    )
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
        (dir.join(".gitignore"), "/public/\n/.digest-cache/\n"),
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
