// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFieldFilterFloatRange`] and the types nested in it, from `#/components/schemas/MetadataFieldFilterFloatRange`.

use crate::runtime::{self, serialize_struct};

/// Metadata field filter (float range)
///
/// Specifies which `float` field on the template to filter the search
/// results by, specifying a range of values that can match.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataFieldFilterFloatRange {
    /// Specifies the (inclusive) upper bound for the metadata field
    /// value. The value of a field must be lower than (`lt`) or
    /// equal to this value for the search query to match this
    /// template.
    pub lt: Option<f64>,
    /// Specifies the (inclusive) lower bound for the metadata field
    /// value. The value of a field must be greater than (`gt`) or
    /// equal to this value for the search query to match this
    /// template.
    pub gt: Option<f64>,
}

serialize_struct!(runtime, MetadataFieldFilterFloatRange { lt: optional("lt"), gt: optional("gt") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataFieldFilterFloatRange { lt: optional::<Option<f64>>("lt"), gt: optional::<Option<f64>>("gt") }
);
