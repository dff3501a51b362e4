// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_classifications` operations: [`FileClassificationsManager`] and one request builder per operation.

/// Reach it with [`Client::file_classifications`](crate::Client::file_classifications) or [`FileClassificationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileClassificationsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FileClassificationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get classification on file
    ///
    /// Retrieves the classification metadata instance that
    /// has been applied to a file.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/files/:id//enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `GET /files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn get_classification_on_file(&self, file_id: impl AsRef<str>) -> GetClassificationOnFile<'a> {
        GetClassificationOnFile::new(self.client, file_id)
    }

    /// Update classification on file
    ///
    /// Updates a classification on a file.
    ///
    /// The classification can only be updated if a classification has already been
    /// applied to the file before. When editing classifications, only values are
    /// defined for the enterprise will be accepted.
    ///
    /// `PUT /files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn update_classification_on_file(&self, file_id: impl AsRef<str>) -> UpdateClassificationOnFile<'a> {
        UpdateClassificationOnFile::new(self.client, file_id)
    }

    /// Add classification to file
    ///
    /// Adds a classification to a file by specifying the label of the
    /// classification to add.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/files/:id//enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `POST /files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn add_classification_to_file(&self, file_id: impl AsRef<str>) -> AddClassificationToFile<'a> {
        AddClassificationToFile::new(self.client, file_id)
    }

    /// Remove classification from file
    ///
    /// Removes any classifications from a file.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/files/:id//enterprise_12345/securityClassification-6VMVochwUWo`.
    ///
    /// `DELETE /files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo`
    #[inline]
    pub fn delete_classification_from_file(&self, file_id: impl AsRef<str>) -> DeleteClassificationFromFile<'a> {
        DeleteClassificationFromFile::new(self.client, file_id)
    }
}

/// Request builder for [`FileClassificationsManager::get_classification_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetClassificationOnFile<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetClassificationOnFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        call.path("file_id", file_id.as_ref());
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

impl<'a> std::future::IntoFuture for GetClassificationOnFile<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FileClassificationsManager::update_classification_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateClassificationOnFile<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateClassificationOnFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateClassificationOnFileRequestBody>) -> Self {
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

impl<'a> std::future::IntoFuture for UpdateClassificationOnFile<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FileClassificationsManager::add_classification_to_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddClassificationToFile<'a> {
    call: crate::runtime::Call<'a>,
    body: AddClassificationToFileRequestBody,
}

impl<'a> AddClassificationToFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        call.path("file_id", file_id.as_ref());
        Self { call, body: AddClassificationToFileRequestBody { box_security_classification_key: None } }
    }

    /// The name of the classification to apply to this file.
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

impl<'a> std::future::IntoFuture for AddClassificationToFile<'a> {
    type Output = Result<crate::models::Classification, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Classification>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Classification>)
    }
}

/// Request builder for [`FileClassificationsManager::delete_classification_from_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteClassificationFromFile<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteClassificationFromFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        call.path("file_id", file_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteClassificationFromFile<'a> {
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
pub struct UpdateClassificationOnFileRequestBody {
    /// The value will always be `replace`.
    pub op: UpdateClassificationOnFileRequestBodyOp,
    /// Defines classifications
    /// available in the enterprise.
    pub path: UpdateClassificationOnFileRequestBodyPath,
    /// The name of the classification to apply to this file.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    pub value: String,
}

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFileRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateClassificationOnFileRequestBodyOp {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateClassificationOnFileRequestBodyOp {
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

impl std::fmt::Display for UpdateClassificationOnFileRequestBodyOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateClassificationOnFileRequestBodyOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateClassificationOnFileRequestBodyOp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFileRequestBodyPath {
    /// `/Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateClassificationOnFileRequestBodyPath {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BoxSecurityClassificationKey => "/Box__Security__Classification__Key",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateClassificationOnFileRequestBodyPath {
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

impl std::fmt::Display for UpdateClassificationOnFileRequestBodyPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateClassificationOnFileRequestBodyPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateClassificationOnFileRequestBodyPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AddClassificationToFileRequestBody {
    /// The name of the classification to apply to this file.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    #[serde(rename = "Box__Security__Classification__Key", default, skip_serializing_if = "Option::is_none")]
    pub box_security_classification_key: Option<String>,
}
