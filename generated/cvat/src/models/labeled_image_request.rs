// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledImageRequest`] and the types nested in it, from `#/components/schemas/LabeledImageRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LabeledImageRequest` schema, which the spec does not describe (`#/components/schemas/LabeledImageRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledImageRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledImageRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
}

serialize_struct!(
    runtime,
    LabeledImageRequest {
        id: nullable("id"),
        label_id: required("label_id"),
        group: nullable("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabeledImageRequest {
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes")
    }
);
