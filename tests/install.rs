//! Installing digest: the package name, the release workflow, and how the Pages workflow that
//! `digest new --github-pages` writes gets digest (a checked release binary) and when it runs.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use common::{digest, new_pages_workflow};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_package_name_differs_from_the_registry_s_digest_and_the_command_stays_digest() {
    let text = std::fs::read_to_string(manifest_dir().join("Cargo.toml")).unwrap();
    let manifest: toml::Table = toml::from_str(&text).unwrap();
    // `digest` on the crates registry is another project's; ours must differ from it.
    assert_eq!(manifest["package"]["name"].as_str(), Some("digest-ssg"));
    assert_eq!(manifest["lib"]["name"].as_str(), Some("digest"));
    let bins = manifest["bin"].as_array().unwrap();
    assert_eq!(bins.len(), 1);
    assert_eq!(bins[0]["name"].as_str(), Some("digest"));
    digest()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("digest {}\n", env!("CARGO_PKG_VERSION")));
}

// ---- The release workflow ----

fn release_workflow() -> (String, serde_yaml::Value) {
    let text =
        std::fs::read_to_string(manifest_dir().join(".github/workflows/release.yml")).unwrap();
    let workflow = serde_yaml::from_str(&text).unwrap();
    (text, workflow)
}

fn jobs(workflow: &serde_yaml::Value) -> Vec<(&str, &serde_yaml::Value)> {
    workflow["jobs"]
        .as_mapping()
        .unwrap()
        .iter()
        .map(|(name, job)| (name.as_str().unwrap(), job))
        .collect()
}

fn steps(job: &serde_yaml::Value) -> &Vec<serde_yaml::Value> {
    job["steps"].as_sequence().unwrap()
}

fn step<'a>(job: &'a serde_yaml::Value, name: &str) -> &'a serde_yaml::Value {
    steps(job)
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no step named {name}"))
}

#[test]
fn a_version_tag_builds_binaries_for_linux_macos_and_windows() {
    let (_, workflow) = release_workflow();
    assert_eq!(workflow["on"]["push"]["tags"][0].as_str(), Some("v*"));
    let matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap();
    let mut built: Vec<(String, String)> = matrix
        .iter()
        .map(|m| {
            let field = |k: &str| m[k].as_str().unwrap().to_string();
            (field("target"), field("os"))
        })
        .collect();
    built.sort();
    let expected = [
        ("aarch64-apple-darwin", "macos"),
        ("x86_64-apple-darwin", "macos"),
        ("x86_64-pc-windows-msvc", "windows"),
        ("x86_64-unknown-linux-gnu", "ubuntu"),
    ];
    assert_eq!(built.len(), expected.len(), "{built:?}");
    for ((target, os), (want_target, want_os)) in built.iter().zip(expected) {
        assert_eq!(target, want_target);
        assert!(os.starts_with(want_os), "{target} runs on {os}");
    }
    let build = &workflow["jobs"]["build"];
    let cargo = step(build, "Build")["run"].as_str().unwrap();
    assert!(cargo.contains("cargo build --release --locked --target \"$TARGET\""));
    // The release is made only after every build succeeded, from their archives.
    let release = &workflow["jobs"]["release"];
    assert_eq!(release["needs"].as_str(), Some("build"));
    let create = step(release, "Create the release")["run"].as_str().unwrap();
    assert!(create.starts_with("gh release create \"$TAG\" --verify-tag"));
    assert!(create.ends_with("dist/*"), "{create}");
    let sums = step(release, "Write checksums")["run"].as_str().unwrap();
    assert!(sums.contains("sha256sum") && sums.contains("SHA256SUMS"));
}

#[test]
fn only_the_job_that_runs_no_compiler_may_write_the_release() {
    let (text, workflow) = release_workflow();
    let top = workflow["permissions"].as_mapping().unwrap();
    assert!(top.is_empty(), "workflow-level permissions: {top:?}");
    for (name, job) in jobs(&workflow) {
        let permissions = job["permissions"]
            .as_mapping()
            .unwrap_or_else(|| panic!("job {name} must state its permissions"));
        for (scope, access) in permissions {
            let (scope, access) = (scope.as_str().unwrap(), access.as_str().unwrap());
            let allowed = match name {
                "release" => (scope, access) == ("contents", "write"),
                _ => access == "read",
            };
            assert!(allowed, "job {name}: {scope}: {access}");
        }
        for step in steps(job) {
            if let Some(script) = step["run"].as_str() {
                assert!(!script.contains("${{"), "job {name} splices into run");
            }
            let uses = step["uses"].as_str().unwrap_or("");
            if uses.starts_with("actions/checkout@") {
                assert_eq!(step["with"]["persist-credentials"].as_bool(), Some(false));
            }
        }
    }
    // The release job compiles nothing: no checkout, no cargo.
    for step in steps(&workflow["jobs"]["release"]) {
        assert!(!step["uses"].as_str().unwrap_or("").contains("checkout"));
        assert!(!step["run"].as_str().unwrap_or("").contains("cargo"));
    }
    assert!(
        !text.contains("actions/cache"),
        "a cache could poison a release"
    );
    check_pins(&text);
}

/// Every `uses:` is a 40-hex commit with a `# vX.Y.Z` comment naming its release.
fn check_pins(text: &str) {
    let mut count = 0;
    for line in text.lines() {
        let Some(rest) = line.trim().trim_start_matches("- ").strip_prefix("uses:") else {
            continue;
        };
        count += 1;
        let (reference, comment) = rest.split_once('#').unwrap_or((rest, ""));
        let sha = reference.trim().rsplit('@').next().unwrap();
        assert!(
            sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit()),
            "not pinned to a commit: {line}"
        );
        let version = comment.trim().strip_prefix('v').unwrap_or("");
        assert!(
            version.split('.').count() == 3 && version.split('.').all(|p| p.parse::<u32>().is_ok()),
            "no `# vX.Y.Z` comment: {line}"
        );
    }
    assert!(count >= 4, "only {count} uses: lines");
}

/// Runs a workflow step's script the way a runner does (`bash -e`) in `dir`.
fn run_script(script: &str, dir: &Path, env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Std::new("bash");
    cmd.arg("-e").arg("-c").arg(script).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn a_tag_that_does_not_match_the_crate_version_is_refused() {
    let (_, workflow) = release_workflow();
    let script = step(
        &workflow["jobs"]["check"],
        "Compare the tag with Cargo.toml",
    )["run"]
        .as_str()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        manifest_dir().join("Cargo.toml"),
        dir.path().join("Cargo.toml"),
    )
    .unwrap();
    let good = format!("v{}", env!("CARGO_PKG_VERSION"));
    let out = run_script(script, dir.path(), &[("TAG", &good)]);
    assert!(out.status.success(), "{out:?}");
    let out = run_script(script, dir.path(), &[("TAG", "v99.0.0")]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("::error file=Cargo.toml::tag v99.0.0 does not match"),
        "{said}"
    );
}

// ---- The Pages workflow of a new site ----

fn new_site_workflow() -> serde_yaml::Value {
    serde_yaml::from_str(&new_pages_workflow()).unwrap()
}

#[test]
fn the_pages_workflow_also_runs_daily_so_future_articles_appear_on_their_date() {
    let workflow = new_site_workflow();
    let crons: Vec<&str> = workflow["on"]["schedule"]
        .as_sequence()
        .expect("a schedule trigger")
        .iter()
        .map(|s| s["cron"].as_str().unwrap())
        .collect();
    assert_eq!(crons.len(), 1, "{crons:?}");
    let fields: Vec<&str> = crons[0].split_whitespace().collect();
    // A day without a time counts from 00:00 UTC: the run is in that hour, every day.
    assert_eq!(fields.len(), 5);
    assert!(fields[0].parse::<u8>().is_ok_and(|m| m < 60));
    assert_eq!(&fields[1..], ["0", "*", "*", "*"]);
    assert_eq!(workflow["on"]["push"]["branches"][0].as_str(), Some("main"));
}

/// A fake GitHub release of digest on disk (curl reads `file://` URLs the way it reads
/// GitHub's): `ROOT/releases/download/VERSION/digest-x86_64-unknown-linux-gnu.tar.gz` holding
/// a `digest` that prints `marker`, and its `.sha256` as the release workflow writes it.
struct FakeRelease {
    dir: tempfile::TempDir,
}

const ARCHIVE: &str = "digest-x86_64-unknown-linux-gnu.tar.gz";

impl FakeRelease {
    fn new(version: &str, marker: &str) -> FakeRelease {
        let dir = tempfile::tempdir().unwrap();
        let assets = dir.path().join("repo/releases/download").join(version);
        std::fs::create_dir_all(&assets).unwrap();
        let staging = dir.path().join("staging");
        std::fs::create_dir_all(&staging).unwrap();
        let bin = staging.join("digest");
        std::fs::write(&bin, format!("#!/bin/sh\necho '{marker}'\n")).unwrap();
        shell(
            &format!("chmod +x digest && tar -czf {ARCHIVE} digest"),
            &staging,
        );
        std::fs::rename(staging.join(ARCHIVE), assets.join(ARCHIVE)).unwrap();
        shell(&format!("sha256sum {ARCHIVE} > {ARCHIVE}.sha256"), &assets);
        FakeRelease { dir }
    }

    fn repo_url(&self) -> String {
        format!("file://{}", self.dir.path().join("repo").display())
    }

    fn archive(&self, version: &str) -> PathBuf {
        self.dir
            .path()
            .join("repo/releases/download")
            .join(version)
            .join(ARCHIVE)
    }
}

fn shell(script: &str, dir: &Path) {
    let out = run_script(script, dir, &[]);
    assert!(out.status.success(), "{script}: {out:?}");
}

/// Runs the workflow's "Install digest" step with a fresh HOME and runner temp folder.
fn install(
    workflow: &serde_yaml::Value,
    repo: &str,
    sha256: &str,
) -> (std::process::Output, PathBuf, tempfile::TempDir) {
    let step = steps(&workflow["jobs"]["build"])
        .iter()
        .find(|s| s["name"].as_str() == Some("Install digest"))
        .unwrap();
    let script = step["run"].as_str().unwrap();
    let version = workflow["env"]["DIGEST_VERSION"].as_str().unwrap();
    let work = tempfile::tempdir().unwrap();
    let home = work.path().join("home");
    let temp = work.path().join("runner-temp");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&temp).unwrap();
    let path = format!(
        "{}:{}",
        home.join(".cargo/bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = run_script(
        script,
        work.path(),
        &[
            ("DIGEST_REPO", repo),
            ("DIGEST_VERSION", version),
            ("DIGEST_SHA256", sha256),
            ("RUNNER_TEMP", temp.to_str().unwrap()),
            ("HOME", home.to_str().unwrap()),
            ("PATH", &path),
        ],
    );
    (out, home.join(".cargo/bin/digest"), work)
}

#[test]
fn the_pages_workflow_installs_the_release_binary_of_its_own_version_after_checking_it() {
    let workflow = new_site_workflow();
    let version = format!("v{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(workflow["env"]["DIGEST_VERSION"].as_str(), Some(&*version));
    let release = FakeRelease::new(&version, "fake digest from the release");

    let (out, installed, _work) = install(&workflow, &release.repo_url(), "");
    assert!(out.status.success(), "{out:?}");
    assert!(installed.is_file());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&format!("{ARCHIVE}: OK")), "{said}");
    assert!(said.contains("fake digest from the release"), "{said}");

    // A checksum pinned in the workflow must match too.
    let sha = std::fs::read_to_string(
        release
            .archive(&version)
            .with_file_name(format!("{ARCHIVE}.sha256")),
    )
    .unwrap()
    .split_whitespace()
    .next()
    .unwrap()
    .to_string();
    let (out, installed, _work) = install(&workflow, &release.repo_url(), &sha);
    assert!(out.status.success(), "{out:?}");
    assert!(installed.is_file());
    let (out, installed, _work) = install(&workflow, &release.repo_url(), &"0".repeat(64));
    assert!(!out.status.success(), "{out:?}");
    assert!(!installed.exists());
}

#[test]
fn the_pages_workflow_refuses_a_release_binary_that_does_not_match_its_checksum() {
    let workflow = new_site_workflow();
    let version = format!("v{}", env!("CARGO_PKG_VERSION"));
    let release = FakeRelease::new(&version, "tampered");
    let mut bytes = std::fs::read(release.archive(&version)).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(release.archive(&version), bytes).unwrap();

    let (out, installed, _work) = install(&workflow, &release.repo_url(), "");
    assert!(!out.status.success(), "{out:?}");
    assert!(
        !installed.exists(),
        "a binary that failed its check was installed"
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&format!("{ARCHIVE}: FAILED")), "{said}");
}

#[test]
fn the_pages_workflow_stops_until_digest_repo_is_set() {
    let workflow = new_site_workflow();
    let (out, installed, _work) = install(&workflow, "https://github.com/OWNER/digest", "");
    assert!(!out.status.success());
    assert!(!installed.exists());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("set DIGEST_REPO to the git URL of digest"),
        "{said}"
    );
}
