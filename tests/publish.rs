//! `digest publish` against real git repositories: the built site lands on gh-pages while the
//! checkout (working tree, index, HEAD) stays exactly as it was. Also the Pages workflows.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{TestSite, digest};
use predicates::prelude::*;

const CUSTOM_DOMAIN: &str =
    "title = \"Test\"\nlanguage = \"en\"\nbase_url = \"https://news.example.org/digest/\"\n";
const GITHUB_IO: &str =
    "title = \"Test\"\nlanguage = \"en\"\nbase_url = \"https://someone.github.io/digest/\"\n";

/// A site inside a git repository with one commit on main, and a machine whose git knows
/// nothing about the person running the tests (an empty HOME, no system config).
struct Repo {
    site: TestSite,
    home: tempfile::TempDir,
}

/// Environment that keeps git away from the machine's own configuration.
fn isolate(cmd: &mut std::process::Command, home: &Path, root: &Path) {
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        // Never discover a repository above the temporary folders.
        .env(
            "GIT_CEILING_DIRECTORIES",
            root.parent().unwrap_or(Path::new("/")),
        )
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("EMAIL");
}

/// Sets a git identity through the environment.
fn identity(cmd: &mut std::process::Command) {
    cmd.env("GIT_AUTHOR_NAME", "Test Author")
        .env("GIT_AUTHOR_EMAIL", "author@example.org")
        .env("GIT_COMMITTER_NAME", "Test Author")
        .env("GIT_COMMITTER_EMAIL", "author@example.org");
}

impl Repo {
    fn new(site_toml: &str) -> Repo {
        let site = TestSite::new(site_toml);
        site.article(
            "first",
            "title: First story\ndate: 2026-01-01\ntags: [Alpha]",
            "The first story.",
        );
        site.write(".gitignore", "/public/\n");
        let repo = Repo {
            site,
            home: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", "Seed the site"]);
        repo
    }

    fn root(&self) -> &Path {
        self.site.root()
    }

    /// Runs git in the site with the test identity; returns trimmed stdout.
    fn git(&self, args: &[&str]) -> String {
        git_in(self.root(), self.home.path(), args)
    }

    /// `digest publish --root ROOT ARGS` with the test identity.
    fn publish(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
        cmd.arg("publish").arg("--root").arg(self.root()).args(args);
        isolate(&mut cmd, self.home.path(), self.root());
        identity(&mut cmd);
        assert_cmd::Command::from_std(cmd).assert()
    }

    /// The commit gh-pages points at.
    fn tip(&self) -> String {
        self.git(&["rev-parse", "refs/heads/gh-pages"])
    }

    /// Files on gh-pages.
    fn published(&self) -> Vec<String> {
        self.git(&["ls-tree", "-r", "--name-only", "gh-pages"])
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Everything a user could see of the checkout: files outside .git, the index file, HEAD,
    /// the current branch and `git status`.
    fn checkout_state(&self) -> (BTreeMap<PathBuf, Vec<u8>>, Vec<u8>, String, String, String) {
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(self.root()) {
            let entry = entry.unwrap();
            let rel = entry.path().strip_prefix(self.root()).unwrap();
            if entry.file_type().is_file() && !rel.starts_with(".git") {
                files.insert(rel.to_path_buf(), std::fs::read(entry.path()).unwrap());
            }
        }
        (
            files,
            std::fs::read(self.root().join(".git/index")).unwrap(),
            self.git(&["rev-parse", "HEAD"]),
            self.git(&["symbolic-ref", "HEAD"]),
            // Without optional locks, so looking does not refresh the index it is comparing.
            self.git(&["--no-optional-locks", "status", "--porcelain"]),
        )
    }
}

fn git_in(dir: &Path, home: &Path, args: &[&str]) -> String {
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir).args(args);
    isolate(&mut cmd, home, dir);
    identity(&mut cmd);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn publish_commits_the_site_to_gh_pages_and_leaves_the_checkout_alone() {
    let repo = Repo::new(CUSTOM_DOMAIN);
    // A dirty checkout: one modified tracked file, one staged file, one untracked file.
    repo.site.article(
        "first",
        "title: First story, edited\ndate: 2026-01-01\ntags: [Alpha]",
        "Edited but not committed.",
    );
    repo.site.write("notes.txt", "staged");
    repo.git(&["add", "notes.txt"]);
    repo.site.write("scratch.txt", "untracked");
    let before = repo.checkout_state();

    repo.publish(&[])
        .success()
        .stdout(predicate::str::contains("gh-pages"));

    assert_eq!(repo.checkout_state(), before, "the checkout changed");
    assert!(!repo.root().join("public").exists(), "public/ was written");
    let files = repo.published();
    for expected in [
        "index.html",
        ".nojekyll",
        "CNAME",
        "articles/first/index.html",
    ] {
        assert!(
            files.iter().any(|f| f == expected),
            "{expected} missing: {files:?}"
        );
    }
    assert_eq!(
        repo.git(&["show", "gh-pages:CNAME"]),
        "news.example.org",
        "CNAME holds the host only"
    );
    // The working tree's state is what gets published, uncommitted edits included.
    assert!(
        repo.git(&["show", "gh-pages:articles/first/index.html"])
            .contains("First story, edited")
    );
    assert_eq!(repo.git(&["rev-list", "--count", "gh-pages"]), "1");
    assert_eq!(
        repo.git(&["log", "-1", "--format=%an <%ae>", "gh-pages"]),
        "Test Author <author@example.org>"
    );
}

#[test]
fn github_io_base_url_gets_no_cname() {
    let repo = Repo::new(GITHUB_IO);
    repo.publish(&[]).success();
    let files = repo.published();
    assert!(files.iter().any(|f| f == ".nojekyll"), "{files:?}");
    assert!(!files.iter().any(|f| f == "CNAME"), "{files:?}");
    assert!(
        repo.git(&["show", "gh-pages:index.html"])
            .contains("/digest/articles/first/")
    );
}

#[test]
fn base_url_flag_with_a_custom_domain_and_path_gets_cname_with_the_host() {
    let repo = Repo::new(GITHUB_IO);
    repo.publish(&["--base-url", "https://Digest.Example.com/berita/"])
        .success();
    assert_eq!(repo.git(&["show", "gh-pages:CNAME"]), "digest.example.com");
}

#[test]
fn republishing_an_unchanged_site_makes_no_commit_and_a_change_makes_one() {
    let repo = Repo::new(GITHUB_IO);
    repo.publish(&[]).success();
    let first = repo.tip();

    repo.publish(&[])
        .success()
        .stdout(predicate::str::contains("Nothing changed"))
        .stdout(predicate::str::contains("no new commit"));
    assert_eq!(repo.tip(), first);

    repo.site.article(
        "second",
        "title: Second story\ndate: 2026-01-02\ntags: [Beta]",
        "News.",
    );
    repo.publish(&[])
        .success()
        .stdout(predicate::str::contains("Committed"));
    let second = repo.tip();
    assert_ne!(second, first);
    assert_eq!(repo.git(&["rev-parse", "gh-pages^"]), first);
    assert_eq!(repo.git(&["rev-list", "--count", "gh-pages"]), "2");
    assert!(
        repo.published()
            .iter()
            .any(|f| f == "articles/second/index.html")
    );
}

#[test]
fn push_puts_the_branch_on_the_remote() {
    let repo = Repo::new(GITHUB_IO);
    let origin = tempfile::tempdir().unwrap();
    git_in(origin.path(), repo.home.path(), &["init", "-q", "--bare"]);
    repo.git(&["remote", "add", "origin", origin.path().to_str().unwrap()]);

    repo.publish(&["--push"])
        .success()
        .stdout(predicate::str::contains("Pushed"));
    let remote_tip = git_in(
        origin.path(),
        repo.home.path(),
        &["rev-parse", "refs/heads/gh-pages"],
    );
    assert_eq!(remote_tip, repo.tip());
}

#[test]
fn a_fresh_clone_builds_on_the_remote_branch_so_the_push_fast_forwards() {
    let repo = Repo::new(GITHUB_IO);
    let origin = tempfile::tempdir().unwrap();
    git_in(origin.path(), repo.home.path(), &["init", "-q", "--bare"]);
    repo.git(&["remote", "add", "origin", origin.path().to_str().unwrap()]);
    repo.git(&["push", "-q", "origin", "main"]);
    repo.publish(&["--push"]).success();
    let published = repo.tip();

    let clones = tempfile::tempdir().unwrap();
    git_in(
        clones.path(),
        repo.home.path(),
        &[
            "clone",
            "-q",
            "-b",
            "main",
            origin.path().to_str().unwrap(),
            "clone",
        ],
    );
    let clone = clones.path().join("clone");
    std::fs::write(
        clone.join("content/second.md"),
        "---\ntitle: Second\ndate: 2026-01-02\n---\nMore.\n",
    )
    .unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
    cmd.arg("publish").arg("--root").arg(&clone).arg("--push");
    isolate(&mut cmd, repo.home.path(), &clone);
    identity(&mut cmd);
    assert_cmd::Command::from_std(cmd).assert().success();
    let tip = git_in(&clone, repo.home.path(), &["rev-parse", "gh-pages"]);
    assert_eq!(
        git_in(&clone, repo.home.path(), &["rev-parse", "gh-pages^"]),
        published
    );
    assert_eq!(
        git_in(origin.path(), repo.home.path(), &["rev-parse", "gh-pages"]),
        tip
    );
}

#[test]
fn push_to_a_missing_remote_fails_naming_it() {
    let repo = Repo::new(GITHUB_IO);
    repo.publish(&["--push", "--remote", "nowhere"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("`nowhere`"))
        .stderr(predicate::str::contains("git remote add nowhere"));
    // Checked before anything is committed.
    assert_eq!(
        repo.git(&["branch", "--list", "gh-pages"]),
        "",
        "gh-pages was created"
    );
}

#[test]
fn a_failing_push_says_so_and_keeps_the_local_commit() {
    let repo = Repo::new(GITHUB_IO);
    let gone = repo.home.path().join("no-such-repository.git");
    repo.git(&["remote", "add", "origin", gone.to_str().unwrap()]);
    repo.publish(&["--push"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains(
            "pushing `gh-pages` to `origin` failed",
        ))
        .stderr(predicate::str::contains("git push origin gh-pages"));
    assert_eq!(repo.git(&["rev-list", "--count", "gh-pages"]), "1");
}

#[test]
fn outside_a_git_repository_fails_clearly() {
    let site = TestSite::new(GITHUB_IO);
    site.article("first", "title: First\ndate: 2026-01-01", "Text.");
    let home = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
    cmd.arg("publish").arg("--root").arg(site.root());
    isolate(&mut cmd, home.path(), site.root());
    identity(&mut cmd);
    let assert = assert_cmd::Command::from_std(cmd)
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("is not inside a git repository"))
        .stderr(predicate::str::contains("git init"));
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn missing_git_fails_clearly() {
    let repo = Repo::new(GITHUB_IO);
    let empty = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
    cmd.arg("publish")
        .arg("--root")
        .arg(repo.root())
        .env("PATH", empty.path());
    assert_cmd::Command::from_std(cmd)
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("git is not installed"));
}

#[test]
fn the_checked_out_branch_is_refused() {
    let repo = Repo::new(GITHUB_IO);
    let head = repo.git(&["rev-parse", "HEAD"]);
    repo.publish(&["--branch", "main"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("`main` is checked out"));
    assert_eq!(repo.git(&["rev-parse", "HEAD"]), head);
}

#[test]
fn without_a_git_identity_the_commit_falls_back_to_digest() {
    let repo = Repo::new(GITHUB_IO);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
    cmd.arg("publish").arg("--root").arg(repo.root());
    isolate(&mut cmd, repo.home.path(), repo.root());
    cmd.env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        // Hosts with a full domain name would let git invent root@host; forbid guessing so this
        // machine behaves like one without any identity.
        .env("GIT_CONFIG_COUNT", "1")
        .env("GIT_CONFIG_KEY_0", "user.useConfigOnly")
        .env("GIT_CONFIG_VALUE_0", "true");
    assert_cmd::Command::from_std(cmd)
        .assert()
        .success()
        .stdout(predicate::str::contains("digest <digest@localhost>"));
    assert_eq!(
        repo.git(&["log", "-1", "--format=%an <%ae> / %cn <%ce>", "gh-pages"]),
        "digest <digest@localhost> / digest <digest@localhost>"
    );
    // Only that commit: the repository's configuration is untouched.
    let config = std::fs::read_to_string(repo.root().join(".git/config")).unwrap();
    assert!(!config.contains("digest@localhost"), "{config}");
}

/// Parses a workflow and checks the parts GitHub Pages deployment needs.
fn check_pages_workflow(text: &str) -> serde_yaml::Value {
    let workflow: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    let permissions = &workflow["permissions"];
    assert_eq!(permissions["pages"].as_str(), Some("write"));
    assert_eq!(permissions["id-token"].as_str(), Some("write"));
    assert_eq!(permissions["contents"].as_str(), Some("read"));
    assert!(workflow["concurrency"]["group"].as_str().is_some());
    assert_eq!(
        workflow["on"]["push"]["branches"][0].as_str(),
        Some("main"),
        "runs on push to main"
    );
    let uses = |job: &str| -> Vec<String> {
        workflow["jobs"][job]["steps"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(|s| s["uses"].as_str().map(str::to_string))
            .collect()
    };
    let build = uses("build");
    for action in [
        "actions/checkout@",
        "actions/configure-pages@",
        "dtolnay/rust-toolchain@stable",
        "actions/upload-pages-artifact@",
    ] {
        assert!(build.iter().any(|u| u.starts_with(action)), "{build:?}");
    }
    assert!(
        uses("deploy")
            .iter()
            .any(|u| u.starts_with("actions/deploy-pages@")),
        "no deploy step"
    );
    assert_eq!(
        workflow["jobs"]["deploy"]["environment"]["name"].as_str(),
        Some("github-pages")
    );
    let runs: String = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        runs.contains("build --base-url \"${{ steps.pages.outputs.base_url }}/\""),
        "{runs}"
    );
    let upload = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact@"))
        })
        .unwrap();
    assert_eq!(upload["with"]["path"].as_str(), Some("public"));
    workflow
}

#[test]
fn new_with_github_pages_writes_a_valid_deploy_workflow() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("site");
    digest()
        .arg("new")
        .arg(&dir)
        .arg("--github-pages")
        .assert()
        .success()
        .stdout(predicate::str::contains(".github/workflows/pages.yml"));
    let text = std::fs::read_to_string(dir.join(".github/workflows/pages.yml")).unwrap();
    let workflow = check_pages_workflow(&text);
    let install = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("cargo install"))
        .unwrap()
        .to_string();
    assert!(install.contains("--git \"$DIGEST_REPO\""), "{install}");
    assert!(workflow["env"]["DIGEST_REPO"].as_str().is_some());

    // Without the flag, no workflow.
    let plain = parent.path().join("plain");
    digest().arg("new").arg(&plain).assert().success();
    assert!(!plain.join(".github").exists());
}

#[test]
fn this_repository_has_a_valid_deploy_workflow() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/pages.yml");
    let workflow = check_pages_workflow(&std::fs::read_to_string(path).unwrap());
    let runs: Vec<&str> = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(runs.contains(&"cargo build --release"), "{runs:?}");
}

#[test]
fn publish_help_is_complete() {
    digest()
        .args(["publish", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--branch"))
        .stdout(predicate::str::contains("--remote"))
        .stdout(predicate::str::contains("--push"))
        .stdout(predicate::str::contains("--base-url"))
        .stdout(predicate::str::contains("--root"));
}
