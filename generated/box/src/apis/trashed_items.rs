// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_items` operations: [`TrashedItemsManager`] and one request builder per operation.

/// Reach it with [`Client::trashed_items`](crate::Client::trashed_items) or [`TrashedItemsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedItemsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TrashedItemsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTrashedItems<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_trash_items",
            method: reqwest::Method::GET,
            path: "/folders/trash/items",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Item> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: Some("offset"), marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::Items>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Items> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Items>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTrashedItems<'a> {
    type Output = Result<crate::models::Items, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Items>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Items>)
    }
}

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

impl GetTrashedItemsDirection {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetTrashedItemsDirection {
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

impl std::fmt::Display for GetTrashedItemsDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetTrashedItemsDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetTrashedItemsDirection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl GetTrashedItemsSort {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Date => "date",
            Self::Size => "size",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetTrashedItemsSort {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "name" => Self::Name,
            "date" => Self::Date,
            "size" => Self::Size,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetTrashedItemsSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetTrashedItemsSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetTrashedItemsSort {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
