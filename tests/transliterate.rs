//! `dragoman transliterate`: one romanization per input line, in every format.

use crate::util::{dragoman, dragoman_in, scratch};

const NAMES: &str = "عبد الرحمن بن محمد القحطاني\n\nأبو حسن\nسلمان بن حمد آل خليفة\n";

#[test]
fn text_gives_one_line_per_input_line() {
    let run = dragoman_in(&["transliterate"], NAMES.as_bytes()).ok();
    assert_eq!(
        run.stdout,
        "Abdul-Rahman bin Mohammed al-Qahtani\n\nAbu Hassan\nSalman bin Hamad Al Khalifa\n"
    );
}

#[test]
fn csv_and_jsonl_add_source_and_score() {
    let run = dragoman_in(&["transliterate", "--format", "csv"], NAMES.as_bytes()).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "arabic,english,source,score");
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    // The surname may come from the lexicon or the model; the columns are there either way.
    let cells: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(
        cells[..2],
        [
            "عبد الرحمن بن محمد القحطاني",
            "Abdul-Rahman bin Mohammed al-Qahtani"
        ]
    );
    assert!(["lexicon", "model"].contains(&cells[2]), "{}", lines[1]);
    let score: f32 = cells[3].parse().unwrap();
    assert!(score > 0.0 && score <= 1.0, "{}", lines[1]);
    assert_eq!(lines[2], ",,,0.000");
    assert!(
        lines[3].starts_with("أبو حسن,Abu Hassan,lexicon,"),
        "{}",
        lines[3]
    );

    let run = dragoman_in(
        &["transliterate", "--format", "jsonl"],
        "عبد الله\n".as_bytes(),
    )
    .ok();
    assert_eq!(
        run.stdout,
        "{\"arabic\":\"عبد الله\",\"english\":\"Abdullah\",\"source\":\"rules\",\"score\":1.0}\n"
    );
}

#[test]
fn files_and_atomic_output() {
    let dir = scratch("translit");
    let input = dir.join("names.txt");
    std::fs::write(&input, "مُحَمَّد\nعمر إبراهيم\n").unwrap();
    let out = dir.join("out.tsv");
    let (i, o) = (input.to_str().unwrap(), out.to_str().unwrap());
    dragoman(&["transliterate", "--format", "tsv", i, "-o", o]).ok();
    let got = std::fs::read_to_string(&out).unwrap();
    let mut lines = got.lines();
    assert_eq!(lines.next(), Some("arabic\tenglish\tsource\tscore"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("مُحَمَّد\tMohammed\tlexicon\t"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("عمر إبراهيم\tOmar Ibrahim\tlexicon\t"));
    assert_eq!(lines.next(), None);
}

#[test]
fn a_line_that_is_not_a_name_is_reported_with_its_place() {
    let dir = scratch("translit-long");
    let input = dir.join("names.txt");
    std::fs::write(&input, format!("محمد\n{}\n", "ب".repeat(800))).unwrap();
    let i = input.to_str().unwrap();
    dragoman(&["transliterate", i])
        .code(1)
        .stderr_has("names.txt:2: a line of 1600 bytes is not a name");
}

#[test]
fn other_tables_are_read_from_a_directory_and_checked() {
    let dir = scratch("translit-tables");
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/translit/data");
    for f in ["lexicon.bin", "model.bin"] {
        std::fs::copy(data.join(f), dir.join(f)).unwrap();
    }
    let d = dir.to_str().unwrap();
    let run = dragoman_in(
        &["transliterate", "--tables", d, "--beam", "8"],
        "عبد الله\n".as_bytes(),
    )
    .ok();
    assert_eq!(run.stdout, "Abdullah\n");
    // A damaged table is reported with its name, not a crash.
    std::fs::write(dir.join("model.bin"), b"DRGMOD01\x05\0\0\0ab").unwrap();
    dragoman_in(&["transliterate", "--tables", d], "محمد\n".as_bytes())
        .code(2)
        .stderr_has("model.bin: the file ends early");
}
