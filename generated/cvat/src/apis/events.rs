// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `events` operations: [`EventsApi`] and one request builder per operation.

use crate::models::{ClientEvents, ClientEventsRequest, RqId};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder, string_enum};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::events_api`](crate::Client::events_api) or [`EventsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct EventsApi<'a> {
    client: &'a Client,
}

impl<'a> EventsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create(&self, client_events_request: ClientEventsRequest) -> Create<'a> {
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
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "events_list",
            method: reqwest::Method::GET,
            path: "/api/events",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, List => empty);

/// Request builder for [`EventsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, client_events_request: ClientEventsRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "events_create",
            method: reqwest::Method::POST,
            path: "/api/events",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, Create => json ClientEvents);

/// Request builder for [`EventsApi::create_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateExport<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "events_create_export",
            method: reqwest::Method::POST,
            path: "/api/events/export",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, CreateExport => json RqId);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1events/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsListAction {
    /// `download`
    Download,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, EventsListAction, Unknown, Download = "download");

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

string_enum!(runtime, EventsCreateExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");
