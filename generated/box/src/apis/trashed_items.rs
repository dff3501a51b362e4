// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_items` operations: [`TrashedItemsManager`] and one request builder per operation.

use crate::models::{ClientError, Items};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::trashed_items`](crate::Client::trashed_items) or [`TrashedItemsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedItemsManager<'a> {
    client: &'a Client,
}

impl<'a> TrashedItemsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List trashed items
    ///
    /// Retrieves the files and folders that have been moved
    /// to the trash.
    ///
    /// Any attribute in the full files or folders objects can be passed
    /// in with the `fields` parameter to retrieve those specific
    /// attributes that are not returned by default.
    ///
    /// This endpoint defaults to use offset-based pagination, yet also supports
    /// marker-based pagination using the `marker` parameter.
    ///
    /// The number of entries returned may be less than `total_count`. For example, if a user deletes items from a shared folder and is later removed as a collaborator, those deleted items will no longer appear in this endpoint’s results, even though they are still included in `total_count`.
    ///
    /// `GET /folders/trash/items`
    #[inline]
    pub fn get_trashed_items(&self) -> GetTrashedItems<'a> {
        GetTrashedItems::new(self.client)
    }
}

/// Request builder for [`TrashedItemsManager::get_trashed_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedItems<'a> {
    call: Call<'a>,
}

impl<'a> GetTrashedItems<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_trash_items",
            method: reqwest::Method::GET,
            path: "/folders/trash/items",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
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

    /// Specifies whether to use marker-based pagination instead of
    /// offset-based pagination. Only one pagination method can
    /// be used at a time.
    ///
    /// By setting this value to true, the API will return a `marker` field
    /// that can be passed as a parameter to this endpoint to get the next
    /// page of the response.
    #[inline]
    pub fn usemarker(mut self, usemarker: bool) -> Self {
        self.call.query("usemarker", &usemarker);
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

    /// The direction to sort results in. This can be either in alphabetical ascending
    /// (`ASC`) or descending (`DESC`) order.
    #[inline]
    pub fn direction(mut self, direction: GetTrashedItemsDirection) -> Self {
        self.call.query("direction", &direction);
        self
    }

    /// Defines the **second** attribute by which items
    /// are sorted.
    ///
    /// Items are always sorted by their `type` first, with
    /// folders listed before files, and files listed
    /// before web links.
    ///
    /// This parameter is not supported when using marker-based pagination.
    #[inline]
    pub fn sort(mut self, sort: GetTrashedItemsSort) -> Self {
        self.call.query("sort", &sort);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, crate::models::Item> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Items>)
    }
}

request_builder!(runtime, GetTrashedItems => json Items);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1trash~1items/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTrashedItemsDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetTrashedItemsDirection, Unknown, Asc = "ASC", Desc = "DESC");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1trash~1items/get/parameters/6/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTrashedItemsSort {
    /// `name`
    Name,
    /// `date`
    Date,
    /// `size`
    Size,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetTrashedItemsSort, Unknown, Name = "name", Date = "date", Size = "size");
