// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `task_assignments` operations: [`TaskAssignmentsManager`] and one request builder per operation.

use crate::models::{ClientError, TaskAssignment, TaskAssignments};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::task_assignments`](crate::Client::task_assignments) or [`TaskAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TaskAssignmentsManager<'a> {
    client: &'a Client,
}

impl<'a> TaskAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List task assignments
    ///
    /// Lists all of the assignments for a given task.
    ///
    /// `GET /tasks/{task_id}/assignments`
    #[inline]
    pub fn get_task_assignments(&self, task_id: impl AsRef<str>) -> GetTaskAssignments<'a> {
        GetTaskAssignments::new(self.client, task_id)
    }

    /// Assign task
    ///
    /// Assigns a task to a user.
    ///
    /// A task can be assigned to more than one user by creating multiple
    /// assignments.
    ///
    /// `POST /task_assignments`
    #[inline]
    pub fn create_task_assignment(
        &self,
        task: CreateTaskAssignmentTask,
        assign_to: CreateTaskAssignmentAssignTo,
    ) -> CreateTaskAssignment<'a> {
        CreateTaskAssignment::new(self.client, task, assign_to)
    }

    /// Get task assignment
    ///
    /// Retrieves information about a task assignment.
    ///
    /// `GET /task_assignments/{task_assignment_id}`
    #[inline]
    pub fn get_task_assignment_by_id(&self, task_assignment_id: impl AsRef<str>) -> GetTaskAssignmentById<'a> {
        GetTaskAssignmentById::new(self.client, task_assignment_id)
    }

    /// Update task assignment
    ///
    /// Updates a task assignment. This endpoint can be
    /// used to update the state of a task assigned to a user.
    ///
    /// `PUT /task_assignments/{task_assignment_id}`
    #[inline]
    pub fn update_task_assignment_by_id(&self, task_assignment_id: impl AsRef<str>) -> UpdateTaskAssignmentById<'a> {
        UpdateTaskAssignmentById::new(self.client, task_assignment_id)
    }

    /// Unassign task
    ///
    /// Deletes a specific task assignment.
    ///
    /// `DELETE /task_assignments/{task_assignment_id}`
    #[inline]
    pub fn delete_task_assignment_by_id(&self, task_assignment_id: impl AsRef<str>) -> DeleteTaskAssignmentById<'a> {
        DeleteTaskAssignmentById::new(self.client, task_assignment_id)
    }
}

/// Request builder for [`TaskAssignmentsManager::get_task_assignments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTaskAssignments<'a> {
    call: Call<'a>,
}

impl<'a> GetTaskAssignments<'a> {
    #[inline]
    fn new(client: &'a Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_tasks_id_assignments",
            method: reqwest::Method::GET,
            path: "/tasks/{task_id}/assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_id", task_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetTaskAssignments => json TaskAssignments);

/// Request builder for [`TaskAssignmentsManager::create_task_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTaskAssignment<'a> {
    call: Call<'a>,
    body: CreateTaskAssignmentRequestBody,
}

impl<'a> CreateTaskAssignment<'a> {
    #[inline]
    fn new(client: &'a Client, task: CreateTaskAssignmentTask, assign_to: CreateTaskAssignmentAssignTo) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_task_assignments",
            method: reqwest::Method::POST,
            path: "/task_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateTaskAssignmentRequestBody { task, assign_to } }
    }
}

request_builder!(runtime, CreateTaskAssignment(body) => json TaskAssignment);

/// Request builder for [`TaskAssignmentsManager::get_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTaskAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> GetTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_task_assignments_id",
            method: reqwest::Method::GET,
            path: "/task_assignments/{task_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_assignment_id", task_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetTaskAssignmentById => json TaskAssignment);

/// Request builder for [`TaskAssignmentsManager::update_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTaskAssignmentById<'a> {
    call: Call<'a>,
    body: UpdateTaskAssignmentByIdRequestBody,
}

impl<'a> UpdateTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_task_assignments_id",
            method: reqwest::Method::PUT,
            path: "/task_assignments/{task_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_assignment_id", task_assignment_id.as_ref());
        Self { call, body: UpdateTaskAssignmentByIdRequestBody { message: None, resolution_state: None } }
    }

    /// An optional message by the assignee that can be added to the task.
    #[inline]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.body.message = Some(message.into());
        self
    }

    /// The state of the task assigned to the user.
    ///
    /// * For a task with an `action` value of `complete` this can be
    /// `incomplete` or `completed`.
    /// * For a task with an `action` of `review` this can be
    /// `incomplete`, `approved`, or `rejected`.
    #[inline]
    pub fn resolution_state(mut self, resolution_state: UpdateTaskAssignmentByIdResolutionState) -> Self {
        self.body.resolution_state = Some(resolution_state);
        self
    }
}

request_builder!(runtime, UpdateTaskAssignmentById(body) => json TaskAssignment);

/// Request builder for [`TaskAssignmentsManager::delete_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTaskAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_task_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/task_assignments/{task_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_assignment_id", task_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTaskAssignmentById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1task_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTaskAssignmentRequestBody {
    /// The task to assign to a user.
    pub task: CreateTaskAssignmentTask,
    /// The user to assign the task to.
    pub assign_to: CreateTaskAssignmentAssignTo,
}

serialize_struct!(
    runtime,
    CreateTaskAssignmentRequestBody { task: required("task"), assign_to: required("assign_to") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTaskAssignmentRequestBody {
        task: required::<CreateTaskAssignmentTask>("task"),
        assign_to: required::<CreateTaskAssignmentAssignTo>("assign_to")
    }
);

/// The task to assign to a user.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTaskAssignmentTask {
    /// The ID of the task.
    pub id: String,
    /// The type of the item to assign.
    pub r#type: CreateTaskAssignmentTaskTypeField,
}

serialize_struct!(runtime, CreateTaskAssignmentTask { id: required("id"), r#type: required("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTaskAssignmentTask {
        id: required::<String>("id"),
        r#type: required::<CreateTaskAssignmentTaskTypeField>("type")
    }
);

/// The type of the item to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskAssignmentTaskTypeField {
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTaskAssignmentTaskTypeField, Unknown, Task = "task");

/// The user to assign the task to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTaskAssignmentAssignTo {
    /// The ID of the user to assign to the
    /// task.
    ///
    /// To specify a user by their email
    /// address use the `login` parameter.
    pub id: Option<String>,
    /// The email address of the user to assign to the task.
    /// To specify a user by their user ID please use the `id` parameter.
    pub login: Option<String>,
}

serialize_struct!(runtime, CreateTaskAssignmentAssignTo { id: optional("id"), login: optional("login") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTaskAssignmentAssignTo { id: optional::<Option<String>>("id"), login: optional::<Option<String>>("login") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1task_assignments~1{task_assignment_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateTaskAssignmentByIdRequestBody {
    /// An optional message by the assignee that can be added to the task.
    pub message: Option<String>,
    /// The state of the task assigned to the user.
    ///
    /// * For a task with an `action` value of `complete` this can be
    /// `incomplete` or `completed`.
    /// * For a task with an `action` of `review` this can be
    /// `incomplete`, `approved`, or `rejected`.
    pub resolution_state: Option<UpdateTaskAssignmentByIdResolutionState>,
}

serialize_struct!(
    runtime,
    UpdateTaskAssignmentByIdRequestBody {
        message: optional("message"),
        resolution_state: optional("resolution_state")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateTaskAssignmentByIdRequestBody {
        message: optional::<Option<String>>("message"),
        resolution_state: optional::<Option<UpdateTaskAssignmentByIdResolutionState>>("resolution_state")
    }
);

/// The state of the task assigned to the user.
///
/// * For a task with an `action` value of `complete` this can be
/// `incomplete` or `completed`.
/// * For a task with an `action` of `review` this can be
/// `incomplete`, `approved`, or `rejected`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTaskAssignmentByIdResolutionState {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `approved`
    Approved,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateTaskAssignmentByIdResolutionState,
    Unknown,
    Completed = "completed",
    Incomplete = "incomplete",
    Approved = "approved",
    Rejected = "rejected"
);
