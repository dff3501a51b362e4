// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `ai_studio` operations: [`AiStudioManager`] and one request builder per operation.

/// Reach it with [`Client::ai_studio`](crate::Client::ai_studio) or [`AiStudioManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AiStudioManager<'a> {
    client: &'a crate::Client,
}

impl<'a> AiStudioManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetAiAgents<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_ai_agents",
            method: reqwest::Method::GET,
            path: "/ai_agents",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::AiSingleAgentResponseFull> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::AiMultipleAgentResponse>,
        )
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiMultipleAgentResponse> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AiMultipleAgentResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetAiAgents<'a> {
    type Output = Result<crate::models::AiMultipleAgentResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiMultipleAgentResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiMultipleAgentResponse>)
    }
}

/// Request builder for [`AiStudioManager::create_ai_agent`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAiAgent<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAiAgent<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_ai_agents",
            method: reqwest::Method::POST,
            path: "/ai_agents",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai_agents/post/requestBody`).
    #[inline]
    pub fn create_ai_agent(mut self, create_ai_agent: crate::models::CreateAiAgent) -> Self {
        self.call.body(&create_ai_agent);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiSingleAgentResponseFull> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAiAgent<'a> {
    type Output = Result<crate::models::AiSingleAgentResponseFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiSingleAgentResponseFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }
}

/// Request builder for [`AiStudioManager::get_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetAiAgentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetAiAgentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_ai_agents_id",
            method: reqwest::Method::GET,
            path: "/ai_agents/{agent_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
        Self { call }
    }

    /// The fields to return in the response.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiSingleAgentResponseFull> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetAiAgentById<'a> {
    type Output = Result<crate::models::AiSingleAgentResponseFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiSingleAgentResponseFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }
}

/// Request builder for [`AiStudioManager::update_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAiAgentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateAiAgentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_ai_agents_id",
            method: reqwest::Method::PUT,
            path: "/ai_agents/{agent_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1ai_agents~1{agent_id}/put/requestBody`).
    #[inline]
    pub fn create_ai_agent(mut self, create_ai_agent: crate::models::CreateAiAgent) -> Self {
        self.call.body(&create_ai_agent);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AiSingleAgentResponseFull> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UpdateAiAgentById<'a> {
    type Output = Result<crate::models::AiSingleAgentResponseFull, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AiSingleAgentResponseFull>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AiSingleAgentResponseFull>)
    }
}

/// Request builder for [`AiStudioManager::delete_ai_agent_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteAiAgentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteAiAgentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, agent_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_ai_agents_id",
            method: reqwest::Method::DELETE,
            path: "/ai_agents/{agent_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("agent_id", agent_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteAiAgentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}
