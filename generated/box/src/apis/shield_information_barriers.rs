// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barriers` operations: [`ShieldInformationBarriersManager`] and one request builder per operation.

/// Reach it with [`Client::shield_information_barriers`](crate::Client::shield_information_barriers) or [`ShieldInformationBarriersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarriersManager<'a> {
    client: &'a crate::Client,
}

impl<'a> ShieldInformationBarriersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get shield information barrier with specified ID
    ///
    /// Get shield information barrier based on provided ID.
    ///
    /// `GET /shield_information_barriers/{shield_information_barrier_id}`
    #[inline]
    pub fn get_shield_information_barrier_by_id(
        &self,
        shield_information_barrier_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierById<'a> {
        GetShieldInformationBarrierById::new(self.client, shield_information_barrier_id)
    }

    /// Add changed status of shield information barrier with specified ID
    ///
    /// Change status of shield information barrier with the specified ID.
    ///
    /// `POST /shield_information_barriers/change_status`
    #[inline]
    pub fn update_shield_information_barrier_status(
        &self,
        id: impl Into<String>,
        status: UpdateShieldInformationBarrierStatusStatus,
    ) -> UpdateShieldInformationBarrierStatus<'a> {
        UpdateShieldInformationBarrierStatus::new(self.client, id, status)
    }

    /// List shield information barriers
    ///
    /// Retrieves a list of shield information barrier objects
    /// for the enterprise of JWT.
    ///
    /// `GET /shield_information_barriers`
    #[inline]
    pub fn get_shield_information_barriers(&self) -> GetShieldInformationBarriers<'a> {
        GetShieldInformationBarriers::new(self.client)
    }

    /// Create shield information barrier
    ///
    /// Creates a shield information barrier to
    /// separate individuals/groups within the same
    /// firm and prevents confidential information passing between them.
    ///
    /// `POST /shield_information_barriers`
    #[inline]
    pub fn create_shield_information_barrier(
        &self,
        enterprise: crate::models::EnterpriseBase,
    ) -> CreateShieldInformationBarrier<'a> {
        CreateShieldInformationBarrier::new(self.client, enterprise)
    }
}

/// Request builder for [`ShieldInformationBarriersManager::get_shield_information_barrier_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barriers_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barriers/{shield_information_barrier_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("shield_information_barrier_id", shield_information_barrier_id.as_ref());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrier> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrier, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrier>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }
}

/// Request builder for [`ShieldInformationBarriersManager::update_shield_information_barrier_status`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateShieldInformationBarrierStatus<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateShieldInformationBarrierStatusRequestBody,
}

impl<'a> UpdateShieldInformationBarrierStatus<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        id: impl Into<String>,
        status: UpdateShieldInformationBarrierStatusStatus,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barriers_change_status",
            method: reqwest::Method::POST,
            path: "/shield_information_barriers/change_status",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: UpdateShieldInformationBarrierStatusRequestBody { id: id.into(), status } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrier> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateShieldInformationBarrierStatus<'a> {
    type Output = Result<crate::models::ShieldInformationBarrier, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrier>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }
}

/// Request builder for [`ShieldInformationBarriersManager::get_shield_information_barriers`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarriers<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarriers<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barriers",
            method: reqwest::Method::GET,
            path: "/shield_information_barriers",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::ShieldInformationBarrier> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::ShieldInformationBarriers>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarriers> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarriers>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarriers<'a> {
    type Output = Result<crate::models::ShieldInformationBarriers, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarriers>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarriers>)
    }
}

/// Request builder for [`ShieldInformationBarriersManager::create_shield_information_barrier`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrier<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateShieldInformationBarrierRequestBody,
}

impl<'a> CreateShieldInformationBarrier<'a> {
    #[inline]
    fn new(client: &'a crate::Client, enterprise: crate::models::EnterpriseBase) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barriers",
            method: reqwest::Method::POST,
            path: "/shield_information_barriers",
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
        Self { call, body: CreateShieldInformationBarrierRequestBody { enterprise } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrier> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateShieldInformationBarrier<'a> {
    type Output = Result<crate::models::ShieldInformationBarrier, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrier>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrier>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barriers~1change_status/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateShieldInformationBarrierStatusRequestBody {
    /// The ID of the shield information barrier.
    pub id: String,
    /// The desired status for the shield information barrier.
    pub status: UpdateShieldInformationBarrierStatusStatus,
}

/// The desired status for the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateShieldInformationBarrierStatusStatus {
    /// `pending`
    Pending,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateShieldInformationBarrierStatusStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateShieldInformationBarrierStatusStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "disabled" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateShieldInformationBarrierStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateShieldInformationBarrierStatusStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateShieldInformationBarrierStatusStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barriers/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierRequestBody {
    /// The `type` and `id` of enterprise this barrier is under.
    pub enterprise: crate::models::EnterpriseBase,
}
