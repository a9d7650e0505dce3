//! `dragoman check` end to end: text pairs, JSON Lines, TMX, `--strict`, `--checks`, the
//! HTML report.

use crate::util::{dragoman, dragoman_in, scratch};

const ARABIC: &str =
    "قال مجلس الأمن إن خمسة جنود قتلوا في الهجوم.\nوأكدت الأمم المتحدة أن 1500 شخص نزحوا.\n";
const GOOD: &str = "The Security Council said five soldiers were killed in the attack.\nThe United Nations confirmed that 1,500 people were displaced.\n";
const BAD: &str = "The council said six soldiers were killed in the attack.\nThe United Nations confirmed that 1,500 people were displaced.\n";

fn jsonl(english: &str) -> Vec<u8> {
    let doc = serde_json::json!({"id": "doc-1", "text": ARABIC, "english": english});
    format!("{doc}\n").into_bytes()
}

/// `(check, arabic)` of every finding in a JSONL output.
fn findings(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            (
                v["check"].as_str().unwrap().to_string(),
                v["arabic"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_faithful_translation_has_no_findings() {
    let r = dragoman_in(
        &[
            "check",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--strict",
        ],
        &jsonl(GOOD),
    )
    .ok();
    assert_eq!(findings(&r.stdout), vec![], "{}", r.stdout);
}

#[test]
fn a_missing_term_and_a_wrong_number_are_errors_under_strict() {
    let r = dragoman_in(
        &[
            "check",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--strict",
        ],
        &jsonl(BAD),
    )
    .code(1)
    .stderr_has("number-mismatch");
    let got = findings(&r.stdout);
    assert!(
        got.contains(&("term-missing".into(), "مجلس الأمن".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("number-mismatch".into(), "خمسة جنود".into())),
        "{got:?}"
    );
    // Without --strict, findings are output, not failure.
    dragoman_in(&["check", "--input-format", "jsonl", "-q"], &jsonl(BAD)).ok();
    // --checks selects.
    let r = dragoman_in(
        &[
            "check",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--checks",
            "number-mismatch",
        ],
        &jsonl(BAD),
    )
    .ok();
    assert!(findings(&r.stdout)
        .iter()
        .all(|(c, _)| c == "number-mismatch"));
    dragoman(&["check", "--checks", "spelling", "x"])
        .code(2)
        .stderr_has("not a check");
}

#[test]
fn text_files_pair_with_english_and_tmx_is_read_as_aligned() {
    let dir = scratch("check-files");
    std::fs::write(dir.join("a.ar.txt"), ARABIC).unwrap();
    std::fs::write(dir.join("a.en.txt"), BAD).unwrap();
    let d = dir.to_str().unwrap();
    let r = dragoman(&["check", "--english", d, "--glob", "*.ar.txt", d, "-q"]).ok();
    assert!(r
        .stdout
        .starts_with("doc_id,pair,check,severity,start,end,arabic,english,entry,message\n"));
    assert!(
        r.stdout.contains("a.ar.txt,1,term-missing,error,"),
        "{}",
        r.stdout
    );

    let tmx = dir.join("memory.tmx");
    std::fs::write(
        &tmx,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"ar\"/><body>\
         <tu><tuv xml:lang=\"ar\"><seg>قال مجلس الأمن إن خمسة جنود قتلوا.</seg></tuv>\
         <tuv xml:lang=\"en-US\"><seg>The council said six soldiers died.</seg></tuv></tu>\
         </body></tmx>\n",
    )
    .unwrap();
    let html = dir.join("report.html");
    let r = dragoman(&[
        "check",
        "--format",
        "jsonl",
        tmx.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ])
    .ok();
    let got = findings(&r.stdout);
    assert!(
        got.contains(&("term-missing".into(), "مجلس الأمن".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("number-mismatch".into(), "خمسة جنود".into())),
        "{got:?}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">قال <mark>مجلس الأمن</mark>"),
        "{page}"
    );
    assert!(page.contains("id=\"f-number-mismatch\""));
    assert!(!page.contains("<script"));

    std::fs::write(dir.join("broken.tmx"), "<tmx><body><tu>").unwrap();
    dragoman(&["check", dir.join("broken.tmx").to_str().unwrap(), "-q"])
        .code(1)
        .stderr_has("broken.tmx:");
}
