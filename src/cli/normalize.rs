use clap::ValueEnum;

use crate::batch;
use crate::error::{Error, Result};
use crate::normalize::{Normalizer, Profile, Rule, Rules};
use crate::output::Output;
use crate::table::{Cell, TableFormat};

use super::common::{self, InputArgs, OutputArgs};
use super::Status;

/// Normalize Arabic text: presentation forms, tatweel, invisible marks, spaces; with the
/// `match` profile also diacritics, alef/ya/ta-marbuta variants, digits and punctuation.
///
/// Rules (see --list-rules): clean = nfc, presentation-forms, tatweel, invisible, spaces,
/// collapse-spaces; match = clean + harakat, dagger-alef, quranic-marks, alef, alef-maqsura,
/// ta-marbuta, persian-letters, digits, punctuation. hamza-seats is in no profile.
///
/// Examples:
///
///   dragoman normalize samples/ar/messy-encoding.txt
///
///   echo 'لـ«داعش» ٢٠٢١' | dragoman normalize --profile clean
///
///   dragoman normalize --keep ta-marbuta --also hamza-seats article.txt
///
///   dragoman normalize --format jsonl samples/ar/ -o normalized.jsonl
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    /// The rule profile: `clean` (lossless, for display) or `match` (lossy, for matching).
    #[arg(long, value_enum, default_value_t = ProfileArg::Match)]
    profile: ProfileArg,

    /// Drop a rule from the profile (repeatable), e.g. `--keep ta-marbuta`.
    #[arg(long, value_name = "RULE", value_parser = parse_rule)]
    keep: Vec<Rule>,

    /// Add a rule to the profile (repeatable), e.g. `--also hamza-seats`.
    #[arg(long, value_name = "RULE", value_parser = parse_rule)]
    also: Vec<Rule>,

    /// `text`: the normalized documents one after another; `jsonl`: {"doc_id", "text"} lines;
    /// `csv`/`tsv`: doc_id,text rows. Control characters other than tab, LF and CR are
    /// written as `<U+0000>` in all but JSONL, and CSV/TSV cells are sanitized (see --raw).
    #[arg(long, value_enum, default_value_t = NormalizeFormat::Text)]
    format: NormalizeFormat,

    #[command(flatten)]
    output: OutputArgs,

    /// List the rules and the profiles they belong to, then exit.
    #[arg(long)]
    list_rules: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileArg {
    Clean,
    Match,
}

impl From<ProfileArg> for Profile {
    fn from(p: ProfileArg) -> Profile {
        match p {
            ProfileArg::Clean => Profile::Clean,
            ProfileArg::Match => Profile::Match,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum NormalizeFormat {
    Text,
    Csv,
    Tsv,
    Jsonl,
}

pub fn parse_rule(s: &str) -> std::result::Result<Rule, String> {
    s.parse()
}

/// The rules of a profile with `--keep` and `--also` applied.
pub fn rules(profile: ProfileArg, keep: &[Rule], also: &[Rule]) -> Rules {
    let mut rules = Profile::from(profile).rules();
    for &r in keep {
        rules = rules.without(r);
    }
    for &r in also {
        rules = rules.with(r);
    }
    rules
}

pub fn run(args: Args) -> Result<Status> {
    if args.list_rules {
        let mut out = Output::create(None)?;
        for r in Rule::ALL {
            let profile = if Profile::Clean.rules().contains(r) {
                "clean, match"
            } else if Profile::Match.rules().contains(r) {
                "match"
            } else {
                "-"
            };
            out.put(format!("{:<20} {:<13} {}\n", r.name(), profile, r.describe()).as_bytes())?;
        }
        out.finish()?;
        return Ok(Status::Ok);
    }
    let normalizer = Normalizer::new(rules(args.profile, &args.keep, &args.also));
    let table = match args.format {
        NormalizeFormat::Text => None,
        NormalizeFormat::Csv => Some(args.output.table(TableFormat::Csv, &["doc_id", "text"])),
        NormalizeFormat::Tsv => Some(args.output.table(TableFormat::Tsv, &["doc_id", "text"])),
        NormalizeFormat::Jsonl => Some(args.output.table(TableFormat::Jsonl, &["doc_id", "text"])),
    };
    let mut out = args.output.create()?;
    if let Some(t) = &table {
        out.put(&t.header())?;
    }
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| Ok::<_, Error>(normalizer.normalize(&doc.text).text),
        |doc, text| match &table {
            None => out.put(args.output.text(&text).as_bytes()),
            Some(t) => {
                let mut row = Vec::new();
                t.row(&mut row, &[Cell::from(doc.id.as_str()), Cell::from(text)]);
                out.put(&row)
            }
        },
        common::report,
    )?;
    common::finish(out, &totals)
}
