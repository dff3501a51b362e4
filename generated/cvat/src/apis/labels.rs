// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `labels` operations: [`LabelsApi`] and one request builder per operation.

use crate::models::{Label, PaginatedLabelList, PatchedLabelRequest};
use crate::runtime::{
    self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::labels_api`](crate::Client::labels_api) or [`LabelsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct LabelsApi<'a> {
    client: &'a Client,
}

impl<'a> LabelsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "labels_list",
            method: reqwest::Method::GET,
            path: "/api/labels",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, Label> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedLabelList>)
    }
}

request_builder!(runtime, List => json PaginatedLabelList);

/// Request builder for [`LabelsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "labels_retrieve",
            method: reqwest::Method::GET,
            path: "/api/labels/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Label);

/// Request builder for [`LabelsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "labels_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/labels/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Destroy => empty);

/// Request builder for [`LabelsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "labels_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/labels/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1labels~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_label_request(mut self, patched_label_request: PatchedLabelRequest) -> Self {
        self.call.body(&patched_label_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Label);

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

string_enum!(
    runtime,
    LabelsListType,
    Unknown,
    Any = "any",
    Cuboid = "cuboid",
    Ellipse = "ellipse",
    Mask = "mask",
    Points = "points",
    Polygon = "polygon",
    Polyline = "polyline",
    Rectangle = "rectangle",
    Skeleton = "skeleton",
    Interval = "interval",
    Tag = "tag"
);
