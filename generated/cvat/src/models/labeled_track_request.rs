// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledTrackRequest`] and the types nested in it, from `#/components/schemas/LabeledTrackRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LabeledTrackRequest` schema, which the spec does not describe (`#/components/schemas/LabeledTrackRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledTrackRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/shapes`).
    pub shapes: Vec<super::TrackedShapeRequest>,
    /// The `elements` property, which the spec does not describe (`#/components/schemas/LabeledTrackRequest/properties/elements`).
    pub elements: Option<Vec<super::SubLabeledTrackRequest>>,
}

serialize_struct!(
    runtime,
    LabeledTrackRequest {
        id: nullable("id"),
        label_id: required("label_id"),
        group: nullable("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        shapes: required("shapes"),
        elements: optional("elements")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabeledTrackRequest {
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        shapes: required::<Vec<super::TrackedShapeRequest>>("shapes"),
        elements: optional::<Option<Vec<super::SubLabeledTrackRequest>>>("elements")
    }
);
