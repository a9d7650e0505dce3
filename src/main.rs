//! The `dragoman` binary: parse the command line, run, map the result to an exit code.
//! Everything it does is in the library; clap types live in `cli/`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
