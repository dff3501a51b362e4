// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `email_aliases` operations: [`EmailAliasesManager`] and one request builder per operation.

use crate::models::{ClientError, EmailAlias, EmailAliases};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::email_aliases`](crate::Client::email_aliases) or [`EmailAliasesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct EmailAliasesManager<'a> {
    client: &'a Client,
}

impl<'a> EmailAliasesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List user's email aliases
    ///
    /// Retrieves all email aliases for a user. The collection
    /// does not include the primary login for the user.
    ///
    /// `GET /users/{user_id}/email_aliases`
    #[inline]
    pub fn get_user_email_aliases(&self, user_id: impl AsRef<str>) -> GetUserEmailAliases<'a> {
        GetUserEmailAliases::new(self.client, user_id)
    }

    /// Create email alias
    ///
    /// Adds a new email alias to a user account..
    ///
    /// `POST /users/{user_id}/email_aliases`
    #[inline]
    pub fn create_user_email_alias(
        &self,
        user_id: impl AsRef<str>,
        email: impl Into<String>,
    ) -> CreateUserEmailAlias<'a> {
        CreateUserEmailAlias::new(self.client, user_id, email)
    }

    /// Remove email alias
    ///
    /// Removes an email alias from a user.
    ///
    /// `DELETE /users/{user_id}/email_aliases/{email_alias_id}`
    #[inline]
    pub fn delete_user_email_alias_by_id(
        &self,
        user_id: impl AsRef<str>,
        email_alias_id: impl AsRef<str>,
    ) -> DeleteUserEmailAliasById<'a> {
        DeleteUserEmailAliasById::new(self.client, user_id, email_alias_id)
    }
}

/// Request builder for [`EmailAliasesManager::get_user_email_aliases`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserEmailAliases<'a> {
    call: Call<'a>,
}

impl<'a> GetUserEmailAliases<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users_id_email_aliases",
            method: reqwest::Method::GET,
            path: "/users/{user_id}/email_aliases",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetUserEmailAliases => json EmailAliases);

/// Request builder for [`EmailAliasesManager::create_user_email_alias`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateUserEmailAlias<'a> {
    call: Call<'a>,
    body: CreateUserEmailAliasRequestBody,
}

impl<'a> CreateUserEmailAlias<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>, email: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_users_id_email_aliases",
            method: reqwest::Method::POST,
            path: "/users/{user_id}/email_aliases",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call, body: CreateUserEmailAliasRequestBody { email: email.into() } }
    }
}

request_builder!(runtime, CreateUserEmailAlias(body) => json EmailAlias);

/// Request builder for [`EmailAliasesManager::delete_user_email_alias_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteUserEmailAliasById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteUserEmailAliasById<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>, email_alias_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_users_id_email_aliases_id",
            method: reqwest::Method::DELETE,
            path: "/users/{user_id}/email_aliases/{email_alias_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        call.path("email_alias_id", email_alias_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteUserEmailAliasById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}~1email_aliases/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateUserEmailAliasRequestBody {
    /// The email address to add to the account as an alias.
    ///
    /// Note: The domain of the email alias needs to be registered
    ///  to your enterprise.
    /// See the \[domain verification guide\](
    ///   <https://support.box.com/hc/en-us/articles/4408619650579-Domain-Verification>
    ///   ) for steps to add a new domain.
    pub email: String,
}

serialize_struct!(runtime, CreateUserEmailAliasRequestBody { email: required("email") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateUserEmailAliasRequestBody { email: required::<String>("email") }
);
