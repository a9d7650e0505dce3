//! Integration tests: one test binary, one module per area.

mod util;

mod cli;
mod golden;
mod summarize;
