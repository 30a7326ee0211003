//! Articles a build leaves out for now: drafts, and articles dated after the build's clock.
//! Saying how many keeps a scheduled story from looking lost.

use std::fmt;

use jiff::Timestamp;

use crate::content::Page;
use crate::dates::PubDate;

/// What a build without `--drafts` held back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeldBack {
    /// Articles with `draft: true` (whatever their date: they wait for the author, not a day).
    pub drafts: usize,
    /// Articles that are not drafts but are dated after the build's clock.
    pub future: usize,
    /// The earliest date among the future articles: when the next one appears.
    pub next: Option<PubDate>,
}

impl HeldBack {
    /// Counts what a build at `now` leaves out of `pages`; nothing when `drafts` includes it all.
    pub fn count(pages: &[Page], drafts: bool, now: Timestamp) -> HeldBack {
        let mut held = HeldBack::default();
        if drafts {
            return held;
        }
        for page in pages {
            let date = page.meta.date;
            if page.meta.draft {
                held.drafts += 1;
            } else if date.is_after(now) {
                held.future += 1;
                if held
                    .next
                    .is_none_or(|next| date.timestamp() < next.timestamp())
                {
                    held.next = Some(date);
                }
            }
        }
        held
    }

    /// Every article held back.
    pub fn total(&self) -> usize {
        self.drafts + self.future
    }
}

/// `held back 3 articles (1 draft, 2 dated in the future; the next appears on 2026-03-01);
/// digest build --drafts includes them` — or nothing when none were held back.
impl fmt::Display for HeldBack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.total() == 0 {
            return Ok(());
        }
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        if self.drafts > 0 {
            parts.push(plural(self.drafts, "draft", "drafts"));
        }
        if self.future > 0 {
            parts.push(format!("{} dated in the future", self.future));
        }
        let next = self
            .next
            .map(|d| format!("; the next appears on {}", d.machine()))
            .unwrap_or_default();
        write!(
            f,
            "held back {} ({}{next}); --drafts includes them",
            plural(self.total(), "article", "articles"),
            parts.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages read by the real loader from a temporary site.
    fn pages(articles: &[(&str, &str)]) -> Vec<Page> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        for (name, front) in articles {
            std::fs::write(
                dir.path().join("content").join(format!("{name}.md")),
                format!("---\ntitle: {name}\n{front}\n---\nBody.\n"),
            )
            .unwrap();
        }
        crate::content::load(dir.path()).unwrap()
    }

    #[test]
    fn drafts_and_future_articles_are_counted_with_the_next_date() {
        let now: Timestamp = "2026-06-01T12:00:00Z".parse().unwrap();
        let pages = pages(&[
            ("out", "date: 2026-05-01"),
            ("today-later", "date: 2026-06-01T18:00:00+00:00"),
            ("next-week", "date: 2026-06-08"),
            ("draft", "date: 2026-05-02\ndraft: true"),
            ("future-draft", "date: 2026-07-01\ndraft: true"),
        ]);
        let held = HeldBack::count(&pages, false, now);
        assert_eq!((held.drafts, held.future), (2, 2));
        assert_eq!(
            held.to_string(),
            "held back 4 articles (2 drafts, 2 dated in the future; the next appears on 2026-06-01T18:00:00Z); --drafts includes them"
        );
        assert_eq!(HeldBack::count(&pages, true, now), HeldBack::default());
        let only = |slug: &str| -> Vec<Page> {
            pages.iter().filter(|p| p.slug == slug).cloned().collect()
        };
        assert_eq!(HeldBack::count(&only("out"), false, now).to_string(), "");
        let one = HeldBack::count(&only("next-week"), false, now).to_string();
        assert_eq!(
            one,
            "held back 1 article (1 dated in the future; the next appears on 2026-06-08); --drafts includes them"
        );
    }
}
