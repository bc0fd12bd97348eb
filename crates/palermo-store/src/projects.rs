//! Linkage projects (issue #17, item 1): a State party's privacy-preserving
//! record linkage across the CLK lists of member organisations, and its
//! runs. Migration 0014.
//!
//! A project holds its clkhash linkage schema with a KDF salt and info of
//! 256 random bits each, generated here and unique to the project (a
//! `UNIQUE` column), so that CLKs encoded for one project cannot be joined
//! with another's. Each member organisation holds at most one list: an
//! upload of [`crate::clks`] it owns, replaced or withdrawn by it alone. A
//! run keeps counts only (its report), never a CLK, a record or a secret.
//! Every upload, withdrawal, run and state change of a run is audited.

use base64::Engine as _;

use crate::accounts::{append, AuditContext};
use crate::cases::new_public_id;
use crate::db::{query, Row};
use crate::{Result, Store, StoreError};

/// A new project.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLinkageProject<'a> {
    /// ISO 3166-1 alpha-3 of the owner State party.
    pub owner_state: &'a str,
    /// The project's name.
    pub name: &'a str,
    /// A clkhash linkage schema (JSON, version 3) with a `clkConfig.kdf`
    /// object; its `salt` and `info` are replaced by the project's own.
    pub schema_json: &'a str,
    /// CLK length in bits the schema gives (`clkConfig.l`).
    pub bits: u64,
    /// Dice coefficient threshold of a match, in [0, 1].
    pub threshold: f64,
    /// Member organisations (`palermo_access::Organisation`'s text).
    pub members: &'a [&'a str],
    /// The creating account (the national focal point or analyst).
    pub created_by: i64,
}

/// A project as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkageProject {
    /// Its identifier in URLs (128 random bits, hex).
    pub public_id: String,
    /// ISO 3166-1 alpha-3 of the owner State party.
    pub owner_state: String,
    /// Name.
    pub name: String,
    /// The linkage schema (JSON) with the project's salt and info.
    pub schema_json: String,
    /// CLK length in bits.
    pub bits: u64,
    /// Dice coefficient threshold.
    pub threshold: f64,
    /// The creating account's id.
    pub created_by: i64,
    /// When (unix seconds).
    pub created_at: i64,
}

/// A member organisation and its current list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectMember {
    /// The organisation.
    pub organisation: String,
    /// Public id of its current upload, `None` before one or after a
    /// withdrawal.
    pub upload: Option<String>,
    /// Number of CLKs of that upload.
    pub clks: Option<u64>,
    /// When it was uploaded (unix seconds).
    pub uploaded_at: Option<i64>,
}

/// A run's state.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkageRun {
    /// Its identifier in URLs (128 random bits, hex).
    pub public_id: String,
    /// The project's public id.
    pub project: String,
    /// `queued`, `running`, `done`, `cancelled` or `failed`.
    pub status: String,
    /// Progress in [0, 1].
    pub progress: f64,
    /// The report (JSON, counts only) once done.
    pub report: Option<String>,
    /// The starting account's id.
    pub started_by: i64,
    /// When it started (unix seconds).
    pub started_at: i64,
    /// When it ended (unix seconds).
    pub finished_at: Option<i64>,
}

const PROJECT_COLUMNS: &str =
    "public_id, owner_state, name, schema_json, bits, threshold, created_by, created_at";

fn project_from_row(r: &Row) -> Result<LinkageProject> {
    Ok(LinkageProject {
        public_id: r.get("public_id")?,
        owner_state: r.get("owner_state")?,
        name: r.get("name")?,
        schema_json: r.get("schema_json")?,
        bits: r.get_u64("bits")?,
        threshold: r.get("threshold")?,
        created_by: r.get("created_by")?,
        created_at: r.get("created_at")?,
    })
}

fn random_b64() -> Result<String> {
    palermo_access::random::bytes::<32>()
        .map(|b| base64::engine::general_purpose::STANDARD.encode(b))
        .map_err(|e| StoreError::Rejected(e.to_string()))
}

/// The schema with `clkConfig.kdf.salt` and `.info` set.
fn with_kdf(schema_json: &str, salt: &str, info: &str) -> Result<String> {
    let mut v: serde_json::Value = serde_json::from_str(schema_json)
        .map_err(|e| StoreError::Rejected(format!("linkage schema: not JSON ({e})")))?;
    let kdf = v
        .get_mut("clkConfig")
        .and_then(|c| c.get_mut("kdf"))
        .and_then(serde_json::Value::as_object_mut)
        .ok_or_else(|| {
            StoreError::Rejected("linkage schema: field clkConfig.kdf: missing".into())
        })?;
    kdf.insert("salt".into(), salt.into());
    kdf.insert("info".into(), info.into());
    Ok(v.to_string())
}

fn i64_of(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// Creates a project with its own KDF salt and info, its members
    /// (without lists), and its audit entry (`linkage.project`).
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the schema is not JSON or has no
    /// `clkConfig.kdf`, the threshold is outside [0, 1] or no member is
    /// named; database errors.
    pub async fn create_linkage_project(
        &self,
        p: &NewLinkageProject<'_>,
        ctx: &AuditContext,
    ) -> Result<LinkageProject> {
        self.check_writable()?;
        if !(0.0..=1.0).contains(&p.threshold) {
            return Err(StoreError::Rejected(
                "linkage project: field threshold: outside [0, 1]".into(),
            ));
        }
        if p.members.is_empty() {
            return Err(StoreError::Rejected(
                "linkage project: field members: none named".into(),
            ));
        }
        let (salt, info) = (random_b64()?, random_b64()?);
        let schema = with_kdf(p.schema_json, &salt, &info)?;
        let public_id = new_public_id()?;
        let mut tx = self.pool().begin_private_write().await?;
        let row = tx
            .fetch_one(
                query(
                    "linkage_projects",
                    "INSERT INTO linkage_projects (public_id, owner_state, name, schema_json, \
                     kdf_salt, kdf_info, bits, threshold, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(public_id.as_str())
                .bind(p.owner_state)
                .bind(p.name)
                .bind(schema.as_str())
                .bind(salt.as_str())
                .bind(info.as_str())
                .bind(i64_of(p.bits))
                .bind(p.threshold)
                .bind(p.created_by)
                .bind(ctx.at),
            )
            .await?;
        let id: i64 = row.get("id")?;
        for m in p.members {
            tx.execute(
                query(
                    "linkage_project_members",
                    "INSERT INTO linkage_project_members (project_id, organisation, added_at) \
                     VALUES ($1, $2, $3)",
                )
                .bind(id)
                .bind(*m)
                .bind(ctx.at),
            )
            .await?;
        }
        append(
            &mut tx,
            ctx.event(
                "linkage.project",
                &format!("linkage-project:{public_id} ({} members)", p.members.len()),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(LinkageProject {
            public_id,
            owner_state: p.owner_state.to_owned(),
            name: p.name.to_owned(),
            schema_json: schema,
            bits: p.bits,
            threshold: p.threshold,
            created_by: p.created_by,
            created_at: ctx.at,
        })
    }

    /// The project with public id `public_id`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn linkage_project(&self, public_id: &str) -> Result<Option<LinkageProject>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "linkage_projects",
                    format!("SELECT {PROJECT_COLUMNS} FROM linkage_projects WHERE public_id = $1"),
                )
                .bind(public_id),
            )
            .await?;
        row.map(|r| project_from_row(&r)).transpose()
    }

    /// The members of a project and their current lists (counts and dates,
    /// never CLKs), by organisation.
    ///
    /// # Errors
    /// Database errors.
    pub async fn linkage_project_members(&self, project: &str) -> Result<Vec<ProjectMember>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "linkage_project_members",
                    "SELECT m.organisation, u.public_id AS upload, u.clks, u.uploaded_at \
                     FROM linkage_project_members m \
                     JOIN linkage_projects p ON p.id = m.project_id \
                     LEFT JOIN clk_uploads u ON u.id = m.upload_id \
                     WHERE p.public_id = $1 ORDER BY m.organisation",
                )
                .bind(project),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let clks: Option<i64> = r.get("clks")?;
                Ok(ProjectMember {
                    organisation: r.get("organisation")?,
                    upload: r.get("upload")?,
                    clks: clks.map(|n| u64::try_from(n).unwrap_or(0)),
                    uploaded_at: r.get("uploaded_at")?,
                })
            })
            .collect()
    }

    /// Makes `upload` (a CLK upload `organisation` holds) the member's list
    /// in `project`, replacing any earlier one; audited
    /// (`linkage.upload`).
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the project does not exist or
    /// `organisation` is not a member, the upload is not `organisation`'s
    /// (answered alike: "no such upload"), or its CLK length is not the
    /// project's; database errors.
    pub async fn set_linkage_member_upload(
        &self,
        project: &str,
        organisation: &str,
        upload: &str,
        ctx: &AuditContext,
    ) -> Result<()> {
        self.check_writable()?;
        let p = self.member_project(project, organisation).await?;
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "clk_uploads",
                    "SELECT id, bits FROM clk_uploads WHERE public_id = $1 AND organisation = $2",
                )
                .bind(upload)
                .bind(organisation),
            )
            .await?
            .ok_or_else(|| StoreError::Rejected("linkage upload: no such upload".into()))?;
        let bits = row.get_u64("bits")?;
        if bits != p.1 {
            return Err(StoreError::Rejected(format!(
                "linkage upload: field bits: CLKs of {bits} bits, the project's schema gives {}",
                p.1
            )));
        }
        let upload_id: i64 = row.get("id")?;
        let mut tx = self.pool().begin_private_write().await?;
        tx.execute(
            query(
                "linkage_project_members",
                "UPDATE linkage_project_members SET upload_id = $1 \
                 WHERE project_id = $2 AND organisation = $3",
            )
            .bind(upload_id)
            .bind(p.0)
            .bind(organisation),
        )
        .await?;
        append(
            &mut tx,
            ctx.event(
                "linkage.upload",
                &format!("linkage-project:{project} clk-upload:{upload}"),
            ),
        )
        .await?;
        tx.commit().await
    }

    /// Withdraws the member's list from `project`; audited
    /// (`linkage.withdraw`).
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the project does not exist or
    /// `organisation` is not a member; database errors.
    pub async fn withdraw_linkage_member_upload(
        &self,
        project: &str,
        organisation: &str,
        ctx: &AuditContext,
    ) -> Result<()> {
        self.check_writable()?;
        let p = self.member_project(project, organisation).await?;
        let mut tx = self.pool().begin_private_write().await?;
        tx.execute(
            query(
                "linkage_project_members",
                "UPDATE linkage_project_members SET upload_id = NULL \
                 WHERE project_id = $1 AND organisation = $2",
            )
            .bind(p.0)
            .bind(organisation),
        )
        .await?;
        append(
            &mut tx,
            ctx.event(
                "linkage.withdraw",
                &format!("linkage-project:{project} organisation:{organisation}"),
            ),
        )
        .await?;
        tx.commit().await
    }

    /// (project id, bits) when `organisation` is a member of `project`.
    async fn member_project(&self, project: &str, organisation: &str) -> Result<(i64, u64)> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "linkage_projects",
                    "SELECT p.id, p.bits FROM linkage_projects p \
                     JOIN linkage_project_members m ON m.project_id = p.id \
                     WHERE p.public_id = $1 AND m.organisation = $2",
                )
                .bind(project)
                .bind(organisation),
            )
            .await?
            .ok_or_else(|| {
                StoreError::Rejected("linkage project: no such project for this member".into())
            })?;
        Ok((row.get("id")?, row.get_u64("bits")?))
    }

    /// Starts a run of `project` (status `queued`, progress 0); audited
    /// (`linkage.run`). Returns the run's public id.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the project does not exist; database
    /// errors.
    pub async fn start_linkage_run(
        &self,
        project: &str,
        started_by: i64,
        ctx: &AuditContext,
    ) -> Result<String> {
        self.check_writable()?;
        let public_id = new_public_id()?;
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query(
                    "linkage_runs",
                    "INSERT INTO linkage_runs (public_id, project_id, status, progress, \
                     started_by, started_at) \
                     SELECT $1, id, 'queued', 0, $2, $3 FROM linkage_projects WHERE public_id = $4",
                )
                .bind(public_id.as_str())
                .bind(started_by)
                .bind(ctx.at)
                .bind(project),
            )
            .await?;
        if n == 0 {
            return Err(StoreError::Rejected("linkage run: no such project".into()));
        }
        append(
            &mut tx,
            ctx.event(
                "linkage.run",
                &format!("linkage-project:{project} linkage-run:{public_id}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(public_id)
    }

    /// Records a run's progress (status `running`), unless it has ended
    /// (cancelled runs stay cancelled). Returns whether the run is still
    /// live: a background job stops when this is `false`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn linkage_run_progress(&self, run: &str, progress: f64) -> Result<bool> {
        let n = self
            .pool()
            .execute_private(
                query(
                    "linkage_runs",
                    "UPDATE linkage_runs SET status = 'running', progress = $1 \
                     WHERE public_id = $2 AND status IN ('queued', 'running')",
                )
                .bind(progress.clamp(0.0, 1.0))
                .bind(run),
            )
            .await?;
        Ok(n > 0)
    }

    /// Ends a live run with `status` (`done`, `cancelled` or `failed`) and
    /// its report (counts only); audited (`linkage.run.STATUS`). Returns
    /// `false` when the run had already ended.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] for another status; database errors.
    pub async fn finish_linkage_run(
        &self,
        run: &str,
        status: &str,
        report: Option<&str>,
        ctx: &AuditContext,
    ) -> Result<bool> {
        self.check_writable()?;
        if !matches!(status, "done" | "cancelled" | "failed") {
            return Err(StoreError::Rejected(
                "linkage run: field status: not done, cancelled or failed".into(),
            ));
        }
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query(
                    "linkage_runs",
                    "UPDATE linkage_runs SET status = $1, report = $2, finished_at = $3, \
                     progress = CASE WHEN $5 THEN 1 ELSE progress END \
                     WHERE public_id = $4 AND status IN ('queued', 'running')",
                )
                .bind(status)
                .bind(report)
                .bind(ctx.at)
                .bind(run)
                .bind(status == "done"),
            )
            .await?;
        if n == 0 {
            return Ok(false);
        }
        append(
            &mut tx,
            ctx.event(
                &format!("linkage.run.{status}"),
                &format!("linkage-run:{run}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The run with public id `run`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn linkage_run(&self, run: &str) -> Result<Option<LinkageRun>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "linkage_runs",
                    "SELECT r.public_id, p.public_id AS project, r.status, r.progress, r.report, \
                     r.started_by, r.started_at, r.finished_at \
                     FROM linkage_runs r JOIN linkage_projects p ON p.id = r.project_id \
                     WHERE r.public_id = $1",
                )
                .bind(run),
            )
            .await?;
        row.map(|r| {
            Ok(LinkageRun {
                public_id: r.get("public_id")?,
                project: r.get("project")?,
                status: r.get("status")?,
                progress: r.get("progress")?,
                report: r.get("report")?,
                started_by: r.get("started_by")?,
                started_at: r.get("started_at")?,
                finished_at: r.get("finished_at")?,
            })
        })
        .transpose()
    }
}
