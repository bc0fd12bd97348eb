//! A small dense two-phase simplex for the existence check of Fienberg &
//! Rinaldo (2012).
//!
//! The existence LP (Fienberg & Rinaldo 2012, Ann. Statist. 40:996–1023,
//! p. 3 of the supplement, as corrected and implemented in SparseMSE's
//! `checkident`) is: maximise s subject to Aᵀx = Aᵀn, x_ω ≥ s, x ≥ 0,
//! s ≥ 0, where A is the design matrix and n the observed counts. The MLE
//! is finite iff s* > 0. Substituting x = y + s·1 gives the standard form
//! Aᵀy + s·Aᵀ1 = Aᵀn, y ≥ 0, s ≥ 0 with only as many rows as parameters,
//! which this module solves (Dantzig's rule with Bland's rule as the
//! anti-cycling fallback; Chvátal 1983, *Linear Programming*, ch. 3 and 8).

/// Solves min cᵀx subject to A x = b, x ≥ 0, with b ≥ 0, A dense
/// row-major `m × n`. Returns the optimal objective, or `None` when the
/// problem is infeasible or unbounded (or the pivot limit is hit).
pub(crate) fn simplex_min(a: &[f64], b: &[f64], c: &[f64], m: usize, n: usize) -> Option<f64> {
    let eps = 1e-9;
    let w = n + m + 1; // columns: x (n), artificials (m), rhs
    let mut t = vec![0.0; m * w];
    for i in 0..m {
        let sign = if b[i] < 0.0 { -1.0 } else { 1.0 };
        for j in 0..n {
            t[i * w + j] = sign * a[i * n + j];
        }
        t[i * w + n + i] = 1.0;
        t[i * w + n + m] = sign * b[i];
    }
    let mut basis: Vec<usize> = (n..n + m).collect();
    // Phase 1: minimise the sum of artificials.
    let mut cost1 = vec![0.0; n + m];
    for v in &mut cost1[n..] {
        *v = 1.0;
    }
    let bscale = b.iter().fold(1.0f64, |s, v| s.max(v.abs()));
    run_simplex(&mut t, &mut basis, &cost1, m, n + m, w, eps, n + m)?;
    let art: f64 = basis
        .iter()
        .enumerate()
        .filter(|(_, &bj)| bj >= n)
        .map(|(i, _)| t[i * w + n + m])
        .sum();
    if art > 1e-7 * bscale {
        return None;
    }
    // Drive artificials out of the basis where possible.
    for i in 0..m {
        if basis[i] >= n {
            if let Some(j) = (0..n).find(|&j| t[i * w + j].abs() > eps) {
                pivot(&mut t, m, w, i, j);
                basis[i] = j;
            }
        }
    }
    // Phase 2: artificials may not enter (columns n.. are barred).
    let mut cost2 = vec![0.0; n + m];
    cost2[..n].copy_from_slice(c);
    run_simplex(&mut t, &mut basis, &cost2, m, n, w, eps, n + m)?;
    let mut obj = 0.0;
    for i in 0..m {
        if basis[i] < n {
            obj += c[basis[i]] * t[i * w + n + m];
        }
    }
    Some(obj)
}

fn pivot(t: &mut [f64], m: usize, w: usize, r: usize, q: usize) {
    let pv = t[r * w + q];
    for j in 0..w {
        t[r * w + j] /= pv;
    }
    let (before, rest) = t.split_at_mut(r * w);
    let (row, after) = rest.split_at_mut(w);
    for (i, other) in before.chunks_mut(w).chain(after.chunks_mut(w)).enumerate() {
        let _ = i;
        let f = other[q];
        if f != 0.0 {
            for j in 0..w {
                other[j] -= f * row[j];
            }
        }
    }
    let _ = m;
}

#[allow(clippy::too_many_arguments)]
fn run_simplex(
    t: &mut [f64],
    basis: &mut [usize],
    cost: &[f64],
    m: usize,
    n_enter: usize,
    w: usize,
    eps: f64,
    ncols: usize,
) -> Option<()> {
    let rhs = w - 1;
    let mut degenerate_run = 0usize;
    let max_iter = 50 * (m + ncols) + 1000;
    let mut reduced = vec![0.0; ncols];
    for _ in 0..max_iter {
        // reduced costs r_j = c_j − c_Bᵀ B⁻¹ a_j
        reduced[..ncols].copy_from_slice(&cost[..ncols]);
        for i in 0..m {
            let cb = cost[basis[i]];
            if cb != 0.0 {
                let row = &t[i * w..i * w + ncols];
                for (r, v) in reduced.iter_mut().zip(row) {
                    *r -= cb * v;
                }
            }
        }
        let bland = degenerate_run > 50;
        let mut q = None;
        let mut best = -eps;
        for (j, &r) in reduced.iter().enumerate().take(n_enter) {
            if r < best {
                q = Some(j);
                if bland {
                    break;
                }
                best = r;
            }
        }
        let Some(q) = q else { return Some(()) };
        // ratio test
        let mut r = None;
        let mut best_ratio = f64::INFINITY;
        for i in 0..m {
            let a = t[i * w + q];
            if a > eps {
                let ratio = t[i * w + rhs] / a;
                if ratio < best_ratio - 1e-12
                    || (ratio <= best_ratio + 1e-12
                        && r.is_some_and(|rr: usize| basis[i] < basis[rr]))
                {
                    best_ratio = ratio;
                    r = Some(i);
                }
            }
        }
        let r = r?; // unbounded
        if best_ratio <= 1e-12 {
            degenerate_run += 1;
        } else {
            degenerate_run = 0;
        }
        pivot(t, m, w, r, q);
        basis[r] = q;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_lp() {
        // max x1 + x2 s.t. x1 + 2 x2 + s1 = 4, 3 x1 + x2 + s2 = 6 → (1.6, 1.2), 2.8
        let a = [1.0, 2.0, 1.0, 0.0, 3.0, 1.0, 0.0, 1.0];
        let v = simplex_min(&a, &[4.0, 6.0], &[-1.0, -1.0, 0.0, 0.0], 2, 4).unwrap();
        assert!((v + 2.8).abs() < 1e-12);
    }
}
