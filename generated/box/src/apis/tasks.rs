// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `tasks` operations: [`TasksManager`] and one request builder per operation.

use crate::models::{ClientError, Task, Tasks};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::tasks`](crate::Client::tasks) or [`TasksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TasksManager<'a> {
    client: &'a Client,
}

impl<'a> TasksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetFileTasks<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_tasks",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/tasks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFileTasks => json Tasks);

/// Request builder for [`TasksManager::create_task`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTask<'a> {
    call: Call<'a>,
    body: CreateTaskRequestBody,
}

impl<'a> CreateTask<'a> {
    #[inline]
    fn new(client: &'a Client, item: CreateTaskItem) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_tasks",
            method: reqwest::Method::POST,
            path: "/tasks",
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
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, CreateTask(body) => json Task);

/// Request builder for [`TasksManager::get_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTaskById<'a> {
    call: Call<'a>,
}

impl<'a> GetTaskById<'a> {
    #[inline]
    fn new(client: &'a Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_tasks_id",
            method: reqwest::Method::GET,
            path: "/tasks/{task_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_id", task_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetTaskById => json Task);

/// Request builder for [`TasksManager::update_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTaskById<'a> {
    call: Call<'a>,
    body: UpdateTaskByIdRequestBody,
}

impl<'a> UpdateTaskById<'a> {
    #[inline]
    fn new(client: &'a Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_tasks_id",
            method: reqwest::Method::PUT,
            path: "/tasks/{task_id}",
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
}

request_builder!(runtime, UpdateTaskById(body) => json Task);

/// Request builder for [`TasksManager::delete_task_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTaskById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTaskById<'a> {
    #[inline]
    fn new(client: &'a Client, task_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_tasks_id",
            method: reqwest::Method::DELETE,
            path: "/tasks/{task_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("task_id", task_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTaskById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1tasks/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTaskRequestBody {
    /// The file to attach the task to.
    pub item: CreateTaskItem,
    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or,
    /// rejected
    /// * `complete` defines a general task which can be completed.
    pub action: Option<CreateTaskAction>,
    /// An optional message to include with the task.
    pub message: Option<String>,
    /// Defines when the task is due. Defaults to `null` if not
    /// provided.
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    pub completion_rule: Option<CreateTaskCompletionRule>,
}

serialize_struct!(
    runtime,
    CreateTaskRequestBody {
        item: required("item"),
        action: optional("action"),
        message: optional("message"),
        due_at: optional("due_at"),
        completion_rule: optional("completion_rule")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTaskRequestBody {
        item: required::<CreateTaskItem>("item"),
        action: optional::<Option<CreateTaskAction>>("action"),
        message: optional::<Option<String>>("message"),
        due_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("due_at"),
        completion_rule: optional::<Option<CreateTaskCompletionRule>>("completion_rule")
    }
);

/// The file to attach the task to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTaskItem {
    /// The ID of the file.
    pub id: Option<String>,
    /// The value will always be `file`.
    pub r#type: Option<CreateTaskItemTypeField>,
}

serialize_struct!(runtime, CreateTaskItem { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateTaskItem {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<CreateTaskItemTypeField>>("type")
    }
);

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateTaskItemTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateTaskItemTypeField, Unknown, File = "file");

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

string_enum!(runtime, CreateTaskAction, Unknown, Review = "review", Complete = "complete");

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

string_enum!(runtime, CreateTaskCompletionRule, Unknown, AllAssignees = "all_assignees", AnyAssignee = "any_assignee");

/// An inline schema, which the spec does not describe (`#/paths/~1tasks~1{task_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateTaskByIdRequestBody {
    /// The action the task assignee will be prompted to do. Must be
    ///
    /// * `review` defines an approval task that can be approved or
    /// rejected,
    /// * `complete` defines a general task which can be completed.
    pub action: Option<UpdateTaskByIdAction>,
    /// The message included with the task.
    pub message: Option<String>,
    /// When the task is due at.
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` (default) requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    pub completion_rule: Option<UpdateTaskByIdCompletionRule>,
}

serialize_struct!(
    runtime,
    UpdateTaskByIdRequestBody {
        action: optional("action"),
        message: optional("message"),
        due_at: optional("due_at"),
        completion_rule: optional("completion_rule")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateTaskByIdRequestBody {
        action: optional::<Option<UpdateTaskByIdAction>>("action"),
        message: optional::<Option<String>>("message"),
        due_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("due_at"),
        completion_rule: optional::<Option<UpdateTaskByIdCompletionRule>>("completion_rule")
    }
);

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

string_enum!(runtime, UpdateTaskByIdAction, Unknown, Review = "review", Complete = "complete");

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

string_enum!(
    runtime,
    UpdateTaskByIdCompletionRule,
    Unknown,
    AllAssignees = "all_assignees",
    AnyAssignee = "any_assignee"
);
