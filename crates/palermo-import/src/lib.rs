//! Readers for outside formats. Each streams bytes into `palermo-model`
//! values plus row-level errors naming the file, line, field and reason. This
//! crate never touches the database.
//!
//! * [`glotip`]: UNODC's GLOTIP country data (CSV).
//! * [`ctdc`]: CTDC victim case microdata (2024 synthetic layout and the
//!   older k-anonymised layout).
//! * [`htcds`]: case records under the Human Trafficking Case Data Standard
//!   2.0 (CSV or JSON).
//! * [`reference`]: the bundled reference tables (countries, aliases,
//!   population, GLOTIP).

pub mod ctdc;
pub mod glotip;
pub mod htcds;
pub mod reference;
pub mod rows;
