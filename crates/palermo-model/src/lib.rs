//! Palermo's domain model: the words of the field as Rust types.
//!
//! This crate does no I/O, holds no global state and knows nothing of SQL,
//! HTTP or the terminal. Importers (`palermo-import`) turn outside formats into
//! these values; the store persists them; the web and CLI present them.
//!
//! * [`country`]: countries and territories (ISO 3166-1, UN M49) and the name
//!   index that resolves the names used by the UN Treaty Collection and UNODC.
//! * [`treaty`]: the UN Convention against Transnational Organized Crime
//!   (UNTOC) and its three Protocols, participants, signatures and consents to
//!   be bound.
//! * [`stats`]: national statistics in GLOTIP's terms (indicator, dimension,
//!   category, sex, age, year, censored counts).
//! * [`case`]: victim case records (HTCDS / CTDC), unknown kept apart from "no".
//! * [`indicator`]: totals, rates and corridors from both, with coverage.
//! * [`query`]: the parameters of a statistics query, parsed once for the
//!   CLI and the web, with their reasons (one message each).
//! * [`replacement`]: the rule that keeps a re-import from silently
//!   shrinking a dataset.
//! * [`csv_out`]: the one CSV writer of every CSV Palermo writes (quoting,
//!   and neutralising of formula injection).

pub mod case;
pub mod country;
pub mod csv_out;
pub mod date;
pub mod indicator;
pub mod query;
pub mod replacement;
pub mod sdmx;
pub mod snapshot;
pub mod stats;
pub mod treaty;

pub use country::{Country, CountryIndex, PopulationRecord};
pub use treaty::{ConsentType, Instrument, ParticipantStatus};
