//! Whether a place the text only implies is part of the story: the dateline's place, and the
//! country the whole site reports from. Both sit on nearly every story of a digest, so they are
//! tags only when the body itself makes them matter (the convention in
//! `tests/import_corpus.rs`).

/// Words that make a clause a report of speech: a place after them, in the same clause, is
/// where someone spoke ("kata Asep di Gedung Merah Putih KPK, Jakarta"), which the dateline
/// already said, not where the story happens.
const SPEECH: &[&str] = &[
    "kata",
    "katanya",
    "ujar",
    "ujarnya",
    "ucap",
    "ucapnya",
    "tutur",
    "tuturnya",
    "jelas",
    "jelasnya",
    "ungkap",
    "ungkapnya",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "keterangan",
    "konferensi",
    "wartawan",
    "said",
    "says",
    "told",
    "added",
    "conference",
    "briefing",
    "reporters",
];

/// How far back, in characters, a clause is read for a verb of saying.
const CLAUSE_REACH: usize = 120;

/// Whether the body names `place` as a setting of the story: somewhere it stands as a name of
/// its own (not the start of a longer one, "Jakarta Selatan", "the Paris Olympics") and not as
/// where someone spoke.
pub fn is_setting(body: &str, place: &str) -> bool {
    occurrences(body, place).any(|(start, end)| {
        let clause = clause_before(body, start);
        !starts_longer_name(&body[end..]) && !ends_longer_name(clause) && !after_speech(clause)
    })
}

/// Words that put the name after them in a place ("di Pune", "near Pune", "Kota Pune"), in
/// both languages; "to", "from", "dari", "ke" also take people ("a letter from Okonkwo").
const LOCATIVE_WORDS: &[&str] = &[
    "di",
    "dekat",
    "sekitar",
    "wilayah",
    "kawasan",
    "in",
    "at",
    "near",
    "around",
    "across",
    "outside",
    "throughout",
    "kota",
    "kabupaten",
    "city",
    "town",
];

/// Words that may stand between a locative and the place ("in western Pune", "of central
/// Kathmandu").
const DIRECTION_WORDS: &[&str] = &[
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
    "downtown", "greater", "rural", "suburban",
];

/// Whether the body names `place` as a place somewhere: after a locative ("in Kota Kinabalu",
/// "di Pune", "in western Pune"), as a name of its own, not a person's possession ("at
/// Okonkwo's office"). A speaker is named beside a verb of saying ("said Okonkwo", "ujar
/// Suharyanto"), which says nothing about where.
pub fn named_as_place(body: &str, place: &str) -> bool {
    occurrences(body, place).any(|(start, end)| {
        let rest = &body[end..];
        let owned = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
        let mut before = words(&body[..start]).rev().map(str::to_lowercase);
        let locative = match before.next() {
            Some(w) if DIRECTION_WORDS.contains(&w.as_str()) => before.next(),
            w => w,
        };
        // "the city of Pune" is a place; "the wife of Okonkwo" is not: "of" counts after a
        // region's word only.
        let locative = match locative.as_deref() {
            Some("of") => before
                .next()
                .is_some_and(|w| matches!(w.as_str(), "city" | "town")),
            Some(w) => LOCATIVE_WORDS.contains(&w),
            None => false,
        };
        locative && !owned && !starts_longer_name(rest)
    })
}

/// Words that name the place itself, or a part of it, when they stand before it ("Kota
/// Pontianak", "West Jakarta").
const REGION_WORDS: &[&str] = &[
    "daerah",
    "istimewa",
    "kota",
    "kabupaten",
    "provinsi",
    "kecamatan",
    "desa",
    "kelurahan",
    "city",
    "province",
    "greater",
    "central",
    "north",
    "south",
    "east",
    "west",
];

/// The clause ends in a capitalised word that is not the clause's first ("di Teluk Manado",
/// "near Port Dickson"): the place closes another name, a bay's or a town's. Region words
/// ("Kota Pontianak") name the place itself; a capital opening a clause says nothing.
fn ends_longer_name(clause: &str) -> bool {
    // "Candi Prambanan, Sleman": a comma ends the name before.
    let joined = clause
        .strip_suffix(' ')
        .and_then(|c| c.chars().next_back())
        .is_some_and(char::is_alphanumeric);
    let mut ws = words(clause);
    let Some(last) = ws.next_back() else {
        return false;
    };
    // An acronym before the place names a body of that place ("MRT Jakarta", "DKI Jakarta").
    let acronym = !last.chars().any(char::is_lowercase);
    joined
        && ws.next_back().is_some()
        && last.chars().next().is_some_and(char::is_uppercase)
        && !acronym
        && !REGION_WORDS.contains(&last.to_lowercase().as_str())
}

/// Whether the home country acts in the story: it opens a clause as its subject, followed by
/// its verb ("Indonesia raised", "Indonesia menawarkan", "The Philippines and Indonesia
/// settled"), rather than qualifying something ("Indonesia's Riau province", "film Indonesia").
pub fn acts(body: &str, country: &str) -> bool {
    occurrences(body, country)
        .any(|(start, end)| opens_clause(clause_before(body, start)) && verb_follows(&body[end..]))
}

/// Byte spans where `name` occurs as whole words.
fn occurrences<'a>(body: &'a str, name: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    body.match_indices(name)
        .map(move |(i, _)| (i, i + name.len()))
        .filter(move |&(start, end)| {
            let before = body[..start].chars().next_back();
            let after = body[end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The text of the clause before `at`: back to the last sentence end, quote or line break.
fn clause_before(body: &str, at: usize) -> &str {
    let from = body.floor_char_boundary(at.saturating_sub(CLAUSE_REACH));
    let window = &body[from..at];
    let cut = window
        .rfind(['.', '!', '?', '\n', '"', '“', '”', ';'])
        .map_or(0, |i| {
            i + window[i..].chars().next().map_or(1, char::len_utf8)
        });
    &window[cut..]
}

fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// A verb of saying, then a locative before the place: where the words were said ("kata
/// Hilman di Jakarta"), unlike a place that only describes someone ("said a Kuala
/// Lumpur-based trader").
fn after_speech(clause: &str) -> bool {
    let words: Vec<String> = words(clause).map(str::to_lowercase).collect();
    words
        .iter()
        .rposition(|w| SPEECH.contains(&w.as_str()))
        .is_some_and(|i| {
            words[i..]
                .iter()
                .any(|w| matches!(w.as_str(), "di" | "in" | "at"))
        })
}

/// A capitalised word right after a name, with only a space between, makes it a longer name.
fn starts_longer_name(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Only names joined by "and" come before the subject in its clause; a name right before it
/// makes it part of that name ("Bank Indonesia").
fn opens_clause(clause: &str) -> bool {
    let joins = |w: &str| matches!(w, "and" | "dan" | "serta");
    words(clause).next_back().is_none_or(joins)
        && words(clause).all(|w| w.chars().next().is_some_and(char::is_uppercase) || joins(w))
}

/// The next word is lower case: a verb or auxiliary ("raised", "will", "menawarkan"), not a
/// possessive, an apposition after a comma, or more of a name.
fn verb_follows(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    words(rest)
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_where_someone_only_spoke_is_no_setting() {
        assert!(!is_setting(
            "\"Tidak ada pergeseran,\" kata Hilman di Jakarta, Selasa (21/1/2025).",
            "Jakarta"
        ));
        assert!(!is_setting(
            "The agency will buy more, he told a press conference in Manila on Monday.",
            "Manila"
        ));
        assert!(is_setting(
            "Banjir merendam tujuh kecamatan di Bekasi, Jawa Barat.",
            "Bekasi"
        ));
        assert!(is_setting(
            "The match was played at the Milliy Stadium in Tashkent on Wednesday.",
            "Tashkent"
        ));
        assert!(is_setting(
            "Prices could rise, said a Kuala Lumpur-based trader.",
            "Kuala Lumpur"
        ));
    }

    #[test]
    fn a_place_is_named_after_a_locative_a_speaker_beside_a_verb_of_saying() {
        assert!(named_as_place(
            "Residents of 14 areas in western Pune.",
            "Pune"
        ));
        assert!(named_as_place(
            "Banjir merendam rumah di Pune, kata dia.",
            "Pune"
        ));
        assert!(named_as_place("Life in the city of Pune is dear.", "Pune"));
        assert!(!named_as_place(
            "\"Soon,\" said Okonkwo, who runs it.",
            "Okonkwo"
        ));
        assert!(!named_as_place(
            "Marzuki, ketua paguyuban, mengeluh.",
            "Marzuki"
        ));
        assert!(!named_as_place("They met at Okonkwo's office.", "Okonkwo"));
        assert!(!named_as_place("The wife of Okonkwo spoke.", "Okonkwo"));
        assert!(!named_as_place("They sat in Pune Cantonment.", "Pune"));
    }

    #[test]
    fn a_place_inside_a_longer_name_is_no_setting() {
        assert!(!is_setting(
            "Hakim Pengadilan Negeri Jakarta Selatan menjatuhkan vonis.",
            "Jakarta"
        ));
        assert!(!is_setting(
            "She lost to him in the Paris Olympics.",
            "Paris"
        ));
        assert!(!is_setting("Warga Bandungan menolak.", "Bandung"));
        assert!(!is_setting(
            "Sampah terbawa arus dari Teluk Manado pada musim hujan.",
            "Manado"
        ));
        assert!(is_setting(
            "Kabut asap menyelimuti Kota Pontianak sejak Senin.",
            "Pontianak"
        ));
        assert!(is_setting(
            "Warga Pontianak diimbau memakai masker.",
            "Pontianak"
        ));
        assert!(is_setting(
            "Operator MRT Jakarta said on Tuesday.",
            "Jakarta"
        ));
        assert!(is_setting(
            "Owners in Bandung's historic district protested.",
            "Bandung"
        ));
    }

    #[test]
    fn the_home_country_acts_only_as_a_subject() {
        assert!(acts(
            "Indonesia raised $2.5 billion on Tuesday.",
            "Indonesia"
        ));
        assert!(acts(
            "Pemerintah bernegosiasi. Indonesia menawarkan impor kapas.",
            "Indonesia"
        ));
        assert!(acts(
            "The Philippines and Indonesia settled their boundary in 2014.",
            "Indonesia"
        ));
        assert!(!acts(
            "Haze has returned to Indonesia's Riau province.",
            "Indonesia"
        ));
        assert!(!acts(
            "Production in Indonesia, the biggest producer, is also rising.",
            "Indonesia"
        ));
        assert!(!acts("Ini film Indonesia tercepat.", "Indonesia"));
        assert!(!acts("Bank Indonesia menahan suku bunga.", "Indonesia"));
    }
}
