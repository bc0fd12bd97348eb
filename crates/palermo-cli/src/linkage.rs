//! `palermo linkage …`: wiring for the record linkage crate.

/// Subcommands of `palermo linkage`.
#[derive(Debug, clap::Subcommand)]
pub enum LinkageCommand {
    /// Encode identifiers into CLKs (not implemented yet).
    Encode,
}

/// Runs `palermo linkage …`.
pub fn run(cmd: LinkageCommand) -> anyhow::Result<()> {
    anyhow::bail!("palermo linkage {cmd:?} is not implemented yet")
}
