// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_classifications` operations: [`FolderClassificationsManager`] and one request builder per operation.

use crate::models::{Classification, ClientError};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::folder_classifications`](crate::Client::folder_classifications) or [`FolderClassificationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderClassificationsManager<'a> {
    client: &'a Client,
}

impl<'a> FolderClassificationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetClassificationOnFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }
}

request_builder!(runtime, GetClassificationOnFolder => json Classification);

/// Request builder for [`FolderClassificationsManager::update_classification_on_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateClassificationOnFolder<'a> {
    call: Call<'a>,
}

impl<'a> UpdateClassificationOnFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateClassificationOnFolderRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateClassificationOnFolder => json Classification);

/// Request builder for [`FolderClassificationsManager::add_classification_to_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddClassificationToFolder<'a> {
    call: Call<'a>,
    body: AddClassificationToFolderRequestBody,
}

impl<'a> AddClassificationToFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
}

request_builder!(runtime, AddClassificationToFolder(body) => json Classification);

/// Request builder for [`FolderClassificationsManager::delete_classification_from_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteClassificationFromFolder<'a> {
    call: Call<'a>,
}

impl<'a> DeleteClassificationFromFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folders_id_metadata_enterprise_securityClassification-6VMVochwUWo",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/metadata/enterprise/securityClassification-6VMVochwUWo",
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
        Self { call }
    }
}

request_builder!(runtime, DeleteClassificationFromFolder => empty);

/// The operation to perform on the classification
/// metadata template instance. In this case, it use
/// used to replace the value stored for the
/// `Box__Security__Classification__Key` field with a new
/// value.
#[derive(Clone, Debug, PartialEq)]
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

serialize_struct!(
    runtime,
    UpdateClassificationOnFolderRequestBody { op: required("op"), path: required("path"), value: required("value") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationOnFolderRequestBody {
        op: required::<UpdateClassificationOnFolderRequestBodyOp>("op"),
        path: required::<UpdateClassificationOnFolderRequestBodyPath>("path"),
        value: required::<String>("value")
    }
);

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFolderRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateClassificationOnFolderRequestBodyOp, Unknown, Replace = "replace");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationOnFolderRequestBodyPath {
    /// `/Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateClassificationOnFolderRequestBodyPath,
    Unknown,
    BoxSecurityClassificationKey = "/Box__Security__Classification__Key"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1metadata~1enterprise~1securityClassification-6VMVochwUWo/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddClassificationToFolderRequestBody {
    /// The name of the classification to apply to this folder.
    ///
    /// To list the available classifications in an enterprise,
    /// use the classification API to retrieve the
    /// [classification template](https://developer.box.com/reference/get-metadata-templates-enterprise-securityClassification-6VMVochwUWo-schema)
    /// which lists all available classification keys.
    pub box_security_classification_key: Option<String>,
}

serialize_struct!(
    runtime,
    AddClassificationToFolderRequestBody {
        box_security_classification_key: optional("Box__Security__Classification__Key")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationToFolderRequestBody {
        box_security_classification_key: optional::<Option<String>>("Box__Security__Classification__Key")
    }
);
