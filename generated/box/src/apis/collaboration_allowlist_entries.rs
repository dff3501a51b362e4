// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `collaboration_allowlist_entries` operations: [`CollaborationAllowlistEntriesManager`] and one request builder per operation.

/// Reach it with [`Client::collaboration_allowlist_entries`](crate::Client::collaboration_allowlist_entries) or [`CollaborationAllowlistEntriesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct CollaborationAllowlistEntriesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> CollaborationAllowlistEntriesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetCollaborationWhitelistEntries<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_collaboration_whitelist_entries",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_entries",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::CollaborationAllowlistEntry> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::CollaborationAllowlistEntries>,
        )
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistEntries> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntries>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetCollaborationWhitelistEntries<'a> {
    type Output = Result<crate::models::CollaborationAllowlistEntries, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistEntries>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntries>)
    }
}

/// Request builder for [`CollaborationAllowlistEntriesManager::create_collaboration_whitelist_entry`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCollaborationWhitelistEntry<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateCollaborationWhitelistEntryRequestBody,
}

impl<'a> CreateCollaborationWhitelistEntry<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        domain: impl Into<String>,
        direction: CreateCollaborationWhitelistEntryDirection,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_collaboration_whitelist_entries",
            method: reqwest::Method::POST,
            path: "/collaboration_whitelist_entries",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateCollaborationWhitelistEntryRequestBody { domain: domain.into(), direction } }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistEntry> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntry>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateCollaborationWhitelistEntry<'a> {
    type Output = Result<crate::models::CollaborationAllowlistEntry, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistEntry>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntry>)
    }
}

/// Request builder for [`CollaborationAllowlistEntriesManager::get_collaboration_whitelist_entry_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationWhitelistEntryById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetCollaborationWhitelistEntryById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, collaboration_whitelist_entry_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_collaboration_whitelist_entries_id",
            method: reqwest::Method::GET,
            path: "/collaboration_whitelist_entries/{collaboration_whitelist_entry_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("collaboration_whitelist_entry_id", collaboration_whitelist_entry_id.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::CollaborationAllowlistEntry> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntry>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetCollaborationWhitelistEntryById<'a> {
    type Output = Result<crate::models::CollaborationAllowlistEntry, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::CollaborationAllowlistEntry>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::CollaborationAllowlistEntry>)
    }
}

/// Request builder for [`CollaborationAllowlistEntriesManager::delete_collaboration_whitelist_entry_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCollaborationWhitelistEntryById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteCollaborationWhitelistEntryById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, collaboration_whitelist_entry_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_collaboration_whitelist_entries_id",
            method: reqwest::Method::DELETE,
            path: "/collaboration_whitelist_entries/{collaboration_whitelist_entry_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("collaboration_whitelist_entry_id", collaboration_whitelist_entry_id.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DeleteCollaborationWhitelistEntryById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1collaboration_whitelist_entries/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateCollaborationWhitelistEntryRequestBody {
    /// The domain to add to the list of allowed domains.
    pub domain: String,
    /// The direction in which to allow collaborations.
    pub direction: CreateCollaborationWhitelistEntryDirection,
}

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

impl CreateCollaborationWhitelistEntryDirection {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Both => "both",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateCollaborationWhitelistEntryDirection {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "inbound" => Self::Inbound,
            "outbound" => Self::Outbound,
            "both" => Self::Both,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateCollaborationWhitelistEntryDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateCollaborationWhitelistEntryDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateCollaborationWhitelistEntryDirection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
