//! Advice `digest build` prints after a good build: facts about where the site will live that
//! no error covers.

use crate::config::Config;

/// For a site under a path (a GitHub Pages project site, `https://owner.github.io/news/`):
/// crawlers read robots.txt only at the host's root, so the one digest writes is not read
/// there, and the sitemap has to be announced elsewhere.
pub fn robots_note(config: &Config) -> Option<String> {
    let base_path = config.base_path();
    if base_path == "/" {
        return None;
    }
    let root = match config.base_url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.split('/').next().unwrap_or(rest);
            format!("{scheme}://{host}/robots.txt")
        }
        None => "/robots.txt at the host's root".to_string(),
    };
    let sitemap = if config.has_host() {
        format!(
            " To announce the sitemap, add `Sitemap: {}` to {root} (for GitHub Pages, the OWNER.github.io repository's site) or submit it in the search engines' webmaster tools.",
            config.permalink("sitemap.xml")
        )
    } else {
        String::new()
    };
    Some(format!(
        "note: this site lives under {base_path}, but crawlers read robots.txt only at the host's root ({root}), so the robots.txt in {base_path} is not read.{sitemap}"
    ))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::config::Config;

    fn note(base_url: &str) -> Option<String> {
        let config = Config::parse(
            Path::new("site.toml"),
            &format!("title = 'x'\nbase_url = '{base_url}'\n"),
        )
        .unwrap();
        super::robots_note(&config)
    }

    #[test]
    fn only_a_site_under_a_path_gets_the_note() {
        assert_eq!(note("https://owner.github.io/"), None);
        assert_eq!(note("/"), None);
        let n = note("https://owner.github.io/news/").unwrap();
        assert!(n.contains("(https://owner.github.io/robots.txt)"), "{n}");
        assert!(
            n.contains("`Sitemap: https://owner.github.io/news/sitemap.xml`"),
            "{n}"
        );
        let n = note("/news/").unwrap();
        assert!(n.contains("under /news/") && !n.contains("Sitemap"), "{n}");
    }
}
