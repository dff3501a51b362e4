// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedConsensusSettingsList`] and the types nested in it, from `#/components/schemas/PaginatedConsensusSettingsList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedConsensusSettingsList` schema, which the spec does not describe (`#/components/schemas/PaginatedConsensusSettingsList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedConsensusSettingsList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedConsensusSettingsList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedConsensusSettingsList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedConsensusSettingsList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedConsensusSettingsList/properties/results`).
    pub results: Vec<super::ConsensusSettings>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedConsensusSettingsList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedConsensusSettingsList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::ConsensusSettings>>("results")
    }
);

impl Page for PaginatedConsensusSettingsList {
    type Item = super::ConsensusSettings;

    fn into_page(self) -> (Vec<super::ConsensusSettings>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
