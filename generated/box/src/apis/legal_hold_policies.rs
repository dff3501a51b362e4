// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `legal_hold_policies` operations: [`LegalHoldPoliciesManager`] and one request builder per operation.

/// Reach it with [`Client::legal_hold_policies`](crate::Client::legal_hold_policies) or [`LegalHoldPoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct LegalHoldPoliciesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> LegalHoldPoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List all legal hold policies
    ///
    /// Retrieves a list of legal hold policies that belong to
    /// an enterprise.
    ///
    /// `GET /legal_hold_policies`
    #[inline]
    pub fn get_legal_hold_policies(&self) -> GetLegalHoldPolicies<'a> {
        GetLegalHoldPolicies::new(self.client)
    }

    /// Create legal hold policy
    ///
    /// Create a new legal hold policy.
    ///
    /// `POST /legal_hold_policies`
    #[inline]
    pub fn create_legal_hold_policy(&self, policy_name: impl Into<String>) -> CreateLegalHoldPolicy<'a> {
        CreateLegalHoldPolicy::new(self.client, policy_name)
    }

    /// Get legal hold policy
    ///
    /// Retrieve a legal hold policy.
    ///
    /// `GET /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn get_legal_hold_policy_by_id(&self, legal_hold_policy_id: impl AsRef<str>) -> GetLegalHoldPolicyById<'a> {
        GetLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }

    /// Update legal hold policy
    ///
    /// Update legal hold policy.
    ///
    /// `PUT /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn update_legal_hold_policy_by_id(
        &self,
        legal_hold_policy_id: impl AsRef<str>,
    ) -> UpdateLegalHoldPolicyById<'a> {
        UpdateLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }

    /// Remove legal hold policy
    ///
    /// Delete an existing legal hold policy.
    ///
    /// This is an asynchronous process. The policy will not be
    /// fully deleted yet when the response returns.
    ///
    /// `DELETE /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn delete_legal_hold_policy_by_id(
        &self,
        legal_hold_policy_id: impl AsRef<str>,
    ) -> DeleteLegalHoldPolicyById<'a> {
        DeleteLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::get_legal_hold_policies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicies<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicies<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policies",
            method: reqwest::Method::GET,
            path: "/legal_hold_policies",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits results to policies for which the names start with
    /// this search term. This is a case-insensitive prefix.
    #[inline]
    pub fn policy_name(mut self, policy_name: impl AsRef<str>) -> Self {
        self.call.query("policy_name", policy_name.as_ref());
        self
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::LegalHoldPolicy> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::LegalHoldPolicies>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicies> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicies>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicies<'a> {
    type Output = Result<crate::models::LegalHoldPolicies, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicies>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicies>)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::create_legal_hold_policy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLegalHoldPolicy<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateLegalHoldPolicyRequestBody,
}

impl<'a> CreateLegalHoldPolicy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, policy_name: impl Into<String>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_legal_hold_policies",
            method: reqwest::Method::POST,
            path: "/legal_hold_policies",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: CreateLegalHoldPolicyRequestBody {
                policy_name: policy_name.into(),
                description: None,
                filter_started_at: None,
                filter_ended_at: None,
                is_ongoing: None,
            },
        }
    }

    /// A description for the policy.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// The filter start date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[inline]
    pub fn filter_started_at(mut self, filter_started_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.filter_started_at = Some(filter_started_at);
        self
    }

    /// The filter end date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[inline]
    pub fn filter_ended_at(mut self, filter_ended_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.filter_ended_at = Some(filter_ended_at);
        self
    }

    /// Whether new assignments under this policy should
    /// continue applying to files even after initialization.
    ///
    /// When this policy is applied using a legal hold assignment,
    /// it will continue applying the policy to any new file versions
    /// even after it has been applied.
    ///
    /// For example, if a legal hold assignment is placed on a user
    /// today, and that user uploads a file tomorrow, that file will
    /// get held. This will continue until the policy is retired.
    ///
    /// Required if no filter dates are set.
    #[inline]
    pub fn is_ongoing(mut self, is_ongoing: bool) -> Self {
        self.body.is_ongoing = Some(is_ongoing);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicy> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateLegalHoldPolicy<'a> {
    type Output = Result<crate::models::LegalHoldPolicy, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicy>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::get_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policies_id",
            method: reqwest::Method::GET,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicy> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicyById<'a> {
    type Output = Result<crate::models::LegalHoldPolicy, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicy>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::update_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateLegalHoldPolicyById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateLegalHoldPolicyByIdRequestBody,
}

impl<'a> UpdateLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_legal_hold_policies_id",
            method: reqwest::Method::PUT,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
        Self {
            call,
            body: UpdateLegalHoldPolicyByIdRequestBody { policy_name: None, description: None, release_notes: None },
        }
    }

    /// The name of the policy.
    #[inline]
    pub fn policy_name(mut self, policy_name: impl Into<String>) -> Self {
        self.body.policy_name = Some(policy_name.into());
        self
    }

    /// A description for the policy.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Notes around why the policy was released.
    #[inline]
    pub fn release_notes(mut self, release_notes: impl Into<String>) -> Self {
        self.body.release_notes = Some(release_notes.into());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicy> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateLegalHoldPolicyById<'a> {
    type Output = Result<crate::models::LegalHoldPolicy, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicy>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicy>)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::delete_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteLegalHoldPolicyById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_legal_hold_policies_id",
            method: reqwest::Method::DELETE,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteLegalHoldPolicyById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policies/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateLegalHoldPolicyRequestBody {
    /// The name of the policy.
    pub policy_name: String,
    /// A description for the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The filter start date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The filter end date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_ended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether new assignments under this policy should
    /// continue applying to files even after initialization.
    ///
    /// When this policy is applied using a legal hold assignment,
    /// it will continue applying the policy to any new file versions
    /// even after it has been applied.
    ///
    /// For example, if a legal hold assignment is placed on a user
    /// today, and that user uploads a file tomorrow, that file will
    /// get held. This will continue until the policy is retired.
    ///
    /// Required if no filter dates are set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ongoing: Option<bool>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policies~1{legal_hold_policy_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateLegalHoldPolicyByIdRequestBody {
    /// The name of the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    /// A description for the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Notes around why the policy was released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_notes: Option<String>,
}
