// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationsStatistics`] and the types nested in it, from `#/components/schemas/AnnotationsStatistics`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationsStatistics` schema, which the spec does not describe (`#/components/schemas/AnnotationsStatistics`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationsStatistics {
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/label_id`).
    pub label_id: i64,
    /// The `label_name` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/label_name`).
    pub label_name: String,
    /// The `rectangle` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/rectangle`).
    pub rectangle: super::Count,
    /// The `ellipse` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/ellipse`).
    pub ellipse: super::Count,
    /// The `polygon` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/polygon`).
    pub polygon: super::Count,
    /// The `polyline` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/polyline`).
    pub polyline: super::Count,
    /// The `points` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/points`).
    pub points: super::Count,
    /// The `mask` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/mask`).
    pub mask: super::Count,
    /// The `cuboid` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/cuboid`).
    pub cuboid: super::Count,
    /// The `skeleton` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/skeleton`).
    pub skeleton: super::Count,
    /// The `tag` property, which the spec does not describe (`#/components/schemas/AnnotationsStatistics/properties/tag`).
    pub tag: super::Count,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationsStatistics {
        label_id: required("label_id"),
        label_name: required("label_name"),
        rectangle: required("rectangle"),
        ellipse: required("ellipse"),
        polygon: required("polygon"),
        polyline: required("polyline"),
        points: required("points"),
        mask: required("mask"),
        cuboid: required("cuboid"),
        skeleton: required("skeleton"),
        tag: required("tag")
    }
);

deserialize_struct!(
    runtime,
    AnnotationsStatistics {
        label_id: required::<i64>("label_id"),
        label_name: required::<String>("label_name"),
        rectangle: required::<super::Count>("rectangle"),
        ellipse: required::<super::Count>("ellipse"),
        polygon: required::<super::Count>("polygon"),
        polyline: required::<super::Count>("polyline"),
        points: required::<super::Count>("points"),
        mask: required::<super::Count>("mask"),
        cuboid: required::<super::Count>("cuboid"),
        skeleton: required::<super::Count>("skeleton"),
        tag: required::<super::Count>("tag")
    }
);
