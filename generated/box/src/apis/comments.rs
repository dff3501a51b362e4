// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `comments` operations: [`CommentsManager`] and one request builder per operation.

use crate::models::{ClientError, CommentFull, Comments};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::comments`](crate::Client::comments) or [`CommentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CommentsManager<'a> {
    client: &'a Client,
}

impl<'a> CommentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List file comments
    ///
    /// Retrieves a list of comments for a file.
    ///
    /// `GET /files/{file_id}/comments`
    #[inline]
    pub fn get_file_comments(&self, file_id: impl AsRef<str>) -> GetFileComments<'a> {
        GetFileComments::new(self.client, file_id)
    }

    /// Get comment
    ///
    /// Retrieves the message and metadata for a specific comment, as well
    /// as information on the user who created the comment.
    ///
    /// `GET /comments/{comment_id}`
    #[inline]
    pub fn get_comment_by_id(&self, comment_id: impl AsRef<str>) -> GetCommentById<'a> {
        GetCommentById::new(self.client, comment_id)
    }

    /// Update comment
    ///
    /// Update the message of a comment.
    ///
    /// `PUT /comments/{comment_id}`
    #[inline]
    pub fn update_comment_by_id(&self, comment_id: impl AsRef<str>) -> UpdateCommentById<'a> {
        UpdateCommentById::new(self.client, comment_id)
    }

    /// Remove comment
    ///
    /// Permanently deletes a comment.
    ///
    /// `DELETE /comments/{comment_id}`
    #[inline]
    pub fn delete_comment_by_id(&self, comment_id: impl AsRef<str>) -> DeleteCommentById<'a> {
        DeleteCommentById::new(self.client, comment_id)
    }

    /// Create comment
    ///
    /// Adds a comment by the user to a specific file, or
    /// as a reply to an other comment.
    ///
    /// `POST /comments`
    #[inline]
    pub fn create_comment(&self, message: impl Into<String>, item: CreateCommentItem) -> CreateComment<'a> {
        CreateComment::new(self.client, message, item)
    }
}

/// Request builder for [`CommentsManager::get_file_comments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileComments<'a> {
    call: Call<'a>,
}

impl<'a> GetFileComments<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_comments",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/comments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, CommentFull> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Comments>)
    }
}

request_builder!(runtime, GetFileComments => json Comments);

/// Request builder for [`CommentsManager::get_comment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCommentById<'a> {
    call: Call<'a>,
}

impl<'a> GetCommentById<'a> {
    #[inline]
    fn new(client: &'a Client, comment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_comments_id",
            method: reqwest::Method::GET,
            path: "/comments/{comment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("comment_id", comment_id.as_ref());
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
}

request_builder!(runtime, GetCommentById => json CommentFull);

/// Request builder for [`CommentsManager::update_comment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateCommentById<'a> {
    call: Call<'a>,
    body: UpdateCommentByIdRequestBody,
}

impl<'a> UpdateCommentById<'a> {
    #[inline]
    fn new(client: &'a Client, comment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_comments_id",
            method: reqwest::Method::PUT,
            path: "/comments/{comment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("comment_id", comment_id.as_ref());
        Self { call, body: UpdateCommentByIdRequestBody { message: None } }
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

    /// The text of the comment to update.
    #[inline]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.body.message = Some(message.into());
        self
    }
}

request_builder!(runtime, UpdateCommentById(body) => json CommentFull);

/// Request builder for [`CommentsManager::delete_comment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCommentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteCommentById<'a> {
    #[inline]
    fn new(client: &'a Client, comment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_comments_id",
            method: reqwest::Method::DELETE,
            path: "/comments/{comment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("comment_id", comment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteCommentById => empty);

/// Request builder for [`CommentsManager::create_comment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateComment<'a> {
    call: Call<'a>,
    body: CreateCommentRequestBody,
}

impl<'a> CreateComment<'a> {
    #[inline]
    fn new(client: &'a Client, message: impl Into<String>, item: CreateCommentItem) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_comments",
            method: reqwest::Method::POST,
            path: "/comments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateCommentRequestBody { message: message.into(), tagged_message: None, item } }
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

    /// The text of the comment, including `@[user_id:name]`
    /// somewhere in the message to mention another user, which
    /// will send them an email notification, letting them know
    /// they have been mentioned.
    ///
    /// The `user_id` is the target user's ID, where the `name`
    /// can be any custom phrase. In the Box UI this name will
    /// link to the user's profile.
    ///
    /// If you are not mentioning another user, use `message`
    /// instead.
    #[inline]
    pub fn tagged_message(mut self, tagged_message: impl Into<String>) -> Self {
        self.body.tagged_message = Some(tagged_message.into());
        self
    }
}

request_builder!(runtime, CreateComment(body) => json CommentFull);

/// An inline schema, which the spec does not describe (`#/paths/~1comments~1{comment_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateCommentByIdRequestBody {
    /// The text of the comment to update.
    pub message: Option<String>,
}

serialize_struct!(runtime, UpdateCommentByIdRequestBody { message: optional("message") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateCommentByIdRequestBody { message: optional::<Option<String>>("message") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1comments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCommentRequestBody {
    /// The text of the comment.
    ///
    /// To mention a user, use the `tagged_message`
    /// parameter instead.
    pub message: String,
    /// The text of the comment, including `@[user_id:name]`
    /// somewhere in the message to mention another user, which
    /// will send them an email notification, letting them know
    /// they have been mentioned.
    ///
    /// The `user_id` is the target user's ID, where the `name`
    /// can be any custom phrase. In the Box UI this name will
    /// link to the user's profile.
    ///
    /// If you are not mentioning another user, use `message`
    /// instead.
    pub tagged_message: Option<String>,
    /// The item to attach the comment to.
    pub item: CreateCommentItem,
}

serialize_struct!(
    runtime,
    CreateCommentRequestBody {
        message: required("message"),
        tagged_message: optional("tagged_message"),
        item: required("item")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCommentRequestBody {
        message: required::<String>("message"),
        tagged_message: optional::<Option<String>>("tagged_message"),
        item: required::<CreateCommentItem>("item")
    }
);

/// The item to attach the comment to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCommentItem {
    /// The ID of the item.
    pub id: String,
    /// The type of the item that this comment will be placed on.
    pub r#type: CreateCommentItemTypeField,
}

serialize_struct!(runtime, CreateCommentItem { id: required("id"), r#type: required("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCommentItem { id: required::<String>("id"), r#type: required::<CreateCommentItemTypeField>("type") }
);

/// The type of the item that this comment will be placed on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCommentItemTypeField {
    /// `file`
    File,
    /// `comment`
    Comment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateCommentItemTypeField, Unknown, File = "file", Comment = "comment");
