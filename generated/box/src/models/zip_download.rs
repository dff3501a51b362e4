// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ZipDownload`] and the types nested in it, from `#/components/schemas/ZipDownload`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Zip download
///
/// Represents a successful request to create a `zip` archive of a list of files
/// and folders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ZipDownload {
    /// The URL that can be used to download the `zip` archive. A `Get` request to
    /// this URL will start streaming the items requested. By default, this URL
    /// is only valid for a few seconds, until the `expires_at` time, unless a
    /// download is started after which it is valid for the duration of the
    /// download.
    ///
    /// It is important to note that the domain and path of this URL might change
    /// between API calls, and therefore it's important to use this URL as-is.
    pub download_url: Option<String>,
    /// The URL that can be used to get the status of the `zip` archive being
    /// downloaded. A `Get` request to this URL will return the number of files
    /// in the archive as well as the number of items already downloaded or
    /// skipped. By default, this URL is only valid for a few seconds, until the
    /// `expires_at` time, unless a download is started after which the URL is
    /// valid for 12 hours from the start of the download.
    ///
    /// It is important to note that the domain and path of this URL might change
    /// between API calls, and therefore it's important to use this URL as-is.
    pub status_url: Option<String>,
    /// The time and date when this archive will expire. After this time the
    /// `status_url` and `download_url` will return an error.
    ///
    /// By default, these URLs are only valid for a few seconds, unless a download
    /// is started after which the `download_url` is valid for the duration of the
    /// download, and the `status_url` is valid for 12 hours from the start of the
    /// download.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// A list of conflicts that occurred when trying to create the archive. This
    /// would occur when multiple items have been requested with the
    /// same name.
    ///
    /// To solve these conflicts, the API will automatically rename an item
    /// and return a mapping between the original item's name and its new
    /// name.
    ///
    /// For every conflict, both files will be renamed and therefore this list
    /// will always be a multiple of 2.
    pub name_conflicts: Option<Vec<Vec<super::ZipDownloadNameConflictsField>>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ZipDownload {
        download_url: optional("download_url"),
        status_url: optional("status_url"),
        expires_at: optional("expires_at"),
        name_conflicts: optional("name_conflicts")
    }
);

deserialize_struct!(
    runtime,
    ZipDownload {
        download_url: optional::<Option<String>>("download_url"),
        status_url: optional::<Option<String>>("status_url"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        name_conflicts: optional::<Option<Vec<Vec<super::ZipDownloadNameConflictsField>>>>("name_conflicts")
    }
);

/// A file or folder for which a conflict was encountered, This object provides the type and identifier of the original item, as well as a mapping between its original name and it's new name as it will appear in the archive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ZipDownloadNameConflictsField {
    /// The identifier of the item.
    pub id: Option<String>,
    /// The type of this item.
    pub r#type: Option<super::ZipDownloadNameConflictsTypeField>,
    /// Box Developer Documentation.
    pub original_name: Option<String>,
    /// The new name of this item as it will appear in the
    /// downloaded `zip` archive.
    pub download_name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ZipDownloadNameConflictsField {
        id: optional("id"),
        r#type: optional("type"),
        original_name: optional("original_name"),
        download_name: optional("download_name")
    }
);

deserialize_struct!(
    runtime,
    ZipDownloadNameConflictsField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ZipDownloadNameConflictsTypeField>>("type"),
        original_name: optional::<Option<String>>("original_name"),
        download_name: optional::<Option<String>>("download_name")
    }
);

/// The type of this item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ZipDownloadNameConflictsTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ZipDownloadNameConflictsTypeField, Unknown, File = "file", Folder = "folder");
