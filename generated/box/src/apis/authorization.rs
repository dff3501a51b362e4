// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `authorization` operations: [`AuthorizationManager`] and one request builder per operation.

use crate::models::{AccessToken, OAuth2Error, PostOAuth2Revoke, PostOAuth2Token, PostOAuth2TokenRefreshAccessToken};
use crate::{Client, Error};

use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, decode_error, request_builder, string_enum,
};

/// Reach it with [`Client::authorization`](crate::Client::authorization) or [`AuthorizationManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AuthorizationManager<'a> {
    client: &'a Client,
}

impl<'a> AuthorizationManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Authorize user
    ///
    /// Authorize a user by sending them through the [Box](https://box.com)
    /// website and request their permission to act on their behalf.
    ///
    /// This is the first step when authenticating a user using
    /// OAuth 2.0. To request a user's authorization to use the Box APIs
    /// on their behalf you will need to send a user to the URL with this
    /// format.
    ///
    /// `GET /authorize`
    #[inline]
    pub fn authorize_user(
        &self,
        response_type: AuthorizeUserResponseType,
        client_id: impl AsRef<str>,
    ) -> AuthorizeUser<'a> {
        AuthorizeUser::new(self.client, response_type, client_id)
    }

    /// Request access token
    ///
    /// Request an Access Token using either a client-side obtained OAuth 2.0
    /// authorization code or a server-side JWT assertion.
    ///
    /// An Access Token is a string that enables Box to verify that a
    /// request belongs to an authorized session. In the normal order of
    /// operations you will begin by requesting authentication from the
    /// [authorize](https://developer.box.com/reference/get-authorize) endpoint and Box will send you an
    /// authorization code.
    ///
    /// You will then send this code to this endpoint to exchange it for
    /// an Access Token. The returned Access Token can then be used to to make
    /// Box API calls.
    ///
    /// `POST /oauth2/token`
    #[inline]
    pub fn request_access_token(&self) -> RequestAccessToken<'a> {
        RequestAccessToken::new(self.client)
    }

    /// Refresh access token
    ///
    /// Refresh an Access Token using its client ID, secret, and refresh token.
    ///
    /// `POST /oauth2/token`
    #[inline]
    pub fn refresh_access_token(&self) -> RefreshAccessToken<'a> {
        RefreshAccessToken::new(self.client)
    }

    /// Revoke access token
    ///
    /// Revoke an active Access Token, effectively logging a user out
    /// that has been previously authenticated.
    ///
    /// `POST /oauth2/revoke`
    #[inline]
    pub fn revoke_access_token(&self) -> RevokeAccessToken<'a> {
        RevokeAccessToken::new(self.client)
    }
}

/// Request builder for [`AuthorizationManager::authorize_user`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AuthorizeUser<'a> {
    call: Call<'a>,
}

impl<'a> AuthorizeUser<'a> {
    #[inline]
    fn new(client: &'a Client, response_type: AuthorizeUserResponseType, client_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_authorize",
            method: reqwest::Method::GET,
            path: "/authorize",
            security: &[],
            accept: Some("text/html"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("response_type", &response_type);
        call.query("client_id", client_id.as_ref());
        Self { call }
    }

    /// The URI to which Box redirects the browser after the user has granted
    /// or denied the application permission. This URI match one of the redirect
    /// URIs in the configuration of your application. It must be a
    /// valid HTTPS URI and it needs to be able to handle the redirection to
    /// complete the next step in the OAuth 2.0 flow.
    /// Although this parameter is optional, it must be a part of the
    /// authorization URL if you configured multiple redirect URIs
    /// for the application in the developer console. A missing parameter causes
    /// a `redirect_uri_missing` error after the user grants application access.
    #[inline]
    pub fn redirect_uri(mut self, redirect_uri: impl AsRef<str>) -> Self {
        self.call.query("redirect_uri", redirect_uri.as_ref());
        self
    }

    /// A custom string of your choice. Box will pass the same string to
    /// the redirect URL when authentication is complete. This parameter
    /// can be used to identify a user on redirect, as well as protect
    /// against hijacked sessions and other exploits.
    #[inline]
    pub fn state(mut self, state: impl AsRef<str>) -> Self {
        self.call.query("state", state.as_ref());
        self
    }

    /// A space-separated list of application scopes you'd like to
    /// authenticate the user for. This defaults to all the scopes configured
    /// for the application in its configuration page.
    #[inline]
    pub fn scope(mut self, scope: impl AsRef<str>) -> Self {
        self.call.query("scope", scope.as_ref());
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

request_builder!(runtime, AuthorizeUser => bytes);

/// Request builder for [`AuthorizationManager::request_access_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RequestAccessToken<'a> {
    call: Call<'a>,
}

impl<'a> RequestAccessToken<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_oauth2_token",
            method: reqwest::Method::POST,
            path: "/oauth2/token",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<OAuth2Error>),
                (ErrorStatus::Default, decode_error::<OAuth2Error>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1oauth2~1token/post/requestBody`).
    #[inline]
    pub fn post_o_auth2_token(mut self, post_o_auth2_token: PostOAuth2Token) -> Self {
        self.call.body(&post_o_auth2_token);
        self
    }
}

request_builder!(runtime, RequestAccessToken => json AccessToken);

/// Request builder for [`AuthorizationManager::refresh_access_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RefreshAccessToken<'a> {
    call: Call<'a>,
}

impl<'a> RefreshAccessToken<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_oauth2_token#refresh",
            method: reqwest::Method::POST,
            path: "/oauth2/token",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<OAuth2Error>),
                (ErrorStatus::Default, decode_error::<OAuth2Error>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1oauth2~1token#refresh/post/requestBody`).
    #[inline]
    pub fn post_o_auth2_token_refresh_access_token(
        mut self,
        post_o_auth2_token_refresh_access_token: PostOAuth2TokenRefreshAccessToken,
    ) -> Self {
        self.call.body(&post_o_auth2_token_refresh_access_token);
        self
    }
}

request_builder!(runtime, RefreshAccessToken => json AccessToken);

/// Request builder for [`AuthorizationManager::revoke_access_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RevokeAccessToken<'a> {
    call: Call<'a>,
}

impl<'a> RevokeAccessToken<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_oauth2_revoke",
            method: reqwest::Method::POST,
            path: "/oauth2/revoke",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<OAuth2Error>),
                (ErrorStatus::Default, decode_error::<OAuth2Error>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1oauth2~1revoke/post/requestBody`).
    #[inline]
    pub fn post_o_auth2_revoke(mut self, post_o_auth2_revoke: PostOAuth2Revoke) -> Self {
        self.call.body(&post_o_auth2_revoke);
        self
    }
}

request_builder!(runtime, RevokeAccessToken => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1authorize/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthorizeUserResponseType {
    /// `code`
    Code,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AuthorizeUserResponseType, Unknown, Code = "code");
