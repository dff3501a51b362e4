// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFieldFilterDateRange`] and the types nested in it, from `#/components/schemas/MetadataFieldFilterDateRange`.

use crate::runtime::{self, serialize_struct};

/// Metadata field filter (date range)
///
/// Specifies which `date` field on the template to filter the search
/// results by, specifying a range of dates that can match.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataFieldFilterDateRange {
    /// Specifies the (inclusive) upper bound for the metadata field
    /// value. The value of a field must be lower than (`lt`) or
    /// equal to this value for the search query to match this
    /// template.
    pub lt: Option<chrono::DateTime<chrono::Utc>>,
    /// Specifies the (inclusive) lower bound for the metadata field
    /// value. The value of a field must be greater than (`gt`) or
    /// equal to this value for the search query to match this
    /// template.
    pub gt: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(runtime, MetadataFieldFilterDateRange { lt: optional("lt"), gt: optional("gt") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataFieldFilterDateRange {
        lt: optional::<Option<chrono::DateTime<chrono::Utc>>>("lt"),
        gt: optional::<Option<chrono::DateTime<chrono::Utc>>>("gt")
    }
);
