//! `sitemap.xml` from the render plan: every first page of a listing and every article, so a
//! new page kind is listed as soon as the plan has its jobs.

use std::fmt::Write;

use crate::content::Page;
use crate::escape::escape as xml_escape;
use crate::site::Site;

use super::plan::{Job, Plan, archive_month_path, edition_path};
use super::values::{article_path, tag_path};

/// The site path a search engine should know for `job`, or `None` for files that are not
/// pages or for the later pages of a listing.
fn listed_path(site: &Site, job: Job) -> Option<String> {
    match job {
        Job::Front(1) => Some(String::new()),
        Job::Article(i) => Some(article_path(&site.pages[i].slug)),
        Job::TagsIndex => Some("tags/".into()),
        Job::Tag(t, 1) => Some(tag_path(&site.taxonomy.tags[t].slug, 1)),
        Job::ArchiveIndex => Some("archive/".into()),
        Job::Term(l, t, 1) => Some(l.path(&l.terms(site).terms[t].slug)),
        Job::AuthorsIndex => Some(super::lists::AUTHORS_DIR.into()),
        Job::ArchiveMonth(y, m) => {
            let year = &site.archive[y];
            Some(archive_month_path(year.year, year.months[m].month))
        }
        Job::Edition(e) => Some(edition_path(site.editions[e].date)),
        _ => None,
    }
}

/// The articles whose dates make `job`'s `lastmod`: its own, or all for the site-wide pages.
fn dated_by(site: &Site, job: Job) -> Vec<usize> {
    match job {
        Job::Article(i) => vec![i],
        Job::Tag(t, _) => site.taxonomy.tags[t].pages.clone(),
        Job::Term(l, t, _) => l.terms(site).terms[t].pages.clone(),
        Job::ArchiveMonth(y, m) => site.archive[y].months[m].pages.clone(),
        Job::Edition(e) => site.editions[e].pages.clone(),
        _ => (0..site.pages.len()).collect(),
    }
}

fn newest(site: &Site, pages: &[usize]) -> Option<String> {
    newest_date(site, pages).map(|d| d.machine())
}

fn newest_date(site: &Site, pages: &[usize]) -> Option<crate::dates::PubDate> {
    pages
        .iter()
        .map(|&i| updated(&site.pages[i]))
        .max_by_key(|d| d.timestamp())
}

fn updated(page: &Page) -> crate::dates::PubDate {
    page.meta.updated.unwrap_or(page.meta.date)
}

/// The most URLs one sitemap file may hold (sitemaps.org): a bigger site gets a sitemap index.
pub const MAX_URLS: usize = 50_000;

/// Whether `job` is a page a search engine should know (see [`listed_path`]).
fn is_listed(job: Job) -> bool {
    matches!(
        job,
        Job::Front(1)
            | Job::Article(_)
            | Job::TagsIndex
            | Job::Tag(_, 1)
            | Job::ArchiveIndex
            | Job::ArchiveMonth(..)
            | Job::Edition(_)
            | Job::Term(_, _, 1)
            | Job::AuthorsIndex
    )
}

/// How many numbered sitemap files (`sitemap-1.xml`, …) `jobs` need beside `sitemap.xml`:
/// none while one file holds every URL, else `sitemap.xml` is an index of that many.
pub fn parts(jobs: &[Job], limit: usize) -> usize {
    let urls = jobs.iter().filter(|j| is_listed(**j)).count();
    if urls <= limit {
        0
    } else {
        urls.div_ceil(limit.max(1))
    }
}

/// The file of sitemap part `part`: 0 is `sitemap.xml`, n ≥ 1 is `sitemap-n.xml`.
pub fn part_path(part: usize) -> String {
    if part == 0 {
        "sitemap.xml".into()
    } else {
        format!("sitemap-{part}.xml")
    }
}

/// The listed jobs in sitemap order: front page first, then articles, listings, archive.
fn listed_jobs(plan: &Plan) -> Vec<Job> {
    let mut jobs: Vec<Job> = plan
        .jobs()
        .iter()
        .copied()
        .filter(|j| is_listed(*j))
        .collect();
    jobs.sort_by_key(|j| match j {
        Job::Front(_) => 0,
        Job::Article(_) => 1,
        Job::TagsIndex => 2,
        Job::Tag(..) | Job::AuthorsIndex | Job::Term(..) => 3,
        Job::ArchiveIndex => 4,
        _ => 5,
    });
    jobs
}

/// Sitemap file `part` (see [`part_path`]): with no numbered parts, `sitemap.xml` lists every
/// page; with some, it is an index of them and each part lists up to [`MAX_URLS`] pages.
///
/// Sitemaps need absolute URLs, so the plan has these jobs only when `base_url` has a host.
pub fn sitemap(site: &Site, plan: &Plan, part: usize) -> Vec<u8> {
    sitemap_with_limit(site, plan, part, MAX_URLS)
}

fn sitemap_with_limit(site: &Site, plan: &Plan, part: usize, limit: usize) -> Vec<u8> {
    let jobs = listed_jobs(plan);
    let count = parts(&jobs, limit);
    if count == 0 {
        return urlset(site, &jobs);
    }
    let chunks: Vec<&[Job]> = jobs.chunks(limit.max(1)).collect();
    if part == 0 {
        return index(site, &chunks);
    }
    chunks
        .get(part - 1)
        .map(|chunk| urlset(site, chunk))
        .unwrap_or_default()
}

fn index(site: &Site, chunks: &[&[Job]]) -> Vec<u8> {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (i, chunk) in chunks.iter().enumerate() {
        let _ = write!(
            x,
            "<sitemap><loc>{}</loc>",
            xml_escape(&site.config.permalink(&part_path(i + 1)))
        );
        let newest_in_chunk = chunk
            .iter()
            .filter_map(|&job| newest_date(site, &dated_by(site, job)))
            .max_by_key(|d| d.timestamp());
        if let Some(lastmod) = newest_in_chunk {
            let _ = write!(x, "<lastmod>{}</lastmod>", lastmod.machine());
        }
        x.push_str("</sitemap>\n");
    }
    x.push_str("</sitemapindex>\n");
    x.into_bytes()
}

fn urlset(site: &Site, jobs: &[Job]) -> Vec<u8> {
    let config = &site.config;
    let mut x = String::with_capacity(256 + jobs.len() * 160);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for &job in jobs {
        let Some(path) = listed_path(site, job) else {
            continue;
        };
        let _ = write!(
            x,
            "<url><loc>{}</loc>",
            xml_escape(&config.permalink(&path))
        );
        if let Some(lastmod) = newest(site, &dated_by(site, job)) {
            let _ = write!(x, "<lastmod>{lastmod}</lastmod>");
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real site of five articles with a host, loaded the way `digest build` loads it.
    fn five_articles() -> (tempfile::TempDir, crate::build::Project, Site) {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::write(
            root.join("site.toml"),
            "title = \"T\"\nbase_url = \"https://news.example/\"\n",
        )
        .expect("site.toml");
        std::fs::create_dir(root.join("content")).expect("content");
        for day in 1..=5 {
            std::fs::write(
                root.join(format!("content/a{day}.md")),
                format!("---\ntitle: A{day}\ndate: 2025-03-0{day}\n---\nBody.\n"),
            )
            .expect("article");
        }
        let project = crate::build::Project::load(root, None).expect("project");
        let site = project.load_site(false).expect("site");
        (dir, project, site)
    }

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).expect("utf-8")
    }

    #[test]
    fn a_site_too_big_for_one_file_gets_an_index_of_parts_that_list_every_page_once() {
        let (_dir, project, site) = five_articles();
        let plan = Plan::new(&site, &project.theme);
        let whole = text(sitemap_with_limit(&site, &plan, 0, MAX_URLS));
        let urls = whole.matches("<url>").count();
        // Front page, five articles, tags index, archive index, one month, five days.
        assert_eq!(urls, 14, "{whole}");

        let limit = 4;
        let jobs = listed_jobs(&plan);
        assert_eq!(parts(&jobs, limit), 4);
        let index = text(sitemap_with_limit(&site, &plan, 0, limit));
        assert!(index.contains("<sitemapindex"), "{index}");
        for n in 1..=4 {
            assert!(
                index.contains(&format!(
                    "<sitemap><loc>https://news.example/sitemap-{n}.xml</loc><lastmod>"
                )),
                "{index}"
            );
        }
        let mut listed = Vec::new();
        for n in 1..=4 {
            let part = text(sitemap_with_limit(&site, &plan, n, limit));
            assert!(part.matches("<url>").count() <= limit, "{part}");
            listed.extend(
                part.lines()
                    .filter(|l| l.starts_with("<url>"))
                    .map(str::to_string),
            );
        }
        let whole_lines: Vec<String> = whole
            .lines()
            .filter(|l| l.starts_with("<url>"))
            .map(str::to_string)
            .collect();
        assert_eq!(listed, whole_lines);
    }

    #[test]
    fn a_site_that_fits_has_one_sitemap_and_no_parts() {
        let (_dir, project, site) = five_articles();
        let plan = Plan::new(&site, &project.theme);
        assert!(plan.jobs().contains(&Job::Sitemap(0)));
        assert!(!plan.jobs().contains(&Job::Sitemap(1)));
    }
}
