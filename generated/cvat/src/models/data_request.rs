// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataRequest`] and the types nested in it, from `#/components/schemas/DataRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// Read more about parameters here:
/// <https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration>
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataRequest {
    /// Maximum number of frames per chunk
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub chunk_size: Option<Option<i64>>,
    /// Image quality to use during annotation, required for image and video-based tasks
    pub image_quality: Option<i64>,
    /// First frame index
    pub start_frame: Option<i64>,
    /// Last frame index
    pub stop_frame: Option<i64>,
    /// Frame filter. The only supported syntax is: 'step=N'
    pub frame_filter: Option<String>,
    /// Uploaded files.
    /// Must contain all files from job_file_mapping if job_file_mapping is not empty.
    pub client_files: Option<Vec<FilePart>>,
    /// Paths to files from a file share mounted on the server, or from a cloud storage.
    /// Must contain all files from job_file_mapping if job_file_mapping is not empty.
    pub server_files: Option<Vec<String>>,
    /// Direct download URLs for files.
    /// Must contain all files from job_file_mapping if job_file_mapping is not empty.
    pub remote_files: Option<Vec<String>>,
    /// When true, video chunks will be represented as zip archives with decoded video frames.
    /// When false, video chunks are represented as video segments
    pub use_zip_chunks: Option<bool>,
    /// Paths to files and directories from a file share mounted on the server, or from a cloud storage
    /// that should be excluded from the directories specified in server_files.
    /// This option cannot be used together with filename_pattern.
    /// The server_files_exclude parameter cannot be used to exclude a part of dataset from an archive.
    ///
    /// Examples:
    ///
    /// Exclude all files from subfolder 'sub/sub_1/sub_2'and single file 'sub/image.jpg' from specified folder:
    /// server_files = \['sub/'\], server_files_exclude = \['sub/sub_1/sub_2/', 'sub/image.jpg'\]
    ///
    /// Exclude all cloud storage files with prefix 'sub' from the content of manifest file:
    /// server_files = \['manifest.jsonl'\], server_files_exclude = \['sub/'\]
    pub server_files_exclude: Option<Vec<String>>,
    /// If not null, the files referenced by server_files will be retrieved
    /// from the cloud storage with the specified ID.
    /// The cloud storages applicable depend on the context.
    /// In the user sandbox, only the user sandbox cloud storages can be used.
    /// In an organization, only the organization cloud storages can be used.
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub cloud_storage_id: Option<Option<i64>>,
    /// Enable or disable task data chunk caching for the task.
    /// Read more: <https://docs.cvat.ai/docs/manual/advanced/data_on_fly/>
    pub use_cache: Option<bool>,
    /// Copy data from the server file share to CVAT during the task creation.
    /// This will create a copy of the data, making the server independent from
    /// the file share availability
    pub copy_data: Option<bool>,
    /// The `storage_method` property, which the spec does not describe (`#/components/schemas/DataRequest/properties/storage_method`).
    pub storage_method: Option<super::StorageMethod>,
    /// The `sorting_method` property, which the spec does not describe (`#/components/schemas/DataRequest/properties/sorting_method`).
    pub sorting_method: Option<super::SortingMethod>,
    /// A filename filter for cloud storage files
    /// listed in the manifest. Supports fnmatch wildcards.
    /// Read more: <https://docs.python.org/3/library/fnmatch.html>
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub filename_pattern: Option<Option<String>>,
    /// Represents a file-to-job mapping.
    /// Useful to specify a custom job configuration during task creation.
    /// This option is not compatible with most other job split-related options.
    /// Files in the jobs must not overlap or repeat.
    /// Job file mapping files must be a subset of the input files.
    /// If directories are specified in server_files, all files obtained by recursive search
    /// in the specified directories will be used as input files.
    /// In case of missing items in the input files, an error will be raised.
    ///
    /// Example:
    /// \[
    ///
    /// ```text
    /// ["file1.jpg", "file2.jpg"], # job #1 files
    /// ["file3.png"], # job #2 files
    /// ["file4.jpg", "file5.png", "file6.bmp"], # job #3 files
    /// ```
    ///
    /// \]
    ///
    /// Write-only: sent, never returned.
    pub job_file_mapping: Option<Vec<Vec<String>>>,
    /// Allows to specify file order for client_file uploads.
    /// Only valid with the "predefined" sorting method selected.
    ///
    /// To state that the input files are sent in the correct order,
    /// pass an empty list.
    ///
    /// If you want to send files in an arbitrary order
    /// and reorder them afterwards on the server,
    /// pass the list of file names in the required order.
    ///
    /// Write-only: sent, never returned.
    pub upload_file_order: Option<Vec<String>>,
    /// The `validation_params` property, which the spec does not describe (`#/components/schemas/DataRequest/properties/validation_params`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub validation_params: Option<Option<super::ValidationParamsRequest>>,
}

serialize_struct!(
    runtime,
    DataRequest {
        chunk_size: nullable("chunk_size"),
        image_quality: optional("image_quality"),
        start_frame: optional("start_frame"),
        stop_frame: optional("stop_frame"),
        frame_filter: optional("frame_filter"),
        client_files: optional("client_files"),
        server_files: optional("server_files"),
        remote_files: optional("remote_files"),
        use_zip_chunks: optional("use_zip_chunks"),
        server_files_exclude: optional("server_files_exclude"),
        cloud_storage_id: nullable("cloud_storage_id"),
        use_cache: optional("use_cache"),
        copy_data: optional("copy_data"),
        storage_method: optional("storage_method"),
        sorting_method: optional("sorting_method"),
        filename_pattern: nullable("filename_pattern"),
        job_file_mapping: optional("job_file_mapping"),
        upload_file_order: optional("upload_file_order"),
        validation_params: nullable("validation_params")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    DataRequest {
        chunk_size: nullable::<Option<i64>>("chunk_size"),
        image_quality: optional::<Option<i64>>("image_quality"),
        start_frame: optional::<Option<i64>>("start_frame"),
        stop_frame: optional::<Option<i64>>("stop_frame"),
        frame_filter: optional::<Option<String>>("frame_filter"),
        client_files: optional::<Option<Vec<crate::runtime::FilePart>>>("client_files"),
        server_files: optional::<Option<Vec<String>>>("server_files"),
        remote_files: optional::<Option<Vec<String>>>("remote_files"),
        use_zip_chunks: optional::<Option<bool>>("use_zip_chunks"),
        server_files_exclude: optional::<Option<Vec<String>>>("server_files_exclude"),
        cloud_storage_id: nullable::<Option<i64>>("cloud_storage_id"),
        use_cache: optional::<Option<bool>>("use_cache"),
        copy_data: optional::<Option<bool>>("copy_data"),
        storage_method: optional::<Option<super::StorageMethod>>("storage_method"),
        sorting_method: optional::<Option<super::SortingMethod>>("sorting_method"),
        filename_pattern: nullable::<Option<String>>("filename_pattern"),
        job_file_mapping: optional::<Option<Vec<Vec<String>>>>("job_file_mapping"),
        upload_file_order: optional::<Option<Vec<String>>>("upload_file_order"),
        validation_params: nullable::<Option<super::ValidationParamsRequest>>("validation_params")
    }
);
