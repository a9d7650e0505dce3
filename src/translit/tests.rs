use super::*;

#[test]
fn placeholder() {
    let t = Transliterator::builtin();
    for name in ["محمد", "عبد الرحمن بن محمد القحطاني", "أبو بكر", "نصر الله"] {
        eprintln!("{name} → {:?}", t.name(name));
    }
}
