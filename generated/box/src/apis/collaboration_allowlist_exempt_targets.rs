// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `collaboration_allowlist_exempt_targets` operations: [`CollaborationAllowlistExemptTargetsManager`] and one request builder per operation.

/// Reach it with [`Client::collaboration_allowlist_exempt_targets`](crate::Client::collaboration_allowlist_exempt_targets) or [`CollaborationAllowlistExemptTargetsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CollaborationAllowlistExemptTargetsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> CollaborationAllowlistExemptTargetsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List users exempt from collaboration domain restrictions
    ///
    /// Returns a list of users who have been exempt from the collaboration
    /// domain restrictions.
    ///
    /// `GET /collaboration_whitelist_exempt_targets`
    #[inline]
    pub fn get_collaboration_whitelist_exempt_targets(&self) -> GetCollaborationWhitelistExemptTargets<'a> {
        GetCollaborationWhitelistExemptTargets::new(self.client)
    }

    /// Create user exemption from collaboration domain restrictions
    ///
    /// Exempts a user from the restrictions set out by the allowed list of domains
    /// for collaborations.
    ///
    /// `POST /collaboration_whitelist_exempt_targets`
    #[inline]
    pub fn create_collaboration_whitelist_exempt_target(
        &self,
        user: CreateCollaborationWhitelistExemptTargetUser,
    ) -> CreateCollaborationWhitelistExemptTarget<'a> {
        CreateCollaborationWhitelistExemptTarget::new(self.client, user)
    }

    /// Get user exempt from collaboration domain restrictions
    ///
    /// Returns a users who has been exempt from the collaboration
    /// domain restrictions.
    ///
    /// `GET /collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}`
    #[inline]
    pub fn get_collaboration_whitelist_exempt_target_by_id(
        &self,
        collaboration_whitelist_exempt_target_id: impl AsRef<str>,
    ) -> GetCollaborationWhitelistExemptTargetById<'a> {
        GetCollaborationWhitelistExemptTargetById::new(self.client, collaboration_whitelist_exempt_target_id)
    }

    /// Remove user from list of users exempt from domain restrictions
    ///
    /// Removes a user's exemption from the restrictions set out by the allowed list
    /// of domains for collaborations.
    ///
    /// `DELETE /collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}`
    #[inline]
    pub fn delete_collaboration_whitelist_exempt_target_by_id(
        &self,
        collaboration_whitelist_exempt_target_id: impl AsRef<str>,
    ) -> DeleteCollaborationWhitelistExemptTargetById<'a> {
        DeleteCollaborationWhitelistExemptTargetById::new(self.client, collaboration_whitelist_exempt_target_id)
    }
}

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::get_collaboration_whitelist_exempt_targets`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistExemptTargets<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetCollaborationWhitelistExemptTargets<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_collaboration_whitelist_exempt_targets",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_exempt_targets",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::CollaborationAllowlistExemptTarget> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::CollaborationAllowlistExemptTargets>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistExemptTargets> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTargets>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetCollaborationWhitelistExemptTargets<'a> {
    type Output = Result<crate::models::CollaborationAllowlistExemptTargets, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistExemptTargets>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTargets>)
    }
}

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::create_collaboration_whitelist_exempt_target`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCollaborationWhitelistExemptTarget<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateCollaborationWhitelistExemptTargetRequestBody,
}

impl<'a> CreateCollaborationWhitelistExemptTarget<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user: CreateCollaborationWhitelistExemptTargetUser) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_collaboration_whitelist_exempt_targets",
            method: reqwest::Method::POST,
            path: "/collaboration_whitelist_exempt_targets",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateCollaborationWhitelistExemptTargetRequestBody { user } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistExemptTarget> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTarget>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateCollaborationWhitelistExemptTarget<'a> {
    type Output = Result<crate::models::CollaborationAllowlistExemptTarget, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistExemptTarget>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTarget>)
    }
}

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::get_collaboration_whitelist_exempt_target_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistExemptTargetById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetCollaborationWhitelistExemptTargetById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, collaboration_whitelist_exempt_target_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_collaboration_whitelist_exempt_targets_id",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("collaboration_whitelist_exempt_target_id", collaboration_whitelist_exempt_target_id.as_ref());
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistExemptTarget> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTarget>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetCollaborationWhitelistExemptTargetById<'a> {
    type Output = Result<crate::models::CollaborationAllowlistExemptTarget, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistExemptTarget>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistExemptTarget>)
    }
}

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::delete_collaboration_whitelist_exempt_target_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCollaborationWhitelistExemptTargetById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteCollaborationWhitelistExemptTargetById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, collaboration_whitelist_exempt_target_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_collaboration_whitelist_exempt_targets_id",
            method: reqwest::Method::DELETE,
            path: "/collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("collaboration_whitelist_exempt_target_id", collaboration_whitelist_exempt_target_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteCollaborationWhitelistExemptTargetById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1collaboration_whitelist_exempt_targets/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateCollaborationWhitelistExemptTargetRequestBody {
    /// The user to exempt.
    pub user: CreateCollaborationWhitelistExemptTargetUser,
}

/// The user to exempt.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateCollaborationWhitelistExemptTargetUser {
    /// The ID of the user to exempt.
    pub id: String,
}
