// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFieldFilterFloatRange`] and the types nested in it, from `#/components/schemas/MetadataFieldFilterFloatRange`.

/// Metadata field filter (float range)
///
/// Specifies which `float` field on the template to filter the search
/// results by, specifying a range of values that can match.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct MetadataFieldFilterFloatRange {
    /// Specifies the (inclusive) upper bound for the metadata field
    /// value. The value of a field must be lower than (`lt`) or
    /// equal to this value for the search query to match this
    /// template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<f64>,
    /// Specifies the (inclusive) lower bound for the metadata field
    /// value. The value of a field must be greater than (`gt`) or
    /// equal to this value for the search query to match this
    /// template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gt: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataFieldFilterFloatRange { lt: optional::<Option<f64>>("lt"), gt: optional::<Option<f64>>("gt") }
);
