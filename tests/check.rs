//! `dragoman check` end to end: text pairs, JSON Lines, TMX, `--strict`, `--checks`, the
//! HTML report.

use crate::util::{dragoman, dragoman_in, scratch, Run};

const ARABIC: &str =
    "قال مجلس الأمن إن خمسة جنود قتلوا في الهجوم.\nوأكدت الأمم المتحدة أن 1500 شخص نزحوا.\n";
const GOOD: &str = "The Security Council said five soldiers were killed in the attack.\nThe United Nations confirmed that 1,500 people were displaced.\n";
const BAD: &str = "The council said six soldiers were killed in the attack.\nThe United Nations confirmed that 1,500 people were displaced.\n";

fn jsonl(english: &str) -> Vec<u8> {
    let doc = serde_json::json!({"id": "doc-1", "text": ARABIC, "english": english});
    format!("{doc}\n").into_bytes()
}

/// `dragoman check` on the one-document JSON Lines input with `english`, findings as JSONL.
fn check_jsonl(options: &[&str], english: &str) -> Run {
    let args = [
        &["check", "--input-format", "jsonl", "--format", "jsonl"],
        options,
    ]
    .concat();
    dragoman_in(&args, &jsonl(english))
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
    let r = check_jsonl(&["--strict"], GOOD).ok();
    assert_eq!(findings(&r.stdout), vec![], "{}", r.stdout);
}

#[test]
fn a_missing_term_and_a_wrong_number_are_errors_under_strict() {
    let r = check_jsonl(&["--strict"], BAD)
        .code(1)
        .stderr_has("number-mismatch");
    let got = findings(&r.stdout);
    assert!(
        got.contains(&("term-missing".into(), "مجلس الأمن".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("number-mismatch".into(), "خمسة جنود قتلوا".into())),
        "{got:?}"
    );
    // Without --strict, findings are output, not failure.
    check_jsonl(&["-q"], BAD).ok();
    // --checks selects.
    let r = check_jsonl(&["--checks", "number-mismatch"], BAD).ok();
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
        got.contains(&("number-mismatch".into(), "خمسة جنود قتلوا".into())),
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

/// The script of the wrapper page: per frame, the direction of Arabic and English cells,
/// anything wider than its box, and how many rows each filter leaves visible.
const CHECKS: &str = r#"
window.addEventListener('load', function () {
  var lines = [];
  document.querySelectorAll('iframe').forEach(function (f) {
    var d = f.contentDocument, w = f.contentWindow;
    var dir = function (sel, want) {
      var els = d.querySelectorAll(sel), bad = 0;
      els.forEach(function (e) { if (w.getComputedStyle(e).direction !== want) bad++; });
      return els.length + '/' + bad;
    };
    var overflowing = 0;
    d.querySelectorAll('td, th, h1, h2, p, label').forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (r.right > d.documentElement.clientWidth + 1 || r.left < -1) overflowing++;
    });
    var visible = function () {
      var n = 0;
      d.querySelectorAll('tr.finding').forEach(function (r) { if (w.getComputedStyle(r).display !== 'none') n++; });
      return n;
    };
    var all = visible();
    d.getElementById('f-number-mismatch').click();
    var numbers = visible();
    lines.push('frame ' + f.id + ' ar ' + dir('td.ar', 'rtl') + ' en ' + dir('td.en', 'ltr') +
      ' overflow ' + overflowing + ' all ' + all + ' numbers ' + numbers);
  });
  document.getElementById('result').textContent = lines.join('\n');
});
"#;

#[test]
fn html_report_reads_right_to_left_and_filters_in_chromium() {
    use crate::summarize::e2e::{chromium, in_two_frames};
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is missing in CI ($CI is set); `apt-get install -y chromium`"
        );
        println!("NOTICE: chromium not found; the check report end-to-end test is skipped.");
        return;
    };
    let dir = scratch("check-e2e");
    let page = dir.join("report.html");
    dragoman_in(
        &[
            "check",
            "--input-format",
            "jsonl",
            "-q",
            "--html",
            page.to_str().unwrap(),
        ],
        &jsonl(BAD),
    )
    .ok();
    let html = std::fs::read_to_string(&page).expect("the page was written");
    let result = in_two_frames(&chromium, &dir, &html, CHECKS);
    let frames: Vec<&str> = result.lines().collect();
    assert_eq!(frames.len(), 2, "{result:?}");
    for line in frames {
        let f: Vec<&str> = line.split_whitespace().collect();
        let field = |name: &str| f[f.iter().position(|w| *w == name).unwrap() + 1];
        assert!(
            field("ar").ends_with("/0") && !field("ar").starts_with("0/"),
            "{line}"
        );
        assert!(field("en").ends_with("/0"), "{line}");
        assert_eq!(field("overflow"), "0", "{line}");
        let (all, numbers): (usize, usize) = (
            field("all").parse().unwrap(),
            field("numbers").parse().unwrap(),
        );
        assert!(
            all >= 2 && numbers == 1,
            "the filter shows one check: {line}"
        );
    }
}

/// A built-in vocabulary term rendered another way (أكدت as "announced", which is neither the
/// entry nor one of its admitted renderings) is an info-level finding: not reported by default
/// (the summary counts it), reported with `--min-severity info`; the same term from a glossary
/// file the user gives is a warning, reported by default.
#[test]
fn advisory_findings_only_with_min_severity_info() {
    let said = GOOD.replace("confirmed", "announced");
    let default = check_jsonl(&[], &said).ok();
    assert_eq!(findings(&default.stdout), vec![], "{}", default.stdout);
    // The summary says that something was left out.
    assert!(
        default
            .stderr
            .contains("1 more below --min-severity, not shown"),
        "{}",
        default.stderr
    );
    let all = check_jsonl(&["--min-severity", "info"], &said).ok();
    let got = findings(&all.stdout);
    assert!(
        got.iter()
            .any(|(c, a)| c == "term-missing" && a.contains("أكدت")),
        "{got:?}"
    );
    let dir = scratch("check-own-glossary");
    let team = dir.join("team.csv");
    std::fs::write(
        &team,
        "arabic,english,category,variants,note,source,guard\nأكد,confirmed,term,أكدت,,team,\n",
    )
    .unwrap();
    let own = check_jsonl(&["--glossary", &format!("+{}", team.display())], &said).ok();
    let got = findings(&own.stdout);
    assert!(
        got.iter()
            .any(|(c, a)| c == "term-missing" && a.contains("أكدت")),
        "{got:?}"
    );
}
