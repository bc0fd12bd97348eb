//! Small dense linear algebra: Cholesky factorisation, solves, inverse and
//! numerical rank of symmetric positive semi-definite matrices (row-major
//! `p × p` slices). Golub & Van Loan (2013), *Matrix Computations*, 4th ed.,
//! Algorithm 4.2.1 (Cholesky) and §5.4.2 (rank by pivoted factorisation).

/// Cholesky factor L (lower, row-major) of a symmetric positive definite
/// `p × p` matrix `a`, or `None` if a pivot is not positive.
pub(crate) fn cholesky(a: &[f64], p: usize) -> Option<Vec<f64>> {
    cholesky_tol(a, p, 1e-13)
}

/// Cholesky with a relative pivot tolerance: fails when a pivot falls below
/// `tol` times its original diagonal entry (a rank test for PSD matrices).
pub(crate) fn cholesky_tol(a: &[f64], p: usize, tol: f64) -> Option<Vec<f64>> {
    let mut l = vec![0.0; p * p];
    for j in 0..p {
        let mut d = a[j * p + j];
        for k in 0..j {
            d -= l[j * p + k] * l[j * p + k];
        }
        if d.is_nan() || d <= tol * a[j * p + j].abs().max(f64::MIN_POSITIVE) {
            return None;
        }
        let d = d.sqrt();
        l[j * p + j] = d;
        for i in j + 1..p {
            let mut s = a[i * p + j];
            for k in 0..j {
                s -= l[i * p + k] * l[j * p + k];
            }
            l[i * p + j] = s / d;
        }
    }
    Some(l)
}

/// Solves L Lᵀ x = b in place.
pub(crate) fn chol_solve(l: &[f64], p: usize, b: &mut [f64]) {
    for i in 0..p {
        let mut s = b[i];
        for k in 0..i {
            s -= l[i * p + k] * b[k];
        }
        b[i] = s / l[i * p + i];
    }
    for i in (0..p).rev() {
        let mut s = b[i];
        for k in i + 1..p {
            s -= l[k * p + i] * b[k];
        }
        b[i] = s / l[i * p + i];
    }
}

/// Inverse (L Lᵀ)⁻¹ as a full row-major matrix.
pub(crate) fn chol_inverse(l: &[f64], p: usize) -> Vec<f64> {
    let mut inv = vec![0.0; p * p];
    let mut e = vec![0.0; p];
    for j in 0..p {
        e.iter_mut().for_each(|x| *x = 0.0);
        e[j] = 1.0;
        chol_solve(l, p, &mut e);
        for i in 0..p {
            inv[i * p + j] = e[i];
        }
    }
    inv
}

/// Numerical rank of a symmetric positive semi-definite matrix by Cholesky
/// with diagonal pivoting; pivots below `tol · max diagonal` count as zero.
pub(crate) fn psd_rank(a: &[f64], p: usize, tol: f64) -> usize {
    if cholesky_tol(a, p, tol).is_some() {
        return p;
    }
    let mut m = a.to_vec();
    let scale = (0..p).map(|i| m[i * p + i]).fold(0.0f64, f64::max);
    if scale <= 0.0 {
        return 0;
    }
    let mut used = vec![false; p];
    let mut rank = 0;
    for _ in 0..p {
        let mut best = None;
        let mut bv = tol * scale;
        for i in 0..p {
            if !used[i] && m[i * p + i] > bv {
                bv = m[i * p + i];
                best = Some(i);
            }
        }
        let Some(q) = best else { break };
        used[q] = true;
        rank += 1;
        let d = m[q * p + q];
        let col: Vec<f64> = (0..p).map(|i| m[i * p + q]).collect();
        for i in 0..p {
            if used[i] {
                continue;
            }
            for j in 0..p {
                if used[j] {
                    continue;
                }
                m[i * p + j] -= col[i] * col[j] / d;
            }
        }
    }
    rank
}

/// Basis of the null space of a symmetric `p × p` matrix by Gauss–Jordan
/// elimination with partial pivoting; entries below `tol · max |a|` count as
/// zero. Returns one vector (length p) per free column.
pub(crate) fn null_space(a: &[f64], p: usize, tol: f64) -> Vec<Vec<f64>> {
    let mut m = a.to_vec();
    let scale = m.iter().fold(0.0f64, |s, v| s.max(v.abs()));
    if scale == 0.0 {
        return (0..p)
            .map(|i| (0..p).map(|j| f64::from(u8::from(i == j))).collect())
            .collect();
    }
    let eps = tol * scale;
    let mut pivots: Vec<usize> = Vec::new();
    let mut row = 0;
    for col in 0..p {
        if row == p {
            break;
        }
        let (r, v) = (row..p)
            .map(|r| (r, m[r * p + col].abs()))
            .fold((row, -1.0), |b, x| if x.1 > b.1 { x } else { b });
        if v <= eps {
            continue;
        }
        for j in 0..p {
            m.swap(row * p + j, r * p + j);
        }
        let pv = m[row * p + col];
        for j in 0..p {
            m[row * p + j] /= pv;
        }
        for i in 0..p {
            if i != row {
                let f = m[i * p + col];
                if f != 0.0 {
                    for j in 0..p {
                        m[i * p + j] -= f * m[row * p + j];
                    }
                }
            }
        }
        pivots.push(col);
        row += 1;
    }
    let free: Vec<usize> = (0..p).filter(|c| !pivots.contains(c)).collect();
    free.iter()
        .map(|&f| {
            let mut v = vec![0.0; p];
            v[f] = 1.0;
            for (i, &c) in pivots.iter().enumerate() {
                v[c] = -m[i * p + f];
            }
            v
        })
        .collect()
}
