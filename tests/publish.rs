//! `digest publish` against real git repositories: the built site lands on gh-pages while the
//! checkout (working tree, index, HEAD) stays exactly as it was. Also the Pages workflows.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{TestSite, digest, git_identity, isolate_git, new_pages_workflow};
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
        isolate_git(&mut cmd, self.home.path(), self.root());
        git_identity(&mut cmd);
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
}

fn git_in(dir: &Path, home: &Path, args: &[&str]) -> String {
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir).args(args);
    isolate_git(&mut cmd, home, dir);
    git_identity(&mut cmd);
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
    let before = repo.state();

    repo.publish(&[])
        .success()
        .stdout(predicate::str::contains("gh-pages"));

    let after = repo.state();
    let checkout = |s: State| (s.files, s.index, s.head, s.head_ref, s.status);
    assert_eq!(checkout(after), checkout(before), "the checkout changed");
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
    // The output folder's ownership marker is not part of the site.
    assert!(!files.iter().any(|f| f == ".digest-output"), "{files:?}");
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
    isolate_git(&mut cmd, repo.home.path(), &clone);
    git_identity(&mut cmd);
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
    isolate_git(&mut cmd, home.path(), site.root());
    git_identity(&mut cmd);
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
    isolate_git(&mut cmd, repo.home.path(), repo.root());
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

/// Parses a workflow and checks the parts GitHub Pages deployment needs, and that it passes
/// the audit zizmor makes (pinned actions, least privilege, no persisted credentials, no
/// expressions spliced into scripts).
fn check_pages_workflow(text: &str) -> serde_yaml::Value {
    let workflow: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    assert!(workflow["concurrency"]["group"].as_str().is_some());
    assert_eq!(
        workflow["on"]["push"]["branches"][0].as_str(),
        Some("main"),
        "runs on push to main"
    );
    check_permissions(&workflow);
    check_pinned_actions(text);
    check_no_expressions_in_scripts(&workflow);
    check_checkouts_drop_credentials(&workflow);

    let build = steps(&workflow, "build");
    for action in [
        "actions/checkout@",
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
    ] {
        assert!(
            build.iter().any(|s| uses(s).starts_with(action)),
            "{action}"
        );
    }
    assert!(
        steps(&workflow, "deploy")
            .iter()
            .any(|s| uses(s).starts_with("actions/deploy-pages@")),
        "no deploy step"
    );
    assert_eq!(
        workflow["jobs"]["deploy"]["environment"]["name"].as_str(),
        Some("github-pages")
    );
    // The address GitHub gives the site reaches `digest build` through the environment.
    let site = build
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains("build --base-url"))
        })
        .expect("a step runs digest build");
    assert!(
        site["run"]
            .as_str()
            .unwrap()
            .contains("build --base-url \"$BASE_URL/\""),
        "{site:?}"
    );
    assert_eq!(
        site["env"]["BASE_URL"].as_str(),
        Some("${{ steps.pages.outputs.base_url }}")
    );
    let upload = build
        .iter()
        .find(|s| uses(s).starts_with("actions/upload-pages-artifact@"))
        .unwrap();
    assert_eq!(upload["with"]["path"].as_str(), Some("public"));
    workflow
}

fn steps<'a>(workflow: &'a serde_yaml::Value, job: &str) -> &'a Vec<serde_yaml::Value> {
    workflow["jobs"][job]["steps"].as_sequence().unwrap()
}

fn uses(step: &serde_yaml::Value) -> &str {
    step["uses"].as_str().unwrap_or("")
}

fn jobs(workflow: &serde_yaml::Value) -> Vec<(String, &serde_yaml::Value)> {
    workflow["jobs"]
        .as_mapping()
        .unwrap()
        .iter()
        .map(|(name, job)| (name.as_str().unwrap().to_string(), job))
        .collect()
}

/// Nothing by default; only the deploy job may write to Pages or mint an OIDC token.
fn check_permissions(workflow: &serde_yaml::Value) {
    let top = &workflow["permissions"];
    let top_ok = top.as_mapping().is_some_and(|m| {
        m.iter()
            .all(|(k, v)| k.as_str() == Some("contents") && v.as_str() == Some("read"))
    });
    assert!(top_ok, "workflow-level permissions: {top:?}");
    for (name, job) in jobs(workflow) {
        let permissions = job["permissions"].as_mapping().unwrap_or_else(|| {
            panic!("job {name} must state its permissions rather than inherit them")
        });
        for (scope, access) in permissions {
            let (scope, access) = (scope.as_str().unwrap(), access.as_str().unwrap());
            if name == "deploy" {
                assert!(
                    matches!((scope, access), ("pages" | "id-token", "write")),
                    "deploy job: {scope}: {access}"
                );
            } else {
                assert_eq!(access, "read", "job {name}: {scope}: {access}");
            }
        }
    }
    let deploy = &workflow["jobs"]["deploy"]["permissions"];
    assert_eq!(deploy["pages"].as_str(), Some("write"));
    assert_eq!(deploy["id-token"].as_str(), Some("write"));
}

/// Every `uses:` names a full 40-hex commit and says which release that commit is.
fn check_pinned_actions(text: &str) {
    let mut count = 0;
    for line in text.lines() {
        let Some(rest) = line
            .trim_start()
            .trim_start_matches("- ")
            .strip_prefix("uses:")
        else {
            continue;
        };
        count += 1;
        let (reference, comment) = rest.split_once('#').unwrap_or((rest, ""));
        let (_, sha) = reference
            .trim()
            .split_once('@')
            .unwrap_or_else(|| panic!("no @ in {line}"));
        assert!(
            sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit()),
            "not pinned to a commit: {line}"
        );
        let version = comment.trim().strip_prefix('v').unwrap_or("");
        let parts: Vec<&str> = version.split('.').collect();
        assert!(
            parts.len() == 3 && parts.iter().all(|p| p.parse::<u32>().is_ok()),
            "no `# vX.Y.Z` comment: {line}"
        );
    }
    assert!(count >= 4, "only {count} uses: lines found");
}

fn check_no_expressions_in_scripts(workflow: &serde_yaml::Value) {
    for (name, job) in jobs(workflow) {
        for step in job["steps"].as_sequence().unwrap() {
            if let Some(script) = step["run"].as_str() {
                assert!(
                    !script.contains("${{"),
                    "job {name} splices into run: {script}"
                );
            }
        }
    }
}

fn check_checkouts_drop_credentials(workflow: &serde_yaml::Value) {
    let mut checkouts = 0;
    for (name, job) in jobs(workflow) {
        for step in job["steps"].as_sequence().unwrap() {
            if uses(step).starts_with("actions/checkout@") {
                checkouts += 1;
                assert_eq!(
                    step["with"]["persist-credentials"].as_bool(),
                    Some(false),
                    "job {name} keeps the token in .git/config"
                );
            }
        }
    }
    assert_eq!(checkouts, 1);
}

#[test]
fn new_with_github_pages_writes_a_valid_deploy_workflow() {
    let text = new_pages_workflow();
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
    let parent = tempfile::tempdir().unwrap();
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
    assert!(runs.contains(&"cargo build --release --locked"), "{runs:?}");
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

// ---- Never move a checked-out branch (issue 9, item 3) ----

/// Runs git in `dir`; returns (success, trimmed stdout), for commands that may fail.
fn git_try(dir: &Path, home: &Path, args: &[&str]) -> (bool, String) {
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir).args(args);
    isolate_git(&mut cmd, home, dir);
    git_identity(&mut cmd);
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap().trim().to_string(),
    )
}

/// `digest publish --root ROOT ARGS` with the test identity.
fn publish_at(root: &Path, home: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digest"));
    cmd.arg("publish").arg("--root").arg(root).args(args);
    isolate_git(&mut cmd, home, root);
    git_identity(&mut cmd);
    assert_cmd::Command::from_std(cmd).assert()
}

/// Everything publishing could disturb in one checkout: every ref (symbolic ones with their
/// target), HEAD, the branch HEAD names, the index file, `git status` and the files on disk.
#[derive(Debug, PartialEq)]
struct State {
    refs: String,
    head: String,
    head_ref: String,
    index: Option<Vec<u8>>,
    status: String,
    files: BTreeMap<PathBuf, Vec<u8>>,
}

fn state(dir: &Path, home: &Path) -> State {
    let git = |args: &[&str]| git_try(dir, home, args).1;
    let index = git(&["rev-parse", "--path-format=absolute", "--git-path", "index"]);
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(dir).unwrap();
        if entry.file_type().is_file() && !rel.starts_with(".git") {
            files.insert(rel.to_path_buf(), std::fs::read(entry.path()).unwrap());
        }
    }
    State {
        refs: git(&[
            "for-each-ref",
            "--format=%(refname) %(objectname) %(symref)",
        ]),
        head: git(&["rev-parse", "--verify", "-q", "HEAD"]),
        head_ref: git(&["symbolic-ref", "-q", "HEAD"]),
        index: std::fs::read(index).ok(),
        // Without optional locks, so looking does not refresh the index it is comparing.
        status: git(&["--no-optional-locks", "status", "--porcelain"]),
        files,
    }
}

impl Repo {
    fn state(&self) -> State {
        state(self.root(), self.home.path())
    }

    /// Publishes with `args`, expects exit code 1 with `message` on stderr, and nothing changed.
    fn refused(&self, args: &[&str], message: &str) -> String {
        let before = self.state();
        let assert = self.publish(args).failure().code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(self.state(), before, "{args:?} changed the checkout");
        stderr
    }
}

#[test]
fn a_symbolic_ref_to_the_checked_out_branch_is_refused() {
    // The report's reproduction: gh-pages is a link to main, which is checked out.
    let repo = Repo::new(GITHUB_IO);
    repo.site.write("notes.txt", "staged");
    repo.git(&["add", "notes.txt"]);
    repo.git(&["symbolic-ref", "refs/heads/gh-pages", "refs/heads/main"]);
    let main = repo.git(&["rev-parse", "main"]);
    let stderr = repo.refused(
        &[],
        "branch `gh-pages` (a symbolic ref to `refs/heads/main`)",
    );
    assert!(stderr.contains("is checked out in"), "{stderr}");
    assert_eq!(repo.git(&["rev-parse", "main"]), main);
}

#[test]
fn a_name_differing_only_in_case_from_the_checked_out_branch_is_refused() {
    // On macOS and Windows `Main` and `main` are one file under .git/refs/heads.
    let repo = Repo::new(GITHUB_IO);
    repo.refused(&["--branch", "Main"], "the same, but for letter case");
    repo.refused(
        &["--branch", "refs/heads/MAIN"],
        "the same, but for letter case",
    );
}

#[test]
fn a_chain_of_symbolic_refs_is_followed_to_its_end() {
    let repo = Repo::new(GITHUB_IO);
    repo.git(&["symbolic-ref", "refs/heads/middle", "refs/heads/main"]);
    repo.git(&["symbolic-ref", "refs/heads/gh-pages", "refs/heads/middle"]);
    repo.refused(&[], "(a symbolic ref to `refs/heads/main`) is checked out");
    repo.refused(&["--branch", "middle"], "is checked out");
}

#[test]
fn a_symbolic_ref_to_another_branch_is_not_written_through() {
    let repo = Repo::new(GITHUB_IO);
    repo.git(&["branch", "other"]);
    repo.git(&["symbolic-ref", "refs/heads/gh-pages", "refs/heads/other"]);
    let stderr = repo.refused(&[], "is a symbolic ref to `refs/heads/other`");
    assert!(
        stderr.contains("git symbolic-ref --delete refs/heads/gh-pages"),
        "{stderr}"
    );
    // A link to a branch that does not exist yet must not create it either.
    repo.git(&["symbolic-ref", "refs/heads/dangling", "refs/heads/nowhere"]);
    repo.refused(
        &["--branch", "dangling"],
        "is a symbolic ref to `refs/heads/nowhere`",
    );
}

#[test]
fn full_ref_names_mean_the_branch_and_never_nest() {
    let repo = Repo::new(GITHUB_IO);
    repo.refused(
        &["--branch", "refs/heads/main"],
        "branch `main` is checked out",
    );
    repo.refused(
        &["--branch", "refs/heads/refs/heads/main"],
        "a full name must be refs/heads/NAME",
    );
    for other in [
        "refs/tags/v1",
        "refs/remotes/origin/gh-pages",
        "refs/gh-pages",
    ] {
        repo.refused(&["--branch", other], "outside refs/heads/");
    }

    let main = repo.git(&["rev-parse", "main"]);
    repo.publish(&["--branch", "refs/heads/gh-pages"])
        .success()
        .stdout(predicate::str::contains("to `gh-pages`"))
        .stdout(predicate::str::contains("git push origin gh-pages"));
    assert!(repo.published().iter().any(|f| f == "index.html"));
    let refs = repo.git(&["for-each-ref", "--format=%(refname)"]);
    assert_eq!(refs, "refs/heads/gh-pages\nrefs/heads/main", "{refs}");
    assert_eq!(repo.git(&["rev-parse", "main"]), main);
}

#[test]
fn head_at_and_names_git_refuses_are_refused() {
    let repo = Repo::new(GITHUB_IO);
    for name in ["HEAD", "@", "refs/heads/HEAD", "refs/heads/@"] {
        repo.refused(&["--branch", name], "names whatever is checked out");
    }
    // `@{-1}` would expand to the previously checked-out branch; make sure there is one.
    repo.git(&["switch", "-q", "-c", "side"]);
    repo.git(&["switch", "-q", "main"]);
    for name in ["@{-1}", "a..b", "bad name", "x.lock", "-x", "", "/", "a/"] {
        repo.refused(
            &[&format!("--branch={name}")],
            "git does not accept it as a branch name",
        );
    }
}

#[test]
fn a_branch_checked_out_in_a_linked_worktree_is_refused() {
    let repo = Repo::new(GITHUB_IO);
    let place = tempfile::tempdir().unwrap();
    let linked = place.path().join("linked");
    repo.git(&[
        "worktree",
        "add",
        "-q",
        "-b",
        "gh-pages",
        linked.to_str().unwrap(),
    ]);
    let home = repo.home.path();
    let linked_before = state(&linked, home);
    let stderr = repo.refused(&[], "branch `gh-pages` is checked out in");
    assert!(stderr.contains("linked"), "names the worktree: {stderr}");
    assert_eq!(state(&linked, home), linked_before);

    // And through a symbolic ref, and from inside the linked worktree towards main.
    repo.git(&["symbolic-ref", "refs/heads/site", "refs/heads/gh-pages"]);
    repo.refused(&["--branch", "site"], "is checked out in");
    let main_before = repo.state();
    let linked_before = state(&linked, home);
    publish_at(&linked, home, &["--branch", "main"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("branch `main` is checked out in"));
    assert_eq!(repo.state(), main_before);
    assert_eq!(state(&linked, home), linked_before);
}

#[test]
fn an_unborn_checked_out_branch_is_refused() {
    // A repository with no commits yet: main is checked out but does not exist, and creating it
    // would make the whole site the checkout's first commit.
    let site = TestSite::new(GITHUB_IO);
    site.article("first", "title: First\ndate: 2026-01-01", "Text.");
    let home = tempfile::tempdir().unwrap();
    git_in(site.root(), home.path(), &["init", "-q", "-b", "main"]);
    let before = state(site.root(), home.path());
    publish_at(site.root(), home.path(), &["--branch", "main"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("branch `main` is checked out in"));
    assert_eq!(state(site.root(), home.path()), before);
}

#[test]
fn a_detached_head_is_not_a_branch_and_stays_put() {
    let repo = Repo::new(GITHUB_IO);
    repo.git(&["switch", "-q", "--detach"]);
    repo.refused(&["--branch", "HEAD"], "not a branch of its own");
    let before = repo.state();
    repo.publish(&[]).success();
    let after = repo.state();
    assert_eq!(after.head_ref, "", "HEAD is still detached");
    let gh_pages = format!("refs/heads/gh-pages {} \n", repo.tip());
    assert_eq!(
        after.refs,
        format!("{gh_pages}{}", before.refs),
        "only gh-pages is new"
    );
    let unchanged = |s: State| (s.head, s.index, s.status, s.files);
    assert_eq!(unchanged(after), unchanged(before));
}

#[test]
fn a_branch_being_rebased_or_bisected_is_refused() {
    let repo = Repo::new(GITHUB_IO);
    // A rebase stopped on a conflict: HEAD is detached, but `topic` will be moved at its end.
    repo.git(&["switch", "-q", "-c", "topic"]);
    repo.site.write("clash.txt", "topic");
    repo.git(&["add", "clash.txt"]);
    repo.git(&["commit", "-q", "-m", "topic"]);
    repo.git(&["switch", "-q", "main"]);
    repo.site.write("clash.txt", "main");
    repo.git(&["add", "clash.txt"]);
    repo.git(&["commit", "-q", "-m", "main"]);
    repo.git(&["switch", "-q", "topic"]);
    let (rebased, _) = git_try(repo.root(), repo.home.path(), &["rebase", "main"]);
    assert!(!rebased, "the rebase should stop on the conflict");
    repo.refused(&["--branch", "topic"], "branch `topic` is being rebased in");
    repo.git(&["rebase", "--abort"]);

    // A bisect between main's two commits checks out neither.
    repo.git(&["switch", "-q", "main"]);
    repo.site.write("third.txt", "3");
    repo.git(&["add", "third.txt"]);
    repo.git(&["commit", "-q", "-m", "third"]);
    repo.git(&["bisect", "start", "main", "main~2"]);
    repo.refused(&["--branch", "main"], "branch `main` is being bisected in");
}

#[test]
fn a_bare_repository_with_worktrees_is_checked_worktree_by_worktree() {
    let repo = Repo::new(GITHUB_IO);
    let place = tempfile::tempdir().unwrap();
    let home = repo.home.path();
    let bare = place.path().join("repo.git");
    git_in(
        place.path(),
        home,
        &[
            "clone",
            "-q",
            "--bare",
            repo.root().to_str().unwrap(),
            "repo.git",
        ],
    );
    let site = place.path().join("site");
    let pages = place.path().join("pages");
    git_in(
        &bare,
        home,
        &["worktree", "add", "-q", site.to_str().unwrap(), "main"],
    );
    git_in(
        &bare,
        home,
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "gh-pages",
            pages.to_str().unwrap(),
        ],
    );
    let before = (state(&bare, home), state(&site, home), state(&pages, home));
    publish_at(&site, home, &[])
        .failure()
        .code(1)
        .stderr(predicate::str::contains(
            "branch `gh-pages` is checked out in",
        ))
        .stderr(predicate::str::contains("pages"));
    publish_at(&site, home, &["--branch", "refs/heads/main"])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("branch `main` is checked out in"));
    assert_eq!(
        (state(&bare, home), state(&site, home), state(&pages, home)),
        before
    );

    // A branch no worktree uses is fine, and nothing else moves.
    publish_at(&site, home, &["--branch", "site-output"]).success();
    let after = (state(&bare, home), state(&site, home), state(&pages, home));
    assert_eq!(after.1.head, before.1.head);
    assert_eq!(after.1.status, before.1.status);
    assert_eq!(after.2.head, before.2.head);
    assert_eq!(after.0.head_ref, before.0.head_ref);
    assert!(
        after.0.refs.contains("refs/heads/site-output"),
        "{}",
        after.0.refs
    );
}

#[test]
fn both_workflows_pin_the_same_releases() {
    let pins = |text: String| -> Vec<String> {
        let mut pins: Vec<String> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("uses:").map(|u| u.trim().to_string()))
            .collect();
        pins.sort();
        pins
    };
    let scaffold = pins(new_pages_workflow());
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/pages.yml");
    assert_eq!(scaffold, pins(std::fs::read_to_string(own).unwrap()));
}
