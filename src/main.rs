//! The `digest` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// digest turns news articles (Markdown with YAML front matter) into a browsable news-digest site.
#[derive(Parser)]
#[command(name = "digest", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new site in DIR (site.toml and an example article) that builds as it is.
    New {
        /// Folder for the new site; created if missing, must be empty if it exists.
        dir: PathBuf,
    },
    /// Build the site: content/ + theme + site.toml → public/.
    ///
    /// Nothing is written unless the whole build succeeds; the new site replaces the output
    /// folder in one step, and files whose bytes did not change are left alone.
    Build {
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// Override site.toml's base_url, e.g. https://user.github.io/digest/.
        #[arg(long)]
        base_url: Option<String>,
        /// Include drafts and articles dated in the future.
        #[arg(long)]
        drafts: bool,
    },
    /// Check the site without writing anything.
    ///
    /// Errors: broken links and anchors in article bodies (checked against the pages the build
    /// would write), files that do not parse (missing title or date), articles sharing a slug.
    /// Warnings: no source, empty summary, tags that look like another tag's spelling
    /// ("Korea Selatan" / "Korea-Selatan"), and a base_url without a host. Each finding names its
    /// file (and line); the exit status is 1 when there is an error, 0 with warnings only.
    Check {
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Check as if built with this base_url, e.g. https://user.github.io/digest/.
        #[arg(long)]
        base_url: Option<String>,
        /// Include drafts and articles dated in the future, as `digest build --drafts` does.
        #[arg(long)]
        drafts: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            let message = e.to_string();
            eprintln!("error: {message}");
            // Most messages already quote their cause; print only causes they do not.
            let mut cause = e.source();
            while let Some(c) = cause {
                let text = c.to_string();
                if !message.contains(&text) {
                    eprintln!("  caused by: {text}");
                }
                cause = c.source();
            }
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::New { dir } => {
            digest::scaffold::new_site(&dir)?;
            println!(
                "Created a new site in {0}. Build it with: digest build --root {0}",
                dir.display()
            );
        }
        Command::Build {
            root,
            output,
            base_url,
            drafts,
        } => {
            let report = digest::build::build(&digest::build::Options {
                root,
                output,
                base_url,
                drafts,
            })?;
            println!(
                "Built {} articles, {} tags: {} files in {} ({} written, {} unchanged) in {} ms",
                report.articles,
                report.tags,
                report.files,
                report.output.display(),
                report.written,
                report.unchanged,
                report.elapsed.as_millis()
            );
        }
        Command::Check {
            root,
            base_url,
            drafts,
        } => {
            let report = digest::check::check(&digest::check::Options {
                root,
                base_url,
                drafts,
            })?;
            for finding in &report.findings {
                println!("{finding}");
            }
            println!("{}", report.summary());
            if report.errors() > 0 {
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
