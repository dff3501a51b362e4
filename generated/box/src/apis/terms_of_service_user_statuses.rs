// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `terms_of_service_user_statuses` operations: [`TermsOfServiceUserStatusesManager`] and one request builder per operation.

/// Reach it with [`Client::terms_of_service_user_statuses`](crate::Client::terms_of_service_user_statuses) or [`TermsOfServiceUserStatusesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TermsOfServiceUserStatusesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TermsOfServiceUserStatusesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTermsOfServiceUserStatuses<'a> {
    #[inline]
    fn new(client: &'a crate::Client, tos_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_terms_of_service_user_statuses",
            method: reqwest::Method::GET,
            path: "/terms_of_service_user_statuses",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("tos_id", tos_id.as_ref());
        Self { call }
    }

    /// Limits results to the given user ID.
    #[inline]
    pub fn user_id(mut self, user_id: impl AsRef<str>) -> Self {
        self.call.query("user_id", user_id.as_ref());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfServiceUserStatuses> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatuses>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTermsOfServiceUserStatuses<'a> {
    type Output = Result<crate::models::TermsOfServiceUserStatuses, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfServiceUserStatuses>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatuses>)
    }
}

/// Request builder for [`TermsOfServiceUserStatusesManager::create_terms_of_service_status_for_user`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTermsOfServiceStatusForUser<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateTermsOfServiceStatusForUserRequestBody,
}

impl<'a> CreateTermsOfServiceStatusForUser<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        tos: CreateTermsOfServiceStatusForUserTos,
        user: CreateTermsOfServiceStatusForUserUser,
        is_accepted: bool,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_terms_of_service_user_statuses",
            method: reqwest::Method::POST,
            path: "/terms_of_service_user_statuses",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateTermsOfServiceStatusForUserRequestBody { tos, user, is_accepted } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfServiceUserStatus> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatus>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateTermsOfServiceStatusForUser<'a> {
    type Output = Result<crate::models::TermsOfServiceUserStatus, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfServiceUserStatus>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatus>)
    }
}

/// Request builder for [`TermsOfServiceUserStatusesManager::update_terms_of_service_status_for_user_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTermsOfServiceStatusForUserById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateTermsOfServiceStatusForUserByIdRequestBody,
}

impl<'a> UpdateTermsOfServiceStatusForUserById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, terms_of_service_user_status_id: impl AsRef<str>, is_accepted: bool) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_terms_of_service_user_statuses_id",
            method: reqwest::Method::PUT,
            path: "/terms_of_service_user_statuses/{terms_of_service_user_status_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("terms_of_service_user_status_id", terms_of_service_user_status_id.as_ref());
        Self { call, body: UpdateTermsOfServiceStatusForUserByIdRequestBody { is_accepted } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfServiceUserStatus> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatus>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateTermsOfServiceStatusForUserById<'a> {
    type Output = Result<crate::models::TermsOfServiceUserStatus, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfServiceUserStatus>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfServiceUserStatus>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_service_user_statuses/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTermsOfServiceStatusForUserRequestBody {
    /// The terms of service to set the status for.
    pub tos: CreateTermsOfServiceStatusForUserTos,
    /// The user to set the status for.
    pub user: CreateTermsOfServiceStatusForUserUser,
    /// Whether the user has accepted the terms.
    pub is_accepted: bool,
}

/// The terms of service to set the status for.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTermsOfServiceStatusForUserTos {
    /// The type of object.
    pub r#type: CreateTermsOfServiceStatusForUserTosTypeField,
    /// The ID of terms of service.
    pub id: String,
}

/// The type of object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceStatusForUserTosTypeField {
    /// `terms_of_service`
    TermsOfService,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTermsOfServiceStatusForUserTosTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TermsOfService => "terms_of_service",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTermsOfServiceStatusForUserTosTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "terms_of_service" => Self::TermsOfService,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTermsOfServiceStatusForUserTosTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTermsOfServiceStatusForUserTosTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTermsOfServiceStatusForUserTosTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The user to set the status for.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTermsOfServiceStatusForUserUser {
    /// The type of object.
    pub r#type: CreateTermsOfServiceStatusForUserUserTypeField,
    /// The ID of user.
    pub id: String,
}

/// The type of object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceStatusForUserUserTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTermsOfServiceStatusForUserUserTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTermsOfServiceStatusForUserUserTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTermsOfServiceStatusForUserUserTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTermsOfServiceStatusForUserUserTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTermsOfServiceStatusForUserUserTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_service_user_statuses~1{terms_of_service_user_status_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateTermsOfServiceStatusForUserByIdRequestBody {
    /// Whether the user has accepted the terms.
    pub is_accepted: bool,
}
