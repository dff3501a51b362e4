// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledIntervalRequest`] and the types nested in it, from `#/components/schemas/LabeledIntervalRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LabeledIntervalRequest` schema, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledIntervalRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/source`).
    pub source: Option<String>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/score`).
    pub score: Option<f64>,
    /// The `start` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/start`).
    pub start: i64,
    /// The `stop` property, which the spec does not describe (`#/components/schemas/LabeledIntervalRequest/properties/stop`).
    pub stop: Option<i64>,
}

serialize_struct!(
    runtime,
    LabeledIntervalRequest {
        id: nullable("id"),
        label_id: required("label_id"),
        group: nullable("group"),
        source: optional("source"),
        attributes: optional("attributes"),
        score: optional("score"),
        start: required("start"),
        stop: required("stop")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabeledIntervalRequest {
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        score: optional::<Option<f64>>("score"),
        start: required::<i64>("start"),
        stop: optional::<Option<i64>>("stop")
    }
);
