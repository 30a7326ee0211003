//! What one import learns from all its texts together: a line that several stories of one
//! source share is that source's furniture (a footer, a promo), and a tag that most stories
//! carry (the country the whole digest is about) tells a reader nothing.
//!
//! Stories, not texts, are counted: copies of one story (near-duplicates) share every line and
//! every tag, and must not make their own body look like furniture.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use super::article::{self, Article};
use super::similar;

/// A line is furniture when at least this many stories of one source have it…
const MIN_STORIES: usize = 3;
/// …and at least this share of that source's stories.
const SHARE_OF_SOURCE: f64 = 0.3;
/// A tag on more than this share of a batch's stories is dropped, once there are enough stories
/// to tell.
const COMMON_TAG_SHARE: f64 = 0.5;
const MIN_STORIES_FOR_TAGS: usize = 6;

/// Recognises every text, using what the batch as a whole shows.
pub fn extract_all(
    texts: &[&str],
    aliases: &BTreeMap<String, String>,
    default_lang: &str,
) -> Vec<Option<Article>> {
    let extract = |text: &str| article::extract(text, aliases, default_lang);
    let first: Vec<Option<Article>> = texts.par_iter().map(|t| extract(t)).collect();
    if texts.len() < MIN_STORIES {
        return first;
    }
    let stories = stories(texts, &first);
    let furniture = furniture(texts, &first, &stories);
    let mut articles: Vec<Option<Article>> = texts
        .par_iter()
        .zip(first)
        .map(|(text, article)| {
            // A source's furniture is removed from that source's texts only.
            let source = source_key(&article);
            let has_furniture = text
                .lines()
                .any(|l| furniture.contains(&(source.clone(), l.trim().to_string())));
            if has_furniture {
                extract(&without(text, &source, &furniture))
            } else {
                article
            }
        })
        .collect();
    drop_common_tags(&mut articles, &stories);
    articles
}

/// The story each text tells: the index of the first text it is a near-duplicate of. Told by
/// headline and lead, not the whole text: short stories that share a long footer are not copies.
fn stories(texts: &[&str], articles: &[Option<Article>]) -> Vec<usize> {
    let shingles: Vec<_> = texts
        .par_iter()
        .zip(articles)
        .map(|(text, article)| match article {
            Some(a) => similar::shingles(&format!("{}\n{}", a.title, a.summary)),
            None => similar::shingles(text),
        })
        .collect();
    let mut index = similar::Index::default();
    shingles
        .into_iter()
        .enumerate()
        .map(|(i, s)| match index.find_or_add(i, s, None, true) {
            Some((rep, _)) => *index.key(rep),
            None => i,
        })
        .collect()
}

fn source_key(article: &Option<Article>) -> String {
    article
        .as_ref()
        .and_then(|a| a.source.as_deref())
        .map(str::to_lowercase)
        .unwrap_or_default()
}

/// A line that may be a footer or a promo: one the first reading kept in the body (so not a
/// headline, date line or credit it already recognised), and one that looks like furniture
/// rather than reporting — it names a web address, a handle, a copyright or the outlet itself,
/// or it is not a sentence. A paragraph of prose that several stories share (the background
/// of an ongoing event) is reporting and stays.
fn countable(line: &str, source: &str, body: &HashSet<&str>) -> bool {
    let lower = line.to_lowercase();
    let words = line.split_whitespace().count();
    let marked = [".com", ".co.id", "www.", "©", "@", "http"]
        .iter()
        .any(|m| lower.contains(m));
    let names_outlet = source
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() >= 4)
        .is_some_and(|w| lower.contains(w));
    line.chars().count() <= 400
        && words >= 3
        && body.contains(super::body::escape(line).as_str())
        && (marked || names_outlet || words >= 6 && !reads_as_sentence(line))
}

fn reads_as_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '”']) && line.split_whitespace().count() >= 6
}

/// Lines that enough stories of one source share, as (source, line).
fn furniture(
    texts: &[&str],
    articles: &[Option<Article>],
    stories: &[usize],
) -> HashSet<(String, String)> {
    let mut stories_of_source: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut stories_with_line: HashMap<(String, &str), HashSet<usize>> = HashMap::new();
    for (i, text) in texts.iter().enumerate() {
        let source = source_key(&articles[i]);
        // The body's lines, once per text: searching the whole body for every line of the
        // text would grow with the square of a long text.
        let body: HashSet<&str> = articles[i]
            .as_ref()
            .map_or("", |a| a.body.as_str())
            .lines()
            .map(str::trim)
            .collect();
        stories_of_source
            .entry(source.clone())
            .or_default()
            .insert(stories[i]);
        for line in text.lines().map(str::trim) {
            if countable(line, &source, &body) {
                stories_with_line
                    .entry((source.clone(), line))
                    .or_default()
                    .insert(stories[i]);
            }
        }
    }
    stories_with_line
        .into_iter()
        .filter(|((source, _), with)| {
            let all = stories_of_source.get(source).map_or(0, HashSet::len) as f64;
            with.len() >= MIN_STORIES && with.len() as f64 >= SHARE_OF_SOURCE * all
        })
        .map(|((source, line), _)| (source, line.to_string()))
        .collect()
}

fn without(text: &str, source: &str, furniture: &HashSet<(String, String)>) -> String {
    text.lines()
        .filter(|l| !furniture.contains(&(source.to_string(), l.trim().to_string())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Drops tags that most stories of the batch carry.
fn drop_common_tags(articles: &mut [Option<Article>], stories: &[usize]) {
    let mut tag_stories: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut all = HashSet::new();
    for (article, story) in articles.iter().zip(stories) {
        let Some(article) = article else { continue };
        all.insert(*story);
        for tag in &article.tags {
            tag_stories
                .entry(tag.name.to_lowercase())
                .or_default()
                .insert(*story);
        }
    }
    if all.len() < MIN_STORIES_FOR_TAGS {
        return;
    }
    let common: HashSet<String> = tag_stories
        .into_iter()
        .filter(|(_, s)| s.len() as f64 > COMMON_TAG_SHARE * all.len() as f64)
        .map(|(tag, _)| tag)
        .collect();
    if common.is_empty() {
        return;
    }
    for article in articles.iter_mut().flatten() {
        article
            .tags
            .retain(|t| !common.contains(&t.name.to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(i: usize, footer: &str) -> String {
        let places = [
            "Bandung", "Medan", "Surabaya", "Makassar", "Denpasar", "Manado",
        ];
        let topics = [
            "banjir",
            "harga beras",
            "jalan tol",
            "vaksinasi",
            "pasar murah",
            "sampah",
        ];
        format!(
            "Kabar {i} Dari {place}\n\n{up}, KOMPAS.com - Warga {place} membahas {topic} bersama pejabat daerah pada Senin (3/3/2025) dan meminta jawaban segera.\n\nPara pedagang di {place} menyebut {topic} sudah lama dibicarakan tanpa hasil yang jelas bagi mereka.\n\n{footer}\n",
            place = places[i],
            up = places[i].to_uppercase(),
            topic = topics[i],
        )
    }

    #[test]
    fn a_footer_that_several_stories_of_a_source_share_is_dropped() {
        // A footer no rule knows alone: "Dapatkan update berita … dari Kompas.com." is read
        // as the outlet's own closing line by itself since round 15.
        let footer = "Terima kasih telah membaca Kompas.com sampai akhir setiap hari.";
        let texts: Vec<String> = (0..4).map(|i| story(i, footer)).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let alone = article::extract(refs[0], &BTreeMap::new(), "id").unwrap();
        assert!(alone.body.contains("Terima kasih"), "{}", alone.body);
        let articles = extract_all(&refs, &BTreeMap::new(), "id");
        for a in articles.iter().flatten() {
            assert!(!a.body.contains("Terima kasih"), "{}", a.body);
            assert!(a.body.contains("Para pedagang"), "{}", a.body);
        }
    }

    fn extract_texts(texts: &[String]) -> Vec<Article> {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        extract_all(&refs, &BTreeMap::new(), "id")
            .into_iter()
            .flatten()
            .collect()
    }

    #[test]
    fn prose_that_several_stories_share_stays() {
        let background = "Gempa bermagnitudo 5,6 yang mengguncang Cianjur pada November 2022 menewaskan lebih dari 600 orang dan merusak puluhan ribu rumah.";
        let texts: Vec<String> = (0..3).map(|i| story(i, background)).collect();
        for a in extract_texts(&texts) {
            assert!(a.body.contains("Gempa bermagnitudo 5,6"), "{}", a.body);
        }
    }

    #[test]
    fn a_shared_date_line_still_dates_every_story() {
        let texts: Vec<String> = (0..3)
            .map(|i| {
                story(i, "")
                    .replacen("\n\n", "\nKompas.com - 14/05/2025, 16:05 WIB\n\n", 1)
                    .replace(" pada Senin (3/3/2025)", "")
            })
            .collect();
        for a in extract_texts(&texts) {
            assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-05-14"));
        }
    }

    #[test]
    fn one_sources_footer_is_not_removed_from_another_sources_text() {
        // A footer no rule knows alone: "Dapatkan update berita … dari Kompas.com." is read
        // as the outlet's own closing line by itself since round 15.
        let footer = "Terima kasih telah membaca Kompas.com sampai akhir setiap hari.";
        let mut texts: Vec<String> = (0..3).map(|i| story(i, footer)).collect();
        texts.push(story(3, footer).replace("KOMPAS.com", "ANTARA"));
        let articles = extract_texts(&texts);
        for a in &articles[..3] {
            assert!(!a.body.contains("Terima kasih"), "{}", a.body);
        }
        assert!(
            articles[3].body.contains("Terima kasih"),
            "{}",
            articles[3].body
        );
    }

    #[test]
    fn copies_of_one_story_keep_their_shared_body() {
        let texts: Vec<String> = (0..5)
            .map(|i| {
                story(
                    0,
                    &format!("Iklan nomor {i} untuk pembaca setia kami di sini."),
                )
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        for a in extract_all(&refs, &BTreeMap::new(), "id").iter().flatten() {
            assert!(a.body.contains("Para pedagang di Bandung"), "{}", a.body);
        }
    }

    #[test]
    fn a_tag_on_most_stories_is_dropped_but_not_on_few() {
        let tag = |name: &str| super::super::entities::Tag {
            name: name.to_string(),
            kind: None,
        };
        let names = |a: &Article| a.tags.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
        let mut articles: Vec<Option<Article>> = (0..6)
            .map(|i| {
                let mut a = article::extract(&story(i, ""), &BTreeMap::new(), "id").unwrap();
                a.tags = vec![tag("Indonesia"), tag(&format!("Kota{i}"))];
                if i < 2 {
                    a.tags.push(tag("Jawa Barat"));
                }
                Some(a)
            })
            .collect();
        drop_common_tags(&mut articles, &[0, 1, 2, 3, 4, 5]);
        for (i, a) in articles.iter().flatten().enumerate() {
            assert!(!names(a).contains(&"Indonesia".to_string()));
            assert!(names(a).contains(&format!("Kota{i}")));
        }
        assert!(names(articles[0].as_ref().unwrap()).contains(&"Jawa Barat".to_string()));
    }
}
