// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The `owners` operations: [`OwnersApi`] and one request builder per operation.

use crate::models::{Error2, HttpValidationError, Owner, OwnerCreate};
use crate::runtime::{self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::owners_api`](crate::Client::owners_api) or [`OwnersApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct OwnersApi<'a> {
    client: &'a Client,
}

impl<'a> OwnersApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create_owner(&self, owner_create: OwnerCreate) -> CreateOwner<'a> {
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
    call: Call<'a>,
}

impl<'a> ListOwners<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "list_owners_owners_get",
            method: reqwest::Method::GET,
            path: "/owners",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Code(401), decode_error::<Error2>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, ListOwners => json Vec < Owner >);

/// Request builder for [`OwnersApi::create_owner`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateOwner<'a> {
    call: Call<'a>,
}

impl<'a> CreateOwner<'a> {
    #[inline]
    fn new(client: &'a Client, owner_create: OwnerCreate) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "create_owner_owners_post",
            method: reqwest::Method::POST,
            path: "/owners",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&owner_create);
        Self { call }
    }
}

request_builder!(runtime, CreateOwner => json Owner);

/// Request builder for [`OwnersApi::get_owner`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetOwner<'a> {
    call: Call<'a>,
}

impl<'a> GetOwner<'a> {
    #[inline]
    fn new(client: &'a Client, owner_id: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_owner_owners__owner_id__get",
            method: reqwest::Method::GET,
            path: "/owners/{owner_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("owner_id", &owner_id);
        Self { call }
    }
}

request_builder!(runtime, GetOwner => json Owner);
