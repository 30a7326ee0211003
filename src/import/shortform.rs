//! The outlet's name in the form its own text uses, when a page writes it two ways.
//!
//! CONVENTIONS (Sources): a body known by a full name and a short one takes the form the page's
//! own running text uses — "BMKG, the acronym its text uses, under a letterhead spelling the
//! agency out". Two shapes tell the forms apart without knowing any outlet:
//!
//! - the text defines the short form once, "Badan Nasional Penanggulangan Bencana (BNPB)", and
//!   from then on writes it ("BNPB mengirimkan …", "Deputi … BNPB"): the short form is the name
//!   its text uses, when it is written more often than the full one. An acronym that shortens
//!   only the name's tail ("Kementerian Pekerjaan Umum (PU)") keeps the head ("Kementerian
//!   PU");
//! - a logo's initials printed before the name ("IFP Imphal Free Press", "EDP Eastern Daily
//!   Press") are the logo, not a second name: the name is the words they abbreviate.

/// `name` as the page's own text writes it, or `name` unchanged.
pub fn as_the_text_uses(name: String, text: &str) -> String {
    if let Some(spelt) = after_logo_initials(&name) {
        return spelt;
    }
    defined_short_form(&name, text).unwrap_or(name)
}

/// The initials of the capitalised words, "Imphal Free Press" → "IFP".
fn initials<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words
        .into_iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// "IFP Imphal Free Press" → "Imphal Free Press".
fn after_logo_initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let logo = rest.len() >= 2
        && first.chars().count() >= 2
        && first.chars().all(|c| c.is_ascii_uppercase())
        && *first == initials(rest.iter().copied());
    logo.then(|| rest.join(" "))
}

/// The short form the text defines for `name` (or for the words it opens with) in brackets
/// and then writes more often than the full form.
fn defined_short_form(name: &str, text: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    for k in (2..=words.len()).rev() {
        let full = words[..k].join(" ");
        for (at, _) in text.match_indices(&full) {
            let Some(short) = bracketed_after(&text[at + full.len()..]) else {
                continue;
            };
            // "Kementerian Pekerjaan Umum (PU)": the acronym of the tail keeps the head.
            let tail = (1..k.saturating_sub(1)).find(|&j| {
                short.chars().all(|c| c.is_ascii_uppercase())
                    && initials(words[j..k].iter().copied()) == short
            });
            let form = match tail {
                Some(j) => format!("{} {short}", words[..j].join(" ")),
                None => short.to_string(),
            };
            // "Harian Pelita (Jakarta)": a place in brackets says where, not what.
            let place = super::gazetteer::place(short).is_some()
                || super::gazetteer::is_country_name(short);
            if !place && standalone_uses(text, &form) > full_uses(text, &full) {
                return Some(form);
            }
        }
    }
    None
}

/// "(BNPB)" or "(Kementan)" right after a name: a capital, then 1–11 letters.
fn bracketed_after(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix(" (")?;
    let end = inner.find(')')?;
    let short = &inner[..end];
    let shaped = (2..=12).contains(&short.chars().count())
        && short.starts_with(|c: char| c.is_uppercase())
        && short.chars().all(|c| c.is_alphabetic());
    shaped.then_some(short)
}

/// How often `form` stands as words of its own, not as the bracketed definition.
fn standalone_uses(text: &str, form: &str) -> usize {
    text.match_indices(form)
        .filter(|&(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + form.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '(')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == ')')
        })
        .count()
}

/// How often the full name is written without a short form bracketed after it.
fn full_uses(text: &str, full: &str) -> usize {
    text.match_indices(full)
        .filter(|&(at, _)| bracketed_after(&text[at + full.len()..]).is_none())
        .count()
}

#[cfg(test)]
mod tests {
    use super::as_the_text_uses;

    #[test]
    fn logo_initials_give_way_to_the_name_they_abbreviate() {
        assert_eq!(
            as_the_text_uses("IFP Imphal Free Press".into(), ""),
            "Imphal Free Press"
        );
        // Initials that spell no following name stay: "ABC Radio Australia" is one name.
        assert_eq!(
            as_the_text_uses("ABC Radio Australia".into(), ""),
            "ABC Radio Australia"
        );
    }

    #[test]
    fn a_short_form_the_text_defines_and_uses_wins() {
        let text = "Badan Nasional Penanggulangan Bencana (BNPB) mengirim perahu.\n\
                    Deputi BNPB mengatakan stok cukup.\nBNPB juga memantau.\n\
                    © 2026 Badan Nasional Penanggulangan Bencana";
        assert_eq!(
            as_the_text_uses("Badan Nasional Penanggulangan Bencana".into(), text),
            "BNPB"
        );
        let text = "Kementerian Pekerjaan Umum (PU) menguji pompa.\nKementerian PU Uji Pompa\n\
                    pompa yang dibangun Kementerian PU";
        assert_eq!(
            as_the_text_uses("Kementerian Pekerjaan Umum".into(), text),
            "Kementerian PU"
        );
    }

    #[test]
    fn a_place_in_brackets_after_the_name_is_no_short_form() {
        let text = "Harian Pelita (Jakarta) melaporkan banjir.\nJakarta tergenang.\n\
                    Warga Jakarta mengungsi.";
        assert_eq!(
            as_the_text_uses("Harian Pelita".into(), text),
            "Harian Pelita"
        );
    }

    #[test]
    fn a_short_form_written_less_than_the_full_name_does_not() {
        let text = "Ghana News Agency (GNA) reports.\nThe Ghana News Agency said GNA staff.\n\
                    Ghana News Agency";
        assert_eq!(
            as_the_text_uses("Ghana News Agency".into(), text),
            "Ghana News Agency"
        );
    }
}
