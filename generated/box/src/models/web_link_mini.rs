// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebLinkMini`] and the types nested in it, from `#/components/schemas/WebLink--Mini`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Web link (Mini)
///
/// Web links are objects that point to URLs. These objects
/// are also known as bookmarks within the Box web application.
///
/// Web link objects are treated similarly to file objects,
/// they will also support most actions that apply to regular files.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLinkMini {
    /// The unique identifier for this web link.
    pub id: String,
    /// The value will always be `web_link`.
    pub r#type: super::WebLinkBaseTypeField,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    pub etag: Option<String>,
    /// The URL this web link points to.
    pub url: Option<String>,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/WebLink--Mini/allOf/1/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the web link.
    pub name: Option<String>,
}

serialize_struct!(
    runtime,
    WebLinkMini {
        id: required("id"),
        r#type: required("type"),
        etag: optional("etag"),
        url: optional("url"),
        sequence_id: optional("sequence_id"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    WebLinkMini {
        id: required::<String>("id"),
        r#type: required::<super::WebLinkBaseTypeField>("type"),
        etag: optional::<Option<String>>("etag"),
        url: optional::<Option<String>>("url"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name")
    }
);
