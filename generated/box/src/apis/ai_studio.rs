// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `ai_studio` operations: [`AiStudioManager`] and one request builder per operation.

use crate::models::{AiMultipleAgentResponse, AiSingleAgentResponseFull, ClientError};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::ai_studio`](crate::Client::ai_studio) or [`AiStudioManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AiStudioManager<'a> {
    client: &'a Client,
}

impl<'a> AiStudioManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List AI agents
    ///
    /// Lists AI agents based on the provided parameters.
    ///
    /// `GET /ai_agents`
    #[inline]
    pub fn get_ai_agents(&self) -> GetAiAgents<'a> {
        GetAiAgents::new(self.client)
    }

    /// Create AI agent
    ///
    /// Creates an AI agent. At least one of the following capabilities must be provided: `ask`, `text_gen`, `extract`.
    ///
    /// `POST /ai_agents`
    #[inline]
    pub fn create_ai_agent(&self) -> CreateAiAgent<'a> {
        CreateAiAgent::new(self.client)
    }

    /// Get AI agent by agent ID
    ///
    /// Gets an AI Agent using the `agent_id` parameter.
    ///
    /// `GET /ai_agents/{agent_id}`
    #[inline]
    pub fn get_ai_agent_by_id(&self, agent_id: impl AsRef<str>) -> GetAiAgentById<'a> {
        GetAiAgentById::new(self.client, agent_id)
    }

    /// Update AI agent
    ///
    /// Updates an AI agent.
    ///
    /// `PUT /ai_agents/{agent_id}`
    #[inline]
    pub fn update_ai_agent_by_id(&self, agent_id: impl AsRef<str>) -> UpdateAiAgentById<'a> {
        UpdateAiAgentById::new(self.client, agent_id)
    }

    /// Delete AI agent
    ///
    /// Deletes an AI agent using the provided parameters.
    ///
    /// `DELETE /ai_agents/{agent_id}`
    #[inline]
    pub fn delete_ai_agent_by_id(&self, agent_id: impl AsRef<str>) -> DeleteAiAgentById<'a> {
        DeleteAiAgentById::new(self.client, agent_id)
    }
}

/// Request builder for [`AiStudioManager::get_ai_agents`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetAiAgents<'a> {
    call: Call<'a>,
}

impl<'a> GetAiAgents<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_ai_agents",
            method: reqwest::Method::GET,
            path: "/ai_agents",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The mode to filter the agent config to return. Possible values are: `ask`, `text_gen`, and `extract`.
    #[inline]
    pub fn mode(mut self, mode: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("mode", &mode.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The fields to return in the response.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The state of the agents to return. Possible values are: `enabled`, `disabled` and `enabled_for_selected_users`.
    #[inline]
    pub fn agent_state(mut self, agent_state: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("agent_state", &agent_state.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Whether to include the Box default agents in the response.
    #[inline]
    pub fn include_box_default(mut self, include_box_default: bool) -> Self {
        self.call.query("include_box_default", &include_box_default);
        self
    }

    /// Defines the position marker at which to begin returning results.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, AiSingleAgentResponseFull> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<AiMultipleAgentResponse>)
    }
}

request_builder!(runtime, GetAiAgents => json AiMultipleAgentResponse);

/// Request builder for [`AiStudioManager::create_ai_agent`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiAgent<'a> {
    call: Call<'a>,
}

impl<'a> CreateAiAgent<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_ai_agents",
            method: reqwest::Method::POST,
            path: "/ai_agents",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai_agents/post/requestBody`).
    #[inline]
    pub fn create_ai_agent(mut self, create_ai_agent: crate::models::CreateAiAgent) -> Self {
        self.call.body(&create_ai_agent);
        self
    }
}

request_builder!(runtime, CreateAiAgent => json AiSingleAgentResponseFull);

/// Request builder for [`AiStudioManager::get_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetAiAgentById<'a> {
    call: Call<'a>,
}

impl<'a> GetAiAgentById<'a> {
    #[inline]
    fn new(client: &'a Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_ai_agents_id",
            method: reqwest::Method::GET,
            path: "/ai_agents/{agent_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
        Self { call }
    }

    /// The fields to return in the response.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }
}

request_builder!(runtime, GetAiAgentById => json AiSingleAgentResponseFull);

/// Request builder for [`AiStudioManager::update_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAiAgentById<'a> {
    call: Call<'a>,
}

impl<'a> UpdateAiAgentById<'a> {
    #[inline]
    fn new(client: &'a Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_ai_agents_id",
            method: reqwest::Method::PUT,
            path: "/ai_agents/{agent_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai_agents~1{agent_id}/put/requestBody`).
    #[inline]
    pub fn create_ai_agent(mut self, create_ai_agent: crate::models::CreateAiAgent) -> Self {
        self.call.body(&create_ai_agent);
        self
    }
}

request_builder!(runtime, UpdateAiAgentById => json AiSingleAgentResponseFull);

/// Request builder for [`AiStudioManager::delete_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteAiAgentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteAiAgentById<'a> {
    #[inline]
    fn new(client: &'a Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_ai_agents_id",
            method: reqwest::Method::DELETE,
            path: "/ai_agents/{agent_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteAiAgentById => empty);
