"""Poisson log-linear fits solved to 50 significant digits (mpmath).

The reference SparseMSE stops R's glm when the relative deviance change is
below 1e-8; on sparse tables that leaves its standard error of the
intercept (and so its Wald limits) up to about 3e-5 from the maximum
likelihood fit's. This script solves the score equations X'(y - mu) = 0 of
the same models by Newton's method in 50-digit arithmetic, with SparseMSE's
treatment of empty overlaps (a term whose lists have nobody in common is
fitted as -infinity: its column and every cell containing it are dropped),
and prints the population estimate n_obs + exp(theta0) and the 95%
lognormal-Wald limits n_obs + exp(theta0 -+ z se(theta0)), se from the
inverse information X'WX at the fitted means.

Run from this folder: python converged.py > ../mle_converged.csv
(Python 3, mpmath 1.4.1).
"""

import csv
import itertools
import os
import sys

import mpmath

HERE = os.path.dirname(os.path.abspath(__file__))
mpmath.mp.dps = 50
Z = mpmath.mpf("1.959963984540054")  # qnorm(0.975) as a double, as the crate uses it



def models():
    """The models of sparsemse_reference.csv (the terms SparseMSE selected),
    then those of the stepwise thresholds 0.2 and 1 on Western (tests)."""
    seen = []
    with open(os.path.join(HERE, "..", "sparsemse_reference.csv")) as f:
        for row in csv.DictReader(f):
            t = row["interactions"]
            terms = [] if t.startswith("(") else t.split(" ")
            if (row["dataset"], terms) not in seen:
                seen.append((row["dataset"], terms))
    seen.append(("Western.csv", ["A:E", "D:E", "A:B"]))
    seen.append(("Western.csv", "all pairs"))
    return seen


def read(name):
    with open(os.path.join(HERE, "..", name)) as f:
        rows = list(csv.reader(f))
    lists = rows[0][:-1]
    counts = {}
    for r in rows[1:]:
        mask = tuple(int(x) for x in r[:-1])
        counts[mask] = counts.get(mask, 0) + int(r[-1])
    return lists, counts


def fit(name, terms):
    lists, counts = read(name)
    k = len(lists)
    if terms == "all pairs":
        terms = [f"{a}:{b}" for a, b in itertools.combinations(lists, 2)]
    idx = {n: i for i, n in enumerate(lists)}
    masks = {t: [idx[p] for p in t.split(":")] for t in terms}
    cells = [w for w in itertools.product((0, 1), repeat=k) if any(w)]

    def on(w, t):
        return all(w[p] for p in masks[t])

    empty = [t for t in terms if sum(counts.get(w, 0) for w in cells if on(w, t)) == 0]
    kept = [t for t in terms if t not in empty]
    cells = [w for w in cells if not any(on(w, t) for t in empty)]
    x = mpmath.matrix(
        [[1] + [w[i] for i in range(k)] + [int(on(w, t)) for t in kept] for w in cells]
    )
    y = [mpmath.mpf(counts.get(w, 0)) for w in cells]
    # start: least squares on log(y + 0.5), then Newton to 50 digits
    ly = mpmath.matrix([mpmath.log(v + mpmath.mpf("0.5")) for v in y])
    b = mpmath.lu_solve(x.T * x, x.T * ly)
    for _ in range(100):
        mu = [mpmath.exp(e) for e in x * b]
        score = x.T * mpmath.matrix([y[i] - mu[i] for i in range(len(y))])
        info = x.T * mpmath.diag(mu) * x
        step = mpmath.lu_solve(info, score)
        b += step
        if mpmath.norm(step, mpmath.inf) < mpmath.mpf(10) ** -45:
            break
    else:
        raise SystemExit(f"{name} {terms}: no convergence")
    mu = [mpmath.exp(e) for e in x * b]
    info = x.T * mpmath.diag(mu) * x
    se = mpmath.sqrt((info**-1)[0, 0])
    n = sum(y)
    th = b[0]
    return terms, n + mpmath.exp(th), n + mpmath.exp(th - Z * se), n + mpmath.exp(th + Z * se)


def main():
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["dataset", "interactions", "estimate", "wald_2_5", "wald_97_5", "source"])
    for name, terms in models():
        t, est, lo, hi = fit(name, terms)
        w.writerow(
            [name, " ".join(t)]
            + [mpmath.nstr(v, 17) for v in (est, lo, hi)]
            + [f"Newton at 50 digits, mpmath {mpmath.__version__} (tests/data/py/converged.py)"]
        )


if __name__ == "__main__":
    main()
