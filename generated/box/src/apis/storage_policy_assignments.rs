// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `storage_policy_assignments` operations: [`StoragePolicyAssignmentsManager`] and one request builder per operation.

/// Reach it with [`Client::storage_policy_assignments`](crate::Client::storage_policy_assignments) or [`StoragePolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct StoragePolicyAssignmentsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> StoragePolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetStoragePolicyAssignments<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        resolved_for_type: GetStoragePolicyAssignmentsResolvedForType,
        resolved_for_id: impl AsRef<str>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_storage_policy_assignments",
            method: reqwest::Method::GET,
            path: "/storage_policy_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::StoragePolicyAssignment> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::StoragePolicyAssignments>,
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicyAssignments> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicyAssignments>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetStoragePolicyAssignments<'a> {
    type Output = Result<crate::models::StoragePolicyAssignments, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicyAssignments>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicyAssignments>)
    }
}

/// Request builder for [`StoragePolicyAssignmentsManager::create_storage_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateStoragePolicyAssignment<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateStoragePolicyAssignmentRequestBody,
}

impl<'a> CreateStoragePolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        storage_policy: CreateStoragePolicyAssignmentStoragePolicy,
        assigned_to: CreateStoragePolicyAssignmentAssignedTo,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_storage_policy_assignments",
            method: reqwest::Method::POST,
            path: "/storage_policy_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateStoragePolicyAssignmentRequestBody { storage_policy, assigned_to } }
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateStoragePolicyAssignment<'a> {
    type Output = Result<crate::models::StoragePolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }
}

/// Request builder for [`StoragePolicyAssignmentsManager::get_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetStoragePolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, storage_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_storage_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetStoragePolicyAssignmentById<'a> {
    type Output = Result<crate::models::StoragePolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }
}

/// Request builder for [`StoragePolicyAssignmentsManager::update_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateStoragePolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateStoragePolicyAssignmentByIdRequestBody,
}

impl<'a> UpdateStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        storage_policy_assignment_id: impl AsRef<str>,
        storage_policy: UpdateStoragePolicyAssignmentByIdStoragePolicy,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_storage_policy_assignments_id",
            method: reqwest::Method::PUT,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
        Self { call, body: UpdateStoragePolicyAssignmentByIdRequestBody { storage_policy } }
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::StoragePolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateStoragePolicyAssignmentById<'a> {
    type Output = Result<crate::models::StoragePolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::StoragePolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::StoragePolicyAssignment>)
    }
}

/// Request builder for [`StoragePolicyAssignmentsManager::delete_storage_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteStoragePolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteStoragePolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, storage_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_storage_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/storage_policy_assignments/{storage_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("storage_policy_assignment_id", storage_policy_assignment_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteStoragePolicyAssignmentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

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

impl GetStoragePolicyAssignmentsResolvedForType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetStoragePolicyAssignmentsResolvedForType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetStoragePolicyAssignmentsResolvedForType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetStoragePolicyAssignmentsResolvedForType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetStoragePolicyAssignmentsResolvedForType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1storage_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateStoragePolicyAssignmentRequestBody {
    /// The storage policy to assign to the user or
    /// enterprise.
    pub storage_policy: CreateStoragePolicyAssignmentStoragePolicy,
    /// The user or enterprise to assign the storage
    /// policy to.
    pub assigned_to: CreateStoragePolicyAssignmentAssignedTo,
}

/// The storage policy to assign to the user or
/// enterprise.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateStoragePolicyAssignmentStoragePolicy {
    /// The type to assign.
    pub r#type: CreateStoragePolicyAssignmentStoragePolicyTypeField,
    /// The ID of the storage policy to assign.
    pub id: String,
}

/// The type to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateStoragePolicyAssignmentStoragePolicyTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateStoragePolicyAssignmentStoragePolicyTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StoragePolicy => "storage_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateStoragePolicyAssignmentStoragePolicyTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "storage_policy" => Self::StoragePolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateStoragePolicyAssignmentStoragePolicyTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateStoragePolicyAssignmentStoragePolicyTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateStoragePolicyAssignmentStoragePolicyTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The user or enterprise to assign the storage
/// policy to.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateStoragePolicyAssignmentAssignedTo {
    /// The type to assign the policy to.
    pub r#type: CreateStoragePolicyAssignmentAssignedToTypeField,
    /// The ID of the user or enterprise.
    pub id: String,
}

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

impl CreateStoragePolicyAssignmentAssignedToTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateStoragePolicyAssignmentAssignedToTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateStoragePolicyAssignmentAssignedToTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateStoragePolicyAssignmentAssignedToTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateStoragePolicyAssignmentAssignedToTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1storage_policy_assignments~1{storage_policy_assignment_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateStoragePolicyAssignmentByIdRequestBody {
    /// The storage policy to assign to the user or
    /// enterprise.
    pub storage_policy: UpdateStoragePolicyAssignmentByIdStoragePolicy,
}

/// The storage policy to assign to the user or
/// enterprise.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateStoragePolicyAssignmentByIdStoragePolicy {
    /// The type to assign.
    pub r#type: UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField,
    /// The ID of the storage policy to assign.
    pub id: String,
}

/// The type to assign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StoragePolicy => "storage_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "storage_policy" => Self::StoragePolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateStoragePolicyAssignmentByIdStoragePolicyTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
