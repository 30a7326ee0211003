//! The `digest` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

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
        /// Also write .github/workflows/pages.yml, a GitHub Actions workflow that builds the site
        /// and deploys it to GitHub Pages on every push to main.
        #[arg(long)]
        github_pages: bool,
    },
    /// Import plain news texts as articles: each .txt becomes content/<slug>.md.
    ///
    /// Title, date, source, location, language, summary and tags are recovered from the text
    /// (headline, dateline such as "Liputan6.com, Tokyo -", dates such as "Kamis (15/1/2026)"),
    /// and scraping noise ("Advertisement", "Baca juga: ...") is removed. Existing pages are
    /// never overwritten: re-importing the same text does nothing unless --force. Run it in a
    /// site's folder (the one holding site.toml), or say where pages go with --out. Imports into
    /// one folder take turns: a second run waits until the first has finished.
    Import {
        /// Text files, or folders to search for *.txt.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Folder for the new pages [default: content, in a folder holding site.toml].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite the page a text was imported to before.
        #[arg(long)]
        force: bool,
        /// Print the pages that would be written; write nothing.
        #[arg(long)]
        dry_run: bool,
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
    /// Build the site and commit it to a branch for GitHub Pages (gh-pages), optionally pushing it.
    ///
    /// The site is built in a temporary folder and committed with git plumbing, so your working
    /// tree, index and current branch are left exactly as they are. The branch gets .nojekyll,
    /// and CNAME when base_url names a custom domain. Publishing an unchanged site makes no new
    /// commit. Then set GitHub's Settings → Pages → Source to "Deploy from a branch": gh-pages.
    Publish {
        /// The site's folder (the one holding site.toml); it must be inside a git repository.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The branch that receives the built site (NAME or refs/heads/NAME); created if
        /// missing. A branch any worktree has checked out, and a symbolic ref, are refused.
        #[arg(long, default_value = "gh-pages")]
        branch: String,
        /// The git remote that --push pushes to.
        #[arg(long, default_value = "origin")]
        remote: String,
        /// Push the branch to the remote after committing.
        #[arg(long)]
        push: bool,
        /// Override site.toml's base_url, e.g. https://user.github.io/digest/.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Serve the site on a local web server, from memory, with live reload.
    ///
    /// With --watch every change to content/, themes/, templates/, static/ or site.toml
    /// rebuilds what it affects and every open page reloads itself (a stylesheet change swaps
    /// the stylesheet only). A failed rebuild keeps serving the last good site and shows the
    /// error, with file and line, over the open page until the next good save.
    ///
    /// The server only reads (other methods get 405) and answers only to this machine's names
    /// (localhost, 127.0.0.1, [::1], the --bind address; any IP address when bound to 0.0.0.0
    /// or ::), so a web page cannot reach it through another name (DNS rebinding).
    Serve {
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; the default keeps the server on this machine.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Rebuild on every change and reload the browser.
        #[arg(long)]
        watch: bool,
        /// Include drafts and articles dated in the future.
        #[arg(long)]
        drafts: bool,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Milliseconds a client may take to send a request's head (tests shorten it).
        #[arg(long, default_value_t = 10_000, hide = true, value_parser = clap::value_parser!(u64).range(1..))]
        header_timeout_ms: u64,
        /// Milliseconds a connection may move no bytes before it is closed (tests shorten it).
        #[arg(long, default_value_t = 60_000, hide = true, value_parser = clap::value_parser!(u64).range(1..))]
        idle_timeout_ms: u64,
    },
    /// Work with the site's theme: copy built-in templates into it to edit them.
    Theme {
        #[command(subcommand)]
        action: ThemeCommand,
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

#[derive(Subcommand)]
enum ThemeCommand {
    /// Copy built-in templates into themes/THEME/templates/ (THEME from site.toml, "default"
    /// unless set), where they replace the built-in ones and can be edited.
    ///
    /// With no TEMPLATE, every built-in template is copied. A file that already exists is never
    /// overwritten: the command stops before writing anything and names it. Delete an ejected
    /// file to go back to the built-in template.
    Eject {
        /// Templates to copy: base.html, index.html, article.html, tag.html, tags.html,
        /// archive.html, archive_month.html, edition.html, search.html, 404.html, partials/card.html,
        /// partials/pagination.html,
        /// author.html, authors.html, section.html, partials/term_list.html
        /// (".html" and "partials/" may be left out) [default: all].
        templates: Vec<String>,
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
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
        Command::New { dir, github_pages } => {
            digest::scaffold::new_site(&dir, &digest::scaffold::Options { github_pages })?;
            println!(
                "Created a new site in {0}. Build it with: digest build --root {0}",
                dir.display()
            );
            if github_pages {
                println!(
                    "Wrote {}: its first lines say how to turn on GitHub Pages for it.",
                    dir.join(digest::scaffold::PAGES_WORKFLOW_PATH).display()
                );
            }
        }
        Command::Import {
            paths,
            out,
            force,
            dry_run,
        } => import(paths, out, force, dry_run)?,
        Command::Build {
            root,
            output,
            base_url,
            drafts,
        } => {
            let report = digest::build::build(&digest::build::Options {
                root: root.clone(),
                output,
                base_url: base_url.clone(),
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
            if report.held_back.total() > 0 {
                println!("{}", report.held_back);
            }
            // The build succeeded, so site.toml reads; a failure here only skips the advice.
            if let Ok(config) = digest::build::load_config(&root, base_url.as_deref())
                && let Some(note) = digest::advice::robots_note(&config)
            {
                println!("{note}");
            }
        }
        Command::Publish {
            root,
            branch,
            remote,
            push,
            base_url,
        } => {
            let report = digest::publish::publish(&digest::publish::Options {
                root,
                branch,
                remote,
                push,
                base_url,
            })?;
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            println!("{report}");
        }
        Command::Serve {
            root,
            port,
            bind,
            watch,
            drafts,
            open,
            header_timeout_ms,
            idle_timeout_ms,
        } => digest::serve::run(&digest::serve::Options {
            root,
            bind,
            port,
            watch,
            drafts,
            open,
            header_timeout: Duration::from_millis(header_timeout_ms),
            idle_timeout: Duration::from_millis(idle_timeout_ms),
        })?,
        Command::Theme {
            action: ThemeCommand::Eject { templates, root },
        } => {
            let report = digest::eject::eject(&digest::eject::Options { root, templates })?;
            for path in &report.written {
                println!("wrote {}", path.display());
            }
            println!(
                "Ejected {} template(s) into {}: digest now uses them instead of the built-in ones. Edit them there; delete one to go back to the built-in template.",
                report.written.len(),
                report.dir.display()
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

/// Runs `digest import`, printing what happens to each file; fails if any file failed.
fn import(
    paths: Vec<PathBuf>,
    out: Option<PathBuf>,
    force: bool,
    dry_run: bool,
) -> anyhow::Result<()> {
    use digest::import;
    let out = match out {
        Some(out) => out,
        // Without this check a stray run in the wrong folder quietly starts a new `content/`.
        None if std::path::Path::new("site.toml").is_file() => PathBuf::from("content"),
        None => anyhow::bail!(
            "no site.toml in this folder, so there is no content/ to import into: run digest import in your site's folder (digest new DIR makes a site), or choose the folder for the pages with --out DIR"
        ),
    };
    let config = site_config(&out)?;
    let options = import::Options {
        inputs: paths,
        out,
        force,
        dry_run,
        aliases: config
            .as_ref()
            .map(|c| c.taxonomies.aliases.clone())
            .unwrap_or_default(),
        default_lang: config
            .as_ref()
            .map(|c| c.language.clone())
            .unwrap_or_else(|| "id".into()),
    };
    let summary = import::run(&options, &mut print_import_event)?;
    println!(
        "{} {}, {} already imported, {} failed, {} warnings",
        summary.written,
        if dry_run {
            "would be written"
        } else {
            "written"
        },
        summary.unchanged,
        summary.failed,
        summary.warnings
    );
    if summary.failed > 0 {
        anyhow::bail!("{} file(s) could not be imported", summary.failed);
    }
    Ok(())
}

/// Tag aliases and the default language come from the site the pages are for.
fn site_config(out: &std::path::Path) -> anyhow::Result<Option<digest::config::Config>> {
    let site_toml = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .join("site.toml");
    Ok(if site_toml.is_file() {
        Some(digest::config::Config::load(&site_toml)?)
    } else {
        None
    })
}

fn print_import_event(event: digest::import::Event) {
    use digest::import::Event;
    match event {
        Event::Waiting { folder } => eprintln!(
            "another digest import is writing to {}: waiting for it to finish",
            folder.display()
        ),
        Event::Wrote { from, to, title } => {
            println!("{} → {} ({title})", from.display(), to.display())
        }
        Event::WouldWrite { from, to, page } => {
            println!(
                "would write {} from {}:\n{page}",
                to.display(),
                from.display()
            )
        }
        Event::AlreadyImported { from, page } => println!(
            "{}: already imported as {}; nothing to do (--force overwrites it)",
            from.display(),
            page.display()
        ),
        Event::Warning { file, message } => eprintln!("warning: {}: {message}", file.display()),
        Event::Failed { file, message } => eprintln!("error: {}: {message}", file.display()),
    }
}
