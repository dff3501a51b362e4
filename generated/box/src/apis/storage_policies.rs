// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `storage_policies` operations: [`StoragePoliciesManager`] and one request builder per operation.

/// Reach it with [`Client::storage_policies`](crate::Client::storage_policies) or [`StoragePoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct StoragePoliciesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> StoragePoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetStoragePolicies<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_storage_policies",
            method: reqwest::Method::GET,
            path: "/storage_policies",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::StoragePolicy> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::StoragePolicies>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicies> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicies>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetStoragePolicies<'a> {
    type Output = Result<crate::models::StoragePolicies, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicies>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicies>)
    }
}

/// Request builder for [`StoragePoliciesManager::get_storage_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicyById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetStoragePolicyById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, storage_policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_storage_policies_id",
            method: reqwest::Method::GET,
            path: "/storage_policies/{storage_policy_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("storage_policy_id", storage_policy_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicy> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicy>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetStoragePolicyById<'a> {
    type Output = Result<crate::models::StoragePolicy, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicy>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicy>)
    }
}
