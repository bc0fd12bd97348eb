//! SDG indicator 16.2.2 in SDMX, as the UN SDG global database takes it:
//! observations keyed by the dimensions of the SDG data structure
//! definition (DSD `IAEG-SDGs:SDG`, dataflow `IAEG-SDGs:DF_SDG_GLH`), written
//! as SDMX-CSV 1.0.
//!
//! **Source of the structure.** The dimension list, their order and the
//! attributes are transcribed from the SDG DSD as distributed in SDMX-ML 2.1
//! (`SDG_DSD.xml` in github.com/SDG-Kenya/Data, commit 9e18676: a national
//! copy of the IAEG-SDGs DSD whose concepts all come from the `IAEG-SDGs`
//! concept scheme `SDG_CONCEPTS` 1.0), and checked against the key of the
//! global dataflow as its web service takes it
//! (`data.un.org/ws/rest/data/IAEG-SDGs,DF_SDG_GLH,1.12/..VC_HTF_DETV.208+…._T._T........./ALL/`:
//! fifteen key positions, `SERIES` third, `REF_AREA` fourth, `SEX` fifth,
//! `AGE` sixth). The code subsets used are in `data/sdmx/` with their
//! provenance (`data/PROVENANCE.md`).
//!
//! **Series.** Detected victims of trafficking in persons (UNODC GLOTIP):
//! `VC_HTF_DETV` (all forms), `VC_HTF_DETVSX` (sexual exploitation),
//! `VC_HTF_DETVFL` (forced labour), `VC_HTF_DETVOP` (other purposes), by sex
//! and age; `VC_HTF_DETVOG` (removal of organs) is in the code list but
//! GLOTIP's country data has no such category, so nothing is written under
//! it. The per-100,000 series (the same codes ending in `R`) are written for
//! the totals of both sexes and all ages, with the total population Palermo
//! already uses for rates (World Bank SP.POP.TOTL), and only for exact
//! counts.
//!
//! **`<5`.** A suppressed GLOTIP cell is not given a number: `OBS_VALUE` is
//! empty and `OBS_STATUS` is `Q`, which the DSD's code list (SDMX
//! `CL_OBS_STATUS` 2.1) defines as "Missing value; suppressed — used, for
//! example, when data are suppressed due to statistical confidentiality
//! considerations"; `COMMENT_OBS` says what was published.
//!
//! **More series.** [`Observation`] is independent of GLOTIP: another
//! producer (published multiple systems estimates, once they exist) builds
//! its own observations and [`write_sdmx_csv`] writes both.

use std::collections::BTreeMap;

use crate::country::Country;
use crate::csv_out::CsvWriter;
use crate::indicator::PopulationTable;
use crate::stats::{AgeGroup, Category, Dimension, FormOfExploitation, Indicator, Sex, StatRecord};

/// The dataflow the export is for, as SDMX-CSV 1.0's `DATAFLOW` column
/// writes it (`agency:id(version)`).
pub const DATAFLOW: &str = "IAEG-SDGs:DF_SDG_GLH(1.12)";

/// Whether `flow_ref` names the SDG global dataflow as the SDMX 2.1 RESTful
/// web services take a `flowRef` (SDMX 2.1 Section 7, "Guidelines for the
/// use of web services": `agencyID,resourceID,version`, or the resource
/// alone): `DF_SDG_GLH`, `IAEG-SDGs,DF_SDG_GLH`, `IAEG-SDGs,DF_SDG_GLH,1.12`
/// or `…,latest`.
pub fn is_dataflow(flow_ref: &str) -> bool {
    let parts: Vec<&str> = flow_ref.split(',').collect();
    match parts.as_slice() {
        ["DF_SDG_GLH"] | ["IAEG-SDGs", "DF_SDG_GLH"] => true,
        ["IAEG-SDGs", "DF_SDG_GLH", v] => *v == "1.12" || *v == "latest",
        _ => false,
    }
}

/// The dimensions of the SDG DSD, in its order (positions 1 to 16; the last
/// is the time dimension).
pub const DIMENSIONS: [&str; 16] = [
    "FREQ",
    "REPORTING_TYPE",
    "SERIES",
    "REF_AREA",
    "SEX",
    "AGE",
    "URBANISATION",
    "INCOME_WEALTH_QUANTILE",
    "EDUCATION_LEV",
    "OCCUPATION",
    "CUST_BREAKDOWN",
    "COMPOSITE_BREAKDOWN",
    "DISABILITY_STATUS",
    "ACTIVITY",
    "PRODUCT",
    "TIME_PERIOD",
];

/// The attributes written, in the DSD's attribute order (the DSD has more,
/// all conditional; `OBS_STATUS`, `UNIT_MULT` and `UNIT_MEASURE` are its
/// mandatory ones).
pub const ATTRIBUTES: [&str; 6] = [
    "OBS_STATUS",
    "UNIT_MULT",
    "UNIT_MEASURE",
    "NATURE",
    "COMMENT_OBS",
    "SOURCE_DETAIL",
];

/// The SDMX-CSV 1.0 header: `DATAFLOW`, the dimensions, `OBS_VALUE`, the
/// attributes.
pub fn header() -> Vec<&'static str> {
    let mut h = vec!["DATAFLOW"];
    h.extend(DIMENSIONS);
    h.push("OBS_VALUE");
    h.extend(ATTRIBUTES);
    h
}

/// One SDMX observation of the SDG dataflow. Dimensions not listed are
/// `_T` (no breakdown), `FREQ` is `A` (annual), `REPORTING_TYPE` `G`
/// (global: reported by the custodian agency), `UNIT_MULT` `0`.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// `SERIES` code, e.g. `VC_HTF_DETV`.
    pub series: &'static str,
    /// `REF_AREA`: the UN M49 code without leading zeros (`8` for Albania).
    pub ref_area: String,
    /// `SEX`: `_T`, `F` or `M` (IAEG-SDGs `CL_SEX`).
    pub sex: &'static str,
    /// `AGE`: `_T`, `Y0T17` or `Y_GE18` (IAEG-SDGs `CL_AGE`).
    pub age: &'static str,
    /// `TIME_PERIOD`: the calendar year.
    pub year: i32,
    /// `OBS_VALUE`, or `None` when the value is not published (see
    /// `obs_status`).
    pub value: Option<f64>,
    /// `OBS_STATUS` (SDMX `CL_OBS_STATUS`): `A` normal, `Q` suppressed.
    pub obs_status: &'static str,
    /// `UNIT_MEASURE`: `NUMBER` or `PER_100000_POP`.
    pub unit_measure: &'static str,
    /// `NATURE` (IAEG-SDGs `CL_NATURE`): `C` country data.
    pub nature: &'static str,
    /// `COMMENT_OBS`: free text, may be empty.
    pub comment: String,
    /// `SOURCE_DETAIL`: the data's source.
    pub source: &'static str,
}

/// What the GLOTIP conversion left out, by reason (counted, for the
/// caller's message; no value is held).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Cells of an area with no M49 code (UNODC's sub-regional aggregates,
    /// unresolved names).
    pub no_area_code: u64,
    /// Cells whose sex or age is "Other" or "Unknown" (not in the SDG code
    /// lists' subsets used for this indicator).
    pub no_code: u64,
    /// Keys published more than once with different values (listed by
    /// `palermo stats conflicts`): no single observation can be written.
    pub conflicting: u64,
}

/// The source of the GLOTIP series (`SOURCE_DETAIL`).
pub const GLOTIP_SOURCE: &str = "UNODC, Global Report on Trafficking in Persons";

fn series_code(dimension: Dimension, category: &Category) -> Option<&'static str> {
    match (dimension, category) {
        (Dimension::Total, Category::Total) => Some("VC_HTF_DETV"),
        (Dimension::FormOfExploitation, Category::Form(f)) => match f.glotip_group() {
            FormOfExploitation::Sexual => Some("VC_HTF_DETVSX"),
            FormOfExploitation::ForcedLabour => Some("VC_HTF_DETVFL"),
            _ => Some("VC_HTF_DETVOP"),
        },
        _ => None,
    }
}

/// The rate series of a count series (`VC_HTF_DETV` → `VC_HTF_DETVR`).
pub fn rate_series(series: &str) -> Option<&'static str> {
    Some(match series {
        "VC_HTF_DETV" => "VC_HTF_DETVR",
        "VC_HTF_DETVSX" => "VC_HTF_DETVSXR",
        "VC_HTF_DETVFL" => "VC_HTF_DETVFLR",
        "VC_HTF_DETVOP" => "VC_HTF_DETVOPR",
        "VC_HTF_DETVOG" => "VC_HTF_DETVOGR",
        _ => return None,
    })
}

const fn sex_code(s: Sex) -> Option<&'static str> {
    match s {
        Sex::Total => Some("_T"),
        Sex::Female => Some("F"),
        Sex::Male => Some("M"),
        Sex::Other | Sex::Unknown => None,
    }
}

const fn age_code(a: AgeGroup) -> Option<&'static str> {
    match a {
        AgeGroup::Total => Some("_T"),
        AgeGroup::Child => Some("Y0T17"),
        AgeGroup::Adult => Some("Y_GE18"),
        AgeGroup::Unknown => None,
    }
}

/// The detected-victims observations (count series and, where the
/// population is known, the per-100,000 series) of GLOTIP `records`.
///
/// `countries` gives the M49 codes (by ISO alpha-3); `population` the
/// total population for the rates (`None`: no rate series). Records of
/// other indicators and dimensions (citizenship, repatriation) are ignored;
/// the others that cannot be written are counted in [`Skipped`]. The result
/// is sorted by series, area, sex, age and year, one observation per key.
pub fn detected_victims<'a>(
    records: impl IntoIterator<Item = &'a StatRecord>,
    countries: &[Country],
    population: Option<&PopulationTable>,
) -> (Vec<Observation>, Skipped) {
    let m49: BTreeMap<&str, u16> = countries.iter().map(|c| (c.iso3.as_str(), c.m49)).collect();
    let mut skipped = Skipped::default();
    // Key → (value, published text, iso3); `None` value once conflicting.
    type Key = (&'static str, u16, &'static str, &'static str, i32);
    let mut cells: BTreeMap<Key, Option<(crate::stats::Count, String, String)>> = BTreeMap::new();
    for r in records {
        if r.indicator != Indicator::DetectedVictims {
            continue;
        }
        let Some(series) = series_code(r.dimension, &r.category) else {
            continue;
        };
        let Some((iso3, code)) = r
            .iso3
            .as_deref()
            .and_then(|i| m49.get(i).map(|c| (i, *c)))
            .filter(|_| r.is_country_area())
        else {
            skipped.no_area_code += 1;
            continue;
        };
        let (Some(sex), Some(age)) = (sex_code(r.sex), age_code(r.age)) else {
            skipped.no_code += 1;
            continue;
        };
        let key = (series, code, sex, age, r.year);
        match cells.get_mut(&key) {
            None => {
                cells.insert(key, Some((r.value, r.value_text.clone(), iso3.to_owned())));
            }
            Some(slot) => {
                if slot.as_ref().is_some_and(|(v, _, _)| *v != r.value) {
                    *slot = None;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(cells.len());
    for ((series, code, sex, age, year), cell) in cells {
        let Some((count, text, iso3)) = cell else {
            skipped.conflicting += 1;
            continue;
        };
        let base = Observation {
            series,
            ref_area: code.to_string(),
            sex,
            age,
            year,
            value: None,
            obs_status: "A",
            unit_measure: "NUMBER",
            nature: "C",
            comment: String::new(),
            source: GLOTIP_SOURCE,
        };
        match count.value() {
            #[allow(clippy::cast_precision_loss)] // counts of persons < 2^53
            Some(n) => {
                out.push(Observation {
                    value: Some(n as f64),
                    ..base.clone()
                });
                let pop = population
                    .and_then(|p| p.get(&iso3, year))
                    .filter(|p| *p > 0);
                if let (Some(p), "_T", "_T", Some(rs)) = (pop, sex, age, rate_series(series)) {
                    #[allow(clippy::cast_precision_loss)]
                    let rate = n as f64 * 100_000.0 / p as f64;
                    out.push(Observation {
                        series: rs,
                        value: Some((rate * 1000.0).round() / 1000.0),
                        unit_measure: "PER_100000_POP",
                        ..base
                    });
                }
            }
            None => out.push(Observation {
                obs_status: "Q",
                comment: format!("Published as {text} (suppressed small count)"),
                ..base
            }),
        }
    }
    out.sort_by(|a, b| {
        (a.series, &a.ref_area, a.sex, a.age, a.year).cmp(&(
            b.series,
            &b.ref_area,
            b.sex,
            b.age,
            b.year,
        ))
    });
    (out, skipped)
}

/// Writes `observations` as SDMX-CSV 1.0 (a header row, then one row per
/// observation; fields quoted by the `csv` crate).
///
/// # Errors
/// I/O errors of `w`.
pub fn write_sdmx_csv<W: std::io::Write>(
    observations: &[Observation],
    w: W,
) -> Result<W, crate::csv_out::Error> {
    let mut out = CsvWriter::new(w);
    out.write_record(header())?;
    for o in observations {
        let year = o.year.to_string();
        let value = o.value.map(|v| v.to_string()).unwrap_or_default();
        let mut rec: Vec<&str> = vec![DATAFLOW, "A", "G", o.series, &o.ref_area, o.sex, o.age];
        rec.extend(["_T"; 9]);
        rec.push(&year);
        rec.push(&value);
        rec.extend([
            o.obs_status,
            "0",
            o.unit_measure,
            o.nature,
            &o.comment,
            o.source,
        ]);
        out.write_record(rec)?;
    }
    Ok(out.into_inner()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_refs() {
        assert!(is_dataflow("DF_SDG_GLH"));
        assert!(is_dataflow("IAEG-SDGs,DF_SDG_GLH,1.12"));
        assert!(!is_dataflow("IAEG-SDGs,DF_SDG_GLH,1.9"));
        assert!(!is_dataflow("ECB,EXR,1.0"));
    }

    #[test]
    fn header_has_every_dimension_once_in_dsd_order() {
        let h = header();
        assert_eq!(h[0], "DATAFLOW");
        assert_eq!(&h[1..17], &DIMENSIONS);
        assert_eq!(h[17], "OBS_VALUE");
        assert_eq!(h.len(), 1 + 16 + 1 + ATTRIBUTES.len());
    }
}
