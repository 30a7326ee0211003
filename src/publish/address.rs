//! Whether `base_url` is the address GitHub Pages will serve the site at, judged from the git
//! remote: a site built for another address has links that lead out of it.

/// The GitHub Pages address of a github.com remote URL (`https://owner.github.io/repo/`, or
/// `https://owner.github.io/` for an `owner.github.io` repository), if it is one.
pub fn pages_address(remote_url: &str) -> Option<String> {
    let (owner, repo) = github_repo(remote_url)?;
    let owner = owner.to_ascii_lowercase();
    if repo.eq_ignore_ascii_case(&format!("{owner}.github.io")) {
        Some(format!("https://{owner}.github.io/"))
    } else {
        Some(format!("https://{owner}.github.io/{repo}/"))
    }
}

/// OWNER and REPO of `https://github.com/OWNER/REPO(.git)`, `git@github.com:OWNER/REPO(.git)`
/// or `ssh://git@github.com/OWNER/REPO(.git)`.
fn github_repo(url: &str) -> Option<(&str, &str)> {
    let url = url.trim();
    let path = match url.split_once("://") {
        Some((_, rest)) => {
            let (authority, path) = rest.split_once('/')?;
            let host_port = authority.rsplit('@').next()?;
            let host = host_port.split(':').next()?;
            let github = host.eq_ignore_ascii_case("github.com")
                || host.eq_ignore_ascii_case("www.github.com");
            github.then_some(path)?
        }
        None => {
            let (user_host, path) = url.split_once(':')?;
            let host = user_host.rsplit('@').next()?;
            host.eq_ignore_ascii_case("github.com").then_some(path)?
        }
    };
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    match path.split('/').collect::<Vec<_>>()[..] {
        [owner, repo] if !owner.is_empty() && !repo.is_empty() => Some((owner, repo)),
        _ => None,
    }
}

/// What is wrong with publishing a site built for `base_url` from a repository whose remote
/// `remote` has `remote_url`, if anything.
pub fn warning(base_url: &str, remote: &str, remote_url: Option<&str>) -> Option<String> {
    let expected = remote_url.and_then(pages_address);
    let Some((_, rest)) = base_url.split_once("://") else {
        let fix = match &expected {
            Some(address) => format!(
                "GitHub Pages will serve this repository at {address}: set base_url = \"{address}\" in site.toml, or pass --base-url {address}"
            ),
            None => "set base_url in site.toml to the address the site will have (https://OWNER.github.io/REPO/ for a GitHub Pages project site), or pass --base-url".to_string(),
        };
        return Some(format!(
            "base_url is `{base_url}`, with no host: a GitHub Pages project site lives under /REPO/, where links to `{base_url}` lead out of the site, and feeds, sitemap.xml and og:url are left out. {fix}"
        ));
    };
    let expected = expected?;
    let host = rest.split('/').next().unwrap_or("").to_ascii_lowercase();
    // A custom domain is the site's address by choice (publish writes CNAME for it).
    if !host.ends_with(".github.io") || same_address(base_url, &expected) {
        return None;
    }
    Some(format!(
        "base_url `{base_url}` is not where GitHub Pages will serve this repository (remote `{remote}`): {expected}. Links would lead there instead of to the published pages: set base_url = \"{expected}\" in site.toml, or pass --base-url {expected}"
    ))
}

/// GitHub Pages host names and repository paths are case-insensitive.
fn same_address(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_address_of_every_remote_form() {
        for url in [
            "https://github.com/Owner/news.git",
            "https://github.com/Owner/news",
            "https://token@github.com/Owner/news/",
            "git@github.com:Owner/news.git",
            "ssh://git@github.com/Owner/news.git",
            "ssh://git@github.com:22/Owner/news",
        ] {
            assert_eq!(
                pages_address(url).as_deref(),
                Some("https://owner.github.io/news/"),
                "{url}"
            );
        }
        assert_eq!(
            pages_address("git@github.com:Owner/Owner.github.io.git").as_deref(),
            Some("https://owner.github.io/")
        );
        for other in [
            "https://gitlab.com/owner/news.git",
            "/srv/git/news.git",
            "https://github.com/owner",
            "https://github.com/owner/news/tree/main",
            "git@example.org:owner/news.git",
        ] {
            assert_eq!(pages_address(other), None, "{other}");
        }
    }

    #[test]
    fn warns_for_no_host_and_for_another_github_io_address_only() {
        let remote = Some("git@github.com:Owner/news.git");
        assert!(warning("https://owner.github.io/news/", "origin", remote).is_none());
        assert!(warning("https://OWNER.github.io/News/", "origin", remote).is_none());
        assert!(warning("https://news.example.org/", "origin", remote).is_none());
        assert!(warning("https://owner.github.io/other/", "origin", None).is_none());
        let w = warning("/", "origin", remote).unwrap();
        assert!(
            w.contains("no host") && w.contains("https://owner.github.io/news/"),
            "{w}"
        );
        let w = warning("/", "origin", None).unwrap();
        assert!(w.contains("OWNER.github.io/REPO/"), "{w}");
        let w = warning("https://owner.github.io/digest/", "upstream", remote).unwrap();
        assert!(w.contains("remote `upstream`") && w.contains("https://owner.github.io/news/"));
    }
}
