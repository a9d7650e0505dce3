//! Command-line interface: one file per subcommand, each with an `Args` struct (its doc
//! comments are the help text) and a `run()`.

mod align;
mod check;
mod common;
mod export;
mod facts;
mod glossary;
mod layout;
mod normalize;
mod progress;
mod segment;
mod summarize;
mod terms;
mod transliterate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Arabic→English work on news text: normalize, split into sentences, render key terms through
/// a curated glossary, extract facts, and export a bilingual CSV.
///
/// Exit codes: 0 everything was processed; 1 some inputs failed (each reported on stderr as
/// `dragoman: PATH[:LINE[:COL]]: reason` and skipped); 2 usage or fatal error.
#[derive(Parser)]
#[command(name = "dragoman", version, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Export(export::Args),
    Normalize(normalize::Args),
    Segment(segment::Args),
    Terms(terms::Args),
    Facts(facts::Args),
    Align(align::Args),
    Check(check::Args),
    Summarize(summarize::Args),
    Glossary(glossary::Args),
    Transliterate(transliterate::Args),
}

/// What a command reports back: whether some inputs failed.
pub enum Status {
    Ok,
    SomeFailed,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Align(args) => align::run(args),
        Command::Check(args) => check::run(args),
        Command::Facts(args) => facts::run(args),
        Command::Export(args) => export::run(args),
        Command::Normalize(args) => normalize::run(args),
        Command::Segment(args) => segment::run(args),
        Command::Terms(args) => terms::run(args),
        Command::Summarize(args) => summarize::run(args),
        Command::Glossary(args) => glossary::run(args),
        Command::Transliterate(args) => transliterate::run(args),
    };
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::from(1),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dragoman: {e}");
            ExitCode::from(2)
        }
    }
}
