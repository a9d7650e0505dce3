//! CSV: one row per picked sentence, with a header row.
//!
//! Columns: `doc_id, sentence, start, end, arabic, english, facts` — `sentence` 1-based,
//! `start`/`end` Unicode code-point offsets into the original document, `english` the
//! translation or gloss (see [`super::EnglishSource`]; a gloss is not marked here, use JSON
//! for the source), `facts` as `kind: English; kind: English`. The title and the key facts
//! are not rows (use JSON for them).
//!
//! RFC 4180 through [`crate::table`], sanitized for spreadsheets unless the table is raw (a
//! cell that would run as a formula gets a leading `'`; bidi controls and control characters
//! are written as visible `<U+200F>`, `<U+0000>`).

use super::{facts_text, Brief};
use crate::table::{Cell, Table, TableFormat};

pub const COLUMNS: &[&str] = &[
    "doc_id", "sentence", "start", "end", "arabic", "english", "facts",
];

/// The table the rows are written with (sanitizing; `.raw(true)` for `--raw`).
pub fn table() -> Table {
    Table::new(TableFormat::Csv, COLUMNS)
}

/// The rows of one document, written with `t` (a [`table`]).
pub fn render(brief: &Brief, t: &Table, out: &mut Vec<u8>) {
    for line in brief.lines() {
        t.row(
            out,
            &[
                Cell::from(brief.id),
                Cell::from(line.number),
                Cell::from(line.chars.0),
                Cell::from(line.chars.1),
                Cell::from(line.arabic),
                Cell::from(line.english),
                Cell::from(facts_text(line.facts)),
            ],
        );
    }
}
