// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Count`] and the types nested in it, from `#/components/schemas/Count`.

use crate::runtime::{self, deserialize_struct};

/// The `Count` schema, which the spec does not describe (`#/components/schemas/Count`).
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/Count/properties/shapes`).
    pub shapes: i64,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/Count/properties/tracks`).
    pub tracks: i64,
    /// The `manual` property, which the spec does not describe (`#/components/schemas/Count/properties/manual`).
    pub manual: i64,
    /// The `interpolated` property, which the spec does not describe (`#/components/schemas/Count/properties/interpolated`).
    pub interpolated: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Count {
        shapes: required("shapes"),
        tracks: required("tracks"),
        manual: required("manual"),
        interpolated: required("interpolated")
    }
);

deserialize_struct!(
    runtime,
    Count {
        shapes: required::<i64>("shapes"),
        tracks: required::<i64>("tracks"),
        manual: required::<i64>("manual"),
        interpolated: required::<i64>("interpolated")
    }
);
