// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelType`] and the types nested in it, from `#/components/schemas/LabelType`.

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

impl LabelType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Any => "any",
            Self::Cuboid => "cuboid",
            Self::Ellipse => "ellipse",
            Self::Mask => "mask",
            Self::Points => "points",
            Self::Polygon => "polygon",
            Self::Polyline => "polyline",
            Self::Rectangle => "rectangle",
            Self::Skeleton => "skeleton",
            Self::Interval => "interval",
            Self::Tag => "tag",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LabelType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "any" => Self::Any,
            "cuboid" => Self::Cuboid,
            "ellipse" => Self::Ellipse,
            "mask" => Self::Mask,
            "points" => Self::Points,
            "polygon" => Self::Polygon,
            "polyline" => Self::Polyline,
            "rectangle" => Self::Rectangle,
            "skeleton" => Self::Skeleton,
            "interval" => Self::Interval,
            "tag" => Self::Tag,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LabelType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LabelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LabelType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
