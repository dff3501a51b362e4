// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledTrack`] and the types nested in it, from `#/components/schemas/LabeledTrack`.

use crate::runtime::{self, deserialize_struct};

/// The `LabeledTrack` schema, which the spec does not describe (`#/components/schemas/LabeledTrack`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledTrack {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/id`).
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/group`).
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/shapes`).
    pub shapes: Vec<super::TrackedShape>,
    /// The `elements` property, which the spec does not describe (`#/components/schemas/LabeledTrack/properties/elements`).
    pub elements: Option<Vec<super::SubLabeledTrack>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LabeledTrack {
        id: optional("id"),
        label_id: required("label_id"),
        group: optional("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        shapes: required("shapes"),
        elements: optional("elements")
    }
);

deserialize_struct!(
    runtime,
    LabeledTrack {
        id: optional::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: optional::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes"),
        shapes: required::<Vec<super::TrackedShape>>("shapes"),
        elements: optional::<Option<Vec<super::SubLabeledTrack>>>("elements")
    }
);
