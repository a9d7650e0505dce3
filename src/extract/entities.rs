//! People, organizations, groups and places.
//!
//! **In:** a tokenized sentence with its glossary matches, and what the document already
//! knows. **Out:** `person`/`org`/`group`/`place` facts. Spans are the term without its
//! proclitics (the glossary `core`).
//!
//! * Glossary terms of category person, org, group, place become facts with the glossary's
//!   English as value.
//! * People introduced by a title or role (a glossary `title`, or a role word such as
//!   الدبلوماسي، القيادي، المفوض، د.): past up to five title words (الخارجية، السمو الملكي،
//!   الأمير), a name run of the person lexicon ([`persons::name_run`]); else the last two words
//!   (three with عبد/أبو/بن, or when the word before them is not definite) before the first
//!   boundary after the title, unless a word of them is a stop word, has tanween or is ل + a
//!   noun. `detail.title` carries the title in English. After an old title (الإمام، الخليفة،
//!   السلطان، القديس) one definite laqab or nisba is the name first
//!   ([`persons::laqab`]: الإمام الحسين، الخليفة العباسي المأمون).
//! * Bodies named after a head noun ([`companies`]: شركة كونامي، بنك الرياض) before the
//!   titled people.
//! * Then names on their own evidence ([`persons::extract`]: lexicon runs, kunyas, a surname
//!   after a speech verb).
//! * A person found once is found again by their last name later in the document
//!   ("وأعلن بايتاس", "وقال الحازمي"; `detail.refers_to` is the full name), not by an
//!   adjective after a definite word (البيت الدمشقي) unless a title precedes it, nor a family
//!   (عائلة الأسد) or part of another name (جبل أم سلمان، بن سلمان).
//! * A glossary person right after بن is a father inside a longer chain (سلطان بن [[سلمان بن
//!   عبد العزيز]]): the name rules take the whole chain.
//!
//! English of every person: [`persons::english`] (glossary, then the transliterator slot).
//!
//! Not done: feminine/plural agreement checks, pronoun coreference of people (quotes resolve
//! pronoun speakers themselves).

use super::quotes::verb_at;
use super::{
    clitic_splits, companies, facilities, lookup, persons, Detail, DocState, FactKind, Kind, Out,
    PersonDetail, Sent, ROLE, TERM,
};
use crate::glossary::Category;

/// Role words that introduce a person and are not (all) in the glossary: `(word, english)`.
const ROLES: &[(&str, &str)] = &[
    ("الدبلوماسي", "diplomat"),
    ("الدبلوماسيه", "diplomat"),
    ("القيادي", "leader"),
    ("القياديه", "leader"),
    ("المفوض", "commissioner"),
    ("المفوضه", "commissioner"),
    ("ممثل", "representative"),
    ("ممثله", "representative"),
    ("مدير", "director"),
    ("مديره", "director"),
    ("المدير", "director"),
    ("الملك", "king"),
    ("الامير", "prince"),
    ("الرئيس", "president"),
    ("د", "Dr."),
    ("الدكتور", "Dr."),
    ("الدكتوره", "Dr."),
    ("المتحدث", "spokesperson"),
    ("المتحدثه", "spokesperson"),
    ("منسق", "coordinator"),
    ("منسقه", "coordinator"),
    ("السفير", "ambassador"),
    ("السفيره", "ambassador"),
    ("الناطق", "spokesperson"),
    ("وزير", "minister"),
    ("وزيره", "minister"),
    ("الشيخ", "sheikh"),
    ("اللواء", "major general"),
    ("العميد", "brigadier"),
    ("العقيد", "colonel"),
    ("الجنرال", "general"),
];

/// Role words of sport, the arts, letters, the press and the law, and a few ranks: news names
/// people by them (مدرب المكسيك ميغيل هيريرا، الكاتب …), but a noun phrase follows them as
/// often (اللاعب الذي سجل، الفنان سوري يقيم), so only a name by its own evidence is taken after
/// them ([`persons::cues::named_after`]), never "the last words before a boundary".
const NAMED_ROLES: &[(&str, &str)] = &[
    // عضو مجلس الشورى نجيب الزامل; عضو في الفريق is no name.
    ("عضو", "member"),
    ("عضوه", "member"),
    // وكيل ملاحي "a shipping agent": an agent or deputy, never و + a name (كيل); وكيل الوزارة
    // فلان has its name after the office.
    ("وكيل", "agent"),
    ("وكيله", "agent"),
    ("مدرب", "coach"),
    ("المدرب", "coach"),
    ("مدربه", "coach"),
    ("المدربه", "coach"),
    ("مهاجم", "striker"),
    ("المهاجم", "striker"),
    ("مدافع", "defender"),
    ("المدافع", "defender"),
    ("لاعب", "player"),
    ("اللاعب", "player"),
    ("لاعبه", "player"),
    ("اللاعبه", "player"),
    ("الفنان", "artist"),
    ("الفنانه", "artist"),
    ("المطرب", "singer"),
    ("المطربه", "singer"),
    ("المغني", "singer"),
    ("المغنيه", "singer"),
    ("الكاتب", "writer"),
    ("الكاتبه", "writer"),
    ("الشاعر", "poet"),
    ("الشاعره", "poet"),
    ("الروائي", "novelist"),
    ("الروائيه", "novelist"),
    ("الممثل", "actor"),
    ("الممثله", "actress"),
    ("المخرج", "director"),
    ("المخرجه", "director"),
    ("الصحفي", "journalist"),
    ("الصحفيه", "journalist"),
    ("الصحافي", "journalist"),
    ("الصحافيه", "journalist"),
    ("الاعلامي", "broadcaster"),
    ("الاعلاميه", "broadcaster"),
    ("المحلل", "analyst"),
    ("الباحث", "researcher"),
    ("الباحثه", "researcher"),
    ("المحامي", "lawyer"),
    ("المحاميه", "lawyer"),
    ("الناشط", "activist"),
    ("الناشطه", "activist"),
    ("المبعوث", "envoy"),
    ("المستشار", "adviser"),
    ("السلطان", "sultan"),
    ("الخليفه", "caliph"),
    ("القديس", "saint"),
    ("الملكه", "queen"),
    ("الاميره", "princess"),
];

/// Words that end the search for a name.
const BOUNDARY: &[&str] = &[
    "ان", "انه", "انها", "الي", "علي", "عن", "قد", "الذي", "التي", "خلال", "عبر", "من", "لا", "لم",
    "لن", "بان", "بعد", "قبل", "مع", "و",
];

/// Name parts that take the next word: عبد الحميد، أبو ندى، بن سلمان.
const JOINERS: &[&str] = &["عبد", "ابو", "بن", "ابن", "ال", "ابي"];

/// Nouns that follow titles but are not names.
const NOT_NAMES: &[&str] = &[
    "وزاره",
    "مكافحه",
    "شؤون",
    "منظمه",
    "مجلس",
    "وكاله",
    "هيئه",
    "لجنه",
    "البنك",
    "الشركه",
    "مكتب",
    "ادارة",
    "اداره",
    "برنامج",
    "حركه",
    "جماعه",
    "المنظمه",
    "قوات",
    "الحكومه",
];

fn kind_of(c: Category) -> Option<FactKind> {
    match c {
        Category::Person => Some(FactKind::Person),
        Category::Org => Some(FactKind::Org),
        Category::Group => Some(FactKind::Group),
        Category::Place => Some(FactKind::Place),
        _ => None,
    }
}

/// `covered`: a buffer for the tokens entities claim.
pub(crate) fn extract(sent: &Sent, doc: &mut DocState, covered: &mut Vec<bool>, out: &mut Out) {
    covered.clear();
    covered.resize(sent.len(), false);
    for t in &sent.terms {
        let Some(mut kind) = kind_of(t.category) else {
            continue;
        };
        // فريق ليفربول، نادي نجران، منتخب مصر: a glossary place right after a team's head
        // noun names the team (a club named after its city, a national side): an
        // organization, not a place the text is about.
        let team = kind == FactKind::Place && team_before(sent, t.from);
        if team {
            kind = FactKind::Org;
        }
        let e = sent.entry(t);
        // مستشفى الملك فهد، جامعة الملك سعود: a place named after a person, not the person.
        if kind == FactKind::Person && named_facility_before(sent, t.from) {
            let end = facilities::push(sent, out, t.from - 1, t.to, &e.english, false);
            covered[t.from..end.unwrap_or(t.to)].fill(true);
            continue;
        }
        // مطار عدن الدولي، ميناء جدة الإسلامي: the airport or port, not the city.
        if kind == FactKind::Place && t.from > 0 && facilities::takes_place(sent, t.from - 1) {
            if let Some(end) = facilities::push(sent, out, t.from - 1, t.to, &e.english, true) {
                covered[t.from..end].fill(true);
                continue;
            }
        }
        // بنك الرياض، تلفزيون عدن: a place after a bank's or channel's head names the body.
        if kind == FactKind::Place && !team {
            if let Some(end) = companies::place_named(sent, out, t.from, t.to, &e.english) {
                covered[t.from - 1..end].fill(true);
                continue;
            }
        }
        // الأمير سلطان بن سلمان بن عبد العزيز: an entry right after بن is the father's name
        // inside a longer chain (here King Salman's), not that person; the name rules take the
        // whole chain.
        if kind == FactKind::Person
            && t.from > 0
            && matches!(sent.w(t.from - 1), "بن" | "ابن" | "بنت")
        {
            continue;
        }
        // تميم بن حمد آل ثاني: the family the entry leaves out belongs to the person.
        if kind == FactKind::Person {
            let end = persons::glossary_family_end(sent, t.to, covered);
            if end > t.to {
                persons::push_glossary_family(sent, doc, out, t, end);
                covered[t.from..end].fill(true);
                continue;
            }
        }
        out.push_span(
            kind,
            t.core,
            e.english.as_str(),
            e.english.as_str(),
            if team {
                "entity.team"
            } else {
                "entity.glossary"
            },
            Detail::Glossary(e.arabic.clone()),
        );
        covered[t.from..t.to].fill(true);
        if kind == FactKind::Person {
            persons::remember(sent, doc, t.from, t.to, &e.english);
        }
    }
    // Companies, banks, clubs, newspapers named after their head noun (شركة كونامي، نادي
    // هاسكوفو), before the person rules can read the name as a person's.
    companies::extract(sent, covered, out);
    // Titled people: a title is a glossary term of category title or a role word. Only
    // those tokens are visited ([`next_title`]), not every term's first token: most terms
    // are no title, and `title_at` would turn each away.
    let mut from = 0;
    while let Some(i) = next_title(sent, from) {
        let Some((title_en, after, loose)) = title_at(sent, i) else {
            from = i + 1;
            continue;
        };
        // جامعة الملك سعود: the title names a place, not a person here. After a royal title
        // (places are named after kings and princes) the name is claimed, so that the plain
        // name rule does not read it as one (مطار الأمير محمد بن عبدالعزيز الدولي, مركز الأمير
        // سلطان الحضاري); after another (لمركز الشيخ عماد …) it may be the director's name in
        // apposition, and the name rules decide.
        if named_facility_before(sent, i) {
            if !matches!(sent.w(i), "الملك" | "الامير" | "الاميره") {
                from = after.max(i + 1);
                continue;
            }
            // The facility itself, when its namesake is a name run right after the title.
            let named = facilities::title_english(sent.w(i)).and_then(|title| {
                let (f, t, _) = persons::name_run(sent, after, covered, true)?;
                let t = facilities::name_end(sent, f, t);
                let arabic = sent.span(f, t).slice(sent.text);
                let name = persons::english(sent, f, t, arabic).english?;
                facilities::push(sent, out, i - 1, t, &format!("{title} {name}"), false)
            });
            let end = titled_run(sent, after, covered)
                .or_else(|| name_after(sent, after, covered).map(|(f, t)| (f, t, 0)))
                .map_or(after, |(_, t, _)| t)
                .max(named.unwrap_or(0));
            // ... up to the next title (بجامعة الملك سعود الدكتور صالح الرميح).
            let end = (after..end)
                .find(|&k| title_at(sent, k).is_some())
                .unwrap_or(end);
            covered[i..end.max(after)].fill(true);
            from = end.max(after).max(i + 1);
            continue;
        }
        // الإمام الحسين، الخليفة العباسي المأمون: an old title's holder by one definite word,
        // before the words after it are hopped over as the title's.
        let laqab = persons::laqab::after_title(sent, i, after, covered);
        let found = if laqab.is_some() {
            laqab
        } else if loose {
            titled_run(sent, after, covered)
                .or_else(|| name_after(sent, after, covered).map(|(f, t)| (f, t, 0)))
                // المدير الفني جيرار اوييه وعرض: و + a common word ends the name; one word
                // left before it is no name (الملك المؤسس يبني ويجمع الشتات).
                .and_then(|(f, t, c)| {
                    match (f + 1..t).find(|&k| persons::conjoined_common(sent.w(k))) {
                        Some(end) => (end - f >= 2).then_some((f, end, c)),
                        None => Some((f, t, c)),
                    }
                })
                // رئيس شركة نينتندو ساتورو إواتا الستار عن: the last words before the boundary
                // run into a common definite word (أزاح الستار "unveiled"): the name ends before.
                .map(
                    |(f, t, c)| match t - f >= 3 && persons::foreign_then_common(sent, t - 1) {
                        true => (f, t - 1, c),
                        false => (f, t, c),
                    },
                )
                .filter(|&(f, t, _)| persons::unknown_name_ok(sent, f, t))
        } else {
            persons::cues::titled(sent, doc, after, covered)
        };
        if let Some((start, end, clitic)) = found {
            persons::push_person(
                sent,
                doc,
                out,
                (start, end, clitic),
                Some(title_en.to_string()),
                "person.title",
            );
            covered[start..end].fill(true);
            from = end;
        } else {
            from = after.max(i + 1);
        }
    }
    // Places named after a head word (بلدة اليادودة), before names on their own evidence
    // take an unknown word.
    super::places::extract(sent, covered, out);
    // Names after a nationality adjective (البرازيلي تياجو نيفيز), where no title was.
    persons::cues::extract(sent, doc, covered, out);
    // Names on their own evidence.
    persons::extract(sent, doc, covered, out);
    // Later mentions of known people by last name.
    if doc.people.is_empty() {
        return;
    }
    // Every word is tested, so it is read from its token directly, as bytes until the filter
    // lets it through.
    let text = sent.norm.text.as_str();
    for (i, (tok, &cov)) in sent.toks.iter().zip(covered.iter()).enumerate() {
        if cov || tok.kind != Kind::Word {
            continue;
        }
        let n = tok.norm();
        if !doc.may_know(&text.as_bytes()[n.start..n.end]) {
            continue;
        }
        let w = &text[n.start..n.end];
        // A surname with the article after a definite word is an adjective there (البيت
        // الدمشقي), not the person.
        let title_before = i > 0
            && (sent.has(i - 1, ROLE)
                || sent
                    .terms
                    .iter()
                    .any(|t| t.to == i && t.category == Category::Title));
        if i > 0 && w.starts_with("ال") && sent.w(i - 1).starts_with("ال") && !title_before {
            continue;
        }
        // عائلة الأسد، أسرة الدوسري: a family, not the person known by that name; جبل أم سلمان،
        // محمد بن سلمان: a part of another name.
        if i > 0 && family_or_particle(sent.w(i - 1)) {
            continue;
        }
        let hit = clitic_splits(w).find_map(|(_, r)| doc.people.get_key_value(r));
        if let Some((last, full)) = hit {
            let start = tok.norm().end - last.len();
            let span = sent.norm_span(start, tok.norm().end);
            let detail = PersonDetail {
                refers_to: Some(full.clone()),
                ..PersonDetail::default()
            };
            out.push_span(
                FactKind::Person,
                span,
                full.as_str(),
                full.as_str(),
                "person.mention",
                Detail::Person(Box::new(detail)),
            );
        }
    }
}

/// Is the word before token `i` a team's head noun in the construct state, alone or after
/// و/ف/ب/ل (فريق، لنادي، بمنتخب)?
fn team_before(sent: &Sent, i: usize) -> bool {
    i > 0
        && sent.is_word(i - 1)
        && clitic_splits(sent.w(i - 1)).any(|(c, r)| {
            matches!(c, "" | "و" | "ف" | "ب" | "ل") && matches!(r, "فريق" | "نادي" | "منتخب")
        })
}

/// A word after which a known surname is a family or a part of another name: عائلة, أسرة
/// (with a clitic: لعائلة), آل, and the particles بن، ابن، بنت، أم، عبد. Not أبو/أبي: خلافة
/// أبي بكر is Abu Bakr found again.
fn family_or_particle(w: &str) -> bool {
    clitic_splits(w).any(|(_, r)| matches!(r, "عائله" | "اسره"))
        || matches!(w, "ال" | "بن" | "ابن" | "بنت" | "ام" | "عبد")
}

/// The name after a title, from token `j`: up to four title words on the way (الخارجية،
/// السمو الملكي، الأمير), then a name run ([`persons::name_run`]).
fn titled_run(sent: &Sent, j: usize, covered: &[bool]) -> Option<(usize, usize, usize)> {
    let mut k = j;
    let mut hops = 0;
    while k < sent.len() && hops < 5 {
        if let Some(run) = persons::name_run(sent, k, covered, true) {
            return Some(run);
        }
        if !sent.is_word(k) || covered[k] || verb_at(sent, k).is_some() {
            return None;
        }
        // Title words on the way: a glossary title, a role word, a definite word.
        if let Some(t) = sent.term_at(k) {
            if t.category == Category::Person {
                return None;
            }
            k = t.to;
        } else if sent.has(k, ROLE)
            || sent.w(k).starts_with("ال")
            || sent.w(k).starts_with("لل")
            // عضو مجلس الشورى سابقا نجيب الزامل: "formerly" after the office.
            || FORMERLY.contains(&sent.w(k))
        {
            k += 1;
        } else {
            return None;
        }
        hops += 1;
    }
    None
}

/// "Formerly", "now" written between an office and its holder's name (`match` folding).
pub(super) const FORMERLY: &[&str] = &["سابقا", "حاليا"];

/// Is the word before token `i` the head of a facility named after someone (مستشفى الملك
/// فهد، جامعة الملك سعود، طريق الملك عبدالله، مطار الأمير نايف), with at most a conjunction
/// and a preposition before it (بمستشفى، ولجامعة)?
fn named_facility_before(sent: &Sent, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|k| facilities::head_at(sent, k).is_some())
}

/// The first token from `from` on where [`title_at`] may find a title: a role word (class bit
/// `ROLE`; none in most sentences, the sentence's bits say so without a scan) or the first
/// token of a glossary term of category title (`sent.terms` is in token order).
fn next_title(sent: &Sent, from: usize) -> Option<usize> {
    let role = if sent.bits & ROLE == 0 {
        None
    } else {
        (sent.toks.get(from..))
            .and_then(|rest| rest.iter().position(|t| t.class & ROLE != 0))
            .map(|k| from + k)
    };
    let k = sent.terms.partition_point(|t| t.from < from);
    let term = (sent.terms[k..].iter())
        .find(|t| t.category == Category::Title)
        .map(|t| t.from);
    match (role, term) {
        (Some(r), Some(t)) => Some(r.min(t)),
        (r, t) => r.or(t),
    }
}

/// A title at token `i`: `(english, first token after it)`, borrowed: most titles have no
/// name after them.
fn title_at<'s>(sent: &'s Sent, i: usize) -> Option<(&'s str, usize, bool)> {
    // الدكتور / فلان، المهندس/ فلان: the Gulf press's slash after a title is passed over.
    let slash = |after: usize| after + usize::from(sent.w(after) == "/");
    if let Some(t) = sent.term_at(i).filter(|t| t.category == Category::Title) {
        return Some((sent.entry(t).english.as_str(), slash(t.to), true));
    }
    if !sent.has(i, ROLE) {
        return None;
    }
    let w = sent.w(i);
    let (en, loose) = match lookup(ROLES, w).map(|(_, v)| v) {
        Some(en) => (en, true),
        None => (lookup(NAMED_ROLES, w)?.1, false),
    };
    let mut after = i + 1;
    if sent.w(i) == "د" && sent.w(after) == "." {
        after += 1;
    }
    Some((en, slash(after), loose))
}

/// The name after a title starting at token `j`: `(from, to)`.
fn name_after(sent: &Sent, j: usize, covered: &[bool]) -> Option<(usize, usize)> {
    let mut seg: Vec<usize> = Vec::new();
    let mut k = j;
    while k < sent.len() && seg.len() < 9 {
        let w = sent.w(k);
        if !sent.is_word(k) {
            if w == "(" {
                // Skip a parenthesis: (سي آي إيه).
                while k < sent.len() && sent.w(k) != ")" {
                    k += 1;
                }
            } else if !(w == "\"" || (w == "." && k > 0 && sent.w(k - 1) == "د")) {
                break;
            }
            k += 1;
            continue;
        }
        if covered[k] {
            if let Some(t) = sent.terms.iter().find(|t| t.from <= k && k < t.to) {
                if t.category == Category::Person {
                    return None;
                }
            }
        }
        if BOUNDARY.contains(&w) || verb_at(sent, k).is_some() || glossary_verb(sent, k) {
            break;
        }
        if w == "في" && seg.last().is_some_and(|&p| name_like(sent, p, covered)) {
            break;
        }
        seg.push(k);
        k += 1;
    }
    let n = seg.len();
    if n < 2 {
        return None;
    }
    let mut len = 2;
    if n >= 3 {
        let third = seg[n - 3];
        if JOINERS.contains(&sent.w(seg[n - 2]))
            || JOINERS.contains(&sent.w(third))
            || name_like(sent, third, covered)
        {
            len = 3;
        }
    }
    let first = seg[n - len];
    // Contiguous and name-like at the start.
    if seg[n - 1] + 1 - first != len || !name_like(sent, first, covered) {
        if len == 3 && name_like(sent, seg[n - 2], covered) && seg[n - 1] == seg[n - 2] + 1 {
            return Some((seg[n - 2], seg[n - 1] + 1));
        }
        return None;
    }
    if covered[seg[n - 1]] {
        return None;
    }
    Some((first, seg[n - 1] + 1))
}

/// Is token `k` a verb of the glossary's common terms glued after a name (الدكتورة نوف
/// عبدالعزيز الغامدي تحدثت إلى "الوطن", SaudiNewsNet al-Watan: تحدثت "spoke" is no part of the
/// name): it starts a glossary term of category term, is no name of the lexicon, and ends
/// like a verb of the past: the feminine ت (not the plural ات of a noun: والجهات) or the
/// plural وا. Not the present's prefix: تعهد after لبوش is a noun (FLORES Wikinews).
fn glossary_verb(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    sent.has(k, TERM)
        && (w.ends_with('ت') && !w.ends_with("ات") || w.ends_with("وا"))
        && !persons::is_name(w)
        && sent
            .term_at(k)
            .is_some_and(|t| t.category == Category::Term)
}

/// Could token `i` start a name: a word, not definite, not a glossary term, not a common noun.
fn name_like(sent: &Sent, i: usize, covered: &[bool]) -> bool {
    let w = sent.w(i);
    // The article is ال with a plain alef; إليزابيث starts with إل.
    let surface = sent.surface(i, i + 1);
    let article = w.starts_with("ال") && !surface.starts_with("إل");
    sent.is_word(i)
        && !covered[i]
        && !article
        && !w.starts_with("لل")
        && !w.starts_with("بال")
        && !w.starts_with("وال")
        && w != "في"
        && !NOT_NAMES.contains(&w)
        && !persons::is_stop(w)
        && !sent.in_term(i)
        && w.chars().count() >= 2
}

/// The words this module looks up, for the extractor's lexicon: role words (the `ROLE`
/// word class).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(ROLES.iter().chain(NAMED_ROLES).map(|r| r.0));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::check;
    use super::super::FactKind::{Org, Person, Place};

    #[test]
    fn people_by_title() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("وقال البيان إن السفيرة إليزابيث ريتشارد، منسقة وزارة الخارجية الأميركية لمكافحة الإرهاب، والدبلوماسي الباكستاني سيد حيدر شاه، ترأسا الحوار", &[("إليزابيث ريتشارد", "Elizabeth Richard"), ("سيد حيدر شاه", "Sid Haidar Shah")]),
            ("وأكد وزير المالية المصري محمد معيط، في تصريحات", &[("محمد معيط", "Mohammed Mu'ayt")]),
            ("وقالت د. سارة عبد الحميد، كبيرة الاقتصاديين", &[("سارة عبد الحميد", "Sara Abdul-Hamid")]),
            ("وقال المتحدث باسم الحكومة مصطفى بايتاس، في مؤتمر. وأعلن بايتاس أن الحكومة", &[("مصطفى بايتاس", "Mustafa Paytas"), ("بايتاس", "Mustafa Paytas")]),
            ("رئيس الوزراء الإسرائيلي بنيامين نتنياهو", &[("بنيامين نتنياهو", "Benjamin Netanyahu")]),
            ("وقال المفوض العام للوكالة فيليب لازاريني في منشور", &[("فيليب لازاريني", "Philippe Lazarini")]),
            // A title followed by an organization is not a name.
            ("وقال وزير الخارجية إن الاتفاق قريب", &[]),
        ];
        check(Person, rows, None);
    }

    /// A glossary place right after a team's head noun is the team, an organization (after
    /// الوئام, snn_alweeam_006: فريق ليفربول); elsewhere it is the place.
    #[test]
    fn a_place_after_a_team_noun_is_the_team() {
        let teams: &[(&str, &[(&str, &str)])] = &[
            (
                "وافق فريق ليفربول الإنجليزي على دفع المبلغ",
                &[("ليفربول", "Liverpool")],
            ),
            ("وفاز على منتخب بنما 2 / 1 أمس", &[("بنما", "Panama")]),
            ("ولعب مع فريق برشلونة موسمين", &[("برشلونة", "Barcelona")]),
            ("ووصل الوفد إلى ليفربول أمس", &[]),
        ];
        check(Org, teams, None);
        let places: &[(&str, &[(&str, &str)])] = &[
            ("ووصل الوفد إلى ليفربول أمس", &[("ليفربول", "Liverpool")]),
            ("وافق فريق ليفربول الإنجليزي على دفع المبلغ", &[]),
        ];
        check(Place, places, None);
    }
}
