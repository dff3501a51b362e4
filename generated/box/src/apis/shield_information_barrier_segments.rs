// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_segments` operations: [`ShieldInformationBarrierSegmentsManager`] and one request builder per operation.

use crate::models::{
    ClientError, ShieldInformationBarrierBase, ShieldInformationBarrierSegment, ShieldInformationBarrierSegments,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct,
};

/// Reach it with [`Client::shield_information_barrier_segments`](crate::Client::shield_information_barrier_segments) or [`ShieldInformationBarrierSegmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierSegmentsManager<'a> {
    client: &'a Client,
}

impl<'a> ShieldInformationBarrierSegmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
        shield_information_barrier: ShieldInformationBarrierBase,
        name: impl Into<String>,
    ) -> CreateShieldInformationBarrierSegment<'a> {
        CreateShieldInformationBarrierSegment::new(self.client, shield_information_barrier, name)
    }
}

/// Request builder for [`ShieldInformationBarrierSegmentsManager::get_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegmentById<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segments_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegmentById => json
    ShieldInformationBarrierSegment
);

/// Request builder for [`ShieldInformationBarrierSegmentsManager::update_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateShieldInformationBarrierSegmentById<'a> {
    call: Call<'a>,
    body: UpdateShieldInformationBarrierSegmentByIdRequestBody,
}

impl<'a> UpdateShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_shield_information_barrier_segments_id",
            method: reqwest::Method::PUT,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(
    runtime, UpdateShieldInformationBarrierSegmentById(body) => json
    ShieldInformationBarrierSegment
);

/// Request builder for [`ShieldInformationBarrierSegmentsManager::delete_shield_information_barrier_segment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteShieldInformationBarrierSegmentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteShieldInformationBarrierSegmentById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_segment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_shield_information_barrier_segments_id",
            method: reqwest::Method::DELETE,
            path: "/shield_information_barrier_segments/{shield_information_barrier_segment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("shield_information_barrier_segment_id", shield_information_barrier_segment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteShieldInformationBarrierSegmentById => empty);

/// Request builder for [`ShieldInformationBarrierSegmentsManager::get_shield_information_barrier_segments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierSegments<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierSegments<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_segments",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_segments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, ShieldInformationBarrierSegment> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ShieldInformationBarrierSegments>)
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierSegments => json ShieldInformationBarrierSegments
);

/// Request builder for [`ShieldInformationBarrierSegmentsManager::create_shield_information_barrier_segment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierSegment<'a> {
    call: Call<'a>,
    body: CreateShieldInformationBarrierSegmentRequestBody,
}

impl<'a> CreateShieldInformationBarrierSegment<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        shield_information_barrier: ShieldInformationBarrierBase,
        name: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barrier_segments",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_segments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(
    runtime, CreateShieldInformationBarrierSegment(body) => json
    ShieldInformationBarrierSegment
);

/// An object containing update(s) to be made on the Shield
/// Information Barrier Segment. Possible properties include
/// 'name' and 'description', the value in object is the update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateShieldInformationBarrierSegmentByIdRequestBody {
    /// The updated name for the shield information barrier segment.
    pub name: Option<String>,
    /// The updated description for
    /// the shield information barrier segment.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub description: Option<Option<String>>,
}

serialize_struct!(
    runtime,
    UpdateShieldInformationBarrierSegmentByIdRequestBody {
        name: optional("name"),
        description: nullable("description")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateShieldInformationBarrierSegmentByIdRequestBody {
        name: optional::<Option<String>>("name"),
        description: nullable::<Option<String>>("description")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barrier_segments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateShieldInformationBarrierSegmentRequestBody {
    /// The `shield_information_barrier` property, which the spec does not describe (`#/paths/~1shield_information_barrier_segments/post/requestBody/content/application~1json/schema/properties/shield_information_barrier`).
    pub shield_information_barrier: ShieldInformationBarrierBase,
    /// Name of the shield information barrier segment.
    pub name: String,
    /// Description of the shield information barrier segment.
    pub description: Option<String>,
}

serialize_struct!(
    runtime,
    CreateShieldInformationBarrierSegmentRequestBody {
        shield_information_barrier: required("shield_information_barrier"),
        name: required("name"),
        description: optional("description")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierSegmentRequestBody {
        shield_information_barrier: required::<crate::models::ShieldInformationBarrierBase>(
            "shield_information_barrier"
        ),
        name: required::<String>("name"),
        description: optional::<Option<String>>("description")
    }
);
