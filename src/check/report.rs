//! Reports of a check run: the HTML page and the summary table.
//!
//! The HTML page is self-contained (inline CSS, no scripts, no external resources, so it can be
//! mailed or archived) and filterable without JavaScript: one radio button per check shows
//! only that check's findings (CSS `:checked ~` rules); the table "by term" links each glossary
//! entry to its findings, which carry the anchor `#t-N` of their entry. Each finding shows its
//! pair side by side: the Arabic right to left (`dir="rtl" lang="ar"`), the English left to
//! right, the span the finding is about marked with `<mark>`. Below 700 px each finding is a
//! block instead of a table row, so a phone shows it without scrolling sideways.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{Check, Severity};
use crate::summarize::render::html::escape;

/// One finding as reported: everything a reader sees, as text.
#[derive(Clone, Debug)]
pub struct Row {
    pub doc_id: String,
    /// 1-based pair number in its document.
    pub pair: usize,
    pub check: Check,
    pub severity: Severity,
    /// The Arabic of the pair, split around the span the finding is about.
    pub arabic: (String, String, String),
    pub english: String,
    /// `arabic = english` of the glossary entry, or empty.
    pub entry: String,
    pub message: String,
}

/// Counts of findings per check and severity and per glossary entry: the summary on stderr,
/// kept while rows stream out.
#[derive(Debug, Default)]
pub struct Tally {
    by_check: BTreeMap<(Check, Severity), usize>,
    by_term: BTreeMap<String, usize>,
}

impl Tally {
    /// Count one finding.
    pub fn add(&mut self, r: &Row) {
        *self.by_check.entry((r.check, r.severity)).or_default() += 1;
        if !r.entry.is_empty() {
            *self.by_term.entry(r.entry.clone()).or_default() += 1;
        }
    }

    /// Findings counted.
    pub fn findings(&self) -> usize {
        self.by_check.values().sum()
    }

    /// Error-level findings counted.
    pub fn errors(&self) -> usize {
        self.by_check
            .iter()
            .filter(|((_, sev), _)| *sev == Severity::Error)
            .map(|(_, n)| n)
            .sum()
    }

    /// Counts per check and severity, then the 30 entries with the most findings, as a
    /// plain-text table.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{:<16} {:<8} {:>8}", "check", "severity", "findings");
        for ((c, sev), n) in &self.by_check {
            let _ = writeln!(s, "{:<16} {:<8} {:>8}", c.name(), sev.name(), n);
        }
        if !self.by_term.is_empty() {
            let mut terms: Vec<_> = self.by_term.iter().collect();
            terms.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let _ = writeln!(s, "\n{:>8}  entry (most findings first)", "findings");
            for (t, n) in terms.iter().take(30) {
                let _ = writeln!(s, "{n:>8}  {t}");
            }
        }
        s
    }
}

const STYLE: &str = r#"
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
td.ar { font-size: 1.1rem; }
mark { background: #ffe58a; }
.filters { margin: 1rem 0; }
.filters label { margin-inline-end: 1rem; }
.sev-error { color: #b00020; font-weight: 600; }
.sev-warning { color: #8a5a00; }
.sev-info { color: #555; }
col.c-doc { width: 9rem; } col.c-pair { width: 3rem; } col.c-check { width: 9rem; }
col.c-msg { width: 16rem; }
#by-term td, #by-term th { width: auto; }
@media (max-width: 700px) {
  #findings, #findings tbody, #findings tr, #findings td { display: block; width: auto; }
  #findings thead, #findings colgroup { display: none; }
  #findings tr { border-bottom: 2px solid #bbb; padding: .4rem 0; }
  #findings td { border: 0; padding: .15rem .25rem; }
}
"#;

/// The whole page for `rows` (any number of documents).
pub fn html(rows: &[Row]) -> String {
    let mut checks: Vec<Check> = rows.iter().map(|r| r.check).collect();
    checks.sort();
    checks.dedup();
    let mut entries: Vec<&str> = rows
        .iter()
        .map(|r| r.entry.as_str())
        .filter(|e| !e.is_empty())
        .collect();
    entries.sort();
    entries.dedup();
    let entry_id = |e: &str| entries.binary_search(&e).ok();

    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>dragoman check</title>\n<style>");
    h.push_str(STYLE);
    // One rule per check: with its radio button on, rows of other checks hide.
    for c in &checks {
        let _ = writeln!(
            h,
            "#f-{0}:checked ~ table tr.finding:not(.c-{0}) {{ display: none; }}",
            c.name()
        );
    }
    h.push_str("</style>\n</head>\n<body>\n<h1>dragoman check</h1>\n");
    let _ = writeln!(
        h,
        "<p>{} findings. Filter by check below, or by term in the table at the end.</p>",
        rows.len()
    );
    if rows.is_empty() {
        h.push_str("<p>No findings: the translations follow the glossary.</p>\n");
    }
    h.push_str("<div class=\"filters\">\n");
    h.push_str(
        "<input type=\"radio\" name=\"f\" id=\"f-all\" checked><label for=\"f-all\">all</label>\n",
    );
    for c in &checks {
        let n = rows.iter().filter(|r| r.check == *c).count();
        let _ = writeln!(
            h,
            "<input type=\"radio\" name=\"f\" id=\"f-{0}\"><label for=\"f-{0}\">{0} ({n})</label>",
            c.name()
        );
    }
    h.push_str(concat!(
        "<table id=\"findings\">\n<colgroup><col class=\"c-doc\"><col class=\"c-pair\">",
        "<col class=\"c-check\"><col class=\"c-ar\"><col class=\"c-en\"><col class=\"c-msg\">",
        "</colgroup>\n<thead><tr><th scope=\"col\">document</th><th scope=\"col\">pair</th>",
        "<th scope=\"col\">check</th><th scope=\"col\" dir=\"rtl\" lang=\"ar\">العربية</th>",
        "<th scope=\"col\">English</th><th scope=\"col\">finding</th></tr></thead>\n<tbody>\n"
    ));
    for r in rows {
        let anchor = entry_id(&r.entry)
            .map(|k| format!(" data-term=\"t-{k}\""))
            .unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr class=\"finding c-{check} sev-{sev}\"{anchor}><td>{doc}</td><td>{pair}</td>\
             <td class=\"sev-{sev}\">{check}<br>{sev}</td>\
             <td class=\"ar\" dir=\"rtl\" lang=\"ar\">{a0}<mark>{a1}</mark>{a2}</td>\
             <td class=\"en\" dir=\"ltr\" lang=\"en\">{en}</td><td>{msg}{entry}</td></tr>",
            check = r.check.name(),
            sev = r.severity.name(),
            doc = escape(&r.doc_id),
            pair = r.pair,
            a0 = escape(&r.arabic.0),
            a1 = escape(&r.arabic.1),
            a2 = escape(&r.arabic.2),
            en = escape(&r.english),
            msg = escape(&r.message),
            entry = entry_id(&r.entry)
                .map(|k| format!(
                    "<br><a href=\"#t-{k}\" dir=\"auto\">{}</a>",
                    escape(&r.entry)
                ))
                .unwrap_or_default(),
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    if !entries.is_empty() {
        h.push_str("<h2>By term</h2>\n<table id=\"by-term\">\n<thead><tr><th scope=\"col\">entry</th><th scope=\"col\">findings</th><th scope=\"col\">where</th></tr></thead>\n<tbody>\n");
        for (k, e) in entries.iter().enumerate() {
            let hits: Vec<&Row> = rows.iter().filter(|r| r.entry == *e).collect();
            let wheres: Vec<String> = hits
                .iter()
                .take(20)
                .map(|r| format!("{} #{} ({})", escape(&r.doc_id), r.pair, r.check.name()))
                .collect();
            let _ = writeln!(
                h,
                "<tr id=\"t-{k}\"><td dir=\"auto\">{}</td><td>{}</td><td>{}{}</td></tr>",
                escape(e),
                hits.len(),
                wheres.join("; "),
                if hits.len() > 20 { "; …" } else { "" }
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}
