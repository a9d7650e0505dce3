//! Typed errors with locations.
//!
//! Every error that comes from a file names it, with a line and column where there is one, says
//! what is wrong in lowercase, and suggests the fix: `glossaries/geo.csv:14:2: the english column
//! is empty; write the English rendering or delete the row`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A dragoman error: a boxed [`ErrorKind`] so `Result<T, Error>` stays one word wide.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io {
        path: Option<PathBuf>,
        err: std::io::Error,
    },
    /// A file is not valid UTF-8.
    Utf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        byte: u8,
    },
    /// Bad content at a location in a file: a glossary row, a JSON line, a CSV record.
    Parse { location: Location, message: String },
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// A document (a file, a JSON line, a CSV record) is larger than the limit on document
    /// size; at most `limit` bytes of it were held in memory.
    TooLarge { location: Location, limit: u64 },
}

/// `path:line:column`, with line and column 1-based; either may be unknown (0).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(path: impl Into<PathBuf>, line: usize, column: usize) -> Location {
        Location {
            path: path.into(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

impl Error {
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    pub fn io(path: Option<&Path>, err: std::io::Error) -> Error {
        Error(Box::new(ErrorKind::Io {
            path: path.map(Path::to_path_buf),
            err,
        }))
    }

    pub fn parse(location: Location, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Parse {
            location,
            message: message.into(),
        }))
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Usage(message.into())))
    }

    /// A document larger than `limit` bytes, at `location`.
    pub fn too_large(location: Location, limit: u64) -> Error {
        Error(Box::new(ErrorKind::TooLarge { location, limit }))
    }

    /// The error for bytes that are not UTF-8, located by line and column (in characters).
    pub fn utf8(path: &Path, bytes: &[u8], err: std::str::Utf8Error) -> Error {
        let good = &bytes[..err.valid_up_to()];
        let line = 1 + memchr_count(b'\n', good);
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // valid_up_to guarantees good[line_start..] is valid UTF-8.
        let column = 1 + std::str::from_utf8(&good[line_start..]).map_or(0, |s| s.chars().count());
        Error(Box::new(ErrorKind::Utf8 {
            path: path.to_path_buf(),
            line,
            column,
            byte: bytes[err.valid_up_to()],
        }))
    }

    /// True when the error is a closed pipe on output (`dragoman … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&*self.0, ErrorKind::Io { err, .. } if err.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

fn memchr_count(needle: u8, haystack: &[u8]) -> usize {
    haystack.iter().filter(|&&b| b == needle).count()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Io { path: Some(p), err } => {
                write!(f, "{}: {}", p.display(), io_reason(err))
            }
            ErrorKind::Io { path: None, err } => write!(f, "{}", io_reason(err)),
            ErrorKind::Utf8 {
                path,
                line,
                column,
                byte,
            } => write!(
                f,
                "{}:{line}:{column}: not UTF-8 (byte 0x{byte:02x}); convert the file to UTF-8 \
                 first, e.g. `iconv -f WINDOWS-1256 -t UTF-8` for Arabic Windows text",
                path.display()
            ),
            ErrorKind::Parse { location, message } => write!(f, "{location}: {message}"),
            ErrorKind::Usage(message) => write!(f, "{message}"),
            ErrorKind::TooLarge { location, limit } => write!(
                f,
                "{location}: document is larger than --max-doc-bytes ({}); split it or raise \
                 the limit",
                size(*limit)
            ),
        }
    }
}

/// A byte count as a person writes it: `64 MiB`, `512 KiB`, `1000 bytes`.
pub fn size(bytes: u64) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

/// The io::Error text, lowercased at the start, without Rust's "(os error N)" suffix.
fn io_reason(err: &std::io::Error) -> String {
    let mut s = err.to_string();
    if let Some(i) = s.find(" (os error") {
        s.truncate(i);
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => s,
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { err, .. } => Some(err),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Error {
        Error::io(None, err)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_error_names_line_and_column() {
        let bytes = ["اب\nab".as_bytes(), &[0xff], b"c"].concat();
        let err = std::str::from_utf8(&bytes).unwrap_err();
        let e = Error::utf8(Path::new("x.txt"), &bytes, err);
        let msg = e.to_string();
        assert!(msg.starts_with("x.txt:2:3: not UTF-8 (byte 0xff)"), "{msg}");
    }

    #[test]
    fn sizes_read_as_written() {
        for (bytes, want) in [
            (64 << 20, "64 MiB"),
            (1 << 30, "1 GiB"),
            (3 << 10, "3 KiB"),
            ((1 << 20) + 1, "1048577 bytes"),
            (0, "0 bytes"),
        ] {
            assert_eq!(size(bytes), want, "{bytes}");
        }
        let e = Error::too_large(Location::new("big.txt", 0, 0), 64 << 20);
        assert_eq!(
            e.to_string(),
            "big.txt: document is larger than --max-doc-bytes (64 MiB); split it or raise the limit"
        );
    }

    #[test]
    fn io_errors_are_lowercase_without_os_code() {
        let e = Error::io(
            Some(Path::new("nope.txt")),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        assert_eq!(e.to_string(), "nope.txt: entity not found");
    }
}
