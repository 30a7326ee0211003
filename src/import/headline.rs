//! Titles and summaries: the text's own headline when it has one, else one made from the lead.

/// The longest a made-up headline may be, in characters.
const HEADLINE_MAX: usize = 100;
/// The longest summary we aim for, in characters.
const SUMMARY_TARGET: usize = 240;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "ir", "prof", "h", "hj", "no", "mr", "mrs", "ms", "st", "jl", "rp", "dll", "dsb",
    "tsb", "yth", "sdr", "bpk", "kh", "u.s", "u.k", "vs", "etc", "inc", "ltd", "co", "jr", "sr",
];

/// Byte offsets where sentences end in `text` (just after the closing punctuation).
pub fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Include closing quotes and brackets that follow the stop.
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
            j += 1;
        }
        let end = chars.get(j).map(|&(b, _)| b).unwrap_or(text.len());
        let next_starts_sentence = match chars.get(j) {
            None => true,
            Some(&(_, ' ')) => chars.get(j + 1).is_some_and(|&(_, n)| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '(')
            }),
            _ => false,
        };
        if !next_starts_sentence {
            continue;
        }
        if c == '.' && is_abbreviation(&text[..i]) {
            continue;
        }
        ends.push(end);
    }
    ends
}

/// Whether `before` (the text up to a full stop) ends in a word the stop only shortens
/// ("Dr", "Jl", an initial), so the stop ends no sentence.
pub fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    single_letter || ABBREVIATIONS.contains(&word.as_str())
}

/// The first sentence of `text`.
pub fn first_sentence(text: &str) -> &str {
    sentence_ends(text)
        .first()
        .map(|&e| &text[..e])
        .unwrap_or(text)
        .trim()
}

/// True when `line` reads as a headline: short, no closing full stop, not a sentence run-on.
pub fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let chars = line.chars().count();
    (2..=25).contains(&words)
        && chars <= 160
        && !line.ends_with(['.', ',', ';', ':'])
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
        && sentence_ends(line).len() <= 1
}

// Where a clause may be cut: before these words the rest is detail, not the news.
const CLAUSE_WORDS: &[&str] = &[
    "dengan",
    "serta",
    "yang",
    "karena",
    "setelah",
    "sebelum",
    "sehingga",
    "namun",
    "tetapi",
    "meski",
    "meskipun",
    "sementara",
    "ketika",
    "saat",
    "untuk",
    "agar",
    "guna",
    "dalam",
    "usai",
    "which",
    "while",
    "after",
    "before",
    "because",
    "but",
    "although",
    "as",
    "with",
    "amid",
    "following",
    "despite",
    "when",
];
// Weaker places to cut: prepositions that start a phrase of time or place.
const PHRASE_WORDS: &[&str] = &[
    "pada", "di", "ke", "dari", "oleh", "on", "in", "at", "from", "by", "for",
];

/// A headline made from `lead`: its first sentence, cut at a clause boundary to at most
/// ~100 characters, never in the middle of a word.
pub fn from_lead(lead: &str) -> String {
    let sentence = first_sentence(lead).trim_end_matches(['.', '!', '?', ' ']);
    if sentence.chars().count() <= HEADLINE_MAX {
        return capitalise(sentence);
    }
    let limit = sentence.floor_char_boundary(
        sentence
            .char_indices()
            .nth(HEADLINE_MAX)
            .map(|(i, _)| i)
            .unwrap_or(sentence.len()),
    );
    // A clause boundary may run a little past the limit rather than leave a stub headline.
    let stretch = sentence.floor_char_boundary(
        sentence
            .char_indices()
            .nth(HEADLINE_MAX + HEADLINE_MAX / 10)
            .map(|(i, _)| i)
            .unwrap_or(sentence.len()),
    );
    // Boundaries within the limit, and the first ones just past it.
    let (mut strong, mut weak, mut word_end) = (None, None, None);
    let (mut strong_over, mut weak_over) = (None, None);
    for (i, c) in sentence.char_indices() {
        if i > stretch {
            break;
        }
        let is_strong = matches!(c, ',' | ';' | ':' | '(' | '–' | '—')
            || (c == ' ' && CLAUSE_WORDS.contains(&next_word(sentence, i).as_str()));
        let is_weak = c == ' ' && PHRASE_WORDS.contains(&next_word(sentence, i).as_str());
        if i <= limit {
            if is_strong {
                strong = Some(i);
            }
            if is_weak {
                weak = Some(i);
            }
            if c == ' ' {
                word_end = Some(i);
            }
        } else {
            if is_strong && strong_over.is_none() {
                strong_over = Some(i);
            }
            if is_weak && weak_over.is_none() {
                weak_over = Some(i);
            }
        }
    }
    // A clause, then a phrase, then a boundary just past the limit, then any word end — but
    // never one that leaves a stub.
    let cut = strong
        .filter(|&c| c >= 40)
        .or(weak.filter(|&c| c >= 50))
        .or(strong_over)
        .or(weak_over)
        .or(word_end)
        .unwrap_or(limit);
    capitalise(sentence[..cut].trim_end_matches([' ', ',', ';', ':', '–', '—', '(']))
}

fn next_word(sentence: &str, space: usize) -> String {
    sentence[space + 1..]
        .chars()
        .take_while(|ch| ch.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The lead paragraph shortened at a sentence boundary (whole sentences up to ~240 characters;
/// a single longer sentence is cut at a word and marked with "…").
pub fn summary(lead: &str) -> String {
    let lead = lead.trim();
    let mut end = 0;
    for e in sentence_ends(lead) {
        if end > 0 && lead[..e].chars().count() > SUMMARY_TARGET {
            break;
        }
        end = e;
    }
    if end == 0 {
        end = lead.len();
    }
    let s = lead[..end].trim();
    if s.chars().count() <= SUMMARY_TARGET + 120 {
        return s.to_string();
    }
    let limit = s
        .char_indices()
        .nth(SUMMARY_TARGET)
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let cut = s[..limit].rfind(' ').unwrap_or(limit);
    format!("{}…", s[..cut].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_lines() {
        assert!(is_headline("Jepang dan AS Perkuat Aliansi Pertahanan"));
        assert!(is_headline("Apa Kata Menteri soal Rudal?"));
        assert!(!is_headline("Tujuannya untuk mendorong kerja sama."));
        assert!(!is_headline("Liputan6"));
    }

    #[test]
    fn headline_from_a_long_lead_is_cut_at_a_clause() {
        let lead = "Jepang dan Amerika Serikat memperkuat aliansi pertahanan dengan menyepakati peningkatan produksi bersama alat utama sistem persenjataan (alutsista), khususnya rudal, serta perluasan kehadiran militer di wilayah barat daya Jepang. Langkah ini diambil.";
        assert_eq!(
            from_lead(lead),
            "Jepang dan Amerika Serikat memperkuat aliansi pertahanan"
        );
        let h = from_lead(
            "Menteri luar negeri dan pertahanan dari Jepang dan Amerika Serikat akan mengadakan pembicaraan keamanan pada 28 Juli 2024.",
        );
        // No clause boundary within 100 characters: the phrase boundary just past it wins
        // over cutting "keamanan" off.
        assert_eq!(
            h,
            "Menteri luar negeri dan pertahanan dari Jepang dan Amerika Serikat akan mengadakan pembicaraan keamanan"
        );
        let h = from_lead(&format!("{} yang panjang sekali.", "kata ".repeat(40)));
        assert!(
            h.chars().count() <= 100 && !h.ends_with(' ') && h.ends_with("kata"),
            "{h}"
        );
    }

    #[test]
    fn short_lead_is_the_headline() {
        assert_eq!(
            from_lead("harga beras naik lagi. Pedagang mengeluh."),
            "Harga beras naik lagi"
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_decimals() {
        let t = "Dr. Budi tiba di Jl. Sudirman pukul 10.30 WIB. Ia disambut. Harga Rp. 5.000 naik.";
        assert_eq!(
            first_sentence(t),
            "Dr. Budi tiba di Jl. Sudirman pukul 10.30 WIB."
        );
        assert_eq!(sentence_ends(t).len(), 3);
    }

    #[test]
    fn summary_keeps_whole_sentences() {
        let lead = "Satu dua tiga. ".repeat(30);
        let s = summary(&lead);
        assert!(s.ends_with('.'));
        assert!(s.chars().count() <= 260, "{}", s.len());
        let long = "kata ".repeat(200);
        let s = summary(&long);
        assert!(s.ends_with('…'));
        assert!(!s.contains("kat…"));
    }
}
