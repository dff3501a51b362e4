// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebLinkBase`] and the types nested in it, from `#/components/schemas/WebLink--Base`.

/// Web link (Base)
///
/// Web links are objects that point to URLs. These objects
/// are also known as bookmarks within the Box web application.
///
/// Web link objects are treated similarly to file objects,
/// they will also support most actions that apply to regular files.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WebLinkBase {
    /// The unique identifier for this web link.
    pub id: String,
    /// The value will always be `web_link`.
    pub r#type: super::WebLinkBaseTypeField,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

/// The value will always be `web_link`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkBaseTypeField {
    /// `web_link`
    WebLink,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WebLinkBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WebLink => "web_link",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WebLinkBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "web_link" => Self::WebLink,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WebLinkBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebLinkBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WebLinkBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
