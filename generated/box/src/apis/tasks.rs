// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `tasks` operations: [`TasksManager`] and one request builder per operation.

/// Reach it with [`Client::tasks`](crate::Client::tasks) or [`TasksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TasksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TasksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List tasks on file
    ///
    /// Retrieves a list of all the tasks for a file. This
    /// endpoint does not support pagination.
    ///
    /// `GET /files/{file_id}/tasks`
    #[inline]
    pub fn get_file_tasks(&self, file_id: impl AsRef<str>) -> GetFileTasks<'a> {
        GetFileTasks::new(self.client, file_id)
    }

    /// Create task
    ///
    /// Creates a single task on a file. This task is not assigned to any user and
    /// will need to be assigned separately.
    ///
    /// `POST /tasks`
    #[inline]
    pub fn create_task(&self, item: CreateTaskItem) -> CreateTask<'a> {
        CreateTask::new(self.client, item)
    }

    /// Get task
    ///
    /// Retrieves information about a specific task.
    ///
    /// `GET /tasks/{task_id}`
    #[inline]
    pub fn get_task_by_id(&self, task_id: impl AsRef<str>) -> GetTaskById<'a> {
        GetTaskById::new(self.client, task_id)
    }

    /// Update task
    ///
    /// Updates a task. This can be used to update a task's configuration, or to
    /// update its completion state.
    ///
    /// `PUT /tasks/{task_id}`
    #[inline]
    pub fn update_task_by_id(&self, task_id: impl AsRef<str>) -> UpdateTaskById<'a> {
        UpdateTaskById::new(self.client, task_id)
    }

    /// Remove task
    ///
    /// Removes a task from a file.
    ///
    /// `DELETE /tasks/{task_id}`
    #[inline]
    pub fn delete_task_by_id(&self, task_id: impl AsRef<str>) -> DeleteTaskById<'a> {
        DeleteTaskById::new(self.client, task_id)
    }
}

/// Request builder for [`TasksManager::get_file_tasks`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileTasks<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileTasks<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_files_id_tasks",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/tasks",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(500), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Tasks> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Tasks>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileTasks<'a> {
    type Output = Result<crate::models::Tasks, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Tasks>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Tasks>)
    }
}

/// Request builder for [`TasksManager::create_task`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTask<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateTaskRequestBody,
}

impl<'a> CreateTask<'a> {
    #[inline]
    fn new(client: &'a crate::Client, item: CreateTaskItem) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_tasks",
            method: reqwest::Method::POST,
            path: "/tasks",
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
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: CreateTaskRequestBody { item, action: None, message: None, due_at: None, completion_rule: None },
        }
    }

    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or,
    /// rejected
    /// * `complete` defines a general task which can be completed.
    #[inline]
    pub fn action(mut self, action: CreateTaskAction) -> Self {
        self.body.action = Some(action);
        self
    }

    /// An optional message to include with the task.
    #[inline]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.body.message = Some(message.into());
        self
    }

    /// Defines when the task is due. Defaults to `null` if not
    /// provided.
    #[inline]
    pub fn due_at(mut self, due_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.due_at = Some(due_at);
        self
    }

    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    #[inline]
    pub fn completion_rule(mut self, completion_rule: CreateTaskCompletionRule) -> Self {
        self.body.completion_rule = Some(completion_rule);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Task> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Task>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateTask<'a> {
    type Output = Result<crate::models::Task, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Task>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Task>)
    }
}

/// Request builder for [`TasksManager::get_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTaskById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTaskById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_tasks_id",
            method: reqwest::Method::GET,
            path: "/tasks/{task_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Task> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Task>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTaskById<'a> {
    type Output = Result<crate::models::Task, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Task>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Task>)
    }
}

/// Request builder for [`TasksManager::update_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTaskById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateTaskByIdRequestBody,
}

impl<'a> UpdateTaskById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_tasks_id",
            method: reqwest::Method::PUT,
            path: "/tasks/{task_id}",
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
        call.path("task_id", task_id.as_ref());
        Self {
            call,
            body: UpdateTaskByIdRequestBody { action: None, message: None, due_at: None, completion_rule: None },
        }
    }

    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or
    /// rejected,
    /// * `complete` defines a general task which can be completed.
    #[inline]
    pub fn action(mut self, action: UpdateTaskByIdAction) -> Self {
        self.body.action = Some(action);
        self
    }

    /// The message included with the task.
    #[inline]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.body.message = Some(message.into());
        self
    }

    /// When the task is due at.
    #[inline]
    pub fn due_at(mut self, due_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.due_at = Some(due_at);
        self
    }

    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    #[inline]
    pub fn completion_rule(mut self, completion_rule: UpdateTaskByIdCompletionRule) -> Self {
        self.body.completion_rule = Some(completion_rule);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Task> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Task>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateTaskById<'a> {
    type Output = Result<crate::models::Task, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Task>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Task>)
    }
}

/// Request builder for [`TasksManager::delete_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTaskById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteTaskById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_tasks_id",
            method: reqwest::Method::DELETE,
            path: "/tasks/{task_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DeleteTaskById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1tasks/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTaskRequestBody {
    /// The file to attach the task to.
    pub item: CreateTaskItem,
    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or,
    /// rejected
    /// * `complete` defines a general task which can be completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<CreateTaskAction>,
    /// An optional message to include with the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Defines when the task is due. Defaults to `null` if not
    /// provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rule: Option<CreateTaskCompletionRule>,
}

/// The file to attach the task to.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateTaskItem {
    /// The ID of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateTaskItemTypeField>,
}

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskItemTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTaskItemTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTaskItemTypeField {
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

impl std::fmt::Display for CreateTaskItemTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTaskItemTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTaskItemTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The action the task assignee will be prompted to do. Must be
///
/// * `review` defines an approval task that can be approved or,
/// rejected
/// * `complete` defines a general task which can be completed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskAction {
    /// `review`
    Review,
    /// `complete`
    Complete,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTaskAction {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Review => "review",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTaskAction {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "review" => Self::Review,
            "complete" => Self::Complete,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTaskAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTaskAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTaskAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Defines which assignees need to complete this task before the task
/// is considered completed.
///
/// * `all_assignees` (default) requires all assignees to review or
/// approve the task in order for it to be considered completed.
/// * `any_assignee` accepts any one assignee to review or
/// approve the task in order for it to be considered completed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskCompletionRule {
    /// `all_assignees`
    AllAssignees,
    /// `any_assignee`
    AnyAssignee,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateTaskCompletionRule {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAssignees => "all_assignees",
            Self::AnyAssignee => "any_assignee",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateTaskCompletionRule {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "all_assignees" => Self::AllAssignees,
            "any_assignee" => Self::AnyAssignee,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateTaskCompletionRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateTaskCompletionRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateTaskCompletionRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1tasks~1{task_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateTaskByIdRequestBody {
    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or
    /// rejected,
    /// * `complete` defines a general task which can be completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<UpdateTaskByIdAction>,
    /// The message included with the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// When the task is due at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rule: Option<UpdateTaskByIdCompletionRule>,
}

/// The action the task assignee will be prompted to do. Must be
///
/// * `review` defines an approval task that can be approved or
/// rejected,
/// * `complete` defines a general task which can be completed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTaskByIdAction {
    /// `review`
    Review,
    /// `complete`
    Complete,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateTaskByIdAction {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Review => "review",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateTaskByIdAction {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "review" => Self::Review,
            "complete" => Self::Complete,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateTaskByIdAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateTaskByIdAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTaskByIdAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Defines which assignees need to complete this task before the task
/// is considered completed.
///
/// * `all_assignees` (default) requires all assignees to review or
/// approve the task in order for it to be considered completed.
/// * `any_assignee` accepts any one assignee to review or
/// approve the task in order for it to be considered completed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTaskByIdCompletionRule {
    /// `all_assignees`
    AllAssignees,
    /// `any_assignee`
    AnyAssignee,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateTaskByIdCompletionRule {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAssignees => "all_assignees",
            Self::AnyAssignee => "any_assignee",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateTaskByIdCompletionRule {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "all_assignees" => Self::AllAssignees,
            "any_assignee" => Self::AnyAssignee,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateTaskByIdCompletionRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateTaskByIdCompletionRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTaskByIdCompletionRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
