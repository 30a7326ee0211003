//! The dev server's memory of the site: sources, model and render plan of the last good build,
//! and the rebuild that re-reads only changed files and re-renders the jobs the plan says
//! they touch. The output itself lives on disk ([`Served`]).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::{Error, Project, Spans};
use crate::config::Config;
use crate::content::{self, Page};
use crate::output::{Collect, Output};
use crate::render::plan::Edit;
use crate::render::{Job, Plan, Renderer, search, values};
use crate::site::Site;
use crate::site::images::Origin;
use crate::theme::{self, Theme};

use super::served::Served;

/// What changed on disk, as the watcher classified it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// `site.toml`.
    Config,
    /// A file or folder under `content/` (created, modified or removed).
    Content(PathBuf),
    /// Anything under a `templates/` folder.
    Templates,
    /// Anything under a `static/` folder.
    Static,
}

/// What a rebuild did, for the terminal line and the browser.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Output paths whose bytes changed, were added or were removed.
    pub changed: Vec<String>,
    /// How much was rebuilt, in words ("2 pages", "everything").
    pub rebuilt: String,
}

impl Outcome {
    /// True when only stylesheets changed, so the browser can swap them without reloading.
    pub fn css_only(&self) -> bool {
        !self.changed.is_empty() && self.changed.iter().all(|p| p.ends_with(".css"))
    }
}

/// One article file as the dev server last read it.
enum Source {
    /// Parsed. `None` once the page is in `site.pages` (at `index[file]`), so that every
    /// article is held once, and the server's memory stays the build's.
    Page(Option<Box<Page>>),
    /// The file's problem, worded.
    Broken(String),
}

/// The site as the dev server holds it.
pub struct Workspace {
    root: PathBuf,
    base_url: Option<String>,
    drafts: bool,
    config: Config,
    theme: Theme,
    /// Every article file by its path relative to the root (drafts included).
    sources: BTreeMap<PathBuf, Source>,
    site: Site,
    /// Where each article file sits in `site.pages`.
    index: Positions,
    plan: Plan,
    served: Served,
    /// Files changed since the last good build (kept across failed rebuilds).
    pending: BTreeSet<PathBuf>,
    /// A failed rebuild may have left the model ahead of the output: render everything next.
    pending_full: bool,
    /// The search index lags the pages after an article edit; `refresh_search` catches it up.
    search_stale: bool,
}

impl Workspace {
    /// Loads and renders the whole site.
    pub fn open(root: &Path, base_url: Option<String>, drafts: bool) -> Result<Workspace, Error> {
        let spans = Spans::from_env();
        let project = Project::load(root, base_url.as_deref())?;
        let files =
            content::markdown_files(&root.join("content")).map_err(|e| Error::Content(vec![e]))?;
        // Read in parallel, as a build reads, and straight into the model: boxing each page
        // first (as an edit's page is) left a freed hole per article behind, ~60 MB at 100,000.
        let read: Vec<(PathBuf, Result<Page, String>)> = files
            .par_iter()
            .map(|file| {
                let rel = file.strip_prefix(root).unwrap_or(file).to_path_buf();
                let page = parse_page(root, &rel);
                (rel, page)
            })
            .collect();
        let now = jiff::Timestamp::now();
        let mut sources = BTreeMap::new();
        // Sized once: a vector grown by doubling leaves its outgrown copies resident.
        let mut shown = Vec::with_capacity(read.len());
        for (rel, page) in read {
            let source = match page {
                Ok(page) if Site::shows(&page, drafts, now) => {
                    shown.push(page);
                    Source::Page(None)
                }
                Ok(page) => Source::Page(Some(Box::new(page))),
                Err(message) => Source::Broken(message),
            };
            sources.insert(rel, source);
        }
        let site = Site::new(project.config.clone(), shown, drafts, now);
        let plan = Plan::new(&site, &project.theme);
        let mut ws = Workspace {
            root: root.to_path_buf(),
            base_url,
            drafts,
            config: project.config,
            theme: project.theme,
            sources,
            index: Positions::of(&site),
            site,
            plan,
            served: Served::new()?,
            pending: BTreeSet::new(),
            pending_full: false,
            search_stale: false,
        };
        spans.mark("content and model");
        ws.check_broken()?;
        // Every page is new to the model here: check them all, in file order.
        let all: Vec<&Page> = ws.sources.keys().filter_map(|f| ws.page(f)).collect();
        content::check_unique_slugs(all).map_err(Error::Content)?;
        ws.render_all()?;
        spans.mark("render and write");
        Ok(ws)
    }

    /// The files of the last good build.
    pub fn served(&self) -> &Served {
        &self.served
    }

    /// Every file of the last good build, read into memory (for tests and small sites).
    pub fn snapshot(&self) -> Output {
        let mut output = Output::default();
        for path in self.served.paths() {
            if let Some(bytes) = self.served.read(path) {
                output.insert(path.clone(), bytes);
            }
        }
        output
    }

    /// The site's configuration as last loaded.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Brings the site up to date with `changes`. On error the previous output stays, and what
    /// changed is remembered for the next attempt.
    pub fn apply(&mut self, changes: &BTreeSet<Change>) -> Result<Outcome, Error> {
        let mut outcome = self.apply_pages(changes)?;
        if let Some(files) = self.stale_search()? {
            outcome.changed.extend(self.install_search(files));
            outcome.changed.sort();
            outcome.changed.dedup();
        }
        Ok(outcome)
    }

    /// The search index files for the current pages, if an edit left the index behind. Takes
    /// only `&self`, so the server can build it while it keeps answering requests.
    pub fn stale_search(&self) -> Result<Option<Output>, Error> {
        self.stale_search_unless(&|| false)
    }

    /// Like `stale_search`, but gives up (`None`) as soon as `stop` says so: at 100,000
    /// articles the index takes seconds, and a save that arrives meanwhile must not wait.
    pub fn stale_search_unless(
        &self,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<Option<Output>, Error> {
        // After a failed render the model is ahead of the served pages, and the next good one
        // renders everything, the index with it: an index caught up now would find words no
        // served page has.
        if self.pending_full || !self.search_stale || !self.plan.jobs().contains(&Job::Search) {
            return Ok(None);
        }
        let sink = Collect::default();
        let done =
            Renderer::new(&self.site, &self.theme, &self.plan)?.search_unless(&sink, stop)?;
        Ok(done.then(|| sink.into_output()))
    }

    /// Puts fresh search files in place; returns the paths whose bytes changed.
    pub fn install_search(&mut self, files: Output) -> Vec<String> {
        self.search_stale = false;
        let pending = self.served.pending();
        for (path, bytes) in files.files {
            if let Err(e) = crate::output::Sink::put(&pending, path, bytes) {
                eprintln!("error: {e}");
            }
        }
        let done = pending.finish();
        match self.served.commit(done, false) {
            Ok(changed) => changed,
            Err(e) => {
                eprintln!("error: {e}");
                Vec::new()
            }
        }
    }

    /// Like `apply`, but leaves the search index to `stale_search` and `install_search`: the
    /// pages a writer is looking at are ready sooner.
    pub fn apply_pages(&mut self, changes: &BTreeSet<Change>) -> Result<Outcome, Error> {
        if changes.contains(&Change::Config) {
            let fresh = Workspace::open(&self.root, self.base_url.clone(), self.drafts)?;
            let changed = diff(&self.served, &fresh.served);
            *self = fresh;
            return Ok(Outcome {
                changed,
                rebuilt: "everything (site.toml changed)".into(),
            });
        }
        // After a failure the theme on disk may differ from the one in memory: read it again.
        let new_theme = if changes.contains(&Change::Templates)
            || changes.contains(&Change::Static)
            || self.pending_full
        {
            let theme = theme::load(&self.root, &self.config.theme)?;
            if !same_templates(&theme, &self.theme) {
                self.pending_full = true;
            }
            // A removed static file may uncover a generated one (robots.txt): start afresh.
            if self
                .theme
                .statics
                .keys()
                .any(|k| !theme.statics.contains_key(k))
            {
                self.pending_full = true;
            }
            Some(theme)
        } else {
            None
        };
        // A photo replaced under its name changes the URLs of its copies on every page that
        // shows it: render it all, so the old copies go too (rare: photos are seldom redone).
        let photo_changed = self.photo_changed(changes, new_theme.as_ref());
        for change in changes {
            if let Change::Content(path) = change {
                self.reread(path);
            }
        }
        self.check_sources()?;
        let theme = new_theme.unwrap_or_else(|| self.theme.clone());
        let result = if photo_changed {
            self.rebuild_all(theme, "everything (a lead photo changed)")
        } else if self.pending_full {
            self.rebuild_all(theme, "everything (templates changed)")
        } else {
            self.rebuild_some(theme)
        };
        match result {
            Ok(outcome) => {
                self.pending.clear();
                self.pending_full = false;
                Ok(outcome)
            }
            Err(e) => {
                self.pending_full = true;
                Err(e)
            }
        }
    }

    /// Whether `changes` touch the file of a shown article's lead image: a file under
    /// `content/` by its path, a static one by its bytes in the theme read again.
    fn photo_changed(&self, changes: &BTreeSet<Change>, new_theme: Option<&Theme>) -> bool {
        let files: Vec<PathBuf> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Content(path) => {
                    Some(path.strip_prefix(&self.root).unwrap_or(path).to_path_buf())
                }
                _ => None,
            })
            .collect();
        self.site
            .pages
            .iter()
            .any(|page| match crate::site::images::origin(page) {
                Ok(Some((_, Origin::File(file)))) => files.iter().any(|f| file.starts_with(f)),
                Ok(Some((_, Origin::Static(path)))) => {
                    new_theme.is_some_and(|t| t.statics.get(&path) != self.theme.statics.get(&path))
                }
                _ => false,
            })
    }

    /// Re-makes the model from every source and renders all of it. The pages move from the
    /// old model to the new one (never copied); when the render fails the model is ahead of
    /// the served files, which the caller records so the next attempt renders everything.
    fn rebuild_all(&mut self, theme: Theme, what: &str) -> Result<Outcome, Error> {
        let now = jiff::Timestamp::now();
        let mut old: Vec<Option<Page>> = std::mem::take(&mut self.site.pages)
            .into_iter()
            .map(Some)
            .collect();
        let mut shown = Vec::with_capacity(old.len());
        for (file, source) in self.sources.iter_mut() {
            let Source::Page(slot) = source else { continue };
            let at = |i: usize| old.get(i)?.as_ref().map(|p| p.file.as_path());
            let held = self
                .index
                .get(file, at)
                .and_then(|i| old.get_mut(i)?.take());
            let Some(page) = slot.take().map(|b| *b).or(held) else {
                continue;
            };
            if Site::shows(&page, self.drafts, now) {
                shown.push(page);
            } else {
                *slot = Some(Box::new(page));
            }
        }
        drop(old);
        self.site = Site::new(self.config.clone(), shown, self.drafts, now);
        self.index = Positions::of(&self.site);
        self.theme = theme;
        self.plan = Plan::new(&self.site, &self.theme);
        Ok(Outcome {
            changed: self.render_all()?,
            rebuilt: what.to_string(),
        })
    }

    /// Renders every job of the plan, search included; returns the paths that changed.
    fn render_all(&mut self) -> Result<Vec<String>, Error> {
        self.search_stale = false;
        render_into(
            &mut self.served,
            &self.site,
            &self.theme,
            &self.plan,
            self.plan.jobs(),
            true,
        )
    }

    /// Where the model holds `file`'s page, when the site shows it.
    fn position(&self, file: &Path) -> Option<usize> {
        let pages = &self.site.pages;
        self.index
            .get(file, |i| pages.get(i).map(|p| p.file.as_path()))
    }

    /// The model's page of `file`, when the site shows it.
    fn shown(&self, file: &Path) -> Option<&Page> {
        self.site.pages.get(self.position(file)?)
    }

    /// The page of `file` as last read, wherever it is held.
    fn page(&self, file: &Path) -> Option<&Page> {
        match self.sources.get(file)? {
            Source::Page(Some(page)) => Some(page),
            Source::Page(None) => self.shown(file),
            Source::Broken(_) => None,
        }
    }

    /// Every problem in the sources (parse errors, shared slugs) as one error.
    fn check_sources(&self) -> Result<(), Error> {
        self.check_broken()?;
        self.check_read_slugs()
    }

    /// Fails with every file that could not be read or parsed.
    fn check_broken(&self) -> Result<(), Error> {
        let errors: Vec<String> = self
            .sources
            .values()
            .filter_map(|s| match s {
                Source::Broken(message) => Some(message.clone()),
                Source::Page(_) => None,
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Problems(errors))
        }
    }

    /// Fails when a page read since the model was made takes another page's slug.
    fn check_read_slugs(&self) -> Result<(), Error> {
        // The pages read since the model was made (edited files, hidden drafts). The model's
        // own pages had unique slugs when it was made, so only a read page can clash: with
        // another read page, or with a model page it does not replace. Hashing every slug and
        // looking every file up in `pending` cost ~100 ms a save at 100,000 articles.
        let read: Vec<&Page> = self
            .sources
            .values()
            .filter_map(|s| match s {
                Source::Page(Some(page)) => Some(&**page),
                _ => None,
            })
            .collect();
        if read.is_empty() {
            return Ok(());
        }
        let read_slugs: HashSet<&str> = read.iter().map(|p| p.slug.as_str()).collect();
        // Usually one or two slugs: comparing strings beats hashing 100,000 of them.
        let few: Vec<&str> = read_slugs.iter().copied().take(16).collect();
        let is_read_slug = |slug: &str| {
            if read_slugs.len() <= few.len() {
                few.contains(&slug)
            } else {
                read_slugs.contains(slug)
            }
        };
        // A model page is held there unless its file changed since (then its source has the
        // new page, or the file is gone). Model pages first, as a whole check would see them.
        let held = self
            .site
            .pages
            .iter()
            .filter(|p| is_read_slug(&p.slug) && !self.pending.contains(&p.file));
        content::check_unique_slugs(held.chain(read)).map_err(Error::Content)
    }

    /// Re-reads `path` (a file or folder under content/) into `sources`, noting what changed.
    fn reread(&mut self, path: &Path) {
        let rel = path.strip_prefix(&self.root).unwrap_or(path).to_path_buf();
        let abs = self.root.join(&rel);
        // Whatever was known under this path may be gone (a file or a whole folder removed).
        // Paths order by component, so everything under `rel` follows it.
        let known: Vec<PathBuf> = self
            .sources
            .range(rel.clone()..)
            .map(|(k, _)| k)
            .take_while(|k| k.starts_with(&rel))
            .cloned()
            .collect();
        for k in known {
            if !self.root.join(&k).is_file() {
                self.sources.remove(&k);
                self.pending.insert(k);
            }
        }
        let files = if abs.is_dir() {
            content::markdown_files(&abs).unwrap_or_default()
        } else if abs.is_file() && abs.extension().is_some_and(|e| e == "md") {
            vec![abs]
        } else {
            Vec::new()
        };
        for file in files {
            let rel = file.strip_prefix(&self.root).unwrap_or(&file).to_path_buf();
            let source = read_page(&self.root, &rel);
            let same = match (self.page(&rel), &source) {
                (Some(old), Source::Page(Some(new))) => old == &**new,
                _ => false,
            };
            // An unchanged page stays where it is held (in the model, usually).
            if !same {
                self.sources.insert(rel.clone(), source);
                self.pending.insert(rel);
            }
        }
    }

    /// Re-renders after content or static edits: only the changed pages and what shows them,
    /// unless an edit moved something (order, slugs, tags, visibility).
    fn rebuild_some(&mut self, theme: Theme) -> Result<Outcome, Error> {
        let now = jiff::Timestamp::now();
        let visible = |p: &Page| Site::shows(p, self.drafts, now);
        // Only the changed files can have moved: every other page is as the site has it.
        let structure_same = self.pending.iter().all(|file| {
            let shown = self.shown(file);
            match (shown, self.sources.get(file)) {
                (Some(old), Some(Source::Page(Some(new)))) => {
                    visible(new) && same_structure(old, new)
                }
                (None, Some(Source::Page(Some(new)))) => !visible(new),
                (None, None) => true,
                _ => false,
            }
        });
        if !structure_same {
            return self.rebuild_all(theme, "everything (articles added, removed or moved)");
        }
        // Edited pages that the site shows move into the model.
        let mut by_file: BTreeMap<PathBuf, Page> = BTreeMap::new();
        for file in &self.pending {
            if self.shown(file).is_some()
                && let Some(Source::Page(slot)) = self.sources.get_mut(file)
                && let Some(page) = slot.take()
            {
                by_file.insert(file.clone(), *page);
            }
        }

        let had_code = self.site.has_code();
        let mut edits = Vec::new();
        for file in &self.pending {
            let (Some(i), Some(new)) = (self.position(file), by_file.remove(file)) else {
                continue; // a hidden draft changed, or the file is gone: nothing shows it
            };
            let old_card = values::card_value(&self.site, i);
            self.site.pages[i] = new;
            let card_changed = old_card != values::card_value(&self.site, i);
            edits.push(Edit {
                page: i,
                card_changed,
            });
        }
        // The plan lists the statics; a file added or removed changes the plan itself.
        let statics_moved = !theme.statics.keys().eq(self.theme.statics.keys());
        let search_script_changed =
            theme.statics.get(search::SCRIPT) != self.theme.statics.get(search::SCRIPT);
        self.theme = theme;
        // Whether any page has code is shown by every page (the highlighting stylesheet).
        if had_code != self.site.has_code() {
            let theme = self.theme.clone();
            return self.rebuild_all(theme, "everything (an article every page lists changed)");
        }
        if statics_moved {
            // A static file added or removed changes the plan (and may hide or uncover the
            // generated robots.txt): render it all; only files whose bytes differ are written.
            let theme = self.theme.clone();
            return self.rebuild_all(theme, "everything (static files added or removed)");
        }
        let mut jobs = self.plan.affected(&self.site, &edits);
        // Static files are cheap to compare: the sink writes only those that changed.
        jobs.extend(
            self.plan
                .jobs()
                .iter()
                .filter(|j| matches!(j, Job::Static(_) | Job::Robots)),
        );
        // The search index is caught up when the writer pauses (`stale_search`).
        self.search_stale |= jobs.remove(&Job::Search) || search_script_changed;
        let jobs: Vec<Job> = jobs.into_iter().collect();
        let changed = render_into(
            &mut self.served,
            &self.site,
            &self.theme,
            &self.plan,
            &jobs,
            false,
        )?;
        let statics = changed
            .iter()
            .filter(|p| self.theme.statics.contains_key(*p))
            .count();
        let touched = edits.len();
        let rendered = jobs
            .iter()
            .filter(|j| !matches!(j, Job::Static(_) | Job::Robots))
            .count();
        let rebuilt = match (touched, statics) {
            (0, 0) => "nothing to re-render".to_string(),
            (0, s) => format!("copied {s} static file(s)"),
            (t, 0) => format!("{t} article(s): re-rendered {rendered} file(s)"),
            (t, s) => {
                format!("{t} article(s): re-rendered {rendered} file(s), copied {s} static file(s)")
            }
        };
        Ok(Outcome { changed, rebuilt })
    }
}

/// Renders `jobs` into `served`; with `complete` the render is every job and whatever it did
/// not write goes. Nothing changes when a job fails. Returns the paths that changed.
fn render_into(
    served: &mut Served,
    site: &Site,
    theme: &Theme,
    plan: &Plan,
    jobs: &[Job],
    complete: bool,
) -> Result<Vec<String>, Error> {
    let renderer = Renderer::new(site, theme, plan)?;
    let pending = served.pending();
    let result = renderer.run_in_turn(jobs, &pending, &super::give_back_memory);
    let done = pending.finish();
    if let Err(e) = result {
        served.discard();
        return Err(e.into());
    }
    Ok(served.commit(done, complete)?)
}

fn read_page(root: &Path, rel: &Path) -> Source {
    match parse_page(root, rel) {
        Ok(page) => Source::Page(Some(Box::new(page))),
        Err(message) => Source::Broken(message),
    }
}

/// The article file at `rel`, parsed, or its problem worded. The server holds every page
/// for as long as it runs, so each body is kept packed (`Rendered::pack`).
fn parse_page(root: &Path, rel: &Path) -> Result<Page, String> {
    let mut page = std::fs::read(root.join(rel))
        .map_err(|e| format!("{}: cannot read: {e}", rel.display()))
        .and_then(|bytes| content::parse_page(rel, &bytes).map_err(|e| e.to_string()))?;
    page.body.pack();
    Ok(page)
}

/// Where each shown article sits in `site.pages`, found by a hash of its file's path: 12 bytes
/// an article instead of a second copy of every path (a map by path held up to ~20 MB more at
/// 100,000 articles). A lookup checks the file at the position found, so two paths with one
/// hash (less than 1 in 10^9 at 100,000 articles) cannot be confused: the second is kept by
/// its path.
struct Positions {
    by_hash: HashMap<u64, u32>,
    clashes: HashMap<PathBuf, u32>,
}

impl Positions {
    fn of(site: &Site) -> Positions {
        let mut by_hash = HashMap::with_capacity(site.pages.len());
        let mut clashes = HashMap::new();
        for (i, page) in site.pages.iter().enumerate() {
            let i = i as u32;
            if let Some(first) = by_hash.insert(path_hash(&page.file), i) {
                by_hash.insert(path_hash(&page.file), first);
                clashes.insert(page.file.clone(), i);
            }
        }
        Positions { by_hash, clashes }
    }

    /// The position of `file`, where `file_at` tells which file each position holds.
    fn get<'p>(&self, file: &Path, file_at: impl Fn(usize) -> Option<&'p Path>) -> Option<usize> {
        let found = self.by_hash.get(&path_hash(file)).map(|&i| i as usize);
        found
            .filter(|&i| file_at(i) == Some(file))
            .or_else(|| self.clashes.get(file).map(|&i| i as usize))
    }
}

fn path_hash(file: &Path) -> u64 {
    xxhash_rust::xxh3::xxh3_64(file.as_os_str().as_encoded_bytes())
}

/// What decides where a page appears: its URL, date, tags, authors, section and visibility.
fn same_structure(a: &Page, b: &Page) -> bool {
    a.slug == b.slug
        && a.file == b.file
        && a.meta.date == b.meta.date
        && a.meta.updated == b.meta.updated
        && a.meta.tags == b.meta.tags
        && a.meta.authors == b.meta.authors
        && a.meta.section == b.meta.section
        && a.meta.draft == b.meta.draft
        // Another photo or none: the old one's copies must go, which only a whole render does.
        && a.meta.image.as_ref().is_none_or(|old| {
            b.meta.image.as_ref().is_some_and(|new| new.src == old.src)
        })
}

fn same_templates(a: &Theme, b: &Theme) -> bool {
    a.templates.len() == b.templates.len()
        && a.templates
            .iter()
            .all(|(k, t)| b.templates.get(k).is_some_and(|o| o.source == t.source))
}

/// Paths whose bytes differ between two served sites, including added and removed ones.
fn diff(old: &Served, new: &Served) -> Vec<String> {
    let mut changed: Vec<String> = new
        .paths()
        .filter(|p| old.hash(p) != new.hash(p))
        .cloned()
        .collect();
    changed.extend(old.paths().filter(|p| !new.has(p)).cloned());
    changed.sort();
    changed
}
