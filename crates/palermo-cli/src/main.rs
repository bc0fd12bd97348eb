//! `palermo`: the platform's one binary. Each subcommand is a role.
//!
//! This crate parses arguments and wires the library crates together; it
//! holds no domain logic.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod linkage;
mod mse;

/// Palermo: treaty status, trafficking statistics, record linkage and
/// multiple systems estimation for the fight against trafficking in persons.
#[derive(Debug, Parser)]
#[command(name = "palermo", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// SQLite database file (created, migrated and seeded on first use).
    #[arg(long, global = true, env = "PALERMO_DB", default_value = "palermo.db")]
    db: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Multiple systems estimation: estimate the hidden number of victims
    /// from the overlaps between lists.
    Mse(mse::MseArgs),
    /// Privacy-preserving record linkage with Bloom-filter CLKs.
    #[command(subcommand)]
    Linkage(linkage::LinkageCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Mse(args) => mse::run(args),
        Command::Linkage(cmd) => linkage::run(cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
