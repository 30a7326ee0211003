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

/// Writes a new site into `dir` (created if needed; must be empty if it exists).
pub fn new_site(dir: &Path) -> Result<(), Error> {
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
    Ok(())
}
