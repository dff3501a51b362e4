// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedCloudStorageReadList`] and the types nested in it, from `#/components/schemas/PaginatedCloudStorageReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedCloudStorageReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedCloudStorageReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/results`).
    pub results: Vec<super::CloudStorageRead>,
}

deserialize_struct!(
    runtime,
    PaginatedCloudStorageReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::CloudStorageRead>>("results")
    }
);

impl Page for PaginatedCloudStorageReadList {
    type Item = super::CloudStorageRead;

    fn into_page(self) -> (Vec<super::CloudStorageRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
