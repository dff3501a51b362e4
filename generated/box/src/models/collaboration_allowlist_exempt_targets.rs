// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistExemptTargets`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistExemptTargets`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Allowed collaboration domains user exemptions
///
/// A list of users exempt from any of the restrictions
/// imposed by the list of allowed collaboration domains for this enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAllowlistExemptTargets {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of users exempt from any of the restrictions
    /// imposed by the list of allowed collaboration domains
    /// for this enterprise.
    pub entries: Option<Vec<super::CollaborationAllowlistExemptTarget>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAllowlistExemptTargets {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAllowlistExemptTargets {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::CollaborationAllowlistExemptTarget>>>("entries")
    }
);

impl Page for CollaborationAllowlistExemptTargets {
    type Item = super::CollaborationAllowlistExemptTarget;

    fn into_page(self) -> (Vec<super::CollaborationAllowlistExemptTarget>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
