//! What each line of a news text is: headline, date line, byline, caption, related links,
//! promo, paragraph, subheading… Each line gets features that hold across outlets and both
//! languages (length, function-word density, closing punctuation, capitalisation, cue words,
//! position, what follows), is classified from them, and uncertain lines are then revised from
//! their neighbours, because content and boilerplate come in runs (the jusText idea).

use std::sync::LazyLock;

use regex::Regex;

use super::clean::{self, Line};
use super::{article, body, credits, datefind, dateline, headline};

/// The part a line plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Headline,
    /// A standfirst under the headline (dropped).
    Dek,
    /// A date and/or time, maybe with an outlet, place or name beside it.
    DateTime,
    /// A section or outlet name ("Ekonomi | CNN Indonesia").
    Outlet,
    /// A rubric, kicker or breadcrumb over the headline ("VIVA Bola", "Home > Ekonomi").
    Section,
    /// A writer's name, maybe with an outlet or place.
    Byline,
    /// "Editor: X", "(Reporting by X; Editing by Y)", "X contributed to this report".
    Credit,
    /// A photo caption or photo credit.
    Caption,
    /// "Baca juga" and the headlines it introduces.
    Related,
    /// Newsletter and app promotions, disclaimers, share buttons, ads, tag lists.
    Promo,
    PageMarker,
    VideoMarker,
    SignOff,
    Copyright,
    /// "($1 = 16,490.0000 rupiah)".
    CurrencyNote,
    /// "Source: Al Jazeera".
    SourceLine,
    /// After the story, the outlet speaking of itself: "For more news, follow X on …".
    OwnLine,
    /// A block's label ("SUMMARY", "Ringkasan", "Key points"), never a name or a heading.
    Label,
    /// The first paragraph; it may open with a dateline.
    Lead,
    Paragraph,
    Subheading,
    ListItem,
}

impl Kind {
    /// True for the parts that are the article's own text.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            Kind::Lead | Kind::Paragraph | Kind::Subheading | Kind::ListItem
        )
    }
}

/// One classified line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub kind: Kind,
    pub text: String,
}

/// Function words: grammatical prose has many, credits, menus and captions few.
const STOP_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "dalam", "tidak", "akan",
    "pada", "juga", "adalah", "karena", "oleh", "tersebut", "atau", "telah", "bahwa", "sudah",
    "ada", "bisa", "para", "saat", "kata", "ia", "mereka", "kami", "kita", "lebih", "masih",
    "sebagai", "sejak", "hingga", "agar", "namun", "tetapi", "setelah", "sebelum", "jika", "bagi",
    "menjadi", "serta", "sekitar", "yakni", "the", "a", "an", "and", "of", "to", "in", "is", "are",
    "was", "were", "that", "for", "with", "on", "as", "by", "it", "from", "will", "said", "has",
    "have", "had", "at", "be", "this", "which", "who", "but", "not", "their", "its", "his", "her",
    "they", "he", "she", "we", "or", "after", "than", "more", "about", "into", "would", "could",
    "been",
];

/// Whether a word, in lower case, is a function word.
pub(super) fn is_function_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// How many of `text`'s words are Indonesian function words, and how many English ones (the
/// list holds Indonesian's first, up to "the").
pub(super) fn function_words_by_language(text: &str) -> (usize, usize) {
    let english = STOP_WORDS.iter().position(|w| *w == "the").unwrap_or(0);
    bare_words(text).fold((0, 0), |(id, en), w| {
        match STOP_WORDS.iter().position(|s| *s == w.as_str()) {
            Some(at) if at < english => (id + 1, en),
            Some(_) => (id, en + 1),
            None => (id, en),
        }
    })
}

/// Measurable features of one line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Features {
    pub words: usize,
    pub stop_density: f32,
    pub ends_stop: bool,
}

pub(super) fn features(text: &str) -> Features {
    thread_local! {
        static SEEN: Memo<Features> = Memo::default();
    }
    SEEN.with(|m| m.get_or(text, features_of))
}

/// Answers that depend on a line's text alone, kept for the lines of the text being read: the
/// classifier, the line features and many rules ask for the same line's cue and measures,
/// often several times per text. Forgotten past a few thousand lines, so memory stays bounded
/// however many texts a thread imports.
struct Memo<T>(std::cell::RefCell<std::collections::HashMap<String, T>>);

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo(std::cell::RefCell::new(std::collections::HashMap::new()))
    }
}

impl<T: Copy> Memo<T> {
    fn get_or(&self, text: &str, compute: fn(&str) -> T) -> T {
        if let Some(&known) = self.0.borrow().get(text) {
            return known;
        }
        // Computed with no borrow held: `compute` may ask the same memo about another line.
        let value = compute(text);
        let mut seen = self.0.borrow_mut();
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.insert(text.to_string(), value);
        value
    }
}

fn features_of(text: &str) -> Features {
    let words: Vec<String> = bare_words(text).collect();
    let stops = words
        .iter()
        .filter(|w| STOP_WORDS.contains(&w.as_str()))
        .count();
    Features {
        words: words.len(),
        stop_density: stops as f32 / words.len().max(1) as f32,
        // An ellipsis closes a sentence that trails off ("… setelah beberapa bulan…") as a
        // stop does; a paragraph closed that way is still prose.
        ends_stop: text
            .trim_end()
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with(['.', '!', '?', '…']),
    }
}

/// Grammatical text: a sentence of some length, with function words, closed by a stop.
pub(super) fn is_prose(text: &str) -> bool {
    features(text).is_prose()
}

impl Features {
    /// `is_prose` from features already measured.
    pub(super) fn is_prose(&self) -> bool {
        self.words >= 8 && self.stop_density >= 0.08 && self.ends_stop
    }
}

const RELATED_CUES: &[&str] = &[
    "baca juga",
    "read also",
    "read more",
    "also read",
    "related",
    "pilihan editor",
    "lihat juga",
    "simak juga",
    "tonton juga",
    "artikel terkait",
    "berita terkait",
    "most read",
    "recommended stories",
    "recommended for you",
    "rekomendasi untuk anda",
    "more from",
    "more stories",
    "you might also like",
    "you may also like",
    "read:",
    "baca:",
    "see also",
    "lihat pula",
    "baca pula",
];

/// "SEE ALSO", "Baca juga", "READ MORE": a label that introduces links to other stories, in
/// whatever case, so never a place opening a dateline.
pub fn is_related_label(text: &str) -> bool {
    starts_with_any(&text.trim().to_lowercase(), RELATED_CUES).is_some()
}
const FURNITURE: &[&str] = &[
    "advertisement",
    // A reading service's offer buttons ("Coba Gratis" under "Baca tanpa batas").
    "coba gratis",
    "try for free",
    "try it free",
    "start free trial",
    "start your free trial",
    "scroll to continue with content",
    "scroll to continue",
    "story continues below this ad",
    "story continues below advertisement",
    "story continues below",
    "story continues",
    "article continues below advertisement",
    "article continues below",
    "continue reading below",
    "iklan",
    "sponsored",
    "share",
    "bagikan",
    "click here to share on social media",
    "share this article",
    "share this page",
    "share this story",
    "share this post",
    "share this",
    "bagikan artikel",
    "bagikan artikel ini",
    "x",
    "email",
    "e-mail",
    "twitter",
    "linkedin",
    "bluesky",
    "mastodon",
    "reddit",
    "pinterest",
    // The letters a share row's buttons show for their networks ("Bagikan: f WA X 🔗").
    "f",
    "fb",
    "wa",
    "print",
    "copy link",
    "short url",
    "short link",
    "permalink",
    "tautan pendek",
    "link pendek",
    "salin tautan",
    "salin link",
    "list of 3 items",
    "end of list",
    "comments",
    "komentar",
    "leave a reply",
    "leave a comment",
    "go to comments",
    "jump to comments",
    "view comments",
    "lihat komentar",
    "tinggalkan balasan",
    "tinggalkan komentar",
    // The pager between stories: the label over the next story's headline, never a byline.
    "artikel selanjutnya",
    "artikel berikutnya",
    "artikel sebelumnya",
    "berita selanjutnya",
    "berita berikutnya",
    "next article",
    "next story",
    "next post",
    "previous post",
];
const CALLS_TO_ACTION: &[&str] = &[
    "dapatkan",
    "ikuti",
    "follow",
    "join",
    "sign up",
    "subscribe",
    "klik",
    "click",
    "download",
    "unduh",
    "gabung",
    "bergabung",
    "langganan",
    "berlangganan",
    "simak berita",
    "saksikan",
    "tonton",
    "watch",
    "listen",
    "dengarkan",
];
const CHANNELS: &[&str] = &[
    "whatsapp",
    "telegram",
    "google news",
    "newsletter",
    "channel",
    "aplikasi",
    "instagram",
    "youtube",
    "tiktok",
    "facebook",
    "viber",
    "twitter",
    "linkedin",
    "saluran",
    "klik link",
    "grup",
    "live streaming",
    "podcast",
];

/// Words that head a block instead of being text: a summary box, key points.
const LABELS: &[&str] = &[
    "summary",
    "ringkasan",
    "ringkasan berita",
    "rangkuman",
    "intisari",
    "poin penting",
    "poin-poin penting",
    "key points",
    "key takeaways",
    "highlights",
    "in short",
    "in brief",
    "at a glance",
    "sekilas",
    "singkatnya",
    "tl;dr",
];

static PAGE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:halaman|page)\s+(?:\d+(?:\s*(?:dari|of|/)\s*\d+)?|selanjutnya|berikutnya|sebelumnya)|(?:hal|hlm)\.?\s*\d+\s*(?:dari|of|/)\s*\d+|next page|previous page|selanjutnya|berikutnya|continue reading|lanjut(?:kan)? membaca)\s*[>»›:]*$",
    )
    .unwrap()
});
static CURRENCY_NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\([^()]*\d[^()]*=[^()]*\d[^()]*\)$").unwrap());
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\(\s*[A-Za-z]{1,5}(?:[-/]\s*[A-Za-z0-9]{1,5})*\s*\)|[a-z]{2,5}(?:/[a-z]{2,5})+)$",
    )
    .unwrap()
});
// A closing bracket that credits a photo: "(AP Photo/Aaron Favila)", "(Foto: PSSI)",
// "(Image courtesy of Yonhap)", "[Courtesy of Papuan teachers' union]",
// "[Instagram]", "(ilustrasi)", "(MI/Ramdani)", "(Image: Holcombe Brook Homes)", glued to the
// description's last word or not, "(Pic by Chaminda Silva)".
static PHOTO_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[(\[](?P<in>[^()\[\]]{2,80})[)\]]\.?$").unwrap());
static PHOTO_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:foto|photo|dok|ilustrasi|getty|file photo|instagram|istimewa|shutterstock|twitter|x|courtesy)\b|\b(?:image|picture|gambar)\s*:|^(?:pic|pix|picture)\s+by\s|[A-Za-z]\s*/\s*[A-Za-z]")
        .unwrap()
});
// "District heating pipes in Narva. Source: Aleksandr Petrov/ERR": a description, then its
// picture's source as a photographer and an outlet joined by a slash (a sentence's "Source:"
// names no photographer so).
static SOURCE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[.!?]\s+(?:source|sumber)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}\s*/\s*[\p{L}\p{N}.'’ -]{2,30}$")
        .unwrap()
});
// "KOMPAS.com/NICHOLAS RYAN ADITYA", "FOTO/DOK. DISPENAU", ". Foto: Shutterstock"; after a
// description's stop, a credit labelled as such, of up to six words: "… tops 38 degrees. Credit:
// Wolter Peeters" (alone on its line, "Credit:" may credit a writer or a report).
// "… malam. Foto: Dok. Warga": the picture's label after a stop and who took it; "Dok." (the
// documentation's short form) before the name keeps its own stop.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^[\w.]+/[\p{Lu} .]+$|\bfoto\s*/|(?:^|[.!?]\s*)(?:foto|photo|image|gambar|picture|pic|pix)\s*:\s*(?:(?:dok|doc|ist)\.\s+)?(?:[^.]|\.\S)+\.?$|[.!?]\s+credit\s*:\s*[^\s.]+(?:\s+[^\s.]+){0,5}$)")
        .unwrap()
});
// "… along Presidential Way in Lilongwe on Thursday - Photo by Chikondi Banda, Nyasa Times": a
// dash and who took the picture close its description, with no stop before the dash.
static PHOTO_BY_AFTER_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\S\s+[-–—]\s*(?:photos?|foto|pic|picture)\s+(?:by|oleh)\s+(?-i:\p{Lu})[^.!?]{1,60}$",
    )
    .unwrap()
});
// "Dr Sim (third left)", "Lee (centre)", "Bupati (kedua dari kiri)": where a person stands in
// the picture, in brackets after the name, a caption's cue in either language. Written in lower
// case: "Die Linke (Left)" translates a name.
static PICTURE_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|kedua|ketiga|keempat|dua|tiga|empat)\s+(?:from\s+|dari\s+)?)?(?:left|right|centre|center|kiri|kanan|tengah)\)")
        .unwrap()
});
// A clock time, with the zone written after it in capitals ending in T ("10:14 pm IST",
// "17:20 JST", "8:41 AM PHT", "9:05am CHADT") or before it ("MVT 13:20", "2025-12-12 HKT 16:20") whichever
// zone it is; or a known zone alone.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-i:\b[A-Z]{1,3}T\s+)?\b\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?\b(?-i:\s+[A-Z]{1,4}T\b)?|\b(?:wib|wita|wit|gmt|utc|jst|et)(?:\s*[+-]\s*\d{1,2})?\b")
        .unwrap()
});

/// "6:45 p.m.", "10:30 a.m.": a clock time as American papers print it.
static DOTTED_CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b\d{1,2}[:.]\d{2}\s*[ap]\.m\.").unwrap());

fn starts_with_any(lower: &str, cues: &[&str]) -> Option<usize> {
    cues.iter()
        .filter(|c| {
            lower.starts_with(*c)
                && !lower[c.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .map(|c| c.len())
        .next()
}

/// "Scroll untuk membaca", "SCROLL TO RESUME CONTENT", "Scroll for more ⌄", "Ketuk untuk
/// membaca berita lengkap", "Tap to read more stories": the prompt a page or an app sets in an
/// advert's slot, under a fold or under a card, telling the reader to scroll on or touch the
/// screen — a short line (at most six words, no closing stop) opening with the verb of
/// scrolling or touching and a word of where or what for. A story's sentence about scrolling
/// goes on and ends with a stop.
fn is_scroll_prompt(lower: &str, words: usize) -> bool {
    let mut w = lower.split_whitespace();
    let (Some(verb), Some(next)) = (w.next(), w.next()) else {
        return false;
    };
    [
        "scroll", "gulir", "gulirkan", "tap", "ketuk", "swipe", "geser", "sentuh", "usap",
    ]
    .contains(&verb)
        && [
            "to", "for", "down", "up", "untuk", "ke", "kebawah", "lagi", "terus",
        ]
        .contains(&next)
        && words <= 6
        && !lower.trim_end().ends_with(['.', '!', '?'])
}

/// What a page's widgets print in the story's column: an empty comment box ("Belum ada
/// komentar.", "Be the first to comment"), an embedded post's frame ("View this post on
/// Instagram", "Sebuah kiriman dibagikan oleh X (@x)"), a newsletter's rating poll ("How did we
/// like today's issue?").
fn is_widget_line(lower: &str, words: usize) -> bool {
    // Whole sentences of their own: "Belum ada komentar dari pihak kepolisian." goes on.
    const WIDGETS: &[&str] = &[
        "belum ada komentar",
        "no comments yet",
        "be the first to comment",
        "jadilah yang pertama berkomentar",
        "view this post on instagram",
        "view this profile on instagram",
        "lihat postingan ini di instagram",
        "lihat profil ini di instagram",
    ];
    const POLLS: &[&str] = &[
        "how did we like",
        "how did you like",
        "what did you think of",
        "how would you rate",
    ];
    const ISSUE_WORDS: &[&str] = &["issue", "edition", "newsletter", "email", "edisi"];
    const SHARED_BY: &[&str] = &["a post shared by", "sebuah kiriman dibagikan oleh"];
    let whole = |at: usize| {
        lower[at..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | '!' | '…'))
    };
    let widget = words <= 12 && starts_with_any(lower, WIDGETS).is_some_and(whole);
    let poll = words <= 10
        && starts_with_any(lower, POLLS).is_some()
        && lower.trim_end().ends_with('?')
        && ISSUE_WORDS.iter().any(|w| lower.contains(w));
    let shared = words <= 20 && starts_with_any(lower, SHARED_BY).is_some() && lower.contains("(@");
    // "Stanley Beacon (@stanleybeacon) • Instagram photos and videos": an embedded profile's
    // title.
    let profile = lower.contains("(@") && lower.ends_with("instagram photos and videos");
    // "Was this page helpful?  Yes  No", "Apakah artikel ini membantu?": the page asking how
    // it served, with its buttons.
    static FEEDBACK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:was this (?:article |page |post |story |information )?(?:helpful|useful)|did you find this (?:article |page |information )?(?:helpful|useful)|apakah (?:artikel|berita|halaman|informasi) ini (?:membantu|bermanfaat))\?(?:\s+(?:yes|no|ya|tidak|👍|👎))*$").unwrap()
    });
    let feedback = words <= 10 && FEEDBACK.is_match(lower.trim());
    widget || poll || shared || profile || feedback
}

/// "Baca lebih nyaman di aplikasi X. Unduh gratis di Google Play", "Download the X app for
/// the latest news from Kurdistan and the region.", "Read it first in the X app", "Buka
/// aplikasi": a line of at most twenty words naming an app or its store, one of whose
/// sentences opens with an order to get, open or read in it, is the outlet offering its app
/// (read below the lead: over the headline the page's header takes it). A step of a story's
/// list (`1. Buka aplikasi …`) is the story's.
fn offers_app(lower: &str, words: usize) -> bool {
    const APP: &[&str] = &[
        "app",
        "apps",
        "aplikasi",
        "google play",
        "play store",
        "app store",
    ];
    const ORDERS: &[&str] = &[
        "download", "unduh", "install", "get", "read", "baca", "open", "buka",
    ];
    let padded = format!(
        " {} ",
        lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    );
    (1..=20).contains(&words)
        && body::numbered(lower).is_none()
        && body::bullet(lower).is_none()
        && APP.iter().any(|a| padded.contains(&format!(" {a} ")))
        && lower
            .split_inclusive(['.', '!', '?'])
            .any(|s| starts_with_any(s.trim(), ORDERS).is_some())
}

/// What a read-later app or a network's post offers to do with the item under it: its
/// controls, copied onto one line with the share button ("View original · Archive · ♡ Like ·
/// Share · Delete", "Like · Comment · Share").
const ITEM_CONTROLS: &[&str] = &[
    "view original",
    "open original",
    "lihat asli",
    "archive",
    "arsipkan",
    "like",
    "suka",
    "comment",
    "delete",
    "hapus",
    "move to folder",
    "pindahkan ke folder",
];

/// "Share Via", "Facebook Twitter WhatsApp Salin Tautan", "View original · Archive · ♡ Like ·
/// Share · Delete": a page's share buttons or an item's controls copied onto one line, every
/// word a button or a channel (a "via" or "on" between them), name no writer.
pub(super) fn is_share_row(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '|' || c == '·')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let button = |piece: &str| {
        FURNITURE.contains(&piece) || CHANNELS.contains(&piece) || ITEM_CONTROLS.contains(&piece)
    };
    let (mut at, mut buttons) = (0, 0);
    while at < words.len() {
        // The longest button from here: "salin tautan" before "salin".
        let step = (1..=3)
            .rev()
            .find(|&n| at + n <= words.len() && button(&words[at..at + n].join(" ")));
        match step {
            Some(n) => {
                at += n;
                buttons += 1;
            }
            None if matches!(words[at], "via" | "on" | "lewat" | "ke") => at += 1,
            None => return false,
        }
    }
    words.len() >= 2 && words.len() <= 10 && buttons >= 1
}

/// "Email address   Sign up", "Alamat email Anda   Berlangganan": a newsletter's form copied
/// onto one line, its mail field's label and its button, no other word.
fn is_signup_form(lower: &str) -> bool {
    const FIELD: &[&str] = &["email", "e-mail", "surel"];
    const BUTTON: &[&str] = &[
        "subscribe",
        "berlangganan",
        "langganan",
        "daftar",
        "submit",
        "kirim",
        "join",
        "sign",
    ];
    const OTHER: &[&str] = &[
        "address", "alamat", "your", "anda", "enter", "masukkan", "up",
    ];
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    (2..=6).contains(&words.len())
        && words.iter().any(|w| FIELD.contains(w))
        && words.iter().any(|w| BUTTON.contains(w))
        && words
            .iter()
            .all(|w| FIELD.contains(w) || BUTTON.contains(w) || OTHER.contains(w))
}

/// "▶ VIDEO: Detik-detik …", "▶ 01:24", "⏵ Putar   ⏸ Jeda", "▶ Dengarkan Siaran Langsung": a
/// player's play mark opening its control or its video's link — the mark alone, or before a
/// clock time or a player's word. A list may set its items after the same mark ("▶ Seasonal
/// visas will run …"): those are the story's.
fn player_control(text: &str) -> bool {
    const PLAYER_WORDS: &[&str] = &[
        "video",
        "audio",
        "play",
        "putar",
        "watch",
        "tonton",
        "listen",
        "dengarkan",
        "live",
        "podcast",
    ];
    // "Play Video. Duration: 1 minute 52 seconds", "Putar video · Durasi 02:14": an embedded
    // player's button and its running time, with no sign before them.
    let lower = text.to_lowercase();
    let timed = ["duration", "durasi"]
        .iter()
        .any(|d| lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == *d));
    if timed
        && text.split_whitespace().count() <= 10
        && !text.trim_end().ends_with('.')
        && ["play video", "play audio", "putar video", "putar audio"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return true;
    }
    let Some(rest) = text.strip_prefix(['▶', '⏵']) else {
        return false;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    let word = first
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let clock = first.split_once(':').is_some_and(|(m, s)| {
        !m.is_empty()
            && m.chars().all(|c| c.is_ascii_digit())
            && s.starts_with(|c: char| c.is_ascii_digit())
    });
    first.is_empty() || clock || PLAYER_WORDS.contains(&word.as_str())
}

/// The class a line's own cue words give it, wherever it stands; `None` for the lines whose
/// part depends on position and neighbours.
/// "📺 Watch TVS News at 6.30pm daily on myFreeview Channel 122", "Dengarkan siniar Ruang
/// Publik KBR setiap hari kerja pukul 09.00 WIB": a station inviting its readers to watch or
/// listen when and where it broadcasts — a schedule or a channel — promotes the station; a
/// story's "watch patients for allergic reactions" names neither. All nine such lines in the
/// training texts are furniture.
fn invites_to_a_broadcast(text: &str, words: usize) -> bool {
    static INVITE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W{0,4}(?:watch|listen|catch|tonton|saksikan|dengarkan)\b").unwrap()
    });
    static WHEN_OR_WHERE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:daily|weekdays|weeknights|every (?:day|night|morning|evening|weekday)|setiap hari|tiap hari|pukul \d|at \d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))|\b(?:channel|saluran)\s*\d|\d+(?:\.\d)?\s*(?:fm|uhf|mhz)\b")
            .unwrap()
    });
    words <= 30 && INVITE.is_match(text) && WHEN_OR_WHERE.is_match(text)
}

pub(super) fn cue(text: &str) -> Option<Kind> {
    thread_local! {
        static SEEN: Memo<Option<Kind>> = Memo::default();
    }
    SEEN.with(|m| m.get_or(text, cue_of))
}

fn cue_of(text: &str) -> Option<Kind> {
    let lower = text.to_lowercase();
    let f = features(text);
    if SIGN_OFF.is_match(text) || clean::is_initials(text) || clean::is_bare_end_word(text) {
        return Some(Kind::SignOff);
    }
    // "(Foto: kabarmedan.com/Nurhalimah Siregar)" credits a picture, not the report.
    let photo = lower
        .trim_start_matches('(')
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| clean::PHOTO_CUES.contains(&w));
    if text.starts_with('(')
        && text.ends_with(')')
        && text.contains('/')
        && f.stop_density == 0.0
        && !photo
    {
        return Some(Kind::SignOff);
    }
    if CURRENCY_NOTE.is_match(text) {
        return Some(Kind::CurrencyNote);
    }
    // "Local News", "World News": a site's section, alone on its line.
    if dateline::is_section_label(text.trim()) {
        return Some(Kind::Section);
    }
    if is_weather_widget(text)
        || is_newsletter_greeting(&lower, f.words)
        || is_contact_row(text, &lower)
        || is_address_row(text)
        || is_mail_disclaimer(&lower)
        || is_counter_row(text)
        || acknowledges_country(&lower)
    {
        return Some(Kind::Promo);
    }
    if player_control(text)
        || lower.starts_with("[gambas:")
        || starts_with_any(
            &lower,
            &["simak video", "tonton video", "watch video", "watch:"],
        )
        .is_some()
    {
        return Some(Kind::VideoMarker);
    }
    if PAGE_MARKER.is_match(text)
        || clean::page_jump(text).is_some()
        || clean::is_page_footer(text)
        || clean::is_print_header(text)
        || is_page_header(text)
        || is_printed_page_count(text)
        || is_pager(&lower)
        || is_counter(&lower)
    {
        return Some(Kind::PageMarker);
    }
    let bare = lower.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':');
    if clean::is_bare_link(text) || is_mail_furniture(text, &lower, f.words) || review_mark(text) {
        return Some(Kind::Promo);
    }
    // "-Advertisement-", "[ Advertisement ]", "— ADVERTISEMENT —": a slot's label framed by
    // marks is the same label.
    let framed = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if FURNITURE.contains(&bare)
        || framed.len() < lower.len() && FURNITURE.contains(&framed)
        || is_scroll_prompt(&lower, f.words)
        || is_share_row(&lower)
        || is_signup_form(&lower)
        || is_labelled_noise(&lower)
        || is_reuse_notice(&lower)
        || is_circulation_notice(&lower, f.words)
        || is_carriers_comment(&lower)
        || is_revision_entry(&lower)
        || is_widget_line(&lower, f.words)
    {
        return Some(Kind::Promo);
    }
    if starts_with_any(&lower, RELATED_CUES).is_some() && f.words <= 25 {
        return Some(Kind::Related);
    }
    if is_desk_codes(text) || is_ornament(text) {
        return Some(Kind::Promo);
    }
    if (text.contains('©')
        || lower.starts_with("copyright")
        || is_c_in_brackets_copyright(text, &lower))
        && (f.words <= 12
            // "Ulster Herald · Omagh, Co Tyrone · Copyright © 2026. All rights reserved."
            || text.contains('©')
                && f.words <= 24
                && (lower.contains("all rights reserved") || lower.contains("hak cipta dilindungi"))
            // "© 2026 Baraka FM · A station of the Catholic Archdiocese of Mombasa": the holder
            // opens the line, and what the page says of itself follows a separator.
            || text.starts_with('©')
                && f.words <= 24
                && text
                    .split(['·', '|', '•'])
                    .next()
                    .is_some_and(|holder| holder.len() < text.len() && holder.split_whitespace().count() <= 8))
    {
        return Some(Kind::Copyright);
    }
    if republished_from(text).is_some() {
        return Some(Kind::SourceLine);
    }
    if is_edition_note(text) || is_edition_line(text) {
        return Some(Kind::DateTime);
    }
    if starts_with_any(&lower, &["source", "sumber"]).is_some()
        && lower.contains(':')
        && f.words <= 6
    {
        return Some(Kind::SourceLine);
    }
    if LABELS.contains(&bare.trim_end_matches([' ', ':'])) {
        return Some(Kind::Label);
    }
    if lower.starts_with("disclaimer") {
        return Some(Kind::Promo);
    }
    let channel = CHANNELS.iter().any(|c| lower.contains(c));
    // "Saluran Tersumbat Sampah", "Grup Musik Lokal": a drain or a group heads a story's
    // section; alone, without a call or a platform, neither word names a channel.
    let platform = CHANNELS
        .iter()
        .any(|c| !["saluran", "grup"].contains(c) && lower.contains(c));
    if channel && starts_with_any(&lower, CALLS_TO_ACTION).is_some()
        || platform && f.words <= 4
        || starts_with_any(&lower, &["sign up", "subscribe"]).is_some() && f.words <= 8
        || urges_subscribing(&lower, f.words)
        || prompts_following(&lower, f.words)
    {
        return Some(Kind::Promo);
    }
    if describes_outlet(text, f.words) || invites_to_a_broadcast(text, f.words) {
        return Some(Kind::Promo);
    }
    if addresses_reader(&lower, f.words)
        || gives_outlet_address(&lower, f.words)
        || gives_writers_contact(text, f.words)
        || asks_reader(&lower, f.words)
        || rules_for_comments(&lower, f.words)
        || asks_sign_in_to_respond(&lower, f.words)
    {
        return Some(Kind::Promo);
    }
    if shouted_related_cue(text) {
        return Some(Kind::Related);
    }
    if is_caption(text, &lower) {
        return Some(Kind::Caption);
    }
    if credits::is_contribution(text) || credits::credits_other_work(text) {
        return Some(Kind::Credit);
    }
    if let Some((role, _)) = credits::role_cue(text) {
        return Some(if credits::names_writers(&role) {
            Kind::Byline
        } else {
            Kind::Credit
        });
    }
    if bar_before_byline(text, &f) {
        return Some(Kind::Byline);
    }
    // "2 hours ago", "3 jam lalu", "5 min read" alone on a line: the date line's count, set
    // on a line of its own under the headline.
    // A bare range ("5–6 minutes") is a date line's count only above the story
    // (`reading_range`): in a story it is a table's wait or a trip's length.
    if date_residue(text).is_some()
        || PAGE_COUNT.is_match(text.trim()) && !READING_RANGE.is_match(text.trim())
    {
        return Some(Kind::DateTime);
    }
    None
}

/// "KDLG | By Brendan Okamoto", "Kabar Natuna | Oleh Arman Syahputra": a short line whose
/// piece after a bar opens with a writer's cue and names a writer; the station or section
/// stands before it.
fn bar_before_byline(text: &str, f: &Features) -> bool {
    let pieces: Vec<&str> = text.split(" | ").map(str::trim).collect();
    f.words <= 10
        && !f.ends_stop
        && (2..=3).contains(&pieces.len())
        && pieces[0].split_whitespace().count() <= 3
        // The whole piece after the cue a name: "Podcast | By Popular Demand, Town Quiz
        // Returns", "Wisata | Oleh Oleh Khas Bandung Diburu Pemudik" are headlines.
        && pieces[1..].iter().any(|p| {
            credits::role_cue(p).is_some_and(|(role, end)| {
                let name = p[end..].trim();
                (role == "by" || role == "oleh")
                    && (2..=3).contains(&name.split_whitespace().count())
                    && !name.contains(',')
                    && credits::is_name(name)
            })
        })
        && !credits::read(text).authors.is_empty()
}

/// "5–6 minutes", "4-5 menit": a reader view's estimate of reading time, a range alone.
static READING_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d{1,3}\s*[–-]\s*\d{1,3}\s+(?:minutes|menit)$").unwrap());

/// "5–6 minutes" alone on a line above the story's first paragraph: the reader view's reading
/// time, a piece of the date line. Below it, "Yellow line" / "5–6 minutes" is the story's.
fn reading_range(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        let t = line.text.trim();
        if is_prose(t) && t.split_whitespace().count() >= 10 {
            return;
        }
        if kind.is_none() && READING_RANGE.is_match(t) {
            *kind = Some(Kind::DateTime);
        }
    }
}

/// An editor's notes among the lines no cue has named are the newsroom's (`is_desk_note`).
/// A rule of its own rather than a cue: the line model reads the cues as features. An embargo's
/// date is the day the release may run: a date line.
fn desk_notes(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for (i, (line, kind)) in lines.iter().zip(kinds.iter_mut()).enumerate() {
        let lower = line.text.to_lowercase();
        // "Dalam ralatnya, kementerian menulis:" over "Ralat: …": a note the story introduces
        // with a colon is what the story quotes. A script's cue under a sentence closed by a
        // colon is the clip that sentence introduces, and stays the studio's.
        let quoted =
            i > 0 && lines[i - 1].text.trim_end().ends_with(':') && !is_script_cue(&line.text);
        if kind.is_none() && !quoted && is_desk_note(&line.text, &lower) {
            let embargo =
                lower.starts_with("embargo") || starts_with_any(&lower, RELEASE_TIMES).is_some();
            let dated = embargo && !datefind::find_all(&line.text, false).is_empty();
            *kind = Some(if dated { Kind::DateTime } else { Kind::Promo });
        }
    }
}

/// The labels of a note an editor writes about the story rather than in it: a correction or
/// clarification appended to it, an editor's note, a note to the desk, a "TK" (to come) for a
/// part still missing.
const DESK_NOTE_LABELS: &[&str] = &[
    "ralat",
    "koreksi",
    "correction",
    "corrections",
    "clarification",
    "klarifikasi",
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "note to editors",
    "notes to editors",
    "catatan redaksi",
    "catatan editor",
    "catatan untuk redaksi",
    "tk",
    "embargo",
    "embargoed",
];

/// How a press release says when it may be published, unlabelled.
const RELEASE_TIMES: &[&str] = &[
    "for immediate release",
    "not for release before",
    "not for publication before",
    "embargoed until",
    "untuk segera disiarkan",
    "untuk disiarkan segera",
    "untuk segera dipublikasikan",
    "untuk dipublikasikan segera",
    "untuk segera diterbitkan",
    "untuk diterbitkan segera",
    "for release immediately",
    "tidak untuk disiarkan sebelum",
    "tidak untuk dipublikasikan sebelum",
];

/// "Ralat: Artikel ini diperbarui …", "Correction: An earlier version of this story …", "TK:
/// tanggapan Pemkab menyusul", "[cek ejaan nama terdakwa …]", "[[ED: minta konfirmasi …]]",
/// "EMBARGO: Tidak untuk disiarkan
/// sebelum …": a line opening with the label of an editor's note or a release's embargo, or
/// with when a release may run, or a line wholly in square brackets (a desk's note, an
/// element's marker, a credit: never the story's sentence), is the newsroom's, not the story's;
/// so is a release's own label alone on its line ("PRESS STATEMENT", "Siaran Pers").
fn is_desk_note(text: &str, lower: &str) -> bool {
    // "[[ED: cek ejaan nama hakim ketua]]": an editor's query set in double brackets.
    let inner = text
        .strip_prefix("[[")
        .and_then(|t| t.strip_suffix("]]"))
        .filter(|t| !t.contains(['[', ']']))
        .map_or(text, |t| t);
    let bracketed = inner != text && !inner.trim().is_empty()
        || text.starts_with('[')
            && text.ends_with(']')
            && !text[1..].contains('[')
            && text.len() > 2;
    let labelled = lower.split_once(':').is_some_and(|(label, rest)| {
        let label = label.trim();
        // An embargo says until when: "Embargo: the measure bans …" is the story's embargo.
        let embargo = label.starts_with("embargo");
        DESK_NOTE_LABELS.contains(&label)
            && !rest.trim().is_empty()
            && (!embargo || !datefind::find_all(rest, false).is_empty() || has_clock_time(rest))
    });
    // "Untuk segera diterbitkan, SK itu masih menunggu …" opens a sentence: a release's line
    // is short, or says when.
    let release_time = starts_with_any(lower, RELEASE_TIMES).is_some()
        && (lower.split_whitespace().count() <= 8
            || !datefind::find_all(text, false).is_empty()
            || has_clock_time(text));
    // "TAG: Warga diminta waspada …": words read out on the cue's own line are the story's.
    let cue = is_script_cue(text)
        && !text.split_once(':').is_some_and(|(_, rest)| {
            let rest = rest.trim();
            rest.ends_with(['.', '!', '?']) && rest.split_whitespace().count() >= 6
        });
    // "PRESS STATEMENT", "MEDIA RELEASE" alone: the release's label over its headline.
    let release_label = super::dateline::is_release_label(text);
    bracketed || labelled || release_time || cue || release_label
}

/// "pukul 00.01 WIB", "00:01 GMT", "pukul 07.15.": a time of day in the text (an hour of one or
/// two digits, a stop or a colon, two digits of minutes; a sentence's full stop after it is no
/// part of it), never a date's "15.12.2025" nor a sum's "1.500". The one reader of a clock time
/// for line preparation: a release time's line and a message part's stamp.
pub(crate) fn has_clock_time(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ':'))
        .map(|w| w.strip_suffix('.').unwrap_or(w))
        .any(|w| {
            w.split_once([':', '.']).is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
            })
        })
}

/// The cues a broadcast script writes in capitals before a colon: the item's slug, who reads
/// it, a recorded clip and its length, the anchor's and the tag's turns, the next item.
const SCRIPT_CUES: &[&str] = &[
    "SLUG",
    "READER",
    "ANCHOR",
    "PRESENTER",
    "SOT",
    "VO",
    "VO/SOT",
    "NAT",
    "NATS",
    "TAG",
    "DUR",
    "TOTAL DUR",
    "RUNS",
    "TRT",
    "INCUE",
    "IN CUE",
    "OUTCUE",
    "OUT CUE",
    "CG",
    "SUPER",
    "PKG",
    "NEXT",
    "INTRO",
    "BACKANNO",
    "BACK ANNO",
];

/// "SLUG: VILA SCHOOL FEES", "SOT: Jean-Marc Tari, Principal (0'21\")", "ANCHOR:": a script's
/// cue (its label in capitals, as scripts write them) tells the studio what to do; what is read
/// out stands on the lines under it.
fn is_script_cue(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(label, _)| SCRIPT_CUES.contains(&label.trim()))
}

/// "Iqaluit  −27°C  Blowing snow  |  Rankin Inlet  −31°C  |  Cambridge Bay  −34°C", "Ternate 29°C
/// Berawan": a weather widget's row — temperatures by town, no sentence. Two temperatures, or
/// one beside a word of the weather, on a short line with no stop at its end.
fn is_weather_widget(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let temperature = |w: &&&str| {
        let w = w.trim_matches(|c: char| matches!(c, '|' | ',' | '(' | ')'));
        w.split_once('°').is_some_and(|(n, unit)| {
            let n = n.trim_start_matches(['-', '−', '+']);
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && matches!(unit, "" | "C" | "F")
        })
    };
    let temperatures = words.iter().filter(temperature).count();
    const WEATHER: &[&str] = &[
        "snow", "rain", "cloudy", "sunny", "clear", "showers", "fog", "windy", "overcast", "storm",
        "hujan", "berawan", "cerah", "mendung", "kabut", "gerimis",
    ];
    let weather_word = words
        .iter()
        .any(|w| WEATHER.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())));
    words.len() <= 20
        && !clean::ends_sentence(text)
        && (temperatures >= 2 || temperatures == 1 && weather_word && words.len() <= 8)
}

/// "Edisi XI / Tahun VII · Rabu, 25 November 2026 Halaman 3", "4 WARTA KEUSKUPAN SINTANG No.
/// 112 · Minggu, 6 Desember 2026", "Buletin Lembaga Adat Melayu Kabupaten Lingga • Edisi 48 •
/// Jumat, 4 Desember 2026": a printed bulletin's edition line — its number (an edition's, an
/// issue's, a volume's; a scan may slip "Ed1si"), a full date, the paper's name perhaps, no
/// sentence — dates the paper, whatever event its story tells of.
fn is_edition_line(text: &str) -> bool {
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:ed[i1l]s[i1l]|edition|issue|vol(?:ume)?\.?|no\.|nomor)\s*[0-9IVXLivxl]{1,8}\b|\bTahun\s+[IVXL]{1,5}\b")
            .expect("edition")
    });
    static DAY_RANGE_OPEN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{1,2}\s*[-–—]\s*$").expect("range"));
    let cells = text.replace("   ", "·");
    let pieces: Vec<&str> = cells.split(['·', '|', '•']).map(str::trim).collect();
    // The number opens its piece ("Edisi 48", "Vol. LXXXVII, No. 137") or stands beside the
    // paper's name ("4 WARTA KEUSKUPAN SINTANG No. 112"); "Festival Budaya Dayak Edisi 7" is an
    // event's.
    let numbered = pieces.iter().any(|p| {
        EDITION
            .find(p)
            .is_some_and(|m| m.start() == 0 || p.split_whitespace().any(dateline::is_newsroom_word))
    });
    let words = text.split_whitespace().count();
    words <= 22
        && !clean::ends_sentence(text)
        && numbered
        && !lower_starts_with_source(text)
        // "Edisi 3 - 9 Desember 2025": a weekly's range of days dates no one day.
        && matches!(datefind::find_all(text, false).as_slice(),
            [one] if !DAY_RANGE_OPEN.is_match(&text[..one.start]))
        // A header's cells stand apart by separators or by runs of spaces.
        && pieces.iter().all(|piece| {
            let words: Vec<&str> = piece.split_whitespace().collect();
            words.len() <= 8
                && !words
                    .iter()
                    .any(|w| STOP_WORDS.contains(&w.to_lowercase().as_str()))
        })
}

/// "Sumber: Harian Kompas No. 152 · …": a line naming where the story came from.
fn lower_starts_with_source(text: &str) -> bool {
    starts_with_any(&text.to_lowercase(), &["source", "sumber"]).is_some()
}

/// "This story appeared in the Dec. 3, 2026 print edition of the Inuvik Drum.", "This report by
/// The Canadian Press was first published Dec. 16, 2026.": a note under the story saying when
/// the story itself ran — it opens on the story ("This story", "Artikel ini") and writes a full
/// date with a word of publishing.
pub fn is_edition_note(text: &str) -> bool {
    let lower = text.to_lowercase();
    let opens = [
        "this story ",
        "this report ",
        "this article ",
        "this item ",
        "artikel ini ",
        "berita ini ",
        "tulisan ini ",
    ]
    .iter()
    .any(|o| lower.starts_with(o));
    let published = [
        "published",
        "appeared in",
        "ran in",
        "edition",
        "dimuat",
        "terbit",
        "tayang",
    ]
    .iter()
    .any(|w| lower.contains(w));
    opens && published && features(text).words <= 30 && !datefind::find_all(text, false).is_empty()
}

/// "This story was first published by Eco-Business.", "Artikel ini telah tayang di Kompas.com
/// dengan judul …": a note that the text is another outlet's, and that outlet's name (its
/// capitalised words after the cue).
pub fn republished_from(text: &str) -> Option<String> {
    const CUES: &[&str] = &[
        "first published by ",
        "first published on ",
        "first published in ",
        "first appeared on ",
        "first appeared in ",
        "originally published by ",
        "originally published on ",
        "originally published in ",
        "originally appeared on ",
        "originally appeared in ",
        "telah tayang di ",
        "telah dimuat di ",
        "telah terbit di ",
        "pertama kali terbit di ",
        "pertama kali tayang di ",
        "pertama kali dimuat di ",
        "pertama kali diterbitkan oleh ",
        "pertama kali diterbitkan di ",
    ];
    // "The post Leiden to clear … appeared first on DutchNews.nl.": a feed's closing line names
    // the post's title, then where it appeared first, the outlet whose feed carried it.
    const FEED_CUES: &[&str] = &["appeared first on ", "pertama kali tampil di "];
    // "This article is republished from Strait Voices under a Creative Commons licence.": a
    // copy's note, when it opens with the copy itself ("The map, reprinted from …" is a story's).
    const NOTE_CUES: &[&str] = &[
        "republished from ",
        "republished with permission from ",
        "reprinted from ",
        "reprinted with permission from ",
        "diterbitkan ulang dari ",
        "dimuat ulang dari ",
    ];
    // "Reprinted with permission from the Hecate Strait Herald.", "Reproduced with the
    // permission of The Kingston Courant for staff reference only.": a copy's note opening with
    // its permission.
    const PERMISSION_CUES: &[&str] = &[
        "reprinted with permission from ",
        "reprinted with permission of ",
        "reprinted with the permission of ",
        "reprinted by permission of ",
        "reproduced with permission from ",
        "reproduced with permission of ",
        "reproduced with the permission of ",
        "reproduced by permission of ",
        "republished with permission from ",
        "republished with permission of ",
        "republished with the permission of ",
        "used with permission from ",
        "used with permission of ",
        "used with the permission of ",
        "dimuat ulang atas izin ",
        "diterbitkan ulang atas izin ",
    ];
    let lower = text.to_lowercase();
    // "(Reprinted with permission from …)": the note in brackets.
    let unbracketed = lower.trim_start_matches('(');
    let permission = PERMISSION_CUES.iter().any(|c| unbracketed.starts_with(*c));
    let feed = ["the post ", "artikel "]
        .iter()
        .any(|o| lower.starts_with(o));
    let note = [
        "this article ",
        "this story ",
        "this report ",
        "this piece ",
        "artikel ini ",
        "berita ini ",
        "tulisan ini ",
    ]
    .iter()
    .any(|o| lower.starts_with(o));
    let (at, cue) = CUES
        .iter()
        .chain(FEED_CUES.iter().filter(|_| feed))
        .chain(NOTE_CUES.iter().filter(|_| note))
        .chain(
            PERMISSION_CUES
                .iter()
                .filter(|c| unbracketed.starts_with(*c)),
        )
        .filter_map(|c| credits::find_cue(text, c, false).map(|i| (i, c.len())))
        .min()?;
    // The note opens with its cue ("This story was …", "Artikel ini …"); a sentence of the
    // story that mentions an earlier report goes on long before it.
    if !feed && text[..at].split_whitespace().count() > 5 || features(text).words > 40 {
        return None;
    }
    // "… telah tayang di suarasurakarta.id.": an outlet's domain may be written in lower case.
    let domain = |w: &str| {
        let w = w.trim_end_matches(['.', ',', ':', ';']);
        w.contains('.') && super::dateline::is_outlet(w)
    };
    let mut name: Vec<&str> = Vec::new();
    // "… from the Hecate Strait Herald": the article before the name is no part of it.
    let after = &text[at + cue..];
    let after = after.strip_prefix("the ").unwrap_or(after);
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    for (k, w) in words.iter().copied().enumerate() {
        let capital = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // "The Globe and Mail", "Bulletin of the Islands": a small word between capitals.
        let joins = ["and", "&", "of", "dan"].contains(&w)
            && !name.is_empty()
            && words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()));
        if !capital && !domain(w) && !joins {
            break;
        }
        name.push(w);
        // "… di suarasurakarta.id. Ikuti …": the stop after a domain ends the note's sentence,
        // as it does after a word ("… Strait Herald. Originally …"), not an initial ("St.").
        // "… in The Jeju Weekly, April 23, 2026": a comma ends the name before its date.
        let stop = w.ends_with('.') && (domain(w) || w.chars().count() > 3);
        if stop || w.ends_with(',') {
            break;
        }
    }
    // "Reproduced with permission from Carla Mendes, the 1962 photograph shows …": a story's
    // sentence goes on after the name; a note ends with it, or says what the copy is for.
    if permission && name.last().is_some_and(|w| w.ends_with(',')) {
        return None;
    }
    let name = name.join(" ");
    let name = name.trim_end_matches(['.', ',', ':', ';', ')']);
    (!name.is_empty()).then(|| name.to_string())
}

/// "Call Centre: 0111 820 111 | info@bccmw.gov.mw", "Telp. (0341) 551 271 · humas@malangkota.go.id":
/// a site's contact row, a telephone number beside a mail address, no sentence; and the label
/// over a release's contact block.
fn is_contact_row(text: &str, lower: &str) -> bool {
    let lower = lower.trim();
    // "Media contact:", "Narahubung:": the label over a release's contact block.
    if let Some(label) = lower.strip_suffix(':')
        && MEDIA_CONTACT.contains(&label.trim_start_matches("for ").trim())
    {
        return true;
    }
    // "By Jane Doe | jdoe@starnews.com | 910-343-2000" is a byline with the writer's contact.
    let credit = credits::opens_with_by(lower) || credits::role_cue(text).is_some();
    // A telephone number is a run of figures with spaces, dots, dashes or brackets inside it,
    // not the figures of a date or an address's.
    let phone = text
        .split(|c: char| !(c.is_ascii_digit() || " .-()+".contains(c)))
        .any(|run| run.chars().filter(char::is_ascii_digit).count() >= 7);
    holds_mail_address(text)
        && phone
        && !credit
        && text.split_whitespace().count() <= 14
        && !clean::ends_sentence(text)
}

/// "CONFIDENTIALITY NOTICE: This e-mail message … is for the sole use of the intended
/// recipient(s) …", "Email ini bersifat rahasia dan hanya ditujukan kepada penerima …": the
/// notice a sender's mail server sets under every message, no part of what it forwards.
fn is_mail_disclaimer(lower: &str) -> bool {
    const CUES: &[&str] = &[
        "intended recipient",
        "intended only for the",
        "sole use of the intended",
        "received this e-mail in error",
        "received this email in error",
        "received this message in error",
        "confidential and may be privileged",
        "penerima yang dimaksud",
        "hanya ditujukan kepada penerima",
        "hanya untuk penerima",
        "menerima email ini karena kesalahan",
        "menerima surel ini karena kesalahan",
    ];
    let mail = ["e-mail", "email", "message", "surel", "pesan"]
        .iter()
        .any(|w| lower.contains(w));
    mail && CUES.iter().any(|c| lower.contains(c))
}

/// "Milk River Ledger · 512 2nd Ave. S. · Glasgow, MT 59230", "Jl. Ahmad Yani Km 2 | Amuntai
/// 71411": a masthead's or a footer's address, its pieces parted by dots or bars, a street
/// among them and a postal code, no sentence.
fn is_address_row(text: &str) -> bool {
    static STREET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\d{1,5}[a-z]?\s+(?:\S+\s+){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|way|hwy|highway|pl|place)\.?(?:\s+[nsew]\.?)?|(?:jl|jln|jalan)\.?\s+\S.*)$")
            .unwrap()
    });
    static POSTAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[\s,])(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?$").unwrap());
    let pieces: Vec<&str> = text.split(['·', '|', '•']).map(str::trim).collect();
    pieces.len() >= 2
        && text.split_whitespace().count() <= 16
        && !clean::ends_sentence(text)
        && pieces.iter().any(|p| STREET.is_match(p))
        && pieces.iter().any(|p| POSTAL.is_match(p))
}

/// The labels over a release's contact for the press, in either language.
const MEDIA_CONTACT: &[&str] = &[
    "media contact",
    "media contacts",
    "media enquiries",
    "media inquiries",
    "kontak media",
    "narahubung",
];

/// "Assalamu'alaikum warahmatullahi wabarakatuh, Bapak/Ibu dosen …!", "Salam sejahtera,
/// Sivitas Akademika, Berikut rangkuman kegiatan kampus. Selamat membaca!", "Berikut tiga
/// kabar dari kampus pekan ini.": a newsletter greeting its readers over its stories, or
/// telling them what the issue holds. A greeting closes on a comma or a cry, or goes on to the
/// issue's contents; "Berikut daftar desa yang terendam:" opens a story's list.
fn is_newsletter_greeting(lower: &str, words: usize) -> bool {
    const GREETINGS: &[&str] = &[
        "assalamu'alaikum",
        "assalamu’alaikum",
        "assalamualaikum",
        "salam sejahtera",
        "salam hangat",
        "selamat pagi",
        "selamat siang",
        "selamat sore",
        "selamat malam",
        "yth.",
        "yang terhormat",
        "dear readers",
        "dear subscribers",
        "halo",
    ];
    // What the issue holds, as the greeting or the line after it tells: "Berikut kabar
    // pilihan …", "Berikut rangkuman kegiatan kampus …", "Selamat membaca".
    const CONTENTS: &[&str] = &[
        "berikut kabar",
        "berikut rangkuman",
        "selamat membaca",
        "here are this week",
        "in this issue",
    ];
    let lower = lower.trim();
    let this_issue = ["pekan ini", "minggu ini", "edisi ini"]
        .iter()
        .any(|w| lower.contains(w));
    // "… Berikut berita utama kampus pekan ini.": what follows, this week.
    let tells_contents =
        || CONTENTS.iter().any(|c| lower.contains(c)) || lower.contains("berikut") && this_issue;
    // "Selamat Pagi, Berikut Prakiraan Cuaca Jakarta Kamis" is a headline: it neither closes
    // on a comma or a cry nor tells an issue's contents.
    let greets = starts_with_any(lower, GREETINGS).is_some()
        && words <= 40
        && (lower.ends_with([',', '!']) || tells_contents());
    // "Berikut tiga kabar dari kampus pekan ini.": the issue's stories, this week; "Berikut
    // rangkuman hasil rapat paripurna, Senin (4/12)." is a story's sentence.
    let contents = lower.starts_with("berikut ")
        && words <= 25
        && (lower.contains("selamat membaca") || lower.contains("kabar") && this_issue);
    greets || contents
}

/// What a mail client and a page's consent or app banner put over a story, in either
/// language: a header field of the message ("Subject: …", "From: Name <a@b>", "To: a@b"), the
/// sender alone ("KBR.id <buletin@kbr.id>"), the client's labels ("Inbox", "kepada saya"), the
/// newsletter's "View this email in your browser", a cookie notice ("We use cookies …",
/// "Kami menggunakan cookie …", or one closing on its button), the site's account buttons
/// ("Login | Register"), an app's "Shared from the X app", and an app banner closed by its
/// order ("… di aplikasi X. Unduh Sekarang").
fn is_mail_furniture(text: &str, lower: &str, words: usize) -> bool {
    if let Some((label, rest)) = lower.split_once(':') {
        let label = label.trim();
        let field = |names: &[&str]| names.contains(&label) && !rest.trim().is_empty();
        if field(MAIL_SUBJECT_FIELDS)
            || field(MAIL_ADDRESS_FIELDS)
                && rest.contains('@')
                && rest.split_whitespace().count() <= 8
        {
            return true;
        }
    }
    if is_mail_client_line(text, lower, words) {
        return true;
    }
    const VIEW: &[&str] = &[
        "view this email in your browser",
        "view this email in a browser",
        "view this email online",
        "view in browser",
        "view in your browser",
        "view it in your browser",
        "view it in a browser",
        "view it online",
        "view online",
        "view as a web page",
        "lihat versi web",
        "lihat di browser",
        "lihat versi online",
        "buka di browser",
        "buka di peramban",
        "lihat di peramban",
        "tampilkan di browser",
    ];
    // "Having trouble viewing this email? View it in your browser", "Email tidak tampil
    // dengan benar? Lihat versi web": the offer may follow the question that asks for it.
    // The offer is a button's few words, no sentence: "Missed the meeting? View online
    // recordings at the city's website." is a story's.
    let offer = lower
        .rsplit_once('?')
        .map(|(_, after)| after.trim())
        .filter(|o| o.split_whitespace().count() <= 6 && !o.ends_with('.'))
        .unwrap_or(lower);
    if words <= 14
        && [lower, offer]
            .iter()
            .any(|l| starts_with_any(l, VIEW).is_some())
    {
        return true;
    }
    // "You are receiving this email because you signed up for …", "Anda menerima email ini
    // karena berlangganan …": a newsletter's footer tells its reader why the mail came, above
    // or below its address lines.
    const WHY_SENT: &[&str] = &[
        "you are receiving this",
        "you're receiving this",
        "you received this",
        "you have received this",
        "anda menerima",
        "kamu menerima",
    ];
    const MAIL_WORDS: &[&str] = &[
        "email",
        "e-mail",
        "mail",
        "message",
        "newsletter",
        "because",
        "surel",
        "pesan",
        "buletin",
    ];
    let why_sent = starts_with_any(lower, WHY_SENT).is_some_and(|at| {
        let mut rest = lower[at..].split_whitespace();
        let object = rest.next().unwrap_or("");
        // "Anda menerima email ini karena …": the Indonesian names the mail before "ini".
        let this = lower.starts_with("you") || rest.next() == Some("ini");
        this && MAIL_WORDS.contains(&object)
    });
    if words <= 40 && why_sent {
        return true;
    }
    const COOKIES: &[&str] = &[
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "our site uses cookies",
        "our website uses cookies",
        "kami menggunakan cookie",
        "situs ini menggunakan cookie",
        "website ini menggunakan cookie",
        "laman ini menggunakan cookie",
    ];
    // A banner speaks as the site about its cookies, or closes on its button; a story about
    // cookies does neither.
    let button = ["accept", "setuju", "agree", "ok", "got it", "terima"]
        .iter()
        .any(|b| lower.trim_end_matches(['.', '!', ' ']).ends_with(b));
    if words <= 45
        && (COOKIES.iter().any(|c| lower.starts_with(c)) || lower.contains("cookie") && button)
    {
        return true;
    }
    // The site's account buttons in a row ("Login | Register", "Masuk / Daftar").
    const ACCOUNT: &[&str] = &[
        "login",
        "log in",
        "sign in",
        "register",
        "sign up",
        "masuk",
        "daftar",
        "logout",
        "keluar",
        "subscribe",
        "langganan",
    ];
    let pieces: Vec<&str> = lower.split(['|', '/', '·']).map(str::trim).collect();
    if pieces.len() >= 2 && pieces.iter().all(|p| ACCOUNT.contains(p)) {
        return true;
    }
    // "Shared from the X app", "Dibagikan dari aplikasi X": the app's own line under a story
    // shared as text.
    if words <= 8
        && starts_with_any(
            lower,
            &["shared from", "sent from", "dibagikan dari", "dikirim dari"],
        )
        .is_some()
        && (lower.contains("app") || lower.contains("aplikasi"))
    {
        return true;
    }
    // "Created with OneNote.", "Dibuat dengan Evernote": the note app's own mark under a page,
    // a product's name after the words.
    if words <= 4
        && let Some(at) = starts_with_any(lower, &["created with", "dibuat dengan"])
        && text[at..].split_whitespace().count() == 1
        && text[at..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        return true;
    }
    // "A reader has shared an article from Karen News with you", "Check out this story from The
    // Advocate:": the share sheet's own line over a story sent as a message.
    const SHARED: &[&str] = &[
        "shared an article",
        "shared a story",
        "shared this article",
        "shared this story",
        "check out this story",
        "check out this article",
        "membagikan artikel",
        "membagikan berita",
    ];
    // A story's own sentence may share too ("tidak membagikan berita bohong", "his sister
    // shared a story"): the sheet's line opens with its call or addresses the reader.
    let to_the_reader = [
        "with you",
        "dengan anda",
        "kepada anda",
        "untuk anda",
        "dengan kamu",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let opens_call = lower.starts_with("check out this");
    if words <= 14 && SHARED.iter().any(|s| lower.contains(s)) && (to_the_reader || opens_call) {
        return true;
    }
    // "Read this article online: https://…", "This email was sent using the “Email a friend”
    // service": the share mail's own foot. A story's own sentence may say an email was sent
    // ("This email was sent to parents on Monday"): the foot names the service or the button
    // that sent it.
    const READ_ONLINE: &[&str] = &[
        "read this article online",
        "read the article online",
        "read this story online",
        "read the full article online",
    ];
    const SENT: &[&str] = &[
        "this email was sent",
        "this message was sent",
        "email ini dikirim",
        "pesan ini dikirim",
    ];
    let by_a_service = [
        "service",
        "layanan",
        "fitur",
        "feature",
        "button",
        "tombol",
        "email this",
        "email a friend",
    ]
    .iter()
    .any(|w| lower.contains(w));
    // "This email was sent to parents through the school's messaging service": a foot sends
    // to the reader, if it names a recipient at all.
    let sent_to_the_reader = SENT
        .iter()
        .find_map(|s| lower.strip_prefix(s))
        .is_some_and(|rest| {
            let rest = rest.trim_start();
            match rest
                .strip_prefix("to ")
                .or_else(|| rest.strip_prefix("kepada "))
            {
                Some(to) => {
                    let who = to.split_whitespace().next().unwrap_or("");
                    matches!(who.trim_end_matches([',', '.']), "you" | "anda" | "kamu")
                        || who.contains('@')
                }
                None => true,
            }
        });
    if words <= 30
        && (starts_with_any(lower, READ_ONLINE).is_some()
            || starts_with_any(lower, SENT).is_some() && by_a_service && sent_to_the_reader)
    {
        return true;
    }
    // An app banner: a line naming the app whose last phrase, after a stop, is its order
    // ("… hemat kuota di aplikasi Telisik.id. Unduh Sekarang").
    if words <= 30
        && (lower.contains("aplikasi") || lower.contains(" app"))
        && let Some((_, last)) = lower.trim_end_matches(['.', '!']).rsplit_once(". ")
        && last.split_whitespace().count() <= 3
        && starts_with_any(last, CALLS_TO_ACTION).is_some()
    {
        return true;
    }
    false
}

/// A mail client's own line over a message: the sender as it shows it (a name and its
/// address in angle brackets, or the address alone) or a folder or recipient label ("Inbox",
/// "Kotak Masuk", "to me", "kepada saya").
fn is_mail_client_line(text: &str, lower: &str, words: usize) -> bool {
    let address = text.contains('@') && !text.contains(char::is_whitespace)
        || text.contains('<') && text.contains('@') && text.trim_end().ends_with('>');
    address && words <= 6 && !credits::opens_with_by(lower) || MAIL_LABELS.contains(&lower.trim())
}

/// The labels of a mail header's fields, in either language: its subject, the addresses it
/// names, and the time it was sent.
pub(super) const MAIL_SUBJECT_FIELDS: &[&str] = &["subject", "subjek", "perihal"];
pub(super) const MAIL_ADDRESS_FIELDS: &[&str] =
    &["from", "to", "cc", "bcc", "reply-to", "dari", "kepada"];
pub(super) const MAIL_DATE_FIELDS: &[&str] = &["sent", "date", "tanggal", "terkirim"];

/// A mail client's folder and recipient labels.
pub(super) const MAIL_LABELS: &[&str] = &["inbox", "kotak masuk", "to me", "kepada saya", "me"];

/// A message opened in a mail client starts with its subject, with the client's folder label
/// or the sender right under it: that first line is the mail's, not the story's headline.
pub(super) fn is_mail_subject(lines: &[Line], i: usize) -> bool {
    i == 0
        && lines.first().is_some_and(|l| features(&l.text).words <= 25)
        && lines.iter().skip(1).take(2).any(|l| {
            let lower = l.text.to_lowercase();
            is_mail_client_line(&l.text, &lower, features(&l.text).words)
        })
}

/// The subject of a message opened in a mail client is noise (`is_mail_subject`).
/// "Silt raking" right over "From Page 1": the jump head an inside page sets over the rest of
/// a story, a short line without a stop, is the jump's, not a subheading; so is the page's
/// running head between the two jumps.
fn jump_heads(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for i in 1..lines.len() {
        let short = |t: &str| {
            let f = features(t);
            f.words <= 6 && !f.ends_stop
        };
        if clean::page_jump(&lines[i].text) != Some(clean::Jump::Back) {
            continue;
        }
        if kinds[i - 1].is_none() && short(&lines[i - 1].text) {
            kinds[i - 1] = Some(Kind::PageMarker);
        }
        // Between "Continued Page 4" and "From Page 1" only the inside page's running head
        // stands ("4 NEWS The Examiner Wednesday, November 26, 2025").
        let onward = (i.saturating_sub(4)..i)
            .rev()
            .find(|&j| clean::page_jump(&lines[j].text) == Some(clean::Jump::Onward));
        for j in onward.map_or(i..i, |o| o + 1..i) {
            if kinds[j].is_none() && !is_prose(&lines[j].text) {
                kinds[j] = Some(Kind::PageMarker);
            }
        }
    }
}

/// "--" alone on its line, then "Dewi Kartikasari" / "Bagian Umum | Kantor Cabang Samarinda":
/// the mark a mail client sets over its sender's signature, and the short lines right under
/// it (no blank between, none a sentence) are that signature, not a headline or a story's line.
fn mail_signature(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for i in 0..lines.len() {
        if lines[i].text != "--" || kinds[i].is_some() {
            continue;
        }
        kinds[i] = Some(Kind::Promo);
        let mut j = i + 1;
        while j < lines.len()
            && j <= i + 4
            && kinds[j].is_none()
            && !lines[j].gap_before
            && features(&lines[j].text).words <= 8
            && !features(&lines[j].text).ends_stop
        {
            kinds[j] = Some(Kind::Promo);
            j += 1;
        }
    }
}

/// "Kepala Stasiun Klimatologi NTT," / "ttd." / "RAHMATTULLOH ADJI, S.Si., M.Si." / "NIP …":
/// the signing block under an office's letter or bulletin. The mark that the original was
/// signed ("ttd.", "(signed)", "Sgd."), alone on its line, the office over it (a short line with
/// no stop, often closed by a comma) and the signer's name under it (a short line, degrees and
/// all) with the staff number after it are the document's, not the story's; so is the line
/// naming where and when it was signed, right over the office.
fn signing_block(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let short = |t: &str, most: usize| (1..=most).contains(&features(t).words);
    for i in 0..lines.len() {
        if !clean::signed_mark(&lines[i].text) {
            continue;
        }
        kinds[i] = Some(Kind::Promo);
        // The office over the mark, and where and when over the office.
        let mut j = i;
        while j > 0 && j + 2 >= i && !lines[j].gap_before {
            let t = &lines[j - 1].text;
            let f = features(t);
            if kinds[j - 1].is_some() || !short(t, 10) || f.ends_stop {
                break;
            }
            kinds[j - 1] = Some(Kind::Promo);
            j -= 1;
        }
        // The signer's name, then a staff number ("NIP 1979…", "NRP …").
        let mut k = i + 1;
        while k < lines.len() && k <= i + 2 && !lines[k].gap_before && kinds[k].is_none() {
            let t = &lines[k].text;
            let number = t.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches([':', '.']).to_lowercase().as_str(),
                    "nip" | "nrp" | "nik" | "nidn"
                )
            }) && t.chars().any(|c| c.is_ascii_digit());
            let name = k == i + 1 && short(t, 8) && t.starts_with(|c: char| c.is_uppercase());
            if !(name || number) {
                break;
            }
            kinds[k] = Some(Kind::Promo);
            k += 1;
        }
    }
}

fn mail_header(lines: &[Line], kinds: &mut [Option<Kind>]) {
    if kinds.first() == Some(&None) && is_mail_subject(lines, 0) {
        kinds[0] = Some(Kind::Promo);
    }
}

/// "Promosi: …", "Tag: QRIS | Bank Indonesia", "Keywords: a, b": a label that says the line is
/// an advertisement, or a list of topics rather than a sentence.
/// "● Revisi #3 (terbaru) — Rabu, 21 Januari 2026 14.02 WITA — oleh … — Status: Terbit",
/// "Revision 2 — Nov 3, 2025 — by …", "Catatan revisi: …", "Riwayat revisi: 3 versi | …": a
/// content system's revision history, an entry's header (a revision's or a version's number,
/// with when, who or its status) or its labelled note, is the system's, never the story's.
fn is_revision_entry(lower: &str) -> bool {
    const WORDS: &[&str] = &["revisi", "revision", "versi", "version"];
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let labelled = t.split_once(':').is_some_and(|(label, _)| {
        let label: Vec<&str> = label.split_whitespace().collect();
        matches!(
            label.as_slice(),
            ["catatan" | "riwayat", w] | [w, "note" | "notes" | "history"] if WORDS.contains(w)
        )
    });
    let numbered = WORDS.iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start().trim_start_matches('#');
            rest.starts_with(|c: char| c.is_ascii_digit())
        })
    });
    let described = [" oleh ", " by ", "status:", " — ", " | "]
        .iter()
        .any(|m| t.contains(m));
    labelled || numbered && described && !datefind::find_all(t, false).is_empty()
}

fn is_labelled_noise(lower: &str) -> bool {
    let Some((label, rest)) = lower.split_once(':') else {
        return false;
    };
    let label = label.trim();
    let ad = [
        "promosi",
        "promo",
        "iklan",
        "advertorial",
        "sponsored",
        "advertisement",
        "ads",
    ];
    let topics = [
        "tag",
        "tags",
        "topik",
        "topic",
        "topics",
        "keywords",
        "kata kunci",
    ];
    // "Tags / Keywords: …": a label may name itself twice.
    let is = |list: &[&str]| {
        label
            .split(['/', '|', '&'])
            .any(|l| list.contains(&l.trim()))
    };
    // "TERKINI: Jalur Wonosari–Baron Ditutup | Telaga Kemuning Kembali Terisi", "Trending: … •
    // …": a ticker, a rank's label over two headlines or more set apart by bars or bullets.
    // "Breaking:" and "Latest:" head a story's own headline or a live update (`is_rank_label`).
    let ticker = || {
        dateline::is_rank_label(label)
            && rest
                .split(['|', '•', '·'])
                .filter(|h| h.split_whitespace().count() >= 3)
                .count()
                >= 2
    };
    // "POLL: Should the council move the whole market at once?": a page's poll asks its readers.
    let poll = [
        "poll",
        "reader poll",
        "polling",
        "jajak pendapat",
        "quick poll",
    ];
    is(&ad)
        || is(&topics)
            && (rest.split(['|', ',']).count() >= 2 || rest.split_whitespace().count() <= 3)
        || ticker()
        || is(&poll) && rest.trim_end().ends_with('?')
}

/// The words a pager writes beside its page numbers: the page itself and the way to the next
/// or the previous one, in either language.
const PAGER_WORDS: &[&str] = &[
    "halaman",
    "hal",
    "hlm",
    "page",
    "pages",
    "laman",
    "next",
    "previous",
    "prev",
    "selanjutnya",
    "sebelumnya",
    "berikutnya",
    "first",
    "last",
    "pertama",
    "terakhir",
    "older",
    "newer",
];

/// "Halaman 1 2 Selanjutnya", "1   2   Next ›", "‹ Previous   1   2", "« Sebelumnya
/// Berikutnya »": a pager, a line of nothing but page numbers in rising order, the page word
/// and the words and arrows that lead to the next or the previous page. At least one such word
/// stands in it, and when no number does, two (a lone "Next" is PAGE_MARKER's).
fn is_pager(lower: &str) -> bool {
    let mut words = 0;
    let mut numbers: Vec<u32> = Vec::new();
    for token in lower.split_whitespace() {
        let bare = token.trim_matches(|c: char| "‹«<>»›|·…:.-–".contains(c));
        if bare.is_empty() {
            continue;
        }
        if PAGER_WORDS.contains(&bare) {
            words += 1;
        } else if bare.len() <= 3 && bare.chars().all(|c| c.is_ascii_digit()) {
            numbers.push(bare.parse().unwrap_or(0));
        } else {
            return false;
        }
    }
    let rising = numbers.windows(2).all(|w| w[0] < w[1]);
    words >= 1 && rising && (numbers.len() >= 2 || numbers.is_empty() && words >= 2)
}

/// "Foto 3 dari 8", "Photo 1 of 12", "Slide 2/5", "4 of 9": a gallery's or a slide show's
/// counter, one picture's number out of all of them, alone on its line.
fn is_counter(lower: &str) -> bool {
    static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:foto|photo|gambar|image|picture|slide|galeri|gallery)\s+(?:ke-?\s*)?(?P<a>\d{1,3})\s*(?:dari|of|/)\s*(?P<b>\d{1,3})|(?P<c>\d{1,3})\s+(?:dari|of)\s+(?P<d>\d{1,3}))$").unwrap()
    });
    COUNTER.captures(lower.trim()).is_some_and(|c| {
        let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
        let (a, b) = (n("a").or(n("c")), n("b").or(n("d")));
        matches!((a, b), (Some(a), Some(b)) if a >= 1 && a <= b)
    })
}

/// "4 | Kamis, 4 Desember 2025 | Halaman 5", "Page 7 | December 4, 2025": a printed page's
/// running header, its pieces parted by bars: a page number ("Halaman 5", "Page 7", a bare
/// number) and short pieces of a date, an outlet or a rubric, no sentence among them.
pub(super) fn is_page_header(text: &str) -> bool {
    let pieces: Vec<&str> = text.split('|').map(str::trim).collect();
    let page = |p: &&str| {
        PAGE_MARKER.is_match(p)
            || !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit())
    };
    pieces.len() >= 2
        && pieces.iter().any(|p| PAGE_MARKER.is_match(p))
        && pieces.iter().all(|p| {
            page(p) || date_residue(p).is_some() || {
                let f = features(p);
                (1..=5).contains(&f.words) && !f.ends_stop
            }
        })
}

/// "Halaman 1 dari 2      02/12/2026 09.03", "Page 3 of 5   12/2/26, 9:03 AM": the count a
/// browser prints at the foot or the head of a printed page, a page's number out of all of
/// them followed by nothing but the date and time of printing.
fn is_printed_page_count(text: &str) -> bool {
    static COUNT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:halaman|page|hal\.?|hlm\.?)\s+(\d{1,3})\s*(?:dari|of|/)\s*(\d{1,3})\s+(\S.*)$")
            .unwrap()
    });
    let Some(c) = COUNT.captures(text.trim()) else {
        return false;
    };
    let (n, of): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
    let rest = c[3].trim();
    let stamp = rest.chars().any(|ch| ch.is_ascii_digit())
        && rest.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',').to_lowercase();
            w.chars()
                .all(|ch| ch.is_ascii_digit() || "/.:-".contains(ch))
                || matches!(
                    w.as_str(),
                    "am" | "pm" | "a.m." | "p.m." | "wib" | "wita" | "wit"
                )
        });
    (1..=of).contains(&n) && stamp
}

/// "Dilarang mengambil … tanpa seizin redaksi", "This article may not be republished without
/// permission", "Our stories may be republished for free", "Republish this article: …",
/// "Berita ini boleh dimuat ulang dengan menyebut sumbernya": the outlet's terms of reuse,
/// forbidding it or granting it.
fn is_reuse_notice(lower: &str) -> bool {
    if grants_reuse(lower) {
        return true;
    }
    let forbids = lower.starts_with("dilarang")
        || lower.contains("may not be")
        || lower.contains("all rights reserved");
    let permission = ["izin", "permission", "rights reserved"]
        .iter()
        .any(|w| lower.contains(w));
    let content = [
        "artikel", "konten", "berita", "article", "content", "material", "story",
    ]
    .iter()
    .any(|w| lower.contains(w));
    forbids && permission && content
}

/// "Our stories may be republished online or in print under Creative Commons license …",
/// "Republish this article: …", "Artikel ini boleh dimuat ulang …": a line of at most 40 words
/// that grants the reader leave to republish what the outlet prints (its stories, articles,
/// content) — a licence, never the story's sentence, which reports such leave in the third
/// person ("the council said the photos may be republished") and names no "our" or "this".
fn grants_reuse(lower: &str) -> bool {
    const GRANTS: &[&str] = &[
        "may be republished",
        "may be reprinted",
        "may be reproduced",
        "can be republished",
        "free to republish",
        "republish this article",
        "republish this story",
        "republish under",
        "boleh dimuat ulang",
        "boleh diterbitkan ulang",
        "boleh dipublikasikan ulang",
        "dapat dimuat ulang",
        "bebas memuat ulang",
    ];
    const OURS: &[&str] = &[
        "our stories",
        "our articles",
        "our content",
        "our journalism",
        "this article",
        "this story",
        "articles may",
        "stories may",
        "republish this",
        "republish under",
        "artikel ini",
        "berita ini",
        "konten kami",
        "artikel kami",
        "berita kami",
    ];
    lower.split_whitespace().count() <= 40
        && GRANTS.iter().any(|g| lower.contains(g))
        && OURS.iter().any(|o| lower.contains(o))
}

/// "Berita ini dimuat ulang … untuk keperluan informasi", "Ringkasan ini disusun … untuk keperluan
/// internal", "For staff use only": the carrier's word on who its copy is for (an institution
/// republishing or clipping a story), never the story's — at most 30 words.
fn is_circulation_notice(lower: &str, words: usize) -> bool {
    const FOR_WHOM: &[&str] = &[
        "untuk keperluan internal",
        "untuk keperluan informasi",
        "untuk kalangan sendiri",
        "untuk kalangan terbatas",
        "for internal use",
        "internal use only",
        "for staff use only",
        "for information purposes",
        "for informational purposes",
        "not for distribution",
    ];
    words <= 30 && FOR_WHOM.iter().any(|c| lower.contains(c))
}

/// "Catatan Analis: Pemberitaan positif …", "Our take: The release is welcome …", "[Note]
/// Compare with …": the comment a clipping service, a brief or a researcher's tool sets beside
/// the story it carries, under a label that speaks for the carrier.
fn is_carriers_comment(lower: &str) -> bool {
    const LABELS: &[&str] = &[
        "catatan analis",
        "catatan kami",
        "komentar kami",
        "tanggapan kami",
        "analyst note",
        "analyst's note",
        "analyst comment",
        "our take:",
        "our view:",
        "[note]",
        "[catatan]",
    ];
    LABELS.iter().any(|l| lower.starts_with(l))
}

/// "BenarNews is an RFA-affiliated online news service.", "Kompas.com merupakan …": the outlet
/// describing itself.
fn describes_outlet(text: &str, words: usize) -> bool {
    words <= 25
        && [" is an ", " is a ", " adalah ", " merupakan "]
            .iter()
            .filter_map(|verb| text.split_once(verb))
            .any(|(subject, _)| {
                subject.split_whitespace().count() <= 3 && dateline::is_outlet(subject)
            })
}

/// "You have 3 free articles remaining this month. Subscribe for unlimited access.", "… needs
/// your support to keep telling stories. Subscribe today.": a line of at most 25 words, quoting
/// no one, one of whose sentences opens with the order to subscribe, that speaks of what the
/// page sells — its articles, stories, access, journalism, e-paper — or asks for it today or
/// now: the page's pitch, wherever it stands.
fn urges_subscribing(lower: &str, words: usize) -> bool {
    const SOLD: &[&str] = &[
        "article",
        "articles",
        "artikel",
        "access",
        "akses",
        "stories",
        "story",
        "berita",
        "journalism",
        "jurnalisme",
        "reporting",
        "newsletter",
        "buletin",
        "epaper",
        "e-paper",
        "today",
        "now",
        "sekarang",
    ];
    if !(3..=25).contains(&words) || lower.contains(['"', '“', '”']) {
        return false;
    }
    // "Don't miss the latest from … - sign up to our newsletter": a dash parts the pitch's
    // clauses as a stop does, and "sign up" orders as "subscribe" does.
    let orders = lower
        .split_inclusive(['.', '?', '!', '–', '—'])
        .flat_map(|sentence| sentence.split(" - "))
        .any(|sentence| {
            let mut words = sentence
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            let first = words.next().unwrap_or("");
            ["subscribe", "berlangganan"].contains(&first)
                || first == "sign" && words.next() == Some("up")
        });
    orders && bare_words(lower).any(|w| SOLD.contains(&w.as_str()))
}

/// "Don't miss out on the headlines from Geelong. Followed categories will be added to My
/// News.", "Jangan lewatkan berita terbaru dari …": a line of at most 25 words, quoting no one,
/// that tells the reader not to miss the page's headlines or news, or that what they follow
/// goes to their own feed: the page's prompt to follow a topic.
fn prompts_following(lower: &str, words: usize) -> bool {
    if !(4..=25).contains(&words) || lower.contains(['"', '“', '”']) {
        return false;
    }
    let lower = lower.replace('’', "'");
    let dont_miss = ["don't miss out on", "jangan lewatkan", "jangan ketinggalan"]
        .iter()
        .any(|c| lower.starts_with(c))
        && ["headlines", "the latest", "berita", "update"]
            .iter()
            .any(|w| lower.contains(w));
    let feed = lower.contains("followed categories") || lower.contains("will be added to my ");
    dont_miss || feed
}

/// "Kamu Sudah Menonton Video Terbaru Berikut ini?", "Have you watched our latest video?": a
/// line that turns to the reader about the outlet's videos or channels.
fn addresses_reader(lower: &str, words: usize) -> bool {
    let you = || {
        lower.split_whitespace().any(|w| {
            ["kamu", "anda", "you", "your", "kalian"]
                .contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
    };
    let media = || {
        ["video", "menonton", "watch", "podcast"]
            .iter()
            .any(|w| lower.contains(w))
            || CHANNELS.iter().any(|c| lower.contains(c))
    };
    // A question to the reader, or no sentence at all: "Anda bisa menonton … kata panitia." is text.
    let turned = || lower.trim_end().ends_with('?') || !is_prose(lower);
    words <= 14 && you() && media() && turned()
}

/// Whether `text` holds a telephone number: seven figures or more.
fn holds_phone_number(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= 7
}

/// Whether a word of `text` is a mail address: a name, "@", a host with a stop in it (a
/// sentence's own stop after it aside).
fn holds_mail_address(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        w.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.trim_end_matches('.').contains('.')
        })
    })
}

/// "We welcome your comments at letters@x.in.", "Kirim tulisan Anda ke redaksi@x.id": a short
/// sentence giving an email address in which the page speaks as "we" or to "you". A source
/// giving an address is reported, after a comma ("…, the mayor said") or in quotes.
fn gives_outlet_address(lower: &str, words: usize) -> bool {
    let address = holds_mail_address(lower);
    let words_in = |set: &[&str]| {
        lower
            .split_whitespace()
            .any(|w| set.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    // "You can reach the council at …", "Kirim laporan Anda ke posko@…": a story tells its
    // reader where to turn too; the page speaks as "we", or asks for what a newsroom is sent.
    let page = words_in(&["we", "our", "us", "kami"]);
    let sent_to_newsroom = words_in(&["you", "your", "anda", "kamu"])
        && words_in(&[
            "comment", "comments", "letter", "letters", "tip", "tips", "story", "stories",
            "feedback", "redaksi", "tulisan", "artikel", "opini", "berita", "komentar",
        ]);
    // "Have a news tip? Call the 7XS newsroom on 6471 1234.": the page sends its reader to its
    // own newsroom, by mail or by telephone.
    let number = holds_phone_number(lower);
    // A story may tell of its newsroom and a number ("phoned to the newsroom from … 4690
    // 9300"); the page asks for tips.
    let newsroom = words_in(&["newsroom", "newsdesk", "redaksi"])
        && words_in(&["tip", "tips", "idea", "ideas"])
        && (address || number);
    // "Media contact: Communications and Marketing, 1300 972 753, media@…": a release's
    // contact for the press, under the story.
    let media_contact = MEDIA_CONTACT.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    }) && (address || number);
    media_contact
        || words <= 20
            && (address && (page || sent_to_newsroom) || newsroom)
            && !lower.contains([',', '"', '“', '”'])
}

/// "Nolan Herreid can be reached at (509) 459-5xxx or at nolanh@spokesman.com.", "Contact her
/// at kmendoza@bspr.example.": a line of nothing but the writer's contact, each sentence naming
/// whom to reach (a name, a pronoun, "the writer") and how, with an address or a number. "The
/// hotline can be reached at 112." is the story's: a thing, not a person, is reached there.
fn gives_writers_contact(text: &str, words: usize) -> bool {
    let text = text.trim_start_matches(['•', '*', '-', ' ']);
    let address = holds_mail_address(text);
    let number = holds_phone_number(text);
    let contact = |sentence: &str| {
        let lower = sentence.to_lowercase();
        let reached = [
            " can be reached ",
            " may be reached ",
            " can be contacted ",
            " may be contacted ",
            " can be emailed ",
            " bisa dihubungi ",
            " dapat dihubungi ",
        ]
        .iter()
        .find_map(|v| lower.find(v));
        if let Some(at) = reached {
            // "Nolan Herreid", "Noelani Baptiste, reporter,", "She": whom to reach.
            let who = sentence[..at].split(',').next().unwrap_or("").trim();
            return [
                "she",
                "he",
                "they",
                "the writer",
                "the author",
                "the reporter",
            ]
            .contains(&who.to_lowercase().as_str())
                || (2..=4).contains(&who.split_whitespace().count())
                    && super::credits::is_name(who);
        }
        let mut w = lower.split_whitespace();
        let (verb, whom) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
        // "Contact Alan Okafor at …", "Email Leilani Ferreira-Nakoa at …": the writer by name.
        let named = || {
            let after_verb = sentence.split_once(' ').map_or("", |(_, rest)| rest);
            after_verb.split_once(" at ").is_some_and(|(who, _)| {
                (2..=4).contains(&who.split_whitespace().count()) && super::credits::is_name(who)
            })
        };
        ["contact", "reach", "email", "e-mail"].contains(&verb)
            && (["him", "her", "them"].contains(&whom)
                || whom == "the"
                    && w.next()
                        .is_some_and(|n| ["writer", "author", "reporter"].contains(&n))
                || named())
    };
    // Sentences part at a stop before a capital: "… 413-772-0261, ext. 263." is one.
    let mut sentences = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(". ") {
        if text[at + 2..].starts_with(char::is_uppercase) {
            sentences.push(&text[from..at]);
            from = at + 2;
        }
    }
    sentences.push(&text[from..]);
    words <= 30
        && (address || number)
        && sentences
            .into_iter()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .all(contact)
}

/// "Your email address will not be published.", "Comments are moderated and will be posted if
/// on topic.", "Komentar Anda tidak akan ditampilkan", "Comments are closed on this article.":
/// the comment form's rules or state, a sentence whose subject is what the reader writes in,
/// and that says what the page will do with it or that it takes none.
fn rules_for_comments(lower: &str, words: usize) -> bool {
    let mut opening = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let (first, second) = (opening.next().unwrap_or(""), opening.next().unwrap_or(""));
    // The subject is the reader's own writing ("Your email address", "Comments are", "Komentar
    // Anda"): "Comments from the public …", "Email records …", "Komentar Wali Kota …" are
    // someone's in the story, and a reported sentence names its speaker after a comma.
    let subject = match first {
        "your" => ["email", "e-mail", "comment", "comments", "name"].contains(&second),
        "comments" | "comment" | "komentar" | "email" | "e-mail" | "surel" => [
            "are",
            "is",
            "will",
            "may",
            "must",
            "akan",
            "tidak",
            "anda",
            "harus",
            "wajib",
            "ditutup",
            "dinonaktifkan",
        ]
        .contains(&second),
        _ => false,
    } && !lower.contains(',');
    let page_will = [
        "moderat",
        "will not be",
        "won't be",
        "will be posted",
        "will be published",
        "tidak akan",
        "akan ditampilkan",
        "akan dipublikasikan",
        "closed",
        "disabled",
        "ditutup",
        "dinonaktifkan",
    ]
    .iter()
    .any(|w| lower.contains(w));
    words <= 25 && subject && page_will && !lower.contains(['"', '“'])
}

/// "You must be logged in to post a comment", "Join the conversation: log in to comment.",
/// "Click any reaction to login.", "Silakan login untuk berkomentar": the comment form's gate,
/// a short line that ties signing in to the reader's own reply (a comment, a reaction). A story
/// line that mentions logging in says who logged in and what for, with a speaker or quote.
fn asks_sign_in_to_respond(lower: &str, words: usize) -> bool {
    const SIGN_IN: &[&str] = &[
        "log in",
        "logged in",
        "login",
        "log-in",
        "sign in",
        "signed in",
        "masuk ke akun",
        "masuk akun",
    ];
    const RESPOND: &[&str] = &[
        "comment",
        "react",
        "reply",
        "komentar",
        "reaksi",
        "tanggapan",
        "menanggapi",
    ];
    words <= 12
        && SIGN_IN.iter().any(|s| lower.contains(s))
        && RESPOND.iter().any(|r| lower.contains(r))
        && !lower.contains(['"', '“', '”'])
        && ![" said", " says", " kata", " ujar", " ucap"]
            .iter()
            .any(|v| lower.contains(v))
}

/// "READ Remittances hit record $3.1b in February", "BACA Harga Cabai Turun": a related-links
/// cue shouted without its colon, with a headline after it (no stop closes it).
fn shouted_related_cue(text: &str) -> bool {
    let Some((word, rest)) = text.split_once(' ') else {
        return false;
    };
    ["READ", "BACA", "LIHAT", "SIMAK"].contains(&word)
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.chars().all(|c| !c.is_lowercase())
        && headline::is_headline(rest)
}

/// Verbs a page uses to send its reader somewhere: to donate, report, sign up, comment.
const READER_IMPERATIVES: &[&str] = &[
    "click",
    "klik",
    "tap",
    "support",
    "become",
    "download",
    "get",
    "unduh",
    "jadilah",
    "donate",
    "report",
    "sign up",
    "subscribe",
    "keep",
    "tell",
    "send",
    "dukung",
    "donasi",
    "laporkan",
    "kirim",
    "daftar",
    "berlangganan",
    "bantu",
    "listen",
    "dengarkan",
    "advertise",
    "pasang iklan",
    "join",
    "gabung",
    "bergabunglah",
    "follow",
    "like",
    "ikuti",
    "share",
    "bagikan",
];
/// What such a line is about: the page and its service, not the story.
const READER_SERVICES: &[&str] = &[
    " app ",
    " app.",
    "aplikasi",
    "member",
    "anggota",
    "comment",
    "komentar",
    "newsletter",
    "inbox",
    "mistake",
    "error",
    "typo",
    "kesalahan",
    "journalism",
    "jurnalisme",
    "donat",
    "donasi",
    "this article",
    "artikel ini",
    "berita ini",
    // The page pointing at itself: "click here", "the full interview", "advertise with".
    " here",
    "di sini",
    "tautan",
    "the full ",
    "selengkapnya",
    "advertise with",
    "pasang iklan",
];

/// "* * *", "- - -", "•••": a break drawn between sections or between two stories, two marks
/// or more and no word, is no text (a rule across the page is read apart; a lone mark, "•"
/// over an item on the next line, "☰", is left to the other rules).
fn is_ornament(text: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).count() >= 2
        && !text.chars().any(char::is_alphanumeric)
        && !clean::is_rule(text)
}

/// "MK/TC/GM": a wire desk's initials (writer, editor, sub-editor) alone on a line under the
/// story, three groups or more of two to three capitals joined by slashes.
fn is_desk_codes(text: &str) -> bool {
    let groups: Vec<&str> = text.trim().split('/').collect();
    groups.len() >= 3
        && groups
            .iter()
            .all(|g| (2..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_uppercase()))
}

/// "(c) 2025 Trubus. Hak cipta dilindungi.": a "(c)" standing for the copyright sign, before
/// the year or beside the rights phrase. A list's third item ("(c) pembayaran nontunai …",
/// "(c) the operator must …") is text.
fn is_c_in_brackets_copyright(original: &str, lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("(c) ") else {
        return false;
    };
    let is_year = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
    };
    let year = rest.split_whitespace().next().is_some_and(is_year);
    // "(c) Malawi News Agency 2026. For subscribers only.": the holder's name, then the year
    // (the line is lower-cased here: the name is read from the original's capitals).
    let holder_then_year = original.strip_prefix("(c) ").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        words.iter().position(|w| is_year(w)).is_some_and(|at| {
            at >= 1
                && words[..at]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
        })
    });
    year || holder_then_year
        || ["all rights", "rights reserved", "hak cipta"]
            .iter()
            .any(|p| rest.contains(p))
}

/// A sentence opening with one of the orders a page gives its reader ("Subscribe …", "Ikuti …").
pub(super) fn opens_with_reader_order(lower: &str) -> bool {
    starts_with_any(lower, READER_IMPERATIVES).is_some()
}

/// The outlet speaking as itself to the reader: "Subscribe to support our reporting." A
/// clause after a comma ("Support for our plan grew, the mayor said.") is someone reported.
fn speaks_as_outlet(sentence: &str) -> bool {
    !sentence.contains(',')
        && sentence.split_whitespace().any(|w| {
            ["our", "us", "kami"].contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// "Found a mistake in this article? Report it to us.", "Donate to X today.", "Comments will be
/// moderated. Keep comments relevant…": a sentence opening with an imperative sends the reader
/// to the page's own services. Reported text is in the third person, and quoted orders open
/// with a quotation mark.
fn asks_reader(lower: &str, words: usize) -> bool {
    // An order may follow a dash or "or" inside the sentence: "Stay informed with X —
    // subscribe to our digital edition.", "Like us on Facebook or follow us on X".
    let sentences: Vec<&str> = lower
        .split_inclusive(['.', '?', '!', ';'])
        .flat_map(opening_and_closing_clauses)
        .map(str::trim)
        .collect();
    let about_page = |s: &str| READER_SERVICES.iter().any(|w| s.contains(w)) || speaks_as_outlet(s);
    // The order is short and about the page itself, or answers a question about it ("Found a
    // mistake? Report it."): "Support for the plan grew." opens a sentence, not an order.
    let order = |i: usize| {
        let s = sentences[i];
        starts_with_any(s, READER_IMPERATIVES).is_some()
            && s.split_whitespace().count() <= 12
            && (about_page(s)
                || i > 0 && sentences[i - 1].ends_with('?') && about_page(sentences[i - 1]))
    };
    // "PHOTO GALLERY (CLICK TO ENLARGE)": an instruction in brackets works the page.
    let bracketed_order = ["(click", "(klik", "(tap"]
        .iter()
        .any(|o| lower.contains(o));
    words <= 40 && ((0..sentences.len()).any(order) || words <= 8 && bracketed_order)
}

/// A sentence's first clause and, after a dash or "or", its last: an order to the reader opens
/// the sentence or closes it. A clause between two dashes is an aside of the story's own
/// ("Small ports — like us here in Lae — have waited years").
fn opening_and_closing_clauses(sentence: &str) -> Vec<&str> {
    let clauses: Vec<&str> = sentence
        .split(" — ")
        .flat_map(|s| s.split(" – "))
        .flat_map(|s| s.split(" or "))
        .flat_map(|s| s.split(" atau "))
        .collect();
    match clauses.as_slice() {
        [] => Vec::new(),
        [only] => vec![only],
        [first, .., last] => vec![first, last],
    }
}

fn is_caption(text: &str, lower: &str) -> bool {
    if starts_with_any(
        lower,
        &[
            "foto",
            "photo",
            "ilustrasi",
            "sumber gambar",
            "keterangan gambar",
            "image",
            "caption",
            "gambar",
        ],
    )
    .is_some_and(|n| lower[n..].trim_start().starts_with([':', '.', ',']))
    {
        return true;
    }
    // "Banner image: …", "Top photo: …", "Foto utama: …": the photo word qualified by one more.
    if let Some((label, _)) = lower.split_once(':')
        && label.split_whitespace().count() == 2
        && label
            .split_whitespace()
            .any(|w| ["foto", "photo", "image", "gambar", "picture"].contains(&w))
    {
        return true;
    }
    if PHOTO_CREDIT.is_match(text)
        || SOURCE_CREDIT.is_match(text) && features(text).words <= 40
        || PHOTO_BY_AFTER_DASH
            .find(text)
            .is_some_and(|m| (5..=40).contains(&features(&text[..m.start()]).words))
        || names_photographer(text)
        || is_picture_agency(text, lower)
        || credit_tail(text)
        || is_bare_picture_source(lower)
    {
        return true;
    }
    // "Dr Sim (third left) is briefed on the bunker.": a description naming where people stand
    // in the picture is a caption, credited or not; prose does not point at a picture. A
    // caption opens with no dateline: "BERLIN - … (left) …" is the lead.
    if PICTURE_POSITION
        .find(text)
        .is_some_and(|m| after_a_person(&text[..m.start()]))
        && features(text).words <= 40
        && !text.contains(['"', '“', '”'])
        && dateline::parse(text).is_none()
    {
        return true;
    }
    PHOTO_BRACKET.captures(text).is_some_and(|c| {
        let inside = c.name("in").map_or("", |m| m.as_str());
        // "(With reports from PIA/PN)" after a paragraph credits reporting, not a picture.
        let reports = clean::credits_reports(inside);
        PHOTO_WORDS.is_match(inside)
            && !reports
            && !inside.chars().all(|ch| ch.is_ascii_digit() || ch == '/')
    })
}

/// "Dr Sim (third left)", "Agriculture Secretary Francisco Tiu Laurel Jr. (center)": a picture
/// shows where a person stands, named in capitals right before the bracket; "the Christian
/// Democrats (centre)" (a body the article names) and "The chart (right)" (a thing in lower
/// case) are the story's words.
fn after_a_person(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let run = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let the = |w: &&str| w.eq_ignore_ascii_case("the");
    run > 0
        && !words[words.len() - run..].first().is_some_and(the)
        && !words[..words.len() - run].last().is_some_and(the)
}

/// "… at the depot on Thursday. – Photo by Ana Cruz", "… on Wednesday. Ana Cruz, Metro News",
/// "… March 23, 2025. Citizen journalist": a description closed by a stop, then a short
/// unclosed credit of who took the picture — a caption, since text ends on its stop.
fn credit_tail(text: &str) -> bool {
    let Some(end) = [". ", "! ", "? "]
        .iter()
        .filter_map(|stop| text.rfind(stop).map(|i| i + 1))
        .max()
    else {
        return false;
    };
    let tail = text[end..]
        .trim()
        .trim_start_matches(['–', '—', '-'])
        .trim();
    let photo_by = |t: &str| {
        let lower = t.to_lowercase();
        ["photo by", "photos by", "foto oleh", "picture by", "pic by"]
            .iter()
            .any(|cue| lower.starts_with(cue))
    };
    // "… in the evening. Photo by Linh Pham.": the picture's credit may close on a stop of its
    // own where its cue names someone; "… scanned what was left. Photo by photo." and "Foto
    // oleh warga dinilai juri." are sentences.
    let names_someone = |credit: &str| {
        let words: Vec<&str> = credit.split_whitespace().skip(2).collect();
        (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let tail = match tail.strip_suffix('.') {
        Some(credit) if photo_by(credit) && names_someone(credit) => credit,
        _ => tail,
    };
    let words = tail.split_whitespace().count();
    if !(1..=9).contains(&words) || tail.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let lower = tail.to_lowercase();
    let photo_by = photo_by(tail);
    // "… on Saturday. ERIN POTTIE / The Chronicle Herald", "… on Monday. Photo by Eric
    // Lindqvist / Grand Forks Herald": who took the picture and, after a slash, the newsroom
    // (or the other way round), each one to four capitalised words; a longer credit than the
    // five words other tails get.
    let slash_credit = slash_credit(tail);
    // "… on Tuesday. Herald photo by Tanner Oduya", "… on Monday. Courtesy photo/Department of
    // Water Supply", "… on Wednesday. — Picture: Kelvin Sithole": the picture's word among up
    // to eight words otherwise names and the words joining them.
    let named_picture = words <= 8 && names_a_picture(tail);
    if words > 5 && !slash_credit && !named_picture {
        return false;
    }
    let c = credits::byline(tail);
    let writer_and_newsroom =
        !c.authors.is_empty() && c.outlet.as_deref().is_some_and(credits::is_outlet_beside);
    let job = words <= 3
        && tail.chars().next().is_some_and(char::is_uppercase)
        && tail.split_whitespace().any(|w| {
            ["journalist", "photographer", "fotografer", "jurnalis"]
                .contains(&w.to_lowercase().as_str())
        });
    // "… during an earlier disruption. - File photo", "… on Sunday. (Istimewa)": where the
    // picture came from, without a name, closes a caption as a photographer's name does.
    let bare_source = is_bare_picture_source(&lower);
    // "… on Sunday. - Bernama photo": a newsroom's name and the picture word after it.
    let newsroom_photo = (2..=3).contains(&words)
        && tail.chars().next().is_some_and(char::is_uppercase)
        && lower
            .rsplit(' ')
            .next()
            .is_some_and(|w| ["photo", "photos", "pic", "picture", "foto"].contains(&w));
    // "… on Tuesday. Tribune photo: Ravi Kumar": a newsroom's name of one or two capitalised
    // words, the picture word and its label's colon, then who took it.
    let tail_words: Vec<&str> = tail.split_whitespace().collect();
    let labelled_photo = tail_words.iter().position(|w| {
        ["photo:", "foto:", "picture:", "pic:", "image:"].contains(&w.to_lowercase().as_str())
    });
    let newsroom_label = labelled_photo.is_some_and(|at| {
        (1..=2).contains(&at)
            && at + 1 < tail_words.len()
            && tail_words[..at]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
    });
    // "… on December 17, 2025. © Rahman Hossain, AFP": the copyright sign over a picture's
    // description opens its credit.
    let copyright = tail.starts_with('©') && words >= 2;
    // "… a floating pipeline. Picture supplied", "… in August. Photo: file": the picture word
    // and where the picture came from, without a name.
    let picture_source = lower.split_once([' ', ':']).is_some_and(|(word, rest)| {
        ["picture", "photo", "image", "foto", "gambar"].contains(&word)
            && is_bare_picture_source(rest.trim_start_matches([':', ' ']))
    });
    // "… one of the two buildings in the council's trial. Credit: Janie Barrett": a credit's
    // label and one to four capitalised words.
    let credit_label = lower.split_once(':').is_some_and(|(label, who)| {
        ["credit", "credits", "kredit"].contains(&label.trim())
            && (1..=4).contains(&who.split_whitespace().count())
    }) && tail.split_once(':').is_some_and(|(_, who)| {
        who.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    });
    features(&text[..end]).words >= 5
        && (photo_by
            || slash_credit
            || picture_source
            || credit_label
            || writer_and_newsroom
            || job
            || bare_source
            || newsroom_photo
            || newsroom_label
            || copyright
            || named_picture)
}

/// A credit's words: a picture's word ("photo", "Picture:", "photo/…"), a name in capitals
/// beside it, and nothing else but the words that join them ("by", "of", "courtesy").
fn names_a_picture(tail: &str) -> bool {
    const PICTURE: &[&str] = &[
        "photo", "photos", "picture", "pictures", "pic", "pix", "foto", "image", "gambar",
    ];
    const JOINERS: &[&str] = &["by", "oleh", "of", "the", "and", "dan", "courtesy"];
    let words: Vec<&str> = tail
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches([':', ',']))
        .filter(|w| !w.is_empty())
        .collect();
    let picture = |w: &&str| PICTURE.contains(&w.to_lowercase().as_str());
    let named = |w: &&str| !picture(w) && w.starts_with(char::is_uppercase);
    words.iter().any(picture)
        && words.iter().any(named)
        && words
            .iter()
            .all(|w| picture(w) || named(w) || JOINERS.contains(w))
}

/// "ERIN POTTIE / The Chronicle Herald", "Photo by Eric Lindqvist / Grand Forks Herald",
/// "Waspada/Rizky Rahmadani": a picture's credit closing its description, a person and a
/// newsroom parted by one slash, each side one to four capitalised words ("and", "of", "the",
/// "dan" may join them), three words at least in all, with no figure.
fn slash_credit(tail: &str) -> bool {
    let tail = ["photo by ", "photos by ", "foto oleh ", "picture by "]
        .iter()
        .find_map(|cue| {
            tail.get(..cue.len())
                .filter(|h| h.eq_ignore_ascii_case(cue))
                .map(|_| &tail[cue.len()..])
        })
        .unwrap_or(tail);
    let Some((left, right)) = tail.split_once('/') else {
        return false;
    };
    let side = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || ["and", "of", "the", "dan"].contains(w)
            })
    };
    let total = left.split_whitespace().count() + right.split_whitespace().count();
    !right.contains('/')
        && !tail.contains(|c: char| c.is_ascii_digit())
        && total >= 3
        && side(left)
        && side(right)
}

/// "Kenroy Wallace/Photographer", "Budi Santoso/Fotografer": a name of one to three capitalised
/// words and, after a slash, the job of whoever took the picture: a photo credit on its own line.
fn names_photographer(text: &str) -> bool {
    let Some((name, job)) = text.trim().rsplit_once('/') else {
        return false;
    };
    let job = job.trim().to_lowercase();
    let words: Vec<&str> = name.split_whitespace().collect();
    [
        "photographer",
        "fotografer",
        "staff photographer",
        "pewarta foto",
    ]
    .contains(&job.as_str())
        && (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Supplied", "Handout", "Istimewa", "File photo", "Courtesy of the ministry": a line that
/// only says where a picture came from, without naming who took it.
fn is_bare_picture_source(lower: &str) -> bool {
    const SOURCES: &[&str] = &[
        "supplied",
        "handout",
        "file",
        "file photo",
        "file image",
        "istimewa",
        "dok. istimewa",
        "dok istimewa",
        "foto istimewa",
        "dokumentasi",
        "dokumentasi pribadi",
        "dok. pribadi",
    ];
    let bare = lower
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']', '.']);
    let given = [
        "courtesy of ",
        "supplied by ",
        "handout by ",
        "handout from ",
    ]
    .iter()
    .any(|c| bare.starts_with(c));
    SOURCES.contains(&bare) || given && bare.split_whitespace().count() <= 6
}

/// The words of a sentence's opening as compared with another's: its first six words, in
/// lower case, letters and digits only. None for a shorter sentence.
fn opening_key(sentence: &str) -> Option<String> {
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    (words.len() == 6).then(|| words.join(" "))
}

/// “Children used to leave home at five in the morning. Now they sleep until six.” over "–
/// K. Ranjani, principal": a pull quote, a line standing alone wholly in quotation marks that
/// (one quotation, closed only at its end) and opens with the same six words as a sentence the
/// text writes elsewhere (the story quotes it in full), is the page's display of the story's words, and so is the attribution right
/// under it (a dash, then up to six words). Both are noise. The openings of every sentence are
/// gathered once.
fn pull_quotes(lines: &[Line], kinds: &mut [Option<Kind>]) {
    // One quotation from the line's start to its end: no mark closes it before the end.
    let quoted = |t: &str| {
        let body = t.trim_end_matches(['.', ' ']);
        body.starts_with(['“', '"'])
            && body.ends_with(['”', '"'])
            && body.matches(['”', '"']).count() == 1 + usize::from(body.starts_with('"'))
    };
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| kinds[i].is_none() && lines[i].gap_before && quoted(lines[i].text.trim()))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut openings: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in lines {
        let t = line.text.trim_start_matches(['“', '"', '‘', ' ']);
        let mut start = 0;
        for end in t
            .match_indices(['.', '!', '?'])
            .map(|(i, _)| i + 1)
            .chain([t.len()])
        {
            if let Some(key) = t
                .get(start..)
                .map(|rest| rest.trim_start_matches(['”', '"', '’', '“', '‘', ' ']))
                .and_then(opening_key)
            {
                *openings.entry(key).or_default() += 1;
            }
            start = end.min(t.len());
        }
    }
    for i in candidates {
        let t = lines[i].text.trim().trim_start_matches(['“', '"', '‘']);
        let repeated = opening_key(t).is_some_and(|k| openings.get(&k).copied().unwrap_or(0) >= 2);
        if features(t).words > 40 || !repeated {
            continue;
        }
        kinds[i] = Some(Kind::Promo);
        if let Some(next) = lines.get(i + 1)
            && !next.gap_before
            && next.text.starts_with(['–', '—', '-'])
            && next.text.split_whitespace().count() <= 7
        {
            kinds[i + 1] = Some(Kind::Promo);
        }
    }
}

/// "![Image 2: Havre water treatment plant](https://…)" over "The city's water treatment plant
/// on Havre's west side. …" over "Dana Kittleson/Hi-Line Herald": a page converted to Markdown
/// keeps its picture as an image link; the sentence right under it describes the picture, and
/// the name over the outlet after a slash under that credits it. Both are the picture's.
fn captions_under_images(lines: &[Line], kinds: &mut [Option<Kind>]) {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}\s*/\s*\p{Lu}[\p{L}\d .&'’-]{1,40}$",
        )
        .unwrap()
    });
    for i in 0..lines.len().saturating_sub(2) {
        let image = lines[i].text.trim_start().starts_with("![") && lines[i].text.contains("](");
        let (caption, credit) = (lines[i + 1].text.trim(), lines[i + 2].text.trim());
        let describes = caption.ends_with('.')
            && caption.split_whitespace().count() <= 45
            && dateline::parse(caption).is_none();
        if image
            && describes
            && CREDIT.is_match(credit)
            && kinds[i + 1].is_none()
            && kinds[i + 2].is_none()
        {
            kinds[i + 1] = Some(Kind::Caption);
            kinds[i + 2] = Some(Kind::Caption);
        }
    }
}

/// A caption's description sits on its credit with no blank line between, and a blank line
/// around the pair: right above it ("… will now open in 2031." / "Supplied") or right below
/// it ("KOMPAS.COM/NAME" / "Riders wade through the flood, Tuesday (9/9/2025)."). One sentence
/// describing the picture, not a paragraph: the story's paragraphs stand between blank lines.
fn captions_beside_credits(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let n = lines.len();
    let bare_credit = |t: &str| {
        let f = features(t);
        f.words <= 6 && !f.ends_stop
    };
    let describes = |t: &str| {
        let f = features(t);
        f.ends_stop && (5..=35).contains(&f.words) && headline::sentence_ends(t).len() == 1
    };
    let spaced_after = |i: usize| lines.get(i + 1).is_none_or(|l| l.gap_before);
    // Without blank lines that part blocks, the description is told by its shape: the one
    // neighbour of the credit that reads as a caption (one sentence quoting and reporting no
    // one) while a paragraph (a sentence of eight words or more) stands on the pair's other
    // sides, and that says when the picture was taken ("… Selasa (2/12/2025)."): a paragraph
    // beside a credit standing alone ("Photo: NEMA", a picture with no caption) tells the
    // story on, one sentence as it may be: without a date it stays text.
    let blocks = clean::blank_lines_part_blocks(lines);
    let prose = |j: Option<usize>| {
        j.and_then(|j| lines.get(j)).is_some_and(|l| {
            let f = features(&l.text);
            f.words >= 8 && f.ends_stop
        })
    };
    let shown = |j: usize, kinds: &[Option<Kind>]| {
        let t = &lines[j].text;
        kinds[j].is_none()
            && describes(t)
            && !t.contains(['"', '“', '”'])
            && !bare_words(t).any(|w| super::closing::REPORTING.contains(&w.as_str()))
    };
    for i in 0..n {
        if kinds[i] != Some(Kind::Caption) || !bare_credit(&lines[i].text) {
            continue;
        }
        if !blocks {
            let dated = |j: usize| !datefind::find_all(&lines[j].text, false).is_empty();
            let above = i >= 2
                && shown(i - 1, kinds)
                && dated(i - 1)
                && prose(Some(i - 2))
                && prose(Some(i + 1));
            let below = i + 2 < n
                && shown(i + 1, kinds)
                && dated(i + 1)
                && prose(Some(i + 2))
                && prose(i.checked_sub(1));
            if above != below {
                kinds[if above { i - 1 } else { i + 1 }] = Some(Kind::Caption);
            }
            continue;
        }
        let below = i + 1;
        if lines[i].gap_before
            && below < n
            && kinds[below].is_none()
            && !lines[below].gap_before
            && describes(&lines[below].text)
            && spaced_after(below)
        {
            kinds[below] = Some(Kind::Caption);
        } else if i > 0
            && !lines[i].gap_before
            && kinds[i - 1].is_none()
            && lines[i - 1].gap_before
            && describes(&lines[i - 1].text)
            && spaced_after(i)
        {
            kinds[i - 1] = Some(Kind::Caption);
        }
    }
}

/// "Getty Images", "AFP via Getty Images", "ANTARA FOTO", "Reuters Pictures": a short line
/// that only credits a picture, standing over its caption.
fn is_picture_agency(text: &str, lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let shouted = !text.chars().any(char::is_lowercase);
    (1..=4).contains(&words.len())
        && !lower.ends_with(['.', '!', '?'])
        && words
            .iter()
            .any(|w| ["images", "pictures"].contains(w) || shouted && ["foto", "photo"].contains(w))
}

/// Words a date line writes around its date that say what the date is; the first
/// `DATE_LABELS` label it ("Updated: …", "Diposting pada …").
const DATE_LABELS: usize = 8;
pub(super) const DATE_WORDS: &[&str] = &[
    "published",
    "updated",
    "diperbarui",
    "dipublikasikan",
    "diterbitkan",
    "terbit",
    "posted",
    "diposting",
    "pada",
    "on",
    "at",
    "pukul",
    "jam",
    "wib",
    "am",
    "pm",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "mon",
    // The Javanese market day a page writes after the weekday ("Minggu Pahing").
    "legi",
    "pahing",
    "pon",
    "wage",
    "kliwon",
];

/// "Friday 14 November 2025 | Published in National": a date alone between bars beside short
/// pieces with function words is a date line whose other pieces are labels ("Published in
/// National", "Filed under Politics"), not a sentence; the line without those pieces.
fn beside_a_label(text: &str) -> Option<String> {
    let pieces: Vec<&str> = text.split('|').map(str::trim).collect();
    let has_stop = |p: &str| {
        p.split_whitespace()
            .any(|w| STOP_WORDS.contains(&w.to_lowercase().as_str()))
    };
    let dated: Vec<&str> = pieces.iter().copied().filter(|p| !has_stop(p)).collect();
    let labels_short = pieces
        .iter()
        .filter(|p| has_stop(p))
        .all(|p| p.split_whitespace().count() <= 4 && !p.ends_with('.'));
    let date_alone = dated
        .iter()
        .any(|p| !datefind::find_all(p, false).is_empty());
    // A label must go: with every piece kept, the line read again would be the same line.
    (pieces.len() >= 2
        && dated.len() < pieces.len()
        && labels_short
        && date_alone
        && !dated.is_empty())
    .then(|| dated.join(" | "))
}

/// "0 Comments", "12 komentar", "No Comments": how many readers commented.
/// "PAGE 3", "Halaman 12", "Hal. 4", "Hlm 2": a printed page's number.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:page|halaman|hal\.|hlm\.?)\s*[A-Z]?\d{1,3}(?:\s|$)").unwrap()
});

static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:\d{1,5}|no)\s+(?:comments?|komentar|tanggapan)(?:\s|$)").unwrap()
});

/// "6 hours ago", "Last updated: 3 hours ago", "3 jam lalu", "3 minute read", "3 menit baca",
/// "waktu baca 3 menit", a reader view's "5–6 minutes": a page's count of how long ago it was posted or how long it takes to
/// read, a piece of its date line's fixed form.
static PAGE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:last\s+)?(?:updated|diperbarui|posted|diposting)\s*:?\s*)?(?:\d{1,3}\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|detik|menit|jam|hari|minggu)\s+(?:ago|lalu|read|baca)|(?:waktu\s+baca|reading\s+time|read\s+time)\s*:?\s*\d{1,3}\s+(?:min(?:ute)?s?|menit)|\d{1,3}\s*[–-]\s*\d{1,3}\s+(?:minutes|menit))$",
    )
    .unwrap()
});

/// A date line without the pieces (between bars, bullets or middle dots) that count how long
/// ago or how long to read, when it has such a piece and another beside it; `None` otherwise.
fn without_page_counts(text: &str) -> Option<String> {
    let pieces: Vec<&str> = text
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let kept: Vec<&str> = pieces
        .iter()
        .copied()
        .filter(|p| !PAGE_COUNT.is_match(p))
        .collect();
    (!kept.is_empty() && kept.len() < pieces.len()).then(|| kept.join(" | "))
}

/// "Published Dec. 1|Updated Dec. 1", "Diperbarui 1 Des": a date's label, then a month and a
/// day with no year, in every piece between bars or bullets (the first piece labelled, by a
/// label or the day's weekday: "Kamis, 3 Desember"): a
/// date line of a page that prints this year's dates without the year. A month and day alone
/// ("March 19") or in a sentence is no date line.
fn labelled_month_day(text: &str) -> bool {
    let pieces: Vec<&str> = text
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (1..=3).contains(&pieces.len())
        && pieces.iter().enumerate().all(|(k, p)| {
            let words: Vec<String> = p.split_whitespace().map(str::to_string).collect();
            // "Kamis, 3 Desember", "Tuesday, Dec. 8": the day's own weekday heads the date as
            // a label does.
            let labels = words
                .iter()
                .take_while(|w| {
                    is_date_label(&w.trim_end_matches(':').to_lowercase())
                        || datefind::weekday_named(w.trim_end_matches(',')).is_some()
                })
                .count();
            (k > 0 || labels > 0)
                && datefind::month_day(&words[labels..].join(" ").replace(',', "")).is_some()
        })
}

/// "Selasa, 1 Desember | Reporter: Nurhayati": a weekday with its day and month, then only
/// credits cued by a role; returns the credits, the date line's residue.
fn credit_beside_month_day(text: &str) -> Option<String> {
    let mut pieces = text
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let date = pieces.next()?;
    let credits: Vec<&str> = pieces.collect();
    let (day, rest) = date.split_once(char::is_whitespace)?;
    let dated = datefind::weekday_named(day.trim_end_matches(',')).is_some()
        && datefind::month_day(&rest.replace(',', "")).is_some();
    (dated
        && !credits.is_empty()
        && credits
            .iter()
            .all(|c| credits::role_cue(c).is_some_and(|(role, _)| credits::names_writers(&role))))
    .then(|| credits.join(" | "))
}

/// "08.00 WIB: registrasi", "Senin, 1 Desember: pembukaan": a time or day, then after a colon
/// what happens then; a page's date line says nothing after its date ("Selasa, 04 Mar 2025
/// 14:30 WIB"), and its label stands before it ("Diperbarui: Selasa, …").
fn names_what_happens(item: &str) -> bool {
    item.split_once(": ").is_some_and(|(when, what)| {
        what.chars().any(char::is_alphabetic)
            && (TIME.is_match(when) || !datefind::find_all(when, false).is_empty())
    })
}

/// A line's words without the punctuation around them, in lower case.
pub(super) fn bare_words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    })
}

/// "Selasa, 04 Mar …", "19/03/2025 …", "08.00 WIB …": a line that opens with a day or a time.
fn opens_with_date(line: &str) -> bool {
    bare_words(line).next().is_some_and(|w| {
        datefind::is_calendar_word(&w) || w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// "Last Modified on …", "Written on …": a participle right before "on" leads to the date
/// after it when it opens the line's label, only "last" or "first" before it; "Vote
/// scheduled on Monday, …" says what happens then.
fn participle_before_on(line: &str) -> bool {
    let words: Vec<String> = bare_words(line).filter(|w| !w.is_empty()).collect();
    words.windows(2).enumerate().any(|(i, w)| {
        w[1] == "on"
            && w[0].chars().count() > 3
            && (w[0].ends_with("ed") || w[0].ends_with("en"))
            && words[..i]
                .iter()
                .all(|b| matches!(b.as_str(), "last" | "first"))
    })
}

/// "Updated", "Diposting": a word that says what the date beside it is.
pub(super) fn is_date_label(word: &str) -> bool {
    DATE_WORDS[..DATE_LABELS].contains(&word)
}

/// "Sel, 1 Des 2026", "Kam, 3 Des": an Indonesian weekday's three-letter form before a day.
static ID_SHORT_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(Sen|Sel|Rab|Kam|Jum|Sab|Min),\s*\d{1,2}\s").expect("day"));

/// A cover price: a currency's sign or short form glued to a sum ("Rp4.000", "£1.20", "$2",
/// "Ksh60"), or pence ("50p").
static COVER_PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:rp\.?|rs\.?|ksh\.?|kes|£|\$|€|us\$|a\$|nz\$)\d[\d.,]*|\d{1,3}p)$")
        .expect("price")
});

/// For a line that is a date and/or time, what else it says ("Kompas.com", "Jakarta", "Ervan
/// Bayu, Jurnalis"), possibly empty; `None` when the line is not a date line.
pub fn date_residue(text: &str) -> Option<String> {
    if text.chars().count() > 90 {
        return None;
    }
    // "1. pukul 08.00 WIB kapal cepat reguler", "2) 9:30 am - doors open": a numbered line is
    // an item of a schedule; a page's date line carries no ordinal before it.
    if super::body::numbered(text).is_some_and(|(_, rest)| {
        !rest
            .split_whitespace()
            .next()
            .is_some_and(|w| datefind::is_calendar_word(&w.to_lowercase()))
    }) {
        return None;
    }
    // "- Kupang–Rote: pukul 08.00 WITA": a bulleted line that opens with neither a date nor a
    // day is an item of a schedule too; "• Diperbarui: Selasa, 04 Mar 2025": a date's label
    // opens a date line as the date does.
    let item = super::body::bullet(text);
    if item.is_some_and(|rest| {
        !(opens_with_date(rest) || bare_words(rest).next().is_some_and(|w| is_date_label(&w)))
            || names_what_happens(rest)
    }) {
        return None;
    }
    let found = datefind::find_all(text, false);
    // "Published Nov 25, 2026 • Last updated 6 hours ago • 3 minute read": the page's counts
    // set beside the date (how long ago, how long to read) are no words of the line.
    if !found.is_empty()
        && let Some(dated) = without_page_counts(text)
    {
        return date_residue(&dated);
    }
    let mut rest = text.to_string();
    for f in found.iter().rev() {
        rest.replace_range(f.start..f.end, " ");
    }
    let timed = TIME.is_match(&rest);
    if found.is_empty() && !timed {
        // "Selasa, 1 Desember | Reporter: Nurhayati": a weekday, its day and month without the
        // year, and the writer's credit beside them.
        if let Some(credit) = credit_beside_month_day(text) {
            return Some(credit);
        }
        // "Published Dec. 1|Updated Dec. 1": a page printing this year's dates without the
        // year; the year is the one the story's weekday fits.
        return labelled_month_day(text).then(String::new);
    }
    // "Updated as of Nov 05 2025": the phrase leads to a date, it makes no sentence.
    // "Published Dec. 2, 2026 at 6:45 p.m. · Updated …": a line opening with a date's label
    // may print its times as American papers do. An event's "When: …, 6:30 p.m." stays a
    // line of the story.
    let rest = if bare_words(text).next().is_some_and(|w| is_date_label(&w)) {
        DOTTED_CLOCK.replace_all(&rest, " ").into_owned()
    } else {
        rest
    };
    let rest = TIME.replace_all(&rest, " ").replace(" as of ", " ");
    // "December 1, 2026  By Anjali Persaud  0 Comments": the count of readers' comments is
    // the page's furniture beside its date.
    let rest = COMMENT_COUNT.replace_all(&rest, " ");
    // "DERWENT VALLEY GAZETTE WEDNESDAY, DECEMBER 9, 2026 PAGE 3": the printed page's number
    // beside the paper's name and date is the running head's, no word of a credit.
    let rest = PAGE_NUMBER.replace_all(&rest, " ");
    // "Diposting pada …", "Terakhir Diperbarui pada …", "14.20 pada …": "pada" belongs to the
    // date beside a label, or when the line opens with a day or a time; "Rapat pada Senin, 1
    // Desember 2025" in a body says what happens then.
    let line = item.unwrap_or(text);
    let dated = bare_words(line).any(|w| is_date_label(&w)) || opens_with_date(line);
    // "on" likewise, unless a participle leads to it ("Last Modified on Wednesday, …"):
    // "Meeting on Monday, December 1, 2025" alone on its line says what happens then.
    let led_to_on = dated || participle_before_on(line);
    let date_word =
        |lw: &str| DATE_WORDS.contains(&lw) && (dated || lw != "pada") && (led_to_on || lw != "on");
    let kept: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || "|·●•,-–—()".contains(c))
        .filter(|w| {
            let lw = w.to_lowercase();
            let lw = lw.trim_matches(|c: char| !c.is_alphanumeric());
            // "A1", "B3": a printed page's folio beside the paper's name and date.
            let folio = w.len() <= 3
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.len() > 1
                && w[1..].chars().all(|c| c.is_ascii_digit());
            // "Rp4.000", "£1.20", "50p": the cover price a printed page's head carries, last.
            let price = COVER_PRICE.is_match(w) && text.trim_end().ends_with(*w);
            // "Sel, 1 Des 2026": a weekday's short form right before the day it names.
            let short_day = ID_SHORT_DAY
                .captures_iter(text)
                .any(|c| c.get(1).is_some_and(|m| m.as_str() == *w));
            !lw.is_empty()
                && !datefind::is_calendar_word(lw)
                && !lw.chars().all(|c| c.is_ascii_digit())
                && !date_word(lw)
                && !folio
                && !price
                && !short_day
        })
        .collect();
    // "THE FREEPORT NEWS   TUESDAY, DECEMBER 1, 2026   PAGE 1": a masthead in capitals opens
    // with its article, which makes no sentence of the line. It names a paper: "THE RECKONING:
    // DECEMBER 1, 2026" and "THE BIG CLEANUP SATURDAY, DECEMBER 5, 2026" are headlines.
    let masthead = kept.len() >= 2
        && kept[0] == "THE"
        && kept.iter().all(|w| !w.chars().any(char::is_lowercase))
        && dateline::is_outlet(&kept.join(" "));
    let stop_words: Vec<usize> = (usize::from(masthead)..kept.len())
        .filter(|&k| STOP_WORDS.contains(&kept[k].to_lowercase().as_str()))
        .collect();
    let has_stop_word = !stop_words.is_empty();
    let sentence = text.ends_with('.') && kept.len() >= 2;
    if has_stop_word && let Some(dated) = beside_a_label(text) {
        return date_residue(&dated);
    }
    // "December 1, 2026 By Anjali Persaud", with no bar to set the credit apart: "By" before
    // a capitalised name credits a writer and makes no sentence.
    // "Kabar Tanimbar · oleh Fransiska Lerebulan · Sel, 1 Des 2026 19.05": a feed reader's
    // line sets the site, the writer and the date apart with dots; "oleh"/"by" there opens the
    // writer's piece (a CMS's account in lower case too: "oleh admin"), and each piece is short.
    let barred = text.split(['·', '|', '•']).skip(1).any(|piece| {
        let piece = piece.trim_start();
        ["by ", "By ", "oleh ", "Oleh "]
            .iter()
            .any(|by| piece.starts_with(by))
    });
    let crediting = |k: usize| {
        let by = kept[k] == "By" || barred && ["by", "oleh", "Oleh"].contains(&kept[k]);
        by && kept
            .get(k + 1)
            .is_some_and(|w| barred || w.starts_with(char::is_uppercase))
    };
    let has_stop_word = stop_words.iter().any(|&k| !crediting(k));
    // Only a line crediting its writer so, "by"/"oleh" opening a piece after a separator;
    // "Info Acara: Sabtu, 19 Desember 2026 | Pukul 09.00 WIT | Lapangan Sinapuk, Wamena" is an
    // event's notice, "Carols by Candlelight · Saturday, December 19, 2026 · Town Hall" too.
    let pieces_short = barred
        && text
            .split(['|', '·', '•'])
            .all(|p| p.split_whitespace().filter(|w| kept.contains(w)).count() <= 4);
    if kept.len() > 4 && !(pieces_short && kept.len() <= 8) || has_stop_word || sentence {
        return None;
    }
    // Whatever stood between the separators, in order: "Kompas.com", "Ervan Bayu, Jurnalis";
    // a slash between words stays ("Ananya Kulkarni / TNN": a writer and the desk's code).
    let residue = text
        .split(['|', '·', '●', '•'])
        .flat_map(|s| s.split(" - "))
        .map(|s| {
            s.split(',')
                .map(str::trim)
                .map(|p| {
                    // "TIMES & TRANSCRIPT": an ampersand joins a name's words.
                    p.split_whitespace()
                        .filter(|w| {
                            *w == "/"
                                || *w == "&"
                                || kept.contains(&w.trim_matches(|c: char| {
                                    !c.is_alphanumeric() && c != '.' && c != '\''
                                }))
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                        .trim_matches(['/', '&', ' '])
                        .to_string()
                })
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    Some(residue)
}

/// A line of the header that names a person alone ("Ilman Nafi'an", "Sucipto"), or several
/// people joined by "and", "dan", "&" or commas ("Victor Mambor and Pizaro Gozali Idrus"); not
/// the places they reported from ("Jayapura and Jakarta").
pub(super) fn is_name_line(text: &str) -> bool {
    // "Karma Wangdi | Paro": a writer and, behind a bar, the known place they filed from.
    if let Some((name, place)) = text.split_once(" | ")
        && !place.contains('|')
        && super::gazetteer::place(place.trim()).is_some()
    {
        return is_name_line(name);
    }
    // "Arjun Nair -": the separator a date or outlet would follow.
    let text =
        credits::without_desk_initials(text.trim_end_matches([' ', '-', '–', '—', '|', ',']));
    // Commas join names only in a list closed by "and" ("A, B and C"): a headline in title
    // case has commas too.
    let joined = [" and ", " dan ", " & "].iter().any(|j| text.contains(j));
    let people: Vec<&str> = text
        .split(|c: char| c == '&' || joined && c == ',')
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" dan "))
        .map(str::trim)
        .collect();
    let several_short = people.len() > 1
        && people
            .iter()
            .all(|p| (1..=4).contains(&p.split_whitespace().count()));
    if people.len() > 1 && !several_short {
        return false;
    }
    let all_places =
        people.len() > 1 && people.iter().all(|p| super::gazetteer::place(p).is_some());
    let names = people.join(" ");
    !all_places
        && people.iter().all(|p| credits::is_name(p))
        && !dateline::is_outlet(text)
        && features(&names).stop_density == 0.0
        // "Yus Mei Sawitri": a month's name may be part of a name, a date may not.
        && datefind::find_all(text, false).is_empty()
        && !text.split_whitespace().all(datefind::is_calendar_word)
}

/// "Ekonomi | CNN Indonesia", "kumparanTECH", "BBC News Indonesia", "DHOHO TV — NEWSROOM
/// PROMPTER".
pub(super) fn is_outlet_line(text: &str) -> bool {
    let parts: Vec<&str> = text
        .split(['|', '-', '–', '—', '·', '•'])
        .map(str::trim)
        .collect();
    parts.iter().any(|p| dateline::is_outlet(p))
        && parts.iter().all(|p| p.split_whitespace().count() <= 4)
        || is_masthead_with_motto(text)
}

/// "Mizzima – News in Burmese and English", "RAKYAT ACEH | Koran Harian Rakyat Aceh": a short
/// name, a separator, and a motto opening with what the newsroom is (news, a daily paper) —
/// no headline describes itself so, and no headline's second half opens that way.
fn is_masthead_with_motto(text: &str) -> bool {
    let Some((name, motto)) = [" | ", " – ", " — ", " - "]
        .iter()
        .find_map(|sep| text.split_once(sep))
    else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    let motto_words = motto.split_whitespace().count();
    (1..=3).contains(&name_words)
        && (2..=7).contains(&motto_words)
        && !text.ends_with(['.', '?', '!'])
        && says_what_the_newsroom_is(motto)
}

/// "News in Burmese", "Koran Harian …", "Berita Harian dari …": a newsroom word followed by
/// another or by where it reports from. "Suara Warga …", "Kabar Duka …" are headlines.
fn says_what_the_newsroom_is(motto: &str) -> bool {
    let mut words = motto.split_whitespace();
    words.next().is_some_and(dateline::is_newsroom_word)
        && words.next().is_some_and(|w| {
            dateline::is_newsroom_word(w)
                || ["in", "from", "for", "dari", "untuk"].contains(&w.to_lowercase().as_str())
        })
}

/// Classifies every line of `text`; the article's own text is what `Kind::is_body` keeps.
pub fn classify(text: &str) -> Vec<Part> {
    let (lines, signed) = prepare(text);
    let kinds = rule_kinds(&lines);
    let kinds = crate::import::learned::decide(&lines, kinds);
    let kinds = headline_past_a_carrier(&lines, kinds);
    let kinds = headline_over_furniture(&lines, kinds);
    let kinds = headline_read_as_lead(&lines, kinds);
    let kinds = masthead_over_lead(&lines, kinds);
    let kinds = poster_over_stamp(&lines, kinds);
    let kinds = inside_a_widget(&lines, kinds);
    let kinds = pictured_lines(&lines, kinds);
    let kinds = button_column(&lines, kinds);
    let kinds = heading_over_list(&lines, kinds);
    let kinds = emphasised_prose(&lines, kinds);
    let kinds = figures_alone(&lines, kinds);
    let (lines, kinds) = headline_run_on(lines, kinds);
    lines
        .into_iter()
        .zip(kinds)
        .map(|(l, kind)| Part { kind, text: l.text })
        .chain(signed)
        .collect()
}

/// "118", "4,500", "— 12 —": a line of figures alone, with no word, heads no part of a story;
/// it is a page's number or a chart's value. Under a line closing on a colon ("dengan skor
/// set:" over "3/5") it is what that line announces, a line of the story.
fn figures_alone(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    for i in 0..lines.len() {
        if kinds[i] == Kind::Subheading && !lines[i].text.chars().any(char::is_alphabetic) {
            let announced = i > 0 && lines[i - 1].text.trim_end().ends_with(':');
            kinds[i] = if announced {
                Kind::Paragraph
            } else {
                Kind::PageMarker
            };
        }
    }
    kinds
}

/// "How the top four finished" over "1. Chintheche Stars – 44 points": in the story, a short
/// line standing apart, opening with a capital and closing on no stop or colon, right over a
/// list and under a paragraph, heads the list's part of the story: a sentence introducing a
/// list closes on a colon, a list's own first item carries its marker.
fn heading_over_list(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    for i in lead + 1..lines.len().saturating_sub(1) {
        let t = lines[i].text.trim();
        let short = (2..=8).contains(&t.split_whitespace().count())
            && t.starts_with(char::is_uppercase)
            && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '”', ')'])
            && !t.contains(['|', '·', '•', ':']);
        if short
            && kinds[i] == Kind::Paragraph
            && kinds[i - 1] == Kind::Paragraph
            && kinds[i + 1] == Kind::ListItem
            && lines[i].gap_before
        {
            kinds[i] = Kind::Subheading;
        }
    }
    kinds
}

/// "Subscribe", "214", "Bagikan", "Download", "Klip", "Simpan" over a video's description: a
/// player's buttons and their counts copied one to a line. Over the lead, in a run of three
/// such lines or more (a single word or a bare count each), a one-word line is a button, never
/// a writer's byline: a newsroom credits its writers by their full names, or with a role.
fn button_column(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    // "Penulis" / "Rahmad" / "Editor" / "Suharto": credits set as labels over one-word names.
    const ROLES: &[&str] = &[
        "penulis",
        "editor",
        "reporter",
        "pewarta",
        "wartawan",
        "redaktur",
        "fotografer",
        "foto",
        "kontributor",
        "writer",
        "author",
        "by",
        "oleh",
        "laporan",
        "photographer",
    ];
    let role = |t: &str| ROLES.contains(&t.trim().trim_end_matches(':').to_lowercase().as_str());
    let button = |t: &str| {
        let t = t.trim();
        !t.contains(' ')
            && t.chars().count() <= 14
            && !t.ends_with(['.', ':', ','])
            && t.chars().all(|c| c.is_alphanumeric() || ".,".contains(c))
    };
    let mut i = 0;
    while i < lead {
        let end = (i..lead).find(|&j| !button(&lines[j].text)).unwrap_or(lead);
        if end - i >= 3 && !lines[i..end].iter().any(|l| role(&l.text)) {
            for kind in &mut kinds[i..end] {
                if *kind == Kind::Byline {
                    *kind = Kind::Promo;
                }
            }
        }
        i = end + 1;
    }
    kinds
}

/// "🎧 Listen to Baraka FM live on 95.5 …", "📧 Get the Citizen's morning briefing in your inbox.
/// Sign up ›", "🎄 WIN a … hamper – enter our free competition today!": under the lead, a line
/// opening on a pictograph is the page calling on its reader, never a paragraph or a subheading
/// of the story (a newsroom opens no paragraph with one; a list pictured so is read as a list
/// before this).
fn pictured_lines(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    for (line, kind) in lines.iter().zip(kinds.iter_mut()).skip(lead + 1) {
        // Stars rating a film, a flag before a country's medals, a quotation's ornament and
        // a dingbat's number open a story's lines too.
        let pictured = line.text.chars().next().is_some_and(|c| {
            super::wrapper::is_pictograph(c)
                && !matches!(c, '★' | '☆' | '\u{1F1E6}'..='\u{1F1FF}' | '\u{2756}'..='\u{27BF}')
        });
        if pictured && matches!(kind, Kind::Paragraph | Kind::Subheading) {
            *kind = Kind::Promo;
        }
    }
    kinds
}

/// "_Bagikan kebaikan, sebarkan kabar Persyarikatan._", "*Silakan teruskan. Mari saling
/// menopang dalam kasih.*": under the lead, a line of prose a chat or a Markdown paste set wholly
/// in bold or italics is the sender's note, a call or a caption — a newsroom sets none of its
/// paragraphs so. (Its headline and subheadings may be set so; they are read as such before
/// this.) A story set so throughout (its lead, or half of its paragraphs) keeps them, and so
/// does a line that reads as the story's: an interview's question, a quote, a speaker's words,
/// an update or a correction.
fn emphasised_prose(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    let prose: Vec<usize> = (lead + 1..kinds.len())
        .filter(|&i| kinds[i] == Kind::Paragraph)
        .collect();
    let marked: Vec<usize> = prose
        .iter()
        .copied()
        .filter(|&i| lines[i].emphasised)
        .collect();
    // An interview's question, a quote and an update set in bold or italics are the story's.
    let the_storys = |t: &str| {
        let t = t.trim();
        let first = t
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        t.ends_with('?')
            || t.starts_with(['"', '“', '\'', '‘'])
            || [
                "update",
                "updated",
                "correction",
                "ralat",
                "pembaruan",
                "koreksi",
            ]
            .contains(&first.trim_end_matches([',', ':', '.']))
            || t.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                [
                    "said", "says", "told", "kata", "ujar", "ujarnya", "katanya", "tutur",
                ]
                .contains(&w.as_str())
            })
    };
    if marked.len() * 2 <= prose.len() && !lines[lead].emphasised {
        let marked = marked.into_iter().filter(|&i| !the_storys(&lines[i].text));
        for i in marked {
            kinds[i] = Kind::Promo;
        }
    }
    kinds
}

/// "30 November pukul 20.15 · 🌏", "3h · 🌍", "Dec 3, 2026, 07:42 · 🌐": a page post's stamp,
/// its time and the globe that says whom the post is shown to.
pub(super) fn is_post_stamp(text: &str) -> bool {
    let t = text.trim_end();
    let audience = ['🌏', '🌍', '🌎', '🌐'];
    t.ends_with(audience)
        && t.trim_end_matches(audience)
            .trim_end()
            .ends_with(['·', '•'])
}

/// "Tembilahan Terkini" over "30 November pukul 20.15 · 🌏": the name over a page post's
/// stamp is the page or the person that posted it, never the post's headline. A line of a
/// headline's shape between the stamp and the lead ("🌊 Pasang Keling Rendam Empat Kelurahan
/// …") is the post's headline, a pictograph before it or not.
fn poster_over_stamp(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let lead = kinds
        .iter()
        .position(|&k| k == Kind::Lead)
        .unwrap_or(kinds.len());
    for i in 0..lead.saturating_sub(1) {
        if kinds[i] == Kind::Headline
            && is_post_stamp(&lines[i + 1].text)
            && lines[i].text.split_whitespace().count() <= 8
        {
            kinds[i] = Kind::Section;
            let j = i + 2;
            if j + 1 == lead
                && !kinds[..lead].contains(&Kind::Headline)
                && headline_shaped(&lines[j].text)
            {
                kinds[j] = Kind::Headline;
            }
        }
    }
    kinds
}

/// "Nias Bangkit", "SENTRAL TIMUR", "TVRI Papua Barat" (in a chat's bold or not) on a shared
/// story's first line, right over its lead: a story passed on without its headline, under the
/// name of the outlet that sent it, when the page names it again below the story where it calls
/// on its reader to follow it or gives its motto ("Gabung saluran WhatsApp Nias Bangkit: …",
/// "Ikuti saluran WhatsApp Sentral Timur: …", "📺 TVRI Papua Barat — Media Pemersatu Bangsa").
/// The name is the masthead, not the headline. A short headline a tag row, a breadcrumb, a share
/// button, a comment count or a read-more line repeats, or one whose words the lead tells, stays.
fn masthead_over_lead(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    if kinds.first() != Some(&Kind::Headline) || kinds.get(1) != Some(&Kind::Lead) {
        return kinds;
    }
    let name = lines[0].text.trim();
    let words = name.split_whitespace().count();
    if !(1..=4).contains(&words)
        || !name.starts_with(char::is_uppercase)
        || name.ends_with(['.', '!', '?', ':', ',', ';'])
        || tells_the_lead(name, lines.get(1))
    {
        return kinds;
    }
    let lower = name.to_lowercase();
    // A call to follow, join or subscribe, or a motto after the name and a dash: the page's own
    // lines naming its sender. A tag row, a breadcrumb, a share button or a comment count may
    // repeat a short headline.
    const CALLS: &[&str] = &[
        "gabung",
        "ikuti",
        "join",
        "follow",
        "subscribe",
        "saluran",
        "channel",
        "kanal",
        "langganan",
        "berlangganan",
        "grup",
        "group",
    ];
    let named_again = lines.iter().zip(&kinds).skip(2).any(|(l, k)| {
        let t = l.text.to_lowercase();
        let call = t
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CALLS.contains(&w));
        !k.is_body()
            && t.match_indices(&lower).any(|(at, _)| {
                let before = &t[..at];
                let rest = &t[at + lower.len()..];
                let bounded = !before
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !rest.chars().next().is_some_and(char::is_alphanumeric);
                // "📺 TVRI Papua Barat — Media Pemersatu Bangsa": the name opening the line,
                // after a pictograph at most, and its motto after a dash.
                let motto = !before.chars().any(char::is_alphanumeric)
                    && [" — ", " – ", " - "].iter().any(|d| rest.starts_with(d));
                bounded && (call && !before.trim_end().ends_with(':') || motto)
            })
    });
    if named_again {
        kinds[0] = Kind::Section;
    }
    kinds
}

/// Four to twenty words that close no sentence, inside or at the end: a headline's shape.
fn headline_shaped(text: &str) -> bool {
    let text = text.trim();
    (4..=20).contains(&text.split_whitespace().count())
        && !text.ends_with(['.', '!', '?', ':', ',', ';'])
        && headline::sentence_ends(text).is_empty()
}

/// "PUBLIC NOTICE: Partial closure of Chipembere Highway for resurfacing works" over "Posted
/// by: BCC Communications" and the story: a lead with no headline over it that closes no
/// sentence, short as a headline is, with a credit or a date line under it and prose after
/// that, is the headline; the first paragraph under the credit is the lead.
fn headline_read_as_lead(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    if kinds[..lead].contains(&Kind::Headline) {
        return kinds;
    }
    let headline_shaped = headline_shaped(&lines[lead].text);
    let credit = |k: &Kind| matches!(k, Kind::Byline | Kind::Credit | Kind::DateTime);
    let under = kinds[lead + 1..]
        .iter()
        .position(|k| !credit(k))
        .map(|k| lead + 1 + k);
    if let Some(next) = under
        && headline_shaped
        && next > lead + 1
        && kinds[next] == Kind::Paragraph
    {
        kinds[lead] = Kind::Headline;
        kinds[next] = Kind::Lead;
    }
    kinds
}

/// "DINAS KESEHATAN KOTA BANJARMASIN", "FE MORNING BRIEF | Tuesday", "Klien: PT …": a story passed
/// on inside someone else's page — a letterhead, a newsletter, a tool's header, a forum's thread
/// title — opens with the carrier's own heading, and the story's headline stands lower, read as a
/// standfirst or a list's item. The first headline gives way to the last headline-shaped line under
/// it and over the lead when the first reads as a carrier's (shouted, cut by a separator, a field's
/// label and value) and the lower one as the story's (a headline's shape and case, most of its
/// words in the story). A first line the story hardly echoes is no carrier by that alone: a
/// feature's headline ("A Bitter Harvest") over its standfirst shares no word with it either. A
/// real standfirst under a real headline changes nothing: the headline above it is none of these.
/// What stood between the two is the carrier's too.
fn headline_past_a_carrier(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    let Some(first) = kinds[..lead].iter().position(|&k| k == Kind::Headline) else {
        return kinds;
    };
    // Most texts open with no carrier: the story's words are gathered only for those that do.
    if !carrier_shaped(&lines[first].text) {
        return kinds;
    }
    let story: std::collections::BTreeSet<String> = lines
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| matches!(k, Kind::Lead | Kind::Paragraph))
        .flat_map(|(l, _)| content_words(&l.text))
        .collect();
    let share = |text: &str| {
        let words = content_words(text);
        if words.is_empty() {
            return 0.0;
        }
        words.iter().filter(|w| story.contains(*w)).count() as f32 / words.len() as f32
    };
    let own = (first + 1..lead).rev().find(|&i| {
        let t = lines[i].text.as_str();
        matches!(kinds[i], Kind::Headline | Kind::Dek | Kind::ListItem)
            && headline::is_headline(t)
            && t.split_whitespace().count() >= 3
            && !t.contains('@')
            && headline::sentence_ends(t).iter().all(|&end| end == t.len())
            && t.chars().filter(|c| c.is_alphabetic()).count() * 10 >= t.chars().count() * 6
            && !shouted(t)
            && !carrier_shaped(t)
            && share(t) >= 0.5
    });
    if let Some(own) = own {
        // Over the story's headline nothing is the story's: the carrier's heading, and its
        // menus or fields read as a list, are the carrier's.
        for kind in &mut kinds[first..own] {
            if *kind == Kind::Headline || kind.is_body() {
                *kind = Kind::Section;
            }
        }
        kinds[own] = Kind::Headline;
    }
    kinds
}

/// "Fiscal court agrees to borrow" / "$2.4 million to repave county roads": a printed page's
/// headline broken over two lines, the second read as a standfirst. The line right under the
/// headline, with no blank line between, goes on with it when the headline closes with no stop
/// and the line opens as no headline or sentence would (in lower case, with a figure or a
/// currency's sign) and closes with no stop.
fn headline_run_on(mut lines: Vec<Line>, mut kinds: Vec<Kind>) -> (Vec<Line>, Vec<Kind>) {
    let Some(h) = kinds.iter().position(|&k| k == Kind::Headline) else {
        return (lines, kinds);
    };
    let Some(next) = lines.get(h + 1) else {
        return (lines, kinds);
    };
    let head = lines[h].text.trim_end();
    let on = next.text.trim();
    let words = |t: &str| t.split_whitespace().count();
    // The two lines stand as a block of their own, as a printed headline does; a link, a
    // count ("29 views") or a name under a headline is no piece of it.
    let block = (h == 0 || lines[h].gap_before) && lines.get(h + 2).is_none_or(|l| l.gap_before);
    let broken = block
        && !next.gap_before
        && words(on) >= 3
        && !on.contains("://")
        && !on.contains("www.")
        && !on.contains('@')
        && !head.ends_with(['.', '!', '?', ':', ';', '"', '”', ','])
        && !on.ends_with(['.', '!', '?', ':'])
        && words(head) + words(on) <= 18;
    let in_own_case = matches!(kinds[h + 1], Kind::Dek | Kind::Promo)
        && on
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || "$£€¥".contains(c))
        // "3 Warga Meninggal, Ribuan Mengungsi" under "Banjir Bandang Terjang Bima" is a deck of
        // its own, capitalised as a headline is; a broken line goes on in the words' own case.
        && !on.contains(',')
        && lower_case_words(on) * 2 >= on.split_whitespace().skip(1).count().max(1);
    // "Banjir Rob Rendam Ratusan Rumah di Kuala" / "Kapuas, Warga Minta …": a headline in
    // title case broken inside a place's name, or after a word no headline ends on.
    let last = head.split_whitespace().last().unwrap_or("");
    let first = on
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':', ';']);
    const NEVER_LAST: &[&str] = &[
        "di", "ke", "dari", "dan", "untuk", "yang", "pada", "dengan", "the", "a", "an", "of", "and",
    ];
    // A name cut in two is one the page writes whole elsewhere ("KUALA KAPUAS – Banjir …"); a
    // headline closing on a province, a regency or a city ("… di Banten") is no cut name,
    // whatever follows it.
    let name = format!("{last} {first}").to_lowercase();
    let named_whole = super::gazetteer::place(last) != Some(super::gazetteer::Place::Major)
        && [last, first]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        && lines
            .iter()
            .enumerate()
            .any(|(k, l)| k != h && k != h + 1 && l.text.to_lowercase().contains(&name));
    // A byline under a headline ("By Tom Reed") is never a piece of it.
    let cut_inside = !credits::opens_with_by(on)
        && matches!(kinds[h + 1], Kind::Dek | Kind::Promo | Kind::Byline)
        && (named_whole
            || super::gazetteer::place(&name).is_some()
            || NEVER_LAST.contains(&last.to_lowercase().as_str()));
    let runs_on = broken && (in_own_case || cut_inside);
    if runs_on {
        let joined = format!("{head} {on}");
        lines[h].text = joined;
        lines.remove(h + 1);
        kinds.remove(h + 1);
    }
    (lines, kinds)
}

/// How many words of `text` after its first open in lower case.
fn lower_case_words(text: &str) -> usize {
    text.split_whitespace()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count()
}

/// "Get the South Shore's news in your inbox" / "Our free newsletter lands every Tuesday." /
/// "Your email address   Sign up": on a page that sets its paragraphs apart by blank lines, a
/// sentence held with no blank line between two lines of a sign-up's furniture (one of them
/// naming the newsletter, the inbox, the e-mail or the subscription) is the sign-up's pitch,
/// not the story's. A paragraph between two advertisement markers is the story's.
fn inside_a_widget(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let paragraphs: Vec<usize> = (1..lines.len())
        .filter(|&i| kinds[i] == Kind::Paragraph)
        .collect();
    let apart = paragraphs.iter().filter(|&&i| lines[i].gap_before).count();
    if paragraphs.len() < 3 || apart * 4 < paragraphs.len() * 3 {
        return kinds;
    }
    let signing_up = |t: &str| {
        let lower = t.to_lowercase();
        [
            "newsletter",
            "inbox",
            "email",
            "e-mail",
            "sign up",
            "subscribe",
            "berlangganan",
            "buletin",
            "surel",
        ]
        .iter()
        .any(|cue| lower.contains(cue))
    };
    for &i in &paragraphs {
        let held = i + 1 < lines.len()
            && !lines[i].gap_before
            && !lines[i + 1].gap_before
            && kinds[i - 1] == Kind::Promo
            && kinds[i + 1] == Kind::Promo;
        let sign_up = held && (signing_up(&lines[i - 1].text) || signing_up(&lines[i + 1].text));
        if sign_up && lines[i].text.split_whitespace().count() <= 30 {
            kinds[i] = Kind::Promo;
        }
    }
    kinds
}

/// "☰ Ayo Cirebon 🔍", "Dibaca: 312 kali", "Medan Kota", "Star of Mysore" read as the headline
/// while the story's own headline, in the header beside it, was read as a standfirst or a
/// byline. A short header line is the page's furniture, not the story's headline, when it carries
/// a menu's or a search's glyph, a label over a count, or only a place — or when the page
/// repeats the longer line in its breadcrumb or print header, as pages repeat their title. The
/// story's headline is then the nearest header line of a headline's shape (five words or more,
/// no sentence closed inside or at its end, no credit, no date) whose words the story uses.
fn headline_over_furniture(lines: &[Line], mut kinds: Vec<Kind>) -> Vec<Kind> {
    static COUNT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{L}+\s*:\s*[\d.,]+(?:\s+\p{L}+)?$").expect("count"));
    let Some(lead) = kinds.iter().position(|&k| k == Kind::Lead) else {
        return kinds;
    };
    let Some(first) = kinds[..lead].iter().position(|&k| k == Kind::Headline) else {
        return kinds;
    };
    let top = lines[first].text.trim();
    let is_glyph = |c: char| c as u32 >= 0x2190 && !c.is_alphanumeric() && !c.is_whitespace();
    // "☰ DWU Divine Word University DWU News": a line opening on the menu's button is the
    // site's header however many words its name takes. "◂ Sebelumnya · 3 dari 41 belum dibaca ·
    // Berikutnya ▸", "Tandai semua sudah dibaca ⟳ ⋮": a line closing on a control's glyph is a
    // reader's row of controls, whatever words sit between them.
    let top_words = top.split_whitespace().count();
    let menu_button = (top.starts_with(['☰', '≡', '⋮', '⋯', '🔍'])
        || top.chars().next_back().is_some_and(is_glyph))
        && top_words <= 10;
    if top_words > 4 && !menu_button {
        return kinds;
    }
    let glyph = top.chars().any(is_glyph);
    let furniture = glyph || COUNT.is_match(top) || super::gazetteer::place(top).is_some();
    let story: std::collections::BTreeSet<String> = lines
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| matches!(k, Kind::Lead | Kind::Paragraph))
        .flat_map(|(l, _)| content_words(&l.text))
        .collect();
    let headline_shaped = |i: usize| {
        let t = lines[i].text.trim();
        let words = content_words(t);
        matches!(kinds[i], Kind::Dek | Kind::Byline)
            && t.split_whitespace().count() >= 5
            && headline::is_headline(t)
            && headline::sentence_ends(t).is_empty()
            && !t.ends_with(['.', ':'])
            && !t.contains(['|', '·', '»', '›', '@'])
            && credits::role_cue(t).is_none()
            && datefind::find_all(t, false).is_empty()
            && !words.is_empty()
            && words.iter().filter(|w| story.contains(*w)).count() * 2 >= words.len()
    };
    // "Beranda » Ambon » Talud …", "12/2/26, 9:05 AM MCC Council approves …": the page's
    // breadcrumb or print header repeating most of the line.
    let repeated = |i: usize| {
        let t = lines[i].text.trim();
        let cut: String = t.chars().take(t.chars().count() * 4 / 5).collect();
        (0..lead)
            .any(|k| k != i && lines[k].text.len() > t.len() / 2 && lines[k].text.contains(&cut))
    };
    let own = (0..lead)
        .filter(|&i| i != first && headline_shaped(i))
        .filter(|&i| furniture || repeated(i))
        .min_by_key(|&i| (i.abs_diff(first), i < first));
    if let Some(own) = own {
        kinds[first] = Kind::Section;
        kinds[own] = Kind::Headline;
    }
    kinds
}

/// A letterhead's or a tool's heading: shouted ("PENGADILAN NEGERI JAYAPURA KELAS IA"), cut by
/// a menu's or a title bar's separator ("Addis Standard · Kindle", "FE MORNING BRIEF |
/// Tuesday"), or a form's field, its label set off by a space before the colon or its value
/// opening with no word ("Relevansi : ★★★★☆", "Snapshot: \"…\""). A headline quoting its speaker
/// ("Tempo: Jokowi Tolak Hadir", "Wakil Rektor: Mahasiswa Boleh …") is no field, nor is a
/// headline's own label ("Judul:", "Title:").
fn carrier_shaped(line: &str) -> bool {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([\p{L}][\p{L}\d/.()-]*(?: [\p{L}\d/.()-]+)?)( :|:) *(\S)").expect("field")
    });
    let field = FIELD.captures(line).is_some_and(|c| {
        let name = c[1].to_lowercase();
        let spaced = &c[2] == " :";
        let wordless = !c[3].starts_with(char::is_alphanumeric);
        !matches!(
            name.as_str(),
            "judul" | "title" | "headline" | "subject" | "subjek" | "perihal"
        ) && (spaced || wordless)
    });
    shouted(line)
        || line.contains(['|', '·', '›', '»', '<', '>'])
        || line.contains(" — ")
        || line.contains(" -- ")
        || field
}

/// Mostly capitals: at least six letters, four in five of them upper-case.
fn shouted(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 6
        && letters.iter().filter(|c| c.is_uppercase()).count() * 5 >= letters.len() * 4
}

/// The lines the classifier reads, with closing initials and outlet sign-offs cut from them
/// and returned as parts of their own.
pub fn prepare(text: &str) -> (Vec<Line>, Vec<Part>) {
    let mut lines = clean::lines(text);
    super::wrapper::without_reader_roles(&mut lines);
    super::wrapper::without_heading_marks(&mut lines);
    let mut signed: Vec<Part> = Vec::new();
    // Closing initials ("… mengeluh. (aud/agt)") and an outlet's sign-off ("… this year. –
    // Rappler.com") are not part of the sentence.
    for line in &mut lines {
        // A sign-off alone on its line ("(tribunbatam.id/Rio Pangaribuan)") names its writer
        // as one closing a paragraph does.
        let names = clean::sign_off_names(&line.text);
        if !names.is_empty() {
            signed.push(Part {
                kind: Kind::SignOff,
                text: names.join(", "),
            });
        }
        if !clean::is_initials(&line.text) {
            line.text = clean::strip_initials(&line.text);
        }
        line.text = clean::strip_end_mark(&line.text);
        if let Some((end, outlet)) = outlet_sign_off(&line.text) {
            signed.push(Part {
                kind: Kind::SignOff,
                text: outlet,
            });
            line.text.truncate(end);
        }
    }
    let short: Vec<String> = lines
        .iter()
        .filter(|l| l.text.split_whitespace().count() <= 6)
        .map(|l| l.text.clone())
        .collect();
    let last_prose = lines.iter().rposition(|l| {
        let f = features(&l.text);
        f.words >= 8 && f.stop_density >= 0.08
    });
    if let Some(last) = last_prose
        && let Some(end) = desk_codes(&lines[last].text)
    {
        lines[last].text.truncate(end);
    }
    for (i, line) in lines.iter_mut().enumerate() {
        if let Some((end, name)) = writer_sign_off(&line.text, &short, Some(i) == last_prose) {
            signed.push(Part {
                kind: Kind::SignOff,
                text: name,
            });
            line.text.truncate(end);
        }
    }
    without_teasers(&mut lines);
    (lines, signed)
}

/// "KORIDO, SUPIORITERKINI.COM - Gelombang pasang … di pesisir Kampung Korido, Distrik Supiori
/// ..." over the paragraph it cuts short a few lines down (a search result's snippet over its
/// expanded preview, a feed's card over the story it opens): the snippet, eight words or more
/// closing on an ellipsis, whose words a later line within twelve opens with (forty characters
/// or more of them) and goes on past by twenty or more without an ellipsis of its own, is the
/// page's teaser, no line of the story. (A print's running head cut short on every page is no
/// teaser of the next.)
fn without_teasers(lines: &mut Vec<Line>) {
    let teased = |k: usize| {
        let t = lines[k].text.trim_end();
        let Some(cut) = ["[...]", "[…]", "...", "…"]
            .iter()
            .find_map(|e| t.strip_suffix(e))
        else {
            return false;
        };
        let cut = cut.trim_end();
        cut.len() >= 40
            && cut.split_whitespace().count() >= 8
            && lines[k + 1..].iter().take(12).any(|l| {
                let full = l.text.trim_end();
                full.len() >= cut.len() + 20
                    && full.starts_with(cut)
                    && !full.ends_with("...")
                    && !full.ends_with('…')
            })
    };
    let teasers: Vec<usize> = (0..lines.len()).filter(|&k| teased(k)).collect();
    for k in teasers.into_iter().rev() {
        let gap = lines[k].gap_before;
        lines.remove(k);
        if let Some(next) = lines.get_mut(k) {
            next.gap_before |= gap;
        }
    }
}

/// "… every day, the department said. PTI DG RBT": a wire's codes closing the story's last
/// paragraph after its last stop — two to five words of two to six capitals, none a picture's
/// word ("AFP PHOTO" credits a caption) — are no part of the sentence. Where the sentence ends.
fn desk_codes(line: &str) -> Option<usize> {
    let end = headline::sentence_ends(line).last().copied()?;
    let (sentence, tail) = line.split_at(end);
    let codes: Vec<&str> = tail.split_whitespace().collect();
    let code = |w: &&str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let picture = |w: &&str| ["PHOTO", "FOTO", "PIX", "PIC", "FILE"].contains(w);
    ((2..=5).contains(&codes.len())
        && codes.iter().all(code)
        && !codes.iter().any(picture)
        && is_prose(sentence.trim_end()))
    .then(|| sentence.trim_end().len())
}

/// "… ke pintu masuk. Wardoyo" and "… the ministry said. — Thura Aung/KZL": a writer signing
/// the paragraph that closes the story, on its last line. Where the sentence ends, and the
/// writer. A caption ends the same way ("… on Wednesday. Ana Cruz"), so the name must sign as
/// a desk does (a dash before it and a code after a slash), be a writer a short line names too
/// ("By Wardoyo"), or close the text's last paragraph where no caption could be (two sentences
/// or more, or over 35 words).
fn writer_sign_off(line: &str, short_lines: &[String], last: bool) -> Option<(usize, String)> {
    let end = [". ", "! ", "? ", ".\" ", ".” "]
        .iter()
        .filter_map(|stop| line.rfind(stop).map(|i| i + stop.len() - 1))
        .max()?;
    let before = line[..end].trim_end();
    // "… di Jl. Ahmad Yani", "led by Dr. Jane Goodall": a name after a shortened word is the
    // sentence's own, not a writer signing it.
    if line[..end].ends_with('.') && headline::is_abbreviation(&before[..before.len() - 1]) {
        return None;
    }
    let tail = line[end..].trim();
    let dashed = tail.starts_with(['—', '–', '-']);
    let tail = tail.trim_start_matches(['—', '–', '-']).trim();
    let (name, code) = match tail.split_once('/') {
        Some((n, c)) => (n.trim(), Some(c.trim())),
        None => (tail, None),
    };
    let coded = code
        .is_some_and(|c| (2..=5).contains(&c.len()) && c.chars().all(|ch| ch.is_ascii_uppercase()));
    if code.is_some() && !coded
        || !(1..=4).contains(&name.split_whitespace().count())
        || !credits::is_name(name)
        || super::gazetteer::place(name).is_some()
        || PHOTO_WORDS.is_match(name)
    {
        return None;
    }
    let measured = features(before);
    if !measured.is_prose() {
        return None;
    }
    let sentences = before.matches(". ").count() + 1;
    let named_above = short_lines
        .iter()
        .any(|l| l.contains(name) && l.trim() != tail);
    // A quote and its speaker ("…," kata Budi.) is reporting; a caption shows, it quotes no one.
    let quoted = before.contains(['"', '“', '”']);
    let long = sentences >= 2 || measured.words > 35 || quoted;
    (dashed && coded || named_above || last && long).then(|| (before.len(), name.to_string()))
}

/// A running head as every page prints it: its words in lower case with the digits (the
/// page's number) left out, so the heads of two pages compare equal.
pub(super) fn running_head_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// "4 THE ORCADIAN, Thursday, December 3, 2026" over one page and "THE ORCADIAN, Thursday,
/// December 3, 2026 5" over the next: a printed paper's running head, the same date line on
/// every page but for its page number (or mirrored, on facing pages). A short line naming a
/// date, with a page number at one end and a word in capitals, that the text wrote before, its
/// digits apart, is the page's, not the story's.
fn running_heads(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let dated: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            // A running head carries its page's number at one end and the paper's name in
            // capitals: "Harga per 8 Desember 2026: Rp95.000 per kilogram" under "Harga per 1
            // Desember 2026: …" is a story's list, not a page's head.
            let words: Vec<&str> = l.text.split_whitespace().collect();
            let page_number =
                |w: &&str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
            let numbered =
                words.first().is_some_and(page_number) || words.last().is_some_and(page_number);
            let masthead = words.iter().any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !w.chars().any(char::is_lowercase)
            });
            words.len() <= 14
                && numbered
                && masthead
                && !super::clean::ends_sentence(&l.text)
                && !datefind::find_all(&l.text, false).is_empty()
        })
        .map(|(i, l)| (i, running_head_key(&l.text)))
        .collect();
    // "1  THE WHITEHORSE STAR  Tuesday, November 24, 2026  $1.50" over the front page, "6  THE
    // WHITEHORSE STAR  Tuesday, November 24, 2026" over the next: the front page's head may
    // print its price after what every head prints.
    // A left page's head and a right page's print the same words in the mirrored order ("6
    // HI-LINE GRAIN JOURNAL • DECEMBER 3, 2026", "DECEMBER 3, 2026 • HI-LINE GRAIN JOURNAL 7").
    let words = |k: &str| {
        let mut w: Vec<String> = k
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        w.sort_unstable();
        w
    };
    let same_head = |a: &str, b: &str| a.starts_with(b) || b.starts_with(a) || words(a) == words(b);
    for (n, (i, k)) in dated.iter().enumerate() {
        let again = dated[..n].iter().any(|(_, earlier)| same_head(earlier, k));
        let first = !again && dated[n + 1..].iter().any(|(_, later)| same_head(later, k));
        // A head printed again is the page's, though its date reads as a date line when the
        // paper's name shows in it in capitals ("3 min read 02 Dec 2025, 07:15 PM IST" under
        // another story is that story's date line).
        let shouted = lines[*i]
            .text
            .split_whitespace()
            .filter(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !w.chars().any(char::is_lowercase)
            })
            .count();
        let dated_line = kinds[*i] == Some(Kind::DateTime) && shouted >= 2;
        if again && (kinds[*i].is_none() || dated_line) {
            kinds[*i] = Some(Kind::PageMarker);
        } else if kinds[*i].is_none() && first {
            // The first is the edition's head over the story, no headline: it dates the
            // edition.
            kinds[*i] = Some(Kind::Section);
        }
    }
}

/// "> [!note] Catatan" over "> Bahan tulisan …", "> [!todo] Tindak lanjut" over "> - [ ] Minta
/// kontak …": a notes app's or a code host's callout, the note its user set beside the story
/// behind quote marks; the callout's lines (its quoted lines right under its head) are the
/// user's, not the story's. A quote's callout is the user's only when it repeats words the
/// story says elsewhere (a pull quote); the words of one the story says nowhere else are the
/// story's, under the tool's head.
fn callouts(lines: &[Line], kinds: &mut [Option<Kind>]) {
    static HEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^>\s*\[!([A-Za-z-]+)\][+-]?(?:\s|$)").unwrap());
    let mut i = 0;
    while i < lines.len() {
        let Some(head) = HEAD.captures(lines[i].text.trim_start()) else {
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].gap_before || !lines[j].text.trim_start().starts_with('>'))
            .unwrap_or(lines.len());
        let quoting = matches!(head[1].to_lowercase().as_str(), "quote" | "cite");
        let repeated = || {
            lines[i + 1..end].iter().all(|l| {
                let words = l
                    .text
                    .trim_start_matches(|c: char| c == '>' || c.is_whitespace())
                    .trim_matches(|c: char| !c.is_alphanumeric());
                let probe: String = words.chars().take(30).collect();
                probe.is_empty()
                    || lines[..i]
                        .iter()
                        .chain(&lines[end..])
                        .any(|o| o.text.contains(probe.as_str()))
            })
        };
        // A quote the story says nowhere else stays; its head is the tool's.
        let last = if !quoting || repeated() { end } else { i + 1 };
        for kind in &mut kinds[i..last] {
            *kind = Some(Kind::Promo);
        }
        i = end;
    }
}

/// What the hand-written rules make of each prepared line.
pub fn rule_kinds(lines: &[Line]) -> Vec<Kind> {
    let mut kinds: Vec<Option<Kind>> = lines.iter().map(|l| cue(&l.text)).collect();
    desk_notes(lines, &mut kinds);
    callouts(lines, &mut kinds);
    reading_range(lines, &mut kinds);
    review_cards(lines, &mut kinds);
    struck_paragraphs(lines, &mut kinds);
    ad_cards(lines, &mut kinds);
    super::aids::tool_lines(lines, &mut kinds);
    super::aids::original_pane(lines, &mut kinds);
    super::aids::checker_findings(lines, &mut kinds);
    super::wrapper::sharing(lines, &mut kinds);
    super::wrapper::app_lines(lines, &mut kinds);
    super::wrapper::spoken(lines, &mut kinds);
    super::wrapper::presenter_links(lines, &mut kinds);
    super::wrapper::clipping(lines, &mut kinds);
    super::wrapper::feed_item(lines, &mut kinds);
    super::wrapper::print_controls(lines, &mut kinds);
    running_heads(lines, &mut kinds);
    super::wrapper::text_mode_links(lines, &mut kinds);
    super::wrapper::archive_banner(lines, &mut kinds);
    super::wrapper::window_title(lines, &mut kinds);
    super::wrapper::record_fields(lines, &mut kinds);
    super::wrapper::tool_panel(lines, &mut kinds);
    super::wrapper::chat_turns(lines, &mut kinds);
    super::wrapper::player_controls(lines, &mut kinds);
    super::wrapper::forwarded_mail(lines, &mut kinds);
    super::wrapper::thread_lines(lines, &mut kinds);
    related_headlines(lines, &mut kinds);
    mail_header(lines, &mut kinds);
    mail_signature(lines, &mut kinds);
    signing_block(lines, &mut kinds);
    jump_heads(lines, &mut kinds);
    captions_under_images(lines, &mut kinds);
    captions_beside_credits(lines, &mut kinds);
    pull_quotes(lines, &mut kinds);
    ticker_over_masthead(lines, &mut kinds);
    site_menu(lines, &mut kinds);
    let marked = copy_marks(lines, &mut kinds);
    if marked.is_none() {
        super::records::ruled_frame(lines, &mut kinds);
        super::records::text_label(lines, &mut kinds);
    }
    super::records::records_after_story(lines, &mut kinds);
    super::records::page_stamps(lines, &mut kinds);
    super::relay::carried_story(lines, &mut kinds);
    originals_under_translations(lines, &mut kinds);
    // A menu's or a toolbar's row copied with its cells' spacing is the page's, where no frame
    // read above claims it.
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if line.cells && kind.is_none() {
            *kind = Some(Kind::Promo);
        }
    }
    let lead = find_lead(lines, &kinds);
    folio_date(lines, &mut kinds, lead);
    let lead = bare_key_points(lines, &mut kinds, lead);
    super::wrapper::comment_section(lines, &mut kinds, lead);
    super::wrapper::post_cards(lines, &mut kinds, lead);
    header(lines, &mut kinds, lead);
    // Over a carrier's opening mark, a standfirst or key points are the carrier's fields.
    if let Some(open) = marked {
        for kind in &mut kinds[..open] {
            if matches!(kind, Some(Kind::Dek | Kind::ListItem)) {
                *kind = Some(Kind::Promo);
            }
        }
    }
    body_parts(lines, &mut kinds, lead);
    reporter_sign_off(lines, &mut kinds, lead);
    super::closing::masthead(lines, &mut kinds, lead);
    super::closing::reference_list(lines, &mut kinds, lead);
    super::closing::transcript_after_story(lines, &mut kinds, lead);
    super::closing::replies_after_story(lines, &mut kinds, lead);
    kinds
        .into_iter()
        .map(|k| k.unwrap_or(Kind::Paragraph))
        .collect()
}

/// "Aditya Nugroho, MNC Trijaya, Semarang.", "[OUT] Komang Adi Wiguna, Bali TV, melaporkan.": a
/// broadcast reporter signing the report off on a line of its own under the story's last
/// paragraph — a person's name, the station and the place or the verb of reporting, parted by
/// commas, closed by a stop, maybe behind a script's cue in brackets — credits the writer and
/// names the newsroom as a byline does (the place is where the reporter stands, no dateline).
/// Only the story's last line, after prose, with the page's furniture alone under it.
fn reporter_sign_off(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let Some(last) = (lead + 1..lines.len())
        .rev()
        .find(|&k| kinds[k].is_none_or(Kind::is_body))
    else {
        return;
    };
    let after_prose = (lead..last)
        .rev()
        .find(|&k| kinds[k].is_none_or(Kind::is_body))
        .is_some_and(|k| is_prose(&lines[k].text));
    if after_prose && is_reporter_sign_off(&lines[last].text) {
        kinds[last] = Some(Kind::Byline);
    }
}

/// The shape of a broadcast reporter's sign-off (see `reporter_sign_off`).
pub(super) fn is_reporter_sign_off(t: &str) -> bool {
    // "[OUT] Komang Adi Wiguna, Bali TV, melaporkan.": a script's out-cue may mark the line.
    let t = t
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .map_or(t, |(_, rest)| rest.trim_start());
    let Some(body) = t.strip_suffix('.') else {
        return false;
    };
    let pieces: Vec<&str> = body.split(", ").map(str::trim).collect();
    let capitalised = |p: &str| {
        (1..=3).contains(&p.split_whitespace().count())
            && p.split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    pieces.len() == 3
        && (2..=4).contains(&pieces[0].split_whitespace().count())
        && credits::is_name(pieces[0])
        && capitalised(pieces[1])
        && (capitalised(pieces[2]) || ["melaporkan", "reporting"].contains(&pieces[2]))
        && super::gazetteer::place(pieces[1]).is_none()
}

/// "KABAR SELEBES | SELASA, 10 MARET 2026 | HALAMAN 1": a printed page's folio over the story,
/// where no date line stands above the lead, dates the story: it is the day the page was
/// printed, as a date line under the headline is the day a site published it.
fn folio_date(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let above = &kinds[..lead.min(kinds.len())];
    if above.contains(&Some(Kind::DateTime)) {
        return;
    }
    // "Sitka, Alaska Thursday, July 16, 2026 Vol. LXXXVII, No. 137 Page 1": a folio whose
    // pieces stood apart by spaces alone, closed by its page's number.
    let spaced_folio = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        let f = features(t);
        words.len() >= 4
            && words.len() <= 16
            && !f.ends_stop
            && PAGE_MARKER.is_match(&words[words.len() - 2..].join(" "))
    };
    let folio = (0..above.len()).find(|&k| {
        let t = &lines[k].text;
        (kinds[k] == Some(Kind::PageMarker) && is_page_header(t)
            || kinds[k].is_none() && spaced_folio(t))
            && !datefind::find_all(t, false).is_empty()
    });
    if let Some(k) = folio {
        kinds[k] = Some(Kind::DateTime);
    }
}

/// "[ES] Los pasajeros de la Ruta 2 …" right under "Riders on the Route 2 …": a translation
/// desk's copy sets the original under each translated paragraph, behind its language's code in
/// brackets. Three lines or more behind the same code, each right under an unmarked line (no
/// blank between), are the original's: the desk's, never the page's.
fn originals_under_translations(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let code = |text: &str| -> Option<String> {
        let rest = text.strip_prefix('[')?;
        let (code, after) = rest.split_at_checked(3)?;
        (code.len() == 3
            && code.ends_with(']')
            && code[..2].chars().all(|c| c.is_ascii_uppercase())
            && after.starts_with(' '))
        .then(|| code[..2].to_string())
    };
    let marked = |k: usize| k > 0 && !lines[k].gap_before && code(&lines[k - 1].text).is_none();
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (k, line) in lines.iter().enumerate() {
        if let Some(c) = code(&line.text).filter(|_| marked(k)) {
            *counts.entry(c).or_default() += 1;
        }
    }
    for (k, (line, kind)) in lines.iter().zip(kinds.iter_mut()).enumerate() {
        let Some(c) = code(&line.text) else {
            continue;
        };
        if marked(k) && counts.get(&c).is_some_and(|&n| n >= 3) {
            *kind = Some(Kind::Promo);
        }
    }
}

/// "---BEGIN STORY---" … "---END STORY---", "----- COPY -----" … "----- END COPY -----": the
/// marks a newsroom's system (a syndication feed, a news budget) sets around the copy it
/// carries — a line of a few words framed by runs of dashes, equals signs or stars, naming the
/// story or the copy, the closing one with an end word. With both marks, the story stands
/// between them: a sentence over the opening mark (a rights or usage note) and every line
/// under the closing one are the carrier's, and so are the marks; when the copy opens with its
/// own headline under the mark (over a byline, a date line or the lead), so is every other line
/// over the mark that no cue reads. A chat
/// message may carry the mark (`[14:07] Name: ---- pasted text begins ----`), and one word
/// besides may say how the copy came. Where the opening mark stands.
fn copy_marks(lines: &[Line], kinds: &mut [Option<Kind>]) -> Option<usize> {
    let mark = |text: &str| -> Option<bool> {
        // "[14:07] Tendai M.: ---- pasted text begins ----": a chat's message whose words are
        // the mark.
        let t = match text.trim().rsplit_once(": ") {
            Some((_, said)) if said.starts_with(['-', '=', '*', '#']) => said,
            _ => text.trim(),
        };
        let inner = t.trim_matches(|c: char| matches!(c, '-' | '=' | '*' | '#'));
        let framed = t.len() - inner.len() >= 4
            && t.starts_with(['-', '=', '*', '#'])
            && t.ends_with(['-', '=', '*', '#']);
        let words: Vec<String> = inner.split_whitespace().map(str::to_lowercase).collect();
        if !framed || words.is_empty() || words.len() > 3 {
            return None;
        }
        const SUBJECT: &[&str] = &[
            "story", "copy", "text", "teks", "berita", "naskah", "article", "artikel", "body",
            "kutipan", "salinan", "quote",
        ];
        const OPEN: &[&str] = &["begin", "begins", "start", "starts", "mulai", "awal"];
        const CLOSE: &[&str] = &["end", "ends", "akhir", "selesai"];
        let subject = words.iter().any(|w| SUBJECT.contains(&w.as_str()));
        let close = words.iter().any(|w| CLOSE.contains(&w.as_str()));
        // One word besides them may say how the copy came (`pasted`, `copied`, `salinan`).
        let unknown = words
            .iter()
            .filter(|w| {
                !(SUBJECT.contains(&w.as_str())
                    || OPEN.contains(&w.as_str())
                    || CLOSE.contains(&w.as_str()))
            })
            .count();
        let known = unknown == 0 || unknown == 1 && words.len() == 3;
        (subject && known).then_some(close)
    };
    let open = lines.iter().position(|l| mark(&l.text) == Some(false))?;
    let close = (open + 1..lines.len()).find(|&k| mark(&lines[k].text) == Some(true))?;
    // A copy opening with its own headline under the mark: every line over the mark that no cue
    // reads (a library's, a chat's, a budget's lines) is the carrier's.
    let headed = lines.get(open + 1).is_some_and(|l| {
        let f = features(&l.text);
        f.words >= 3
            && !f.ends_stop
            && !l.text.contains(':')
            && date_residue(&l.text).is_none()
            && open + 2 < close
            && lines.get(open + 2).is_some_and(|n| {
                is_byline_line(&n.text) || date_residue(&n.text).is_some() || is_prose(&n.text)
            })
    });
    for k in 0..open {
        if kinds[k].is_none() && (headed || is_prose(&lines[k].text)) {
            kinds[k] = Some(Kind::Promo);
        }
    }
    kinds[open] = Some(Kind::PageMarker);
    // The copy's own credits stand between the marks: a credit or a date under the closing one
    // is the carrier's ("Cleared by: Assistant Secretary, 24/02/2026").
    for kind in &mut kinds[close..] {
        if kind.is_none_or(|k| {
            k.is_body() || matches!(k, Kind::Byline | Kind::Credit | Kind::DateTime)
        }) {
            *kind = Some(Kind::Promo);
        }
    }
    kinds[close] = Some(Kind::PageMarker);
    Some(open)
}

/// A word processor's review marks copied with the text: a comment balloon ("Comment [AS1]: Cek
/// lagi …", "Commented [DH2]: …"), a tracked change or a format change in the margin ("Deleted:
/// Senin", "Inserted: Anggota", "Formatted: Font: …"), an online editor's suggestion
/// ("Tambahkan: \"kering panen\"", "Replace: \"Kadis\" with …"): a review word and a colon,
/// the balloon's initials and number in brackets, a change of a few words, a suggestion
/// quoting its words.
static REVIEW_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?:(?:Comment(?:ed)?|Komentar|Dikomentari)\s*\[[A-Za-z]{1,4}\d{1,3}\]\s*:|(?:Deleted|Inserted|Formatted|Dihapus|Disisipkan|Diformat)\s*:\s*\S|(?:Tambahkan|Hapus|Ganti|Add|Delete|Replace)\s*:\s*["“])"#,
    )
    .unwrap()
});

fn review_mark(text: &str) -> bool {
    REVIEW_MARK.is_match(text)
        && (text.starts_with(['C', 'K'])
            || text.split_whitespace().count() <= 12
            || text.starts_with("Formatted"))
}

/// "Deleted: Warga Desa Latawe juga mengeluhkan debu …": a whole paragraph struck out in a
/// manuscript whose other review marks (three or more: short changes, comment balloons) show
/// it was copied with its tracked changes is a change too, however long.
fn struck_paragraphs(lines: &[Line], kinds: &mut [Option<Kind>]) {
    static STRUCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:Deleted|Dihapus)\s*:\s*\S").unwrap());
    if lines.iter().filter(|l| review_mark(&l.text)).count() < 3 {
        return;
    }
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if STRUCK.is_match(&line.text) {
            *kind = Some(Kind::Promo);
        }
    }
}

/// "Ad" over "Southlight Insurance", "Heading off-island this summer? Cover your home …" and
/// "Get a quote": an advertiser's card in the story's column, from its label to its button
/// or its number to call (at most three short lines between), is the page's; so is an app's
/// offer ("PROMO" over "Diskon 50% …", its terms and "Klaim"). A label followed by the story goes
/// alone, as before.
fn ad_cards(lines: &[Line], kinds: &mut [Option<Kind>]) {
    const LABELS: &[&str] = &[
        "ad",
        "ads",
        "advertisement",
        "iklan",
        "sponsored",
        "promoted",
        "disponsori",
        "sponsor",
        "promo",
        "cashback",
        "voucher",
    ];
    const BUTTONS: &[&str] = &[
        "klaim",
        "pakai",
        "claim",
        "redeem",
        "get a quote",
        "learn more",
        "shop now",
        "book now",
        "order now",
        "call now",
        "sign up",
        "apply now",
        "visit site",
        "visit website",
        "find out more",
        "pesan sekarang",
        "beli sekarang",
        "daftar sekarang",
        "hubungi kami",
        "selengkapnya",
        "kunjungi",
        "pelajari lebih lanjut",
    ];
    let bare = |t: &str| {
        t.trim()
            .trim_end_matches(['→', '›', '»', '>', '.', '!', ' '])
            .to_lowercase()
    };
    // The labels and buttons are short: longer lines are not lowercased to be looked up.
    let is = |t: &str, words: &[&str]| t.len() <= 30 && words.contains(&bare(t).as_str());
    // "Hubungi 0812-4800-3917", "Call 24650": the card's number to call closes it as a button.
    // Only a number follows the word ("Tel Aviv, November 12" and "Wa Ode Zainab | 12/11" do
    // not call).
    let call = |t: &str| {
        let lower = t.trim().to_lowercase();
        t.len() <= 40
            && [
                "hubungi", "hub.", "call", "telp.", "telp", "tel.", "tel", "wa", "whatsapp",
            ]
            .iter()
            .find_map(|c| lower.strip_prefix(c))
            .is_some_and(|rest| {
                rest.starts_with([' ', ':', '.'])
                    && rest.chars().filter(char::is_ascii_digit).count() >= 5
                    && rest
                        .chars()
                        .all(|c| c.is_ascii_digit() || " -+().:/".contains(c))
            })
    };
    for i in 0..lines.len() {
        if !is(&lines[i].text, LABELS) {
            continue;
        }
        let end = (i + 2..lines.len().min(i + 6))
            .find(|&j| is(&lines[j].text, BUTTONS) || call(&lines[j].text));
        if let Some(end) = end
            && lines[i + 1..end]
                .iter()
                .all(|l| l.text.split_whitespace().count() <= 25)
        {
            for kind in &mut kinds[i..=end] {
                *kind = Some(Kind::Promo);
            }
        }
    }
}

/// The card an online editor sets over a suggestion: the reviewer's name and the time, short
/// lines right above the suggestion, with no blank line between. They go with it.
fn review_cards(lines: &[Line], kinds: &mut [Option<Kind>]) {
    for i in 0..lines.len() {
        let suggestion = review_mark(&lines[i].text) && lines[i].text.contains(['"', '“']);
        if !suggestion || lines[i].gap_before {
            continue;
        }
        let mut j = i;
        while j > 0 && i - j < 2 {
            let above = &lines[j - 1];
            let short =
                above.text.split_whitespace().count() <= 4 && !clean::ends_sentence(&above.text);
            if !short || review_mark(&above.text) {
                break;
            }
            kinds[j - 1] = Some(Kind::Promo);
            if above.gap_before {
                break;
            }
            j -= 1;
        }
    }
}

/// "LATEST: Canadian North adds second daily Iqaluit–Ottawa flight for the holidays" over
/// "NUNAVUT NEWS" and the site's menu: an editor's label heading one headline in the page's
/// header, over the masthead or the menu, is the site's ticker, not the story's headline or
/// lead. Under the masthead the same line may head the story itself, unless a story's head
/// follows it: a section's name ("Daerah") over a headline of its own, as a page sets the
/// ticker above the story it shows ("TERKINI: Harga Cengkih Turun" / "Daerah" / "Jalan
/// Sofifi–Payahe Amblas di Kaiyasa, Antrean Capai Dua Kilometer").
fn ticker_over_masthead(lines: &[Line], kinds: &mut [Option<Kind>]) {
    const LABELS: &[&str] = &[
        "latest",
        "breaking",
        "breaking news",
        "just in",
        "trending",
        "terkini",
        "terbaru",
        "berita terkini",
        "populer",
    ];
    for i in 0..lines.len() {
        let text = lines[i].text.trim();
        // The header ends where the story's prose begins.
        if text.split_whitespace().count() >= 20 && clean::ends_sentence(text) {
            return;
        }
        // "TERKINI: …", "TERKINI ▸ … • …": the label stands before a colon or an arrow.
        let Some((label, rest)) = text.split_once([':', '▸', '►', '›', '»']) else {
            continue;
        };
        let labelled = LABELS.contains(&label.trim().to_lowercase().as_str())
            && rest.split_whitespace().count() >= 3
            && !clean::ends_sentence(text);
        // Only a labelled line looks below it: a menu row is read against the whole story.
        let header_below = || {
            lines[i + 1..]
                .iter()
                .take(3)
                .any(|l| is_outlet_line(&l.text) || is_menu_row(&l.text, &lines[i + 1..]))
        };
        let head_below = || {
            let next: Vec<&str> = lines[i + 1..]
                .iter()
                .take(2)
                .map(|l| l.text.trim())
                .collect();
            let words = |t: &str| t.split_whitespace().count();
            // A section's name is one word, a place ("Padang Panjang") or a known desk's
            // label: "Jane Doe" over a date line is a byline under the story's own headline.
            let section_name = |s: &str| {
                words(s) == 1 && !s.contains([':', '.', '|'])
                    || super::gazetteer::place(s).is_some()
                    || dateline::is_section_label(s)
            };
            matches!(next[..], [section, headline]
                if section_name(section)
                    && section.starts_with(char::is_uppercase)
                    && (5..=25).contains(&words(headline))
                    && !clean::ends_sentence(headline)
                    && !headline.contains(':')
                    && !credits::opens_with_by(headline)
                    && datefind::find_all(headline, false).is_empty())
        };
        if labelled && kinds[i].is_none() && (header_below() || head_below()) {
            kinds[i] = Some(Kind::Promo);
        }
    }
}

/// "Home", "News", "Sport" under a cookie banner or an account row opening the text: under
/// the noise a paste sets over the story, the short names of shelves (three words at most, no
/// function word, no stop) are the site's menu and breadcrumb, not the headline.
fn site_menu(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let mut furniture = false;
    for i in 0..lines.len() {
        match kinds[i] {
            Some(Kind::Promo | Kind::PageMarker) => furniture = true,
            // An outlet's name among them is left for the header to read the source from.
            None if furniture && is_outlet_line(&lines[i].text) => {}
            None if furniture
                && (is_shelf_name(&lines[i].text) || is_breadcrumb(&lines[i].text)) =>
            {
                kinds[i] = Some(Kind::Section);
            }
            _ => return,
        }
    }
}

/// A related-links cue with nothing after it introduces the headline lines that follow, above
/// the story's first paragraph ("READ MORE:" over bullets under the byline) as well as in it.
fn related_headlines(lines: &[Line], kinds: &mut [Option<Kind>]) {
    let n = lines.len();
    let blocks = clean::blank_lines_part_blocks(lines);
    for i in 0..n {
        if kinds[i] != Some(Kind::Related) {
            continue;
        }
        let lower = lines[i].text.to_lowercase();
        // Only the cue line itself introduces headlines, not a headline it took.
        let Some(cue_len) = starts_with_any(&lower, RELATED_CUES) else {
            continue;
        };
        let after = &lower[cue_len..];
        let introduces =
            after.trim_matches([' ', ':']).is_empty() || features(&lines[i].text).words <= 4;
        if !introduces {
            continue;
        }
        let mut j = i + 1;
        while j < n && j <= i + 3 && kinds[j].is_none() {
            let t = &lines[j].text;
            let f = features(t);
            // A headline asking a question ends on its mark as prose does; its capitals tell it
            // ("Kenapa Anak Perlu Imunisasi Lengkap Meski Sudah Sehat?").
            let titled_question = t.ends_with('?') && body::is_subheading(t);
            let title_like =
                f.words <= 16 && !t.starts_with(['"', '“']) && (!is_prose(t) || titled_question);
            // Where blank lines part no blocks (one after every line, or none), the cue's
            // headlines are told from a subheading after them by length: headlines of one
            // block run to like lengths, a subheading is far shorter ("Saham Perbankan
            // Memimpin" under a headline of twelve words).
            let like_length = f.words * 3 >= features(&lines[j - 1].text).words * 2;
            if !title_like
                || (j > i + 1
                    && if blocks {
                        lines[j].gap_before
                    } else {
                        !like_length
                    })
            {
                break;
            }
            kinds[j] = Some(Kind::Related);
            j += 1;
        }
    }
}

/// "… later this year. – Rappler.com": where the sentence ends, and the outlet signing it.
fn outlet_sign_off(line: &str) -> Option<(usize, String)> {
    bracketed_stamp(line).or_else(|| dashed_sign_off(line))
}

/// "… worst hit by flooding this year. (NAN)(www.nannews.ng)": after a closed sentence, an
/// agency's code in brackets stamped with its own web address in brackets. The address makes
/// it the agency's stamp: "… naik. (BMKG)" alone cites an office, and an office's own site
/// beside its code is where the reader may look.
fn bracketed_stamp(line: &str) -> Option<(usize, String)> {
    let t = line.trim_end();
    let address = t.strip_suffix(')')?;
    let open = address.rfind('(')?;
    let site = &address[open + 1..];
    let web = site.starts_with("www.")
        && site.len() > 6
        && site
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-/".contains(c));
    let coded = address[..open].trim_end().strip_suffix(')')?;
    let code_open = coded.rfind('(')?;
    let code = &coded[code_open + 1..];
    let before = coded[..code_open].trim_end();
    let closed = before.ends_with(['.', '!', '?', '"', '”']);
    // The address is the agency's own: its host opens with the code ("NAN", "nannews.ng"), and
    // is no government's or body's (an office cited with its site: "(NPHCDA)(www.nphcda.gov.ng)").
    let host = site.trim_start_matches("www.").to_lowercase();
    let own = host.starts_with(&code.to_lowercase())
        && ![".gov", ".go.", ".org", ".edu", ".ac.", ".mil", ".int"]
            .iter()
            .any(|h| host.contains(h));
    (web && own && closed && signing_outlet(code)).then(|| (before.len(), code.to_string()))
}

/// "… this year. – Rappler.com": an outlet's name after a dash closing the story.
fn dashed_sign_off(line: &str) -> Option<(usize, String)> {
    let (i, sep) = [" – ", " — ", " - ", " -- "]
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|i| (i, *sep)))
        .max_by_key(|&(i, _)| i)?;
    let outlet = line[i + sep.len()..].trim();
    let before = line[..i].trim_end();
    let closed = before.ends_with(['.', '!', '?', '"', '”']);
    (closed && outlet.split_whitespace().count() <= 3 && signing_outlet(outlet))
        .then(|| (before.len(), outlet.to_string()))
}

/// A name that signs a story off after a dash as its outlet: one digest knows for an outlet,
/// or a newsroom's acronym alone ("— VNS", "– AFP"): a word of two to six capitals.
pub(super) fn signing_outlet(name: &str) -> bool {
    let acronym = (2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase());
    // "ENDS", "SELESAI": a wire's end mark in capitals signs no one.
    (dateline::is_outlet(name) || acronym) && !clean::is_end_mark(name)
}

/// Where the article's text starts: a paragraph opening with a dateline near the top, else one
/// further down that a story's header and body frame (`framed_dateline_lead`), else the first
/// prose after the last header line (date, byline, outlet) near the top.
fn find_lead(lines: &[Line], kinds: &[Option<Kind>]) -> usize {
    // The header is read from under the furniture a copy route sets over the page (a forwarded
    // mail's note and header, an archive's banner): fifteen lines from there.
    let wrapper = kinds
        .iter()
        .take_while(|k| **k == Some(Kind::Promo))
        .count();
    let top = lines.len().min(wrapper + 15);
    for i in 0..top {
        let t = &lines[i].text;
        // "Market - Romys Binekasri, CNBC Indonesia" has a dateline's shape but no text after it.
        if kinds[i].is_none()
            && features(t).words >= 6
            && !is_masthead_with_motto(t)
            && dateline::parse(t).is_some_and(|d| {
                // "Ngoc Hien - Thanh Thao / Tuoi Tre News" closing the story is writers and an
                // outlet: the text after a dateline has function words or a stop.
                let rest = features(&t[d.rest..]);
                // "… Kamis (4/12/2025). Susunan acara:" over its list ends a sentence too.
                let opens_list = rest.words >= 6 && t.ends_with(':');
                rest.words >= 6 && rest.stop_density > 0.0 || rest.ends_stop || opens_list
            })
        {
            return i;
        }
    }
    // Not under a story's own header near the top: a byline there heads the page's story, and
    // a later item of a roundup keeps its place.
    let bylined = (0..top).any(|i| {
        let t = &lines[i].text;
        kinds[i] == Some(Kind::Byline) || is_byline_line(t) || credits::role_cue(t).is_some()
    });
    if let Some(i) = (top..lines.len()).find(|&i| !bylined && framed_dateline_lead(lines, kinds, i))
    {
        return i;
    }
    let mut last_meta = None;
    let mut prose_run = 0;
    for i in 0..top {
        let t = &lines[i].text;
        let meta = matches!(
            kinds[i],
            Some(Kind::DateTime | Kind::Byline | Kind::Credit | Kind::Outlet)
        ) || kinds[i].is_none() && i > 0 && (is_name_line(t) || is_outlet_line(t));
        // "Updated on …" under a paragraph of prose that follows the header: a note on a
        // revision set after the lead, not the end of the header.
        let note_after_lead =
            kinds[i] == Some(Kind::DateTime) && prose_run >= 1 && is_update_note(t);
        if meta && !note_after_lead {
            last_meta = Some(i);
            prose_run = 0;
        } else if kinds[i].is_none() && is_prose(t) {
            prose_run += 1;
            if prose_run >= 2 {
                break;
            }
        }
    }
    let from = last_meta.map_or(0, |m| m + 1);
    let lead = (from..lines.len())
        .find(|&i| {
            kinds[i].is_none() && is_prose(&lines[i].text) && !followed_by_caption(lines, kinds, i)
        })
        .or_else(|| (from..lines.len()).find(|&i| kinds[i].is_none() && i > 0))
        .unwrap_or(0);
    match standfirst_over_photo(lines, kinds, last_meta, lead) {
        Some(story) => story,
        None => lead,
    }
}

/// "APALAPSILI, KA – Jembatan kayu …", "MIÐVÁGUR — A 29-year-old …": a dateline set off by a
/// dash ("Coun. Gail Mehling, who …", a speaker's "AMANDA BALLANTYNE: Our goal …" and "Tidak.
/// Sejak …" have a dateline's shape too). The words after it.
fn dashed_dateline(text: &str) -> Option<&str> {
    let d = dateline::parse(text)?;
    text[..d.rest]
        .contains(['–', '—', '-'])
        .then(|| &text[d.rest..])
}

/// A story a document carries far down (minutes with the story as an annex, a letter with the
/// story it proves was published, a police log with one entry's full story, a report's
/// clipping box): its lead opens with a dateline set off by a dash ("APALAPSILI, KA – Jembatan
/// kayu …", "MIÐVÁGUR — A 29-year-old tourist …") in a sentence of twenty words or more
/// closing on a stop, a headline stands within four lines over it (a short line closing on no
/// stop), and two paragraphs of prose or more follow it: a teaser under a related link has
/// neither. (`find_lead` looks so far only when no byline heads the page's top.)
fn framed_dateline_lead(lines: &[Line], kinds: &[Option<Kind>], i: usize) -> bool {
    let t = &lines[i].text;
    let f = features(t);
    let lead = f.words >= 20
        && f.ends_stop
        && !is_masthead_with_motto(t)
        && dashed_dateline(t).is_some_and(|rest| {
            let rest = features(rest);
            rest.words >= 20 && rest.stop_density > 0.0
        });
    if !lead || kinds[i].is_some_and(|k| k != Kind::Promo) {
        return false;
    }
    let headed = (i.saturating_sub(4)..i).any(|j| {
        let h = features(&lines[j].text);
        (4..=20).contains(&h.words) && !h.ends_stop && !lines[j].text.ends_with(':')
    });
    let prose_after = lines[i + 1..]
        .iter()
        .take(6)
        .filter(|l| is_prose(&l.text))
        .count();
    headed && prose_after >= 2
}

/// "Updated on December 4, 2025", "Last update on: …", "Diperbarui 3 Maret 2025": a date line
/// labelled as a revision.
fn is_update_note(text: &str) -> bool {
    let lower = text.to_lowercase();
    starts_with_any(
        &lower,
        &[
            "updated",
            "last updated",
            "update",
            "last update",
            "diperbarui",
            "terakhir diperbarui",
        ],
    )
    .is_some()
}

/// Byline, date, one sentence, the photo's caption, then the story: the sentence is the
/// standfirst, as pages set it between the credits and the picture. Returns where the story
/// starts.
fn standfirst_over_photo(
    lines: &[Line],
    kinds: &[Option<Kind>],
    last_meta: Option<usize>,
    lead: usize,
) -> Option<usize> {
    let right_after_credits = last_meta.is_some_and(|m| m + 1 == lead);
    let one_sentence = headline::sentence_ends(&lines.get(lead)?.text).len() == 1
        && features(&lines[lead].text).words <= 35;
    let caption = lead + 1;
    let story = caption + 1;
    (right_after_credits
        && one_sentence
        && kinds.get(caption) == Some(&Some(Kind::Caption))
        && lines.get(story).is_some_and(|l| {
            let f = features(&l.text);
            kinds[story].is_none() && f.words >= 20 && f.ends_stop
        }))
    .then_some(story)
}

/// A line right above a photo credit (no blank line between) is that photo's caption.
fn followed_by_caption(lines: &[Line], kinds: &[Option<Kind>], i: usize) -> bool {
    kinds.get(i + 1) == Some(&Some(Kind::Caption))
        && lines.get(i + 1).is_some_and(|l| !l.gap_before)
}

/// "Dio Suhenda (The Jakarta Post)", "Kate Lamb in Labuan Bajo", "X - Bisnis.com": a name
/// with the outlet or place beside it.
pub(super) fn is_byline_line(text: &str) -> bool {
    let c = credits::byline(text);
    !c.authors.is_empty()
        && (byline_names_outlet(text) || c.place.is_some())
        && features(text).words <= 8
}

/// A byline naming the outlet beside a writer's full name, which no headline does ("Ekonomi |
/// CNN Indonesia" is a section's).
fn byline_names_outlet(text: &str) -> bool {
    let c = credits::byline(text);
    !c.authors.is_empty()
        && c.authors.iter().all(|a| a.split_whitespace().count() >= 2)
        && c.outlet.as_deref().is_some_and(dateline::is_outlet)
}

/// Under the headline, "Cecilia Manalo - The Philippine Star", "Mere Tuilagi, RNZ Pacific
/// journalist": a writer's full name with a newsroom's name beside it, whether or not the
/// newsroom is one we know.
fn names_writer_and_newsroom(text: &str) -> bool {
    let c = credits::byline(text);
    !c.authors.is_empty()
        && c.authors.iter().all(|a| a.split_whitespace().count() >= 2)
        && c.outlet.as_deref().is_some_and(credits::is_outlet_beside)
        && features(text).words <= 8
}

/// "Ngoc Hien - Thanh Thao / Tuoi Tre News" after the story: writers' full names beside a
/// newsroom's name, the separators between them not counted as words.
fn signs_the_story(text: &str) -> bool {
    let c = credits::byline(text);
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    !c.authors.is_empty()
        && c.authors.iter().all(|a| a.split_whitespace().count() >= 2)
        && c.outlet.as_deref().is_some_and(credits::is_outlet_beside)
        && words <= 10
}

/// "The Hindu Bureau", "Metro Post Staff" under the headline: the newsroom credited in place
/// of a writer, in two words or more (one shouted word may be a rubric).
fn credits_a_desk(text: &str) -> bool {
    let words = features(text).words;
    (2..=5).contains(&words) && credits::byline(text).desk.is_some()
}

/// Under the headline, "Dipublikasikan oleh X pada Selasa, 9 Des 2025", "X · Tue 1 Dec", "By X
/// // 26 November 2025": a short line that is no prose, names a day of the calendar (a month or
/// a weekday beside a number) and credits one or more people by their full names is the byline
/// carrying its date.
fn dated_credit(text: &str) -> bool {
    let f = features(text);
    if f.words > 14 || f.ends_stop || is_prose(text) {
        return false;
    }
    let calendar =
        bare_words(text).any(|w| datefind::is_calendar_word(&w) || datefind::is_weekday(&w));
    if !calendar || !text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let credit = credits::read(text);
    !credit.authors.is_empty()
        && credit.authors.iter().all(|a| {
            a.split_whitespace().count() >= 2
                && credits::is_name(a)
                && !credits::names_no_one(a)
                && super::gazetteer::place(a).is_none()
                && !dateline::is_outlet(a)
        })
}

/// Lines before the lead: the headline, and the noise around it.
fn header(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let headline_at =
        desk_headline(lines, kinds, lead).or_else(|| headline_by_content(lines, kinds, lead));
    // What stands above is gathered as the loop goes: every header line asks, and looking
    // back from each made a header of many short lines quadratic.
    let (mut cued, mut dated) = (false, false);
    for i in 0..lead {
        if let Some(j) = i.checked_sub(1) {
            cued |= matches!(kinds[j], Some(Kind::Byline | Kind::Credit))
                && credits::role_cue(&lines[j].text).is_some();
            dated |= kinds[j] == Some(Kind::DateTime);
        }
        if kinds[i].is_some() {
            continue;
        }
        let t = &lines[i].text;
        let above = headline_at.is_none_or(|h| i < h);
        kinds[i] = Some(if Some(i) == headline_at {
            Kind::Headline
        } else if in_image_slot(lines, kinds, i, cued && dated) {
            Kind::Caption
        } else if is_byline_line(t) && (!above || byline_names_outlet(t))
            || !above && (names_writer_and_newsroom(t) || credits_a_desk(t))
            // A writer's name over their job, a job under a byline, a reader view's credit.
            || name_over_job(lines, lead, i)
            || !above && name_beside_job(t)
            || job_under_byline(lines, kinds, i)
            || reader_credit_line(t)
        {
            Kind::Byline
        } else if is_outlet_line(t) {
            Kind::Outlet
        } else if above {
            // Whatever stands over the headline and is no outlet is a rubric or breadcrumb.
            Kind::Section
        } else if is_name_line(t) || dated_credit(t) {
            Kind::Byline
        } else if followed_by_caption(lines, kinds, i) {
            Kind::Caption
        } else {
            Kind::Dek
        });
    }
    lone_words_beside_a_byline(lines, kinds, lead);
    key_points(lines, kinds, headline_at.map_or(0, |h| h + 1), lead);
}

/// "UPDATE 2-Tonga rations water …", "REFILE-…", "CORRECTED-UPDATE 1-…", "Judul: Eks Direktur
/// …", "HED: …", "Title: …", "JUDUL (CG): …": a wire's version mark (capitals, maybe a number, a
/// hyphen) or a newsroom system's headline field (its label, maybe what it is for in brackets,
/// and a colon) opening a line of three words or more.
static DESK_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:(?:UPDATE|REFILE|CORRECTED|REPEAT|RPT)(?:\s+\d{1,2})?\s*[-–—]\s*)+|(?i:judul|headline|hed|title)(?:\s*\([^)]*\))?\s*:\s*)(\S+\s+\S+\s+\S.*)$",
    )
    .unwrap()
});

/// The headline under a desk's mark, without the mark: what an editor publishes.
pub(super) fn without_desk_mark(line: &str) -> &str {
    DESK_HEADLINE
        .captures(line.trim())
        .and_then(|c| c.get(1))
        .map_or(line, |m| m.as_str())
}

/// Copy as it leaves a wire's or a newsroom's desk sets its headline under a mark of the desk
/// (a version, a field's label) among slug, code and priority lines: the first such line
/// above the story, no rule having named a headline, is the headline, whatever the lines over
/// it look like.
fn desk_headline(lines: &[Line], kinds: &[Option<Kind>], lead: usize) -> Option<usize> {
    if kinds[..lead].contains(&Some(Kind::Headline)) {
        return None;
    }
    (0..lead).find(|&i| kinds[i].is_none() && DESK_HEADLINE.is_match(lines[i].text.trim()))
}

/// A shelf joins its topics by "and" at most; "A Bitter Harvest", "Back to square one",
/// "Duka dari Pesisir" speak a phrase, so they are a headline in words of its own.
pub(super) fn speaks_a_phrase(line: &str) -> bool {
    line.split_whitespace()
        .map(str::to_lowercase)
        .any(|w| w != "and" && w != "dan" && STOP_WORDS.contains(&w.as_str()))
}

/// The first headline candidate, unless it is a short line whose words the story hardly
/// repeats ("Social affairs", "UAE / Transport") over a candidate whose words it does: a
/// headline tells the story in the story's own words, a section label names a shelf.
fn headline_by_content(lines: &[Line], kinds: &[Option<Kind>], lead: usize) -> Option<usize> {
    // A headline a wrapper's rule already named (a screen reader's first heading) stands.
    if kinds[..lead].contains(&Some(Kind::Headline)) {
        return None;
    }
    if let Some(h) = under_the_breadcrumb(lines, kinds, lead) {
        return Some(h);
    }
    if let Some(h) = reader_view_headline(lines, kinds, lead) {
        return Some(h);
    }
    // "Pemerintah Provinsi Maluku - Versi Cetak" over "https://malukuprov.go.id/berita/…": a
    // print view heads the page with the site's name and the page's address, and the headline
    // is looked for under the address. Over it stand only short lines with no date (a
    // spreadsheet's row sets its title and date before its address).
    let address = (0..lead.min(4)).find(|&i| {
        let t = lines[i].text.trim();
        (t.starts_with("https://") || t.starts_with("http://")) && !t.contains(char::is_whitespace)
    });
    let start = address
        .filter(|&a| {
            a > 0
                && lines[..a].iter().all(|l| {
                    features(&l.text).words <= 6 && datefind::find_all(&l.text, false).is_empty()
                })
                && (a + 1..lead).any(|i| is_headline_candidate(lines, kinds, lead, i))
        })
        .map_or(0, |a| a + 1);
    let all: Vec<usize> = (start..lead)
        .filter(|&i| is_headline_candidate(lines, kinds, lead, i))
        .collect();
    let (&first, later) = all.split_first()?;
    let Some(&second) = later.first() else {
        return Some(first);
    };
    if let Some(own) = own_header(lines, kinds, lead, first, &all) {
        return Some(own);
    }
    if let Some(told) = told_by_the_lead(lines, lead, first, later) {
        return Some(told);
    }
    let candidates = later[1..].iter().copied();
    let shelved = over_a_shelf(lines, kinds, lead, first, second);
    if !shelved && (features(&lines[first].text).words > 4 || speaks_a_phrase(&lines[first].text)) {
        return Some(first);
    }
    // Words compared by their first four letters: "Storm Kills 12" over "the storm killed".
    let story: std::collections::HashSet<String> = lines[lead..]
        .iter()
        .flat_map(|l| content_words(&l.text))
        .map(|w| stem(&w))
        .collect();
    let share = |i: usize| {
        let words = content_words(&lines[i].text);
        let shared = words.iter().filter(|w| story.contains(&stem(w))).count();
        (shared, shared as f32 / words.len().max(1) as f32)
    };
    let (_, first_share) = share(first);
    if first_share > 0.5 {
        return Some(first);
    }
    // A first line the story never echoes ("Lihat Semua" closing a menu) gives way to a line
    // sitting on the byline or date line that the story echoes twice.
    let told = std::iter::once(second).chain(candidates).find(|&i| {
        let (shared, part) = share(i);
        shared >= 3 && part > first_share
            || first_share == 0.0 && shared >= 2 && credits_follow(lines, kinds, i + 1, lead)
    });
    Some(told.unwrap_or(first))
}

/// A story a page carries under its own frame (a police log's entry, a course's case study, a
/// report's clipping, a caption log over the web story) keeps its own header. The candidate
/// nearest the lead, with three lines at most between them and none of them prose, is the
/// headline when:
/// - prose stands between it and the first candidate, three lines of it or more (the page's
///   own text, more than a standfirst), so the two head different things;
/// - a credit or a date stands between it and the lead, or the lead opens on a dateline set
///   off by a dash (a caption or a video's title right over an undated lead is no header);
/// - it shares two content words or more with the lead's opening.
///
/// A candidate right under another (a headline set on two lines) is left to the first.
fn own_header(
    lines: &[Line],
    kinds: &[Option<Kind>],
    lead: usize,
    first: usize,
    all: &[usize],
) -> Option<usize> {
    let own = *all.last()?;
    if own <= first || all.contains(&(own - 1)) {
        return None;
    }
    let between = own + 1..lead;
    let credited = between.clone().any(|i| {
        let t = &lines[i].text;
        matches!(kinds[i], Some(Kind::Byline | Kind::DateTime | Kind::Credit))
            || is_byline_line(t)
            || dated_credit(t)
            || credits::role_cue(t).is_some()
            || date_residue(t).is_some()
    });
    let datelined = dashed_dateline(&lines[lead].text).is_some();
    let close = lead - own <= 4
        && (credited || datelined)
        && !lines[between].iter().any(|l| is_prose(&l.text));
    let framed = lines[first + 1..own]
        .iter()
        .filter(|l| is_prose(&l.text) && features(&l.text).words >= 12)
        .count()
        >= 3;
    let opening: std::collections::HashSet<String> = lines[lead..]
        .iter()
        .take(2)
        .flat_map(|l| content_words(&l.text))
        .map(|w| stem(&w))
        .collect();
    let told = content_words(&lines[own].text)
        .into_iter()
        .filter(|w| opening.contains(&stem(w)))
        .count()
        >= 2;
    (close && framed && told).then_some(own)
}

/// "THE JAPAN NEWS by The Yomiuri Shimbun", "Journalism from the heart of crises", "KUMPULAN
/// BERITA … – NOVEMBER 2025" over the headline: a first candidate of a phrase or five words
/// whose content words the lead paragraph hardly repeats (one at most, a quarter of them at
/// most) is a masthead, a tagline, a collection's or a group's name, when a later candidate
/// shaped as a headline (four words or more, no closing stop) shares three content words or
/// more, and half of its own, with that lead: a headline tells the story the lead opens.
/// The lead is read to its first sixty words, so a hard-wrapped paragraph counts whole. A later
/// line that repeats six words of the lead in a row is the standfirst copying it, not a
/// headline: a feature headline in other words ("A Bitter Harvest") keeps the title.
fn told_by_the_lead(lines: &[Line], lead: usize, first: usize, later: &[usize]) -> Option<usize> {
    let mut opening = std::collections::HashSet::new();
    let mut run: Vec<String> = Vec::new();
    let mut words = 0;
    for l in lines.iter().skip(lead).take(6) {
        if words >= 60 {
            break;
        }
        words += features(&l.text).words;
        opening.extend(content_words(&l.text).iter().map(|w| stem(w)));
        run.extend(bare_words(&l.text).filter(|w| !w.is_empty()));
    }
    // A standfirst copies the lead's own wording; a headline retells it in other words.
    let copies_the_lead = |i: usize| {
        let own: Vec<String> = bare_words(&lines[i].text)
            .filter(|w| !w.is_empty())
            .collect();
        own.windows(6).any(|w| run.windows(6).any(|r| r == w))
    };
    let share = |i: usize| {
        let own = content_words(&lines[i].text);
        let shared = own.iter().filter(|w| opening.contains(&stem(w))).count();
        (shared, shared as f32 / own.len().max(1) as f32)
    };
    let (shared, part) = share(first);
    if shared > 1 || part > 0.25 {
        return None;
    }
    later.iter().copied().find(|&i| {
        let f = features(&lines[i].text);
        let (shared, part) = share(i);
        f.words >= 4 && !f.ends_stop && shared >= 3 && part >= 0.5 && !copies_the_lead(i)
    })
}

/// A reader view's head: the site's name, the headline, the writer's name, the reading time
/// ("4–5 menit"), one line each with no gap between. The headline is the line over the
/// writer's, whatever the site's name above it looks like ("Pemerintah Kabupaten Kulon Progo").
fn reader_view_headline(lines: &[Line], kinds: &[Option<Kind>], lead: usize) -> Option<usize> {
    let time = (0..lead).find(|&i| {
        kinds[i] == Some(Kind::DateTime) && READING_RANGE.is_match(lines[i].text.trim())
    })?;
    let (site, headline, writer) = (time.checked_sub(3)?, time - 2, time - 1);
    let one_block = (headline..=time).all(|i| !lines[i].gap_before);
    let site_opens = site == 0 || lines[site].gap_before;
    // The site's name is short, shorter than the headline, and each word capitalised or a
    // domain: a headline over its standfirst ("Bridge to close for repairs" / "Work could
    // start within two years") is no site and headline.
    let site_text = &lines[site].text;
    let site_words = features(site_text).words;
    let site_named = site_words <= 5
        && site_words < features(&lines[headline].text).words
        && !site_text.contains(|c: char| c.is_ascii_digit())
        && site_text
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w.contains('.'));
    (one_block
        && site_opens
        && site_named
        && kinds[site].is_none()
        && is_name_line(&lines[writer].text)
        && is_headline_candidate(lines, kinds, lead, headline))
    .then_some(headline)
}

/// "Beranda › Ternate › Infrastruktur" over a headline-shaped line sitting on the byline or
/// date line: a page copied with its menu (a long run of short section and place names, any of
/// which looks like a headline) sets its breadcrumb right over the headline, so the line
/// between the last breadcrumb and the credits is the headline, whatever stands above.
fn under_the_breadcrumb(lines: &[Line], kinds: &[Option<Kind>], lead: usize) -> Option<usize> {
    let crumb = (0..lead).rev().find(|&i| {
        matches!(kinds[i], None | Some(Kind::Section)) && is_breadcrumb(&lines[i].text)
    })?;
    let h = crumb + 1;
    (h < lead
        && is_headline_candidate(lines, kinds, lead, h)
        && features(&lines[h].text).words >= 4
        && credits_follow(lines, kinds, h + 1, lead))
    .then_some(h)
}

/// "Global New Light of Myanmar" / "Business", a blank, then "Sesame exports through Muse
/// earn …" on the date line: a first line with a short shelf name right under it (at most
/// three words, no function word, no stop), over a spaced headline-shaped line of six words
/// or more sitting on the credits, is a masthead, whatever its length: the story's words
/// decide between it and the line over the credits.
fn over_a_shelf(
    lines: &[Line],
    kinds: &[Option<Kind>],
    lead: usize,
    first: usize,
    second: usize,
) -> bool {
    let shelf = first + 1;
    kinds[..first].iter().all(Option::is_some)
        && second > shelf
        && kinds[shelf].is_none()
        && !lines[shelf].gap_before
        && is_shelf_name(&lines[shelf].text)
        && reads_as_a_masthead(
            &lines[first].text,
            &lines[lead..]
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        )
        && lines[second].gap_before
        && features(&lines[second].text).words >= 6
        && credits_follow(lines, kinds, second + 1, lead)
}

/// "The Standard", "ISLAND SUN", "VOI", "Samoa Observer", "Global New Light of Myanmar": a
/// newsroom's name over its shelves reads as a name — one word, shouted, opening with *The*,
/// built as an organisation's name around "of", holding a place the gazetteer knows or a name
/// the story writes only in capitals ("Samoa"),
/// or built on a newsroom word. "Rough Crossing" over "Transport", ordinary words in title
/// case, is a feature's headline.
pub(super) fn reads_as_a_masthead(line: &str, story: &str) -> bool {
    let head = line
        .split(['›', '»', '>', '|', '·', '•', '/'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .split(" – ")
        .next()
        .unwrap_or("")
        .trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let letters = || head.chars().filter(|c| c.is_alphabetic());
    words.len() == 1
        || letters().all(char::is_uppercase)
        || words.first() == Some(&"The")
        // "Eastern Harbour Ledger of Tavoy": a name built as an organisation's, capitals on
        // either side of "of".
        || words.len() >= 3
            && words.contains(&"of")
            && words
                .iter()
                .all(|w| *w == "of" || w.starts_with(char::is_uppercase))
        || words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            super::gazetteer::place(w).is_some()
                || super::gazetteer::country_of(w).is_some()
                || names_a_proper_noun(w, story)
        })
        || super::dateline::is_outlet(head)
}

/// "Samoa" in "Lady Samoa III", "the Samoa Shipping Corporation": a word the story writes,
/// always capitalised — a name, never an ordinary word.
fn names_a_proper_noun(word: &str, story: &str) -> bool {
    let lower = word.to_lowercase();
    let mut seen = false;
    for w in story.split(|c: char| !c.is_alphanumeric()) {
        if w == word {
            seen = true;
        } else if w == lower {
            return false;
        }
    }
    seen && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && word.starts_with(char::is_uppercase)
}

/// A shelf's name as a page shows it over a headline ("Business", "Local", "Home / Local"): at
/// most three words, no function word, no closing stop.
pub(super) fn is_shelf_name(text: &str) -> bool {
    let f = features(text);
    f.words <= 3 && f.stop_density == 0.0 && !f.ends_stop
}

pub(super) fn stem(word: &str) -> String {
    word.chars().take(4).collect()
}

/// The words of a line that carry meaning, lower-cased: no function words, no numbers.
pub(super) fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// "Seoul City Hall (Yonhap)" under "By Lee Ji-won" and the date lines: the header has named
/// its writer with a cue already; a name with an outlet beside it, standing alone between the
/// date lines and the story, is the picture's caption and credit, not a second byline.
fn in_image_slot(
    lines: &[Line],
    kinds: &[Option<Kind>],
    i: usize,
    cued_and_dated_above: bool,
) -> bool {
    let t = &lines[i].text;
    let after_dates = i > 0 && kinds[i - 1] == Some(Kind::DateTime) || lines[i].gap_before;
    cued_and_dated_above
        && after_dates
        && credits::role_cue(t).is_none()
        && credits::byline(t).outlet.is_some()
        && is_byline_line(t)
}

/// "Nation" or "Save" over "Arjun Nair": one capitalised word alone is a byline only when the
/// header names no one more fully; beside a full name it is a rubric or a button.
fn lone_words_beside_a_byline(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let lone = |i: usize| {
        kinds[i] == Some(Kind::Byline)
            && !lines[i].text.trim().contains(' ')
            && credits::role_cue(&lines[i].text).is_none()
    };
    let fuller = (0..lead).any(|i| kinds[i] == Some(Kind::Byline) && !lone(i));
    let lone: Vec<usize> = (0..lead).filter(|&i| fuller && lone(i)).collect();
    for i in lone {
        kinds[i] = Some(Kind::Dek);
    }
}

/// The line reads as the headline: headline-shaped, not an outlet, a caption or a byline, and
/// not a short rubric sitting right over a longer headline-shaped line.
fn is_headline_candidate(lines: &[Line], kinds: &[Option<Kind>], lead: usize, i: usize) -> bool {
    let t = &lines[i].text;
    kinds[i].is_none()
        && (!is_outlet_line(t) || tells_the_lead(t, lines.get(lead)))
        && !dateline::is_section_label(t.trim())
        && !is_breadcrumb(t)
        && (headline::is_headline(t) || features(t).words >= 4 && !is_prose(t))
        && !(i + 1 < lead && followed_by_caption(lines, kinds, i))
        && !(i > 0 && is_byline_line(t) || byline_names_outlet(t))
        && !is_rubric_over_headline(lines, kinds, lead, i)
        && !is_menu_row(t, &lines[lead.min(lines.len())..])
        && !is_form_field(t)
        && !name_over_job(lines, lead, i)
        && !(i > 0 && name_over_job(lines, lead, i - 1))
        && !PRINT_STAMP.is_match(t)
        && !names_an_account(t)
}

/// "Harbour Voice @harbourvoice": an account's name closed by its handle (a social post's
/// head, its two lines run together) names who posted, never what happened.
fn names_an_account(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= 5
        && words.last().is_some_and(|w| {
            w.strip_prefix('@').is_some_and(|h| {
                !h.is_empty()
                    && h.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
            })
        })
}

/// "11/23/26, 7:48 PM    Jembatan Wai Ela … - Malukupost.com": a browser prints the day and
/// time of printing and the page's title over every printed page; the page's own headline
/// stands under it.
static PRINT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?\s+\S").unwrap()
});

/// "Wanjiru Kamau" right over "Agriculture Reporter" (no blank between) above the story: a
/// person's full name over the writer's job is a byline set on two lines, never a headline.
fn name_over_job(lines: &[Line], lead: usize, i: usize) -> bool {
    let t = lines[i].text.trim();
    i + 1 < lead
        && !lines[i + 1].gap_before
        && (2..=4).contains(&t.split_whitespace().count())
        && is_name_line(t)
        && credits::is_writers_job_line(&lines[i + 1].text)
}

/// "Cheryl Nez | Staff Reporter", "Dana Whitfield · Staff Writer": a writer's full name and
/// their job beside it on one line.
fn name_beside_job(text: &str) -> bool {
    [" | ", " · ", " — ", " – "].iter().any(|sep| {
        text.split_once(sep).is_some_and(|(name, job)| {
            let name = name.trim();
            (2..=4).contains(&name.split_whitespace().count())
                && is_name_line(name)
                && credits::is_writers_job_line(job)
        })
    })
}

/// "theindependent.sg · Darren Ho · 4–5 minutes", "digtara.com  ·  Yanti Bessie  ·  4 min
/// read": a reader view's or a read-later app's credit line — the site, the writer's full name
/// and the time the story takes to read, parted by middle dots or bullets — names the writer.
fn reader_credit_line(text: &str) -> bool {
    static READ_TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:⏱\s*)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+(?:min(?:ute)?s?|menit)(?:\s+(?:read|baca))?$")
            .unwrap()
    });
    let pieces: Vec<&str> = text
        .split(['·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let site = |p: &str| {
        !p.contains(' ') && p.contains('.') && p.chars().next().is_some_and(char::is_alphanumeric)
            || dateline::is_outlet(p)
    };
    let name = |p: &str| (2..=4).contains(&p.split_whitespace().count()) && is_name_line(p);
    (2..=4).contains(&pieces.len())
        && pieces
            .iter()
            .any(|p| READ_TIME.is_match(p) || PAGE_COUNT.is_match(p))
        && pieces.iter().any(|p| name(p))
        && pieces.iter().any(|p| site(p))
        && pieces
            .iter()
            .all(|p| READ_TIME.is_match(p) || PAGE_COUNT.is_match(p) || name(p) || site(p))
}

/// "By Nora Castellanos" over "Seattle Times staff reporter" (no blank between): the writer's
/// job under a byline is the byline's line, never a headline or a standfirst.
fn job_under_byline(lines: &[Line], kinds: &[Option<Kind>], i: usize) -> bool {
    i > 0
        && kinds[i - 1] == Some(Kind::Byline)
        && !lines[i].gap_before
        && credits::is_writers_job_line(&lines[i].text)
}

/// "Relevansi : ★★★★☆ (banjir; sampah)", "Kondisi : Baik": a form's or a record's field, its
/// label of one to three words set off by a colon with a space on both sides, as forms align
/// them; a headline's colon follows its word.
fn is_form_field(text: &str) -> bool {
    text.split_once(" : ").is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words)
            && label.starts_with(char::is_uppercase)
            && !value.trim().is_empty()
    })
}

/// The shape of a menu copied as one row (`is_menu_row`): five words or more, each with a
/// capital, no punctuation or figure between them, no function word before the last two.
pub(super) fn menu_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 5
        || !words
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic) && w.chars().any(char::is_uppercase))
    {
        return false;
    }
    // "Silent Night Returns To Cathedral After Decade Of Repairs": a headline's function words
    // join its words into a sentence; a menu's items stand alone, but for a last "About Us" or
    // "Tentang Kami".
    !words[..words.len() - 2]
        .iter()
        .any(|w| is_function_word(&w.to_lowercase()))
}

/// "Home News Business Economy Interview Opinion Feature Editorial ePaper", "Beranda Berita
/// Lingkungan Liputan Khusus Cek Fakta": a site's menu copied as one row, its items' spacing
/// lost. Five words or more, each with a capital, no punctuation or figure between them, no
/// function word before the last two, and most of them words the story never uses (places in a
/// menu it may): a headline in title case tells the story in its words ("Potato Prices Slump At
/// Phuentsholing Auction Yard") and joins them with function words.
fn is_menu_row(text: &str, story: &[Line]) -> bool {
    if !menu_shaped(text) {
        return false;
    }
    let told: std::collections::HashSet<String> = story
        .iter()
        .flat_map(|l| content_words(&l.text))
        .map(|w| stem(&w))
        .collect();
    let own = content_words(text);
    let shared = own.iter().filter(|w| told.contains(&stem(w))).count();
    !own.is_empty() && shared * 2 < own.len()
}

/// "Storm Kills 12" over "A storm killed 12 people …": every word of a short line that carries
/// meaning, two or more, stands in the lead in some form (its first four letters), so the line
/// tells the story as a headline does; a masthead ("The Examiner") or a rubric names words the
/// lead does not. A line the lead writes word for word is a name it repeats, not a story it
/// tells: a portal's government ("Pemerintah Kabupaten Mukomuko") or a section named for a
/// town ("Kota Pekalongan") over a lead that names them.
pub(super) fn lead_tells_all_of(text: &str, lead: &str) -> bool {
    let story: std::collections::HashSet<String> =
        content_words(lead).iter().map(|w| stem(w)).collect();
    let own = content_words(text);
    own.len() >= 2
        && own.iter().all(|w| story.contains(&stem(w)))
        && phrase_count(&lead.to_lowercase(), &text.trim().to_lowercase()) == 0
}

/// How often `phrase` stands in `text` as words of its own: no letter or digit right before or
/// after it ("Radar Lebong" in "di Radar Lebong.", not in "Radar Lebongnews").
pub(super) fn phrase_count(text: &str, phrase: &str) -> usize {
    text.match_indices(phrase)
        .filter(|&(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// "Kantor Pos Ditutup", "Press Freedom Index Falls" over "Kantor pos di … ditutup …": a
/// line shaped like an outlet's name ("Pos", "Press") whose other words, two or more and no
/// place, the lead repeats (all but one) tells the story; a masthead's one other word is its
/// town or brand ("Tanjungpinang Pos", "Jakarta Globe").
fn tells_the_lead(text: &str, lead: Option<&Line>) -> bool {
    let Some(lead) = lead else {
        return false;
    };
    let story: std::collections::HashSet<String> =
        content_words(&lead.text).iter().map(|w| stem(w)).collect();
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| !dateline::is_newsroom_word(w) && super::gazetteer::place(w).is_none())
        .flat_map(content_words)
        .collect();
    let shared = words.iter().filter(|w| story.contains(&stem(w))).count();
    words.len() >= 2 && shared + 1 >= words.len() && shared >= 2
}

/// "VIVA Bola", "Ekonomi & Bisnis" over the headline: a line of at most three words, with no
/// stop, directly above a longer line that reads as a headline, is the section's name. A blank
/// line may stand between when the short line opens the text, has no function word ("Crime &
/// Courts", "New Zealand", not "Banjir di Jakarta") and the longer line sits on the byline or
/// date line: the headline is the line over the credits, not the first line.
fn is_rubric_over_headline(lines: &[Line], kinds: &[Option<Kind>], lead: usize, i: usize) -> bool {
    let t = &lines[i].text;
    let f = features(t);
    let next = i + 1;
    if f.words > 3 || f.ends_stop || next >= lead || kinds[next].is_some() {
        return false;
    }
    let longer =
        headline::is_headline(&lines[next].text) && features(&lines[next].text).words > f.words;
    let opens_text = kinds[..i].iter().all(Option::is_some);
    let spaced_rubric = opens_text
        && f.stop_density == 0.0
        && features(&lines[next].text).words >= 6
        && credits_follow(lines, kinds, next + 1, lead);
    longer && (!lines[next].gap_before || spaced_rubric)
}

/// The line at `i` is a byline, a writer's credit or a date line.
fn credits_follow(lines: &[Line], kinds: &[Option<Kind>], i: usize, lead: usize) -> bool {
    i < lead
        && (matches!(kinds[i], Some(Kind::Byline | Kind::Credit | Kind::DateTime))
            || kinds[i].is_none()
                && (is_byline_line(&lines[i].text) || is_name_line(&lines[i].text)))
}

/// The names a site's home page goes by at the head of a breadcrumb, in both languages.
const HOME_PAGE_WORDS: [&str; 5] = ["home", "beranda", "index", "indeks", "homepage"];

/// "Home > Ekonomi > Makro", "News / Politics": section names joined by path separators.
/// "World | Asia | Politics": three or more joined by bars, none with a date, time or label in
/// it (a date line and a byline use the bar too). "Natuna • Kesehatan": two joined by a dot
/// when one is a desk's word.
pub(super) fn is_breadcrumb(text: &str) -> bool {
    let short = |s: &&str| (1..=3).contains(&s.split_whitespace().count()) && !s.ends_with('.');
    let segments: Vec<&str> = text.split(['>', '›', '»', '/']).map(str::trim).collect();
    // "Home / Laos / Economy": spaced slashes join three names or more; two may be a pair
    // ("Jakarta / Bandung") and a glued one a credit ("ANTARA/Rivan"), unless the first is the
    // site's home page ("Home / Kota Jambi", "Beranda / Ekonomi"), which opens only a path.
    let home = segments
        .first()
        .is_some_and(|s| HOME_PAGE_WORDS.contains(&s.to_lowercase().as_str()));
    let slashed = (segments.len() >= 3 || home && segments.len() == 2)
        && text.matches(" / ").count() + 1 == segments.len();
    let path = segments.len() >= 2
        && (text.contains(['>', '›', '»']) || slashed)
        && segments.iter().all(short);
    // "Home · Jogja · Lingkungan": three names or more joined by dots, no date among them.
    let dots: Vec<&str> = text.split(['·', '•']).map(str::trim).collect();
    // "Natuna • Kesehatan", "NEWS · WEST KERRY": two, when one is a desk's word alone.
    let desk_beside = dots.len() == 2 && dots.iter().any(|d| article::is_desk_word(d));
    let dotted = (dots.len() >= 3 || desk_beside)
        && dots.iter().all(short)
        && !text.contains(|c: char| c.is_ascii_digit() || c == ':');
    let bars: Vec<&str> = text.split('|').map(str::trim).collect();
    let bar_path = bars.len() >= 3
        && bars.iter().all(short)
        && !text.contains(|c: char| c.is_ascii_digit() || c == ':');
    path || bar_path || dotted
}

/// "Mangroves have regrown … a new study shows." over "The recovery happened …" with no blank
/// line between, then a blank line and the story: in a text whose paragraphs stand between
/// blank lines, a run of one-sentence lines opening the text is its key points, copied without
/// their bullets. Returns where the story itself starts.
fn bare_key_points(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) -> usize {
    let one_sentence = |t: &str| {
        let f = features(t);
        f.ends_stop && f.words >= 6 && t.matches(". ").count() == 0
    };
    let mut end = lead;
    while end < lines.len()
        && end - lead < 6
        && kinds[end].is_none()
        && (end == lead || !lines[end].gap_before)
        && one_sentence(&lines[end].text)
    {
        end += 1;
    }
    let after = &lines[end.min(lines.len())..];
    let spaced = after.iter().filter(|l| l.gap_before).count();
    let story_follows = after
        .first()
        .is_some_and(|l| l.gap_before && is_prose(&l.text));
    if end - lead < 2 || !story_follows || spaced * 2 < after.len() || after.len() < 3 {
        return lead;
    }
    for k in kinds.iter_mut().take(end).skip(lead) {
        *k = Some(Kind::ListItem);
    }
    end
}

/// "18 reposts   3 quotes   52 likes", "1,2 rb suka · 54 komentar": a post's counters, two or
/// more, each a figure and what it counts, and nothing else on the line.
fn is_counter_row(text: &str) -> bool {
    const COUNTED: &[&str] = &[
        "like",
        "likes",
        "repost",
        "reposts",
        "quote",
        "quotes",
        "reply",
        "replies",
        "comment",
        "comments",
        "share",
        "shares",
        "view",
        "views",
        "retweet",
        "retweets",
        "bookmark",
        "bookmarks",
        "save",
        "saves",
        "reaction",
        "reactions",
        "vote",
        "votes",
        "suka",
        "komentar",
        "balasan",
        "dibagikan",
        "tayangan",
    ];
    let tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '•'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    let figure = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || ",.kmrbjt".contains(c))
    };
    let mut i = 0;
    let mut pairs = 0;
    while i < tokens.len() {
        if !figure(&tokens[i]) {
            return false;
        }
        i += 1;
        // "1,2 rb suka": the thousands' word may stand apart.
        if tokens
            .get(i)
            .is_some_and(|t| ["rb", "k", "jt", "m"].contains(&t.as_str()))
        {
            i += 1;
        }
        if !tokens.get(i).is_some_and(|t| COUNTED.contains(&t.as_str())) {
            return false;
        }
        i += 1;
        pairs += 1;
    }
    // A lone "29 views" or "1,146 votes" is read with the lines around it (a candidate's votes
    // under the name are a result).
    pairs >= 2
}

/// "Strait FM acknowledges the Traditional Owners of the lands and seas …": an Australian
/// page's acknowledgement of country, the site's statement under every story, no part of one.
/// Its verb comes within its first six words, it names the land or the elders, and nobody is
/// quoted saying it.
fn acknowledges_country(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let opens = words
        .iter()
        .take(6)
        .any(|w| ["acknowledge", "acknowledges", "recognise", "recognises"].contains(w));
    opens
        && words.len() <= 80
        && ["traditional owners", "traditional custodians"]
            .iter()
            .any(|o| lower.contains(o))
        // The statement's own words: the land, the elders, respects paid.
        && ["of the land", "of the lands", "lands and", "of country", "elders past", "respects to"]
            .iter()
            .any(|o| lower.contains(o))
        && !lower.contains(['"', '“', '”'])
        && !words.iter().any(|w| ["said", "says", "told"].contains(w))
}

/// A button or label of the page between headline and lead: one word ("Menu", "Published"), a
/// line opening in lower case or on a figure ("in News", "2 days ago on"), a shouted piece of a
/// broken headline ("AFTER CRACKS"), a counter ("View(s): 1,846"), a share row or a reading
/// time.
fn page_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let counter = field(text).is_some_and(|value| value.starts_with(|c: char| c.is_ascii_digit()));
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "2 days ago on", "3 jam lalu", "29 views": a figure opening a time ago or a count of
    // the page's readers; "3 killed in crash" is news.
    let time_or_count = words.iter().any(|w| {
        [
            "ago", "lalu", "views", "view", "comments", "likes", "dibaca", "dilihat", "komentar",
        ]
        .contains(w)
    });
    let first = text.chars().next();
    features(text).words < 2
        || first.is_some_and(|c| !c.is_uppercase() && !c.is_ascii_digit())
        || first.is_some_and(|c| c.is_ascii_digit()) && time_or_count
        || !text.chars().any(char::is_lowercase)
        || counter
        || ["reading time", "min read", "mins read", "menit baca", "waktu baca"]
            .iter()
            .any(|cue| lower.contains(cue))
        // A share row's buttons, as words: "Shares fall 6%" and "Fingerprint" are news.
        || words.iter().any(|w| ["share", "print", "email"].contains(w))
}

/// The value of a field line ("Sumber: …", "Hari : Senin, …"): what follows a colon after at
/// most two words.
fn field(text: &str) -> Option<&str> {
    text.split_once(':')
        .filter(|(head, _)| head.split_whitespace().count() <= 2)
        .map(|(_, value)| value.trim())
}

/// Several standfirst lines in a row under the headline, none a sentence, are the story's key
/// points.
fn key_points(lines: &[Line], kinds: &mut [Option<Kind>], from: usize, lead: usize) {
    let mut i = from;
    while i < lead {
        let mut j = i;
        while j < lead
            && kinds[j] == Some(Kind::Dek)
            && !features(&lines[j].text).ends_stop
            && (j == i || !lines[j].gap_before)
        {
            j += 1;
        }
        // "Menu" over "Search", "Open" over "Close", "in News" over "Reading Time: 2 mins
        // read": a run with a page's button or label in it is furniture, while "Three dead" over
        // "Thousands without power" says something, however short.
        // A block of fields ("Hari : Senin, …" / "Tempat : …") is an event's notice; a field
        // among other lines ("Sampel P-07" over "Sumber: …") is a record's furniture.
        let fields = (i..j).filter(|&k| field(&lines[k].text).is_some()).count();
        let says_something =
            (i..j).all(|k| !page_label(&lines[k].text)) && (fields == 0 || fields == j - i);
        if j - i >= 2 && says_something {
            for k in kinds.iter_mut().take(j).skip(i) {
                *k = Some(Kind::ListItem);
            }
        }
        i = j.max(i + 1);
    }
}

/// "DPRD … Sahkan APBD 2027 - Halaman 2", "Halaman 2 - DPRD …", "… (Page 2)": the story's
/// headline (`headline`, in lower case) with a page's number beside it, heading the story's
/// next page. A paragraph opening with the headline's words has no page number beside them.
fn next_page_head(line: &str, headline: &str) -> bool {
    static PAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\s\-–—|·(]*(?:halaman|hal\.?|page|bagian|part)\s*\d{1,2}(?:\s*(?:dari|of|/)\s*\d{1,2})?[\s)]*$").unwrap()
    });
    if headline.chars().count() < 20 {
        return false;
    }
    let lower = line.to_lowercase();
    let after = lower
        .strip_prefix(headline)
        .is_some_and(|rest| PAGE.is_match(rest));
    let before = lower
        .strip_suffix(headline)
        .is_some_and(|rest| PAGE.is_match(rest.trim_end_matches([' ', '-', '–', '—', '|', '·'])));
    after || before
}

/// "Berlaku s.d. 30 Sep 2026 · S&K berlaku", "Valid until 30 Sept · T&Cs apply": the terms of
/// an offer, the date it expires.
fn offer_terms(line: &str) -> bool {
    static TERMS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(berlaku|valid|expires?|ends|offer ends|promo berlaku|periode promo)\b|\b(s&k|t&cs?|syarat dan ketentuan|terms and conditions|terms apply)\b",
        )
        .unwrap()
    });
    TERMS.is_match(line.trim())
}

/// "ENDS", "-30-", "(habis)", "###": an end mark that says so, in words or a newsroom's sign;
/// not a scene break of stars or rules.
fn closes_an_item(line: &str) -> bool {
    let t = line.trim();
    clean::is_end_mark(t) && (t.chars().any(char::is_alphanumeric) || t == "###")
}

/// Lines from the lead on: paragraphs, subheadings and lists, with related-link blocks, trailing
/// furniture and a second story removed.
fn body_parts(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let n = lines.len();
    if lead >= n {
        return;
    }
    if kinds[lead].is_none() {
        kinds[lead] = Some(Kind::Lead);
    }
    // Rows a paragraph introduces are the story's, whatever their shape: a field "Waktu: 06
    // November 2025" under "Magnitudo: 5,3" is no date line under a new headline.
    introduced_rows(lines, kinds, lead);
    quoted_fields(lines, kinds, lead);
    // A second story: a new headline over a date line, or a second dateline naming an outlet
    // or standing right under a related-link headline.
    // The lines above the one read, to tell a repeated line at once.
    let mut above: std::collections::HashSet<&str> =
        lines[..=lead].iter().map(|l| l.text.as_str()).collect();
    // The mark the story's own dateline opens with ("RMOL.", "JAKARTA (ANTARA) -").
    let own_mark = dateline::parse(&lines[lead].text).map(|d| lines[lead].text[..d.rest].trim());
    // The story's headline, which a page of the story after the first repeats over its date
    // line ("DPRD … Sahkan APBD 2027 - Halaman 2"): the story's next page, no second story.
    let own_headline = kinds[..lead]
        .iter()
        .rposition(|&k| k == Some(Kind::Headline))
        .map(|h| lines[h].text.to_lowercase());
    for i in lead + 1..n {
        if kinds[i].is_none()
            && own_headline
                .as_deref()
                .is_some_and(|h| next_page_head(&lines[i].text, h))
        {
            kinds[i] = Some(Kind::Promo);
            continue;
        }
        let after_related = kinds[i - 1] == Some(Kind::Related);
        // "(Reuters) The city …" names no place: it opens a lead, but in a story's body it is
        // a paragraph crediting its facts, too weak a sign to cut everything after it.
        let bracketed_only =
            |d: &dateline::Dateline| d.location.is_none() && lines[i].text.starts_with('(');
        // A line that repeats one above it ("MEKONG MEDIA MONITOR – PRESS CLIPPING" over each
        // page of a clipping) is a page's running head, not a new story's headline or dateline.
        let repeated = !above.insert(lines[i].text.as_str());
        let parsed = (kinds[i].is_none() && !repeated)
            .then(|| dateline::parse(&lines[i].text))
            .flatten();
        let second_dateline = parsed.as_ref().is_some_and(|d| {
            !bracketed_only(d) && (d.source.is_some() || after_related && d.location.is_some())
        });
        // The story's own dateline opening a line again right under a headline-shaped line:
        // the next item of a wire's feed, pasted after the first (a paragraph never opens with
        // the dateline again).
        let own_dateline_again = parsed.as_ref().is_some_and(|d| {
            own_mark.is_some_and(|m| !m.is_empty() && lines[i].text[..d.rest].trim() == m)
                && i > lead + 1
                && kinds[i - 1].is_none()
                && headline::is_headline(&lines[i - 1].text)
        });
        // An offer's card between paragraphs ("Diskon 50% Gaskeun Ride s.d. Rp15.000" over
        // "Berlaku s.d. 30 Sep 2026 · S&K berlaku") dates when it expires, not a story.
        let dated = kinds.get(i + 1) == Some(&Some(Kind::DateTime))
            && !lines.get(i + 1).is_some_and(|l| offer_terms(&l.text));
        let new_headline = kinds[i].is_none()
            && !repeated
            && headline::is_headline(&lines[i].text)
            && (dated || signed_story_under(lines, kinds, lead, i));
        // "NEXT STORY" / "Artikel Selanjutnya" over a headline: the page runs on into the
        // story it points to.
        let pointed_to = kinds[i] == Some(Kind::Promo)
            && NEXT_STORY_LABELS.contains(
                &lines[i]
                    .text
                    .trim()
                    .trim_end_matches([':', '›', '»', '>', ' '])
                    .to_lowercase()
                    .as_str(),
            )
            && lines
                .get(i + 1)
                .is_some_and(|l| kinds[i + 1].is_none() && headline::is_headline(&l.text));
        // "ENDS" on its own line, then a feed's next item ("Story ID: … | Filed: …", its
        // writer, its headline): an end mark in words closes the story when a headline follows
        // it within a few lines, and what follows it that would be read as text is another's.
        // Its credits under the mark ("Author : Keletso Thebe") stay the story's: only the
        // lines from the first one read as text on are cut. A scene break ("***", "===") and
        // a paragraph after the mark (a banner's "END" quoted in a story) close nothing.
        let ended = i > lead + 1
            && kinds[i].is_none()
            && closes_an_item(&lines[i - 1].text)
            && (i..n.min(i + 4)).any(|k| {
                kinds[k].is_none()
                    && headline::is_headline(&lines[k].text)
                    && lines
                        .get(k + 1)
                        .is_some_and(|l| features(&l.text).ends_stop)
            });
        if second_dateline || new_headline || own_dateline_again || pointed_to || ended {
            let mut cut = i;
            // Over the new story's headline stand only its labels and links: a sentence closed
            // by a stop above the headline is the first story's last paragraph.
            let mut over_headline = false;
            while cut > lead + 1 && heads_next_story(&lines[cut - 1].text, kinds[cut - 1]) {
                let (t, kind) = (&lines[cut - 1].text, kinds[cut - 1]);
                // An end mark alone closes the first story: its credits above it are its own.
                if clean::is_end_mark(t) {
                    cut -= 1;
                    break;
                }
                if over_headline && kind.is_none() && features(t).ends_stop {
                    break;
                }
                over_headline |= kind.is_none() && headline::is_headline(t);
                cut -= 1;
            }
            for k in kinds.iter_mut().skip(cut) {
                *k = Some(Kind::Promo);
            }
            break;
        }
    }
    for i in lead + 1..n {
        if kinds[i].is_some() {
            continue;
        }
        let t = &lines[i].text;
        // A line that repeats one read as noise above the story (a clipping's header over each
        // page) is the same noise.
        if let Some(k) = (0..lead)
            .find(|&j| lines[j].text == *t)
            .and_then(|j| kinds[j])
            .filter(|k| !k.is_body())
        {
            kinds[i] = Some(k);
            continue;
        }
        let numbered = body::numbered(t).is_some();
        kinds[i] = Some(if numbered && heading_like_item(lines, i) {
            Kind::Subheading
        } else if numbered || body::bullet(t).is_some() {
            Kind::ListItem
        } else {
            Kind::Paragraph
        });
    }
    for i in lead + 1..n {
        if let Some(from) = credits_the_figures(lines, i) {
            kinds[i] = Some(Kind::Caption);
            // A chart's title ("Grafik: …", "Chart: …") over the rows: the whole graphic,
            // title, rows and axes, is the picture's text, not the story's.
            let chart = lines[from].text.split_once(':').is_some_and(|(label, _)| {
                let label = label.trim().to_lowercase();
                [
                    "grafik",
                    "grafis",
                    "infografik",
                    "infografis",
                    "chart",
                    "graph",
                    "graphic",
                ]
                .contains(&label.as_str())
            });
            if chart {
                for k in kinds.iter_mut().take(i).skip(from) {
                    *k = Some(Kind::Caption);
                }
            }
        }
    }
    // Over the headline an app's banner is read with the page's header; below the lead, among
    // the story's lines, it is the outlet's offer.
    for i in lead + 1..n {
        let t = &lines[i].text;
        if kinds[i].is_some_and(Kind::is_body)
            && (offers_app(&t.to_lowercase(), features(t).words) || sends_on_with_a_bar(t))
        {
            kinds[i] = Some(Kind::Promo);
        }
    }
    super::closing::mark_closing_lines(lines, kinds, lead);
    captions_closed_by_credit(lines, kinds, lead);
    controls_between_paragraphs(lines, kinds, lead);
    labelled_inserts(lines, kinds, lead);
    revise(lines, kinds, lead);
    super::closing::mark_shelf_after_story(lines, kinds, lead);
    super::closing::mark_release_tail(lines, kinds, lead);
    super::closing::mark_lines_to_reader(lines, kinds, lead);
    writer_named_below_the_close(lines, kinds, lead);
}

/// "WATCH | Drone footage shows scale of the fire damage", "READ | Cape Town braces for a hot
/// week": below the lead, an order to read, watch or listen shouted before a bar, then a
/// headline (no closing stop, twenty words at most), is a link to another page. Over the lead
/// the same shape may be a video page's own headline.
fn sends_on_with_a_bar(t: &str) -> bool {
    const ORDERS: &[&str] = &[
        "READ",
        "WATCH",
        "LISTEN",
        "ALSO READ",
        "BACA",
        "BACA JUGA",
        "TONTON",
        "SIMAK",
        "LIHAT",
    ];
    t.split_once(" | ").is_some_and(|(order, headline)| {
        let f = features(headline);
        ORDERS.contains(&order.trim())
            && (3..=20).contains(&f.words)
            && !f.ends_stop
            && headline.starts_with(char::is_uppercase)
    })
}

/// "… hasil rekapitulasi sebagai berikut:" over "No Calon Suara Persen", "1 Abdul Rahman Syam
/// 412 38,6%", …; "Berikut informasi gempa …:" over "Magnitudo: 5,3", "Kedalaman: 10 km", …: a
/// block of three lines or more standing together (no blank line between them) right under a
/// paragraph of the story closed by a colon, none of them a sentence, is what the paragraph
/// introduces — a table's rows or a form's fields — and the story's list, one item a line,
/// though no line carries a bullet. A source line closing it credits the figures
/// (`credits_the_figures`).
fn introduced_rows(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let n = lines.len();
    let mut i = lead + 1;
    while i < n {
        let opens = lines[i].gap_before
            && kinds[i - 1].is_none_or(Kind::is_body)
            && lines[i - 1].text.ends_with(':')
            && features(&lines[i - 1].text).words >= 4;
        if !opens {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && !lines[end].gap_before {
            end += 1;
        }
        let rows = &lines[i..end];
        let sentence = |l: &Line| features(&l.text).ends_stop || features(&l.text).words > 20;
        let items: Vec<usize> = (i..end)
            .filter(|&k| credits_the_figures(lines, k).is_none())
            .collect();
        if items.len() >= 3
            && !rows.iter().any(sentence)
            && (i..end).all(|k| kinds[k].is_none_or(|k| k != Kind::Related))
        {
            for k in items {
                kinds[k] = Some(Kind::ListItem);
            }
        }
        i = end;
    }
}

/// "Title: Evaluasi Izin Galian C", "Source: Bidang Perizinan", "Date: 3 Maret 2024": a block
/// of two labelled lines or more (no blank line between them, none a sentence) standing between
/// two paragraphs of the story after its lead is a memo's, a form's or a document's fields the
/// story quotes, whatever its labels: the story's list, one item a line, never the page's
/// title, source or date line. Field-shaped lines are the frame only where they stand as one,
/// over the story or under its last paragraph.
fn quoted_fields(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let n = lines.len();
    let story = |k: usize, kinds: &[Option<Kind>]| {
        kinds[k].is_none_or(|kind| matches!(kind, Kind::Lead | Kind::Paragraph))
            && is_prose(&lines[k].text)
            && !labelled_line(&lines[k].text)
    };
    let mut i = lead + 1;
    while i < n {
        if !lines[i].gap_before || !labelled_line(&lines[i].text) || !story(i - 1, kinds) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && !lines[end].gap_before {
            end += 1;
        }
        let fields = (i..end).all(|k| {
            let f = features(&lines[k].text);
            labelled_line(&lines[k].text)
                && f.words <= 20
                && kinds[k].is_none_or(|kind| {
                    matches!(
                        kind,
                        Kind::SourceLine | Kind::DateTime | Kind::Paragraph | Kind::Label
                    )
                })
        });
        if end - i >= 2 && fields && end < n && story(end, kinds) {
            for kind in &mut kinds[i..end] {
                *kind = Some(Kind::ListItem);
            }
        }
        i = end;
    }
}

/// "Sumber data: BPS Provinsi Gorontalo, diolah Gopos" closing a chart's rows, "Source: election
/// commission" under a table's: a source line standing in one block (no blank line between)
/// with two rows of figures or more above it — lines closed by a number, none a sentence —
/// credits the table or chart, not the story. It is the graphic's caption, and names no
/// outlet. Where the block starts.
fn credits_the_figures(lines: &[Line], i: usize) -> Option<usize> {
    let t = &lines[i].text;
    let lower = t.to_lowercase();
    if lines[i].gap_before
        || !labelled_line(t)
        || starts_with_any(&lower, &["source", "sumber"]).is_none()
    {
        return None;
    }
    let figures = |l: &Line| {
        let last = l.text.split_whitespace().last().unwrap_or("");
        let last = last.trim_start_matches(['+', '-', '−', '–']);
        last.chars().any(|c| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || ".,%".contains(c))
            && !is_prose(&l.text)
    };
    let mut rows = 0;
    let mut j = i;
    while j > 0 && !lines[j].gap_before && i - j < 30 {
        j -= 1;
        rows += usize::from(figures(&lines[j]));
    }
    (rows >= 2).then_some(j)
}

/// "Source: Africanews", "Tags: Banjir Rob", "Sumber: Antara": a line opening with a label of
/// one or two words and a colon.
fn labelled_line(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        let words: Vec<&str> = label.split_whitespace().collect();
        (1..=2).contains(&words.len())
            && words.iter().all(|w| w.chars().all(char::is_alphabetic))
            && !rest.trim().is_empty()
    })
}

/// "… Senin (1/12/2025). (DOKUMEN RSWN)", "… the evening rush hour. VNA/VNS Photo Tuấn Anh",
/// "… to be fitted in the trial. LOSIRENE LACANIVALU/25111310": between the story's
/// paragraphs, a caption-sized description (up to 35 words) closed by a credit of two words or
/// more, without function words, written in capitals or joining names with a slash, describes
/// a picture. A paragraph of the
/// story ends on its stop; the last one may be signed by an agency, so it is left alone.
fn captions_closed_by_credit(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let last_body = (lead..lines.len())
        .rev()
        .find(|&i| kinds[i].is_some_and(Kind::is_body));
    // The names the page writes as lines of their own (its masthead among them), and the
    // credits closing its lines after a stop: what a caption's credit may repeat.
    let own_names: std::collections::HashSet<&str> = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| (2..=4).contains(&t.split_whitespace().count()))
        .collect();
    let own_lower: std::collections::HashSet<String> = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| (1..=4).contains(&t.split_whitespace().count()))
        .map(str::to_lowercase)
        .collect();
    let tails: Vec<Option<&str>> = lines.iter().map(|l| capitalised_tail(&l.text)).collect();
    let mut tail_count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for tail in tails.iter().flatten() {
        *tail_count.entry(tail).or_default() += 1;
    }
    for i in lead + 1..lines.len() {
        if kinds[i] != Some(Kind::Paragraph) || last_body.is_none_or(|l| i >= l) {
            continue;
        }
        let credited_as_page = tails[i].is_some_and(|tail| {
            let words: Vec<&str> = tail.split_whitespace().collect();
            let names_page = (0..words.len().saturating_sub(1))
                .any(|from| own_names.contains(words[from..].join(" ").as_str()));
            let repeated = tail_count.get(tail).is_some_and(|&n| n >= 2);
            names_page || repeated
        });
        if closed_by_credit(&lines[i].text)
            || credited_as_page
            || bracketed_page_credit(&lines[i].text, &own_lower)
            || bracketed_source(&lines[i].text)
        {
            kinds[i] = Some(Kind::Caption);
        }
    }
    // "A city bus waits … on Wednesday." over "The Yomiuri Shimbun" under the masthead "THE
    // JAPAN NEWS by The Yomiuri Shimbun": a one-sentence description right over (no blank line
    // between) a line of two to five capitalised words, no stop, that the page's head or
    // copyright writes too, with the story again after a blank line: the picture's caption
    // and its credit to the outlet.
    let head: Vec<String> = lines[..lead]
        .iter()
        .chain(lines.iter().filter(|l| l.text.contains('©')))
        .map(|l| l.text.to_lowercase())
        .collect();
    for i in lead + 1..lines.len().saturating_sub(2) {
        let (description, credit) = (&lines[i].text, &lines[i + 1].text);
        let words: Vec<&str> = credit.split_whitespace().collect();
        let named = (2..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && bare_words(credit).all(|w| w == "the" || !is_function_word(&w))
            && !features(credit).ends_stop
            && head.iter().any(|h| h.contains(&credit.to_lowercase()));
        let f = features(description);
        if kinds[i] == Some(Kind::Paragraph)
            && kinds[i + 1] != Some(Kind::Lead)
            && last_body.is_some_and(|l| i + 1 < l)
            && lines[i].gap_before
            && !lines[i + 1].gap_before
            && lines[i + 2].gap_before
            && named
            && f.ends_stop
            && (5..=35).contains(&f.words)
            && headline::sentence_ends(description).len() == 1
            && !description.contains(['"', '“', '”'])
        {
            kinds[i] = Some(Kind::Caption);
            kinds[i + 1] = Some(Kind::Caption);
        }
    }
}

/// "… beredar di grup WhatsApp warga Kendari. (Sumber: WhatsApp)", "… from mid-December.
/// (Source: 1News)": a one-sentence description (five to 35 words, quoting no one) closed after
/// its stop by a bracket that opens with the source's label and names it in one to five
/// words: where the picture came from.
fn bracketed_source(text: &str) -> bool {
    let t = text.trim_end();
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let Some(inner) = t[open + 1..].strip_suffix(')') else {
        return false;
    };
    let Some((label, named)) = inner.split_once(':') else {
        return false;
    };
    let sentence = t[..open].trim_end();
    ["sumber", "source", "sumber foto", "photo source"]
        .contains(&label.trim().to_lowercase().as_str())
        && (1..=5).contains(&named.split_whitespace().count())
        && sentence.ends_with(['.', '!', '?'])
        && headline::sentence_ends(sentence).len() == 1
        && !sentence.contains(['"', '“', '”'])
        && (5..=35).contains(&features(sentence).words)
}

/// The buttons of a dialog or an advert's slot: "Tutup", "Close ✕", "Hide Ad", "Skip Ad",
/// "Tutup Iklan", "Lewati".
fn is_dialog_control(text: &str) -> bool {
    let lower = text.to_lowercase();
    let bare = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    [
        "close",
        "tutup",
        "hide ad",
        "skip ad",
        "close ad",
        "hide ads",
        "skip ads",
        "close ads",
        "skip",
        "lewati",
        "lewati iklan",
        "tutup iklan",
    ]
    .contains(&bare.as_str())
}

/// "Tutup" between two paragraphs, "Advertisement" over "Hide Ad": a dialog's or an advert
/// slot's button alone on its line inside the story is the page's, never a subheading.
fn controls_between_paragraphs(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let Some(last_body) = (lead..lines.len())
        .rev()
        .find(|&i| kinds[i].is_some_and(Kind::is_body))
    else {
        return;
    };
    for i in lead + 1..last_body {
        if kinds[i].is_some_and(Kind::is_body) && is_dialog_control(&lines[i].text) {
            kinds[i] = Some(Kind::Promo);
        }
    }
    // "Get our daily edition by email" over "Newsletter email address", "GET IT", "By signing
    // up, you agree to the terms": the short lines standing in one block (no blank line
    // between) under a promo's line, none of them prose, with the story again after the block,
    // are the promo's form — its field, its button, its small print.
    if !clean::blank_lines_part_blocks(lines) {
        return;
    }
    let mut i = lead + 1;
    while i < last_body {
        // The form hangs from the last of a run of the page's lines ("ERROR: Missing
        // alternative text" over "Heading level 2", a checker's notes over the story's
        // subheading): the lines under a run's first one are not its form.
        if kinds[i] != Some(Kind::Promo)
            || lines[i + 1].gap_before
            || kinds[i + 1] == Some(Kind::Promo)
        {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < last_body && !lines[end].gap_before {
            end += 1;
        }
        let form = (i + 1..end).all(|k| {
            let f = features(&lines[k].text);
            f.words <= 12 && !f.is_prose() && kinds[k].is_none_or(|kind| kind != Kind::ListItem)
        });
        // Two lines or more: a field and its button; one short line under a tool's note may be
        // the story's subheading.
        if form && end > i + 2 && lines[end].gap_before && is_prose(&lines[end].text) {
            for kind in &mut kinds[i + 1..end] {
                *kind = Some(Kind::Promo);
            }
        }
        i = end;
    }
}

/// "RECOMMENDED" over "Bursa's mulberry harvest festival draws record crowds", between two
/// paragraphs: a shouted label of one to three words, no stop, right over (no blank line
/// between) a single headline-shaped line — four to 16 words, no final stop — with a blank line
/// and the story again under it, and prose above. When the headline shares no more than one
/// word in five with the paragraphs on either side, it is another story's, and its label
/// heads the insert, whatever the label's words: a subheading over its text introduces the
/// paragraphs around it.
fn labelled_inserts(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let n = lines.len();
    let Some(last_body) = (lead..n)
        .rev()
        .find(|&i| kinds[i].is_some_and(Kind::is_body))
    else {
        return;
    };
    let story = |k: usize, kinds: &[Option<Kind>]| {
        kinds[k].is_some_and(|kind| matches!(kind, Kind::Lead | Kind::Paragraph))
            && is_prose(&lines[k].text)
    };
    for i in lead + 1..last_body.saturating_sub(1) {
        let (label, head) = (&lines[i], &lines[i + 1]);
        let letters: Vec<char> = label.text.chars().filter(|c| c.is_alphabetic()).collect();
        let shouted_label = letters.len() >= 4
            && letters.iter().all(|c| c.is_uppercase())
            && (1..=3).contains(&label.text.split_whitespace().count())
            && !label.text.trim_end().ends_with(['.', '!', '?']);
        let f = features(&head.text);
        let headline_shaped = !head.gap_before
            && (4..=16).contains(&f.words)
            && !f.ends_stop
            && !head.text.trim_end().ends_with([':', '"', '”'])
            && body::numbered(&head.text).is_none()
            && body::bullet(&head.text).is_none();
        if !shouted_label
            || !headline_shaped
            || !label.gap_before
            || !lines[i + 2].gap_before
            || !kinds[i].is_some_and(Kind::is_body)
            || !kinds[i + 1].is_some_and(Kind::is_body)
            || !story(i - 1, kinds)
            || !story(i + 2, kinds)
        {
            continue;
        }
        let around: std::collections::HashSet<String> = content_words(&lines[i - 1].text)
            .into_iter()
            .chain(content_words(&lines[i + 2].text))
            .collect();
        let words = content_words(&head.text);
        let shared = words.iter().filter(|w| around.contains(*w)).count();
        if !words.is_empty() && shared * 5 <= words.len() {
            kinds[i] = Some(Kind::Related);
            kinds[i + 1] = Some(Kind::Related);
        }
    }
}

/// "… near Sheikhupura on Monday. (Dunya News)" under the masthead `DUNYA NEWS`: a
/// caption-sized description (five to 35 words, one sentence, quoting no one) closed after its
/// stop by a bracket holding only capitalised words, no function word, that name the page
/// itself — a line of its own, in whatever case. The picture is credited to the outlet; a
/// paragraph of the story names no masthead in a bracket after its stop.
fn bracketed_page_credit(text: &str, own_lower: &std::collections::HashSet<String>) -> bool {
    let t = text.trim_end();
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let Some(inner) = t[open + 1..].strip_suffix(')') else {
        return false;
    };
    let sentence = t[..open].trim_end();
    let words: Vec<&str> = inner.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && bare_words(inner).all(|w| !is_function_word(&w))
        && sentence.ends_with(['.', '!', '?'])
        && headline::sentence_ends(sentence).len() == 1
        && !sentence.contains(['"', '“', '”'])
        && (5..=35).contains(&features(sentence).words)
        && own_lower.contains(&inner.to_lowercase())
}

/// "… among the most used in the system. Rene Johnston Toronto Star": after a caption-sized
/// description (five to 35 words) and its last stop, a credit of two to six capitalised words
/// with no function word (but an outlet's "The") and no stop of its own. Such a tail credits the picture when its last
/// words are a name the page writes as a line of its own (its masthead: the photographer and
/// the outlet, unlabelled), or when the same tail closes another line (the page credits its
/// pictures alike); prose ends on its stop.
fn capitalised_tail(text: &str) -> Option<&str> {
    let end = *headline::sentence_ends(text).last()?;
    let (sentence, tail) = text.split_at(end);
    let tail = tail.trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    ((2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        // No function word but the "The" opening an outlet's name ("… The Harbour Courier").
        && bare_words(tail).all(|w| w == "the" || !is_function_word(&w))
        && !tail.ends_with(['.', '!', '?', ':', '"', '”'])
        && (5..=35).contains(&features(sentence).words))
    .then_some(tail)
}

fn closed_by_credit(text: &str) -> bool {
    headline::sentence_ends(text)
        .last()
        .is_some_and(|&end| credit_after(text, end))
}

fn credit_after(text: &str, end: usize) -> bool {
    let (sentence, tail) = text.split_at(end);
    let tail = tail.trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let letters = || tail.chars().filter(|c| c.is_alphabetic());
    let shouted = letters().count() >= 4 && letters().all(char::is_uppercase);
    let slashed = tail.contains('/');
    let no_function_word = features(tail).stop_density == 0.0;
    // "Pengusung utama: PDIP/Golkar", "Tautan: kpu.go.id/…" end the paragraph's sentence; only
    // a picture's label ("Foto: ANTARA/…") heads a credit.
    let labelled = tail
        .split_once(':')
        .is_some_and(|(label, _)| !label.contains('('));
    let credit_label = !labelled || is_caption(tail, &tail.to_lowercase());
    (2..=5).contains(&words.len())
        && no_function_word
        && credit_label
        && (shouted || slashed)
        && (5..=35).contains(&features(sentence).words)
}

/// "Tan Son Nhat to trial self-service bag drop" / "By Hoang Nam" / a paragraph: a headline-shaped
/// line after the story's lead, right over a byline, then the credits, date and caption a story
/// opens with, then prose: a second story's head, not a subheading (no subheading is signed).
/// Only under a story whose own writer is credited over its lead: a story signed nowhere above
/// may name people under its own subheadings ("Juara Pertama" / "Oleh Maria …"), and cutting
/// there would drop the rest of it.
fn signed_story_under(lines: &[Line], kinds: &[Option<Kind>], lead: usize, i: usize) -> bool {
    if kinds.get(i + 1) != Some(&Some(Kind::Byline)) || !kinds[..lead].contains(&Some(Kind::Byline))
    {
        return false;
    }
    let opening = [Kind::Byline, Kind::Credit, Kind::DateTime, Kind::Caption];
    let Some(j) = (i + 1..lines.len()).find(|&j| !kinds[j].is_some_and(|k| opening.contains(&k)))
    else {
        return false;
    };
    kinds[j].is_none() && is_prose(&lines[j].text)
}

/// The labels a page sets over the story it runs on into, in both languages.
const NEXT_STORY_LABELS: &[&str] = &[
    "artikel selanjutnya",
    "artikel berikutnya",
    "berita selanjutnya",
    "berita berikutnya",
    "next article",
    "next story",
    "read next",
    "up next",
];

/// What may stand over a second story's dateline: its headline, date, credits, related links.
/// A sign-off closes the story above it, and a line of two sentences or more is a paragraph of
/// it however few function words it has ("Nelayan di Iluta, Ramlan Hasan, berharap …").
fn heads_next_story(text: &str, kind: Option<Kind>) -> bool {
    kind.is_none_or(|k| !k.is_body() && k != Kind::SignOff)
        && !is_prose(text)
        && headline::sentence_ends(text).len() < 2
}

/// "1. Periksa kondisi kendaraan", "2. Mengapa tarif dinaikkan?" over a paragraph: a numbered
/// subheading, not a list item.
fn heading_like_item(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    let next_is_prose = lines.get(i + 1).is_some_and(|l| {
        body::numbered(&l.text).is_none() && body::bullet(&l.text).is_none() && is_prose(&l.text)
    });
    // The last of a run of numbered lines is an item like the others, whatever follows it:
    // a numbered heading has text between it and the next.
    // A text with a blank line after every line sets its items apart too.
    let together = !lines[i].gap_before || !clean::blank_lines_part_blocks(lines);
    let ends_a_run = i > 0 && together && body::numbered(&lines[i - 1].text).is_some();
    // An explainer numbers its questions ("1. Berapa besar kenaikannya?") over the answers.
    let question = t.trim_end().ends_with('?');
    (!features(t).ends_stop || question) && features(t).words <= 10 && next_is_prose && !ends_a_run
}

/// The next text line after `i` is a list item: the line at `i` heads a list.
fn heads_list(kinds: &[Option<Kind>], i: usize) -> bool {
    kinds[i + 1..]
        .iter()
        .find(|k| k.is_some_and(Kind::is_body))
        .is_some_and(|k| *k == Some(Kind::ListItem))
}

/// "Sajida Rahman" over "Senior Reporter" after the story: the line right after the last prose,
/// naming one to four people each in full (a lone word may be a widget's label, "Forum"), and
/// standing alone or over their job or another credit, is the writers' credit, as it would be under the
/// headline; a widget's title ("Top Five") sits on its items.
fn writer_named_below(lines: &[Line], kinds: &mut [Option<Kind>], last_prose: usize) {
    writer_below(lines, kinds, last_prose, false);
}

/// `writer_named_below` again once the page's own lines after the story are known (the tag
/// row, the next story's teaser, a source line): the story's last prose is now the first
/// story's, and the line right after it, read as a heading or as the page's furniture for
/// want of body text around it, is its writer when it passes the same tests and carries no
/// cue of its own. A writer is named there once: nothing is done when a byline already
/// follows the story.
fn writer_named_below_the_close(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let Some(last_prose) = (lead..lines.len())
        .rev()
        .find(|&i| kinds[i].is_some_and(Kind::is_body) && is_signed_prose(&lines[i].text))
    else {
        return;
    };
    if kinds[last_prose + 1..]
        .iter()
        .any(|k| matches!(k, Some(Kind::Byline | Kind::SignOff)))
    {
        return;
    }
    writer_below(lines, kinds, last_prose, true);
}

/// The shared test of `writer_named_below`; with `settled`, a line read as a heading with no
/// body text after it, or as furniture without a cue, may be the writer too.
/// The words a newsroom signs its own writers with after their names ("BDN staff", "staff
/// writer", "Staf Redaksi").
const STAFF_WORDS: &[&str] = &[
    "staff",
    "staf",
    "writer",
    "reporter",
    "correspondent",
    "redaksi",
];

fn writer_below(lines: &[Line], kinds: &mut [Option<Kind>], last_prose: usize, settled: bool) {
    // "Ngaio Rangihuna" / "Local Democracy Reporter" / "LDR is … funded by …": a sentence
    // under the writer's name and job speaks of the job, and the story ended above the name.
    let i = match last_prose.checked_sub(2) {
        Some(name)
            if name > 0
                && lines[name].gap_before
                && kinds[name - 1].is_some_and(Kind::is_body)
                && (credits::is_job_title(&lines[name + 1].text)
                    || credits::is_job_line(&lines[name + 1].text)) =>
        {
            name
        }
        _ => last_prose + 1,
    };
    let Some(line) = lines.get(i) else {
        return;
    };
    // "– Rizal Hamdan": a dash before the name signs the story, as a dash after it does.
    let signed = line.text.starts_with(['-', '–', '—']);
    let t = credits::without_email(&line.text)
        .trim_start_matches(['-', '–', '—'])
        .trim_start()
        .trim_end_matches([' ', '-', '–', '—', '|', ',']);
    // "(Rina Nurjanah)" alone under the story: print signs its writer in brackets; an office
    // credited so names the place it serves ("(Humas Polresta Kupang Kota)") and is no one.
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|r| {
            !r.contains(['(', ')'])
                && !r
                    .split_whitespace()
                    .any(|w| super::gazetteer::place(w).is_some())
        })
        .unwrap_or(t);
    // "Yohanes Leiwakabessy (Ambon)": the place a writer filed from, in brackets after the name.
    let t = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once(" ("))
        .filter(|(_, place)| super::gazetteer::place(place).is_some())
        .map_or(t, |(name, _)| name.trim_end());
    // "— Ethan Moreau, BDN staff": a dash-led signature's staff word after the name says whom
    // the writer works for, and names no one.
    let t = t
        .rsplit_once(", ")
        .filter(|(_, role)| {
            let words: Vec<&str> = role.split_whitespace().collect();
            signed
                && words.len() <= 3
                && words
                    .last()
                    .is_some_and(|w| STAFF_WORDS.contains(&w.to_lowercase().as_str()))
        })
        .map_or(t, |(name, _)| name.trim_end());
    let people: Vec<&str> = t
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" dan "))
        .map(str::trim)
        .collect();
    let in_full = (1..=4).contains(&people.len())
        && people
            .iter()
            .all(|p| (2..=4).contains(&p.split_whitespace().count()));
    let alone = lines.get(i + 1).is_none_or(|next| {
        next.gap_before
            || credits::is_job_line(&next.text)
            || credits::is_job_title(&next.text)
            || credits::role_cue(&next.text).is_some()
            // "Daniel Ssekandi" over "Source: Africanews": a labelled line of the page's.
            || settled && labelled_line(&next.text)
            // A rule of dashes parts blocks as a blank line does.
            || settled && ["---", "===", "___"].iter().any(|r| next.text.starts_with(r))
    });
    // A dash-led line standing alone is no list: a list has two items or more.
    let lone_item = signed
        && kinds[i] == Some(Kind::ListItem)
        && line.gap_before
        && lines
            .get(i + 1)
            .is_none_or(|next| next.gap_before || !next.text.starts_with(['-', '–', '—']));
    // "NEXT STEPS" over a list: a heading whose items follow it is no writer.
    let heads_items = heads_list(kinds, i);
    // Once the page's lines are known, a heading over no body text heads nothing, and a line
    // taken for furniture only for the furniture around it may be a name.
    let body_after = kinds[i + 1..].iter().any(|k| k.is_some_and(Kind::is_body));
    let unsettled = settled
        && cue(&line.text).is_none()
        && (kinds[i] == Some(Kind::Promo) || kinds[i] == Some(Kind::Subheading) && !body_after)
        && !credits::names_no_one(t)
        // "Bank Maluku Malut" over a rule, "Rumah Sakit Umum Daerah" over a source line: a
        // body's or a place's name is the page's, not a writer's.
        && people.iter().all(|p| super::entities::is_person_like(p));
    if (kinds[i] == Some(Kind::Paragraph) || lone_item || unsettled)
        && in_full
        && alone
        && !heads_items
        && is_name_line(t)
    {
        // A name is capitalised wherever it stands: a word the story writes in lower case
        // makes the line a title ("Importers Pass Costs"), not a person.
        let common: std::collections::HashSet<&str> = lines[..i]
            .iter()
            .flat_map(|l| l.text.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        let lower: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(str::to_lowercase)
            .collect();
        if lower.iter().any(|w| common.contains(w.as_str())) {
            return;
        }
        kinds[i] = Some(Kind::Byline);
        // The job under a name above the story's last line is the credit's, no heading.
        if i < last_prose {
            kinds[i + 1] = Some(Kind::Credit);
        }
    }
}

/// "… untuk dua minggu ke depan. (ANTARA)": prose whose last sentence is followed by a short
/// bracketed agency or newsroom signing the paragraph is still prose; without
/// this the story's last paragraph, ending on the bracket instead of its stop, was taken for
/// a line after the story and dropped.
fn is_signed_prose(text: &str) -> bool {
    if is_prose(text) {
        return true;
    }
    let t = text.trim_end();
    let Some(open) = t.strip_suffix(')').and_then(|s| s.rfind('(')) else {
        return false;
    };
    let inside = &t[open + 1..t.len() - 1];
    let words = inside.split_whitespace().count();
    let before = t[..open].trim_end();
    // An agency signs in capitals or by its known name; a person's name in brackets
    // ("(Yui Sato)") credits a photographer, and the line is a caption.
    let agency = !inside.chars().any(char::is_lowercase) || dateline::is_outlet(inside);
    (1..=4).contains(&words)
        && agency
        && features(inside).stop_density == 0.0
        && before.ends_with(['.', '!', '?', '"', '”'])
        && is_prose(before)
}

/// Subheadings need body text on both sides; short lines without a stop that stand among
/// noise, or after the last paragraph, are noise themselves.
fn revise(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    let n = lines.len();
    let is_noise = |k: Option<Kind>| k.is_some_and(|k| !k.is_body());
    let last_prose = (lead..n)
        .rev()
        .find(|&i| kinds[i].is_some_and(Kind::is_body) && is_signed_prose(&lines[i].text))
        .unwrap_or(lead);
    writer_named_below(lines, kinds, last_prose);
    widget_titles(lines, kinds, lead);
    channels_the_story_names(lines, kinds, lead, last_prose);
    follows_whom_the_story_names(lines, kinds, lead, last_prose);
    let blocks = clean::blank_lines_part_blocks(lines);
    for i in lead + 1..n {
        if kinds[i] != Some(Kind::Paragraph) {
            continue;
        }
        let t = &lines[i].text;
        if i < last_prose && question_heading(lines, kinds, i, blocks) {
            kinds[i] = Some(Kind::Subheading);
            continue;
        }
        if is_signed_prose(t)
            || features(t).ends_stop
            || introduces_list(lines, kinds, i)
            || introduced_channels(lines, kinds, i)
            || introduces_a_clip(lines, i)
        {
            continue;
        }
        if i > last_prose {
            // Writers with their newsroom after the story sign it, as they would under the
            // headline.
            // "(Japanese original by X, … Department)": a bracketed credit closing the story.
            let bracketed_credit = t
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .and_then(credits::credited_by)
                .is_some();
            kinds[i] = Some(if signs_the_story(t) {
                Kind::Byline
            } else if body::is_subheading(t) && heads_list(kinds, i) {
                // "LANGKAH BERIKUTNYA" over the story's closing list heads it.
                Kind::Subheading
            } else if bracketed_credit {
                Kind::Credit
            } else {
                Kind::Promo
            });
            continue;
        }
        let prev_noise = is_noise(kinds[i - 1]);
        let next_noise = i + 1 < n && is_noise(kinds[i + 1]);
        let next = (i + 1..n).find(|&j| kinds[j].is_some_and(Kind::is_body));
        let next_body = next.is_some_and(|j| {
            kinds[j] == Some(Kind::Paragraph) && !body::is_subheading(&lines[j].text)
                || kinds[j] == Some(Kind::ListItem)
        });
        let heading = body::is_subheading(t) || sentence_case_heading(lines, kinds, i, blocks);
        if heading && next_body {
            kinds[i] = Some(Kind::Subheading);
        } else if prev_noise || next_noise {
            kinds[i] = Some(Kind::Promo);
        }
    }
}

/// "Follow the council on:" over "Facebook Instagram", between paragraphs: the story says where
/// someone it names can be followed, and the row of channel names is its text, not the page's
/// share buttons. "Follow us on:", "Ikuti kami di:" speak for the page itself, and so does a
/// call naming someone the story never writes of elsewhere ("Ikuti Tempo di:": the outlet).
fn channels_the_story_names(
    lines: &[Line],
    kinds: &mut [Option<Kind>],
    lead: usize,
    last_prose: usize,
) {
    for i in 1..last_prose.min(lines.len()) {
        let before = &lines[i - 1].text;
        let own = bare_words(before).any(|w| PRONOUNS_OF_THE_PAGE.contains(&w.as_str()));
        let written_elsewhere = |name: &str| {
            (lead + 1..lines.len()).any(|j| {
                j + 1 != i
                    && j != i
                    && kinds[j].is_none_or(Kind::is_body)
                    && lines[j]
                        .text
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|x| x == name)
            })
        };
        let unnamed_elsewhere = before
            .split_whitespace()
            .skip(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .take_while(|w| !matches!(w.to_lowercase().as_str(), "on" | "di" | "via" | "lewat"))
            .any(|w| w.starts_with(char::is_uppercase) && !written_elsewhere(w));
        if kinds[i] == Some(Kind::Promo)
            && kinds[i - 1] == Some(Kind::Paragraph)
            && before.ends_with(':')
            && features(before).words >= 3
            && !own
            && !unnamed_elsewhere
            && is_share_row(&lines[i].text.to_lowercase())
        {
            kinds[i] = Some(Kind::Paragraph);
        }
    }
}

/// "Follow the council on Facebook for opening times.", between paragraphs: a call to follow
/// someone the story names, in its own lower-case words ("the district council opened …"), is
/// the story's; the page's promo follows itself ("us", a name, its news or updates).
fn follows_whom_the_story_names(
    lines: &[Line],
    kinds: &mut [Option<Kind>],
    lead: usize,
    last_prose: usize,
) {
    for i in lead + 1..last_prose.min(lines.len()) {
        if kinds[i] != Some(Kind::Promo) {
            continue;
        }
        let lower = lines[i].text.to_lowercase();
        let Some(call) = starts_with_any(&lower, &["follow", "ikuti"]) else {
            continue;
        };
        let object: Vec<&str> = lines[i].text[call..]
            .split_whitespace()
            .take_while(|w| !matches!(w.to_lowercase().as_str(), "on" | "di" | "via" | "lewat"))
            .collect();
        let page = object.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            PRONOUNS_OF_THE_PAGE.contains(&w.as_str())
                || CHANNELS.contains(&w.as_str())
                || [
                    "news", "berita", "updates", "update", "stories", "akun", "account", "page",
                    "halaman",
                ]
                .contains(&w.as_str())
        });
        let content: Vec<String> = object
            .iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| w.chars().count() >= 3 && !is_function_word(w))
            .collect();
        let in_story = |w: &String| {
            (lead..lines.len()).any(|j| {
                j != i
                    && kinds[j].is_none_or(Kind::is_body)
                    && lines[j]
                        .text
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|x| x == w.as_str())
            })
        };
        if !page
            && !content.is_empty()
            && content
                .iter()
                .all(|w| w.starts_with(char::is_lowercase) && in_story(w))
            && lines[i].text.ends_with('.')
        {
            kinds[i] = Some(Kind::Paragraph);
        }
    }
}

/// The page speaking of itself: "us", "our", "kami".
const PRONOUNS_OF_THE_PAGE: &[&str] = &["us", "our", "we", "kami", "kita"];

/// A paragraph a story's line ending in a colon introduces.
fn introduced_channels(lines: &[Line], kinds: &[Option<Kind>], i: usize) -> bool {
    i > 0
        && kinds[i - 1] == Some(Kind::Paragraph)
        && lines[i - 1].text.ends_with(':')
        && is_share_row(&lines[i].text.to_lowercase())
}

/// "… says his school will not turn any student away but cannot wait much longer:" over a
/// script's cue for the recorded clip: the story's sentence introducing what is heard next.
fn introduces_a_clip(lines: &[Line], i: usize) -> bool {
    let f = features(&lines[i].text);
    lines[i].text.ends_with(':')
        && f.words >= 8
        && f.stop_density >= 0.08
        && lines.get(i + 1).is_some_and(|l| is_script_cue(&l.text))
}

/// "… gejala berikut:" over list items: the sentence that opens a list is text, whatever stands
/// before it.
fn introduces_list(lines: &[Line], kinds: &[Option<Kind>], i: usize) -> bool {
    lines[i].text.ends_with(':')
        && features(&lines[i].text).words >= 4
        && kinds.get(i + 1) == Some(&Some(Kind::ListItem))
}

/// "Kenapa kasus naik lagi?", "Who pays for the repairs?": an explainer's subheading asks a short
/// question on a line of its own, between paragraphs of prose, a blank line on each side. It
/// quotes no one, has no comma (a reporter's aside "Lalu, bagaimana …?" runs on), does not
/// address the reader or a speaker as an interview's question does, and is not asked in the
/// first person singular, as a source's own question is.
/// `blocks`: whether blank lines part the text's blocks (`clean::blank_lines_part_blocks`).
fn question_heading(lines: &[Line], kinds: &[Option<Kind>], i: usize, blocks: bool) -> bool {
    let t = lines[i].text.trim();
    let words = t.split_whitespace().count();
    let apart = |l: &Line| l.gap_before || !blocks;
    let prose_at = |j: usize| {
        kinds.get(j).copied().flatten().is_some_and(Kind::is_body)
            && lines.get(j).is_some_and(|l| is_prose(&l.text))
    };
    // A question in the first person singular is someone's own ("Apakah anak saya aman di
    // sana?"), a source's worry quoted as a paragraph, not a heading over the next one.
    let addressed = bare_words(t).any(|w| {
        [
            "anda", "kamu", "you", "your", "saya", "aku", "i", "my", "me",
        ]
        .contains(&w.as_str())
    });
    t.ends_with('?')
        && (3..=8).contains(&words)
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.contains([',', '"', '“', '”', '\'', '‘', '’', ':'])
        && headline::sentence_ends(t).len() <= 1
        && !addressed
        && apart(&lines[i])
        && lines.get(i + 1).is_some_and(apart)
        && prose_at(i - 1)
        && kinds.get(i + 1) == Some(&Some(Kind::Paragraph))
        && prose_at(i + 1)
}

/// "New EU rules raise the bar": English outlets write subheadings in sentence case; a short
/// title-shaped line with a blank line on each side, directly over a paragraph of prose (or one
/// of prose introducing a list), is one.
/// `blocks`: whether blank lines part the text's blocks (`clean::blank_lines_part_blocks`).
fn sentence_case_heading(lines: &[Line], kinds: &[Option<Kind>], i: usize, blocks: bool) -> bool {
    let t = lines[i].text.trim_start_matches(['\'', '"', '“', '‘']);
    // Blank lines that part no blocks (one after every line, or none) say nothing of where the
    // heading stands: its shape and the prose under it do.
    let apart = |l: &Line| l.gap_before || !blocks;
    // The paragraph under it may introduce a list, closing on its colon instead of a stop
    // ("Pembeli di Jepang mensyaratkan tiga hal:" over its bullets).
    let next_prose = kinds.get(i + 1) == Some(&Some(Kind::Paragraph))
        && lines.get(i + 1).is_some_and(|l| {
            apart(l)
                && (is_prose(&l.text)
                    || introduces_list(lines, kinds, i + 1) && {
                        let f = features(&l.text);
                        f.words >= 8 && f.stop_density >= 0.08
                    })
        });
    (is_title_line(&lines[i].text) || quoted_title_line(&lines[i].text))
        && features(t).words >= 3
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.contains(['|', '@', ':'])
        && apart(&lines[i])
        && next_prose
}

/// "'We lost the huts and half the wall'": a line quoted as a whole, seven to ten words and no
/// stop inside the quotes, is a subheading quoting a speaker, as the shorter "'We sandbag every
/// winter'" is: the story's own quotes end on a stop or a comma and name who spoke.
fn quoted_title_line(text: &str) -> bool {
    let t = text.trim();
    let Some(inner) = ['\'', '"', '“', '‘']
        .iter()
        .find_map(|&q| t.strip_prefix(q))
        .and_then(|r| r.strip_suffix(['\'', '"', '”', '’']))
    else {
        return false;
    };
    let inner_quote =
        inner.chars().any(|c| "\"“”‘".contains(c)) || inner.contains(" '") || inner.contains("' ");
    let f = features(inner);
    (7..=10).contains(&f.words)
        && !inner_quote
        && !inner
            .trim_end()
            .ends_with(['.', ',', ';', ':', '!', '?', '…'])
        && !inner.contains(['.', '!', '?', ':', ';', '|', '@'])
}

/// A short title-shaped line, no sentence: a subheading or a widget's name.
fn is_title_line(text: &str) -> bool {
    if text.split_whitespace().count() > 6 {
        return false;
    }
    let f = features(text);
    f.words <= 6 && !f.ends_stop && !text.ends_with(':') && !is_prose(text)
}

/// "Video Populer" over "Foto Populer": two title-shaped lines in a row among paragraphs are a
/// page's widgets, since a subheading is followed by its text.
fn widget_titles(lines: &[Line], kinds: &mut [Option<Kind>], lead: usize) {
    for i in lead + 1..lines.len().saturating_sub(1) {
        let pair = [i, i + 1];
        if pair
            .iter()
            .all(|&j| kinds[j] == Some(Kind::Paragraph) && is_title_line(&lines[j].text))
        {
            for j in pair {
                kinds[j] = Some(Kind::Promo);
            }
        }
    }
}

#[cfg(test)]
mod round15_tests {
    use super::*;

    #[test]
    fn a_paragraph_trailing_off_in_an_ellipsis_is_prose() {
        assert!(is_prose(
            "Menurut dia, tambang itu sudah berulang kali ditutup, tetapi dibuka lagi setelah beberapa bulan…"
        ));
        assert!(is_prose(
            "The mayor said the market would stay open, at least until the rains come\u{2026}\""
        ));
        assert!(!is_prose("Baca selengkapnya di sini…"));
    }

    #[test]
    fn a_date_between_bars_beside_a_label_is_a_date_line() {
        assert!(date_residue("Friday 14 November 2025 | Filed under Business").is_some());
        assert!(date_residue("Rabu, 3 Desember 2025 | Diterbitkan di Daerah").is_some());
        // A sentence with a date in it stays a sentence.
        assert!(date_residue("Banjir terjadi pada 3 Desember 2025 di Jakarta.").is_none());
        // A printed page's running head: the paper's name in capitals, its article with it.
        assert_eq!(
            date_residue("THE MINDANAO EXAMINER          THURSDAY, DECEMBER 3, 2026").as_deref(),
            Some("THE MINDANAO EXAMINER")
        );
        // Its page number is no word of a credit.
        assert_eq!(
            date_residue("DERWENT VALLEY GAZETTE WEDNESDAY, DECEMBER 9, 2026 PAGE 3").as_deref(),
            Some("DERWENT VALLEY GAZETTE")
        );
        assert_eq!(
            date_residue("Kamis, 3 Desember 2026 | Halaman 5").as_deref(),
            Some("")
        );
        // A feed reader's line: the site, the writer, the date.
        assert_eq!(
            date_residue("Kabar Tanimbar  ·  oleh Fransiska Lerebulan  ·  Sel, 1 Des 2026 19.05")
                .as_deref(),
            Some("Kabar Tanimbar | oleh Fransiska Lerebulan")
        );
        for line in [
            "Kuliner · Oleh-Oleh Khas Garut Diburu Pemudik · Sel, 1 Des 2026",
            "Carols by Candlelight · Saturday, December 19, 2026 · Town Hall",
            "Harga Cabai Rawit Tembus Rp80.000 · Senin, 30 November 2026",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
        // Nor is its cover price.
        assert_eq!(
            date_residue(
                "4          WARTA BLORA          Senin, 30 November 2026          Rp4.000"
            )
            .as_deref(),
            Some("WARTA BLORA")
        );
        assert!(date_residue("THE FLOOD OF DECEMBER 1, 2026").is_none());
        assert!(date_residue("THE RECKONING: DECEMBER 1, 2026").is_none());
        assert!(date_residue("THE BIG CLEANUP SATURDAY, DECEMBER 5, 2026").is_none());
        // A byline beside the date with no bar between, and the count of comments.
        assert_eq!(
            date_residue("December 1, 2026  By Anjali Persaud  0 Comments").as_deref(),
            Some("By Anjali Persaud")
        );
        assert!(date_residue("Meeting by the River on December 5, 2026").is_none());
        assert!(date_residue("The flood came on December 1, 2026").is_none());
    }

    #[test]
    fn a_weekday_with_its_day_and_month_alone_is_a_date_line() {
        for line in [
            "Kamis, 3 Desember",
            "Tuesday, Dec. 8",
            "Thursday 3 December",
            "Tuesday, December 1 | Updated December 2",
        ] {
            assert_eq!(date_residue(line).as_deref(), Some(""), "{line}");
        }
        // A day and month alone, or a weekday leading to what happens then, is none.
        for line in [
            "3 Desember",
            "Kamis, 3 Desember: pembukaan",
            "Kamis, 3 Desember di Balai Kota",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
    }

    #[test]
    fn a_description_closed_by_a_shouted_or_slashed_credit_is_a_caption() {
        assert!(closed_by_credit(
            "Warga menunggu kapal di dermaga lama, Senin (1/12/2025). (DOKUMEN WARGA)"
        ));
        assert!(closed_by_credit(
            "A dredger waits at the harbour entrance on Monday. KPN/Photo Sela Tuilau"
        ));
        // A credit of one word, or words with a function word, closes no caption.
        assert!(!closed_by_credit(
            "The port said it would reopen on Monday. (AFP)"
        ));
        assert!(!closed_by_credit(
            "The port said it would reopen on Monday. Reporting by the desk"
        ));
    }

    #[test]
    fn a_paragraph_closed_by_a_label_and_its_value_is_no_caption() {
        // "Label: value" finishes the paragraph's own sentence, however slashed its value.
        for text in [
            "Kesepakatan itu ditandatangani di kantor DPD di Semarang. Pengusung utama: PDIP/Golkar",
            "Informasi pendaftaran calon bisa dilihat di laman resmi komisi. Tautan: kpu.go.id/pilkada",
        ] {
            assert!(!closed_by_credit(text), "{text}");
        }
        // A picture's label keeps its credit.
        assert!(closed_by_credit(
            "Warga menunggu kapal di dermaga lama, Senin (1/12/2025). Foto: ANTARA/Budi Santoso"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posts_counters_and_an_acknowledgement_of_country_are_the_pages() {
        assert!(is_counter_row("18 reposts   3 quotes   52 likes"));
        assert!(is_counter_row("1,2 rb suka · 54 komentar"));
        assert!(!is_counter_row("52 likes"));
        assert!(is_address_row(
            "Milk River Ledger · 512 2nd Ave. S. · Glasgow, MT 59230"
        ));
        assert!(is_address_row("Jl. Ahmad Yani Km 2 | Amuntai 71411"));
        assert!(is_mail_disclaimer(
            "confidentiality notice: this e-mail message, including any attachments, is for the \
             sole use of the intended recipient(s)."
        ));
        assert!(!is_mail_disclaimer(
            "the letter, which was intended for the mayor, reached the council by email."
        ));
        assert!(!is_address_row(
            "Warga di 12 Jalan Merdeka · kata Budi, 2026"
        ));
        assert!(!is_counter_row("1,146 votes"));
        assert!(!is_counter_row("52"));
        assert!(!is_counter_row("3 killed 2 injured"));
        assert_eq!(
            cue_of(
                "Strait FM acknowledges the Traditional Owners of the lands and seas of the Torres Strait."
            ),
            Some(Kind::Promo)
        );
        for story in [
            "Mayor Jan Clark said the council acknowledges the Traditional Owners of the land at every meeting.",
            "The determination recognises the Traditional Owners' exclusive rights over the foreshore.",
            "Council formally recognises Traditional Owners in Cairns foreshore plan",
        ] {
            assert!(!acknowledges_country(&story.to_lowercase()), "{story}");
        }
    }

    #[test]
    fn a_line_the_lead_writes_word_for_word_is_a_name_not_a_story_told() {
        let lead = "A storm killed 12 people in the north on Sunday, officials said.";
        assert!(lead_tells_all_of("Storm Kills 12", lead));
        let lead = "Pemerintah Kabupaten Mukomuko menyerahkan bantuan 40 unit mesin tempel.";
        assert!(!lead_tells_all_of("Pemerintah Kabupaten Mukomuko", lead));
        let lead = "Dinas Kesehatan Kota Pekalongan menemukan 212 kasus baru tuberkulosis.";
        assert!(!lead_tells_all_of("Kota Pekalongan", lead));
        assert!(!lead_tells_all_of("The Examiner", lead));
    }

    #[test]
    fn a_carrier_s_heading_is_told_from_a_headline_by_its_shape() {
        for carrier in [
            "PENGADILAN NEGERI JAYAPURA KELAS IA",
            "Addis Standard · Kindle Aa Go to Bookmark",
            "FE MORNING BRIEF | Tuesday",
            "Relevansi : ★★★★☆ (banjir; sampah; Sungai Bendung)",
            "Snapshot: \"Spennymoor school rebuild paused\"",
        ] {
            assert!(carrier_shaped(carrier), "{carrier}");
        }
        for headline in [
            "Tempo: Jokowi Tolak Hadir Sidang",
            "Wakil Rektor Unila: Mahasiswa Boleh Ajukan Penurunan UKT",
            "Judul: Pemadaman Bergilir di Lombok Timur Diperpanjang",
            "Trans Jateng Buka Koridor Solo–Sangiran, Tarif Pelajar Rp2.000",
        ] {
            assert!(!carrier_shaped(headline), "{headline}");
        }
    }

    #[test]
    fn a_clock_time_is_hours_and_minutes_not_a_date_or_a_sum() {
        for text in [
            "pukul 00.01 WIB",
            "00:01 GMT",
            "Kamis 07.16",
            "tiba pukul 07.15.",
            "10:42 AM",
        ] {
            assert!(has_clock_time(text), "{text}");
        }
        for text in ["15.12.2025", "Rp1.500", "skor 3:2", "pukul 7", "2025.12"] {
            assert!(!has_clock_time(text), "{text}");
        }
    }

    #[test]
    fn a_numbered_line_holding_a_time_is_a_schedule_item_not_a_date_line() {
        for line in [
            "1. pukul 08.00 WIB kapal cepat reguler",
            "2) 9:30 am - doors open",
            "3. 14.00 WITA pelepasan peserta",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
        assert!(date_residue("Selasa, 18 November 2025 - 14.20").is_some());
    }

    #[test]
    fn an_agencys_code_stamped_with_its_address_signs_the_story_off() {
        let line = "Ibaji is among the areas worst hit this year. (NAN)(www.nannews.ng)";
        assert_eq!(
            outlet_sign_off(line),
            Some((
                "Ibaji is among the areas worst hit this year.".len(),
                "NAN".to_string()
            ))
        );
        // An office cited alone, or an address the sentence gives, is text.
        assert_eq!(outlet_sign_off("Hujan turun lagi. (BMKG)"), None);
        assert_eq!(
            outlet_sign_off("Daftar lewat laman resmi (www.lapor.go.id)"),
            None
        );
        for line in [
            "Pendaftaran dibuka (BKN)(www.bkn.go.id)",
            "Parents can check the schedule on the agency's website. (NPHCDA)(www.nphcda.gov.ng)",
            "The fund opened on Monday. (AFP)(www.example.com)",
        ] {
            assert_eq!(outlet_sign_off(line), None, "{line}");
        }
    }

    #[test]
    fn a_shouted_order_before_a_bar_sends_the_reader_on_below_the_lead() {
        let text = "Hout Bay fire leaves 300 homeless\n\nAbout 300 people were left homeless after a fire swept through dozens of structures on Monday night.\n\nREAD | Cape Town braces for hot, windy week as fire risk rises\n\nThe cause of the blaze is still being investigated by the city.\n\nWATCH | Drone footage shows scale of Imizamo Yethu fire damage\n\nThe city said relief would reach the families by Tuesday afternoon.";
        let k = kinds(text);
        for line in ["READ | Cape Town", "WATCH | Drone"] {
            assert!(
                k.iter()
                    .any(|(kind, t)| *kind == Kind::Promo && t.starts_with(line)),
                "{k:?}"
            );
        }
        // Over the lead it may be a video page's own headline; a sentence after the bar is
        // the story's.
        assert_eq!(k[0].0, Kind::Headline, "{k:?}");
        assert!(sends_on_with_a_bar(
            "WATCH | Drone footage shows scale of the fire damage"
        ));
        assert!(!sends_on_with_a_bar("READ | The full statement is below."));
        assert!(!sends_on_with_a_bar("Read | Cape Town braces for hot week"));
    }

    #[test]
    fn a_station_before_a_bar_and_a_byline_is_the_byline() {
        assert_eq!(cue("KDLG | By Brendan Okamoto"), Some(Kind::Byline));
        assert_eq!(
            cue("Kabar Natuna | Oleh Arman Syahputra"),
            Some(Kind::Byline)
        );
        assert_ne!(cue("Opinion | By the numbers"), Some(Kind::Byline));
        assert_ne!(
            cue("Podcast | By Popular Demand, Town Quiz Returns"),
            Some(Kind::Byline)
        );
        assert_ne!(
            cue("Wisata | Oleh Oleh Khas Bandung Diburu Pemudik"),
            Some(Kind::Byline)
        );
    }

    #[test]
    fn a_players_button_with_its_running_time_is_a_video_marker() {
        for line in [
            "Play Video. Duration: 1 minute 52 seconds",
            "Putar video · Durasi 02:14",
        ] {
            assert_eq!(cue(line), Some(Kind::VideoMarker), "{line}");
        }
        assert_ne!(
            cue("Video shows the duration of the storm over the town, residents said."),
            Some(Kind::VideoMarker)
        );
    }

    #[test]
    fn a_long_footer_reserving_its_rights_is_a_copyright_line() {
        assert_eq!(
            cue("Ulster Herald · Omagh, Co Tyrone · Copyright © 2026. All rights reserved."),
            Some(Kind::Copyright)
        );
        // The holder, then what the page says of itself after a separator.
        assert_eq!(
            cue("© 2026 Baraka FM · A station of the Catholic Archdiocese of Mombasa"),
            Some(Kind::Copyright)
        );
    }

    #[test]
    fn a_writers_name_beside_their_job_under_the_headline_is_the_byline() {
        let text = "Road repaving to begin in March\n\
            Cheryl Nez | Staff Reporter\n\n\
            SHOW LOW — Drivers should expect nine months of night work and lane closures starting in March, the city said on Tuesday.\n\n\
            The work will run at night.\n";
        let got: Vec<(Kind, String)> = classify(text)
            .into_iter()
            .map(|p| (p.kind, p.text))
            .collect();
        assert_eq!(
            got[1],
            (Kind::Byline, "Cheryl Nez | Staff Reporter".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_cut_after_a_word_no_headline_ends_on_is_one_headline() {
        let text = "Floods close schools across the villages of\n\
            Central Java, Thousands Stay Home\n\n\
            SEMARANG – Floods closed more than forty schools across the province on Monday after two days of heavy rain, officials said.\n\n\
            Classes will resume when the water falls.\n";
        let got: Vec<(Kind, String)> = classify(text)
            .into_iter()
            .map(|p| (p.kind, p.text))
            .collect();
        assert_eq!(
            got[0],
            (
                Kind::Headline,
                "Floods close schools across the villages of Central Java, Thousands Stay Home"
                    .to_string()
            ),
            "{got:?}"
        );
    }

    /// What the ticker rule alone makes of each prepared line of `text`.
    fn ticker_kinds(text: &str) -> Vec<Option<Kind>> {
        let (lines, _) = prepare(text);
        let mut kinds = vec![None; lines.len()];
        ticker_over_masthead(&lines, &mut kinds);
        kinds
    }

    #[test]
    fn a_weather_widget_and_a_ticker_over_the_masthead_are_the_sites() {
        let text = "Iqaluit  −27°C  Blowing snow   |   Rankin Inlet  −31°C   |   Cambridge Bay  −34°C\n\
            LATEST: Ferry operator adds second weekly sailing for the holidays\n\
            HARBOUR NEWS\n\
            News   Sports   Arts   Opinion   Obituaries   Jobs   Tenders   Subscribe\n\n\
            Contractor fined $90,000 after worker's fall from roof\n\n\
            By Jane Roe\n\n\
            A construction company has been fined $90,000 after a worker fell nearly five metres from the roof of a building going up in the city.\n\n\
            The company pleaded guilty on Wednesday to one count under the territory's Safety Act.\n";
        let got = kinds(text);
        assert_eq!(got[0].0, Kind::Promo, "{got:?}");
        assert_eq!(got[1].0, Kind::Promo, "{got:?}");
        let headline = got.iter().find(|(k, _)| *k == Kind::Headline);
        assert_eq!(
            headline.map(|(_, t)| t.as_str()),
            Some("Contractor fined $90,000 after worker's fall from roof"),
            "{got:?}"
        );
        // A story's own sentence about the cold, and a labelled headline with no masthead
        // under it, are no furniture.
        assert!(!is_weather_widget(
            "Temperatures fell to −27°C in Iqaluit and −31°C in Rankin Inlet overnight."
        ));
        assert!(is_weather_widget("Ternate 29°C Berawan"));
        assert!(!is_weather_widget("Record low of −27°C at Iqaluit airport"));
        let lone = text.replace(
            "HARBOUR NEWS\n\
            News   Sports   Arts   Opinion   Obituaries   Jobs   Tenders   Subscribe\n",
            "",
        );
        let none = ticker_kinds(&lone);
        assert!(none.iter().all(Option::is_none), "{none:?}");
        // Under the masthead, a ticker over a section's name and the story's own headline.
        let under = "☰   KRONIK MALUT   🔍\n\
            TERKINI: Harga Cengkih di Tidore Turun Jadi Rp105 Ribu per Kilogram\n\n\
            Daerah\n\
            Jalan Sofifi–Payahe Amblas di Kaiyasa, Antrean Kendaraan Capai Dua Kilometer\n\n\
            Penulis: Fadli Sangadji\n\n\
            SOFIFI – Badan jalan nasional ruas Sofifi–Payahe di Desa Kaiyasa amblas sedalam hampir satu meter setelah diguyur hujan deras sejak Minggu malam.\n\n\
            Amblasan sepanjang sekitar 25 meter itu berada di tikungan yang berbatasan dengan sungai.\n";
        let got = ticker_kinds(under);
        assert_eq!(got[1], Some(Kind::Promo), "{got:?}");
        // An arrow after the label, the ticker's headlines set apart by bullets.
        let arrow = under.replace(
            "TERKINI: Harga Cengkih di Tidore Turun Jadi Rp105 Ribu per Kilogram",
            "TERKINI ▸ Harga Cengkih di Tidore Turun  •  Persiter Lolos ke Babak 16 Besar",
        );
        let got = ticker_kinds(&arrow);
        assert_eq!(got[1], Some(Kind::Promo), "{got:?}");
        // A labelled headline over its writer and date line heads the story.
        let byline = "BREAKING: Fire destroys three homes on Main Street\n\
            Jane Doe\n\
            Published 10 a.m. Thursday, December 4, 2025\n\n\
            Three families lost their homes on Thursday morning when a fire spread along Main Street, the fire chief said.\n";
        let none = ticker_kinds(byline);
        assert!(none.iter().all(Option::is_none), "{none:?}");
        // Nor over its writer's name and its deck.
        let deck = byline.replace(
            "Published 10 a.m. Thursday, December 4, 2025",
            "Three families lose everything as the blaze spreads along the street",
        );
        let none = ticker_kinds(&deck);
        assert!(none.iter().all(Option::is_none), "{none:?}");
        // A labelled headline over its deck heads the story.
        let own = "TERKINI: Harga Cengkih di Tidore Turun Jadi Rp105 Ribu per Kilogram\n\n\
            Petani menahan panen sambil menunggu harga pulih pada awal tahun depan\n\n\
            TIDORE – Harga cengkih di tingkat petani turun tajam dalam dua pekan terakhir, kata para pedagang pengumpul di pasar kota itu.\n";
        let none = ticker_kinds(own);
        assert!(none.iter().all(Option::is_none), "{none:?}");
    }

    #[test]
    fn the_front_pages_head_with_its_price_is_the_editions_head() {
        let text = "1          THE HARBOUR STAR          Tuesday, November 24, 2026          $1.50\n\n\
            Council OKs Sunday buses, later runs\n\
            to the harbour starting in February\n\n\
            By GORDON REID\n\n\
            The city council voted Monday night to run buses on Sundays\n\
            and later on weeknights to the harbour, the city's fastest-\n\
            growing neighbourhood.\n\n\
            Continued on page 6\n\n\
            6          THE HARBOUR STAR          Tuesday, November 24, 2026\n\n\
            The expansion adds a late run on the harbour route from Monday to Saturday.\n";
        let got = kinds(text);
        assert_eq!(got[0].0, Kind::Section, "{got:?}");
        let head = got
            .iter()
            .find(|(_, t)| t.starts_with("6 THE HARBOUR STAR"));
        assert_eq!(head.map(|(k, _)| *k), Some(Kind::PageMarker), "{got:?}");
    }

    #[test]
    fn a_note_of_when_the_story_ran_is_a_date_line() {
        for line in [
            "This story appeared in the Dec. 3, 2026 print edition of the Inuvik Drum.",
            "This report by The Canadian Press was first published Dec. 16, 2026.",
            "Artikel ini dimuat di edisi cetak Kamis, 3 Desember 2026.",
        ] {
            assert!(is_edition_note(line), "{line}");
            assert_eq!(cue(line), Some(Kind::DateTime), "{line}");
        }
        for line in [
            "This story was first published by Eco-Business.",
            "This story has been updated to correct the mayor's title.",
            "This report was first published on Dec. 3, 2026, the council said, and then withdrawn after a week of complaints from residents and traders who said that its figures for the harbour were wrong",
        ] {
            assert!(!is_edition_note(line), "{line}");
        }
    }

    #[test]
    fn a_header_line_opening_on_the_menu_button_is_no_headline() {
        // "☰  DWU  Divine Word University" / "DWU News" over the story's headline: the site's
        // header, however many words the university's name takes.
        let got = kinds(include_str!(
            "../../tests/import_heldout131/12-divine-word-university-mobile-madang-nursing-students-tb-screening-north-coast-road-date-only-in-link-story-editor-numbered-list-newsletter.txt"
        ));
        let headline = got.iter().find(|(k, _)| *k == Kind::Headline);
        assert_eq!(
            headline.map(|(_, t)| t.as_str()),
            Some("Nursing students screen 700 villagers for TB along the North Coast Road"),
            "{got:?}"
        );
    }

    #[test]
    fn a_bulletins_edition_line_dates_the_paper() {
        for line in [
            "Edisi Xl / Tahun VII  ·  Rabu, 25 November 2026          Ha1aman 3",
            "4 WARTA KEUSKUPAN S1NTANG No. 1l2 · Minggu, 6 Desember 2026",
            "Buletin Lembaga Adat Melayu Kabupaten Linqga  •  Ed1si 48  •  Jumat, 4 Desember 2026",
            "Sitka, Alaska    Thursday, July 16, 2026    Vol. LXXXVII, No. 137    Page 1",
        ] {
            assert!(is_edition_line(line), "{line}");
            assert_eq!(cue(line), Some(Kind::DateTime), "{line}");
        }
        for line in [
            "Bupati membuka pameran pada Jumat, 4 Desember 2026 di gedung nomor 3.",
            "Pada tahun ini, 4 Desember 2026 menjadi hari libur",
            "Edisi 48 terbit lebih awal dari biasanya karena libur panjang dan cuti bersama pada 24 Desember 2026",
            "Buletin Pemerintah Kota Pangkalpinang · Edisi 48",
            "SINAR TANI          Edisi 3 - 9 Desember 2025 | No. 4128 Tahun LVI",
            "Festival Budaya Dayak Edisi 7 | Sabtu, 12 Desember 2026 | Taman Kota Putussibau",
            "Sumber: Harian Kompas No. 152 · Senin, 7 Desember 2026",
        ] {
            assert!(!is_edition_line(line), "{line}");
        }
    }

    #[test]
    fn a_releases_word_on_when_it_may_run_is_the_desks_in_either_language() {
        for line in [
            "FOR IMMEDIATE RELEASE",
            "Untuk segera dipublikasikan",
            "UNTUK DIPUBLIKASIKAN SEGERA",
            "Untuk segera diterbitkan",
            "PRESS STATEMENT",
            "Media Release",
            "SIARAN PERS",
        ] {
            assert!(is_desk_note(line, &line.to_lowercase()), "{line}");
        }
        for said in [
            "Untuk itu, hasil kajian akan segera dipublikasikan pekan depan.",
            "Media Indonesia",
            "Untuk segera diterbitkan, SK itu masih menunggu tanda tangan Gubernur Maluku.",
        ] {
            assert!(!is_desk_note(said, &said.to_lowercase()), "{said}");
        }
    }

    #[test]
    fn a_commenters_name_and_time_under_the_comment_count_is_no_byline() {
        let got = kinds(
            "Water rates to rise 8 per cent in Swift Current\n\
             By Dana Friesen  |  December 1, 2026\n\n\
             SWIFT CURRENT – Water and sewer rates will rise 8 per cent next year, council \
             decided on Monday, to pay for the replacement of cast-iron mains.\n\n\
             The average household will pay about $96 more a year, the city said.\n\n\
             2 Comments\n\
             Ron K.  ·  December 1, 2026 at 8:47 pm\n\
             Water mains have to be done. Better now than when Central Ave caves in.\n\
             Prairie_Rose  ·  December 2, 2026 at 7:12 am\n\
             $96 is the average. Mine will be more.",
        );
        let kind = |start: &str| got.iter().find(|(_, t)| t.starts_with(start)).unwrap().0;
        assert_eq!(kind("Ron K."), Kind::Promo, "{got:?}");
        assert_eq!(kind("Prairie_Rose"), Kind::Promo, "{got:?}");
        assert_eq!(kind("By Dana Friesen"), Kind::Byline, "{got:?}");
    }

    #[test]
    fn a_read_later_apps_controls_and_highlights_under_the_story_are_the_apps() {
        let got = kinds(
            "Foodbank demand in Bangor up 40 per cent as winter begins\n\n\
             Demand for emergency food parcels in Bangor has risen by 40 per cent in a year, and \
             the city's foodbank says it is preparing for its busiest winter.\n\n\
             Donations can be left at the collection points in the city's supermarkets.\n\n\
             View original · Archive · ♡ Like · Share · Delete\n\n\
             Your highlights (2)\n\n\
             \"Now it's nurses, care workers, people on the buses.\"\n\n\
             \"Bangor City Council agreed on Monday to give the foodbank a grant.\"",
        );
        let kind = |start: &str| got.iter().find(|(_, t)| t.starts_with(start)).unwrap().0;
        assert_eq!(kind("View original"), Kind::Promo, "{got:?}");
        assert_eq!(kind("Your highlights"), Kind::Promo, "{got:?}");
        assert_eq!(kind("\"Now it's nurses"), Kind::Promo, "{got:?}");
        assert_eq!(kind("Donations can be left"), Kind::Paragraph, "{got:?}");
        // Without "your", only over a passage the story wrote: a series' part stays the story's.
        let got = kinds(
            "Kolong Tambang Telan Korban Lagi\n\n\
             DABO – Kolong bekas tambang yang ditinggalkan begitu saja sudah berkali-kali menelan \
             korban di Singkep.\n\n\
             Warga meminta kolong dipagari.\n\n\
             Highlights (1)\n\n\
             ▍ Kolong bekas tambang yang ditinggalkan begitu saja sudah berkali-kali menelan korban",
        );
        let kind = |start: &str| got.iter().find(|(_, t)| t.starts_with(start)).unwrap().0;
        assert_eq!(kind("Highlights (1)"), Kind::Promo, "{got:?}");
        let got = kinds(
            "Kisah Para Penjaga Kolong\n\n\
             DABO – Kolong bekas tambang yang ditinggalkan begitu saja sudah berkali-kali menelan \
             korban di Singkep.\n\n\
             Sorotan (2)\n\n\
             Di Desa Marok Kecil, dua warga kini bergantian menjaga kolong setiap malam.",
        );
        let kind = |start: &str| got.iter().find(|(_, t)| t.starts_with(start)).unwrap().0;
        assert_ne!(kind("Di Desa Marok Kecil"), Kind::Promo, "{got:?}");
    }

    #[test]
    fn a_desktop_chats_stamp_over_a_forward_is_the_forwards() {
        // "Moh. Rizal Lasamba, [04.12.2026 06:51]" over "[Forwarded from Touna Terkini]": the
        // forward's time and sender, no date line and no byline of the story.
        let got = kinds(include_str!(
            "../../tests/import_heldout138/06-touna-terkini-telegram-terusan-harga-kopra-anjlok-walea-kepulauan-togean-tanpa-judul-tanggal-hanya-di-akhir-stempel-terusan-inisial-komisi-dprd.txt"
        ));
        assert_eq!(got[0].0, Kind::Promo, "{got:?}");
        assert!(got[0].1.starts_with("Moh. Rizal Lasamba, ["), "{got:?}");
        assert!(
            got.iter()
                .any(|(k, t)| *k == Kind::Lead && t.starts_with("AMPANA – Harga kopra")),
            "{got:?}"
        );
    }

    #[test]
    fn a_feed_readers_row_of_controls_is_no_headline() {
        // "◂ Sebelumnya · 3 dari 41 belum dibaca · Berikutnya ▸" and "Tandai semua sudah dibaca
        // ⟳ ⋮" over the item's headline, its host, writer and date line under it.
        for (text, want) in [
            (
                include_str!(
                    "../../tests/import_heldout138/01-luwuk-times-rss-reader-pedagang-pasar-simpong-tolak-relokasi-luwuk-selatan-dateline-kapital-outlet-caption-kredit-baca-juga-penulis-editor-item-berikutnya.txt"
                ),
                "Pedagang Pasar Simpong Tolak Dipindah Selama Revitalisasi, Minta Pembangunan Bertahap",
            ),
            (
                include_str!(
                    "../../tests/import_heldout139/05-kabar-tanimbar-rss-reader-vonis-penyelundup-kakatua-tanimbar-pn-saumlaki-dua-berita-dateline-kode-kt-tanggal-singkat-caption-dok.txt"
                ),
                "PN Saumlaki Vonis Penyelundup 24 Kakatua Tanimbar Dua Tahun Penjara",
            ),
        ] {
            let got = kinds(text);
            let headline = got.iter().find(|(k, _)| *k == Kind::Headline);
            assert_eq!(headline.map(|(_, t)| t.as_str()), Some(want), "{got:?}");
        }
    }

    #[test]
    fn an_empty_comment_box_an_embedded_posts_frame_and_a_rating_poll_are_furniture() {
        for line in [
            "Belum ada komentar. Jadilah yang pertama berkomentar!",
            "Be the first to comment",
            "Lihat postingan ini di Instagram",
            "Sebuah kiriman dibagikan oleh Gelora Kolut (@gelorakolut)",
            "A post shared by Stanley Beacon (@stanleybeacon)",
            "How did we like today's issue?",
            "What did you think of this issue?",
            "View this profile on Instagram",
            "Stanley Beacon (@stanleybeacon) • Instagram photos and videos",
            "A post shared by Stanley Beacon (@stanleybeacon) on Dec 5, 2026 at 2:14pm PST",
            "Was this helpful?",
            "Was this page helpful?  Yes   No",
            "Apakah artikel ini membantu?",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "No comments yet from the council, which meets again on Thursday to decide the fee.",
            "A post shared by the mayor on Sunday drew 300 replies.",
            "Belum ada komentar dari pihak kepolisian.",
            "Be the first to comment, the mayor urged residents on Tuesday.",
            "How did you like the new ferry timetable?",
            "Was this helpful to the families who lost their homes?",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_note_apps_mark_under_a_page_is_furniture_a_sentence_about_making_is_not() {
        for line in ["Created with OneNote.", "Dibuat dengan Evernote"] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "Made with local sago flour, the cakes sold out by noon.",
            "Dibuat dengan tangan",
            "Made With Local Sago",
            "Dibuat dengan Cinta dan Sagu",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_ticker_of_headlines_is_furniture_one_breaking_headline_is_not() {
        for line in [
            "TERKINI:  Jalur Wonosari–Baron Ditutup Sebagian  |  Telaga Kemuning Kembali Terisi Air",
            "Trending: Council approves new budget • Storm closes coastal road",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "BREAKING: Ferry sailings cancelled for Friday after the storm",
            "Breaking: Ferry Sailings Cancelled for Friday | Schools on Islands to Close",
            "Latest: Police close coast road at Kilcoole | Two trees down on the N11",
            "Warga Pantai: Kami kehilangan perahu | kata Sarpan di dermaga Sadeng",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_headline_read_as_the_lead_over_its_credit_is_the_headline() {
        let lines: Vec<Line> = [
            "PUBLIC NOTICE: Partial closure of Chipembere Highway for resurfacing works",
            "Posted by: BCC Communications | Public Notices",
            "Blantyre City Council wishes to inform the general public that a section of the highway will close.",
            "The works are expected to take six weeks.",
        ]
        .iter()
        .map(|t| prepare(t).0.remove(0))
        .collect();
        let kinds = vec![Kind::Lead, Kind::Byline, Kind::Paragraph, Kind::Paragraph];
        assert_eq!(
            headline_read_as_lead(&lines, kinds),
            [Kind::Headline, Kind::Byline, Kind::Lead, Kind::Paragraph]
        );
        // A lead that closes its sentence stays the lead.
        let kinds = vec![Kind::Lead, Kind::Byline, Kind::Paragraph, Kind::Paragraph];
        let mut closed = lines.clone();
        closed[0] = prepare("The council closed the highway for six weeks of works.")
            .0
            .remove(0);
        assert_eq!(headline_read_as_lead(&closed, kinds.clone()), kinds);
    }

    #[test]
    fn a_line_of_prose_set_in_italics_under_the_lead_is_no_paragraph() {
        let story = "Banjir merendam 40 rumah di Desa Rora, Kabupaten Bima, Selasa (1/12/2026).\n\n\
                     Warga mengungsi ke masjid dan sekolah terdekat sejak malam.\n\n\
                     Tim relawan membagikan makanan dan selimut kepada pengungsi.\n\n\
                     _Bagikan kebaikan, sebarkan kabar Persyarikatan._";
        let got = kinds(&format!("Banjir Rendam Desa Rora\n\n{story}"));
        let last = got.last().unwrap();
        assert_eq!(last.1, "Bagikan kebaikan, sebarkan kabar Persyarikatan.");
        assert_eq!(last.0, Kind::Promo, "{got:?}");
        // An interview's question and a quote set so are the story's.
        for line in [
            "**What has changed most in ten years of measuring?**",
            "_\"Air datang tiba-tiba,\" kata Siti Aminah, warga setempat._",
        ] {
            let got = kinds(&format!("Banjir Rendam Desa Rora\n\n{story}\n\n{line}"));
            assert_eq!(got.last().unwrap().0, Kind::Paragraph, "{got:?}");
        }
        // The same words without the marks are the story's.
        let got = kinds(&format!(
            "Banjir Rendam Desa Rora\n\n{}",
            story.replace('_', "")
        ));
        assert_eq!(got.last().unwrap().0, Kind::Paragraph, "{got:?}");
        // A story set in italics throughout keeps its paragraphs.
        let italic: String = story
            .split("\n\n")
            .map(|p| format!("_{}_", p.trim_matches('_')))
            .collect::<Vec<_>>()
            .join("\n\n");
        let got = kinds(&format!("Banjir Rendam Desa Rora\n\n{italic}"));
        assert!(
            got.iter().filter(|(k, _)| *k == Kind::Paragraph).count() >= 2,
            "{got:?}"
        );
    }

    #[test]
    fn an_outlets_name_over_a_shared_lead_named_again_below_is_the_masthead() {
        let lines: Vec<Line> = [
            "Nias Bangkit",
            "TELUK DALAM (NB) – Sebanyak 64 peselancar dari 11 negara mulai berlaga di Pantai Sorake.",
            "Kejuaraan itu berlangsung sepekan dan dibuka oleh bupati.",
            "📢 Gabung saluran WhatsApp Nias Bangkit: https://whatsapp.com/channel/0029VbNiasBgkt",
        ]
        .iter()
        .map(|t| prepare(t).0.remove(0))
        .collect();
        let kinds = vec![Kind::Headline, Kind::Lead, Kind::Paragraph, Kind::Promo];
        assert_eq!(
            masthead_over_lead(&lines, kinds)[0],
            Kind::Section,
            "the channel's call names the outlet again"
        );
        // A short headline a read-more line links to stays the headline.
        let mut linked = lines.clone();
        linked[3] = prepare("Baca selengkapnya: Nias Bangkit").0.remove(0);
        let kinds = vec![Kind::Headline, Kind::Lead, Kind::Paragraph, Kind::Promo];
        assert_eq!(masthead_over_lead(&linked, kinds)[0], Kind::Headline);
        // A tag row repeating a short headline names no sender.
        let mut tagged = lines.clone();
        tagged[3] = prepare("Tags: Teluk Dalam, Nias Bangkit, Selancar")
            .0
            .remove(0);
        let kinds = vec![Kind::Headline, Kind::Lead, Kind::Paragraph, Kind::Promo];
        assert_eq!(masthead_over_lead(&tagged, kinds)[0], Kind::Headline);
        // Named nowhere else: the headline stays.
        let kinds = vec![Kind::Headline, Kind::Lead, Kind::Paragraph];
        assert_eq!(masthead_over_lead(&lines[..3], kinds)[0], Kind::Headline);
    }

    #[test]
    fn a_share_row_naming_the_page_is_buttons() {
        assert!(is_share_row(
            "share this page: facebook | x | email | print"
        ));
        assert!(is_share_row("share this story: facebook | whatsapp"));
        assert!(is_share_row(
            "view original · archive · ♡ like · share · delete"
        ));
        assert!(is_share_row("like · comment · share"));
        assert!(is_share_row("bagikan: f wa x 🔗"));
        assert_eq!(cue("Bluesky"), Some(Kind::Promo));
        assert!(!is_share_row("like the archive, delete"));
        assert!(!is_share_row(
            "share this page with a neighbour who has no internet"
        ));
    }

    #[test]
    fn a_sites_contact_row_is_furniture() {
        for line in [
            "Call Centre: 0111 820 111 | info@bccmw.gov.mw",
            "Telp. (0341) 551 271 · humas@malangkota.go.id",
            "Media contact:",
            "For media enquiries:",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "Residents can call 0111 820 111 or write to info@bccmw.gov.mw to report a blocked drain.",
            // A byline with the writer's contact, and an address beside a date.
            "By Jane Doe | jdoe@starnews.com | 910-343-2000",
            "Penulis: Andi Saputra | andi@kabarmalut.id | 04/12/2025",
            "Jalan Ahmad Yani No. 98, Kota Malang 65119",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_newsletters_greeting_and_its_contents_line_are_furniture() {
        for line in [
            "Assalamu'alaikum warahmatullahi wabarakatuh, Bapak/Ibu dosen, tenaga kependidikan, dan mahasiswa IAIN Ternate!",
            "Assalamualaikum warahmatullahi wabarakatuh,",
            "Selamat pagi, Sivitas Akademika Universitas Trunojoyo Madura, berikut kabar pilihan dari kampus Bangkalan pekan ini.",
            "Yth. Bapak/Ibu dosen, tenaga kependidikan, dan mahasiswa UIN Bukittinggi, Assalamu'alaikum. Berikut kabar kampus pekan ini. Selamat membaca.",
            "Berikut tiga kabar dari kampus pekan ini. Selamat membaca.",
            "Berikut kabar pilihan dari kampus pekan ini",
            "Salam sejahtera bagi sivitas akademika dan mitra Universitas Teuku Umar. Berikut berita utama kampus pekan ini.",
            "Dear readers, here are this week's stories from the campus.",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "Berikut daftar desa yang terendam banjir pekan ini:",
            "Berikut rangkuman hasil rapat paripurna DPRD Kota Ambon, Senin (4/12/2025).",
            "Selamat Pagi, Berikut Prakiraan Cuaca Jakarta Kamis 4 Desember 2025",
            "DEAR WORRIED: Here are some steps you can take to protect yourself.",
            // A letter's salutation is the letter's.
            "Dear Editor,",
            "Dear Evan Hansen opens at the town hall theatre on Friday for a run of six nights.",
            "Selamat pagi menjadi sapaan yang diajarkan guru kepada siswa setiap hari di sekolah itu, kata Kepala SDN 2 Bandorasa.",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_newsletter_telling_why_it_was_sent_is_furniture() {
        for line in [
            "You are receiving this email because you signed up for Red Deer Advocate newsletters.",
            "Anda menerima email ini karena berlangganan Kabar Pagi Sumsel.",
            // The offer of the web copy, after the question that asks for it.
            "Email tidak tampil dengan benar? Lihat versi web",
            "Having trouble viewing this email? View it in your browser",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "Why did the bridge close? The council says its cables failed.",
            "Missed the meeting? View online recordings at the city's website.",
            "You received this award because of your work, the mayor told the volunteers.",
            "Anda menerima bantuan ini karena terdampak banjir, kata lurah.",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn a_players_play_mark_opens_a_video_marker() {
        for line in [
            "▶ VIDEO: Detik-detik Ombak Hantam Talud Negeri Tehoru",
            "▶ VIDEO",
            "▶ 01:24",
            "⏵ Putar   ⏸ Jeda",
        ] {
            assert_eq!(cue(line), Some(Kind::VideoMarker), "{line}");
        }
        // A pointer used as a bullet, or the play mark setting off a list's item, is no
        // player's.
        for line in [
            "► Warga diminta menjauhi pantai.",
            "▶ Seasonal visas will run for eight months instead of five.",
            "▶ Pendaftar yang lolos seleksi administrasi akan diumumkan kemudian.",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn a_drain_or_a_group_heading_a_section_is_no_channel() {
        for heading in [
            "Saluran Tersumbat Sampah",
            "Warga Minta Saluran Dikeruk",
            "Grup Musik Lokal",
        ] {
            assert_eq!(cue(heading), None, "{heading}");
        }
        for promo in [
            "Saluran WhatsApp",
            "Gabung Grup Telegram",
            "Podcast",
            "Ikuti Saluran Kami",
        ] {
            assert_eq!(cue(promo), Some(Kind::Promo), "{promo}");
        }
    }

    #[test]
    fn the_writers_contact_alone_on_a_line_is_furniture() {
        for line in [
            "Nolan Herreid can be reached at (509) 459-5xxx or at nolanh@spokesman.com.",
            "Contact her at kmendoza@bspr.example.",
            "• Noelani Baptiste, reporter, can be reached at 245-0453 or nb@thegardenisland.com.",
            "Reach her at kira.halvorsen@missoulian.com.",
            "Ella Ravenscroft can be reached at eravenscroft@recorder.com or 413-772-0261, ext. 263.",
            "Contact Alan Okafor at aokafor@journalsentinel.com.",
            "Email Leilani Ferreira-Nakoa at lferreira@westhawaiitoday.com.",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        // A thing reached by the story's readers, or a contact inside a story's sentence.
        for line in [
            "The hotline can be reached at 0800 123 4567 around the clock.",
            "Residents who lost papers can be reached at home by the council, Alvord said.",
            "Warga yang membutuhkan bantuan dapat dihubungi petugas di nomor 0812 3456 7890.",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn the_pager_between_stories_is_furniture() {
        for line in [
            "Artikel Selanjutnya",
            "BERITA SELANJUTNYA",
            "Next story",
            "Previous Post »",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        assert_eq!(cue("Artikel selanjutnya akan membahas harga beras."), None);
        // "Berita Sebelumnya" may head a recap of the earlier reports, as a subheading.
        assert_eq!(cue("Berita Sebelumnya"), None);
    }

    #[test]
    fn a_page_telling_the_reader_the_story_goes_on_is_furniture() {
        for line in [
            "Story continues below this ad",
            "Article continues below advertisement",
            "Continue reading below",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        assert_eq!(cue("Ringkasan Berita:"), Some(Kind::Label));
        assert_eq!(
            cue("The story continues below the dam, where the river widens."),
            None
        );
    }

    #[test]
    fn a_writer_signing_the_last_paragraph_is_cut_from_it_and_the_paragraph_kept() {
        let none: Vec<String> = Vec::new();
        let para = "Pemkab juga menyiapkan kantong parkir baru seluas satu hektare di dekat pintu masuk museum";
        // A desk's dash and code sign wherever the line stands.
        let line = format!("{para}. — Rina Sari/KZL");
        assert_eq!(
            writer_sign_off(&line, &none, false),
            Some((para.len() + 1, "Rina Sari".to_string()))
        );
        // A writer a byline names too.
        let line = format!("{para}. Wardoyo");
        let by = vec!["By Wardoyo".to_string()];
        assert_eq!(
            writer_sign_off(&line, &by, false).map(|s| s.1),
            Some("Wardoyo".into())
        );
        // Two sentences closing the text, then a name.
        let line = format!("Harga naik tajam pekan ini di pasar. {para}. Budi Santoso");
        assert!(writer_sign_off(&line, &none, true).is_some());
        // A caption of one sentence closed by its photographer is left to the classifier, and
        // so is a two-sentence line that does not close the text, or a place after the stop.
        let caption =
            "Warga antre membeli beras murah di pasar induk pada Senin pagi. Budi Santoso";
        assert_eq!(writer_sign_off(caption, &none, true), None);
        assert_eq!(writer_sign_off(&line, &none, false), None);
        assert_eq!(
            writer_sign_off(&format!("{para}. Jakarta"), &by, true),
            None
        );
        // A quote closed by its speaker, then the writer.
        let line = "\"Kami berharap pemerintah segera turun tangan,\" kata Budi. Budi Santoso";
        assert!(writer_sign_off(line, &none, true).is_some());
        // A name after a shortened word (a street, a title) ends the sentence itself.
        for end in [
            "di Jl. Ahmad Yani",
            "oleh Dr. Budi Santoso",
            "by Dr. Jane Goodall",
        ] {
            let line = format!("Harga naik tajam pekan ini di pasar. {para} {end}");
            assert_eq!(writer_sign_off(&line, &by, true), None, "{end}");
        }
    }

    #[test]
    fn a_bulleted_line_opening_with_a_name_is_a_schedule_item_not_a_date_line() {
        for line in [
            "- Kupang–Rote: pukul 08.00 WITA",
            "• Opening ceremony at 9:30 am",
            "* Pelabuhan Bolok, Senin (1/12/2025)",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
        // Opening with its time or day, an item still names what happens then.
        for line in [
            "• 08.00 WIB: registrasi",
            "- Senin, 1 Desember: pembukaan",
            "* 9:30 am: doors open",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
        for line in [
            "• Selasa, 04 Mar 2025 14:30 WIB",
            "- 19/03/2025, 15:12 WIB",
            "• Diperbarui: Selasa, 04 Mar 2025",
            "Diposting pada Jum'at, 12 Desember 2025 - 16:05",
            "5:12 pm on 14 October 2025",
            "• Posted on Nov 5, 2025",
            "Terakhir Diperbarui pada Rabu, 12 Maret 2025",
            "14.20 WIB pada Rabu, 12 Maret 2025",
            "Last Modified on Wednesday, March 12, 2025",
        ] {
            assert!(date_residue(line).is_some(), "{line}");
        }
        // A short body line saying what happens on a day is no date line.
        for line in [
            "Rapat pada Senin, 1 Desember 2025",
            "- Pendaftaran pada 5 Desember 2025",
            "Meeting on Monday, December 1, 2025",
            "Vote scheduled on Monday, December 8, 2025",
        ] {
            assert_eq!(date_residue(line), None, "{line}");
        }
    }

    #[test]
    fn an_order_about_the_readers_own_part_or_a_messaging_channel_is_noise() {
        for line in [
            "Share your thoughts in the comments below.",
            "Bagikan pendapat Anda di kolom komentar.",
            "Follow Lae Daily on Viber for the latest updates.",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        for line in [
            "Share prices fell by 3 per cent on Friday after the results.",
            "Follow-up checks found two more leaks in the pipe.",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_short_name_over_a_motto_saying_what_the_newsroom_is_is_a_masthead() {
        for line in [
            "Lembah Pos \u{2013} Berita Harian dari Lembah Baliem",
            "Tarawa Voice | News from Kiribati and the Pacific",
            "SUARA PANTURA | Koran Harian Pantura",
        ] {
            assert!(is_outlet_line(line), "{line}");
        }
        for line in [
            "Banjir Surut \u{2013} Warga Kembali ke Rumah",
            // "Suara", "Kabar", "News" are words of a headline too: what follows says which.
            "Banjir Bandang \u{2013} Suara Warga yang Terlupakan",
            "Gempa Cianjur - Kabar Duka Datang Lagi",
            "Fuel prices rise again - drivers protest in the capital",
        ] {
            assert!(!is_outlet_line(line), "{line}");
        }
    }

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        classify(text)
            .into_iter()
            .map(|p| (p.kind, p.text))
            .collect()
    }

    #[test]
    fn an_advertisers_card_from_its_label_to_its_button_is_the_pages() {
        let text = "Pitt Island airstrip reopens after six-week resurfacing\n\nPITT ISLAND: Pitt \
                    Island's grass airstrip reopened on Tuesday after six weeks of resurfacing work.\n\n\
                    The first scheduled flight landed shortly after 10am carrying mail and four \
                    passengers.\n\n\
                    Ad\nSouthlight Insurance\nHeading off-island this summer? Cover your home while \
                    you're away.\nGet a quote\n\n\
                    The $410,000 project was paid for by the council with help from a central \
                    government grant.\n\n\
                    Kennedy said the council would inspect the strip again after the first heavy \
                    rain of summer.\n";
        let got = kinds(text);
        for line in ["Southlight Insurance", "Heading off-island", "Get a quote"] {
            let found = got.iter().find(|(_, t)| t.starts_with(line));
            assert_eq!(found.map(|(k, _)| *k), Some(Kind::Promo), "{line}: {got:?}");
        }
        let story = got.iter().find(|(_, t)| t.starts_with("The $410,000"));
        assert_eq!(story.map(|(k, _)| *k), Some(Kind::Paragraph), "{got:?}");
    }

    #[test]
    fn a_paragraph_struck_out_among_tracked_changes_is_a_change() {
        let struck = "Deleted: Warga Desa Latawe juga mengeluhkan debu yang masuk ke rumah setiap \
                      kali truk melintas, terutama pada siang hari. Sejumlah warga mengaku anak-anak \
                      mereka mulai batuk-batuk.";
        let text = format!(
            "DPRD Kolut Panggil Perusahaan Tambang\nDeleted: soal Jalan Rusak\nFormatted: Font: Bold, \
             16 pt\n\nLASUSUA – Komisi III DPRD Kolaka Utara memanggil perusahaan tambang, Senin \
             (16/11/2026), karena truk pengangkut ore merusak jalan desa.\nDeleted: dua minggu\n\
             Inserted: satu bulan\n\nKerusakan jalan sepanjang empat kilometer itu dikeluhkan warga \
             sejak Oktober.\n\n{struck}\nComment [AB3]: Paragraf debu saya hapus dulu. – AB\n\n\
             Kepala Teknik Tambang PT Latawe Nikel Mandiri, Yohanes Pasorong, mengatakan \
             perusahaan akan memperbaiki jalan itu.\n"
        );
        let got = kinds(&text);
        let line = got.iter().find(|(_, t)| t.starts_with("Deleted: Warga"));
        assert_eq!(line.map(|(k, _)| *k), Some(Kind::Promo), "{got:?}");
        // Alone, with no other review mark, a long line so opened is the story's.
        let text = format!(
            "Warga Mengeluh\n\nLASUSUA – Warga Latawe mengeluhkan debu dari truk ore, Senin \
             (16/11/2026).\n\n{struck}\n\nKepala desa meminta perusahaan menyiram jalan.\n"
        );
        let got = kinds(&text);
        let line = got.iter().find(|(_, t)| t.starts_with("Deleted: Warga"));
        assert_ne!(line.map(|(k, _)| *k), Some(Kind::Promo), "{got:?}");
    }

    #[test]
    fn a_notes_callouts_and_a_references_list_are_no_part_of_the_story() {
        let got = kinds(
            "Kopi Liberika Kundur Tembus Jepang\n\n\
             > [!note] Catatan\n\
             > Cek lagi angka luas kebun ke Distanbun.\n\n\
             SELATPANJANG – Sebanyak 18 ton biji kopi liberika dari Desa Kundur diekspor ke \
             Jepang pekan ini, kata Ketua Koperasi Yusri Hamdani kepada wartawan.\n\n\
             Koperasi itu menaungi 240 petani kopi di Tebing Tinggi Barat.\n\n\
             Rujukan\n\
             1. Siaran pers Dinas Perkebunan, 3 Desember 2026\n\
             2. Wawancara dengan Yusri Hamdani, 4 Desember 2026\n\n\
             Metodologi: kami memeriksa data ekspor dari dua sumber.",
        );
        let kind = |text: &str| got.iter().find(|(_, t)| t == text).map(|(k, _)| *k);
        for line in [
            "> [!note] Catatan",
            "> Cek lagi angka luas kebun ke Distanbun.",
            "Rujukan",
            "1. Siaran pers Dinas Perkebunan, 3 Desember 2026",
            "Metodologi: kami memeriksa data ekspor dari dua sumber.",
        ] {
            assert_eq!(kind(line), Some(Kind::Promo), "{line}: {got:?}");
        }
        assert_eq!(
            kind("Koperasi itu menaungi 240 petani kopi di Tebing Tinggi Barat."),
            Some(Kind::Paragraph),
            "{got:?}"
        );
    }

    #[test]
    fn a_sources_heading_over_no_citations_a_mid_story_box_and_an_unrepeated_quote_stay() {
        let got = kinds(
            "Havre power bills to rise 9 percent\n\n\
             HAVRE – Electric bills for Havre households will rise about 9 percent in January, \
             the city's utility board decided on Monday after its supplier raised prices.\n\n\
             The board said the increase passes on costs the city cannot control.\n\n\
             Sources\n\
             - 46 percent from federal hydropower dams on the Missouri River\n\
             - 31 percent from a natural gas plant near Great Falls\n\n\
             Further reading\n\
             - https://havre.example/rates\n\
             - https://havre.example/board\n\n\
             > [!quote] Linda Roe\n\
             > \"Wind has been our cheapest power for three years.\"\n\n\
             Board chair Linda Roe said the city will ask the wind farms for a longer contract.",
        );
        let kind = |text: &str| got.iter().find(|(_, t)| t == text).map(|(k, _)| *k);
        assert!(
            kind("- 46 percent from federal hydropower dams on the Missouri River")
                .is_some_and(Kind::is_body),
            "{got:?}"
        );
        assert_eq!(kind("Further reading"), Some(Kind::Promo), "{got:?}");
        assert_eq!(kind("> [!quote] Linda Roe"), Some(Kind::Promo), "{got:?}");
        for line in [
            "> \"Wind has been our cheapest power for three years.\"",
            "Board chair Linda Roe said the city will ask the wind farms for a longer contract.",
        ] {
            assert!(kind(line).is_some_and(Kind::is_body), "{line}: {got:?}");
        }
    }

    #[test]
    fn a_players_buttons_one_to_a_line_are_no_bylines_and_a_threads_numbers_no_headings() {
        let got = kinds(
            "Harga Sagu Basah Anjlok, Kilang di Lukun Kurangi Produksi\n\n\
             MerantiKini TV\n\nSubscribe\n\n214\n\nBagikan\n\nDownload\n\nKlip\n\nSimpan\n\n\
             SELATPANJANG, MKTV – Harga tual sagu di Kabupaten Kepulauan Meranti turun ke titik \
             terendah dalam tiga tahun terakhir, kata para pemilik kilang.\n\n\
             Pemilik kilang mengurangi hari produksi dari enam hari menjadi tiga hari.",
        );
        assert!(!got.iter().any(|(k, _)| *k == Kind::Byline), "{got:?}");
        let got = kinds(
            "A house collapsed in Kiponda on Sunday night, the conservation authority said.\n\n\
             1/\n\nFour families were moved out of the building before it fell, officials said.\n\n\
             2/\n\nThe authority said 40 more houses in the street needed repairs.\n\n\
             POLL: Should the council move the whole market at once?\n\n1,146 votes",
        );
        for line in [
            "1/",
            "2/",
            "POLL: Should the council move the whole market at once?",
        ] {
            assert!(
                got.iter().any(|(k, t)| t == line && !k.is_body()),
                "{line}: {got:?}"
            );
        }
    }

    #[test]
    fn a_facing_pages_mirrored_running_head_is_the_pages() {
        let got = kinds(
            "6         HI-LINE GRAIN JOURNAL  •  DECEMBER 3, 2026\n\
             Sawfly losses push growers toward solid-stem wheat\n\
             By Rachel Haugen\n\n\
             Wheat stem sawfly cut winter wheat yields by a quarter or more in some Hi-Line \
             fields this year, researchers at the Northern Agricultural Research Center say.\n\n\
             Solid stems, lower yields\n\
             Solid-stem wheat fills its stem with pith that crushes many of the larvae. The \
             trade-off has been lower yields in years\n\n\
             DECEMBER 3, 2026  •  HI-LINE GRAIN JOURNAL         7\n\
             without sawfly, but newer varieties have narrowed that gap, researchers say.\n\n\
             Growers can also leave taller stubble at harvest so wasps survive the winter.",
        );
        let kind = |text: &str| {
            got.iter()
                .find(|(_, t)| t.starts_with(text))
                .map(|(k, _)| *k)
        };
        assert_eq!(
            kind("DECEMBER 3, 2026 • HI-LINE GRAIN JOURNAL 7"),
            Some(Kind::PageMarker),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(k, t)| *k == Kind::Paragraph
                && t.ends_with(
                    "lower yields in years without sawfly, but newer varieties have \
                                narrowed that gap, researchers say."
                )),
            "{got:?}"
        );
        assert_eq!(
            kind("Growers can also leave"),
            Some(Kind::Paragraph),
            "{got:?}"
        );
    }

    #[test]
    fn a_pictured_call_under_the_story_is_no_paragraph() {
        let got = kinds(
            "Fire razes 40 stalls at Kongowea market\n\n\
             MOMBASA – Fire razed 40 stalls at Kongowea market on Tuesday night, traders said, \
             and county officers were still counting the losses on Wednesday morning.\n\n\
             Traders said the fire started in a kiosk selling cooking gas and spread quickly \
             through the timber stalls before the county's fire engines arrived.\n\n\
             🎧 Listen to Baraka FM live on 95.5 or on the Baraka FM app.\n\n\
             The county said it would help traders rebuild their stalls before Christmas.",
        );
        let kind = |start: &str| got.iter().find(|(_, t)| t.starts_with(start)).unwrap().0;
        assert_eq!(kind("🎧 Listen"), Kind::Promo, "{got:?}");
        assert_eq!(kind("Traders said"), Kind::Paragraph, "{got:?}");
        assert_eq!(kind("The county said"), Kind::Paragraph, "{got:?}");
        let rated = kinds(
            "Five films to see this Christmas\n\n\
             LONDON – Our critics pick the five films worth a trip to the cinema this month, \
             from a musical's second half to a quiet Welsh drama.\n\n\
             ★★★★☆ Wicked: For Good (PG, 137 mins). The second half lands its songs well.\n\n\
             ★★★☆☆ The Quiet Valley (12A, 98 mins). A slow, careful drama set in Ceredigion.",
        );
        assert!(
            rated
                .iter()
                .filter(|(_, t)| t.starts_with('★'))
                .all(|(k, _)| *k != Kind::Promo),
            "{rated:?}"
        );
    }

    #[test]
    fn the_story_a_next_story_label_points_to_is_no_part_of_the_page() {
        let text = "Coastal path to stay closed until spring\n\n\
            The coastal path at Strandhill will stay closed until spring after storm damage, \
            Sligo County Council said on Thursday.\n\n\
            The council said an assessment by consulting engineers would be completed before \
            Christmas.\n\n\
            NEXT STORY\n\
            Gardaí appeal for witnesses after crash near Ballymote\n\n\
            Gardaí in Ballymote are appealing for witnesses after a car left the road and struck \
            a wall on the R293 on Tuesday night.\n\n\
            Anyone who travelled the road between 11pm and midnight is asked to contact the \
            station.\n";
        let k = kinds(text);
        let body: Vec<&str> = k
            .iter()
            .filter(|(kind, _)| kind.is_body())
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(body.len(), 2, "{k:?}");
        assert!(body[1].starts_with("The council said"), "{k:?}");
    }

    #[test]
    fn a_reader_views_headline_sits_over_the_writer_whatever_the_site_name_above() {
        let text = "Pemerintah Kabupaten Kulon Progo\n\
            Pemkab Kulon Progo Tebar 75 Ribu Benih Ikan di Waduk Sermo\n\
            Rina Puspitasari\n\
            4–5 menit\n\n\
            Pemerintah Kabupaten Kulon Progo menebar 60.000 benih ikan nila di Waduk Sermo, \
            Kalurahan Hargowilis, Kapanewon Kokap, Kamis (3/12).\n\n\
            Penebaran benih dipimpin Wakil Bupati Kulon Progo bersama Dinas Kelautan dan \
            Perikanan Kulon Progo serta kelompok nelayan setempat.\n";
        let k = kinds(text);
        assert_eq!(
            k[1],
            (
                Kind::Headline,
                "Pemkab Kulon Progo Tebar 75 Ribu Benih Ikan di Waduk Sermo".into()
            ),
            "{k:?}"
        );
    }

    #[test]
    fn a_caption_closed_by_where_its_picture_came_from() {
        for line in [
            "Residents queue at a water tanker in Shah Alam during an earlier cut. - File photo",
            "Firefighters douse the blaze at the old market on Sunday. – Supplied",
            "Petugas membersihkan saluran air di Jalan Sudirman, Senin (3/3/2025). (Istimewa)",
        ] {
            assert_eq!(cue(line), Some(Kind::Caption), "{line}");
        }
        // A paragraph's own last word is no picture source.
        assert_eq!(
            cue("The council will review the file next week. Its members said nothing."),
            None
        );
    }

    #[test]
    fn the_outlet_giving_its_address_is_noise() {
        for line in [
            "We welcome your comments at letters@dailyhub.in.",
            "Send your story tips to tips@harbourpost.com and we will follow up.",
            "Kirimkan tulisan Anda ke redaksi@warta-kita.id.",
            "Have a news tip? Call the 7XS newsroom on 6471 1234.",
            "Media contact: Communications and Marketing, 1300 972 753, media@whitsunday.qld.gov.au",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        // A source giving an address is reported.
        for line in [
            "Residents can report leaks to aduan@pdam.go.id, the utility said.",
            "\"Write to us at help@city.gov,\" the mayor said.",
            "Complaints may be sent to lapor@kota.go.id before Friday.",
            "You can reach the council at council@medan.gov.id before Friday.",
            "Kirim laporan Anda ke posko@medan.go.id sebelum Jumat.",
            "The newsroom was evacuated at 3 pm, staff said.",
            "Police said the threat was phoned to the newsroom from a blocked number on 4690 9300.",
            "Ancaman itu dikirim ke redaksi dari nomor 0812 3456 7890 pada Senin malam.",
            "Media inquiries have also flooded the hospital, which set up a line on 1800 022 222.",
        ] {
            assert_ne!(cue(line), Some(Kind::Promo), "{line}");
        }
    }

    #[test]
    fn a_dash_before_a_name_under_the_story_signs_it() {
        let story = "Clinic Opens in Village\n\nThe ministry opened a clinic in the village on Monday, officials said.\n\nThe clinic will serve about 3,000 people from six hamlets, the ministry said.\n\n";
        for sign in ["– Rizal Hamdan", "- Siti Aminah", "— Mary Jane Cruz"] {
            let got = kinds(&format!("{story}{sign}\n\nShare this: Facebook X\n"));
            assert!(got.contains(&(Kind::Byline, sign.to_string())), "{got:?}");
        }
        // Two dashed lines are a list, whatever they name.
        let got = kinds(&format!("{story}- Rizal Hamdan\n- Siti Aminah\n"));
        assert!(!got.iter().any(|(k, _)| *k == Kind::Byline), "{got:?}");
    }

    #[test]
    fn the_last_paragraph_before_a_stitched_story_stays() {
        let text = |last: &str, close: &str| {
            format!(
                "Harga Beras Naik di Pasar Lama\n\nSenin, 3 Maret 2025 09:00 WIB\n\nKOTA.COM, MEDAN - Harga beras di pasar tradisional naik dalam sepekan terakhir menurut para pedagang.\n\n{last}\n\n{close}Pedagang Ikan Mengeluh Sepi\nSenin, 3 Maret 2025 11:00 WIB\n\nKOTA.COM, MEDAN - Pedagang ikan di pasar itu mengeluhkan sepinya pembeli sejak pekan lalu.\n"
            )
        };
        // Few function words, two sentences; under a sign-off or with nothing between.
        let last = "Pedagang beras, Rahmat Siregar, berharap harga segera turun. \"Pembeli berkurang separuh,\" ujarnya.";
        let lean =
            "Sopir angkot, Budi Lubis, mengeluhkan ongkos naik. Penumpang ikut mengeluh pula.";
        for (last, close) in [(last, "(Kota.com/Andi)\n\n"), (last, ""), (lean, "")] {
            let got = kinds(&text(last, close));
            assert!(
                got.iter().any(|(k, t)| *k == Kind::Paragraph && t == last),
                "{got:?}"
            );
            assert!(
                got.iter()
                    .any(|(k, t)| *k == Kind::Promo && t.starts_with("Pedagang Ikan"))
            );
        }
    }

    #[test]
    fn a_printed_headline_broken_over_two_lines_is_one_headline() {
        let text = "THE MOUNTAIN EAGLE\n\n\
            Fiscal court agrees to borrow\n\
            $2.4 million to repave county roads\n\n\
            Letcher Fiscal Court voted 4-1 Monday night to borrow $2.4 million to repave about \
            30 miles of county roads.\n\n\
            The loan will be repaid over ten years, the county judge said on Tuesday.\n";
        let headline = |text: &str| {
            kinds(text)
                .into_iter()
                .find(|(k, _)| *k == Kind::Headline)
                .map(|(_, t)| t)
        };
        assert_eq!(
            headline(text).as_deref(),
            Some("Fiscal court agrees to borrow $2.4 million to repave county roads")
        );
        // A deck capitalised as a headline is one of its own.
        let deck = text.replace(
            "$2.4 million to repave county roads",
            "3 Roads Closed, Crews Wait For Spring",
        );
        assert_eq!(
            headline(&deck).as_deref(),
            Some("Fiscal court agrees to borrow")
        );
        // A count under a headline is no piece of it.
        let counted = text.replace("$2.4 million to repave county roads", "29 views");
        assert_eq!(
            headline(&counted).as_deref(),
            Some("Fiscal court agrees to borrow")
        );
    }

    #[test]
    fn a_sentence_held_between_a_widgets_lines_is_the_widgets() {
        let text = "Dumping day delayed by a gale\n\n\
            The opening of the lobster season off the South Shore was put back by two days on \
            Friday, as a gale was forecast for the coast.\n\n\
            The association had asked for the delay on Saturday, citing the forecast.\n\n\
            Get the South Shore's news in your inbox\n\
            Our free newsletter lands every Tuesday and Friday morning.\n\
            Your email address   Sign up\n\n\
            Buyers expect shore prices of about $7.50 a pound for the opening, lower than last year.\n\n\
            Fishers said the delay would cost them little if the weather cleared.\n";
        let kept = |text: &str| {
            kinds(text)
                .into_iter()
                .any(|(k, t)| k.is_body() && t.starts_with("Our free newsletter"))
        };
        assert!(!kept(text));
        // Between two advertisement markers, a sentence is the story's.
        assert!(kept(
            &text
                .replace("Get the South Shore's news in your inbox", "Advertisement")
                .replace("Your email address   Sign up", "Advertisement")
        ));
        // Set apart by blank lines, the same sentence is the story's.
        assert!(kept(&text.replace(
            "inbox\nOur free newsletter lands every Tuesday and Friday morning.\n",
            "inbox\n\nOur free newsletter lands every Tuesday and Friday morning.\n\n"
        )));
    }

    #[test]
    fn a_prompt_to_follow_the_pages_headlines_is_promotion() {
        for line in [
            "Don't miss out on the headlines from Local News. Followed categories will be added to My News.",
            "Don’t miss out on the headlines from Geelong.",
            "Jangan lewatkan berita terbaru dari kami setiap hari.",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        // A story's own sentence about missing out stays a sentence.
        assert_ne!(
            cue(
                "Don't miss out on the chance to see the comet, astronomers told stargazers on Monday."
            ),
            Some(Kind::Promo)
        );
    }

    #[test]
    fn a_posts_age_or_reading_time_alone_is_a_date_lines_piece() {
        for line in [
            "2 hours ago",
            "3 jam lalu",
            "5 min read",
            "Last updated 2 hours ago",
        ] {
            assert_eq!(cue(line), Some(Kind::DateTime), "{line}");
        }
        assert_eq!(cue("2 hours ago the river broke its banks."), None);
        assert_eq!(cue("5–6 minutes later the siren stopped."), None);
        // A reading time's range counts above the story; below, a table's waits are the story's.
        let para = "The operator said the new timetable would start on Monday across the network.";
        let got = classify(&format!(
            "New timetable for the metro\n\nKara Drodge · The Telegram\n5–6 minutes\n\n{para}\n\n\
             Peak waits on each line will be:\n\nBlue line\n4–5 minutes\n\nYellow line\n5–6 minutes\n\n\
             The operator said 14 new trains would join the fleet by March.\n\n\
             Unions welcomed the plan but asked for more drivers on the night shifts.\n"
        ));
        assert_eq!(
            got.iter().find(|p| p.text == "5–6 minutes").map(|p| p.kind),
            Some(Kind::DateTime),
            "{got:?}"
        );
    }

    #[test]
    fn header_lines_are_told_apart() {
        let k = kinds(
            "Ekonomi | CNN Indonesia\nBI Tahan Suku Bunga Acuan\nRabu, 19 Mar 2025 14:45 WIB\n\nIlustrasi. Gedung BI. (CNN Indonesia/Adi Ibrahim).\n\nJakarta, CNN Indonesia -- Bank Indonesia (BI) memutuskan menahan suku bunga acuan.\n\nADVERTISEMENT\n\nIa menambahkan bahwa inflasi masih terkendali dengan baik.\n\n(aud/agt)",
        );
        let got: Vec<Kind> = k.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            got,
            [
                Kind::Outlet,
                Kind::Headline,
                Kind::DateTime,
                Kind::Caption,
                Kind::Lead,
                Kind::Promo,
                Kind::Paragraph,
                Kind::SignOff
            ]
        );
    }

    #[test]
    fn a_lone_word_beside_a_full_name_and_a_picture_credit_are_no_bylines() {
        for text in [
            "Harga Cabai Naik Lagi di Pasar Induk\nDaerah\nRina Marlina -\n12 Mei 2025, 10:00\n\nJAKARTA - Harga cabai rawit naik dua kali lipat dalam sepekan terakhir.",
            "Floods cut off villages in the north\nShare\nSave\nJohn Smith\nAFP via Getty Images\nA flooded road in the north\n\nFloods cut off dozens of villages on Monday after three days of rain.",
        ] {
            let bylines: Vec<String> = kinds(text)
                .into_iter()
                .filter(|(k, _)| *k == Kind::Byline)
                .map(|(_, t)| t)
                .collect();
            assert_eq!(bylines.len(), 1, "{bylines:?}");
        }
        // A writer with the desk's initials after a slash is a byline.
        let k = kinds(
            "Harga Cabai Naik Lagi\nRina Kartika / DHW\nRabu, 14 Mei 2025 - 15:40 WIB\n\nHarga cabai rawit naik dua kali lipat dalam sepekan terakhir.",
        );
        assert_eq!(k[1].0, Kind::Byline, "{k:?}");
        // Alone on its line, a one-word name is still the byline.
        let k = kinds(
            "Harga Cabai Naik Lagi\nSucipto\nRabu, 14 Mei 2025 - 15:40 WIB\n\nHarga cabai rawit naik dua kali lipat dalam sepekan terakhir.",
        );
        assert_eq!(k[1].0, Kind::Byline, "{k:?}");
    }

    #[test]
    fn a_section_path_joined_by_bars_is_no_headline() {
        for path in ["World | Asia | Politics", "Berita | Daerah | Jawa Barat"] {
            let k = kinds(&format!(
                "{path}\nFlood Waters Reach the Old Town\nJohn Smith\n\nFlood waters reached the old town on Monday after a week of rain upstream."
            ));
            assert_eq!(k[0].0, Kind::Section, "{k:?}");
            assert_eq!(
                k[1],
                (Kind::Headline, "Flood Waters Reach the Old Town".into())
            );
        }
        // Bars in a date line or a byline are not a path.
        assert!(!is_breadcrumb(
            "Senin, 3 November 2025 | 17:05 WIB | Jakarta"
        ));
        assert!(!is_breadcrumb("Penulis: Rina | Editor: Budi | Foto: Adi"));
    }

    #[test]
    fn a_rubric_opening_the_text_over_a_spaced_headline_is_no_headline() {
        for (text, headline) in [
            (
                "Olahraga\n\nTimnas U-23 Lolos ke Final Piala Asia Usai Tekuk Irak\nReporter: Dimas Aryo\n\nJAKARTA - Tim nasional U-23 lolos ke final setelah menang 2-1 atas Irak pada Senin malam.",
                "Timnas U-23 Lolos ke Final Piala Asia Usai Tekuk Irak",
            ),
            (
                "Asia Pacific\n\nFloods cut off dozens of villages in the north after three days of rain\n\nBy Jane Roe\n\nFloods cut off dozens of villages on Monday after three days of heavy rain in the hills.",
                "Floods cut off dozens of villages in the north after three days of rain",
            ),
        ] {
            let k = kinds(text);
            assert_eq!(k[0].0, Kind::Section, "{k:?}");
            assert_eq!(k[1], (Kind::Headline, headline.into()), "{k:?}");
        }
        // A short headline with a function word, over a longer standfirst, stays the headline.
        let k = kinds(
            "Banjir di Jakarta\n\nRibuan warga mengungsi ke tempat yang lebih tinggi sejak Senin\nReporter: Dimas Aryo\n\nJAKARTA - Banjir merendam ratusan rumah di Jakarta Timur pada Senin pagi setelah hujan deras.",
        );
        assert_eq!(k[0], (Kind::Headline, "Banjir di Jakarta".into()), "{k:?}");
    }

    #[test]
    fn a_short_headline_in_other_forms_of_the_storys_words_stays() {
        let k = kinds(
            "World\nStorm Kills 12\n\nRescue teams search the coast for fishermen still missing after the weekend storm\n\nBy Jane Roe\n\nA storm killed 12 people on the northern coast on Sunday, officials said, as rescue teams searched for fishermen still missing at sea.\n\nThe weather office said the winds had eased.",
        );
        assert_eq!(k[1], (Kind::Headline, "Storm Kills 12".into()), "{k:?}");
    }

    #[test]
    fn a_section_label_the_story_does_not_repeat_is_no_headline() {
        for (text, headline) in [
            (
                "Nasional\nHukum dan Kriminal\n\nPolisi Bongkar Sindikat Penipuan Daring di Medan\n\nOleh Sari Dewi\n\nMEDAN - Polisi membongkar sindikat penipuan daring yang menipu ratusan korban di Medan, kata polisi pada Senin.\n\nPara tersangka ditangkap di sebuah rumah kontrakan.",
                "Polisi Bongkar Sindikat Penipuan Daring di Medan",
            ),
            (
                "World / Environment\n\nDrought dries up rice paddies across the central plains\n\nA tanker delivers water to a village.\n\nFarmers across the central plains have watched their rice paddies dry up as the drought enters a third month, officials said on Tuesday.\n\nThe ministry said it would truck water to the worst-hit districts.",
                "Drought dries up rice paddies across the central plains",
            ),
        ] {
            let k = kinds(text);
            let headlines: Vec<&String> = k
                .iter()
                .filter(|(kind, _)| *kind == Kind::Headline)
                .map(|(_, t)| t)
                .collect();
            assert_eq!(headlines, [headline], "{k:?}");
        }
    }

    #[test]
    fn a_writer_beside_an_unknown_newsroom_under_the_headline_is_a_byline() {
        for line in [
            "Ana Reyes - The Mindanao Courier",
            "Tomas Lindqvist, Nordic Wire journalist",
            "The Valley Ledger Bureau",
        ] {
            let k = kinds(&format!(
                "Floods cut off dozens of villages in the north\n{line}\nMarch 4, 2025\n\nFloods cut off dozens of villages on Monday after three days of heavy rain in the hills."
            ));
            assert_eq!(k[1], (Kind::Byline, line.into()), "{k:?}");
        }
    }

    #[test]
    fn a_description_closed_by_a_picture_credit_is_a_caption() {
        for line in [
            "Workers repair the bridge over the Musi river on Monday. – Photo by Ana Cruz",
            "Warga menimbang beras di Pasar Kramat Jati, Senin (3/3/2025). Rina Putri, Kabar Kota",
            "Flood water covers the market square in the old town, May 2, 2025. Staff photographer",
            "A waterbus docked at Bach Dang Wharf in the evening. Photo by Linh Pham.",
        ] {
            assert_eq!(cue(line), Some(Kind::Caption), "{line}");
        }
        // Text closes on its stop, or its last words are a sentence's.
        for line in [
            "The minister said the bridge would reopen on Monday. Traffic was diverted.",
            "Harga beras naik lagi pekan ini. Kata pedagang, pasokan berkurang.",
            "The ferry left at noon. Photo by photo, the album tells the whole long story of it.",
            // A stop after the cue closes a credit only where a name follows the cue.
            "For months, the family dried, cleaned and scanned what was left. Photo by photo.",
            "Panitia menerima lebih dari 600 karya. Foto oleh warga dinilai juri.",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn one_sentence_between_the_credits_and_the_photo_is_the_standfirst() {
        let story = "The city council voted on Tuesday to close the old harbour bridge to heavy trucks from next month, after engineers found cracks in two of its supports during a routine inspection.";
        let text = format!(
            "Harbour bridge closes to trucks\nAna Cruz\nMarch 4, 2025 | 10:15\n\nEngineers say the supports cannot take the weight any longer.\n\nThe bridge at dawn. Photo: Ben Ode\n\n{story}\n\nRepairs will take a year."
        );
        let k = kinds(&text);
        assert_eq!(k[3].0, Kind::Dek, "{k:?}");
        assert_eq!(k[5], (Kind::Lead, story.to_string()), "{k:?}");
        // A lead of two sentences over a caption is the lead.
        let text = format!(
            "Harbour bridge closes to trucks\nAna Cruz\nMarch 4, 2025 | 10:15\n\nEngineers found cracks on Monday. The council met at once.\n\nThe bridge at dawn. Photo: Ben Ode\n\n{story}"
        );
        assert_eq!(kinds(&text)[3].0, Kind::Lead);
    }

    #[test]
    fn a_related_cue_takes_the_headlines_it_introduces() {
        let k = kinds(
            "Judul Berita Hari Ini\n\nJakarta - Pemerintah menyatakan bahwa harga beras akan turun pekan depan.\nBaca Juga\nWaspada DBD, Kenali Gejala yang Sering Dianggap Flu\nStok Vaksin di Jawa Timur Menipis\n\"Kami minta warga tidak menunggu fogging saja di rumah,\" kata dia.",
        );
        let related = k.iter().filter(|(k, _)| *k == Kind::Related).count();
        assert_eq!(related, 3, "{k:?}");
        assert_eq!(k.last().map(|(k, _)| *k), Some(Kind::Paragraph));
    }

    #[test]
    fn promos_notices_and_share_buttons_are_noise_in_both_languages() {
        for line in [
            "Promosi: Cuan Maksimal, Begini Cara Buka Rekening Saham",
            "Advertorial: Liburan Hemat ke Labuan Bajo",
            "Tag: QRIS | Bank Indonesia | Pembayaran Digital",
            "Topics: Indonesia, Elections, Jakarta",
            "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa seizin redaksi.",
            "This article may not be republished without permission.",
            "Kamu Sudah Menonton Video Terbaru Berikut ini?",
            "Have you watched our latest video on YouTube?",
            "BenarNews is an RFA-affiliated online news service.",
            "Tempo.co adalah media daring independen.",
            "X",
            "Email",
            "Share this article",
            "Tags / Keywords: Water disruption , Air Selangor , Klang Valley",
            "Found a mistake in this article? Report it to us.",
            "Support independent journalism in Myanmar. Donate to Myanmar Now today.",
            "Comments will be moderated. Keep comments relevant to the article.",
            "Want the best of our stories in your inbox? Sign up for our newsletter!",
            "Menemukan kesalahan dalam berita ini? Laporkan kepada redaksi.",
            "Become a member to support our journalism.",
            "Download the Kabar Kota app for the latest news.",
            "Unduh aplikasi Warta Kota untuk berita terkini.",
            "Liked this article? Click here to subscribe. Only $3 a month.",
            "Suka dengan berita ini? Klik di sini untuk berlangganan.",
            "Click here for more stories from the Valley Ledger.",
            "Dengarkan wawancara selengkapnya di kanal podcast kami",
            "Listen to the full episode on Morning Desk",
            "Good reporting takes time. Subscribe to support our newsroom.",
            "VIDEO GALLERY (CLICK TO PLAY)",
            "Advertise with Kabar Media.",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        assert_eq!(
            cue("READ: Rice prices still high, groups say"),
            Some(Kind::Related)
        );
        assert_eq!(
            cue("Banner image: Young mangroves in the bay."),
            Some(Kind::Caption)
        );
        assert_eq!(
            cue("Top photo: Farmers plant rice in Subang."),
            Some(Kind::Caption)
        );
        // Sentences with the same words are text.
        for line in [
            "Warga dilarang menambang pasir tanpa izin dari pemerintah daerah setempat.",
            "Anda bisa menonton pertandingan itu di stadion, kata panitia pada Senin.",
            "The company is a major exporter of palm oil to India and China.",
            "Warga yang menemukan kesalahan data diminta melapor ke kantor desa.",
            "\"Report every mistake to the ministry,\" he told the teachers.",
            "The report found an error in the ministry's tally of comments.",
            "Support for the plan grew. Teachers sent comments on this article's draft rules to the ministry.",
            "Click the link, the scammers told her, and the money in her account vanished within an hour.",
            "Listen to the farmers, the minister told officials in Kupang on Monday.",
            "Support for our plan grew, the mayor said.",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn one_sentence_lines_opening_a_spaced_text_are_its_key_points() {
        let text = "Judul Berita Tentang Mangrove\n\nMangrove tumbuh lagi di bekas tambak udang seluas 140 hektare.\nPemulihan terjadi tanpa penanaman setelah saluran dibuka.\n\nMangrove kembali tumbuh di teluk itu, menurut sebuah studi yang terbit pekan ini.\n\nPara peneliti membandingkan citra satelit dari tahun 2010 hingga 2024.\n\nMereka menemukan bahwa air pasang membawa benih dengan sendirinya.";
        let got: Vec<Kind> = kinds(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            got,
            [
                Kind::Headline,
                Kind::ListItem,
                Kind::ListItem,
                Kind::Lead,
                Kind::Paragraph,
                Kind::Paragraph
            ]
        );
        // Paragraphs that stand on lines of their own without blank lines stay paragraphs.
        let tight = "Judul Berita Tentang Mangrove\nMangrove tumbuh lagi di bekas tambak udang seluas 140 hektare.\nPemulihan terjadi tanpa penanaman setelah saluran dibuka oleh warga.\nPara peneliti membandingkan citra satelit dari tahun 2010 hingga 2024.\nMereka menemukan bahwa air pasang membawa benih dengan sendirinya.";
        assert!(!kinds(tight).iter().any(|(k, _)| *k == Kind::ListItem));
    }

    #[test]
    fn a_line_of_names_is_a_byline_a_line_of_places_is_not() {
        assert!(is_name_line("Victor Mambor and Pizaro Gozali Idrus"));
        assert!(is_name_line("Rina Marlina dan Joko Santoso"));
        assert!(is_name_line("Jane Doe, John Roe & Ann Lee"));
        assert!(!is_name_line("Jayapura and Jakarta"));
        assert!(!is_name_line("Bandung dan Surabaya"));
        // Pieces joined by a middle dot name the outlet among a job and a reading time.
        assert!(is_outlet_line(
            "Business Reporter · Coast Herald · 3 mins to read"
        ));
        assert!(!is_name_line("Harga Beras dan Gula Naik Lagi di Pasar"));
        assert!(!is_name_line(
            "Reaktivasi Rel Masuk Kajian, Pemprov Siapkan Lahan"
        ));
    }

    #[test]
    fn date_lines_say_what_else_they_name() {
        // "6:45 p.m." as American papers print the time.
        assert_eq!(
            date_residue("Published Dec. 2, 2026 at 6:45 p.m. · Updated Dec. 2, 2026 at 7:10 p.m.")
                .as_deref(),
            Some("")
        );
        assert_eq!(
            date_residue("The meeting starts at 6:45 p.m. Dec. 2, 2026."),
            None
        );
        // An event's time stays the event's line.
        assert_eq!(date_residue("When: Tuesday, Dec. 8, 2026, 6:30 p.m."), None);
        assert_eq!(
            date_residue("Kompas.com - 19/03/2025, 15:12 WIB").as_deref(),
            Some("Kompas.com")
        );
        assert_eq!(
            date_residue("Selasa, 04 Mar 2025 14:30 WIB").as_deref(),
            Some("")
        );
        assert_eq!(
            date_residue("Jakarta ● Tue, September 16, 2025").as_deref(),
            Some("Jakarta")
        );
        assert_eq!(date_residue("Updated 10:02 GMT+7").as_deref(), Some(""));
        assert_eq!(
            date_residue("Updated - May 08, 2025 10:14 pm IST - CHENNAI").as_deref(),
            Some("CHENNAI")
        );
        assert_eq!(
            date_residue("Posted 4 Jun 2025, 9:05 PHT | Manila").as_deref(),
            Some("Manila")
        );
        // A zone of five capitals (the Chatham Islands' daylight time) is no place.
        assert_eq!(
            date_residue("Mon 21 Dec 2026, 9:05am CHADT").as_deref(),
            Some("")
        );
        assert_eq!(
            date_residue("Posted at Jun 04 2025 09:05 AM | Updated as of Jun 04 2025 11:20 AM")
                .as_deref(),
            Some("")
        );
        assert_eq!(
            date_residue("Harga beras naik pada 3 Maret 2025 menurut pedagang di pasar."),
            None
        );
    }

    #[test]
    fn a_market_day_after_the_weekday_is_part_of_the_date() {
        for line in [
            "Kamis Kliwon, 3 April 2025 | 08.10 WIB",
            "Jumat Legi, 14 Maret 2025",
            "Senin Wage, 6 Januari 2025 - 10:00",
        ] {
            assert_eq!(date_residue(line).as_deref(), Some(""), "{line}");
        }
    }

    #[test]
    fn names_joined_by_spaced_slashes_are_a_breadcrumb() {
        assert!(is_breadcrumb("Home / Sport / Football"));
        assert!(is_breadcrumb("Beranda / Nasional / Hukum"));
        assert!(!is_breadcrumb("Jakarta / Bandung"));
        assert!(is_breadcrumb("Home / Kota Jambi"));
        assert!(is_breadcrumb("Beranda / Ekonomi"));
        assert!(is_breadcrumb("Home · Jogja · Lingkungan"));
        // Two dotted names when one is a desk's word; a reader view's outlet and writer not.
        assert!(is_breadcrumb("Natuna • Kesehatan"));
        assert!(is_breadcrumb("NEWS · WEST KERRY"));
        assert!(!is_breadcrumb("theindependent.sg · Darren Ho"));
        assert!(!is_breadcrumb("Banjir · Longsor"));
        assert!(!is_breadcrumb("Jumat, 28 November 2025 · 13:20 WIB"));
        assert!(!is_breadcrumb("ANTARA/Rivan Awal Lingga"));
    }

    #[test]
    fn links_under_a_related_label_above_the_story_are_no_list() {
        for text in [
            "Port strike enters second week\n\nJane Doe\n\nSEE ALSO:\n* Dockers reject pay offer\n* Shipping lines divert to Tanjung Pelepas\n\nThe strike at the port entered its second week on Monday, with no talks planned.",
            "Harga Cabai Naik Lagi\n\nOleh Budi Santoso\n\nBaca Juga:\n- Petani Cabai Gagal Panen\n- Pasar Induk Sepi Pembeli\n\nHarga cabai rawit di pasar induk naik menjadi Rp 90 ribu per kilogram pada Senin pagi.",
        ] {
            let k = kinds(text);
            let related = k.iter().filter(|(k, _)| *k == Kind::Related).count();
            assert_eq!(related, 3, "{k:?}");
            assert!(!k.iter().any(|(k, _)| *k == Kind::ListItem), "{k:?}");
        }
    }

    #[test]
    fn a_description_on_a_bare_photo_credit_is_a_caption() {
        for text in [
            "Banjir Rendam Pasar\n\nJAKARTA - Banjir merendam pasar di Jakarta Utara pada Kamis pagi, kata petugas.\n\nANTARA FOTO/BUDI SANTOSO\nWarga mengangkat barang dagangan dari genangan air di pasar, Kamis (3/4/2025).\n\nPetugas pemadam kebakaran menyedot air dengan empat pompa portabel sejak siang.",
            "Bridge closed after crack found\n\nThe bridge over the river was closed on Monday after engineers found a crack in one of its piers.\n\nThe crack in the bridge's third pier, photographed on Sunday by an inspector.\nHandout\n\nThe council said the bridge would stay closed for at least a month while repairs were made.",
            "Bridge closed after crack found\n\nThe bridge over the river was closed on Monday after engineers found a crack in one of its piers.\n\nA crane lifts a steel beam onto the bridge deck during repairs.\nCourtesy of the Highways Agency\n\nThe council said the bridge would stay closed for at least a month while repairs were made.",
            // A credit in brackets naming the site and the photographer is no sign-off.
            "Jalan Ditutup Sebagian\n\nMedan, kabarmedan.com – Jalan Sisingamangaraja akan ditutup sebagian mulai Senin untuk pembangunan saluran.\n\nPekerja menggali saluran drainase di tepi Jalan Sisingamangaraja, Medan, Rabu (2/12/2026).\n(Foto: kabarmedan.com/Nurhalimah Siregar)\n\nKepala dinas mengatakan pekerjaan ditargetkan selesai dalam 45 hari kalender.",
        ] {
            let k = kinds(text);
            let captions = k.iter().filter(|(k, _)| *k == Kind::Caption).count();
            assert_eq!(captions, 2, "{k:?}");
            let paragraphs = k.iter().filter(|(k, _)| k.is_body()).count();
            assert_eq!(paragraphs, 2, "{k:?}");
        }
    }

    #[test]
    fn an_order_after_a_dash_or_or_and_the_comment_forms_rules_are_noise() {
        for line in [
            "Get the news first with Harbour Daily — subscribe to our e-paper.",
            "Like us on Facebook or follow us on Instagram for the latest from the islands!",
            "Dapatkan kabar terbaru — ikuti kami di saluran resmi Warta Timur.",
            "Your email address will not be published. Required fields are marked *",
            "Komentar Anda tidak akan ditampilkan sebelum diperiksa redaksi.",
            "COMMENTS",
        ] {
            assert_eq!(cue(line), Some(Kind::Promo), "{line}");
        }
        assert_eq!(
            cue("READ Fuel subsidy to end in March"),
            Some(Kind::Related)
        );
        assert_eq!(
            cue("BACA Harga Cabai Turun Jelang Lebaran"),
            Some(Kind::Related)
        );
        // Reported text: the same words inside the story's own sentences.
        for line in [
            "Residents were told to stay indoors — or follow the evacuation routes, police said.",
            "Comments posted online by the minister drew criticism from the opposition.",
            "READ ALL ABOUT IT",
        ] {
            assert_eq!(cue(line), None, "{line}");
        }
    }

    #[test]
    fn writers_and_their_newsroom_after_the_story_sign_it() {
        let story = "Harbour fees rise in May\n\n\
                     The port authority will raise harbour fees by a tenth in May, its director said on Monday.\n\n\
                     Shipping agents said the rise would be passed on to importers within weeks.\n\n";
        for closing in [
            "Maria Lopes - Tomas Sarmento / Dili Weekly News",
            "Rina Marlina / Warta Timur Daily",
        ] {
            let got = kinds(&format!("{story}{closing}\n"));
            assert_eq!(
                got.last(),
                Some(&(Kind::Byline, closing.to_string())),
                "{got:?}"
            );
            let lead = got.iter().find(|(k, _)| *k == Kind::Lead);
            assert!(
                lead.is_some_and(|(_, t)| t.starts_with("The port")),
                "{got:?}"
            );
        }
    }

    #[test]
    fn the_last_item_of_a_numbered_run_is_no_heading() {
        let text = "Harbour fees rise in May\n\n\
                    The port authority will raise harbour fees by a tenth in May, its director said on Monday.\n\n\
                    Ships must meet three conditions:\n\n\
                    1. Register with the harbour master\n\
                    2. Pay the fee a day ahead\n\
                    3. Berth within six hours of arrival\n\n\
                    Shipping agents said the rise would be passed on to importers within weeks.\n\n\
                    2. Wider effects\n\n\
                    Importers said prices in the shops would follow within a month or two.\n";
        let got = kinds(text);
        let kind_of = |s: &str| got.iter().find(|(_, t)| t.starts_with(s)).map(|(k, _)| *k);
        assert_eq!(kind_of("3. Berth"), Some(Kind::ListItem), "{got:?}");
        assert_eq!(kind_of("2. Wider"), Some(Kind::Subheading), "{got:?}");
    }

    #[test]
    fn a_question_then_join_us_is_a_promo() {
        assert_eq!(
            cue("Enjoyed this article? Join our readers' club today!"),
            Some(Kind::Promo)
        );
        assert_eq!(
            cue("Suka dengan artikel ini? Gabung komunitas pembaca kami!"),
            Some(Kind::Promo)
        );
        assert_eq!(
            cue("Join the march on Saturday, the union told its members in the article."),
            None
        );
    }

    #[test]
    fn a_republication_note_names_the_outlet() {
        assert_eq!(
            republished_from("This article was originally published by The Conversation.")
                .as_deref(),
            Some("The Conversation")
        );
        assert_eq!(
            republished_from("Artikel ini telah tayang di Kompas.com dengan judul \"Harga Naik\".")
                .as_deref(),
            Some("Kompas.com")
        );
        assert_eq!(
            republished_from("Artikel ini telah tayang di suarasurakarta.id. Ikuti kanal kami.")
                .as_deref(),
            Some("suarasurakarta.id")
        );
        assert_eq!(
            republished_from(
                "Police said the video, which was first published on TikTok last week, had been viewed millions of times."
            ),
            None
        );
        assert_eq!(
            cue("This story was first published by Mongabay."),
            Some(Kind::SourceLine)
        );
        // "İ" is longer in lower case: the cue is found where the line itself has it.
        assert_eq!(
            republished_from("This report on İzmir first appeared in Özgür Liman.").as_deref(),
            Some("Özgür Liman")
        );
        assert_eq!(
            republished_from(
                "This article is republished from Strait Voices under a Creative Commons licence. Read the original article."
            )
            .as_deref(),
            Some("Strait Voices")
        );
        // A note opening with its permission names whom the copy is from.
        for (note, outlet) in [
            (
                "Reprinted with permission from the Hecate Strait Herald. Originally published October 16, 2026.",
                "Hecate Strait Herald",
            ),
            (
                "Reproduced with the permission of The Kingston Courant for staff reference only.",
                "The Kingston Courant",
            ),
            (
                "(Reprinted by permission of The Globe and Mail.)",
                "The Globe and Mail",
            ),
        ] {
            assert_eq!(republished_from(note).as_deref(), Some(outlet), "{note}");
        }
        // A story telling of a republication opens with its own words.
        for story in [
            "The council said the map, which the paper later republished from its archive, was wrong.",
            "The photo was reproduced with permission from the family, the museum said.",
            "Reproduced with permission from Carla Mendes, the 1962 photograph shows the cannery.",
            "Dimuat ulang atas izin Dedi Rahmat, foto itu menunjukkan pasar sebelum kebakaran.",
            "The 1948 map, reprinted from The Grey River Argus archive, wrongly showed Cobden as dry land.",
            "Video yang dimuat ulang dari TikTok itu sudah ditonton 200 ribu kali.",
        ] {
            assert_eq!(republished_from(story), None, "{story}");
        }
    }
}
