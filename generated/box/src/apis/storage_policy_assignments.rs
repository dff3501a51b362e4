// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `storage_policy_assignments` operations: [`StoragePolicyAssignmentsManager`] and one request builder per operation.

use crate::models::{ClientError, StoragePolicyAssignment, StoragePolicyAssignments};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::storage_policy_assignments`](crate::Client::storage_policy_assignments) or [`StoragePolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct StoragePolicyAssignmentsManager<'a> {
    client: &'a Client,
}

impl<'a> StoragePolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List storage policy assignments
    ///
    /// Fetches all the storage policy assignment for an enterprise or user.
    ///
    /// `GET /storage_policy_assignments`
    #[inline]
    pub fn get_storage_policy_assignments(
        &self,
        resolved_for_type: GetStoragePolicyAssignmentsResolvedForType,
        resolved_for_id: impl AsRef<str>,
    ) -> GetStoragePolicyAssignments<'a> {
        GetStoragePolicyAssignments::new(self.client, resolved_for_type, resolved_for_id)
    }

    /// Assign storage policy
    ///
    /// Creates a storage policy assignment for an enterprise or user.
    ///
    /// `POST /storage_policy_assignments`
    #[inline]
    pub fn create_storage_policy_assignment(
        &self,
        storage_policy: CreateStoragePolicyAssignmentStoragePolicy,
        assigned_to: CreateStoragePolicyAssignmentAssignedTo,
    ) -> CreateStoragePolicyAssignment<'a> {
        CreateStoragePolicyAssignment::new(self.client, storage_policy, assigned_to)
    }

    /// Get storage policy assignment
    ///
    /// Fetches a specific storage policy assignment.
    ///
    /// `GET /storage_policy_assignments/{storage_policy_assignment_id}`
    #[inline]
    pub fn get_storage_policy_assignment_by_id(
        &self,
        storage_policy_assignment_id: impl AsRef<str>,
    ) -> GetStoragePolicyAssignmentById<'a> {
        GetStoragePolicyAssignmentById::new(self.client, storage_policy_assignment_id)
    }

    /// Update storage policy assignment
    ///
    /// Updates a specific storage policy assignment.
    ///
    /// `PUT /storage_policy_assignments/{storage_policy_assignment_id}`
    #[inline]
    pub fn update_storage_policy_assignment_by_id(
        &self,
        storage_policy_assignment_id: impl AsRef<str>,
        storage_policy: UpdateStoragePolicyAssignmentByIdStoragePolicy,
    ) -> UpdateStoragePolicyAssignmentById<'a> {
        UpdateStoragePolicyAssignmentById::new(self.client, storage_policy_assignment_id, storage_policy)
    }

    /// Unassign storage policy
    ///
    /// Delete a storage policy assignment.
    ///
    /// Deleting a storage policy assignment on a user
    /// will have the user inherit the enterprise's default
    /// storage policy.
    ///
    /// There is a rate limit for calling this endpoint of only
    /// twice per user in a 24 hour time frame.
    ///
    /// `DELETE /storage_policy_assignments/{storage_policy_assignment_id}`
    #[inline]
    pub fn delete_storage_policy_assignment_by_id(
        &self,
        storage_policy_assignment_id: impl AsRef<str>,
    ) -> DeleteStoragePolicyAssignmentById<'a> {
        DeleteStoragePolicyAssignmentById::new(self.client, storage_policy_assignment_id)
    }
}

/// Request builder for [`StoragePolicyAssignmentsManager::get_storage_policy_assignments`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicyAssignments<'a> {
    call: Call<'a>,
}

impl<'a> GetStoragePolicyAssignments<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        resolved_for_type: GetStoragePolicyAssignmentsResolvedForType,
        resolved_for_id: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_storage_policy_assignments",
            method: reqwest::Method::GET,
            path: "/storage_policy_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("resolved_for_type", &resolved_for_type);
        call.query("resolved_for_id", resolved_for_id.as_ref());
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, StoragePolicyAssignment> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<StoragePolicyAssignments>)
    }
}

request_builder!(runtime, GetStoragePolicyAssignments => json StoragePolicyAssignments);

/// Request builder for [`StoragePolicyAssignmentsManager::create_storage_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateStoragePolicyAssignment<'a> {
    call: Call<'a>,
    body: CreateStoragePolicyAssignmentRequestBody,
}

impl<'a> CreateStoragePolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        storage_policy: CreateStoragePolicyAssignmentStoragePolicy,
        assigned_to: CreateStoragePolicyAssignmentAssignedTo,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_storage_policy_assignments",
            method: reqwest::Method::POST,
            path: "/storage_policy_assignments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateStoragePolicyAssignmentRequestBody { storage_policy, assigned_to } }
    }
}

request_builder!(
    runtime, CreateStoragePolicyAssignment(body) => json StoragePolicyAssignment
);

/// Request builder for [`StoragePolicyAssignmentsManager::get_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> GetStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, storage_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_storage_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetStoragePolicyAssignmentById => json StoragePolicyAssignment
);

/// Request builder for [`StoragePolicyAssignmentsManager::update_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateStoragePolicyAssignmentById<'a> {
    call: Call<'a>,
    body: UpdateStoragePolicyAssignmentByIdRequestBody,
}

impl<'a> UpdateStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        storage_policy_assignment_id: impl AsRef<str>,
        storage_policy: UpdateStoragePolicyAssignmentByIdStoragePolicy,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_storage_policy_assignments_id",
            method: reqwest::Method::PUT,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
        Self { call, body: UpdateStoragePolicyAssignmentByIdRequestBody { storage_policy } }
    }
}

request_builder!(
    runtime, UpdateStoragePolicyAssignmentById(body) => json StoragePolicyAssignment
);

/// Request builder for [`StoragePolicyAssignmentsManager::delete_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteStoragePolicyAssignmentById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a Client, storage_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_storage_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteStoragePolicyAssignmentById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1storage_policy_assignments/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetStoragePolicyAssignmentsResolvedForType {
    /// `user`
    User,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetStoragePolicyAssignmentsResolvedForType, Unknown, User = "user", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1storage_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateStoragePolicyAssignmentRequestBody {
    /// The storage policy to assign to the user or
    /// enterprise.
    pub storage_policy: CreateStoragePolicyAssignmentStoragePolicy,
    /// The user or enterprise to assign the storage
    /// policy to.
    pub assigned_to: CreateStoragePolicyAssignmentAssignedTo,
}

serialize_struct!(
    runtime,
    CreateStoragePolicyAssignmentRequestBody {
        storage_policy: required("storage_policy"),
        assigned_to: required("assigned_to")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateStoragePolicyAssignmentRequestBody {
        storage_policy: required::<CreateStoragePolicyAssignmentStoragePolicy>("storage_policy"),
        assigned_to: required::<CreateStoragePolicyAssignmentAssignedTo>("assigned_to")
    }
);

/// The storage policy to assign to the user or
/// enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateStoragePolicyAssignmentStoragePolicy {
    /// The type to assign.
    pub r#type: CreateStoragePolicyAssignmentStoragePolicyTypeField,
    /// The ID of the storage policy to assign.
    pub id: String,
}

serialize_struct!(runtime, CreateStoragePolicyAssignmentStoragePolicy { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateStoragePolicyAssignmentStoragePolicy {
        r#type: required::<CreateStoragePolicyAssignmentStoragePolicyTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateStoragePolicyAssignmentStoragePolicyTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateStoragePolicyAssignmentStoragePolicyTypeField, Unknown, StoragePolicy = "storage_policy");

/// The user or enterprise to assign the storage
/// policy to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateStoragePolicyAssignmentAssignedTo {
    /// The type to assign the policy to.
    pub r#type: CreateStoragePolicyAssignmentAssignedToTypeField,
    /// The ID of the user or enterprise.
    pub id: String,
}

serialize_struct!(runtime, CreateStoragePolicyAssignmentAssignedTo { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateStoragePolicyAssignmentAssignedTo {
        r#type: required::<CreateStoragePolicyAssignmentAssignedToTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type to assign the policy to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateStoragePolicyAssignmentAssignedToTypeField {
    /// `user`
    User,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateStoragePolicyAssignmentAssignedToTypeField,
    Unknown,
    User = "user",
    Enterprise = "enterprise"
);

/// An inline schema, which the spec does not describe (`#/paths/~1storage_policy_assignments~1{storage_policy_assignment_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateStoragePolicyAssignmentByIdRequestBody {
    /// The storage policy to assign to the user or
    /// enterprise.
    pub storage_policy: UpdateStoragePolicyAssignmentByIdStoragePolicy,
}

serialize_struct!(runtime, UpdateStoragePolicyAssignmentByIdRequestBody { storage_policy: required("storage_policy") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateStoragePolicyAssignmentByIdRequestBody {
        storage_policy: required::<UpdateStoragePolicyAssignmentByIdStoragePolicy>("storage_policy")
    }
);

/// The storage policy to assign to the user or
/// enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateStoragePolicyAssignmentByIdStoragePolicy {
    /// The type to assign.
    pub r#type: UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField,
    /// The ID of the storage policy to assign.
    pub id: String,
}

serialize_struct!(
    runtime,
    UpdateStoragePolicyAssignmentByIdStoragePolicy { r#type: required("type"), id: required("id") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateStoragePolicyAssignmentByIdStoragePolicy {
        r#type: required::<UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The type to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField,
    Unknown,
    StoragePolicy = "storage_policy"
);
