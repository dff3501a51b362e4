// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_metadata` operations: [`FileMetadataManager`] and one request builder per operation.

use crate::models::{ClientError, MetadataError, MetadataFull, MetadataInstanceValue, Metadatas};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};

/// Reach it with [`Client::file_metadata`](crate::Client::file_metadata) or [`FileMetadataManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileMetadataManager<'a> {
    client: &'a Client,
}

impl<'a> FileMetadataManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List metadata instances on file
    ///
    /// Retrieves all metadata for a given file.
    ///
    /// `GET /files/{file_id}/metadata`
    #[inline]
    pub fn get_file_metadata(&self, file_id: impl AsRef<str>) -> GetFileMetadata<'a> {
        GetFileMetadata::new(self.client, file_id)
    }

    /// Get metadata instance on file
    ///
    /// Retrieves the instance of a metadata template that has been applied to a
    /// file.
    ///
    /// `GET /files/{file_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn get_file_metadata_by_id(
        &self,
        file_id: impl AsRef<str>,
        scope: GetFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> GetFileMetadataById<'a> {
        GetFileMetadataById::new(self.client, file_id, scope, template_key)
    }

    /// Update metadata instance on file
    ///
    /// Updates a piece of metadata on a file.
    ///
    /// The metadata instance can only be updated if the template has already been
    /// applied to the file before. When editing metadata, only values that match
    /// the metadata template schema will be accepted.
    ///
    /// The update is applied atomically. If any errors occur during the
    /// application of the operations, the metadata instance will not be changed.
    ///
    /// `PUT /files/{file_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn update_file_metadata_by_id(
        &self,
        file_id: impl AsRef<str>,
        scope: UpdateFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> UpdateFileMetadataById<'a> {
        UpdateFileMetadataById::new(self.client, file_id, scope, template_key)
    }

    /// Create metadata instance on file
    ///
    /// Applies an instance of a metadata template to a file.
    ///
    /// In most cases only values that are present in the metadata template
    /// will be accepted, except for the `global.properties` template which accepts
    /// any key-value pair.
    ///
    /// `POST /files/{file_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn create_file_metadata_by_id(
        &self,
        file_id: impl AsRef<str>,
        scope: CreateFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> CreateFileMetadataById<'a> {
        CreateFileMetadataById::new(self.client, file_id, scope, template_key)
    }

    /// Remove metadata instance from file
    ///
    /// Deletes a piece of file metadata.
    ///
    /// `DELETE /files/{file_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn delete_file_metadata_by_id(
        &self,
        file_id: impl AsRef<str>,
        scope: DeleteFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> DeleteFileMetadataById<'a> {
        DeleteFileMetadataById::new(self.client, file_id, scope, template_key)
    }
}

/// Request builder for [`FileMetadataManager::get_file_metadata`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileMetadata<'a> {
    call: Call<'a>,
}

impl<'a> GetFileMetadata<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_metadata",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// Taxonomy field values are returned in `API view` by default, meaning
    /// the value is represented with a taxonomy node identifier.
    /// To retrieve the `Hydrated view`, where taxonomy values are represented
    /// with the full taxonomy node information, set this parameter to `hydrated`.
    /// This is the only supported value for this parameter.
    #[inline]
    pub fn view(mut self, view: impl AsRef<str>) -> Self {
        self.call.query("view", view.as_ref());
        self
    }
}

request_builder!(runtime, GetFileMetadata => json Metadatas);

/// Request builder for [`FileMetadataManager::get_file_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl AsRef<str>,
        scope: GetFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_metadata_id_id",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata/{scope}/{template_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// Taxonomy field values are returned in `API view` by default, meaning
    /// the value is represented with a taxonomy node identifier.
    /// To retrieve the `Hydrated view`, where taxonomy values are represented
    /// with the full taxonomy node information, set this parameter to `hydrated`.
    /// This is the only supported value for this parameter.
    #[inline]
    pub fn view(mut self, view: impl AsRef<str>) -> Self {
        self.call.query("view", view.as_ref());
        self
    }
}

request_builder!(runtime, GetFileMetadataById => json MetadataFull);

/// Request builder for [`FileMetadataManager::update_file_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> UpdateFileMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl AsRef<str>,
        scope: UpdateFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id_metadata_id_id",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/metadata/{scope}/{template_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateFileMetadataByIdRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateFileMetadataById => json MetadataFull);

/// Request builder for [`FileMetadataManager::create_file_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFileMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> CreateFileMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl AsRef<str>,
        scope: CreateFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_metadata_id_id",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/metadata/{scope}/{template_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<MetadataError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<MetadataError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/post/requestBody`).
    #[inline]
    pub fn body(mut self, body: std::collections::BTreeMap<String, serde_json::Value>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, CreateFileMetadataById => json MetadataFull);

/// Request builder for [`FileMetadataManager::delete_file_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl AsRef<str>,
        scope: DeleteFileMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_metadata_id_id",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/metadata/{scope}/{template_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteFileMetadataById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFileMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/put/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFileMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// A metadata instance update operation
///
/// A [JSON-Patch](https://tools.ietf.org/html/rfc6902) operation for a
/// change to make to the metadata instance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileMetadataByIdRequestBody {
    /// The type of change to perform on the template. Some
    /// of these are hazardous as they will change existing templates.
    pub op: Option<UpdateFileMetadataByIdRequestBodyOp>,
    /// The location in the metadata JSON object
    /// to apply the changes to, in the format of a
    /// [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    ///
    /// The path must always be prefixed with a `/` to represent the root
    /// of the template. The characters `~` and `/` are reserved
    /// characters and must be escaped in the key.
    pub path: Option<String>,
    /// The `value` property, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/put/requestBody/content/application~1json-patch+json/schema/items/properties/value`).
    pub value: Option<MetadataInstanceValue>,
    /// The location in the metadata JSON object to move or copy a value
    /// from. Required for `move` or `copy` operations and must be in the
    /// format of a [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    pub from: Option<String>,
}

serialize_struct!(
    runtime,
    UpdateFileMetadataByIdRequestBody {
        op: optional("op"),
        path: optional("path"),
        value: optional("value"),
        from: optional("from")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileMetadataByIdRequestBody {
        op: optional::<Option<UpdateFileMetadataByIdRequestBodyOp>>("op"),
        path: optional::<Option<String>>("path"),
        value: optional::<Option<crate::models::MetadataInstanceValue>>("value"),
        from: optional::<Option<String>>("from")
    }
);

/// The type of change to perform on the template. Some
/// of these are hazardous as they will change existing templates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileMetadataByIdRequestBodyOp {
    /// `add`
    Add,
    /// `replace`
    Replace,
    /// `remove`
    Remove,
    /// `test`
    Test,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateFileMetadataByIdRequestBodyOp,
    Unknown,
    Add = "add",
    Replace = "replace",
    Remove = "remove",
    Test = "test",
    Move = "move",
    Copy = "copy"
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/post/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateFileMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateFileMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1{scope}~1{template_key}/delete/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeleteFileMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DeleteFileMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");
