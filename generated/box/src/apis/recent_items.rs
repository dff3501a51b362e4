// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `recent_items` operations: [`RecentItemsManager`] and one request builder per operation.

use crate::models::{ClientError, RecentItem, RecentItems};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::recent_items`](crate::Client::recent_items) or [`RecentItemsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct RecentItemsManager<'a> {
    client: &'a Client,
}

impl<'a> RecentItemsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List recently accessed items
    ///
    /// Returns information about the recent items accessed
    /// by a user, either in the last 90 days or up to the last
    /// 1000 items accessed.
    ///
    /// `GET /recent_items`
    #[inline]
    pub fn get_recent_items(&self) -> GetRecentItems<'a> {
        GetRecentItems::new(self.client)
    }
}

/// Request builder for [`RecentItemsManager::get_recent_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRecentItems<'a> {
    call: Call<'a>,
}

impl<'a> GetRecentItems<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_recent_items",
            method: reqwest::Method::GET,
            path: "/recent_items",
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, RecentItem> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<RecentItems>)
    }
}

request_builder!(runtime, GetRecentItems => json RecentItems);
