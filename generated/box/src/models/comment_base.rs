// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CommentBaseTypeField`] and the types nested in it, from `#/components/schemas/Comment--Base/properties/type`.

/// The value will always be `comment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommentBaseTypeField {
    /// `comment`
    Comment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CommentBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Comment => "comment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CommentBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "comment" => Self::Comment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CommentBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CommentBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CommentBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Comment (Base)
///
/// Base representation of a comment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentBase {
    /// The unique identifier for this comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `comment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CommentBaseTypeField>,
}
