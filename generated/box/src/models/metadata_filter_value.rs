// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFilterValue`] and the types nested in it, from `#/components/schemas/MetadataFilterValue`.

/// Metadata filter value
///
/// A value of metadata filter.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum MetadataFilterValue {
    /// The `String` alternative (`#/components/schemas/MetadataFilterValue/oneOf/0`).
    String(String),
    /// The `Number` alternative (`#/components/schemas/MetadataFilterValue/oneOf/1`).
    Number(f64),
    /// Specifies the values to match for a `multiSelect` metadata
    /// field. When performing a search, the query will essentially
    /// perform an `OR` operation to match any template where any of
    /// the provided values match this field.
    MetadataFieldFilterMultiSelect(Vec<String>),
    /// The `MetadataFieldFilterFloatRange` alternative (`#/components/schemas/MetadataFilterValue/oneOf/3`).
    MetadataFieldFilterFloatRange(super::MetadataFieldFilterFloatRange),
    /// The `MetadataFieldFilterDateRange` alternative (`#/components/schemas/MetadataFilterValue/oneOf/4`).
    MetadataFieldFilterDateRange(super::MetadataFieldFilterDateRange),
}

impl From<String> for MetadataFilterValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<f64> for MetadataFilterValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl From<Vec<String>> for MetadataFilterValue {
    fn from(value: Vec<String>) -> Self {
        Self::MetadataFieldFilterMultiSelect(value)
    }
}

impl From<super::MetadataFieldFilterFloatRange> for MetadataFilterValue {
    fn from(value: super::MetadataFieldFilterFloatRange) -> Self {
        Self::MetadataFieldFilterFloatRange(value)
    }
}

impl From<super::MetadataFieldFilterDateRange> for MetadataFilterValue {
    fn from(value: super::MetadataFieldFilterDateRange) -> Self {
        Self::MetadataFieldFilterDateRange(value)
    }
}
