//! Tags and the other lists of names (authors, sections): merging spellings (aliases, letter
//! case) and giving each distinct name its own URL slug.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::content::frontmatter::{TagEntry, TagKind};

/// A tag and the articles that carry it.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub slug: String,
    /// Indices into the site's pages, newest first.
    pub pages: Vec<usize>,
    /// The kind most of its articles give it (ties: the kind seen first); `None` when none does.
    pub kind: Option<TagKind>,
    /// Every kind its articles give it, in the order first seen, with those articles.
    pub kinds_given: Vec<(TagKind, Vec<usize>)>,
}

/// The tags of a site and, for every page, the indices of its tags.
#[derive(Debug, Clone, Default)]
pub struct Taxonomy {
    /// Sorted by name, case-insensitively.
    pub tags: Vec<Tag>,
    pub page_tags: Vec<Vec<usize>>,
}

/// Names given to pages (tags, authors, sections), with spellings merged and a unique slug
/// each: the one grouping every kind of list shares.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Sorted by name, case-insensitively.
    pub terms: Vec<Term>,
    /// For every page, the indices of its terms in the order it names them.
    pub page_terms: Vec<Vec<usize>>,
}

/// One name and the pages that carry it.
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    /// Indices into the site's pages, in page order (newest first).
    pub pages: Vec<usize>,
}

/// How names are matched: letter case and runs of whitespace do not matter.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Spellings merged into terms, before they are sorted and slugged.
struct Grouping<'a> {
    aliases: &'a BTreeMap<String, String>,
    alias_lc: HashMap<String, &'a str>,
    keys: Vec<String>,
    key_index: HashMap<String, usize>,
    spellings: Vec<BTreeMap<String, usize>>,
    members: Vec<Vec<usize>>,
}

impl<'a> Grouping<'a> {
    fn new(aliases: &'a BTreeMap<String, String>) -> Self {
        Grouping {
            aliases,
            alias_lc: aliases
                .iter()
                .map(|(from, to)| (from.trim().to_lowercase(), to.trim()))
                .collect(),
            keys: Vec::new(),
            key_index: HashMap::new(),
            spellings: Vec::new(),
            members: Vec::new(),
        }
    }

    /// The name `raw` stands for (an alias resolved, spaces collapsed), or `None` when blank.
    fn resolve(&self, raw: &str) -> Option<String> {
        let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if raw.is_empty() {
            return None;
        }
        Some(
            self.alias_lc
                .get(&raw.to_lowercase())
                .map_or(raw, |s| s.to_string()),
        )
    }

    /// Counts `raw` as given by `page`; returns its term's (unsorted) index.
    fn add(&mut self, raw: &str, page: usize) -> Option<usize> {
        let name = self.resolve(raw)?;
        let key = name_key(&name);
        let idx = match self.key_index.get(&key) {
            Some(&i) => i,
            None => {
                self.key_index.insert(key.clone(), self.keys.len());
                self.keys.push(key);
                self.spellings.push(BTreeMap::new());
                self.members.push(Vec::new());
                self.keys.len() - 1
            }
        };
        *self.spellings[idx].entry(name).or_insert(0) += 1;
        if self.members[idx].last() != Some(&page) {
            self.members[idx].push(page);
        }
        Some(idx)
    }

    /// The name shown for each term: an alias target as configured, else the commonest spelling.
    fn names(&self) -> Vec<String> {
        self.keys
            .iter()
            .zip(&self.spellings)
            .map(|(key, counts)| {
                if let Some(target) = self.aliases.values().find(|v| name_key(v) == *key) {
                    return target.trim().to_string();
                }
                let best = counts.values().copied().max().unwrap_or(0);
                counts
                    .iter()
                    .find(|&(_, &n)| n == best)
                    .map(|(s, _)| s.clone())
                    .unwrap_or_else(|| key.clone())
            })
            .collect()
    }

    /// Sorts the terms by name and gives slugs in that order, so a collision is resolved the
    /// same way every build. Returns the terms and, for each unsorted index, its sorted one.
    fn finish(mut self, slug_of: fn(&str) -> String) -> (Vec<Term>, Vec<usize>) {
        let names = self.names();
        let mut order: Vec<usize> = (0..self.keys.len()).collect();
        order.sort_by(|&a, &b| {
            names[a]
                .to_lowercase()
                .cmp(&names[b].to_lowercase())
                .then_with(|| names[a].cmp(&names[b]))
        });
        let mut taken: HashSet<String> = HashSet::new();
        let mut new_index = vec![0; self.keys.len()];
        let mut terms = Vec::with_capacity(self.keys.len());
        for (pos, &old) in order.iter().enumerate() {
            new_index[old] = pos;
            let base = slug_of(&names[old]);
            let mut slug = base.clone();
            let mut n = 2;
            while !taken.insert(slug.clone()) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            terms.push(Term {
                name: names[old].clone(),
                slug,
                pages: std::mem::take(&mut self.members[old]),
            });
        }
        (terms, new_index)
    }
}

/// Groups the names each page gives (in page order, newest first) into terms; `aliases` maps a
/// spelling to the name it means, `slug_of` makes a term's URL slug from its name.
pub fn group<'n>(
    page_names: impl IntoIterator<Item = impl IntoIterator<Item = &'n str>>,
    aliases: &BTreeMap<String, String>,
    slug_of: fn(&str) -> String,
) -> Terms {
    let mut grouping = Grouping::new(aliases);
    let mut per_page: Vec<Vec<usize>> = Vec::new();
    for (page, names) in page_names.into_iter().enumerate() {
        let mut mine: Vec<usize> = Vec::new();
        for name in names {
            if let Some(idx) = grouping.add(name, page)
                && !mine.contains(&idx)
            {
                mine.push(idx);
            }
        }
        per_page.push(mine);
    }
    let (terms, new_index) = grouping.finish(slug_of);
    for t in per_page.iter_mut().flatten() {
        *t = new_index[*t];
    }
    Terms {
        terms,
        page_terms: per_page,
    }
}

/// Builds the taxonomy from each page's tags as written, in page order (newest first).
pub fn build(page_tags: &[&[TagEntry]], aliases: &BTreeMap<String, String>) -> Taxonomy {
    let names = page_tags
        .iter()
        .map(|tags| tags.iter().map(|e| e.name.as_str()));
    let terms = group(names, aliases, tag_slug);
    // Kinds are settled per tag across its articles, in page order like the names.
    let mut kinds: Vec<Vec<(TagKind, Vec<usize>)>> = vec![Vec::new(); terms.terms.len()];
    let index: HashMap<String, usize> = terms
        .terms
        .iter()
        .enumerate()
        .map(|(t, term)| (name_key(&term.name), t))
        .collect();
    let grouping = Grouping::new(aliases);
    for (page, tags) in page_tags.iter().enumerate() {
        for entry in tags.iter() {
            let key = grouping.resolve(&entry.name).map(|n| name_key(&n));
            if let (Some(kind), Some(key)) = (entry.kind, key)
                && let Some(&t) = index.get(&key)
            {
                give_kind(&mut kinds[t], kind, page);
            }
        }
    }
    let tags = terms
        .terms
        .into_iter()
        .zip(kinds)
        .map(|(term, kinds_given)| Tag {
            name: term.name,
            slug: term.slug,
            pages: term.pages,
            kind: commonest_kind(&kinds_given),
            kinds_given,
        })
        .collect();
    Taxonomy {
        tags,
        page_tags: terms.page_terms,
    }
}

/// Notes that `page` gives a tag `kind`, once per page and kind.
fn give_kind(given: &mut Vec<(TagKind, Vec<usize>)>, kind: TagKind, page: usize) {
    match given.iter_mut().find(|(k, _)| *k == kind) {
        Some((_, pages)) => {
            if pages.last() != Some(&page) {
                pages.push(page);
            }
        }
        None => given.push((kind, vec![page])),
    }
}

/// The kind given by the most articles; on a tie the one seen first (newest article) wins.
fn commonest_kind(given: &[(TagKind, Vec<usize>)]) -> Option<TagKind> {
    let most = given.iter().map(|(_, p)| p.len()).max()?;
    given.iter().find(|(_, p)| p.len() == most).map(|(k, _)| *k)
}

/// A URL slug for a tag; symbols that carry meaning in tag names are spelled out first.
pub fn tag_slug(name: &str) -> String {
    slug_or(name, "tag")
}

/// A URL slug for a name (`C++` → `c-plus-plus`), or `fallback` when nothing of it is left.
pub fn slug_or(name: &str, fallback: &str) -> String {
    let spelled = name
        .replace('+', " plus ")
        .replace('#', " sharp ")
        .replace('&', " and ")
        .replace('@', " at ");
    let mut s = slug::slugify(spelled);
    // A slug is a folder name, which holds at most 255 bytes; room is left for a `-N` suffix.
    if s.len() > MAX_SLUG {
        let cut = (0..=MAX_SLUG)
            .rev()
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(0);
        s.truncate(cut);
        s.truncate(s.trim_end_matches('-').len());
    }
    if s.is_empty() { fallback.into() } else { s }
}

/// The longest slug made from a name, in bytes.
const MAX_SLUG: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(v: &[&[&str]]) -> Vec<Vec<TagEntry>> {
        v.iter()
            .map(|t| {
                t.iter()
                    .map(|s| TagEntry {
                        name: s.to_string(),
                        kind: None,
                    })
                    .collect()
            })
            .collect()
    }

    fn refs(v: &[Vec<TagEntry>]) -> Vec<&[TagEntry]> {
        v.iter().map(Vec::as_slice).collect()
    }

    #[test]
    fn aliases_and_case_merge() {
        let mut aliases = BTreeMap::new();
        aliases.insert("AS".to_string(), "Amerika Serikat".to_string());
        let t = build(
            &refs(&tags(&[
                &["AS", "Jepang"],
                &["Amerika Serikat", "jepang"],
                &["amerika serikat"],
            ])),
            &aliases,
        );
        let names: Vec<&str> = t.tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Amerika Serikat", "Jepang"]);
        assert_eq!(t.tags[0].pages, [0, 1, 2]);
        assert_eq!(t.tags[0].slug, "amerika-serikat");
        assert_eq!(t.page_tags[1], [0, 1]);
    }

    #[test]
    fn distinct_tags_never_share_a_slug() {
        let t = build(
            &refs(&tags(&[&["C++", "C", "C#", "c-plus-plus"]])),
            &BTreeMap::new(),
        );
        let mut slugs: Vec<&str> = t.tags.iter().map(|t| t.slug.as_str()).collect();
        let n = slugs.len();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), n, "{slugs:?}");
        assert_eq!(n, 4);
    }

    #[test]
    fn kind_is_the_commonest_then_the_first_seen() {
        let entry = |name: &str, kind| TagEntry {
            name: name.into(),
            kind,
        };
        let pages = vec![
            vec![entry("Jakarta", Some(TagKind::Organisation))],
            vec![entry("jakarta", Some(TagKind::Place)), entry("Ani", None)],
            vec![entry("Jakarta", Some(TagKind::Place))],
            vec![entry("Ani", Some(TagKind::Person))],
            vec![entry("Budi", Some(TagKind::Place))],
            vec![entry("Budi", Some(TagKind::Person))],
        ];
        let t = build(&refs(&pages), &BTreeMap::new());
        let kind = |name: &str| t.tags.iter().find(|t| t.name == name).unwrap().kind;
        assert_eq!(kind("Jakarta"), Some(TagKind::Place));
        assert_eq!(kind("Ani"), Some(TagKind::Person));
        assert_eq!(kind("Budi"), Some(TagKind::Place));
        let jakarta = t.tags.iter().find(|t| t.name == "Jakarta").unwrap();
        assert_eq!(
            jakarta.kinds_given,
            [
                (TagKind::Organisation, vec![0]),
                (TagKind::Place, vec![1, 2])
            ]
        );
    }
}
