//! `digest serve`: the site from memory on a local HTTP server, rebuilt on every save, with
//! live reload in the browser.

pub mod workspace;
