// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_version_legal_holds` operations: [`FileVersionLegalHoldsManager`] and one request builder per operation.

use crate::models::{ClientError, FileVersionLegalHold, FileVersionLegalHolds};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::file_version_legal_holds`](crate::Client::file_version_legal_holds) or [`FileVersionLegalHoldsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileVersionLegalHoldsManager<'a> {
    client: &'a Client,
}

impl<'a> FileVersionLegalHoldsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get file version legal hold
    ///
    /// Retrieves information about the legal hold policies
    /// assigned to a file version.
    ///
    /// `GET /file_version_legal_holds/{file_version_legal_hold_id}`
    #[inline]
    pub fn get_file_version_legal_hold_by_id(
        &self,
        file_version_legal_hold_id: impl AsRef<str>,
    ) -> GetFileVersionLegalHoldById<'a> {
        GetFileVersionLegalHoldById::new(self.client, file_version_legal_hold_id)
    }

    /// List file version legal holds
    ///
    /// Get a list of file versions on legal hold for a legal hold
    /// assignment.
    ///
    /// Due to ongoing re-architecture efforts this API might not return all file
    /// versions for this policy ID.
    ///
    /// Instead, this API will only return file versions held in the legacy
    /// architecture. Two new endpoints will available to request any file versions
    /// held in the new architecture.
    ///
    /// For file versions held in the new architecture, the `GET
    /// /legal_hold_policy_assignments/:id/file_versions_on_hold` API can be used to
    /// return all past file versions available for this policy assignment, and the
    /// `GET /legal_hold_policy_assignments/:id/files_on_hold` API can be used to
    /// return any current (latest) versions of a file under legal hold.
    ///
    /// The `GET /legal_hold_policy_assignments?policy_id={id}` API can be used to
    /// find a list of policy assignments for a given policy ID.
    ///
    /// Once the re-architecture is completed this API will be deprecated.
    ///
    /// `GET /file_version_legal_holds`
    #[inline]
    pub fn get_file_version_legal_holds(&self, policy_id: impl AsRef<str>) -> GetFileVersionLegalHolds<'a> {
        GetFileVersionLegalHolds::new(self.client, policy_id)
    }
}

/// Request builder for [`FileVersionLegalHoldsManager::get_file_version_legal_hold_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionLegalHoldById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionLegalHoldById<'a> {
    #[inline]
    fn new(client: &'a Client, file_version_legal_hold_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_file_version_legal_holds_id",
            method: reqwest::Method::GET,
            path: "/file_version_legal_holds/{file_version_legal_hold_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_version_legal_hold_id", file_version_legal_hold_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFileVersionLegalHoldById => json FileVersionLegalHold);

/// Request builder for [`FileVersionLegalHoldsManager::get_file_version_legal_holds`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionLegalHolds<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionLegalHolds<'a> {
    #[inline]
    fn new(client: &'a Client, policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_file_version_legal_holds",
            method: reqwest::Method::GET,
            path: "/file_version_legal_holds",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("policy_id", policy_id.as_ref());
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
    pub fn into_stream(self) -> Paginator<'a, FileVersionLegalHold> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FileVersionLegalHolds>)
    }
}

request_builder!(runtime, GetFileVersionLegalHolds => json FileVersionLegalHolds);
