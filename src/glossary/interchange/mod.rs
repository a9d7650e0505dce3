//! Glossary interchange: the standard CSV, TBX (ISO 30042) and OmegaT's glossary format.
//!
//! **In/out:** [`Entry`]s. `from_tbx(to_tbx(g)) == g` and `from_omegat(to_omegat(g)) == g`
//! for every glossary whose fields are trimmed (as the loader makes them), up to `origin`
//! (an imported entry's origin is the line of its concept or row in the imported file).
//!
//! ## CSV
//! The glossary format of `glossaries/README.md`: header `arabic,english,category,variants,
//! note,source`, RFC 4180 quoting (a field with `,` `"` CR or LF is quoted, quotes doubled),
//! LF line ends, variants joined by `|`.
//!
//! ## TBX and OmegaT
//! In [`tbx`] and [`omegat`], each with its format in its module docs.
//!
//! What it does *not* do: guess a format; the caller says which one.

pub mod omegat;
pub mod tbx;

use super::{Entry, COLUMNS, GUARD_COLUMN};
use crate::table::{Cell, Table, TableFormat};

pub use self::omegat::{from_omegat, to_omegat};
pub use self::tbx::{from_tbx, to_tbx};

/// The entries as a glossary CSV file (header included), its cells sanitized for spreadsheets
/// unless `raw` (the loader reads sanitized cells back as they were: see
/// `table::unsanitize`). The `guard` column is written when an entry has a guard.
pub fn to_csv(entries: &[Entry], raw: bool) -> Vec<u8> {
    const WITH_GUARD: [&str; 7] = [
        COLUMNS[0],
        COLUMNS[1],
        COLUMNS[2],
        COLUMNS[3],
        COLUMNS[4],
        COLUMNS[5],
        GUARD_COLUMN,
    ];
    let guarded = entries.iter().any(|e| !e.guard.is_empty());
    let columns: &'static [&'static str] = if guarded { &WITH_GUARD } else { &COLUMNS };
    let table = Table::new(TableFormat::Csv, columns).raw(raw);
    let mut out = table.header();
    for e in entries {
        let variants = e.variants.join("|");
        let mut cells = vec![
            Cell::from(e.arabic.as_str()),
            Cell::from(e.english.as_str()),
            Cell::from(e.category.name()),
            Cell::from(variants),
            Cell::from(e.note.as_str()),
            Cell::from(e.source.as_str()),
        ];
        if guarded {
            cells.push(Cell::from(e.guard.to_string()));
        }
        table.row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::omegat::OMEGAT_HEADER;
    use super::*;
    use crate::error::Location;
    use crate::glossary::{Category, Glossary};

    /// Entries without their origin, for comparing round trips (the guard as its cell).
    #[allow(clippy::type_complexity)]
    fn bare(
        entries: &[Entry],
    ) -> Vec<(
        String,
        String,
        Category,
        Vec<String>,
        String,
        String,
        String,
    )> {
        entries
            .iter()
            .map(|e| {
                (
                    e.arabic.clone(),
                    e.english.clone(),
                    e.category,
                    e.variants.clone(),
                    e.note.clone(),
                    e.source.clone(),
                    e.guard.to_string(),
                )
            })
            .collect()
    }

    fn tricky() -> Vec<Entry> {
        let e = |arabic: &str, english: &str, variants: &[&str], note: &str, source: &str| Entry {
            arabic: arabic.into(),
            english: english.into(),
            category: Category::Org,
            variants: variants.iter().map(|v| v.to_string()).collect(),
            note: note.into(),
            source: source.into(),
            guard: Default::default(),
            origin: Location::default(),
        };
        let mut guarded = e("فتح", "Fatah", &[], "note; x", "s; t");
        guarded.guard = "cue: حركة|حماس; not-next: الباب; status: admitted"
            .parse()
            .unwrap();
        let mut forbidden = e("نيسان", "Nissan", &[], "", "");
        forbidden.guard = "status: forbidden".parse().unwrap();
        let mut all = vec![
            e("أ", "A & B <C>", &["ب", "ج"], "x, \"y\"; z | w", "s; t"),
            e(
                "د",
                "it's \"quoted\"",
                &[],
                "note: source: ; source: trick",
                "",
            ),
            e("ه", "back\\slash", &[], "", "source; with \\ backslash"),
            e("و", "tab\there", &[], "line\r\nbreak & CR", "a]]>b"),
            e("ز", "plain", &[], "", ""),
        ];
        // A title and the name it quotes: «الشرق الأوسط» the daily.
        let mut quoted = e("الشرق الأوسط", "Asharq Al-Awsat", &[], "", "");
        quoted.guard = "quoted".parse().unwrap();
        all.extend([guarded, forbidden, quoted]);
        all
    }

    #[test]
    fn tbx_round_trip() {
        for (name, entries) in [
            ("tricky", tricky()),
            ("builtin", Glossary::builtin().entries().to_vec()),
        ] {
            let tbx = to_tbx(&entries).unwrap();
            let back = from_tbx(Path::new("x.tbx"), &tbx).unwrap();
            assert_eq!(bare(&back), bare(&entries), "set '{name}'");
        }
    }

    #[test]
    fn omegat_round_trip() {
        for (name, entries) in [
            ("tricky", tricky()),
            ("builtin", Glossary::builtin().entries().to_vec()),
        ] {
            let text = to_omegat(&entries);
            let back = from_omegat(Path::new("x.txt"), &text).unwrap();
            assert_eq!(bare(&back), bare(&entries), "set '{name}'");
        }
    }

    /// Glossary CSV, sanitized for spreadsheets or raw, loads back as the same entries.
    #[test]
    fn csv_round_trip() {
        let mut entries = tricky();
        let mut formulas = tricky()[4].clone();
        formulas.english = "=HYPERLINK(\"x\")".into();
        formulas.note = "-5 \u{202E}x\u{0}\u{1B}".into();
        formulas.source = "@SUM".into();
        entries.push(formulas);
        for (name, entries) in [
            ("tricky", entries),
            ("builtin", Glossary::builtin().entries().to_vec()),
        ] {
            for raw in [false, true] {
                let csv = to_csv(&entries, raw);
                let text = String::from_utf8(csv).unwrap();
                let back = crate::glossary::parse_csv(Path::new("x.csv"), &text).unwrap();
                assert_eq!(bare(&back), bare(&entries), "set '{name}', raw {raw}");
            }
        }
    }

    #[test]
    fn omegat_rows_are_readable() {
        let text = to_omegat(&tricky()[..1]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], OMEGAT_HEADER);
        assert_eq!(
            lines[1],
            "أ\tA & B <C>\tcategory: org; note: x, \"y\"; z | w; source: s\\: t"
        );
        assert_eq!(lines[2], "ب\tA & B <C>\tvariant of: أ");
    }

    #[test]
    fn foreign_omegat_rows() {
        let back = from_omegat(
            Path::new("g.txt"),
            "طالبان\tTaliban\tarmed group\nكابل\tKabul\n",
        )
        .unwrap();
        assert_eq!(back[0].category, Category::Term);
        assert_eq!(back[0].note, "armed group");
        assert_eq!(back[1].note, "");
    }

    #[test]
    fn tbx_v2_is_read() {
        let tbx = r#"<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><descrip type="subjectField">place</descrip>
<langSet xml:lang="ar"><tig><term>كابل</term></tig></langSet>
<langSet lang="en-US"><ntig><termGrp><term>Kabul</term></termGrp></ntig></langSet>
</termEntry></body></text></martif>"#;
        let back = from_tbx(Path::new("v2.tbx"), tbx).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(
            (back[0].arabic.as_str(), back[0].english.as_str()),
            ("كابل", "Kabul")
        );
        assert_eq!(back[0].category, Category::Place);
        assert_eq!(back[0].origin.line, 4);
    }

    #[test]
    fn bad_tbx_names_the_line_and_column() {
        for (name, tbx, want) in [
            ("mismatched", "<tbx>\n<a></b></tbx>", "x.tbx:2:4: ill-formed document: expected `</a>`, but `</b>` was found"),
            ("unclosed", "<tbx>\n  <a>", "x.tbx:2:3: <a> is never closed"),
            ("bad entity", "<tbx>\nx &nbsp;</tbx>", "x.tbx:2:3: unknown entity '&nbsp;'"),
            ("cut tag", "<tbx>\n<a", "x.tbx:2:1: syntax error"),
            ("after a BOM", "\u{FEFF}<tbx>\n\u{0627}&x;</tbx>", "x.tbx:2:2: unknown entity '&x;'"),
            ("no english", "<tbx>\n <conceptEntry><langSec xml:lang=\"ar\"><termSec><term>ا</term></termSec></langSec></conceptEntry></tbx>", "x.tbx:2:2: the concept has no english term"),
        ] {
            let err = from_tbx(Path::new("x.tbx"), tbx).unwrap_err().to_string();
            assert!(err.starts_with(want), "case '{name}': {err}");
        }
    }
}
