//! Files under a directory: a recursive walk ([walkdir]) filtered by a glob ([globset]).
//!
//! **In:** a directory and a [`Glob`]. **Out:** the files the glob takes, each with its path
//! relative to the directory (components joined by `/`), sorted by the bytes of that relative
//! path, so the order is the same on every machine and file system. An entry that cannot be
//! read (a subdirectory without permission, a file that vanished during the walk) comes out as
//! an `Err` at its place in that order; the walk goes on with the rest of the tree.
//!
//! **Symbolic links.** By default a link to a directory is not walked (a link back to a parent
//! cannot loop, a link to `/` cannot walk the file system); a note on stderr names it. A link to
//! a file is taken when its name matches, and opening it follows it. With `follow` (`--follow`)
//! links to directories are walked too; a link back to one of its own ancestors is reported as
//! one failed input (`… a symbolic link loop …`) and the walk goes on.
//!
//! **Only regular files are read.** A FIFO, socket or device that the glob takes (or a link to
//! one, such as a link to `/dev/zero`) is never opened: a note on stderr says
//! `dragoman: PATH: skipped: not a regular file (a fifo)`, and it is not a failure.

use std::fs;
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
/// above it), sorted by relative path; unreadable entries as `Err`s in their place. Symbolic
/// links to directories are not walked ([`walk_with`] can).
pub fn walk(root: &Path, dir: &Path, glob: &Glob) -> Vec<Result<Found>> {
    walk_with(root, dir, glob, false)
}

/// [`walk`], and with `follow`, symbolic links to directories are walked too. Entries skipped
/// (links to directories when not following, files that are not regular) are noted on stderr,
/// in the same order.
pub fn walk_with(root: &Path, dir: &Path, glob: &Glob, follow: bool) -> Vec<Result<Found>> {
    let rel_of = |path: &Path| {
        let rel = path.strip_prefix(root).unwrap_or(path);
        rel.to_string_lossy().replace('\\', "/")
    };
    let mut found: Vec<(String, Result<Found>)> = Vec::new();
    let mut notes: Vec<(String, String)> = Vec::new();
    for entry in WalkDir::new(dir).follow_links(follow) {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => {
                let rel = rel_of(entry.path());
                // Not following links, a link's own type says nothing: look at its target.
                let kind = if entry.file_type().is_symlink() {
                    match fs::metadata(entry.path()) {
                        Ok(m) if m.is_dir() => {
                            let why = "a symbolic link to a directory; --follow walks it";
                            notes.push((rel, skipped(entry.path(), why)));
                            continue;
                        }
                        Ok(m) => m.file_type(),
                        // A dangling link: fails when opened, if the glob takes it.
                        Err(_) => entry.file_type(),
                    }
                } else {
                    entry.file_type()
                };
                if !glob.is_match(&rel) {
                    continue;
                }
                if kind.is_symlink() || kind.is_file() {
                    let path = entry.into_path();
                    found.push((rel.clone(), Ok(Found { rel, path })));
                } else {
                    let why = format!("not a regular file ({})", kind_name(kind));
                    notes.push((rel, skipped(entry.path(), &why)));
                }
            }
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let rel = rel_of(&path);
                let err = match (e.loop_ancestor().map(Path::to_path_buf), e.into_io_error()) {
                    (Some(ancestor), _) => Error::io(
                        Some(&path),
                        std::io::Error::other(format!(
                            "a symbolic link loop back to {}; not walked again",
                            ancestor.display()
                        )),
                    ),
                    (None, Some(io)) => Error::io(Some(&path), io),
                    (None, None) => {
                        Error::io(Some(&path), std::io::Error::other("cannot be walked"))
                    }
                };
                found.push((rel, Err(err)));
            }
        }
    }
    notes.sort();
    for (_, note) in notes {
        eprintln!("{note}");
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, f)| f).collect()
}

/// The note for an input that is skipped: `dragoman: PATH: skipped: WHY`.
fn skipped(path: &Path, why: &str) -> String {
    format!("dragoman: {}: skipped: {why}", path.display())
}

/// A path named on the command line that is not a regular file (a FIFO, a device): never
/// opened (it could block forever or never end); noted on stderr, not a failure.
pub(crate) fn skip_not_regular(path: &Path, meta: &fs::Metadata) {
    let why = format!(
        "not a regular file ({}); to read it anyway, redirect it to stdin (`- < {}`)",
        kind_name(meta.file_type()),
        path.display()
    );
    eprintln!("{}", skipped(path, &why));
}

/// What kind of file a non-regular file is, for the notes.
fn kind_name(kind: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a fifo";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "an unknown kind of file"
    }
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
