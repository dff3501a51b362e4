// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Workflows`] and the types nested in it, from `#/components/schemas/Workflows`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Workflows
///
/// A list of workflows.
///
/// You application must be authorized to use the `Manage Box Relay` application
/// scope within the developer console in order to use this resource.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workflows {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of workflows.
    pub entries: Option<Vec<super::Workflow>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Workflows {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    Workflows {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::Workflow>>>("entries")
    }
);

impl Page for Workflows {
    type Item = super::Workflow;

    fn into_page(self) -> (Vec<super::Workflow>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
