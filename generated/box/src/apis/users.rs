// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `users` operations: [`UsersManager`] and one request builder per operation.

use crate::models::{ClientError, TrackingCode, UserFull, Users};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::users`](crate::Client::users) or [`UsersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct UsersManager<'a> {
    client: &'a Client,
}

impl<'a> UsersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List enterprise users
    ///
    /// Returns a list of all users for the Enterprise along with their `user_id`,
    /// `public_name`, and `login`.
    ///
    /// The application and the authenticated user need to
    /// have the permission to look up users in the entire
    /// enterprise.
    ///
    /// `GET /users`
    #[inline]
    pub fn get_users(&self) -> GetUsers<'a> {
        GetUsers::new(self.client)
    }

    /// Create user
    ///
    /// Creates a new managed user in an enterprise. This endpoint
    /// is only available to users and applications with the right
    /// admin permissions.
    ///
    /// `POST /users`
    #[inline]
    pub fn create_user(&self, name: impl Into<String>) -> CreateUser<'a> {
        CreateUser::new(self.client, name)
    }

    /// Get current user
    ///
    /// Retrieves information about the user who is currently authenticated.
    ///
    /// In the case of a client-side authenticated OAuth 2.0 application
    /// this will be the user who authorized the app.
    ///
    /// In the case of a JWT, server-side authenticated application
    /// this will be the service account that belongs to the application
    /// by default.
    ///
    /// Use the `As-User` header to change who this API call is made on behalf of.
    ///
    /// `GET /users/me`
    #[inline]
    pub fn get_user_me(&self) -> GetUserMe<'a> {
        GetUserMe::new(self.client)
    }

    /// Get user
    ///
    /// Retrieves information about a user in the enterprise.
    ///
    /// The application and the authenticated user need to
    /// have the permission to look up users in the entire
    /// enterprise.
    ///
    /// This endpoint also returns a limited set of information
    /// for external users who are collaborated on content
    /// owned by the enterprise for authenticated users with the
    /// right scopes. In this case, disallowed fields will return
    /// null instead.
    ///
    /// `GET /users/{user_id}`
    #[inline]
    pub fn get_user_by_id(&self, user_id: impl AsRef<str>) -> GetUserById<'a> {
        GetUserById::new(self.client, user_id)
    }

    /// Update user
    ///
    /// Updates a managed or app user in an enterprise. This endpoint
    /// is only available to users and applications with the right
    /// admin permissions.
    ///
    /// `PUT /users/{user_id}`
    #[inline]
    pub fn update_user_by_id(&self, user_id: impl AsRef<str>) -> UpdateUserById<'a> {
        UpdateUserById::new(self.client, user_id)
    }

    /// Delete user
    ///
    /// Deletes a user. By default, this operation fails if the user
    /// still owns any content.
    /// To proceed, move their owned content first, or use the `force` parameter to delete
    /// the user and their files.
    ///
    /// `DELETE /users/{user_id}`
    #[inline]
    pub fn delete_user_by_id(&self, user_id: impl AsRef<str>) -> DeleteUserById<'a> {
        DeleteUserById::new(self.client, user_id)
    }
}

/// Request builder for [`UsersManager::get_users`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUsers<'a> {
    call: Call<'a>,
}

impl<'a> GetUsers<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users",
            method: reqwest::Method::GET,
            path: "/users",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits the results to only users who's `name` or
    /// `login` start with the search term.
    ///
    /// For externally managed users, the search term needs
    /// to completely match the in order to find the user, and
    /// it will only return one user at a time.
    #[inline]
    pub fn filter_term(mut self, filter_term: impl AsRef<str>) -> Self {
        self.call.query("filter_term", filter_term.as_ref());
        self
    }

    /// Limits the results to the kind of user specified.
    ///
    /// * `all` returns every kind of user for whom the
    ///   `login` or `name` partially matches the
    ///   `filter_term`. It will only return an external user
    ///   if the login matches the `filter_term` completely,
    ///   and in that case it will only return that user.
    /// * `managed` returns all managed and app users for whom
    ///   the `login` or `name` partially matches the
    ///   `filter_term`.
    /// * `external` returns all external users for whom the
    ///   `login` matches the `filter_term` exactly.
    #[inline]
    pub fn user_type(mut self, user_type: GetUsersUserType) -> Self {
        self.call.query("user_type", &user_type);
        self
    }

    /// Limits the results to app users with the given
    /// `external_app_user_id` value.
    ///
    /// When creating an app user, an
    /// `external_app_user_id` value can be set. This value can
    /// then be used in this endpoint to find any users that
    /// match that `external_app_user_id` value.
    #[inline]
    pub fn external_app_user_id(mut self, external_app_user_id: impl AsRef<str>) -> Self {
        self.call.query("external_app_user_id", external_app_user_id.as_ref());
        self
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, UserFull> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Users>)
    }
}

request_builder!(runtime, GetUsers => json Users);

/// Request builder for [`UsersManager::create_user`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateUser<'a> {
    call: Call<'a>,
    body: CreateUserRequestBody,
}

impl<'a> CreateUser<'a> {
    #[inline]
    fn new(client: &'a Client, name: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_users",
            method: reqwest::Method::POST,
            path: "/users",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateUserRequestBody {
                name: name.into(),
                login: None,
                is_platform_access_only: None,
                role: None,
                language: None,
                is_sync_enabled: None,
                job_title: None,
                phone: None,
                address: None,
                space_amount: None,
                tracking_codes: None,
                can_see_managed_users: None,
                timezone: None,
                is_external_collab_restricted: None,
                is_exempt_from_device_limits: None,
                is_exempt_from_login_verification: None,
                status: None,
                external_app_user_id: None,
            },
        }
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

    /// The email address the user uses to log in
    ///
    /// Required, unless `is_platform_access_only`
    /// is set to `true`.
    #[inline]
    pub fn login(mut self, login: impl Into<String>) -> Self {
        self.body.login = Some(login.into());
        self
    }

    /// Specifies that the user is an app user.
    #[inline]
    pub fn is_platform_access_only(mut self, is_platform_access_only: bool) -> Self {
        self.body.is_platform_access_only = Some(is_platform_access_only);
        self
    }

    /// The user’s enterprise role.
    #[inline]
    pub fn role(mut self, role: CreateUserRole) -> Self {
        self.body.role = Some(role);
        self
    }

    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    #[inline]
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.body.language = Some(language.into());
        self
    }

    /// Whether the user can use Box Sync.
    #[inline]
    pub fn is_sync_enabled(mut self, is_sync_enabled: bool) -> Self {
        self.body.is_sync_enabled = Some(is_sync_enabled);
        self
    }

    /// The user’s job title.
    #[inline]
    pub fn job_title(mut self, job_title: impl Into<String>) -> Self {
        self.body.job_title = Some(job_title.into());
        self
    }

    /// The user’s phone number.
    #[inline]
    pub fn phone(mut self, phone: impl Into<String>) -> Self {
        self.body.phone = Some(phone.into());
        self
    }

    /// The user’s address.
    #[inline]
    pub fn address(mut self, address: impl Into<String>) -> Self {
        self.body.address = Some(address.into());
        self
    }

    /// The user’s total available space in bytes. Set this to `-1` to
    /// indicate unlimited storage.
    #[inline]
    pub fn space_amount(mut self, space_amount: i64) -> Self {
        self.body.space_amount = Some(space_amount);
        self
    }

    /// Tracking codes allow an admin to generate reports from the
    /// admin console and assign an attribute to a specific group
    /// of users. This setting must be enabled for an enterprise before it
    /// can be used.
    #[inline]
    pub fn tracking_codes(mut self, tracking_codes: impl IntoIterator<Item = TrackingCode>) -> Self {
        self.body.tracking_codes = Some(tracking_codes.into_iter().collect());
        self
    }

    /// Whether the user can see other enterprise users in their
    /// contact list.
    #[inline]
    pub fn can_see_managed_users(mut self, can_see_managed_users: bool) -> Self {
        self.body.can_see_managed_users = Some(can_see_managed_users);
        self
    }

    /// The user's timezone.
    #[inline]
    pub fn timezone(mut self, timezone: impl Into<String>) -> Self {
        self.body.timezone = Some(timezone.into());
        self
    }

    /// Whether the user is allowed to collaborate with users outside
    /// their enterprise.
    #[inline]
    pub fn is_external_collab_restricted(mut self, is_external_collab_restricted: bool) -> Self {
        self.body.is_external_collab_restricted = Some(is_external_collab_restricted);
        self
    }

    /// Whether to exempt the user from enterprise device limits.
    #[inline]
    pub fn is_exempt_from_device_limits(mut self, is_exempt_from_device_limits: bool) -> Self {
        self.body.is_exempt_from_device_limits = Some(is_exempt_from_device_limits);
        self
    }

    /// Whether the user must use two-factor authentication.
    #[inline]
    pub fn is_exempt_from_login_verification(mut self, is_exempt_from_login_verification: bool) -> Self {
        self.body.is_exempt_from_login_verification = Some(is_exempt_from_login_verification);
        self
    }

    /// The user's account status.
    #[inline]
    pub fn status(mut self, status: CreateUserStatus) -> Self {
        self.body.status = Some(status);
        self
    }

    /// An external identifier for an app user, which can be used to look
    /// up the user. This can be used to tie user IDs from external
    /// identity providers to Box users.
    #[inline]
    pub fn external_app_user_id(mut self, external_app_user_id: impl Into<String>) -> Self {
        self.body.external_app_user_id = Some(external_app_user_id.into());
        self
    }
}

request_builder!(runtime, CreateUser(body) => json UserFull);

/// Request builder for [`UsersManager::get_user_me`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserMe<'a> {
    call: Call<'a>,
}

impl<'a> GetUserMe<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users_me",
            method: reqwest::Method::GET,
            path: "/users/me",
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
}

request_builder!(runtime, GetUserMe => json UserFull);

/// Request builder for [`UsersManager::get_user_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserById<'a> {
    call: Call<'a>,
}

impl<'a> GetUserById<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users_id",
            method: reqwest::Method::GET,
            path: "/users/{user_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
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

request_builder!(runtime, GetUserById => json UserFull);

/// Request builder for [`UsersManager::update_user_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateUserById<'a> {
    call: Call<'a>,
    body: UpdateUserByIdRequestBody,
}

impl<'a> UpdateUserById<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_users_id",
            method: reqwest::Method::PUT,
            path: "/users/{user_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self {
            call,
            body: UpdateUserByIdRequestBody {
                enterprise: None,
                notify: None,
                name: None,
                login: None,
                role: None,
                language: None,
                is_sync_enabled: None,
                job_title: None,
                phone: None,
                address: None,
                tracking_codes: None,
                can_see_managed_users: None,
                timezone: None,
                is_external_collab_restricted: None,
                is_exempt_from_device_limits: None,
                is_exempt_from_login_verification: None,
                is_password_reset_required: None,
                status: None,
                space_amount: None,
                notification_email: None,
                external_app_user_id: None,
            },
        }
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

    /// Set this to `null` to roll the user out of the enterprise
    /// and make them a free user.
    #[inline]
    pub fn enterprise(mut self, enterprise: Option<String>) -> Self {
        self.body.enterprise = Some(enterprise);
        self
    }

    /// Whether the user should receive an email when they
    /// are rolled out of an enterprise.
    #[inline]
    pub fn notify(mut self, notify: bool) -> Self {
        self.body.notify = Some(notify);
        self
    }

    /// The name of the user.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The email address the user uses to log in
    ///
    /// Note: If the target user's email is not confirmed, then the
    /// primary login address cannot be changed.
    #[inline]
    pub fn login(mut self, login: impl Into<String>) -> Self {
        self.body.login = Some(login.into());
        self
    }

    /// The user’s enterprise role.
    #[inline]
    pub fn role(mut self, role: UpdateUserByIdRole) -> Self {
        self.body.role = Some(role);
        self
    }

    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    #[inline]
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.body.language = Some(language.into());
        self
    }

    /// Whether the user can use Box Sync.
    #[inline]
    pub fn is_sync_enabled(mut self, is_sync_enabled: bool) -> Self {
        self.body.is_sync_enabled = Some(is_sync_enabled);
        self
    }

    /// The user’s job title.
    #[inline]
    pub fn job_title(mut self, job_title: impl Into<String>) -> Self {
        self.body.job_title = Some(job_title.into());
        self
    }

    /// The user’s phone number.
    #[inline]
    pub fn phone(mut self, phone: impl Into<String>) -> Self {
        self.body.phone = Some(phone.into());
        self
    }

    /// The user’s address.
    #[inline]
    pub fn address(mut self, address: impl Into<String>) -> Self {
        self.body.address = Some(address.into());
        self
    }

    /// Tracking codes allow an admin to generate reports from the
    /// admin console and assign an attribute to a specific group
    /// of users. This setting must be enabled for an enterprise before it
    /// can be used.
    #[inline]
    pub fn tracking_codes(mut self, tracking_codes: impl IntoIterator<Item = TrackingCode>) -> Self {
        self.body.tracking_codes = Some(tracking_codes.into_iter().collect());
        self
    }

    /// Whether the user can see other enterprise users in their
    /// contact list.
    #[inline]
    pub fn can_see_managed_users(mut self, can_see_managed_users: bool) -> Self {
        self.body.can_see_managed_users = Some(can_see_managed_users);
        self
    }

    /// The user's timezone.
    #[inline]
    pub fn timezone(mut self, timezone: impl Into<String>) -> Self {
        self.body.timezone = Some(timezone.into());
        self
    }

    /// Whether the user is allowed to collaborate with users outside
    /// their enterprise.
    #[inline]
    pub fn is_external_collab_restricted(mut self, is_external_collab_restricted: bool) -> Self {
        self.body.is_external_collab_restricted = Some(is_external_collab_restricted);
        self
    }

    /// Whether to exempt the user from enterprise device limits.
    #[inline]
    pub fn is_exempt_from_device_limits(mut self, is_exempt_from_device_limits: bool) -> Self {
        self.body.is_exempt_from_device_limits = Some(is_exempt_from_device_limits);
        self
    }

    /// Whether the user must use two-factor authentication.
    #[inline]
    pub fn is_exempt_from_login_verification(mut self, is_exempt_from_login_verification: bool) -> Self {
        self.body.is_exempt_from_login_verification = Some(is_exempt_from_login_verification);
        self
    }

    /// Whether the user is required to reset their password.
    #[inline]
    pub fn is_password_reset_required(mut self, is_password_reset_required: bool) -> Self {
        self.body.is_password_reset_required = Some(is_password_reset_required);
        self
    }

    /// The user's account status.
    #[inline]
    pub fn status(mut self, status: UpdateUserByIdStatus) -> Self {
        self.body.status = Some(status);
        self
    }

    /// The user’s total available space in bytes. Set this to `-1` to
    /// indicate unlimited storage.
    #[inline]
    pub fn space_amount(mut self, space_amount: i64) -> Self {
        self.body.space_amount = Some(space_amount);
        self
    }

    /// An alternate notification email address to which email
    /// notifications are sent. When it's confirmed, this will be
    /// the email address to which notifications are sent instead of
    /// to the primary email address.
    ///
    /// Set this value to `null` to remove the notification email.
    #[inline]
    pub fn notification_email(mut self, notification_email: Option<UpdateUserByIdNotificationEmail>) -> Self {
        self.body.notification_email = Some(notification_email);
        self
    }

    /// An external identifier for an app user, which can be used to look
    /// up the user. This can be used to tie user IDs from external
    /// identity providers to Box users.
    ///
    /// Note: In order to update this field, you need to request a token
    /// using the application that created the app user.
    #[inline]
    pub fn external_app_user_id(mut self, external_app_user_id: impl Into<String>) -> Self {
        self.body.external_app_user_id = Some(external_app_user_id.into());
        self
    }
}

request_builder!(runtime, UpdateUserById(body) => json UserFull);

/// Request builder for [`UsersManager::delete_user_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteUserById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteUserById<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_users_id",
            method: reqwest::Method::DELETE,
            path: "/users/{user_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
    }

    /// Whether the user will receive email notification of
    /// the deletion.
    #[inline]
    pub fn notify(mut self, notify: bool) -> Self {
        self.call.query("notify", &notify);
        self
    }

    /// Specifies whether to delete the user even if they still own files.
    #[inline]
    pub fn force(mut self, force: bool) -> Self {
        self.call.query("force", &force);
        self
    }
}

request_builder!(runtime, DeleteUserById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1users/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetUsersUserType {
    /// `all`
    All,
    /// `managed`
    Managed,
    /// `external`
    External,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetUsersUserType, Unknown, All = "all", Managed = "managed", External = "external");

/// An inline schema, which the spec does not describe (`#/paths/~1users/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateUserRequestBody {
    /// The name of the user.
    pub name: String,
    /// The email address the user uses to log in
    ///
    /// Required, unless `is_platform_access_only`
    /// is set to `true`.
    pub login: Option<String>,
    /// Specifies that the user is an app user.
    pub is_platform_access_only: Option<bool>,
    /// The user’s enterprise role.
    pub role: Option<CreateUserRole>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    pub language: Option<String>,
    /// Whether the user can use Box Sync.
    pub is_sync_enabled: Option<bool>,
    /// The user’s job title.
    pub job_title: Option<String>,
    /// The user’s phone number.
    pub phone: Option<String>,
    /// The user’s address.
    pub address: Option<String>,
    /// The user’s total available space in bytes. Set this to `-1` to
    /// indicate unlimited storage.
    pub space_amount: Option<i64>,
    /// Tracking codes allow an admin to generate reports from the
    /// admin console and assign an attribute to a specific group
    /// of users. This setting must be enabled for an enterprise before it
    /// can be used.
    pub tracking_codes: Option<Vec<TrackingCode>>,
    /// Whether the user can see other enterprise users in their
    /// contact list.
    pub can_see_managed_users: Option<bool>,
    /// The user's timezone.
    pub timezone: Option<String>,
    /// Whether the user is allowed to collaborate with users outside
    /// their enterprise.
    pub is_external_collab_restricted: Option<bool>,
    /// Whether to exempt the user from enterprise device limits.
    pub is_exempt_from_device_limits: Option<bool>,
    /// Whether the user must use two-factor authentication.
    pub is_exempt_from_login_verification: Option<bool>,
    /// The user's account status.
    pub status: Option<CreateUserStatus>,
    /// An external identifier for an app user, which can be used to look
    /// up the user. This can be used to tie user IDs from external
    /// identity providers to Box users.
    pub external_app_user_id: Option<String>,
}

serialize_struct!(
    runtime,
    CreateUserRequestBody {
        name: required("name"),
        login: optional("login"),
        is_platform_access_only: optional("is_platform_access_only"),
        role: optional("role"),
        language: optional("language"),
        is_sync_enabled: optional("is_sync_enabled"),
        job_title: optional("job_title"),
        phone: optional("phone"),
        address: optional("address"),
        space_amount: optional("space_amount"),
        tracking_codes: optional("tracking_codes"),
        can_see_managed_users: optional("can_see_managed_users"),
        timezone: optional("timezone"),
        is_external_collab_restricted: optional("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional("is_exempt_from_login_verification"),
        status: optional("status"),
        external_app_user_id: optional("external_app_user_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateUserRequestBody {
        name: required::<String>("name"),
        login: optional::<Option<String>>("login"),
        is_platform_access_only: optional::<Option<bool>>("is_platform_access_only"),
        role: optional::<Option<CreateUserRole>>("role"),
        language: optional::<Option<String>>("language"),
        is_sync_enabled: optional::<Option<bool>>("is_sync_enabled"),
        job_title: optional::<Option<String>>("job_title"),
        phone: optional::<Option<String>>("phone"),
        address: optional::<Option<String>>("address"),
        space_amount: optional::<Option<i64>>("space_amount"),
        tracking_codes: optional::<Option<Vec<crate::models::TrackingCode>>>("tracking_codes"),
        can_see_managed_users: optional::<Option<bool>>("can_see_managed_users"),
        timezone: optional::<Option<String>>("timezone"),
        is_external_collab_restricted: optional::<Option<bool>>("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional::<Option<bool>>("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional::<Option<bool>>("is_exempt_from_login_verification"),
        status: optional::<Option<CreateUserStatus>>("status"),
        external_app_user_id: optional::<Option<String>>("external_app_user_id")
    }
);

/// The user’s enterprise role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateUserRole {
    /// `coadmin`
    Coadmin,
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateUserRole, Unknown, Coadmin = "coadmin", User = "user");

/// The user's account status.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateUserStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `cannot_delete_edit`
    CannotDeleteEdit,
    /// `cannot_delete_edit_upload`
    CannotDeleteEditUpload,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateUserStatus,
    Unknown,
    Active = "active",
    Inactive = "inactive",
    CannotDeleteEdit = "cannot_delete_edit",
    CannotDeleteEditUpload = "cannot_delete_edit_upload"
);

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateUserByIdRequestBody {
    /// Set this to `null` to roll the user out of the enterprise
    /// and make them a free user.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub enterprise: Option<Option<String>>,
    /// Whether the user should receive an email when they
    /// are rolled out of an enterprise.
    pub notify: Option<bool>,
    /// The name of the user.
    pub name: Option<String>,
    /// The email address the user uses to log in
    ///
    /// Note: If the target user's email is not confirmed, then the
    /// primary login address cannot be changed.
    pub login: Option<String>,
    /// The user’s enterprise role.
    pub role: Option<UpdateUserByIdRole>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    pub language: Option<String>,
    /// Whether the user can use Box Sync.
    pub is_sync_enabled: Option<bool>,
    /// The user’s job title.
    pub job_title: Option<String>,
    /// The user’s phone number.
    pub phone: Option<String>,
    /// The user’s address.
    pub address: Option<String>,
    /// Tracking codes allow an admin to generate reports from the
    /// admin console and assign an attribute to a specific group
    /// of users. This setting must be enabled for an enterprise before it
    /// can be used.
    pub tracking_codes: Option<Vec<TrackingCode>>,
    /// Whether the user can see other enterprise users in their
    /// contact list.
    pub can_see_managed_users: Option<bool>,
    /// The user's timezone.
    pub timezone: Option<String>,
    /// Whether the user is allowed to collaborate with users outside
    /// their enterprise.
    pub is_external_collab_restricted: Option<bool>,
    /// Whether to exempt the user from enterprise device limits.
    pub is_exempt_from_device_limits: Option<bool>,
    /// Whether the user must use two-factor authentication.
    pub is_exempt_from_login_verification: Option<bool>,
    /// Whether the user is required to reset their password.
    pub is_password_reset_required: Option<bool>,
    /// The user's account status.
    pub status: Option<UpdateUserByIdStatus>,
    /// The user’s total available space in bytes. Set this to `-1` to
    /// indicate unlimited storage.
    pub space_amount: Option<i64>,
    /// An alternate notification email address to which email
    /// notifications are sent. When it's confirmed, this will be
    /// the email address to which notifications are sent instead of
    /// to the primary email address.
    ///
    /// Set this value to `null` to remove the notification email.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub notification_email: Option<Option<UpdateUserByIdNotificationEmail>>,
    /// An external identifier for an app user, which can be used to look
    /// up the user. This can be used to tie user IDs from external
    /// identity providers to Box users.
    ///
    /// Note: In order to update this field, you need to request a token
    /// using the application that created the app user.
    pub external_app_user_id: Option<String>,
}

serialize_struct!(
    runtime,
    UpdateUserByIdRequestBody {
        enterprise: nullable("enterprise"),
        notify: optional("notify"),
        name: optional("name"),
        login: optional("login"),
        role: optional("role"),
        language: optional("language"),
        is_sync_enabled: optional("is_sync_enabled"),
        job_title: optional("job_title"),
        phone: optional("phone"),
        address: optional("address"),
        tracking_codes: optional("tracking_codes"),
        can_see_managed_users: optional("can_see_managed_users"),
        timezone: optional("timezone"),
        is_external_collab_restricted: optional("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional("is_exempt_from_login_verification"),
        is_password_reset_required: optional("is_password_reset_required"),
        status: optional("status"),
        space_amount: optional("space_amount"),
        notification_email: nullable("notification_email"),
        external_app_user_id: optional("external_app_user_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateUserByIdRequestBody {
        enterprise: nullable::<Option<String>>("enterprise"),
        notify: optional::<Option<bool>>("notify"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login"),
        role: optional::<Option<UpdateUserByIdRole>>("role"),
        language: optional::<Option<String>>("language"),
        is_sync_enabled: optional::<Option<bool>>("is_sync_enabled"),
        job_title: optional::<Option<String>>("job_title"),
        phone: optional::<Option<String>>("phone"),
        address: optional::<Option<String>>("address"),
        tracking_codes: optional::<Option<Vec<crate::models::TrackingCode>>>("tracking_codes"),
        can_see_managed_users: optional::<Option<bool>>("can_see_managed_users"),
        timezone: optional::<Option<String>>("timezone"),
        is_external_collab_restricted: optional::<Option<bool>>("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional::<Option<bool>>("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional::<Option<bool>>("is_exempt_from_login_verification"),
        is_password_reset_required: optional::<Option<bool>>("is_password_reset_required"),
        status: optional::<Option<UpdateUserByIdStatus>>("status"),
        space_amount: optional::<Option<i64>>("space_amount"),
        notification_email: nullable::<Option<UpdateUserByIdNotificationEmail>>("notification_email"),
        external_app_user_id: optional::<Option<String>>("external_app_user_id")
    }
);

/// The user’s enterprise role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateUserByIdRole {
    /// `coadmin`
    Coadmin,
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateUserByIdRole, Unknown, Coadmin = "coadmin", User = "user");

/// The user's account status.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateUserByIdStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `cannot_delete_edit`
    CannotDeleteEdit,
    /// `cannot_delete_edit_upload`
    CannotDeleteEditUpload,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateUserByIdStatus,
    Unknown,
    Active = "active",
    Inactive = "inactive",
    CannotDeleteEdit = "cannot_delete_edit",
    CannotDeleteEditUpload = "cannot_delete_edit_upload"
);

/// An alternate notification email address to which email
/// notifications are sent. When it's confirmed, this will be
/// the email address to which notifications are sent instead of
/// to the primary email address.
///
/// Set this value to `null` to remove the notification email.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateUserByIdNotificationEmail {
    /// The email address to send the notifications to.
    pub email: Option<String>,
}

serialize_struct!(runtime, UpdateUserByIdNotificationEmail { email: optional("email") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateUserByIdNotificationEmail { email: optional::<Option<String>>("email") }
);
