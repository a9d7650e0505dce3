//! Test helpers for the rule families: one shared [`Extractor`] and table checks that print
//! the failing input with escapes.

use std::sync::Arc;
use std::sync::OnceLock;

use super::{Context, Date, Extractor, Fact, FactKind};
use crate::glossary::Matcher;

pub fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::new(Arc::new(
            Matcher::new(&crate::glossary::Glossary::builtin()),
        ))
    })
}

/// Facts of one text (segmented, matched), with an optional reference date.
pub fn facts(text: &str, date: Option<Date>) -> Vec<Fact> {
    let e = extractor();
    let sentences = crate::segment::segment(text);
    let terms = e.matcher().find(text);
    e.extract(
        text,
        &sentences,
        &terms,
        &Context {
            reference_date: date,
            ..Context::default()
        },
    )
}

/// `(surface, value)` of the facts of one kind.
pub fn of(text: &str, kind: FactKind, date: Option<Date>) -> Vec<(String, String)> {
    facts(text, date)
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| (f.span.slice(text).to_string(), f.value.to_string()))
        .collect()
}

/// Check table rows `(input, [(surface, value)])` for one kind; print the input on failure.
pub fn check(kind: FactKind, rows: &[(&str, &[(&str, &str)])], date: Option<Date>) {
    let mut bad = Vec::new();
    for (input, want) in rows {
        let got = of(input, kind, date);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        if got != want {
            bad.push(format!(
                "{} {:?}\n   want {:?}\n    got {:?}",
                kind.name(),
                input.escape_debug().to_string(),
                want,
                got
            ));
        }
    }
    assert_rows(&bad);
}

/// Same for the english column.
pub fn check_english(kind: FactKind, rows: &[(&str, &str)], date: Option<Date>) {
    let mut bad = Vec::new();
    for (input, want) in rows {
        let got: Vec<String> = facts(input, date)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.english.to_string())
            .collect();
        if got.first().map(String::as_str) != Some(*want) {
            bad.push(format!("{:?}\n   want {want:?}\n    got {got:?}", input));
        }
    }
    assert_rows(&bad);
}

/// Check table rows `(input, [surface])` for one kind (no reference date): the surfaces only,
/// for rules whose values are checked elsewhere. Prints every failing row.
pub fn check_surfaces(kind: FactKind, rows: &[(&str, &[&str])]) {
    let mut bad = Vec::new();
    for (input, want) in rows {
        let got: Vec<String> = of(input, kind, None).into_iter().map(|f| f.0).collect();
        if got != *want {
            bad.push(format!("{input}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert_rows(&bad);
}

/// Fail with every bad row of a table test (each row's input, what it wanted and what it
/// got), or pass when there is none.
pub fn assert_rows(bad: &[String]) {
    assert!(
        bad.is_empty(),
        "{} rows failed:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
