// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_classifications` operations: [`FolderClassificationsManager`] and one request builder per operation.

/// Reach it with [`Client::folder_classifications`](crate::Client::folder_classifications) or [`FolderClassificationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderClassificationsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FolderClassificationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get classification on folder
    ///
    /// Retrieves the classification metadata instance that
    /// has been applied to a folder.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/folders/:id/enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `GET /folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn get_classification_on_folder(&self, folder_id: impl AsRef<str>) -> GetClassificationOnFolder<'a> {
        GetClassificationOnFolder::new(self.client, folder_id)
    }

    /// Update classification on folder
    ///
    /// Updates a classification on a folder.
    ///
    /// The classification can only be updated if a classification has already been
    /// applied to the folder before. When editing classifications, only values are
    /// defined for the enterprise will be accepted.
    ///
    /// `PUT /folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn update_classification_on_folder(&self, folder_id: impl AsRef<str>) -> UpdateClassificationOnFolder<'a> {
        UpdateClassificationOnFolder::new(self.client, folder_id)
    }

    /// Add classification to folder
    ///
    /// Adds a classification to a folder by specifying the label of the
    /// classification to add.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/folders/:id/enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `POST /folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn add_classification_to_folder(&self, folder_id: impl AsRef<str>) -> AddClassificationToFolder<'a> {
        AddClassificationToFolder::new(self.client, folder_id)
    }

    /// Remove classification from folder
    ///
    /// Removes any classifications from a folder.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/folders/:id/enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `DELETE /folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn delete_classification_from_folder(&self, folder_id: impl AsRef<str>) -> DeleteClassificationFromFolder<'a> {
        DeleteClassificationFromFolder::new(self.client, folder_id)
    }
}

/// Request builder for [`FolderClassificationsManager::get_classification_on_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetClassificationOnFolder<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetClassificationOnFolder<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Classification> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Classification>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetClassificationOnFolder<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FolderClassificationsManager::update_classification_on_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateClassificationOnFolder<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateClassificationOnFolder<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateClassificationOnFolderRequestBody>) -> Self {
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Classification> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Classification>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UpdateClassificationOnFolder<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FolderClassificationsManager::add_classification_to_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddClassificationToFolder<'a> {
    call: crate::runtime::Call<'a>,
    body: AddClassificationToFolderRequestBody,
}

impl<'a> AddClassificationToFolder<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call, body: AddClassificationToFolderRequestBody { box_security_classification_key: None } }
    }

    /// The name of the classification to apply to this folder.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    #[inline]
    pub fn box_security_classification_key(mut self, box_security_classification_key: impl Into<String>) -> Self {
        self.body.box_security_classification_key = Some(box_security_classification_key.into());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Classification> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Classification>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for AddClassificationToFolder<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FolderClassificationsManager::delete_classification_from_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteClassificationFromFolder<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteClassificationFromFolder<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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

impl<'a> std::future::IntoFuture for DeleteClassificationFromFolder<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// The operation to perform on the classification
/// metadata template instance. In this case, it use
/// used to replace the value stored for the
/// `Box__Security__Classification__Key` field with a new
/// value.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateClassificationOnFolderRequestBody {
    /// The value will always be `replace`.
    pub op: UpdateClassificationOnFolderRequestBodyOp,
    /// Defines classifications
    /// available in the enterprise.
    pub path: UpdateClassificationOnFolderRequestBodyPath,
    /// The name of the classification to apply to this folder.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    pub value: String,
}

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFolderRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateClassificationOnFolderRequestBodyOp {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateClassificationOnFolderRequestBodyOp {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "replace" => Self::Replace,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateClassificationOnFolderRequestBodyOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateClassificationOnFolderRequestBodyOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateClassificationOnFolderRequestBodyOp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFolderRequestBodyPath {
    /// `/Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateClassificationOnFolderRequestBodyPath {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BoxSecurityClassificationKey => "/Box__Security__Classification__Key",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateClassificationOnFolderRequestBodyPath {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "/Box__Security__Classification__Key" => Self::BoxSecurityClassificationKey,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateClassificationOnFolderRequestBodyPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateClassificationOnFolderRequestBodyPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateClassificationOnFolderRequestBodyPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AddClassificationToFolderRequestBody {
    /// The name of the classification to apply to this folder.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    #[serde(rename = "Box__Security__Classification__Key", default, skip_serializing_if = "Option::is_none")]
    pub box_security_classification_key: Option<String>,
}
