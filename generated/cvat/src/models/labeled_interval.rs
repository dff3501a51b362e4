// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledInterval`] and the types nested in it, from `#/components/schemas/LabeledInterval`.

/// The `LabeledInterval` schema, which the spec does not describe (`#/components/schemas/LabeledInterval`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabeledInterval {
    /// The `id` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/group`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `score` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/score`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The `start` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/start`).
    pub start: i64,
    /// The `stop` property, which the spec does not describe (`#/components/schemas/LabeledInterval/properties/stop`).
    pub stop: Option<i64>,
}
