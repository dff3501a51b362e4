// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledInterval`] and the types nested in it, from `#/components/schemas/LabeledInterval`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LabeledInterval {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub label_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    pub start: i64,
    pub stop: Option<i64>,
}
