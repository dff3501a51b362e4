// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_app_items` operations: [`SharedLinksAppItemsManager`] and one request builder per operation.

/// Reach it with [`Client::shared_links_app_items`](crate::Client::shared_links_app_items) or [`SharedLinksAppItemsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksAppItemsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> SharedLinksAppItemsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Find app item for shared link
    ///
    /// Returns the app item represented by a shared link.
    ///
    /// The link can originate from the current enterprise or another.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn get_shared_item_app_items(&self, boxapi: impl AsRef<str>) -> GetSharedItemAppItems<'a> {
        GetSharedItemAppItems::new(self.client, boxapi)
    }
}

/// Request builder for [`SharedLinksAppItemsManager::get_shared_item_app_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedItemAppItems<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetSharedItemAppItems<'a> {
    #[inline]
    fn new(client: &'a crate::Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shared_items#app_items",
            method: reqwest::Method::GET,
            path: "/shared_items",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.header("boxapi", boxapi.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AppItem> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::AppItem>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetSharedItemAppItems<'a> {
    type Output = Result<crate::models::AppItem, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AppItem>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AppItem>)
    }
}
