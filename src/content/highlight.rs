//! Fenced code highlighting with syntect, as a handful of flat CSS classes.
//!
//! syntect's own HTML wraps every scope of the grammar in its own span, with one class per
//! scope atom (`hl-meta hl-function hl-parameters hl-rust`): a 15-line block weighed 7 kB. A
//! reader sees six colours, so each run of text gets the one class of its colour, runs of the
//! same class are merged, and plain text is not wrapped at all.

use std::sync::LazyLock;

use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::escape::{escape, escape_into};

// Loading the syntax set costs tens of milliseconds: only pay it when a page has code.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// TextMate scope prefixes and the class their text gets, most specific first.
const KINDS: &[(&str, Kind)] = &[
    ("comment", Kind::Comment),
    ("string", Kind::String),
    ("markup.inserted", Kind::String),
    ("keyword", Kind::Keyword),
    ("storage", Kind::Keyword),
    ("markup.deleted", Kind::Keyword),
    ("variable.language", Kind::Constant),
    ("constant", Kind::Constant),
    ("support", Kind::Support),
    ("entity", Kind::Entity),
    ("markup.heading", Kind::Entity),
];

/// The colours of highlighted code; each is one class a theme styles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Comment,
    String,
    Keyword,
    Constant,
    Entity,
    Support,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Comment,
        Kind::String,
        Kind::Keyword,
        Kind::Constant,
        Kind::Entity,
        Kind::Support,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::Comment => "comment",
            Kind::String => "string",
            Kind::Keyword => "keyword",
            Kind::Constant => "constant",
            Kind::Entity => "entity",
            Kind::Support => "support",
        }
    }
}

static SELECTORS: LazyLock<Vec<(Scope, Kind)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .filter_map(|&(prefix, kind)| Some((Scope::new(prefix).ok()?, kind)))
        .collect()
});

/// Renders a fenced code block as `<pre><code>` with highlighting classes when `lang` is known.
pub fn code_block(code: &str, lang: &str) -> String {
    let lang = lang.split([' ', ',', '{']).next().unwrap_or("").trim();
    let escaped_lang = escape(lang);
    if !lang.is_empty()
        && let Some(highlighted) = highlight(code, lang)
    {
        return format!(
            "<pre class=\"code\" tabindex=\"0\" data-lang=\"{escaped_lang}\"><code class=\"language-{escaped_lang}\">{highlighted}</code></pre>\n"
        );
    }
    let class = if lang.is_empty() {
        String::new()
    } else {
        format!(" class=\"language-{escaped_lang}\"")
    };
    format!(
        "<pre class=\"code\" tabindex=\"0\"><code{class}>{}</code></pre>\n",
        escape(code)
    )
}

/// The colour of text under `stack`: the innermost scope that has one decides, so the quotes
/// of a string (`punctuation.definition.string` inside `string`) are coloured as the string.
fn kind_of(stack: &[Scope]) -> Option<Kind> {
    stack.iter().rev().find_map(|&scope| {
        SELECTORS
            .iter()
            .find(|(prefix, _)| prefix.is_prefix_of(scope))
            .map(|&(_, kind)| kind)
    })
}

/// Text runs of one colour, merged as they come.
#[derive(Default)]
struct Runs {
    html: String,
    open: Option<Kind>,
}

impl Runs {
    fn push(&mut self, kind: Option<Kind>, text: &str) {
        if text.is_empty() {
            return;
        }
        if kind != self.open {
            self.close();
            if let Some(k) = kind {
                self.html.push_str("<span class=\"hl-");
                self.html.push_str(k.name());
                self.html.push_str("\">");
            }
            self.open = kind;
        }
        escape_into(&mut self.html, text);
    }

    fn close(&mut self) {
        if self.open.take().is_some() {
            self.html.push_str("</span>");
        }
    }
}

fn highlight(code: &str, lang: &str) -> Option<String> {
    let syntaxes = &*SYNTAXES;
    let syntax = syntaxes
        .find_syntax_by_token(lang)
        .or_else(|| syntaxes.find_syntax_by_token(&lang.to_ascii_lowercase()))?;
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut runs = Runs::default();
    for line in LinesWithEndings::from(code) {
        let ops = state.parse_line(line, syntaxes).ok()?;
        let mut at = 0;
        for (end, op) in ops {
            // syntect reports byte offsets at char boundaries; `get` keeps a bad one harmless.
            runs.push(kind_of(stack.as_slice()), line.get(at..end)?);
            at = end;
            stack.apply(&op).ok()?;
        }
        runs.push(kind_of(stack.as_slice()), line.get(at..)?);
    }
    runs.close();
    Some(runs.html)
}

/// The stylesheet for highlighted code: one colour per class, from the theme's `--code-*`
/// variables, with fallbacks that are at least 4.5:1 on a white or near-black background.
pub fn stylesheet() -> String {
    const LIGHT: [&str; 6] = [
        "#676a6f", "#2a6a1e", "#a0134c", "#0a5c99", "#6639a6", "#8a4b00",
    ];
    const DARK: [&str; 6] = [
        "#979ca6", "#a6d98b", "#ff8fb3", "#7cc4ff", "#d2b0ff", "#f0b86a",
    ];
    let rules = |colours: [&str; 6]| -> String {
        Kind::ALL
            .iter()
            .zip(colours)
            .map(|(kind, colour)| {
                let name = kind.name();
                format!(".hl-{name} {{ color: var(--code-{name}, {colour}); }}\n")
            })
            .collect()
    };
    format!(
        "/* Highlighted code, generated by digest: a theme sets the --code-* colours. */\n\
         {light}.hl-comment {{ font-style: italic; }}\n\
         @media (prefers-color-scheme: dark) {{\n{dark}}}\n",
        light = rules(LIGHT),
        dark = rules(DARK),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_language_gets_classes_not_styles() {
        let html = code_block("fn main() { let x = 1; }\n", "rust");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn unknown_language_is_escaped_plain() {
        let html = code_block("<b>&</b>\n", "nosuchlang");
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"), "{html}");
    }
}
