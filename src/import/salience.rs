//! Which of the names a text holds become its tags: every candidate `entities` finds, described
//! by numbers that hold in any language (how often and where it is written, what the text says
//! it is), and the decision taken either by the hand-tuned score of the rules or by a logistic
//! model fitted to the annotated sets. Which one decides is settled by leaving one set out
//! (`bench/import-tags-loso.sh`), not here: so far the model has not beaten the rules there
//! (bench/README.md), so `tags` decides by the rules unless a measurement chooses otherwise.

use std::cell::RefCell;
use std::fmt::Write as _;

use super::entities::{Kind, MAX_TAGS, Tag};
use super::learned;

/// The least rule score a candidate needs: once in running text, plus half a mention or a place
/// in the lead.
pub const MIN_SCORE: f64 = 1.5;

/// What the rules say of a candidate regardless of its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forced {
    /// Scored like any other name.
    No,
    /// The dateline's place where the story happens, or the home country acting in it.
    In,
    /// The dateline's place only where someone spoke, or the home country as a setting.
    Out,
}

/// One name `entities` found in a text, before anything decides whether it is a tag.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: String,
    pub kind: Option<Kind>,
    /// Order of its first mention among the phrases of the text: ties go to the earlier.
    pub first: usize,
    /// The rules' score, dateline and home-country handling included.
    pub score: f64,
    pub forced: Forced,
    /// `FEATURES` of it, in that order.
    pub features: Vec<f32>,
}

/// What `entities` knows of a candidate, as the model's features are made from it.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    pub plain: f64,
    pub initial: f64,
    /// Its first mention as a fraction of all the mentions of the text.
    pub first: f64,
    pub person: bool,
    pub org: bool,
    pub place: bool,
    pub shortened: bool,
    pub ordinary: bool,
    pub described: bool,
    pub located: bool,
    pub acting: bool,
    pub in_lead: bool,
    pub in_title: bool,
    pub major_place: bool,
    pub any_place: bool,
    pub feature: bool,
    pub known_org: bool,
    pub country: bool,
    pub words: usize,
    pub acronym: bool,
    /// How often the name is written in the body, inside other names too.
    pub mentions: usize,
    /// How often its most frequent word is.
    pub word_mentions: usize,
    /// Mentions written as an item of a list of names ("ke China, Jepang, dan Korea").
    pub listed: usize,
    /// Paragraphs that mention it.
    pub paragraphs: usize,
    pub dateline: bool,
    pub setting: bool,
    pub home: bool,
    pub home_acts: bool,
}

/// The names of the features, in the order of `Candidate::features` and of the stored weights.
pub const FEATURES: [&str; 42] = [
    "bias",
    "log_plain",
    "log_initial",
    "no_plain",
    "first",
    "person",
    "org",
    "place",
    "shortened",
    "ordinary",
    "described",
    "located",
    "acting",
    "in_lead",
    "in_title",
    "major_place",
    "any_place",
    "feature",
    "known_org",
    "country",
    "kind_person",
    "kind_place",
    "kind_org",
    "kind_none",
    "one_word",
    "words",
    "acronym",
    "log_mentions",
    "log_word_mentions",
    "dateline",
    "setting",
    "home",
    "home_acts",
    "rule_score",
    "rule_passes",
    "rank",
    "log_rank",
    "log_candidates",
    "forced_in",
    "listed_share",
    "only_listed",
    "log_paragraphs",
];

/// The features of one candidate that need no other candidate (the rest come in `finish`).
pub fn features(f: &Facts, kind: Option<Kind>, score: f64, forced: Forced) -> Vec<f32> {
    let b = |v: bool| f32::from(u8::from(v));
    let ln = |v: f64| (1.0 + v).ln() as f32;
    vec![
        1.0,
        ln(f.plain),
        ln(f.initial),
        b(f.plain == 0.0),
        f.first as f32,
        b(f.person),
        b(f.org),
        b(f.place),
        b(f.shortened),
        b(f.ordinary),
        b(f.described),
        b(f.located),
        b(f.acting),
        b(f.in_lead),
        b(f.in_title),
        b(f.major_place),
        b(f.any_place),
        b(f.feature),
        b(f.known_org),
        b(f.country),
        b(kind == Some(Kind::Person)),
        b(kind == Some(Kind::Place)),
        b(kind == Some(Kind::Organisation)),
        b(kind.is_none()),
        b(f.words == 1),
        f.words.min(6) as f32 / 6.0,
        b(f.acronym),
        ln(f.mentions as f64),
        ln(f.word_mentions as f64),
        b(f.dateline),
        b(f.setting),
        b(f.home),
        b(f.home_acts),
        (score.min(8.0) / 4.0) as f32,
        b(score >= MIN_SCORE),
        0.0,
        0.0,
        0.0,
        b(forced == Forced::In),
        (f.listed as f32 / f.mentions.max(1) as f32).min(1.0),
        b(f.listed > 0 && f.listed >= f.mentions),
        ln(f.paragraphs as f64),
    ]
}

/// Words that join the items of a list, in both languages.
const LIST_JOINS: &[&str] = &["dan", "serta", "atau", "and", "or"];

/// Whether a mention whose text around it is `before` and `after` is one item of a list of
/// names: a comma or a joining word between it and a capitalised word on either side.
fn is_listed(before: &str, after: &str) -> bool {
    let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    let joined = |w: Option<&str>| w.is_some_and(|w| LIST_JOINS.contains(&w));
    let before = before.trim_end();
    let mut left = before.trim_end_matches(',').split_whitespace().rev();
    let comma_before = before.ends_with(',');
    let mut w = left.next();
    if !comma_before && joined(w) {
        w = left.next().map(|w| w.trim_end_matches(','));
    } else if !comma_before {
        w = None;
    }
    if capital(w) {
        return true;
    }
    let comma_after = after.starts_with(',');
    let mut right = after.trim_start_matches(',').split_whitespace();
    let mut w = right.next();
    if joined(w) {
        w = right.next();
    } else if !comma_after {
        w = None;
    }
    capital(w)
}

/// Whether every mention of `name` in `body` stands inside quotation marks (an odd number of
/// them before it in its paragraph) without the speaker saying that something is there.
pub fn only_quoted(body: &str, name: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let is_quote = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let mut seen = false;
    for para in body.split('\n') {
        for (i, _) in para.match_indices(name) {
            let (before, after) = (&para[..i], &para[i + name.len()..]);
            if !boundary(before.chars().next_back()) || !boundary(after.chars().next()) {
                continue;
            }
            if before.chars().filter(|&c| is_quote(c)).count() % 2 == 0 || says_where(before) {
                return false;
            }
            seen = true;
        }
    }
    seen
}

/// Words before a place that say the speaker tells where something is ("ada di Indramayu"), or
/// that name it as a region ("Provinsi Sumatera Selatan"), in both languages.
const WHERE_WORDS: &[&str] = &[
    "di",
    "in",
    "at",
    "provinsi",
    "kabupaten",
    "kota",
    "province",
    "regency",
];

/// Whether the text before a mention ends in a word of `WHERE_WORDS`, across the names listed
/// before it ("di Indramayu dan Karawang").
fn says_where(before: &str) -> bool {
    let words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches(','));
    for w in words {
        let lower = w.to_lowercase();
        if WHERE_WORDS.contains(&lower.as_str()) {
            return true;
        }
        if !(w.starts_with(char::is_uppercase) || LIST_JOINS.contains(&lower.as_str())) {
            return false;
        }
    }
    false
}

/// How many of `name`'s mentions in `body` are list items, and how many paragraphs name it.
pub fn list_and_spread(body: &str, name: &str) -> (usize, usize) {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let mut listed = 0;
    let mut paragraphs = 0;
    for para in body.split('\n') {
        let mut here = 0;
        for (i, _) in para.match_indices(name) {
            let (before, after) = (&para[..i], &para[i + name.len()..]);
            if !boundary(before.chars().next_back()) || !boundary(after.chars().next()) {
                continue;
            }
            here += 1;
            listed += usize::from(is_listed(before, after));
        }
        paragraphs += usize::from(here > 0);
    }
    (listed, paragraphs)
}

/// Fills in the features that compare a candidate with the others of its text: its rank by
/// the rules' score, and how many there are.
pub fn finish(candidates: &mut [Candidate]) {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| rule_order(&candidates[a], &candidates[b]));
    let n = candidates.len() as f32;
    for (rank, &i) in order.iter().enumerate() {
        let x = &mut candidates[i].features;
        x[35] = rank as f32 / n;
        x[36] = (1.0 + rank as f32).ln();
        x[37] = (1.0 + n).ln();
    }
}

fn rule_order(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.score.total_cmp(&a.score).then(a.first.cmp(&b.first))
}

/// A fitted model: one weight per feature, and the probability a candidate needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub weights: Vec<f32>,
    pub threshold: f32,
}

/// How `tags` decides, when a caller chooses (the measurement does).
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// The hand-tuned score against `MIN_SCORE`.
    Rules,
    /// The model's probability against its threshold; with `special`, the dateline place and
    /// the home country are still decided by the rules.
    Model { model: Model, special: bool },
    /// The rules' choice, less the names the model gives a probability below its threshold.
    Veto { model: Model },
}

thread_local! {
    static CHOSEN: RefCell<Option<Choice>> = const { RefCell::new(None) };
    static RECORDED: RefCell<Option<Vec<Vec<Candidate>>>> = const { RefCell::new(None) };
}

/// Runs `f` with tags decided by `choice` on this thread.
pub fn with_choice<R>(choice: Choice, f: impl FnOnce() -> R) -> R {
    CHOSEN.with(|c| *c.borrow_mut() = Some(choice));
    let out = f();
    CHOSEN.with(|c| *c.borrow_mut() = None);
    out
}

/// Runs `f`, and gives with its answer the candidates of every text it took tags from.
pub fn recording<R>(f: impl FnOnce() -> R) -> (R, Vec<Vec<Candidate>>) {
    RECORDED.with(|r| *r.borrow_mut() = Some(Vec::new()));
    let out = f();
    let got = RECORDED.with(|r| r.borrow_mut().take()).unwrap_or_default();
    (out, got)
}

/// The tags among `candidates`, decided as chosen (by the rules unless a caller chose).
pub fn decide(candidates: Vec<Candidate>) -> Vec<Tag> {
    RECORDED.with(|r| {
        if let Some(all) = r.borrow_mut().as_mut() {
            all.push(candidates.clone());
        }
    });
    CHOSEN.with(|c| match &*c.borrow() {
        None | Some(Choice::Rules) => by_rules(candidates),
        Some(Choice::Model { model, special }) => {
            let probs = model.probabilities(&candidates);
            by_model(candidates, &probs, model.threshold, *special)
        }
        Some(Choice::Veto { model }) => {
            let probs = model.probabilities(&candidates);
            by_veto(candidates, &probs, model.threshold)
        }
    })
}

/// Today's decision: the score against `MIN_SCORE`, the best `MAX_TAGS`.
fn by_rules(candidates: Vec<Candidate>) -> Vec<Tag> {
    let mut kept: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| c.forced != Forced::Out && c.score >= MIN_SCORE)
        .collect();
    kept.sort_by(rule_order);
    kept.truncate(MAX_TAGS);
    kept.into_iter().map(tag).collect()
}

/// The rules' decision, less what the model is sure is no tag (below `threshold`); the
/// names the rules force in stay.
pub fn by_veto(candidates: Vec<Candidate>, probs: &[f32], threshold: f32) -> Vec<Tag> {
    let kept = candidates
        .into_iter()
        .zip(probs)
        .filter(|(c, p)| c.forced == Forced::In || **p >= threshold)
        .map(|(c, _)| c)
        .collect();
    by_rules(kept)
}

/// The model's decision: probability at least `threshold`, the likeliest `MAX_TAGS`.
pub fn by_model(
    candidates: Vec<Candidate>,
    probs: &[f32],
    threshold: f32,
    special: bool,
) -> Vec<Tag> {
    let mut kept: Vec<(Candidate, f32)> = candidates
        .into_iter()
        .zip(probs.iter().copied())
        .filter(|(c, p)| match (special, c.forced) {
            (true, Forced::In) => true,
            (true, Forced::Out) => false,
            _ => *p >= threshold,
        })
        .collect();
    let rank = |(c, p): &(Candidate, f32)| {
        if special && c.forced == Forced::In {
            2.0
        } else {
            *p
        }
    };
    kept.sort_by(|a, b| rank(b).total_cmp(&rank(a)).then(a.0.first.cmp(&b.0.first)));
    kept.truncate(MAX_TAGS);
    kept.into_iter().map(|(c, _)| tag(c)).collect()
}

fn tag(c: Candidate) -> Tag {
    Tag {
        name: c.name,
        kind: c.kind,
    }
}

/// Why stored weights could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("line {line}: {word:?} is not a number")]
    Number { line: usize, word: String },
    #[error("line {line}: unknown feature {name:?}")]
    Feature { line: usize, name: String },
    #[error("no weight for feature {0:?}")]
    Missing(&'static str),
    #[error("no threshold line")]
    Threshold,
}

impl Model {
    /// Fits the weights to candidates labelled tag or not: a two-class logistic regression,
    /// fitted as `learned` fits its lines.
    pub fn fit(xs: &[Vec<f32>], ys: &[bool], epochs: usize, l2: f32) -> Model {
        let ys: Vec<usize> = ys.iter().map(|&y| usize::from(y)).collect();
        let rows = learned::fit_softmax(xs, &ys, 2, FEATURES.len(), epochs, l2);
        // Two softmax rows give the same probabilities as one logistic row, their difference.
        let weights = rows[1].iter().zip(&rows[0]).map(|(a, b)| a - b).collect();
        Model {
            weights,
            threshold: 0.5,
        }
    }

    /// Each candidate's probability of being a tag.
    pub fn probabilities(&self, candidates: &[Candidate]) -> Vec<f32> {
        candidates
            .iter()
            .map(|c| {
                let mut s = [0.0, learned::dot(&self.weights, &c.features)];
                learned::softmax(&mut s);
                s[1]
            })
            .collect()
    }

    /// The weights as text: `threshold T`, then one `feature weight` line per feature.
    pub fn to_text(&self) -> String {
        let mut out = format!("threshold {:.3}\n", self.threshold);
        for (name, w) in FEATURES.iter().zip(&self.weights) {
            let _ = writeln!(out, "{name} {w:.5}");
        }
        out
    }

    /// Reads weights written by `to_text`; lines starting with `#` are comments.
    pub fn from_text(text: &str) -> Result<Model, ModelError> {
        let mut weights: Vec<Option<f32>> = vec![None; FEATURES.len()];
        let mut threshold = None;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line.split_once(' ').unwrap_or((line, ""));
            let value = value.trim();
            let number = value.parse::<f32>().map_err(|_| ModelError::Number {
                line: n + 1,
                word: value.to_string(),
            })?;
            if name == "threshold" {
                threshold = Some(number);
                continue;
            }
            let i =
                FEATURES
                    .iter()
                    .position(|f| *f == name)
                    .ok_or_else(|| ModelError::Feature {
                        line: n + 1,
                        name: name.to_string(),
                    })?;
            weights[i] = Some(number);
        }
        let weights = weights
            .into_iter()
            .zip(FEATURES)
            .map(|(w, f)| w.ok_or(ModelError::Missing(f)))
            .collect::<Result<Vec<f32>, _>>()?;
        Ok(Model {
            weights,
            threshold: threshold.ok_or(ModelError::Threshold)?,
        })
    }
}

/// A tag as the corpus scorer compares it (`tests/import_corpus/CONVENTIONS.md`): lower case,
/// whole administrative words and legal forms dropped, spacing collapsed. A tag that is nothing
/// but such words keeps them, so it still counts as written. Shared by the scorer and the
/// labels the model is fitted on, so both judge a tag alike.
pub fn tag_key(tag: &str) -> String {
    let lower = tag.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let kept: Vec<&str> = (0..words.len())
        .filter(|&i| !ADMIN_WORDS.contains(&words[i]) && !is_legal_form(&words, i))
        .map(|i| words[i])
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ").trim_end_matches(',').to_string()
    }
}

/// Administrative words a place or office may carry or not.
const ADMIN_WORDS: [&str; 8] = [
    "kabupaten",
    "kota",
    "provinsi",
    "desa",
    "kelurahan",
    "kecamatan",
    "regency",
    "province",
];

/// Legal forms an organisation may carry or not, one word each.
const LEGAL_WORDS: [&str; 9] = [
    "pt", "tbk", "persero", "perum", "bhd", "inc", "ltd", "co", "jsc",
];

/// Legal forms of several words, which count only whole ("Sdn" alone is a name).
const LEGAL_PHRASES: [&[&str]; 2] = [&["sdn", "bhd"], &["joint", "stock", "company"]];

/// A word as the legal-form check sees it: without the parentheses of "(Persero)" and the
/// dot or comma of "Inc." or "PT,".
fn bare(word: &str) -> &str {
    word.trim_start_matches('(')
        .trim_end_matches([',', '.'])
        .trim_end_matches(')')
        .trim_end_matches([',', '.'])
}

fn is_legal_form(words: &[&str], i: usize) -> bool {
    LEGAL_WORDS.contains(&bare(words[i]))
        || LEGAL_PHRASES.iter().any(|phrase| {
            // Every start from which the phrase would cover word i.
            (i.saturating_sub(phrase.len() - 1)..=i).any(|start| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(k, p)| words.get(start + k).is_some_and(|w| bare(w) == *p))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(name: &str, score: f64, forced: Forced, x: f32) -> Candidate {
        let mut features = vec![0.0; FEATURES.len()];
        features[0] = 1.0;
        features[1] = x;
        Candidate {
            name: name.to_string(),
            kind: None,
            first: 0,
            score,
            forced,
            features,
        }
    }

    fn names(tags: &[Tag]) -> Vec<&str> {
        tags.iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn a_fitted_model_separates_and_reads_back_its_text() {
        let cands = [
            candidate("A", 3.0, Forced::No, 2.0),
            candidate("B", 1.0, Forced::No, 0.0),
        ];
        let xs: Vec<Vec<f32>> = cands.iter().map(|c| c.features.clone()).collect();
        let model = Model::fit(&xs, &[true, false], 50, 0.0);
        let p = model.probabilities(&cands);
        assert!(p[0] > 0.5 && p[1] < 0.5, "{p:?}");
        let back = Model::from_text(&model.to_text()).unwrap();
        assert_eq!(back.weights.len(), FEATURES.len());
        assert_eq!(
            Model::from_text("threshold x\n").unwrap_err(),
            ModelError::Number {
                line: 1,
                word: "x".into()
            }
        );
        assert_eq!(
            Model::from_text("threshold 0.5\n").unwrap_err(),
            ModelError::Missing("bias")
        );
    }

    #[test]
    fn the_rules_keep_scores_above_the_least_and_drop_what_is_forced_out() {
        let cands = vec![
            candidate("Low", 1.0, Forced::No, 0.0),
            candidate("High", 3.0, Forced::No, 0.0),
            candidate("Out", 9.0, Forced::Out, 0.0),
        ];
        assert_eq!(names(&decide(cands.clone())), ["High"]);
        let model = Model {
            weights: vec![0.0; FEATURES.len()],
            threshold: 0.4,
        };
        let special = Choice::Model {
            model: model.clone(),
            special: true,
        };
        let chosen = with_choice(special, || decide(cands.clone()));
        assert_eq!(names(&chosen), ["Low", "High"]);
        let alone = Choice::Model {
            model,
            special: false,
        };
        assert_eq!(with_choice(alone, || decide(cands.clone())).len(), 3);
        let (_, seen) = recording(|| decide(cands.clone()));
        assert_eq!(seen.len(), 1);
    }

    #[test]
    fn a_name_among_other_names_joined_by_commas_is_listed() {
        let body = "Ekspor ke China, Jepang, dan Korea naik.\nJepang membeli lebih banyak.";
        assert_eq!(list_and_spread(body, "Jepang"), (1, 2));
        assert_eq!(list_and_spread(body, "Korea"), (1, 1));
        assert_eq!(list_and_spread("Kata Budi, kemarin.", "Budi"), (0, 1));
        assert_eq!(
            list_and_spread("Talks between Japan and China resumed.", "China"),
            (1, 1)
        );
    }

    #[test]
    fn a_name_only_between_quotation_marks_is_only_quoted() {
        let body = "\"Penonton dari Malaysia naik,\" kata dia.\nHotel di Lombok penuh.";
        assert!(only_quoted(body, "Malaysia"));
        assert!(!only_quoted(body, "Lombok"));
        assert!(!only_quoted(
            "\u{201c}Dari Bali,\u{201d} katanya. Bali ramai.",
            "Bali"
        ));
        assert!(!only_quoted(body, "Jepang"));
        let there = "\"Lahan terluas ada di Indramayu dan Karawang,\" katanya.";
        assert!(!only_quoted(there, "Karawang"));
    }

    #[test]
    fn tag_keys_drop_administrative_words_and_legal_forms() {
        assert_eq!(
            tag_key("Kabupaten Timor Tengah Selatan"),
            "timor tengah selatan"
        );
        assert_eq!(tag_key("PT Bank Mandiri (Persero) Tbk"), "bank mandiri");
        assert_eq!(tag_key("Sarawak Metro Sdn Bhd"), "sarawak metro");
        assert_eq!(
            tag_key("Mekong Green Bus Joint Stock Company"),
            "mekong green bus"
        );
        assert_eq!(tag_key("Hanoi Metro JSC"), "hanoi metro");
        assert_eq!(tag_key("Stock Company"), "stock company");
        assert_eq!(tag_key("Sdn Jaya"), "sdn jaya");
        assert_eq!(tag_key("Kota"), "kota");
    }
}
