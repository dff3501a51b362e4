// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledTrack`] and the types nested in it, from `#/components/schemas/SubLabeledTrack`.

use crate::runtime::{self, deserialize_struct};

/// The `SubLabeledTrack` schema, which the spec does not describe (`#/components/schemas/SubLabeledTrack`).
#[derive(Clone, Debug, PartialEq)]
pub struct SubLabeledTrack {
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/id`).
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/group`).
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/shapes`).
    pub shapes: Vec<super::TrackedShape>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SubLabeledTrack {
        id: optional("id"),
        label_id: required("label_id"),
        group: optional("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        shapes: required("shapes")
    }
);

deserialize_struct!(
    runtime,
    SubLabeledTrack {
        id: optional::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: optional::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes"),
        shapes: required::<Vec<super::TrackedShape>>("shapes")
    }
);
