// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `legal_hold_policy_assignments` operations: [`LegalHoldPolicyAssignmentsManager`] and one request builder per operation.

/// Reach it with [`Client::legal_hold_policy_assignments`](crate::Client::legal_hold_policy_assignments) or [`LegalHoldPolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct LegalHoldPolicyAssignmentsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> LegalHoldPolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignments<'a> {
    #[inline]
    fn new(client: &'a crate::Client, policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policy_assignments",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::LegalHoldPolicyAssignment> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::LegalHoldPolicyAssignments>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicyAssignments> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignments>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicyAssignments<'a> {
    type Output = Result<crate::models::LegalHoldPolicyAssignments, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicyAssignments>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignments>)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::create_legal_hold_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLegalHoldPolicyAssignment<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateLegalHoldPolicyAssignmentRequestBody,
}

impl<'a> CreateLegalHoldPolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        policy_id: impl Into<String>,
        assign_to: CreateLegalHoldPolicyAssignmentAssignTo,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_legal_hold_policy_assignments",
            method: reqwest::Method::POST,
            path: "/legal_hold_policy_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: CreateLegalHoldPolicyAssignmentRequestBody { policy_id: policy_id.into(), assign_to } }
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateLegalHoldPolicyAssignment<'a> {
    type Output = Result<crate::models::LegalHoldPolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignment>)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LegalHoldPolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicyAssignmentById<'a> {
    type Output = Result<crate::models::LegalHoldPolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LegalHoldPolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LegalHoldPolicyAssignment>)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::delete_legal_hold_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteLegalHoldPolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteLegalHoldPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_legal_hold_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("legal_hold_policy_assignment_id", legal_hold_policy_assignment_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteLegalHoldPolicyAssignmentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_file_on_hold`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentFileOnHold<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentFileOnHold<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policy_assignments_id_files_on_hold",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/files_on_hold",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, Option<crate::models::FileMini>> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FilesOnHold>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FilesOnHold> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::FilesOnHold>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicyAssignmentFileOnHold<'a> {
    type Output = Result<crate::models::FilesOnHold, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FilesOnHold>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FilesOnHold>)
    }
}

/// Request builder for [`LegalHoldPolicyAssignmentsManager::get_legal_hold_policy_assignment_file_versions_on_hold`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
    #[inline]
    fn new(client: &'a crate::Client, legal_hold_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_legal_hold_policy_assignments_id_file_versions_on_hold",
            method: reqwest::Method::GET,
            path: "/legal_hold_policy_assignments/{legal_hold_policy_assignment_id}/file_versions_on_hold",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::FileVersion> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FileVersionsOnHold>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FileVersionsOnHold> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::FileVersionsOnHold>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetLegalHoldPolicyAssignmentFileVersionsOnHold<'a> {
    type Output = Result<crate::models::FileVersionsOnHold, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FileVersionsOnHold>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FileVersionsOnHold>)
    }
}

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

impl GetLegalHoldPolicyAssignmentsAssignToType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::FileVersion => "file_version",
            Self::Folder => "folder",
            Self::User => "user",
            Self::Ownership => "ownership",
            Self::Interactions => "interactions",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetLegalHoldPolicyAssignmentsAssignToType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "file_version" => Self::FileVersion,
            "folder" => Self::Folder,
            "user" => Self::User,
            "ownership" => Self::Ownership,
            "interactions" => Self::Interactions,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetLegalHoldPolicyAssignmentsAssignToType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetLegalHoldPolicyAssignmentsAssignToType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetLegalHoldPolicyAssignmentsAssignToType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateLegalHoldPolicyAssignmentRequestBody {
    /// The ID of the policy to assign.
    pub policy_id: String,
    /// The item to assign the policy to.
    pub assign_to: CreateLegalHoldPolicyAssignmentAssignTo,
}

/// The item to assign the policy to.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateLegalHoldPolicyAssignmentAssignTo {
    /// The type of item to assign the policy to.
    pub r#type: CreateLegalHoldPolicyAssignmentAssignToTypeField,
    /// The ID of item to assign the policy to.
    pub id: String,
}

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

impl CreateLegalHoldPolicyAssignmentAssignToTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::FileVersion => "file_version",
            Self::Folder => "folder",
            Self::User => "user",
            Self::Ownership => "ownership",
            Self::Interactions => "interactions",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateLegalHoldPolicyAssignmentAssignToTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "file_version" => Self::FileVersion,
            "folder" => Self::Folder,
            "user" => Self::User,
            "ownership" => Self::Ownership,
            "interactions" => Self::Interactions,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateLegalHoldPolicyAssignmentAssignToTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateLegalHoldPolicyAssignmentAssignToTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateLegalHoldPolicyAssignmentAssignToTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
