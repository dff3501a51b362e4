// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `ai` operations: [`AiManager`] and one request builder per operation.

use crate::models::{
    AiAgent, AiAsk, AiExtract, AiExtractStructured, AiExtractStructuredResponse, AiResponse, AiResponseFull, AiTextGen,
    ClientError,
};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, string_enum,
};

/// Reach it with [`Client::ai`](crate::Client::ai) or [`AiManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AiManager<'a> {
    client: &'a Client,
}

impl<'a> AiManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> CreateAiAsk<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_ai_ask",
            method: reqwest::Method::POST,
            path: "/ai/ask",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1ask/post/requestBody`).
    #[inline]
    pub fn ai_ask(mut self, ai_ask: AiAsk) -> Self {
        self.call.body(&ai_ask);
        self
    }
}

request_builder!(runtime, CreateAiAsk => outcomes CreateAiAskResponse);

/// Request builder for [`AiManager::create_ai_text_gen`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiTextGen<'a> {
    call: Call<'a>,
}

impl<'a> CreateAiTextGen<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_ai_text_gen",
            method: reqwest::Method::POST,
            path: "/ai/text_gen",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1text_gen/post/requestBody`).
    #[inline]
    pub fn ai_text_gen(mut self, ai_text_gen: AiTextGen) -> Self {
        self.call.body(&ai_text_gen);
        self
    }
}

request_builder!(runtime, CreateAiTextGen => json AiResponse);

/// Request builder for [`AiManager::get_ai_agent_default_config`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetAiAgentDefaultConfig<'a> {
    call: Call<'a>,
}

impl<'a> GetAiAgentDefaultConfig<'a> {
    #[inline]
    fn new(client: &'a Client, mode: GetAiAgentDefaultConfigMode) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_ai_agent_default",
            method: reqwest::Method::GET,
            path: "/ai_agent_default",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, GetAiAgentDefaultConfig => json AiAgent);

/// Request builder for [`AiManager::create_ai_extract`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiExtract<'a> {
    call: Call<'a>,
}

impl<'a> CreateAiExtract<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_ai_extract",
            method: reqwest::Method::POST,
            path: "/ai/extract",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1extract/post/requestBody`).
    #[inline]
    pub fn ai_extract(mut self, ai_extract: AiExtract) -> Self {
        self.call.body(&ai_extract);
        self
    }
}

request_builder!(runtime, CreateAiExtract => json AiResponse);

/// Request builder for [`AiManager::create_ai_extract_structured`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiExtractStructured<'a> {
    call: Call<'a>,
}

impl<'a> CreateAiExtractStructured<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_ai_extract_structured",
            method: reqwest::Method::POST,
            path: "/ai/extract_structured",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai~1extract_structured/post/requestBody`).
    #[inline]
    pub fn ai_extract_structured(mut self, ai_extract_structured: AiExtractStructured) -> Self {
        self.call.body(&ai_extract_structured);
        self
    }
}

request_builder!(runtime, CreateAiExtractStructured => json AiExtractStructuredResponse);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateAiAskResponse {
    /// HTTP 200: A successful response including the answer from the LLM.
    Ok(AiResponseFull),
    /// HTTP 204: No content is available to answer the question. This is returned when the request item is a hub, but content in the hubs is not indexed. To ensure content in the hub is indexed, make sure Box AI for Hubs in the Admin Console was enabled before hub creation.
    NoContent,
}

impl CreateAiAskResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
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

string_enum!(
    runtime,
    GetAiAgentDefaultConfigMode,
    Unknown,
    Ask = "ask",
    TextGen = "text_gen",
    Extract = "extract",
    ExtractStructured = "extract_structured"
);
