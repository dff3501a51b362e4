// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `skills` operations: [`SkillsManager`] and one request builder per operation.

use crate::models::{ClientError, SkillCard, SkillCardsMetadata};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::skills`](crate::Client::skills) or [`SkillsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SkillsManager<'a> {
    client: &'a Client,
}

impl<'a> SkillsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List Box Skill cards on file
    ///
    /// List the Box Skills metadata cards that are attached to a file.
    ///
    /// `GET /files/{file_id}/metadata/global/boxSkillsCards`
    #[inline]
    pub fn get_box_skill_cards_on_file(&self, file_id: impl AsRef<str>) -> GetBoxSkillCardsOnFile<'a> {
        GetBoxSkillCardsOnFile::new(self.client, file_id)
    }

    /// Update Box Skill cards on file
    ///
    /// Updates one or more Box Skills metadata cards to a file.
    ///
    /// `PUT /files/{file_id}/metadata/global/boxSkillsCards`
    #[inline]
    pub fn update_box_skill_cards_on_file(&self, file_id: impl AsRef<str>) -> UpdateBoxSkillCardsOnFile<'a> {
        UpdateBoxSkillCardsOnFile::new(self.client, file_id)
    }

    /// Create Box Skill cards on file
    ///
    /// Applies one or more Box Skills metadata cards to a file.
    ///
    /// `POST /files/{file_id}/metadata/global/boxSkillsCards`
    #[inline]
    pub fn create_box_skill_cards_on_file(
        &self,
        file_id: impl AsRef<str>,
        cards: impl IntoIterator<Item = SkillCard>,
    ) -> CreateBoxSkillCardsOnFile<'a> {
        CreateBoxSkillCardsOnFile::new(self.client, file_id, cards)
    }

    /// Remove Box Skill cards from file
    ///
    /// Removes any Box Skills cards metadata from a file.
    ///
    /// `DELETE /files/{file_id}/metadata/global/boxSkillsCards`
    #[inline]
    pub fn delete_box_skill_cards_from_file(&self, file_id: impl AsRef<str>) -> DeleteBoxSkillCardsFromFile<'a> {
        DeleteBoxSkillCardsFromFile::new(self.client, file_id)
    }

    /// Update all Box Skill cards on file
    ///
    /// An alternative method that can be used to overwrite and update all Box Skill
    /// metadata cards on a file.
    ///
    /// `PUT /skill_invocations/{skill_id}`
    #[inline]
    pub fn update_all_skill_cards_on_file(
        &self,
        skill_id: impl AsRef<str>,
        status: UpdateAllSkillCardsOnFileStatus,
        metadata: UpdateAllSkillCardsOnFileMetadata,
        file: UpdateAllSkillCardsOnFileFile,
    ) -> UpdateAllSkillCardsOnFile<'a> {
        UpdateAllSkillCardsOnFile::new(self.client, skill_id, status, metadata, file)
    }
}

/// Request builder for [`SkillsManager::get_box_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetBoxSkillCardsOnFile<'a> {
    call: Call<'a>,
}

impl<'a> GetBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetBoxSkillCardsOnFile => json SkillCardsMetadata);

/// Request builder for [`SkillsManager::update_box_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateBoxSkillCardsOnFile<'a> {
    call: Call<'a>,
}

impl<'a> UpdateBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateBoxSkillCardsOnFileRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateBoxSkillCardsOnFile => json SkillCardsMetadata);

/// Request builder for [`SkillsManager::create_box_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBoxSkillCardsOnFile<'a> {
    call: Call<'a>,
    body: CreateBoxSkillCardsOnFileRequestBody,
}

impl<'a> CreateBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, cards: impl IntoIterator<Item = SkillCard>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
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
        Self { call, body: CreateBoxSkillCardsOnFileRequestBody { cards: cards.into_iter().collect() } }
    }
}

request_builder!(runtime, CreateBoxSkillCardsOnFile(body) => json SkillCardsMetadata);

/// Request builder for [`SkillsManager::delete_box_skill_cards_from_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteBoxSkillCardsFromFile<'a> {
    call: Call<'a>,
}

impl<'a> DeleteBoxSkillCardsFromFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
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

request_builder!(runtime, DeleteBoxSkillCardsFromFile => empty);

/// Request builder for [`SkillsManager::update_all_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAllSkillCardsOnFile<'a> {
    call: Call<'a>,
    body: UpdateAllSkillCardsOnFileRequestBody,
}

impl<'a> UpdateAllSkillCardsOnFile<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        skill_id: impl AsRef<str>,
        status: UpdateAllSkillCardsOnFileStatus,
        metadata: UpdateAllSkillCardsOnFileMetadata,
        file: UpdateAllSkillCardsOnFileFile,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_skill_invocations_id",
            method: reqwest::Method::PUT,
            path: "/skill_invocations/{skill_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("skill_id", skill_id.as_ref());
        Self {
            call,
            body: UpdateAllSkillCardsOnFileRequestBody { status, metadata, file, file_version: None, usage: None },
        }
    }

    /// The optional file version to assign the cards to.
    #[inline]
    pub fn file_version(mut self, file_version: UpdateAllSkillCardsOnFileFileVersion) -> Self {
        self.body.file_version = Some(file_version);
        self
    }

    /// A descriptor that defines what items are affected by this call.
    ///
    /// Set this to the default values when setting a card to a `success`
    /// state, and leave it out in most other situations.
    #[inline]
    pub fn usage(mut self, usage: UpdateAllSkillCardsOnFileUsage) -> Self {
        self.body.usage = Some(usage);
        self
    }
}

request_builder!(runtime, UpdateAllSkillCardsOnFile(body) => empty);

/// An operation that replaces an existing card.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateBoxSkillCardsOnFileRequestBody {
    /// The value will always be `replace`.
    pub op: Option<UpdateBoxSkillCardsOnFileRequestBodyOp>,
    /// The JSON Path that represents the card to replace. In most cases
    /// this will be in the format `/cards/{index}` where `index` is the
    /// zero-indexed position of the card in the list of cards.
    pub path: Option<String>,
    /// The `value` property, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/put/requestBody/content/application~1json-patch+json/schema/items/properties/value`).
    pub value: Option<SkillCard>,
}

serialize_struct!(
    runtime,
    UpdateBoxSkillCardsOnFileRequestBody { op: optional("op"), path: optional("path"), value: optional("value") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateBoxSkillCardsOnFileRequestBody {
        op: optional::<Option<UpdateBoxSkillCardsOnFileRequestBodyOp>>("op"),
        path: optional::<Option<String>>("path"),
        value: optional::<Option<crate::models::SkillCard>>("value")
    }
);

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateBoxSkillCardsOnFileRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateBoxSkillCardsOnFileRequestBodyOp, Unknown, Replace = "replace");

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateBoxSkillCardsOnFileRequestBody {
    /// A list of Box Skill cards to apply to this file.
    pub cards: Vec<SkillCard>,
}

serialize_struct!(runtime, CreateBoxSkillCardsOnFileRequestBody { cards: required("cards") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateBoxSkillCardsOnFileRequestBody { cards: required::<Vec<crate::models::SkillCard>>("cards") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1skill_invocations~1{skill_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateAllSkillCardsOnFileRequestBody {
    /// Defines the status of this invocation. Set this to `success` when setting Skill cards.
    pub status: UpdateAllSkillCardsOnFileStatus,
    /// The metadata to set for this skill. This is a list of
    /// Box Skills cards. These cards will overwrite any existing Box
    /// skill cards on the file.
    pub metadata: UpdateAllSkillCardsOnFileMetadata,
    /// The file to assign the cards to.
    pub file: UpdateAllSkillCardsOnFileFile,
    /// The optional file version to assign the cards to.
    pub file_version: Option<UpdateAllSkillCardsOnFileFileVersion>,
    /// A descriptor that defines what items are affected by this call.
    ///
    /// Set this to the default values when setting a card to a `success`
    /// state, and leave it out in most other situations.
    pub usage: Option<UpdateAllSkillCardsOnFileUsage>,
}

serialize_struct!(
    runtime,
    UpdateAllSkillCardsOnFileRequestBody {
        status: required("status"),
        metadata: required("metadata"),
        file: required("file"),
        file_version: optional("file_version"),
        usage: optional("usage")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateAllSkillCardsOnFileRequestBody {
        status: required::<UpdateAllSkillCardsOnFileStatus>("status"),
        metadata: required::<UpdateAllSkillCardsOnFileMetadata>("metadata"),
        file: required::<UpdateAllSkillCardsOnFileFile>("file"),
        file_version: optional::<Option<UpdateAllSkillCardsOnFileFileVersion>>("file_version"),
        usage: optional::<Option<UpdateAllSkillCardsOnFileUsage>>("usage")
    }
);

/// Defines the status of this invocation. Set this to `success` when setting Skill cards.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateAllSkillCardsOnFileStatus {
    /// `invoked`
    Invoked,
    /// `processing`
    Processing,
    /// `success`
    Success,
    /// `transient_failure`
    TransientFailure,
    /// `permanent_failure`
    PermanentFailure,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateAllSkillCardsOnFileStatus,
    Unknown,
    Invoked = "invoked",
    Processing = "processing",
    Success = "success",
    TransientFailure = "transient_failure",
    PermanentFailure = "permanent_failure"
);

/// The metadata to set for this skill. This is a list of
/// Box Skills cards. These cards will overwrite any existing Box
/// skill cards on the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateAllSkillCardsOnFileMetadata {
    /// A list of Box Skill cards to apply to this file.
    pub cards: Option<Vec<SkillCard>>,
}

serialize_struct!(runtime, UpdateAllSkillCardsOnFileMetadata { cards: optional("cards") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateAllSkillCardsOnFileMetadata { cards: optional::<Option<Vec<crate::models::SkillCard>>>("cards") }
);

/// The file to assign the cards to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateAllSkillCardsOnFileFile {
    /// The value will always be `file`.
    pub r#type: Option<UpdateAllSkillCardsOnFileFileTypeField>,
    /// The ID of the file.
    pub id: Option<String>,
}

serialize_struct!(runtime, UpdateAllSkillCardsOnFileFile { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateAllSkillCardsOnFileFile {
        r#type: optional::<Option<UpdateAllSkillCardsOnFileFileTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateAllSkillCardsOnFileFileTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateAllSkillCardsOnFileFileTypeField, Unknown, File = "file");

/// The optional file version to assign the cards to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateAllSkillCardsOnFileFileVersion {
    /// The value will always be `file_version`.
    pub r#type: Option<UpdateAllSkillCardsOnFileFileVersionTypeField>,
    /// The ID of the file version.
    pub id: Option<String>,
}

serialize_struct!(runtime, UpdateAllSkillCardsOnFileFileVersion { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateAllSkillCardsOnFileFileVersion {
        r#type: optional::<Option<UpdateAllSkillCardsOnFileFileVersionTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The value will always be `file_version`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateAllSkillCardsOnFileFileVersionTypeField {
    /// `file_version`
    FileVersion,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateAllSkillCardsOnFileFileVersionTypeField, Unknown, FileVersion = "file_version");

/// A descriptor that defines what items are affected by this call.
///
/// Set this to the default values when setting a card to a `success`
/// state, and leave it out in most other situations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateAllSkillCardsOnFileUsage {
    /// The value will always be `file`.
    pub unit: Option<String>,
    /// Number of resources affected.
    pub value: Option<f64>,
}

serialize_struct!(runtime, UpdateAllSkillCardsOnFileUsage { unit: optional("unit"), value: optional("value") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateAllSkillCardsOnFileUsage {
        unit: optional::<Option<String>>("unit"),
        value: optional::<Option<f64>>("value")
    }
);
