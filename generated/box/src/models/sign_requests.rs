// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequests`] and the types nested in it, from `#/components/schemas/SignRequests`.

use crate::runtime::{Cursor, Page};

/// Box Sign requests
///
/// A standard representation of a signature request, as returned from any Box Sign
/// API endpoints by default.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequests {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// A list of Box Sign requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::SignRequest>>,
}

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
