// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `ai` operations: [`AiManager`] and one request builder per operation.

/// Reach it with [`Client::ai`](crate::Client::ai) or [`AiManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AiManager<'a> {
    client: &'a crate::Client,
}

impl<'a> AiManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Ask question
    ///
    /// Sends an AI request to supported LLMs and returns an answer specifically focused on the user's question given the provided context.
    ///
    /// You can ask a question about a single file, several files, or the entire contents of a Box Hub. To search across and ask questions about everything in a Box Hub, send a single item with `type` set to `hubs` and the Hub's ID as the `id`. Box AI answers the question using the indexed content of all files in that Hub.
    ///
    /// Asking questions about a Box Hub requires Box AI for Hubs to be enabled in the Admin Console before the Hub is created, so that its content is indexed.
    ///
    /// `POST /ai/ask`
    #[inline]
    pub fn create_ai_ask(&self) -> CreateAiAsk<'a> {
        CreateAiAsk::new(self.client)
    }

    /// Generate text
    ///
    /// Sends an AI request to supported Large Language Models (LLMs) and returns generated text based on the provided prompt.
    ///
    /// `POST /ai/text_gen`
    #[inline]
    pub fn create_ai_text_gen(&self) -> CreateAiTextGen<'a> {
        CreateAiTextGen::new(self.client)
    }

    /// Get AI agent default configuration
    ///
    /// Get the AI agent default config.
    ///
    /// `GET /ai_agent_default`
    #[inline]
    pub fn get_ai_agent_default_config(&self, mode: GetAiAgentDefaultConfigMode) -> GetAiAgentDefaultConfig<'a> {
        GetAiAgentDefaultConfig::new(self.client, mode)
    }

    /// Extract metadata (freeform)
    ///
    /// Sends an AI request to supported Large Language Models (LLMs) and extracts metadata in form of key-value pairs.
    /// In this request, both the prompt and the output can be freeform.
    /// Metadata template setup before sending the request is not required.
    ///
    /// `POST /ai/extract`
    #[inline]
    pub fn create_ai_extract(&self) -> CreateAiExtract<'a> {
        CreateAiExtract::new(self.client)
    }

    /// Extract metadata (structured)
    ///
    /// Sends an AI request to supported Large Language Models (LLMs) and returns extracted metadata as a set of key-value pairs.
    ///
    /// To define the extraction structure, provide either a metadata template or a list of fields. To learn more about creating templates, see [Creating metadata templates in the Admin Console](https://support.box.com/hc/en-us/articles/360044194033-Customizing-Metadata-Templates)
    /// or use the [metadata template API](https://developer.box.com/guides/metadata/templates/create).
    ///
    /// This endpoint also supports [Enhanced Extract Agent](https://developer.box.com/guides/box-ai/ai-tutorials/extract-metadata-structured#enhanced-extract-agent).
    ///
    /// For information about supported file formats and languages, see the [Extract metadata from file (structured)](https://developer.box.com/guides/box-ai/ai-tutorials/extract-metadata-structured) API guide.
    ///
    /// `POST /ai/extract_structured`
    #[inline]
    pub fn create_ai_extract_structured(&self) -> CreateAiExtractStructured<'a> {
        CreateAiExtractStructured::new(self.client)
    }
}

/// Request builder for [`AiManager::create_ai_ask`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiAsk<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAiAsk<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_ai_ask",
            method: reqwest::Method::POST,
            path: "/ai/ask",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1ask/post/requestBody`).
    #[inline]
    pub fn ai_ask(mut self, ai_ask: crate::models::AiAsk) -> Self {
        self.call.body(&ai_ask);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, CreateAiAskResponse> {
        self.into_call().send_decoded_with_response(CreateAiAskResponse::decode)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAiAsk<'a> {
    type Output = Result<CreateAiAskResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, CreateAiAskResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(CreateAiAskResponse::decode)
    }
}

/// Request builder for [`AiManager::create_ai_text_gen`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiTextGen<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAiTextGen<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_ai_text_gen",
            method: reqwest::Method::POST,
            path: "/ai/text_gen",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1text_gen/post/requestBody`).
    #[inline]
    pub fn ai_text_gen(mut self, ai_text_gen: crate::models::AiTextGen) -> Self {
        self.call.body(&ai_text_gen);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::AiResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAiTextGen<'a> {
    type Output = Result<crate::models::AiResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiResponse>)
    }
}

/// Request builder for [`AiManager::get_ai_agent_default_config`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetAiAgentDefaultConfig<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetAiAgentDefaultConfig<'a> {
    #[inline]
    fn new(client: &'a crate::Client, mode: GetAiAgentDefaultConfigMode) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_ai_agent_default",
            method: reqwest::Method::GET,
            path: "/ai_agent_default",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("mode", &mode);
        Self { call }
    }

    /// The ISO language code to return the agent config for.
    /// If the language is not supported the default agent config is returned.
    #[inline]
    pub fn language(mut self, language: impl AsRef<str>) -> Self {
        self.call.query("language", language.as_ref());
        self
    }

    /// The model to return the default agent config for.
    #[inline]
    pub fn model(mut self, model: impl AsRef<str>) -> Self {
        self.call.query("model", model.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiAgent> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::AiAgent>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetAiAgentDefaultConfig<'a> {
    type Output = Result<crate::models::AiAgent, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiAgent>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiAgent>)
    }
}

/// Request builder for [`AiManager::create_ai_extract`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiExtract<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAiExtract<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_ai_extract",
            method: reqwest::Method::POST,
            path: "/ai/extract",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1extract/post/requestBody`).
    #[inline]
    pub fn ai_extract(mut self, ai_extract: crate::models::AiExtract) -> Self {
        self.call.body(&ai_extract);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::AiResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAiExtract<'a> {
    type Output = Result<crate::models::AiResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiResponse>)
    }
}

/// Request builder for [`AiManager::create_ai_extract_structured`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiExtractStructured<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAiExtractStructured<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_ai_extract_structured",
            method: reqwest::Method::POST,
            path: "/ai/extract_structured",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1extract_structured/post/requestBody`).
    #[inline]
    pub fn ai_extract_structured(mut self, ai_extract_structured: crate::models::AiExtractStructured) -> Self {
        self.call.body(&ai_extract_structured);
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiExtractStructuredResponse> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AiExtractStructuredResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAiExtractStructured<'a> {
    type Output = Result<crate::models::AiExtractStructuredResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiExtractStructuredResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiExtractStructuredResponse>)
    }
}

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateAiAskResponse {
    /// HTTP 200: A successful response including the answer from the LLM.
    Ok(crate::models::AiResponseFull),
    /// HTTP 204: No content is available to answer the question. This is returned when the request item is a hub, but content in the hubs is not indexed. To ensure content in the hub is indexed, make sure Box AI for Hubs in the Admin Console was enabled before hub creation.
    NoContent,
}

impl CreateAiAskResponse {
    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
        match response.status.as_u16() {
            200 => response.json().map(Self::Ok),
            204 => Ok(Self::NoContent),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1ai_agent_default/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetAiAgentDefaultConfigMode {
    /// `ask`
    Ask,
    /// `text_gen`
    TextGen,
    /// `extract`
    Extract,
    /// `extract_structured`
    ExtractStructured,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetAiAgentDefaultConfigMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ask => "ask",
            Self::TextGen => "text_gen",
            Self::Extract => "extract",
            Self::ExtractStructured => "extract_structured",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetAiAgentDefaultConfigMode {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ask" => Self::Ask,
            "text_gen" => Self::TextGen,
            "extract" => Self::Extract,
            "extract_structured" => Self::ExtractStructured,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetAiAgentDefaultConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetAiAgentDefaultConfigMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetAiAgentDefaultConfigMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
