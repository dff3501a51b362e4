// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedCloudStorageReadList`] and the types nested in it, from `#/components/schemas/PaginatedCloudStorageReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedCloudStorageReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedCloudStorageReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedCloudStorageReadList/properties/results`).
    pub results: Vec<super::CloudStorageRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedCloudStorageReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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
