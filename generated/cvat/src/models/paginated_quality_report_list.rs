// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedQualityReportList`] and the types nested in it, from `#/components/schemas/PaginatedQualityReportList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedQualityReportList` schema, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedQualityReportList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/results`).
    pub results: Vec<super::QualityReport>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedQualityReportList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedQualityReportList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::QualityReport>>("results")
    }
);

impl Page for PaginatedQualityReportList {
    type Item = super::QualityReport;

    fn into_page(self) -> (Vec<super::QualityReport>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
