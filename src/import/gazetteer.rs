//! What digest knows before reading a text: Indonesian regions (Kemendagri's list, see
//! `data/README`), countries, cities abroad and world regions, demonyms, and the acronyms of
//! national institutions. The lists are compiled in as text and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const WILAYAH: &str = include_str!("data/wilayah.txt");
const PLACES: &str = include_str!("data/places.txt");
const ACRONYMS: &str = include_str!("data/acronyms.txt");
const COUNTRIES: &str = include_str!("data/countries.txt");
const CITIES: &str = include_str!("data/cities.txt");
const REGIONS: &str = include_str!("data/regions.txt");
const WORLD: &str = include_str!("data/world.txt");

/// The country every Indonesian region and island is in.
const INDONESIA: &str = "Indonesia";

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
    /// Each country's names and each city abroad, in lower case, to the country's English name.
    countries: HashMap<String, &'static str>,
    /// Every country's names, in lower case.
    country_names: HashSet<String>,
    /// Regencies that share their name with a city, in lower case.
    twins: HashSet<String>,
    /// Demonyms and world regions, in lower case: never a tag alone.
    broad: HashSet<String>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut places = HashMap::new();
    let mut twins = HashSet::new();
    for line in WILAYAH.lines() {
        let (level, name) = line.split_at_checked(2).unwrap_or(("", ""));
        let kind = match level {
            "p " | "r " => Place::Major,
            "d " => Place::District,
            "t " => {
                twins.insert(name.to_lowercase());
                continue;
            }
            _ => continue,
        };
        // "Kota Jantho", a district that is its regency's seat, is called Jantho.
        let town = (kind == Place::District)
            .then(|| name.strip_prefix("Kota "))
            .flatten();
        for key in [Some(name), town].into_iter().flatten() {
            let key = key.to_lowercase();
            // A name that is both a regency and a district is a regency.
            if places.get(&key) != Some(&Place::Major) {
                places.insert(key, kind);
            }
        }
    }
    let mut countries = HashMap::new();
    let mut country_names = HashSet::new();
    for name in data_lines(PLACES) {
        places.insert(name.to_lowercase(), Place::Major);
        countries.insert(name.to_lowercase(), INDONESIA);
    }
    let mut broad: HashSet<String> = data_lines(REGIONS).map(str::to_lowercase).collect();
    for line in data_lines(COUNTRIES) {
        let mut fields = line.split('\t');
        let english = fields.next().unwrap_or("").trim();
        let local = fields.next().unwrap_or("").trim();
        for name in [english, local].into_iter().filter(|n| !n.is_empty()) {
            places.insert(name.to_lowercase(), Place::Major);
            countries.insert(name.to_lowercase(), english);
            country_names.insert(name.to_lowercase());
        }
        let demonyms = fields.next().unwrap_or("").split(',');
        broad.extend(
            demonyms
                .map(|d| d.trim().to_lowercase())
                .filter(|d| !d.is_empty()),
        );
    }
    for (city, country) in data_lines(CITIES).filter_map(|l| l.split_once('\t')) {
        places.insert(city.trim().to_lowercase(), Place::Major);
        countries.insert(city.trim().to_lowercase(), country.trim());
    }
    let acronyms = data_lines(ACRONYMS)
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, full)| (a.trim().to_string(), full.trim().to_string()))
        .collect();
    Gazetteer {
        places,
        acronyms,
        countries,
        country_names,
        twins,
        broad,
    }
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

/// The country (its ISO code) of a town abroad of 15,000 people or more that GeoNames lists
/// under this name (any letter case, marks or none: "Kolkata", "Post Falls", "Izmir"). A name
/// many towns share ("Jackson", "Victoria", "Reading") is also a word or a person's: this says
/// only that the name can be a town's, for a name a text already sets where a place stands.
pub fn town_abroad(name: &str) -> Option<&'static str> {
    towns_abroad().get(&name.trim().to_lowercase()).map(|t| t.1)
}

/// A town abroad spelt as GeoNames spells it ("PORT OF SPAIN" → "Port of Spain").
pub fn town_abroad_spelling(name: &str) -> Option<&'static str> {
    towns_abroad().get(&name.trim().to_lowercase()).map(|t| t.0)
}

/// GeoNames' towns abroad by their names in lower case: the name as spelt, and the country.
fn towns_abroad() -> &'static HashMap<String, (&'static str, &'static str)> {
    static TOWNS: LazyLock<HashMap<String, (&'static str, &'static str)>> = LazyLock::new(|| {
        data_lines(WORLD)
            .filter_map(|l| l.split_once('\t'))
            .map(|(town, code)| (town.to_lowercase(), (town, code)))
            .collect()
    });
    &TOWNS
}

/// The country a place is in, by its English name: Indonesia for every Indonesian region, the
/// country itself for a country. `None` for a place digest does not know.
pub fn country_of(name: &str) -> Option<&'static str> {
    let key = name.to_lowercase();
    if let Some(country) = GAZETTEER.countries.get(&key) {
        return Some(country);
    }
    GAZETTEER.places.contains_key(&key).then_some(INDONESIA)
}

/// Whether `name` is a country's, in English or Indonesian ("Jepang").
pub fn is_country_name(name: &str) -> bool {
    GAZETTEER.country_names.contains(&name.to_lowercase())
}

/// Whether a regency of this name sits beside a city of the same name ("Kabupaten Bogor").
pub fn has_twin_city(name: &str) -> bool {
    GAZETTEER.twins.contains(&name.to_lowercase())
}

/// A demonym ("Indonesian") or a world region ("Asia", "Timur Tengah"): says where, not what.
pub fn is_broad(name: &str) -> bool {
    GAZETTEER.broad.contains(&name.to_lowercase())
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
        assert_eq!(place("Jantho"), Some(Place::District));
        assert_eq!(place("Japan"), Some(Place::Major));
        assert_eq!(place("Kementerian"), None);
        assert_eq!(acronym("BI"), Some("Bank Indonesia"));
        assert_eq!(acronym("Bi"), None);
        assert!(is_known_organisation("bank indonesia"));
    }

    #[test]
    fn towns_abroad_load_without_the_names_that_are_words() {
        assert_eq!(town_abroad("Kolkata"), Some("IN"));
        assert_eq!(town_abroad("post falls"), Some("US"));
        // Marks or none, as English texts print it.
        assert_eq!(town_abroad("İzmir"), Some("TR"));
        assert_eq!(town_abroad("Izmir"), Some("TR"));
        // GeoNames lists towns called "Itu", "Rumah", "Reading" and "Fajar": words first.
        for word in ["Itu", "Rumah", "Reading", "Fajar", "Mobile", "To"] {
            assert_eq!(town_abroad(word), None, "{word}");
        }
        // Indonesia's towns are wilayah's.
        assert_eq!(town_abroad("Bandung"), None);
    }

    #[test]
    fn countries_cities_twins_and_broad_names_load() {
        assert_eq!(place("Jepang"), Some(Place::Major));
        assert_eq!(country_of("Jepang"), Some("Japan"));
        assert_eq!(country_of("Darwin"), Some("Australia"));
        assert_eq!(country_of("Sleman"), Some("Indonesia"));
        assert_eq!(country_of("Jakarta"), Some("Indonesia"));
        assert_eq!(country_of("Atlantis"), None);
        assert!(is_country_name("jepang") && !is_country_name("Tokyo"));
        assert!(has_twin_city("Bogor"));
        assert!(!has_twin_city("Garut"));
        assert!(is_broad("Indonesian"));
        assert!(is_broad("Asia Tenggara"));
        assert!(!is_broad("Indonesia"));
    }
}
