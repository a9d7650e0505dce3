//! Print `dragoman::segment_english`'s sentences for each line of stdin (a dev tool:
//! `dev/english_segmentation.py` measures the English segmenter with it).
//!
//! Each input line is one document. Output: TSV rows of document (1-based line number),
//! start, end (Unicode code-point offsets into that line, as in `dragoman segment --format
//! tsv`), sentence text.
//!
//! ```text
//! echo 'Sen. J. Smith arrived at 9 a.m. on Jan. 5. He left.' \
//!     | cargo run --release --example segment_english
//! ```

use std::io::{self, BufRead, BufWriter, Write};

use dragoman::segment_english;

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lines().enumerate() {
        let line = line?;
        for s in segment_english(&line) {
            let start = line[..s.span.start].chars().count();
            let end = start + s.span.slice(&line).chars().count();
            writeln!(out, "{}\t{start}\t{end}\t{}", n + 1, s.span.slice(&line))?;
        }
    }
    out.flush()
}
