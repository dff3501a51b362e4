// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictAnnotationType`] and the types nested in it, from `#/components/schemas/AnnotationConflictAnnotationType`.

/// * `tag` - TAG
/// * `shape` - SHAPE
/// * `track` - TRACK
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationConflictAnnotationType {
    /// `tag`
    Tag,
    /// `shape`
    Shape,
    /// `track`
    Track,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AnnotationConflictAnnotationType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tag => "tag",
            Self::Shape => "shape",
            Self::Track => "track",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AnnotationConflictAnnotationType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "tag" => Self::Tag,
            "shape" => Self::Shape,
            "track" => Self::Track,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AnnotationConflictAnnotationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AnnotationConflictAnnotationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AnnotationConflictAnnotationType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
