//! The `--layout` option, shared by every command that segments Arabic.

use clap::ValueEnum;

use crate::segment::Layout;

/// How documents use their line breaks.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct LayoutArgs {
    /// How a document uses its line breaks: `auto` decides per document from the text (line
    /// lengths, lines ending without punctuation, blank lines); `lines`: every line break ends
    /// a sentence; `paragraphs`: one paragraph per line (segmented as lines); `wrapped`:
    /// hard-wrapped text (print, e-mail, PDF), where a line break inside a paragraph is a
    /// space and only a blank line, a line ending with . ! ? ؟ or a short line (a headline, a
    /// dateline) ends a sentence; `pdf`: text extracted from a PDF, line breaks read as in
    /// `auto` and words cut by a stray space (`الحكو مة`) or with a broken lam-alef (`الجئين`)
    /// repaired where the join is a common word (`auto` does not look for this damage).
    /// Offsets always point into the original text.
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto, value_name = "LAYOUT")]
    pub layout: LayoutArg,
}

impl LayoutArgs {
    pub fn get(&self) -> Layout {
        match self.layout {
            LayoutArg::Auto => Layout::Auto,
            LayoutArg::Lines => Layout::Lines,
            LayoutArg::Paragraphs => Layout::Paragraphs,
            LayoutArg::Wrapped => Layout::Wrapped,
            LayoutArg::Pdf => Layout::Pdf,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayoutArg {
    Auto,
    Lines,
    Paragraphs,
    Wrapped,
    Pdf,
}
