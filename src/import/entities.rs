//! Tags from the text itself: the people, places and organisations an article is about, found as
//! capitalised phrases that are not merely sentence-initial, weighed by how often they occur.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::datefind::is_calendar_word;
use super::headline::sentence_ends;

/// Titles and offices: they break a name run ("Menteri Pertahanan AS Lloyd Austin") and are never tags.
const ROLES: &[&str] = &[
    "menteri",
    "menlu",
    "menhan",
    "presiden",
    "wakil",
    "wapres",
    "perdana",
    "pm",
    "duta",
    "besar",
    "kementerian",
    "kepala",
    "ketua",
    "direktur",
    "jenderal",
    "gubernur",
    "bupati",
    "wali",
    "juru",
    "bicara",
    "jubir",
    "sekretaris",
    "sekjen",
    "panglima",
    "kapolri",
    "pemerintah",
    "raja",
    "ratu",
    "pangeran",
    "senator",
    "anggota",
    "komisaris",
    "dirut",
    "ceo",
    "kapten",
    "letnan",
    "kolonel",
    "mayor",
    "brigjen",
    "mayjen",
    "irjen",
    "kombes",
    "bapak",
    "ibu",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "ambassador",
    "governor",
    "mayor",
    "chairman",
    "spokesman",
    "spokesperson",
    "chief",
    "director",
    "general",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "king",
    "queen",
    "prince",
    "senator",
    "rep",
    "gen",
    "col",
    "lt",
    "capt",
];

/// Feature words that begin a place name ("Selat Taiwan"); such a name never absorbs the bare place.
const GEO_FEATURES: &[&str] = &[
    "selat",
    "laut",
    "teluk",
    "pulau",
    "kepulauan",
    "semenanjung",
    "gunung",
    "sungai",
    "samudra",
    "samudera",
    "danau",
    "tanjung",
    "strait",
    "sea",
    "gulf",
    "island",
    "islands",
    "mount",
    "river",
    "lake",
    "bay",
    "peninsula",
];

/// Words allowed inside a name when capitalised words stand on both sides ("Bank of Japan").
const CONNECTORS: &[&str] = &["of", "de", "bin", "binti", "van", "von", "der", "al", "la"];

/// How much of a text is read for tags, in bytes.
const TAG_SCAN_LIMIT: usize = 200_000;
/// The most tags an article gets.
pub const MAX_TAGS: usize = 10;
/// The least weight a phrase needs: once in running text, plus half a mention or a place in the lead.
const MIN_SCORE: f64 = 1.5;

#[derive(Debug, Clone)]
struct Token {
    word: String,
    /// First word of its sentence: its capital letter says nothing.
    initial: bool,
    /// Punctuation or a bracket after it ends any name it is in.
    break_after: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '&')
}

fn tokens(text: &str) -> Vec<Vec<Token>> {
    let mut sentences = Vec::new();
    for paragraph in text.split('\n') {
        let mut start = 0;
        let mut ends = sentence_ends(paragraph);
        ends.push(paragraph.len());
        for end in ends {
            if end <= start {
                continue;
            }
            let sentence = &paragraph[start..end];
            start = end;
            let mut out: Vec<Token> = Vec::new();
            let mut next_initial = true;
            for raw in sentence.split_whitespace() {
                let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
                if core.is_empty() {
                    if let Some(last) = out.last_mut() {
                        last.break_after = true;
                    }
                    continue;
                }
                // `core` is a slice of `raw`: its offset says whether punctuation leads.
                let offset = core.as_ptr() as usize - raw.as_ptr() as usize;
                if offset > 0
                    && let Some(last) = out.last_mut()
                {
                    last.break_after = true;
                }
                let trail = &raw[offset + core.len()..];
                // Keep a final full stop of an acronym ("U.S.") out of the word itself.
                let word: String = core.chars().filter(|&c| is_word_char(c)).collect();
                let word = word.trim_end_matches('.').to_string();
                out.push(Token {
                    word,
                    initial: next_initial,
                    break_after: !trail.is_empty(),
                });
                // After a colon or an opening quote a new sentence may start.
                next_initial = trail.contains(':');
            }
            sentences.push(out);
        }
    }
    sentences
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters) && !w.chars().any(|c| c.is_lowercase()) && !w.contains('-')
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Finds up to `MAX_TAGS` tags in `body` (paragraphs joined by newlines, without headings).
/// `lead` and `title` give a bonus to what they mention; `aliases` merge spellings.
pub fn tags(
    body: &str,
    lead: &str,
    title: &str,
    aliases: &BTreeMap<String, String>,
) -> Vec<String> {
    // What an article is about is settled long before 200,000 characters; a text of several
    // megabytes (a dump of many reports) is read that far for its tags, at a paragraph end.
    let body = if body.len() > TAG_SCAN_LIMIT {
        let cut = body.floor_char_boundary(TAG_SCAN_LIMIT);
        &body[..body[..cut].rfind('\n').unwrap_or(cut)]
    } else {
        body
    };
    let sentences = tokens(body);
    // A capitalised word that also appears in lower case is an ordinary word.
    // (Words that start in lower case are taken as written: "iPhone" is not "iphone".)
    let lower: HashSet<&str> = sentences
        .iter()
        .flatten()
        .filter(|t| t.word.chars().next().is_some_and(|c| c.is_lowercase()))
        .map(|t| t.word.as_str())
        .collect();
    let standalone: HashSet<&str> = sentences
        .iter()
        .flatten()
        .map(|t| t.word.as_str())
        .collect();
    let roles: HashSet<&str> = ROLES.iter().copied().collect();
    let is_role = |w: &str| roles.contains(w.to_lowercase().as_str());
    let is_common = |w: &str| lower.contains(w.to_lowercase().as_str());
    let is_name_word = |w: &str| {
        starts_upper(w)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !is_calendar_word(w)
            && !is_role(w)
    };

    // Runs of capitalised words, split at punctuation and at "AS-Jepang" style compounds.
    let mut runs: Vec<Vec<(String, bool)>> = Vec::new();
    for sentence in &sentences {
        let mut run: Vec<(String, bool)> = Vec::new();
        let mut i = 0;
        while i < sentence.len() {
            let t = &sentence[i];
            let parts: Vec<&str> = t.word.split('-').collect();
            let compound = parts.len() == 2
                && parts
                    .iter()
                    .all(|p| is_name_word(p) && standalone.contains(p));
            if compound {
                for (k, p) in parts.iter().enumerate() {
                    if !run.is_empty() {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.push((p.to_string(), t.initial && k == 0));
                }
                runs.push(std::mem::take(&mut run));
            } else if is_name_word(&t.word) && run.is_empty() && is_common(&t.word) {
                // An ordinary word capitalised at the start ("The United States", "Aliansi ini")
                // does not begin a name.
            } else if is_acronym(&t.word) {
                // "Menteri Pertahanan AS Pete Hegseth": an acronym stands alone, it does not
                // join the name beside it.
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                runs.push(vec![(t.word.clone(), t.initial)]);
            } else if is_name_word(&t.word) {
                run.push((t.word.clone(), t.initial));
                if t.break_after {
                    runs.push(std::mem::take(&mut run));
                }
            } else if CONNECTORS.contains(&t.word.as_str())
                && !run.is_empty()
                && sentence.get(i + 1).is_some_and(|n| is_name_word(&n.word))
                && !sentence[i - 1].break_after
            {
                run.push((t.word.clone(), false));
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
            i += 1;
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }

    // "Korea Selatan", "Laut China Selatan": a compass word belongs to the name before it, and a
    // feature word (Laut, Selat, Pulau…) to the name after it.
    let runs: Vec<Vec<(String, bool)>> = runs.into_iter().map(bind_place_words).collect();

    // How often each phrase of one to three units occurs inside runs, and where it first does.
    let mut seen: HashMap<String, Seen> = HashMap::new();
    let mut position = 0usize;
    for run in &runs {
        for i in 0..run.len() {
            for n in 1..=3.min(run.len() - i) {
                let phrase = join(&run[i..i + n]);
                seen.entry(phrase)
                    .or_insert(Seen {
                        count: 0,
                        first: position,
                    })
                    .count += 1;
            }
            position += 1;
        }
    }

    // Cut each run into the phrases that explain it best: frequent and long phrases win.
    struct Stat {
        plain: f64,
        initial: f64,
        first: usize,
    }
    let mut stats: BTreeMap<String, Stat> = BTreeMap::new();
    let mut order = 0usize;
    for run in &runs {
        for (start, end) in segment(run, &seen) {
            let words = &run[start..end];
            if CONNECTORS.contains(&words[0].0.as_str())
                || CONNECTORS.contains(&words[words.len() - 1].0.as_str())
            {
                continue;
            }
            if words.iter().all(|(w, _)| is_common(w)) {
                continue;
            }
            let phrase = join(words);
            let stat = stats.entry(phrase).or_insert(Stat {
                plain: 0.0,
                initial: 0.0,
                first: order,
            });
            if words[0].1 {
                stat.initial += 1.0;
            } else {
                stat.plain += 1.0;
            }
            order += 1;
        }
    }

    // A surname alone counts for the full name it shortens ("Koizumi" → "Shinjiro Koizumi").
    let names: Vec<String> = stats.keys().filter(|k| k.contains(' ')).cloned().collect();
    let singles: Vec<String> = stats.keys().filter(|k| !k.contains(' ')).cloned().collect();
    for single in singles {
        let single_first = stats.get(&single).map(|s| s.first).unwrap_or(0);
        let owners: Vec<&String> = names
            .iter()
            .filter(|n| {
                n.rsplit(' ').next() == Some(single.as_str())
                    && !n.split(' ').any(|w| {
                        CONNECTORS.contains(&w)
                            || GEO_FEATURES.contains(&w.to_lowercase().as_str())
                            || COMPASS.contains(&w.to_lowercase().as_str())
                    })
                    && stats.get(*n).is_some_and(|o| o.first <= single_first)
            })
            .collect();
        if owners.len() == 1
            && let Some(s) = stats.remove(&single)
            && let Some(owner) = stats.get_mut(owners[0])
        {
            owner.plain += s.plain;
            owner.initial += s.initial;
            owner.first = owner.first.min(s.first);
        }
    }

    // Aliases merge spellings ("AS" → "Amerika Serikat"); the score decides.
    let alias_lc: HashMap<String, &str> = aliases
        .iter()
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim()))
        .collect();
    let mut merged: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for (phrase, s) in &stats {
        if s.plain == 0.0 {
            continue;
        }
        let name = alias_lc
            .get(&phrase.to_lowercase())
            .map(|t| t.to_string())
            .unwrap_or_else(|| phrase.clone());
        let mut score = s.plain + 0.5 * s.initial;
        if lead.contains(phrase.as_str()) {
            score += 1.0;
        }
        if title.contains(phrase.as_str()) {
            score += 1.0;
        }
        let entry = merged.entry(name).or_insert((0.0, usize::MAX));
        entry.0 += score;
        entry.1 = entry.1.min(s.first);
    }
    let mut ranked: Vec<(String, f64, usize)> = merged
        .into_iter()
        .filter(|(_, (score, _))| *score >= MIN_SCORE)
        .map(|(name, (score, first))| (name, score, first))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
    ranked.truncate(MAX_TAGS);
    ranked.into_iter().map(|(name, _, _)| name).collect()
}

/// How often a phrase occurs inside runs, and the position of its first occurrence.
struct Seen {
    count: usize,
    first: usize,
}

fn join(words: &[(String, bool)]) -> String {
    words
        .iter()
        .map(|(w, _)| w.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Best split of `run` into phrases of up to three units, maximising Σ count × length².
/// A phrase may not swallow a name already seen on its own before it: "Jepang Shinjiro Koizumi"
/// is "Jepang" and "Shinjiro Koizumi", while the later "Koizumi" is the same person.
fn segment(run: &[(String, bool)], seen: &HashMap<String, Seen>) -> Vec<(usize, usize)> {
    if run.len() == 1 {
        return vec![(0, 1)];
    }
    let count = |p: &str| seen.get(p).map_or(0, |s| s.count);
    let first = |p: &str| seen.get(p).map_or(usize::MAX, |s| s.first);
    let allowed = |words: &[(String, bool)], phrase: &str| {
        if words.len() == 1 || words.iter().any(|(w, _)| CONNECTORS.contains(&w.as_str())) {
            return true;
        }
        let (own_count, own_first) = (count(phrase), first(phrase));
        !words
            .iter()
            .any(|(w, _)| count(w) > own_count && first(w) < own_first)
    };
    let n = run.len();
    let mut best: Vec<(usize, usize)> = vec![(0, 0); n + 1]; // (score, segments) up to i
    let mut back = vec![0usize; n + 1];
    for end in 1..=n {
        best[end] = (0, usize::MAX);
        for len in 1..=3.min(end) {
            let start = end - len;
            let phrase = join(&run[start..end]);
            if !allowed(&run[start..end], &phrase) {
                continue;
            }
            let c = count(&phrase);
            let score = best[start].0 + c * len * len;
            let segs = best[start].1.saturating_add(1);
            // Ties go to fewer, longer phrases.
            if score > best[end].0 || (score == best[end].0 && segs < best[end].1) {
                best[end] = (score, segs);
                back[end] = start;
            }
        }
    }
    let mut out = Vec::new();
    let mut end = n;
    while end > 0 {
        out.push((back[end], end));
        end = back[end];
    }
    out.reverse();
    out
}

const COMPASS: &[&str] = &[
    "selatan", "utara", "timur", "barat", "tengah", "tenggara", "laut", "daya", "raya",
];

/// Joins compass words to the unit before them and feature words to the unit after them.
fn bind_place_words(run: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::with_capacity(run.len());
    let mut pending_feature: Option<(String, bool)> = None;
    for (word, initial) in run {
        let lower = word.to_lowercase();
        let (word, initial) = match pending_feature.take() {
            Some((f, fi)) => (format!("{f} {word}"), fi),
            None => (word, initial),
        };
        if GEO_FEATURES.contains(&lower.as_str()) {
            pending_feature = Some((word, initial));
            continue;
        }
        if COMPASS.contains(&lower.as_str())
            && let Some(last) = out.last_mut()
        {
            last.0.push(' ');
            last.0.push_str(&word);
            continue;
        }
        out.push((word, initial));
    }
    if let Some(f) = pending_feature {
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases() -> BTreeMap<String, String> {
        BTreeMap::from([("AS".to_string(), "Amerika Serikat".to_string())])
    }

    #[test]
    fn frequent_names_not_sentence_starters() {
        let body = "Kesepakatan itu dicapai Jepang dan Amerika Serikat di Tokyo.\n\
            Langkah Jepang ini didukung AS dan dikritik China.\n\
            Menurut Menteri Pertahanan Jepang Shinjiro Koizumi, China terus menekan Taiwan.\n\
            Koizumi bertemu Pete Hegseth pada Kamis (15/1/2026). Hegseth memuji Jepang.\n\
            Kesepakatan tersebut juga menyinggung Taiwan dan kesepakatan dagang.";
        let t = tags(
            body,
            "Kesepakatan itu dicapai Jepang dan Amerika Serikat di Tokyo.",
            "",
            &aliases(),
        );
        assert_eq!(t[0], "Jepang", "{t:?}");
        for want in [
            "Amerika Serikat",
            "China",
            "Taiwan",
            "Shinjiro Koizumi",
            "Pete Hegseth",
        ] {
            assert!(t.contains(&want.to_string()), "{want} missing from {t:?}");
        }
        for never in [
            "Kesepakatan",
            "Langkah",
            "Menurut",
            "Kamis",
            "Menteri",
            "AS",
            "Koizumi",
        ] {
            assert!(!t.contains(&never.to_string()), "{never} in {t:?}");
        }
    }

    #[test]
    fn compounds_split_and_multiword_places_stay_whole() {
        let body = "Aliansi AS-Jepang diperkuat. Kapal berlayar di Laut China Selatan dekat Korea Selatan.\n\
            Kapal Korea Selatan dan AS ikut. Laut China Selatan tegang. China marah pada Jepang.";
        let t = tags(body, "", "", &aliases());
        assert!(t.contains(&"Korea Selatan".to_string()), "{t:?}");
        assert!(t.contains(&"Laut China Selatan".to_string()), "{t:?}");
        assert!(t.contains(&"Amerika Serikat".to_string()), "{t:?}");
        assert!(!t.iter().any(|x| x.contains('-')), "{t:?}");
    }

    #[test]
    fn ordinary_words_capitalised_in_quotes_are_not_tags() {
        let body = "\"Kami memperkuat Aliansi ini,\" kata Emanuel. Aliansi itu penting bagi Jepang. \
            Jepang dan aliansi lama tetap.";
        let t = tags(body, "", "", &BTreeMap::new());
        assert!(!t.contains(&"Aliansi".to_string()), "{t:?}");
    }

    #[test]
    fn english_text() {
        let body = "TOKYO officials said Japan and the United States will boost missile output. \
            The Bank of Japan held rates. Analysts in Japan expect the Bank of Japan to act. \
            The United States welcomed it.";
        let t = tags(body, "", "", &BTreeMap::new());
        assert!(t.contains(&"Japan".to_string()), "{t:?}");
        assert!(t.contains(&"United States".to_string()), "{t:?}");
        assert!(t.contains(&"Bank of Japan".to_string()), "{t:?}");
        assert!(!t.contains(&"The".to_string()), "{t:?}");
    }
}
