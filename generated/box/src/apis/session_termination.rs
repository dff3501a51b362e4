// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `session_termination` operations: [`SessionTerminationManager`] and one request builder per operation.

use crate::models::{ClientError, SessionTerminationMessage};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::session_termination`](crate::Client::session_termination) or [`SessionTerminationManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SessionTerminationManager<'a> {
    client: &'a Client,
}

impl<'a> SessionTerminationManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create jobs to terminate users session
    ///
    /// Validates the roles and permissions of the user,
    /// and creates asynchronous jobs
    /// to terminate the user's sessions.
    /// Returns the status for the POST request.
    ///
    /// `POST /users/terminate_sessions`
    #[inline]
    pub fn terminate_users_sessions(
        &self,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        user_logins: impl IntoIterator<Item = impl Into<String>>,
    ) -> TerminateUsersSessions<'a> {
        TerminateUsersSessions::new(self.client, user_ids, user_logins)
    }

    /// Create jobs to terminate user group session
    ///
    /// Validates the roles and permissions of the group,
    /// and creates asynchronous jobs
    /// to terminate the group's sessions.
    /// Returns the status for the POST request.
    ///
    /// `POST /groups/terminate_sessions`
    #[inline]
    pub fn terminate_groups_sessions(
        &self,
        group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> TerminateGroupsSessions<'a> {
        TerminateGroupsSessions::new(self.client, group_ids)
    }
}

/// Request builder for [`SessionTerminationManager::terminate_users_sessions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct TerminateUsersSessions<'a> {
    call: Call<'a>,
    body: TerminateUsersSessionsRequestBody,
}

impl<'a> TerminateUsersSessions<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        user_logins: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_users_terminate_sessions",
            method: reqwest::Method::POST,
            path: "/users/terminate_sessions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(429), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Code(503), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: TerminateUsersSessionsRequestBody {
                user_ids: user_ids.into_iter().map(Into::into).collect(),
                user_logins: user_logins.into_iter().map(Into::into).collect(),
            },
        }
    }
}

request_builder!(
    runtime, TerminateUsersSessions(body) => json SessionTerminationMessage
);

/// Request builder for [`SessionTerminationManager::terminate_groups_sessions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct TerminateGroupsSessions<'a> {
    call: Call<'a>,
    body: TerminateGroupsSessionsRequestBody,
}

impl<'a> TerminateGroupsSessions<'a> {
    #[inline]
    fn new(client: &'a Client, group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_groups_terminate_sessions",
            method: reqwest::Method::POST,
            path: "/groups/terminate_sessions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(429), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Code(503), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: TerminateGroupsSessionsRequestBody { group_ids: group_ids.into_iter().map(Into::into).collect() },
        }
    }
}

request_builder!(
    runtime, TerminateGroupsSessions(body) => json SessionTerminationMessage
);

/// An inline schema, which the spec does not describe (`#/paths/~1users~1terminate_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct TerminateUsersSessionsRequestBody {
    /// A list of user IDs.
    pub user_ids: Vec<String>,
    /// A list of user logins.
    pub user_logins: Vec<String>,
}

serialize_struct!(
    runtime,
    TerminateUsersSessionsRequestBody { user_ids: required("user_ids"), user_logins: required("user_logins") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TerminateUsersSessionsRequestBody {
        user_ids: required::<Vec<String>>("user_ids"),
        user_logins: required::<Vec<String>>("user_logins")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1groups~1terminate_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct TerminateGroupsSessionsRequestBody {
    /// A list of group IDs.
    pub group_ids: Vec<String>,
}

serialize_struct!(runtime, TerminateGroupsSessionsRequestBody { group_ids: required("group_ids") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TerminateGroupsSessionsRequestBody { group_ids: required::<Vec<String>>("group_ids") }
);
