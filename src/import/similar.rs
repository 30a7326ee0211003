//! Near-duplicate texts: the same story copied twice, perhaps with different noise around it.

use std::collections::HashSet;

use xxhash_rust::xxh3::xxh3_64;

/// Word 4-grams of a text, hashed; punctuation, case and Markdown escapes do not matter.
pub fn shingles(text: &str) -> HashSet<u64> {
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
pub fn similarity(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let common = small.iter().filter(|h| large.contains(h)).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

/// How similar two texts must be to be called the same story.
pub const THRESHOLD: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_story_with_other_noise_is_similar() {
        let story = "Menteri luar negeri dan pertahanan dari Jepang dan Amerika Serikat akan mengadakan pembicaraan keamanan. Tujuannya untuk mendorong kerja sama bersejarah dalam aliansi tersebut. Pembicaraan ini mencakup upaya pencegahan.";
        let noisy = format!("Baca juga: sesuatu\n{story}\nADVERTISEMENT\n(aud/agt)");
        assert!(similarity(&shingles(story), &shingles(&noisy)) > THRESHOLD);
        let other = "Harga beras di pasar tradisional naik lagi pekan ini menurut pedagang di Jakarta dan Bandung.";
        assert!(similarity(&shingles(story), &shingles(other)) < 0.1);
    }
}
