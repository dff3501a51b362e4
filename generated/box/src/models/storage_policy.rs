// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicy`] and the types nested in it, from `#/components/schemas/StoragePolicy`.

use crate::runtime::{self, deserialize_struct};

/// Storage policy
///
/// The Storage Policy object describes the storage zone.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicy {
    /// The unique identifier for this storage policy.
    pub id: String,
    /// The value will always be `storage_policy`.
    pub r#type: super::StoragePolicyMiniTypeField,
    /// A descriptive name of the region.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
}

deserialize_struct!(
    runtime,
    StoragePolicy {
        id: required::<String>("id"),
        r#type: required::<super::StoragePolicyMiniTypeField>("type"),
        name: optional::<Option<String>>("name")
    }
);
