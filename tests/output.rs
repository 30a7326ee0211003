//! The output folder is the user's disk: digest replaces only a folder that is missing, empty or
//! its own output, swaps a finished site in whole, and cleans up after builds that died.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::TestSite;
use predicates::prelude::*;

const SITE: &str = "title = \"Out\"\nlanguage = \"en\"\nbase_url = \"https://example.org/\"\n";

fn site_with(articles: usize, version: &str) -> TestSite {
    let site = TestSite::new(SITE);
    write_articles(&site, articles, version);
    site
}

fn write_articles(site: &TestSite, articles: usize, version: &str) {
    for i in 0..articles {
        site.article(
            &format!("a{i}"),
            &format!(
                "title: Article {i} {version}\ndate: 2026-01-{:02}\ntags: [T{}, Common]",
                i % 28 + 1,
                i % 7
            ),
            &format!("Body of article {i}, {version}. ").repeat(20),
        );
    }
}

/// Every file under `dir` (relative path → bytes), or `None` when `dir` does not exist.
fn files(dir: &Path) -> Option<BTreeMap<PathBuf, Vec<u8>>> {
    if !dir.exists() {
        return None;
    }
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap().to_path_buf();
            out.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    Some(out)
}

/// Names in `dir` that a build of `public/` may leave behind when it dies.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect()
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

#[test]
fn a_folder_digest_did_not_write_is_refused_and_left_alone() {
    let site = site_with(2, "v1");
    let mine = tempfile::tempdir().unwrap();
    let target = mine.path().join("my-files");
    std::fs::create_dir_all(target.join("photos")).unwrap();
    std::fs::write(target.join("notes.txt"), "my notes").unwrap();
    std::fs::write(target.join("photos/cat.jpg"), "not really a cat").unwrap();
    let before = files(&target);

    let assert = site
        .build(&["--output", target.to_str().unwrap()])
        .failure()
        .code(1)
        .stderr(predicate::str::contains(target.display().to_string()))
        .stderr(predicate::str::contains("notes.txt, photos/"))
        .stderr(predicate::str::contains("not a site digest built"));
    assert!(!stderr_of(&assert).contains("panicked"));
    assert_eq!(files(&target), before, "the user's folder must not change");
    assert!(leftovers(mine.path()).is_empty());
    assert!(
        std::fs::read_dir(mine.path()).unwrap().count() == 1,
        "nothing written beside it either"
    );
}

#[test]
fn a_git_folder_or_a_folder_of_texts_beside_the_site_is_refused() {
    let site = site_with(1, "v1");
    site.write(".git/HEAD", "ref: refs/heads/main\n");
    site.write("seeds/001.txt", "A news text.");
    for (folder, listed) in [(".git", "HEAD"), ("seeds", "001.txt")] {
        let target = site.root().join(folder);
        let before = files(&target);
        site.build(&["--output", target.to_str().unwrap()])
            .failure()
            .code(1)
            .stderr(predicate::str::contains(folder))
            .stderr(predicate::str::contains(listed));
        assert_eq!(files(&target), before, "{folder} changed");
    }
}

#[test]
fn dot_and_dotdot_are_refused() {
    let site = site_with(1, "v1");
    // Relative outputs resolve against the working folder: make that a fresh, nested one.
    let work = tempfile::tempdir().unwrap();
    let cwd = work.path().join("a/b");
    std::fs::create_dir_all(&cwd).unwrap();
    for target in [".", "..", "./sub/.."] {
        common::digest()
            .current_dir(&cwd)
            .args(["build", "--root"])
            .arg(site.root())
            .args(["--output", target])
            .assert()
            .failure()
            .code(1)
            .stderr(predicate::str::contains("by its name"));
    }
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(work.path().join("a")).unwrap().count(), 1);
}

#[test]
fn a_long_listing_is_cut_short_with_a_count() {
    let site = site_with(1, "v1");
    let mine = tempfile::tempdir().unwrap();
    for i in 0..12 {
        std::fs::write(mine.path().join(format!("f{i:02}.txt")), "x").unwrap();
    }
    site.build(&["--output", mine.path().to_str().unwrap()])
        .failure()
        .stderr(predicate::str::contains(
            "f00.txt, f01.txt, f02.txt, f03.txt, f04.txt and 7 more",
        ));
}

#[test]
fn a_symbolic_link_as_output_is_refused() {
    let site = site_with(1, "v1");
    let mine = tempfile::tempdir().unwrap();
    let elsewhere = mine.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("keep.txt"), "mine").unwrap();
    let link = mine.path().join("link");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    site.build(&["--output", link.to_str().unwrap()])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("symbolic link"));
    assert!(elsewhere.join("keep.txt").is_file());
    assert!(std::fs::read_link(&link).is_ok(), "the link itself stays");
}

#[test]
fn missing_empty_and_own_folders_are_written() {
    let site = site_with(2, "v1");
    let mine = tempfile::tempdir().unwrap();
    let empty = mine.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    for target in [mine.path().join("missing/deeper"), empty.clone()] {
        site.build(&["--output", target.to_str().unwrap()])
            .success();
        assert!(target.join("index.html").is_file());
        assert!(target.join(".digest-output").is_file());
        // Its own output is replaced again.
        write_articles(&site, 2, "v2");
        site.build(&["--output", target.to_str().unwrap()])
            .success();
        assert!(
            std::fs::read_to_string(target.join("articles/a0/index.html"))
                .unwrap()
                .contains("v2")
        );
        write_articles(&site, 2, "v1");
    }
    // Without the marker the folder is the user's again.
    std::fs::remove_file(empty.join(".digest-output")).unwrap();
    std::fs::write(empty.join("atom.xml"), "mine").unwrap();
    site.build(&["--output", empty.to_str().unwrap()])
        .failure()
        .stderr(predicate::str::contains("404.html, archive/"));
}

#[test]
fn a_site_without_the_marker_is_the_users_even_if_digest_built_it() {
    // A clone of a published branch, or an old build the user added files to: digest cannot
    // know which files are its own, so it touches none.
    let site = site_with(2, "v1");
    site.build(&[]).success();
    std::fs::remove_file(site.public().join(".digest-output")).unwrap();
    site.write("public/.git/HEAD", "ref: refs/heads/gh-pages\n");
    site.write("public/my-photos/a.jpg", "a photo");
    let before = files(&site.public());
    site.build(&[])
        .failure()
        .code(1)
        .stderr(predicate::str::contains("it holds .git/, 404.html"));
    assert_eq!(files(&site.public()), before);
}

#[test]
fn a_symbolic_link_on_the_way_to_a_new_output_is_followed_before_checking() {
    let site = site_with(1, "v1");
    let elsewhere = tempfile::tempdir().unwrap();
    let link = elsewhere.path().join("lnk");
    std::os::unix::fs::symlink(site.root().join("content"), &link).unwrap();
    site.build(&["--output", link.join("pub").to_str().unwrap()])
        .failure()
        .code(1)
        .stderr(predicate::str::contains(
            "inside the site's `content/` folder",
        ));
    assert!(!site.root().join("content/pub").exists());
}

#[test]
fn leftovers_of_dead_builds_are_removed_and_nothing_else() {
    let site = site_with(2, "v1");
    site.build(&[]).success();
    for dead in [
        ".public.digest-staging-4242",
        ".public.digest-staging-7-old",
    ] {
        site.write(&format!("{dead}/index.html"), "half a site");
        site.write(&format!("{dead}/.digest-output"), "");
    }
    std::fs::create_dir(site.root().join(".public.digest-staging-99")).unwrap();
    // Named almost like leftovers, but not digest's: a user's notes, a folder without the
    // marker, another output's staging folder.
    site.write(".public.keep/notes.txt", "mine");
    site.write(".public.digest-staging-notes/notes.txt", "mine");
    site.write(".public.digest-staging-12/notes.txt", "mine");
    site.write(".other.digest-staging-5/index.html", "another output's");
    site.write(".other.digest-staging-5/.digest-output", "");
    site.build(&[]).success();
    let mut left = leftovers(site.root());
    left.sort();
    assert_eq!(
        left,
        [
            ".public.digest-staging-12",
            ".public.digest-staging-notes",
            ".public.keep"
        ]
    );
    assert!(
        site.root()
            .join(".other.digest-staging-5/index.html")
            .is_file()
    );
}

/// Builds the site at `version` into a fresh folder and returns its files.
fn expected(site: &TestSite, articles: usize, version: &str) -> BTreeMap<PathBuf, Vec<u8>> {
    write_articles(site, articles, version);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    site.build(&["--output", target.to_str().unwrap()])
        .success();
    files(&target).unwrap()
}

/// A small pseudo-random sequence, so a failing run can be repeated from its printed seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn builds_killed_at_random_moments_leave_a_whole_site_and_the_next_build_cleans_up() {
    const ARTICLES: usize = 120;
    let site = TestSite::new(SITE);
    let versions = [
        expected(&site, ARTICLES, "first"),
        expected(&site, ARTICLES, "second"),
    ];
    write_articles(&site, ARTICLES, "first");
    site.build(&[]).success();
    // How long a whole build takes here, so kills fall all through it.
    let started = Instant::now();
    site.build(&[]).success();
    let span = (started.elapsed().as_millis() as u64 * 5 / 4).max(20);

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}, kills spread over {span} ms");
    let mut rng = Rng(seed);
    let mut killed = 0;
    for round in 0..30 {
        write_articles(&site, ARTICLES, ["first", "second"][round % 2]);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("digest"))
            .arg("build")
            .arg("--root")
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(span)));
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        child.wait().unwrap();
        let now = files(&site.public()).expect("public/ must always exist");
        assert!(
            versions.contains(&now),
            "round {round} (seed {seed}): public/ is neither the old nor the new site"
        );
    }
    assert!(killed >= 10, "only {killed} builds were killed mid-way");
    // The next build finishes the job and removes what the dead ones left.
    site.build(&[]).success();
    assert!(
        leftovers(site.root()).is_empty(),
        "{:?}",
        leftovers(site.root())
    );
    assert_eq!(files(&site.public()).as_ref(), Some(&versions[1]));
}

#[test]
fn builds_of_one_site_at_once_each_leave_a_whole_site() {
    let site = site_with(60, "v1");
    site.build(&[]).success();
    let want = expected(&site, 60, "v2");
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("digest"))
                .arg("build")
                .arg("--root")
                .arg(site.root())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(files(&site.public()).as_ref(), Some(&want));
    assert!(leftovers(site.root()).is_empty());
}

#[test]
fn a_full_disk_mid_build_is_a_clear_error_and_the_previous_site_stays() {
    use std::os::unix::process::CommandExt;
    let site = site_with(3, "v1");
    site.build(&[]).success();
    let before = files(&site.public());
    write_articles(&site, 3, "v2 with a longer body that does not fit");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("digest"));
    cmd.arg("build").arg("--root").arg(site.root());
    // No file may grow past 2 KiB: as a full disk does, writes fail part-way through the site.
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 2048,
                rlim_max: 2048,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // Ignored, the signal becomes an EFBIG error from write(), as ENOSPC would be.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert!(stderr.contains("previous site"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        files(&site.public()),
        before,
        "the previous site must stay whole"
    );
    assert!(
        leftovers(site.root()).is_empty(),
        "{:?}",
        leftovers(site.root())
    );
}
