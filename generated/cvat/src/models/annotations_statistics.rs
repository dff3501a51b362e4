// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationsStatistics`] and the types nested in it, from `#/components/schemas/AnnotationsStatistics`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AnnotationsStatistics {
    pub label_id: i64,
    pub label_name: String,
    pub rectangle: super::Count,
    pub ellipse: super::Count,
    pub polygon: super::Count,
    pub polyline: super::Count,
    pub points: super::Count,
    pub mask: super::Count,
    pub cuboid: super::Count,
    pub skeleton: super::Count,
    pub tag: super::Count,
}
