// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `legal_hold_policy_assignments` operations: [`LegalHoldPolicyAssignmentsManager`] and one request builder per operation.

use crate::models::{
    ClientError, FileMini, FileVersionsOnHold, FilesOnHold, LegalHoldPolicyAssignment, LegalHoldPolicyAssignments,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::legal_hold_policy_assignments`](crate::Client::legal_hold_policy_assignments) or [`LegalHoldPolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct LegalHoldPolicyAssignmentsManager<'a> {
    client: &'a Client,
}

impl<'a> LegalHoldPolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List legal hold policy assignments
    ///
    /// Retrieves a list of items a legal hold policy has been assigned to.
    ///
    /// `GET /legal_hold_policy_assignments`
    #[inline]
    pub fn get_legal_hold_policy_assignments(&self, policy_id: impl AsRef<str>) -> GetLegalHoldPolicyAssignments<'a> {
        GetLegalHoldPolicyAssignments::new(self.client, policy_id)
    }

    /// Assign legal hold policy
    ///
    /// Assign a legal hold to an item type of: file, file version, folder, user, ownership, or interactions.
    ///
    /// `POST /legal_hold_policy_assignments`
    #[inline]
    pub fn create_legal_hold_policy_assignment(
        &self,
        policy_id: impl Into<String>,
        assign_to: CreateLegalHoldPolicyAssignmentAssignTo,
    ) -> CreateLegalHoldPolicyAssignment<'a> {
        CreateLegalHoldPolicyAssignment::new(self.client, policy_id, assign_to)
    }

    /// Get legal hold policy assignment
    ///
    /// Retrieve a legal hold policy assignment.
    ///
    /// `GET /legal_hold_policy_assignments/{legal_hold_policy_assignment_id}`
    #[inline]
    pub fn get_legal_hold_policy_assignment_by_id(
        &self,
        legal_hold_policy_assignment_id: impl AsRef<str>,
    ) -> GetLegalHoldPolicyAssignmentById<'a> {
        GetLegalHoldPolicyAssignmentById::new(self.client, legal_hold_policy_assignment_id)
    }

    /// Unassign legal hold policy
    ///
    /// Remove a legal hold from an item.
    ///
    /// This is an asynchronous process. The policy will not be
    /// fully removed yet when the response returns.
    ///
    /// `DELETE /legal_hold_policy_assignments/{legal_hold_policy_assignment_id}`
    #[inline]
    pub fn delete_legal_hold_policy_assignment_by_id(
        &self,
        legal_hold_policy_assignment_id: impl AsRef<str>,
    ) -> DeleteLegalHoldPolicyAssignmentById<'a> {
        DeleteLegalHoldPolicyAssignmentById::new(self.client, legal_hold_policy_assignment_id)
    }

    /// List files with current file versions for legal hold policy assignment
    ///
    /// Get a list of files with current file versions for a legal hold
    /// assignment.
    ///
    /// In some cases you may want to get previous file versions instead. In these
    /// cases, use the `GET  /legal_hold_policy_assignments/:id/file_versions_on_hold`
    /// API instead to return any previous versions of a file for this legal hold
    /// policy assignment.
    ///
    /// Due to ongoing re-architecture efforts this API might not return all file
    /// versions held for this policy ID. Instead, this API will only return the
    /// latest file version held in the newly developed architecture. The `GET
    /// /file_version_legal_holds` API can be used to fetch current and past versions
    /// of files held within the legacy architecture.
    ///
    /// This endpoint does not support returning any content that is on hold due to
    /// a Custodian collaborating on a Hub.
    ///
    /// The `GET /legal_hold_policy_assignments?policy_id={id}` API can be used to
    /// find a list of policy assignments for a given policy ID.
    ///
    /// `GET /legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/files_on_hold`
    #[inline]
    pub fn get_legal_hold_policy_assignment_file_on_hold(
        &self,
        legal_hold_policy_assignment_id: impl AsRef<str>,
    ) -> GetLegalHoldPolicyAssignmentFileOnHold<'a> {
        GetLegalHoldPolicyAssignmentFileOnHold::new(self.client, legal_hold_policy_assignment_id)
    }

    /// List previous file versions for legal hold policy assignment
    ///
    /// Get a list of previous file versions for a legal hold
    /// assignment.
    ///
    /// In some cases you may only need the latest file versions instead. In these
    /// cases, use the `GET  /legal_hold_policy_assignments/:id/files_on_hold` API
    /// instead to return any current (latest) versions of a file for this legal hold
    /// policy assignment.
    ///
    /// Due to ongoing re-architecture efforts this API might not return all files
    /// held for this policy ID. Instead, this API will only return past file versions
    /// held in the newly developed architecture. The `GET /file_version_legal_holds`
    /// API can be used to fetch current and past versions of files held within the
    /// legacy architecture.
    ///
    /// This endpoint does not support returning any content that is on hold due to
    /// a Custodian collaborating on a Hub.
    ///
    /// The `GET /legal_hold_policy_assignments?policy_id={id}` API can be used to
    /// find a list of policy assignments for a given policy ID.
    ///
    /// `GET /legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/file_versions_on_hold`
    #[inline]
    pub fn get_legal_hold_policy_assignment_file_versions_on_hold(
        &self,
        legal_hold_policy_assignment_id: impl AsRef<str>,
    ) -> GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
        GetLegalHoldPolicyAssignmentFileVersionsOnHold::new(self.client, legal_hold_policy_assignment_id)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignments<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignments<'a> {
    #[inline]
    fn new(client: &'a Client, policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policy_assignments",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("policy_id", policy_id.as_ref());
        Self { call }
    }

    /// Filters the results by the type of item the
    /// policy was applied to.
    #[inline]
    pub fn assign_to_type(mut self, assign_to_type: GetLegalHoldPolicyAssignmentsAssignToType) -> Self {
        self.call.query("assign_to_type", &assign_to_type);
        self
    }

    /// Filters the results by the ID of item the
    /// policy was applied to.
    #[inline]
    pub fn assign_to_id(mut self, assign_to_id: impl AsRef<str>) -> Self {
        self.call.query("assign_to_id", assign_to_id.as_ref());
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, LegalHoldPolicyAssignment> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<LegalHoldPolicyAssignments>)
    }
}

request_builder!(
    runtime, GetLegalHoldPolicyAssignments => json LegalHoldPolicyAssignments
);

/// Request builder for [`LegalHoldPolicyAssignmentsManager::create_legal_hold_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLegalHoldPolicyAssignment<'a> {
    call: Call<'a>,
    body: CreateLegalHoldPolicyAssignmentRequestBody,
}

impl<'a> CreateLegalHoldPolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        policy_id: impl Into<String>,
        assign_to: CreateLegalHoldPolicyAssignmentAssignTo,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_legal_hold_policy_assignments",
            method: reqwest::Method::POST,
            path: "/legal_hold_policy_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateLegalHoldPolicyAssignmentRequestBody { policy_id: policy_id.into(), assign_to } }
    }
}

request_builder!(
    runtime, CreateLegalHoldPolicyAssignment(body) => json LegalHoldPolicyAssignment
);

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetLegalHoldPolicyAssignmentById => json LegalHoldPolicyAssignment
);

/// Request builder for [`LegalHoldPolicyAssignmentsManager::delete_legal_hold_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteLegalHoldPolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteLegalHoldPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_legal_hold_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteLegalHoldPolicyAssignmentById => empty);

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_file_on_hold`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentFileOnHold<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentFileOnHold<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policy_assignments_id_files_on_hold",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/files_on_hold",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Option<FileMini>> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FilesOnHold>)
    }
}

request_builder!(runtime, GetLegalHoldPolicyAssignmentFileOnHold => json FilesOnHold);

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_file_versions_on_hold`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policy_assignments_id_file_versions_on_hold",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/file_versions_on_hold",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, crate::models::FileVersion> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<FileVersionsOnHold>)
    }
}

request_builder!(
    runtime, GetLegalHoldPolicyAssignmentFileVersionsOnHold => json FileVersionsOnHold
);

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policy_assignments/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetLegalHoldPolicyAssignmentsAssignToType {
    /// `file`
    File,
    /// `file_version`
    FileVersion,
    /// `folder`
    Folder,
    /// `user`
    User,
    /// `ownership`
    Ownership,
    /// `interactions`
    Interactions,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GetLegalHoldPolicyAssignmentsAssignToType,
    Unknown,
    File = "file",
    FileVersion = "file_version",
    Folder = "folder",
    User = "user",
    Ownership = "ownership",
    Interactions = "interactions"
);

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateLegalHoldPolicyAssignmentRequestBody {
    /// The ID of the policy to assign.
    pub policy_id: String,
    /// The item to assign the policy to.
    pub assign_to: CreateLegalHoldPolicyAssignmentAssignTo,
}

serialize_struct!(
    runtime,
    CreateLegalHoldPolicyAssignmentRequestBody { policy_id: required("policy_id"), assign_to: required("assign_to") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateLegalHoldPolicyAssignmentRequestBody {
        policy_id: required::<String>("policy_id"),
        assign_to: required::<CreateLegalHoldPolicyAssignmentAssignTo>("assign_to")
    }
);

/// The item to assign the policy to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateLegalHoldPolicyAssignmentAssignTo {
    /// The type of item to assign the policy to.
    pub r#type: CreateLegalHoldPolicyAssignmentAssignToTypeField,
    /// The ID of item to assign the policy to.
    pub id: String,
}

serialize_struct!(runtime, CreateLegalHoldPolicyAssignmentAssignTo { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateLegalHoldPolicyAssignmentAssignTo {
        r#type: required::<CreateLegalHoldPolicyAssignmentAssignToTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type of item to assign the policy to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateLegalHoldPolicyAssignmentAssignToTypeField {
    /// `file`
    File,
    /// `file_version`
    FileVersion,
    /// `folder`
    Folder,
    /// `user`
    User,
    /// `ownership`
    Ownership,
    /// `interactions`
    Interactions,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateLegalHoldPolicyAssignmentAssignToTypeField,
    Unknown,
    File = "file",
    FileVersion = "file_version",
    Folder = "folder",
    User = "user",
    Ownership = "ownership",
    Interactions = "interactions"
);
