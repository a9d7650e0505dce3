//! Merging glossaries into one sorted, deduplicated file.
//!
//! **In:** entries in load order (several glossaries one after the other). **Out:** a
//! [`Merged`]: the entries sorted by category (in [`Category`](super::Category) order), then Arabic headword,
//! then English; and the [`Conflict`]s found.
//!
//! Rows are grouped by the [`key`] of their headword (the `match`
//! normalization with the article aside, as the matcher and `lint` see it):
//! * rows of a group with the same English and category are merged into the first one:
//!   variants are unioned (a variant whose key is already a spelling of the row is dropped),
//!   notes and sources are joined with `; ` (a part already present is not repeated), and
//!   the first row's headword, origin and note order are kept (so a calendar code stays first);
//! * rows with a different English or category are *conflicts*: each is kept as its own row,
//!   its note starting `CONFLICT: same Arabic as '<english>' (<path:line>); …` naming the
//!   others, and each pair is reported. Nothing is dropped silently.
//!
//! What it does *not* do: resolve conflicts, or merge rows whose *variants* collide (a
//! variant of one row that is another row's headword); `lint` reports those.

use std::collections::HashMap;
use std::fmt;

use super::lint::key;
use super::Entry;
use crate::error::Location;

/// Two rows with the same Arabic key and different English (or category).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub key: String,
    pub first: (Location, String),
    pub second: (Location, String),
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "conflict: the arabic key '{}' is '{}' at {} and '{}' at {}; both rows are kept, \
             marked CONFLICT in their note",
            self.key, self.first.1, self.first.0, self.second.1, self.second.0
        )
    }
}

/// The result of [`merge`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub entries: Vec<Entry>,
    pub conflicts: Vec<Conflict>,
    /// Rows folded into an earlier one.
    pub merged: usize,
}

/// Merge `entries` (see the module docs).
pub fn merge(entries: impl IntoIterator<Item = Entry>) -> Merged {
    // key → indices into `rows` of the distinct rows with that key.
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut rows: Vec<Entry> = Vec::new();
    let mut merged = 0;
    for e in entries {
        let k = key(&e.arabic);
        let group = groups.entry(k.clone()).or_insert_with(|| {
            order.push(k);
            Vec::new()
        });
        let same = group
            .iter()
            .copied()
            .find(|&i| rows[i].english == e.english && rows[i].category == e.category);
        match same {
            Some(i) => {
                absorb(&mut rows[i], e);
                merged += 1;
            }
            None => {
                group.push(rows.len());
                rows.push(e);
            }
        }
    }
    let mut conflicts = Vec::new();
    for k in &order {
        let group = &groups[k];
        if group.len() < 2 {
            continue;
        }
        for (a, &i) in group.iter().enumerate() {
            for &j in &group[a + 1..] {
                conflicts.push(Conflict {
                    key: k.clone(),
                    first: (rows[i].origin.clone(), describe(&rows[i])),
                    second: (rows[j].origin.clone(), describe(&rows[j])),
                });
            }
        }
        let marks: Vec<String> = group
            .iter()
            .map(|&i| {
                let others: Vec<String> = group
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| format!("'{}' ({})", describe(&rows[j]), rows[j].origin))
                    .collect();
                format!("CONFLICT: same Arabic as {}", others.join(", "))
            })
            .collect();
        for (&i, mark) in group.iter().zip(marks) {
            let note = &mut rows[i].note;
            *note = if note.is_empty() {
                mark
            } else {
                format!("{mark}; {note}")
            };
        }
    }
    rows.sort_by(|a, b| {
        (a.category, &a.arabic, &a.english).cmp(&(b.category, &b.arabic, &b.english))
    });
    Merged {
        entries: rows,
        conflicts,
        merged,
    }
}

/// `English` or `English (category)` when only the category differs from others.
fn describe(e: &Entry) -> String {
    format!("{} [{}]", e.english, e.category)
}

/// Fold `other` (same key, English and category) into `base`.
fn absorb(base: &mut Entry, other: Entry) {
    let mut keys: Vec<String> = base.spellings().map(key).collect();
    for v in std::iter::once(other.arabic).chain(other.variants) {
        let k = key(&v);
        if !keys.contains(&k) {
            keys.push(k);
            base.variants.push(v);
        }
    }
    join(&mut base.note, &other.note);
    join(&mut base.source, &other.source);
}

/// Append `part` to a `; `-separated list unless it is empty or already there.
fn join(list: &mut String, part: &str) {
    let part = part.trim();
    if part.is_empty() || list.split("; ").any(|p| p == part) || list == part {
        return;
    }
    if !list.is_empty() {
        list.push_str("; ");
    }
    list.push_str(part);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::parse_csv;
    use std::path::Path;

    fn entries(name: &str, rows: &str) -> Vec<Entry> {
        let text = format!("arabic,english,category,variants,note,source\n{rows}");
        parse_csv(Path::new(name), &text).unwrap()
    }

    /// `(name, file a, file b, expected rows as arabic|english|variants|note|source, conflicts)`.
    const TABLE: &[(&str, &str, &str, &[&str], usize)] = &[
        (
            "same key and english: variants unioned, sources joined",
            "أمريكا,United States,place,أميركا,,curated\n",
            "امريكا,United States,place,الولايات المتحدة,also: U.S.,CLDR\n",
            &["أمريكا|United States|أميركا,الولايات المتحدة|also: U.S.|curated; CLDR"],
            0,
        ),
        (
            "exact duplicate folds away",
            "باكستان,Pakistan,place,,,curated\n",
            "باكستان,Pakistan,place,,,curated\n",
            &["باكستان|Pakistan||curated"],
            0,
        ),
        (
            "conflict: both kept and marked",
            "الجزائر,Algeria,place,,,curated\n",
            "جزائر,islands,place,,old note,other\n",
            &[
                "الجزائر|Algeria||CONFLICT: same Arabic as 'islands [place]' (b.csv:2)|curated",
                "جزائر|islands||CONFLICT: same Arabic as 'Algeria [place]' (a.csv:2); old note|other",
            ],
            1,
        ),
        (
            "sorted by category then arabic",
            "يورو,euro,currency,,,c\nباكستان,Pakistan,place,,,c\n",
            "أفغانستان,Afghanistan,place,,,c\n",
            &[
                "أفغانستان|Afghanistan||c",
                "باكستان|Pakistan||c",
                "يورو|euro||c",
            ],
            0,
        ),
    ];

    #[test]
    fn merge_table() {
        for &(name, a, b, want, conflicts) in TABLE {
            let mut all = entries("a.csv", a);
            all.extend(entries("b.csv", b));
            let m = merge(all);
            let got: Vec<String> = m
                .entries
                .iter()
                .map(|e| {
                    let mut s = format!("{}|{}|{}|", e.arabic, e.english, e.variants.join(","));
                    if !e.note.is_empty() {
                        s = format!("{s}{}|", e.note);
                    }
                    s + &e.source
                })
                .collect();
            assert_eq!(got, want, "row '{name}': a {a:?} b {b:?}");
            assert_eq!(m.conflicts.len(), conflicts, "row '{name}'");
        }
    }
}
