// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segment_restrictions` operations: [`ShieldInformationBarrierSegmentRestrictionsManager`] and one request builder per operation.

use crate::models::{ClientError, ShieldInformationBarrierBase, ShieldInformationBarrierSegmentRestrictions};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::shield_information_barrier_segment_restrictions`](crate::Client::shield_information_barrier_segment_restrictions) or [`ShieldInformationBarrierSegmentRestrictionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentRestrictionsManager<'a> {
    client: &'a Client,
}

impl<'a> ShieldInformationBarrierSegmentRestrictionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentRestrictionById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_restriction_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segment_restrictions_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}",
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
            "shield_information_barrier_segment_restriction_id",
            shield_information_barrier_segment_restriction_id.as_ref(),
        );
        Self { call }
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegmentRestrictionById => json crate
    ::models::ShieldInformationBarrierSegmentRestriction
);

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::delete_shield_information_barrier_segment_restriction_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentRestrictionById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_restriction_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_shield_information_barrier_segment_restrictions_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segment_restrictions/{shield_information_barrier_segment_restriction_id}",
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
            "shield_information_barrier_segment_restriction_id",
            shield_information_barrier_segment_restriction_id.as_ref(),
        );
        Self { call }
    }
}

request_builder!(runtime, DeleteShieldInformationBarrierSegmentRestrictionById => empty);

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::get_shield_information_barrier_segment_restrictions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentRestrictions<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentRestrictions<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segment_restrictions",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segment_restrictions",
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
    pub fn into_stream(self) -> Paginator<'a, crate::models::ShieldInformationBarrierSegmentRestriction> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ShieldInformationBarrierSegmentRestrictions>)
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegmentRestrictions => json
    ShieldInformationBarrierSegmentRestrictions
);

/// Request builder for [`ShieldInformationBarrierSegmentRestrictionsManager::create_shield_information_barrier_segment_restriction`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegmentRestriction<'a> {
    call: Call<'a>,
    body: CreateShieldInformationBarrierSegmentRestrictionRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegmentRestriction<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        r#type: CreateShieldInformationBarrierSegmentRestrictionType,
        shield_information_barrier_segment: CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
        restricted_segment: CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barrier_segment_restrictions",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segment_restrictions",
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
    pub fn shield_information_barrier(mut self, shield_information_barrier: ShieldInformationBarrierBase) -> Self {
        self.body.shield_information_barrier = Some(shield_information_barrier);
        self
    }
}

request_builder!(
    runtime, CreateShieldInformationBarrierSegmentRestriction(body) => json crate
    ::models::ShieldInformationBarrierSegmentRestriction
);

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_restrictions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentRestrictionRequestBody {
    /// The type of the shield barrier segment
    /// restriction for this member.
    pub r#type: CreateShieldInformationBarrierSegmentRestrictionType,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segment_restrictions/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<ShieldInformationBarrierBase>,
    /// The `type` and `id` of the requested
    /// shield information barrier segment.
    pub shield_information_barrier_segment:
        CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
    /// The `type` and `id` of the restricted
    /// shield information barrier segment.
    pub restricted_segment: CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionRequestBody {
        r#type: required("type"),
        shield_information_barrier: optional("shield_information_barrier"),
        shield_information_barrier_segment: required("shield_information_barrier_segment"),
        restricted_segment: required("restricted_segment")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentRestrictionRequestBody {
        r#type: required::<CreateShieldInformationBarrierSegmentRestrictionType>("type"),
        shield_information_barrier: optional::<Option<crate::models::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        ),
        shield_information_barrier_segment: required::<
            CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment,
        >("shield_information_barrier_segment"),
        restricted_segment: required::<CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment>(
            "restricted_segment"
        )
    }
);

/// The type of the shield barrier segment
/// restriction for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionType {
    /// `shield_information_barrier_segment_restriction`
    ShieldInformationBarrierSegmentRestriction,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionType,
    Unknown,
    ShieldInformationBarrierSegmentRestriction = "shield_information_barrier_segment_restriction"
);

/// The `type` and `id` of the requested
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment {
    /// The ID reference of the requesting
    /// shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield barrier segment for this member.
    pub r#type: Option<CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField>,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment {
        id: optional("id"),
        r#type: optional("type")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<
            Option<CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField>,
        >("type")
    }
);

/// The type of the shield barrier segment for this member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionShieldInformationBarrierSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);

/// The `type` and `id` of the restricted
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment {
    /// The ID reference of the restricted
    /// shield information barrier segment.
    pub id: Option<String>,
    /// The type of the restricted shield
    /// information barrier segment.
    pub r#type: Option<CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField>,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment { id: optional("id"), r#type: optional("type") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentRestrictionRestrictedSegment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField>>("type")
    }
);

/// The type of the restricted shield
/// information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateShieldInformationBarrierSegmentRestrictionRestrictedSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);
