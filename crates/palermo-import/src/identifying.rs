//! Columns that identify persons (or a shelter's whereabouts). A case-record
//! file holding any of them is refused whole, whatever its layout (CTDC,
//! HTCDS CSV, HTCDS JSON keys): Palermo never stores identifiers, which stay
//! on the data holder's machine (`palermo linkage encode`).
//!
//! Names are matched after normalisation: case, white space, `_` and `-`
//! are ignored, and an HTCDS table prefix (`prs_`, `hte_`, `org_`: three
//! letters and an underscore) may be present or not. So `prs_FirstName`,
//! `FirstName`, `first_name` and `First Name` all match.

use crate::rows::norm_header;

/// Identifying fields of the **Human Trafficking Case Data Standard 2.0**
/// (IOM and partners; field list `HTCDS_Field_Standards_2.0.csv`), by the
/// standard's field names without their table prefix, normalised:
/// names, date of birth, identity document, contact details, postal
/// addresses and geographic coordinates.
pub const HTCDS_IDENTIFYING: &[&str] = &[
    // Person (prs_): names.
    "salutation",
    "firstname",
    "middlename",
    "secondname",
    // Person: date of birth and identity document.
    "birthdate",
    "identitynumber",
    // Person: contact details.
    "email",
    "homephone",
    "mobilephone",
    // Person: mailing address (a compound: every part of it) and its geolocation.
    "mailingstreet",
    "mailingcity",
    "mailingstate",
    "mailingcountry",
    "mailingpostalcode",
    "mailinglatitude",
    "mailinglongitude",
    // Historic Trafficking Event (hte_): the place, down to the street, and
    // its geolocation (hte_Country is kept: it is the country of an event).
    "street",
    "city",
    "state",
    "postalcode",
    "latitude",
    "longitude",
    // Organization (org_): its name, address, geolocation and phone; a
    // shelter's name or address can endanger the people in it.
    "name",
    "shippingstreet",
    "shippingcity",
    "shippingstate",
    "shippingcountry",
    "shippingpostalcode",
    "shippinglatitude",
    "shippinglongitude",
    "phone",
];

/// Common column names for the same identifiers outside the standard (CTDC
/// exports, agencies' own spreadsheets), normalised.
pub const COMMON_IDENTIFYING: &[&str] = &[
    // Names.
    "fullname",
    "lastname",
    "surname",
    "familyname",
    "givenname",
    "forename",
    "maidenname",
    "nickname",
    "alias",
    // Dates of birth.
    "dateofbirth",
    "dob",
    "birthday",
    // Identity documents.
    "passport",
    "passportnumber",
    "passportno",
    "idnumber",
    "idno",
    "nationalid",
    "nationalidnumber",
    "identitycardnumber",
    "documentnumber",
    "socialsecuritynumber",
    "ssn",
    // Contact details.
    "emailaddress",
    "phonenumber",
    "telephone",
    "mobile",
    "mobilenumber",
    "cellphone",
    // Addresses.
    "address",
    "homeaddress",
    "streetaddress",
    "postcode",
    "zipcode",
    "zip",
    // Coordinates.
    "lat",
    "lon",
    "lng",
    "coordinates",
    "geolocation",
    "gps",
];

/// `h` lower-cased without white space, `_` or `-`, and the same without a
/// table prefix (three ASCII letters and `_`), if it has one.
fn forms(h: &str) -> (String, Option<String>) {
    let t = h.trim();
    let stripped = match t.split_once('_') {
        Some((p, rest)) if p.len() == 3 && p.chars().all(|c| c.is_ascii_alphabetic()) => {
            Some(norm_header(rest))
        }
        _ => None,
    };
    (norm_header(t), stripped)
}

/// Whether the column (or JSON key) `h` identifies a person.
pub fn is_identifying(h: &str) -> bool {
    let listed = |n: &str| HTCDS_IDENTIFYING.contains(&n) || COMMON_IDENTIFYING.contains(&n);
    let (full, stripped) = forms(h);
    listed(&full) || stripped.as_deref().is_some_and(listed)
}

/// The identifying columns among `headers`, as written, in their order.
/// Only names are returned: a caller refusing the file never sees a value.
pub fn identifying_columns<'a>(headers: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    headers
        .into_iter()
        .filter(|h| is_identifying(h))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_regardless_of_case_prefix_and_separators() {
        for h in [
            "prs_FirstName",
            "FirstName",
            "first_name",
            "First Name",
            "PRS_BIRTHDATE",
            "prs_MailingState",
            "prs_MailingCountry",
            "hte_Street",
            "hte_City",
            "hte_Latitude",
            "LastName",
            "DateOfBirth",
            "DOB",
            "PassportNumber",
            "Address",
            "Phone",
            "e-mail",
        ] {
            assert!(is_identifying(h), "{h}");
        }
        for h in [
            "prs_Gender",
            "vic_TypeOfExploitation",
            "prs_Citizenship",
            "hte_Country",
            "vic_LocationOfExploitation",
            "yearOfRegistration",
            "ageBroad",
            "CountryOfExploitation",
            "citizenship",
            "traffickMonths",
            "Datasource",
        ] {
            assert!(!is_identifying(h), "{h}");
        }
    }
}
