//! `palermo mse`: wiring for the multiple systems estimation crate.

/// Arguments of `palermo mse`.
#[derive(Debug, clap::Args)]
pub struct MseArgs {
    /// Capture-history table (CSV: one 0/1 column per list and a `count` column).
    pub file: std::path::PathBuf,
}

/// Runs `palermo mse`.
pub fn run(args: MseArgs) -> anyhow::Result<()> {
    anyhow::bail!(
        "palermo mse is not implemented yet ({})",
        args.file.display()
    )
}
