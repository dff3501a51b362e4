// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `device_pinners` operations: [`DevicePinnersManager`] and one request builder per operation.

use crate::models::{ClientError, DevicePinner, DevicePinners};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::device_pinners`](crate::Client::device_pinners) or [`DevicePinnersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct DevicePinnersManager<'a> {
    client: &'a Client,
}

impl<'a> DevicePinnersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetDevicePinnerById<'a> {
    #[inline]
    fn new(client: &'a Client, device_pinner_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_device_pinners_id",
            method: reqwest::Method::GET,
            path: "/device_pinners/{device_pinner_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("device_pinner_id", device_pinner_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetDevicePinnerById => json DevicePinner);

/// Request builder for [`DevicePinnersManager::delete_device_pinner_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteDevicePinnerById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteDevicePinnerById<'a> {
    #[inline]
    fn new(client: &'a Client, device_pinner_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_device_pinners_id",
            method: reqwest::Method::DELETE,
            path: "/device_pinners/{device_pinner_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("device_pinner_id", device_pinner_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteDevicePinnerById => empty);

/// Request builder for [`DevicePinnersManager::get_enterprise_device_pinners`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEnterpriseDevicePinners<'a> {
    call: Call<'a>,
}

impl<'a> GetEnterpriseDevicePinners<'a> {
    #[inline]
    fn new(client: &'a Client, enterprise_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_enterprises_id_device_pinners",
            method: reqwest::Method::GET,
            path: "/enterprises/{enterprise_id}/device_pinners",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, DevicePinner> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<DevicePinners>)
    }
}

request_builder!(runtime, GetEnterpriseDevicePinners => json DevicePinners);

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

string_enum!(runtime, GetEnterpriseDevicePinnersDirection, Unknown, Asc = "ASC", Desc = "DESC");
