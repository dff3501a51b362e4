// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageMethod`] and the types nested in it, from `#/components/schemas/StorageMethod`.

use crate::runtime::{self, string_enum};

/// * `cache` - CACHE
/// * `file_system` - FILE_SYSTEM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageMethod {
    /// `cache`
    Cache,
    /// `file_system`
    FileSystem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StorageMethod, Unknown, Cache = "cache", FileSystem = "file_system");
