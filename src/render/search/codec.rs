//! The compact encodings of the index files, shared with `search.js`, which decodes them.
//!
//! Posting lists and document lists are strings of base64url characters: JSON keeps them as
//! they are (no escapes), they are 2–3 times smaller than JSON arrays of numbers, and gzip
//! (which GitHub Pages applies) still finds their repeats.

/// The 64 characters; a character's value is its position.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends `v` as a variable-length number: 5 bits a character, most significant first; every
/// character but the last has the value 32 added (the "more follows" bit).
pub fn push_varint(out: &mut String, v: u32) {
    let mut groups = [0u8; 7];
    let mut n = 0;
    let mut v = v;
    loop {
        groups[n] = (v & 31) as u8;
        n += 1;
        v >>= 5;
        if v == 0 {
            break;
        }
    }
    for i in (0..n).rev() {
        let more = if i > 0 { 32 } else { 0 };
        out.push(ALPHABET[(groups[i] | more) as usize] as char);
    }
}

/// Appends one value below 64 as a single character.
pub fn push_small(out: &mut String, v: u8) {
    out.push(ALPHABET[(v & 63) as usize] as char);
}

/// Appends increasing document numbers as gaps: the first as `doc`, each next as `doc - prev - 1`.
#[derive(Default)]
pub struct Gaps {
    prev: Option<u32>,
}

impl Gaps {
    /// Appends `doc`, which must be greater than the previous one.
    pub fn push(&mut self, out: &mut String, doc: u32) {
        let gap = match self.prev {
            Some(p) => doc.saturating_sub(p + 1),
            None => doc,
        };
        self.prev = Some(doc);
        push_varint(out, gap);
    }
}

/// The file name (without `.json`) of the word list holding `key`: its first three characters,
/// with any character other than `a-z`/`0-9` written as `_` and its code point in hex.
pub fn shard_name(key: &str) -> String {
    let mut name = String::new();
    for c in key.chars().take(3) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            name.push(c);
        } else {
            name.push_str(&format!("_{:x}", c as u32));
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoder `search.js` uses, written again here to check the round trip.
    fn decode_varints(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut acc = 0u32;
        for b in s.bytes() {
            let c = ALPHABET.iter().position(|&a| a == b).unwrap() as u32;
            acc = acc * 32 + (c & 31);
            if c < 32 {
                out.push(acc);
                acc = 0;
            }
        }
        out
    }

    #[test]
    fn varints_round_trip() {
        let values = [0, 1, 31, 32, 33, 1023, 1024, 99_999, u32::MAX];
        let mut s = String::new();
        for v in values {
            push_varint(&mut s, v);
        }
        assert_eq!(decode_varints(&s), values);
        let mut one = String::new();
        push_varint(&mut one, 31);
        assert_eq!(one.len(), 1);
    }

    #[test]
    fn gaps_start_at_the_first_document() {
        let mut s = String::new();
        let mut g = Gaps::default();
        for d in [3, 4, 10] {
            g.push(&mut s, d);
        }
        assert_eq!(decode_varints(&s), [3, 0, 5]);
    }

    #[test]
    fn shard_names_are_url_safe() {
        assert_eq!(shard_name("pertahanan"), "per");
        assert_eq!(shard_name("di"), "di");
        assert_eq!(shard_name("négara"), "n_e9g");
        assert_eq!(shard_name("g20"), "g20");
    }
}
