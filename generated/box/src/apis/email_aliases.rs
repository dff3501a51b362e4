// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `email_aliases` operations: [`EmailAliasesManager`] and one request builder per operation.

/// Reach it with [`Client::email_aliases`](crate::Client::email_aliases) or [`EmailAliasesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct EmailAliasesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> EmailAliasesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List user's email aliases
    ///
    /// Retrieves all email aliases for a user. The collection
    /// does not include the primary login for the user.
    ///
    /// `GET /users/{user_id}/email_aliases`
    #[inline]
    pub fn get_user_email_aliases(&self, user_id: impl AsRef<str>) -> GetUserEmailAliases<'a> {
        GetUserEmailAliases::new(self.client, user_id)
    }

    /// Create email alias
    ///
    /// Adds a new email alias to a user account..
    ///
    /// `POST /users/{user_id}/email_aliases`
    #[inline]
    pub fn create_user_email_alias(
        &self,
        user_id: impl AsRef<str>,
        email: impl Into<String>,
    ) -> CreateUserEmailAlias<'a> {
        CreateUserEmailAlias::new(self.client, user_id, email)
    }

    /// Remove email alias
    ///
    /// Removes an email alias from a user.
    ///
    /// `DELETE /users/{user_id}/email_aliases/{email_alias_id}`
    #[inline]
    pub fn delete_user_email_alias_by_id(
        &self,
        user_id: impl AsRef<str>,
        email_alias_id: impl AsRef<str>,
    ) -> DeleteUserEmailAliasById<'a> {
        DeleteUserEmailAliasById::new(self.client, user_id, email_alias_id)
    }
}

/// Request builder for [`EmailAliasesManager::get_user_email_aliases`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserEmailAliases<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetUserEmailAliases<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_users_id_email_aliases",
            method: reqwest::Method::GET,
            path: "/users/{user_id}/email_aliases",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::EmailAliases> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::EmailAliases>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetUserEmailAliases<'a> {
    type Output = Result<crate::models::EmailAliases, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::EmailAliases>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::EmailAliases>)
    }
}

/// Request builder for [`EmailAliasesManager::create_user_email_alias`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateUserEmailAlias<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateUserEmailAliasRequestBody,
}

impl<'a> CreateUserEmailAlias<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>, email: impl Into<String>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_users_id_email_aliases",
            method: reqwest::Method::POST,
            path: "/users/{user_id}/email_aliases",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call, body: CreateUserEmailAliasRequestBody { email: email.into() } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::EmailAlias> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::EmailAlias>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateUserEmailAlias<'a> {
    type Output = Result<crate::models::EmailAlias, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::EmailAlias>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::EmailAlias>)
    }
}

/// Request builder for [`EmailAliasesManager::delete_user_email_alias_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteUserEmailAliasById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteUserEmailAliasById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>, email_alias_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_users_id_email_aliases_id",
            method: reqwest::Method::DELETE,
            path: "/users/{user_id}/email_aliases/{email_alias_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        call.path("email_alias_id", email_alias_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteUserEmailAliasById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}~1email_aliases/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateUserEmailAliasRequestBody {
    /// The email address to add to the account as an alias.
    ///
    /// Note: The domain of the email alias needs to be registered
    ///  to your enterprise.
    /// See the \[domain verification guide\](
    ///   <https://support.box.com/hc/en-us/articles/4408619650579-Domain-Verification>
    ///   ) for steps to add a new domain.
    pub email: String,
}
