//! The Spark recipe (examples/spark/export.py): a sharded run through PySpark's RDD.pipe,
//! concatenated in shard order, equals a single run. Opt-in, as it needs PySpark and Java:
//! `DRAGOMAN_SPARK=1 cargo test spark` (`pip install pyspark`; Java 17 on the PATH).

use crate::util::{dragoman_in, root, samples, scratch};

#[test]
fn spark_sharded_export_equals_single_run() {
    if std::env::var_os("DRAGOMAN_SPARK").is_none() {
        eprintln!("skipped: set DRAGOMAN_SPARK=1 (with pyspark and Java 17 installed) to run the Spark recipe test");
        return;
    }
    let dir = scratch("spark");
    let mut jsonl = String::new();
    for (k, p) in samples().iter().enumerate() {
        let text = std::fs::read_to_string(p).unwrap();
        jsonl += &serde_json::json!({"id": format!("doc-{k}"), "text": text}).to_string();
        jsonl.push('\n');
    }
    let input = dir.join("corpus.jsonl");
    std::fs::write(&input, &jsonl).unwrap();
    let single = dragoman_in(
        &["export", "--quiet", "--input-format", "jsonl"],
        jsonl.as_bytes(),
    )
    .ok()
    .stdout;
    let out = dir.join("out.csv");
    let status = std::process::Command::new("python3")
        .env("SPARK_LOCAL_IP", "127.0.0.1") // local mode stays on loopback
        .arg(root().join("examples/spark/export.py"))
        .arg(&input)
        .arg(&out)
        .args([
            "--partitions",
            "3",
            "--master",
            "local[2]",
            "--dragoman",
            env!("CARGO_BIN_EXE_dragoman"),
        ])
        .status()
        .expect("python3 runs");
    assert!(status.success(), "examples/spark/export.py failed");
    let sharded = std::fs::read_to_string(&out).unwrap();
    assert!(single == sharded, "the Spark run differs from a single run");
    std::fs::remove_dir_all(&dir).unwrap();
}
