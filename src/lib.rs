//! digest: a static site generator for news digests.
//!
//! The pipeline runs one way: `content` (front matter + Markdown) → `site` (the model: order,
//! tags, related, archive) → `render` (templates → bytes in memory) → `output` (atomic write).

// See Cargo.toml for why; in the library so the tests run on the allocator users get.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

pub mod advice;
pub mod build;
pub mod check;
pub mod config;
pub mod content;
pub mod dates;
pub mod eject;
pub mod escape;
pub mod import;
pub mod output;
pub mod publish;
pub mod render;
pub mod scaffold;
pub mod schedule;
pub mod serve;
pub mod site;
pub mod theme;
pub mod walk;
