// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignedItem`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignedItem`.

/// Legal hold policy item
///
/// The item that the legal hold policy is assigned to. Includes type and ID.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LegalHoldPolicyAssignedItem {
    /// The type of item the policy is assigned to.
    pub r#type: super::LegalHoldPolicyAssignedItemTypeField,
    /// The ID of the item the policy is assigned to.
    pub id: String,
}

/// The type of item the policy is assigned to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyAssignedItemTypeField {
    /// `file`
    File,
    /// `file_version`
    FileVersion,
    /// `folder`
    Folder,
    /// `user`
    User,
    /// `ownership`
    Ownership,
    /// `interactions`
    Interactions,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LegalHoldPolicyAssignedItemTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::FileVersion => "file_version",
            Self::Folder => "folder",
            Self::User => "user",
            Self::Ownership => "ownership",
            Self::Interactions => "interactions",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LegalHoldPolicyAssignedItemTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "file_version" => Self::FileVersion,
            "folder" => Self::Folder,
            "user" => Self::User,
            "ownership" => Self::Ownership,
            "interactions" => Self::Interactions,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LegalHoldPolicyAssignedItemTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LegalHoldPolicyAssignedItemTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LegalHoldPolicyAssignedItemTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
