// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledDataRequest`] and the types nested in it, from `#/components/schemas/LabeledDataRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LabeledDataRequest` schema, which the spec does not describe (`#/components/schemas/LabeledDataRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabeledDataRequest {
    /// The `version` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/version`).
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/tags`).
    pub tags: Option<Vec<super::LabeledImageRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/shapes`).
    pub shapes: Option<Vec<super::LabeledShapeRequest>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/tracks`).
    pub tracks: Option<Vec<super::LabeledTrackRequest>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/LabeledDataRequest/properties/intervals`).
    pub intervals: Option<Vec<super::LabeledIntervalRequest>>,
}

serialize_struct!(
    runtime,
    LabeledDataRequest {
        version: optional("version"),
        tags: optional("tags"),
        shapes: optional("shapes"),
        tracks: optional("tracks"),
        intervals: optional("intervals")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabeledDataRequest {
        version: optional::<Option<i64>>("version"),
        tags: optional::<Option<Vec<super::LabeledImageRequest>>>("tags"),
        shapes: optional::<Option<Vec<super::LabeledShapeRequest>>>("shapes"),
        tracks: optional::<Option<Vec<super::LabeledTrackRequest>>>("tracks"),
        intervals: optional::<Option<Vec<super::LabeledIntervalRequest>>>("intervals")
    }
);
