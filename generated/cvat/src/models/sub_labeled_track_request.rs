// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledTrackRequest`] and the types nested in it, from `#/components/schemas/SubLabeledTrackRequest`.

use crate::runtime::{self, serialize_struct};

/// The `SubLabeledTrackRequest` schema, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct SubLabeledTrackRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/shapes`).
    pub shapes: Vec<super::TrackedShapeRequest>,
}

serialize_struct!(
    runtime,
    SubLabeledTrackRequest {
        id: nullable("id"),
        label_id: required("label_id"),
        group: nullable("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes"),
        shapes: required("shapes")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SubLabeledTrackRequest {
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        shapes: required::<Vec<super::TrackedShapeRequest>>("shapes")
    }
);
