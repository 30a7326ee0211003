//! Authors and sections: names that articles give, grouped like tags (see [`taxonomy::group`])
//! into lists with pages of their own.

use std::collections::BTreeMap;

use crate::content::Page;

use super::taxonomy::{self, Terms};

/// digest's own top-level folders, which a section page (`/<slug>/`) must not take, with what
/// lives there. A new top-level page kind adds its folder here.
const OWN_FOLDERS: &[(&str, &str)] = &[
    ("articles", "the article pages"),
    ("tags", "the tag pages"),
    ("authors", "the author pages"),
    ("archive", "the archive"),
    ("search", "the search page"),
    ("page", "the front page's older pages"),
    ("images", "the resized lead images"),
];

/// The URL slug of section `name`: its page is `/<slug>/`.
pub fn section_slug(name: &str) -> String {
    taxonomy::slug_or(name, "section")
}

/// The URL slug of author `name`: their page is `/authors/<slug>/`.
pub fn author_slug(name: &str) -> String {
    taxonomy::slug_or(name, "author")
}

/// Why section `name` cannot have its page, when its slug is one of digest's own folders.
pub fn section_clash(name: &str) -> Option<String> {
    let slug = section_slug(name);
    OWN_FOLDERS
        .iter()
        .find(|(folder, _)| *folder == slug)
        .map(|(folder, what)| format!("its page would be /{folder}/, where digest writes {what}"))
}

/// The authors of `pages` (newest first), merged across letter case and spacing.
pub fn authors(pages: &[Page]) -> Terms {
    let names = pages
        .iter()
        .map(|p| p.meta.authors.iter().map(String::as_str));
    taxonomy::group(names, &BTreeMap::new(), author_slug)
}

/// The sections of `pages` (newest first), merged across letter case and spacing.
pub fn sections(pages: &[Page]) -> Terms {
    let names = pages.iter().map(|p| p.meta.section.as_deref().into_iter());
    taxonomy::group(names, &BTreeMap::new(), section_slug)
}
