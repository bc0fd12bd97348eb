# Regenerates SparseMSE's own bootstrap samples (estimatepopulation, iseed=1234,
# nboot=1000: the same calls to set.seed and rmultinom) and saves each sample's
# counts (one column per input row) and SparseMSE's estimate on it.
# Usage: R_LIBS=/path/to/lib Rscript bootreps.R DATA.csv OUT.csv
suppressMessages(library(SparseMSE))
args <- commandArgs(TRUE)
d <- read.csv(args[1])
set.seed(1234)
n2 <- dim(d)[2]; cobs <- d[, n2]; nobs <- sum(cobs)
pe <- estimatepopulation.0(d, quantiles=NULL, pthresh=0.02)$estimate
out <- matrix(NA, 1000, length(cobs) + 1)
for (j in 1:1000) {
  counts <- rmultinom(1, nobs, cobs)
  zb <- cbind(d[, -n2], counts)
  out[j, ] <- c(counts, estimatepopulation.0(zb, quantiles=NULL, pthresh=0.02)$estimate)
}
colnames(out) <- c(paste0("row", 1:length(cobs)), "estimate")
write.csv(out, args[2], row.names=FALSE)
cat(args[1], "popest", pe, "mean(boot<popest)", mean(out[,ncol(out)] < pe), "\n")
