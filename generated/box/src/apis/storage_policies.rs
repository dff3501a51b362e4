// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `storage_policies` operations: [`StoragePoliciesManager`] and one request builder per operation.

use crate::models::{ClientError, StoragePolicies, StoragePolicy};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::storage_policies`](crate::Client::storage_policies) or [`StoragePoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct StoragePoliciesManager<'a> {
    client: &'a Client,
}

impl<'a> StoragePoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List storage policies
    ///
    /// Fetches all the storage policies in the enterprise.
    ///
    /// `GET /storage_policies`
    #[inline]
    pub fn get_storage_policies(&self) -> GetStoragePolicies<'a> {
        GetStoragePolicies::new(self.client)
    }

    /// Get storage policy
    ///
    /// Fetches a specific storage policy.
    ///
    /// `GET /storage_policies/{storage_policy_id}`
    #[inline]
    pub fn get_storage_policy_by_id(&self, storage_policy_id: impl AsRef<str>) -> GetStoragePolicyById<'a> {
        GetStoragePolicyById::new(self.client, storage_policy_id)
    }
}

/// Request builder for [`StoragePoliciesManager::get_storage_policies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicies<'a> {
    call: Call<'a>,
}

impl<'a> GetStoragePolicies<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_storage_policies",
            method: reqwest::Method::GET,
            path: "/storage_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
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
    pub fn into_stream(self) -> Paginator<'a, StoragePolicy> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<StoragePolicies>)
    }
}

request_builder!(runtime, GetStoragePolicies => json StoragePolicies);

/// Request builder for [`StoragePoliciesManager::get_storage_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicyById<'a> {
    call: Call<'a>,
}

impl<'a> GetStoragePolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, storage_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_storage_policies_id",
            method: reqwest::Method::GET,
            path: "/storage_policies/{storage_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("storage_policy_id", storage_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetStoragePolicyById => json StoragePolicy);
