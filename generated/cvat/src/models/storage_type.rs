// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageType`] and the types nested in it, from `#/components/schemas/StorageType`.

use crate::runtime::{self, string_enum};

/// * `cloud_storage` - CLOUD_STORAGE
/// * `local` - LOCAL
/// * `share` - SHARE
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageType {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// `share`
    Share,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StorageType, Unknown, CloudStorage = "cloud_storage", Local = "local", Share = "share");
