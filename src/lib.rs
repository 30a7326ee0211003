//! digest: a static site generator for news digests.
//!
//! The pipeline runs one way: `content` (front matter + Markdown) → `site` (the model: order,
//! tags, related, archive) → `render` (templates → bytes in memory) → `output` (atomic write).

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
