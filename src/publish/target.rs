//! Which branch `--branch` names, and whether moving it could touch a checkout.
//!
//! A name reaches a checked-out branch in more ways than its spelling: `HEAD` and `@` are
//! whatever is checked out, `refs/heads/main` is `main`, a symbolic ref (possibly chained) is the
//! branch at its end, and "checked out" includes every linked worktree and a worktree whose
//! HEAD is detached for a rebase or a bisect of that branch. Each is resolved here before anything
//! is written.

use std::path::{Path, PathBuf};

use super::{Error, Git};

/// The branch a publish writes to.
#[derive(Debug, Clone)]
pub(super) struct Target {
    /// The branch's short name, as messages and `git push` hints show it.
    pub name: String,
    /// Its full ref name, `refs/heads/NAME`.
    pub refname: String,
}

/// A branch some worktree depends on.
struct InUse {
    refname: String,
    worktree: PathBuf,
    how: &'static str,
}

impl Git {
    /// Validates `--branch` and checks that moving it cannot change any checkout.
    pub(super) fn target(&self, branch: &str) -> Result<Target, Error> {
        let target = self.parse_branch(branch)?;
        // Fully resolved, so a chain of symbolic refs is followed to the branch it ends at.
        let symbolic = self.symbolic_target(&target.refname)?;
        let names: Vec<&str> = std::iter::once(target.refname.as_str())
            .chain(symbolic.as_deref())
            .collect();
        for used in self.branches_in_use()? {
            let resolved = self.symbolic_target(&used.refname)?;
            let in_use: Vec<&String> = std::iter::once(&used.refname)
                .chain(resolved.as_ref())
                .collect();
            let hit = in_use.iter().any(|r| names.contains(&r.as_str()));
            // On file systems that ignore case (macOS, Windows) `Main` is the file of `main`.
            let case_only = !hit
                && in_use
                    .iter()
                    .any(|r| names.iter().any(|n| n.to_lowercase() == r.to_lowercase()));
            if hit || case_only {
                return Err(Error::BranchCheckedOut {
                    branch: target.name,
                    through: symbolic,
                    worktree: used.worktree,
                    how: if hit {
                        used.how
                    } else {
                        "the same, but for letter case, as a branch checked out (file systems that ignore case keep both in one file)"
                    },
                });
            }
        }
        // Updating a symbolic ref writes through it to another branch, and replacing it would
        // destroy the link the user made: either way it is not ours to change.
        if let Some(points_to) = symbolic {
            return Err(Error::SymbolicBranch {
                branch: target.name,
                refname: target.refname,
                points_to,
            });
        }
        Ok(target)
    }

    /// Turns `--branch` into a branch name and its full ref name, refusing anything else.
    fn parse_branch(&self, branch: &str) -> Result<Target, Error> {
        let bad = |reason| Error::BadBranch {
            branch: branch.to_string(),
            reason,
        };
        // `refs/heads/NAME` spelled in full means NAME, never a branch called `refs/heads/NAME`.
        let name = branch.strip_prefix("refs/heads/").unwrap_or(branch);
        if name == "HEAD" || name == "@" {
            return Err(bad(
                "it names whatever is checked out, not a branch of its own",
            ));
        }
        if name.starts_with("refs/") {
            return Err(bad(
                "it is a full ref name outside refs/heads/; a full name must be refs/heads/NAME",
            ));
        }
        if name.is_empty() || name.starts_with('-') {
            return Err(bad("git does not accept it as a branch name"));
        }
        let run = self.run(self.command(&["check-ref-format", "--branch", name]), None)?;
        // `--branch` expands `@{-1}` and friends; a name git rewrote is not a name of its own.
        if !run.success || run.stdout.trim() != name {
            return Err(bad("git does not accept it as a branch name"));
        }
        Ok(Target {
            name: name.to_string(),
            refname: format!("refs/heads/{name}"),
        })
    }

    /// The ref `refname` ends at when it is a symbolic ref, following every link.
    fn symbolic_target(&self, refname: &str) -> Result<Option<String>, Error> {
        let run = self.run(self.command(&["symbolic-ref", "-q", refname]), None)?;
        let target = run.stdout.trim();
        Ok((run.success && !target.is_empty() && target != refname).then(|| target.to_string()))
    }

    /// Every branch that a worktree has checked out, or is rebasing or bisecting.
    fn branches_in_use(&self) -> Result<Vec<InUse>, Error> {
        let list = self.ok(&["worktree", "list", "--porcelain"])?;
        let mut used = Vec::new();
        let mut worktree = self.dir.clone();
        for line in list.lines() {
            if let Some(path) = line.strip_prefix("worktree ") {
                worktree = PathBuf::from(path);
            } else if let Some(refname) = line.strip_prefix("branch ") {
                used.push(InUse {
                    refname: refname.to_string(),
                    worktree: worktree.clone(),
                    how: "checked out",
                });
            } else if line == "detached" {
                used.extend(self.detached_work(&worktree));
            }
        }
        Ok(used)
    }

    /// The branch a detached worktree will return to when its rebase or bisect ends: git
    /// itself refuses to move it meanwhile, since the end of the rebase would overwrite it.
    fn detached_work(&self, worktree: &Path) -> Vec<InUse> {
        let mut command = self.command(&[
            "rev-parse",
            "--path-format=absolute",
            "--git-path",
            "rebase-merge/head-name",
            "--git-path",
            "rebase-apply/head-name",
            "--git-path",
            "BISECT_START",
        ]);
        command.current_dir(worktree);
        // A worktree whose folder is gone cannot be mid-rebase; there is nothing to read.
        let Ok(run) = self.run(command, None) else {
            return Vec::new();
        };
        let hows = ["being rebased", "being rebased", "being bisected"];
        run.stdout
            .lines()
            .zip(hows)
            .filter(|_| run.success)
            .filter_map(|(path, how)| {
                let name = std::fs::read_to_string(path).ok()?;
                let name = name.trim();
                let refname = if name.starts_with("refs/") {
                    name.to_string()
                } else {
                    format!("refs/heads/{name}")
                };
                Some(InUse {
                    refname,
                    worktree: worktree.to_path_buf(),
                    how,
                })
            })
            .collect()
    }
}
