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
    // Bytes, not chars, for the ASCII that most text is; other characters are decoded.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let class = ASCII[bytes[i] as usize];
        if class == SEPARATOR {
            i += 1;
            continue;
        }
        if class == OTHER {
            let c = text[i..].chars().next().unwrap_or(' ');
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let (mut ascii_lower, mut ascii, mut chars) = (true, true, 0usize);
        loop {
            // The common case: a run of lower-case letters and digits.
            let run = i;
            while i < bytes.len() && ASCII[bytes[i] as usize] == LOWER {
                i += 1;
            }
            chars += i - run;
            let Some(&b) = bytes.get(i) else { break };
            match ASCII[b as usize] {
                UPPER => {
                    ascii_lower = false;
                    chars += 1;
                    i += 1;
                }
                OTHER => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if !is_word_char(c) {
                        break;
                    }
                    (ascii_lower, ascii) = (false, false);
                    chars += 1;
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        emit(&text[start..i], ascii_lower, ascii, chars);
    }
}

const SEPARATOR: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const OTHER: u8 = 3;

/// What each byte is: an ASCII separator, `a-z`/`0-9`, `A-Z`, or part of a non-ASCII character.
const ASCII: [u8; 256] = {
    let mut t = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'0'..=b'9' => LOWER,
            b'A'..=b'Z' => UPPER,
            0x80..=0xff => OTHER,
            _ => SEPARATOR,
        };
        b += 1;
    }
    t
};

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
            all("Indo-Pasifik, G20 & Négara-negara: a 2024! Naïve CAFÉ—ÀB x"),
            [
                "indo", "pasifik", "g20", "négara", "negara", "2024", "naïve", "café", "àb"
            ]
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
