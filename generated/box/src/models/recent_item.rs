// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RecentItem`] and the types nested in it, from `#/components/schemas/RecentItem`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Recent item
///
/// A recent item accessed by a user.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecentItem {
    /// The value will always be `recent_item`.
    pub r#type: Option<String>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/RecentItem/properties/item`).
    pub item: Option<super::RecentItemResource>,
    /// The most recent type of access the user performed on
    /// the item.
    pub interaction_type: Option<super::RecentItemInteractionTypeField>,
    /// The time of the most recent interaction.
    pub interacted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// If the item was accessed through a shared link it will appear here,
    /// otherwise this will be null.
    pub interaction_shared_link: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RecentItem {
        r#type: optional("type"),
        item: optional("item"),
        interaction_type: optional("interaction_type"),
        interacted_at: optional("interacted_at"),
        interaction_shared_link: optional("interaction_shared_link")
    }
);

deserialize_struct!(
    runtime,
    RecentItem {
        r#type: optional::<Option<String>>("type"),
        item: optional::<Option<super::RecentItemResource>>("item"),
        interaction_type: optional::<Option<super::RecentItemInteractionTypeField>>("interaction_type"),
        interacted_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("interacted_at"),
        interaction_shared_link: optional::<Option<String>>("interaction_shared_link")
    }
);

/// The most recent type of access the user performed on
/// the item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecentItemInteractionTypeField {
    /// `item_preview`
    ItemPreview,
    /// `item_upload`
    ItemUpload,
    /// `item_comment`
    ItemComment,
    /// `item_open`
    ItemOpen,
    /// `item_modify`
    ItemModify,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RecentItemInteractionTypeField,
    Unknown,
    ItemPreview = "item_preview",
    ItemUpload = "item_upload",
    ItemComment = "item_comment",
    ItemOpen = "item_open",
    ItemModify = "item_modify"
);
