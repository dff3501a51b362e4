// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledImage`] and the types nested in it, from `#/components/schemas/LabeledImage`.

use crate::runtime::{self, deserialize_struct};

/// The `LabeledImage` schema, which the spec does not describe (`#/components/schemas/LabeledImage`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledImage {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/id`).
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/group`).
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/source`).
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledImage/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LabeledImage {
        id: optional("id"),
        label_id: required("label_id"),
        group: optional("group"),
        source: optional("source"),
        frame: required("frame"),
        attributes: optional("attributes")
    }
);

deserialize_struct!(
    runtime,
    LabeledImage {
        id: optional::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: optional::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes")
    }
);
