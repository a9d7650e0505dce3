//! Throughput of the foundation stages on one core: normalization (both profiles) and
//! sentence segmentation. Prints MB/s and the counts that make the benchmark a check.
//!
//! Run: `cargo bench --bench stages` (corpus: see benches/common.rs).

mod common;

use dragoman::segment;
use dragoman::{Normalizer, Profile};

fn main() {
    // `cargo bench --bench stages -- segment` runs only the stages whose name contains it.
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    let (text, name) = common::corpus("corpus_100mb.txt");
    let bytes = text.len();
    println!("corpus: {name} ({:.1} MB)", bytes as f64 / 1e6);
    println!("machine: {}", common::machine());
    for profile in [Profile::Clean, Profile::Match] {
        if !format!("normalize-{}", profile.name()).contains(&filter) {
            continue;
        }
        let n = Normalizer::new(profile.rules());
        let (d, out) = common::best_of(3, || n.normalize(&text));
        println!(
            "normalize --profile {:<5}  {:>7.1} MB/s   ({} bytes out)",
            profile.name(),
            common::mb_per_s(bytes, d),
            out.text.len()
        );
    }
    if !"segment".contains(&filter) {
        return;
    }
    let (d, sentences) = common::best_of(3, || segment(&text));
    println!(
        "segment                   {:>7.1} MB/s   ({} sentences, {} headlines)",
        common::mb_per_s(bytes, d),
        sentences.len(),
        sentences.iter().filter(|s| s.headline).count()
    );
    if let Some(mb) = common::peak_rss_mb() {
        println!("peak memory: {mb:.0} MB");
    }
}
