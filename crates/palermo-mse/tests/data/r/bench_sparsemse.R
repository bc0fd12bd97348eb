# The anchor of BENCHMARKS.md, "Multiple systems estimation (issue 4)".
# Usage (SparseMSE 2.0.1 and lpSolve installed, e.g. in a library named by R_LIBS):
#   R_LIBS=/path/to/lib Rscript bench_sparsemse.R [crates/palermo-mse/tests/data/UKdat.csv]
suppressMessages(library(SparseMSE))
args <- commandArgs(TRUE)
f <- if (length(args) > 0) args[1] else "crates/palermo-mse/tests/data/UKdat.csv"
d <- read.csv(f)
cat("SparseMSE", as.character(packageVersion("SparseMSE")), "lpSolve", as.character(packageVersion("lpSolve")), R.version.string, "\n")
t0 <- proc.time()[["elapsed"]]
e0 <- estimatepopulation.0(d, method="stepwise", quantiles=c(.025,.975))
t1 <- proc.time()[["elapsed"]]
cat("stepwise fit seconds", t1 - t0, "\n"); print(e0$estimate)
t0 <- proc.time()[["elapsed"]]
b <- estimatepopulation(d, nboot=1000, pthresh=0.02, iseed=1234)
t1 <- proc.time()[["elapsed"]]
cat("stepwise + BCa(1000) seconds", t1 - t0, "\n")
print(b$popest); print(b$ahat); print(b$BCaquantiles)
