//! `digest build`: config → content → site → render → write, failing before anything is written.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{self, Config};
use crate::{content, output, render, site, theme};

/// What `digest build` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Defaults to `root/public`.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// Any reason a build fails; each names the file it is about.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no site.toml in {}: run `digest new {}` to start a site, or pass --root", root.display(), root.display())]
    NoSite { root: PathBuf },
    #[error(transparent)]
    Config(#[from] config::Error),
    #[error("{}", join(.0))]
    Content(Vec<content::Error>),
    /// Problems already worded, one per line (the dev server keeps them between rebuilds).
    #[error("{}", .0.join("\n"))]
    Problems(Vec<String>),
    #[error(transparent)]
    Theme(#[from] theme::Error),
    #[error(transparent)]
    Render(#[from] render::Error),
    #[error(transparent)]
    Run(#[from] render::RunError),
    #[error(transparent)]
    Output(#[from] output::Error),
}

fn join(errors: &[content::Error]) -> String {
    let mut s = errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    if errors.len() > 1 {
        s.push_str(&format!("\n{} files have problems", errors.len()));
    }
    s
}

/// What a finished build reports.
#[derive(Debug, Clone)]
pub struct Report {
    pub output: PathBuf,
    pub articles: usize,
    pub tags: usize,
    pub files: usize,
    pub written: usize,
    pub unchanged: usize,
    pub elapsed: Duration,
    /// Drafts and future-dated articles left out of this build.
    pub held_back: crate::schedule::HeldBack,
}

/// A site's project as every command sees it: configuration, theme and the clock that decides
/// which articles are published. Loaded in one place for build, serve, check and publish.
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    pub theme: theme::Theme,
    pub now: jiff::Timestamp,
}

impl Project {
    /// Reads `root/site.toml` (with `base_url` overriding its own) and the theme it names.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Project, Error> {
        let config = load_config(root, base_url)?;
        let theme = theme::load(root, &config.theme)?;
        Ok(Project {
            root: root.to_path_buf(),
            config,
            theme,
            now: jiff::Timestamp::now(),
        })
    }

    /// The model of `pages` as this project publishes them.
    pub fn site(&self, pages: Vec<content::Page>, drafts: bool) -> site::Site {
        site::Site::new(self.config.clone(), pages, drafts, self.now)
    }

    /// Reads every article under `content/` into the model.
    pub fn load_site(&self, drafts: bool) -> Result<site::Site, Error> {
        let pages = content::load(&self.root).map_err(Error::Content)?;
        content::check_unique_slugs(&pages).map_err(Error::Content)?;
        Ok(self.site(pages, drafts))
    }
}

/// Loads the site at `root` into the model, without rendering.
pub fn load(root: &Path, base_url: Option<&str>, drafts: bool) -> Result<site::Site, Error> {
    Project::load(root, base_url)?.load_site(drafts)
}

/// Reads `root/site.toml`, with `base_url` (from `--base-url`) overriding its own.
pub fn load_config(root: &Path, base_url: Option<&str>) -> Result<Config, Error> {
    let config_path = root.join("site.toml");
    if !config_path.is_file() {
        return Err(Error::NoSite {
            root: root.to_path_buf(),
        });
    }
    let mut config = Config::load(&config_path).map_err(|e| match e {
        // Show the path as the user knows it.
        config::Error::Parse {
            line,
            column,
            message,
            ..
        } => config::Error::Parse {
            path: PathBuf::from("site.toml"),
            line,
            column,
            message,
        },
        other => other,
    })?;
    if let Some(url) = base_url {
        config.set_base_url(url);
    }
    config.root = root.to_path_buf();
    Ok(config)
}

/// Runs a whole build.
pub fn build(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    let root = &options.root;
    let out_dir = options.output.clone().unwrap_or_else(|| {
        if root == Path::new(".") {
            PathBuf::from("public")
        } else {
            root.join("public")
        }
    });
    output::check_target(root, &out_dir)?;
    let spans = Spans::from_env();
    let project = Project::load(root, options.base_url.as_deref())?;
    let pages = content::load(root).map_err(Error::Content)?;
    content::check_unique_slugs(&pages).map_err(Error::Content)?;
    spans.mark("content");
    let held_back = crate::schedule::HeldBack::count(&pages, options.drafts, project.now);
    let site = project.site(pages, options.drafts);
    spans.mark("model");
    let plan = render::Plan::new(&site, &project.theme);
    let renderer = render::Renderer::new(&site, &project.theme, &plan)?;
    spans.mark("plan");
    // Each file goes to the staging folder as it is rendered: memory holds the model, not the site.
    let stats = output::write_with(&out_dir, |staging| {
        renderer.run(plan.jobs(), staging).map_err(Error::from)
    })?;
    spans.mark("render and write");
    Ok(Report {
        output: out_dir,
        articles: site.pages.len(),
        tags: site.taxonomy.tags.len(),
        files: stats.written + stats.unchanged,
        written: stats.written,
        unchanged: stats.unchanged,
        elapsed: started.elapsed(),
        held_back,
    })
}

/// Stage timings and memory on stderr when `DIGEST_TIMING` is set, for profiling large builds.
pub(crate) struct Spans {
    last: Option<std::cell::Cell<Instant>>,
}

impl Spans {
    pub(crate) fn from_env() -> Spans {
        Spans {
            last: std::env::var_os("DIGEST_TIMING").map(|_| std::cell::Cell::new(Instant::now())),
        }
    }

    pub(crate) fn mark(&self, stage: &str) {
        let Some(last) = &self.last else { return };
        // Linux reports the resident peak so far; elsewhere the line has times only.
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        eprintln!(
            "timing: {stage}: {} ms (resident {}, peak {})",
            last.get().elapsed().as_millis(),
            field("VmRSS:"),
            field("VmHWM:")
        );
        last.set(Instant::now());
    }
}
