//! `dragoman glossary import`.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::error::{Error, Result};
use crate::glossary::interchange;

use crate::cli::common::OutputArgs;
use crate::cli::Status;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ImportFormat {
    Tbx,
    Omegat,
}

/// Read a TBX or OmegaT glossary and write it as a glossary CSV.
///
/// `import(export(g))` gives back `g` for both formats. TBX v2 (`martif`) files are read
/// too; OmegaT rows whose comment is not dragoman's `category: …` get the category `term`
/// and the comment as note.
///
/// Examples:
///
///   dragoman glossary import --format tbx dragoman.tbx -o glossary.csv
///
///   dragoman glossary import --format omegat glossary.txt
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input format.
    #[arg(long, value_enum)]
    format: ImportFormat,

    /// The file to read.
    #[arg(value_name = "FILE")]
    file: PathBuf,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let path = &args.file;
    let bytes = std::fs::read(path).map_err(|e| Error::io(Some(path), e))?;
    let text = crate::input::decode(path, bytes)?;
    let entries = match args.format {
        ImportFormat::Tbx => interchange::from_tbx(path, &text)?,
        ImportFormat::Omegat => interchange::from_omegat(path, &text)?,
    };
    let mut out = args.output.create()?;
    out.put(&interchange::to_csv(&entries, args.output.raw))?;
    out.finish()?;
    Ok(Status::Ok)
}
