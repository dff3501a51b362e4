// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segment_members` operations: [`ShieldInformationBarrierSegmentMembersManager`] and one request builder per operation.

use crate::models::{ClientError, ShieldInformationBarrierBase, ShieldInformationBarrierSegmentMembers, UserBase};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::shield_information_barrier_segment_members`](crate::Client::shield_information_barrier_segment_members) or [`ShieldInformationBarrierSegmentMembersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentMembersManager<'a> {
    client: &'a Client,
}

impl<'a> ShieldInformationBarrierSegmentMembersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
        user: UserBase,
    ) -> CreateShieldInformationBarrierSegmentMember<'a> {
        CreateShieldInformationBarrierSegmentMember::new(self.client, shield_information_barrier_segment, user)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::get_shield_information_barrier_segment_member_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentMemberById<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentMemberById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_member_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segment_members_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path(
            "shield_information_barrier_segment_member_id",
            shield_information_barrier_segment_member_id.as_ref(),
        );
        Self { call }
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegmentMemberById => json crate
    ::models::ShieldInformationBarrierSegmentMember
);

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::delete_shield_information_barrier_segment_member_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentMemberById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentMemberById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_member_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_shield_information_barrier_segment_members_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segment_members/{shield_information_barrier_segment_member_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path(
            "shield_information_barrier_segment_member_id",
            shield_information_barrier_segment_member_id.as_ref(),
        );
        Self { call }
    }
}

request_builder!(runtime, DeleteShieldInformationBarrierSegmentMemberById => empty);

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::get_shield_information_barrier_segment_members`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentMembers<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentMembers<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segment_members",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_members",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, crate::models::ShieldInformationBarrierSegmentMember> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ShieldInformationBarrierSegmentMembers>)
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegmentMembers => json
    ShieldInformationBarrierSegmentMembers
);

/// Request builder for [`ShieldInformationBarrierSegmentMembersManager::create_shield_information_barrier_segment_member`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegmentMember<'a> {
    call: Call<'a>,
    body: CreateShieldInformationBarrierSegmentMemberRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegmentMember<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
        user: UserBase,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barrier_segment_members",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segment_members",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn shield_information_barrier(mut self, shield_information_barrier: ShieldInformationBarrierBase) -> Self {
        self.body.shield_information_barrier = Some(shield_information_barrier);
        self
    }
}

request_builder!(
    runtime, CreateShieldInformationBarrierSegmentMember(body) => json crate
    ::models::ShieldInformationBarrierSegmentMember
);

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_members/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentMemberRequestBody {
    /// A type of the shield barrier segment member.
    pub r#type: Option<CreateShieldInformationBarrierSegmentMemberType>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_members/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<ShieldInformationBarrierBase>,
    /// The `type` and `id` of the
    /// requested shield information barrier segment.
    pub shield_information_barrier_segment: CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
    /// User to which restriction will be applied.
    pub user: UserBase,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentMemberRequestBody {
        r#type: optional("type"),
        shield_information_barrier: optional("shield_information_barrier"),
        shield_information_barrier_segment: required("shield_information_barrier_segment"),
        user: required("user")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentMemberRequestBody {
        r#type: optional::<Option<CreateShieldInformationBarrierSegmentMemberType>>("type"),
        shield_information_barrier: optional::<Option<crate::models::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        ),
        shield_information_barrier_segment: required::<
            CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment,
        >("shield_information_barrier_segment"),
        user: required::<crate::models::UserBase>("user")
    }
);

/// A type of the shield barrier segment member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentMemberType {
    /// `shield_information_barrier_segment_member`
    ShieldInformationBarrierSegmentMember,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateShieldInformationBarrierSegmentMemberType,
    Unknown,
    ShieldInformationBarrierSegmentMember = "shield_information_barrier_segment_member"
);

/// The `type` and `id` of the
/// requested shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment {
    /// The ID reference of the
    /// requesting shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield barrier segment for this member.
    pub r#type: Option<CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment {
        id: optional("id"),
        r#type: optional("type")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>>(
            "type"
        )
    }
);

/// The type of the shield barrier segment for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);
