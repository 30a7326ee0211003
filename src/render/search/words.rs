//! Numbering the words of the site's documents: each distinct (language, word) gets a number
//! and each document becomes a list of (word number, weight), fast enough for 10,000 articles.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::site::Site;

use super::{body_text, text};

/// Weight bit: the word is in the title.
pub const IN_TITLE: u8 = 32;
/// Weight bit: the word is in one of the tags.
pub const IN_TAG: u8 = 16;
/// Body occurrences are counted up to this (the low four bits of the weight).
pub const TF_MAX: u8 = 15;

/// A fast hasher for the build's word maps (the multiply-rotate scheme of rustc's FxHash):
/// SipHash's protection against crafted keys is not needed for a site's own words, and hashing
/// millions of short words with it was a tenth of the whole build.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, v: u8) {
        self.add(u64::from(v));
    }
    fn write_usize(&mut self, v: usize) {
        self.add(v as u64);
    }
    fn write_u128(&mut self, v: u128) {
        self.add(v as u64);
        self.add((v >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        // A product's high bits are its well-mixed ones; the table picks buckets by the low ones.
        self.0.rotate_left(26)
    }
}

pub type Fast = std::hash::BuildHasherDefault<WordHasher>;
pub type FastMap<K, V> = HashMap<K, V, Fast>;

/// A list of (number, weight): a document's words or stems, or a stem's documents. Kept as two
/// arrays because `Vec<(u32, u8)>` takes 8 bytes an entry (padding) where this takes 5, and at
/// 100,000 articles each such copy of the site has ~30 million entries.
#[derive(Default)]
pub struct Weighted {
    pub ids: Vec<u32>,
    weights: Vec<u8>,
}

impl Weighted {
    pub fn with_capacity(n: usize) -> Weighted {
        Weighted {
            ids: Vec::with_capacity(n),
            weights: Vec::with_capacity(n),
        }
    }

    pub fn push(&mut self, id: u32, weight: u8) {
        self.ids.push(id);
        self.weights.push(weight);
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        self.ids.iter().copied().zip(self.weights.iter().copied())
    }
}

/// Calls `f` with each searchable text of page `index` but its body, and the weight bits its
/// words get.
fn texts<'a>(site: &'a Site, index: usize, mut f: impl FnMut(&'a str, u8, bool)) {
    let page = &site.pages[index];
    f(&page.meta.title, IN_TITLE, false);
    for &t in &site.taxonomy.page_tags[index] {
        f(&site.taxonomy.tags[t].name, IN_TAG, false);
    }
    // A summary written in the front matter is not part of the body, but readers see it.
    if page.meta.summary.is_some() {
        f(&page.summary_text, 0, true);
    }
}

/// Adds one occurrence to a word's weight: `flags` for title and tag words, one more body
/// count (up to [`TF_MAX`]) for body words.
fn bump(weight: &mut u8, flags: u8, body: bool) {
    *weight |= flags;
    if body && (*weight & TF_MAX) < TF_MAX {
        *weight += 1;
    }
}

/// Two weights of one document and stem: flags joined, body counts added (up to [`TF_MAX`]).
pub fn combine(a: u8, b: u8) -> u8 {
    let tf = ((a & TF_MAX) + (b & TF_MAX)).min(TF_MAX);
    ((a | b) & !TF_MAX) | tf
}

/// The words of a run of documents: each distinct (language, word) gets a number, and each
/// document becomes a list of (word number, weight). Words are borrowed from the pages' text
/// where they needed no lower-casing, so only capitalised words are copied.
pub struct Words<'a> {
    /// Per language: word → number, for words of at most 16 bytes (nearly all), keyed by their
    /// bytes as one integer: hashing and comparing it is a few instructions.
    short: Vec<FastMap<u128, u32>>,
    /// Per language: longer words → number.
    long: Vec<FastMap<Cow<'a, str>, u32>>,
    /// A small direct-mapped cache in front of `short` (key, language, number): the frequent
    /// words of a language are a few hundred, and a cache hit costs a fraction of a hash lookup.
    cache: Vec<(u128, usize, u32)>,
    /// By number: (language, word).
    pub words: Vec<(usize, Cow<'a, str>)>,
    /// Per document, in order.
    pub docs: Vec<Weighted>,
    /// Per word number, the weight in the document being read (0 = not seen in it yet).
    scratch: Vec<u8>,
    touched: Vec<u32>,
}

impl<'a> Words<'a> {
    /// Nothing read yet, for `languages` languages.
    pub fn new(languages: usize) -> Words<'a> {
        Words {
            short: vec![FastMap::default(); languages],
            long: vec![FastMap::default(); languages],
            cache: Vec::new(),
            words: Vec::new(),
            docs: Vec::new(),
            scratch: Vec::new(),
            touched: Vec::new(),
        }
    }

    /// The number of word `w` of language `lang`, new if need be; `borrowed` is `w` as a slice
    /// of the page text, when it is one (see [`text::words`]).
    fn id(&mut self, lang: usize, w: &str, borrowed: Option<&'a str>) -> u32 {
        let next = self.words.len() as u32;
        let id = match packed(w) {
            Some(key) => {
                if self.cache.is_empty() {
                    self.cache = vec![(0, usize::MAX, 0); CACHE_SLOTS];
                }
                // Multiply-shift: the top bits of the product pick the slot.
                let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                let slot = (mixed >> (64 - CACHE_BITS)) as usize;
                let (k, l, id) = self.cache[slot];
                if k == key && l == lang {
                    return id;
                }
                let id = *self.short[lang].entry(key).or_insert(next);
                self.cache[slot] = (key, lang, id);
                id
            }
            None => match self.long[lang].get(w) {
                Some(&id) => id,
                None => {
                    let word = borrowed.map_or_else(|| Cow::Owned(w.to_string()), Cow::Borrowed);
                    self.long[lang].insert(word, next);
                    next
                }
            },
        };
        if id == next {
            let word = borrowed.map_or_else(|| Cow::Owned(w.to_string()), Cow::Borrowed);
            self.words.push((lang, word));
            self.scratch.push(0);
        }
        id
    }

    /// Reads page `index`, whose words are of language number `lang`.
    pub fn add_doc(&mut self, site: &'a Site, index: usize, lang: usize) {
        texts(site, index, |text, flags, body| {
            text::words(text, |w, borrowed| {
                self.count(lang, w, borrowed, flags, body)
            })
        });
        // The body's text is made here and dropped after, so its words are copied when new.
        let body = body_text::of_html(&site.pages[index].body.html());
        text::words(&body, |w, _| self.count(lang, w, None, 0, true));
        let mut list = Weighted::with_capacity(self.touched.len());
        for &id in &self.touched {
            list.push(id, std::mem::take(&mut self.scratch[id as usize]));
        }
        self.touched.clear();
        self.docs.push(list);
    }

    /// The words by number and the documents, without the maps that numbered them: those are
    /// as large as the vocabulary and not needed once every document is read.
    pub fn into_parts(self) -> (Vec<(usize, Cow<'a, str>)>, Vec<Weighted>) {
        (self.words, self.docs)
    }

    /// One occurrence of word `w` in the document being read.
    fn count(&mut self, lang: usize, w: &str, borrowed: Option<&'a str>, flags: u8, body: bool) {
        let id = self.id(lang, w, borrowed);
        let weight = &mut self.scratch[id as usize];
        if *weight == 0 {
            self.touched.push(id);
        }
        bump(weight, flags, body);
    }

    /// `self`'s documents followed by `other`'s, with `other`'s words renumbered.
    pub fn merge(mut self, other: Words<'a>) -> Words<'a> {
        if self.docs.is_empty() && self.words.is_empty() {
            return other;
        }
        let remap: Vec<u32> = other
            .words
            .into_iter()
            .map(|(lang, w)| match w {
                Cow::Borrowed(b) => self.id(lang, b, Some(b)),
                Cow::Owned(o) => self.id(lang, &o, None),
            })
            .collect();
        self.docs.extend(other.docs.into_iter().map(|mut list| {
            for w in &mut list.ids {
                *w = remap[*w as usize];
            }
            list
        }));
        self.scratch.resize(self.words.len(), 0);
        self
    }
}

/// Slots of [`Words::cache`], as a power of two.
const CACHE_BITS: u32 = 12;
const CACHE_SLOTS: usize = 1 << CACHE_BITS;

/// A word of at most 16 bytes as one number (its bytes, zero-padded: words hold no zero
/// bytes, so different words give different numbers).
fn packed(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    Some(u128::from_le_bytes(buf))
}
