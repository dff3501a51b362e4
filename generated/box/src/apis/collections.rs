// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `collections` operations: [`CollectionsManager`] and one request builder per operation.

use crate::models::{ClientError, Collection, Collections, ItemsOffsetPaginated};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::collections`](crate::Client::collections) or [`CollectionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CollectionsManager<'a> {
    client: &'a Client,
}

impl<'a> CollectionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List all collections
    ///
    /// Retrieves all collections for a given user.
    ///
    /// Currently, only the `favorites` collection
    /// is supported.
    ///
    /// `GET /collections`
    #[inline]
    pub fn get_collections(&self) -> GetCollections<'a> {
        GetCollections::new(self.client)
    }

    /// List collection items
    ///
    /// Retrieves the files and/or folders contained within
    /// this collection.
    ///
    /// `GET /collections/{collection_id}/items`
    #[inline]
    pub fn get_collection_items(&self, collection_id: impl AsRef<str>) -> GetCollectionItems<'a> {
        GetCollectionItems::new(self.client, collection_id)
    }

    /// Get collection by ID
    ///
    /// Retrieves a collection by its ID.
    ///
    /// `GET /collections/{collection_id}`
    #[inline]
    pub fn get_collection_by_id(&self, collection_id: impl AsRef<str>) -> GetCollectionById<'a> {
        GetCollectionById::new(self.client, collection_id)
    }
}

/// Request builder for [`CollectionsManager::get_collections`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollections<'a> {
    call: Call<'a>,
}

impl<'a> GetCollections<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collections",
            method: reqwest::Method::GET,
            path: "/collections",
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

    /// The offset of the item at which to begin the response.
    ///
    /// Queries with offset parameter value
    /// exceeding 10000 will be rejected
    /// with a 400 response.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
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
    pub fn into_stream(self) -> Paginator<'a, Collection> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Collections>)
    }
}

request_builder!(runtime, GetCollections => json Collections);

/// Request builder for [`CollectionsManager::get_collection_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollectionItems<'a> {
    call: Call<'a>,
}

impl<'a> GetCollectionItems<'a> {
    #[inline]
    fn new(client: &'a Client, collection_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collections_id_items",
            method: reqwest::Method::GET,
            path: "/collections/{collection_id}/items",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collection_id", collection_id.as_ref());
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

    /// The offset of the item at which to begin the response.
    ///
    /// Queries with offset parameter value
    /// exceeding 10000 will be rejected
    /// with a 400 response.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
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
    pub fn into_stream(self) -> Paginator<'a, crate::models::Item> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ItemsOffsetPaginated>)
    }
}

request_builder!(runtime, GetCollectionItems => json ItemsOffsetPaginated);

/// Request builder for [`CollectionsManager::get_collection_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollectionById<'a> {
    call: Call<'a>,
}

impl<'a> GetCollectionById<'a> {
    #[inline]
    fn new(client: &'a Client, collection_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collections_id",
            method: reqwest::Method::GET,
            path: "/collections/{collection_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collection_id", collection_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetCollectionById => json Collection);
