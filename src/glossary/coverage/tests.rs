use super::*;
use crate::glossary::{parse_csv, Glossary};
use std::path::Path;

fn matcher(rows: &str) -> Matcher {
    let text = format!("arabic,english,category,variants,note,source\n{rows}");
    Matcher::new(&Glossary::from_entries(
        parse_csv(Path::new("t.csv"), &text).unwrap(),
    ))
}

#[test]
fn coverage_counts_tokens_and_hits() {
    let m = matcher("باكستان,Pakistan,place,,,t\nداعش,ISIS,group,,,t\n");
    // Tokens: زار، باكستان، وقال، إن، لـ، داعش، فرعا (7); 2021 is not Arabic.
    let c = Coverage::document(&m, "زار باكستان وقال إن لـ«داعش» فرعا 2021");
    assert_eq!((c.tokens, c.covered, c.matches), (7, 3, 2));
    assert_eq!(c.hits, vec![1, 1]);
    assert_eq!(c.unseen(), Vec::<usize>::new());
}
