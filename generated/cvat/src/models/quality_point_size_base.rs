// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityPointSizeBase`] and the types nested in it, from `#/components/schemas/QualityPointSizeBase`.

/// * `image_size` - IMAGE_SIZE
/// * `group_bbox_size` - GROUP_BBOX_SIZE
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityPointSizeBase {
    /// `image_size`
    ImageSize,
    /// `group_bbox_size`
    GroupBboxSize,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityPointSizeBase {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageSize => "image_size",
            Self::GroupBboxSize => "group_bbox_size",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityPointSizeBase {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "image_size" => Self::ImageSize,
            "group_bbox_size" => Self::GroupBboxSize,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityPointSizeBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityPointSizeBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityPointSizeBase {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
