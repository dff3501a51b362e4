// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `invites` operations: [`InvitesManager`] and one request builder per operation.

/// Reach it with [`Client::invites`](crate::Client::invites) or [`InvitesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct InvitesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> InvitesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Create user invite
    ///
    /// Invites an existing external user to join an enterprise.
    ///
    /// The existing user can not be part of another enterprise and
    /// must already have a Box account. Once invited, the user will receive an
    /// email and are prompted to accept the invitation within the
    /// Box web application.
    ///
    /// This method requires the "Manage An Enterprise" scope enabled for
    /// the application, which can be enabled within the developer console.
    ///
    /// `POST /invites`
    #[inline]
    pub fn create_invite(
        &self,
        enterprise: CreateInviteEnterprise,
        actionable_by: CreateInviteActionableBy,
    ) -> CreateInvite<'a> {
        CreateInvite::new(self.client, enterprise, actionable_by)
    }

    /// Get user invite status
    ///
    /// Returns the status of a user invite.
    ///
    /// `GET /invites/{invite_id}`
    #[inline]
    pub fn get_invite_by_id(&self, invite_id: impl AsRef<str>) -> GetInviteById<'a> {
        GetInviteById::new(self.client, invite_id)
    }
}

/// Request builder for [`InvitesManager::create_invite`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateInvite<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateInviteRequestBody,
}

impl<'a> CreateInvite<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        enterprise: CreateInviteEnterprise,
        actionable_by: CreateInviteActionableBy,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_invites",
            method: reqwest::Method::POST,
            path: "/invites",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateInviteRequestBody { enterprise, actionable_by } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Invite> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Invite>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateInvite<'a> {
    type Output = Result<crate::models::Invite, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Invite>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Invite>)
    }
}

/// Request builder for [`InvitesManager::get_invite_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetInviteById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetInviteById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, invite_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_invites_id",
            method: reqwest::Method::GET,
            path: "/invites/{invite_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("invite_id", invite_id.as_ref());
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Invite> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Invite>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetInviteById<'a> {
    type Output = Result<crate::models::Invite, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Invite>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Invite>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1invites/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateInviteRequestBody {
    /// The enterprise to invite the user to.
    pub enterprise: CreateInviteEnterprise,
    /// The user to invite.
    pub actionable_by: CreateInviteActionableBy,
}

/// The enterprise to invite the user to.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateInviteEnterprise {
    /// The ID of the enterprise.
    pub id: String,
}

/// The user to invite.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateInviteActionableBy {
    /// The login of the invited user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
}
