// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The `owners` operations: [`OwnersApi`] and one request builder per operation.

/// Reach it with [`Client::owners_api`](crate::Client::owners_api) or [`OwnersApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct OwnersApi<'a> {
    client: &'a crate::Client,
}

impl<'a> OwnersApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List Owners
    ///
    /// Every owner, as a plain array (no paging).
    ///
    /// `GET /owners`
    #[inline]
    pub fn list_owners(&self) -> ListOwners<'a> {
        ListOwners::new(self.client)
    }

    /// Create Owner
    ///
    /// `POST /owners`
    #[inline]
    pub fn create_owner(&self, owner_create: crate::models::OwnerCreate) -> CreateOwner<'a> {
        CreateOwner::new(self.client, owner_create)
    }

    /// Get Owner
    ///
    /// `GET /owners/{owner_id}`
    #[inline]
    pub fn get_owner(&self, owner_id: uuid::Uuid) -> GetOwner<'a> {
        GetOwner::new(self.client, owner_id)
    }
}

/// Request builder for [`OwnersApi::list_owners`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListOwners<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListOwners<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "list_owners_owners_get",
            method: reqwest::Method::GET,
            path: "/owners",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>)],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, Vec<crate::models::Owner>> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<Vec<crate::models::Owner>>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListOwners<'a> {
    type Output = Result<Vec<crate::models::Owner>, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, Vec<crate::models::Owner>>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<Vec<crate::models::Owner>>)
    }
}

/// Request builder for [`OwnersApi::create_owner`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateOwner<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateOwner<'a> {
    #[inline]
    fn new(client: &'a crate::Client, owner_create: crate::models::OwnerCreate) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "create_owner_owners_post",
            method: reqwest::Method::POST,
            path: "/owners",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&owner_create);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Owner> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Owner>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateOwner<'a> {
    type Output = Result<crate::models::Owner, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Owner>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Owner>)
    }
}

/// Request builder for [`OwnersApi::get_owner`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetOwner<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetOwner<'a> {
    #[inline]
    fn new(client: &'a crate::Client, owner_id: uuid::Uuid) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_owner_owners__owner_id__get",
            method: reqwest::Method::GET,
            path: "/owners/{owner_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("owner_id", &owner_id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Owner> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Owner>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetOwner<'a> {
    type Output = Result<crate::models::Owner, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Owner>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Owner>)
    }
}
