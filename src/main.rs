//! The `dragoman` binary: parse the command line, run, map the result to an exit code.
//! Everything it does is in the library; clap types live in the library's hidden `cli` module.

/// Facts and rows allocate many small strings per sentence: mimalloc is faster at that than
/// the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dragoman::cli::main()
}
