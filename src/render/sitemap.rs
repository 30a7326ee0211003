//! `sitemap.xml` from the render plan: every first page of a listing and every article, so a
//! new page kind is listed as soon as the plan has its jobs.

use std::fmt::Write;

use crate::content::Page;
use crate::escape::escape as xml_escape;
use crate::site::Site;

use super::plan::{Job, Plan, archive_month_path};
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
        Job::ArchiveMonth(y, m) => {
            let year = &site.archive[y];
            Some(archive_month_path(year.year, year.months[m].month))
        }
        _ => None,
    }
}

/// The articles whose dates make `job`'s `lastmod`: its own, or all for the site-wide pages.
fn dated_by(site: &Site, job: Job) -> Vec<usize> {
    match job {
        Job::Article(i) => vec![i],
        Job::Tag(t, _) => site.taxonomy.tags[t].pages.clone(),
        Job::ArchiveMonth(y, m) => site.archive[y].months[m].pages.clone(),
        _ => (0..site.pages.len()).collect(),
    }
}

fn newest(site: &Site, pages: &[usize]) -> Option<String> {
    pages
        .iter()
        .map(|&i| updated(&site.pages[i]))
        .max_by_key(|d| d.timestamp())
        .map(|d| d.machine())
}

fn updated(page: &Page) -> crate::dates::PubDate {
    page.meta.updated.unwrap_or(page.meta.date)
}

/// `sitemap.xml` with `lastmod`; the front page first, then the plan's order.
///
/// Sitemaps need absolute URLs, so the plan has this job only when `base_url` has a host.
pub fn sitemap(site: &Site, plan: &Plan) -> Vec<u8> {
    let config = &site.config;
    let mut x = String::with_capacity(256 + site.pages.len() * 160);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut jobs: Vec<Job> = plan.jobs().to_vec();
    // Front page first, then articles, listings, archive: the order readers of the file expect.
    jobs.sort_by_key(|j| match j {
        Job::Front(_) => 0,
        Job::Article(_) => 1,
        Job::TagsIndex => 2,
        Job::Tag(..) => 3,
        Job::ArchiveIndex => 4,
        _ => 5,
    });
    for job in jobs {
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
