// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_metadata` operations: [`FolderMetadataManager`] and one request builder per operation.

/// Reach it with [`Client::folder_metadata`](crate::Client::folder_metadata) or [`FolderMetadataManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderMetadataManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FolderMetadataManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFolderMetadata<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_metadata",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Metadatas> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Metadatas>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFolderMetadata<'a> {
    type Output = Result<crate::models::Metadatas, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Metadatas>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Metadatas>)
    }
}

/// Request builder for [`FolderMetadataManager::get_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderMetadataById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        folder_id: impl AsRef<str>,
        scope: GetFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_metadata_id_id",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetadataFull> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetadataFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFolderMetadataById<'a> {
    type Output = Result<crate::models::MetadataFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetadataFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetadataFull>)
    }
}

/// Request builder for [`FolderMetadataManager::update_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFolderMetadataById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        folder_id: impl AsRef<str>,
        scope: UpdateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_folders_id_metadata_id_id",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetadataFull> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetadataFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UpdateFolderMetadataById<'a> {
    type Output = Result<crate::models::MetadataFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetadataFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetadataFull>)
    }
}

/// Request builder for [`FolderMetadataManager::create_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFolderMetadataById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        folder_id: impl AsRef<str>,
        scope: CreateFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_folders_id_metadata_id_id",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::MetadataError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::MetadataError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetadataFull> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetadataFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateFolderMetadataById<'a> {
    type Output = Result<crate::models::MetadataFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetadataFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetadataFull>)
    }
}

/// Request builder for [`FolderMetadataManager::delete_folder_metadata_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderMetadataById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteFolderMetadataById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        folder_id: impl AsRef<str>,
        scope: DeleteFolderMetadataByIdScope,
        template_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_folders_id_metadata_id_id",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/metadata/{scope}/{template_key}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DeleteFolderMetadataById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

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

impl GetFolderMetadataByIdScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetFolderMetadataByIdScope {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "global" => Self::Global,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetFolderMetadataByIdScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetFolderMetadataByIdScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetFolderMetadataByIdScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl UpdateFolderMetadataByIdScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateFolderMetadataByIdScope {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "global" => Self::Global,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateFolderMetadataByIdScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateFolderMetadataByIdScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFolderMetadataByIdScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// A metadata instance update operation
///
/// A [JSON-Patch](https://tools.ietf.org/html/rfc6902) operation for a
/// change to make to the metadata instance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateFolderMetadataByIdRequestBody {
    /// The type of change to perform on the template. Some
    /// of these are hazardous as they will change existing templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<UpdateFolderMetadataByIdRequestBodyOp>,
    /// The location in the metadata JSON object
    /// to apply the changes to, in the format of a
    /// [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    ///
    /// The path must always be prefixed with a `/` to represent the root
    /// of the template. The characters `~` and `/` are reserved
    /// characters and must be escaped in the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The `value` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1{scope}~1{template_key}/put/requestBody/content/application~1json-patch+json/schema/items/properties/value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::models::MetadataInstanceValue>,
    /// The location in the metadata JSON object to move or copy a value
    /// from. Required for `move` or `copy` operations and must be in the
    /// format of a [JSON-Pointer](https://tools.ietf.org/html/rfc6901).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

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

impl UpdateFolderMetadataByIdRequestBodyOp {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Replace => "replace",
            Self::Remove => "remove",
            Self::Test => "test",
            Self::Move => "move",
            Self::Copy => "copy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateFolderMetadataByIdRequestBodyOp {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "add" => Self::Add,
            "replace" => Self::Replace,
            "remove" => Self::Remove,
            "test" => Self::Test,
            "move" => Self::Move,
            "copy" => Self::Copy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateFolderMetadataByIdRequestBodyOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateFolderMetadataByIdRequestBodyOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFolderMetadataByIdRequestBodyOp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl CreateFolderMetadataByIdScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateFolderMetadataByIdScope {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "global" => Self::Global,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateFolderMetadataByIdScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateFolderMetadataByIdScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateFolderMetadataByIdScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl DeleteFolderMetadataByIdScope {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DeleteFolderMetadataByIdScope {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "global" => Self::Global,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for DeleteFolderMetadataByIdScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DeleteFolderMetadataByIdScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DeleteFolderMetadataByIdScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
