//! Banded dynamic programming over beads.
//!
//! **In:** the sentence counts `n` (Arabic) and `m` (English), the bead shapes allowed, and a
//! cost function for "Arabic sentences `i..i+a` against English `j..j+b`". **Out:** the path
//! of beads of least total cost from `(0, 0)` to `(n, m)`, in document order: every sentence
//! of both sides in exactly one bead.
//!
//! Only cells within `w` of the diagonal `j = i·m/n` (or of a guide path) are computed, so time and memory are
//! `O((n + m)·w)`, not `O(n·m)`. If the best path comes within two cells of the band's edge
//! (a long passage dropped on one side pulls it off the diagonal), `w` is doubled and the DP
//! run again, until the path stays inside, the band covers the whole table, or `w` reaches
//! [`MAX_BAND`]: then the best path inside the band is taken. Time and memory therefore stay
//! linear, `O((n + m)·MAX_BAND)` at worst, whatever the pair: a translation that drops or
//! adds more than about [`MAX_BAND`] sentences in one place is aligned as well as the band
//! allows (the sentences beyond it pair with nothing), never by a table of `n·m` cells.
//!
//! What it does *not* do: score beads (see `score`), or look for crossing alignments
//! (translations that reorder sentences across a bead).

/// A bead: `(i, j, a, b)` covers Arabic `i..i+a` and English `j..j+b`.
pub(crate) type Step = (usize, usize, usize, usize);

/// Initial half-width of the band.
pub(crate) const INITIAL_BAND: usize = 24;

/// Initial half-width of a band centred on a guide path: the second pass only refines the
/// first one, so it starts narrower (and widens the same way if the path reaches the edge).
pub(crate) const GUIDED_BAND: usize = 8;

/// The widest half-width the band grows to (24 → 48 → 96 → 192).
pub(crate) const MAX_BAND: usize = 192;

/// The least-cost path. `cost(i, j, a, b, cutoff)` is the cost of the bead `(i, j, a, b)`;
/// when the bead cannot cost less than `cutoff` it may return any value `>= cutoff` instead
/// (the path is the same). `shapes` lists `(a, b)` with `a + b > 0`, `a, b ≤ 4`; `(1, 0)` and
/// `(0, 1)` must be among them so that a path always exists.
///
/// `guide`, a path of an earlier pass over the same table, centres the band on that path
/// instead of the diagonal, so a second pass stays narrow however far the first one drifted.
pub(crate) fn best_path(
    n: usize,
    m: usize,
    shapes: &[(usize, usize)],
    guide: Option<&[Step]>,
    cost: impl Fn(usize, usize, usize, usize, f64) -> f64,
) -> Vec<Step> {
    debug_assert!(shapes.contains(&(1, 0)) && shapes.contains(&(0, 1)));
    // Per row, the columns the band is centred on: `lo..=hi` of the guide path in that row
    // (a run of 0-1 beads spans many columns of one row), or the diagonal.
    let centre: Vec<(usize, usize)> = match guide {
        Some(path) => {
            let mut c: Vec<Option<(usize, usize)>> = vec![None; n + 1];
            let mut mark = |k: usize, j: usize| {
                let e = c[k].get_or_insert((j, j));
                *e = (e.0.min(j), e.1.max(j));
            };
            for &(i, j, a, b) in path {
                for k in i..=i + a {
                    // Interpolate inside the bead.
                    mark(k, j + (b * (k - i)).checked_div(a).unwrap_or(0));
                }
                mark(i + a, j + b);
            }
            mark(0, 0);
            mark(n, m);
            // Rows the guide does not visit (it always does, but be safe) follow the diagonal.
            c.iter()
                .enumerate()
                .map(|(i, x)| {
                    x.unwrap_or_else(|| {
                        let d = (i * m).checked_div(n).unwrap_or(0);
                        (d, d)
                    })
                })
                .collect()
        }
        None => (0..=n)
            .map(|i| {
                let d = (i * m).checked_div(n).unwrap_or(0);
                (d, d)
            })
            .collect(),
    };
    let mut w = if guide.is_some() {
        GUIDED_BAND
    } else {
        INITIAL_BAND
    };
    loop {
        let band = Band::new(n, m, w, &centre);
        let widest = band.covers_all() || w >= MAX_BAND;
        match run(&band, shapes, &cost) {
            Some(path) if widest || !band.touches_edge(&path) => return path,
            None if band.covers_all() => unreachable!("(1, 0) and (0, 1) connect every cell"),
            // No path inside the band (its rows always overlap, so this is not expected):
            // widen it, up to the whole table.
            _ => {}
        }
        w *= 2;
    }
}

/// The cells computed: for each row `i` the columns `lo[i]..=hi[i]`.
struct Band {
    n: usize,
    m: usize,
    lo: Vec<usize>,
    hi: Vec<usize>,
    /// Index of `(i, lo[i])` in the flat cell arrays.
    start: Vec<usize>,
}

impl Band {
    fn new(n: usize, m: usize, w: usize, centre: &[(usize, usize)]) -> Band {
        // Wide enough that consecutive rows overlap even for a steep diagonal.
        let w = w + m / n.max(1) + 1;
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        let mut start = Vec::with_capacity(n + 2);
        let mut total = 0;
        for &(cl, ch) in &centre[..=n] {
            let l = cl.saturating_sub(w);
            let h = (ch + w).min(m);
            lo.push(l);
            hi.push(h);
            start.push(total);
            total += h - l + 1;
        }
        start.push(total);
        Band {
            n,
            m,
            lo,
            hi,
            start,
        }
    }

    fn cells(&self) -> usize {
        self.start[self.n + 1]
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        (j >= self.lo[i] && j <= self.hi[i]).then(|| self.start[i] + j - self.lo[i])
    }

    fn covers_all(&self) -> bool {
        self.lo.iter().all(|&l| l == 0) && self.hi.iter().all(|&h| h == self.m)
    }

    fn touches_edge(&self, path: &[Step]) -> bool {
        path.iter().any(|&(i, j, _, _)| {
            (self.lo[i] > 0 && j < self.lo[i] + 2) || (self.hi[i] < self.m && j + 2 > self.hi[i])
        })
    }
}

fn run(
    band: &Band,
    shapes: &[(usize, usize)],
    cost: &impl Fn(usize, usize, usize, usize, f64) -> f64,
) -> Option<Vec<Step>> {
    let cells = band.cells();
    let mut best = vec![f64::INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    best[0] = 0.0;
    for i in 0..=band.n {
        for j in band.lo[i]..=band.hi[i] {
            let here = band.start[i] + j - band.lo[i];
            if i == 0 && j == 0 {
                continue;
            }
            for (s, &(a, b)) in shapes.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(from) = band.index(i - a, j - b) else {
                    continue;
                };
                if !best[from].is_finite() {
                    continue;
                }
                // The cost function may stop early once the bead cannot beat `best[here]`.
                let c = best[from] + cost(i - a, j - b, a, b, best[here] - best[from]);
                if c < best[here] {
                    best[here] = c;
                    back[here] = s as u8;
                }
            }
        }
    }
    if !best[cells - 1].is_finite() {
        return None;
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (band.n, band.m);
    while i > 0 || j > 0 {
        let here = band.index(i, j).expect("the path stays in the band");
        let (a, b) = shapes[back[here] as usize];
        i -= a;
        j -= b;
        path.push((i, j, a, b));
    }
    path.reverse();
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPES: &[(usize, usize)] = &[(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];

    /// Cost that wants Arabic sentence i with English sentence `target[i]` (a 1-1 bead).
    fn follow(target: &[Option<usize>]) -> impl Fn(usize, usize, usize, usize, f64) -> f64 + '_ {
        move |i, j, a, b, _| match (a, b) {
            (1, 1) if target[i] == Some(j) => 0.0,
            (1, 1) => 10.0,
            (1, 0) | (0, 1) => 3.0,
            _ => 20.0,
        }
    }

    fn check_cover(path: &[Step], n: usize, m: usize) {
        let (mut i, mut j) = (0, 0);
        for &(pi, pj, a, b) in path {
            assert_eq!((pi, pj), (i, j));
            i += a;
            j += b;
        }
        assert_eq!((i, j), (n, m));
    }

    #[test]
    fn identity_is_diagonal() {
        let t: Vec<Option<usize>> = (0..50).map(Some).collect();
        let p = best_path(50, 50, SHAPES, None, follow(&t));
        assert!(p.iter().all(|&(i, j, a, b)| i == j && a == 1 && b == 1));
    }

    #[test]
    fn far_off_diagonal_widens_the_band() {
        // 300 Arabic sentences; English has 200 extra sentences inserted after the 10th.
        let n = 300;
        let t: Vec<Option<usize>> = (0..n)
            .map(|i| Some(if i < 10 { i } else { i + 200 }))
            .collect();
        let p = best_path(n, n + 200, SHAPES, None, follow(&t));
        check_cover(&p, n, n + 200);
        let ones: Vec<_> = p.iter().filter(|s| s.2 == 1 && s.3 == 1).collect();
        assert_eq!(ones.len(), n);
        assert!(ones.iter().all(|&&(i, j, _, _)| t[i] == Some(j)));
        // Guided by its own path, a second pass finds the same path in a narrow band.
        assert_eq!(best_path(n, n + 200, SHAPES, Some(&p), follow(&t)), p);
    }

    #[test]
    fn the_band_stops_growing() {
        // Arabic sentence i wants English sentence i + 1000: far beyond the widest band. The
        // path stays inside the band and covers both sides.
        let n = 3000;
        let t: Vec<Option<usize>> = (0..n).map(|i| Some(i + 1000)).collect();
        let p = best_path(n, n, SHAPES, None, follow(&t));
        check_cover(&p, n, n);
        let band = Band::new(n, n, MAX_BAND, &(0..=n).map(|i| (i, i)).collect::<Vec<_>>());
        assert!(p.iter().all(|&(i, j, _, _)| band.index(i, j).is_some()));
    }

    #[test]
    fn empty_sides() {
        assert!(best_path(0, 0, SHAPES, None, |_, _, _, _, _| 0.0).is_empty());
        let p = best_path(3, 0, SHAPES, None, |_, _, _, _, _| 1.0);
        assert_eq!(p, vec![(0, 0, 1, 0), (1, 0, 1, 0), (2, 0, 1, 0)]);
        let p = best_path(0, 2, SHAPES, None, |_, _, _, _, _| 1.0);
        assert_eq!(p, vec![(0, 0, 0, 1), (0, 1, 0, 1)]);
    }
}
