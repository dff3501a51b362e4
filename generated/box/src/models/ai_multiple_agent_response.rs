// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiMultipleAgentResponse`] and the types nested in it, from `#/components/schemas/AiMultipleAgentResponse`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// AI agents list
///
/// List of AI Agents with pagination.
#[derive(Clone, Debug, PartialEq)]
pub struct AiMultipleAgentResponse {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// The list of AI Agents.
    pub entries: Vec<super::AiSingleAgentResponseFull>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiMultipleAgentResponse {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: required("entries")
    }
);

deserialize_struct!(
    runtime,
    AiMultipleAgentResponse {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: required::<Vec<super::AiSingleAgentResponseFull>>("entries")
    }
);

impl Page for AiMultipleAgentResponse {
    type Item = super::AiSingleAgentResponseFull;

    fn into_page(self) -> (Vec<super::AiSingleAgentResponseFull>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries, cursor)
    }
}
