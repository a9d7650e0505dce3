//! TMX in: the Arabic and English segments of each translation unit.

use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::glossary::interchange::tbx::xml;

/// The `(arabic, english)` of every `<tu>` with both an `ar*` and an `en*` variant
/// (`xml:lang`, or `lang` in TMX 1.1), in file order; units missing a side are skipped.
pub fn tmx_units(path: &Path, text: &str) -> Result<Vec<(String, String)>> {
    let root = xml::parse(path, text)?;
    if root.name != "tmx" {
        return Err(Error::parse(
            Location::new(path, root.line, root.column),
            format!(
                "the root element is <{}>, not <tmx>; is this a TMX file?",
                root.name
            ),
        ));
    }
    let mut units = Vec::new();
    root.find_all(&["tu"], &mut units);
    let mut out = Vec::with_capacity(units.len());
    for tu in units {
        let mut variants = Vec::new();
        tu.find_all(&["tuv"], &mut variants);
        let side = |prefix: &str| {
            variants.iter().find_map(|v| {
                let lang = v.attr("xml:lang").or_else(|| v.attr("lang"))?;
                let lang = lang.to_ascii_lowercase();
                (lang == prefix || lang.starts_with(&format!("{prefix}-"))).then(|| {
                    let mut segs = Vec::new();
                    v.find_all(&["seg"], &mut segs);
                    segs.iter().map(|s| s.text()).collect::<Vec<_>>().join(" ")
                })
            })
        };
        if let (Some(ar), Some(en)) = (side("ar"), side("en")) {
            // A segment is one line of the checked document.
            let one_line = |s: String| s.replace(['\n', '\r'], " ");
            out.push((one_line(ar), one_line(en)));
        }
    }
    Ok(out)
}
