// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedQualityReportList`] and the types nested in it, from `#/components/schemas/PaginatedQualityReportList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedQualityReportList` schema, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedQualityReportList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedQualityReportList/properties/results`).
    pub results: Vec<super::QualityReport>,
}

impl Page for PaginatedQualityReportList {
    type Item = super::QualityReport;

    fn into_page(self) -> (Vec<super::QualityReport>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
