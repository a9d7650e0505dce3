//! Golden files over samples/: each stage's output as readable TSV. Re-bless with
//! `DRAGOMAN_BLESS=1 cargo test golden` and review `git diff tests/golden`.

use crate::util::{dragoman, golden, rel, samples};

#[test]
fn golden_segment() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let run = dragoman(&["segment", "--format", "tsv", &rel(&path)]).ok();
        golden(&format!("segment/{name}.tsv"), &run.stdout);
    }
}

#[test]
fn golden_normalize() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let run = dragoman(&["normalize", &rel(&path)]).ok();
        golden(&format!("normalize/{name}.txt"), &run.stdout);
    }
}

#[test]
fn golden_terms() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let run = dragoman(&["terms", "--format", "tsv", &rel(&path)]).ok();
        golden(&format!("terms/{name}.tsv"), &run.stdout);
    }
}
