//! Integration tests: one test binary, one module per area.

mod util;

mod align;
mod check;
mod cli;
mod export;
mod facts;
mod files;
mod glossary;
mod golden;
mod limits;
mod sanitize;
mod spark;
mod summarize;
mod transliterate;
