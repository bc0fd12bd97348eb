//! What the upload page and the API share: the checks of names and file
//! names, reading case records through the one reader of `palermo cases
//! import` ([`palermo_import::cases::CaseReader`]), and validating CLKs
//! with the reader of `palermo linkage match`
//! ([`palermo_linkage::clk::ClkSet`]). Messages are Fluent's
//! (`provider.ftl`); a rejected row is named by line, field and reason,
//! never by its value.

use palermo_i18n::{t, t_args, FluentArgs, Lang};
use palermo_import::cases::{CaseFormat, CaseReader};
use palermo_import::ctdc::CaseOptions;
use palermo_import::rows::RowError;
use palermo_store::accounts::AuditContext;
use palermo_store::cases::ImportBy;
use palermo_store::clks::NewClkUpload;
use palermo_store::stats::{DatahubError, ImportMode, ImportSink};
use palermo_store::{Store, StoreError};

use crate::error::WebError;

/// Largest upload (a case-record file or a CLK file), bytes: 16 MiB. A
/// larger body is answered 413 before it is read to its end; larger files
/// go through `palermo cases import` on the database's machine.
pub const MAX_UPLOAD_BYTES: usize = 16 << 20;

/// Rejected rows listed in an answer (all are counted).
pub const LISTED_REJECTIONS: usize = 50;

/// A message with one argument.
pub(crate) fn t1(lang: Lang, key: &str, name: &str, value: impl Into<String>) -> String {
    let mut a = FluentArgs::new();
    a.set(name, value.into());
    t_args(lang, key, &a)
}

/// A message with arguments.
pub(crate) fn tn(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    t_args(lang, key, &a)
}

/// A source or list name as a provider gives it: 1–100 characters, no
/// control character and no `/` (the store's source name is
/// `ORGANISATION/NAME`, see [`stored_source`]).
///
/// # Errors
/// [`WebError::BadRequest`] saying what a name must be.
pub fn check_name(lang: Lang, name: &str) -> Result<String, WebError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 100 || n.chars().any(|c| c.is_control() || c == '/') {
        return Err(WebError::BadRequest(t(lang, "provider-err-name")));
    }
    Ok(n.to_owned())
}

/// The source name stored for `name` of `organisation`: the organisation
/// first (`agency:ngo-a/police-2024`), so that two organisations' sources
/// never share a name and one never replaces the other's.
pub fn stored_source(organisation: &str, name: &str) -> String {
    format!("{organisation}/{name}")
}

/// The name a provider gave a stored source (what follows the
/// organisation's prefix).
pub fn shown_source<'a>(organisation: &str, stored: &'a str) -> &'a str {
    stored
        .strip_prefix(organisation)
        .and_then(|s| s.strip_prefix('/'))
        .unwrap_or(stored)
}

/// The base name of an uploaded file as the client named it: whatever
/// follows the last `/` or `\` (a name such as `../../etc/passwd` keeps
/// `passwd`), without control characters, at most 100 characters;
/// `upload` when nothing is left. Palermo never writes an uploaded file
/// to disk; the name is only stored and shown (escaped).
pub fn base_file_name(name: Option<&str>) -> String {
    let name = name.unwrap_or_default();
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(100).collect();
    let clean = clean.trim().trim_start_matches('.').to_owned();
    if clean.is_empty() {
        "upload".to_owned()
    } else {
        clean
    }
}

/// The format named by `format`.
///
/// # Errors
/// [`WebError::BadRequest`] naming the three formats.
pub fn check_format(lang: Lang, format: &str) -> Result<CaseFormat, WebError> {
    format
        .trim()
        .parse()
        .map_err(|_| WebError::BadRequest(t(lang, "provider-err-format")))
}

/// A rejected row as an answer lists it: line, field, reason (never the
/// value).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    /// 1-based line (the header is line 1).
    pub line: u64,
    /// The field at fault, if one is.
    pub field: Option<String>,
    /// Why (the importer's words).
    pub reason: String,
}

impl From<&RowError> for Rejection {
    fn from(e: &RowError) -> Self {
        Self {
            line: e.line,
            field: e.field.clone(),
            reason: e.reason.clone(),
        }
    }
}

/// Collects the first [`LISTED_REJECTIONS`] rejected rows.
#[derive(Debug, Default)]
struct Rejections(Vec<Rejection>);

impl ImportSink for Rejections {
    fn rejected(&mut self, e: &RowError) {
        if self.0.len() < LISTED_REJECTIONS {
            self.0.push(e.into());
        }
    }
    fn warning(&mut self, _: &RowError) {}
    fn progress(&mut self, _: u64) {}
}

/// The outcome of an import: what the page and the API show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportOutcome {
    /// The source's name as the provider gave it.
    pub source: String,
    /// Its identifier in URLs.
    pub id: Option<String>,
    /// Rows read, stored, rejected.
    pub rows_read: u64,
    /// Rows stored.
    pub stored: u64,
    /// Rows rejected.
    pub rejected: u64,
    /// Records of the previous import that were replaced.
    pub replaced: u64,
    /// Columns the layout does not know (ignored).
    pub unknown_columns: usize,
    /// The first rejected rows.
    pub rejections: Vec<Rejection>,
}

/// Imports `bytes` (named `file`) as source `name` of `organisation`,
/// through [`CaseReader`] and `Store::import_cases` (one transaction,
/// with its audit entry). A file that cannot be read, or with no row to
/// store, is refused whole (400).
///
/// # Errors
/// [`WebError::BadRequest`] with the reason (file, line, field, never a
/// value); internal errors.
#[allow(clippy::too_many_arguments)]
pub async fn import_cases(
    store: &Store,
    lang: Lang,
    organisation: &str,
    name: &str,
    file: &str,
    format: CaseFormat,
    bytes: &[u8],
    ctx: &AuditContext,
) -> Result<ImportOutcome, WebError> {
    let source = stored_source(organisation, name);
    let index = store.country_index().await?;
    let max_year = time::OffsetDateTime::now_utc().year();
    let opts = CaseOptions {
        source: source.clone(),
        max_year,
    };
    let unreadable = |reason: String| {
        WebError::BadRequest(t1(lang, "provider-err-unreadable", "reason", reason))
    };
    let reader = CaseReader::open(format, file, bytes, &index, opts)
        .map_err(|e| unreadable(e.to_string()))?;
    let unknown_columns = reader.unknown_columns().len();
    let mut sink = Rejections::default();
    let by = ImportBy {
        organisation: Some(organisation),
        audit: ctx,
    };
    let mode = ImportMode {
        strict: false,
        force: false,
    };
    let summary = store
        .import_cases(&source, file, format.name(), reader, mode, &mut sink, &by)
        .await
        .map_err(|e| match e {
            DatahubError::Store(StoreError::Rejected(_)) => {
                WebError::BadRequest(t(lang, "provider-err-held"))
            }
            DatahubError::Store(e) => e.into(),
            DatahubError::Report(e) => WebError::Internal(e.to_string()),
            e @ (DatahubError::Strict(_)
            | DatahubError::File(_)
            | DatahubError::NoRows { .. }
            | DatahubError::Shrink { .. }) => unreadable(e.to_string()),
        })?;
    let id = store
        .case_sources_of(organisation)
        .await?
        .into_iter()
        .find(|s| s.source == source)
        .and_then(|s| s.public_id);
    Ok(ImportOutcome {
        source: name.to_owned(),
        id,
        rows_read: summary.rows_read,
        stored: summary.stored,
        rejected: summary.rejected,
        replaced: summary.replaced,
        unknown_columns,
        rejections: sink.0,
    })
}

/// What an accepted CLK upload was.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClkOutcome {
    /// Its identifier in URLs.
    pub id: String,
    /// The list.
    pub list: String,
    /// Number of CLKs.
    pub clks: u64,
    /// Bits of each.
    pub bits: u64,
}

/// The CLKs of an uploaded file, and nothing else of it.
#[derive(serde::Deserialize, serde::Serialize)]
struct ClksOnly {
    clks: Vec<String>,
}

/// Validates `bytes` as clkhash JSON with [`palermo_linkage::clk::ClkSet`]
/// (the reader of `palermo linkage match`) and stores its CLKs, and only
/// them (any other key of the file is dropped), as list `list` of
/// `organisation`, with the audit entry.
///
/// # Errors
/// [`WebError::BadRequest`] with the reason; internal errors.
#[allow(clippy::too_many_arguments)]
pub async fn upload_clks(
    store: &Store,
    lang: Lang,
    organisation: &str,
    list: &str,
    file: &str,
    bytes: &[u8],
    uploaded_by: i64,
    ctx: &AuditContext,
) -> Result<ClkOutcome, WebError> {
    let bad =
        |reason: String| WebError::BadRequest(t1(lang, "provider-err-clks", "reason", reason));
    let set =
        palermo_linkage::clk::ClkSet::from_json_slice(bytes).map_err(|e| bad(e.to_string()))?;
    let only: ClksOnly = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    let data = serde_json::to_string(&only).map_err(|e| WebError::Internal(e.to_string()))?;
    let (clks, bits) = (set.len() as u64, set.bits() as u64);
    let id = store
        .store_clk_upload(
            &NewClkUpload {
                organisation,
                list,
                file,
                clks,
                bits,
                data: &data,
                uploaded_by,
            },
            ctx,
        )
        .await?;
    Ok(ClkOutcome {
        id,
        list: list.to_owned(),
        clks,
        bits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_their_path() {
        assert_eq!(base_file_name(Some("../../etc/passwd")), "passwd");
        assert_eq!(base_file_name(Some("C:\\Users\\x\\cases.csv")), "cases.csv");
        assert_eq!(base_file_name(Some("..")), "upload");
        assert_eq!(base_file_name(Some("a\u{0}b\n.csv")), "ab.csv");
        assert_eq!(base_file_name(None), "upload");
    }

    #[test]
    fn names_are_checked_and_prefixed() {
        assert!(check_name(Lang::En, " police-2024 ").is_ok());
        assert!(check_name(Lang::En, "").is_err());
        assert!(check_name(Lang::En, "a/b").is_err());
        assert!(check_name(Lang::En, &"x".repeat(101)).is_err());
        let s = stored_source("agency:ngo-a", "police");
        assert_eq!(s, "agency:ngo-a/police");
        assert_eq!(shown_source("agency:ngo-a", &s), "police");
    }
}
