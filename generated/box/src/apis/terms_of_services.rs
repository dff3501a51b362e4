// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `terms_of_services` operations: [`TermsOfServicesManager`] and one request builder per operation.

use crate::models::{ClientError, TermsOfService, TermsOfServices};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::terms_of_services`](crate::Client::terms_of_services) or [`TermsOfServicesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TermsOfServicesManager<'a> {
    client: &'a Client,
}

impl<'a> TermsOfServicesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List terms of services
    ///
    /// Returns the current terms of service text and settings
    /// for the enterprise.
    ///
    /// `GET /terms_of_services`
    #[inline]
    pub fn get_terms_of_service(&self) -> GetTermsOfService<'a> {
        GetTermsOfService::new(self.client)
    }

    /// Create terms of service
    ///
    /// Creates a terms of service for a given enterprise
    /// and type of user.
    ///
    /// `POST /terms_of_services`
    #[inline]
    pub fn create_terms_of_service(
        &self,
        status: CreateTermsOfServiceStatus,
        text: impl Into<String>,
    ) -> CreateTermsOfService<'a> {
        CreateTermsOfService::new(self.client, status, text)
    }

    /// Get terms of service
    ///
    /// Fetches a specific terms of service.
    ///
    /// `GET /terms_of_services/{terms_of_service_id}`
    #[inline]
    pub fn get_terms_of_service_by_id(&self, terms_of_service_id: impl AsRef<str>) -> GetTermsOfServiceById<'a> {
        GetTermsOfServiceById::new(self.client, terms_of_service_id)
    }

    /// Update terms of service
    ///
    /// Updates a specific terms of service.
    ///
    /// `PUT /terms_of_services/{terms_of_service_id}`
    #[inline]
    pub fn update_terms_of_service_by_id(
        &self,
        terms_of_service_id: impl AsRef<str>,
        status: UpdateTermsOfServiceByIdStatus,
        text: impl Into<String>,
    ) -> UpdateTermsOfServiceById<'a> {
        UpdateTermsOfServiceById::new(self.client, terms_of_service_id, status, text)
    }
}

/// Request builder for [`TermsOfServicesManager::get_terms_of_service`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTermsOfService<'a> {
    call: Call<'a>,
}

impl<'a> GetTermsOfService<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_terms_of_services",
            method: reqwest::Method::GET,
            path: "/terms_of_services",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits the results to the terms of service of the given type.
    #[inline]
    pub fn tos_type(mut self, tos_type: GetTermsOfServiceTosType) -> Self {
        self.call.query("tos_type", &tos_type);
        self
    }
}

request_builder!(runtime, GetTermsOfService => json TermsOfServices);

/// Request builder for [`TermsOfServicesManager::create_terms_of_service`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTermsOfService<'a> {
    call: Call<'a>,
    body: CreateTermsOfServiceRequestBody,
}

impl<'a> CreateTermsOfService<'a> {
    #[inline]
    fn new(client: &'a Client, status: CreateTermsOfServiceStatus, text: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_terms_of_services",
            method: reqwest::Method::POST,
            path: "/terms_of_services",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateTermsOfServiceRequestBody { status, tos_type: None, text: text.into() } }
    }

    /// The type of user to set the terms of
    /// service for.
    #[inline]
    pub fn tos_type(mut self, tos_type: CreateTermsOfServiceTosType) -> Self {
        self.body.tos_type = Some(tos_type);
        self
    }
}

request_builder!(runtime, CreateTermsOfService(body) => json TermsOfService);

/// Request builder for [`TermsOfServicesManager::get_terms_of_service_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTermsOfServiceById<'a> {
    call: Call<'a>,
}

impl<'a> GetTermsOfServiceById<'a> {
    #[inline]
    fn new(client: &'a Client, terms_of_service_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_terms_of_services_id",
            method: reqwest::Method::GET,
            path: "/terms_of_services/{terms_of_service_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("terms_of_service_id", terms_of_service_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetTermsOfServiceById => json TermsOfService);

/// Request builder for [`TermsOfServicesManager::update_terms_of_service_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTermsOfServiceById<'a> {
    call: Call<'a>,
    body: UpdateTermsOfServiceByIdRequestBody,
}

impl<'a> UpdateTermsOfServiceById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        terms_of_service_id: impl AsRef<str>,
        status: UpdateTermsOfServiceByIdStatus,
        text: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_terms_of_services_id",
            method: reqwest::Method::PUT,
            path: "/terms_of_services/{terms_of_service_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("terms_of_service_id", terms_of_service_id.as_ref());
        Self { call, body: UpdateTermsOfServiceByIdRequestBody { status, text: text.into() } }
    }
}

request_builder!(runtime, UpdateTermsOfServiceById(body) => json TermsOfService);

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_services/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTermsOfServiceTosType {
    /// `external`
    External,
    /// `managed`
    Managed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetTermsOfServiceTosType, Unknown, External = "external", Managed = "managed");

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_services/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTermsOfServiceRequestBody {
    /// Whether this terms of service is active.
    pub status: CreateTermsOfServiceStatus,
    /// The type of user to set the terms of
    /// service for.
    pub tos_type: Option<CreateTermsOfServiceTosType>,
    /// The terms of service text to display to users.
    ///
    /// The text can be set to empty if the `status` is set to `disabled`.
    pub text: String,
}

serialize_struct!(
    runtime,
    CreateTermsOfServiceRequestBody {
        status: required("status"),
        tos_type: optional("tos_type"),
        text: required("text")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTermsOfServiceRequestBody {
        status: required::<CreateTermsOfServiceStatus>("status"),
        tos_type: optional::<Option<CreateTermsOfServiceTosType>>("tos_type"),
        text: required::<String>("text")
    }
);

/// Whether this terms of service is active.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTermsOfServiceStatus, Unknown, Enabled = "enabled", Disabled = "disabled");

/// The type of user to set the terms of
/// service for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTermsOfServiceTosType {
    /// `external`
    External,
    /// `managed`
    Managed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTermsOfServiceTosType, Unknown, External = "external", Managed = "managed");

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_services~1{terms_of_service_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateTermsOfServiceByIdRequestBody {
    /// Whether this terms of service is active.
    pub status: UpdateTermsOfServiceByIdStatus,
    /// The terms of service text to display to users.
    ///
    /// The text can be set to empty if the `status` is set to `disabled`.
    pub text: String,
}

serialize_struct!(runtime, UpdateTermsOfServiceByIdRequestBody { status: required("status"), text: required("text") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateTermsOfServiceByIdRequestBody {
        status: required::<UpdateTermsOfServiceByIdStatus>("status"),
        text: required::<String>("text")
    }
);

/// Whether this terms of service is active.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTermsOfServiceByIdStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateTermsOfServiceByIdStatus, Unknown, Enabled = "enabled", Disabled = "disabled");
