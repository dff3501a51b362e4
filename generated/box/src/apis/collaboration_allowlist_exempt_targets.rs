// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `collaboration_allowlist_exempt_targets` operations: [`CollaborationAllowlistExemptTargetsManager`] and one request builder per operation.

use crate::models::{ClientError, CollaborationAllowlistExemptTarget, CollaborationAllowlistExemptTargets};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct,
};

/// Reach it with [`Client::collaboration_allowlist_exempt_targets`](crate::Client::collaboration_allowlist_exempt_targets) or [`CollaborationAllowlistExemptTargetsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CollaborationAllowlistExemptTargetsManager<'a> {
    client: &'a Client,
}

impl<'a> CollaborationAllowlistExemptTargetsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List users exempt from collaboration domain restrictions
    ///
    /// Returns a list of users who have been exempt from the collaboration
    /// domain restrictions.
    ///
    /// `GET /collaboration_whitelist_exempt_targets`
    #[inline]
    pub fn get_collaboration_whitelist_exempt_targets(&self) -> GetCollaborationWhitelistExemptTargets<'a> {
        GetCollaborationWhitelistExemptTargets::new(self.client)
    }

    /// Create user exemption from collaboration domain restrictions
    ///
    /// Exempts a user from the restrictions set out by the allowed list of domains
    /// for collaborations.
    ///
    /// `POST /collaboration_whitelist_exempt_targets`
    #[inline]
    pub fn create_collaboration_whitelist_exempt_target(
        &self,
        user: CreateCollaborationWhitelistExemptTargetUser,
    ) -> CreateCollaborationWhitelistExemptTarget<'a> {
        CreateCollaborationWhitelistExemptTarget::new(self.client, user)
    }

    /// Get user exempt from collaboration domain restrictions
    ///
    /// Returns a users who has been exempt from the collaboration
    /// domain restrictions.
    ///
    /// `GET /collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}`
    #[inline]
    pub fn get_collaboration_whitelist_exempt_target_by_id(
        &self,
        collaboration_whitelist_exempt_target_id: impl AsRef<str>,
    ) -> GetCollaborationWhitelistExemptTargetById<'a> {
        GetCollaborationWhitelistExemptTargetById::new(self.client, collaboration_whitelist_exempt_target_id)
    }

    /// Remove user from list of users exempt from domain restrictions
    ///
    /// Removes a user's exemption from the restrictions set out by the allowed list
    /// of domains for collaborations.
    ///
    /// `DELETE /collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}`
    #[inline]
    pub fn delete_collaboration_whitelist_exempt_target_by_id(
        &self,
        collaboration_whitelist_exempt_target_id: impl AsRef<str>,
    ) -> DeleteCollaborationWhitelistExemptTargetById<'a> {
        DeleteCollaborationWhitelistExemptTargetById::new(self.client, collaboration_whitelist_exempt_target_id)
    }
}

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::get_collaboration_whitelist_exempt_targets`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistExemptTargets<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborationWhitelistExemptTargets<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaboration_whitelist_exempt_targets",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_exempt_targets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, CollaborationAllowlistExemptTarget> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<CollaborationAllowlistExemptTargets>)
    }
}

request_builder!(
    runtime, GetCollaborationWhitelistExemptTargets => json
    CollaborationAllowlistExemptTargets
);

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::create_collaboration_whitelist_exempt_target`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCollaborationWhitelistExemptTarget<'a> {
    call: Call<'a>,
    body: CreateCollaborationWhitelistExemptTargetRequestBody,
}

impl<'a> CreateCollaborationWhitelistExemptTarget<'a> {
    #[inline]
    fn new(client: &'a Client, user: CreateCollaborationWhitelistExemptTargetUser) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_collaboration_whitelist_exempt_targets",
            method: reqwest::Method::POST,
            path: "/collaboration_whitelist_exempt_targets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateCollaborationWhitelistExemptTargetRequestBody { user } }
    }
}

request_builder!(
    runtime, CreateCollaborationWhitelistExemptTarget(body) => json
    CollaborationAllowlistExemptTarget
);

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::get_collaboration_whitelist_exempt_target_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistExemptTargetById<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborationWhitelistExemptTargetById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_whitelist_exempt_target_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaboration_whitelist_exempt_targets_id",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_whitelist_exempt_target_id", collaboration_whitelist_exempt_target_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetCollaborationWhitelistExemptTargetById => json
    CollaborationAllowlistExemptTarget
);

/// Request builder for [`CollaborationAllowlistExemptTargetsManager::delete_collaboration_whitelist_exempt_target_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCollaborationWhitelistExemptTargetById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteCollaborationWhitelistExemptTargetById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_whitelist_exempt_target_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_collaboration_whitelist_exempt_targets_id",
            method: reqwest::Method::DELETE,
            path: "/collaboration_whitelist_exempt_targets/{collaboration_whitelist_exempt_target_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_whitelist_exempt_target_id", collaboration_whitelist_exempt_target_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteCollaborationWhitelistExemptTargetById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1collaboration_whitelist_exempt_targets/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCollaborationWhitelistExemptTargetRequestBody {
    /// The user to exempt.
    pub user: CreateCollaborationWhitelistExemptTargetUser,
}

serialize_struct!(runtime, CreateCollaborationWhitelistExemptTargetRequestBody { user: required("user") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationWhitelistExemptTargetRequestBody {
        user: required::<CreateCollaborationWhitelistExemptTargetUser>("user")
    }
);

/// The user to exempt.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCollaborationWhitelistExemptTargetUser {
    /// The ID of the user to exempt.
    pub id: String,
}

serialize_struct!(runtime, CreateCollaborationWhitelistExemptTargetUser { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationWhitelistExemptTargetUser { id: required::<String>("id") }
);
