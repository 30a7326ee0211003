//! `digest publish`: build the site into a temporary folder and commit it to a branch such as
//! `gh-pages` with git plumbing, so the working tree, the index and HEAD are never touched.
//!
//! The commit is made the way `git commit` would make it, but against a temporary index file:
//! `hash-object` stores the built files, `update-index --index-info` lists them in that index,
//! `write-tree` turns it into a tree, `commit-tree` makes the commit on top of the branch's
//! previous one, and `update-ref` moves the branch only if nobody moved it meanwhile.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{build, config};

mod address;
mod target;

/// What `digest publish` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site's folder (holding `site.toml`); it must be inside a git repository.
    pub root: PathBuf,
    /// The branch that receives the built site, e.g. `gh-pages`.
    pub branch: String,
    /// The remote that `push` pushes to, e.g. `origin`.
    pub remote: String,
    /// Push the branch to `remote` after committing.
    pub push: bool,
    /// Overrides `site.toml`'s `base_url`.
    pub base_url: Option<String>,
}

/// What a publish did.
#[derive(Debug, Clone)]
pub struct Report {
    /// The branch that holds the built site.
    pub branch: String,
    /// The branch's commit after publishing.
    pub commit: String,
    /// The commit the new one was made on top of, if the branch existed.
    pub parent: Option<String>,
    /// False when the built site was identical to the branch tip, so no commit was made.
    pub committed: bool,
    /// Articles in the built site.
    pub articles: usize,
    /// Files in the published tree (the site plus `.nojekyll` and `CNAME`).
    pub files: usize,
    /// The custom domain written to `CNAME`, if any.
    pub cname: Option<String>,
    /// True when no git identity was configured and the commit was made as digest's own.
    pub fallback_identity: bool,
    /// The remote the branch was pushed to, if `--push` was given.
    pub pushed_to: Option<String>,
    /// The remote named by `--remote`, for the hint on how to push.
    pub remote: String,
    /// Problems worth a look that did not stop the publish (a `base_url` GitHub will not serve).
    pub warnings: Vec<String>,
}

/// Any reason publishing fails; each says what to do next.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "git is not installed or not on PATH ({source}): install git from https://git-scm.com/downloads, then run `digest publish` again"
    )]
    GitMissing { source: std::io::Error },
    #[error(
        "{} is not inside a git repository: `digest publish` commits the built site to a branch of the repository that holds the site. Run `git init` in that folder and commit your site, or pass --root with a site inside a repository",
        root.display()
    )]
    NotARepo { root: PathBuf },
    #[error(
        "`{branch}` cannot be published to: {reason}. Pass a branch name such as gh-pages with --branch"
    )]
    BadBranch {
        branch: String,
        reason: &'static str,
    },
    #[error(
        "branch `{branch}`{} is {how} in {}: publishing there would change that checkout. Finish or leave it first, or publish to another branch with --branch",
        describe_through(through.as_deref()),
        worktree.display()
    )]
    BranchCheckedOut {
        branch: String,
        through: Option<String>,
        worktree: PathBuf,
        how: &'static str,
    },
    #[error(
        "branch `{branch}` is a symbolic ref to `{points_to}`: publishing would move `{points_to}` instead, or break the link. Publish to another branch with --branch, or remove the link with `git symbolic-ref --delete {refname}`"
    )]
    SymbolicBranch {
        branch: String,
        refname: String,
        points_to: String,
    },
    #[error(
        "there is no git remote named `{remote}` ({}): add it with `git remote add {remote} URL`, or pass --remote with one that exists",
        describe_remotes(known)
    )]
    NoRemote { remote: String, known: Vec<String> },
    #[error(
        "pushing `{branch}` to `{remote}` failed:\n{message}\nThe new commit is on your local `{branch}` branch. Fix what git says above (access rights, or a remote branch with commits you do not have), then run `git push {remote} {branch}` or `digest publish --push` again"
    )]
    Push {
        remote: String,
        branch: String,
        message: String,
    },
    #[error(
        "`git {args}` failed in {}: {message}",
        dir.display()
    )]
    Git {
        args: String,
        dir: PathBuf,
        message: String,
    },
    #[error("{}: {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    UnsupportedFile {
        path: PathBuf,
        message: &'static str,
    },
    #[error(transparent)]
    Build(#[from] build::Error),
    #[error(transparent)]
    Config(#[from] config::Error),
}

fn describe_through(through: Option<&str>) -> String {
    through
        .map(|target| format!(" (a symbolic ref to `{target}`)"))
        .unwrap_or_default()
}

fn describe_remotes(known: &[String]) -> String {
    if known.is_empty() {
        "this repository has no remotes".to_string()
    } else {
        format!("its remotes are: {}", known.join(", "))
    }
}

/// The identity used when git has none configured, so a first publish on a fresh machine works.
const FALLBACK_NAME: &str = "digest";
const FALLBACK_EMAIL: &str = "digest@localhost";

/// Builds the site and commits it to `options.branch`, pushing it when asked.
pub fn publish(options: &Options) -> Result<Report, Error> {
    let root = &options.root;
    if !root.join("site.toml").is_file() {
        return Err(build::Error::NoSite {
            root: root.to_path_buf(),
        }
        .into());
    }
    let git = Git { dir: root.clone() };
    git.check_installed()?;
    git.check_repository()?;
    let target = git.target(&options.branch)?;
    let refname = &target.refname;
    // Fail before building or committing anything when the push cannot happen.
    if options.push {
        git.check_remote(&options.remote)?;
    }

    let previous = git.resolve(&format!("{refname}^{{commit}}"))?;
    // A fresh clone may have the branch only as origin/gh-pages: build on it so the push is a
    // fast-forward instead of a rejected, unrelated history.
    let parent = match &previous {
        Some(commit) => Some(commit.clone()),
        None => git.resolve(&format!(
            "refs/remotes/{}/{}^{{commit}}",
            options.remote, target.name
        ))?,
    };

    // A fresh folder outside the working tree: publishing leaves the checkout (public/ included)
    // alone, and the branch gets exactly this build, never files left over from an older one.
    let temp = tempfile::Builder::new()
        .prefix("digest-publish-")
        .tempdir()
        .map_err(|source| Error::Io {
            path: std::env::temp_dir(),
            action: "cannot create a temporary folder for the build",
            source,
        })?;
    let site_dir = temp.path().join("site");
    let built = build::build(&build::Options {
        root: root.clone(),
        output: Some(site_dir.clone()),
        base_url: options.base_url.clone(),
        drafts: false,
    })?;

    let base_url = match &options.base_url {
        Some(url) => url.clone(),
        None => config::Config::load(&root.join("site.toml"))?.base_url,
    };
    let remote_url = git.remote_url(&options.remote)?;
    let warnings = address::warning(&base_url, &options.remote, remote_url.as_deref())
        .into_iter()
        .collect();
    let cname = add_pages_files(&site_dir, &base_url)?;
    let files = list_files(&site_dir)?;

    let index = temp.path().join("index");
    let hashes = git.hash_objects(&files)?;
    git.fill_index(&index, &files, &hashes)?;
    let tree = git.write_tree(&index)?;

    let mut report = Report {
        branch: target.name.clone(),
        commit: String::new(),
        parent: parent.clone(),
        committed: false,
        articles: built.articles,
        files: files.len(),
        cname,
        fallback_identity: false,
        pushed_to: None,
        remote: options.remote.clone(),
        warnings,
    };

    let unchanged = match &parent {
        Some(commit) => git.resolve(&format!("{commit}^{{tree}}"))?.as_deref() == Some(&tree),
        None => false,
    };
    match (&parent, unchanged) {
        (Some(commit), true) => {
            if previous.is_none() {
                // Only the remote had it: give the local branch the same commit.
                git.update_ref(refname, commit, None)?;
            }
            report.commit = commit.clone();
        }
        _ => {
            let message = git.commit_message(&built);
            let (commit, fallback) = git.commit_tree(&tree, parent.as_deref(), &message)?;
            git.update_ref(refname, &commit, previous.as_deref())?;
            report.commit = commit;
            report.committed = true;
            report.fallback_identity = fallback;
        }
    }

    if options.push {
        git.push(&options.remote, &target.name, refname)?;
        report.pushed_to = Some(options.remote.clone());
    }
    Ok(report)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let short = |hash: &str| hash.chars().take(7).collect::<String>();
        if self.committed {
            write!(
                f,
                "Committed {} ({}) to `{}` as {}",
                count(self.articles, "article"),
                count(self.files, "file"),
                self.branch,
                short(&self.commit)
            )?;
            match &self.parent {
                Some(parent) => writeln!(f, " (on top of {}).", short(parent))?,
                None => writeln!(f, " (a new branch).")?,
            }
        } else {
            writeln!(
                f,
                "Nothing changed: the built site is identical to `{}` at {}, so no new commit was made.",
                self.branch,
                short(&self.commit)
            )?;
        }
        if let Some(host) = &self.cname {
            writeln!(f, "CNAME: {host}")?;
        }
        if self.fallback_identity {
            writeln!(
                f,
                "note: git has no user name and email configured, so the commit was made as \
                 {FALLBACK_NAME} <{FALLBACK_EMAIL}>. Set yours with \
                 `git config --global user.name \"Your Name\"` and \
                 `git config --global user.email you@example.com`."
            )?;
        }
        match &self.pushed_to {
            Some(remote) => write!(f, "Pushed `{}` to `{remote}`.", self.branch),
            None => write!(
                f,
                "Not pushed. Put it online with `git push {} {}`, or run `digest publish --push`.",
                self.remote, self.branch
            ),
        }
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The host to write to `CNAME` for `base_url`, or `None` when GitHub serves the site under its
/// own `*.github.io` name, or the URL is relative, local or an IP address.
pub fn custom_domain(base_url: &str) -> Option<String> {
    let (_, rest) = base_url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    if host_port.starts_with('[') {
        return None; // an IPv6 literal
    }
    let host = host_port
        .split(':')
        .next()?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let github = host == "github.io" || host.ends_with(".github.io");
    let local = host == "localhost" || host.ends_with(".localhost");
    if host.is_empty() || github || local || host.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    Some(host)
}

/// Adds `.nojekyll` (GitHub would otherwise run Jekyll and drop files starting with `_`) and, for
/// a custom domain, `CNAME`. A site's own `static/CNAME` wins. Returns the host written.
fn add_pages_files(site_dir: &Path, base_url: &str) -> Result<Option<String>, Error> {
    let write = |name: &str, text: &str| {
        let path = site_dir.join(name);
        std::fs::write(&path, text).map_err(|source| Error::Io {
            path,
            action: "cannot write",
            source,
        })
    };
    if !site_dir.join(".nojekyll").exists() {
        write(".nojekyll", "")?;
    }
    match custom_domain(base_url) {
        Some(host) if !site_dir.join("CNAME").exists() => {
            write("CNAME", &format!("{host}\n"))?;
            Ok(Some(host))
        }
        _ => Ok(None),
    }
}

/// A built file: its path in the tree (with `/`) and on disk.
struct File {
    tree_path: String,
    disk_path: PathBuf,
}

/// Every file under `dir`, sorted by tree path.
fn list_files(dir: &Path) -> Result<Vec<File>, Error> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::Io {
                path,
                action: "cannot read the built site",
                source: e.into(),
            }
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
        let unsupported = |message| Error::UnsupportedFile {
            path: entry.path().to_path_buf(),
            message,
        };
        let parts = parts.ok_or_else(|| unsupported("the file name is not valid UTF-8"))?;
        let tree_path = parts.join("/");
        // The marker says the temporary folder is digest's; the published site does not need it.
        if tree_path == crate::output::MARKER {
            continue;
        }
        // hash-object reads one path per line.
        if entry.path().to_string_lossy().contains(['\n', '\r']) {
            return Err(unsupported(
                "a file name with a line break cannot be published",
            ));
        }
        files.push(File {
            tree_path,
            disk_path: entry.path().to_path_buf(),
        });
    }
    files.sort_by(|a, b| a.tree_path.cmp(&b.tree_path));
    Ok(files)
}

/// Runs git in the site's folder.
struct Git {
    dir: PathBuf,
}

/// The result of one git command.
struct Run {
    success: bool,
    stdout: String,
    stderr: String,
}

impl Git {
    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new("git");
        command
            .args(args)
            .current_dir(&self.dir)
            // An index file inherited from a hook or a script must never be the one we fill.
            .env_remove("GIT_INDEX_FILE");
        command
    }

    /// Runs `command`, feeding it `input` on stdin.
    fn run(&self, mut command: Command, input: Option<&[u8]>) -> Result<Run, Error> {
        command
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                Error::GitMissing { source }
            } else {
                Error::Io {
                    path: PathBuf::from("git"),
                    action: "cannot run",
                    source,
                }
            }
        })?;
        let stdin = child.stdin.take();
        // Feed stdin from another thread: git answers while it reads, and a full stdout pipe
        // would otherwise stall both sides.
        let (output, written) = std::thread::scope(|scope| {
            let writer = scope.spawn(move || match (stdin, input) {
                (Some(mut pipe), Some(bytes)) => pipe.write_all(bytes),
                _ => Ok(()),
            });
            let output = child.wait_with_output();
            let written = writer
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("writing to git failed")));
            (output, written)
        });
        let output = output.map_err(|source| Error::Io {
            path: PathBuf::from("git"),
            action: "cannot run",
            source,
        })?;
        let success = output.status.success();
        // git may stop reading early because it failed; that failure is the one to report.
        if success && let Err(source) = written {
            return Err(Error::Io {
                path: PathBuf::from("git"),
                action: "cannot send input to",
                source,
            });
        }
        Ok(Run {
            success,
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        })
    }

    /// Runs `git args` and returns its trimmed stdout, or an error quoting git's message.
    fn ok(&self, args: &[&str]) -> Result<String, Error> {
        self.ok_with(self.command(args), args, None)
    }

    fn ok_with(
        &self,
        command: Command,
        args: &[&str],
        input: Option<&[u8]>,
    ) -> Result<String, Error> {
        let run = self.run(command, input)?;
        if run.success {
            Ok(run.stdout.trim().to_string())
        } else {
            Err(self.failed(args, &run))
        }
    }

    fn failed(&self, args: &[&str], run: &Run) -> Error {
        Error::Git {
            args: args.join(" "),
            dir: self.dir.clone(),
            message: if run.stderr.is_empty() {
                "it gave no reason".to_string()
            } else {
                run.stderr.clone()
            },
        }
    }

    fn check_installed(&self) -> Result<(), Error> {
        self.ok(&["--version"]).map(|_| ())
    }

    fn check_repository(&self) -> Result<(), Error> {
        let args = ["rev-parse", "--git-dir"];
        let mut command = self.command(&args);
        // Read git's reason in English so "not a repository" is told apart from other failures.
        command.env("LC_ALL", "C");
        let run = self.run(command, None)?;
        if run.success {
            Ok(())
        } else if run.stderr.contains("not a git repository") {
            Err(Error::NotARepo {
                root: self.dir.clone(),
            })
        } else {
            Err(self.failed(&args, &run))
        }
    }

    fn check_remote(&self, remote: &str) -> Result<(), Error> {
        let known: Vec<String> = self.ok(&["remote"])?.lines().map(str::to_string).collect();
        if known.iter().any(|r| r == remote) {
            Ok(())
        } else {
            Err(Error::NoRemote {
                remote: remote.to_string(),
                known,
            })
        }
    }

    /// The URL of `remote`, or `None` when there is no such remote.
    fn remote_url(&self, remote: &str) -> Result<Option<String>, Error> {
        let run = self.run(self.command(&["remote", "get-url", "--", remote]), None)?;
        let url = run.stdout.trim();
        Ok((run.success && !url.is_empty()).then(|| url.to_string()))
    }

    /// The object name of `rev`, or `None` if it does not exist.
    fn resolve(&self, rev: &str) -> Result<Option<String>, Error> {
        let run = self.run(
            self.command(&["rev-parse", "--verify", "--quiet", rev]),
            None,
        )?;
        let hash = run.stdout.trim();
        Ok((run.success && !hash.is_empty()).then(|| hash.to_string()))
    }

    /// Stores every file as a blob, byte for byte (no line-ending or attribute filters).
    fn hash_objects(&self, files: &[File]) -> Result<Vec<String>, Error> {
        let args = ["hash-object", "-w", "--no-filters", "--stdin-paths"];
        let mut input = String::new();
        for file in files {
            input.push_str(&file.disk_path.to_string_lossy());
            input.push('\n');
        }
        let out = self.ok_with(self.command(&args), &args, Some(input.as_bytes()))?;
        let hashes: Vec<String> = out.lines().map(str::to_string).collect();
        if hashes.len() != files.len() {
            return Err(Error::Git {
                args: args.join(" "),
                dir: self.dir.clone(),
                message: format!(
                    "it stored {} of {} files; run `digest publish` again",
                    hashes.len(),
                    files.len()
                ),
            });
        }
        Ok(hashes)
    }

    /// Lists the blobs in the temporary index `index`.
    fn fill_index(&self, index: &Path, files: &[File], hashes: &[String]) -> Result<(), Error> {
        let args = ["update-index", "-z", "--index-info"];
        let mut input = Vec::new();
        for (file, hash) in files.iter().zip(hashes) {
            input.extend_from_slice(format!("100644 {hash}\t{}\0", file.tree_path).as_bytes());
        }
        let mut command = self.command(&args);
        command.env("GIT_INDEX_FILE", index);
        self.ok_with(command, &args, Some(&input)).map(|_| ())
    }

    fn write_tree(&self, index: &Path) -> Result<String, Error> {
        let args = ["write-tree"];
        let mut command = self.command(&args);
        command.env("GIT_INDEX_FILE", index);
        self.ok_with(command, &args, None)
    }

    fn commit_message(&self, built: &build::Report) -> String {
        let source = match self.resolve("HEAD").ok().flatten() {
            Some(head) => format!("commit {head}"),
            None => "a repository with no commits yet".to_string(),
        };
        format!(
            "Publish site: {}\n\nBuilt by digest {} from {source}.\n",
            count(built.articles, "article"),
            env!("CARGO_PKG_VERSION")
        )
    }

    /// Makes the commit; returns it and whether the fallback identity had to be used.
    fn commit_tree(
        &self,
        tree: &str,
        parent: Option<&str>,
        message: &str,
    ) -> Result<(String, bool), Error> {
        let mut args = vec!["commit-tree", tree];
        if let Some(parent) = parent {
            args.extend(["-p", parent]);
        }
        args.extend(["-F", "-"]);
        let run = self.run(self.command(&args), Some(message.as_bytes()))?;
        if run.success {
            return Ok((run.stdout.trim().to_string(), false));
        }
        // Ask git whether the failure was the missing identity rather than parse its (possibly
        // translated) message; anything else is reported as it is.
        let author_ok = self.ok(&["var", "GIT_AUTHOR_IDENT"]).is_ok();
        let committer_ok = self.ok(&["var", "GIT_COMMITTER_IDENT"]).is_ok();
        if author_ok && committer_ok {
            return Err(self.failed(&args, &run));
        }
        let mut command = self.command(&args);
        if !author_ok {
            command
                .env("GIT_AUTHOR_NAME", FALLBACK_NAME)
                .env("GIT_AUTHOR_EMAIL", FALLBACK_EMAIL);
        }
        if !committer_ok {
            command
                .env("GIT_COMMITTER_NAME", FALLBACK_NAME)
                .env("GIT_COMMITTER_EMAIL", FALLBACK_EMAIL);
        }
        let commit = self.ok_with(command, &args, Some(message.as_bytes()))?;
        Ok((commit, true))
    }

    /// Points `refname` at `commit`, only if it still is at `old` (or still missing).
    fn update_ref(&self, refname: &str, commit: &str, old: Option<&str>) -> Result<(), Error> {
        // An empty old value means "must not exist yet". --no-deref: should the branch have
        // become a symbolic ref since it was checked, replace it rather than write through it.
        self.ok(&[
            "update-ref",
            "--no-deref",
            "-m",
            "digest publish",
            refname,
            commit,
            old.unwrap_or(""),
        ])
        .map(|_| ())
    }

    fn push(&self, remote: &str, branch: &str, refname: &str) -> Result<(), Error> {
        let refspec = format!("{refname}:{refname}");
        // Credential helpers may need to ask; let them reach the user's terminal.
        let run = self.run_inheriting_stdin(self.command(&["push", remote, &refspec]))?;
        if run.success {
            Ok(())
        } else {
            Err(Error::Push {
                remote: remote.to_string(),
                branch: branch.to_string(),
                message: run.stderr,
            })
        }
    }

    fn run_inheriting_stdin(&self, mut command: Command) -> Result<Run, Error> {
        let output = command
            .stdin(Stdio::inherit())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .map_err(|source| Error::Io {
                path: PathBuf::from("git"),
                action: "cannot run",
                source,
            })?;
        Ok(Run {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::custom_domain;

    #[test]
    fn custom_domains_get_a_cname() {
        assert_eq!(
            custom_domain("https://news.example.org/"),
            Some("news.example.org".into())
        );
        assert_eq!(
            custom_domain("https://Example.com:8443/digest/"),
            Some("example.com".into())
        );
    }

    #[test]
    fn github_local_and_relative_urls_do_not() {
        for url in [
            "https://user.github.io/digest/",
            "https://user.github.io/",
            "http://localhost:1111/",
            "http://127.0.0.1/",
            "http://[::1]:8080/",
            "/",
            "/digest/",
        ] {
            assert_eq!(custom_domain(url), None, "{url}");
        }
    }
}
