//! Running the `dragoman` binary in tests, with everything dumped on failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The result of one run of the binary.
pub struct Run {
    pub cmdline: String,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn dump(&self) -> String {
        format!(
            "\ncommand: {}\nexit: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}\n",
            self.cmdline, self.code, self.stdout, self.stderr
        )
    }

    /// Assert exit code 0.
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(self.code, Some(0), "expected success{}", self.dump());
        self
    }

    /// Assert a given exit code.
    #[track_caller]
    pub fn code(self, code: i32) -> Run {
        assert_eq!(self.code, Some(code), "expected exit {code}{}", self.dump());
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}{}",
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}{}",
            self.dump()
        );
        self
    }
}

/// Run `dragoman ARGS` in the crate root with a file as standard input (a device such as
/// `/dev/zero` too: an endless stream).
pub fn dragoman_from(args: &[&str], stdin: &Path) -> Run {
    let file = std::fs::File::open(stdin).expect("the stdin file opens");
    let out = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .current_dir(root())
        .stdin(file)
        .output()
        .expect("the dragoman binary finishes");
    Run {
        cmdline: format!("dragoman {} < {}", args.join(" "), stdin.display()),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run `dragoman ARGS` in the crate root, with `stdin` as standard input.
pub fn dragoman_in(args: &[&str], stdin: &[u8]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dragoman"));
    cmd.args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the dragoman binary runs");
    {
        let mut input = child.stdin.take().expect("stdin is piped");
        // The command may exit before reading everything; that is its business.
        let _ = input.write_all(stdin);
    }
    let out = child
        .wait_with_output()
        .expect("the dragoman binary finishes");
    Run {
        cmdline: format!("dragoman {}", args.join(" ")),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run `dragoman ARGS` without the capabilities that let root read any file or directory
/// (through util-linux `setpriv`), so that a test can make an entry unreadable even when it
/// runs as root. `None` when that is not possible here (no `setpriv`, or not allowed to drop
/// capabilities).
pub fn dragoman_without_dac(args: &[&str]) -> Option<Run> {
    let out = Command::new("setpriv")
        .arg("--bounding-set=-dac_override,-dac_read_search")
        .arg(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if stderr.starts_with("setpriv:") {
        return None;
    }
    Some(Run {
        cmdline: format!("setpriv … dragoman {}", args.join(" ")),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    })
}

/// Run `dragoman ARGS` with empty stdin.
pub fn dragoman(args: &[&str]) -> Run {
    dragoman_in(args, b"")
}

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dragoman-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Compare `got` with the golden file `tests/golden/NAME`; with `DRAGOMAN_BLESS=1` in the
/// environment, write it instead (then review the diff with `git diff tests/golden`).
#[track_caller]
pub fn golden(name: &str, got: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("DRAGOMAN_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden files live in a directory"))
            .expect("create golden dir");
        std::fs::write(&path, got).expect("write golden file");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run `DRAGOMAN_BLESS=1 cargo test golden` and review it",
            path.display()
        )
    });
    if want != got {
        let first = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        panic!(
            "{} differs from the output, first at line {}:\n want: {}\n  got: {}\n\
             If the change is right, re-bless with `DRAGOMAN_BLESS=1 cargo test golden` and \
             review `git diff tests/golden`.",
            path.display(),
            first + 1,
            want.lines().nth(first).unwrap_or("<end>"),
            got.lines().nth(first).unwrap_or("<end>")
        );
    }
}

/// The sample documents under samples/ar, sorted.
pub fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("samples/ar"))
        .expect("samples/ar exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

pub fn rel(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .into_owned()
}
