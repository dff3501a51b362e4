// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFieldFilterDateRange`] and the types nested in it, from `#/components/schemas/MetadataFieldFilterDateRange`.

/// Metadata field filter (date range)
///
/// Specifies which `date` field on the template to filter the search
/// results by, specifying a range of dates that can match.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct MetadataFieldFilterDateRange {
    /// Specifies the (inclusive) upper bound for the metadata field
    /// value. The value of a field must be lower than (`lt`) or
    /// equal to this value for the search query to match this
    /// template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<chrono::DateTime<chrono::Utc>>,
    /// Specifies the (inclusive) lower bound for the metadata field
    /// value. The value of a field must be greater than (`gt`) or
    /// equal to this value for the search query to match this
    /// template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gt: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataFieldFilterDateRange {
        lt: optional::<Option<chrono::DateTime<chrono::Utc>>>("lt"),
        gt: optional::<Option<chrono::DateTime<chrono::Utc>>>("gt")
    }
);
