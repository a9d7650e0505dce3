//! CSV: one row per picked sentence, with a header row.
//!
//! Columns: `doc_id, sentence, start, end, arabic, english, facts` — `sentence` 1-based,
//! `start`/`end` Unicode code-point offsets into the original document, `english` the
//! translation or gloss (see [`super::EnglishSource`]; a gloss is not marked here, use JSON
//! for the source), `facts` as `kind: English; kind: English`. The title and the key facts
//! are not rows (use JSON for them).
//!
//! RFC 4180 through [`crate::table`], sanitized for spreadsheets (a cell that would run as a
//! formula gets a leading `'`; bidi controls are written as visible `<U+200F>`).

use super::{facts_text, Brief};
use crate::table::{Cell, Table, TableFormat};

pub const COLUMNS: &[&str] = &[
    "doc_id", "sentence", "start", "end", "arabic", "english", "facts",
];

/// The table every row is written with.
pub fn table() -> Table {
    let mut t = Table::new(TableFormat::Csv, COLUMNS);
    t.sanitize = true;
    t
}

/// The header row.
pub fn header() -> Vec<u8> {
    table().header()
}

/// The rows of one document.
pub fn render(brief: &Brief, out: &mut Vec<u8>) {
    let t = table();
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
