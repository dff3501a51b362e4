// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLabeledDataRequest`] and the types nested in it, from `#/components/schemas/PatchedLabeledDataRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedLabeledDataRequest` schema, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedLabeledDataRequest {
    /// The `version` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/version`).
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/tags`).
    pub tags: Option<Vec<super::LabeledImageRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/shapes`).
    pub shapes: Option<Vec<super::LabeledShapeRequest>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/tracks`).
    pub tracks: Option<Vec<super::LabeledTrackRequest>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/PatchedLabeledDataRequest/properties/intervals`).
    pub intervals: Option<Vec<super::LabeledIntervalRequest>>,
}

serialize_struct!(
    runtime,
    PatchedLabeledDataRequest {
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
    PatchedLabeledDataRequest {
        version: optional::<Option<i64>>("version"),
        tags: optional::<Option<Vec<super::LabeledImageRequest>>>("tags"),
        shapes: optional::<Option<Vec<super::LabeledShapeRequest>>>("shapes"),
        tracks: optional::<Option<Vec<super::LabeledTrackRequest>>>("tracks"),
        intervals: optional::<Option<Vec<super::LabeledIntervalRequest>>>("intervals")
    }
);
