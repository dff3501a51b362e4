// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `labels` operations: [`LabelsApi`] and one request builder per operation.

/// Reach it with [`Client::labels_api`](crate::Client::labels_api) or [`LabelsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct LabelsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> LabelsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List labels
    ///
    /// `GET /api/labels`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Get label details
    ///
    /// `GET /api/labels/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a label
    ///
    /// To delete a sublabel, please use the PATCH method of the parent label.
    ///
    /// `DELETE /api/labels/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a label
    ///
    /// To modify a sublabel, please use the PATCH method of the parent label.
    ///
    /// `PATCH /api/labels/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`LabelsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "labels_list",
            method: reqwest::Method::GET,
            path: "/api/labels",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
        self
    }

    /// A simple equality filter for the color field
    #[inline]
    pub fn color(mut self, color: impl AsRef<str>) -> Self {
        self.call.query("color", color.as_ref());
        self
    }

    /// JSON Logic filter. This filter can be used to perform complex filtering by grouping rules.
    ///
    /// For example, using such a filter you can get all resources created by you:
    ///
    /// ```text
    /// - {"and":[{"==":[{"var":"owner"},"<user>"]}]}
    /// ```
    ///
    /// Details about the syntax used can be found at the link: <https://jsonlogic.com/>
    ///
    ///  Available filter_fields: \['color', 'id', 'name', 'parent', 'parent_id', 'type'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for job id
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
        self
    }

    /// A simple equality filter for the name field
    #[inline]
    pub fn name(mut self, name: impl AsRef<str>) -> Self {
        self.call.query("name", name.as_ref());
        self
    }

    /// Organization unique slug
    #[inline]
    pub fn org(mut self, org: impl AsRef<str>) -> Self {
        self.call.query("org", org.as_ref());
        self
    }

    /// Organization identifier
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
        self
    }

    /// A page number within the paginated result set.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        self.call.query("page", &page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.call.query("page_size", &page_size);
        self
    }

    /// A simple equality filter for the parent field
    #[inline]
    pub fn parent(mut self, parent: impl AsRef<str>) -> Self {
        self.call.query("parent", parent.as_ref());
        self
    }

    /// A simple equality filter for the parent_id field
    #[inline]
    pub fn parent_id(mut self, parent_id: i64) -> Self {
        self.call.query("parent_id", &parent_id);
        self
    }

    /// A simple equality filter for project id
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// A search term. Available search_fields: \['name', 'parent'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['color', 'id', 'name', 'parent', 'parent_id', 'type'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for task id
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// A simple equality filter for the type field
    #[inline]
    pub fn r#type(mut self, r#type: LabelsListType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Label> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedLabelList>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedLabelList> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedLabelList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedLabelList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedLabelList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedLabelList>)
    }
}

/// Request builder for [`LabelsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "labels_retrieve",
            method: reqwest::Method::GET,
            path: "/api/labels/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Label> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Label>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::Label, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Label>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Label>)
    }
}

/// Request builder for [`LabelsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "labels_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/labels/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
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

impl<'a> std::future::IntoFuture for Destroy<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`LabelsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "labels_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/labels/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1labels~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_label_request(mut self, patched_label_request: crate::models::PatchedLabelRequest) -> Self {
        self.call.body(&patched_label_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Label> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Label>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::Label, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Label>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Label>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1labels/get/parameters/15/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelsListType {
    /// `any`
    Any,
    /// `cuboid`
    Cuboid,
    /// `ellipse`
    Ellipse,
    /// `mask`
    Mask,
    /// `points`
    Points,
    /// `polygon`
    Polygon,
    /// `polyline`
    Polyline,
    /// `rectangle`
    Rectangle,
    /// `skeleton`
    Skeleton,
    /// `interval`
    Interval,
    /// `tag`
    Tag,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LabelsListType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Any => "any",
            Self::Cuboid => "cuboid",
            Self::Ellipse => "ellipse",
            Self::Mask => "mask",
            Self::Points => "points",
            Self::Polygon => "polygon",
            Self::Polyline => "polyline",
            Self::Rectangle => "rectangle",
            Self::Skeleton => "skeleton",
            Self::Interval => "interval",
            Self::Tag => "tag",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LabelsListType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "any" => Self::Any,
            "cuboid" => Self::Cuboid,
            "ellipse" => Self::Ellipse,
            "mask" => Self::Mask,
            "points" => Self::Points,
            "polygon" => Self::Polygon,
            "polyline" => Self::Polyline,
            "rectangle" => Self::Rectangle,
            "skeleton" => Self::Skeleton,
            "interval" => Self::Interval,
            "tag" => Self::Tag,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LabelsListType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LabelsListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LabelsListType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
