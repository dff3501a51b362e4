// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `workflows` operations: [`WorkflowsManager`] and one request builder per operation.

/// Reach it with [`Client::workflows`](crate::Client::workflows) or [`WorkflowsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct WorkflowsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> WorkflowsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List workflows
    ///
    /// Returns list of workflows that act on a given `folder ID`, and
    /// have a flow with a trigger type of `WORKFLOW_MANUAL_START`.
    ///
    /// You application must be authorized to use the `Manage Box Relay` application
    /// scope within the developer console in to use this endpoint.
    ///
    /// `GET /workflows`
    #[inline]
    pub fn get_workflows(&self, folder_id: impl AsRef<str>) -> GetWorkflows<'a> {
        GetWorkflows::new(self.client, folder_id)
    }

    /// Starts workflow based on request body
    ///
    /// Initiates a flow with a trigger type of `WORKFLOW_MANUAL_START`.
    ///
    /// You application must be authorized to use the `Manage Box Relay` application
    /// scope within the developer console.
    ///
    /// `POST /workflows/{workflow_id}/start`
    #[inline]
    pub fn start_workflow(
        &self,
        workflow_id: impl AsRef<str>,
        flow: StartWorkflowFlow,
        files: impl IntoIterator<Item = StartWorkflowFiles>,
        folder: StartWorkflowFolder,
    ) -> StartWorkflow<'a> {
        StartWorkflow::new(self.client, workflow_id, flow, files, folder)
    }
}

/// Request builder for [`WorkflowsManager::get_workflows`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetWorkflows<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetWorkflows<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_workflows",
            method: reqwest::Method::GET,
            path: "/workflows",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("folder_id", folder_id.as_ref());
        Self { call }
    }

    /// Type of trigger to search for.
    #[inline]
    pub fn trigger_type(mut self, trigger_type: impl AsRef<str>) -> Self {
        self.call.query("trigger_type", trigger_type.as_ref());
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Workflow> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::Workflows>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Workflows> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Workflows>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetWorkflows<'a> {
    type Output = Result<crate::models::Workflows, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Workflows>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Workflows>)
    }
}

/// Request builder for [`WorkflowsManager::start_workflow`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct StartWorkflow<'a> {
    call: crate::runtime::Call<'a>,
    body: StartWorkflowRequestBody,
}

impl<'a> StartWorkflow<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        workflow_id: impl AsRef<str>,
        flow: StartWorkflowFlow,
        files: impl IntoIterator<Item = StartWorkflowFiles>,
        folder: StartWorkflowFolder,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_workflows_id_start",
            method: reqwest::Method::POST,
            path: "/workflows/{workflow_id}/start",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("workflow_id", workflow_id.as_ref());
        Self {
            call,
            body: StartWorkflowRequestBody {
                r#type: None,
                flow,
                files: files.into_iter().collect(),
                folder,
                outcomes: None,
            },
        }
    }

    /// The type of the parameters object.
    #[inline]
    pub fn r#type(mut self, r#type: StartWorkflowType) -> Self {
        self.body.r#type = Some(r#type);
        self
    }

    /// A configurable outcome the workflow should complete.
    #[inline]
    pub fn outcomes(mut self, outcomes: impl IntoIterator<Item = crate::models::Outcome>) -> Self {
        self.body.outcomes = Some(outcomes.into_iter().collect());
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
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for StartWorkflow<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1workflows~1{workflow_id}~1start/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct StartWorkflowRequestBody {
    /// The type of the parameters object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StartWorkflowType>,
    /// The flow that will be triggered.
    pub flow: StartWorkflowFlow,
    /// The array of files for which the workflow should start. All files
    /// must be in the workflow's configured folder.
    pub files: Vec<StartWorkflowFiles>,
    /// The folder object for which the workflow is configured.
    pub folder: StartWorkflowFolder,
    /// A configurable outcome the workflow should complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcomes: Option<Vec<crate::models::Outcome>>,
}

/// The type of the parameters object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowType {
    /// `workflow_parameters`
    WorkflowParameters,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StartWorkflowType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowParameters => "workflow_parameters",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StartWorkflowType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "workflow_parameters" => Self::WorkflowParameters,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StartWorkflowType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StartWorkflowType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StartWorkflowType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The flow that will be triggered.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct StartWorkflowFlow {
    /// The type of the flow object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The id of the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// A file the workflow should start for.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct StartWorkflowFiles {
    /// The type of the file object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StartWorkflowFilesTypeField>,
    /// The id of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The type of the file object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowFilesTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StartWorkflowFilesTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StartWorkflowFilesTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StartWorkflowFilesTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StartWorkflowFilesTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StartWorkflowFilesTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The folder object for which the workflow is configured.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct StartWorkflowFolder {
    /// The type of the folder object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StartWorkflowFolderTypeField>,
    /// The id of the folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The type of the folder object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowFolderTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StartWorkflowFolderTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StartWorkflowFolderTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StartWorkflowFolderTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StartWorkflowFolderTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StartWorkflowFolderTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
