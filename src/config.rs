//! `site.toml`: the site's settings, strictly parsed so a typo is an error, not a silent default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Errors reading or validating `site.toml`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// The whole of `site.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: String,
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_language", deserialize_with = "language")]
    pub language: String,
    #[serde(default = "default_theme", deserialize_with = "theme_name")]
    pub theme: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_paginate_by", deserialize_with = "at_least_one")]
    pub paginate_by: usize,
    /// How many pages the front list and each tag list run to; older articles are reached
    /// through `/archive/` (0: no limit). Without it, 100,000 articles make 10,000 front pages
    /// that repeat the archive and push the site past GitHub Pages' 1 GB.
    #[serde(default = "default_max_list_pages")]
    pub max_list_pages: usize,
    #[serde(default)]
    pub taxonomies: Taxonomies,
    #[serde(default)]
    pub feeds: Feeds,
    #[serde(default)]
    pub search: Search,
    /// `[strings]`: the site's own interface words (`latest = "Kabar terkini"`) in place of
    /// the built-in ones of its language.
    #[serde(default)]
    pub strings: Strings,
    /// `[[menu]]`: the navigation menu, in order; without it digest makes one (see README).
    #[serde(default)]
    pub menu: Vec<MenuItem>,
    #[serde(default)]
    pub extra: BTreeMap<String, toml::Value>,
    /// The site's folder, where images beside articles and the image cache are found. Set by
    /// whoever loads the file (`site.toml` cannot name it).
    #[serde(skip)]
    pub root: PathBuf,
}

/// `[strings]`: interface word → the site's text for it. Only words the theme knows are
/// accepted, so a misspelt key is an error at its line instead of a word that never changes.
#[derive(Debug, Clone, Default)]
pub struct Strings(pub BTreeMap<String, String>);

impl<'de> Deserialize<'de> for Strings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(StringsVisitor)
    }
}

struct StringsVisitor;

impl<'de> serde::de::Visitor<'de> for StringsVisitor {
    type Value = Strings;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a table of interface words, such as latest = \"Kabar terkini\"")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Strings, A::Error> {
        let mut words = BTreeMap::new();
        while let Some(WordKey(key)) = map.next_key()? {
            let text = map.next_value_seed(TextFor(&key))?;
            words.insert(key, text);
        }
        Ok(Strings(words))
    }
}

/// The text for one interface word; checked while it is read so an error points at it.
struct TextFor<'k>(&'k str);

impl<'de> serde::de::DeserializeSeed<'de> for TextFor<'_> {
    type Value = String;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        let text = String::deserialize(d)?;
        match crate::render::i18n::required_placeholder(self.0) {
            Some(needed) if !text.contains(needed) => Err(serde::de::Error::custom(format!(
                "`{}` must contain {needed}, where the theme puts the number",
                self.0
            ))),
            _ => Ok(text),
        }
    }
}

/// A `[strings]` key, checked against the words templates know.
struct WordKey(String);

impl<'de> Deserialize<'de> for WordKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        if crate::render::i18n::is_word(&key) {
            Ok(WordKey(key))
        } else {
            let known: Vec<&str> = crate::render::i18n::word_keys().collect();
            Err(serde::de::Error::custom(format!(
                "`{key}` in [strings] is not an interface word; the words are: {}",
                known.join(", ")
            )))
        }
    }
}

/// One `[[menu]]` entry: the words shown and where they lead.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    #[serde(deserialize_with = "menu_name")]
    pub name: String,
    /// A path in the site (`/ekonomi/`, resolved against `base_url`) or an http(s) address.
    #[serde(deserialize_with = "menu_url")]
    pub url: String,
}

fn menu_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = String::deserialize(d)?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(serde::de::Error::custom(
            "a menu entry's `name` is the text readers see: it cannot be blank",
        ));
    }
    Ok(name)
}

/// Whether menu link `url` is a web address (kept as written) rather than a path of the site.
pub fn item_is_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// A menu link is a page of the site or a web address: anything else (`javascript:`, a
/// protocol-relative `//host`) would be a link no reader expects from a menu.
fn menu_url<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let url = String::deserialize(d)?.trim().to_string();
    let web = item_is_address(&url);
    let scheme = url
        .split_once(':')
        .is_some_and(|(before, _)| !before.contains('/'));
    if web || (!url.is_empty() && !scheme && !url.starts_with("//")) {
        Ok(url)
    } else {
        Err(serde::de::Error::custom(format!(
            "menu url `{url}` must be a path of the site such as \"/ekonomi/\" or an http(s) address"
        )))
    }
}

/// `[taxonomies]`: how tag spellings are merged.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomies {
    /// Spelling as written → the tag it means ("AS" → "Amerika Serikat").
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

/// `[feeds]`: the Atom and JSON feeds written with the site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeds {
    #[serde(default = "yes")]
    pub enabled: bool,
    /// How many of the newest articles each feed carries.
    #[serde(default = "default_feed_limit")]
    pub limit: usize,
    /// The RFC 4151 tagging authority in entry ids (a domain or e-mail address the site's owner
    /// controls). It is not taken from `base_url` so that moving the site keeps every id.
    #[serde(default = "default_id_authority")]
    pub id_authority: String,
}

impl Default for Feeds {
    fn default() -> Self {
        Feeds {
            enabled: true,
            limit: default_feed_limit(),
            id_authority: default_id_authority(),
        }
    }
}

/// `[search]`: reserved for the search index; accepted so sites can set it already.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Search {
    #[serde(default = "yes")]
    pub enabled: bool,
}

impl Default for Search {
    fn default() -> Self {
        Search { enabled: true }
    }
}

fn yes() -> bool {
    true
}
fn default_base_url() -> String {
    "/".to_string()
}
fn default_language() -> String {
    "en".to_string()
}
fn default_theme() -> String {
    "default".to_string()
}
fn default_paginate_by() -> usize {
    10
}
fn default_max_list_pages() -> usize {
    10
}
fn default_feed_limit() -> usize {
    20
}
fn default_id_authority() -> String {
    "digest".to_string()
}

// Validating while deserializing lets the TOML parser point at the value's line and column.

/// The interface languages digest has words and stemmers for.
const LANGUAGES: [&str; 2] = ["id", "en"];

fn language<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let value = String::deserialize(d)?;
    if LANGUAGES.contains(&value.as_str()) {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(format!(
            "language `{value}` is not supported: use \"id\" (Indonesian) or \"en\" (English)"
        )))
    }
}

/// A theme is a folder in the site's `themes/`: a path there could reach files outside the site
/// and publish them. A user who wants a theme from elsewhere links it into `themes/` explicitly.
fn theme_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let value = String::deserialize(d)?;
    let plain = !value.is_empty()
        && value != "."
        && value != ".."
        && !value.contains(['/', '\\', ':'])
        && !value.starts_with('.');
    if plain {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(format!(
            "theme `{value}` must be the name of a folder in the site's themes/ (such as \"default\"), not a path; to use a theme kept elsewhere, link or copy it into themes/"
        )))
    }
}

fn at_least_one<'de, D: serde::Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    match usize::deserialize(d)? {
        0 => Err(serde::de::Error::custom("`paginate_by` must be at least 1")),
        n => Ok(n),
    }
}

/// True for an RFC 4151 `authorityName`: a DNS name or an e-mail address.
fn is_tag_authority(s: &str) -> bool {
    fn dns_name(s: &str) -> bool {
        !s.is_empty()
            && s.split('.').all(|label| {
                let b = label.as_bytes();
                !b.is_empty()
                    && b[0].is_ascii_alphanumeric()
                    && b[b.len() - 1].is_ascii_alphanumeric()
                    && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            })
    }
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && local
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_'))
                && dns_name(domain)
        }
        None => dns_name(s),
    }
}

impl Config {
    /// Reads and validates `site.toml` at `path`.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(path, &text)
    }

    /// Parses `text` as the contents of `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|span| line_col(text, span.start))
                .unwrap_or((1, 1));
            Error::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().to_string(),
            }
        })?;
        config.feeds.id_authority = config.feeds.id_authority.trim().to_string();
        if !is_tag_authority(&config.feeds.id_authority) {
            return Err(Error::Invalid {
                path: path.to_path_buf(),
                message: format!(
                    "`[feeds] id_authority = \"{}\"` must be a domain (example.org) or an e-mail address that you own",
                    config.feeds.id_authority
                ),
            });
        }
        config.base_url = normalize_base_url(&config.base_url);
        Ok(config)
    }

    /// Overrides `base_url` (from `--base-url`).
    pub fn set_base_url(&mut self, url: &str) {
        self.base_url = normalize_base_url(url);
    }

    /// The path part of `base_url`, always starting and ending with `/` (e.g. `/digest/`).
    pub fn base_path(&self) -> &str {
        let url = self.base_url.as_str();
        match url.find("://") {
            Some(scheme_end) => {
                let rest = &url[scheme_end + 3..];
                rest.find('/').map(|i| &rest[i..]).unwrap_or("/")
            }
            None => url,
        }
    }

    /// The absolute URL of a site path such as `articles/x/`.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }

    /// True when `base_url` names a host, so `permalink` gives absolute URLs.
    pub fn has_host(&self) -> bool {
        self.base_url.contains("://")
    }

    /// The root-relative URL of a site path, as used in links (`/digest/articles/x/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_path(), path.trim_start_matches('/'))
    }
}

fn normalize_base_url(url: &str) -> String {
    let url = url.trim();
    if url.is_empty() {
        return "/".into();
    }
    let mut url = url.to_string();
    if !url.contains("://") && !url.starts_with('/') {
        url.insert(0, '/');
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    // A bare origin such as https://example.org has no path; give it the root.
    if let Some(scheme_end) = url.find("://")
        && !url[scheme_end + 3..].contains('/')
    {
        url.push('/');
    }
    url
}

/// 1-based line and column (in characters) of byte offset `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(text.len());
    let before = &text[..text.floor_char_boundary(pos)];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_of_project_site() {
        let c = Config::parse(
            Path::new("site.toml"),
            "title = 'x'\nbase_url = 'https://u.github.io/digest'",
        )
        .unwrap();
        assert_eq!(c.base_url, "https://u.github.io/digest/");
        assert_eq!(c.base_path(), "/digest/");
        assert_eq!(c.url("tags/x/"), "/digest/tags/x/");
        assert_eq!(
            c.permalink("/atom.xml"),
            "https://u.github.io/digest/atom.xml"
        );
    }

    #[test]
    fn id_authority_must_be_a_domain_or_email() {
        let parse = |a: &str| {
            Config::parse(
                Path::new("site.toml"),
                &format!("title = 'x'\n[feeds]\nid_authority = '{a}'\n"),
            )
        };
        for good in [
            "digest",
            "example.org",
            "news@example.org",
            "a-b.example.org",
        ] {
            assert!(parse(good).is_ok(), "{good}");
        }
        for bad in ["", "example.org/", "-x.org", "a b", "x@", "tag:x"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_values_are_named_with_their_line() {
        let parse = |toml: &str| {
            Config::parse(Path::new("site.toml"), &format!("title = 'x'\n{toml}\n"))
                .unwrap_err()
                .to_string()
        };
        let err = parse("language = 'fr'");
        assert!(err.starts_with("site.toml:2:"), "{err}");
        assert!(err.contains("`fr`") && err.contains("\"id\"") && err.contains("\"en\""));
        let err = parse("paginate_by = 0");
        assert!(err.starts_with("site.toml:2:"), "{err}");
        assert!(err.contains("at least 1"), "{err}");
        for theme in ["/etc", "../../x", "..", "a/b", ".hidden", "C:x", ""] {
            let err = parse(&format!("theme = '{theme}'"));
            assert!(err.starts_with("site.toml:2:"), "{theme}: {err}");
            assert!(err.contains("themes/"), "{err}");
        }
        for ok in ["language = 'id'", "language = 'en'", "theme = 'my-theme'"] {
            assert!(
                Config::parse(Path::new("site.toml"), &format!("title = 'x'\n{ok}\n")).is_ok(),
                "{ok}"
            );
        }
    }

    #[test]
    fn strings_replace_interface_words_and_unknown_ones_are_named_with_their_line() {
        let parse =
            |toml: &str| Config::parse(Path::new("site.toml"), &format!("title = 'x'\n{toml}\n"));
        let c = parse("[strings]\nlatest = 'Kabar terkini'\nsearch = 'Telusuri'").unwrap();
        assert_eq!(c.strings.0["latest"], "Kabar terkini");
        assert_eq!(c.strings.0["search"], "Telusuri");
        let err = parse("[strings]\nlatest = 'a'\nlates = 'b'")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("site.toml:4:1:"), "{err}");
        assert!(err.contains("`lates`") && err.contains("latest, "), "{err}");
        let err = parse("[strings]\nsearch_many = 'banyak hasil'")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("site.toml:3:"), "{err}");
        assert!(err.contains("{n}"), "{err}");
        let err = parse("[strings]\nlatest = 3").unwrap_err().to_string();
        assert!(err.starts_with("site.toml:3:"), "{err}");
    }

    #[test]
    fn unknown_key_is_named_with_line() {
        let err = Config::parse(Path::new("site.toml"), "title = 'x'\npaginat_by = 3\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("paginat_by"), "{err}");
        assert!(err.starts_with("site.toml:2:"), "{err}");
    }
}
