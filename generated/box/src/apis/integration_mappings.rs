// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `integration_mappings` operations: [`IntegrationMappingsManager`] and one request builder per operation.

/// Reach it with [`Client::integration_mappings`](crate::Client::integration_mappings) or [`IntegrationMappingsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct IntegrationMappingsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> IntegrationMappingsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List Slack integration mappings
    ///
    /// Lists [Slack integration mappings](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack) in a users' enterprise.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `GET /integration_mappings/slack`
    #[inline]
    pub fn get_slack_integration_mapping(&self) -> GetSlackIntegrationMapping<'a> {
        GetSlackIntegrationMapping::new(self.client)
    }

    /// Create Slack integration mapping
    ///
    /// Creates a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack)
    /// by mapping a Slack channel to a Box item.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `POST /integration_mappings/slack`
    #[inline]
    pub fn create_slack_integration_mapping(&self) -> CreateSlackIntegrationMapping<'a> {
        CreateSlackIntegrationMapping::new(self.client)
    }

    /// Update Slack integration mapping
    ///
    /// Updates a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack).
    /// Supports updating the Box folder ID and options.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `PUT /integration_mappings/slack/{integration_mapping_id}`
    #[inline]
    pub fn update_slack_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> UpdateSlackIntegrationMappingById<'a> {
        UpdateSlackIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// Delete Slack integration mapping
    ///
    /// Deletes a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack).
    ///
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `DELETE /integration_mappings/slack/{integration_mapping_id}`
    #[inline]
    pub fn delete_slack_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> DeleteSlackIntegrationMappingById<'a> {
        DeleteSlackIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// List Teams integration mappings
    ///
    /// Lists [Teams integration mappings](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams) in a users' enterprise.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `GET /integration_mappings/teams`
    #[inline]
    pub fn get_teams_integration_mapping(&self) -> GetTeamsIntegrationMapping<'a> {
        GetTeamsIntegrationMapping::new(self.client)
    }

    /// Create Teams integration mapping
    ///
    /// Creates a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams)
    /// by mapping a Teams channel to a Box item.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `POST /integration_mappings/teams`
    #[inline]
    pub fn create_teams_integration_mapping(&self) -> CreateTeamsIntegrationMapping<'a> {
        CreateTeamsIntegrationMapping::new(self.client)
    }

    /// Update Teams integration mapping
    ///
    /// Updates a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams).
    /// Supports updating the Box folder ID and options.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `PUT /integration_mappings/teams/{integration_mapping_id}`
    #[inline]
    pub fn update_teams_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> UpdateTeamsIntegrationMappingById<'a> {
        UpdateTeamsIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// Delete Teams integration mapping
    ///
    /// Deletes a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams).
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `DELETE /integration_mappings/teams/{integration_mapping_id}`
    #[inline]
    pub fn delete_teams_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> DeleteTeamsIntegrationMappingById<'a> {
        DeleteTeamsIntegrationMappingById::new(self.client, integration_mapping_id)
    }
}

/// Request builder for [`IntegrationMappingsManager::get_slack_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSlackIntegrationMapping<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetSlackIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_integration_mappings_slack",
            method: reqwest::Method::GET,
            path: "/integration_mappings/slack",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
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

    /// Mapped item type, for which the mapping should be returned.
    #[inline]
    pub fn partner_item_type(mut self, partner_item_type: GetSlackIntegrationMappingPartnerItemType) -> Self {
        self.call.query("partner_item_type", &partner_item_type);
        self
    }

    /// ID of the mapped item,
    /// for which the mapping should be returned.
    #[inline]
    pub fn partner_item_id(mut self, partner_item_id: impl AsRef<str>) -> Self {
        self.call.query("partner_item_id", partner_item_id.as_ref());
        self
    }

    /// Box item ID, for which the mappings should be returned.
    #[inline]
    pub fn box_item_id(mut self, box_item_id: impl AsRef<str>) -> Self {
        self.call.query("box_item_id", box_item_id.as_ref());
        self
    }

    /// Box item type, for
    /// which the mappings should be returned.
    #[inline]
    pub fn box_item_type(mut self, box_item_type: GetSlackIntegrationMappingBoxItemType) -> Self {
        self.call.query("box_item_type", &box_item_type);
        self
    }

    /// Whether the mapping has been manually created.
    #[inline]
    pub fn is_manually_created(mut self, is_manually_created: bool) -> Self {
        self.call.query("is_manually_created", &is_manually_created);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::IntegrationMapping> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::IntegrationMappings>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMappings> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMappings>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetSlackIntegrationMapping<'a> {
    type Output = Result<crate::models::IntegrationMappings, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMappings>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMappings>)
    }
}

/// Request builder for [`IntegrationMappingsManager::create_slack_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateSlackIntegrationMapping<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateSlackIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_integration_mappings_slack",
            method: reqwest::Method::POST,
            path: "/integration_mappings/slack",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1integration_mappings~1slack/post/requestBody`).
    #[inline]
    pub fn integration_mapping_slack_create_request(
        mut self,
        integration_mapping_slack_create_request: crate::models::IntegrationMappingSlackCreateRequest,
    ) -> Self {
        self.call.body(&integration_mapping_slack_create_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMapping> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMapping>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateSlackIntegrationMapping<'a> {
    type Output = Result<crate::models::IntegrationMapping, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMapping>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMapping>)
    }
}

/// Request builder for [`IntegrationMappingsManager::update_slack_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSlackIntegrationMappingById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateSlackIntegrationMappingByIdRequestBody,
}

impl<'a> UpdateSlackIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_integration_mappings_slack_id",
            method: reqwest::Method::PUT,
            path: "/integration_mappings/slack/{integration_mapping_id}",
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
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call, body: UpdateSlackIntegrationMappingByIdRequestBody { box_item: None, options: None } }
    }

    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[inline]
    pub fn box_item(mut self, box_item: crate::models::IntegrationMappingBoxItemSlack) -> Self {
        self.body.box_item = Some(box_item);
        self
    }

    /// The `options` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/options`).
    #[inline]
    pub fn options(mut self, options: crate::models::IntegrationMappingSlackOptions) -> Self {
        self.body.options = Some(options);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMapping> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMapping>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateSlackIntegrationMappingById<'a> {
    type Output = Result<crate::models::IntegrationMapping, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMapping>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMapping>)
    }
}

/// Request builder for [`IntegrationMappingsManager::delete_slack_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteSlackIntegrationMappingById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteSlackIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_integration_mappings_slack_id",
            method: reqwest::Method::DELETE,
            path: "/integration_mappings/slack/{integration_mapping_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteSlackIntegrationMappingById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`IntegrationMappingsManager::get_teams_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTeamsIntegrationMapping<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTeamsIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_integration_mappings_teams",
            method: reqwest::Method::GET,
            path: "/integration_mappings/teams",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Mapped item type, for which the mapping should be returned.
    #[inline]
    pub fn partner_item_type(mut self, partner_item_type: GetTeamsIntegrationMappingPartnerItemType) -> Self {
        self.call.query("partner_item_type", &partner_item_type);
        self
    }

    /// ID of the mapped item,
    /// for which the mapping should be returned.
    #[inline]
    pub fn partner_item_id(mut self, partner_item_id: impl AsRef<str>) -> Self {
        self.call.query("partner_item_id", partner_item_id.as_ref());
        self
    }

    /// Box item ID, for which the mappings should be returned.
    #[inline]
    pub fn box_item_id(mut self, box_item_id: impl AsRef<str>) -> Self {
        self.call.query("box_item_id", box_item_id.as_ref());
        self
    }

    /// Box item type, for
    /// which the mappings should be returned.
    #[inline]
    pub fn box_item_type(mut self, box_item_type: GetTeamsIntegrationMappingBoxItemType) -> Self {
        self.call.query("box_item_type", &box_item_type);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMappingsTeams> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMappingsTeams>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTeamsIntegrationMapping<'a> {
    type Output = Result<crate::models::IntegrationMappingsTeams, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMappingsTeams>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMappingsTeams>)
    }
}

/// Request builder for [`IntegrationMappingsManager::create_teams_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTeamsIntegrationMapping<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateTeamsIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_integration_mappings_teams",
            method: reqwest::Method::POST,
            path: "/integration_mappings/teams",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1integration_mappings~1teams/post/requestBody`).
    #[inline]
    pub fn integration_mapping_teams_create_request(
        mut self,
        integration_mapping_teams_create_request: crate::models::IntegrationMappingTeamsCreateRequest,
    ) -> Self {
        self.call.body(&integration_mapping_teams_create_request);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMappingTeams> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMappingTeams>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateTeamsIntegrationMapping<'a> {
    type Output = Result<crate::models::IntegrationMappingTeams, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMappingTeams>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMappingTeams>)
    }
}

/// Request builder for [`IntegrationMappingsManager::update_teams_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTeamsIntegrationMappingById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateTeamsIntegrationMappingByIdRequestBody,
}

impl<'a> UpdateTeamsIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_integration_mappings_teams_id",
            method: reqwest::Method::PUT,
            path: "/integration_mappings/teams/{integration_mapping_id}",
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
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call, body: UpdateTeamsIntegrationMappingByIdRequestBody { box_item: None } }
    }

    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[inline]
    pub fn box_item(mut self, box_item: crate::models::FolderReference) -> Self {
        self.body.box_item = Some(box_item);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::IntegrationMappingTeams> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::IntegrationMappingTeams>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateTeamsIntegrationMappingById<'a> {
    type Output = Result<crate::models::IntegrationMappingTeams, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::IntegrationMappingTeams>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::IntegrationMappingTeams>)
    }
}

/// Request builder for [`IntegrationMappingsManager::delete_teams_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTeamsIntegrationMappingById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteTeamsIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_integration_mappings_teams_id",
            method: reqwest::Method::DELETE,
            path: "/integration_mappings/teams/{integration_mapping_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteTeamsIntegrationMappingById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack/get/parameters/2/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetSlackIntegrationMappingPartnerItemType {
    /// `channel`
    Channel,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetSlackIntegrationMappingPartnerItemType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Channel => "channel",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetSlackIntegrationMappingPartnerItemType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "channel" => Self::Channel,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetSlackIntegrationMappingPartnerItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetSlackIntegrationMappingPartnerItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetSlackIntegrationMappingPartnerItemType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetSlackIntegrationMappingBoxItemType {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetSlackIntegrationMappingBoxItemType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetSlackIntegrationMappingBoxItemType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetSlackIntegrationMappingBoxItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetSlackIntegrationMappingBoxItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetSlackIntegrationMappingBoxItemType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateSlackIntegrationMappingByIdRequestBody {
    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub box_item: Option<crate::models::IntegrationMappingBoxItemSlack>,
    /// The `options` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/options`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<crate::models::IntegrationMappingSlackOptions>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTeamsIntegrationMappingPartnerItemType {
    /// `channel`
    Channel,
    /// `team`
    Team,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetTeamsIntegrationMappingPartnerItemType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Channel => "channel",
            Self::Team => "team",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetTeamsIntegrationMappingPartnerItemType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "channel" => Self::Channel,
            "team" => Self::Team,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetTeamsIntegrationMappingPartnerItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetTeamsIntegrationMappingPartnerItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetTeamsIntegrationMappingPartnerItemType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTeamsIntegrationMappingBoxItemType {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetTeamsIntegrationMappingBoxItemType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetTeamsIntegrationMappingBoxItemType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetTeamsIntegrationMappingBoxItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetTeamsIntegrationMappingBoxItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetTeamsIntegrationMappingBoxItemType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateTeamsIntegrationMappingByIdRequestBody {
    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub box_item: Option<crate::models::FolderReference>,
}
