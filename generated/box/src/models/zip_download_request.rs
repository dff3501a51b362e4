// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ZipDownloadRequest`] and the types nested in it, from `#/components/schemas/ZipDownloadRequest`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Create a `zip` archive
///
/// A request to create a `zip` archive to download.
#[derive(Clone, Debug, PartialEq)]
pub struct ZipDownloadRequest {
    /// A list of items to add to the `zip` archive. These can
    /// be folders or files.
    pub items: Vec<super::ZipDownloadRequestItemsField>,
    /// The optional name of the `zip` archive. This name will be appended by the
    /// `.zip` file extension, for example `January Financials.zip`.
    pub download_file_name: Option<String>,
}

serialize_struct!(
    runtime,
    ZipDownloadRequest { items: required("items"), download_file_name: optional("download_file_name") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ZipDownloadRequest {
        items: required::<Vec<super::ZipDownloadRequestItemsField>>("items"),
        download_file_name: optional::<Option<String>>("download_file_name")
    }
);

/// An item to add to the `zip` archive. This can be a file or a folder.
#[derive(Clone, Debug, PartialEq)]
pub struct ZipDownloadRequestItemsField {
    /// The type of the item to add to the archive.
    pub r#type: super::ZipDownloadRequestItemsTypeField,
    /// The identifier of the item to add to the archive. When this item is
    /// a folder then this can not be the root folder with ID `0`.
    pub id: String,
}

serialize_struct!(runtime, ZipDownloadRequestItemsField { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ZipDownloadRequestItemsField {
        r#type: required::<super::ZipDownloadRequestItemsTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type of the item to add to the archive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ZipDownloadRequestItemsTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ZipDownloadRequestItemsTypeField, Unknown, File = "file", Folder = "folder");
