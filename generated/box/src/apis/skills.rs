// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `skills` operations: [`SkillsManager`] and one request builder per operation.

/// Reach it with [`Client::skills`](crate::Client::skills) or [`SkillsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SkillsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> SkillsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
        cards: impl IntoIterator<Item = crate::models::SkillCard>,
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SkillCardsMetadata> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetBoxSkillCardsOnFile<'a> {
    type Output = Result<crate::models::SkillCardsMetadata, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SkillCardsMetadata>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }
}

/// Request builder for [`SkillsManager::update_box_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateBoxSkillCardsOnFile<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateBoxSkillCardsOnFileRequestBody>) -> Self {
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SkillCardsMetadata> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UpdateBoxSkillCardsOnFile<'a> {
    type Output = Result<crate::models::SkillCardsMetadata, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SkillCardsMetadata>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }
}

/// Request builder for [`SkillsManager::create_box_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBoxSkillCardsOnFile<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateBoxSkillCardsOnFileRequestBody,
}

impl<'a> CreateBoxSkillCardsOnFile<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        file_id: impl AsRef<str>,
        cards: impl IntoIterator<Item = crate::models::SkillCard>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
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
        Self { call, body: CreateBoxSkillCardsOnFileRequestBody { cards: cards.into_iter().collect() } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SkillCardsMetadata> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateBoxSkillCardsOnFile<'a> {
    type Output = Result<crate::models::SkillCardsMetadata, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SkillCardsMetadata>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SkillCardsMetadata>)
    }
}

/// Request builder for [`SkillsManager::delete_box_skill_cards_from_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteBoxSkillCardsFromFile<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteBoxSkillCardsFromFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_files_id_metadata_global_boxSkillsCards",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/metadata/global/boxSkillsCards",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
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

impl<'a> std::future::IntoFuture for DeleteBoxSkillCardsFromFile<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`SkillsManager::update_all_skill_cards_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAllSkillCardsOnFile<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateAllSkillCardsOnFileRequestBody,
}

impl<'a> UpdateAllSkillCardsOnFile<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        skill_id: impl AsRef<str>,
        status: UpdateAllSkillCardsOnFileStatus,
        metadata: UpdateAllSkillCardsOnFileMetadata,
        file: UpdateAllSkillCardsOnFileFile,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_skill_invocations_id",
            method: reqwest::Method::PUT,
            path: "/skill_invocations/{skill_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateAllSkillCardsOnFile<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An operation that replaces an existing card.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateBoxSkillCardsOnFileRequestBody {
    /// The value will always be `replace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<UpdateBoxSkillCardsOnFileRequestBodyOp>,
    /// The JSON Path that represents the card to replace. In most cases
    /// this will be in the format `/cards/{index}` where `index` is the
    /// zero-indexed position of the card in the list of cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The `value` property, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/put/requestBody/content/application~1json-patch+json/schema/items/properties/value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::models::SkillCard>,
}

/// The value will always be `replace`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateBoxSkillCardsOnFileRequestBodyOp {
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateBoxSkillCardsOnFileRequestBodyOp {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateBoxSkillCardsOnFileRequestBodyOp {
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

impl std::fmt::Display for UpdateBoxSkillCardsOnFileRequestBodyOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateBoxSkillCardsOnFileRequestBodyOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateBoxSkillCardsOnFileRequestBodyOp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1metadata~1global~1boxSkillsCards/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateBoxSkillCardsOnFileRequestBody {
    /// A list of Box Skill cards to apply to this file.
    pub cards: Vec<crate::models::SkillCard>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1skill_invocations~1{skill_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_version: Option<UpdateAllSkillCardsOnFileFileVersion>,
    /// A descriptor that defines what items are affected by this call.
    ///
    /// Set this to the default values when setting a card to a `success`
    /// state, and leave it out in most other situations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<UpdateAllSkillCardsOnFileUsage>,
}

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

impl UpdateAllSkillCardsOnFileStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invoked => "invoked",
            Self::Processing => "processing",
            Self::Success => "success",
            Self::TransientFailure => "transient_failure",
            Self::PermanentFailure => "permanent_failure",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateAllSkillCardsOnFileStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "invoked" => Self::Invoked,
            "processing" => Self::Processing,
            "success" => Self::Success,
            "transient_failure" => Self::TransientFailure,
            "permanent_failure" => Self::PermanentFailure,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateAllSkillCardsOnFileStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateAllSkillCardsOnFileStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateAllSkillCardsOnFileStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The metadata to set for this skill. This is a list of
/// Box Skills cards. These cards will overwrite any existing Box
/// skill cards on the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateAllSkillCardsOnFileMetadata {
    /// A list of Box Skill cards to apply to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<crate::models::SkillCard>>,
}

/// The file to assign the cards to.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateAllSkillCardsOnFileFile {
    /// The value will always be `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UpdateAllSkillCardsOnFileFileTypeField>,
    /// The ID of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateAllSkillCardsOnFileFileTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateAllSkillCardsOnFileFileTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateAllSkillCardsOnFileFileTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateAllSkillCardsOnFileFileTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateAllSkillCardsOnFileFileTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateAllSkillCardsOnFileFileTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The optional file version to assign the cards to.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateAllSkillCardsOnFileFileVersion {
    /// The value will always be `file_version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UpdateAllSkillCardsOnFileFileVersionTypeField>,
    /// The ID of the file version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The value will always be `file_version`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateAllSkillCardsOnFileFileVersionTypeField {
    /// `file_version`
    FileVersion,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateAllSkillCardsOnFileFileVersionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileVersion => "file_version",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateAllSkillCardsOnFileFileVersionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file_version" => Self::FileVersion,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateAllSkillCardsOnFileFileVersionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateAllSkillCardsOnFileFileVersionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateAllSkillCardsOnFileFileVersionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// A descriptor that defines what items are affected by this call.
///
/// Set this to the default values when setting a card to a `success`
/// state, and leave it out in most other situations.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateAllSkillCardsOnFileUsage {
    /// The value will always be `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Number of resources affected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}
