// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItemAssociation`] and the types nested in it, from `#/components/schemas/AppItemAssociation`.

/// App item association
///
/// An app item association represents an association between a file or
/// folder and an app item. Associations between a folder and an app item
/// cascade down to all descendants of the folder.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AppItemAssociation {
    /// The unique identifier for this app item association.
    pub id: String,
    /// The value will always be `app_item_association`.
    pub r#type: super::AppItemAssociationTypeField,
    /// The `app_item` property, which the spec does not describe (`#/components/schemas/AppItemAssociation/properties/app_item`).
    pub app_item: super::AppItem,
    /// The `item` property, which the spec does not describe (`#/components/schemas/AppItemAssociation/properties/item`).
    pub item: super::AppItemAssociatedItem,
}

/// The value will always be `app_item_association`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemAssociationTypeField {
    /// `app_item_association`
    AppItemAssociation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AppItemAssociationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppItemAssociation => "app_item_association",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AppItemAssociationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "app_item_association" => Self::AppItemAssociation,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AppItemAssociationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AppItemAssociationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AppItemAssociationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
