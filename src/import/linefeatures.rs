//! The line classifier's evidence as numbers: for every prepared line, one vector of the
//! measures `parts` already reads (length, function-word density, punctuation, capitalisation,
//! each cue family as 0/1, position), then the same measures of the line before and after it,
//! because content and boilerplate come in runs. Nothing in it names a language or an outlet.

use super::clean::Line;
use super::parts::{self, Kind};
use super::{body, datefind, dateline, headline};

/// The cue families `parts::cue` tells apart, one 0/1 feature each (the last: no cue).
const CUES: [Option<Kind>; 14] = [
    Some(Kind::SignOff),
    Some(Kind::CurrencyNote),
    Some(Kind::VideoMarker),
    Some(Kind::PageMarker),
    Some(Kind::Promo),
    Some(Kind::Related),
    Some(Kind::Copyright),
    Some(Kind::SourceLine),
    Some(Kind::Label),
    Some(Kind::Caption),
    Some(Kind::Credit),
    Some(Kind::Byline),
    Some(Kind::DateTime),
    None,
];

/// The names of one line's own measures, in vector order.
const OWN: [&str; 25] = [
    "words<=3",
    "words<=6",
    "words<=12",
    "words<=25",
    "words>25",
    "log words",
    "function-word density",
    "ends with a stop",
    "ends with a colon",
    "ends with a question mark",
    "prose",
    "capitalised word share",
    "shouted (no lower case)",
    "digit share",
    "separator | or bullet",
    "opens with a quote",
    "list marker",
    "dateline opens it",
    "headline-shaped",
    "names only",
    "outlet line",
    "byline with outlet or place",
    "breadcrumb",
    "names a date",
    "whole line in brackets",
];

/// Measures that depend on where the line stands in the text.
const PLACE: [&str; 7] = [
    "first line",
    "in the first three",
    "relative position",
    "last two lines",
    "blank line before",
    "before the first prose",
    "after the last prose",
];

/// Length of one line's own vector (its measures and its cue family).
const OWN_LEN: usize = OWN.len() + CUES.len();

/// Length of every line's full vector: a constant term, the line's own measures, where it
/// stands, then the measures of the line before and of the line after.
pub const LEN: usize = 1 + OWN_LEN + PLACE.len() + 2 * OWN_LEN;

/// The name of each position of the vector, for reading a fitted model.
pub fn names() -> Vec<String> {
    let own: Vec<String> = OWN
        .iter()
        .map(|s| s.to_string())
        .chain(CUES.iter().map(|c| format!("cue {c:?}")))
        .collect();
    std::iter::once("constant".to_string())
        .chain(own.iter().cloned())
        .chain(PLACE.iter().map(|s| s.to_string()))
        .chain(own.iter().map(|s| format!("before: {s}")))
        .chain(own.iter().map(|s| format!("after: {s}")))
        .collect()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// A line's own measures, wherever it stands.
fn own(text: &str) -> [f32; OWN_LEN] {
    let f = parts::features(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len().max(1) as f32;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count() as f32;
    let digits = text.chars().filter(char::is_ascii_digit).count() as f32;
    let chars = text.chars().count().max(1) as f32;
    let end = text.trim_end();
    let values = [
        flag(f.words <= 3),
        flag((4..=6).contains(&f.words)),
        flag((7..=12).contains(&f.words)),
        flag((13..=25).contains(&f.words)),
        flag(f.words > 25),
        (f.words as f32 + 1.0).ln() / 4.0,
        f.stop_density,
        flag(f.ends_stop),
        flag(end.ends_with(':')),
        flag(end.ends_with('?')),
        flag(parts::is_prose(text)),
        capitalised / n,
        flag(letters >= 3 && !text.chars().any(char::is_lowercase)),
        digits / chars,
        flag(text.contains(['|', '•', '●', '·'])),
        flag(text.starts_with(['"', '“', '\'', '‘'])),
        flag(body::bullet(text).is_some() || body::numbered(text).is_some()),
        flag(dateline::parse(text).is_some()),
        flag(headline::is_headline(text)),
        flag(parts::is_name_line(text)),
        flag(parts::is_outlet_line(text)),
        flag(parts::is_byline_line(text)),
        flag(parts::is_breadcrumb(text)),
        flag(!datefind::find_all(text, false).is_empty()),
        flag(text.starts_with(['(', '[']) && end.ends_with([')', ']'])),
    ];
    let cue = parts::cue(text);
    let mut out = [0.0; OWN_LEN];
    out[..OWN.len()].copy_from_slice(&values);
    for (slot, family) in out[OWN.len()..].iter_mut().zip(CUES) {
        *slot = flag(cue == family);
    }
    out
}

/// One vector per line, each `LEN` long. Linear in the number of lines: each line's own
/// measures are taken once and copied into its neighbours' vectors.
pub fn vectors(lines: &[Line]) -> Vec<Vec<f32>> {
    let owns: Vec<[f32; OWN_LEN]> = lines.iter().map(|l| own(&l.text)).collect();
    let prose: Vec<bool> = lines.iter().map(|l| parts::is_prose(&l.text)).collect();
    let first_prose = prose.iter().position(|&p| p).unwrap_or(lines.len());
    let last_prose = prose.iter().rposition(|&p| p).unwrap_or(0);
    let n = lines.len();
    (0..n)
        .map(|i| {
            let mut v = Vec::with_capacity(LEN);
            v.push(1.0);
            v.extend_from_slice(&owns[i]);
            v.extend_from_slice(&[
                flag(i == 0),
                flag(i < 3),
                i as f32 / n.max(1) as f32,
                flag(i + 2 >= n),
                flag(lines[i].gap_before),
                flag(i < first_prose),
                flag(i > last_prose),
            ]);
            let none = [0.0; OWN_LEN];
            v.extend_from_slice(if i > 0 { &owns[i - 1] } else { &none });
            v.extend_from_slice(owns.get(i + 1).unwrap_or(&none));
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_gets_a_named_vector_of_one_length() {
        let (lines, _) = parts::prepare(
            "Judul Berita Hari Ini\nSelasa, 04 Mar 2025 14:30 WIB\n\nJAKARTA - Pemerintah menyatakan bahwa harga beras akan turun pekan depan.\n\nBaca juga: Harga Cabai Naik",
        );
        let v = vectors(&lines);
        assert_eq!(v.len(), lines.len());
        assert!(v.iter().all(|x| x.len() == LEN));
        assert_eq!(names().len(), LEN);
        let at = |name: &str| names().iter().position(|n| n == name).unwrap();
        assert_eq!(v[0][at("first line")], 1.0);
        assert_eq!(v[2][at("dateline opens it")], 1.0);
        assert_eq!(v[3][at("cue Some(Related)")], 1.0);
        assert_eq!(v[3][at("before: prose")], 1.0);
    }
}
