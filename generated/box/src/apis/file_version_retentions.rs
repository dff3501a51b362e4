// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_version_retentions` operations: [`FileVersionRetentionsManager`] and one request builder per operation.

use crate::models::{ClientError, FileVersionRetention, FileVersionRetentions};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::file_version_retentions`](crate::Client::file_version_retentions) or [`FileVersionRetentionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileVersionRetentionsManager<'a> {
    client: &'a Client,
}

impl<'a> FileVersionRetentionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List file version retentions
    ///
    /// Retrieves all file version retentions for the given enterprise.
    ///
    /// **Note**:
    /// File retention API is now **deprecated**.
    /// To get information about files and file versions under retention,
    /// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
    ///
    /// `GET /file_version_retentions`
    #[inline]
    pub fn get_file_version_retentions(&self) -> GetFileVersionRetentions<'a> {
        GetFileVersionRetentions::new(self.client)
    }

    /// Get retention on file
    ///
    /// Returns information about a file version retention.
    ///
    /// **Note**:
    /// File retention API is now **deprecated**.
    /// To get information about files and file versions under retention,
    /// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
    ///
    /// `GET /file_version_retentions/{file_version_retention_id}`
    #[inline]
    pub fn get_file_version_retention_by_id(
        &self,
        file_version_retention_id: impl AsRef<str>,
    ) -> GetFileVersionRetentionById<'a> {
        GetFileVersionRetentionById::new(self.client, file_version_retention_id)
    }
}

/// Request builder for [`FileVersionRetentionsManager::get_file_version_retentions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionRetentions<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionRetentions<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_file_version_retentions",
            method: reqwest::Method::GET,
            path: "/file_version_retentions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Filters results by files with this ID.
    #[inline]
    pub fn file_id(mut self, file_id: impl AsRef<str>) -> Self {
        self.call.query("file_id", file_id.as_ref());
        self
    }

    /// Filters results by file versions with this ID.
    #[inline]
    pub fn file_version_id(mut self, file_version_id: impl AsRef<str>) -> Self {
        self.call.query("file_version_id", file_version_id.as_ref());
        self
    }

    /// Filters results by the retention policy with this ID.
    #[inline]
    pub fn policy_id(mut self, policy_id: impl AsRef<str>) -> Self {
        self.call.query("policy_id", policy_id.as_ref());
        self
    }

    /// Filters results by the retention policy with this disposition
    /// action.
    #[inline]
    pub fn disposition_action(mut self, disposition_action: GetFileVersionRetentionsDispositionAction) -> Self {
        self.call.query("disposition_action", &disposition_action);
        self
    }

    /// Filters results by files that will have their disposition
    /// come into effect before this date.
    #[inline]
    pub fn disposition_before(mut self, disposition_before: impl AsRef<str>) -> Self {
        self.call.query("disposition_before", disposition_before.as_ref());
        self
    }

    /// Filters results by files that will have their disposition
    /// come into effect after this date.
    #[inline]
    pub fn disposition_after(mut self, disposition_after: impl AsRef<str>) -> Self {
        self.call.query("disposition_after", disposition_after.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
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
    pub fn into_stream(self) -> Paginator<'a, FileVersionRetention> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FileVersionRetentions>)
    }
}

request_builder!(runtime, GetFileVersionRetentions => json FileVersionRetentions);

/// Request builder for [`FileVersionRetentionsManager::get_file_version_retention_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionRetentionById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionRetentionById<'a> {
    #[inline]
    fn new(client: &'a Client, file_version_retention_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_file_version_retentions_id",
            method: reqwest::Method::GET,
            path: "/file_version_retentions/{file_version_retention_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_version_retention_id", file_version_retention_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFileVersionRetentionById => json FileVersionRetention);

/// An inline schema, which the spec does not describe (`#/paths/~1file_version_retentions/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileVersionRetentionsDispositionAction {
    /// `permanently_delete`
    PermanentlyDelete,
    /// `remove_retention`
    RemoveRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GetFileVersionRetentionsDispositionAction,
    Unknown,
    PermanentlyDelete = "permanently_delete",
    RemoveRetention = "remove_retention"
);
