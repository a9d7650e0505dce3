//! Dev helper for `dev/pdf_eval.py`: reads JSON lines `{"text": "…", "force": bool}` from
//! stdin and prints, per line, `{"pdf_like": bool, "repairs": [[start, end, "replacement"], …]}`
//! (byte offsets into the given text).
//!
//! `cargo run --release --example pdf_repair < docs.jsonl`

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let doc: serde_json::Value = serde_json::from_str(&line?)?;
        let text = doc["text"].as_str().unwrap_or("");
        let r = dragoman::pdf_repairs(text, doc["force"].as_bool().unwrap_or(false));
        let json = serde_json::json!({
            "pdf_like": r.pdf_like,
            "repairs": r.repairs.iter().map(|x| serde_json::json!(
                [x.span.start, x.span.end, x.replacement])).collect::<Vec<_>>(),
        });
        writeln!(out, "{json}")?;
    }
    Ok(())
}
