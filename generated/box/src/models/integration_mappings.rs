// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappings`] and the types nested in it, from `#/components/schemas/IntegrationMappings`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Integration mappings Slack
///
/// A list of integration mapping
/// objects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IntegrationMappings {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// A list of integration mappings.
    pub entries: Option<Vec<super::IntegrationMapping>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    IntegrationMappings {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    IntegrationMappings {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        entries: optional::<Option<Vec<super::IntegrationMapping>>>("entries")
    }
);

impl Page for IntegrationMappings {
    type Item = super::IntegrationMapping;

    fn into_page(self) -> (Vec<super::IntegrationMapping>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
