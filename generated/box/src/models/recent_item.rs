// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RecentItem`] and the types nested in it, from `#/components/schemas/RecentItem`.

/// Recent item
///
/// A recent item accessed by a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RecentItem {
    /// The value will always be `recent_item`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/RecentItem/properties/item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<super::RecentItemResource>,
    /// The most recent type of access the user performed on
    /// the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<super::RecentItemInteractionTypeField>,
    /// The time of the most recent interaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interacted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// If the item was accessed through a shared link it will appear here,
    /// otherwise this will be null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_shared_link: Option<String>,
}

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

impl RecentItemInteractionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemPreview => "item_preview",
            Self::ItemUpload => "item_upload",
            Self::ItemComment => "item_comment",
            Self::ItemOpen => "item_open",
            Self::ItemModify => "item_modify",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RecentItemInteractionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "item_preview" => Self::ItemPreview,
            "item_upload" => Self::ItemUpload,
            "item_comment" => Self::ItemComment,
            "item_open" => Self::ItemOpen,
            "item_modify" => Self::ItemModify,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RecentItemInteractionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecentItemInteractionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RecentItemInteractionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
