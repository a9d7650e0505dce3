//! A progress line on stderr for long runs: documents, MB, rate and ETA, redrawn at most
//! four times a second, only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    /// Expected input bytes, when known (for the ETA).
    total: Option<u64>,
}

impl Progress {
    /// A progress line, drawn only if `show` and stderr is a terminal.
    pub fn new(show: bool, total: Option<u64>) -> Progress {
        let now = Instant::now();
        Progress {
            enabled: show && std::io::stderr().is_terminal(),
            start: now,
            last: now,
            total,
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Redraw after `docs` documents of `bytes` bytes, if it is time to.
    pub fn tick(&mut self, docs: usize, bytes: u64) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(250) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let rate = bytes as f64 / 1e6 / secs;
        let eta = match self.total {
            Some(total) if bytes > 0 && total > bytes => {
                let left = (total - bytes) as f64 / (bytes as f64 / secs);
                format!(", ETA {}", clock(left))
            }
            _ => String::new(),
        };
        let share = match self.total {
            Some(total) if total > 0 => format!(" ({:.0}%)", 100.0 * bytes as f64 / total as f64),
            _ => String::new(),
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kdragoman: {docs} documents, {:.1} MB{share}, {rate:.1} MB/s{eta}",
            bytes as f64 / 1e6
        );
        let _ = err.flush();
    }

    /// Clear the progress line.
    pub fn clear(&self) {
        if self.enabled {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
    }
}

fn clock(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, (s % 3600) / 60)
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
    }
}
