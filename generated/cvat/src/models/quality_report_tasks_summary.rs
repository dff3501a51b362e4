// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportTasksSummary`] and the types nested in it, from `#/components/schemas/QualityReportTasksSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `QualityReportTasksSummary` schema, which the spec does not describe (`#/components/schemas/QualityReportTasksSummary`).
#[derive(Clone, Debug, PartialEq)]
pub struct QualityReportTasksSummary {
    /// Total task count
    pub total: i64,
    /// Tasks with individual settings
    pub custom: i64,
    /// Tasks with validation not configured
    pub not_configured: i64,
    /// Tasks excluded by filters
    pub excluded: i64,
    /// Included task count = total - custom - non_configured - excluded
    pub included: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QualityReportTasksSummary {
        total: required("total"),
        custom: required("custom"),
        not_configured: required("not_configured"),
        excluded: required("excluded"),
        included: required("included")
    }
);

deserialize_struct!(
    runtime,
    QualityReportTasksSummary {
        total: required::<i64>("total"),
        custom: required::<i64>("custom"),
        not_configured: required::<i64>("not_configured"),
        excluded: required::<i64>("excluded"),
        included: required::<i64>("included")
    }
);
