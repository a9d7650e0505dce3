//! `dragoman glossary export`.

use clap::ValueEnum;

use crate::error::Result;
use crate::glossary::interchange;

use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ExportFormat {
    /// TBX-Basic (ISO 30042:2019) XML.
    Tbx,
    /// OmegaT tab-separated glossary (UTF-8).
    Omegat,
    /// The glossary CSV format.
    Csv,
}

/// Write the glossary as TBX (ISO 30042, TBX-Basic: a conceptEntry per entry with ar and en
/// langSecs, the category as subjectField), as an OmegaT tab-separated glossary
/// (`arabic<TAB>english<TAB>category: …; note: …`, variants as extra rows), or as one CSV.
///
/// Examples:
///
///   dragoman glossary export --format tbx -o dragoman.tbx
///
///   dragoman glossary export --format omegat -o glossary.utf8
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: ExportFormat,

    #[command(flatten)]
    glossary: GlossaryArgs,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let g = args.glossary.load()?;
    let bytes = match args.format {
        ExportFormat::Tbx => interchange::to_tbx(g.entries())?.into_bytes(),
        ExportFormat::Omegat => interchange::to_omegat(g.entries()).into_bytes(),
        ExportFormat::Csv => interchange::to_csv(g.entries(), args.output.raw),
    };
    let mut out = args.output.create()?;
    out.put(&bytes)?;
    out.finish()?;
    Ok(Status::Ok)
}
