// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_classifications` operations: [`FileClassificationsManager`] and one request builder per operation.

use crate::models::{Classification, ClientError};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::file_classifications`](crate::Client::file_classifications) or [`FileClassificationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileClassificationsManager<'a> {
    client: &'a Client,
}

impl<'a> FileClassificationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetClassificationOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        call.path("file_id", file_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetClassificationOnFile => json Classification);

/// Request builder for [`FileClassificationsManager::update_classification_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateClassificationOnFile<'a> {
    call: Call<'a>,
}

impl<'a> UpdateClassificationOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateClassificationOnFileRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateClassificationOnFile => json Classification);

/// Request builder for [`FileClassificationsManager::add_classification_to_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddClassificationToFile<'a> {
    call: Call<'a>,
    body: AddClassificationToFileRequestBody,
}

impl<'a> AddClassificationToFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, AddClassificationToFile(body) => json Classification);

/// Request builder for [`FileClassificationsManager::delete_classification_from_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteClassificationFromFile<'a> {
    call: Call<'a>,
}

impl<'a> DeleteClassificationFromFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }
}

request_builder!(runtime, DeleteClassificationFromFile => empty);

/// The operation to perform on the classification
/// metadata template instance. In this case, it use
/// used to replace the value stored for the
/// `Box__Security__Classification__Key` field with a new
/// value.
#[derive(Clone, Debug, PartialEq)]
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

serialize_struct!(
    runtime,
    UpdateClassificationOnFileRequestBody { op: required("op"), path: required("path"), value: required("value") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationOnFileRequestBody {
        op: required::<UpdateClassificationOnFileRequestBodyOp>("op"),
        path: required::<UpdateClassificationOnFileRequestBodyPath>("path"),
        value: required::<String>("value")
    }
);

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFileRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateClassificationOnFileRequestBodyOp, Unknown, Replace = "replace");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFileRequestBodyPath {
    /// `/Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateClassificationOnFileRequestBodyPath,
    Unknown,
    BoxSecurityClassificationKey = "/Box__Security__Classification__Key"
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddClassificationToFileRequestBody {
    /// The name of the classification to apply to this file.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    pub box_security_classification_key: Option<String>,
}

serialize_struct!(
    runtime,
    AddClassificationToFileRequestBody {
        box_security_classification_key: optional("Box__Security__Classification__Key")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationToFileRequestBody {
        box_security_classification_key: optional::<Option<String>>("Box__Security__Classification__Key")
    }
);
