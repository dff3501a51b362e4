// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `auth` operations: [`AuthApi`] and one request builder per operation.

use crate::models::{
    AccessTokenRead, AccessTokenWriteRequest, LoginSerializerExRequest, PaginatedAccessTokenReadList,
    PasswordChangeRequest, PasswordResetConfirmRequest, PasswordResetSerializerExRequest,
    PatchedAccessTokenWriteRequest, RegisterSerializerWithSubscriptions, RegisterSerializerWithSubscriptionsRequest,
    RestAuthDetail, SocialAuthMethods, SocialLoginSerializerExRequest, SsoLoginUrl, Token,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::auth_api`](crate::Client::auth_api) or [`AuthApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List tokens
    ///
    /// `GET /api/auth/access_tokens`
    #[inline]
    pub fn list_access_tokens(&self) -> ListAccessTokens<'a> {
        ListAccessTokens::new(self.client)
    }

    /// Create a token
    ///
    /// `POST /api/auth/access_tokens`
    #[inline]
    pub fn create_access_tokens(&self, access_token_write_request: AccessTokenWriteRequest) -> CreateAccessTokens<'a> {
        CreateAccessTokens::new(self.client, access_token_write_request)
    }

    /// Get token details
    ///
    /// `GET /api/auth/access_tokens/{id}`
    #[inline]
    pub fn retrieve_access_tokens(&self, id: i64) -> RetrieveAccessTokens<'a> {
        RetrieveAccessTokens::new(self.client, id)
    }

    /// Revoke token
    ///
    /// `DELETE /api/auth/access_tokens/{id}`
    #[inline]
    pub fn destroy_access_tokens(&self, id: i64) -> DestroyAccessTokens<'a> {
        DestroyAccessTokens::new(self.client, id)
    }

    /// Update a token
    ///
    /// `PATCH /api/auth/access_tokens/{id}`
    #[inline]
    pub fn partial_update_access_tokens(&self, id: i64) -> PartialUpdateAccessTokens<'a> {
        PartialUpdateAccessTokens::new(self.client, id)
    }

    /// Get current token details
    ///
    /// Get details of the token used for the current request.
    /// This endpoint is only allowed if the request is performed using an access token.
    ///
    /// `GET /api/auth/access_tokens/self`
    #[inline]
    pub fn retrieve_access_tokens_self(&self) -> RetrieveAccessTokensSelf<'a> {
        RetrieveAccessTokensSelf::new(self.client)
    }

    /// Check the credentials and return the REST Token
    /// if the credentials are valid and authenticated.
    /// If email verification is enabled and the user has the unverified email,
    /// an email with a confirmation link will be sent.
    /// Calls Django Auth login method to register User ID
    /// in Django session framework.
    ///
    /// Accept the following POST parameters: username, email, password
    /// Return the REST Framework Token Object's key.
    ///
    /// `POST /api/auth/login`
    #[inline]
    pub fn create_login(&self, login_serializer_ex_request: LoginSerializerExRequest) -> CreateLogin<'a> {
        CreateLogin::new(self.client, login_serializer_ex_request)
    }

    /// Calls Django logout method and delete the Token object
    /// assigned to the current User object.
    ///
    /// Accepts/Returns nothing.
    ///
    /// `POST /api/auth/logout`
    #[inline]
    pub fn create_logout(&self) -> CreateLogout<'a> {
        CreateLogout::new(self.client)
    }

    /// Redirects to provider authentication page
    ///
    /// Redirects to the specified provider authentication page. After successful authentication on the provider side, a redirect to the callback endpoint is performed
    ///
    /// `GET /api/auth/oidc/{id}/login/`
    #[inline]
    pub fn retrieve_oidc_login(&self, id: impl AsRef<str>) -> RetrieveOidcLogin<'a> {
        RetrieveOidcLogin::new(self.client, id)
    }

    /// Checks the authentication response from specified provider, redirects to the CVAT client if successful.
    ///
    /// Accepts a request from provider with code and state query parameters. In case of successful authentication on the provider side, it will redirect to the CVAT client
    ///
    /// `GET /api/auth/oidc/{id}/login/callback/`
    #[inline]
    pub fn retrieve_oidc_login_callback(&self, id: impl AsRef<str>) -> RetrieveOidcLoginCallback<'a> {
        RetrieveOidcLoginCallback::new(self.client, id)
    }

    /// Method returns an authentication token based on code parameter
    ///
    /// After successful authentication on the provider side, the provider returns the 'code' parameter used to receive an authentication token required for CVAT authentication.
    ///
    /// `POST /api/auth/oidc/{id}/login/token/`
    #[inline]
    pub fn create_oidc_login_token(&self, id: impl AsRef<str>) -> CreateOidcLoginToken<'a> {
        CreateOidcLoginToken::new(self.client, id)
    }

    /// Calls Django Auth SetPasswordForm save method.
    ///
    /// Accepts the following POST parameters: new_password1, new_password2
    /// Returns the success/fail message.
    ///
    /// `POST /api/auth/password/change`
    #[inline]
    pub fn create_password_change(&self, password_change_request: PasswordChangeRequest) -> CreatePasswordChange<'a> {
        CreatePasswordChange::new(self.client, password_change_request)
    }

    /// Calls Django Auth PasswordResetForm save method.
    ///
    /// Accepts the following POST parameters: email
    /// Returns the success/fail message.
    ///
    /// `POST /api/auth/password/reset`
    #[inline]
    pub fn create_password_reset(
        &self,
        password_reset_serializer_ex_request: PasswordResetSerializerExRequest,
    ) -> CreatePasswordReset<'a> {
        CreatePasswordReset::new(self.client, password_reset_serializer_ex_request)
    }

    /// Password reset e-mail link is confirmed, therefore
    /// this resets the user's password.
    ///
    /// Accepts the following POST parameters: token, uid,
    ///     new_password1, new_password2
    /// Returns the success/fail message.
    ///
    /// `POST /api/auth/password/reset/confirm`
    #[inline]
    pub fn create_password_reset_confirm(
        &self,
        password_reset_confirm_request: PasswordResetConfirmRequest,
    ) -> CreatePasswordResetConfirm<'a> {
        CreatePasswordResetConfirm::new(self.client, password_reset_confirm_request)
    }

    /// Registers a new user.
    ///
    /// Accepts the following POST parameters: username, email, password1, password2.
    ///
    /// `POST /api/auth/register`
    #[inline]
    pub fn create_register(
        &self,
        register_serializer_with_subscriptions_request: RegisterSerializerWithSubscriptionsRequest,
    ) -> CreateRegister<'a> {
        CreateRegister::new(self.client, register_serializer_with_subscriptions_request)
    }

    /// `GET /api/auth/rules`
    ///
    /// `GET /api/auth/rules`
    #[inline]
    pub fn retrieve_rules(&self) -> RetrieveRules<'a> {
        RetrieveRules::new(self.client)
    }

    /// Method returns an authentication token
    ///
    /// class used for social authentications
    /// example usage for facebook with access_token
    /// -------------
    /// from allauth.socialaccount.providers.facebook.views import FacebookOAuth2Adapter
    ///
    /// class FacebookLogin(SocialLoginView):
    ///     adapter_class = FacebookOAuth2Adapter
    /// -------------
    ///
    /// example usage for facebook with code
    ///
    /// -------------
    /// from allauth.socialaccount.providers.facebook.views import FacebookOAuth2Adapter
    /// from allauth.socialaccount.providers.oauth2.client import OAuth2Client
    ///
    /// class FacebookLogin(SocialLoginView):
    ///     adapter_class = FacebookOAuth2Adapter
    ///     client_class = OAuth2Client
    ///     callback_url = 'localhost:8000'
    /// -------------
    ///
    /// `POST /api/auth/saml/{id}/login/token/`
    #[inline]
    pub fn create_saml_login_token(&self, id: impl AsRef<str>) -> CreateSamlLoginToken<'a> {
        CreateSamlLoginToken::new(self.client, id)
    }

    /// Method provides a list with integrated social accounts authentication.
    ///
    /// `GET /api/auth/social`
    #[inline]
    pub fn list_social(&self) -> ListSocial<'a> {
        ListSocial::new(self.client)
    }

    /// Redirects to provider authentication page
    ///
    /// Redirects to the specified provider authentication page. After successful authentication on the provider side, a redirect to the callback endpoint is performed
    ///
    /// `GET /api/auth/social/{id}/login/`
    #[inline]
    pub fn retrieve_social_login(&self, id: impl AsRef<str>) -> RetrieveSocialLogin<'a> {
        RetrieveSocialLogin::new(self.client, id)
    }

    /// Checks the authentication response from specified provider, redirects to the CVAT client if successful.
    ///
    /// Accepts a request from provider with code and state query parameters. In case of successful authentication on the provider side, it will redirect to the CVAT client
    ///
    /// `GET /api/auth/social/{id}/login/callback/`
    #[inline]
    pub fn retrieve_social_login_callback(&self, id: impl AsRef<str>) -> RetrieveSocialLoginCallback<'a> {
        RetrieveSocialLoginCallback::new(self.client, id)
    }

    /// Method returns an authentication token based on code parameter
    ///
    /// After successful authentication on the provider side, the provider returns the 'code' parameter used to receive an authentication token required for CVAT authentication.
    ///
    /// `POST /api/auth/social/{id}/login/token/`
    #[inline]
    pub fn create_social_login_token(&self, id: impl AsRef<str>) -> CreateSocialLoginToken<'a> {
        CreateSocialLoginToken::new(self.client, id)
    }

    /// Method returns SSO login URL based on server configuration and request parameters
    ///
    /// `GET /api/auth/sso/login-url/`
    #[inline]
    pub fn retrieve_sso_login_url(&self) -> RetrieveSsoLoginUrl<'a> {
        RetrieveSsoLoginUrl::new(self.client)
    }
}

/// Request builder for [`AuthApi::list_access_tokens`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListAccessTokens<'a> {
    call: Call<'a>,
}

impl<'a> ListAccessTokens<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_list_access_tokens",
            method: reqwest::Method::GET,
            path: "/api/auth/access_tokens",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// JSON Logic filter. This filter can be used to perform complex filtering by grouping rules.
    ///
    /// For example, using such a filter you can get all resources created by you:
    ///
    /// ```text
    /// - {"and":[{"==":[{"var":"owner"},"<user>"]}]}
    /// ```
    ///
    /// Details about the syntax used can be found at the link: <https://jsonlogic.com/>
    ///
    ///  Available filter_fields: \['created_date', 'expiry_date', 'id', 'last_used_date', 'name', 'read_only', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the name field
    #[inline]
    pub fn name(mut self, name: impl AsRef<str>) -> Self {
        self.call.query("name", name.as_ref());
        self
    }

    /// A page number within the paginated result set.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        self.call.query("page", &page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.call.query("page_size", &page_size);
        self
    }

    /// A simple equality filter for the read_only field
    #[inline]
    pub fn read_only(mut self, read_only: bool) -> Self {
        self.call.query("read_only", &read_only);
        self
    }

    /// A search term. Available search_fields: \['name'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['created_date', 'expiry_date', 'id', 'last_used_date', 'name', 'read_only', 'updated_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, AccessTokenRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedAccessTokenReadList>)
    }
}

request_builder!(runtime, ListAccessTokens => json PaginatedAccessTokenReadList);

/// Request builder for [`AuthApi::create_access_tokens`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAccessTokens<'a> {
    call: Call<'a>,
}

impl<'a> CreateAccessTokens<'a> {
    #[inline]
    fn new(client: &'a Client, access_token_write_request: AccessTokenWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_access_tokens",
            method: reqwest::Method::POST,
            path: "/api/auth/access_tokens",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&access_token_write_request);
        Self { call }
    }
}

request_builder!(runtime, CreateAccessTokens => json AccessTokenRead);

/// Request builder for [`AuthApi::retrieve_access_tokens`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAccessTokens<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAccessTokens<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_access_tokens",
            method: reqwest::Method::GET,
            path: "/api/auth/access_tokens/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, RetrieveAccessTokens => json AccessTokenRead);

/// Request builder for [`AuthApi::destroy_access_tokens`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DestroyAccessTokens<'a> {
    call: Call<'a>,
}

impl<'a> DestroyAccessTokens<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_destroy_access_tokens",
            method: reqwest::Method::DELETE,
            path: "/api/auth/access_tokens/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, DestroyAccessTokens => empty);

/// Request builder for [`AuthApi::partial_update_access_tokens`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateAccessTokens<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateAccessTokens<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_partial_update_access_tokens",
            method: reqwest::Method::PATCH,
            path: "/api/auth/access_tokens/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1auth~1access_tokens~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_access_token_write_request(
        mut self,
        patched_access_token_write_request: PatchedAccessTokenWriteRequest,
    ) -> Self {
        self.call.body(&patched_access_token_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdateAccessTokens => json AccessTokenRead);

/// Request builder for [`AuthApi::retrieve_access_tokens_self`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAccessTokensSelf<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAccessTokensSelf<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_access_tokens_self",
            method: reqwest::Method::GET,
            path: "/api/auth/access_tokens/self",
            security: SECURITY_REQUIREMENTS[1],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveAccessTokensSelf => json AccessTokenRead);

/// Request builder for [`AuthApi::create_login`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLogin<'a> {
    call: Call<'a>,
}

impl<'a> CreateLogin<'a> {
    #[inline]
    fn new(client: &'a Client, login_serializer_ex_request: LoginSerializerExRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_login",
            method: reqwest::Method::POST,
            path: "/api/auth/login",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&login_serializer_ex_request);
        Self { call }
    }
}

request_builder!(runtime, CreateLogin => json Token);

/// Request builder for [`AuthApi::create_logout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLogout<'a> {
    call: Call<'a>,
}

impl<'a> CreateLogout<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_logout",
            method: reqwest::Method::POST,
            path: "/api/auth/logout",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, CreateLogout => json RestAuthDetail);

/// Request builder for [`AuthApi::retrieve_oidc_login`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveOidcLogin<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveOidcLogin<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_oidc_login",
            method: reqwest::Method::GET,
            path: "/api/auth/oidc/{id}/login/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, RetrieveOidcLogin => empty);

/// Request builder for [`AuthApi::retrieve_oidc_login_callback`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveOidcLoginCallback<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveOidcLoginCallback<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_oidc_login_callback",
            method: reqwest::Method::GET,
            path: "/api/auth/oidc/{id}/login/callback/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// Returned by provider
    #[inline]
    pub fn code(mut self, code: impl AsRef<str>) -> Self {
        self.call.query("code", code.as_ref());
        self
    }

    /// Returned by provider
    #[inline]
    pub fn state(mut self, state: impl AsRef<str>) -> Self {
        self.call.query("state", state.as_ref());
        self
    }
}

request_builder!(runtime, RetrieveOidcLoginCallback => empty);

/// Request builder for [`AuthApi::create_oidc_login_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateOidcLoginToken<'a> {
    call: Call<'a>,
}

impl<'a> CreateOidcLoginToken<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_oidc_login_token",
            method: reqwest::Method::POST,
            path: "/api/auth/oidc/{id}/login/token/",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// The `auth_params` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1oidc~1{id}~1login~1token~1/post/parameters/0`).
    #[inline]
    pub fn auth_params(mut self, auth_params: impl AsRef<str>) -> Self {
        self.call.query("auth_params", auth_params.as_ref());
        self
    }

    /// The `process` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1oidc~1{id}~1login~1token~1/post/parameters/2`).
    #[inline]
    pub fn process(mut self, process: impl AsRef<str>) -> Self {
        self.call.query("process", process.as_ref());
        self
    }

    /// The `scope` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1oidc~1{id}~1login~1token~1/post/parameters/3`).
    #[inline]
    pub fn scope(mut self, scope: impl AsRef<str>) -> Self {
        self.call.query("scope", scope.as_ref());
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1auth~1oidc~1{id}~1login~1token~1/post/requestBody`).
    #[inline]
    pub fn social_login_serializer_ex_request(
        mut self,
        social_login_serializer_ex_request: SocialLoginSerializerExRequest,
    ) -> Self {
        self.call.body(&social_login_serializer_ex_request);
        self
    }
}

request_builder!(runtime, CreateOidcLoginToken => json Token);

/// Request builder for [`AuthApi::create_password_change`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePasswordChange<'a> {
    call: Call<'a>,
}

impl<'a> CreatePasswordChange<'a> {
    #[inline]
    fn new(client: &'a Client, password_change_request: PasswordChangeRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_password_change",
            method: reqwest::Method::POST,
            path: "/api/auth/password/change",
            security: SECURITY_REQUIREMENTS[3],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&password_change_request);
        Self { call }
    }
}

request_builder!(runtime, CreatePasswordChange => json RestAuthDetail);

/// Request builder for [`AuthApi::create_password_reset`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePasswordReset<'a> {
    call: Call<'a>,
}

impl<'a> CreatePasswordReset<'a> {
    #[inline]
    fn new(client: &'a Client, password_reset_serializer_ex_request: PasswordResetSerializerExRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_password_reset",
            method: reqwest::Method::POST,
            path: "/api/auth/password/reset",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&password_reset_serializer_ex_request);
        Self { call }
    }
}

request_builder!(runtime, CreatePasswordReset => json RestAuthDetail);

/// Request builder for [`AuthApi::create_password_reset_confirm`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePasswordResetConfirm<'a> {
    call: Call<'a>,
}

impl<'a> CreatePasswordResetConfirm<'a> {
    #[inline]
    fn new(client: &'a Client, password_reset_confirm_request: PasswordResetConfirmRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_password_reset_confirm",
            method: reqwest::Method::POST,
            path: "/api/auth/password/reset/confirm",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&password_reset_confirm_request);
        Self { call }
    }
}

request_builder!(runtime, CreatePasswordResetConfirm => json RestAuthDetail);

/// Request builder for [`AuthApi::create_register`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRegister<'a> {
    call: Call<'a>,
}

impl<'a> CreateRegister<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        register_serializer_with_subscriptions_request: RegisterSerializerWithSubscriptionsRequest,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_register",
            method: reqwest::Method::POST,
            path: "/api/auth/register",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&register_serializer_with_subscriptions_request);
        Self { call }
    }
}

request_builder!(runtime, CreateRegister => json RegisterSerializerWithSubscriptions);

/// Request builder for [`AuthApi::retrieve_rules`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveRules<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveRules<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_rules",
            method: reqwest::Method::GET,
            path: "/api/auth/rules",
            security: SECURITY_REQUIREMENTS[4],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveRules => empty);

/// Request builder for [`AuthApi::create_saml_login_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateSamlLoginToken<'a> {
    call: Call<'a>,
}

impl<'a> CreateSamlLoginToken<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_saml_login_token",
            method: reqwest::Method::POST,
            path: "/api/auth/saml/{id}/login/token/",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, CreateSamlLoginToken => json Token);

/// Request builder for [`AuthApi::list_social`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListSocial<'a> {
    call: Call<'a>,
}

impl<'a> ListSocial<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_list_social",
            method: reqwest::Method::GET,
            path: "/api/auth/social",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, ListSocial => json Vec < SocialAuthMethods >);

/// Request builder for [`AuthApi::retrieve_social_login`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSocialLogin<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSocialLogin<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_social_login",
            method: reqwest::Method::GET,
            path: "/api/auth/social/{id}/login/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, RetrieveSocialLogin => empty);

/// Request builder for [`AuthApi::retrieve_social_login_callback`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSocialLoginCallback<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSocialLoginCallback<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_social_login_callback",
            method: reqwest::Method::GET,
            path: "/api/auth/social/{id}/login/callback/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// Returned by provider
    #[inline]
    pub fn code(mut self, code: impl AsRef<str>) -> Self {
        self.call.query("code", code.as_ref());
        self
    }

    /// Returned by provider
    #[inline]
    pub fn state(mut self, state: impl AsRef<str>) -> Self {
        self.call.query("state", state.as_ref());
        self
    }
}

request_builder!(runtime, RetrieveSocialLoginCallback => empty);

/// Request builder for [`AuthApi::create_social_login_token`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateSocialLoginToken<'a> {
    call: Call<'a>,
}

impl<'a> CreateSocialLoginToken<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_create_social_login_token",
            method: reqwest::Method::POST,
            path: "/api/auth/social/{id}/login/token/",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// The `auth_params` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1social~1{id}~1login~1token~1/post/parameters/0`).
    #[inline]
    pub fn auth_params(mut self, auth_params: impl AsRef<str>) -> Self {
        self.call.query("auth_params", auth_params.as_ref());
        self
    }

    /// The `process` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1social~1{id}~1login~1token~1/post/parameters/2`).
    #[inline]
    pub fn process(mut self, process: impl AsRef<str>) -> Self {
        self.call.query("process", process.as_ref());
        self
    }

    /// The `scope` query parameter, which the spec does not describe (`#/paths/~1api~1auth~1social~1{id}~1login~1token~1/post/parameters/3`).
    #[inline]
    pub fn scope(mut self, scope: impl AsRef<str>) -> Self {
        self.call.query("scope", scope.as_ref());
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1auth~1social~1{id}~1login~1token~1/post/requestBody`).
    #[inline]
    pub fn social_login_serializer_ex_request(
        mut self,
        social_login_serializer_ex_request: SocialLoginSerializerExRequest,
    ) -> Self {
        self.call.body(&social_login_serializer_ex_request);
        self
    }
}

request_builder!(runtime, CreateSocialLoginToken => json Token);

/// Request builder for [`AuthApi::retrieve_sso_login_url`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSsoLoginUrl<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSsoLoginUrl<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_retrieve_sso_login_url",
            method: reqwest::Method::GET,
            path: "/api/auth/sso/login-url/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// User's email to define related identity provider
    #[inline]
    pub fn email(mut self, email: impl AsRef<str>) -> Self {
        self.call.query("email", email.as_ref());
        self
    }

    /// The issuer identifier of the OpenID Connect Provider (OP). This parameter can be used to determine identity provider. The iss value is a case-sensitive URL using the https scheme that contains scheme, host, and optionally, port number and path components and no query or fragment components.
    #[inline]
    pub fn iss(mut self, iss: impl AsRef<str>) -> Self {
        self.call.query("iss", iss.as_ref());
        self
    }
}

request_builder!(runtime, RetrieveSsoLoginUrl => json SsoLoginUrl);
