//! What digest knows before reading a text: Indonesian regions (Kemendagri's list, see
//! `data/README`), a few other places, and the acronyms of national institutions. The lists are
//! compiled in as text and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const WILAYAH: &str = include_str!("data/wilayah.txt");
const PLACES: &str = include_str!("data/places.txt");
const ACRONYMS: &str = include_str!("data/acronyms.txt");

/// How sure a name is a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A province, regency, city, island or country: a place wherever it is named.
    Major,
    /// A district (kecamatan): a place when a text names it, but its name may also be a word.
    District,
}

struct Gazetteer {
    places: HashMap<String, Place>,
    acronyms: HashMap<String, String>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut places = HashMap::new();
    for line in WILAYAH.lines() {
        let (level, name) = line.split_at_checked(2).unwrap_or(("", ""));
        let kind = match level {
            "p " | "r " => Place::Major,
            "d " => Place::District,
            _ => continue,
        };
        let key = name.to_lowercase();
        // A name that is both a regency and a district is a regency.
        if places.get(&key) != Some(&Place::Major) {
            places.insert(key, kind);
        }
    }
    for name in data_lines(PLACES) {
        places.insert(name.to_lowercase(), Place::Major);
    }
    let acronyms = data_lines(ACRONYMS)
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, full)| (a.trim().to_string(), full.trim().to_string()))
        .collect();
    Gazetteer { places, acronyms }
});

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether `name` (any letter case) is a known place, and how sure.
pub fn place(name: &str) -> Option<Place> {
    GAZETTEER.places.get(&name.to_lowercase()).copied()
}

/// The organisation a lone acronym stands for, written as `acronym` is (case matters: "MA").
pub fn acronym(acronym: &str) -> Option<&'static str> {
    GAZETTEER.acronyms.get(acronym).map(String::as_str)
}

/// Every full name the acronym list knows, for telling an organisation when one is named.
pub fn is_known_organisation(name: &str) -> bool {
    static FULL: LazyLock<HashSet<String>> = LazyLock::new(|| {
        GAZETTEER
            .acronyms
            .values()
            .map(|v| v.to_lowercase())
            .collect()
    });
    FULL.contains(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_places_and_acronyms_load() {
        assert_eq!(place("Jawa Barat"), Some(Place::Major));
        assert_eq!(place("garut"), Some(Place::Major));
        assert_eq!(place("Cisewu"), Some(Place::District));
        assert_eq!(place("Japan"), Some(Place::Major));
        assert_eq!(place("Kementerian"), None);
        assert_eq!(acronym("BI"), Some("Bank Indonesia"));
        assert_eq!(acronym("Bi"), None);
        assert!(is_known_organisation("bank indonesia"));
    }
}
