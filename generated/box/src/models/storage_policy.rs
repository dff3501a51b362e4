// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicy`] and the types nested in it, from `#/components/schemas/StoragePolicy`.

use crate::runtime::{self, deserialize_struct};

/// Storage policy
///
/// The Storage Policy object describes the storage zone.
#[derive(Clone, Debug, PartialEq)]
pub struct StoragePolicy {
    /// The unique identifier for this storage policy.
    pub id: String,
    /// The value will always be `storage_policy`.
    pub r#type: super::StoragePolicyMiniTypeField,
    /// A descriptive name of the region.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    StoragePolicy { id: required("id"), r#type: required("type"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    StoragePolicy {
        id: required::<String>("id"),
        r#type: required::<super::StoragePolicyMiniTypeField>("type"),
        name: optional::<Option<String>>("name")
    }
);
