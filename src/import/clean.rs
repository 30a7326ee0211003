//! From decoded text to paragraphs: scraping noise removed, hard-wrapped lines joined.

use std::sync::LazyLock;

use regex::Regex;

/// Whole lines that are page furniture, not article text (compared case-insensitively).
const NOISE_LINES: &[&str] = &[
    "advertisement",
    "scroll to continue with content",
    "scroll to continue",
    "baca juga",
    "baca juga:",
    "iklan",
    "sponsored",
    "share",
    "bagikan",
];

/// Line prefixes that introduce links to other articles (compared case-insensitively).
const NOISE_PREFIXES: &[&str] = &[
    "baca juga:",
    "baca juga :",
    "pilihan editor:",
    "lihat juga:",
    "simak juga:",
    "tonton juga:",
    "artikel terkait:",
    "read also:",
    "read more:",
];

// Editors' and reporters' initials closing an Indonesian report: "(aud/agt)", "(nvc/dna)".
static INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\(\s*[A-Za-z]{2,5}(?:\s*/\s*[A-Za-z]{2,5})+\s*\)\s*$").unwrap()
});

/// True when a trimmed line is scraping noise.
pub fn is_noise(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    NOISE_LINES.contains(&lower.as_str())
        || NOISE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || INITIALS.is_match(line) && INITIALS.replace(line, "").trim().is_empty()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', '»'])
}

/// Splits text into paragraphs: one per line, except that a line that stops mid-sentence and is
/// followed by one starting in lower case is a hard wrap and is joined to it.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joinable = false;
    for raw in text.lines() {
        let line: String = raw
            .replace(['\u{a0}', '\t'], " ")
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let line =
            line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}');
        if line.is_empty() {
            joinable = false;
            continue;
        }
        if is_noise(line) {
            joinable = false;
            continue;
        }
        let line = INITIALS.replace(line, "");
        let line = line.trim();
        let starts_lower = line.chars().next().is_some_and(|c| c.is_lowercase());
        if joinable
            && starts_lower
            && let Some(last) = out.last_mut()
        {
            last.push(' ');
            last.push_str(line);
        } else {
            out.push(line.to_string());
        }
        joinable = out.last().is_some_and(|l| !ends_sentence(l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_is_dropped() {
        let text = "Lead.\nAdvertisement\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nBaca Juga\nBaca juga: Jepang Perkuat Pertahanan\nPilihan Editor: Harga Beras Naik\nBody stays.\n(aud/agt)\n";
        assert_eq!(paragraphs(text), ["Lead.", "Body stays."]);
    }

    #[test]
    fn closing_initials_are_removed_from_the_last_paragraph() {
        assert_eq!(paragraphs("Akhir berita. (nvc/dna)"), ["Akhir berita."]);
        assert_eq!(paragraphs("Kata (AS) tetap."), ["Kata (AS) tetap."]);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "Menteri luar negeri Jepang\nmengatakan hal itu\npada Kamis.\nParagraf baru.\n\nJudul Kecil\nIsi.";
        assert_eq!(
            paragraphs(text),
            [
                "Menteri luar negeri Jepang mengatakan hal itu pada Kamis.",
                "Paragraf baru.",
                "Judul Kecil",
                "Isi."
            ]
        );
    }

    #[test]
    fn spaces_are_normalised() {
        assert_eq!(paragraphs("  a\u{a0}\u{a0}b\t c  "), ["a b c"]);
    }
}
