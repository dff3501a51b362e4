// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequests`] and the types nested in it, from `#/components/schemas/SignRequests`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Box Sign requests
///
/// A standard representation of a signature request, as returned from any Box Sign
/// API endpoints by default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequests {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// A list of Box Sign requests.
    pub entries: Option<Vec<super::SignRequest>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequests { limit: optional("limit"), next_marker: optional("next_marker"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    SignRequests {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        entries: optional::<Option<Vec<super::SignRequest>>>("entries")
    }
);

impl Page for SignRequests {
    type Item = super::SignRequest;

    fn into_page(self) -> (Vec<super::SignRequest>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
