//! `dragoman glossary …`: lint findings on deliberately broken files, lookup, merge with
//! conflicts, coverage, suggest, and export/import round trips through files.

use std::path::{Path, PathBuf};
use std::process::Command;

use dragoman::Glossary;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    command: String,
}

impl Run {
    /// Fail with the command, stdout and stderr.
    fn fail(&self, why: &str) -> ! {
        panic!(
            "{why}\ncommand: {}\nexit: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.command, self.code, self.stdout, self.stderr
        )
    }

    fn expect_code(&self, code: i32) -> &Run {
        if self.code != code {
            self.fail(&format!("expected exit code {code}"));
        }
        self
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn dragoman(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("run dragoman");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        command: format!("dragoman {}", args.join(" ")),
    }
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dragoman-glossary-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

const LINT: &str = "tests/data/glossary/lint";

/// `(file, exit code, expected findings as `line: severity: message-prefix`, in order)`.
const LINT_TABLE: &[(&str, i32, &[&str])] = &[
    ("clean.csv", 0, &[]),
    (
        "duplicate.csv",
        1,
        &["4: error: exact duplicate of the row at tests/data/glossary/lint/duplicate.csv:2"],
    ),
    (
        "same-key-different-english.csv",
        1,
        &["3: error: the arabic 'جزائر' is also the headword 'الجزائر' at tests/data/glossary/lint/same-key-different-english.csv:2 (key 'جزائر', english 'islands' here, 'Algeria' there)"],
    ),
    (
        "variant-collision.csv",
        1,
        &[
            "3: error: variant 'تنظيم الدولة' collides with the variant 'تنظيم الدولة' at tests/data/glossary/lint/variant-collision.csv:2",
            "4: warning: variant 'داعش' collides with the headword 'داعش' at tests/data/glossary/lint/variant-collision.csv:2 (key 'داعش', same english 'ISIS')",
        ],
    ),
    (
        "not-normalized.csv",
        1,
        &[
            "2: error: arabic 'باكـستان' has a tatweel",
            "3: error: arabic 'أفغانِستان' has diacritics",
            "4: error: arabic 'الأمم  المتحدة' has a double space",
            "5: error: arabic 'ﻟﺒﻨﺎن' has an Arabic presentation form (U+FEDF)",
            "6: error: arabic 'قطر<U+200F>' has an invisible character (U+200F)",
            "7: warning: arabic 'إف 16' has digits",
        ],
    ),
    (
        "variant-is-headword.csv",
        1,
        &[
            "2: error: variant 'أمريكا' is identical to the headword",
            "3: error: empty variant in 'بيجين|'",
        ],
    ),
    (
        "english-spaces.csv",
        1,
        &["2: error: english 'Pakistan ' has leading or trailing spaces"],
    ),
    (
        "calendar-code.csv",
        1,
        &[
            "2: error: month row without a calendar code",
            "4: error: weekday row without a calendar code: the note 'weekday:9'",
        ],
    ),
    (
        "unknown-category.csv",
        1,
        &["2: error: unknown category 'country'; use one of: person"],
    ),
];

#[test]
fn lint_finds_each_rule_at_its_line() {
    for &(file, code, expected) in LINT_TABLE {
        let path = format!("{LINT}/{file}");
        // The collision check has its own tests (glossary::lint); these files test the other rules.
        let run = dragoman(&["glossary", "lint", "--no-collisions", "--glossary", &path]);
        run.expect_code(code);
        let lines: Vec<&str> = run.stdout.lines().collect();
        let (summary, findings) = lines.split_last().unwrap_or_else(|| run.fail("no output"));
        if findings.len() != expected.len() {
            run.fail(&format!(
                "file {file}: expected {} findings",
                expected.len()
            ));
        }
        for (got, want) in findings.iter().zip(expected) {
            let want = format!("{path}:{want}");
            if !got.starts_with(&want) {
                run.fail(&format!("file {file}:\n got {got}\nwant {want}…"));
            }
        }
        let errors = expected.iter().filter(|e| e.contains(": error: ")).count();
        let warnings = expected.len() - errors;
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let want = format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        if !summary.starts_with(&want) {
            run.fail(&format!("file {file}: summary should start with '{want}'"));
        }
    }
}

#[test]
fn lint_builtin_glossary_has_no_errors() {
    let run = dragoman(&["glossary", "lint"]);
    run.expect_code(0);
    if !run
        .stdout
        .lines()
        .last()
        .unwrap_or("")
        .starts_with("0 errors")
    {
        run.fail("the built-in glossary should lint without errors");
    }
}

#[test]
fn lookup_both_directions() {
    // `(words, expected substrings of stdout)`.
    let table: &[(&[&str], &[&str])] = &[
        (
            &["وبالولايات المتحدة"],
            &["→ United States (place", "clitics: وب"],
        ),
        (&["وبالولايات"], &["→ United States (place", "via: starts"]),
        (&["لـ«داعش»"], &["داعش → ISIS (group", "clitics: ل"]),
        (
            &["الباكستانيين"],
            &["باكستاني → Pakistani (nationality", "via: form"],
        ),
        (&["United States"], &["الولايات المتحدة → United States"]),
        (&["isil"], &["داعش → ISIS", "via: also"]),
    ];
    for &(words, want) in table {
        let mut args = vec!["glossary", "lookup"];
        args.extend_from_slice(words);
        let run = dragoman(&args);
        run.expect_code(0);
        for w in want {
            if !run.stdout.contains(w) {
                run.fail(&format!("lookup {words:?}: missing '{w}'"));
            }
        }
    }
    let run = dragoman(&["glossary", "lookup", "xyzzy", "باكستان"]);
    run.expect_code(1);
    if !run.stderr.contains("no glossary entry for 'xyzzy'") || !run.stdout.contains("Pakistan") {
        run.fail("a word with no entry exits 1 and the others are still shown");
    }
}

#[test]
fn merge_keeps_conflicts_and_writes_atomically() {
    let dir = scratch("merge");
    let out = dir.join("merged.csv");
    let run = dragoman(&[
        "glossary",
        "merge",
        "tests/data/glossary/merge-a.csv",
        "tests/data/glossary/merge-b.csv",
        "-o",
        out.to_str().expect("utf-8 path"),
    ]);
    run.expect_code(1);
    if !run.stderr.contains(
        "conflict: the arabic key 'جزائر' is 'Algeria [place]' at tests/data/glossary/merge-a.csv:2 \
         and 'islands [term]' at tests/data/glossary/merge-b.csv:3",
    ) {
        run.fail("the conflict is reported with both locations");
    }
    let got = std::fs::read_to_string(&out).unwrap_or_else(|_| run.fail("no output file"));
    let want = "\
arabic,english,category,variants,note,source
طالبان,Taliban,group,,,curated
أمريكا,United States,place,أميركا|الولايات المتحدة,also: U.S.,curated; CLDR 48.2.0
الجزائر,Algeria,place,,CONFLICT: same Arabic as 'islands [term]' (tests/data/glossary/merge-b.csv:3),curated
باكستان,Pakistan,place,,,curated
جزائر,islands,term,,CONFLICT: same Arabic as 'Algeria [place]' (tests/data/glossary/merge-a.csv:2); archipelago sense,curated
";
    assert_eq!(got, want);
    let left: Vec<_> = std::fs::read_dir(&dir).expect("read dir").collect();
    assert_eq!(left.len(), 1, "a temporary file was left behind: {left:?}");
    // The merged file loads, and merging it again changes nothing.
    let again = dir.join("again.csv");
    dragoman(&[
        "glossary",
        "merge",
        out.to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ])
    .expect_code(1);
    let g1 = Glossary::load(std::slice::from_ref(&out)).expect("merged file loads");
    let g2 = Glossary::load(&[again]).expect("re-merged file loads");
    assert_eq!(g1.len(), g2.len());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Export to FORMAT and import back, through files; the CSV must equal the CSV export.
fn round_trip(name: &str, glossary: &[&str], format: &str, ext: &str) {
    let dir = scratch(&format!("{name}-{format}"));
    let exported = dir.join(format!("g.{ext}"));
    let back = dir.join("back.csv");
    let direct = dir.join("direct.csv");
    let mut args = vec![
        "glossary",
        "export",
        "--format",
        format,
        "-o",
        exported.to_str().unwrap(),
    ];
    args.extend_from_slice(glossary);
    dragoman(&args).expect_code(0);
    let mut args = vec![
        "glossary",
        "export",
        "--format",
        "csv",
        "-o",
        direct.to_str().unwrap(),
    ];
    args.extend_from_slice(glossary);
    dragoman(&args).expect_code(0);
    dragoman(&[
        "glossary",
        "import",
        "--format",
        format,
        exported.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ])
    .expect_code(0);
    let a = std::fs::read_to_string(&direct).expect("direct csv");
    let b = std::fs::read_to_string(&back).expect("round-tripped csv");
    assert!(
        a == b,
        "{name} through {format}: the CSVs differ\n{a}\n---\n{b}"
    );
    if format == "tbx" {
        xml_well_formed(&exported);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Check with `xmllint` when it is installed.
fn xml_well_formed(path: &Path) {
    match Command::new("xmllint").arg("--noout").arg(path).output() {
        Ok(out) => assert!(
            out.status.success(),
            "xmllint rejects {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!("notice: xmllint is not installed; TBX well-formedness not checked"),
    }
}

#[test]
fn export_import_round_trips() {
    for format in ["tbx", "omegat"] {
        let ext = if format == "tbx" { "tbx" } else { "utf8" };
        round_trip(
            "tricky",
            &["--glossary", "tests/data/glossary/tricky.csv"],
            format,
            ext,
        );
        round_trip("builtin", &[], format, ext);
    }
}

#[test]
fn tbx_has_both_language_sections() {
    let run = dragoman(&[
        "glossary",
        "export",
        "--format",
        "tbx",
        "--glossary",
        "tests/data/glossary/tricky.csv",
    ]);
    run.expect_code(0);
    for want in [
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">",
        "<langSec xml:lang=\"ar\">",
        "<langSec xml:lang=\"en\">",
        "<term>Pakistan &amp; &lt;Co&gt;</term>",
        "<descrip type=\"subjectField\">org</descrip>",
    ] {
        if !run.stdout.contains(want) {
            run.fail(&format!("missing {want}"));
        }
    }
}

#[test]
fn stats_total_matches_the_glossary() {
    let run = dragoman(&["glossary", "stats", "--format", "csv"]);
    run.expect_code(0);
    let want = format!("total,,{},", Glossary::builtin().len());
    if !run.stdout.lines().any(|l| l.starts_with(&want)) {
        run.fail(&format!("no row starting '{want}'"));
    }
}

#[test]
fn coverage_of_the_sample_article() {
    let run = dragoman(&[
        "glossary",
        "coverage",
        "--unseen",
        "tests/data/counterterrorism-talks.txt",
    ]);
    run.expect_code(0);
    for want in [
        "documents: 1",
        "covered by a glossary term:",
        "→ ISIS-K",
        "entries never seen:",
    ] {
        if !run.stdout.contains(want) {
            run.fail(&format!("missing '{want}'"));
        }
    }
}

#[test]
fn suggest_writes_a_curator_csv() {
    let dir = scratch("suggest");
    let out = dir.join("s.csv");
    let run = dragoman(&[
        "glossary",
        "suggest",
        "--glossary",
        "tests/data/glossary/suggest-glossary.csv",
        "tests/data/glossary/suggest-corpus.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    run.expect_code(0);
    let text = std::fs::read_to_string(&out).expect("suggestions written");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("arabic,english,category,variants,note,source,count,score,example")
    );
    let first = lines.next().unwrap_or_default();
    assert!(
        first.starts_with(
            "شهباز شريف,,person,,,suggested from tests/data/glossary/suggest-corpus.txt,3,"
        ),
        "{text}"
    );
    // The built-in glossary knows Shehbaz Sharif: not suggested then.
    let run = dragoman(&[
        "glossary",
        "suggest",
        "tests/data/glossary/suggest-corpus.txt",
    ]);
    run.expect_code(0);
    if run
        .stdout
        .lines()
        .any(|l| l.split(',').next().unwrap_or("").contains("شهباز"))
    {
        run.fail("a name the glossary has is suggested");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
