//! Capture-history tables and their parsers.
//!
//! A table over k lists has 2^k cells indexed by a bit mask ω (bit i set:
//! the person is on list i). Cell 0 is the unobserved cell and always holds 0.

use crate::error::{ParseError, ParseErrorKind, ParseErrors, TableError};

/// Largest number of lists supported (2^15 − 1 = 32,767 observable cells).
pub const MAX_LISTS: usize = 15;

/// A validated capture-history table: list names and the count of every
/// capture history.
///
/// Invariants (checked by [`CaptureTable::new`]): 2 ≤ k ≤ [`MAX_LISTS`];
/// names unique and non-empty; at least one person observed; every list
/// captures somebody; at least one pair of lists overlaps. A list may
/// capture every observed person ([`CaptureTable::complete_lists`]): no
/// log-linear model then has a finite fit, and [`crate::estimate`] reports
/// the observed total with no upper limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureTable {
    names: Vec<String>,
    counts: Vec<u64>,
}

impl CaptureTable {
    /// Builds a table from list names and `(history, count)` rows, where a
    /// history is a bit mask (bit i = list i). Duplicate histories are
    /// summed; histories not given have count 0.
    ///
    /// # Errors
    /// [`TableError`] for any broken invariant (see the type's doc).
    pub fn new(
        names: Vec<String>,
        rows: impl IntoIterator<Item = (u32, u64)>,
    ) -> Result<Self, TableError> {
        let k = names.len();
        if k < 2 {
            return Err(TableError::TooFewLists(k));
        }
        if k > MAX_LISTS {
            return Err(TableError::TooManyLists {
                got: k,
                max: MAX_LISTS,
            });
        }
        for (i, n) in names.iter().enumerate() {
            if n.trim().is_empty() || names[..i].contains(n) || n.contains(':') {
                return Err(TableError::BadListName(n.clone()));
            }
        }
        let mut counts = vec![0u64; 1 << k];
        for (mask, c) in rows {
            let mask = mask as usize & ((1 << k) - 1);
            if mask == 0 {
                if c > 0 {
                    return Err(TableError::ObservedEmptyHistory(c));
                }
                continue;
            }
            counts[mask] = counts[mask].checked_add(c).ok_or(TableError::Overflow)?;
        }
        let t = Self { names, counts };
        t.validate()?;
        Ok(t)
    }

    /// Builds a table from a full count vector of length 2^k without the
    /// checks of [`CaptureTable::new`] other than the shape (used for
    /// bootstrap replicates, which may break the invariants and then fail
    /// at the fit instead).
    pub(crate) fn from_counts_unchecked(names: Vec<String>, counts: Vec<u64>) -> Self {
        Self { names, counts }
    }

    fn validate(&self) -> Result<(), TableError> {
        let n = self.observed();
        if n == 0 {
            return Err(TableError::Empty);
        }
        for i in 0..self.k() {
            let on = self.superset_count(1 << i);
            if on == 0 {
                return Err(TableError::ListCapturesNobody(self.names[i].clone()));
            }
        }
        let mut any = false;
        for i in 0..self.k() {
            for j in i + 1..self.k() {
                any |= self.superset_count((1 << i) | (1 << j)) > 0;
            }
        }
        if !any {
            return Err(TableError::AllOverlapsEmpty);
        }
        Ok(())
    }

    /// The lists (column indices) that capture every observed person.
    ///
    /// Nobody was seen outside such a list, so the overlaps carry no
    /// information on the people it missed: every log-linear model's
    /// likelihood rises as that list's capture probability tends to 1 (the
    /// maximum likelihood estimate does not exist; its limit is N̂ = n_obs),
    /// and nothing bounds N from above.
    pub fn complete_lists(&self) -> Vec<usize> {
        let n = self.observed();
        (0..self.k())
            .filter(|&i| self.superset_count(1 << i) == n)
            .collect()
    }

    /// Number of lists k.
    pub fn k(&self) -> usize {
        self.names.len()
    }

    /// List names, in column order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Counts of all 2^k cells, indexed by history mask (cell 0 is 0).
    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    /// Number of people observed, n_obs = Σ_ω n_ω.
    pub fn observed(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Number of people on every list of `mask` (and perhaps others):
    /// Σ_{ω ⊇ mask} n_ω. For a pair this is the observed overlap n*.
    pub fn superset_count(&self, mask: u32) -> u64 {
        let m = mask as usize;
        self.counts
            .iter()
            .enumerate()
            .filter(|(w, _)| w & m == m)
            .map(|(_, c)| *c)
            .sum()
    }

    /// Observed cells (mask, count) with a positive count, in mask order.
    pub fn observed_cells(&self) -> Vec<(u32, u64)> {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(m, c)| (m as u32, *c))
            .collect()
    }

    /// Name of a term mask, "A:B" (lists joined by ':' in column order).
    pub fn term_name(&self, mask: u32) -> String {
        (0..self.k())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| self.names[i].as_str())
            .collect::<Vec<_>>()
            .join(":")
    }

    /// Parses a term "A:B" (or "A:B:C") into its mask.
    ///
    /// # Errors
    /// [`crate::MseError::BadTerm`] when a name is unknown, repeated, or the
    /// term has fewer than two lists.
    pub fn parse_term(&self, s: &str) -> Result<u32, crate::MseError> {
        let mut mask = 0u32;
        for part in s.split(':') {
            let part = part.trim();
            let i = self.names.iter().position(|n| n == part).ok_or_else(|| {
                crate::MseError::BadTerm(
                    s.to_string(),
                    crate::error::TermProblem::NoSuchList(part.to_owned()),
                )
            })?;
            if mask & (1 << i) != 0 {
                return Err(crate::MseError::BadTerm(
                    s.to_string(),
                    crate::error::TermProblem::ListTwice,
                ));
            }
            mask |= 1 << i;
        }
        if mask.count_ones() < 2 {
            return Err(crate::MseError::BadTerm(
                s.to_string(),
                crate::error::TermProblem::TooFewLists,
            ));
        }
        Ok(mask)
    }

    /// Renders the table as capture-history CSV (lists, then `count`; only
    /// observed cells, in mask order).
    pub fn to_csv(&self) -> String {
        let mut s = self.names.join(",");
        s.push_str(",count\n");
        for (m, c) in self.observed_cells() {
            for i in 0..self.k() {
                s.push(if m & (1 << i) != 0 { '1' } else { '0' });
                s.push(',');
            }
            s.push_str(&c.to_string());
            s.push('\n');
        }
        s
    }
}

fn split_fields(line: &str, delim: char) -> Vec<String> {
    line.split(delim)
        .map(|f| f.trim().trim_matches('"').trim().to_string())
        .collect()
}

fn detect_delim(header: &str) -> char {
    [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| header.matches(*d).count())
        .unwrap_or(',')
}

fn is_count_col(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "count" | "freq" | "frequency" | "n"
    )
}

fn is_id_col(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "id" | "person" | "person_id" | "record" | "record_id" | "cluster" | "cluster_id"
    )
}

fn is_list_col(name: &str) -> bool {
    matches!(name.to_ascii_lowercase().as_str(), "list" | "source")
}

fn parse_count(s: &str) -> Result<u64, ParseErrorKind> {
    if let Ok(v) = s.parse::<u64>() {
        return Ok(v);
    }
    if let Ok(v) = s.parse::<i64>() {
        if v < 0 {
            return Err(ParseErrorKind::NegativeCount);
        }
    }
    match s.parse::<f64>() {
        Ok(v) if !v.is_finite() => Err(ParseErrorKind::NotANumber),
        Ok(v) if v < 0.0 => Err(ParseErrorKind::NegativeCount),
        Ok(v) if v.fract() != 0.0 || v > 9.0e15 => Err(ParseErrorKind::NonIntegerCount),
        Ok(v) => Ok(v as u64),
        Err(_) => Err(ParseErrorKind::NotANumber),
    }
}

fn parse_bit(s: &str) -> Result<bool, ParseErrorKind> {
    match s {
        "0" | "0.0" | "FALSE" | "false" => Ok(false),
        "1" | "1.0" | "TRUE" | "true" => Ok(true),
        _ => Err(ParseErrorKind::NotBinary),
    }
}

/// Most row errors listed by [`parse_table`] and most merge notes listed by
/// [`read_table`]; the others are counted.
pub const MAX_REPORTED_ERRORS: usize = 20;

/// Collects row errors: the first [`MAX_REPORTED_ERRORS`], then a count.
#[derive(Default)]
struct Errors {
    list: Vec<ParseError>,
    more: usize,
}

impl Errors {
    fn push(&mut self, e: ParseError) {
        if self.list.len() < MAX_REPORTED_ERRORS {
            self.list.push(e);
        } else {
            self.more += 1;
        }
    }

    fn into_result(self) -> Result<(), ParseErrors> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(ParseErrors {
                errors: self.list,
                more: self.more,
            })
        }
    }
}

/// A table read by [`read_table`], with what the reader did that the
/// report should say.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadTable {
    /// The table.
    pub table: CaptureTable,
    /// Notes for the report: capture histories given on more than one line
    /// and summed, or a person listed twice on the same list and counted
    /// once (at most [`MAX_REPORTED_ERRORS`], then a count).
    pub notes: Vec<crate::Warning>,
}

/// Merge notes: the first [`MAX_REPORTED_ERRORS`], then a count.
#[derive(Default)]
struct Notes {
    list: Vec<crate::Warning>,
    more: usize,
}

impl Notes {
    fn push(&mut self, note: impl FnOnce() -> crate::Warning) {
        if self.list.len() < MAX_REPORTED_ERRORS {
            self.list.push(note());
        } else {
            self.more += 1;
        }
    }

    fn finish(mut self, summed: bool) -> Vec<crate::Warning> {
        if self.more > 0 {
            self.list.push(crate::Warning::MoreNotes {
                count: self.more,
                summed,
            });
        }
        self.list
    }
}

/// Parses a capture-history table from delimited text; see [`read_table`],
/// which also returns the notes on merged rows.
///
/// # Errors
/// As [`read_table`].
pub fn parse_table(text: &str) -> Result<CaptureTable, ParseErrors> {
    read_table(text).map(|r| r.table)
}

/// Parses a capture-history table from delimited text (comma, semicolon or
/// tab, detected from the header).
///
/// Three layouts are accepted:
/// 1. **Capture histories**: one 0/1 column per list and a `count` column
///    (also `freq`, `frequency`, `n`). Zero-count histories may be omitted;
///    duplicate histories are summed (as SparseMSE's `tidylists`), and the
///    notes say which lines were.
/// 2. **Records, wide**: one 0/1 column per list and no count column, one
///    row per person; an identifier column (`id`, `person`, `record`,
///    `cluster`, with optional `_id`) is ignored.
/// 3. **Records, long**: exactly two columns, an identifier and `list` (or
///    `source`), one row per appearance of a person on a list; list names
///    are taken in order of first appearance. A row repeating an earlier
///    one (same identifier, same list) counts once, and the notes say so.
///
/// Blank lines and lines starting with `#` are skipped.
///
/// # Errors
/// [`ParseErrors`]: every bad row (up to [`MAX_REPORTED_ERRORS`], then a
/// count), each naming the line, the column and the reason but never the
/// value (non-binary indicator, negative, non-integer or non-numeric
/// count, wrong field count); or, when every row is good, the table-level
/// [`TableError`] (reported at line 1).
pub fn read_table(text: &str) -> Result<ReadTable, ParseErrors> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            (
                i + 1,
                l.trim_start_matches('\u{feff}').trim_end_matches('\r'),
            )
        })
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let (_, header) = lines.next().ok_or(ParseError {
        line: 1,
        column: None,
        kind: ParseErrorKind::NoHeader,
    })?;
    let delim = detect_delim(header);
    let cols = split_fields(header, delim);
    let table_err = |e: TableError| ParseError {
        line: 1,
        column: None,
        kind: ParseErrorKind::Table(e),
    };
    let mut errors = Errors::default();
    let mut notes = Notes::default();

    // Long records: id + list.
    if cols.len() == 2 && cols.iter().any(|c| is_list_col(c)) && cols.iter().any(|c| is_id_col(c)) {
        let li = cols.iter().position(|c| is_list_col(c)).unwrap_or(1);
        let ii = 1 - li;
        let mut names: Vec<String> = Vec::new();
        // each person's lists, and the line of each first appearance
        let mut persons: std::collections::BTreeMap<String, (u32, Vec<(usize, usize)>)> =
            Default::default();
        for (ln, line) in lines {
            let f = split_fields(line, delim);
            if f.len() != 2 {
                errors.push(ParseError {
                    line: ln,
                    column: None,
                    kind: ParseErrorKind::FieldCount {
                        got: f.len(),
                        want: 2,
                    },
                });
                continue;
            }
            let list = f[li].clone();
            let idx = match names.iter().position(|n| *n == list) {
                Some(i) => i,
                None => {
                    names.push(list);
                    if names.len() > MAX_LISTS {
                        return Err(table_err(TableError::TooManyLists {
                            got: names.len(),
                            max: MAX_LISTS,
                        })
                        .into());
                    }
                    names.len() - 1
                }
            };
            let (mask, seen) = persons.entry(f[ii].clone()).or_insert((0, Vec::new()));
            if *mask & (1 << idx) != 0 {
                let first = seen.iter().find(|(i, _)| *i == idx).map_or(ln, |(_, l)| *l);
                notes.push(|| crate::Warning::RepeatedLine {
                    line: ln,
                    first,
                    list: names[idx].clone(),
                });
            } else {
                *mask |= 1 << idx;
                seen.push((idx, ln));
            }
        }
        errors.into_result()?;
        let table = CaptureTable::new(names, persons.into_values().map(|(m, _)| (m, 1)))
            .map_err(table_err)?;
        return Ok(ReadTable {
            table,
            notes: notes.finish(false),
        });
    }

    let count_col = cols.iter().position(|c| is_count_col(c));
    let id_cols: Vec<usize> = if count_col.is_none() {
        cols.iter()
            .enumerate()
            .filter(|(_, c)| is_id_col(c))
            .map(|(i, _)| i)
            .collect()
    } else {
        Vec::new()
    };
    let list_cols: Vec<usize> = (0..cols.len())
        .filter(|i| Some(*i) != count_col && !id_cols.contains(i))
        .collect();
    if list_cols.len() > MAX_LISTS {
        return Err(table_err(TableError::TooManyLists {
            got: list_cols.len(),
            max: MAX_LISTS,
        })
        .into());
    }
    if list_cols.len() < 2 {
        return Err(table_err(TableError::TooFewLists(list_cols.len())).into());
    }
    let names: Vec<String> = list_cols.iter().map(|&i| cols[i].clone()).collect();
    let mut rows = Vec::new();
    // capture-history layout: the lines of each history, to say which were summed
    let mut lines_of: std::collections::HashMap<u32, Vec<usize>> = Default::default();
    for (ln, line) in lines {
        let f = split_fields(line, delim);
        if f.len() != cols.len() {
            errors.push(ParseError {
                line: ln,
                column: None,
                kind: ParseErrorKind::FieldCount {
                    got: f.len(),
                    want: cols.len(),
                },
            });
            continue;
        }
        let mut mask = 0u32;
        let mut bad = false;
        for (bit, &ci) in list_cols.iter().enumerate() {
            match parse_bit(&f[ci]) {
                Ok(true) => mask |= 1 << bit,
                Ok(false) => {}
                Err(kind) => {
                    bad = true;
                    errors.push(ParseError {
                        line: ln,
                        column: Some(cols[ci].clone()),
                        kind,
                    });
                }
            }
        }
        let c = match count_col {
            Some(ci) => match parse_count(&f[ci]) {
                Ok(c) => c,
                Err(kind) => {
                    errors.push(ParseError {
                        line: ln,
                        column: Some(cols[ci].clone()),
                        kind,
                    });
                    continue;
                }
            },
            None => 1,
        };
        if bad {
            continue;
        }
        if mask == 0 && c > 0 {
            errors.push(ParseError {
                line: ln,
                column: None,
                kind: ParseErrorKind::Table(TableError::ObservedEmptyHistory(c)),
            });
            continue;
        }
        if count_col.is_some() {
            lines_of.entry(mask).or_default().push(ln);
        }
        rows.push((mask, c));
    }
    errors.into_result()?;
    let mut merged: Vec<&Vec<usize>> = lines_of.values().filter(|l| l.len() > 1).collect();
    merged.sort();
    for l in merged {
        notes.push(|| crate::Warning::Summed { lines: l.clone() });
    }
    let table = CaptureTable::new(names, rows).map_err(table_err)?;
    Ok(ReadTable {
        table,
        notes: notes.finish(true),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_histories_and_sums_duplicates() {
        let t = parse_table("A,B,count\n1,0,5\n0,1,3\n1,1,2\n1,1,1\n").unwrap();
        assert_eq!(t.counts(), &[0, 5, 3, 3]);
        assert_eq!(t.observed(), 11);
        assert_eq!(t.superset_count(0b11), 3);
    }

    #[test]
    fn parses_records_wide_and_long() {
        let w = parse_table("id;A;B\n1;1;0\n2;1;1\n3;0;1\n4;1;0\n").unwrap();
        assert_eq!(w.counts(), &[0, 2, 1, 1]);
        let l = parse_table("id,list\np1,A\np2,A\np2,B\np3,B\np4,A\n").unwrap();
        assert_eq!(l.counts(), &[0, 2, 1, 1]);
        assert_eq!(l.names(), &["A".to_string(), "B".to_string()]);
    }

    #[test]
    fn rejects_bad_input() {
        let kind = |text: &str| parse_table(text).unwrap_err().errors[0].kind.clone();
        let e = parse_table("A,B,count\n1,0,-5\n").unwrap_err();
        assert_eq!(e.errors[0].kind, ParseErrorKind::NegativeCount);
        assert_eq!(e.errors[0].line, 2);
        assert_eq!(
            kind("A,B,count\n1,0,2.5\n"),
            ParseErrorKind::NonIntegerCount
        );
        assert_eq!(kind("A,B,count\n1,2,2\n"), ParseErrorKind::NotBinary);
        assert!(matches!(
            kind("A,B,C,count\n1,0,0,2\n1,1,0,1\n0,1,0,1\n"),
            ParseErrorKind::Table(TableError::ListCapturesNobody(_))
        ));
        assert!(matches!(
            kind("A,B,C,count\n1,0,0,2\n0,1,0,2\n0,0,1,4\n"),
            ParseErrorKind::Table(TableError::AllOverlapsEmpty)
        ));
        // a list that captures everybody is accepted and named
        let t = parse_table("A,B,count\n1,1,2\n1,0,3\n").unwrap();
        assert_eq!(t.complete_lists(), vec![0]);
    }
}
