//! Full-text search on the built site alone: an index of small static files that `search.js`
//! fetches only for the words a reader types, so no server and no up-front download is needed.
//!
//! Files under `search/` (all JSON):
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
//! - `d/<n>.json` — one **document** per article (URL, title, date, tags, plain text), fetched
//!   only for the results on screen, to show them with a snippet.
//! - `t/<slug>.json` — the documents of each **tag**, fetched only when results are filtered.
//!
//! Document numbers are the site's order (newest first), so ties go to the newer article.

pub mod codec;
pub mod text;

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::site::Site;
use codec::Gaps;
use text::Stems;

/// Folder of the index and the search page, relative to the site root.
pub const DIR: &str = "search/";
/// The theme's search script, a static file; left out of the site when search is off.
pub const SCRIPT: &str = "search.js";

/// Weight bit: the word is in the title.
const IN_TITLE: u8 = 32;
/// Weight bit: the word is in one of the tags.
const IN_TAG: u8 = 16;
/// Body occurrences are counted up to this (the low four bits of the weight).
const TF_MAX: u8 = 15;
/// Posting files are filled with stems up to about this size; one larger stem gets a file alone.
const POSTINGS_FILE_BYTES: usize = 16 * 1024;
/// A document's text is cut here: snippets rarely need more, and it bounds a result's download.
const DOC_TEXT_CHARS: usize = 20_000;

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
    /// The script's URL, with the index version so a new build is never run with an old script.
    pub script_url: String,
    /// See [`Index::version`].
    pub version: String,
    /// How many articles are searchable.
    pub docs: usize,
}

impl PageValue {
    /// The values for `index` on the site configured by `config`.
    pub fn new(config: &crate::config::Config, index: &Index) -> PageValue {
        PageValue {
            url: config.url(DIR),
            index_url: config.url(DIR),
            script_url: format!("{}?v={}", config.url(SCRIPT), index.version),
            version: index.version.clone(),
            docs: index.docs,
        }
    }
}

/// One article's words: each distinct word with its weight bits.
struct DocWords {
    lang: usize,
    words: HashMap<String, u8>,
}

#[derive(Serialize)]
struct DocFile<'a> {
    /// URL
    u: String,
    /// title
    t: &'a str,
    /// date as shown, and as `YYYY-MM-DD` for `<time datetime>`
    d: String,
    m: String,
    /// tags as (name, URL)
    g: Vec<(&'a str, String)>,
    /// plain text
    x: &'a str,
}

fn add(weight: &mut u8, flags: u8, body: bool) {
    *weight |= flags;
    if body && (*weight & TF_MAX) < TF_MAX {
        *weight += 1;
    }
}

fn doc_words(site: &Site, index: usize, lang: usize) -> DocWords {
    let page = &site.pages[index];
    let mut words: HashMap<String, u8> = HashMap::with_capacity(512);
    let mut put = |text: &str, flags: u8, body: bool| {
        text::words(text, |w| match words.get_mut(w) {
            Some(weight) => add(weight, flags, body),
            None => {
                let mut weight = 0;
                add(&mut weight, flags, body);
                words.insert(w.to_string(), weight);
            }
        });
    };
    put(&page.meta.title, IN_TITLE, false);
    for &t in &site.taxonomy.page_tags[index] {
        put(&site.taxonomy.tags[t].name, IN_TAG, false);
    }
    // A summary written in the front matter is not part of the body, but readers see it.
    if page.meta.summary.is_some() {
        put(&page.summary_text, 0, true);
    }
    put(&page.body.text, 0, true);
    DocWords { lang, words }
}

/// Cuts `s` to at most `max` characters, at a character boundary.
fn cut(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serialising plain strings, numbers and maps cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

/// Builds the whole index for `site`.
pub fn build(site: &Site) -> Index {
    let config = &site.config;
    let n = site.pages.len();

    // Languages in use; each page's words are stemmed with its own language's stemmer.
    let mut languages: Vec<String> = Vec::new();
    let page_lang: Vec<usize> = site
        .pages
        .iter()
        .map(|p| {
            let key = text::language_key(p.meta.lang.as_deref().unwrap_or(&config.language));
            match languages.iter().position(|l| *l == key) {
                Some(i) => i,
                None => {
                    languages.push(key);
                    languages.len() - 1
                }
            }
        })
        .collect();

    let docs: Vec<DocWords> = (0..n)
        .into_par_iter()
        .map(|i| doc_words(site, i, page_lang[i]))
        .collect();

    // Every distinct (language, word), stemmed once.
    let vocabulary: HashSet<(usize, &str)> = docs
        .par_iter()
        .fold(HashSet::new, |mut set, d| {
            set.extend(d.words.keys().map(|w| (d.lang, w.as_str())));
            set
        })
        .reduce(HashSet::new, |a, b| {
            // Pour the smaller set into the larger.
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            big.extend(small);
            big
        });
    let mut vocabulary: Vec<(usize, &str)> = vocabulary.into_iter().collect();
    vocabulary.sort_unstable();
    let stemmers: Vec<Stems> = languages.iter().map(|l| Stems::for_language(l)).collect();
    let stemmed: Vec<String> = vocabulary
        .par_iter()
        .map(|&(lang, w)| stemmers[lang].stem(w))
        .collect();

    // Stems sorted, so posting files hold alphabetical runs; `stem_of` maps each word to one.
    let mut stems: Vec<&str> = stemmed.iter().map(String::as_str).collect();
    stems.sort_unstable();
    stems.dedup();
    let stem_id: HashMap<&str, u32> = stems
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i as u32))
        .collect();
    let stem_of: HashMap<(usize, &str), u32> = vocabulary
        .iter()
        .zip(&stemmed)
        .map(|(&key, s)| (key, stem_id[s.as_str()]))
        .collect();

    // Each document's stems with combined weights, then scattered into posting lists in
    // document order (so every list is already sorted).
    let doc_stems: Vec<Vec<(u32, u8)>> = docs
        .par_iter()
        .map(|d| {
            let mut v: Vec<(u32, u8)> = d
                .words
                .iter()
                .map(|(w, &weight)| (stem_of[&(d.lang, w.as_str())], weight))
                .collect();
            v.sort_unstable_by_key(|&(s, _)| s);
            let mut merged: Vec<(u32, u8)> = Vec::with_capacity(v.len());
            for (s, weight) in v {
                match merged.last_mut() {
                    Some((last, acc)) if *last == s => {
                        let tf = ((*acc & TF_MAX) + (weight & TF_MAX)).min(TF_MAX);
                        *acc = (*acc | weight) & !TF_MAX | tf;
                    }
                    _ => merged.push((s, weight)),
                }
            }
            merged
        })
        .collect();
    let mut postings: Vec<Vec<(u32, u8)>> = vec![Vec::new(); stems.len()];
    for (doc, list) in doc_stems.iter().enumerate() {
        for &(s, weight) in list {
            postings[s as usize].push((doc as u32, weight));
        }
    }
    drop(doc_stems);

    // Surface forms of each stem, for marking matches in snippets.
    let mut forms: Vec<Vec<&str>> = vec![Vec::new(); stems.len()];
    for (&(_, w), s) in vocabulary.iter().zip(&stemmed) {
        forms[stem_id[s.as_str()] as usize].push(w);
    }

    // Posting entries, encoded in parallel, then packed into files in stem order.
    let entries: Vec<String> = (0..stems.len())
        .into_par_iter()
        .map(|s| {
            let list = &postings[s];
            let mut f = forms[s].clone();
            f.sort_unstable();
            f.dedup();
            let mut p = String::with_capacity(list.len() * 2);
            let mut gaps = Gaps::default();
            for &(doc, weight) in list {
                gaps.push(&mut p, doc);
                codec::push_small(&mut p, weight);
            }
            let mut entry = String::with_capacity(p.len() + 64);
            entry.push_str(&serde_json::Value::from(stems[s]).to_string());
            entry.push_str(":{\"f\":");
            entry.push_str(&String::from_utf8_lossy(&json(&f)));
            entry.push_str(",\"p\":\"");
            entry.push_str(&p);
            entry.push_str("\"}");
            entry
        })
        .collect();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
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
    drop(entries);

    // Word lists: every word and every stem is a key, grouped by its first three characters.
    let mut keys: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (&(_, w), s) in vocabulary.iter().zip(&stemmed) {
        keys.entry(w).or_default().push(stem_id[s.as_str()]);
    }
    for (i, s) in stems.iter().enumerate() {
        keys.entry(s).or_default().push(i as u32);
    }
    let mut shards: BTreeMap<String, Vec<(&str, Vec<u32>)>> = BTreeMap::new();
    for (key, mut ids) in keys {
        ids.sort_unstable();
        ids.dedup();
        shards
            .entry(codec::shard_name(key))
            .or_default()
            .push((key, ids));
    }
    let word_files: Vec<(String, Vec<u8>)> = shards
        .into_par_iter()
        .map(|(name, entries)| {
            // A local table of the shard's stems: [stem, posting file, document count].
            let mut local: Vec<u32> = entries.iter().flat_map(|(_, ids)| ids.clone()).collect();
            local.sort_unstable();
            local.dedup();
            let table: Vec<(&str, u32, usize)> = local
                .iter()
                .map(|&s| (stems[s as usize], stem_file[s as usize], postings[s as usize].len()))
                .collect();
            let words: BTreeMap<&str, Vec<usize>> = entries
                .iter()
                .map(|(key, ids)| {
                    let refs = ids
                        .iter()
                        .filter_map(|id| local.binary_search(id).ok())
                        .collect();
                    (*key, refs)
                })
                .collect();
            #[derive(Serialize)]
            struct WordFile<'a> {
                n: usize,
                s: Vec<(&'a str, u32, usize)>,
                w: BTreeMap<&'a str, Vec<usize>>,
            }
            (
                format!("{DIR}w/{name}.json"),
                json(&WordFile {
                    n,
                    s: table,
                    w: words,
                }),
            )
        })
        .collect();
    files.extend(word_files);

    // One file per document, for the results on screen.
    let ui = &config.language;
    let doc_files: Vec<(String, Vec<u8>)> = (0..n)
        .into_par_iter()
        .map(|i| {
            let page = &site.pages[i];
            let file = DocFile {
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
                x: cut(page.body.text.trim(), DOC_TEXT_CHARS),
            };
            (format!("{DIR}d/{i}.json"), json(&file))
        })
        .collect();
    files.extend(doc_files);

    // Each tag's documents, for filtering.
    for tag in &site.taxonomy.tags {
        let mut pages = tag.pages.clone();
        pages.sort_unstable();
        let mut s = String::with_capacity(pages.len() + 2);
        let mut gaps = Gaps::default();
        for p in pages {
            gaps.push(&mut s, p as u32);
        }
        files.push((format!("{DIR}t/{}.json", tag.slug), json(&s)));
    }

    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for (path, bytes) in &files {
        hasher.update(path.as_bytes());
        hasher.update(bytes);
    }
    Index {
        files,
        version: format!("{:016x}", hasher.digest())[..10].to_string(),
        docs: n,
    }
}
