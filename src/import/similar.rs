//! Near-duplicate texts: the same story copied twice, perhaps with different noise around it.
//!
//! Comparing every new text with every page is quadratic (5,000 texts took 81 s). Instead each
//! text gets a MinHash signature, cut into bands; only texts sharing a band are compared exactly,
//! and only with one representative of each group of near-duplicates already seen, so 1,000
//! copies of one story cost 1,000 comparisons, not half a million.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64;

/// A text's shingles. They are xxh3 hashes already, so the set uses them as they are instead
/// of hashing them again with SipHash: comparing texts is set lookups, the import's main cost.
pub type Shingles = HashSet<u64, BuildHasherDefault<AsIs>>;

/// The hasher of `Shingles`: a value that is already a hash is its own.
#[derive(Default)]
pub struct AsIs(u64);

impl Hasher for AsIs {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `u64` keys; anything else is folded in, byte by byte.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Word 4-grams of a text, hashed; punctuation, case and Markdown escapes do not matter.
pub fn shingles(text: &str) -> Shingles {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 4 {
        return words.iter().map(|w| xxh3_64(w.as_bytes())).collect();
    }
    words
        .windows(4)
        .map(|w| xxh3_64(w.join(" ").as_bytes()))
        .collect()
}

/// Jaccard similarity of two shingle sets, 0.0–1.0.
pub fn similarity(a: &Shingles, b: &Shingles) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let common = small.iter().filter(|h| large.contains(h)).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

/// How similar two texts must be to be called the same story.
pub const THRESHOLD: f64 = 0.5;

/// Bands of two rows: texts at the threshold share a band with probability 1 − 0.75²⁴ ≈ 0.999,
/// unrelated news (Jaccard ≈ 0.02) only 1 − 0.9996²⁴ ≈ 0.01.
const BANDS: usize = 24;
const ROWS: usize = 2;

/// The MinHash of a shingle set, one minimum per hash function.
fn signature(shingles: &Shingles) -> [u64; BANDS * ROWS] {
    let mut mins = [u64::MAX; BANDS * ROWS];
    for &s in shingles {
        for (i, min) in mins.iter_mut().enumerate() {
            // A multiply-xorshift of the shingle with a per-function constant is a cheap,
            // well-mixed family of hash functions.
            let mut h = s ^ (0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1));
            h = (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            h ^= h >> 29;
            *min = (*min).min(h);
        }
    }
    mins
}

fn band_keys(shingles: &Shingles) -> Vec<(usize, u64)> {
    let sig = signature(shingles);
    sig.chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| (band, rows.iter().fold(band as u64, |h, r| xxh3_mix(h, *r))))
        .collect()
}

fn xxh3_mix(a: u64, b: u64) -> u64 {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_le_bytes());
    bytes[8..].copy_from_slice(&b.to_le_bytes());
    xxh3_64(&bytes)
}

/// Groups of near-duplicates, each kept as one representative's shingles.
pub struct Index<K> {
    reps: Vec<(K, Shingles)>,
    buckets: HashMap<(usize, u64), Vec<usize>>,
}

impl<K> Default for Index<K> {
    fn default() -> Self {
        Index {
            reps: Vec::new(),
            buckets: HashMap::new(),
        }
    }
}

impl<K: PartialEq> Index<K> {
    /// The most similar representative at or above [`THRESHOLD`], with its similarity, skipping
    /// `except`; or `None`, and then `shingles` start a group of their own under `key` when
    /// `add` is true.
    pub fn find_or_add(
        &mut self,
        key: K,
        shingles: Shingles,
        except: Option<&K>,
        add: bool,
    ) -> Option<(usize, f64)> {
        if shingles.is_empty() {
            return None;
        }
        let keys = band_keys(&shingles);
        let mut seen = HashSet::new();
        let mut best: Option<(usize, f64)> = None;
        for bucket in &keys {
            for &rep in self.buckets.get(bucket).into_iter().flatten() {
                if !seen.insert(rep) || except.is_some_and(|e| *e == self.reps[rep].0) {
                    continue;
                }
                let s = similarity(&shingles, &self.reps[rep].1);
                if s >= THRESHOLD && best.is_none_or(|(_, b)| s > b) {
                    best = Some((rep, s));
                }
            }
        }
        if best.is_none() && add {
            let id = self.reps.len();
            self.reps.push((key, shingles));
            for bucket in keys {
                self.buckets.entry(bucket).or_default().push(id);
            }
        }
        best
    }

    /// The key a representative was added under.
    pub fn key(&self, rep: usize) -> &K {
        &self.reps[rep].0
    }

    /// Forgets the representative added under `key` (its page is being rewritten).
    pub fn remove(&mut self, key: &K) {
        let Some(id) = self.reps.iter().position(|(k, _)| k == key) else {
            return;
        };
        // Only the buckets its own signature put it in, not every bucket of the index.
        for bucket in band_keys(&self.reps[id].1) {
            if let Some(ids) = self.buckets.get_mut(&bucket) {
                ids.retain(|&i| i != id);
            }
        }
        self.reps[id].1.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Menteri luar negeri dan pertahanan dari Jepang dan Amerika Serikat akan mengadakan pembicaraan keamanan. Tujuannya untuk mendorong kerja sama bersejarah dalam aliansi tersebut. Pembicaraan ini mencakup upaya pencegahan.";

    #[test]
    fn same_story_with_other_noise_is_similar() {
        let noisy = format!("Baca juga: sesuatu\n{STORY}\nADVERTISEMENT\n(aud/agt)");
        assert!(similarity(&shingles(STORY), &shingles(&noisy)) > THRESHOLD);
        let other = "Harga beras di pasar tradisional naik lagi pekan ini menurut pedagang di Jakarta dan Bandung.";
        assert!(similarity(&shingles(STORY), &shingles(other)) < 0.1);
    }

    #[test]
    fn the_index_finds_copies_and_keeps_one_representative_per_group() {
        let mut index = Index::default();
        let other = "Harga beras di pasar tradisional naik lagi pekan ini menurut pedagang di Jakarta dan Bandung yang mengeluh.";
        assert_eq!(index.find_or_add("a", shingles(STORY), None, true), None);
        assert_eq!(index.find_or_add("b", shingles(other), None, true), None);
        for i in 0..100 {
            let copy = format!("Baca juga: berita {i}\n{STORY}\nIklan {i}");
            let (rep, s) = index
                .find_or_add("copy", shingles(&copy), None, true)
                .expect("a copy is found");
            assert_eq!(*index.key(rep), "a");
            assert!(s >= THRESHOLD);
        }
        assert_eq!(index.reps.len(), 2, "copies never become representatives");
        assert_eq!(
            index.find_or_add("x", shingles(STORY), Some(&"a"), false),
            None
        );
        index.remove(&"a");
        assert_eq!(index.find_or_add("y", shingles(STORY), None, false), None);
    }
}
