// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barriers` operations: [`ShieldInformationBarriersManager`] and one request builder per operation.

use crate::models::{ClientError, EnterpriseBase, ShieldInformationBarrier, ShieldInformationBarriers};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::shield_information_barriers`](crate::Client::shield_information_barriers) or [`ShieldInformationBarriersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarriersManager<'a> {
    client: &'a Client,
}

impl<'a> ShieldInformationBarriersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create_shield_information_barrier(&self, enterprise: EnterpriseBase) -> CreateShieldInformationBarrier<'a> {
        CreateShieldInformationBarrier::new(self.client, enterprise)
    }
}

/// Request builder for [`ShieldInformationBarriersManager::get_shield_information_barrier_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierById<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barriers_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barriers/{shield_information_barrier_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("shield_information_barrier_id", shield_information_barrier_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierById => json ShieldInformationBarrier
);

/// Request builder for [`ShieldInformationBarriersManager::update_shield_information_barrier_status`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateShieldInformationBarrierStatus<'a> {
    call: Call<'a>,
    body: UpdateShieldInformationBarrierStatusRequestBody,
}

impl<'a> UpdateShieldInformationBarrierStatus<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl Into<String>, status: UpdateShieldInformationBarrierStatusStatus) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barriers_change_status",
            method: reqwest::Method::POST,
            path: "/shield_information_barriers/change_status",
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
        Self { call, body: UpdateShieldInformationBarrierStatusRequestBody { id: id.into(), status } }
    }
}

request_builder!(
    runtime, UpdateShieldInformationBarrierStatus(body) => json ShieldInformationBarrier
);

/// Request builder for [`ShieldInformationBarriersManager::get_shield_information_barriers`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarriers<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarriers<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barriers",
            method: reqwest::Method::GET,
            path: "/shield_information_barriers",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, ShieldInformationBarrier> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ShieldInformationBarriers>)
    }
}

request_builder!(
    runtime, GetShieldInformationBarriers => json ShieldInformationBarriers
);

/// Request builder for [`ShieldInformationBarriersManager::create_shield_information_barrier`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrier<'a> {
    call: Call<'a>,
    body: CreateShieldInformationBarrierRequestBody,
}

impl<'a> CreateShieldInformationBarrier<'a> {
    #[inline]
    fn new(client: &'a Client, enterprise: EnterpriseBase) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barriers",
            method: reqwest::Method::POST,
            path: "/shield_information_barriers",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateShieldInformationBarrierRequestBody { enterprise } }
    }
}

request_builder!(
    runtime, CreateShieldInformationBarrier(body) => json ShieldInformationBarrier
);

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barriers~1change_status/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateShieldInformationBarrierStatusRequestBody {
    /// The ID of the shield information barrier.
    pub id: String,
    /// The desired status for the shield information barrier.
    pub status: UpdateShieldInformationBarrierStatusStatus,
}

serialize_struct!(
    runtime,
    UpdateShieldInformationBarrierStatusRequestBody { id: required("id"), status: required("status") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateShieldInformationBarrierStatusRequestBody {
        id: required::<String>("id"),
        status: required::<UpdateShieldInformationBarrierStatusStatus>("status")
    }
);

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

string_enum!(runtime, UpdateShieldInformationBarrierStatusStatus, Unknown, Pending = "pending", Disabled = "disabled");

/// An inline schema, which the spec does not describe (`#/paths/~1shield_information_barriers/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateShieldInformationBarrierRequestBody {
    /// The `type` and `id` of enterprise this barrier is under.
    pub enterprise: EnterpriseBase,
}

serialize_struct!(runtime, CreateShieldInformationBarrierRequestBody { enterprise: required("enterprise") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateShieldInformationBarrierRequestBody { enterprise: required::<crate::models::EnterpriseBase>("enterprise") }
);
