// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignedItem`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignedItem`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Legal hold policy item
///
/// The item that the legal hold policy is assigned to. Includes type and ID.
#[derive(Clone, Debug, PartialEq)]
pub struct LegalHoldPolicyAssignedItem {
    /// The type of item the policy is assigned to.
    pub r#type: super::LegalHoldPolicyAssignedItemTypeField,
    /// The ID of the item the policy is assigned to.
    pub id: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LegalHoldPolicyAssignedItem { r#type: required("type"), id: required("id") }
);

deserialize_struct!(
    runtime,
    LegalHoldPolicyAssignedItem {
        r#type: required::<super::LegalHoldPolicyAssignedItemTypeField>("type"),
        id: required::<String>("id")
    }
);

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

string_enum!(
    runtime,
    LegalHoldPolicyAssignedItemTypeField,
    Unknown,
    File = "file",
    FileVersion = "file_version",
    Folder = "folder",
    User = "user",
    Ownership = "ownership",
    Interactions = "interactions"
);
