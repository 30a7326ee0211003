//! Property tests of `digest import` and the front matter parser on generated input: arbitrary
//! bytes and arbitrary Unicode never panic, and every page import writes parses back to the
//! values it was written with and builds.
//!
//! They run in-process against the library, so that many cases fit in a few seconds. A short
//! run is part of `cargo test`; for a long one set `DIGEST_FUZZ_CASES` (cases per property):
//!
//!     DIGEST_FUZZ_CASES=100000 cargo test --release --test import_fuzz
//!
//! `DIGEST_FUZZ_BUILD_EVERY` (default 16) says how often a case is also built as a whole site.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use digest::content::{self, frontmatter};
use digest::import::{self, Event, article, page};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn config(default_cases: u32) -> Config {
    Config {
        cases: env_number("DIGEST_FUZZ_CASES", default_cases),
        ..Config::default()
    }
}

/// Characters a parser or a writer is most likely to get wrong, beside ordinary text.
fn awkward_char() -> impl Strategy<Value = char> {
    prop_oneof![
        Just('\u{fffe}'),
        Just('\u{ffff}'),
        (0xfdd0u32..=0xfdef).prop_filter_map("non-character", char::from_u32),
        (0u32..=0x10).prop_filter_map("plane end", |p| char::from_u32(p << 16 | 0xffff)),
        prop::char::range('\0', '\u{1f}'),
        prop::char::range('\u{7f}', '\u{9f}'),
        prop::sample::select(vec![
            '\u{feff}', '\u{2028}', '\u{2029}', '\u{85}', '\u{a0}', '\u{200b}', '\u{3000}', '\r',
            '"', '\'', '\\', ':', '#', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@',
            '`', '<', '_', '“', '”', '–', 'é', 'Ã', '€',
        ]),
    ]
}

/// Text that reads somewhat like news (so that pages get written) with any character mixed in.
fn newsish_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "Jakarta", "Harga", "beras", "naik", "pada", "Senin", "(3/3/2025)", "di", "pasar",
            "Menteri", "Jepang", "Amerika Serikat", "kata", "JAKARTA, KOMPAS.com -",
            "Liputan6.com, Tokyo -", "TOKYO (Reuters) -", "Baca juga:", "Advertisement",
            "2024-07-23", "November 19, 2025", "##", "- ", "1. ", "•", "---", "...", "(aud/agt)",
        ])
        .prop_map(String::from),
        3 => Just(" ".to_string()),
        2 => prop::sample::select(vec![".", ",", "\n", "\n\n", "\r\n"]).prop_map(String::from),
        2 => awkward_char().prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => prop::collection::vec(prop::char::range('a', 'z'), 1..12).prop_map(String::from_iter),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|p| p.concat())
}

/// Raw file bytes: random, or text-like with stray high bytes, byte-order marks and NULs.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let chunk = prop_oneof![
        3 => newsish_text().prop_map(String::into_bytes),
        2 => prop::collection::vec(any::<u8>(), 0..8),
        1 => prop::sample::select(vec![
            &b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF", b"\x00", b"\x81", b"\x93", b"\xe9",
            b"\xc3\xa9", b"\xe2\x80\x9c", b"\xc3", b"\r\n", b"\n",
        ])
        .prop_map(<[u8]>::to_vec),
    ];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        prop::collection::vec(chunk, 0..12).prop_map(|c| c.concat()),
    ]
}

/// A site in a temporary folder: `site.toml`, the text as `raw/text.txt`, pages in `content/`.
struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new(bytes: &[u8]) -> Case {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.toml"), "title = \"Fuzz\"\n").unwrap();
        std::fs::create_dir(dir.path().join("raw")).unwrap();
        std::fs::write(dir.path().join("raw/text.txt"), bytes).unwrap();
        Case { dir }
    }

    fn import(&self) -> Vec<Event> {
        let options = import::Options {
            inputs: vec![self.dir.path().join("raw/text.txt")],
            out: self.dir.path().join("content"),
            force: false,
            dry_run: false,
            aliases: BTreeMap::new(),
            default_lang: "id".into(),
        };
        let mut events = Vec::new();
        import::run(&options, &mut |e| events.push(e)).unwrap();
        events
    }

    /// Builds the whole site, as `digest build --drafts` does (an imported date may be future).
    fn build(&self) -> Result<(), String> {
        digest::build::build(&digest::build::Options {
            root: self.dir.path().to_path_buf(),
            output: Some(self.dir.path().join("public")),
            base_url: None,
            drafts: true,
        })
        .map(|_| ())
        .map_err(|e| format!("{e:#}"))
    }
}

static CASES: AtomicUsize = AtomicUsize::new(0);

fn build_this_one() -> bool {
    let every = env_number("DIGEST_FUZZ_BUILD_EVERY", 16).max(1) as usize;
    CASES.fetch_add(1, Ordering::Relaxed).is_multiple_of(every)
}

/// The one page an import wrote, or why there is none.
fn outcome(events: &[Event]) -> Result<Option<PathBuf>, String> {
    let mut written = None;
    for e in events {
        match e {
            Event::Wrote { to, .. } if written.replace(to.clone()).is_some() => {
                return Err(format!("two pages for one text: {events:?}"));
            }
            Event::Failed { message, .. } if message.trim().is_empty() => {
                return Err("a failure without a message".into());
            }
            Event::Failed { .. } if written.is_some() => {
                return Err(format!("failed after writing: {events:?}"));
            }
            _ => {}
        }
    }
    Ok(written)
}

fn parse_written(path: &Path) -> content::Page {
    let bytes = std::fs::read(path).unwrap();
    content::parse_page(path, &bytes).unwrap_or_else(|e| {
        panic!(
            "the page import wrote does not parse: {e}\n{}",
            String::from_utf8_lossy(&bytes)
        )
    })
}

fn non_blank(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(config(48))]

    /// Any bytes: a clear error or a page that parses (and, for a sample, builds); no panic.
    #[test]
    fn any_bytes_import_to_an_error_or_a_page_that_builds(bytes in file_bytes()) {
        let case = Case::new(&bytes);
        let events = case.import();
        let written = outcome(&events).map_err(TestCaseError::fail)?;
        if let Some(path) = written {
            parse_written(&path);
            if build_this_one() {
                case.build().map_err(TestCaseError::fail)?;
            }
        }
    }

    /// Any Unicode text: the page holds exactly the fields the article was read with.
    #[test]
    fn any_text_imports_to_a_page_with_the_same_values(text in newsish_text()) {
        let case = Case::new(text.as_bytes());
        let events = case.import();
        let Some(path) = outcome(&events).map_err(TestCaseError::fail)? else {
            return Ok(());
        };
        let read = import::read_text(text.as_bytes()).unwrap();
        let want = article::extract(&read.text, &BTreeMap::new(), "id").unwrap();
        let page = parse_written(&path);
        let meta = &page.meta;
        prop_assert_eq!(&meta.title, &want.title);
        prop_assert_eq!(&meta.tags, &want.tags);
        prop_assert_eq!(&meta.summary, &non_blank(&Some(want.summary.clone())));
        prop_assert_eq!(&meta.source, &non_blank(&want.source));
        prop_assert_eq!(&meta.location, &non_blank(&want.location));
        prop_assert_eq!(meta.lang.as_deref(), Some(want.lang.as_str()));
        if let Some(date) = want.date {
            prop_assert_eq!(meta.date.date, date);
        }
        if build_this_one() {
            case.build().map_err(TestCaseError::fail)?;
        }
    }

    /// Any string written as a YAML value parses back to itself.
    #[test]
    fn any_string_survives_the_yaml_writer(
        s in prop_oneof![
            any::<String>(),
            prop::collection::vec(awkward_char(), 0..20).prop_map(String::from_iter),
        ]
    ) {
        let yaml = format!("title: {}\ndate: 2026-01-01\nk: {}\n", page::yaml_string(&s), page::yaml_string(&s));
        let map: serde_yaml::Mapping = serde_yaml::from_str(&yaml)
            .map_err(|e| TestCaseError::fail(format!("{e}: {yaml:?}")))?;
        prop_assert_eq!(map.get("k").and_then(|v| v.as_str()), Some(s.as_str()));
    }
}

/// Front matter that looks like YAML: keys, flow and block collections, anchors, tags, quotes.
fn yamlish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        prop::sample::select(vec![
            "title",
            "date",
            "tags",
            "slug",
            "draft",
            "summary",
            "updated",
            ": ",
            ":",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ", ",
            "\n",
            "\n  ",
            "\n- ",
            "'",
            "\"",
            "&a ",
            "*a",
            "!!str ",
            "!!int ",
            "!!binary ",
            "? ",
            "|",
            ">",
            "#",
            "2026-01-15",
            "2026-13-45T25:00:00+99:00",
            "true",
            "null",
            "~",
            "1e999",
            "-.inf",
            "0x1F",
            "<<: *a",
            "\t",
            "---",
            "...",
            "%YAML 1.2\n",
            "\\u0000",
            "\\x85",
        ])
        .prop_map(String::from),
        awkward_char().prop_map(String::from),
        prop::collection::vec(prop::char::range(' ', '~'), 0..8).prop_map(String::from_iter),
    ];
    // At most 150 tokens: deep nesting is slow in the YAML parser (a known, separate issue).
    prop::collection::vec(token, 0..150).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(config(256))]

    /// The front matter parser answers every input with a value or an error, never a panic.
    #[test]
    fn front_matter_parser_never_panics(
        yaml in prop_oneof![yamlish(), any::<String>()],
        body in any::<String>(),
    ) {
        let _ = frontmatter::parse(&yaml, 2);
        let file = format!("---\n{yaml}\n---\n{body}");
        if let Ok((y, _, first, _)) = frontmatter::split(&file) {
            let _ = frontmatter::parse(y, first);
        }
        let _ = content::parse_page(Path::new("content/fuzz.md"), file.as_bytes());
    }
}
