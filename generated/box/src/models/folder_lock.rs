// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderLock`] and the types nested in it, from `#/components/schemas/FolderLock`.

use crate::runtime::{self, deserialize_struct};

/// Folder Lock
///
/// Folder locks define access restrictions placed by folder owners
/// to prevent specific folders from being moved or deleted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderLock {
    /// The `folder` property, which the spec does not describe (`#/components/schemas/FolderLock/properties/folder`).
    pub folder: Option<super::FolderMini>,
    /// The unique identifier for this folder lock.
    pub id: Option<String>,
    /// The object type, always `folder_lock`.
    pub r#type: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/FolderLock/properties/created_by`).
    pub created_by: Option<super::UserBase>,
    /// When the folder lock object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The operations that have been locked. Currently the `move`
    /// and `delete` operations cannot be locked separately, and both need to be
    /// set to `true`.
    pub locked_operations: Option<super::FolderLockLockedOperationsField>,
    /// The lock type, always `freeze`.
    pub lock_type: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderLock {
        folder: optional("folder"),
        id: optional("id"),
        r#type: optional("type"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        locked_operations: optional("locked_operations"),
        lock_type: optional("lock_type")
    }
);

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
pub struct FolderLockLockedOperationsField {
    /// Whether moving the folder is restricted.
    pub r#move: bool,
    /// Whether deleting the folder is restricted.
    pub delete: bool,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderLockLockedOperationsField { r#move: required("move"), delete: required("delete") }
);

deserialize_struct!(
    runtime,
    FolderLockLockedOperationsField { r#move: required::<bool>("move"), delete: required::<bool>("delete") }
);
