// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `retention_policy_assignments` operations: [`RetentionPolicyAssignmentsManager`] and one request builder per operation.

/// Reach it with [`Client::retention_policy_assignments`](crate::Client::retention_policy_assignments) or [`RetentionPolicyAssignmentsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct RetentionPolicyAssignmentsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> RetentionPolicyAssignmentsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetRetentionPolicyAssignments<'a> {
    #[inline]
    fn new(client: &'a crate::Client, retention_policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_retention_policies_id_assignments",
            method: reqwest::Method::GET,
            path: "/retention_policies/{retention_policy_id}/assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::RetentionPolicyAssignment> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::RetentionPolicyAssignments>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RetentionPolicyAssignments> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::RetentionPolicyAssignments>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetRetentionPolicyAssignments<'a> {
    type Output = Result<crate::models::RetentionPolicyAssignments, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RetentionPolicyAssignments>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RetentionPolicyAssignments>)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::create_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRetentionPolicyAssignment<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateRetentionPolicyAssignmentRequestBody,
}

impl<'a> CreateRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        policy_id: impl Into<String>,
        assign_to: CreateRetentionPolicyAssignmentAssignTo,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_retention_policy_assignments",
            method: reqwest::Method::POST,
            path: "/retention_policy_assignments",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RetentionPolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::RetentionPolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateRetentionPolicyAssignment<'a> {
    type Output = Result<crate::models::RetentionPolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RetentionPolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RetentionPolicyAssignment>)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::get_retention_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRetentionPolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetRetentionPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_retention_policy_assignments_id",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RetentionPolicyAssignment> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::RetentionPolicyAssignment>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetRetentionPolicyAssignmentById<'a> {
    type Output = Result<crate::models::RetentionPolicyAssignment, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RetentionPolicyAssignment>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RetentionPolicyAssignment>)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::delete_retention_policy_assignment_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteRetentionPolicyAssignmentById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteRetentionPolicyAssignmentById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_retention_policy_assignments_id",
            method: reqwest::Method::DELETE,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("retention_policy_assignment_id", retention_policy_assignment_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteRetentionPolicyAssignmentById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::get_files_under_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFilesUnderRetentionPolicyAssignment<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFilesUnderRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(client: &'a crate::Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_retention_policy_assignments_id_files_under_retention",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}/files_under_retention",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, Option<crate::models::FileMini>> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FilesUnderRetention>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FilesUnderRetention> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FilesUnderRetention>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFilesUnderRetentionPolicyAssignment<'a> {
    type Output = Result<crate::models::FilesUnderRetention, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FilesUnderRetention>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FilesUnderRetention>)
    }
}

/// Request builder for [`RetentionPolicyAssignmentsManager::get_file_versions_under_retention_policy_assignment`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionsUnderRetentionPolicyAssignment<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileVersionsUnderRetentionPolicyAssignment<'a> {
    #[inline]
    fn new(client: &'a crate::Client, retention_policy_assignment_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_retention_policy_assignments_id_file_versions_under_retention",
            method: reqwest::Method::GET,
            path: "/retention_policy_assignments/{retention_policy_assignment_id}/file_versions_under_retention",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, Option<crate::models::FileMini>> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FilesUnderRetention>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FilesUnderRetention> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FilesUnderRetention>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileVersionsUnderRetentionPolicyAssignment<'a> {
    type Output = Result<crate::models::FilesUnderRetention, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FilesUnderRetention>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FilesUnderRetention>)
    }
}

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

impl GetRetentionPolicyAssignmentsType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Enterprise => "enterprise",
            Self::MetadataTemplate => "metadata_template",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetRetentionPolicyAssignmentsType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            "enterprise" => Self::Enterprise,
            "metadata_template" => Self::MetadataTemplate,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetRetentionPolicyAssignmentsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetRetentionPolicyAssignmentsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetRetentionPolicyAssignmentsType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policy_assignments/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateRetentionPolicyAssignmentRequestBody {
    /// The ID of the retention policy to assign.
    pub policy_id: String,
    /// The item to assign the policy to.
    pub assign_to: CreateRetentionPolicyAssignmentAssignTo,
    /// If the `assign_to` type is `metadata_template`,
    /// then optionally add the `filter_fields` parameter which will
    /// require an array of objects with a field entry and a value entry.
    /// Currently only one object of `field` and `value` is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_fields: Option<Vec<CreateRetentionPolicyAssignmentFilterFields>>,
    /// The date the retention policy assignment begins.
    ///
    /// If the `assigned_to` type is `metadata_template`,
    /// this field can be a date field's metadata attribute key id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_field: Option<String>,
}

/// The item to assign the policy to.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateRetentionPolicyAssignmentAssignTo {
    /// The type of item to assign the policy to.
    pub r#type: CreateRetentionPolicyAssignmentAssignToTypeField,
    /// The ID of item to assign the policy to.
    /// Set to `null` or omit when `type` is set to
    /// `enterprise`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub id: Option<Option<String>>,
}

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

impl CreateRetentionPolicyAssignmentAssignToTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Folder => "folder",
            Self::MetadataTemplate => "metadata_template",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateRetentionPolicyAssignmentAssignToTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enterprise" => Self::Enterprise,
            "folder" => Self::Folder,
            "metadata_template" => Self::MetadataTemplate,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateRetentionPolicyAssignmentAssignToTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateRetentionPolicyAssignmentAssignToTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateRetentionPolicyAssignmentAssignToTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policy_assignments/post/requestBody/content/application~1json/schema/properties/filter_fields/items`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateRetentionPolicyAssignmentFilterFields {
    /// The metadata attribute key id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The metadata attribute field id. For value, only
    /// enum and multiselect types are supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
