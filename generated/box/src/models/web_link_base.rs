// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebLinkBase`] and the types nested in it, from `#/components/schemas/WebLink--Base`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Web link (Base)
///
/// Web links are objects that point to URLs. These objects
/// are also known as bookmarks within the Box web application.
///
/// Web link objects are treated similarly to file objects,
/// they will also support most actions that apply to regular files.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLinkBase {
    /// The unique identifier for this web link.
    pub id: String,
    /// The value will always be `web_link`.
    pub r#type: super::WebLinkBaseTypeField,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    pub etag: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebLinkBase { id: required("id"), r#type: required("type"), etag: optional("etag") }
);

deserialize_struct!(
    runtime,
    WebLinkBase {
        id: required::<String>("id"),
        r#type: required::<super::WebLinkBaseTypeField>("type"),
        etag: optional::<Option<String>>("etag")
    }
);

/// The value will always be `web_link`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkBaseTypeField {
    /// `web_link`
    WebLink,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebLinkBaseTypeField, Unknown, WebLink = "web_link");
