// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segment_restrictions` operations: [`ShieldInformationBarrierSegmentRestrictionsManager`] and one request builder per operation.

/// Reach it with [`Client::shield_information_barrier_segment_restrictions`](crate::Client::shield_information_barrier_segment_restrictions) or [`ShieldInformationBarrierSegmentRestrictionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentRestrictionsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> ShieldInformationBarrierSegmentRestrictionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get shield information barrier segment restriction by ID
    ///
    /// Retrieves a shield information barrier segment
    /// restriction based on provided ID.
    ///
    /// `GET /shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}`
    #[inline]
    pub fn get_shield_information_barrier_segment_restriction_by_id(
        &self,
        shield_information_barrier_segment_restriction_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegmentRestrictionById<'a> {
        GetShieldInformationBarrierSegmentRestrictionById::new(
            self.client,
            shield_information_barrier_segment_restriction_id,
        )
    }

    /// Delete shield information barrier segment restriction by ID
    ///
    /// Delete shield information barrier segment restriction
    /// based on provided ID.
    ///
    /// `DELETE /shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}`
    #[inline]
    pub fn delete_shield_information_barrier_segment_restriction_by_id(
        &self,
        shield_information_barrier_segment_restriction_id: impl AsRef<str>,
    ) -> DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
        DeleteShieldInformationBarrierSegmentRestrictionById::new(
            self.client,
            shield_information_barrier_segment_restriction_id,
        )
    }

    /// List shield information barrier segment restrictions
    ///
    /// Lists shield information barrier segment restrictions
    /// based on provided segment ID.
    ///
    /// `GET /shield_information_barrier_segment_restrictions`
    #[inline]
    pub fn get_shield_information_barrier_segment_restrictions(
        &self,
        shield_information_barrier_segment_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegmentRestrictions<'a> {
        GetShieldInformationBarrierSegmentRestrictions::new(self.client, shield_information_barrier_segment_id)
    }

    /// Create shield information barrier segment restriction
    ///
    /// Creates a shield information barrier
    /// segment restriction object.
    ///
    /// `POST /shield_information_barrier_segment_restrictions`
    #[inline]
    pub fn create_shield_information_barrier_segment_restriction(
        &self,
        r#type: CreateShieldInformationBarrierSegmentRestrictionType,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
        restricted_segment: CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment,
    ) -> CreateShieldInformationBarrierSegmentRestriction<'a> {
        CreateShieldInformationBarrierSegmentRestriction::new(
            self.client,
            r#type,
            shield_information_barrier_segment,
            restricted_segment,
        )
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::get_shield_information_barrier_segment_restriction_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentRestrictionById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentRestrictionById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_restriction_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segment_restrictions_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path(
            "shield_information_barrier_segment_restriction_id",
            shield_information_barrier_segment_restriction_id.as_ref(),
        );
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentRestriction> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestriction>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegmentRestrictionById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentRestriction, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentRestriction>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestriction>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::delete_shield_information_barrier_segment_restriction_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_restriction_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_shield_information_barrier_segment_restrictions_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path(
            "shield_information_barrier_segment_restriction_id",
            shield_information_barrier_segment_restriction_id.as_ref(),
        );
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

impl<'a> std::future::IntoFuture for DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::get_shield_information_barrier_segment_restrictions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentRestrictions<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentRestrictions<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segment_restrictions",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_restrictions",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
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
    pub fn into_stream(
        self,
    ) -> crate::runtime::Paginator<'a, crate::models::ShieldInformationBarrierSegmentRestriction> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::ShieldInformationBarrierSegmentRestrictions>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentRestrictions> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestrictions>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegmentRestrictions<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentRestrictions, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentRestrictions>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestrictions>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::create_shield_information_barrier_segment_restriction`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegmentRestriction<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateShieldInformationBarrierSegmentRestrictionRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegmentRestriction<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        r#type: CreateShieldInformationBarrierSegmentRestrictionType,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
        restricted_segment: CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barrier_segment_restrictions",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segment_restrictions",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: CreateShieldInformationBarrierSegmentRestrictionRequestBody {
                r#type,
                shield_information_barrier: None,
                shield_information_barrier_segment,
                restricted_segment,
            },
        }
    }

    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_restrictions/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    #[inline]
    pub fn shield_information_barrier(
        mut self,
        shield_information_barrier: crate::models::ShieldInformationBarrierBase,
    ) -> Self {
        self.body.shield_information_barrier = Some(shield_information_barrier);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentRestriction> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestriction>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateShieldInformationBarrierSegmentRestriction<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentRestriction, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentRestriction>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentRestriction>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_restrictions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentRestrictionRequestBody {
    /// The type of the shield barrier segment
    /// restriction for this member.
    pub r#type: CreateShieldInformationBarrierSegmentRestrictionType,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_restrictions/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<crate::models::ShieldInformationBarrierBase>,
    /// The `type` and `id` of the requested
    /// shield information barrier segment.
    pub shield_information_barrier_segment:
        CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
    /// The `type` and `id` of the restricted
    /// shield information barrier segment.
    pub restricted_segment: CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment,
}

/// The type of the shield barrier segment
/// restriction for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionType {
    /// `shield_information_barrier_segment_restriction`
    ShieldInformationBarrierSegmentRestriction,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateShieldInformationBarrierSegmentRestrictionType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegmentRestriction => "shield_information_barrier_segment_restriction",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateShieldInformationBarrierSegmentRestrictionType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment_restriction" => Self::ShieldInformationBarrierSegmentRestriction,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateShieldInformationBarrierSegmentRestrictionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateShieldInformationBarrierSegmentRestrictionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateShieldInformationBarrierSegmentRestrictionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The `type` and `id` of the requested
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment {
    /// The ID reference of the requesting
    /// shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield barrier segment for this member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField>,
}

/// The type of the shield barrier segment for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegment => "shield_information_barrier_segment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum
    for CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField
{
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment" => Self::ShieldInformationBarrierSegment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de>
    for CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The `type` and `id` of the restricted
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment {
    /// The ID reference of the restricted
    /// shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the restricted shield
    /// information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField>,
}

/// The type of the restricted shield
/// information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegment => "shield_information_barrier_segment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment" => Self::ShieldInformationBarrierSegment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
