//! `palermo user …`, `palermo token …` and `palermo audit …`: accounts,
//! API tokens and the audit trail, from the server's own machine (issue
//! #12). The first administrator is made here; there is no default
//! password. Whoever runs these can write the database file, so they need
//! no sign-in; every change is recorded in the audit trail as `cli`.

use crate::lang::tr;
use std::io::{BufRead, Read, Write};

use anyhow::{bail, Context};
use palermo_access::{Organisation, Role, Scope};
use palermo_store::accounts::{AuditContext, AuditVerdict, NewUser, User};
use palermo_store::Store;

/// `palermo user …`.
#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from the first line of
    /// standard input with --password-stdin; otherwise one is generated and
    /// printed once (it is stored only as its Argon2id hash).
    Add {
        /// E-mail address (the sign-in name; unique, compared in lower case).
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// public, data-provider, national-focal-point, reviewer, analyst or
        /// administrator.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// The organisation the account acts for: state:ISO3, un:NAME,
        /// icat:NAME or agency:NAME (required for data providers, focal
        /// points and reviewers).
        #[arg(long, value_parser = parse_org)]
        org: Option<Organisation>,
        /// For a reviewer: the States whose answers it reads (ISO 3166-1
        /// alpha-3 codes, comma-separated).
        #[arg(long, value_delimiter = ',')]
        reviews: Vec<String>,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts (no secrets).
    List,
    /// Disable an account: its sessions end and its tokens are revoked.
    Disable {
        /// The account's id or e-mail.
        user: String,
    },
    /// Set a new password (from standard input with --password-stdin, else
    /// generated and printed once); ends the account's sessions and lifts a
    /// lock-out.
    ResetPassword {
        /// The account's id or e-mail.
        user: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
        /// Also remove the account's TOTP second factor (a lost device): it
        /// enrols again at its next sign-in.
        #[arg(long)]
        remove_totp: bool,
    },
}

/// `palermo token …`.
#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Create an API token for an account, printed once (stored only as its
    /// SHA-256). Scripts send it as `Authorization: Bearer TOKEN`.
    Create {
        /// The account's id or e-mail.
        #[arg(long)]
        user: String,
        /// A name to recognise it by.
        #[arg(long)]
        name: String,
        /// read (default) or read-write.
        #[arg(long, default_value = "read", value_parser = parse_scope)]
        scope: Scope,
    },
    /// List the tokens (never their secrets).
    List,
    /// Revoke a token: it stops working at once.
    Revoke {
        /// The token's id (from `token list`).
        id: i64,
    },
}

/// `palermo audit …`.
#[derive(Debug, clap::Subcommand)]
pub enum AuditCommand {
    /// Check the audit trail's hash chain: prints its length and last hash
    /// (note them outside the database to compare later), or names the
    /// first entry that does not hold and exits with 1.
    Verify,
    /// Write the audit trail (as stored, with its hashes) as CSV to
    /// standard output or --output.
    Export {
        /// Output format (csv).
        #[arg(long, value_enum, default_value = "csv")]
        format: ExportFormat,
        /// Write to this file instead of standard output (created 0600).
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
}

/// Formats of `audit export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values (RFC 4180).
    Csv,
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
        .map_err(|e: palermo_access::policy::UnknownRole| e.to_string())
}

fn parse_org(s: &str) -> Result<Organisation, String> {
    s.parse()
        .map_err(|e: palermo_access::policy::BadOrganisation| e.to_string())
}

fn parse_scope(s: &str) -> Result<Scope, String> {
    s.parse()
        .map_err(|e: palermo_access::policy::UnknownScope| e.to_string())
}

pub(crate) fn cli_context() -> AuditContext {
    AuditContext::cli(time::OffsetDateTime::now_utc().unix_timestamp())
}

/// The password from standard input's first line, or a generated one
/// (then `true`: it must be printed).
fn new_password(from_stdin: bool) -> anyhow::Result<(String, bool)> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .take(palermo_access::password::MAX_PASSWORD_BYTES as u64 + 2)
            .read_line(&mut line)
            .with_context(|| crate::lang::t("cli-user-reading-password"))?;
        let p = line.trim_end_matches(['\r', '\n']).to_owned();
        palermo_access::password::check_new_password(&p)
            .with_context(|| crate::lang::t("cli-user-password-stdin"))?;
        Ok((p, false))
    } else {
        Ok((palermo_access::token::random_password()?, true))
    }
}

async fn find_user(store: &Store, user: &str) -> anyhow::Result<User> {
    let found = match user.parse::<i64>() {
        Ok(id) => store.user(id).await?,
        Err(_) => store.user_by_email(user).await?,
    };
    found.with_context(|| crate::lang::t("cli-user-no-such-account"))
}

fn date(t: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|d| {
            d.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| t.to_string())
}

/// Runs `palermo user …`.
pub fn run_user(db: &str, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add {
            email,
            name,
            role,
            org,
            reviews,
            password_stdin,
        } => {
            if !email.contains('@') || email.len() > 254 || email.chars().any(char::is_whitespace) {
                bail!(crate::lang::t("cli-user-bad-email"));
            }
            if name.trim().is_empty() || name.chars().count() > 200 {
                bail!(crate::lang::t("cli-user-bad-name"));
            }
            if role == Role::Public {
                bail!(crate::lang::t("cli-user-public-role"));
            }
            if role.requires_organisation() && org.is_none() {
                bail!(tr!("cli-user-needs-org", role = role.as_str()));
            }
            let reviews: Vec<String> = reviews
                .iter()
                .map(|s| s.trim().to_ascii_uppercase())
                .collect();
            if !reviews.is_empty() && role != Role::Reviewer {
                bail!(crate::lang::t("cli-user-reviews-not-reviewer"));
            }
            if reviews
                .iter()
                .any(|r| r.len() != 3 || !r.bytes().all(|b| b.is_ascii_alphabetic()))
            {
                bail!(crate::lang::t("cli-user-bad-reviews"));
            }
            let (password, generated) = new_password(password_stdin)?;
            let password_hash = palermo_access::password::hash_password(&password)?;
            let user = NewUser {
                email,
                display_name: name,
                role: role.as_str().into(),
                organisation: org.map(|o| o.to_string()),
                reviews,
                password_hash,
            };
            crate::runtime()?.block_on(async {
                let store = crate::open_store(db).await?;
                let id = store.create_user(&user, &cli_context()).await;
                store.close().await;
                let id = id?;
                let mut out = std::io::stdout().lock();
                writeln!(
                    out,
                    "{}",
                    tr!(
                        "cli-user-created",
                        id = id.to_string(),
                        role = role.as_str()
                    )
                )?;
                if generated {
                    writeln!(
                        out,
                        "{}",
                        tr!("cli-user-password-once", password = password.as_str())
                    )?;
                }
                if role.requires_second_factor() {
                    writeln!(out, "{}", tr!("cli-user-enrol-totp", role = role.as_str()))?;
                }
                Ok(())
            })
        }
        UserCommand::List => crate::runtime()?.block_on(async {
            let store = crate::open_store(db).await?;
            let users = store.users().await;
            store.close().await;
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            let mut out = std::io::stdout().lock();
            writeln!(
                out,
                "id\temail\tname\trole\torganisation\tstate\ttotp\tcreated"
            )?;
            for u in users? {
                let state = if u.disabled_at.is_some() {
                    "disabled"
                } else if palermo_access::session::LockoutPolicy::is_locked(u.locked_until, now) {
                    "locked"
                } else {
                    "active"
                };
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{state}\t{}\t{}",
                    u.id,
                    u.email,
                    u.display_name,
                    u.role,
                    u.organisation.as_deref().unwrap_or("-"),
                    if u.totp_secret.is_some() { "yes" } else { "no" },
                    date(u.created_at)
                )?;
            }
            Ok(())
        }),
        UserCommand::Disable { user } => crate::runtime()?.block_on(async {
            let store = crate::open_store(db).await?;
            let r = async {
                let u = find_user(&store, &user).await?;
                if !store.disable_user(u.id, &cli_context()).await? {
                    bail!(tr!("cli-user-already-disabled", id = u.id.to_string()));
                }
                println!("{}", tr!("cli-user-disabled", id = u.id.to_string()));
                Ok(())
            }
            .await;
            store.close().await;
            r
        }),
        UserCommand::ResetPassword {
            user,
            password_stdin,
            remove_totp,
        } => {
            let (password, generated) = new_password(password_stdin)?;
            let hash = palermo_access::password::hash_password(&password)?;
            crate::runtime()?.block_on(async {
                let store = crate::open_store(db).await?;
                let r = async {
                    let u = find_user(&store, &user).await?;
                    let ctx = cli_context();
                    store
                        .set_password(u.id, &hash, "user.reset-password", &ctx)
                        .await?;
                    if remove_totp && u.totp_secret.is_some() {
                        store.set_totp(u.id, None, &ctx).await?;
                    }
                    let mut out = std::io::stdout().lock();
                    writeln!(
                        out,
                        "{}",
                        tr!("cli-user-password-reset", id = u.id.to_string())
                    )?;
                    if generated {
                        writeln!(
                            out,
                            "{}",
                            tr!("cli-user-password-once", password = password.as_str())
                        )?;
                    }
                    Ok(())
                }
                .await;
                store.close().await;
                r
            })
        }
    }
}

/// Runs `palermo token …`.
pub fn run_token(db: &str, cmd: TokenCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        let r = async {
            match cmd {
                TokenCommand::Create { user, name, scope } => {
                    if name.trim().is_empty() || name.chars().count() > 100 {
                        bail!(crate::lang::t("cli-token-bad-name"));
                    }
                    let u = find_user(&store, &user).await?;
                    if u.disabled_at.is_some() {
                        bail!(tr!("cli-token-account-disabled", id = u.id.to_string()));
                    }
                    let token = palermo_access::token::new_api_token()?;
                    let id = store
                        .create_token(
                            u.id,
                            &palermo_access::token::secret_digest(&token),
                            &name,
                            scope.as_str(),
                            &cli_context(),
                        )
                        .await?;
                    let mut out = std::io::stdout().lock();
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "cli-token-created",
                            id = id.to_string(),
                            scope = scope.as_str(),
                            account = u.id.to_string()
                        )
                    )?;
                    writeln!(out, "{}", tr!("cli-token-once", token = token.as_str()))?;
                }
                TokenCommand::List => {
                    let mut out = std::io::stdout().lock();
                    writeln!(out, "id\taccount\tname\tscope\tcreated\tlast used\tstate")?;
                    for t in store.tokens(None).await? {
                        writeln!(
                            out,
                            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                            t.id,
                            t.user_id,
                            t.name,
                            t.scope,
                            date(t.created_at),
                            t.last_used_at.map_or_else(|| "-".into(), date),
                            if t.revoked_at.is_some() {
                                "revoked"
                            } else {
                                "live"
                            }
                        )?;
                    }
                }
                TokenCommand::Revoke { id } => {
                    if !store.revoke_token(id, None, &cli_context()).await? {
                        bail!(tr!("cli-token-no-live", id = id.to_string()));
                    }
                    println!("{}", tr!("cli-token-revoked", id = id.to_string()));
                }
            }
            Ok(())
        }
        .await;
        store.close().await;
        r
    })
}

/// Runs `palermo audit …`.
pub fn run_audit(db: &str, cmd: AuditCommand) -> anyhow::Result<()> {
    crate::runtime()?.block_on(async {
        let store = crate::open_store(db).await?;
        let r = async {
            match cmd {
                AuditCommand::Verify => match store.verify_audit().await? {
                    AuditVerdict::Intact(head) => {
                        println!(
                            "{}",
                            tr!(
                                "cli-audit-intact",
                                entries = head.entries,
                                last = head.last_seq.to_string(),
                                hash = head.last_hash.as_str()
                            )
                        );
                        Ok(())
                    }
                    AuditVerdict::Broken(b) => {
                        bail!(tr!(
                            "cli-audit-broken",
                            seq = b.seq.to_string(),
                            reason =
                                palermo_web::reasons::chain_break(crate::lang::lang(), b.reason)
                        ))
                    }
                    AuditVerdict::Truncated { head, recorded_seq } => bail!(tr!(
                        "cli-audit-truncated",
                        seq = head.last_seq.to_string(),
                        recorded = recorded_seq
                    )),
                },
                AuditCommand::Export {
                    format: ExportFormat::Csv,
                    output,
                } => {
                    let entries = store.audit_entries().await?;
                    let sink: Box<dyn Write> = match &output {
                        Some(p) => Box::new(private_file(p)?),
                        None => Box::new(std::io::stdout().lock()),
                    };
                    let mut w =
                        palermo_model::csv_out::CsvWriter::new(std::io::BufWriter::new(sink));
                    w.write_record(palermo_access::audit::CSV_HEADER)?;
                    for e in &entries {
                        w.write_record(palermo_access::audit::csv_fields(e))?;
                    }
                    w.flush()?;
                    Ok(())
                }
            }
        }
        .await;
        store.close().await;
        r
    })
}

/// A new file readable by its owner only (0600).
fn private_file(p: &std::path::Path) -> anyhow::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(p)
        .with_context(|| tr!("cli-creating-file", file = p.display().to_string()))
}
