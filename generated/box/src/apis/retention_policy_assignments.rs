// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `retention_policy_assignments` operations: [`RetentionPolicyAssignmentsManager`] and one request builder per operation.

use crate::models::{
    ClientError, FileMini, FilesUnderRetention, RetentionPolicyAssignment, RetentionPolicyAssignments,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::retention_policy_assignments`](crate::Client::retention_policy_assignments) or [`RetentionPolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct RetentionPolicyAssignmentsManager<'a> {
    client: &'a Client,
}

impl<'a> RetentionPolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List retention policy assignments
    ///
    /// Returns a list of all retention policy assignments associated with a specified
    /// retention policy.
    ///
    /// `GET /retention_policies/{retention_policy_id}/assignments`
    #[inline]
    pub fn get_retention_policy_assignments(
        &self,
        retention_policy_id: impl AsRef<str>,
    ) -> GetRetentionPolicyAssignments<'a> {
        GetRetentionPolicyAssignments::new(self.client, retention_policy_id)
    }

    /// Assign retention policy
    ///
    /// Assigns a retention policy to an item.
    ///
    /// `POST /retention_policy_assignments`
    #[inline]
    pub fn create_retention_policy_assignment(
        &self,
        policy_id: impl Into<String>,
        assign_to: CreateRetentionPolicyAssignmentAssignTo,
    ) -> CreateRetentionPolicyAssignment<'a> {
        CreateRetentionPolicyAssignment::new(self.client, policy_id, assign_to)
    }

    /// Get retention policy assignment
    ///
    /// Retrieves a retention policy assignment.
    ///
    /// `GET /retention_policy_assignments/{retention_policy_assignment_id}`
    #[inline]
    pub fn get_retention_policy_assignment_by_id(
        &self,
        retention_policy_assignment_id: impl AsRef<str>,
    ) -> GetRetentionPolicyAssignmentById<'a> {
        GetRetentionPolicyAssignmentById::new(self.client, retention_policy_assignment_id)
    }

    /// Remove retention policy assignment
    ///
    /// Removes a retention policy assignment
    /// applied to content.
    ///
    /// `DELETE /retention_policy_assignments/{retention_policy_assignment_id}`
    #[inline]
    pub fn delete_retention_policy_assignment_by_id(
        &self,
        retention_policy_assignment_id: impl AsRef<str>,
    ) -> DeleteRetentionPolicyAssignmentById<'a> {
        DeleteRetentionPolicyAssignmentById::new(self.client, retention_policy_assignment_id)
    }

    /// Get files under retention
    ///
    /// Returns a list of files under retention for a retention policy assignment.
    ///
    /// `GET /retention_policy_assignments/{retention_policy_assignment_id}/files_under_retention`
    #[inline]
    pub fn get_files_under_retention_policy_assignment(
        &self,
        retention_policy_assignment_id: impl AsRef<str>,
    ) -> GetFilesUnderRetentionPolicyAssignment<'a> {
        GetFilesUnderRetentionPolicyAssignment::new(self.client, retention_policy_assignment_id)
    }

    /// Get file versions under retention
    ///
    /// Returns a list of file versions under retention for a retention policy
    /// assignment.
    ///
    /// `GET /retention_policy_assignments/{retention_policy_assignment_id}/file_versions_under_retention`
    #[inline]
    pub fn get_file_versions_under_retention_policy_assignment(
        &self,
        retention_policy_assignment_id: impl AsRef<str>,
    ) -> GetFileVersionsUnderRetentionPolicyAssignment<'a> {
        GetFileVersionsUnderRetentionPolicyAssignment::new(self.client, retention_policy_assignment_id)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::get_retention_policy_assignments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRetentionPolicyAssignments<'a> {
    call: Call<'a>,
}

impl<'a> GetRetentionPolicyAssignments<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policies_id_assignments",
            method: reqwest::Method::GET,
            path: "/retention_policies/{retention_policy_id}/assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_id", retention_policy_id.as_ref());
        Self { call }
    }

    /// The type of the retention policy assignment to retrieve.
    #[inline]
    pub fn r#type(mut self, r#type: GetRetentionPolicyAssignmentsType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
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
    pub fn into_stream(self) -> Paginator<'a, RetentionPolicyAssignment> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<RetentionPolicyAssignments>)
    }
}

request_builder!(
    runtime, GetRetentionPolicyAssignments => json RetentionPolicyAssignments
);

/// Request builder for [`RetentionPolicyAssignmentsManager::create_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRetentionPolicyAssignment<'a> {
    call: Call<'a>,
    body: CreateRetentionPolicyAssignmentRequestBody,
}

impl<'a> CreateRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        policy_id: impl Into<String>,
        assign_to: CreateRetentionPolicyAssignmentAssignTo,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_retention_policy_assignments",
            method: reqwest::Method::POST,
            path: "/retention_policy_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateRetentionPolicyAssignmentRequestBody {
                policy_id: policy_id.into(),
                assign_to,
                filter_fields: None,
                start_date_field: None,
            },
        }
    }

    /// If the `assign_to` type is `metadata_template`,
    /// then optionally add the `filter_fields` parameter which will
    /// require an array of objects with a field entry and a value entry.
    /// Currently only one object of `field` and `value` is supported.
    #[inline]
    pub fn filter_fields(
        mut self,
        filter_fields: impl IntoIterator<Item = CreateRetentionPolicyAssignmentFilterFields>,
    ) -> Self {
        self.body.filter_fields = Some(filter_fields.into_iter().collect());
        self
    }

    /// The date the retention policy assignment begins.
    ///
    /// If the `assigned_to` type is `metadata_template`,
    /// this field can be a date field's metadata attribute key id.
    #[inline]
    pub fn start_date_field(mut self, start_date_field: impl Into<String>) -> Self {
        self.body.start_date_field = Some(start_date_field.into());
        self
    }
}

request_builder!(
    runtime, CreateRetentionPolicyAssignment(body) => json RetentionPolicyAssignment
);

/// Request builder for [`RetentionPolicyAssignmentsManager::get_retention_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRetentionPolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> GetRetentionPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_assignment_id", retention_policy_assignment_id.as_ref());
        Self { call }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }
}

request_builder!(
    runtime, GetRetentionPolicyAssignmentById => json RetentionPolicyAssignment
);

/// Request builder for [`RetentionPolicyAssignmentsManager::delete_retention_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteRetentionPolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteRetentionPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_retention_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_assignment_id", retention_policy_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteRetentionPolicyAssignmentById => empty);

/// Request builder for [`RetentionPolicyAssignmentsManager::get_files_under_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFilesUnderRetentionPolicyAssignment<'a> {
    call: Call<'a>,
}

impl<'a> GetFilesUnderRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policy_assignments_id_files_under_retention",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}/files_under_retention",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_assignment_id", retention_policy_assignment_id.as_ref());
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
    pub fn into_stream(self) -> Paginator<'a, Option<FileMini>> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FilesUnderRetention>)
    }
}

request_builder!(
    runtime, GetFilesUnderRetentionPolicyAssignment => json FilesUnderRetention
);

/// Request builder for [`RetentionPolicyAssignmentsManager::get_file_versions_under_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionsUnderRetentionPolicyAssignment<'a> {
    call: Call<'a>,
}

impl<'a> GetFileVersionsUnderRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policy_assignments_id_file_versions_under_retention",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}/file_versions_under_retention",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_assignment_id", retention_policy_assignment_id.as_ref());
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
    pub fn into_stream(self) -> Paginator<'a, Option<FileMini>> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FilesUnderRetention>)
    }
}

request_builder!(
    runtime, GetFileVersionsUnderRetentionPolicyAssignment => json FilesUnderRetention
);

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policies~1{retention_policy_id}~1assignments/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetRetentionPolicyAssignmentsType {
    /// `folder`
    Folder,
    /// `enterprise`
    Enterprise,
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GetRetentionPolicyAssignmentsType,
    Unknown,
    Folder = "folder",
    Enterprise = "enterprise",
    MetadataTemplate = "metadata_template"
);

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRetentionPolicyAssignmentRequestBody {
    /// The ID of the retention policy to assign.
    pub policy_id: String,
    /// The item to assign the policy to.
    pub assign_to: CreateRetentionPolicyAssignmentAssignTo,
    /// If the `assign_to` type is `metadata_template`,
    /// then optionally add the `filter_fields` parameter which will
    /// require an array of objects with a field entry and a value entry.
    /// Currently only one object of `field` and `value` is supported.
    pub filter_fields: Option<Vec<CreateRetentionPolicyAssignmentFilterFields>>,
    /// The date the retention policy assignment begins.
    ///
    /// If the `assigned_to` type is `metadata_template`,
    /// this field can be a date field's metadata attribute key id.
    pub start_date_field: Option<String>,
}

serialize_struct!(
    runtime,
    CreateRetentionPolicyAssignmentRequestBody {
        policy_id: required("policy_id"),
        assign_to: required("assign_to"),
        filter_fields: optional("filter_fields"),
        start_date_field: optional("start_date_field")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateRetentionPolicyAssignmentRequestBody {
        policy_id: required::<String>("policy_id"),
        assign_to: required::<CreateRetentionPolicyAssignmentAssignTo>("assign_to"),
        filter_fields: optional::<Option<Vec<CreateRetentionPolicyAssignmentFilterFields>>>("filter_fields"),
        start_date_field: optional::<Option<String>>("start_date_field")
    }
);

/// The item to assign the policy to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRetentionPolicyAssignmentAssignTo {
    /// The type of item to assign the policy to.
    pub r#type: CreateRetentionPolicyAssignmentAssignToTypeField,
    /// The ID of item to assign the policy to.
    /// Set to `null` or omit when `type` is set to
    /// `enterprise`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub id: Option<Option<String>>,
}

serialize_struct!(runtime, CreateRetentionPolicyAssignmentAssignTo { r#type: required("type"), id: nullable("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateRetentionPolicyAssignmentAssignTo {
        r#type: required::<CreateRetentionPolicyAssignmentAssignToTypeField>("type"),
        id: nullable::<Option<String>>("id")
    }
);

/// The type of item to assign the policy to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateRetentionPolicyAssignmentAssignToTypeField {
    /// `enterprise`
    Enterprise,
    /// `folder`
    Folder,
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateRetentionPolicyAssignmentAssignToTypeField,
    Unknown,
    Enterprise = "enterprise",
    Folder = "folder",
    MetadataTemplate = "metadata_template"
);

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policy_assignments/post/requestBody/content/application~1json/schema/properties/filter_fields/items`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateRetentionPolicyAssignmentFilterFields {
    /// The metadata attribute key id.
    pub field: Option<String>,
    /// The metadata attribute field id. For value, only
    /// enum and multiselect types are supported.
    pub value: Option<String>,
}

serialize_struct!(
    runtime,
    CreateRetentionPolicyAssignmentFilterFields { field: optional("field"), value: optional("value") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateRetentionPolicyAssignmentFilterFields {
        field: optional::<Option<String>>("field"),
        value: optional::<Option<String>>("value")
    }
);
