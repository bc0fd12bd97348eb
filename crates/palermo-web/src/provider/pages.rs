//! The data provider's pages: models and their templates side by side
//! (inline, extending `layout/base.html`). Every text is a Fluent message
//! of `provider.ftl`, looked up through [`Tr`].

use askama::Template;
use palermo_i18n::Lang;
use palermo_model::case::CaseRecord;
use palermo_store::cases::CaseSource;
use palermo_store::clks::ClkUpload;

use super::upload::{shown_source, Rejection};
use crate::layout::Layout;

/// The messages of one language, for templates: `{{ tr.t("key") }}`.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        palermo_i18n::t(self.0, key)
    }
}

/// One case-record source on the provider's page.
pub struct SourceRow {
    /// Identifier in URLs.
    pub id: String,
    /// The name the provider gave it.
    pub name: String,
    /// The file's base name.
    pub file: String,
    /// Its format.
    pub format: String,
    /// Records stored.
    pub stored: u64,
    /// Rows rejected.
    pub rejected: u64,
    /// When (UTC).
    pub imported_at: String,
}

impl SourceRow {
    /// The row of `s`, held by `organisation`.
    pub fn of(organisation: &str, s: CaseSource) -> Self {
        Self {
            id: s.public_id.unwrap_or_default(),
            name: shown_source(organisation, &s.source).to_owned(),
            file: s.file,
            format: s.format,
            stored: s.rows.1,
            rejected: s.rows.2,
            imported_at: s.imported_at,
        }
    }
}

/// One CLK upload on the provider's page.
pub struct UploadRow {
    /// Identifier in URLs.
    pub id: String,
    /// The list.
    pub list: String,
    /// The file's base name.
    pub file: String,
    /// Number of CLKs.
    pub clks: u64,
    /// Bits of each.
    pub bits: u64,
    /// When (UTC).
    pub uploaded_at: String,
}

impl From<ClkUpload> for UploadRow {
    fn from(u: ClkUpload) -> Self {
        Self {
            id: u.public_id,
            list: u.list,
            file: u.file,
            clks: u.clks,
            bits: u.bits,
            uploaded_at: crate::account::pages::utc(u.uploaded_at),
        }
    }
}

/// `/provider`: the organisation's sources and uploads, the two upload
/// forms, and the outcome of the last one.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ tr.t("provider-title") }}{% endblock %}
{% block content %}
<h1>{{ tr.t("provider-title") }}</h1>
<p>{{ intro }}</p>
{% if let Some(n) = notice %}<p class="notice" role="status">{{ n }}</p>{% endif %}
{% if !rejections.is_empty() %}
<div class="table-scroll"><table>
<caption>{{ tr.t("provider-rejected-heading") }}</caption>
<thead><tr><th scope="col">{{ tr.t("provider-col-line") }}</th><th scope="col">{{ tr.t("provider-col-field") }}</th><th scope="col">{{ tr.t("provider-col-reason") }}</th></tr></thead>
<tbody>
{% for r in rejections %}<tr><td>{{ r.line }}</td><td>{% if let Some(f) = r.field %}{{ f }}{% endif %}</td><td>{{ r.reason }}</td></tr>
{% endfor %}</tbody></table></div>
{% endif %}
<h2>{{ tr.t("provider-sources-heading") }}</h2>
{% if sources.is_empty() %}<p>{{ tr.t("provider-none") }}</p>{% else %}
<div class="table-scroll"><table>
<thead><tr><th scope="col">{{ tr.t("provider-col-source") }}</th><th scope="col">{{ tr.t("provider-col-file") }}</th><th scope="col">{{ tr.t("provider-col-format") }}</th><th scope="col">{{ tr.t("provider-col-stored") }}</th><th scope="col">{{ tr.t("provider-col-rejected") }}</th><th scope="col">{{ tr.t("provider-col-imported") }}</th></tr></thead>
<tbody>
{% for s in sources %}<tr><td><a href="/provider/sources/{{ s.id }}">{{ s.name }}</a></td><td>{{ s.file }}</td><td>{{ s.format }}</td><td>{{ s.stored }}</td><td>{{ s.rejected }}</td><td>{{ s.imported_at }}</td></tr>
{% endfor %}</tbody></table></div>
{% endif %}
<h2>{{ tr.t("provider-uploads-heading") }}</h2>
{% if uploads.is_empty() %}<p>{{ tr.t("provider-none") }}</p>{% else %}
<div class="table-scroll"><table>
<thead><tr><th scope="col">{{ tr.t("provider-col-list") }}</th><th scope="col">{{ tr.t("provider-col-file") }}</th><th scope="col">{{ tr.t("provider-col-clks") }}</th><th scope="col">{{ tr.t("provider-col-bits") }}</th><th scope="col">{{ tr.t("provider-col-uploaded") }}</th></tr></thead>
<tbody>
{% for u in uploads %}<tr><td><a href="/provider/uploads/{{ u.id }}">{{ u.list }}</a></td><td>{{ u.file }}</td><td>{{ u.clks }}</td><td>{{ u.bits }}</td><td>{{ u.uploaded_at }}</td></tr>
{% endfor %}</tbody></table></div>
{% endif %}
<h2>{{ tr.t("provider-cases-heading") }}</h2>
<p>{{ cases_help }}</p>
<form method="post" action="/provider/cases" enctype="multipart/form-data">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="source">{{ tr.t("provider-source-name") }}</label><br><input id="source" name="name" required maxlength="100"></p>
  <p><label for="format">{{ tr.t("provider-format") }}</label><br><select id="format" name="format"><option value="ctdc">CTDC (CSV)</option><option value="htcds-csv">HTCDS 2.0 (CSV)</option><option value="htcds-json">HTCDS 2.0 (JSON)</option></select></p>
  <p><label for="cases-file">{{ tr.t("provider-file") }}</label><br><input id="cases-file" name="file" type="file" required accept=".csv,.json,.jsonl,text/csv,application/json"></p>
  <p><button type="submit">{{ tr.t("provider-import") }}</button></p>
</form>
<h2>{{ tr.t("provider-clks-heading") }}</h2>
<p>{{ clks_help }}</p>
<form method="post" action="/provider/clks" enctype="multipart/form-data">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="list">{{ tr.t("provider-list-name") }}</label><br><input id="list" name="name" required maxlength="100"></p>
  <p><label for="clk-file">{{ tr.t("provider-file") }}</label><br><input id="clk-file" name="file" type="file" required accept=".json,application/json"></p>
  <p><button type="submit">{{ tr.t("provider-upload") }}</button></p>
</form>
{% endblock %}"#
)]
pub struct ProviderPage<'a> {
    /// The page layout (user, CSRF token).
    pub layout: Layout,
    /// The messages.
    pub tr: Tr,
    /// Whose data this is.
    pub intro: String,
    /// The organisation's sources.
    pub sources: Vec<SourceRow>,
    /// The organisation's CLK uploads.
    pub uploads: Vec<UploadRow>,
    /// The session's CSRF token.
    pub csrf: &'a str,
    /// What the case-record form takes.
    pub cases_help: String,
    /// What the CLK form takes.
    pub clks_help: String,
    /// What the last upload did.
    pub notice: Option<String>,
    /// Its first rejected rows.
    pub rejections: Vec<Rejection>,
}

/// One case record as the provider's page shows it (no identifier of a
/// person is ever stored: these are HTCDS's coded fields).
pub struct RecordRow {
    /// Line in the imported file.
    pub line: u64,
    /// Year of registration.
    pub year: String,
    /// Sex, in the page's language.
    pub sex: String,
    /// Age band.
    pub age: String,
    /// Citizenship (ISO 3166-1 alpha-3).
    pub citizenship: String,
    /// Country of exploitation.
    pub exploitation: String,
    /// Forms of exploitation recorded "yes".
    pub forms: String,
}

impl RecordRow {
    /// The row of `r` in `lang`: sex and forms of exploitation by their
    /// names in the language (`data.ftl`), age bands as HTCDS writes them
    /// but for the two bands without numbers (minor, adult).
    pub fn of(lang: Lang, r: &CaseRecord) -> Self {
        let forms: Vec<String> = palermo_model::stats::FormOfExploitation::ALL
            .iter()
            .filter(|f| r.forms.get(**f) == palermo_model::case::Flag::Yes)
            .map(|f| palermo_i18n::t(lang, &format!("form-{}", f.slug())))
            .collect();
        let age = r.age.map(palermo_model::case::AgeBand::label).unwrap_or("");
        Self {
            line: r.source_line,
            year: r.year.map(|y| y.to_string()).unwrap_or_default(),
            sex: palermo_i18n::t(lang, &format!("sex-{}", r.sex.slug())),
            age: match age {
                "minor" => palermo_i18n::t(lang, "provider-age-minor"),
                "adult" => palermo_i18n::t(lang, "provider-age-adult"),
                band => band.to_owned(),
            },
            citizenship: r.citizenship.clone().unwrap_or_default(),
            exploitation: r.country_of_exploitation.clone().unwrap_or_default(),
            forms: palermo_i18n::format::list_and(lang, &forms),
        }
    }
}

/// `/provider/sources/{id}`: one source's raw records.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ heading }}{% endblock %}
{% block content %}
<h1>{{ heading }}</h1>
<p>{{ note }}</p>
<p><a href="/api/v1/provider/sources/{{ id }}/records">JSON</a> · <a href="/provider">{{ tr.t("provider-back") }}</a></p>
<div class="table-scroll"><table>
<thead><tr><th scope="col">{{ tr.t("provider-col-line") }}</th><th scope="col">{{ tr.t("provider-col-year") }}</th><th scope="col">{{ tr.t("provider-col-sex") }}</th><th scope="col">{{ tr.t("provider-col-age") }}</th><th scope="col">{{ tr.t("provider-col-citizenship") }}</th><th scope="col">{{ tr.t("provider-col-exploitation") }}</th><th scope="col">{{ tr.t("provider-col-forms") }}</th></tr></thead>
<tbody>
{% for r in records %}<tr><td>{{ r.line }}</td><td>{{ r.year }}</td><td>{{ r.sex }}</td><td>{{ r.age }}</td><td>{{ r.citizenship }}</td><td>{{ r.exploitation }}</td><td>{{ r.forms }}</td></tr>
{% endfor %}</tbody></table></div>
{% endblock %}"#
)]
pub struct RecordsPage {
    /// The page layout.
    pub layout: Layout,
    /// The messages.
    pub tr: Tr,
    /// The source's public id.
    pub id: String,
    /// The page's heading (the source's name).
    pub heading: String,
    /// How many are shown, and a reminder of what they are.
    pub note: String,
    /// The records shown.
    pub records: Vec<RecordRow>,
}

/// `/provider/uploads/{id}`: one CLK upload.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ upload.list }}{% endblock %}
{% block content %}
<h1>{{ upload.list }}</h1>
<dl>
  <dt>{{ tr.t("provider-col-file") }}</dt><dd>{{ upload.file }}</dd>
  <dt>{{ tr.t("provider-col-clks") }}</dt><dd>{{ upload.clks }}</dd>
  <dt>{{ tr.t("provider-col-bits") }}</dt><dd>{{ upload.bits }}</dd>
  <dt>{{ tr.t("provider-col-uploaded") }}</dt><dd>{{ upload.uploaded_at }}</dd>
</dl>
<p><a href="/api/v1/provider/uploads/{{ upload.id }}">JSON</a> · <a href="/provider">{{ tr.t("provider-back") }}</a></p>
{% endblock %}"#
)]
pub struct UploadPage {
    /// The page layout.
    pub layout: Layout,
    /// The messages.
    pub tr: Tr,
    /// The upload.
    pub upload: UploadRow,
}
