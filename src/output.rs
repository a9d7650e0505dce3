//! Output destinations: stdout, or a file written atomically.
//!
//! A file named with `-o FILE` is written to a temporary file beside it
//! (`.FILE.dragoman-PID.tmp`) and renamed over `FILE` only when the run completes, so an
//! interrupted run never leaves a half-written file under the final name. Dropping an
//! unfinished [`Output`] removes the temporary file.
//!
//! A symlink is followed: the file it points to is replaced and the link kept. A file that
//! is replaced keeps its permissions.
//!
//! A path that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
//! written directly: renaming over it would replace the device with a file.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where output goes.
pub struct Output {
    inner: Inner,
}

enum Inner {
    Stdout(BufWriter<io::Stdout>),
    /// A device or pipe, written in place.
    Special(BufWriter<fs::File>, PathBuf),
    File {
        writer: Option<BufWriter<fs::File>>,
        tmp: PathBuf,
        path: PathBuf,
    },
}

impl Output {
    /// `None` or `-`: stdout; otherwise an atomic file.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        let inner = match path {
            None => Inner::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            Some(p) if p.as_os_str() == "-" => {
                Inner::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
            }
            Some(p) if fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let file = fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .map_err(|e| Error::io(Some(p), e))?;
                Inner::Special(BufWriter::with_capacity(1 << 16, file), p.to_path_buf())
            }
            Some(p) if p.is_dir() => {
                return Err(Error::usage(format!(
                    "{}: is a directory; give -o a file name, e.g. {}",
                    p.display(),
                    p.join("out.csv").display()
                )))
            }
            Some(p) => {
                // A symlink stays a symlink: the file it points to is the one replaced.
                let resolved = resolve_symlink(p);
                let p = resolved.as_deref().unwrap_or(p);
                let name = p
                    .file_name()
                    .ok_or_else(|| Error::usage(format!("{}: not a file name", p.display())))?;
                let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
                if let Some(dir) = dir.filter(|d| !d.is_dir()) {
                    return Err(Error::usage(format!(
                        "{}: the directory {} does not exist; create it first",
                        p.display(),
                        dir.display()
                    )));
                }
                let tmp = p.with_file_name(format!(
                    ".{}.dragoman-{}.tmp",
                    name.to_string_lossy(),
                    std::process::id()
                ));
                let file = fs::File::create(&tmp).map_err(|e| Error::io(Some(p), e))?;
                // The new file keeps the permissions of the one it replaces.
                if let Ok(old) = fs::metadata(p) {
                    if let Err(e) = fs::set_permissions(&tmp, old.permissions()) {
                        let _ = fs::remove_file(&tmp);
                        return Err(Error::io(Some(p), e));
                    }
                }
                Inner::File {
                    writer: Some(BufWriter::with_capacity(1 << 16, file)),
                    tmp,
                    path: p.to_path_buf(),
                }
            }
        };
        Ok(Output { inner })
    }

    /// Flush, and for a file, move it into place.
    pub fn finish(mut self) -> Result<()> {
        match &mut self.inner {
            Inner::Stdout(w) => w.flush().map_err(|e| Error::io(None, e)),
            Inner::Special(w, path) => w.flush().map_err(|e| Error::io(Some(path), e)),
            Inner::File { writer, tmp, path } => {
                let w = writer.take().expect("finish is called once");
                let done = w
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|file| file.sync_all())
                    .and_then(|()| fs::rename(&*tmp, &*path));
                if done.is_err() {
                    let _ = fs::remove_file(&*tmp); // never leave the temporary file behind
                }
                done.map_err(|e| Error::io(Some(path), e))
            }
        }
    }

    fn path(&self) -> Option<&Path> {
        match &self.inner {
            Inner::Stdout(_) => None,
            Inner::Special(_, path) | Inner::File { path, .. } => Some(path),
        }
    }

    /// Write all of `bytes`, with the file name in the error.
    pub fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.write_all(bytes)
            .map_err(|e| Error::io(self.path().map(Path::to_path_buf).as_deref(), e))
    }
}

/// The file a symlink points to (following chains), or `None` if `p` is not a symlink.
fn resolve_symlink(p: &Path) -> Option<PathBuf> {
    if !fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
        return None;
    }
    if let Ok(target) = fs::canonicalize(p) {
        return Some(target);
    }
    // A dangling link: its target, relative to the link's directory, is created.
    let target = fs::read_link(p).ok()?;
    Some(match p.parent() {
        Some(dir) if target.is_relative() => dir.join(target),
        _ => target,
    })
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Stdout(w) => w.write(buf),
            Inner::Special(w, _) => w.write(buf),
            Inner::File { writer, .. } => writer.as_mut().expect("not finished").write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            Inner::Stdout(w) => w.flush(),
            Inner::Special(w, _) => w.flush(),
            Inner::File { writer, .. } => writer.as_mut().expect("not finished").flush(),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Inner::File {
            writer: Some(_),
            tmp,
            ..
        } = &self.inner
        {
            let _ = fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_when_finished() {
        let dir = std::env::temp_dir().join(format!("dragoman-out-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.csv");
        let mut out = Output::create(Some(&path)).unwrap();
        out.put(b"a,b\n").unwrap();
        assert!(!path.exists());
        out.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "a,b\n");

        let path2 = dir.join("never.csv");
        let mut out = Output::create(Some(&path2)).unwrap();
        out.put(b"half").unwrap();
        drop(out);
        assert!(!path2.exists());
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "temporary file left behind"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn symlinks_and_permissions_survive_a_rewrite() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("dragoman-out-link-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("real.csv");
        fs::write(&target, "old\n").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).unwrap();

        let mut out = Output::create(Some(&link)).unwrap();
        out.put(b"new\n").unwrap();
        out.finish().unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new\n");
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);

        // A dangling link creates its target.
        let dangling = dir.join("dangling.csv");
        std::os::unix::fs::symlink("made.csv", &dangling).unwrap();
        let mut out = Output::create(Some(&dangling)).unwrap();
        out.put(b"x\n").unwrap();
        out.finish().unwrap();
        assert_eq!(fs::read_to_string(dir.join("made.csv")).unwrap(), "x\n");
        assert!(fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn devices_are_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = std::path::Path::new("/dev/null");
        if !fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
            return; // no /dev/null device here: nothing to protect
        }
        let mut out = Output::create(Some(null)).unwrap();
        out.put(b"discarded").unwrap();
        out.finish().unwrap();
        let kind = fs::metadata(null).unwrap().file_type();
        assert!(kind.is_char_device(), "/dev/null was replaced");
    }
}
