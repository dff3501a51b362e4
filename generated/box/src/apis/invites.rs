// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `invites` operations: [`InvitesManager`] and one request builder per operation.

use crate::models::{ClientError, Invite};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::invites`](crate::Client::invites) or [`InvitesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct InvitesManager<'a> {
    client: &'a Client,
}

impl<'a> InvitesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create user invite
    ///
    /// Invites an existing external user to join an enterprise.
    ///
    /// The existing user can not be part of another enterprise and
    /// must already have a Box account. Once invited, the user will receive an
    /// email and are prompted to accept the invitation within the
    /// Box web application.
    ///
    /// This method requires the "Manage An Enterprise" scope enabled for
    /// the application, which can be enabled within the developer console.
    ///
    /// `POST /invites`
    #[inline]
    pub fn create_invite(
        &self,
        enterprise: CreateInviteEnterprise,
        actionable_by: CreateInviteActionableBy,
    ) -> CreateInvite<'a> {
        CreateInvite::new(self.client, enterprise, actionable_by)
    }

    /// Get user invite status
    ///
    /// Returns the status of a user invite.
    ///
    /// `GET /invites/{invite_id}`
    #[inline]
    pub fn get_invite_by_id(&self, invite_id: impl AsRef<str>) -> GetInviteById<'a> {
        GetInviteById::new(self.client, invite_id)
    }
}

/// Request builder for [`InvitesManager::create_invite`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateInvite<'a> {
    call: Call<'a>,
    body: CreateInviteRequestBody,
}

impl<'a> CreateInvite<'a> {
    #[inline]
    fn new(client: &'a Client, enterprise: CreateInviteEnterprise, actionable_by: CreateInviteActionableBy) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_invites",
            method: reqwest::Method::POST,
            path: "/invites",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateInviteRequestBody { enterprise, actionable_by } }
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

request_builder!(runtime, CreateInvite(body) => json Invite);

/// Request builder for [`InvitesManager::get_invite_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetInviteById<'a> {
    call: Call<'a>,
}

impl<'a> GetInviteById<'a> {
    #[inline]
    fn new(client: &'a Client, invite_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_invites_id",
            method: reqwest::Method::GET,
            path: "/invites/{invite_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("invite_id", invite_id.as_ref());
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

request_builder!(runtime, GetInviteById => json Invite);

/// An inline schema, which the spec does not describe (`#/paths/~1invites/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateInviteRequestBody {
    /// The enterprise to invite the user to.
    pub enterprise: CreateInviteEnterprise,
    /// The user to invite.
    pub actionable_by: CreateInviteActionableBy,
}

serialize_struct!(
    runtime,
    CreateInviteRequestBody { enterprise: required("enterprise"), actionable_by: required("actionable_by") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateInviteRequestBody {
        enterprise: required::<CreateInviteEnterprise>("enterprise"),
        actionable_by: required::<CreateInviteActionableBy>("actionable_by")
    }
);

/// The enterprise to invite the user to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateInviteEnterprise {
    /// The ID of the enterprise.
    pub id: String,
}

serialize_struct!(runtime, CreateInviteEnterprise { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CreateInviteEnterprise { id: required::<String>("id") });

/// The user to invite.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateInviteActionableBy {
    /// The login of the invited user.
    pub login: Option<String>,
}

serialize_struct!(runtime, CreateInviteActionableBy { login: optional("login") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateInviteActionableBy { login: optional::<Option<String>>("login") }
);
