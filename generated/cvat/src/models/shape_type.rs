// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ShapeType`] and the types nested in it, from `#/components/schemas/ShapeType`.

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

impl ShapeType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rectangle => "rectangle",
            Self::Polygon => "polygon",
            Self::Polyline => "polyline",
            Self::Points => "points",
            Self::Ellipse => "ellipse",
            Self::Cuboid => "cuboid",
            Self::Mask => "mask",
            Self::Skeleton => "skeleton",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShapeType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "rectangle" => Self::Rectangle,
            "polygon" => Self::Polygon,
            "polyline" => Self::Polyline,
            "points" => Self::Points,
            "ellipse" => Self::Ellipse,
            "cuboid" => Self::Cuboid,
            "mask" => Self::Mask,
            "skeleton" => Self::Skeleton,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShapeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShapeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShapeType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
