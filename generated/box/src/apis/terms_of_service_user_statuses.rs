// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `terms_of_service_user_statuses` operations: [`TermsOfServiceUserStatusesManager`] and one request builder per operation.

use crate::models::{ClientError, TermsOfServiceUserStatus, TermsOfServiceUserStatuses};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::terms_of_service_user_statuses`](crate::Client::terms_of_service_user_statuses) or [`TermsOfServiceUserStatusesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TermsOfServiceUserStatusesManager<'a> {
    client: &'a Client,
}

impl<'a> TermsOfServiceUserStatusesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List terms of service user statuses
    ///
    /// Retrieves an overview of users and their status for a
    /// terms of service, including Whether they have accepted
    /// the terms and when.
    ///
    /// `GET /terms_of_service_user_statuses`
    #[inline]
    pub fn get_terms_of_service_user_statuses(&self, tos_id: impl AsRef<str>) -> GetTermsOfServiceUserStatuses<'a> {
        GetTermsOfServiceUserStatuses::new(self.client, tos_id)
    }

    /// Create terms of service status for new user
    ///
    /// Sets the status for a terms of service for a user.
    ///
    /// `POST /terms_of_service_user_statuses`
    #[inline]
    pub fn create_terms_of_service_status_for_user(
        &self,
        tos: CreateTermsOfServiceStatusForUserTos,
        user: CreateTermsOfServiceStatusForUserUser,
        is_accepted: bool,
    ) -> CreateTermsOfServiceStatusForUser<'a> {
        CreateTermsOfServiceStatusForUser::new(self.client, tos, user, is_accepted)
    }

    /// Update terms of service status for existing user
    ///
    /// Updates the status for a terms of service for a user.
    ///
    /// `PUT /terms_of_service_user_statuses/{terms_of_service_user_status_id}`
    #[inline]
    pub fn update_terms_of_service_status_for_user_by_id(
        &self,
        terms_of_service_user_status_id: impl AsRef<str>,
        is_accepted: bool,
    ) -> UpdateTermsOfServiceStatusForUserById<'a> {
        UpdateTermsOfServiceStatusForUserById::new(self.client, terms_of_service_user_status_id, is_accepted)
    }
}

/// Request builder for [`TermsOfServiceUserStatusesManager::get_terms_of_service_user_statuses`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTermsOfServiceUserStatuses<'a> {
    call: Call<'a>,
}

impl<'a> GetTermsOfServiceUserStatuses<'a> {
    #[inline]
    fn new(client: &'a Client, tos_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_terms_of_service_user_statuses",
            method: reqwest::Method::GET,
            path: "/terms_of_service_user_statuses",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("tos_id", tos_id.as_ref());
        Self { call }
    }

    /// Limits results to the given user ID.
    #[inline]
    pub fn user_id(mut self, user_id: impl AsRef<str>) -> Self {
        self.call.query("user_id", user_id.as_ref());
        self
    }
}

request_builder!(
    runtime, GetTermsOfServiceUserStatuses => json TermsOfServiceUserStatuses
);

/// Request builder for [`TermsOfServiceUserStatusesManager::create_terms_of_service_status_for_user`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTermsOfServiceStatusForUser<'a> {
    call: Call<'a>,
    body: CreateTermsOfServiceStatusForUserRequestBody,
}

impl<'a> CreateTermsOfServiceStatusForUser<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        tos: CreateTermsOfServiceStatusForUserTos,
        user: CreateTermsOfServiceStatusForUserUser,
        is_accepted: bool,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_terms_of_service_user_statuses",
            method: reqwest::Method::POST,
            path: "/terms_of_service_user_statuses",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateTermsOfServiceStatusForUserRequestBody { tos, user, is_accepted } }
    }
}

request_builder!(
    runtime, CreateTermsOfServiceStatusForUser(body) => json TermsOfServiceUserStatus
);

/// Request builder for [`TermsOfServiceUserStatusesManager::update_terms_of_service_status_for_user_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTermsOfServiceStatusForUserById<'a> {
    call: Call<'a>,
    body: UpdateTermsOfServiceStatusForUserByIdRequestBody,
}

impl<'a> UpdateTermsOfServiceStatusForUserById<'a> {
    #[inline]
    fn new(client: &'a Client, terms_of_service_user_status_id: impl AsRef<str>, is_accepted: bool) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_terms_of_service_user_statuses_id",
            method: reqwest::Method::PUT,
            path: "/terms_of_service_user_statuses/{terms_of_service_user_status_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("terms_of_service_user_status_id", terms_of_service_user_status_id.as_ref());
        Self { call, body: UpdateTermsOfServiceStatusForUserByIdRequestBody { is_accepted } }
    }
}

request_builder!(
    runtime, UpdateTermsOfServiceStatusForUserById(body) => json TermsOfServiceUserStatus
);

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_service_user_statuses/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTermsOfServiceStatusForUserRequestBody {
    /// The terms of service to set the status for.
    pub tos: CreateTermsOfServiceStatusForUserTos,
    /// The user to set the status for.
    pub user: CreateTermsOfServiceStatusForUserUser,
    /// Whether the user has accepted the terms.
    pub is_accepted: bool,
}

serialize_struct!(
    runtime,
    CreateTermsOfServiceStatusForUserRequestBody {
        tos: required("tos"),
        user: required("user"),
        is_accepted: required("is_accepted")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTermsOfServiceStatusForUserRequestBody {
        tos: required::<CreateTermsOfServiceStatusForUserTos>("tos"),
        user: required::<CreateTermsOfServiceStatusForUserUser>("user"),
        is_accepted: required::<bool>("is_accepted")
    }
);

/// The terms of service to set the status for.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTermsOfServiceStatusForUserTos {
    /// The type of object.
    pub r#type: CreateTermsOfServiceStatusForUserTosTypeField,
    /// The ID of terms of service.
    pub id: String,
}

serialize_struct!(runtime, CreateTermsOfServiceStatusForUserTos { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTermsOfServiceStatusForUserTos {
        r#type: required::<CreateTermsOfServiceStatusForUserTosTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type of object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceStatusForUserTosTypeField {
    /// `terms_of_service`
    TermsOfService,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTermsOfServiceStatusForUserTosTypeField, Unknown, TermsOfService = "terms_of_service");

/// The user to set the status for.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTermsOfServiceStatusForUserUser {
    /// The type of object.
    pub r#type: CreateTermsOfServiceStatusForUserUserTypeField,
    /// The ID of user.
    pub id: String,
}

serialize_struct!(runtime, CreateTermsOfServiceStatusForUserUser { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTermsOfServiceStatusForUserUser {
        r#type: required::<CreateTermsOfServiceStatusForUserUserTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type of object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceStatusForUserUserTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTermsOfServiceStatusForUserUserTypeField, Unknown, User = "user");

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_service_user_statuses~1{terms_of_service_user_status_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateTermsOfServiceStatusForUserByIdRequestBody {
    /// Whether the user has accepted the terms.
    pub is_accepted: bool,
}

serialize_struct!(runtime, UpdateTermsOfServiceStatusForUserByIdRequestBody { is_accepted: required("is_accepted") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateTermsOfServiceStatusForUserByIdRequestBody { is_accepted: required::<bool>("is_accepted") }
);
