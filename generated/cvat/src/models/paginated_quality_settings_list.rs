// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedQualitySettingsList`] and the types nested in it, from `#/components/schemas/PaginatedQualitySettingsList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedQualitySettingsList` schema, which the spec does not describe (`#/components/schemas/PaginatedQualitySettingsList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedQualitySettingsList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedQualitySettingsList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedQualitySettingsList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedQualitySettingsList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedQualitySettingsList/properties/results`).
    pub results: Vec<super::QualitySettings>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedQualitySettingsList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedQualitySettingsList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::QualitySettings>>("results")
    }
);

impl Page for PaginatedQualitySettingsList {
    type Item = super::QualitySettings;

    fn into_page(self) -> (Vec<super::QualitySettings>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
