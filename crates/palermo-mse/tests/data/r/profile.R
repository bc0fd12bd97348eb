# Rcapture's profile-likelihood intervals for model Mt (= the main-effects
# log-linear model). Usage: R_LIBS=/path/to/lib Rscript profile.R (from the repository root)
suppressMessages(library(Rcapture))
for (f in c("UKdat.csv", "Western.csv")) {
  d <- read.csv(file.path("crates/palermo-mse/tests/data", f))
  print(closedpCI.t(d, dfreq=TRUE, m="Mt")$CI, digits=10)
}
