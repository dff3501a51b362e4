// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_versions` operations: [`FileVersionsManager`] and one request builder per operation.

use crate::models::{ClientError, FileVersionFull, FileVersions};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::file_versions`](crate::Client::file_versions) or [`FileVersionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileVersionsManager<'a> {
    client: &'a Client,
}

impl<'a> FileVersionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List all file versions
    ///
    /// Retrieve a list of the past versions for a file.
    ///
    /// Versions are only tracked by Box users with premium accounts. To fetch the ID
    /// of the current version of a file, use the `GET /file/:id` API.
    ///
    /// `GET /files/{file_id}/versions`
    #[inline]
    pub fn get_file_versions(&self, file_id: impl AsRef<str>) -> GetFileVersions<'a> {
        GetFileVersions::new(self.client, file_id)
    }

    /// Get file version
    ///
    /// Retrieve a specific version of a file.
    ///
    /// Versions are only tracked for Box users with premium accounts.
    ///
    /// `GET /files/{file_id}/versions/{file_version_id}`
    #[inline]
    pub fn get_file_version_by_id(
        &self,
        file_id: impl AsRef<str>,
        file_version_id: impl AsRef<str>,
    ) -> GetFileVersionById<'a> {
        GetFileVersionById::new(self.client, file_id, file_version_id)
    }

    /// Restore file version
    ///
    /// Restores a specific version of a file after it was deleted.
    /// Don't use this endpoint to restore Box Notes,
    /// as it works with file formats such as PDF, DOC,
    /// PPTX or similar.
    ///
    /// `PUT /files/{file_id}/versions/{file_version_id}`
    #[inline]
    pub fn update_file_version_by_id(
        &self,
        file_id: impl AsRef<str>,
        file_version_id: impl AsRef<str>,
    ) -> UpdateFileVersionById<'a> {
        UpdateFileVersionById::new(self.client, file_id, file_version_id)
    }

    /// Remove file version
    ///
    /// Move a file version to the trash.
    ///
    /// Versions are only tracked for Box users with premium accounts.
    ///
    /// `DELETE /files/{file_id}/versions/{file_version_id}`
    #[inline]
    pub fn delete_file_version_by_id(
        &self,
        file_id: impl AsRef<str>,
        file_version_id: impl AsRef<str>,
    ) -> DeleteFileVersionById<'a> {
        DeleteFileVersionById::new(self.client, file_id, file_version_id)
    }

    /// Promote file version
    ///
    /// Promote a specific version of a file.
    ///
    /// If previous versions exist, this method can be used to
    /// promote one of the older versions to the top of the version history.
    ///
    /// This creates a new copy of the old version and puts it at the
    /// top of the versions history. The file will have the exact same contents
    /// as the older version, with the same hash digest, `etag`, and
    /// name as the original.
    ///
    /// Other properties such as comments do not get updated to their
    /// former values.
    ///
    /// Don't use this endpoint to restore Box Notes,
    /// as it works with file formats such as PDF, DOC,
    /// PPTX or similar.
    ///
    /// `POST /files/{file_id}/versions/current`
    #[inline]
    pub fn promote_file_version(&self, file_id: impl AsRef<str>) -> PromoteFileVersion<'a> {
        PromoteFileVersion::new(self.client, file_id)
    }
}

/// Request builder for [`FileVersionsManager::get_file_versions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersions<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersions<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_versions",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/versions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// The offset of the item at which to begin the response.
    ///
    /// Queries with offset parameter value
    /// exceeding 10000 will be rejected
    /// with a 400 response.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, FileVersionFull> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FileVersions>)
    }
}

request_builder!(runtime, GetFileVersions => json FileVersions);

/// Request builder for [`FileVersionsManager::get_file_version_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, file_version_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_versions_id",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/versions/{file_version_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("file_version_id", file_version_id.as_ref());
        Self { call }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }
}

request_builder!(runtime, GetFileVersionById => json FileVersionFull);

/// Request builder for [`FileVersionsManager::update_file_version_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileVersionById<'a> {
    call: Call<'a>,
    body: UpdateFileVersionByIdRequestBody,
}

impl<'a> UpdateFileVersionById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, file_version_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id_versions_id",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/versions/{file_version_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("file_version_id", file_version_id.as_ref());
        Self { call, body: UpdateFileVersionByIdRequestBody { trashed_at: None } }
    }

    /// Set this to `null` to clear
    /// the date and restore the file.
    #[inline]
    pub fn trashed_at(mut self, trashed_at: Option<String>) -> Self {
        self.body.trashed_at = Some(trashed_at);
        self
    }
}

request_builder!(runtime, UpdateFileVersionById(body) => json FileVersionFull);

/// Request builder for [`FileVersionsManager::delete_file_version_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileVersionById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileVersionById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, file_version_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_versions_id",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/versions/{file_version_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("file_version_id", file_version_id.as_ref());
        Self { call }
    }

    /// Ensures this item hasn't recently changed before
    /// making changes.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `412 Precondition Failed` if it
    /// has changed since.
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("if-match", if_match.as_ref());
        self
    }
}

request_builder!(runtime, DeleteFileVersionById => empty);

/// Request builder for [`FileVersionsManager::promote_file_version`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PromoteFileVersion<'a> {
    call: Call<'a>,
    body: PromoteFileVersionRequestBody,
}

impl<'a> PromoteFileVersion<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_versions_current",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/versions/current",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: PromoteFileVersionRequestBody { id: None, r#type: None } }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The file version ID.
    #[inline]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.body.id = Some(id.into());
        self
    }

    /// The type to promote.
    #[inline]
    pub fn r#type(mut self, r#type: PromoteFileVersionType) -> Self {
        self.body.r#type = Some(r#type);
        self
    }
}

request_builder!(runtime, PromoteFileVersion(body) => json FileVersionFull);

/// The file version to be
/// restored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileVersionByIdRequestBody {
    /// Set this to `null` to clear
    /// the date and restore the file.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub trashed_at: Option<Option<String>>,
}

serialize_struct!(runtime, UpdateFileVersionByIdRequestBody { trashed_at: nullable("trashed_at") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileVersionByIdRequestBody { trashed_at: nullable::<Option<String>>("trashed_at") }
);

/// The file version to promote.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PromoteFileVersionRequestBody {
    /// The file version ID.
    pub id: Option<String>,
    /// The type to promote.
    pub r#type: Option<PromoteFileVersionType>,
}

serialize_struct!(runtime, PromoteFileVersionRequestBody { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PromoteFileVersionRequestBody {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<PromoteFileVersionType>>("type")
    }
);

/// The type to promote.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromoteFileVersionType {
    /// `file_version`
    FileVersion,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, PromoteFileVersionType, Unknown, FileVersion = "file_version");
