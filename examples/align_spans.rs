//! Dev helper for `dev/align_eval.py`: aligns document pairs read as JSON lines
//! (`{"ar": "…", "en": "…"}`) from stdin and prints, per line, the sentence spans of both
//! sides and the pairs (byte offsets into the given texts) with their scores:
//! `{"ar": [[s, e], …], "en": [[s, e], …], "pairs": [[a0, a1, e0, e1, score, raw], …]}`
//! (`raw`: `Pair::evidence`, the score before the calibration tables).
//!
//! `cargo run --release --example align_spans < docs.jsonl`

use std::io::{BufRead, Write};

use dragoman::{recut_stray_quotes, segment_english, Aligner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let matcher = dragoman::Matcher::new(&dragoman::Glossary::builtin());
    let aligner = Aligner::new(Some(std::sync::Arc::new(matcher)));
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let doc: serde_json::Value = serde_json::from_str(&line?)?;
        let ar_text = doc["ar"].as_str().unwrap_or("");
        let en_text = doc["en"].as_str().unwrap_or("");
        // As `dragoman align` reads it (`--layout auto`).
        let segmented = dragoman::segment_as(ar_text, dragoman::Layout::Auto);
        let ar = recut_stray_quotes(ar_text, &segmented.sentences);
        let en = segment_english(en_text);
        let repairs = &segmented.repairs;
        let pairs = aligner.align_repaired(ar_text, &ar, repairs, en_text, &en);
        let spans = |v: Vec<dragoman::Span>| -> Vec<[usize; 2]> {
            v.iter().map(|s| [s.start, s.end]).collect()
        };
        let json = serde_json::json!({
            "ar": spans(ar.iter().map(|s| s.span).collect()),
            "en": spans(en.iter().map(|s| s.span).collect()),
            "pairs": pairs.iter().map(|p| serde_json::json!(
                [p.ar.start, p.ar.end, p.en.start, p.en.end, p.score, p.evidence]))
                .collect::<Vec<_>>(),
        });
        writeln!(out, "{json}")?;
    }
    Ok(())
}
