// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelType`] and the types nested in it, from `#/components/schemas/LabelType`.

use crate::runtime::{self, string_enum};

/// * `any` - ANY
/// * `cuboid` - CUBOID
/// * `ellipse` - ELLIPSE
/// * `mask` - MASK
/// * `points` - POINTS
/// * `polygon` - POLYGON
/// * `polyline` - POLYLINE
/// * `rectangle` - RECTANGLE
/// * `skeleton` - SKELETON
/// * `interval` - INTERVAL
/// * `tag` - TAG
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelType {
    /// `any`
    Any,
    /// `cuboid`
    Cuboid,
    /// `ellipse`
    Ellipse,
    /// `mask`
    Mask,
    /// `points`
    Points,
    /// `polygon`
    Polygon,
    /// `polyline`
    Polyline,
    /// `rectangle`
    Rectangle,
    /// `skeleton`
    Skeleton,
    /// `interval`
    Interval,
    /// `tag`
    Tag,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    LabelType,
    Unknown,
    Any = "any",
    Cuboid = "cuboid",
    Ellipse = "ellipse",
    Mask = "mask",
    Points = "points",
    Polygon = "polygon",
    Polyline = "polyline",
    Rectangle = "rectangle",
    Skeleton = "skeleton",
    Interval = "interval",
    Tag = "tag"
);
