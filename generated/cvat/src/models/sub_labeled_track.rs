// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledTrack`] and the types nested in it, from `#/components/schemas/SubLabeledTrack`.

/// The `SubLabeledTrack` schema, which the spec does not describe (`#/components/schemas/SubLabeledTrack`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SubLabeledTrack {
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/group`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrack/properties/shapes`).
    pub shapes: Vec<super::TrackedShape>,
}
