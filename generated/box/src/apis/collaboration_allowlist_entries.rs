// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `collaboration_allowlist_entries` operations: [`CollaborationAllowlistEntriesManager`] and one request builder per operation.

use crate::models::{ClientError, CollaborationAllowlistEntries, CollaborationAllowlistEntry};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::collaboration_allowlist_entries`](crate::Client::collaboration_allowlist_entries) or [`CollaborationAllowlistEntriesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CollaborationAllowlistEntriesManager<'a> {
    client: &'a Client,
}

impl<'a> CollaborationAllowlistEntriesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List allowed collaboration domains
    ///
    /// Returns the list domains that have been deemed safe to create collaborations
    /// for within the current enterprise.
    ///
    /// `GET /collaboration_whitelist_entries`
    #[inline]
    pub fn get_collaboration_whitelist_entries(&self) -> GetCollaborationWhitelistEntries<'a> {
        GetCollaborationWhitelistEntries::new(self.client)
    }

    /// Add domain to list of allowed collaboration domains
    ///
    /// Creates a new entry in the list of allowed domains to allow
    /// collaboration for.
    ///
    /// `POST /collaboration_whitelist_entries`
    #[inline]
    pub fn create_collaboration_whitelist_entry(
        &self,
        domain: impl Into<String>,
        direction: CreateCollaborationWhitelistEntryDirection,
    ) -> CreateCollaborationWhitelistEntry<'a> {
        CreateCollaborationWhitelistEntry::new(self.client, domain, direction)
    }

    /// Get allowed collaboration domain
    ///
    /// Returns a domain that has been deemed safe to create collaborations
    /// for within the current enterprise.
    ///
    /// `GET /collaboration_whitelist_entries/{collaboration_whitelist_entry_id}`
    #[inline]
    pub fn get_collaboration_whitelist_entry_by_id(
        &self,
        collaboration_whitelist_entry_id: impl AsRef<str>,
    ) -> GetCollaborationWhitelistEntryById<'a> {
        GetCollaborationWhitelistEntryById::new(self.client, collaboration_whitelist_entry_id)
    }

    /// Remove domain from list of allowed collaboration domains
    ///
    /// Removes a domain from the list of domains that have been deemed safe to create
    /// collaborations for within the current enterprise.
    ///
    /// `DELETE /collaboration_whitelist_entries/{collaboration_whitelist_entry_id}`
    #[inline]
    pub fn delete_collaboration_whitelist_entry_by_id(
        &self,
        collaboration_whitelist_entry_id: impl AsRef<str>,
    ) -> DeleteCollaborationWhitelistEntryById<'a> {
        DeleteCollaborationWhitelistEntryById::new(self.client, collaboration_whitelist_entry_id)
    }
}

/// Request builder for [`CollaborationAllowlistEntriesManager::get_collaboration_whitelist_entries`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistEntries<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborationWhitelistEntries<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaboration_whitelist_entries",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_entries",
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
    pub fn into_stream(self) -> Paginator<'a, CollaborationAllowlistEntry> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<CollaborationAllowlistEntries>)
    }
}

request_builder!(
    runtime, GetCollaborationWhitelistEntries => json CollaborationAllowlistEntries
);

/// Request builder for [`CollaborationAllowlistEntriesManager::create_collaboration_whitelist_entry`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCollaborationWhitelistEntry<'a> {
    call: Call<'a>,
    body: CreateCollaborationWhitelistEntryRequestBody,
}

impl<'a> CreateCollaborationWhitelistEntry<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        domain: impl Into<String>,
        direction: CreateCollaborationWhitelistEntryDirection,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_collaboration_whitelist_entries",
            method: reqwest::Method::POST,
            path: "/collaboration_whitelist_entries",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateCollaborationWhitelistEntryRequestBody { domain: domain.into(), direction } }
    }
}

request_builder!(
    runtime, CreateCollaborationWhitelistEntry(body) => json CollaborationAllowlistEntry
);

/// Request builder for [`CollaborationAllowlistEntriesManager::get_collaboration_whitelist_entry_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistEntryById<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborationWhitelistEntryById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_whitelist_entry_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaboration_whitelist_entries_id",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_entries/{collaboration_whitelist_entry_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_whitelist_entry_id", collaboration_whitelist_entry_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetCollaborationWhitelistEntryById => json CollaborationAllowlistEntry
);

/// Request builder for [`CollaborationAllowlistEntriesManager::delete_collaboration_whitelist_entry_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCollaborationWhitelistEntryById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteCollaborationWhitelistEntryById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_whitelist_entry_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_collaboration_whitelist_entries_id",
            method: reqwest::Method::DELETE,
            path: "/collaboration_whitelist_entries/{collaboration_whitelist_entry_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_whitelist_entry_id", collaboration_whitelist_entry_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteCollaborationWhitelistEntryById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1collaboration_whitelist_entries/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCollaborationWhitelistEntryRequestBody {
    /// The domain to add to the list of allowed domains.
    pub domain: String,
    /// The direction in which to allow collaborations.
    pub direction: CreateCollaborationWhitelistEntryDirection,
}

serialize_struct!(
    runtime,
    CreateCollaborationWhitelistEntryRequestBody { domain: required("domain"), direction: required("direction") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationWhitelistEntryRequestBody {
        domain: required::<String>("domain"),
        direction: required::<CreateCollaborationWhitelistEntryDirection>("direction")
    }
);

/// The direction in which to allow collaborations.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCollaborationWhitelistEntryDirection {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// `both`
    Both,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateCollaborationWhitelistEntryDirection,
    Unknown,
    Inbound = "inbound",
    Outbound = "outbound",
    Both = "both"
);
