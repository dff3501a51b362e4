// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ShapeType`] and the types nested in it, from `#/components/schemas/ShapeType`.

use crate::runtime::{self, string_enum};

/// * `rectangle` - RECTANGLE
/// * `polygon` - POLYGON
/// * `polyline` - POLYLINE
/// * `points` - POINTS
/// * `ellipse` - ELLIPSE
/// * `cuboid` - CUBOID
/// * `mask` - MASK
/// * `skeleton` - SKELETON
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShapeType {
    /// `rectangle`
    Rectangle,
    /// `polygon`
    Polygon,
    /// `polyline`
    Polyline,
    /// `points`
    Points,
    /// `ellipse`
    Ellipse,
    /// `cuboid`
    Cuboid,
    /// `mask`
    Mask,
    /// `skeleton`
    Skeleton,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShapeType,
    Unknown,
    Rectangle = "rectangle",
    Polygon = "polygon",
    Polyline = "polyline",
    Points = "points",
    Ellipse = "ellipse",
    Cuboid = "cuboid",
    Mask = "mask",
    Skeleton = "skeleton"
);
