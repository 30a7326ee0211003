//! Tags: merging spellings (aliases, letter case) and giving each distinct tag its own URL slug.

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

/// Builds the taxonomy from each page's tags as written, in page order (newest first).
pub fn build(page_tags: &[&[TagEntry]], aliases: &BTreeMap<String, String>) -> Taxonomy {
    let alias_lc: HashMap<String, &str> = aliases
        .iter()
        .map(|(from, to)| (from.trim().to_lowercase(), to.trim()))
        .collect();
    let is_alias_target: HashSet<String> =
        aliases.values().map(|v| v.trim().to_lowercase()).collect();

    // Key is the lower-cased canonical name; count each spelling to pick the one to show.
    let mut keys: Vec<String> = Vec::new();
    let mut key_index: HashMap<String, usize> = HashMap::new();
    let mut spellings: Vec<BTreeMap<String, usize>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut kinds: Vec<Vec<(TagKind, Vec<usize>)>> = Vec::new();
    let mut per_page: Vec<Vec<usize>> = Vec::with_capacity(page_tags.len());

    for (page, tags) in page_tags.iter().enumerate() {
        let mut mine: Vec<usize> = Vec::new();
        for entry in tags.iter() {
            let raw = entry.name.split_whitespace().collect::<Vec<_>>().join(" ");
            if raw.is_empty() {
                continue;
            }
            let name = alias_lc
                .get(&raw.to_lowercase())
                .map(|s| s.to_string())
                .unwrap_or(raw);
            let key = name.to_lowercase();
            let idx = *key_index.entry(key.clone()).or_insert_with(|| {
                keys.push(key.clone());
                spellings.push(BTreeMap::new());
                members.push(Vec::new());
                kinds.push(Vec::new());
                keys.len() - 1
            });
            if let Some(kind) = entry.kind {
                give_kind(&mut kinds[idx], kind, page);
            }
            *spellings[idx].entry(name).or_insert(0) += 1;
            if !mine.contains(&idx) {
                mine.push(idx);
                members[idx].push(page);
            }
        }
        per_page.push(mine);
    }

    let names: Vec<String> = keys
        .iter()
        .zip(&spellings)
        .map(|(key, counts)| {
            // An alias target is shown as the site configured it; otherwise the commonest spelling.
            if is_alias_target.contains(key)
                && let Some(target) = aliases.values().find(|v| v.trim().to_lowercase() == *key)
            {
                return target.trim().to_string();
            }
            let best = counts.values().copied().max().unwrap_or(0);
            counts
                .iter()
                .find(|&(_, &n)| n == best)
                .map(|(s, _)| s.clone())
                .unwrap_or_else(|| key.clone())
        })
        .collect();

    // Order by name, then give slugs in that order so a collision is resolved the same way every build.
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| {
        names[a]
            .to_lowercase()
            .cmp(&names[b].to_lowercase())
            .then_with(|| names[a].cmp(&names[b]))
    });
    let mut taken: HashSet<String> = HashSet::new();
    let mut new_index = vec![0; keys.len()];
    let mut tags = Vec::with_capacity(keys.len());
    for (pos, &old) in order.iter().enumerate() {
        new_index[old] = pos;
        let base = tag_slug(&names[old]);
        let mut slug = base.clone();
        let mut n = 2;
        while !taken.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        let kinds_given = std::mem::take(&mut kinds[old]);
        tags.push(Tag {
            name: names[old].clone(),
            slug,
            pages: std::mem::take(&mut members[old]),
            kind: commonest_kind(&kinds_given),
            kinds_given,
        });
    }
    for mine in &mut per_page {
        for t in mine.iter_mut() {
            *t = new_index[*t];
        }
    }
    Taxonomy {
        tags,
        page_tags: per_page,
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
    let spelled = name
        .replace('+', " plus ")
        .replace('#', " sharp ")
        .replace('&', " and ")
        .replace('@', " at ");
    let s = slug::slugify(spelled);
    if s.is_empty() { "tag".into() } else { s }
}

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
