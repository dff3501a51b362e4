// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledData`] and the types nested in it, from `#/components/schemas/LabeledData`.

use crate::runtime::{self, deserialize_struct};

/// The `LabeledData` schema, which the spec does not describe (`#/components/schemas/LabeledData`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabeledData {
    /// The `version` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/version`).
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tags`).
    pub tags: Option<Vec<super::LabeledImage>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/shapes`).
    pub shapes: Option<Vec<super::LabeledShape>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tracks`).
    pub tracks: Option<Vec<super::LabeledTrack>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/intervals`).
    pub intervals: Option<Vec<super::LabeledInterval>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LabeledData {
        version: optional("version"),
        tags: optional("tags"),
        shapes: optional("shapes"),
        tracks: optional("tracks"),
        intervals: optional("intervals")
    }
);

deserialize_struct!(
    runtime,
    LabeledData {
        version: optional::<Option<i64>>("version"),
        tags: optional::<Option<Vec<super::LabeledImage>>>("tags"),
        shapes: optional::<Option<Vec<super::LabeledShape>>>("shapes"),
        tracks: optional::<Option<Vec<super::LabeledTrack>>>("tracks"),
        intervals: optional::<Option<Vec<super::LabeledInterval>>>("intervals")
    }
);
