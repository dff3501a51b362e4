// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResultWithSharedLink`] and the types nested in it, from `#/components/schemas/SearchResultWithSharedLink`.

use crate::runtime::{self, deserialize_struct};

/// Search Result (including Shared Link)
///
/// A single of files, folder or web link that matched the search query,
/// including the additional information about the shared link through
/// which the item has been shared with the user.
///
/// This response format is only returned when the
/// `include_recent_shared_links` query parameter has been set to `true`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResultWithSharedLink {
    /// The optional shared link through which the user has access to this
    /// item. This value is only returned for items for which the user has
    /// recently accessed the file through a shared link. For all other
    /// items this value will return `null`.
    pub accessible_via_shared_link: Option<String>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/SearchResultWithSharedLink/properties/item`).
    pub item: Option<super::SearchResultWithSharedLinkItem>,
    /// The result type. The value is always `search_result`.
    pub r#type: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SearchResultWithSharedLink {
        accessible_via_shared_link: optional("accessible_via_shared_link"),
        item: optional("item"),
        r#type: optional("type")
    }
);

deserialize_struct!(
    runtime,
    SearchResultWithSharedLink {
        accessible_via_shared_link: optional::<Option<String>>("accessible_via_shared_link"),
        item: optional::<Option<super::SearchResultWithSharedLinkItem>>("item"),
        r#type: optional::<Option<String>>("type")
    }
);
