//! What the public may ask of case records: a [`PublicCaseQuery`], which
//! can name only a stored release (the latest, or one by number) and one
//! of its fixed one-way tables (the total, or one of the six public
//! dimensions of [`crate::dp::GROUPINGS`]). It cannot hold a threshold
//! `k`, a filter or a second grouping, so nothing that serves it can be
//! asked for one: [`PublicCaseQuery::from_request`] refuses a request that
//! names any, with the reason.
//!
//! Why these rules (each was an attack on an earlier version):
//!
//! * **k is fixed** at [`crate::DEFAULT_K`]. Letting a visitor choose k,
//!   even only upwards, leaks withheld cells: raising k step by step and
//!   watching which cells become withheld brackets each cell's value (a
//!   total of 78 with two cells withheld, the second withheld from k=76 on,
//!   gives 75 and 3).
//! * **No filter, one grouping.** Filtered tables could be subtracted from
//!   one another to reveal small cells; the release holds one-way tables
//!   over all pooled records only.
//! * **Stored releases only.** Tables are never counted on request: the
//!   web reads a release the data holder made, frozen, its noise drawn once
//!   ([`crate::release`]).
//!
//! The data holder gets filtered tables, and chooses k, with
//! `palermo cases indicators` on the database file.

use palermo_model::indicator::{Filter, GroupBy, GroupKeys};

use crate::release::ReleaseTables;
use crate::{ProtectedTable, DEFAULT_K};

/// A public dimension of case-record tables: one of a release's one-way
/// tables. (Region is not one: releases do not hold it.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicDimension {
    /// Year of registration.
    Year,
    /// Sex.
    Sex,
    /// Age group.
    Age,
    /// Form of exploitation.
    Form,
    /// Country of exploitation.
    Country,
    /// Citizenship.
    Citizenship,
}

impl PublicDimension {
    /// The grouping of the release's table.
    pub fn group_by(self) -> GroupBy {
        match self {
            Self::Year => GroupBy::Year,
            Self::Sex => GroupBy::Sex,
            Self::Age => GroupBy::Age,
            Self::Form => GroupBy::Form,
            Self::Country => GroupBy::Country,
            Self::Citizenship => GroupBy::Citizenship,
        }
    }

    /// The public dimension of a grouping, `None` for one releases do not
    /// hold (region).
    pub fn of(by: GroupBy) -> Option<Self> {
        match by {
            GroupBy::Year => Some(Self::Year),
            GroupBy::Sex => Some(Self::Sex),
            GroupBy::Age => Some(Self::Age),
            GroupBy::Form => Some(Self::Form),
            GroupBy::Country => Some(Self::Country),
            GroupBy::Citizenship => Some(Self::Citizenship),
            GroupBy::Region => None,
        }
    }
}

/// Which stored release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseChoice {
    /// The latest release not withdrawn.
    Latest,
    /// The release with this number (served only if not withdrawn).
    Number(i64),
}

/// A question the public may ask of case records: one table of one stored
/// release, nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicCaseQuery {
    /// The table: `None` for the total, or one public dimension.
    pub table: Option<PublicDimension>,
    /// The release.
    pub release: ReleaseChoice,
}

/// What a request for a public case table asked for, every parameter as
/// given, before the public rules are applied.
#[derive(Debug, Clone, Copy)]
pub struct CaseRequest<'a> {
    /// The groupings asked for, in order.
    pub by: &'a [GroupBy],
    /// The filters asked for.
    pub filter: &'a Filter,
    /// Whether a threshold `k` was given (its value does not matter: any
    /// is refused).
    pub k_given: bool,
    /// The release asked for, as given (`None` or empty: the latest).
    pub release: Option<&'a str>,
}

/// Why a request for a public case table is refused. The messages say
/// why and what the data holder can do instead; they quote no value
/// except a release number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublicQueryError {
    /// A threshold k was given.
    #[error("k is fixed at {DEFAULT_K} on public outputs and cannot be chosen; the data holder can choose k with `palermo cases indicators --k` on the database file")]
    KChosen,
    /// A filter or a second grouping was given.
    #[error("public case tables are one-way tables over all pooled case records: filters (from, to, country, region, sex, age, form) and a second grouping are not applied, since filtered tables could be subtracted from one another to reveal small cells; give one `by` only. The data holder gets filtered tables with `palermo cases indicators` on the database file")]
    Filtered,
    /// A grouping that releases do not hold.
    #[error("releases hold tables by year, sex, age, form, country and citizenship; by=region is not one of them")]
    NotAReleaseTable,
    /// The release is not a number.
    #[error("release is not a release number")]
    BadRelease,
}

impl PublicCaseQuery {
    /// The public query of a request, or why it is refused.
    ///
    /// # Errors
    /// [`PublicQueryError`]: a `k`, a filter or a second grouping, a
    /// grouping releases do not hold, a release that is not a number.
    pub fn from_request(r: &CaseRequest<'_>) -> Result<Self, PublicQueryError> {
        if r.k_given {
            return Err(PublicQueryError::KChosen);
        }
        let f = r.filter;
        let filtered = f.from.is_some()
            || f.to.is_some()
            || f.country.is_some()
            || f.region.is_some()
            || f.sex.is_some()
            || f.age.is_some()
            || f.form.is_some();
        if filtered || r.by.len() > 1 {
            return Err(PublicQueryError::Filtered);
        }
        let table = match r.by.first() {
            None => None,
            Some(b) => Some(PublicDimension::of(*b).ok_or(PublicQueryError::NotAReleaseTable)?),
        };
        let release = match r.release.map(str::trim).filter(|s| !s.is_empty()) {
            None => ReleaseChoice::Latest,
            Some(t) => ReleaseChoice::Number(t.parse().map_err(|_| PublicQueryError::BadRelease)?),
        };
        Ok(Self { table, release })
    }

    /// The table this query asks for, from a release's tables (`None` only
    /// for tables not made by [`crate::release`], which holds all six).
    pub fn table_of<'t>(&self, tables: &'t ReleaseTables) -> Option<&'t ProtectedTable<GroupKeys>> {
        tables.table(self.table.map(PublicDimension::group_by))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(
        by: &[GroupBy],
        filter: &Filter,
        k: bool,
        release: Option<&str>,
    ) -> Result<PublicCaseQuery, PublicQueryError> {
        PublicCaseQuery::from_request(&CaseRequest {
            by,
            filter,
            k_given: k,
            release,
        })
    }

    #[test]
    fn only_one_table_of_one_release_can_be_asked_for() {
        let none = Filter::default();
        assert_eq!(
            ask(&[GroupBy::Year], &none, false, None),
            Ok(PublicCaseQuery {
                table: Some(PublicDimension::Year),
                release: ReleaseChoice::Latest
            })
        );
        assert_eq!(
            ask(&[], &none, false, Some(" 3 ")).map(|q| (q.table, q.release)),
            Ok((None, ReleaseChoice::Number(3)))
        );
        // the attacks: choosing k, filtering, crossing, an unheld grouping
        assert_eq!(
            ask(&[GroupBy::Year], &none, true, None),
            Err(PublicQueryError::KChosen)
        );
        let by_country = Filter {
            country: Some("NGA".into()),
            ..Filter::default()
        };
        assert_eq!(
            ask(&[GroupBy::Year], &by_country, false, None),
            Err(PublicQueryError::Filtered)
        );
        assert_eq!(
            ask(&[GroupBy::Year, GroupBy::Sex], &none, false, None),
            Err(PublicQueryError::Filtered)
        );
        assert_eq!(
            ask(&[GroupBy::Region], &none, false, None),
            Err(PublicQueryError::NotAReleaseTable)
        );
        assert_eq!(
            ask(&[], &none, false, Some("latest")),
            Err(PublicQueryError::BadRelease)
        );
    }

    #[test]
    fn every_public_dimension_is_a_release_table() {
        for by in crate::dp::GROUPINGS {
            let d = PublicDimension::of(by).unwrap();
            assert_eq!(d.group_by(), by);
        }
        assert_eq!(PublicDimension::of(GroupBy::Region), None);
    }
}
