// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledInterval`] and the types nested in it, from `#/components/schemas/LabeledInterval`.

use crate::runtime::{self, deserialize_struct};

/// The `LabeledInterval` schema, which the spec does not describe (`#/components/schemas/LabeledInterval`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledInterval {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/id`).
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/group`).
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/source`).
    pub source: Option<String>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/attributes`).
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/score`).
    pub score: Option<f64>,
    /// The `start` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/start`).
    pub start: i64,
    /// The `stop` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/stop`).
    pub stop: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LabeledInterval {
        id: optional("id"),
        label_id: required("label_id"),
        group: optional("group"),
        source: optional("source"),
        attributes: optional("attributes"),
        score: optional("score"),
        start: required("start"),
        stop: required("stop")
    }
);

deserialize_struct!(
    runtime,
    LabeledInterval {
        id: optional::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: optional::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        attributes: optional::<Option<Vec<super::AttributeVal>>>("attributes"),
        score: optional::<Option<f64>>("score"),
        start: required::<i64>("start"),
        stop: optional::<Option<i64>>("stop")
    }
);
