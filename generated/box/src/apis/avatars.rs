// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `avatars` operations: [`AvatarsManager`] and one request builder per operation.

use crate::models::{ClientError, UserAvatar};
use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, FilePart, OperationSpec, decode_error, request_builder,
    serialize_struct,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::avatars`](crate::Client::avatars) or [`AvatarsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AvatarsManager<'a> {
    client: &'a Client,
}

impl<'a> AvatarsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get user avatar
    ///
    /// Retrieves an image of a the user's avatar.
    ///
    /// `GET /users/{user_id}/avatar`
    #[inline]
    pub fn get_user_avatar(&self, user_id: impl AsRef<str>) -> GetUserAvatar<'a> {
        GetUserAvatar::new(self.client, user_id)
    }

    /// Add or update user avatar
    ///
    /// Adds or updates a user avatar.
    ///
    /// `POST /users/{user_id}/avatar`
    #[inline]
    pub fn create_user_avatar(&self, user_id: impl AsRef<str>, pic: FilePart) -> CreateUserAvatar<'a> {
        CreateUserAvatar::new(self.client, user_id, pic)
    }

    /// Delete user avatar
    ///
    /// Removes an existing user avatar.
    /// You cannot reverse this operation.
    ///
    /// `DELETE /users/{user_id}/avatar`
    #[inline]
    pub fn delete_user_avatar(&self, user_id: impl AsRef<str>) -> DeleteUserAvatar<'a> {
        DeleteUserAvatar::new(self.client, user_id)
    }
}

/// Request builder for [`AvatarsManager::get_user_avatar`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserAvatar<'a> {
    call: Call<'a>,
}

impl<'a> GetUserAvatar<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users_id_avatar",
            method: reqwest::Method::GET,
            path: "/users/{user_id}/avatar",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("image/jpg, application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, GetUserAvatar => bytes);

/// Request builder for [`AvatarsManager::create_user_avatar`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateUserAvatar<'a> {
    call: Call<'a>,
    body: CreateUserAvatarRequestBody,
}

impl<'a> CreateUserAvatar<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>, pic: FilePart) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_users_id_avatar",
            method: reqwest::Method::POST,
            path: "/users/{user_id}/avatar",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call, body: CreateUserAvatarRequestBody { pic } }
    }
}

request_builder!(runtime, CreateUserAvatar(body) => json UserAvatar);

/// Request builder for [`AvatarsManager::delete_user_avatar`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteUserAvatar<'a> {
    call: Call<'a>,
}

impl<'a> DeleteUserAvatar<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_users_id_avatar",
            method: reqwest::Method::DELETE,
            path: "/users/{user_id}/avatar",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteUserAvatar => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}~1avatar/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateUserAvatarRequestBody {
    /// The image file to be uploaded to Box.
    /// Accepted file extensions are `.jpg` or `.png`.
    /// The maximum file size is 1MB.
    pub pic: FilePart,
}

serialize_struct!(runtime, CreateUserAvatarRequestBody { pic: required("pic") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateUserAvatarRequestBody { pic: required::<crate::runtime::FilePart>("pic") }
);
