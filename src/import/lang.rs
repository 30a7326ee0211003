//! Is a text Indonesian or English? Counting each language's most frequent function words is
//! all two languages this different need.

const ID: &[&str] = &[
    "yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "dalam", "tidak", "akan", "pada",
    "juga", "ke", "adalah", "karena", "oleh", "tersebut", "atau", "kata", "telah", "bahwa",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "it",
    "are", "from", "will", "said", "has", "have", "at", "be",
];

/// `"id"` or `"en"`; `fallback` when the text gives no evidence either way.
pub fn detect<'a>(text: &str, fallback: &'a str) -> &'a str {
    let (mut id, mut en) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).take(5000) {
        let w = word.to_lowercase();
        if ID.contains(&w.as_str()) {
            id += 1;
        } else if EN.contains(&w.as_str()) {
            en += 1;
        }
    }
    match id.cmp(&en) {
        std::cmp::Ordering::Greater => "id",
        std::cmp::Ordering::Less => "en",
        std::cmp::Ordering::Equal => fallback,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn detects_both() {
        assert_eq!(
            super::detect(
                "Menteri luar negeri dan pertahanan dari Jepang akan mengadakan pembicaraan",
                "en"
            ),
            "id"
        );
        assert_eq!(
            super::detect(
                "The ministers of Japan and the United States will meet in Tokyo",
                "id"
            ),
            "en"
        );
        assert_eq!(super::detect("Tokyo 2024", "id"), "id");
    }
}
