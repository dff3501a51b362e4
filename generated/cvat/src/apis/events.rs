// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `events` operations: [`EventsApi`] and one request builder per operation.

/// Reach it with [`Client::events_api`](crate::Client::events_api) or [`EventsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct EventsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> EventsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get an event log
    ///
    /// The log is returned in the CSV format.
    ///
    /// `GET /api/events`
    #[deprecated]
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Log client events
    ///
    /// Sends logs to the Clickhouse if it is connected
    ///
    /// `POST /api/events`
    #[inline]
    pub fn create(&self, client_events_request: crate::models::ClientEventsRequest) -> Create<'a> {
        Create::new(self.client, client_events_request)
    }

    /// Initiate a process to export events
    ///
    /// `POST /api/events/export`
    #[inline]
    pub fn create_export(&self) -> CreateExport<'a> {
        CreateExport::new(self.client)
    }
}

/// Request builder for [`EventsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
#[deprecated]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "events_list",
            method: reqwest::Method::GET,
            path: "/api/events",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Used to start downloading process after annotation file had been created
    #[inline]
    pub fn action(mut self, action: EventsListAction) -> Self {
        self.call.query("action", &action);
        self
    }

    /// Desired output file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// UTC start date for events filtration. Default is the minimal time.
    #[inline]
    pub fn from(mut self, from: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("from", &from);
        self
    }

    /// Filter events by job ID
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
        self
    }

    /// Filter events by organization ID
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
        self
    }

    /// Filter events by project ID
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// ID of query request that need to check or download
    #[inline]
    pub fn query_id(mut self, query_id: impl AsRef<str>) -> Self {
        self.call.query("query_id", query_id.as_ref());
        self
    }

    /// Filter events by task ID
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// UTC end date for events filtration. Default is the current time.
    #[inline]
    pub fn to(mut self, to: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("to", &to);
        self
    }

    /// Filter events by user ID
    #[inline]
    pub fn user_id(mut self, user_id: i64) -> Self {
        self.call.query("user_id", &user_id);
        self
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

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`EventsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a crate::Client, client_events_request: crate::models::ClientEventsRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "events_create",
            method: reqwest::Method::POST,
            path: "/api/events",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&client_events_request);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
        self
    }

    /// Organization unique slug
    #[inline]
    pub fn org(mut self, org: impl AsRef<str>) -> Self {
        self.call.query("org", org.as_ref());
        self
    }

    /// Organization identifier
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
        self
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ClientEvents> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::ClientEvents>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::ClientEvents, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ClientEvents>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ClientEvents>)
    }
}

/// Request builder for [`EventsApi::create_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateExport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateExport<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "events_create_export",
            method: reqwest::Method::POST,
            path: "/api/events/export",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Storage id
    #[inline]
    pub fn cloud_storage_id(mut self, cloud_storage_id: i64) -> Self {
        self.call.query("cloud_storage_id", &cloud_storage_id);
        self
    }

    /// Desired output file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// UTC start date for events filtration. Default is the minimal time.
    #[inline]
    pub fn from(mut self, from: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("from", &from);
        self
    }

    /// Filter events by job ID
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
        self
    }

    /// Where need to save events file
    #[inline]
    pub fn location(mut self, location: EventsCreateExportLocation) -> Self {
        self.call.query("location", &location);
        self
    }

    /// Filter events by organization ID
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
        self
    }

    /// Filter events by project ID
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// Filter events by task ID
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// UTC end date for events filtration. Default is the current time.
    #[inline]
    pub fn to(mut self, to: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("to", &to);
        self
    }

    /// Filter events by user ID
    #[inline]
    pub fn user_id(mut self, user_id: i64) -> Self {
        self.call.query("user_id", &user_id);
        self
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RqId> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::RqId>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateExport<'a> {
    type Output = Result<crate::models::RqId, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RqId>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RqId>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1events/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsListAction {
    /// `download`
    Download,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl EventsListAction {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Download => "download",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EventsListAction {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "download" => Self::Download,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EventsListAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventsListAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EventsListAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1events~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsCreateExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl EventsCreateExportLocation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EventsCreateExportLocation {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EventsCreateExportLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventsCreateExportLocation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EventsCreateExportLocation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
