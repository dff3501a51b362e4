// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedCloudStorageReadList`] and the types nested in it, from `#/components/schemas/PaginatedCloudStorageReadList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedCloudStorageReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedCloudStorageReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/results`).
    pub results: Vec<super::CloudStorageRead>,
}

impl Page for PaginatedCloudStorageReadList {
    type Item = super::CloudStorageRead;

    fn into_page(self) -> (Vec<super::CloudStorageRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
