// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segments` operations: [`ShieldInformationBarrierSegmentsManager`] and one request builder per operation.

/// Reach it with [`Client::shield_information_barrier_segments`](crate::Client::shield_information_barrier_segments) or [`ShieldInformationBarrierSegmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> ShieldInformationBarrierSegmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get shield information barrier segment with specified ID
    ///
    /// Retrieves shield information barrier segment based on provided ID..
    ///
    /// `GET /shield_information_barrier_segments/{shield_information_barrier_segment_id}`
    #[inline]
    pub fn get_shield_information_barrier_segment_by_id(
        &self,
        shield_information_barrier_segment_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegmentById<'a> {
        GetShieldInformationBarrierSegmentById::new(self.client, shield_information_barrier_segment_id)
    }

    /// Update shield information barrier segment with specified ID
    ///
    /// Updates the shield information barrier segment based on provided ID..
    ///
    /// `PUT /shield_information_barrier_segments/{shield_information_barrier_segment_id}`
    #[inline]
    pub fn update_shield_information_barrier_segment_by_id(
        &self,
        shield_information_barrier_segment_id: impl AsRef<str>,
    ) -> UpdateShieldInformationBarrierSegmentById<'a> {
        UpdateShieldInformationBarrierSegmentById::new(self.client, shield_information_barrier_segment_id)
    }

    /// Delete shield information barrier segment
    ///
    /// Deletes the shield information barrier segment
    /// based on provided ID.
    ///
    /// `DELETE /shield_information_barrier_segments/{shield_information_barrier_segment_id}`
    #[inline]
    pub fn delete_shield_information_barrier_segment_by_id(
        &self,
        shield_information_barrier_segment_id: impl AsRef<str>,
    ) -> DeleteShieldInformationBarrierSegmentById<'a> {
        DeleteShieldInformationBarrierSegmentById::new(self.client, shield_information_barrier_segment_id)
    }

    /// List shield information barrier segments
    ///
    /// Retrieves a list of shield information barrier segment objects
    /// for the specified Information Barrier ID.
    ///
    /// `GET /shield_information_barrier_segments`
    #[inline]
    pub fn get_shield_information_barrier_segments(
        &self,
        shield_information_barrier_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegments<'a> {
        GetShieldInformationBarrierSegments::new(self.client, shield_information_barrier_id)
    }

    /// Create shield information barrier segment
    ///
    /// Creates a shield information barrier segment.
    ///
    /// `POST /shield_information_barrier_segments`
    #[inline]
    pub fn create_shield_information_barrier_segment(
        &self,
        shield_information_barrier: crate::models::ShieldInformationBarrierBase,
        name: impl Into<String>,
    ) -> CreateShieldInformationBarrierSegment<'a> {
        CreateShieldInformationBarrierSegment::new(self.client, shield_information_barrier, name)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::get_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segments_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegment> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegmentById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::update_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateShieldInformationBarrierSegmentById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateShieldInformationBarrierSegmentByIdRequestBody,
}

impl<'a> UpdateShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_shield_information_barrier_segments_id",
            method: reqwest::Method::PUT,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
        Self { call, body: UpdateShieldInformationBarrierSegmentByIdRequestBody { name: None, description: None } }
    }

    /// The updated name for the shield information barrier segment.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The updated description for
    /// the shield information barrier segment.
    #[inline]
    pub fn description(mut self, description: Option<String>) -> Self {
        self.body.description = Some(description);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegment> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateShieldInformationBarrierSegmentById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::delete_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_shield_information_barrier_segments_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteShieldInformationBarrierSegmentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::get_shield_information_barrier_segments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegments<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegments<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segments",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("shield_information_barrier_id", shield_information_barrier_id.as_ref());
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::ShieldInformationBarrierSegment> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::ShieldInformationBarrierSegments>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegments> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegments>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegments<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegments, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegments>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegments>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::create_shield_information_barrier_segment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegment<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateShieldInformationBarrierSegmentRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegment<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        shield_information_barrier: crate::models::ShieldInformationBarrierBase,
        name: impl Into<String>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barrier_segments",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segments",
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
        Self {
            call,
            body: CreateShieldInformationBarrierSegmentRequestBody {
                shield_information_barrier,
                name: name.into(),
                description: None,
            },
        }
    }

    /// Description of the shield information barrier segment.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegment> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateShieldInformationBarrierSegment<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegment>)
    }
}

/// An object containing update(s) to be made on the Shield
/// Information Barrier Segment. Possible properties include
/// 'name' and 'description', the value in object is the update.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateShieldInformationBarrierSegmentByIdRequestBody {
    /// The updated name for the shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The updated description for
    /// the shield information barrier segment.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub description: Option<Option<String>>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentRequestBody {
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segments/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    pub shield_information_barrier: crate::models::ShieldInformationBarrierBase,
    /// Name of the shield information barrier segment.
    pub name: String,
    /// Description of the shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
