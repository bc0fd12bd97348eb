//! CLK uploads (issue #12, item 7): a data provider's CLKs for one list of
//! a record linkage, held by its organisation. The CLKs are stored as the
//! clkhash JSON the web validated (`palermo_linkage::clk::ClkSet`); they
//! are Bloom-filter encodings, never identifiers, but still protected data:
//! only the organisation that uploaded them reads them back, by a public id
//! of 128 random bits, and a lookup by another organisation finds nothing.

use crate::accounts::{append, AuditContext};
use crate::cases::new_public_id;
use crate::db::{query, Row};
use crate::{Result, Store};

/// A new upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClkUpload<'a> {
    /// The owning organisation (`palermo_access::Organisation`'s text).
    pub organisation: &'a str,
    /// The list the CLKs are, as the uploader names it.
    pub list: &'a str,
    /// The uploaded file's base name.
    pub file: &'a str,
    /// Number of CLKs.
    pub clks: u64,
    /// Bits of each CLK.
    pub bits: u64,
    /// The CLKs as clkhash JSON (`{"clks": [base64, …]}`).
    pub data: &'a str,
    /// The uploading account's id.
    pub uploaded_by: i64,
}

/// An upload as stored, without its CLKs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClkUpload {
    /// Its identifier in URLs (128 random bits, hex).
    pub public_id: String,
    /// The owning organisation.
    pub organisation: String,
    /// The list.
    pub list: String,
    /// The file's base name.
    pub file: String,
    /// Number of CLKs.
    pub clks: u64,
    /// Bits of each CLK.
    pub bits: u64,
    /// The uploading account's id.
    pub uploaded_by: i64,
    /// When (unix seconds).
    pub uploaded_at: i64,
}

const COLUMNS: &str = "public_id, organisation, list, file, clks, bits, uploaded_by, uploaded_at";

fn upload_from_row(r: &Row) -> Result<ClkUpload> {
    Ok(ClkUpload {
        public_id: r.get("public_id")?,
        organisation: r.get("organisation")?,
        list: r.get("list")?,
        file: r.get("file")?,
        clks: r.get_u64("clks")?,
        bits: r.get_u64("bits")?,
        uploaded_by: r.get("uploaded_by")?,
        uploaded_at: r.get("uploaded_at")?,
    })
}

impl Store {
    /// Stores an upload and its audit entry (`clks.upload`: the public id
    /// and the count, never a CLK) in one transaction. Returns the public
    /// id. Nothing public reads CLKs: the change counter stays.
    ///
    /// # Errors
    /// Database errors.
    pub async fn store_clk_upload(
        &self,
        u: &NewClkUpload<'_>,
        ctx: &AuditContext,
    ) -> Result<String> {
        self.check_writable()?;
        let public_id = new_public_id()?;
        let mut tx = self.pool().begin_private_write().await?;
        tx.execute(
            query(
                "clk_uploads",
                "INSERT INTO clk_uploads (public_id, organisation, list, file, clks, bits, data, \
                 uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(public_id.as_str())
            .bind(u.organisation)
            .bind(u.list)
            .bind(u.file)
            .bind(i64::try_from(u.clks).unwrap_or(i64::MAX))
            .bind(i64::try_from(u.bits).unwrap_or(i64::MAX))
            .bind(u.data)
            .bind(u.uploaded_by)
            .bind(ctx.at),
        )
        .await?;
        append(
            &mut tx,
            ctx.event(
                "clks.upload",
                &format!("clk-upload:{public_id} ({} CLKs)", u.clks),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(public_id)
    }

    /// The uploads held by `organisation`, newest first (without CLKs).
    ///
    /// # Errors
    /// Database errors.
    pub async fn clk_uploads_of(&self, organisation: &str) -> Result<Vec<ClkUpload>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "clk_uploads",
                    format!(
                        "SELECT {COLUMNS} FROM clk_uploads WHERE organisation = $1 \
                         ORDER BY uploaded_at DESC, id DESC"
                    ),
                )
                .bind(organisation),
            )
            .await?;
        rows.iter().map(upload_from_row).collect()
    }

    /// The upload with public id `public_id` and its CLKs (clkhash JSON) if
    /// `organisation` holds it; `None` when there is none *or* another
    /// organisation holds it (answered alike, so that existence does not
    /// leak).
    ///
    /// # Errors
    /// Database errors.
    pub async fn clk_upload_of(
        &self,
        public_id: &str,
        organisation: &str,
    ) -> Result<Option<(ClkUpload, String)>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "clk_uploads",
                    format!(
                        "SELECT {COLUMNS}, data FROM clk_uploads \
                         WHERE public_id = $1 AND organisation = $2"
                    ),
                )
                .bind(public_id)
                .bind(organisation),
            )
            .await?;
        row.map(|r| Ok((upload_from_row(&r)?, r.get("data")?)))
            .transpose()
    }
}
