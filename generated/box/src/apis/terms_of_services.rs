// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `terms_of_services` operations: [`TermsOfServicesManager`] and one request builder per operation.

/// Reach it with [`Client::terms_of_services`](crate::Client::terms_of_services) or [`TermsOfServicesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TermsOfServicesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TermsOfServicesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTermsOfService<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_terms_of_services",
            method: reqwest::Method::GET,
            path: "/terms_of_services",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits the results to the terms of service of the given type.
    #[inline]
    pub fn tos_type(mut self, tos_type: GetTermsOfServiceTosType) -> Self {
        self.call.query("tos_type", &tos_type);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfServices> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfServices>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTermsOfService<'a> {
    type Output = Result<crate::models::TermsOfServices, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfServices>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfServices>)
    }
}

/// Request builder for [`TermsOfServicesManager::create_terms_of_service`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTermsOfService<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateTermsOfServiceRequestBody,
}

impl<'a> CreateTermsOfService<'a> {
    #[inline]
    fn new(client: &'a crate::Client, status: CreateTermsOfServiceStatus, text: impl Into<String>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_terms_of_services",
            method: reqwest::Method::POST,
            path: "/terms_of_services",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateTermsOfServiceRequestBody { status, tos_type: None, text: text.into() } }
    }

    /// The type of user to set the terms of
    /// service for.
    #[inline]
    pub fn tos_type(mut self, tos_type: CreateTermsOfServiceTosType) -> Self {
        self.body.tos_type = Some(tos_type);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfService> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfService>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateTermsOfService<'a> {
    type Output = Result<crate::models::TermsOfService, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfService>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfService>)
    }
}

/// Request builder for [`TermsOfServicesManager::get_terms_of_service_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTermsOfServiceById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTermsOfServiceById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, terms_of_service_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_terms_of_services_id",
            method: reqwest::Method::GET,
            path: "/terms_of_services/{terms_of_service_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("terms_of_service_id", terms_of_service_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfService> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfService>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTermsOfServiceById<'a> {
    type Output = Result<crate::models::TermsOfService, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfService>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfService>)
    }
}

/// Request builder for [`TermsOfServicesManager::update_terms_of_service_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTermsOfServiceById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateTermsOfServiceByIdRequestBody,
}

impl<'a> UpdateTermsOfServiceById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        terms_of_service_id: impl AsRef<str>,
        status: UpdateTermsOfServiceByIdStatus,
        text: impl Into<String>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_terms_of_services_id",
            method: reqwest::Method::PUT,
            path: "/terms_of_services/{terms_of_service_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("terms_of_service_id", terms_of_service_id.as_ref());
        Self { call, body: UpdateTermsOfServiceByIdRequestBody { status, text: text.into() } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TermsOfService> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TermsOfService>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateTermsOfServiceById<'a> {
    type Output = Result<crate::models::TermsOfService, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TermsOfService>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TermsOfService>)
    }
}

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

impl GetTermsOfServiceTosType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::External => "external",
            Self::Managed => "managed",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetTermsOfServiceTosType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "external" => Self::External,
            "managed" => Self::Managed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetTermsOfServiceTosType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetTermsOfServiceTosType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetTermsOfServiceTosType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_services/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTermsOfServiceRequestBody {
    /// Whether this terms of service is active.
    pub status: CreateTermsOfServiceStatus,
    /// The type of user to set the terms of
    /// service for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tos_type: Option<CreateTermsOfServiceTosType>,
    /// The terms of service text to display to users.
    ///
    /// The text can be set to empty if the `status` is set to `disabled`.
    pub text: String,
}

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

impl CreateTermsOfServiceStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTermsOfServiceStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTermsOfServiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTermsOfServiceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTermsOfServiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl CreateTermsOfServiceTosType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::External => "external",
            Self::Managed => "managed",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTermsOfServiceTosType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "external" => Self::External,
            "managed" => Self::Managed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTermsOfServiceTosType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTermsOfServiceTosType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTermsOfServiceTosType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1terms_of_services~1{terms_of_service_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateTermsOfServiceByIdRequestBody {
    /// Whether this terms of service is active.
    pub status: UpdateTermsOfServiceByIdStatus,
    /// The terms of service text to display to users.
    ///
    /// The text can be set to empty if the `status` is set to `disabled`.
    pub text: String,
}

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

impl UpdateTermsOfServiceByIdStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateTermsOfServiceByIdStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateTermsOfServiceByIdStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateTermsOfServiceByIdStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTermsOfServiceByIdStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
