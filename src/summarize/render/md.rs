//! Markdown: one section per document.
//!
//! ```text
//! ## <doc id>
//!
//! <p dir="rtl" lang="ar"><strong>headline</strong></p>
//!
//! | # | العربية | English | Facts |
//! |---:|---|---|---|
//! | 2 | <span dir="rtl" lang="ar">…</span> | <span dir="ltr" lang="en">…</span> | date: … |
//!
//! **Key facts**
//!
//! | | fact | kind | sentence |
//! ```
//!
//! Arabic and English sit side by side in a table; each cell's text is wrapped in an inline
//! `<span>` with its direction and language, which GitHub-flavoured Markdown renderers pass
//! through. A gloss is marked `_(gloss)_`, a missing English is `—`. Text is escaped for both
//! HTML (`& < >`) and Markdown (`\ | * _ [ ] ` # ~`), and line breaks inside a cell become spaces.

use super::{facts_text, why_text, Brief, EnglishSource};

/// The Markdown for one document.
pub fn render(brief: &Brief, out: &mut String) {
    out.push_str(&format!("## {}\n\n", escape(brief.id)));
    if let Some((_, title)) = brief.title() {
        out.push_str(&format!(
            "<p dir=\"rtl\" lang=\"ar\"><strong>{}</strong></p>\n\n",
            escape(title)
        ));
    }
    let lines = brief.lines();
    if lines.is_empty() {
        out.push_str("_No sentence to summarize._\n\n");
    } else {
        out.push_str("| # | العربية | English | Facts |\n|---:|---|---|---|\n");
        for line in &lines {
            let english = match line.source {
                EnglishSource::Translation => escape(line.english),
                EnglishSource::Gloss => format!("{} _(gloss)_", escape(line.english)),
                EnglishSource::None => "—".to_string(),
            };
            out.push_str(&format!(
                "| {} | <span dir=\"rtl\" lang=\"ar\">{}</span> | <span dir=\"ltr\" lang=\"en\">{}</span> | {} |\n",
                line.number,
                escape(line.arabic),
                english,
                escape(&facts_text(line.facts)),
            ));
        }
        out.push('\n');
        if brief.explain {
            out.push_str("**Why these sentences**\n\n");
            for line in &lines {
                if let Some(w) = brief.why(line.number - 1) {
                    out.push_str(&format!("- {}: {}\n", line.number, escape(&why_text(w))));
                }
            }
            out.push('\n');
        }
    }
    let facts = brief.key_facts();
    if !facts.is_empty() {
        out.push_str("**Key facts**\n\n| | fact | kind | sentence |\n|---|---|---|---:|\n");
        for (fact, sentence, _) in facts {
            let hedge = if fact.hedged { " _(hedged)_" } else { "" };
            out.push_str(&format!(
                "| {} | {}{hedge} | {} | {} |\n",
                fact.question.name(),
                escape(&fact.english),
                escape(&fact.kind),
                sentence
            ));
        }
        out.push('\n');
    }
}

/// Escape for a Markdown table cell holding inline HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '|' | '*' | '_' | '[' | ']' | '`' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
