// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `device_pinners` operations: [`DevicePinnersManager`] and one request builder per operation.

/// Reach it with [`Client::device_pinners`](crate::Client::device_pinners) or [`DevicePinnersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct DevicePinnersManager<'a> {
    client: &'a crate::Client,
}

impl<'a> DevicePinnersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get device pin
    ///
    /// Retrieves information about an individual device pin.
    ///
    /// `GET /device_pinners/{device_pinner_id}`
    #[inline]
    pub fn get_device_pinner_by_id(&self, device_pinner_id: impl AsRef<str>) -> GetDevicePinnerById<'a> {
        GetDevicePinnerById::new(self.client, device_pinner_id)
    }

    /// Remove device pin
    ///
    /// Deletes an individual device pin.
    ///
    /// `DELETE /device_pinners/{device_pinner_id}`
    #[inline]
    pub fn delete_device_pinner_by_id(&self, device_pinner_id: impl AsRef<str>) -> DeleteDevicePinnerById<'a> {
        DeleteDevicePinnerById::new(self.client, device_pinner_id)
    }

    /// List enterprise device pins
    ///
    /// Retrieves all the device pins within an enterprise.
    ///
    /// The user must have admin privileges, and the application
    /// needs the "manage enterprise" scope to make this call.
    ///
    /// `GET /enterprises/{enterprise_id}/device_pinners`
    #[inline]
    pub fn get_enterprise_device_pinners(&self, enterprise_id: impl AsRef<str>) -> GetEnterpriseDevicePinners<'a> {
        GetEnterpriseDevicePinners::new(self.client, enterprise_id)
    }
}

/// Request builder for [`DevicePinnersManager::get_device_pinner_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetDevicePinnerById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetDevicePinnerById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, device_pinner_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_device_pinners_id",
            method: reqwest::Method::GET,
            path: "/device_pinners/{device_pinner_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("device_pinner_id", device_pinner_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::DevicePinner> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::DevicePinner>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetDevicePinnerById<'a> {
    type Output = Result<crate::models::DevicePinner, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::DevicePinner>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::DevicePinner>)
    }
}

/// Request builder for [`DevicePinnersManager::delete_device_pinner_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteDevicePinnerById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteDevicePinnerById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, device_pinner_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_device_pinners_id",
            method: reqwest::Method::DELETE,
            path: "/device_pinners/{device_pinner_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("device_pinner_id", device_pinner_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteDevicePinnerById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`DevicePinnersManager::get_enterprise_device_pinners`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEnterpriseDevicePinners<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetEnterpriseDevicePinners<'a> {
    #[inline]
    fn new(client: &'a crate::Client, enterprise_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_enterprises_id_device_pinners",
            method: reqwest::Method::GET,
            path: "/enterprises/{enterprise_id}/device_pinners",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("enterprise_id", enterprise_id.as_ref());
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

    /// The direction to sort results in. This can be either in alphabetical ascending
    /// (`ASC`) or descending (`DESC`) order.
    #[inline]
    pub fn direction(mut self, direction: GetEnterpriseDevicePinnersDirection) -> Self {
        self.call.query("direction", &direction);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::DevicePinner> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::DevicePinners>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::DevicePinners> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::DevicePinners>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetEnterpriseDevicePinners<'a> {
    type Output = Result<crate::models::DevicePinners, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::DevicePinners>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::DevicePinners>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1enterprises~1{enterprise_id}~1device_pinners/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetEnterpriseDevicePinnersDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetEnterpriseDevicePinnersDirection {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetEnterpriseDevicePinnersDirection {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetEnterpriseDevicePinnersDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetEnterpriseDevicePinnersDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetEnterpriseDevicePinnersDirection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
