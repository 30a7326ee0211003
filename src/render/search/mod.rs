//! Full-text search on the built site alone: an index of small static files that `search.js`
//! fetches only for the words a reader types, so no server and no up-front download is needed.
//!
//! Files under `search/`:
//!
//! - `w/<shard>.json` — **word lists**, one per first three characters of a word (`per.json`
//!   holds every word starting with "per"). Each word seen in the site *and* each stem is a key,
//!   pointing at its stems: `pertahanan → tahan`, `tahan → tahan`. A query word is looked up
//!   by prefix in its shard, so "pertahan" (not itself a word) finds the key "pertahanan", whose
//!   stem "tahan" also covers "ketahanan" and "bertahan". The browser never stems: stemming
//!   happens here once, with the Snowball stemmer of each page's language.
//! - `p/<n>.json` — **posting lists**, for stems in alphabetical runs of about 16 kB: for each
//!   stem, its surface forms (to mark them in snippets) and the documents that contain it, each
//!   with a weight (title match, tag match, how often in the body).
//! - `d/<n>.json` — the **documents** `16n` to `16n + 15`: URL, title, date and tags, fetched only
//!   for the results on screen. The text for a result's snippet is its article page itself,
//!   which the reader is likely to open next: a second copy of every article's text here would
//!   weigh as much as a third of the whole site.
//! - `t/<slug>.json` — the documents of each **tag**, fetched only when results are filtered.
//!
//! Document numbers are the site's order (newest first), so ties go to the newer article.

mod body_text;
pub mod codec;
pub mod text;
mod words;

use std::borrow::Cow;
use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::site::Site;
use codec::Gaps;
use text::Stems;
use words::{Weighted, Words, combine};

/// Folder of the index and the search page, relative to the site root.
pub const DIR: &str = "search/";
/// The theme's search script, a static file; left out of the site when search is off.
pub const SCRIPT: &str = "search.js";

/// Posting files are filled with stems up to about this size; one larger stem gets a file alone.
const POSTINGS_FILE_BYTES: usize = 16 * 1024;
/// Documents per `d/<n>.json` file: a results page of ten fetches at most ten of these small
/// files, while the site has a sixteenth as many files as articles here.
pub const DOCS_PER_FILE: usize = 16;

/// The index as files to write, and what the search page needs to know about it.
pub struct Index {
    /// Output path (under [`DIR`]) and bytes of each file.
    pub files: Vec<(String, Vec<u8>)>,
    /// A hash of every file, added to the URLs the script fetches so browsers never mix builds.
    pub version: String,
    /// How many documents (articles) are indexed.
    pub docs: usize,
}

/// What `search.html` sees as `search`.
#[derive(Serialize)]
pub struct PageValue {
    /// The search page's own URL (the form's `action`).
    pub url: String,
    /// The folder the script fetches the index from, with the base path (`/digest/search/`).
    pub index_url: String,
    /// The script's URL, with a hash of the script so a browser never runs an old copy.
    pub script_url: String,
    /// See [`Index::version`].
    pub version: String,
    /// How many articles are searchable.
    pub docs: usize,
    /// See [`DOCS_PER_FILE`].
    pub docs_per_file: usize,
}

impl PageValue {
    /// The values for `index` on the site configured by `config`, whose `script` is the theme's.
    pub fn new(config: &crate::config::Config, index: &Index, script: &[u8]) -> PageValue {
        let script_hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(script));
        PageValue {
            url: config.url(DIR),
            index_url: config.url(DIR),
            script_url: format!("{}?v={}", config.url(SCRIPT), &script_hash[..10]),
            version: index.version.clone(),
            docs: index.docs,
            docs_per_file: DOCS_PER_FILE,
        }
    }
}

/// One document in `d/<n>.json`: what a result shows besides its snippet.
#[derive(Serialize)]
struct DocMeta<'a> {
    /// URL
    u: String,
    /// title
    t: &'a str,
    /// date as shown
    d: String,
    /// date as `YYYY-MM-DD`, for `<time datetime>`
    m: String,
    /// tags as (name, URL)
    g: Vec<(&'a str, String)>,
}

fn json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serialising plain strings, numbers and maps cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

/// Builds the whole index for `site`.
pub fn build(site: &Site) -> Index {
    build_unless(site, &|| false).unwrap_or_else(|| Index {
        files: Vec::new(),
        version: String::new(),
        docs: 0,
    })
}

/// Builds the index unless `stop` says, between documents and between stages, that it is no
/// longer wanted (the dev server: a new save arrived, whose pages must not wait for it).
pub fn build_unless(site: &Site, stop: &(dyn Fn() -> bool + Sync)) -> Option<Index> {
    let (languages, page_lang) = languages(site);
    // One pass over the text: each chunk of documents numbers its words (see `Words`), the
    // chunks are merged in document order, and only then is each distinct word stemmed.
    let (words, docs) = (0..site.pages.len())
        .into_par_iter()
        .fold(
            || Words::new(languages.len()),
            |mut acc, i| {
                if !stop() {
                    acc.add_doc(site, i, page_lang[i]);
                }
                acc
            },
        )
        .reduce(|| Words::new(languages.len()), Words::merge)
        .into_parts();
    if stop() {
        return None;
    }
    let stemmers: Vec<Stems> = languages.iter().map(|l| Stems::for_language(l)).collect();
    let stemmed: Vec<String> = words
        .par_iter()
        .map(|(lang, w)| stemmers[*lang].stem(w))
        .collect();
    // Stems in alphabetical order, so each posting file holds a run of neighbours.
    let mut stems: Vec<&str> = stemmed.iter().map(String::as_str).collect();
    stems.sort_unstable();
    stems.dedup();
    let word_stem: Vec<u32> = stemmed
        .iter()
        .map(|s| stems.binary_search(&s.as_str()).unwrap_or(0) as u32)
        .collect();

    // The documents' word lists become their stem lists, each freed as it is converted, and
    // are then consumed into the postings: at 100,000 articles each copy is ~150–240 MB.
    if stop() {
        return None;
    }
    let postings = postings(docs, &word_stem, stems.len());
    let mut forms: Vec<Vec<&str>> = vec![Vec::new(); stems.len()];
    for ((_, w), &s) in words.iter().zip(&word_stem) {
        forms[s as usize].push(w);
    }
    let df: Vec<usize> = postings.iter().map(Weighted::len).collect();
    let (mut files, stem_file) = posting_files(&stems, &forms, &postings);
    drop(postings);
    files.extend(word_files(
        &words,
        &word_stem,
        StemTable {
            stems: &stems,
            file: &stem_file,
            df: &df,
        },
        site.pages.len(),
    ));
    if stop() {
        return None;
    }
    files.extend(document_files(site));
    files.extend(tag_files(site));

    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for (path, bytes) in &files {
        hasher.update(path.as_bytes());
        hasher.update(bytes);
    }
    Some(Index {
        files,
        version: format!("{:016x}", hasher.digest())[..10].to_string(),
        docs: site.pages.len(),
    })
}

/// The language keys in use, and each page's (an index into them): a page is stemmed with its
/// own `lang`, else the site's language.
fn languages(site: &Site) -> (Vec<String>, Vec<usize>) {
    let mut languages: Vec<String> = Vec::new();
    let page_lang = site
        .pages
        .iter()
        .map(|p| {
            let key = text::language_key(p.meta.lang.as_deref().unwrap_or(&site.config.language));
            match languages.iter().position(|l| *l == key) {
                Some(i) => i,
                None => {
                    languages.push(key);
                    languages.len() - 1
                }
            }
        })
        .collect();
    (languages, page_lang)
}

/// For each stem, its (document, weight) list in document order. Two words of one stem in a
/// document (*pertahanan*, *bertahan*) merge their weights.
fn postings(docs: Vec<Weighted>, word_stem: &[u32], stems: usize) -> Vec<Weighted> {
    // Merged in a per-thread array indexed by stem: no sorting, no hashing. Each document's
    // word list is freed as soon as its stem list is made.
    let doc_stems: Vec<Weighted> = docs
        .into_par_iter()
        .map_init(
            || (vec![0u8; stems], Vec::<u32>::new()),
            |(weights, merged), list| {
                for (w, weight) in list.iter() {
                    let s = word_stem[w as usize];
                    let acc = &mut weights[s as usize];
                    if *acc == 0 {
                        merged.push(s);
                    }
                    *acc = combine(*acc, weight);
                }
                drop(list);
                let mut out = Weighted::with_capacity(merged.len());
                for s in merged.drain(..) {
                    out.push(s, std::mem::take(&mut weights[s as usize]));
                }
                out
            },
        )
        .collect();
    let mut counts = vec![0usize; stems];
    for list in &doc_stems {
        for &s in &list.ids {
            counts[s as usize] += 1;
        }
    }
    let mut postings: Vec<Weighted> = counts.iter().map(|&c| Weighted::with_capacity(c)).collect();
    // In document order, so every list comes out sorted.
    for (doc, list) in doc_stems.into_iter().enumerate() {
        for (s, weight) in list.iter() {
            postings[s as usize].push(doc as u32, weight);
        }
    }
    postings
}

/// `p/<n>.json`: each stem's surface forms and encoded postings, packed in stem order into
/// files of about [`POSTINGS_FILE_BYTES`]; also returns each stem's file number.
fn posting_files(
    stems: &[&str],
    forms: &[Vec<&str>],
    postings: &[Weighted],
) -> (Vec<(String, Vec<u8>)>, Vec<u32>) {
    let entries: Vec<String> = (0..stems.len())
        .into_par_iter()
        .map(|s| {
            let mut f = forms[s].clone();
            f.sort_unstable();
            f.dedup();
            let mut p = String::with_capacity(postings[s].len() * 2);
            let mut gaps = Gaps::default();
            for (doc, weight) in postings[s].iter() {
                gaps.push(&mut p, doc);
                codec::push_small(&mut p, weight);
            }
            let mut entry = String::with_capacity(p.len() + 64);
            entry.push_str(&String::from_utf8_lossy(&json(stems[s])));
            entry.push_str(":{\"f\":");
            entry.push_str(&String::from_utf8_lossy(&json(&f)));
            entry.push_str(",\"p\":\"");
            entry.push_str(&p);
            entry.push_str("\"}");
            entry
        })
        .collect();
    let mut files = Vec::new();
    let mut stem_file: Vec<u32> = vec![0; stems.len()];
    let mut current = String::new();
    let mut file_no = 0u32;
    for (s, entry) in entries.iter().enumerate() {
        if !current.is_empty() && current.len() + entry.len() > POSTINGS_FILE_BYTES {
            current.push('}');
            files.push((
                format!("{DIR}p/{file_no}.json"),
                std::mem::take(&mut current).into_bytes(),
            ));
            file_no += 1;
        }
        current.push(if current.is_empty() { '{' } else { ',' });
        current.push_str(entry);
        stem_file[s] = file_no;
    }
    if !current.is_empty() {
        current.push('}');
        files.push((format!("{DIR}p/{file_no}.json"), current.into_bytes()));
    }
    (files, stem_file)
}

/// Per stem number: the stem, its posting file and how many documents have it.
#[derive(Clone, Copy)]
struct StemTable<'a> {
    stems: &'a [&'a str],
    file: &'a [u32],
    df: &'a [usize],
}

/// `w/<shard>.json`: every word and every stem as a key to its stems, grouped by the key's
/// first three characters. Each file has `n` (the number of documents, for ranking), `s` (its
/// stems as [stem, posting file, document count]) and `w` (key → indices into `s`).
fn word_files(
    words: &[(usize, Cow<str>)],
    word_stem: &[u32],
    table: StemTable,
    docs: usize,
) -> Vec<(String, Vec<u8>)> {
    let stems = table.stems;
    let mut keys: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for ((_, w), &s) in words.iter().zip(word_stem) {
        keys.entry(w).or_default().push(s);
    }
    for (i, s) in stems.iter().enumerate() {
        keys.entry(s).or_default().push(i as u32);
    }
    let mut shards: BTreeMap<String, Vec<(&str, Vec<u32>)>> = BTreeMap::new();
    for (key, mut ids) in keys {
        // One word in two languages may have two stems; each stem once.
        ids.sort_unstable();
        ids.dedup();
        shards
            .entry(codec::shard_name(key))
            .or_default()
            .push((key, ids));
    }
    #[derive(Serialize)]
    struct WordFile<'a> {
        n: usize,
        s: Vec<(&'a str, u32, usize)>,
        w: BTreeMap<&'a str, Vec<usize>>,
    }
    shards
        .into_par_iter()
        .map(|(name, entries)| {
            let mut local: Vec<u32> = entries.iter().flat_map(|(_, ids)| ids.clone()).collect();
            local.sort_unstable();
            local.dedup();
            let w = entries
                .iter()
                .map(|(key, ids)| {
                    let refs = ids
                        .iter()
                        .filter_map(|id| local.binary_search(id).ok())
                        .collect();
                    (*key, refs)
                })
                .collect();
            let file = WordFile {
                n: docs,
                s: local
                    .iter()
                    .map(|&s| {
                        let s = s as usize;
                        (table.stems[s], table.file[s], table.df[s])
                    })
                    .collect(),
                w,
            };
            (format!("{DIR}w/{name}.json"), json(&file))
        })
        .collect()
}

/// `d/<n>.json`: the documents in blocks of [`DOCS_PER_FILE`], fetched only for the results on
/// screen.
fn document_files(site: &Site) -> Vec<(String, Vec<u8>)> {
    let config = &site.config;
    let ui = &config.language;
    let meta = |i: usize| {
        let page = &site.pages[i];
        DocMeta {
            u: config.url(&super::values::article_path(&page.slug)),
            t: &page.meta.title,
            d: crate::dates::long_date(ui, page.meta.date.date),
            m: page.meta.date.date.to_string(),
            g: site.taxonomy.page_tags[i]
                .iter()
                .map(|&t| {
                    let tag = &site.taxonomy.tags[t];
                    (
                        tag.name.as_str(),
                        config.url(&super::values::tag_path(&tag.slug, 1)),
                    )
                })
                .collect(),
        }
    };
    (0..site.pages.len().div_ceil(DOCS_PER_FILE))
        .into_par_iter()
        .map(|block| {
            let first = block * DOCS_PER_FILE;
            let last = (first + DOCS_PER_FILE).min(site.pages.len());
            let docs: Vec<DocMeta> = (first..last).map(meta).collect();
            (format!("{DIR}d/{block}.json"), json(&docs))
        })
        .collect()
}

/// `t/<slug>.json`: each tag's documents, fetched only when results are filtered by it.
fn tag_files(site: &Site) -> Vec<(String, Vec<u8>)> {
    site.taxonomy
        .tags
        .iter()
        .map(|tag| {
            let mut pages = tag.pages.clone();
            pages.sort_unstable();
            let mut s = String::with_capacity(pages.len() + 2);
            let mut gaps = Gaps::default();
            for p in pages {
                gaps.push(&mut s, p as u32);
            }
            (format!("{DIR}t/{}.json", tag.slug), json(&s))
        })
        .collect()
}
