// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiMultipleAgentResponse`] and the types nested in it, from `#/components/schemas/AiMultipleAgentResponse`.

use crate::runtime::{Cursor, Page};

/// AI agents list
///
/// List of AI Agents with pagination.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiMultipleAgentResponse {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_marker: Option<String>,
    /// The list of AI Agents.
    pub entries: Vec<super::AiSingleAgentResponseFull>,
}

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
