//! Privacy-preserving record linkage (PPRL) with Bloom-filter encodings.
//!
//! * [`schema`], [`format`], [`tokenize`], [`encode`]: clkhash 0.18
//!   compatible CLK encoding, bit for bit.
//! * [`clk`]: CLKs and packed CLK sets, clkhash's JSON format.
//! * [`similarity`], [`candidates`], [`blocking`]: Sørensen–Dice
//!   similarity, popcount-bound candidate generation, LSH blocking.
//! * [`solve`], [`link`]: anonlink's greedy solver, k-list clusters, capture
//!   histories and overlap counts.
//!
//! The crate is pure: no I/O, no global state, deterministic given a seed.

pub mod blocking;
pub mod candidates;
pub mod clk;
pub mod encode;
pub mod format;
pub mod link;
pub mod schema;
pub mod similarity;
pub mod solve;
pub mod tokenize;
pub mod vertical;

pub use blocking::LshParams;
pub use candidates::{candidate_pairs, similarity_histogram, Histogram, Pair, ScanStats};
pub use clk::{clks_to_json, identical_groups, Clk, ClkError, ClkSet};
pub use encode::{EncodeError, EncodeErrors, Encoder, MIN_SECRET_BYTES};
pub use link::{link, Blocking, LinkError, LinkOptions, Linkage, MatchedPair, PairCount};
pub use schema::{Schema, SchemaError};
pub use similarity::{dice, Kernel};
pub use solve::{greedy_solve, Candidate, RecordId, SolverOptions};
