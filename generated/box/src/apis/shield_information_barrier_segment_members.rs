// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segment_members` operations: [`ShieldInformationBarrierSegmentMembersManager`] and one request builder per operation.

/// Reach it with [`Client::shield_information_barrier_segment_members`](crate::Client::shield_information_barrier_segment_members) or [`ShieldInformationBarrierSegmentMembersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentMembersManager<'a> {
    client: &'a crate::Client,
}

impl<'a> ShieldInformationBarrierSegmentMembersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get shield information barrier segment member by ID
    ///
    /// Retrieves a shield information barrier
    /// segment member by its ID.
    ///
    /// `GET /shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}`
    #[inline]
    pub fn get_shield_information_barrier_segment_member_by_id(
        &self,
        shield_information_barrier_segment_member_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegmentMemberById<'a> {
        GetShieldInformationBarrierSegmentMemberById::new(self.client, shield_information_barrier_segment_member_id)
    }

    /// Delete shield information barrier segment member by ID
    ///
    /// Deletes a shield information barrier
    /// segment member based on provided ID.
    ///
    /// `DELETE /shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}`
    #[inline]
    pub fn delete_shield_information_barrier_segment_member_by_id(
        &self,
        shield_information_barrier_segment_member_id: impl AsRef<str>,
    ) -> DeleteShieldInformationBarrierSegmentMemberById<'a> {
        DeleteShieldInformationBarrierSegmentMemberById::new(self.client, shield_information_barrier_segment_member_id)
    }

    /// List shield information barrier segment members
    ///
    /// Lists shield information barrier segment members
    /// based on provided segment IDs.
    ///
    /// `GET /shield_information_barrier_segment_members`
    #[inline]
    pub fn get_shield_information_barrier_segment_members(
        &self,
        shield_information_barrier_segment_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierSegmentMembers<'a> {
        GetShieldInformationBarrierSegmentMembers::new(self.client, shield_information_barrier_segment_id)
    }

    /// Create shield information barrier segment member
    ///
    /// Creates a new shield information barrier segment member.
    ///
    /// `POST /shield_information_barrier_segment_members`
    #[inline]
    pub fn create_shield_information_barrier_segment_member(
        &self,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
        user: crate::models::UserBase,
    ) -> CreateShieldInformationBarrierSegmentMember<'a> {
        CreateShieldInformationBarrierSegmentMember::new(self.client, shield_information_barrier_segment, user)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::get_shield_information_barrier_segment_member_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentMemberById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentMemberById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_member_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segment_members_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}",
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
            "shield_information_barrier_segment_member_id",
            shield_information_barrier_segment_member_id.as_ref(),
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentMember> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMember>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegmentMemberById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentMember, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentMember>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMember>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::delete_shield_information_barrier_segment_member_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentMemberById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentMemberById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_member_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_shield_information_barrier_segment_members_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}",
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
            "shield_information_barrier_segment_member_id",
            shield_information_barrier_segment_member_id.as_ref(),
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

impl<'a> std::future::IntoFuture for DeleteShieldInformationBarrierSegmentMemberById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::get_shield_information_barrier_segment_members`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentMembers<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentMembers<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_segment_members",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_members",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::ShieldInformationBarrierSegmentMember> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::ShieldInformationBarrierSegmentMembers>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentMembers> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMembers>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierSegmentMembers<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentMembers, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentMembers>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMembers>)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::create_shield_information_barrier_segment_member`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegmentMember<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateShieldInformationBarrierSegmentMemberRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegmentMember<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
        user: crate::models::UserBase,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barrier_segment_members",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segment_members",
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
            body: CreateShieldInformationBarrierSegmentMemberRequestBody {
                r#type: None,
                shield_information_barrier: None,
                shield_information_barrier_segment,
                user,
            },
        }
    }

    /// A type of the shield barrier segment member.
    #[inline]
    pub fn r#type(mut self, r#type: CreateShieldInformationBarrierSegmentMemberType) -> Self {
        self.body.r#type = Some(r#type);
        self
    }

    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_members/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierSegmentMember> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMember>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateShieldInformationBarrierSegmentMember<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierSegmentMember, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierSegmentMember>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call()
            .send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierSegmentMember>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_members/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentMemberRequestBody {
    /// A type of the shield barrier segment member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateShieldInformationBarrierSegmentMemberType>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_members/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<crate::models::ShieldInformationBarrierBase>,
    /// The `type` and `id` of the
    /// requested shield information barrier segment.
    pub shield_information_barrier_segment: CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
    /// User to which restriction will be applied.
    pub user: crate::models::UserBase,
}

/// A type of the shield barrier segment member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentMemberType {
    /// `shield_information_barrier_segment_member`
    ShieldInformationBarrierSegmentMember,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateShieldInformationBarrierSegmentMemberType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegmentMember => "shield_information_barrier_segment_member",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateShieldInformationBarrierSegmentMemberType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment_member" => Self::ShieldInformationBarrierSegmentMember,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateShieldInformationBarrierSegmentMemberType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateShieldInformationBarrierSegmentMemberType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateShieldInformationBarrierSegmentMemberType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The `type` and `id` of the
/// requested shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment {
    /// The ID reference of the
    /// requesting shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield barrier segment for this member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>,
}

/// The type of the shield barrier segment for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegment => "shield_information_barrier_segment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum
    for CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField
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

impl std::fmt::Display for CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de>
    for CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
