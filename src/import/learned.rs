//! A line classifier fitted on annotated texts instead of written by hand: a multinomial
//! logistic regression over `linefeatures` vectors and a line's measures against its own text,
//! the way it is fitted, and how its answers are combined with the rules'. Whether it is used
//! at all is decided by measurement (leave-one-outlet-out, `bench/import-looo.sh`), not here.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

use super::clean::Line;
use super::linefeatures;
use super::parts::{self, Kind};

/// The measures of a line against its own text, after `linefeatures`' own: a line is judged
/// beside this text's paragraphs, not beside every outlet's, so an outlet with short or long
/// paragraphs does not move it.
pub const RELATIVE: [&str; 5] = [
    "log2 length / median paragraph length",
    "at least half a median paragraph long",
    "function-word density minus the median paragraph's",
    "share of its words found in the story's other prose lines",
    "most of its words found in the story",
];

/// Length of every line's vector: `linefeatures::LEN`, then `RELATIVE`.
pub const WIDTH: usize = linefeatures::LEN + RELATIVE.len();

/// One vector per line, `WIDTH` long.
pub fn features(lines: &[Line]) -> Vec<Vec<f32>> {
    header_features(lines, lines.len())
}

/// The vectors of the first `upto` lines, each as `features` gives it for the whole text. The
/// line measures are the costly part (as costly as the rules), so `digest import` takes them
/// only for the lines the model may decide on.
pub fn header_features(lines: &[Line], upto: usize) -> Vec<Vec<f32>> {
    let upto = upto.min(lines.len());
    let own: Vec<parts::Features> = lines.iter().map(|l| parts::features(&l.text)).collect();
    let prose: Vec<bool> = own.iter().map(parts::Features::is_prose).collect();
    let typical: Vec<usize> = if prose.contains(&true) {
        (0..lines.len()).filter(|&i| prose[i]).collect()
    } else {
        (0..lines.len()).collect()
    };
    let words = median(typical.iter().map(|&i| own[i].words as f32)).max(1.0);
    let density = median(typical.iter().map(|&i| own[i].stop_density));
    let vocab: Vec<BTreeSet<String>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i < upto || prose[i] {
                content_words(&l.text)
            } else {
                BTreeSet::new()
            }
        })
        .collect();
    let mut story: BTreeMap<&str, usize> = BTreeMap::new();
    for v in vocab.iter().zip(&prose).filter(|p| *p.1).map(|p| p.0) {
        for w in v {
            *story.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut out = first_vectors(lines, upto, &prose);
    for (i, v) in out.iter_mut().enumerate() {
        let length = (own[i].words.max(1) as f32 / words).log2().clamp(-4.0, 2.0);
        let own_lines = usize::from(prose[i]);
        let found = vocab[i]
            .iter()
            .filter(|w| story.get(w.as_str()).is_some_and(|&n| n > own_lines))
            .count() as f32;
        let share = found / vocab[i].len().max(1) as f32;
        v.extend_from_slice(&[
            length / 4.0,
            f32::from(u8::from(own[i].words as f32 * 2.0 >= words)),
            (own[i].stop_density - density).clamp(-1.0, 1.0),
            share,
            f32::from(u8::from(!vocab[i].is_empty() && share >= 0.5)),
        ]);
    }
    out
}

/// `linefeatures::vectors` of the first `upto` lines: measured on them and the line after
/// (their neighbour), then the measures that look at the whole text (where a line stands in
/// it, whether prose comes after it) put back as the whole text gives them.
fn first_vectors(lines: &[Line], upto: usize, prose: &[bool]) -> Vec<Vec<f32>> {
    let n = lines.len();
    let Some([relative, last_two, after_prose]) = place_slots().filter(|_| upto < n) else {
        let mut all = linefeatures::vectors(lines);
        all.truncate(upto);
        return all;
    };
    let mut out = linefeatures::vectors(&lines[..=upto]);
    out.truncate(upto);
    let last_prose = prose.iter().rposition(|&p| p).unwrap_or(0);
    for (i, v) in out.iter_mut().enumerate() {
        v[relative] = i as f32 / n as f32;
        v[last_two] = f32::from(u8::from(i + 2 >= n));
        v[after_prose] = f32::from(u8::from(i > last_prose));
    }
    out
}

/// Where `linefeatures` puts its measures of a line's place in the whole text.
fn place_slots() -> Option<[usize; 3]> {
    static SLOTS: OnceLock<Option<[usize; 3]>> = OnceLock::new();
    *SLOTS.get_or_init(|| {
        let names = linefeatures::names();
        let at = |name: &str| names.iter().position(|n| n == name);
        Some([
            at("relative position")?,
            at("last two lines")?,
            at("after the last prose")?,
        ])
    })
}

/// Words of four letters or more, lower-cased: the ones that say what a line is about.
fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

fn median(values: impl Iterator<Item = f32>) -> f32 {
    let mut v: Vec<f32> = values.collect();
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// What a line is, as the annotated texts tell it: coarser than `Kind`, since an expected page
/// names the headline, the date line, the writers and the text, and everything else is noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Headline,
    DateTime,
    Byline,
    Noise,
    Lead,
    Paragraph,
    Subheading,
    ListItem,
}

impl Class {
    pub const ALL: [Class; 8] = [
        Class::Headline,
        Class::DateTime,
        Class::Byline,
        Class::Noise,
        Class::Lead,
        Class::Paragraph,
        Class::Subheading,
        Class::ListItem,
    ];

    /// The class a rule's kind falls in.
    pub fn of(kind: Kind) -> Class {
        match kind {
            Kind::Headline => Class::Headline,
            Kind::DateTime => Class::DateTime,
            Kind::Byline => Class::Byline,
            Kind::Lead => Class::Lead,
            Kind::Paragraph => Class::Paragraph,
            Kind::Subheading => Class::Subheading,
            Kind::ListItem => Class::ListItem,
            _ => Class::Noise,
        }
    }

    pub fn is_body(self) -> bool {
        matches!(
            self,
            Class::Lead | Class::Paragraph | Class::Subheading | Class::ListItem
        )
    }

    /// The kind a line the model alone decided on is given.
    fn kind(self) -> Kind {
        match self {
            Class::Headline => Kind::Headline,
            Class::DateTime => Kind::DateTime,
            Class::Byline => Kind::Byline,
            Class::Noise => Kind::Promo,
            Class::Lead => Kind::Lead,
            Class::Paragraph => Kind::Paragraph,
            Class::Subheading => Kind::Subheading,
            Class::ListItem => Kind::ListItem,
        }
    }
}

/// Weights of a fitted model: one row of `WIDTH` per class of `Class::ALL`.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    weights: Vec<Vec<f32>>,
}

/// How `parts::classify` decides, when a caller chooses (the measurement does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The hand-written rules alone.
    Rules,
    /// The fitted model alone.
    Model,
    /// The rules, overruled where the model is sure (probability at least `sure`, in
    /// thousandths) that a line is or is not text.
    Combined { sure: u16 },
    /// The rules, overruled by the model where it is sure (probability in thousandths): on
    /// the classes of `model_decides` above the story (down to the rules' lead) at `sure`, on
    /// those of `everywhere` on every line at `everywhere_sure`, where it moves a line into
    /// such a class but never out of one; with `uncued_only`, an `everywhere` class only on
    /// lines no cue word marks (`parts::cue`), where the rules judged by shape alone. See
    /// `by_class`.
    Classes {
        model_decides: ClassSet,
        sure: u16,
        everywhere: ClassSet,
        everywhere_sure: u16,
        uncued_only: bool,
    },
}

/// A set of classes, small enough to be copied with a `Mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassSet(u8);

impl ClassSet {
    /// No class.
    pub const EMPTY: ClassSet = ClassSet(0);

    pub const fn of(classes: &[Class]) -> ClassSet {
        let mut bits = 0u8;
        let mut i = 0;
        while i < classes.len() {
            bits |= 1 << classes[i] as u8;
            i += 1;
        }
        ClassSet(bits)
    }

    pub fn contains(self, class: Class) -> bool {
        self.0 & (1 << class as u8) != 0
    }
}

/// The weights `digest import` classifies with, fitted on every development text; the file's
/// header says how, and how to refit them.
pub const SHIPPED_WEIGHTS: &str = include_str!("data/lines.txt");

/// How `digest import` decides: chosen by leaving one outlet out (bench/README.md, "Import
/// round 16"; round 31 measured noise decided everywhere, not shipped).
pub const SHIPPED: Mode = Mode::Classes {
    model_decides: ClassSet::of(&[Class::DateTime, Class::Headline]),
    sure: 990,
    everywhere: ClassSet::EMPTY,
    everywhere_sure: 1000,
    uncued_only: false,
};

/// The shipped weights, read once. `None` only if the file compiled in is malformed, which a
/// test rules out; the rules then decide alone rather than stop an import.
pub fn shipped() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_text(SHIPPED_WEIGHTS).ok())
        .as_ref()
}

thread_local! {
    static CHOSEN: RefCell<Option<(Mode, Model)>> = const { RefCell::new(None) };
}

/// Runs `f` with `parts::classify` deciding by `mode` and `model` on this thread.
pub fn with_mode<R>(mode: Mode, model: &Model, f: impl FnOnce() -> R) -> R {
    CHOSEN.with(|c| *c.borrow_mut() = Some((mode, model.clone())));
    let out = f();
    CHOSEN.with(|c| *c.borrow_mut() = None);
    out
}

/// The kinds `parts::classify` returns, given what the rules made of the lines: by the mode a
/// measurement chose on this thread, else by `SHIPPED` with the shipped model.
pub fn decide(lines: &[Line], rules: Vec<Kind>) -> Vec<Kind> {
    CHOSEN.with(|c| match &*c.borrow() {
        Some((mode, model)) => by_mode(*mode, model, lines, rules),
        None => match shipped() {
            Some(model) => by_mode(SHIPPED, model, lines, rules),
            None => rules,
        },
    })
}

fn by_mode(mode: Mode, model: &Model, lines: &[Line], rules: Vec<Kind>) -> Vec<Kind> {
    match mode {
        Mode::Rules => rules,
        Mode::Model => model_alone(model, lines),
        Mode::Combined { sure } => combined(model, lines, rules, sure),
        Mode::Classes {
            model_decides,
            sure,
            everywhere,
            everywhere_sure,
            uncued_only,
        } => by_class(
            model,
            lines,
            rules,
            Decides {
                header: model_decides,
                sure: f32::from(sure) / 1000.0,
                everywhere,
                everywhere_sure: f32::from(everywhere_sure) / 1000.0,
                uncued_only,
            },
        ),
    }
}

/// Kinds the article reads a field from (date, writers, place, source): a rules' line of one
/// of them keeps its kind whatever the model says, so that no decision of the model loses what
/// the rules found there. The model alone gives every noise line one kind, which is how it
/// lost the source of texts whose outlet only an outlet line, a copyright or a caption names.
fn informs(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::DateTime
            | Kind::Byline
            | Kind::Credit
            | Kind::Outlet
            | Kind::SourceLine
            | Kind::OwnLine
            | Kind::Copyright
            | Kind::Caption
            | Kind::SignOff
    )
}

/// The classes the model decides, above the story and on every line (`Mode::Classes`).
struct Decides {
    header: ClassSet,
    sure: f32,
    everywhere: ClassSet,
    everywhere_sure: f32,
    uncued_only: bool,
}

/// The rules' kinds, except where the rules' class or the model's is one the model decides,
/// the two differ, the model is sure and the rules' line carries no field (`informs`): there
/// the model's class is taken. A line whose class both agree on keeps the rules' finer kind.
/// The article keeps one headline (the model's likeliest when it names one the rules did not,
/// the rules' headline then taking what the model says of it, unless it speaks a phrase) and
/// one lead.
fn by_class(model: &Model, lines: &[Line], rules: Vec<Kind>, decides: Decides) -> Vec<Kind> {
    // A headline and the date lines stand above the story: the model reads the lines down to
    // the rules' lead, and every line only when it decides a class everywhere.
    let header = rules
        .iter()
        .position(|k| k.is_body())
        .map_or(rules.len(), |lead| lead + 1);
    let upto = if decides.everywhere == ClassSet::EMPTY {
        header
    } else {
        rules.len()
    };
    let probs = model.probabilities(&header_features(lines, upto));
    // The run of furniture the rules found from the text's top (a forwarded mail's note, a
    // carrier's letterhead and fields over the story it quotes) is the route's, read by its
    // shape around the story: the story's head is read under it, as the rules read it.
    let route_top = rules.iter().take_while(|k| **k == Kind::Promo).count();
    // A record's frame ruled off from the story is the record's, whatever the model says.
    let framed = super::records::frame_mask(lines);
    let overrule = |i: usize| {
        if i < route_top {
            return None;
        }
        let (class, prob) = best(&probs[i]);
        let own = Class::of(rules[i]);
        let in_header = i < header
            && (decides.header.contains(class) || decides.header.contains(own))
            && prob >= decides.sure;
        // The headline stands above the story: below the rules' lead the model names none (a
        // related story's headline there is not the page's).
        // On every line the model only moves a line into a class it decides there: sure that
        // a story line is furniture (a caption, a writer's note, a reader's control), it drops
        // it; but a line the rules dropped stays dropped, since what the model takes for text
        // there is most often a second story's, which the rules read by where it begins.
        let anywhere = decides.everywhere.contains(class)
            && !(decides.uncued_only && parts::cue(&lines[i].text).is_some())
            && !(i >= header && class == Class::Headline)
            && prob >= decides.everywhere_sure;
        // The rules' headline gives way to another the model names (below) or to a date line,
        // never to noise alone: the text would lose the title the rules found.
        // A mail's subject is told by the client's lines under it, which the model's
        // measures do not reach.
        let kept = informs(rules[i])
            || framed[i] && rules[i] == Kind::Promo
            || rules[i] == Kind::Headline && class != Class::DateTime
            || parts::is_mail_subject(lines, i);
        ((in_header || anywhere) && class != own && !kept).then_some(class)
    };
    let mut taken: Vec<Option<Class>> = (0..rules.len())
        .map(|i| if i < upto { overrule(i) } else { None })
        .collect();
    // A list item or a heading the model drops as noise stays text where the story goes on
    // around it: an item of a run of items of which one stays (a list of places, one word
    // each), a heading over a paragraph that stays. Content and furniture come in runs, and a
    // run of the story's is the rules' to read. Nor does the model drop the rules' lead: a
    // story's first paragraph under a byline looks like a standfirst, which pages drop.
    let dropped = |taken: &[Option<Class>], i: usize| taken.get(i) == Some(&Some(Class::Noise));
    let run_keeps_one = |i: usize| {
        let start = (0..=i)
            .rev()
            .take_while(|&j| rules[j] == Kind::ListItem)
            .last()
            .unwrap_or(i);
        (start..rules.len())
            .take_while(|&j| rules[j] == Kind::ListItem)
            .any(|j| !dropped(&taken, j))
    };
    let heads_kept_text = |i: usize| {
        (i + 1..rules.len())
            .find(|&j| rules[j].is_body())
            .is_some_and(|j| {
                matches!(rules[j], Kind::Paragraph | Kind::Lead) && !dropped(&taken, j)
            })
    };
    let spared: Vec<usize> = (0..rules.len())
        .filter(|&i| dropped(&taken, i))
        .filter(|&i| match rules[i] {
            Kind::ListItem => run_keeps_one(i),
            Kind::Subheading => heads_kept_text(i),
            Kind::Lead => true,
            _ => false,
        })
        .collect();
    for i in spared {
        taken[i] = None;
    }
    // A rules' headline the model is sure is furniture ("The Examiner", "Illawarra Mercury":
    // a masthead over the page) gives way to the line the model likeliest names the headline
    // above the story, when it is likelier a headline than anything else — unless it speaks a
    // phrase right over that line ("A Bitter Harvest" over its standfirst): a masthead stands
    // over the page's furniture, a headline over its standfirst.
    let furniture = (decides.header.contains(Class::Headline)
        && !taken.contains(&Some(Class::Headline)))
    .then(|| {
        (0..header.min(probs.len())).find(|&i| {
            rules[i] == Kind::Headline
                && best(&probs[i]).0 == Class::Noise
                && best(&probs[i]).1 >= decides.sure
        })
    })
    .flatten();
    let other = furniture.and_then(|_| {
        (0..header.min(probs.len()))
            .filter(|&i| {
                rules[i] != Kind::Headline
                    && !informs(rules[i])
                    && !framed[i]
                    && !parts::is_mail_subject(lines, i)
                    && best(&probs[i]).0 == Class::Headline
                    && best(&probs[i]).1 >= HEADLINE_OVER_FURNITURE
            })
            .max_by(|&a, &b| probs[a][0].total_cmp(&probs[b][0]))
    });
    // Nor does a headline the lead tells word for word, in other forms ("Storm Kills 12" over
    // "A storm killed 12 people …"), give way: a masthead names what the lead does not.
    let told = |h: usize| {
        rules
            .iter()
            .position(|&k| k == Kind::Lead)
            .is_some_and(|lead| parts::lead_tells_all_of(&lines[h].text, &lines[lead].text))
    };
    let unseated = match (furniture, other) {
        (Some(h), Some(o)) => !(told(h) || o == h + 1 && parts::speaks_a_phrase(&lines[h].text)),
        _ => false,
    };
    if let (true, Some(o)) = (unseated, other) {
        taken[o] = Some(Class::Headline);
    }
    // A headline of the rules' that speaks a phrase is one by the rules' own evidence, which
    // the model's line measures do not see, unless the model unseated it (above).
    let phrase = !unseated
        && (0..rules.len())
            .any(|i| rules[i] == Kind::Headline && parts::speaks_a_phrase(&lines[i].text));
    let headline = (0..rules.len())
        .filter(|&i| taken[i] == Some(Class::Headline) && !phrase)
        .max_by(|&a, &b| probs[a][0].total_cmp(&probs[b][0]));
    let kinds = rules
        .iter()
        .zip(&taken)
        .enumerate()
        .map(|(i, (&kind, taken))| match (taken, headline) {
            (Some(Class::Headline), h) if h != Some(i) => kind,
            (Some(class), _) => class.kind(),
            // The model's headline replaces the rules': theirs becomes what the model says.
            (None, Some(_)) if kind == Kind::Headline => match probs.get(i).map(|p| best(p).0) {
                Some(Class::Headline) | None => Kind::Promo,
                Some(class) => class.kind(),
            },
            (None, _) => kind,
        })
        .collect();
    one_lead(kinds)
}

fn model_alone(model: &Model, lines: &[Line]) -> Vec<Kind> {
    let probs = model.probabilities(&features(lines));
    let classes: Vec<Class> = probs.iter().map(|p| best(p).0).collect();
    // One headline: the likeliest; the others are noise.
    let headline = (0..classes.len())
        .filter(|&i| classes[i] == Class::Headline)
        .max_by(|&a, &b| probs[a][0].total_cmp(&probs[b][0]));
    let kinds = classes
        .iter()
        .enumerate()
        .map(|(i, c)| match c {
            Class::Headline if Some(i) != headline => Kind::Promo,
            c => c.kind(),
        })
        .collect();
    one_lead(kinds)
}

/// The rules' kinds, with a line moved into or out of the text where the model is sure the
/// rules have it wrong.
fn combined(model: &Model, lines: &[Line], rules: Vec<Kind>, sure: u16) -> Vec<Kind> {
    let probs = model.probabilities(&features(lines));
    let sure = f32::from(sure) / 1000.0;
    let kinds = rules
        .into_iter()
        .zip(&probs)
        .map(|(kind, p)| {
            let (class, prob) = best(p);
            let disagree = class.is_body() != Class::of(kind).is_body();
            match class {
                _ if !disagree || prob < sure => kind,
                Class::Lead => Kind::Paragraph,
                Class::Headline => Kind::Promo,
                c => c.kind(),
            }
        })
        .collect();
    one_lead(kinds)
}

/// The first paragraph of the text is its lead, and no other is.
fn one_lead(mut kinds: Vec<Kind>) -> Vec<Kind> {
    let first = kinds
        .iter()
        .position(|k| matches!(k, Kind::Lead | Kind::Paragraph));
    for (i, k) in kinds.iter_mut().enumerate() {
        if Some(i) == first {
            *k = Kind::Lead;
        } else if *k == Kind::Lead {
            *k = Kind::Paragraph;
        }
    }
    kinds
}

/// How sure the model must be of a headline to unseat a rules' headline it is sure is noise:
/// more than of every other class together.
const HEADLINE_OVER_FURNITURE: f32 = 0.5;

fn best(p: &[f32]) -> (Class, f32) {
    Class::ALL
        .iter()
        .zip(p)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or((Class::Noise, 0.0), |(c, p)| (*c, *p))
}

pub(crate) fn softmax(scores: &mut [f32]) {
    let top = scores.iter().copied().fold(f32::MIN, f32::max);
    let mut sum = 0.0;
    for s in scores.iter_mut() {
        *s = (*s - top).exp();
        sum += *s;
    }
    for s in scores.iter_mut() {
        *s /= sum;
    }
}

/// Why a stored model could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("line {line}: expected {expected} numbers, found {found}")]
    Width {
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("line {line}: {word:?} is not a number")]
    Number { line: usize, word: String },
    #[error("expected {expected} rows of weights, found {found}")]
    Rows { expected: usize, found: usize },
}

impl Model {
    /// Each line's probability of each class of `Class::ALL`.
    pub fn probabilities(&self, xs: &[Vec<f32>]) -> Vec<Vec<f32>> {
        xs.iter()
            .map(|x| {
                let mut s: Vec<f32> = self.weights.iter().map(|w| dot(w, x)).collect();
                softmax(&mut s);
                s
            })
            .collect()
    }

    /// Fits weights to `xs` labelled `ys` (see `fit_softmax`).
    pub fn fit(xs: &[Vec<f32>], ys: &[Class], epochs: usize, l2: f32) -> Model {
        let width = xs.first().map_or(WIDTH, Vec::len);
        // `Class::ALL` lists the classes in declaration order, so a class is its own index.
        let ys: Vec<usize> = ys.iter().map(|&y| y as usize).collect();
        Model {
            weights: fit_softmax(xs, &ys, Class::ALL.len(), width, epochs, l2),
        }
    }

    /// The largest difference between a weight of this model and the same weight of `other`
    /// (infinite when their shapes differ).
    pub fn max_difference(&self, other: &Model) -> f32 {
        let same_shape = self.weights.len() == other.weights.len()
            && self
                .weights
                .iter()
                .zip(&other.weights)
                .all(|(a, b)| a.len() == b.len());
        if !same_shape {
            return f32::INFINITY;
        }
        self.weights
            .iter()
            .flatten()
            .zip(other.weights.iter().flatten())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max)
    }

    /// The weights as text: one row per class, named, of space-separated numbers.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (class, row) in Class::ALL.iter().zip(&self.weights) {
            let _ = write!(out, "{class:?}");
            for w in row {
                let _ = write!(out, " {w:.5}");
            }
            out.push('\n');
        }
        out
    }

    /// Reads weights written by `to_text`; lines starting with `#` are comments.
    pub fn from_text(text: &str) -> Result<Model, ModelError> {
        let mut weights = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let row = line
                .split_whitespace()
                .skip(1)
                .map(|w| {
                    w.parse::<f32>().map_err(|_| ModelError::Number {
                        line: n + 1,
                        word: w.to_string(),
                    })
                })
                .collect::<Result<Vec<f32>, _>>()?;
            if row.len() != WIDTH {
                return Err(ModelError::Width {
                    line: n + 1,
                    expected: WIDTH,
                    found: row.len(),
                });
            }
            weights.push(row);
        }
        if weights.len() != Class::ALL.len() {
            return Err(ModelError::Rows {
                expected: Class::ALL.len(),
                found: weights.len(),
            });
        }
        Ok(Model { weights })
    }
}

/// Weights of a multinomial logistic regression over `classes` classes (one row of `width` per
/// class), fitted to `xs` labelled with class indices `ys` by stochastic gradient descent on the
/// log loss, with an L2 penalty so that a feature seen in one outlet only cannot take a large
/// weight. Deterministic: the order of the examples is shuffled from a fixed seed. Shared by
/// every fitted model of the importer (lines here, tag candidates in `salience`).
pub(crate) fn fit_softmax(
    xs: &[Vec<f32>],
    ys: &[usize],
    classes: usize,
    width: usize,
    epochs: usize,
    l2: f32,
) -> Vec<Vec<f32>> {
    let mut weights = vec![vec![0.0f32; width]; classes];
    let sparse: Vec<Vec<(usize, f32)>> = xs
        .iter()
        .map(|x| {
            x.iter()
                .copied()
                .enumerate()
                .filter(|p| p.1 != 0.0)
                .collect()
        })
        .collect();
    let mut order: Vec<usize> = (0..xs.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for epoch in 0..epochs {
        shuffle(&mut order, &mut seed);
        let rate = 0.5 / (1.0 + epoch as f32 * 0.2);
        for &i in &order {
            let mut s: Vec<f32> = weights
                .iter()
                .map(|w| sparse[i].iter().map(|&(j, v)| w[j] * v).sum())
                .collect();
            softmax(&mut s);
            for (c, w) in weights.iter_mut().enumerate() {
                let g = s[c] - f32::from(u8::from(c == ys[i]));
                for &(j, v) in &sparse[i] {
                    w[j] -= rate * g * v;
                }
            }
        }
        // The penalty once an epoch rather than at every step: the same pull towards zero
        // at a fraction of the cost.
        let decay = (1.0 - rate * l2).max(0.0);
        weights.iter_mut().flatten().for_each(|w| *w *= decay);
    }
    weights
}

pub(crate) fn dot(w: &[f32], x: &[f32]) -> f32 {
    w.iter().zip(x).map(|(a, b)| a * b).sum()
}

/// Fisher–Yates with a xorshift generator: the same order on every machine.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, gap: bool) -> Line {
        Line {
            text: text.to_string(),
            gap_before: gap,
            linked: false,
            announced_heading: false,
            emphasised: false,
            cells: false,
        }
    }

    #[test]
    fn a_fitted_model_learns_separable_classes_and_reads_back_its_text() {
        let lines = [
            line("Judul Berita Tentang Harga Beras", false),
            line(
                "Pemerintah menyatakan bahwa harga beras akan turun pada pekan depan.",
                true,
            ),
            line("ADVERTISEMENT", true),
        ];
        let xs = features(&lines);
        let ys = [Class::Headline, Class::Paragraph, Class::Noise];
        let model = Model::fit(&xs, &ys, 50, 0.0);
        let got: Vec<Class> = model.probabilities(&xs).iter().map(|p| best(p).0).collect();
        assert_eq!(got, ys);
        let back = Model::from_text(&model.to_text()).unwrap();
        assert_eq!(back.weights.len(), model.weights.len());
        assert!(
            Model::from_text("Headline 1 2 3\n")
                .unwrap_err()
                .to_string()
                .contains("line 1")
        );
    }

    #[test]
    fn a_malformed_weights_text_is_refused_with_its_line() {
        let row = |n: usize| format!("Noise {}\n", vec!["0.5"; n].join(" "));
        let short = format!("# header\n{}{}", row(WIDTH), row(WIDTH - 1));
        assert_eq!(
            Model::from_text(&short).unwrap_err().to_string(),
            format!("line 3: expected {WIDTH} numbers, found {}", WIDTH - 1)
        );
        let word = row(WIDTH).replacen("0.5", "x1", 1);
        assert_eq!(
            Model::from_text(&word).unwrap_err().to_string(),
            "line 1: \"x1\" is not a number"
        );
        assert_eq!(
            Model::from_text(&row(WIDTH)).unwrap_err().to_string(),
            "expected 8 rows of weights, found 1"
        );
        assert!(shipped().is_some(), "the shipped weights do not parse");
    }

    #[test]
    fn the_first_lines_are_measured_as_in_the_whole_text() {
        let text = "BERITA KITA\nHarga Beras Turun di Pasar Induk\nSelasa, 4 Maret 2025\n\nJAKARTA - Pemerintah menyatakan bahwa harga beras akan turun pekan depan.\n\nPedagang mengatakan pasokan dari daerah sudah kembali normal sejak Senin.\n\nBaca juga: Harga Cabai Naik\n\nIkuti kami di media sosial";
        let (lines, _) = parts::prepare(text);
        let all = features(&lines);
        for upto in 0..=lines.len() {
            assert_eq!(
                header_features(&lines, upto),
                all[..upto],
                "first {upto} lines"
            );
        }
    }

    #[test]
    fn a_line_is_measured_against_its_own_text() {
        let lines = [
            line(
                "Pemerintah menyatakan bahwa harga beras di pasar induk akan turun pekan depan.",
                false,
            ),
            line("Pedagang beras di pasar induk (Foto: Budi)", true),
            line("Dapatkan update berita pilihan setiap hari", true),
            line(
                "Menurut pedagang, pasokan beras dari daerah sentra sudah kembali normal sejak Senin.",
                true,
            ),
        ];
        let v = features(&lines);
        assert!(v.iter().all(|x| x.len() == WIDTH));
        let found = linefeatures::LEN + 3;
        // The caption shares the story's words, the promo none of them.
        assert!(v[1][found] > 0.5, "{:?}", &v[1][linefeatures::LEN..]);
        assert_eq!(v[2][found], 0.0);
        // A short line is shorter than this text's paragraphs; a paragraph is not.
        assert!(v[1][linefeatures::LEN] < 0.0);
        assert_eq!(v[3][linefeatures::LEN + 1], 1.0);
    }

    /// A model that gives `class` a score of `weight` where the named feature is 1, and
    /// `Paragraph` a flat 6: sure of each (above 0.98), and easy to read.
    fn model_for(class: Class, feature: &str, weight: f32) -> Model {
        let at = linefeatures::names()
            .iter()
            .position(|n| n == feature)
            .unwrap();
        let mut weights = vec![vec![0.0; WIDTH]; Class::ALL.len()];
        weights[class as usize][at] = weight;
        weights[Class::Paragraph as usize][0] = 6.0;
        Model { weights }
    }

    fn hybrid(classes: &[Class]) -> Mode {
        Mode::Classes {
            model_decides: ClassSet::of(classes),
            sure: 900,
            everywhere: ClassSet::EMPTY,
            everywhere_sure: 1000,
            uncued_only: false,
        }
    }

    #[test]
    fn the_hybrid_keeps_the_rules_kinds_that_carry_a_field() {
        let lines = [
            line("Ekonomi", false),
            line(
                "Harga Beras Turun Tajam di Pasar Induk Jakarta Pekan Ini",
                true,
            ),
            line("Oleh Budi Santoso", true),
            line("Baca juga", true),
            line(
                "Pemerintah menyatakan bahwa harga beras akan turun pada pekan depan.",
                true,
            ),
        ];
        // Noise for every short line, a paragraph for every other.
        let model = model_for(Class::Noise, "words<=3", 12.0);
        let rules = vec![
            Kind::Outlet,
            Kind::Headline,
            Kind::Byline,
            Kind::Paragraph,
            Kind::Lead,
        ];
        let got = with_mode(hybrid(&[Class::Noise]), &model, || {
            decide(&lines, rules.clone())
        });
        // Both say noise: the outlet line stays one. The byline names a writer: kept. The
        // headline and the lead are classes the model does not decide here.
        assert_eq!(
            got,
            [
                Kind::Outlet,
                Kind::Headline,
                Kind::Byline,
                Kind::Promo,
                Kind::Lead
            ]
        );
    }

    #[test]
    fn a_class_decided_everywhere_reaches_below_the_lead_and_spares_cued_lines_when_asked() {
        let lines = [
            line(
                "Harga Beras Turun Tajam di Pasar Induk Jakarta Pekan Ini",
                false,
            ),
            line(
                "Pemerintah menyatakan bahwa harga beras akan turun pada pekan depan.",
                true,
            ),
            line("Pasar Kramat Jati", true),
            line("Baca juga", true),
            line(
                "Pedagang mengatakan pasokan dari daerah sudah kembali normal sejak Senin.",
                true,
            ),
        ];
        // Noise for every short line, a paragraph for every other.
        let model = model_for(Class::Noise, "words<=3", 12.0);
        let rules = vec![
            Kind::Headline,
            Kind::Lead,
            Kind::Paragraph,
            Kind::Paragraph,
            Kind::Paragraph,
        ];
        let mode = |everywhere: &[Class], uncued_only| Mode::Classes {
            model_decides: ClassSet::of(&[Class::DateTime, Class::Headline]),
            sure: 900,
            everywhere: ClassSet::of(everywhere),
            everywhere_sure: 900,
            uncued_only,
        };
        // Above the story only: the short lines below the lead stay text.
        let got = with_mode(mode(&[], false), &model, || decide(&lines, rules.clone()));
        assert_eq!(got, rules);
        let got = with_mode(mode(&[Class::Noise], false), &model, || {
            decide(&lines, rules.clone())
        });
        assert_eq!(
            got,
            [
                Kind::Headline,
                Kind::Lead,
                Kind::Promo,
                Kind::Promo,
                Kind::Paragraph
            ]
        );
        // "Baca juga" carries a cue word: with `uncued_only` the model leaves it to the rules.
        let got = with_mode(mode(&[Class::Noise], true), &model, || {
            decide(&lines, rules.clone())
        });
        assert_eq!(
            got,
            [
                Kind::Headline,
                Kind::Lead,
                Kind::Promo,
                Kind::Paragraph,
                Kind::Paragraph
            ]
        );
    }

    #[test]
    fn a_headline_the_model_names_replaces_the_rules_headline() {
        let lines = [
            line("VIVA Bola", false),
            line("Persib Menang Tipis atas Persija", true),
            line(
                "Persib mengalahkan Persija satu gol tanpa balas pada Sabtu malam.",
                true,
            ),
        ];
        // A headline for the first line, a likely one for the next two, the first likelier.
        let mut model = model_for(Class::Headline, "first line", 12.0);
        let near = linefeatures::names()
            .iter()
            .position(|n| n == "in the first three")
            .unwrap();
        model.weights[Class::Headline as usize][near] = 9.0;
        let rules = vec![Kind::Section, Kind::Headline, Kind::Lead];
        let got = with_mode(hybrid(&[Class::Headline]), &model, || {
            decide(&lines, rules.clone())
        });
        // One headline: the rules' one takes what the model says of it, and the model calls it
        // a headline too, so noise; the lead the model also likes stays the rules' lead.
        assert_eq!(got, [Kind::Headline, Kind::Promo, Kind::Lead]);
        // A headline of the rules' that speaks a phrase is kept, and so is the line above it.
        let mut phrased = lines.clone();
        phrased[1] = line("Duka dari Pesisir Utara", true);
        let got = with_mode(hybrid(&[Class::Headline]), &model, || {
            decide(&phrased, rules.clone())
        });
        assert_eq!(got, rules);
        let got = with_mode(hybrid(&[Class::DateTime]), &model, || {
            decide(&lines, rules.clone())
        });
        assert_eq!(got, rules, "headlines are not the model's to decide here");
        // Sure the headline is noise, and naming no other: the rules' title stays.
        let model = model_for(Class::Noise, "first line", 12.0);
        let got = with_mode(hybrid(&[Class::Headline]), &model, || {
            decide(&lines[1..], rules[1..].to_vec())
        });
        assert_eq!(got, [Kind::Headline, Kind::Lead]);
    }

    #[test]
    fn a_measurement_s_mode_holds_only_inside_it() {
        let lines = [line("ADVERTISEMENT", false)];
        // Outside, the shipped hybrid: the rules' noise is noise to the shipped model too.
        let model = Model::fit(&features(&lines), &[Class::Paragraph], 20, 0.0);
        let rules = vec![Kind::Promo];
        assert_eq!(decide(&lines, rules.clone()), rules);
        let chosen = with_mode(Mode::Model, &model, || decide(&lines, rules.clone()));
        assert_eq!(chosen, [Kind::Lead]);
        assert_eq!(decide(&lines, rules.clone()), rules);
    }
}
