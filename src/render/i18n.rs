//! The theme's interface words in the site's language (Indonesian and English; English otherwise).

use std::collections::BTreeMap;

const ID: &[(&str, &str)] = &[
    ("home", "Beranda"),
    ("tags", "Tag"),
    ("all_tags", "Semua tag"),
    ("archive", "Arsip"),
    ("latest", "Terbaru"),
    ("related", "Artikel terkait"),
    ("newer", "Lebih baru"),
    ("older", "Lebih lama"),
    ("page", "Halaman"),
    ("of", "dari"),
    ("source", "Sumber"),
    ("by", "Oleh"),
    ("location", "Lokasi"),
    ("updated", "Diperbarui"),
    ("minutes_read", "menit baca"),
    ("articles", "artikel"),
    ("tagged", "Artikel dengan tag"),
    ("skip", "Langsung ke isi"),
    ("feed", "Umpan Atom"),
    ("not_found", "Halaman tidak ditemukan"),
    (
        "not_found_text",
        "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
    ),
    ("back_home", "Kembali ke beranda"),
    ("no_articles", "Belum ada artikel."),
    ("pagination", "Navigasi halaman"),
    ("main_nav", "Navigasi utama"),
    ("popular_tags", "Tag populer"),
    ("search", "Cari"),
    ("search_title", "Pencarian"),
    ("search_label", "Cari artikel"),
    ("search_filter", "Saring menurut tag"),
    ("search_any_tag", "Semua tag"),
    (
        "search_noscript",
        "Pencarian berjalan di peramban Anda dan memerlukan JavaScript. Tanpa JavaScript, telusuri artikel menurut tag:",
    ),
    ("search_one", "1 hasil"),
    ("search_many", "{n} hasil"),
    ("search_none", "Tidak ada hasil"),
    ("search_more", "Hasil lainnya"),
    ("search_loading", "Mencari…"),
    ("search_error", "Indeks pencarian tidak dapat dimuat."),
    // Day editions and featured stories.
    ("lead", "Berita utama"),
    ("more_stories", "Berita lainnya"),
    ("editions", "Edisi harian"),
    ("editions_feed", "Umpan edisi harian"),
    // Author and section pages.
    ("authors", "Penulis"),
    ("all_authors", "Semua penulis"),
    ("written_by", "Artikel oleh"),
    ("section", "Rubrik"),
    ("in_section", "Artikel rubrik"),
    // Lead images: before the credit of a photo.
    ("photo", "Foto"),
];

const EN: &[(&str, &str)] = &[
    ("home", "Home"),
    ("tags", "Tags"),
    ("all_tags", "All tags"),
    ("archive", "Archive"),
    ("latest", "Latest"),
    ("related", "Related articles"),
    ("newer", "Newer"),
    ("older", "Older"),
    ("page", "Page"),
    ("of", "of"),
    ("source", "Source"),
    ("by", "By"),
    ("location", "Location"),
    ("updated", "Updated"),
    ("minutes_read", "min read"),
    ("articles", "articles"),
    ("tagged", "Articles tagged"),
    ("skip", "Skip to content"),
    ("feed", "Atom feed"),
    ("not_found", "Page not found"),
    (
        "not_found_text",
        "The page you are looking for does not exist or has moved.",
    ),
    ("back_home", "Back to the front page"),
    ("no_articles", "No articles yet."),
    ("pagination", "Pagination"),
    ("main_nav", "Main navigation"),
    ("popular_tags", "Popular tags"),
    ("search", "Search"),
    ("search_title", "Search"),
    ("search_label", "Search articles"),
    ("search_filter", "Filter by tag"),
    ("search_any_tag", "All tags"),
    (
        "search_noscript",
        "Search runs in your browser and needs JavaScript. Without it, browse the articles by tag:",
    ),
    ("search_one", "1 result"),
    ("search_many", "{n} results"),
    ("search_none", "No results"),
    ("search_more", "More results"),
    ("search_loading", "Searching…"),
    ("search_error", "The search index could not be loaded."),
    // Day editions and featured stories.
    ("lead", "Top stories"),
    ("more_stories", "More stories"),
    ("editions", "Daily editions"),
    ("editions_feed", "Daily editions feed"),
    // Author and section pages.
    ("authors", "Authors"),
    ("all_authors", "All authors"),
    ("written_by", "Articles by"),
    ("section", "Section"),
    ("in_section", "Articles in"),
    // Lead images: before the credit of a photo.
    ("photo", "Photo"),
];

fn is_indonesian(lang: &str) -> bool {
    lang == "id" || lang.starts_with("id-")
}

/// The word table for `lang`, as templates see it under `t`, with the site's own words
/// (`[strings]` in site.toml, already checked by `is_word`) in place of the built-in ones.
pub fn words<'a>(lang: &str, own: &'a BTreeMap<String, String>) -> BTreeMap<&'a str, &'a str> {
    let table = if is_indonesian(lang) { ID } else { EN };
    let mut words: BTreeMap<&str, &str> = table.iter().copied().collect();
    for (key, text) in own {
        words.insert(key, text);
    }
    words
}

/// True when templates know `key` as an interface word (`latest`, `search`, …).
pub fn is_word(key: &str) -> bool {
    EN.iter().any(|(k, _)| *k == key)
}

/// Every interface word's key, for messages that list them.
pub fn word_keys() -> impl Iterator<Item = &'static str> {
    EN.iter().map(|(k, _)| *k)
}

/// What a site's own text for `key` must keep: the placeholder the theme fills in.
pub fn required_placeholder(key: &str) -> Option<&'static str> {
    (key == "search_many").then_some("{n}")
}

/// Names as a reader writes them in `lang`: "A dan B", "A, B, dan C" (Indonesian puts a comma
/// before the last "dan" of a series); "A and B", "A, B and C".
pub fn join_names(lang: &str, names: &[String]) -> String {
    name_separators(lang, names.len())
        .into_iter()
        .zip(names)
        .map(|(before, name)| format!("{before}{name}"))
        .collect()
}

/// What goes before each of `n` names joined as in [`join_names`], for templates that link
/// each name: `["", " dan "]`, `["", ", ", ", dan "]`.
pub fn name_separators(lang: &str, n: usize) -> Vec<&'static str> {
    let (and, last_of_series) = if is_indonesian(lang) {
        (" dan ", ", dan ")
    } else {
        (" and ", " and ")
    };
    (0..n)
        .map(|i| match i {
            0 => "",
            _ if i + 1 < n => ", ",
            _ if n == 2 => and,
            _ => last_of_series,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn own_words_replace_built_in_ones() {
        let own = std::collections::BTreeMap::from([("latest".to_string(), "Kabar".to_string())]);
        let words = super::words("id", &own);
        assert_eq!(words["latest"], "Kabar");
        assert_eq!(words["search"], "Cari");
    }

    #[test]
    fn names_joined_in_each_language() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(super::join_names("id", &names(&["A"])), "A");
        assert_eq!(super::join_names("id", &names(&["A", "B"])), "A dan B");
        assert_eq!(
            super::join_names("id", &names(&["A", "B", "C"])),
            "A, B, dan C"
        );
        assert_eq!(super::join_names("en", &names(&["A", "B"])), "A and B");
        assert_eq!(
            super::join_names("en", &names(&["A", "B", "C"])),
            "A, B and C"
        );
    }

    #[test]
    fn tables_have_the_same_keys() {
        let id: Vec<_> = super::ID.iter().map(|(k, _)| k).collect();
        let en: Vec<_> = super::EN.iter().map(|(k, _)| k).collect();
        assert_eq!(id, en);
    }
}
