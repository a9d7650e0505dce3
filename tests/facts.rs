//! Integration tests for `dragoman facts` and the gold evaluation of fact extraction.
//!
//! The gold set is tests/gold/facts.tsv (built by tests/gold/make_facts_gold.py from hand
//! annotations of six samples/ar texts; code-point offsets). The evaluation prints precision,
//! recall and F1 per type (a prediction matches a gold fact of the same document and type
//! whose span overlaps it, one to one) and value accuracy over matched pairs whose gold value
//! is judged (not `*`).

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Arc;

use dragoman::segment;
use dragoman::CharOffsets;
use dragoman::{Context, Extractor, FactKind};
use dragoman::{Glossary, Matcher};

fn dragoman(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dragoman");
    // The command may exit before reading stdin (a usage error): a closed pipe is fine.
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("wait");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    eprintln!("dragoman {args:?}\n--- stdout\n{stdout}--- stderr\n{stderr}");
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

#[test]
fn facts_csv_has_the_columns_and_code_point_offsets() {
    let text = "قتل 5 أشخاص في 10 مايو 2024.";
    let (code, out, _) = dragoman(&["facts", "-"], text);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("doc_id,sentence,type,start,end,arabic,value,english,hedged")
    );
    let date = out
        .lines()
        .find(|l| l.contains(",date,"))
        .expect("a date row");
    let cells: Vec<&str> = date.split(',').collect();
    let (start, end): (usize, usize) = (cells[3].parse().unwrap(), cells[4].parse().unwrap());
    let surface: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(surface, "10 مايو 2024");
    assert_eq!(cells[5], "10 مايو 2024");
    assert_eq!(cells[6], "2024-05-10");
    assert!(out.contains(",casualties,"), "casualties row");
}

#[test]
fn facts_reference_date_from_flag_and_from_jsonl() {
    let text = "وقال البيان، الاثنين، إن الاجتماع عقد أمس.";
    let (code, out, _) = dragoman(
        &["facts", "--date", "2024-05-15", "--format", "tsv", "-"],
        text,
    );
    assert_eq!(code, 0);
    assert!(out.contains("\t2024-05-13\t"), "Monday before 2024-05-15");
    assert!(out.contains("\t2024-05-14\t"), "yesterday");
    // A JSONL document's own date wins over --date.
    let jsonl = format!(
        "{}\n",
        serde_json::json!({"id": "a", "text": text, "date": "2024-06-05"})
    );
    let (code, out, _) = dragoman(
        &[
            "facts",
            "--date",
            "2024-05-15",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ],
        &jsonl,
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"2024-06-03\""), "Monday before 2024-06-05");
    assert!(
        out.contains("\"2024-06-04\""),
        "yesterday of the document date"
    );
    // Without a date they stay relative.
    let (_, out, _) = dragoman(&["facts", "--format", "tsv", "-"], text);
    assert!(out.contains("weekday:Monday") && out.contains("relative:day-1"));
}

#[test]
fn facts_bad_date_is_a_usage_error() {
    let (code, _, err) = dragoman(&["facts", "--date", "15/05/2024", "-"], "نص");
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

struct Gold {
    doc: String,
    kind: String,
    start: usize,
    end: usize,
    value: String,
}

#[test]
fn facts_gold_precision_recall() {
    let root = env!("CARGO_MANIFEST_DIR");
    let tsv = std::fs::read_to_string(format!("{root}/tests/gold/facts.tsv")).expect("gold");
    let gold: Vec<Gold> = tsv
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            // A clock time is a `time` fact now (issue #18).
            let kind = if c[1] == "date" && c[5].starts_with('T') {
                "time"
            } else {
                c[1]
            };
            Gold {
                doc: c[0].into(),
                kind: kind.into(),
                start: c[2].parse().unwrap(),
                end: c[3].parse().unwrap(),
                value: c[5].into(),
            }
        })
        .collect();
    let docs: std::collections::BTreeSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let extractor = Extractor::new(Arc::new(Matcher::new(&Glossary::builtin())));
    // Per kind: (true positives, predicted, gold, values judged, values right).
    let mut stats: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    let mut misses = Vec::new();
    for doc in docs {
        let text = std::fs::read_to_string(format!("{root}/samples/ar/{doc}.txt")).unwrap();
        let sentences = segment(&text);
        let terms = extractor.matcher().find(&text);
        let facts = extractor.extract(&text, &sentences, &terms, &Context::default());
        let mut co = CharOffsets::new(&text);
        let pred: Vec<(FactKind, usize, usize, String)> = facts
            .iter()
            .map(|f| {
                let (s, e) = co.span(f.span);
                (f.kind, s, e, f.value.to_string())
            })
            .collect();
        // One fact per thing (issue #18): this gold lists the number inside a richer fact and
        // the count inside a casualty statement as facts of their own; the extractor does not.
        let all_doc: Vec<&Gold> = gold.iter().filter(|g| g.doc == doc).collect();
        let covered = |g: &Gold, outer: &[&str]| {
            all_doc
                .iter()
                .any(|o| outer.contains(&o.kind.as_str()) && o.start <= g.start && g.end <= o.end)
        };
        let richer = [
            "date",
            "time",
            "quantity",
            "percent",
            "money",
            "duration",
            "age",
            "casualties",
        ];
        let gold_doc: Vec<&Gold> = all_doc
            .iter()
            .copied()
            .filter(|g| {
                !((g.kind == "number" && covered(g, &richer))
                    || (g.kind == "quantity" && covered(g, &["casualties"])))
            })
            .collect();
        let mut taken = vec![false; pred.len()];
        for g in &gold_doc {
            let st = stats.entry(leak(&g.kind)).or_default();
            st[2] += 1;
            let hit = pred
                .iter()
                .enumerate()
                .find(|(i, p)| !taken[*i] && p.0.name() == g.kind && p.1 < g.end && g.start < p.2);
            match hit {
                Some((i, p)) => {
                    taken[i] = true;
                    st[0] += 1;
                    if g.value != "*" {
                        st[3] += 1;
                        if p.3 == g.value {
                            st[4] += 1;
                        } else {
                            misses.push(format!(
                                "value {doc} {} {:?}: want {} got {}",
                                g.kind,
                                slice(&text, g.start, g.end),
                                g.value,
                                p.3
                            ));
                        }
                    }
                }
                None => misses.push(format!(
                    "missed {doc} {} {:?} {}",
                    g.kind,
                    slice(&text, g.start, g.end),
                    g.value
                )),
            }
        }
        for (i, p) in pred.iter().enumerate() {
            stats.entry(p.0.name()).or_default()[1] += 1;
            if !taken[i] {
                misses.push(format!(
                    "extra {doc} {} {:?} {}",
                    p.0.name(),
                    slice(&text, p.1, p.2),
                    p.3
                ));
            }
        }
    }
    if std::env::var_os("FACTS_GOLD_VERBOSE").is_some() {
        for m in &misses {
            eprintln!("{m}");
        }
    }
    eprintln!(
        "{:<11} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7}",
        "type", "gold", "pred", "tp", "P", "R", "F1", "value"
    );
    let mut total = [0usize; 5];
    let mut report = BTreeMap::new();
    for (kind, st) in &stats {
        let (p, r, f) = prf(st);
        for k in 0..5 {
            total[k] += st[k];
        }
        let v = if st[3] > 0 {
            format!("{:.2}", st[4] as f64 / st[3] as f64)
        } else {
            "-".into()
        };
        eprintln!(
            "{kind:<11} {:>5} {:>5} {:>5} {p:>6.2} {r:>6.2} {f:>6.2} {v:>7}",
            st[2], st[1], st[0]
        );
        report.insert(*kind, (p, r, f));
    }
    let (p, r, f) = prf(&total);
    report.insert("all", (p, r, f));
    eprintln!(
        "{:<11} {:>5} {:>5} {:>5} {p:>6.2} {r:>6.2} {f:>6.2} {:>7.2}",
        "all",
        total[2],
        total[1],
        total[0],
        total[4] as f64 / total[3].max(1) as f64
    );
    // Thresholds: a little below what was measured when they were set (see the report in
    // the commit that set them); raise them as the rules improve.
    let min_f1: &[(&str, f64)] = &THRESHOLDS;
    let mut failed = Vec::new();
    for (kind, want) in min_f1 {
        let got = report.get(kind).map(|x| x.2).unwrap_or(0.0);
        if got < *want {
            failed.push(format!("{kind}: F1 {got:.2} < {want:.2}"));
        }
    }
    assert!(
        failed.is_empty(),
        "below the thresholds:\n{}\n(run with FACTS_GOLD_VERBOSE=1 to list misses)",
        failed.join("\n")
    );
}

/// Minimum F1 per type, set about 0.05 below the figures measured when the gold set was
/// first scored (casualties 0.92, date 1.00, duration 0.80, group 0.98, money 1.00, number
/// 0.99, ordinal 0.91, org 0.64, percent 1.00, person 0.98, place 0.92, quantity 0.98,
/// quote 0.90). The rules were written with these articles in view, so the figures are
/// optimistic for unseen text; org and place recall follow the glossary's coverage.
const THRESHOLDS: [(&str, f64); 14] = [
    ("casualties", 0.87),
    ("date", 0.95),
    ("duration", 0.75),
    ("group", 0.93),
    ("money", 0.95),
    // One fact per thing (issue #18) leaves 4 gold numbers here, and this gold predates the
    // policy (it marks a lone واحدة, not fractions or ranges): measured 0.25 on those 4.
    ("number", 0.2),
    ("ordinal", 0.86),
    ("org", 0.59),
    ("percent", 0.95),
    ("person", 0.93),
    ("place", 0.87),
    ("quantity", 0.93),
    ("quote", 0.85),
    ("all", 0.88),
];

fn prf(st: &[usize; 5]) -> (f64, f64, f64) {
    let p = st[0] as f64 / st[1].max(1) as f64;
    let r = st[0] as f64 / st[2].max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

fn leak(s: &str) -> &'static str {
    FactKind::from_name(s)
        .map(|k| k.name())
        .unwrap_or("unknown")
}
