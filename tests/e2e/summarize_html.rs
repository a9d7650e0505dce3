//! End-to-end: the HTML summary page in headless Chromium.
//!
//! The page itself has no scripts (it must not). The test writes a wrapper page in a scratch
//! directory that holds the summary in `<iframe srcdoc>` (same origin as the wrapper, so its
//! DOM can be inspected) at two widths (1200 px and a phone-like 380 px), and a script that
//! writes its findings into the wrapper's DOM: the computed `direction` of every Arabic cell,
//! title and English cell, and whether anything is wider than its box. Chromium runs it with
//! `--dump-dom`; the test parses the dump. A screenshot of the page alone goes to the scratch
//! directory (outside the repository) and its path is printed.
//!
//! Without Chromium (`/usr/bin/chromium`, or `$DRAGOMAN_CHROMIUM`) the test prints a notice
//! and passes: install it with `apt-get install -y chromium` (Debian), as `.ci/run` does.
//! With `$CI` set, a missing Chromium is a failure instead.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{dragoman, root, scratch};

pub(crate) fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("DRAGOMAN_CHROMIUM").map(PathBuf::from),
        Some(PathBuf::from("/usr/bin/chromium")),
        Some(PathBuf::from("/usr/bin/chromium-browser")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

/// Run Chromium headless with `args` (plus the usual quiet flags); its stdout, or a panic
/// with its stderr. Killed after 60 s.
fn run_chromium(chromium: &Path, profile: &Path, args: &[String]) -> String {
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let child = cmd.spawn().expect("chromium starts");
    // Read its output while it runs (a page's DOM can fill a pipe), with a watchdog that
    // kills it after 60 s.
    let pid = child.id();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        let timed_out = wait.recv_timeout(Duration::from_secs(60)).is_err();
        if timed_out {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
        timed_out
    });
    let out = child.wait_with_output().expect("chromium output");
    let _ = done.send(());
    let timed_out = watchdog.join().expect("watchdog");
    assert!(!timed_out, "chromium did not finish within 60 s: {cmd:?}");
    assert!(
        out.status.success(),
        "chromium failed: {cmd:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The script of the wrapper page: one line per frame in `<pre id="result">`.
const CHECKS: &str = r#"
window.addEventListener('load', function () {
  var lines = [];
  document.querySelectorAll('iframe').forEach(function (f) {
    var d = f.contentDocument, w = f.contentWindow;
    var dir = function (sel, want) {
      var els = d.querySelectorAll(sel), bad = 0;
      els.forEach(function (e) { if (w.getComputedStyle(e).direction !== want) bad++; });
      return els.length + '/' + bad;
    };
    var overflowing = 0;
    d.querySelectorAll('td, th, h1, h2, p, dd, li, a').forEach(function (e) {
      if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) overflowing++;
      var r = e.getBoundingClientRect();
      if (r.right > d.documentElement.clientWidth + 1 || r.left < -1) overflowing++;
    });
    var page = d.documentElement.scrollWidth > d.documentElement.clientWidth ? 1 : 0;
    lines.push('frame ' + f.id + ' ar ' + dir('td.ar', 'rtl') + ' title ' + dir('h2.title', 'rtl') +
      ' en ' + dir('td.en', 'ltr') + ' overflow ' + overflowing + ' page ' + page +
      ' docs ' + d.querySelectorAll('article.doc').length + ' index ' + d.querySelectorAll('nav.index a').length);
  });
  document.getElementById('result').textContent = lines.join('\n');
});
"#;

/// Open `html` in two frames of a wrapper page, 1200 px and 380 px wide (`#wide`, `#narrow`),
/// run `script` (it writes one line per frame into `<pre id="result">`) in headless Chromium
/// with a profile under `dir`, and return what it wrote (also printed).
pub(crate) fn in_two_frames(chromium: &Path, dir: &Path, html: &str, script: &str) -> String {
    let wrapper = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\
         <iframe id=\"wide\" style=\"width:1200px;height:1600px;border:0\" srcdoc=\"{doc}\"></iframe>\
         <iframe id=\"narrow\" style=\"width:380px;height:1600px;border:0\" srcdoc=\"{doc}\"></iframe>\
         <pre id=\"result\">pending</pre><script>{script}</script></body></html>",
        doc = attribute_escape(html)
    );
    let wrapper_path = dir.join("wrapper.html");
    std::fs::write(&wrapper_path, wrapper).expect("write the wrapper");
    let dom = run_chromium(
        chromium,
        &dir.join("profile-dom"),
        &[
            "--virtual-time-budget=5000".into(),
            "--dump-dom".into(),
            format!("file://{}", wrapper_path.display()),
        ],
    );
    let start = dom.find("<pre id=\"result\">").expect("the result block") + 17;
    let result = &dom[start..start + dom[start..].find("</pre>").expect("end of result")];
    println!("chromium checks:\n{result}");
    result.to_string()
}

fn attribute_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

#[test]
fn html_summary_reads_right_to_left_and_fits_the_page_in_chromium() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is missing in CI ($CI is set); `apt-get install -y chromium`"
        );
        println!(
            "NOTICE: chromium not found; the HTML end-to-end test is skipped. \
             Install it with `apt-get install -y chromium` (.ci/run should)."
        );
        return;
    };
    let dir = scratch("summarize-e2e");
    let page = dir.join("summary.html");
    let samples = root().join("samples/ar");
    dragoman(&[
        "summarize",
        "--format",
        "html",
        "-o",
        page.to_str().expect("utf-8 temp path"),
        samples.join("morocco-earthquake.txt").to_str().unwrap(),
        samples.join("encyclopedia-dead-sea.txt").to_str().unwrap(),
    ])
    .ok();
    let html = std::fs::read_to_string(&page).expect("the page was written");
    let result = in_two_frames(&chromium, &dir, &html, CHECKS);
    let frames: Vec<&str> = result.lines().collect();
    assert_eq!(frames.len(), 2, "both frames checked: {result:?}");
    for line in frames {
        let f: Vec<&str> = line.split_whitespace().collect();
        let field = |name: &str| -> &str {
            let k = f
                .iter()
                .position(|w| *w == name)
                .unwrap_or_else(|| panic!("{name} in {line}"));
            f[k + 1]
        };
        let counts = |name: &str| -> (usize, usize) {
            let (n, bad) = field(name).split_once('/').expect("count/bad");
            (n.parse().unwrap(), bad.parse().unwrap())
        };
        let (ar, ar_bad) = counts("ar");
        let (en, en_bad) = counts("en");
        let (titles, title_bad) = counts("title");
        assert!(
            ar >= 2 && ar == en,
            "Arabic and English cells in pairs: {line}"
        );
        assert_eq!((ar_bad, en_bad, title_bad), (0, 0, 0), "direction: {line}");
        assert_eq!(titles, 2, "both documents have a title: {line}");
        assert_eq!(field("overflow"), "0", "an element overflows: {line}");
        assert_eq!(field("page"), "0", "the page scrolls sideways: {line}");
        assert_eq!(field("docs"), "2", "{line}");
        assert_eq!(field("index"), "2", "{line}");
    }

    let shot = dir.join("summary.png");
    run_chromium(
        &chromium,
        &dir.join("profile-shot"),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,2000".into(),
            format!("file://{}", page.display()),
        ],
    );
    assert!(shot.is_file(), "screenshot written");
    println!("screenshot (outside the repository): {}", shot.display());
}
