// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `avatars` operations: [`AvatarsManager`] and one request builder per operation.

/// Reach it with [`Client::avatars`](crate::Client::avatars) or [`AvatarsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AvatarsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> AvatarsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    pub fn create_user_avatar(&self, user_id: impl AsRef<str>, pic: crate::runtime::FilePart) -> CreateUserAvatar<'a> {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetUserAvatar<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_users_id_avatar",
            method: reqwest::Method::GET,
            path: "/users/{user_id}/avatar",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("image/jpg, application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl std::future::Future<Output = Result<crate::runtime::Download, crate::Error>> + 'a {
        self.into_call().send_streaming()
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, bytes::Bytes> {
        self.into_call().send_decoded_with_response(crate::runtime::response::bytes)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetUserAvatar<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`AvatarsManager::create_user_avatar`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateUserAvatar<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateUserAvatarRequestBody,
}

impl<'a> CreateUserAvatar<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>, pic: crate::runtime::FilePart) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_users_id_avatar",
            method: reqwest::Method::POST,
            path: "/users/{user_id}/avatar",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call, body: CreateUserAvatarRequestBody { pic } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::UserAvatar> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::UserAvatar>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateUserAvatar<'a> {
    type Output = Result<crate::models::UserAvatar, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::UserAvatar>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::UserAvatar>)
    }
}

/// Request builder for [`AvatarsManager::delete_user_avatar`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteUserAvatar<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteUserAvatar<'a> {
    #[inline]
    fn new(client: &'a crate::Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_users_id_avatar",
            method: reqwest::Method::DELETE,
            path: "/users/{user_id}/avatar",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteUserAvatar<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}~1avatar/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateUserAvatarRequestBody {
    /// The image file to be uploaded to Box.
    /// Accepted file extensions are `.jpg` or `.png`.
    /// The maximum file size is 1MB.
    pub pic: crate::runtime::FilePart,
}
