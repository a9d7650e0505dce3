//! Issue 14, safe files: `-o` temporary files on signals; symbolic links, FIFOs and devices in
//! directory walks. Everything happens in scratch directories; a run that hangs is killed after
//! a generous bound and the test fails (a bound on hanging, not a timing).

use std::fs;
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::util::{root, scratch, Run};

/// Longest a run may take before it is taken as hung.
const HANG: Duration = Duration::from_secs(60);

/// Run `dragoman ARGS` with empty stdin, killed (and the test failed) if it hangs.
fn dragoman_bounded(args: &[&str]) -> Run {
    let logs = scratch(&format!("logs-{}", args.join("-").replace(['/', ' '], "_")));
    let (out_path, err_path) = (logs.join("stdout"), logs.join("stderr"));
    let cmdline = format!("dragoman {}", args.join(" "));
    let mut child = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("the dragoman binary runs");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{cmdline} still ran after {HANG:?} (hung on an input?)\nstderr: {}",
                fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        thread::sleep(Duration::from_millis(20));
    };
    let run = Run {
        cmdline,
        code: status.code(),
        stdout: fs::read_to_string(&out_path).unwrap(),
        stderr: fs::read_to_string(&err_path).unwrap(),
    };
    let _ = fs::remove_dir_all(&logs);
    run
}

/// The doc_id column of `segment --format tsv` output, one entry per document.
fn doc_ids(run: &Run) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for line in run.stdout.lines().skip(1) {
        let id = line.split('\t').next().unwrap_or("").to_string();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }
    ids
}

fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

/// Issue 14: a link back to a parent was walked until the kernel's limit (duplicate
/// documents); a link elsewhere walked whatever it pointed to.
#[test]
fn links_to_directories_are_walked_only_with_follow_and_loops_fail_once() {
    let dir = scratch("walk-links");
    let d = dir.join("d");
    fs::create_dir_all(d.join("sub")).unwrap();
    fs::create_dir_all(dir.join("outside")).unwrap();
    fs::write(d.join("a.txt"), "الجملة الأولى.").unwrap();
    fs::write(d.join("sub/b.txt"), "الجملة الثانية.").unwrap();
    fs::write(dir.join("outside/c.txt"), "الجملة الثالثة.").unwrap();
    symlink("..", &d.join("sub/up"));
    symlink("..", &d.join("sub/loop.txt"));
    symlink("../outside", &d.join("other"));
    let d = d.to_str().unwrap();

    // (extra args, documents read in order, exit code, stderr must have)
    type Row<'a> = (&'a [&'a str], &'a [&'a str], i32, &'a [&'a str]);
    let rows: &[Row] = &[
        (
            &[],
            &["a.txt", "sub/b.txt"],
            0,
            &[
                "/d/other: skipped: a symbolic link to a directory; --follow walks it",
                "/d/sub/up: skipped: a symbolic link to a directory",
                "/d/sub/loop.txt: skipped: a symbolic link to a directory",
            ],
        ),
        (
            &["--follow"],
            &["a.txt", "other/c.txt", "sub/b.txt"],
            1,
            &[
                "/d/sub/up: a symbolic link loop back to",
                "/d/sub/loop.txt: a symbolic link loop back to",
            ],
        ),
    ];
    for &(extra, want, code, needles) in rows {
        let mut args = vec!["segment", "--format", "tsv"];
        args.extend_from_slice(extra);
        args.push(d);
        let mut run = dragoman_bounded(&args).code(code);
        for needle in needles {
            run = run.stderr_has(needle);
        }
        assert_eq!(doc_ids(&run), want, "{extra:?}\nstderr: {}", run.stderr);
    }
    fs::remove_dir_all(&dir).unwrap();
}

/// Issue 14: a FIFO in a walked directory hung the walk forever, and a link to /dev/zero grew
/// memory without limit. Neither is opened now: a note, not a failure.
#[test]
fn fifos_and_devices_are_skipped_with_a_note_never_opened() {
    let dir = scratch("walk-special");
    let d = dir.join("d");
    fs::create_dir_all(&d).unwrap();
    fs::write(d.join("a.txt"), "الجملة الأولى.").unwrap();
    let fifo = d.join("p.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo here: skipping the FIFO half of the test");
    }
    symlink("/dev/zero", &d.join("z.txt"));
    let (d, fifo) = (d.to_str().unwrap(), fifo.to_str().unwrap());
    let zero_note = "/d/z.txt: skipped: not a regular file (a character device)";
    let fifo_note = "/d/p.txt: skipped: not a regular file (a fifo)";
    let explicit = ["segment", "--format", "tsv", fifo, "/dev/zero", "-"];
    let runs: &[&[&str]] = &[
        &["segment", "--format", "tsv", d],
        &["segment", "--format", "tsv", "--follow", d],
        &explicit,
    ];
    for args in runs {
        let mut run = dragoman_bounded(args).ok();
        if fs::metadata(fifo).is_ok() {
            run = run.stderr_has(fifo_note);
        }
        if args.contains(&d) {
            run = run.stderr_has(zero_note);
            assert_eq!(doc_ids(&run), ["a.txt"], "{}", run.stderr);
        } else {
            run.stderr_has("/dev/zero: skipped: not a regular file (a character device); to read it anyway, redirect it to stdin (`- < /dev/zero`)");
        }
    }
    fs::remove_dir_all(&dir).unwrap();
}

/// Is `signal` ignored by this process (and so by its children)? Then the binary keeps
/// ignoring it, and the test cannot send it.
fn ignored(signal: i32) -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mask = status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        .unwrap_or(0);
    mask >> (signal - 1) & 1 == 1
}

/// Issue 14: Ctrl-C, SIGTERM and SIGHUP left the hidden temporary file of an `-o` export
/// behind (hundreds of MB). Now it is removed, the target keeps its old content, and the
/// process ends by the signal.
#[test]
fn a_signal_during_an_export_removes_the_temporary_file() {
    for (name, signal) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        if ignored(signal) {
            eprintln!("SIG{name} is ignored here (inherited): not tested");
            continue;
        }
        let dir = scratch(&format!("signal-{name}"));
        let target = dir.join("out.csv");
        fs::write(&target, "old\n").unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_dragoman"))
            .args(["export", "--input-format", "jsonl", "-o"])
            .arg(&target)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the dragoman binary runs");
        // Documents keep coming until the process is gone.
        let mut stdin = child.stdin.take().unwrap();
        let feeder = thread::spawn(move || {
            for i in 0u64.. {
                let line = format!(
                    "{{\"id\":\"{i}\",\"text\":\"قال الرئيس إن الحكومة ستعلن القرار غدا في القاهرة.\"}}\n"
                );
                if stdin.write_all(line.as_bytes()).is_err() {
                    break;
                }
            }
        });
        let temporaries = || -> Vec<(String, u64)> {
            fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap())
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        e.metadata().map_or(0, |m| m.len()),
                    )
                })
                .filter(|(n, _)| n.ends_with(".tmp"))
                .collect()
        };
        // Wait until the export is well under way: rows are in the temporary file.
        let start = Instant::now();
        while !temporaries().iter().any(|&(_, len)| len > 1 << 20) {
            assert!(
                start.elapsed() < HANG,
                "SIG{name}: no temporary file grew: {:?}",
                temporaries()
            );
            assert!(
                child.try_wait().unwrap().is_none(),
                "SIG{name}: the export ended early"
            );
            thread::sleep(Duration::from_millis(10));
        }
        let name_seen = temporaries()[0].0.clone();
        assert!(
            name_seen.starts_with(".out.csv.dragoman-")
                && name_seen.len() == ".out.csv.dragoman-".len() + 16 + 4,
            "a random name: {name_seen}"
        );
        let sent = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(sent.success());
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > HANG {
                let _ = child.kill();
                panic!("SIG{name}: the export did not end");
            }
            thread::sleep(Duration::from_millis(10));
        };
        feeder.join().unwrap();
        assert_eq!(
            status.signal(),
            Some(signal),
            "SIG{name}: ended by the signal: {status:?}"
        );
        assert_eq!(
            temporaries(),
            vec![],
            "SIG{name}: temporary file left behind"
        );
        assert_eq!(
            fs::read_to_string(&target).unwrap(),
            "old\n",
            "SIG{name}: target changed"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
