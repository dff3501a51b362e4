// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledData`] and the types nested in it, from `#/components/schemas/LabeledData`.

use crate::runtime::{self, deserialize_struct};

/// The `LabeledData` schema, which the spec does not describe (`#/components/schemas/LabeledData`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabeledData {
    /// The `version` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/version`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub version: Option<i64>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tags`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub tags: Option<Vec<super::LabeledImage>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/shapes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shapes: Option<Vec<super::LabeledShape>>,
    /// The `tracks` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/tracks`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub tracks: Option<Vec<super::LabeledTrack>>,
    /// The `intervals` property, which the spec does not describe (`#/components/schemas/LabeledData/properties/intervals`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub intervals: Option<Vec<super::LabeledInterval>>,
}

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
