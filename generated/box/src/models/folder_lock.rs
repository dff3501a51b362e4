// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderLock`] and the types nested in it, from `#/components/schemas/FolderLock`.

use crate::runtime::{self, deserialize_struct};

/// Folder Lock
///
/// Folder locks define access restrictions placed by folder owners
/// to prevent specific folders from being moved or deleted.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FolderLock {
    /// The `folder` property, which the spec does not describe (`#/components/schemas/FolderLock/properties/folder`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub folder: Option<super::FolderMini>,
    /// The unique identifier for this folder lock.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The object type, always `folder_lock`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/FolderLock/properties/created_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_by: Option<super::UserBase>,
    /// When the folder lock object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The operations that have been locked. Currently the `move`
    /// and `delete` operations cannot be locked separately, and both need to be
    /// set to `true`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub locked_operations: Option<super::FolderLockLockedOperationsField>,
    /// The lock type, always `freeze`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub lock_type: Option<String>,
}

deserialize_struct!(
    runtime,
    FolderLock {
        folder: optional::<Option<super::FolderMini>>("folder"),
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<String>>("type"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        locked_operations: optional::<Option<super::FolderLockLockedOperationsField>>("locked_operations"),
        lock_type: optional::<Option<String>>("lock_type")
    }
);

/// The operations that have been locked. Currently the `move`
/// and `delete` operations cannot be locked separately, and both need to be
/// set to `true`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FolderLockLockedOperationsField {
    /// Whether moving the folder is restricted.
    pub r#move: bool,
    /// Whether deleting the folder is restricted.
    pub delete: bool,
}

deserialize_struct!(
    runtime,
    FolderLockLockedOperationsField { r#move: required::<bool>("move"), delete: required::<bool>("delete") }
);
