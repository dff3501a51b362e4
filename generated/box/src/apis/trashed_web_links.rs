// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_web_links` operations: [`TrashedWebLinksManager`] and one request builder per operation.

/// Reach it with [`Client::trashed_web_links`](crate::Client::trashed_web_links) or [`TrashedWebLinksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedWebLinksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TrashedWebLinksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Restore web link
    ///
    /// Restores a web link that has been moved to the trash.
    ///
    /// An optional new parent ID can be provided to restore the  web link to in case
    /// the original folder has been deleted.
    ///
    /// `POST /web_links/{web_link_id}`
    #[inline]
    pub fn restore_weblink_from_trash(&self, web_link_id: impl AsRef<str>) -> RestoreWeblinkFromTrash<'a> {
        RestoreWeblinkFromTrash::new(self.client, web_link_id)
    }

    /// Get trashed web link
    ///
    /// Retrieves a web link that has been moved to the trash.
    ///
    /// `GET /web_links/{web_link_id}/trash`
    #[inline]
    pub fn get_trashed_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> GetTrashedWebLinkById<'a> {
        GetTrashedWebLinkById::new(self.client, web_link_id)
    }

    /// Permanently remove web link
    ///
    /// Permanently deletes a web link that is in the trash.
    /// This action cannot be undone.
    ///
    /// `DELETE /web_links/{web_link_id}/trash`
    #[inline]
    pub fn delete_trashed_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> DeleteTrashedWebLinkById<'a> {
        DeleteTrashedWebLinkById::new(self.client, web_link_id)
    }
}

/// Request builder for [`TrashedWebLinksManager::restore_weblink_from_trash`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RestoreWeblinkFromTrash<'a> {
    call: crate::runtime::Call<'a>,
    body: RestoreWeblinkFromTrashRequestBody,
}

impl<'a> RestoreWeblinkFromTrash<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_web_links_id",
            method: reqwest::Method::POST,
            path: "/web_links/{web_link_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self { call, body: RestoreWeblinkFromTrashRequestBody { name: None, parent: None } }
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

    /// An optional new name for the web link.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: RestoreWeblinkFromTrashParent) -> Self {
        self.body.parent = Some(parent);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TrashWebLinkRestored> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::TrashWebLinkRestored>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for RestoreWeblinkFromTrash<'a> {
    type Output = Result<crate::models::TrashWebLinkRestored, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TrashWebLinkRestored>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TrashWebLinkRestored>)
    }
}

/// Request builder for [`TrashedWebLinksManager::get_trashed_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedWebLinkById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTrashedWebLinkById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_web_links_id_trash",
            method: reqwest::Method::GET,
            path: "/web_links/{web_link_id}/trash",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TrashWebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TrashWebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTrashedWebLinkById<'a> {
    type Output = Result<crate::models::TrashWebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TrashWebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TrashWebLink>)
    }
}

/// Request builder for [`TrashedWebLinksManager::delete_trashed_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTrashedWebLinkById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteTrashedWebLinkById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_web_links_id_trash",
            method: reqwest::Method::DELETE,
            path: "/web_links/{web_link_id}/trash",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteTrashedWebLinkById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RestoreWeblinkFromTrashRequestBody {
    /// An optional new name for the web link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<RestoreWeblinkFromTrashParent>,
}

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RestoreWeblinkFromTrashParent {
    /// The ID of parent item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
