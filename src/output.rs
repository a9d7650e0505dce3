//! Output destinations: stdout, or a file written atomically.
//!
//! A file named with `-o FILE` is written to a temporary file beside it and renamed over `FILE`
//! only when the run completes, so an interrupted run never leaves a half-written file under the
//! final name. The temporary file:
//!
//! - is named `.FILE.dragoman-<16 random hex digits>.tmp` and created with `O_CREAT|O_EXCL`
//!   ([`fs::OpenOptions::create_new`]): an existing file or a planted symlink under that name is
//!   never opened or written through; a name that is taken is retried with another one;
//! - is removed when the [`Output`] is dropped unfinished (an error, a panic that unwinds);
//! - is removed on SIGINT, SIGTERM and SIGHUP: the first atomic file output of a process installs
//!   a handler (on a thread of its own, through `signal-hook`) that deletes every temporary file
//!   still open and then ends the process by the same signal (exit status 128 + N in a shell).
//!   A signal that was ignored when the process started (`nohup`, a background job) stays
//!   ignored (read from `/proc/self/status`; where there is no `/proc`, all three are handled).
//!
//! Only SIGKILL or a crash of the machine can leave such a file behind; its random name is never
//! reused, so it is never taken for output, and it can be deleted.
//!
//! A symlink is followed: the file it points to is replaced and the link kept. A file that
//! is replaced keeps its permissions.
//!
//! A path that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
//! written directly: renaming over it would replace the device with a file.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, Result};

/// Where output goes.
pub struct Output {
    inner: Inner,
    /// Buffers taken by [`Output::put_buf`], not yet written (written before anything else).
    pending: Vec<Vec<u8>>,
    /// Their capacity in bytes.
    pending_bytes: usize,
}

/// [`Output::put_buf`] writes the buffers it holds once they take this many bytes...
const PENDING_BYTES: usize = 1 << 18;
/// ... or once it holds this many (a vectored write takes at most 1024 on Linux).
const PENDING_BUFS: usize = 256;

enum Inner {
    Stdout(BufWriter<io::Stdout>),
    /// A device or pipe, written in place.
    Special(BufWriter<fs::File>, PathBuf),
    File {
        /// Dropped first: an unfinished temporary file is removed before its buffer is thrown
        /// away.
        temp: Option<TempFile>,
        writer: Option<BufWriter<fs::File>>,
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
                if p.file_name().is_none() {
                    return Err(Error::usage(format!("{}: not a file name", p.display())));
                }
                let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
                if let Some(dir) = dir.filter(|d| !d.is_dir()) {
                    return Err(Error::usage(format!(
                        "{}: the directory {} does not exist; create it first",
                        p.display(),
                        dir.display()
                    )));
                }
                let (file, temp) =
                    TempFile::create(p, random_u64).map_err(|e| Error::io(Some(p), e))?;
                // The new file keeps the permissions of the one it replaces (set through the
                // open handle, so a file swapped in under the temporary name is not touched).
                if let Ok(old) = fs::metadata(p) {
                    file.set_permissions(old.permissions())
                        .map_err(|e| Error::io(Some(p), e))?;
                }
                Inner::File {
                    temp: Some(temp),
                    writer: Some(BufWriter::with_capacity(1 << 16, file)),
                    path: p.to_path_buf(),
                }
            }
        };
        Ok(Output {
            inner,
            pending: Vec::new(),
            pending_bytes: 0,
        })
    }

    /// Flush, and for a file, move it into place.
    pub fn finish(mut self) -> Result<()> {
        self.write_pending()
            .map_err(|e| Error::io(self.path().map(Path::to_path_buf).as_deref(), e))?;
        match &mut self.inner {
            Inner::Stdout(w) => w.flush().map_err(|e| Error::io(None, e)),
            Inner::Special(w, path) => w.flush().map_err(|e| Error::io(Some(path), e)),
            Inner::File { temp, writer, path } => {
                let w = writer.take().expect("finish is called once");
                let temp = temp.take().expect("finish is called once");
                // On an error, dropping `temp` removes the temporary file.
                w.into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|file| file.sync_all())
                    .and_then(|()| temp.persist(path))
                    .map_err(|e| Error::io(Some(path), e))
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

    /// Write all of `buf`, taking it: [`Output::put`] without copying the bytes into the
    /// output's buffer. A few such buffers are held and written together with one vectored
    /// write (for a file or pipe, `writev`); whatever is written next comes after them.
    pub fn put_buf(&mut self, buf: Vec<u8>) -> Result<()> {
        if buf.is_empty() {
            return Ok(());
        }
        self.pending_bytes += buf.capacity();
        self.pending.push(buf);
        if self.pending_bytes >= PENDING_BYTES || self.pending.len() >= PENDING_BUFS {
            self.write_pending()
                .map_err(|e| Error::io(self.path().map(Path::to_path_buf).as_deref(), e))?;
        }
        Ok(())
    }

    /// The writer the bytes go through.
    fn writer(&mut self) -> &mut dyn Write {
        match &mut self.inner {
            Inner::Stdout(w) => w,
            Inner::Special(w, _) => w,
            Inner::File { writer, .. } => writer.as_mut().expect("not finished"),
        }
    }

    /// Write the buffers [`Output::put_buf`] holds. A `BufWriter` hands a vectored write at
    /// least as long as its buffer straight to the file, after what it holds.
    fn write_pending(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        let mut slices: Vec<io::IoSlice> = pending.iter().map(|b| io::IoSlice::new(b)).collect();
        let mut left = &mut slices[..];
        let w = self.writer();
        while !left.is_empty() {
            match w.write_vectored(left) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => io::IoSlice::advance_slices(&mut left, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        // The emptied list is kept for the next buffers.
        drop(slices);
        self.pending = pending;
        self.pending.clear();
        Ok(())
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

impl Drop for Output {
    /// Buffers held by [`Output::put_buf`] go out with the rest of a stream or device, as the
    /// `BufWriter`'s own buffer does when dropped (an unfinished file is removed anyway).
    fn drop(&mut self) {
        if !matches!(self.inner, Inner::File { .. }) {
            let _ = self.write_pending();
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_pending()?;
        match &mut self.inner {
            Inner::Stdout(w) => w.write(buf),
            Inner::Special(w, _) => w.write(buf),
            Inner::File { writer, .. } => writer.as_mut().expect("not finished").write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_pending()?;
        match &mut self.inner {
            Inner::Stdout(w) => w.flush(),
            Inner::Special(w, _) => w.flush(),
            Inner::File { writer, .. } => writer.as_mut().expect("not finished").flush(),
        }
    }
}

/// A temporary file beside an output, registered for removal on signals; removed when dropped
/// unless [`TempFile::persist`] moved it into place.
struct TempFile {
    path: PathBuf,
    persisted: bool,
}

/// How many names [`TempFile::create`] tries before giving up.
const TEMP_TRIES: usize = 64;

impl TempFile {
    /// Create `.NAME.dragoman-<hex>.tmp` beside `target` with `O_EXCL`, trying new random names
    /// (from `random`) while a name is taken.
    fn create(target: &Path, mut random: impl FnMut() -> u64) -> io::Result<(fs::File, TempFile)> {
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        signals::install();
        for _ in 0..TEMP_TRIES {
            let path = target.with_file_name(format!(".{name}.dragoman-{:016x}.tmp", random()));
            // Created and registered under the lock, so a signal never misses a file.
            let mut temps = temporaries();
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    temps.push(path.clone());
                    return Ok((
                        file,
                        TempFile {
                            path,
                            persisted: false,
                        },
                    ));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{TEMP_TRIES} temporary file names beside it were all taken; \
                 delete the stale .{name}.dragoman-*.tmp files"
            ),
        ))
    }

    /// Rename the file to `to`. Under the registry lock: a signal either removes the
    /// temporary file before the rename, or comes after it.
    fn persist(mut self, to: &Path) -> io::Result<()> {
        let mut temps = temporaries();
        fs::rename(&self.path, to)?;
        temps.retain(|t| *t != self.path);
        self.persisted = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.persisted {
            let mut temps = temporaries();
            let _ = fs::remove_file(&self.path);
            temps.retain(|t| *t != self.path);
        }
    }
}

/// The temporary files of this process not yet renamed into place.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The registry, locked (a panic while it was held does not make it unusable).
fn temporaries() -> MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner())
}

/// 64 unpredictable bits for a temporary file name: SipHash under std's per-process random
/// key (seeded by the OS), over a counter, the pid and the time.
fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    h.write_u128(now);
    h.finish()
}

#[cfg(unix)]
mod signals {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

    /// Once per process: a thread that waits for SIGINT, SIGTERM or SIGHUP, removes the
    /// temporary files and ends the process by that signal. Signals ignored at start stay
    /// ignored. If the handler cannot be installed, outputs still work; only the clean-up on
    /// signals is missing.
    pub(super) fn install() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let ignored = ignored_signals();
            let wanted: Vec<i32> = [SIGINT, SIGTERM, SIGHUP]
                .into_iter()
                .filter(|&s| !ignored.contains(&s))
                .collect();
            if wanted.is_empty() {
                return;
            }
            let Ok(mut signals) = signal_hook::iterator::Signals::new(&wanted) else {
                return;
            };
            let _ = std::thread::Builder::new()
                .name("dragoman-signals".into())
                .spawn(move || {
                    if let Some(signal) = signals.forever().next() {
                        // Held until the process ends: no temporary file is created or
                        // renamed into place after this.
                        let temps = super::temporaries();
                        for t in temps.iter() {
                            let _ = std::fs::remove_file(t);
                        }
                        let _ = signal_hook::low_level::emulate_default_handler(signal);
                        std::process::exit(128 + signal);
                    }
                });
        });
    }

    /// The signals this process ignores (Linux: the `SigIgn` mask of `/proc/self/status`,
    /// bit N-1 for signal N). Elsewhere: none known.
    fn ignored_signals() -> Vec<i32> {
        let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
            return Vec::new();
        };
        let mask = status
            .lines()
            .find_map(|l| l.strip_prefix("SigIgn:"))
            .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
            .unwrap_or(0);
        (1..=64).filter(|n| mask >> (n - 1) & 1 == 1).collect()
    }
}

#[cfg(not(unix))]
mod signals {
    /// No signal handling here: a temporary file is removed on errors and panics only.
    pub(super) fn install() {}
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

    /// Buffers handed over whole come out in order with bytes written by `put` and
    /// `write!`, however many and however large (past the buffer's 64 KiB and the held
    /// buffers' limits).
    #[test]
    fn buffers_handed_over_keep_their_order() {
        let dir = std::env::temp_dir().join(format!("dragoman-out-bufs-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.csv");
        let mut out = Output::create(Some(&path)).unwrap();
        let mut want = Vec::new();
        out.put(b"header\n").unwrap();
        want.extend_from_slice(b"header\n");
        for i in 0..2 * PENDING_BUFS + 3 {
            // Mostly small rows, now and then one longer than the writer's buffer.
            let len = if i % 97 == 5 { 100_000 + i } else { 1 + i % 50 };
            let buf: Vec<u8> = (0..len).map(|k| b'a' + ((i + k) % 26) as u8).collect();
            want.extend_from_slice(&buf);
            out.put_buf(buf).unwrap();
            out.put_buf(Vec::new()).unwrap();
            if i % 100 == 7 {
                write!(out, "<{i}>").unwrap();
                want.extend_from_slice(format!("<{i}>").as_bytes());
            }
        }
        out.finish().unwrap();
        assert!(fs::read(&path).unwrap() == want);
        fs::remove_dir_all(&dir).unwrap();
    }

    /// Issue 14: a planted symlink or file under the temporary name is never written
    /// through; the next random name is taken.
    #[test]
    fn a_taken_temporary_name_is_never_written_through() {
        let dir = std::env::temp_dir().join(format!("dragoman-out-excl-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.csv");
        let victim = dir.join("victim");
        fs::write(&victim, "precious\n").unwrap();
        let name = |n: u64| dir.join(format!(".out.csv.dragoman-{n:016x}.tmp"));
        std::os::unix::fs::symlink(&victim, name(1)).unwrap();
        std::os::unix::fs::symlink("nowhere", name(2)).unwrap();
        fs::write(name(3), "stale\n").unwrap();

        let mut seq = 1..;
        let (mut file, temp) = TempFile::create(&target, || seq.next().unwrap()).unwrap();
        assert_eq!(temp.path, name(4));
        assert!(temporaries().contains(&temp.path));
        file.write_all(b"new\n").unwrap();
        temp.persist(&target).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new\n");
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
        assert_eq!(fs::read_to_string(name(3)).unwrap(), "stale\n");
        assert!(!dir.join("nowhere").exists());
        assert!(!temporaries().contains(&name(4)));

        // Every name taken: an error that says what to delete, and nothing written.
        let err = TempFile::create(&target, || 3).err().unwrap();
        assert!(err.to_string().contains(".out.csv.dragoman-*.tmp"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporary_names_are_random_and_dropped_ones_unregistered() {
        let dir = std::env::temp_dir().join(format!("dragoman-out-rand-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.csv");
        let (_, a) = TempFile::create(&target, random_u64).unwrap();
        let (_, b) = TempFile::create(&target, random_u64).unwrap();
        assert_ne!(a.path, b.path);
        for t in [&a, &b] {
            let n = t.path.file_name().unwrap().to_str().unwrap();
            let hex = n.strip_prefix(".out.csv.dragoman-").unwrap();
            let hex = hex.strip_suffix(".tmp").unwrap();
            assert!(
                hex.len() == 16 && hex.bytes().all(|c| c.is_ascii_hexdigit()),
                "{n}"
            );
        }
        let (pa, pb) = (a.path.clone(), b.path.clone());
        drop(a);
        drop(b);
        assert!(!pa.exists() && !pb.exists());
        assert!(!temporaries().iter().any(|t| *t == pa || *t == pb));
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
