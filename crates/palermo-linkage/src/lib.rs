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

pub mod clk;
pub mod encode;
pub mod format;
pub mod schema;
pub mod tokenize;

pub use clk::{Clk, ClkError, ClkSet};
pub use encode::{EncodeError, Encoder};
pub use schema::{Schema, SchemaError};
