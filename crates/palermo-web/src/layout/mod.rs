//! The one page layout (`layout/base.html`): every page's template struct
//! holds a [`Layout`] in a field named `layout`, which the base template
//! reads for the language, the navigation, the signed-in user, the as-of
//! date of the data shown and the CSRF token of the page's forms.

/// A link of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavLink {
    /// Where it goes, a path on this site.
    pub href: &'static str,
    /// What it says.
    pub label: &'static str,
}

/// The signed-in user, as the layout shows it (private pages only: public
/// pages never read the session, so theirs is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The display name.
    pub name: String,
    /// The organisation, if any (a State, a UN entity, an agency).
    pub organisation: Option<String>,
}

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The page's language, the `lang` attribute of `<html>` (BCP 47):
    /// "en" until pages are translated.
    pub lang: &'static str,
    /// The main navigation, from the feature modules ([`navigation`]).
    pub nav: Vec<NavLink>,
    /// The signed-in user (private pages only).
    pub user: Option<User>,
    /// The date of the data the page shows (`YYYY-MM-DD`), when it has one.
    pub as_of: Option<String>,
    /// The CSRF token the page's state-changing forms carry (private
    /// pages with forms; filled in by the accounts module).
    pub csrf_token: Option<String>,
}

impl Layout {
    /// The layout of a public page: English, the full navigation, no user,
    /// no token.
    pub fn public() -> Self {
        Self {
            lang: "en",
            nav: navigation(),
            user: None,
            as_of: None,
            csrf_token: None,
        }
    }

    /// The same layout, stating the date of the data shown.
    #[must_use]
    pub fn as_of(mut self, date: impl Into<String>) -> Self {
        self.as_of = Some(date.into());
        self
    }
}

/// The main navigation: each feature module's links, in the order of the
/// modules, then the API's description.
pub fn navigation() -> Vec<NavLink> {
    [
        crate::treaty::NAV,
        crate::data::NAV,
        crate::estimation::NAV,
        &[NavLink {
            href: "/api/v1/openapi.json",
            label: "API",
        }],
    ]
    .concat()
}
