//! `digest publish` warns when `base_url` is not the address GitHub Pages will serve the site
//! at, judged from the repository's remote; it publishes all the same.

mod common;

use std::process::Command;

use common::TestSite;

/// A committed site in a fresh repository whose `origin` is `remote`, with git kept away from
/// the machine's own configuration.
struct Repo {
    site: TestSite,
    home: tempfile::TempDir,
}

impl Repo {
    fn new(site_toml: &str, remote: &str) -> Repo {
        let site = TestSite::new(site_toml);
        site.article("satu", "title: Satu\ndate: 2026-01-15", "Isi.");
        site.write(".gitignore", "/public/\n");
        let repo = Repo {
            site,
            home: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", "site"]);
        repo.git(&["remote", "add", "origin", remote]);
        repo
    }

    fn env(&self, cmd: &mut Command) {
        common::isolate_git(cmd, self.home.path(), self.site.root());
        common::git_identity(cmd);
    }

    fn git(&self, args: &[&str]) {
        let mut cmd = Command::new("git");
        cmd.current_dir(self.site.root()).args(args);
        self.env(&mut cmd);
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    }

    /// Runs `digest publish`; returns its stderr after checking it succeeded and committed.
    fn publish(&self, args: &[&str]) -> String {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_digest"));
        cmd.arg("publish")
            .arg("--root")
            .arg(self.site.root())
            .args(args);
        self.env(&mut cmd);
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("to `gh-pages`"));
        String::from_utf8(out.stderr).unwrap()
    }
}

fn site_toml(base_url: &str) -> String {
    format!("title = \"Kabar\"\nbase_url = \"{base_url}\"\n")
}

#[test]
fn a_base_url_without_a_host_is_warned_about_with_the_pages_address() {
    let repo = Repo::new(&site_toml("/"), "git@github.com:Owner/news.git");
    let said = repo.publish(&[]);
    assert!(
        said.starts_with("warning: base_url is `/`, with no host"),
        "{said}"
    );
    assert!(
        said.contains("set base_url = \"https://owner.github.io/news/\""),
        "{said}"
    );
    // --base-url with the right address silences it.
    let said = repo.publish(&["--base-url", "https://owner.github.io/news/"]);
    assert!(!said.contains("warning"), "{said}");
}

#[test]
fn a_github_io_base_url_for_another_repository_is_warned_about() {
    let repo = Repo::new(
        &site_toml("https://owner.github.io/digest/"),
        "https://github.com/Owner/news.git",
    );
    let said = repo.publish(&[]);
    assert!(
        said.contains(
            "warning: base_url `https://owner.github.io/digest/` is not where GitHub Pages will serve this repository (remote `origin`): https://owner.github.io/news/"
        ),
        "{said}"
    );
}

#[test]
fn the_right_address_a_user_site_and_a_custom_domain_get_no_warning() {
    for (base_url, remote) in [
        (
            "https://owner.github.io/news/",
            "https://github.com/Owner/news",
        ),
        (
            "https://owner.github.io/",
            "git@github.com:Owner/owner.github.io.git",
        ),
        ("https://news.example.org/", "git@github.com:Owner/news.git"),
        (
            "https://owner.github.io/news/",
            "https://gitlab.com/owner/other.git",
        ),
    ] {
        let repo = Repo::new(&site_toml(base_url), remote);
        let said = repo.publish(&[]);
        assert!(!said.contains("warning"), "{base_url} / {remote}: {said}");
    }
    // A user site published under a path is warned about.
    let repo = Repo::new(
        &site_toml("https://owner.github.io/news/"),
        "git@github.com:Owner/owner.github.io.git",
    );
    assert!(repo.publish(&[]).contains("https://owner.github.io/."));
}
