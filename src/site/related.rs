//! "Related articles": pages ranked by the tags they share, rarer tags weighing more.

use rayon::prelude::*;

use super::taxonomy::Taxonomy;

/// For each page, up to `limit` related pages, best first (ties: newer first).
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
        .map_init(
            || (vec![0.0f64; n], Vec::<usize>::new()),
            |(scores, touched), page| {
                for &tag in &taxonomy.page_tags[page] {
                    for &other in &taxonomy.tags[tag].pages {
                        if other != page {
                            if scores[other] == 0.0 {
                                touched.push(other);
                            }
                            scores[other] += weights[tag];
                        }
                    }
                }
                // Keep the best few in one pass: a popular tag can touch thousands of pages.
                // Pages are sorted newest first, so a lower index is newer and wins a tie.
                let better =
                    |a: usize, b: usize| scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
                let mut best: Vec<usize> = Vec::with_capacity(limit + 1);
                for &candidate in touched.iter() {
                    if best.len() == limit && !better(candidate, best[limit - 1]) {
                        continue;
                    }
                    let at = best
                        .iter()
                        .position(|&b| better(candidate, b))
                        .unwrap_or(best.len());
                    best.insert(at, candidate);
                    best.truncate(limit);
                }
                for &t in touched.iter() {
                    scores[t] = 0.0;
                }
                touched.clear();
                best
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::frontmatter::TagEntry;
    use crate::site::taxonomy;
    use std::collections::BTreeMap;

    #[test]
    fn rare_shared_tag_beats_common_one() {
        let tags: Vec<Vec<TagEntry>> = [
            vec!["Asia", "Okinawa"],
            vec!["Asia"],
            vec!["Asia", "Okinawa"],
            vec!["Asia"],
            vec!["Eropa"],
        ]
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
        let t = taxonomy::build(&refs, &BTreeMap::new());
        let related = compute(&t, 3);
        assert_eq!(related[0], [2, 1, 3]);
        assert!(related[4].is_empty());
    }
}
