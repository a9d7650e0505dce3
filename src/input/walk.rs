//! Files under a directory: a recursive walk ([walkdir]) filtered by a glob ([globset]).
//!
//! **In:** a directory and a [`Glob`]. **Out:** the files the glob takes, each with its path
//! relative to the directory (components joined by `/`), sorted by the bytes of that relative
//! path, so the order is the same on every machine and file system. An entry that cannot be
//! read (a subdirectory without permission, a file that vanished during the walk) comes out as
//! an `Err` at its place in that order; the walk goes on with the rest of the tree.
//!
//! Symbolic links are not followed into directories (a link loop cannot hang the walk); a link
//! is taken as a file when its name matches, and opening it follows it.

use std::path::{Path, PathBuf};

use globset::GlobBuilder;
use walkdir::WalkDir;

use crate::error::{Error, Result};

/// A pattern choosing files by their path relative to a walked directory: `*` and `?` within a
/// path component, `**` across components, `[abc]` and `{a,b}` as in ripgrep's `--glob`. A
/// pattern without `/` is matched against the file name alone, so `*.txt` takes `x/y/a.txt`.
#[derive(Clone, Debug)]
pub struct Glob {
    matcher: globset::GlobMatcher,
    /// The pattern has a `/`: match the whole relative path, not only the file name.
    whole_path: bool,
}

impl Glob {
    /// Compile `pattern`; a usage error says what is wrong with it.
    pub fn new(pattern: &str) -> Result<Glob> {
        let glob = GlobBuilder::new(pattern)
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .map_err(|e| {
                Error::usage(format!(
                    "{e}; write a glob such as *.txt, ar/*.txt or **/*.md"
                ))
            })?;
        Ok(Glob {
            matcher: glob.compile_matcher(),
            whole_path: pattern.contains('/'),
        })
    }

    /// Does the glob take the file at `rel` (a relative path with `/` separators)?
    pub fn is_match(&self, rel: &str) -> bool {
        let subject = if self.whole_path {
            rel
        } else {
            rel.rsplit('/').next().unwrap_or(rel)
        };
        self.matcher.is_match(subject)
    }
}

/// A file the walk found: its path relative to the walked directory (with `/`), and the path
/// to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub rel: String,
    pub path: PathBuf,
}

/// The files under `dir` that `glob` takes, relative to `root` (`dir` itself or a directory
/// above it), sorted by relative path; unreadable entries as `Err`s in their place.
pub fn walk(root: &Path, dir: &Path, glob: &Glob) -> Vec<Result<Found>> {
    let rel_of = |path: &Path| {
        let rel = path.strip_prefix(root).unwrap_or(path);
        rel.to_string_lossy().replace('\\', "/")
    };
    let mut found: Vec<(String, Result<Found>)> = Vec::new();
    for entry in WalkDir::new(dir).follow_links(false) {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => {
                let rel = rel_of(entry.path());
                if glob.is_match(&rel) {
                    let path = entry.into_path();
                    found.push((rel.clone(), Ok(Found { rel, path })));
                }
            }
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let rel = rel_of(&path);
                let err = match e.into_io_error() {
                    Some(io) => Error::io(Some(&path), io),
                    None => Error::io(Some(&path), std::io::Error::other("a symbolic link loop")),
                };
                found.push((rel, Err(err)));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, f)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let rows: &[(&str, &str, bool)] = &[
            ("*.txt", "a.txt", true),
            ("*.txt", "dir/a.txt", true),
            ("*.txt", "a.txt.bak", false),
            ("ar/*.txt", "ar/a.txt", true),
            ("ar/*.txt", "ar/x/a.txt", false),
            ("**/*.txt", "ar/x/a.txt", true),
            ("**/*.txt", "a.txt", true),
            ("a?.txt", "ab.txt", true),
            ("a?.txt", "a/.txt", false),
            ("*.en.txt", "x.ar.txt", false),
            ("*.{txt,md}", "x/a.md", true),
            ("[ab].txt", "b.txt", true),
        ];
        for &(p, s, want) in rows {
            assert_eq!(Glob::new(p).unwrap().is_match(s), want, "glob {p} on {s}");
        }
    }

    #[test]
    fn a_bad_glob_is_a_usage_error() {
        let err = Glob::new("[a").unwrap_err().to_string();
        assert!(err.contains("[a") && err.contains("*.txt"), "{err}");
    }

    /// A glob that took exponential time in the hand-written matcher.
    #[test]
    fn many_stars_stay_fast() {
        let glob = Glob::new("*a*a*a*a*a*a*a*a*a*a*a*a*b").unwrap();
        assert!(!glob.is_match(&"a".repeat(60)));
    }
}
