// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `task_assignments` operations: [`TaskAssignmentsManager`] and one request builder per operation.

/// Reach it with [`Client::task_assignments`](crate::Client::task_assignments) or [`TaskAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TaskAssignmentsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TaskAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTaskAssignments<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_tasks_id_assignments",
            method: reqwest::Method::GET,
            path: "/tasks/{task_id}/assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("task_id", task_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TaskAssignments> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TaskAssignments>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTaskAssignments<'a> {
    type Output = Result<crate::models::TaskAssignments, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TaskAssignments>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TaskAssignments>)
    }
}

/// Request builder for [`TaskAssignmentsManager::create_task_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTaskAssignment<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateTaskAssignmentRequestBody,
}

impl<'a> CreateTaskAssignment<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task: CreateTaskAssignmentTask, assign_to: CreateTaskAssignmentAssignTo) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_task_assignments",
            method: reqwest::Method::POST,
            path: "/task_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateTaskAssignmentRequestBody { task, assign_to } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TaskAssignment> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateTaskAssignment<'a> {
    type Output = Result<crate::models::TaskAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TaskAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }
}

/// Request builder for [`TaskAssignmentsManager::get_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTaskAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_task_assignments_id",
            method: reqwest::Method::GET,
            path: "/task_assignments/{task_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("task_assignment_id", task_assignment_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TaskAssignment> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTaskAssignmentById<'a> {
    type Output = Result<crate::models::TaskAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TaskAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }
}

/// Request builder for [`TaskAssignmentsManager::update_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTaskAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateTaskAssignmentByIdRequestBody,
}

impl<'a> UpdateTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_task_assignments_id",
            method: reqwest::Method::PUT,
            path: "/task_assignments/{task_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TaskAssignment> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateTaskAssignmentById<'a> {
    type Output = Result<crate::models::TaskAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TaskAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TaskAssignment>)
    }
}

/// Request builder for [`TaskAssignmentsManager::delete_task_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTaskAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteTaskAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_task_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/task_assignments/{task_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("task_assignment_id", task_assignment_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteTaskAssignmentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1task_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTaskAssignmentRequestBody {
    /// The task to assign to a user.
    pub task: CreateTaskAssignmentTask,
    /// The user to assign the task to.
    pub assign_to: CreateTaskAssignmentAssignTo,
}

/// The task to assign to a user.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTaskAssignmentTask {
    /// The ID of the task.
    pub id: String,
    /// The type of the item to assign.
    pub r#type: CreateTaskAssignmentTaskTypeField,
}

/// The type of the item to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskAssignmentTaskTypeField {
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTaskAssignmentTaskTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Task => "task",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTaskAssignmentTaskTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "task" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTaskAssignmentTaskTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTaskAssignmentTaskTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTaskAssignmentTaskTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The user to assign the task to.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTaskAssignmentAssignTo {
    /// The ID of the user to assign to the
    /// task.
    ///
    /// To specify a user by their email
    /// address use the `login` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The email address of the user to assign to the task.
    /// To specify a user by their user ID please use the `id` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1task_assignments~1{task_assignment_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateTaskAssignmentByIdRequestBody {
    /// An optional message by the assignee that can be added to the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The state of the task assigned to the user.
    ///
    /// * For a task with an `action` value of `complete` this can be
    /// `incomplete` or `completed`.
    /// * For a task with an `action` of `review` this can be
    /// `incomplete`, `approved`, or `rejected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution_state: Option<UpdateTaskAssignmentByIdResolutionState>,
}

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

impl UpdateTaskAssignmentByIdResolutionState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateTaskAssignmentByIdResolutionState {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "approved" => Self::Approved,
            "rejected" => Self::Rejected,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateTaskAssignmentByIdResolutionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateTaskAssignmentByIdResolutionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTaskAssignmentByIdResolutionState {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
