//! `palermo serve`.

use std::net::SocketAddr;

use anyhow::Context;

/// Arguments of `palermo serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

/// Opens the database and serves until Ctrl-C.
pub fn run(db: &str, args: ServeArgs) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        // The bundled GLOTIP table loads in the background on first start,
        // so that the first page does not wait for it.
        let seeding = store.clone();
        tokio::spawn(async move {
            if let Err(e) = seeding.seed_statistics().await {
                tracing::error!("seeding the bundled GLOTIP statistics: {e}");
            }
        });
        eprintln!(
            "{}",
            crate::lang::tr!(
                "cli-serve-serving",
                addr = args.addr.to_string(),
                database = store.location().to_string()
            )
        );
        palermo_web::serve(store, args.addr)
            .await
            .with_context(|| crate::lang::tr!("cli-serve-serving-on", addr = args.addr.to_string()))
    })
}
