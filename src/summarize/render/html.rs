//! HTML: one self-contained page for any number of documents.
//!
//! The page has inline CSS only: no scripts, no external fonts, stylesheets or images, so it
//! can be mailed, archived or opened offline. Layout:
//!
//! * a header, and an index of the documents (links to `#doc-N`) when there are several;
//! * per document an `<article id="doc-N">`: the document id, the headline as title
//!   (`dir="rtl" lang="ar"`), a table of the picked sentences — number, Arabic
//!   (`<td class="ar" dir="rtl" lang="ar">`), English (`<td class="en" dir="ltr" lang="en">`,
//!   with its facts listed under it) — each row with an anchor `#doc-N-sM`; then the key
//!   facts (one each for who / what / where / when / how many), each linking to its sentence.
//!
//! The table has a fixed layout and long words (URLs, e-mail addresses) wrap anywhere, so
//! nothing is wider than the page. `@media print`: no index, black on white, each document
//! starts on a new page, rows are not split across pages, links print as plain text.
//!
//! All text is escaped (`& < > " '`). Document ids are escaped too; anchors are numbers, so
//! an id never has to be a valid fragment.

use super::{Brief, EnglishSource};

/// One document's section, rendered, and what the index needs of it.
#[derive(Clone, Debug, Default)]
pub struct Section {
    pub id: String,
    pub title: Option<String>,
    pub html: String,
}

/// Render one document as the `number`-th (1-based) section of the page.
pub fn section(brief: &Brief, number: usize) -> Section {
    let anchor = format!("doc-{number}");
    let mut h = String::new();
    h.push_str(&format!(
        "<article class=\"doc\" id=\"{anchor}\">\n<header>\n<p class=\"doc-id\">{}</p>\n",
        escape(brief.id)
    ));
    if let Some((_, title)) = brief.title() {
        h.push_str(&format!(
            "<h2 class=\"title\" dir=\"rtl\" lang=\"ar\">{}</h2>\n",
            escape(title)
        ));
    }
    h.push_str("</header>\n");
    let lines = brief.lines();
    if lines.is_empty() {
        h.push_str("<p class=\"empty\">No sentence to summarize.</p>\n");
    } else {
        h.push_str(concat!(
            "<table class=\"lines\">\n<colgroup><col class=\"c-num\"><col class=\"c-ar\">",
            "<col class=\"c-en\"></colgroup>\n",
            "<thead><tr><th scope=\"col\">#</th>",
            "<th scope=\"col\" class=\"ar\" dir=\"rtl\" lang=\"ar\">العربية</th>",
            "<th scope=\"col\" class=\"en\" dir=\"ltr\" lang=\"en\">English</th></tr></thead>\n<tbody>\n"
        ));
        for line in &lines {
            let english = match line.source {
                EnglishSource::Translation => escape(line.english),
                EnglishSource::Gloss => format!(
                    "<span class=\"gloss\">{}</span> <span class=\"tag\">glossary terms</span>",
                    escape(line.english)
                ),
                EnglishSource::None => "<span class=\"missing\">—</span>".to_string(),
            };
            let mut facts = String::new();
            if !line.facts.is_empty() {
                facts.push_str("<ul class=\"facts\">");
                for f in line.facts {
                    facts.push_str(&format!(
                        "<li><span class=\"kind\">{}</span> {}</li>",
                        escape(&f.kind),
                        escape(&f.english)
                    ));
                }
                facts.push_str("</ul>");
            }
            if let Some(w) = brief.why(line.number - 1).filter(|_| brief.explain) {
                facts.push_str(&format!(
                    "<p class=\"why\">{}</p>",
                    escape(&super::why_text(w))
                ));
            }
            h.push_str(&format!(
                "<tr id=\"{anchor}-s{n}\"><td class=\"num\">{n}</td><td class=\"ar\" dir=\"rtl\" lang=\"ar\">{}</td><td class=\"en\" dir=\"ltr\" lang=\"en\"><p>{english}</p>{facts}</td></tr>\n",
                escape(line.arabic),
                n = line.number,
            ));
        }
        h.push_str("</tbody>\n</table>\n");
    }
    let key_facts = brief.key_facts();
    if !key_facts.is_empty() {
        h.push_str("<section class=\"key-facts\">\n<h3>Key facts</h3>\n<dl>\n");
        let mut last = None;
        for (fact, sentence, _) in key_facts {
            if last != Some(fact.question) {
                h.push_str(&format!("<dt>{}</dt>\n", fact.question.name()));
                last = Some(fact.question);
            }
            // Only picked sentences have a row to link to.
            let picked = brief.summary.picks.contains(&fact.sentence);
            let source = if picked {
                format!("<a href=\"#{anchor}-s{sentence}\">sentence {sentence}</a>")
            } else {
                format!("sentence {sentence}")
            };
            h.push_str(&format!(
                "<dd dir=\"ltr\" lang=\"en\">{}{} <span class=\"kind\">{}</span> <span class=\"from\">{source}</span></dd>\n",
                escape(&fact.english),
                if fact.hedged { " <span class=\"tag\">hedged</span>" } else { "" },
                escape(&fact.kind),
            ));
        }
        h.push_str("</dl>\n</section>\n");
    }
    h.push_str("</article>\n");
    Section {
        id: brief.id.to_string(),
        title: brief.title().map(|(_, t)| t.to_string()),
        html: h,
    }
}

/// The whole page around the sections.
pub fn page(sections: &[Section]) -> String {
    let mut h = String::with_capacity(sections.iter().map(|s| s.html.len()).sum::<usize>() + 8192);
    h.push_str(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<meta name=\"generator\" content=\"dragoman summarize\">\n",
        "<title>Summaries</title>\n<style>\n"
    ));
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>Summaries</h1>\n");
    let noun = if sections.len() == 1 {
        "document"
    } else {
        "documents"
    };
    h.push_str(&format!(
        "<p class=\"meta\">{} {noun}; picked sentences in document order, with the sentence number in the original.</p>\n</header>\n",
        sections.len()
    ));
    if sections.len() > 1 {
        h.push_str("<nav class=\"index\">\n<h2>Index</h2>\n<ol>\n");
        for (k, s) in sections.iter().enumerate() {
            let title = s.title.as_deref().map_or(String::new(), |t| {
                format!(" <span dir=\"rtl\" lang=\"ar\">{}</span>", escape(t))
            });
            h.push_str(&format!(
                "<li><a href=\"#doc-{}\"><span class=\"doc-id\">{}</span>{title}</a></li>\n",
                k + 1,
                escape(&s.id)
            ));
        }
        h.push_str("</ol>\n</nav>\n");
    }
    h.push_str("<main>\n");
    for s in sections {
        h.push_str(&s.html);
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// Escape text for HTML content and attribute values (quoted with `"` or `'`): quick-xml's
/// escapes, `& < > " '` as `&amp; &lt; &gt; &quot; &apos;` (all five are HTML5 named
/// references).
pub fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

const CSS: &str = r#"
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9dce1; --band: #f5f6f8; --accent: #1a5fb4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro",
  "Segoe UI", Tahoma, "Arial Unicode MS", sans-serif; font-size: 1.12em; line-height: 1.8; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.index { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem 1rem; margin-bottom: 1.5rem; }
.index h2 { font-size: 1rem; margin: .25rem 0; }
.index ol { margin: 0; padding-left: 1.5rem; }
.index a { color: var(--accent); text-decoration: none; overflow-wrap: anywhere; }
.index a:hover { text-decoration: underline; }
.index [lang="ar"] { margin-left: .5em; color: var(--ink); }
.doc { border-top: 3px solid var(--ink); padding-top: .75rem; margin: 0 0 2.5rem; }
.doc-id { color: var(--muted); font-size: .85rem; margin: 0; overflow-wrap: anywhere; }
.title { font-size: 1.45rem; margin: .25rem 0 .75rem; text-align: right; }
table.lines { width: 100%; table-layout: fixed; border-collapse: collapse; }
.c-num { width: 3rem; } .c-ar { width: 50%; } .c-en { width: auto; }
table.lines th { text-align: start; font-size: .85rem; color: var(--muted); border-bottom: 1px solid var(--rule); padding: .3rem .6rem; }
table.lines td { vertical-align: top; padding: .55rem .6rem; border-bottom: 1px solid var(--rule);
  overflow-wrap: anywhere; word-break: normal; }
table.lines tr:nth-child(even) td { background: var(--band); }
td.num { color: var(--muted); font-variant-numeric: tabular-nums; text-align: right; }
td.ar { text-align: right; }
td.en p { margin: 0; }
.gloss { color: var(--ink); }
.tag, .kind { display: inline-block; font-size: .72rem; letter-spacing: .02em; text-transform: uppercase;
  color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 .3em; margin: 0 .2em; }
.missing { color: var(--muted); }
ul.facts { list-style: none; margin: .4rem 0 0; padding: 0; font-size: .9rem; }
ul.facts li { margin: .1rem 0; }
.key-facts h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.key-facts dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.key-facts dt { grid-column: 1; font-weight: 600; text-transform: capitalize; }
.key-facts dd { grid-column: 2; margin: 0; overflow-wrap: anywhere; }
.from { color: var(--muted); font-size: .85rem; }
.from a { color: var(--accent); }
.empty { color: var(--muted); font-style: italic; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  .c-num { width: 2rem; }
}
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
  .index { display: none; }
  .doc { break-before: page; border-top-color: #000; }
  .doc:first-of-type { break-before: auto; }
  table.lines tr { break-inside: avoid; }
  table.lines tr:nth-child(even) td { background: none; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"#;
