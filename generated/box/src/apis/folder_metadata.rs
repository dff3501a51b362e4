// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_metadata` operations: [`FolderMetadataManager`] and one request builder per operation.

use crate::models::{ClientError, MetadataError, MetadataFull, MetadataInstanceValue, Metadatas};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};

/// Reach it with [`Client::folder_metadata`](crate::Client::folder_metadata) or [`FolderMetadataManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderMetadataManager<'a> {
    client: &'a Client,
}

impl<'a> FolderMetadataManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List metadata instances on folder
    ///
    /// Retrieves all metadata for a given folder. This can not be used on the root
    /// folder with ID `0`.
    ///
    /// `GET /folders/{folder_id}/metadata`
    #[inline]
    pub fn get_folder_metadata(&self, folder_id: impl AsRef<str>) -> GetFolderMetadata<'a> {
        GetFolderMetadata::new(self.client, folder_id)
    }

    /// Get metadata instance on folder
    ///
    /// Retrieves the instance of a metadata template that has been applied to a
    /// folder. This can not be used on the root folder with ID `0`.
    ///
    /// `GET /folders/{folder_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn get_folder_metadata_by_id(
        &self,
        folder_id: impl AsRef<str>,
        scope: GetFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> GetFolderMetadataById<'a> {
        GetFolderMetadataById::new(self.client, folder_id, scope, template_key)
    }

    /// Update metadata instance on folder
    ///
    /// Updates a piece of metadata on a folder.
    ///
    /// The metadata instance can only be updated if the template has already been
    /// applied to the folder before. When editing metadata, only values that match
    /// the metadata template schema will be accepted.
    ///
    /// The update is applied atomically. If any errors occur during the
    /// application of the operations, the metadata instance will not be changed.
    ///
    /// `PUT /folders/{folder_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn update_folder_metadata_by_id(
        &self,
        folder_id: impl AsRef<str>,
        scope: UpdateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> UpdateFolderMetadataById<'a> {
        UpdateFolderMetadataById::new(self.client, folder_id, scope, template_key)
    }

    /// Create metadata instance on folder
    ///
    /// Applies an instance of a metadata template to a folder.
    ///
    /// In most cases only values that are present in the metadata template
    /// will be accepted, except for the `global.properties` template which accepts
    /// any key-value pair.
    ///
    /// To display the metadata template in the Box web app the enterprise needs to be
    /// configured to enable **Cascading Folder Level Metadata** for the user in the
    /// admin console.
    ///
    /// `POST /folders/{folder_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn create_folder_metadata_by_id(
        &self,
        folder_id: impl AsRef<str>,
        scope: CreateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> CreateFolderMetadataById<'a> {
        CreateFolderMetadataById::new(self.client, folder_id, scope, template_key)
    }

    /// Remove metadata instance from folder
    ///
    /// Deletes a piece of folder metadata.
    ///
    /// `DELETE /folders/{folder_id}/metadata/{scope}/{template_key}`
    #[inline]
    pub fn delete_folder_metadata_by_id(
        &self,
        folder_id: impl AsRef<str>,
        scope: DeleteFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> DeleteFolderMetadataById<'a> {
        DeleteFolderMetadataById::new(self.client, folder_id, scope, template_key)
    }
}

/// Request builder for [`FolderMetadataManager::get_folder_metadata`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderMetadata<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderMetadata<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_metadata",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata",
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
        call.path("folder_id", folder_id.as_ref());
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

request_builder!(runtime, GetFolderMetadata => json Metadatas);

/// Request builder for [`FolderMetadataManager::get_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        folder_id: impl AsRef<str>,
        scope: GetFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_metadata_id_id",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFolderMetadataById => json MetadataFull);

/// Request builder for [`FolderMetadataManager::update_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFolderMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> UpdateFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        folder_id: impl AsRef<str>,
        scope: UpdateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id_metadata_id_id",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
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
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateFolderMetadataByIdRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateFolderMetadataById => json MetadataFull);

/// Request builder for [`FolderMetadataManager::create_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFolderMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> CreateFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        folder_id: impl AsRef<str>,
        scope: CreateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folders_id_metadata_id_id",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
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
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/post/requestBody`).
    #[inline]
    pub fn body(mut self, body: std::collections::BTreeMap<String, serde_json::Value>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, CreateFolderMetadataById => json MetadataFull);

/// Request builder for [`FolderMetadataManager::delete_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderMetadataById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        folder_id: impl AsRef<str>,
        scope: DeleteFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folders_id_metadata_id_id",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
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
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteFolderMetadataById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFolderMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFolderMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/put/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFolderMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// A metadata instance update operation
///
/// A [JSON-Patch](https://tools.ietf.org/html/rfc6902) operation for a
/// change to make to the metadata instance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderMetadataByIdRequestBody {
    /// The type of change to perform on the template. Some
    /// of these are hazardous as they will change existing templates.
    pub op: Option<UpdateFolderMetadataByIdRequestBodyOp>,
    /// The location in the metadata JSON object
    /// to apply the changes to, in the format of a
    /// [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    ///
    /// The path must always be prefixed with a `/` to represent the root
    /// of the template. The characters `~` and `/` are reserved
    /// characters and must be escaped in the key.
    pub path: Option<String>,
    /// The `value` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/put/requestBody/content/application~1json-patch+json/schema/items/properties/value`).
    pub value: Option<MetadataInstanceValue>,
    /// The location in the metadata JSON object to move or copy a value
    /// from. Required for `move` or `copy` operations and must be in the
    /// format of a [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    pub from: Option<String>,
}

serialize_struct!(
    runtime,
    UpdateFolderMetadataByIdRequestBody {
        op: optional("op"),
        path: optional("path"),
        value: optional("value"),
        from: optional("from")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderMetadataByIdRequestBody {
        op: optional::<Option<UpdateFolderMetadataByIdRequestBodyOp>>("op"),
        path: optional::<Option<String>>("path"),
        value: optional::<Option<crate::models::MetadataInstanceValue>>("value"),
        from: optional::<Option<String>>("from")
    }
);

/// The type of change to perform on the template. Some
/// of these are hazardous as they will change existing templates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderMetadataByIdRequestBodyOp {
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
    UpdateFolderMetadataByIdRequestBodyOp,
    Unknown,
    Add = "add",
    Replace = "replace",
    Remove = "remove",
    Test = "test",
    Move = "move",
    Copy = "copy"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/post/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateFolderMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateFolderMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/delete/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeleteFolderMetadataByIdScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DeleteFolderMetadataByIdScope, Unknown, Global = "global", Enterprise = "enterprise");
