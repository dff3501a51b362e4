// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `workflows` operations: [`WorkflowsManager`] and one request builder per operation.

use crate::models::{ClientError, Outcome, Workflow, Workflows};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::workflows`](crate::Client::workflows) or [`WorkflowsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct WorkflowsManager<'a> {
    client: &'a Client,
}

impl<'a> WorkflowsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetWorkflows<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_workflows",
            method: reqwest::Method::GET,
            path: "/workflows",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, Workflow> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Workflows>)
    }
}

request_builder!(runtime, GetWorkflows => json Workflows);

/// Request builder for [`WorkflowsManager::start_workflow`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct StartWorkflow<'a> {
    call: Call<'a>,
    body: StartWorkflowRequestBody,
}

impl<'a> StartWorkflow<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        workflow_id: impl AsRef<str>,
        flow: StartWorkflowFlow,
        files: impl IntoIterator<Item = StartWorkflowFiles>,
        folder: StartWorkflowFolder,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_workflows_id_start",
            method: reqwest::Method::POST,
            path: "/workflows/{workflow_id}/start",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn outcomes(mut self, outcomes: impl IntoIterator<Item = Outcome>) -> Self {
        self.body.outcomes = Some(outcomes.into_iter().collect());
        self
    }
}

request_builder!(runtime, StartWorkflow(body) => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1workflows~1{workflow_id}~1start/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct StartWorkflowRequestBody {
    /// The type of the parameters object.
    pub r#type: Option<StartWorkflowType>,
    /// The flow that will be triggered.
    pub flow: StartWorkflowFlow,
    /// The array of files for which the workflow should start. All files
    /// must be in the workflow's configured folder.
    pub files: Vec<StartWorkflowFiles>,
    /// The folder object for which the workflow is configured.
    pub folder: StartWorkflowFolder,
    /// A configurable outcome the workflow should complete.
    pub outcomes: Option<Vec<Outcome>>,
}

serialize_struct!(
    runtime,
    StartWorkflowRequestBody {
        r#type: optional("type"),
        flow: required("flow"),
        files: required("files"),
        folder: required("folder"),
        outcomes: optional("outcomes")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    StartWorkflowRequestBody {
        r#type: optional::<Option<StartWorkflowType>>("type"),
        flow: required::<StartWorkflowFlow>("flow"),
        files: required::<Vec<StartWorkflowFiles>>("files"),
        folder: required::<StartWorkflowFolder>("folder"),
        outcomes: optional::<Option<Vec<crate::models::Outcome>>>("outcomes")
    }
);

/// The type of the parameters object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowType {
    /// `workflow_parameters`
    WorkflowParameters,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StartWorkflowType, Unknown, WorkflowParameters = "workflow_parameters");

/// The flow that will be triggered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartWorkflowFlow {
    /// The type of the flow object.
    pub r#type: Option<String>,
    /// The id of the flow.
    pub id: Option<String>,
}

serialize_struct!(runtime, StartWorkflowFlow { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    StartWorkflowFlow { r#type: optional::<Option<String>>("type"), id: optional::<Option<String>>("id") }
);

/// A file the workflow should start for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartWorkflowFiles {
    /// The type of the file object.
    pub r#type: Option<StartWorkflowFilesTypeField>,
    /// The id of the file.
    pub id: Option<String>,
}

serialize_struct!(runtime, StartWorkflowFiles { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    StartWorkflowFiles {
        r#type: optional::<Option<StartWorkflowFilesTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of the file object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowFilesTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StartWorkflowFilesTypeField, Unknown, File = "file");

/// The folder object for which the workflow is configured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartWorkflowFolder {
    /// The type of the folder object.
    pub r#type: Option<StartWorkflowFolderTypeField>,
    /// The id of the folder.
    pub id: Option<String>,
}

serialize_struct!(runtime, StartWorkflowFolder { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    StartWorkflowFolder {
        r#type: optional::<Option<StartWorkflowFolderTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of the folder object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StartWorkflowFolderTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StartWorkflowFolderTypeField, Unknown, Folder = "folder");
