// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyMiniTypeField`] and the types nested in it, from `#/components/schemas/StoragePolicy--Mini/properties/type`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The value will always be `storage_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoragePolicyMiniTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StoragePolicyMiniTypeField, Unknown, StoragePolicy = "storage_policy");

/// Storage policy (Mini)
///
/// A mini description of a Storage Policy object.
#[derive(Clone, Debug, PartialEq)]
pub struct StoragePolicyMini {
    /// The unique identifier for this storage policy.
    pub id: String,
    /// The value will always be `storage_policy`.
    pub r#type: super::StoragePolicyMiniTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, StoragePolicyMini { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    StoragePolicyMini { id: required::<String>("id"), r#type: required::<super::StoragePolicyMiniTypeField>("type") }
);
