// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledShape`] and the types nested in it, from `#/components/schemas/LabeledShape`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LabeledShape {
    pub r#type: super::ShapeType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occluded: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub label_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub frame: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeVal>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elements: Option<Vec<super::SubLabeledShape>>,
}
