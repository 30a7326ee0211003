//! "Related articles": pages ranked by the tags they share, rarer tags weighing more.
//!
//! Scoring every page against every page that shares any tag is quadratic in a popular tag's
//! size (a tag on half of 100,000 articles meant 50,000 candidates per page, 22 s in all). So
//! each of a page's tags offers only the [`WINDOW`] pages on either side of it in date order:
//! a tag with at most `2 × WINDOW` other pages offers them all, so a rare shared tag is always
//! found, while a popular tag offers the articles nearest in time, which is what a reader of
//! news expects anyway. Candidates are then scored exactly, on every tag they share.

use rayon::prelude::*;

use super::taxonomy::Taxonomy;

/// How many pages on each side of a page, in a tag's date order, that tag offers as candidates.
pub const WINDOW: usize = 50;

/// For each page, up to `limit` related pages, best first; among equal scores the page nearest
/// in date order comes first, and of two equally near the newer.
pub fn compute(taxonomy: &Taxonomy, limit: usize) -> Vec<Vec<usize>> {
    let n = taxonomy.page_tags.len();
    if limit == 0 {
        return vec![Vec::new(); n];
    }
    // Inverse document frequency: a tag on every page still counts, but a rare tag counts more.
    let weights: Vec<f64> = taxonomy
        .tags
        .iter()
        .map(|t| (1.0 + n as f64 / t.pages.len().max(1) as f64).ln())
        .collect();
    (0..n)
        .into_par_iter()
        .map_init(Gathered::default, |candidates, page| {
            gather(taxonomy, page, candidates);
            let scored = candidates
                .pages
                .iter()
                .map(|&other| (score(taxonomy, &weights, page, other), other));
            best(page, scored, limit)
        })
        .collect()
}

/// One thread's candidates for the page it is on, and which page each candidate was last
/// gathered for: marking pages instead of sorting the list to drop repeats (the sort grew
/// with the log of the site's size: ~130 ms of the model's ~1.1 s at 100,000 articles). The
/// order of the list does not matter: [`best`] breaks every tie by position.
#[derive(Default)]
struct Gathered {
    pages: Vec<usize>,
    /// Per page of the site, 1 + the page it was last gathered for (0: never).
    seen_for: Vec<usize>,
}

/// Fills `out` with the distinct pages the windows of `page`'s tags offer, `page` excluded.
fn gather(taxonomy: &Taxonomy, page: usize, out: &mut Gathered) {
    out.pages.clear();
    if out.seen_for.len() != taxonomy.page_tags.len() {
        out.seen_for = vec![0; taxonomy.page_tags.len()];
    }
    out.seen_for[page] = page + 1;
    for &tag in &taxonomy.page_tags[page] {
        let members = &taxonomy.tags[tag].pages;
        // A tag's pages are in page order (newest first), so the page's place is a search away.
        let at = members.binary_search(&page).unwrap_or_else(|i| i);
        let from = at.saturating_sub(WINDOW);
        let to = (at + WINDOW + 1).min(members.len());
        for &other in &members[from..to] {
            if out.seen_for[other] != page + 1 {
                out.seen_for[other] = page + 1;
                out.pages.push(other);
            }
        }
    }
}

/// The summed weight of the tags `page` and `other` share (a page has a handful of tags).
fn score(taxonomy: &Taxonomy, weights: &[f64], page: usize, other: usize) -> f64 {
    let theirs = &taxonomy.page_tags[other];
    taxonomy.page_tags[page]
        .iter()
        .filter(|t| theirs.contains(t))
        .map(|&t| weights[t])
        .sum()
}

/// The `limit` best of `scored` for `page`, best first: higher score, then nearer in the date
/// order, then newer (a lower index).
fn best(page: usize, scored: impl Iterator<Item = (f64, usize)>, limit: usize) -> Vec<usize> {
    let tie = |o: usize| (o.abs_diff(page), o);
    let better =
        |a: (f64, usize), b: (f64, usize)| a.0 > b.0 || (a.0 == b.0 && tie(a.1) < tie(b.1));
    let mut top: Vec<(f64, usize)> = Vec::with_capacity(limit + 1);
    for candidate in scored {
        if top.len() == limit && !better(candidate, top[limit - 1]) {
            continue;
        }
        let at = top
            .iter()
            .position(|&b| better(candidate, b))
            .unwrap_or(top.len());
        top.insert(at, candidate);
        top.truncate(limit);
    }
    top.into_iter().map(|(_, page)| page).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::frontmatter::TagEntry;
    use crate::site::taxonomy;
    use std::collections::BTreeMap;

    #[test]
    fn rare_shared_tag_beats_common_one() {
        let t = site_of(&[
            vec!["Asia", "Okinawa"],
            vec!["Asia"],
            vec!["Asia", "Okinawa"],
            vec!["Asia"],
            vec!["Eropa"],
        ]);
        let related = compute(&t, 3);
        assert_eq!(related[0], [2, 1, 3]);
        assert!(related[4].is_empty());
    }

    fn site_of(tags: &[Vec<&str>]) -> Taxonomy {
        let tags: Vec<Vec<TagEntry>> = tags
            .iter()
            .map(|v| {
                v.iter()
                    .map(|s| TagEntry {
                        name: s.to_string(),
                        kind: None,
                    })
                    .collect()
            })
            .collect();
        let refs: Vec<&[TagEntry]> = tags.iter().map(Vec::as_slice).collect();
        taxonomy::build(&refs, &BTreeMap::new())
    }

    #[test]
    fn popular_tag_offers_the_pages_nearest_in_date() {
        // 1,000 pages share one tag; nothing else links them.
        let t = site_of(&vec![vec!["Nasional"]; 1000]);
        let related = compute(&t, 5);
        assert_eq!(related[500], [499, 501, 498, 502, 497]);
        assert_eq!(related[0], [1, 2, 3, 4, 5]);
        assert_eq!(related[999], [998, 997, 996, 995, 994]);
    }

    #[test]
    fn rare_tag_far_away_in_date_is_still_found() {
        // Page 0 and page 900 share a rare tag, 900 pages apart; everything shares "Nasional".
        let mut tags = vec![vec!["Nasional"]; 1000];
        tags[0] = vec!["Nasional", "Okinawa"];
        tags[900] = vec!["Nasional", "Okinawa"];
        let related = compute(&site_of(&tags), 3);
        assert_eq!(related[0], [900, 1, 2]);
        assert_eq!(related[900], [0, 899, 901]);
    }

    #[test]
    fn candidates_are_scored_on_every_shared_tag() {
        // Page 3 shares two popular tags with page 0: it outranks pages sharing only one, even
        // though it came to the candidates through either tag's window alone.
        let mut tags = vec![vec!["Asia"]; 200];
        for page in tags.iter_mut().skip(100) {
            *page = vec!["Ekonomi"];
        }
        tags[0] = vec!["Asia", "Ekonomi"];
        tags[3] = vec!["Asia", "Ekonomi"];
        let related = compute(&site_of(&tags), 2);
        assert_eq!(related[0], [3, 1]);
    }
}
