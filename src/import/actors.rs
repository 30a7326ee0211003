//! Whether a capitalised word acts in its sentence: the agent of a passive verb ("diumumkan
//! Gojek", "announced by Grab") or the subject of a verb right after it ("Shopee menaikkan",
//! "Tokopedia said"). A company or a body named once by one word is a name when it acts; a word
//! capitalised for emphasis or cut from a longer name ("Peraturan", "Korea" of "Korea
//! Aerospace") rarely sits between such verbs.

/// Words that open with "di" or "me" as Indonesian passive and active verbs do, but are nouns,
/// pronouns or prepositions: no verb, so no evidence.
const NOT_VERBS: &[&str] = &[
    "diagnosa",
    "dialog",
    "diare",
    "diesel",
    "diet",
    "digital",
    "dimensi",
    "dinamika",
    "dinas",
    "dini",
    "diploma",
    "diplomasi",
    "diplomat",
    "direksi",
    "direktorat",
    "direktur",
    "diri",
    "dirinya",
    "dirut",
    "disiplin",
    "diskon",
    "diskusi",
    "distrik",
    "distribusi",
    "dividen",
    "divisi",
    "media",
    "medis",
    "meja",
    "melalui",
    "memang",
    "menara",
    "menit",
    "menjelang",
    "menteri",
    "menuju",
    "menurut",
    "mengenai",
    "merah",
    "merek",
    "mereka",
    "merupakan",
    "mesin",
    "meski",
    "meskipun",
    "meter",
    "metro",
];

/// English verbs of saying and doing that stand after their subject without an "-ed" ending.
const ENGLISH_AFTER: &[&str] = &[
    "said",
    "says",
    "told",
    "announces",
    "plans",
    "sold",
    "won",
    "bought",
    "cut",
    "set",
];

/// Whether a word with `before` just before it and `after` just after it (each lower-cased,
/// `None` across punctuation or the sentence's edge) is an actor in its sentence.
pub fn acts(before: Option<&str>, after: Option<&str>) -> bool {
    before.is_some_and(|w| w == "by" || is_passive_verb(w))
        || after.is_some_and(|w| is_active_verb(w) || ENGLISH_AFTER.contains(&w))
}

/// "diumumkan", "diberlakukan", "dikelola": the prefix di- glued to a stem of four letters or
/// more (the locative "di" is a word of its own).
fn is_passive_verb(w: &str) -> bool {
    w.strip_prefix("di")
        .is_some_and(|stem| stem.chars().count() >= 4 && stem.chars().all(char::is_alphabetic))
        && !NOT_VERBS.contains(&w)
}

/// "mengumumkan", "menaikkan", "memangkas" (the prefix meN-), or "announced", "raised".
fn is_active_verb(w: &str) -> bool {
    let alphabetic = w.chars().all(char::is_alphabetic);
    let indonesian = w
        .strip_prefix("me")
        .is_some_and(|stem| stem.chars().count() >= 4);
    let english = w.len() >= 5 && w.ends_with("ed");
    alphabetic && (indonesian || english) && !NOT_VERBS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passive_agents_and_subjects_of_verbs_act() {
        assert!(acts(Some("diumumkan"), Some("melalui")));
        assert!(acts(Some("diberlakukan"), None));
        assert!(acts(Some("by"), None));
        assert!(acts(None, Some("menaikkan")));
        assert!(acts(None, Some("announced")));
        assert!(acts(None, Some("said")));
    }

    #[test]
    fn nouns_prepositions_and_the_locative_are_no_verbs() {
        assert!(!acts(Some("di"), None));
        assert!(!acts(Some("direktur"), None));
        assert!(!acts(None, Some("menurut")));
        assert!(!acts(None, Some("mereka")));
        assert!(!acts(Some("the"), Some("coast")));
        assert!(!acts(None, Some("need")));
    }
}
