//! Words for the search index: how text is cut into words and how a word is reduced to its stem.
//!
//! `search.js` cuts the reader's query with the same rules (lower case, runs of Unicode
//! letters and digits, 2 to 40 characters), so a word means the same on both sides. Stemming
//! happens here only: the index maps every word it saw to its stem, so the browser needs no
//! stemmer (see `mod.rs`).

use pagefind_stem::{Algorithm, Stemmer};

/// Words shorter than this (in characters) are not indexed: too common to be worth a lookup.
pub const MIN_CHARS: usize = 2;
/// Longer "words" are URLs, hashes or glued-together junk, never something a reader types.
pub const MAX_CHARS: usize = 40;

/// True for a character that is part of a word (the JS uses `[\p{Alphabetic}\p{N}]`).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric()
}

/// Calls `f` with every indexable word of `text`, lower-cased, in order. The second argument is
/// the same word as a slice of `text` when it needed no change, so callers can keep it without
/// a copy.
pub fn words<'a>(text: &'a str, mut f: impl FnMut(&str, Option<&'a str>)) {
    let mut lower = String::new();
    let mut emit = |word: &'a str, ascii_lower: bool, ascii: bool, chars: usize| {
        if ascii_lower {
            if (MIN_CHARS..=MAX_CHARS).contains(&chars) {
                f(word, Some(word));
            }
            return;
        }
        lower.clear();
        if ascii {
            lower.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            // The whole word at once, so a final Greek sigma is right (as in JavaScript).
            lower.push_str(&word.to_lowercase());
        }
        // Lower-casing can change the length (İ → i̇), and the JS counts after it too.
        let chars = if ascii { chars } else { lower.chars().count() };
        if (MIN_CHARS..=MAX_CHARS).contains(&chars) {
            f(&lower, None);
        }
    };
    let mut start: Option<usize> = None;
    let (mut ascii_lower, mut ascii, mut chars) = (true, true, 0usize);
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
                (ascii_lower, ascii, chars) = (true, true, 0);
            }
            chars += 1;
            if !(c.is_ascii_lowercase() || c.is_ascii_digit()) {
                ascii_lower = false;
                ascii &= c.is_ascii();
            }
        } else if let Some(s) = start.take() {
            emit(&text[s..i], ascii_lower, ascii, chars);
        }
    }
    if let Some(s) = start {
        emit(&text[s..], ascii_lower, ascii, chars);
    }
}

/// Reduces words of one language to their stems.
pub struct Stems {
    stemmer: Option<Stemmer>,
}

impl Stems {
    /// The stemmer for a language code (`id`, `en`, `id-ID`, …); other languages keep words whole.
    pub fn for_language(lang: &str) -> Stems {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let stemmer = match primary.as_str() {
            "id" => Some(Stemmer::create(Algorithm::Indonesian)),
            "en" => Some(Stemmer::create(Algorithm::English)),
            _ => None,
        };
        Stems { stemmer }
    }

    /// The stem of the lower-case `word`; words with digits are kept as they are (`2024`, `g20`).
    pub fn stem(&self, word: &str) -> String {
        match &self.stemmer {
            Some(s) if !word.chars().any(|c| c.is_numeric()) => {
                let stem = s.stem(word);
                // A stemmer may strip a short word to almost nothing ("di" → ""); keep the word then.
                if stem.chars().count() < MIN_CHARS {
                    word.to_string()
                } else {
                    stem.into_owned()
                }
            }
            _ => word.to_string(),
        }
    }
}

/// The language key a page's words are stemmed with: `id`, `en`, or the code itself.
pub fn language_key(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        words(text, |w, _| out.push(w.to_string()));
        out
    }

    #[test]
    fn words_are_lower_case_runs_of_letters_and_digits() {
        assert_eq!(
            all("Indo-Pasifik, G20 & Négara-negara: a 2024!"),
            ["indo", "pasifik", "g20", "négara", "negara", "2024"]
        );
    }

    #[test]
    fn indonesian_affixes_share_a_stem() {
        let id = Stems::for_language("id");
        for w in ["pertahanan", "bertahan", "ketahanan", "tahan"] {
            assert_eq!(id.stem(w), "tahan", "{w}");
        }
        assert_eq!(id.stem("2024"), "2024");
    }

    #[test]
    fn english_uses_porter2() {
        let en = Stems::for_language("en-GB");
        assert_eq!(en.stem("defences"), en.stem("defence"));
        assert_eq!(en.stem("running"), "run");
        let none = Stems::for_language("fr");
        assert_eq!(none.stem("défenses"), "défenses");
    }
}
