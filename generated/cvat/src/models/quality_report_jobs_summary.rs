// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportJobsSummary`] and the types nested in it, from `#/components/schemas/QualityReportJobsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `QualityReportJobsSummary` schema, which the spec does not describe (`#/components/schemas/QualityReportJobsSummary`).
#[derive(Clone, Debug, PartialEq)]
pub struct QualityReportJobsSummary {
    /// Non-GT jobs in included tasks
    pub total: i64,
    /// Jobs excluded by filters
    pub excluded: i64,
    /// Included jobs without validation frames
    pub not_checkable: i64,
    /// Included job count = total - excluded
    pub included: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QualityReportJobsSummary {
        total: required("total"),
        excluded: required("excluded"),
        not_checkable: required("not_checkable"),
        included: required("included")
    }
);

deserialize_struct!(
    runtime,
    QualityReportJobsSummary {
        total: required::<i64>("total"),
        excluded: required::<i64>("excluded"),
        not_checkable: required::<i64>("not_checkable"),
        included: required::<i64>("included")
    }
);
