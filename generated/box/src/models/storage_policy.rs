// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicy`] and the types nested in it, from `#/components/schemas/StoragePolicy`.

/// Storage policy
///
/// The Storage Policy object describes the storage zone.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicy {
    /// The unique identifier for this storage policy.
    pub id: String,
    /// The value will always be `storage_policy`.
    pub r#type: super::StoragePolicyMiniTypeField,
    /// A descriptive name of the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
