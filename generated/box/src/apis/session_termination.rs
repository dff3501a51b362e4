// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `session_termination` operations: [`SessionTerminationManager`] and one request builder per operation.

/// Reach it with [`Client::session_termination`](crate::Client::session_termination) or [`SessionTerminationManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SessionTerminationManager<'a> {
    client: &'a crate::Client,
}

impl<'a> SessionTerminationManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Create jobs to terminate users session
    ///
    /// Validates the roles and permissions of the user,
    /// and creates asynchronous jobs
    /// to terminate the user's sessions.
    /// Returns the status for the POST request.
    ///
    /// `POST /users/terminate_sessions`
    #[inline]
    pub fn terminate_users_sessions(
        &self,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        user_logins: impl IntoIterator<Item = impl Into<String>>,
    ) -> TerminateUsersSessions<'a> {
        TerminateUsersSessions::new(self.client, user_ids, user_logins)
    }

    /// Create jobs to terminate user group session
    ///
    /// Validates the roles and permissions of the group,
    /// and creates asynchronous jobs
    /// to terminate the group's sessions.
    /// Returns the status for the POST request.
    ///
    /// `POST /groups/terminate_sessions`
    #[inline]
    pub fn terminate_groups_sessions(
        &self,
        group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> TerminateGroupsSessions<'a> {
        TerminateGroupsSessions::new(self.client, group_ids)
    }
}

/// Request builder for [`SessionTerminationManager::terminate_users_sessions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct TerminateUsersSessions<'a> {
    call: crate::runtime::Call<'a>,
    body: TerminateUsersSessionsRequestBody,
}

impl<'a> TerminateUsersSessions<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        user_logins: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_users_terminate_sessions",
            method: reqwest::Method::POST,
            path: "/users/terminate_sessions",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(429), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(503), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: TerminateUsersSessionsRequestBody {
                user_ids: user_ids.into_iter().map(Into::into).collect(),
                user_logins: user_logins.into_iter().map(Into::into).collect(),
            },
        }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SessionTerminationMessage> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::SessionTerminationMessage>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for TerminateUsersSessions<'a> {
    type Output = Result<crate::models::SessionTerminationMessage, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SessionTerminationMessage>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SessionTerminationMessage>)
    }
}

/// Request builder for [`SessionTerminationManager::terminate_groups_sessions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct TerminateGroupsSessions<'a> {
    call: crate::runtime::Call<'a>,
    body: TerminateGroupsSessionsRequestBody,
}

impl<'a> TerminateGroupsSessions<'a> {
    #[inline]
    fn new(client: &'a crate::Client, group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_groups_terminate_sessions",
            method: reqwest::Method::POST,
            path: "/groups/terminate_sessions",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(429), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(503), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: TerminateGroupsSessionsRequestBody { group_ids: group_ids.into_iter().map(Into::into).collect() },
        }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SessionTerminationMessage> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::SessionTerminationMessage>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for TerminateGroupsSessions<'a> {
    type Output = Result<crate::models::SessionTerminationMessage, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SessionTerminationMessage>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SessionTerminationMessage>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1users~1terminate_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct TerminateUsersSessionsRequestBody {
    /// A list of user IDs.
    pub user_ids: Vec<String>,
    /// A list of user logins.
    pub user_logins: Vec<String>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1groups~1terminate_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct TerminateGroupsSessionsRequestBody {
    /// A list of group IDs.
    pub group_ids: Vec<String>,
}
