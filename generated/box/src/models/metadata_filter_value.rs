// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFilterValue`] and the types nested in it, from `#/components/schemas/MetadataFilterValue`.

/// Metadata filter value
///
/// A value of metadata filter.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum MetadataFilterValue {
    String(String),
    Number(f64),
    MetadataFieldFilterMultiSelect(Vec<String>),
    MetadataFieldFilterFloatRange(super::MetadataFieldFilterFloatRange),
    MetadataFieldFilterDateRange(super::MetadataFieldFilterDateRange),
}
