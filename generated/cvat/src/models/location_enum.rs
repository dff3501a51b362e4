// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LocationEnum`] and the types nested in it, from `#/components/schemas/LocationEnum`.

use crate::runtime::{self, string_enum};

/// * `cloud_storage` - CLOUD_STORAGE
/// * `local` - LOCAL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationEnum {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, LocationEnum, Unknown, CloudStorage = "cloud_storage", Local = "local");
