// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! The `files` operations: [`FilesApi`] and one request builder per operation.

use crate::models::Filter;
use crate::runtime::{self, Call, Download, OperationSpec, params, request_builder, string_enum};
use crate::{Client, Error};

/// Reach it with [`Client::files_api`](crate::Client::files_api) or [`FilesApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct FilesApi<'a> {
    client: &'a Client,
}

impl<'a> FilesApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /files/{file_id}/thumbnail.{extension}`
    ///
    /// `GET /files/{file_id}/thumbnail.{extension}`
    #[inline]
    pub fn get_thumbnail(
        &self,
        file_id: impl Into<GetThumbnailFileId>,
        extension: GetThumbnailExtension,
        ids: impl IntoIterator<Item = i64>,
    ) -> GetThumbnail<'a> {
        GetThumbnail::new(self.client, file_id, extension, ids)
    }
}

/// Request builder for [`FilesApi::get_thumbnail`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetThumbnail<'a> {
    call: Call<'a>,
}

impl<'a> GetThumbnail<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl Into<GetThumbnailFileId>,
        extension: GetThumbnailExtension,
        ids: impl IntoIterator<Item = i64>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_thumbnail",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/thumbnail.{extension}",
            security: &[],
            accept: Some("image/png"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.json_param(params::ParamIn::Path, "file_id", &Into::<GetThumbnailFileId>::into(file_id));
        call.path("extension", &extension);
        call.query_list("ids", &ids.into_iter().collect::<Vec<i64>>(), true);
        Self { call }
    }

    /// The `min_width` query parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/1`).
    #[inline]
    pub fn min_width(mut self, min_width: i32) -> Self {
        self.call.query("min_width", &min_width);
        self
    }

    /// The `fields` query parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/2`).
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// An array of objects in the query travels as JSON text.
    #[inline]
    pub fn filters(mut self, filters: Vec<Filter>) -> Self {
        self.call.json_param(params::ParamIn::Query, "filters", &filters);
        self
    }

    /// An object as filter\[key\]=value pairs.
    #[inline]
    pub fn filter(mut self, filter: Filter) -> Self {
        self.call.query_deep_object("filter", &filter);
        self
    }

    /// The `tags` query parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/6`).
    #[inline]
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_delimited("tags", &tags.into_iter().map(Into::into).collect::<Vec<String>>(), '|');
        self
    }

    /// Described by content, so sent as JSON text.
    #[inline]
    pub fn r#where(mut self, r#where: Filter) -> Self {
        self.call.json_param(params::ParamIn::Query, "where", &r#where);
        self
    }

    /// An object in a header travels as JSON text too.
    #[inline]
    pub fn x_options(mut self, x_options: Filter) -> Self {
        self.call.json_param(params::ParamIn::Header, "X-Options", &x_options);
        self
    }

    /// The `X-Request-Id` header parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/9`).
    #[inline]
    pub fn x_request_id(mut self, x_request_id: uuid::Uuid) -> Self {
        self.call.header("X-Request-Id", &x_request_id);
        self
    }

    /// The `since` header parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/10`).
    #[inline]
    pub fn since(mut self, since: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.header("since", &since);
        self
    }

    /// The `session` cookie parameter, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/11`).
    #[inline]
    pub fn session(mut self, session: impl AsRef<str>) -> Self {
        self.call.cookie("session", session.as_ref());
        self
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, GetThumbnail => bytes);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetThumbnailFileId {
    /// The `Integer` alternative (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/parameters/0/schema/oneOf/0`).
    Integer(i64),
    /// The `String` alternative (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/parameters/0/schema/oneOf/1`).
    String(String),
}

impl From<i64> for GetThumbnailFileId {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<String> for GetThumbnailFileId {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetThumbnailExtension {
    /// `png`
    Png,
    /// `jpg`
    Jpg,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetThumbnailExtension, Unknown, Png = "png", Jpg = "jpg");
